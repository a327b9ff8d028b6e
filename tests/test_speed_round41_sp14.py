"""Entity and geo speed, round 41 (helper sp14): the memos that replace repeated work give what the plain computation
gives, bit for bit. Sentences written for the project (none taken from an article)."""

from __future__ import annotations

import random

import pytest

from rasd.geo.recognize import recognizer as recognizer_module
from rasd.geo.recognize.recognizer import get_recognizer
from rasd.geo.resolve import DocContext, _nearest_km, km

TEXTS = [
    "قصفت المدفعية بلدة كفرنبل جنوب إدلب وقرية معرة حرمة، ثم عادت القذائف إلى كفرنبل ومعرة حرمة مساء الخميس",
    "وفي محافظة مأرب شنت المقاتلات غارات على منطقة الجدعان ومديرية صرواح، وقالت مصادر في صرواح إن الغارات استمرت",
    "اندلعت اشتباكات في حي الشيخ مقصود بمدينة حلب وامتدت إلى عفرين وأعزاز، ونزح سكان من حلب نحو أعزاز",
]


def _points(n: int, seed: int) -> list[tuple[float, float]]:
    rng = random.Random(seed)
    return [(rng.uniform(12.0, 38.0), rng.uniform(32.0, 60.0)) for _ in range(n)]


def test_nearest_km_is_the_minimum_of_the_distances() -> None:
    anchors = _points(40, 1)
    for lat, lon in _points(30, 2):
        assert _nearest_km(lat, lon, anchors) == min(km(lat, lon, a, b) for a, b in anchors)


def test_a_walk_taken_up_again_gives_the_same_float() -> None:
    anchors = _points(25, 3)
    for lat, lon in _points(20, 4):
        whole = _nearest_km(lat, lon, anchors)
        for cut in (1, 7, 24):
            part = _nearest_km(lat, lon, anchors[:cut])
            assert _nearest_km(lat, lon, anchors, start=cut, best=part) == whole


def test_doc_context_remembers_nearest_as_the_anchors_grow() -> None:
    doc = DocContext()
    points = _points(12, 5)
    rng = random.Random(6)
    for anchor in _points(30, 7):
        doc.anchors.append(anchor)
        for lat, lon in rng.sample(points, 5):  # points asked again, with anchors added in between
            assert doc.nearest_km(lat, lon) == _nearest_km(lat, lon, doc.anchors)
    assert doc.nearest_km(*points[0]) == min(km(*points[0], a, b) for a, b in doc.anchors)


def test_doc_context_with_fewer_anchors_than_remembered_walks_them_all() -> None:
    doc = DocContext(anchors=_points(10, 8))
    lat, lon = 33.5, 36.3
    doc.nearest_km(lat, lon)
    doc.anchors[:] = doc.anchors[:3]  # not what add() does; the memo must not read past the list
    assert doc.nearest_km(lat, lon) == _nearest_km(lat, lon, doc.anchors)


def test_doc_context_memo_stays_out_of_equality_and_repr() -> None:
    a, b = DocContext(anchors=[(33.5, 36.3)]), DocContext(anchors=[(33.5, 36.3)])
    a.nearest_km(34.0, 36.0)
    assert a == b
    assert repr(a) == repr(b)


def _found(texts: list[str]) -> list[list[tuple[object, ...]]]:
    recognizer = get_recognizer()
    return [[(p.start, p.end, repr(p.geo), p.score) for p in recognizer.find(t)] for t in texts]


def test_places_resolved_as_with_the_plain_distances(monkeypatch: pytest.MonkeyPatch) -> None:
    memo = _found(TEXTS)
    assert sum(map(len, memo)) >= 6

    def plain(self: DocContext, lat: float, lon: float) -> float:
        return min(km(lat, lon, a, b) for a, b in self.anchors)

    monkeypatch.setattr(DocContext, "nearest_km", plain)
    assert _found(TEXTS) == memo


REPEATED_NAMES = [
    "قصفت المدفعية بلدة كفرنبل وقرية حيش، ثم عادت القذائف إلى حيش وكفرنبل، وقال ناشطون في حيش إن الأهالي نزحوا",
    "سقطت قذائف على طرابلس وبنغازي، وفي طرابلس أعلنت الحكومة الحداد، واتهمت طرابلس قوات في بنغازي بالقصف",
    "وصل وفد من رفح إلى العريش، ثم عاد إلى رفح، فيما قالت مصادر في العريش إن المعبر بين رفح والعريش أغلق",
    # a name with one candidate written again after a town that anchors the article: its score is read again
    "قال مسؤول في لبنان إن مسلحين دخلوا الزبداني، ثم عادوا إلى لبنان عبر الجبال قرب الزبداني",
]


def test_a_name_chosen_again_is_chosen_as_the_first_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real_choose = recognizer_module.choose

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real_choose(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(recognizer_module, "choose", counted)
    memo = _found(REPEATED_NAMES)
    with_memo = len(calls)
    fresh = iter(range(10**9))  # every key new: the memo never hits, every mention chosen afresh
    monkeypatch.setattr(recognizer_module, "id", lambda obj: next(fresh), raising=False)
    calls.clear()
    assert _found(REPEATED_NAMES) == memo
    assert with_memo < len(calls)
    assert sum(map(len, memo)) >= 12
