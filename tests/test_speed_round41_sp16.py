"""Events speed, round 41 (helper sp16): less work per pair of rows and per question, the same answers. Each shortcut
is checked against the plain reading it replaces (written here as it was before the round): the place names of
``merge.retold._name_spans`` found by a pattern compiled afresh, ``context.doc_holds`` against every piece of the list
searched for, ``merge.retold.fold_told_again`` with every pair asked, ``merge.clauses.mark_apart`` over every pair of
rows. Sentences written for the project in news style (none taken from an article)."""

from __future__ import annotations

import importlib
import json
import random
import re
from typing import Any

import pytest

import rasd
from rasd.document import Document
from rasd.events.context import Context, _cover, build_context, doc_holds
from rasd.events.merge import clauses as C
from rasd.events.model import Candidate
from rasd.text.normalize import normalize

R = importlib.import_module("rasd.events.merge.retold")  # (the package exports a function of that name)

TEXTS = [
    # two fronts, two sites told in sentences of their own (told apart by mark_apart)
    "غارات على جبهات تعز\nشنت طائرات التحالف غارة جوية على تجمع للمسلحين في جبهة الضباب غرب المدينة. وفي جبهة الكدحة "
    "شنت الطائرات غارة على آلية عسكرية للمسلحين.",
    "قصف مدفعي في تعز\nقصفت المدفعية مواقع المسلحين في جبل هان صباح اليوم. وقصفت المدفعية مواقع المسلحين في معسكر "
    "الخالد مساء.",
    "مواجهات في لحج\nدارت مواجهات عنيفة بين القوات الحكومية والمسلحين في منطقة المسيمير. ودارت مواجهات بين الطرفين قرب "
    "قاعدة العند الجوية.",
    # a headline told again by the body, a toll told twice, a place named with its landmark
    "مقتل 7 جنود بهجوم على حاجز في سيناء\nقتل سبعة جنود مصريين في هجوم مسلح استهدف حاجزا أمنيا في مدينة العريش شمال "
    "سيناء صباح الأحد. وقال مصدر أمني إن سبعة جنود قتلوا في الهجوم، وأصيب أربعة آخرون بجروح.",
    "قصف على بلدة برقين\nاقتحمت قوات الاحتلال بلدة برقين غرب مدينة جنين فجر اليوم. ووقعت مواجهات بين الشبان والقوات في "
    "بلدة برقين، وأصيب شاب بالرصاص الحي.",
    # rows no pair can fold: an aim, a plan, a recalled attack
    "تعزيزات إلى الجبهة\nوصلت تعزيزات عسكرية إلى أطراف المدينة استعدادا لاقتحامها، وقال القائد إن تحرير المدينة مسألة "
    "وقت. وكان هجوم مماثل قد وقع العام الماضي. وقتل جندي في انفجار عبوة ناسفة على طريق المطار.",
    "",
]


def _events(text: str) -> str:
    doc = rasd.extract(text, published="2015-06-01")
    return json.dumps(doc.events, ensure_ascii=False, sort_keys=True, default=str)


# ------------------------------------------------------------------------------------------------ _name_spans
def _plain_name_spans(ctx: Context, place_start: int, place_end: int, span: tuple[int, int]) -> list[tuple[int, int]]:
    name = ctx.doc.text[place_start:place_end].strip()
    if len(name) < 2:
        return []
    found = re.compile(rf"(?<![\u0621-\u064a])(?:[بل]|لل)?{re.escape(name)}(?![\u0621-\u064a])")
    return [(m.start(), m.end()) for m in found.finditer(ctx.doc.text, span[0], span[1])]


def test_name_spans_are_the_pattern_compiled_afresh() -> None:
    text = "قصفت الطائرات بلدة برقين غرب جنين، ثم قصفت لبرقين ومحيطها. وفي جنين قتل شاب. برقينات ليست برقين"
    ctx = build_context(Document(text=text))
    names = [(m.start(), m.end()) for m in re.finditer(r"برقين|جنين|ب", text)]
    spans = [(0, len(text)), (0, 30), (30, len(text)), (40, 45), (len(text), len(text))]
    seen = 0
    for place in names:
        for span in spans:
            got = R._name_spans(ctx, *place, span)
            assert got == _plain_name_spans(ctx, *place, span)
            seen += bool(got)
    assert seen > 5  # (names found and names missed both asked)


