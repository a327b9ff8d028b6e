"""Sentence splitting and tokenization of Arabic news text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.errors import ConfigError
from rasd.text.segment import find_urls, split_sentences, tokenize


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # terminators: . ! ? ؟ and the Arabic full stop; the Arabic comma and semicolon never split
        (
            "قصفت الطائرات بلدة كفرنبل. وسقط ثلاثة قتلى.",
            ["قصفت الطائرات بلدة كفرنبل.", "وسقط ثلاثة قتلى."],
        ),
        ("هل انتهت الهدنة؟ لا أحد يعرف!", ["هل انتهت الهدنة؟", "لا أحد يعرف!"]),
        ("ماذا حدث؟! لا شيء", ["ماذا حدث؟!", "لا شيء"]),
        ("وصلت القوات إلى المدينة۔ ثم انسحبت", ["وصلت القوات إلى المدينة۔", "ثم انسحبت"]),
        ("قصف على حماة، وإدلب، وحلب؛ دون توقف", ["قصف على حماة، وإدلب، وحلب؛ دون توقف"]),
        # line breaks and blank lines are hard boundaries; whitespace is stripped
        ("العنوان الرئيسي\nنص الفقرة الأولى", ["العنوان الرئيسي", "نص الفقرة الأولى"]),
        ("  فقرة أولى  \n\n\n  فقرة ثانية.  ", ["فقرة أولى", "فقرة ثانية."]),
        ("", []),
        (" \n \n", []),
        # abbreviations, initials and dotted acronyms
        ("صرح د. محمد الأحمد للصحفيين.", ["صرح د. محمد الأحمد للصحفيين."]),
        ("قال أ.د. سامر خليل إن الوضع خطير.", ["قال أ.د. سامر خليل إن الوضع خطير."]),
        ("أكد م. علي حسن أن الجسر دُمّر.", ["أكد م. علي حسن أن الجسر دُمّر."]),
        ("نقلت وكالة (د.ب.أ) الخبر.", ["نقلت وكالة (د.ب.أ) الخبر."]),
        ("قال المتهم محمد أ. إنه بريء.", ["قال المتهم محمد أ. إنه بريء."]),
        ("بنيت القلعة عام 300 ق.م. وما زالت قائمة.", ["بنيت القلعة عام 300 ق.م.", "وما زالت قائمة."]),
        ("وقع ذلك عام 2011 م. ثم تغير كل شيء.", ["وقع ذلك عام 2011 م.", "ثم تغير كل شيء."]),
        ("أعلنت الإدارة الأمريكية U.S. دعمها.", ["أعلنت الإدارة الأمريكية U.S. دعمها."]),
        ("وصل Dr. Smith إلى المخيم.", ["وصل Dr. Smith إلى المخيم."]),
        # decimals, dates, list numbers, URLs and domains
        ("بلغت نسبة النزوح 3.5 في المئة.", ["بلغت نسبة النزوح 3.5 في المئة."]),
        ("بتاريخ 20.05.2019 قصفت الطائرات.", ["بتاريخ 20.05.2019 قصفت الطائرات."]),
        ("ارتفع العدد إلى ٣٫٥ مليون.", ["ارتفع العدد إلى ٣٫٥ مليون."]),
        ("قتل 12. وجرح آخرون", ["قتل 12.", "وجرح آخرون"]),
        ("1. وقف إطلاق النار", ["1. وقف إطلاق النار"]),
        ("شاهد الفيديو https://t.co/AbC.12?x=1 هنا. انتهى", ["شاهد الفيديو https://t.co/AbC.12?x=1 هنا.", "انتهى"]),
        ("نشرت الصور على pic.twitter.com/xYz9 أمس", ["نشرت الصور على pic.twitter.com/xYz9 أمس"]),
        ("راسلونا على news@example.org للمزيد.", ["راسلونا على news@example.org للمزيد."]),
        # ellipses continue the sentence
        ("سوريا.. قصف مكثف على إدلب", ["سوريا.. قصف مكثف على إدلب"]),
        ("كانوا شبانا... لا يرحمون", ["كانوا شبانا... لا يرحمون"]),
        ("وقال (...) إن الاتفاق صامد", ["وقال (...) إن الاتفاق صامد"]),
        ("انتظرنا طويلا… ولم يأت أحد", ["انتظرنا طويلا… ولم يأت أحد"]),
        # quotes: the closing quote stays with its sentence; no split right after an opening quote
        ("وقال: «لن نتراجع.» ثم غادر.", ["وقال: «لن نتراجع.»", "ثم غادر."]),
        ("وقال: «لن نتراجع». ثم غادر.", ["وقال: «لن نتراجع».", "ثم غادر."]),
        ("كتب: “انتهى كل شيء!” وأغلق الهاتف", ["كتب: “انتهى كل شيء!”", "وأغلق الهاتف"]),
        ('قال "هذه جريمة." وسكت', ['قال "هذه جريمة."', "وسكت"]),
        ('قال ".. ثم صمت" المتحدث', ['قال ".. ثم صمت" المتحدث']),
        ("هتفوا «... حرية» طويلا", ["هتفوا «... حرية» طويلا"]),
        # a full stop glued to the next Arabic word still splits
        ("وقع الانفجار.وقال شهود إن", ["وقع الانفجار.", "وقال شهود إن"]),
        ("وتابع: «سنعود».ووقع الانفجار", ["وتابع: «سنعود».", "ووقع الانفجار"]),
        # punctuation alone is never a sentence
        ("!!! عاجل", ["!!! عاجل"]),
    ],
)
def test_split_sentences_table(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_split_sentences_range_keeps_offsets_of_the_whole_text() -> None:
    text = "مقدمة.\n\nجملة أولى. جملة ثانية."
    start = text.index("جملة")
    spans = split_sentences(text, start=start)
    assert [text[s:e] for s, e in spans] == ["جملة أولى.", "جملة ثانية."]
    assert split_sentences(text, start=0, end=6) == [(0, 6)]


@pytest.mark.parametrize(("start", "end"), [(-1, None), (0, 999), (5, 2)])
def test_bad_range_is_a_config_error(start: int, end: int | None) -> None:
    with pytest.raises(ConfigError, match="outside the text"):
        split_sentences("نص قصير", start=start, end=end)
    with pytest.raises(ConfigError, match="outside the text"):
        tokenize("نص قصير", start=start, end=end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت الطائرات إدلب", [("قصفت", "word"), ("الطائرات", "word"), ("إدلب", "word")]),
        ("وَبِإِدْلِبَ", [("وَبِإِدْلِبَ", "word")]),
        ("حمـــاة", [("حمـــاة", "word")]),
        ("الـ500", [("الـ", "word"), ("500", "number")]),
        (
            "قتل 1,500 و٣٠٠ و3.5 و٣٫٥",
            [
                ("قتل", "word"),
                ("1,500", "number"),
                ("و", "word"),
                ("٣٠٠", "number"),
                ("و", "word"),
                ("3.5", "number"),
                ("و", "word"),
                ("٣٫٥", "number"),
            ],
        ),
        ("في 20.05.2019.", [("في", "word"), ("20.05.2019", "number"), (".", "punct")]),
        (
            "قال، ثم؛ لماذا؟",
            [("قال", "word"), ("،", "punct"), ("ثم", "word"), ("؛", "punct"), ("لماذا", "word"), ("؟", "punct")],
        ),
        ("#ريف_حماة #كفرنبل", [("#ريف_حماة", "hashtag"), ("#كفرنبل", "hashtag")]),
        (
            "[#هدنة](#)",
            [("[", "punct"), ("#هدنة", "hashtag"), ("]", "punct"), ("(", "punct"), ("#", "punct"), (")", "punct")],
        ),
        (
            "— أحمد (@ahmad_sy) 19 مايو",
            [
                ("—", "punct"),
                ("أحمد", "word"),
                ("(", "punct"),
                ("@ahmad_sy", "mention"),
                (")", "punct"),
                ("19", "number"),
                ("مايو", "word"),
            ],
        ),
        ("https://www.noonpost.com/27838.", [("https://www.noonpost.com/27838", "url"), (".", "punct")]),
        ("(https://t.co/AbC)", [("(", "punct"), ("https://t.co/AbC", "url"), (")", "punct")]),
        ("pic.twitter.com/Xy12ab", [("pic.twitter.com/Xy12ab", "url")]),
        ("سوريا.. قصف…", [("سوريا", "word"), ("..", "punct"), ("قصف", "word"), ("…", "punct")]),
        ("طائرات F16 وSu24", [("طائرات", "word"), ("F16", "word"), ("و", "word"), ("Su24", "word")]),
        ("50% و$3", [("50", "number"), ("%", "punct"), ("و", "word"), ("$", "symbol"), ("3", "number")]),
        ("«عاجل»", [("«", "punct"), ("عاجل", "word"), ("»", "punct")]),
        ("ﻻ ﺗﺮاﺟﻊ", [("ﻻ", "word"), ("ﺗﺮاﺟﻊ", "word")]),
    ],
)
def test_tokenize_table(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[t.start : t.end], t.kind) for t in tokenize(text)] == expected


def test_tokenize_range() -> None:
    text = "العنوان\n\nقصف على حلب"
    start = text.index("قصف")
    assert [text[t.start : t.end] for t in tokenize(text, start=start)] == ["قصف", "على", "حلب"]


def test_find_urls_skips_text_without_urls() -> None:
    assert find_urls("لا روابط هنا. ولا هنا") == []
    text = "المصدر sana.sy/ar والرابط https://x.com/a"
    assert [text[s:e] for s, e in find_urls(text)] == ["sana.sy/ar", "https://x.com/a"]


# ----------------------------------------------------------------------------------------------- properties
_ALPHABET = list("ابتحدرسعفقكلمنهوي ةىأإءـَُ") + list(' \n\n.!?؟…«»"“”()،,0123٣.#@_:/') + ["https://t.co/x", "د."]
_texts = st.lists(st.sampled_from(_ALPHABET), max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_sentence_spans_are_stripped_ordered_and_inside_the_text(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        assert "\n" not in text[s:e]
        last = e
    # every non-space character is in some sentence
    covered = {i for s, e in spans for i in range(s, e)}
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_tokens_are_ordered_non_empty_and_cover_every_non_space(text: str) -> None:
    tokens = tokenize(text)
    last = 0
    for t in tokens:
        assert last <= t.start < t.end <= len(text)
        assert not any(ch.isspace() for ch in text[t.start : t.end])
        assert t.kind in {"word", "number", "punct", "symbol", "url", "hashtag", "mention"}
        last = t.end
    covered = {i for t in tokens for i in range(t.start, t.end)}
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)
