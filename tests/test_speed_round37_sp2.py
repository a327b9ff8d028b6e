"""Time and quantities speed, round 37 (helper sp2): what the two stages keep of the last text they read, and the
quantities stage's timex filter, against their plain versions. Sentences written for the project (none taken from an
article)."""

from __future__ import annotations

import itertools
import random

from rasd.document import Document, Quantity, Timex
from rasd.settings import Settings
from rasd.stages import quantities as quantities_stage
from rasd.stages.timex import engine as time_engine
from rasd.stages.timex import tokens as time_tokens
from rasd.text._letters import beyond_bmp
from rasd.text._numbers_scanner import bmp_only, urls_in
from rasd.text.segment import find_urls

TEXTS = [
    "قتل 4 أشخاص وأصيب 9 آخرون في انفجار سيارة مفخخة وسط المدينة صباح الأحد 12 مايو 2019",
    "قتل 4 أشخاص 🙏 وأصيب 9 آخرون في انفجار سيارة مفخخة",
    "نشر الموقع www.example.com تقريرا عن مقتل ثلاثة جنود قبل يومين، وفق https://t.co/abc",
    "",
    "وأعلنت الوزارة عن 250 إصابة جديدة خلال الأسبوع الماضي",
]


def test_what_is_kept_of_the_last_text_is_what_the_plain_readers_give() -> None:
    # every order of the texts, each asked twice in a row and again after another: never a stale answer
    for a, b in itertools.permutations(TEXTS, 2):
        for t in (a, a, b, a, b, b):
            assert bmp_only(t) is (not beyond_bmp(t))
            assert urls_in(t) == tuple(find_urls(t))
    assert not bmp_only(TEXTS[1]) and bmp_only(TEXTS[0])
    assert urls_in(TEXTS[2]) and not urls_in(TEXTS[0])


def test_an_equal_text_that_is_another_object_is_read_again() -> None:
    plain = "قتل 4 أشخاص"
    other = "".join(["قتل 4 ", "أشخاص"])  # equal, another object
    wide = "قتل 4 أشخاص 🙏"
    assert bmp_only(plain) and bmp_only(other) and not bmp_only(wide) and bmp_only(plain)
    assert time_tokens._token_re(wide) is time_tokens.TOKEN_RE
    assert time_tokens._token_re(plain) is time_tokens._TOKEN_BMP_RE
    assert time_engine._trigger_spans(time_engine.time_lexicon(), time_engine.fast_view(TEXTS[2])) is None  # a URL


def plain_filter(quantities: list[Quantity], timexes: list[Timex]) -> list[Quantity]:
    spans = [(x.start, x.end) for x in timexes]
    return [q for q in quantities if not any(a <= q.start and q.end <= b for a, b in spans)]


def _quantity(start: int, end: int) -> Quantity:
    return Quantity(id="", start=start, end=end, value=1.0, min=1.0, max=1.0, approx="exact", unit="other")


def test_the_timex_filter_is_the_plain_one_on_random_spans() -> None:
    rng = random.Random(37)
    for _ in range(300):
        timexes = []
        for i in range(rng.randint(0, 6)):
            a = rng.randint(0, 60)
            timexes.append(Timex(id=f"X{i}", type="DATE", start=a, end=a + rng.randint(1, 15), value=None))
        quantities = []
        for _ in range(rng.randint(0, 8)):
            a = rng.randint(0, 70)
            quantities.append(_quantity(a, a + rng.randint(1, 8)))
        starts_reach = sorted((x.start, x.end) for x in timexes)
        starts = [a for a, _ in starts_reach]
        reach = list(itertools.accumulate((b for _, b in starts_reach), max))
        kept = [q for q in quantities if not quantities_stage._inside(starts, reach, q.start, q.end)]
        assert kept == plain_filter(quantities, timexes)


def test_a_count_inside_a_date_is_left_to_the_date() -> None:
    doc = Document(text=TEXTS[0])
    doc.timexes = [Timex(id="X1", type="DATE", start=TEXTS[0].index("12 مايو"), end=len(TEXTS[0]), value="2019-05-12")]
    quantities_stage.quantify(doc, Settings())
    kept = [doc.text[q.start : q.end] for q in doc.quantities]
    assert kept == ["4 أشخاص", "9"] and [q.id for q in doc.quantities] == ["Q1", "Q2"]
