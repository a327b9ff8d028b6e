"""Round 27 (helper sp6): the events stage's two document-wide matchers share one table of word readings, and the
overlapping and leftmost-longest walks skip a word whose one reading only starts longer entries that the next word
does not go on. Speed only: every match must stay as it was (each test compares with matchers that share nothing, or
counts the trie walks the skip saves)."""

from __future__ import annotations

from typing import Any

import pytest

import rasd.text.matcher as M
from rasd.events.lexicon import cue_matcher, event_lexicon
from rasd.text.matcher import LexiconMatcher, SharedReadings, _analyze, cached_view

_PLACES = [
    ("ريف دمشق", "rif"),
    ("دمشق", "dam"),
    ("الغوطة الشرقية", "ghouta"),
    ("حلب", "alep"),
    ("مدينة حلب", "city"),
    ("اللاذقية", "lat"),
]
_WORDS = [
    ("في وقت سابق", "earlier"),
    ("في حين", "while"),
    ("قصف", "shell"),
    ("غارة جوية", "air"),
    ("غارات", "raids"),
    ("من جهة أخرى", "besides"),
    ("بين", "between"),
]
_TEXTS = [
    "قصفت طائرات حربية ريف دمشق في وقت سابق من اليوم، في حين شنت غارة جوية على الغوطة الشرقية.",
    "وصل الوفد إلى مدينة حلب من دمشق، ومن جهة أخرى قال مسؤول في اللاذقية إن غارات استهدفت للاذقية وبالغوطة الشرقية.",
    "في\nوقت سابق قصف الجيش مواقع بين حلب ودمشق في ريف\nدمشق، ثم قال: في حين",
    "من جهة أخرى",
    "في",
    "غارة-جوية في ريف_دمشق وبريف دمشق فيما قال المرصد إن في وقت",
    "",
]


def _plain(entries: list[tuple[str, str]]) -> LexiconMatcher[str]:
    return LexiconMatcher(entries)


def _spans(m: LexiconMatcher[str], text: str) -> tuple[list[tuple[int, int, str, str]], ...]:
    plain = [(x.start, x.end, x.value, x.prefix) for x in m.find_all(text)]
    every = [(x.start, x.end, x.value, x.prefix) for x in m.find_all(text, overlapping=True)]
    by_value = sorted((v, tuple(s), tuple(e)) for v, (s, e) in m.spans_by_value(text).items())
    return plain, every, by_value  # type: ignore[return-value]


def test_two_matchers_sharing_a_table_match_as_alone() -> None:
    shared = SharedReadings()
    places = LexiconMatcher(_PLACES, shared=shared)
    words = LexiconMatcher(_WORDS, shared=shared, keep_whole=("بين",))
    alone_places, alone_words = _plain(_PLACES), LexiconMatcher(_WORDS, keep_whole=("بين",))
    for text in _TEXTS * 2:  # twice: the second time every word is in the table
        assert _spans(places, text) == _spans(alone_places, text), text
        assert _spans(words, text) == _spans(alone_words, text), text
    assert shared.members == [places, words]
    assert shared.table  # the words were read once, for both
    for word, row in shared.table.items():
        assert row == (places._read(word), words._read(word)), word


def test_each_row_holds_what_a_matcher_alone_caches() -> None:
    shared = SharedReadings()
    a = LexiconMatcher(_PLACES, shared=shared)
    b = LexiconMatcher(_WORDS, shared=shared)
    alone_a, alone_b = _plain(_PLACES), _plain(_WORDS)
    for text in _TEXTS:
        a.find_all(text)
        alone_a.find_all(text)
        alone_b.find_all(text)

    def keys(readings: Any) -> list[Any]:  # the nodes of two tries compared by their entries
        return [(prefix, mismatch, node.key, node.values) for prefix, mismatch, node in readings]

    for word, (ra, rb) in shared.table.items():
        assert ra == a._cache[word] and keys(ra) == keys(alone_a._cache[word]), word
        assert rb == b._cache[word] and keys(rb) == keys(alone_b._cache[word]), word
    assert set(a._cache) == set(shared.table)


def test_the_second_matcher_over_a_text_reads_the_rows_of_the_first() -> None:
    shared = SharedReadings()
    a = LexiconMatcher(_PLACES, shared=shared)
    b = LexiconMatcher(_WORDS, shared=shared)
    view = cached_view(_TEXTS[0])
    an = _analyze(view)
    a.find_all(view)
    rows = shared.rows(an)
    assert shared.rows(an) is rows  # no look-up again for the second matcher
    assert len(rows) == len(an.words)
    b.find_all(view)
    assert shared.rows(an) is rows


