"""Round 22 (helper sp3): the time stage reads its candidate words off the lexicon matchers' words of the text
instead of a regex pass; the spans and regions must be the regex's, and the regex must still be used where the
words cannot tell (a URL, digits other than ASCII ones)."""

from __future__ import annotations

import pytest

from rasd.stages.timex import engine as E
from rasd.stages.timex import find_timexes
from rasd.stages.timex.lexicon import time_lexicon
from rasd.text.matcher import cached_view

TEXTS = [
    "قتل ثلاثة مدنيين يوم أمس الأحد في غارة على ريف إدلب، وأصيب 12 آخرون في 20 مايو 2019.",
    "وفي العام الماضي 2015م قالت الوزارة إن الهجوم وقع صباح الخميس الساعة 10:30 بتوقيت مكة.",
    "أعلنت الشرطة يوم_الاثنين عن اعتقال 5 أشخاص، وفي الأسبوع المقبل تبدأ المحاكمة.",
    "منذ عام2011 قتل أكثر من 400 ألف شخص، وخلال الأشهر الثلاثة الأخيرة تضاعف العدد.",
    "وقع الانفجار في ٣ مارس وفي الرابع من أبريل قتل جنديان قرب الحدود.",
    "نشر الحساب https://t.co/abc2019 صورًا من الهجوم الذي وقع أمس، وقال إن القصف استمر حتى الفجر.",
    "أكد المتحدث مساء الجمعة 1440هـ أن القوات استعادت السيطرة على البلدة بعد اشتباكات دامت يومين.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_words_give_the_regex_spans_and_regions(text: str) -> None:
    lex = time_lexicon()
    view = cached_view(text)
    spans = E._trigger_spans(lex, view)
    regex = [m.span() for m in lex.trigger_re.finditer(view.text)]
    if spans is not None:
        assert spans == regex
    assert E._regions(lex, view.text, view) == E._regions(lex, view.text)


def test_the_words_are_used_and_the_regex_where_they_cannot_tell() -> None:
    lex = time_lexicon()
    assert lex.trigger_words is not None  # every trigger is letters only
    assert E._trigger_spans(lex, cached_view(TEXTS[0])) is not None
    assert E._trigger_spans(lex, cached_view(TEXTS[5])) is None  # a URL: the matchers blank it
    odd_digits = "قتل \u0967\u0968 شخصًا في قرية يوم \u07c2 مارس"  # Devanagari and N'Ko digits: \\d but not [0-9]
    view = cached_view(odd_digits)
    assert E._trigger_spans(lex, view) is None
    assert E._regions(lex, view.text, view) == E._regions(lex, view.text)
    # a digit glued to a trigger is no whole word ("عام2011"), and the digits stay a candidate
    spans = E._trigger_spans(lex, cached_view(TEXTS[3]))
    assert spans is not None
    view = cached_view(TEXTS[3])
    assert [view.text[a:b] for a, b in spans][:2] == ["2011", "400"]


def test_timexes_unchanged_by_the_view_path() -> None:
    text = TEXTS[0]
    assert [(x.value, x.start, x.end) for x in find_timexes(text, "2019-05-21")] == [
        (x.value, x.start, x.end) for x in find_timexes(text, "2019-05-21", view=cached_view(text))
    ]
