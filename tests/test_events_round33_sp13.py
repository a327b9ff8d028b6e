"""Round 33 (helper sp13): one table of word readings shared by the place matcher and the events stage's matchers.

* ``SharedReadings`` members join in groups: a group's columns of a row are read when a member of that group first
  needs them (``None`` until then), so a text read by the place matcher (group ``places``, the geo stage) is read
  again by the events stage's cue and trigger matchers (group ``events``) from the same rows, without a look-up, and
  only their own columns of the words the table lacked are read then. A row goes to the table once every group has
  read it.
* The rows of a text are kept with its analysis (``_Analysis.readings``), as long as the analysis lives.
* Whatever the order and the groups, every member finds what it finds alone, cold or warm.
"""

from __future__ import annotations

from typing import Any

import pytest

import rasd.events.lexicon as L
from rasd.events.lexicon import cue_matcher, event_lexicon
from rasd.geo.recognize.recognizer import Recognizer, get_recognizer
from rasd.text import matcher as M
from rasd.text.matcher import LexiconMatcher, SharedReadings, _analyze, cached_view
from rasd.text.normalize import NormalizedView
from rasd.text.readings import DOCUMENT_READINGS, EVENTS, PLACES

# Sentences written for this test (news register): a shelling, a raid and arrests, a strike with diacritics, a march.
_TEXTS = [
    "قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي، ما أدى إلى مقتل ثلاثة مدنيين وإصابة آخرين.",
    "داهمت قوة أمنية منازل في حي الوعر بمدينة حمص واعتقلت خمسة شبان، بحسب ناشطين.",
    "وشنّـت طائراتٌ حربية غاراتٍ على مواقع للتنظيم قرب الرقة والطبقة، وفق ما أعلنت وزارة الدفاع.",
    "خرج المئات في مسيرة سلمية وسط العاصمة صنعاء للمطالبة بصرف الرواتب المتأخرة للموظفين",
    "وفي بيروت، قال مسؤول إن الجيش اللبناني أوقف مطلوبين عند حاجز على مدخل طرابلس الشمالي.",
]
_PLACES = [
    ("إدلب", "IDL"),
    ("ريف إدلب", "RIDL"),
    ("حمص", "HMS"),
    ("الرقة", "RAQ"),
    ("صنعاء", "SAN"),
    ("بيروت", "BEY"),
    ("طرابلس", "TRP"),
    ("كفرنبل", "KFN"),
    ("الطبقة", "TBQ"),
    ("الوعر", "WAR"),
]
_CUES = [
    ("مدنيين", "civilians"),
    ("قوات النظام", "regime"),
    ("طائرات حربية", "air"),
    ("بحسب", "source"),
    ("وفق", "source"),
    ("مسيرة", "march"),
    ("في", "in"),
    ("الجيش", "army"),
]
_TRIGGERS = [
    ("قصف", "shell"),
    ("قصفت", "shell"),
    ("داهم", "raid"),
    ("داهمت", "raid"),
    ("اعتقل", "arrest"),
    ("اعتقلت", "arrest"),
    ("شن", "strike"),
    ("غارات", "strike"),
    ("أوقف", "arrest"),
    ("مقتل", "kill"),
]


def _fresh(text: str) -> str:
    """An equal string that is another object (as a text of another document would be)."""
    return "".join(list(text))


def _spans(
    m: LexiconMatcher[Any], text: str | NormalizedView, overlapping: bool = False
) -> list[tuple[int, int, Any, str, str]]:
    return [(x.start, x.end, x.value, x.key, x.prefix) for x in m.find_all(text, overlapping=overlapping)]


def _three(shared: SharedReadings) -> tuple[LexiconMatcher[str], LexiconMatcher[str], LexiconMatcher[str]]:
    places = LexiconMatcher(_PLACES, min_len=3, shared=shared, group="places")
    cues = LexiconMatcher(_CUES, keep_whole=("بين",), shared=shared, group="events")
    triggers = LexiconMatcher(_TRIGGERS, shared=shared, group="events")
    return places, cues, triggers


def _alone() -> tuple[LexiconMatcher[str], LexiconMatcher[str], LexiconMatcher[str]]:
    return LexiconMatcher(_PLACES, min_len=3), LexiconMatcher(_CUES, keep_whole=("بين",)), LexiconMatcher(_TRIGGERS)


def test_members_of_two_groups_match_as_alone_in_any_order() -> None:
    shared = SharedReadings()
    grouped = _three(shared)
    orders = [(0, 1, 2), (1, 2, 0), (2, 0, 1), (0, 2, 1)]
    for rounds in range(2):  # the second time the words are in the table
        for k, text in enumerate(_TEXTS):
            order = orders[(k + rounds) % len(orders)]
            for i in order:
                cold = _alone()[i]
                for overlapping in (False, True):
                    assert _spans(grouped[i], _fresh(text), overlapping) == _spans(cold, text, overlapping), (i, text)
    assert [x.value for x in grouped[0].find_all(_TEXTS[0])] == ["KFN", "RIDL"]
    assert [x.value for x in grouped[2].find_all(_TEXTS[1])] == ["raid", "arrest"]


