"""Round 29 (helper sq1): the middle stages made cheaper with the same output.

Each faster path is checked against the plain definition it replaces: the segment tokenizer and the number scanner's
split behind a ``(?=\\S)`` look-ahead, the letters of ``[^\\W\\d_]`` spelled out for BMP texts (quantities, the number
scanner, the time stage's region tokens), the sentence splitter's word before a full stop, and the geo stage's id
counter and overlap window.
"""

from __future__ import annotations

import bisect
import random
import re
from dataclasses import astuple

import pytest

import rasd.stages.geo as geo_stage
from rasd.document import Document, Entity
from rasd.stages import quantities as quantities_stage
from rasd.stages.timex import tokens as time_tokens
from rasd.stages.timex.lexicon import time_lexicon
from rasd.text import _letters, _numbers_scanner
from rasd.text import segment as seg
from rasd.text.matcher import cached_view
from rasd.text.numbers import find_numbers

SENTENCES = [
    "قال مصدر أمني لـ«رويترز» إن 12 مسلحاً قتلوا فجر الثلاثاء في اشتباكات مع الجيش قرب بلدة عرسال.",
    "أعلنت وزارة الصحة تسجيل 1,250 إصابة جديدة و3.5% نسبة الشفاء… وتابعوا التفاصيل على https://example.com/news?id=7",
    "#عاجل | غارات جوية على ريف_إدلب الجنوبي صباح اليوم، والمرصد يتحدث عن سقوط ضحايا @monitor_sy",
    "وصل د. محمد إلى عمّان يوم 20.05.2019 قادماً من الرياض، ثم غادر إلى القاهرة عند الساعة 10:30 صباحاً!",
    "ذكرت وكالة د.ب.أ أن الرئيس التقى بنظيره في البيت الأبيض... ولم تُذكر تفاصيل أخرى؟",
    "قُتِلَ ثلاثةُ جنودٍ وجُرِحَ خمسةٌ آخرون في هجومٍ بعبوةٍ ناسفةٍ استهدف دوريةً على طريق المطار الدولي.",
    "1. انسحاب القوات من المدينة\n2. فتح المعابر أمام المساعدات الإنسانية وعودة النازحين",
    "الفيديو منشور على t.co/AbC123 وقد شاهده أكثر من مليوني شخص خلال 24 ساعة 🙂 بحسب الموقع",
    "سجّل مؤشر البورصة ٣٥٠ نقطة، وفي المقابل تراجع سعر الصرف إلى ١٥٫٥ جنيهاً للدولار",
    "Reuters reported that F16 jets hit 3 targets near the border, citing U.S. officials.",
]

_PLAIN_LETTER_RE = re.compile(r"[^\W\d_]")


def _bmp_chars() -> list[str]:
    return [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]


# ------------------------------------------------------------------------------------------------ letters
def test_bmp_letter_class_is_the_plain_class_on_every_bmp_character() -> None:
    bmp_re = re.compile(_letters.BMP_LETTER)
    for ch in _bmp_chars():
        assert (bmp_re.match(ch) is not None) == (_PLAIN_LETTER_RE.match(ch) is not None), hex(ord(ch))


def test_beyond_bmp_and_bmp_pattern() -> None:
    assert not _letters.beyond_bmp("قصفت الطائرات المدينة 3 مرات")
    assert not _letters.beyond_bmp("")
    assert _letters.beyond_bmp("تغريدة مع رمز 🙂 في آخرها")
    assert _letters.bmp_pattern(r"x[^\W\d_]+y") == "x" + _letters.BMP_LETTER + "+y"
    with pytest.raises(ValueError):
        _letters.bmp_pattern(r"\w+")


def _random_texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    pool = _bmp_chars()
    common = list(" ابتثجحخدذرسشصعلمنهوي١٢3.,،؛؟!_-#@«»()\n\t\u064e\u0640")
    return [
        "".join(rnd.choice(pool) if rnd.random() < 0.25 else rnd.choice(common) for _ in range(rnd.randint(1, 60)))
        for _ in range(n)
    ]


# ------------------------------------------------------------------------------------------------ segment
def _plain_segment_re() -> re.Pattern[str]:
    pattern = seg._TOKEN_RE.pattern
    assert pattern.startswith("(?=\\S)(?:") and pattern.endswith(")")
    return re.compile(pattern[len("(?=\\S)(?:") : -1])


def test_segment_tokens_are_the_plain_patterns() -> None:
    plain = _plain_segment_re()
    texts = [*SENTENCES, "\n".join(SENTENCES), *_random_texts(1, 1500)]
    for text in texts:
        expected = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in seg._TOKEN_RE.finditer(text)] == expected
        kinds = [t.kind for t in seg.tokenize(text)]
        assert len(kinds) == len(expected)


