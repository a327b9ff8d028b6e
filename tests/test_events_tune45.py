"""Round 35's BLIND events file of LONGER articles (benchmarks/data/events_tune45.jsonl, helper bt31): annotations
only, the shape it was coded to, the hash range it was drawn from (select_events_tune45.py: ``draws.in_range3``, a new
region, the second-to-last hex digit of sha1(url) in a-f, :data:`draws.ROUND18_LONG_DIGITS`, with a third-from-last in
0-7, :data:`draws.ROUND35_EVENTS_THIRD`; round 35's claims check34 takes a-f with 8, 9, c-f, the helpers' fresh samples
0-9 with 0-9, a, b), articles of 3,000-8,000 characters, disjoint from every other annotated file of
benchmarks/data/ (also by url without its query string, by content hash and by six-word runs:
select_events_tune40.near_copies), the draw re-run giving exactly its articles, its spans pointing at the characters
they were coded on, and read by bench_events' --split tune45. Nothing here runs rasd on it."""

from __future__ import annotations

import hashlib
import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.blind_file_checks import (
    best_run_shares,
    check_bench_reads,
    check_blind_file,
    check_disjoint_by_key_url_and_hash,
    check_events_placed_dated_noted,
    check_long_article_file,
    check_short_blind_draw_rule,
    check_spans_point_at_their_characters,
    corpus_texts,
)
from tests.test_events_rowjudge2_file import check_draw_gives
from tests.test_events_tune_files import DATA, _records

NAME = "events_tune45.jsonl"
SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "data" / "news" / "saudinewsnet"
#: articles, negatives, scored events (discrete, not historical), optional events as coded
TUNE45 = (9, 4, 23, 7)
#: decided before the draw from bt31's counts after ROUND35_FILES and the copy checks (this range, 3,000-8,000
#: characters, counted without reading: yemen 7, syria 3, iraq 0, libya 0, egypt 4, palestine 0, saudi_border 0,
#: negatives 35): yemen 4, syria 2, egypt 1, 2 negatives
SIZES = {"yemen": 4, "syria": 2, "iraq": 0, "libya": 0, "egypt": 1, "palestine": 0, "saudi_border": 0}
#: what each pool gave: every pool full after the copy exclusions
POOLS = {"yemen": 4, "syria": 2, "egypt": 1, "negative": 2}
CHARS = (3000, 8000)
RELEASED = frozenset({"events_tune44.jsonl", "claims_check33.jsonl", "events_rowjudge12.jsonl"})
#: round 35's other lead-held files, written beside this one in hash regions it cannot meet (claims check34:
#: second-to-last a-f with a third-from-last 8, 9, c-f; rowjudge13: the helpers' fresh range, second-to-last 0-9 with
#: a third-from-last 0-9, a, b); this test does not open them (nor the held-out files), and checks instead that none
#: of this file's urls could be in their regions
HELD_NOW = frozenset({"claims_check34.jsonl", "events_rowjudge13.jsonl"})


def _select() -> ModuleType:
    """benchmarks/select_events_tune45.py, the committed draw script."""
    sys.path.insert(0, str(DATA.parent))
    return importlib.import_module("select_events_tune45")


def _others() -> list[str]:
    """Every other annotated file of benchmarks/data/ this test compares: every annotated file at round 35's start
    (``draws.ROUND35_FILES``, the events dev set among them) and claims_judged18.jsonl, named, never globbed (not the
    held-out files nor HELD_NOW)."""
    import draws

    names = [*draws.ROUND35_FILES, "claims_judged18.jsonl"]
    assert NAME not in names and not any("heldout" in n or n in HELD_NOW for n in names)
    return names


def test_tune45_file_shape_hash_range_length_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE45
    check_blind_file("tune45", "abcdef", n_articles, n_scored, n_negatives=n_negatives, n_optional=n_optional)
    check_long_article_file("tune45", "01234567", POOLS, chars=CHARS, second_digits="abcdef")


def test_tune45_cannot_meet_round_35s_other_blind_draws_or_the_helpers_fresh_range() -> None:
    import draws

    for r in _records(NAME):
        digest = hashlib.sha1(r["key"]["url"].encode()).hexdigest()
        # claims check34's region: second-to-last a-f with a third-from-last 8, 9, c-f
        assert not (digest[-2] in draws.ROUND18_LONG_DIGITS and digest[-3] in draws.ROUND35_CLAIMS_THIRD)
        # the helpers' fresh range (rowjudge13 among its draws): second-to-last 0-9 with 0-9, a, b
        assert not (digest[-2] in draws.DIGITS and digest[-3] in "0123456789ab")
        # tune43/tune44's region: second-to-last 0-9 with c-f
        assert not (digest[-2] in draws.DIGITS and digest[-3] in draws.ROUND34_EVENTS_THIRD)