def test_a_text_read_by_one_group_leaves_the_others_columns_unread() -> None:
    shared = SharedReadings()
    places, cues, triggers = _three(shared)
    view = cached_view(_TEXTS[0])
    an = _analyze(view)
    places.find_all(view)
    rows = an.readings[shared].rows
    assert len(rows) == len(an.words)
    p, c, t = places._slot, cues._slot, triggers._slot
    new = [row for row in rows if row[c] is None]
    assert new and all(row[t] is None and row[p] is not None for row in new)  # the events columns wait
    assert not shared.table  # a row goes to the table once every group has read it
    assert shared.rows(an, "places") is rows


def test_the_second_group_takes_the_rows_of_the_first_without_a_look_up(monkeypatch: pytest.MonkeyPatch) -> None:
    shared = SharedReadings()
    places, cues, triggers = _three(shared)
    looked: list[int] = []
    real = SharedReadings._look_up

    def counting(self: SharedReadings, an: Any) -> Any:
        looked.append(id(an))
        return real(self, an)

    monkeypatch.setattr(SharedReadings, "_look_up", counting)
    view = cached_view(_TEXTS[2])
    an = _analyze(view)
    places.find_all(view)
    cues.find_all(view, overlapping=True)
    triggers.find_all(view)
    assert looked == [id(an)]  # one look-up of the text, for the three matchers
    for word, row in shared.table.items():  # every group read: the rows are whole and in the table
        assert row == (places._read(word), cues._read(word), triggers._read(word)), word
    assert set(shared.table) == set(an.words)


def test_rows_read_first_by_the_events_group_are_whole_once_places_read_them() -> None:
    shared = SharedReadings()
    places, cues, triggers = _three(shared)
    lone_places = _alone()[0]
    for text in _TEXTS:
        triggers.find_all(text)
    assert not shared.table
    for text in _TEXTS:
        assert _spans(places, text) == _spans(lone_places, text)
    assert shared.table and all(None not in row for row in shared.table.values())
    for text in _TEXTS:  # warm now: read from the table
        assert _spans(cues, _fresh(text), True) == _spans(_alone()[1], text, True)


def test_a_full_table_is_shrunk_and_the_matches_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(M, "_CACHE_LIMIT", 10)
    shared = SharedReadings()
    grouped = _three(shared)
    alone = _alone()
    for text in _TEXTS * 3:
        for m, lone in zip(grouped, alone, strict=True):
            assert _spans(m, _fresh(text), True) == _spans(lone, text, True)
        assert len(shared.table) <= 10 + len(_analyze(cached_view(text)).types)


def test_a_member_joining_or_leaving_starts_the_table_again() -> None:
    shared = SharedReadings()
    places, cues, triggers = _three(shared)
    view = cached_view(_TEXTS[3])
    an = _analyze(view)
    places.find_all(view)
    cues.find_all(view)
    stale = an.readings[shared]
    late = LexiconMatcher([("الرواتب", "pay")], shared=shared, group="events")  # joins: the rows of an are stale
    assert [x.value for x in late.find_all(view)] == ["pay"]
    assert an.readings[shared] is not stale and all(len(row) == 4 for row in an.readings[shared].rows)
    shared.leave(places)
    assert places._shared is None and [cues._slot, triggers._slot, late._slot] == [0, 1, 2]
    for text in _TEXTS:
        assert _spans(places, text) == _spans(_alone()[0], text)  # alone again
        assert _spans(triggers, text) == _spans(_alone()[2], text)
    assert all(len(row) == 3 for row in shared.table.values())


def test_the_pipelines_place_and_events_matchers_share_one_table() -> None:
    places = get_recognizer().matcher
    cues, triggers = cue_matcher(), event_lexicon().triggers
    assert places._shared is DOCUMENT_READINGS and cues._shared is DOCUMENT_READINGS
    assert triggers._shared is DOCUMENT_READINGS
    assert (places._group, cues._group, triggers._group) == (PLACES, EVENTS, EVENTS)
    assert Recognizer(get_recognizer().gazetteer).matcher._shared is None  # another recognizer keeps its own cache


def test_the_pipelines_matchers_find_what_they_find_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    places = get_recognizer().matcher
    cues, triggers = cue_matcher(), event_lexicon().triggers
    lone_places = Recognizer(get_recognizer().gazetteer).matcher
    monkeypatch.setattr(L, "_READINGS", None)  # the same lexicons built again, each matcher with its own cache
    lone_cues, lone_triggers = cue_matcher.__wrapped__(), event_lexicon.__wrapped__().triggers
    assert lone_cues._shared is None and lone_triggers._shared is None
    for text in _TEXTS * 2:
        text = _fresh(text) + " " + _fresh(_TEXTS[0])
        view = cached_view(text)
        # the geo stage reads the text first, then the events stage (the same analysis, its rows kept with it)
        got = (_spans(places, view), cues.spans_by_value(view), _spans(triggers, view), _spans(cues, view, True))
        assert DOCUMENT_READINGS in _analyze(view).readings
        other = _fresh(text)  # another object: its own view and analysis
        assert got[0] == _spans(lone_places, other)
        assert got[1] == lone_cues.spans_by_value(other)
        assert got[2] == _spans(lone_triggers, other)
        assert got[3] == _spans(lone_cues, other, True)
    assert [x.value for x in places.find_all(_TEXTS[1])] == ["حمص"]