def test_segment_tokens_of_a_news_sentence() -> None:
    text = SENTENCES[2]
    tokens = [(text[t.start : t.end], t.kind) for t in seg.tokenize(text)]
    assert tokens[:3] == [("#عاجل", "hashtag"), ("|", "symbol"), ("غارات", "word")]
    assert ("ريف_إدلب", "word") not in tokens and ("ريف", "word") in tokens
    assert tokens[-1] == ("@monitor_sy", "mention")


def test_word_before_a_full_stop_is_the_plain_patterns() -> None:
    texts = [
        *SENTENCES,
        "كلمةطويلةجداجداجداجداجداجداجداجداجداجداجداجداجدا.",  # a word longer than the 40 characters looked at
        "«الخبر».قال",
        "وقال (المصدر). ثم",
        *_random_texts(2, 800),
    ]
    for text in texts:
        for ls in range(0, len(text), 7):
            for ts in range(ls, len(text) + 1):
                lo = max(ls, ts - 40)
                plain = seg._WORD_BEFORE_RE.search(text, lo, ts)
                fast = seg._WORD_START_BEFORE_RE.search(text, lo, ts) or seg._WORD_BEFORE_RE.search(text, lo, ts)
                assert (plain and plain.span()) == (fast and fast.span()), (text, ls, ts)


def test_sentences_with_abbreviations_and_initials() -> None:
    text = "التقى د. أحمد بوفد من الأمم المتحدة. وقالت وكالة د.ب.أ إن اللقاء استمر ساعتين. وانتهى الاجتماع!"
    sentences = [text[a:b] for a, b in seg.split_sentences(text)]
    assert sentences == [
        "التقى د. أحمد بوفد من الأمم المتحدة.",
        "وقالت وكالة د.ب.أ إن اللقاء استمر ساعتين.",
        "وانتهى الاجتماع!",
    ]


# ------------------------------------------------------------------------------------------------ numbers
def _plain_numbers_split() -> re.Pattern[str]:
    return re.compile("(" + re.sub(r"\(\?P<[dwp]>", "(?:", _numbers_scanner._TOKEN_RE.pattern) + ")")


def test_number_scanner_splits_are_the_plain_one() -> None:
    plain = _plain_numbers_split()
    for text in [*SENTENCES, *_random_texts(3, 1500)]:
        expected = plain.split(text)
        assert _numbers_scanner._TOKEN_SPLIT_RE.split(text) == expected
        if not _letters.beyond_bmp(text):
            assert _numbers_scanner._TOKEN_SPLIT_BMP_RE.split(text) == expected
        for bmp in (None, not _letters.beyond_bmp(text)):
            toks = _numbers_scanner._tokenize(text, 5, bmp=bmp)
            assert [t.text for t in toks] == expected[1::2]


def test_numbers_of_a_text_beyond_the_bmp() -> None:
    text = "أصيب 17 شخصاً 🙂 في الحادث، ونقل خمسة منهم إلى المستشفى " * 20  # long enough to be read in windows
    plain = text.replace("🙂", "-")
    found = [(m.start, m.end, m.value) for m in find_numbers(text)]
    assert found == [(m.start, m.end, m.value) for m in find_numbers(plain)]
    assert len(found) == 40


# ------------------------------------------------------------------------------------------------ quantities
def test_quantities_tokens_are_the_plain_split() -> None:
    for text in [*SENTENCES, *_random_texts(4, 600)]:
        view = cached_view(text)
        toks = quantities_stage._Tokens(view)
        parts = quantities_stage._TOKEN_SPLIT.split(view.text)
        assert toks.norms == parts[1::2]
        assert all(view.text[a:b] == w for a, b, w in zip(toks.starts, toks.ends, toks.norms, strict=True))


def test_quantities_of_a_text_with_an_emoji() -> None:
    text = "قتل 4 أشخاص وأصيب 9 آخرون 🙏 في انفجار سيارة مفخخة وسط المدينة"
    found = [(q.start, q.end, q.value, q.unit) for q in quantities_stage.find_quantities(text)]
    assert found == [
        (q.start, q.end, q.value, q.unit) for q in quantities_stage.find_quantities(text.replace("🙏", "☺"))
    ]
    assert [(text[a:b], unit) for a, b, _, unit in found] == [("4 أشخاص", "killed"), ("9", "injured")]


# ------------------------------------------------------------------------------------------------ time
def test_time_region_tokens_are_the_plain_patterns() -> None:
    lex = time_lexicon()
    for text in [*SENTENCES, *_random_texts(5, 600)]:
        view = cached_view(text).text
        t = time_tokens.Tokens(lex, view, 0, len(view), lambda _: (None, "published"))
        ms = list(time_tokens.TOKEN_RE.finditer(view))
        assert (t.words, t.starts, t.ends) == ([m.group() for m in ms], [m.start() for m in ms], [m.end() for m in ms])
    assert time_tokens._token_re("قبل 3 أيام 🙂") is time_tokens.TOKEN_RE
    assert time_tokens._token_re("قبل 3 أيام") is time_tokens._TOKEN_BMP_RE