def test_a_member_that_joins_later_starts_the_table_again() -> None:
    shared = SharedReadings()
    a = LexiconMatcher(_PLACES, shared=shared)
    a.find_all(_TEXTS[0])
    assert shared.table
    b = LexiconMatcher(_WORDS, shared=shared)
    assert not shared.table  # rows of one member only are gone
    assert [x.value for x in b.find_all(_TEXTS[0])] == [x.value for x in _plain(_WORDS).find_all(_TEXTS[0])]
    assert all(len(row) == 2 for row in shared.table.values())


def test_a_full_shared_table_is_shrunk_and_matches_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(M, "_CACHE_LIMIT", 12)
    shared = SharedReadings()
    a = LexiconMatcher(_PLACES, shared=shared)
    b = LexiconMatcher(_WORDS, shared=shared)
    alone_a, alone_b = _plain(_PLACES), _plain(_WORDS)
    for text in _TEXTS * 3:
        assert [(x.start, x.value) for x in a.find_all(text)] == [(x.start, x.value) for x in alone_a.find_all(text)]
        assert [(x.start, x.value) for x in b.find_all(text)] == [(x.start, x.value) for x in alone_b.find_all(text)]
        assert len(shared.table) <= 12 + len(_analyze(cached_view(text)).types)


def test_clearing_a_members_cache_clears_the_shared_table() -> None:
    shared = SharedReadings()
    a = LexiconMatcher(_PLACES, shared=shared)
    LexiconMatcher(_WORDS, shared=shared)
    a.find_all(_TEXTS[1])
    a._cache.clear()
    assert not shared.table and not a._cache
    with pytest.raises(TypeError):
        a._cache["حلب"] = ()


def test_the_events_stage_matchers_share_one_table(monkeypatch: pytest.MonkeyPatch) -> None:
    cues, triggers = cue_matcher(), event_lexicon().triggers
    assert cues._shared is not None and cues._shared is triggers._shared
    text = "قالت مصادر محلية إن طائرات حربية شنت غارات على بلدة في ريف حلب، في حين قتل مدنيان في قصف مدفعي."
    shared = (cues.spans_by_value(text), [(x.start, x.end, x.value) for x in triggers.find_all(text)])
    for m in (cues, triggers):  # each alone, with a cache of its own
        monkeypatch.setattr(m, "_shared", None)
        monkeypatch.setattr(m, "_cache", {})
    assert (cues.spans_by_value(text), [(x.start, x.end, x.value) for x in triggers.find_all(text)]) == shared
    assert "need" in str(shared[0]) or shared[0]


def _walks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = M._entries_at

    def counting(readings, i, *args):  # type: ignore[no-untyped-def]
        calls.append(i)
        return real(readings, i, *args)

    monkeypatch.setattr(M, "_entries_at", counting)
    return calls


def test_a_first_word_that_the_next_word_does_not_go_on_is_not_walked(monkeypatch: pytest.MonkeyPatch) -> None:
    # "في" and "من" only start entries here ("في وقت سابق", "في حين", "من جهة أخرى"): where the next word goes on with
    # no entry, nothing starts at them
    m = _plain(_WORDS)
    text = "قال مسؤول في الحكومة إن غارات من الجو أصابت في وقت سابق مواقع في حين"
    alone = [(x.start, x.end, x.value) for x in _plain(_WORDS).find_all(text, overlapping=True)]
    calls = _walks(monkeypatch)
    assert [(x.start, x.end, x.value) for x in m.find_all(text, overlapping=True)] == alone
    words = _analyze(cached_view(text)).words
    walked = [words[i] for i in calls]
    assert walked.count("في") == 2  # في وقت سابق، في حين (not في الحكومة، في مواقع)
    assert "من" not in walked  # من الجو
    calls.clear()
    assert [x.value for x in m.find_all(text)] == ["raids", "earlier", "while"]
    assert [words[i] for i in calls].count("في") == 2


def test_the_skip_keeps_gaps_line_breaks_and_the_last_word(monkeypatch: pytest.MonkeyPatch) -> None:
    # a hyphen or underscore between the words still joins them; a line break ends the entry; "في" as the text's last
    # word starts nothing
    m = _plain(_WORDS + _PLACES)
    for text in ("غارة-جوية على ريف_دمشق", "في\nوقت سابق في حين", "قصف في", "في"):
        calls = _walks(monkeypatch)
        got = [(x.start, x.end, x.value) for x in m.find_all(text, overlapping=True)]
        monkeypatch.undo()
        ref = [(x.start, x.end, x.value) for x in _plain(_WORDS + _PLACES).find_all(text, overlapping=True)]
        assert got == ref, text
        words = _analyze(cached_view(text)).words
        assert not [i for i in calls if words[i] == "في" and i == len(words) - 1], text
    assert [x.value for x in m.find_all("غارة-جوية على ريف_دمشق")] == ["air", "rif"]
