"""Time and quantities speed, round 37 (helper sp2): what the two stages keep of the last text they read, and the
quantities stage's timex filter, against their plain versions. Sentences written for the project (none taken from an
article)."""

from __future__ import annotations

import itertools
import random

from rasd.document import Document, Quantity, Timex
from rasd.settings import Settings
from rasd.stages import quantities as quantities_stage

TEXT = "قتل 4 أشخاص وأصيب 9 آخرون في انفجار سيارة مفخخة وسط المدينة صباح الأحد 12 مايو 2019"


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
    doc = Document(text=TEXT)
    doc.timexes = [Timex(id="X1", type="DATE", start=TEXT.index("12 مايو"), end=len(TEXT), value="2019-05-12")]
    quantities_stage.quantify(doc, Settings())
    kept = [doc.text[q.start : q.end] for q in doc.quantities]
    assert kept == ["4 أشخاص", "9"] and [q.id for q in doc.quantities] == ["Q1", "Q2"]