# ------------------------------------------------------------------------------------------------ geo
@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        ([], 1),
        (["T1", "T7", "T3"], 8),
        (["T", "T12a", "X40", "t9", "T 5", "T+6", "T1_0"], 1),  # none is an id of the T-number form
        (["T007", "T2"], 8),
        (["T١٢", "T3"], 13),  # Arabic-Indic digits are decimal digits for ``\d`` and int()
    ],
)
def test_next_id_is_the_regex_definition(ids: list[str], expected: int) -> None:
    doc = Document(text="نص")
    doc.entities = [Entity(id=i, type="PER", start=0, end=1) for i in ids]
    plain = [int(m.group(1)) for i in ids if (m := geo_stage._ID_RE.match(i))]
    assert geo_stage._next_id(doc) == max(plain, default=0) + 1 == expected


def test_overlap_window_holds_every_overlapping_entity() -> None:
    rnd = random.Random(29)
    for _ in range(400):
        entities = []
        for k in range(rnd.randint(0, 30)):
            s = rnd.randint(0, 200)
            entities.append(Entity(id=f"T{k}", type="PER", start=s, end=s + rnd.randint(1, 40)))
        existing = sorted(entities, key=lambda e: (e.start, e.end))
        starts, ends = geo_stage._bounds(existing)
        for _ in range(20):
            ms = rnd.randint(0, 240)
            me = ms + rnd.randint(1, 30)
            window = existing[bisect.bisect_right(ends, ms) : bisect.bisect_left(starts, me)]
            assert [e for e in window if e.start < me and ms < e.end] == [
                e for e in existing if e.start < me and ms < e.end
            ]


GEO_TEXTS = [
    "قصفت الطائرات لمدينة طفس في ريف درعا الغربي، ونزح مئات الأهالي نحو مدينة نوى ثم إلى الحدود مع الأردن",
    "أطباء مستشفى حماة الوطني يعالجون جرحى من مدينة إدلب وبلدة سراقب بعد القصف على معرة النعمان",
    "وصل وفد من الشيخ زويد إلى العريش، فيما استمرت الاشتباكات جنوب رفح وشرق العريش",
]


def _with_model_entities(text: str, seed: int) -> Document:
    """The text with model guesses over some of its words (places, people, organisations, spans that run past a
    place), so that the stage drops, fills, retypes and moves them."""
    rnd = random.Random(seed)
    doc = Document(text=text)
    words = [m.span() for m in re.finditer(r"\S+", text)]
    for k in range(rnd.randint(1, 8)):
        a = rnd.randrange(len(words))
        b = min(len(words) - 1, a + rnd.randint(0, 2))
        start, end = words[a][0], words[b][1]
        if rnd.random() < 0.3 and text[start] in "لبو":
            start += 1
        kind = rnd.choice(["LOC", "GPE", "PER", "ORG", "MISC"])
        doc.entities.append(Entity(id=f"T{k + 1}", type=kind, start=start, end=end, source="model"))
    return doc


def test_locate_places_is_the_full_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    def run(doc: Document) -> list[tuple[object, ...]]:
        placed = geo_stage.locate_places(doc)
        return [astuple(e) for e in doc.entities] + [("placed", e.id) for e in placed]

    docs = [(text, seed) for text in GEO_TEXTS for seed in range(40)]
    fast = [run(_with_model_entities(text, seed)) for text, seed in docs]
    monkeypatch.setattr(geo_stage, "_bounds", lambda existing: None)  # the whole list for every mention, as before
    full = [run(_with_model_entities(text, seed)) for text, seed in docs]
    assert fast == full
    moved = Document(text=GEO_TEXTS[0])
    start = GEO_TEXTS[0].index("لمدينة طفس")
    moved.entities.append(Entity(id="T1", type="LOC", start=start, end=start + len("لمدينة طفس"), source="model"))
    geo_stage.locate_places(moved)
    assert moved.text[moved.entities[0].start : moved.entities[0].end] == "طفس"


def test_geo_text_tokens_are_the_plain_tokens() -> None:
    from rasd.geo.recognize.lexicon import _Tok, text_tokens
    from rasd.geo.recognize.words import _TOKEN_RE

    texts = [*SENTENCES, *_random_texts(6, 1500), "قرية «الحميدية» 🙂 في ريف_حماة ٣ كم"]
    for text in texts:
        vtext = cached_view(text).text
        for t in (text, vtext):
            assert text_tokens(t) == [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(t)]
    first, second = text_tokens(SENTENCES[0]), text_tokens(SENTENCES[0])
    # a new list each time; since round 40 (sp12) the tokens of the text asked for again are the same objects, which
    # every reader only reads
    assert first == second and first is not second