# ------------------------------------------------------------------------------------------------ doc_holds
def test_doc_holds_is_any_piece_in_the_view() -> None:
    from rasd.events.coding import status as S
    from rasd.events.coding import triggers as T

    lists = [S._MATTER_OF_TIME, S._PRIORITY, S._DISMISSALS, S._DOUBTED, S._ENABLING, T._EXPOSED, T._CRIMES]
    rng = random.Random(41)
    words = ["قتل", "جنود", "في", "هجوم", "على", "المدينة", "،", "."]
    bits = [p[i : i + 3] for pieces in lists for p in pieces for i in range(0, len(p), 2)]
    answers = set()
    for n in range(300):
        pieces = lists[n % len(lists)]
        chosen = rng.sample(words + bits + [rng.choice(sorted(pieces))], 8)
        text = " ".join(chosen) if n % 3 else "".join(chosen)
        ctx = build_context(Document(text=text))
        got = doc_holds(ctx, f"list{n % len(lists)}", pieces)
        assert got == any(p in normalize(text) for p in pieces), text
        answers.add(got)
    assert answers == {True, False}
    for pieces in lists:  # every piece holds one of the covering strings it is listed under
        cover = _cover(pieces)
        assert cover and all(any(c in p for c in cover) for p in pieces)


# ------------------------------------------------------------------------------------------------ fold_told_again
@pytest.mark.parametrize("text", TEXTS)
def test_fold_told_again_asks_what_every_pair_gives(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []
    told = R.told_again

    def counting(*args: Any) -> Any:
        asked.append(1)
        return told(*args)

    monkeypatch.setattr(R, "told_again", counting)
    fast, fast_asked = _events(text), len(asked)
    monkeypatch.setattr(R, "_may_pair", lambda c: True)  # every pair asked, as before the round
    asked.clear()
    assert _events(text) == fast
    assert fast_asked <= len(asked)


# ------------------------------------------------------------------------------------------------ mark_apart
def _plain_mark_apart(ctx: Context | None, cands: list[Candidate]) -> None:
    """Round 40's loop over every pair of rows."""
    if ctx is None:
        return
    sites = {id(c): C.own_sites(ctx, c) for c in cands}
    for i, x in enumerate(cands):
        for y in cands[i + 1 :]:
            if x.sentence == y.sentence:
                split = C.told_apart(ctx, x, y) or C.day_apart(ctx, x, y)
                split = split or C.contrast_front(ctx, x, y) or C.contrast_front(ctx, y, x)
                split = split or C.fight_beside(ctx, x, y) or C.fight_beside(ctx, y, x) or C.own_sides(ctx, x, y)
                split = split or (C.two_objects(ctx, x, y) and not (C.own_place(ctx, x) and C.own_place(ctx, y)))
                split = split or (
                    x.clause not in y.clauses
                    and y.clause not in x.clauses
                    and C.two_sites(ctx, x, y, sites[id(x)], sites[id(y)])
                    and not (sites[id(x)] & C._words_outside(ctx, x))
                    and not (sites[id(y)] & C._words_outside(ctx, y))
                )
            else:
                split = C.two_sites(ctx, x, y, sites[id(x)], sites[id(y)]) or C.two_fronts(ctx, x, y)
            if split:
                x.cues.add(f"apart:{y.start}")
                y.cues.add(f"apart:{x.start}")


def _marks(mark: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, list[list[str]]]:
    marked: list[list[str]] = []

    def spy(ctx: Context | None, cands: list[Candidate]) -> None:
        mark(ctx, cands)
        marked.append([",".join(sorted(x for x in c.cues if x.startswith("apart:"))) for c in cands])

    monkeypatch.setattr(C, "mark_apart", spy)
    return _events(text), marked


def test_mark_apart_marks_what_every_pair_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    real, marked = C.mark_apart, []
    for text in TEXTS:
        fast = _marks(real, text, monkeypatch)
        plain = _marks(_plain_mark_apart, text, monkeypatch)
        assert fast == plain
        marked.append(any(m for rows in fast[1] for m in rows))
    assert marked[:2] == [True, True]  # (two sites in two sentences: told apart)


# ------------------------------------------------------------------------------------------------ read_figures
def test_counts_of_are_the_quantities_of_the_unit_in_order() -> None:
    from rasd.events.merge import tolls as F

    text = "قتل خمسة مدنيين وثلاثة جنود وأصيب سبعة آخرون في قصف على السوق، واعتقلت القوات 12 شخصا بعد الهجوم."
    doc = rasd.extract(text, published="2015-06-01")
    ctx = build_context(doc)
    units = {q.unit for q in doc.quantities}
    assert {"killed", "injured"} <= units
    for unit in units:
        got = F._counts_of(ctx, unit)
        assert got == [q for q in doc.quantities if q.unit == unit and q.value is not None]
        assert F._counts_of(ctx, unit) is got  # (read once per document and unit)
    killed = [e for e in doc.events if (e.get("fatalities") or {}).get("value")]
    assert killed and killed[0]["fatalities"]["value"] == 8  # (the two counts of one list add up)