def test_tune45_events_are_placed_dated_no_later_than_their_article_and_noted() -> None:
    """Every event has a country, a located place and a note; a dated event's day is an ISO day no later than its
    article's publication, and a scored (discrete, not historical) one is of the article's month or the month
    before; fatalities are whole numbers from 0; every article carries notes; a point comes with a precision of 1 or
    2, and every scored event has an admin1."""
    check_events_placed_dated_noted(NAME)


def test_tune45_disjoint_from_every_other_annotated_file() -> None:
    # round 27's lesson: no bare url in common; round 29's: no annotated record carries one of these hashes
    check_disjoint_by_key_url_and_hash(NAME, _others(), _select().bare_url)


@pytest.mark.skipif(not any(CORPUS.glob("*.zip")), reason="no corpus")
def test_tune45_spans_point_at_the_characters_they_were_coded_on() -> None:
    """Every trigger, evidence span and place mention's sha1 is that of the article's characters it covers (the
    article as bench_events.load_articles loads it), and the content's length and hash are the article's."""
    check_spans_point_at_their_characters(NAME, corpus_texts(SHARED))


@pytest.mark.skipif(not any(CORPUS.glob("*.zip")), reason="no corpus")
def test_tune45_shares_less_than_half_its_runs_with_any_annotated_text() -> None:
    """No article shares half of its distinct six-word runs with one annotated text (the draw's rule, checked again
    against every other annotated file but the events dev set, the held-out files and HELD_NOW). The highest shares
    (benchmarks/data/README.md): al-Yaum's Turkey story of 25 Jul 38.8 % with an events_sentences10 text, Asharq
    al-Awsat's Aden airport story 15.4 % with a claims_check27 text, al-Riyadh's Bahah/Taiz round-up 15.1 % with an
    events_sentences15 text, al-Eqtisadiya's Labouza story 13.5 % with an events_sentences text, the Egyptian culture
    minister's interview 7.0 % with an events_tune35 text; the others under 1 %."""
    best = best_run_shares(NAME, corpus_texts(SHARED), _others())
    assert all(share < 0.5 for share, _ in best), best
    assert best[4][1] == "events_sentences10.jsonl" and 0.38 < best[4][0] < 0.40
    assert best[0][1] == "claims_check27.jsonl" and 0.15 < best[0][0] < 0.16
    assert best[2][1] == "events_sentences15.jsonl" and 0.15 < best[2][0] < 0.16
    assert best[1][1] == "events_sentences.jsonl" and 0.13 < best[1][0] < 0.14
    assert best[6][1] == "events_tune35.jsonl" and 0.06 < best[6][0] < 0.08
    assert all(share < 0.01 for i, (share, _) in enumerate(best) if i not in (0, 1, 2, 4, 6))


def test_tune45_draw_rule_is_the_committed_one() -> None:
    """tune44's rule with round 35's constants: the seed, the sizes, 3,000-8,000 characters, a new region
    (second-to-last a-f with a third-from-last 0-7, ``draws.ROUND35_EVENTS_THIRD``; round 35's claims check34 takes a-f
    with 8, 9, c-f), every annotated file at round 35's start excluded (``draws.ROUND35_FILES``, round 34's released
    files among them), tune40's copy exclusions (its ContentAwareDraw, the six-word-run share one half); no top-up."""
    import draws

    check_short_blind_draw_rule(
        "tune45",
        round_no=35,
        released=RELEASED,
        seed=20352045,
        negatives=2,
        sizes=SIZES,
        chars=CHARS,
        third="01234567",
        second="abcdef",
    )
    sel = _select()
    tune40 = importlib.import_module("select_events_tune40")
    assert isinstance(sel.RULE, tune40.ContentAwareDraw) and tune40.SHARE == 0.5
    assert sel.THIRD_DIGITS == draws.ROUND35_EVENTS_THIRD and sel.HASH_DIGITS == draws.ROUND18_LONG_DIGITS
    assert not sel.THIRD_DIGITS & draws.ROUND35_CLAIMS_THIRD and not sel.HASH_DIGITS & draws.DIGITS
    assert not hasattr(sel, "TOPUP")


@pytest.mark.skipif(not any(CORPUS.glob("*.zip")), reason="no corpus")
def test_tune45_draw_gives_the_files_articles() -> None:
    check_draw_gives(_select(), DATA / NAME)


def test_bench_reads_tune45() -> None:
    check_bench_reads("tune45")
