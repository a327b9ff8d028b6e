"""Round 36's BLIND events file of LONGER articles (benchmarks/data/events_tune46.jsonl, helper bt32): annotations
only, the shape it was coded to, the hash range it was drawn from (select_events_tune46.py: ``draws.in_range3``, a new
region, the second-to-last hex digit of sha1(url) in a-f, :data:`draws.ROUND18_LONG_DIGITS`, with a third-from-last in
8, 9, a-f, :data:`draws.ROUND36_EVENTS_THIRD`; round 36's claims check35 takes a-f with any third-from-last but only
articles of 400-3,000 characters, the helpers' fresh samples 0-9 with 0-9, a, b), articles of 3,001-8,000 characters,
disjoint from every other annotated file of benchmarks/data/ (also by url without its query string, by content hash
and by six-word runs: select_events_tune40.near_copies), the draw re-run giving exactly its articles, its spans
pointing at the characters they were coded on, and read by bench_events' --split tune46. Nothing here runs rasd on
it."""

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

NAME = "events_tune46.jsonl"
SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "data" / "news" / "saudinewsnet"
#: articles, negatives, scored events (discrete, not historical), optional events as coded
TUNE46 = (6, 2, 17, 4)
#: decided before the draw from bt32's counts after ROUND36_FILES and the copy checks (this region, 3,001-8,000
#: characters, counted without reading: yemen 5, every other place pool 0, negatives 26): yemen 4, 2 negatives
SIZES = {"yemen": 4, "syria": 0, "iraq": 0, "libya": 0, "egypt": 0, "palestine": 0, "saudi_border": 0}
#: what each pool gave: both pools full after the copy exclusions
POOLS = {"yemen": 4, "negative": 2}
CHARS = (3001, 8000)
#: claims check35's length (its draw, not read here): the two round-36 blind draws split by length
CLAIMS_CHARS = (400, 3000)
RELEASED = frozenset({"events_tune45.jsonl", "claims_check34.jsonl", "events_rowjudge13.jsonl"})
#: round 36's other lead-held files, written beside this one where it cannot meet them (claims check35:
#: second-to-last a-f, any third-from-last, 400-3,000 characters; rowjudge14: the helpers' fresh range, second-to-last
#: 0-9 with a third-from-last 0-9, a, b); this test does not open them (nor the held-out files), and checks instead
#: that none of this file's articles could be in their regions
HELD_NOW = frozenset({"claims_check35.jsonl", "events_rowjudge14.jsonl"})


def _select() -> ModuleType:
    """benchmarks/select_events_tune46.py, the committed draw script."""
    sys.path.insert(0, str(DATA.parent))
    return importlib.import_module("select_events_tune46")


def _others() -> list[str]:
    """Every other annotated file of benchmarks/data/ this test compares: every annotated file at round 36's start
    (``draws.ROUND36_FILES``, the events dev set among them) and claims_judged18.jsonl, named, never globbed (not the
    held-out files nor HELD_NOW)."""
    import draws

    names = [*draws.ROUND36_FILES, "claims_judged18.jsonl"]
    assert NAME not in names and not any("heldout" in n or n in HELD_NOW for n in names)
    return names


def test_tune46_file_shape_hash_range_length_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE46
    check_blind_file("tune46", "abcdef", n_articles, n_scored, n_negatives=n_negatives, n_optional=n_optional)
    check_long_article_file("tune46", "89abcdef", POOLS, chars=CHARS, second_digits="abcdef")


def test_tune46_cannot_meet_round_36s_other_blind_draws_or_the_helpers_fresh_range() -> None:
    import draws

    for r in _records(NAME):
        digest = hashlib.sha1(r["key"]["url"].encode()).hexdigest()
        # claims check35's region: second-to-last a-f (any third-from-last), 400-3,000 characters
        assert digest[-2] in draws.ROUND18_LONG_DIGITS and digest[-3] in draws.ROUND36_CLAIMS_THIRD
        assert r["content_len"] > CLAIMS_CHARS[1]
        # the helpers' fresh range (rowjudge14 among its draws): second-to-last 0-9 with 0-9, a, b
        assert not (digest[-2] in draws.DIGITS and digest[-3] in "0123456789ab")
        # tune45's region (a-f with 0-7) and tune43/tune44's (0-9 with c-f)
        assert not (digest[-2] in draws.ROUND18_LONG_DIGITS and digest[-3] in draws.ROUND35_EVENTS_THIRD)
        assert not (digest[-2] in draws.DIGITS and digest[-3] in draws.ROUND34_EVENTS_THIRD)


def test_tune46_events_are_placed_dated_no_later_than_their_article_and_noted() -> None:
    """Every event has a country, a located place and a note; a dated event's day is an ISO day no later than its
    article's publication, and a scored (discrete, not historical) one is of the article's month or the month
    before; fatalities are whole numbers from 0; every article carries notes; a point comes with a precision of 1 or
    2, and every scored event has an admin1."""
    check_events_placed_dated_noted(NAME)


def test_tune46_disjoint_from_every_other_annotated_file() -> None:
    # round 27's lesson: no bare url in common; round 29's: no annotated record carries one of these hashes
    check_disjoint_by_key_url_and_hash(NAME, _others(), _select().bare_url)


@pytest.mark.skipif(not any(CORPUS.glob("*.zip")), reason="no corpus")
def test_tune46_spans_point_at_the_characters_they_were_coded_on() -> None:
    """Every trigger, evidence span and place mention's sha1 is that of the article's characters it covers (the
    article as bench_events.load_articles loads it), and the content's length and hash are the article's."""
    check_spans_point_at_their_characters(NAME, corpus_texts(SHARED))


@pytest.mark.skipif(not any(CORPUS.glob("*.zip")), reason="no corpus")
def test_tune46_shares_less_than_half_its_runs_with_any_annotated_text() -> None:
    """No article shares half of its distinct six-word runs with one annotated text (the draw's rule, checked again
    against every other annotated file but the events dev set, the held-out files and HELD_NOW). The highest share
    (benchmarks/data/README.md): Asharq al-Awsat's Sanaa emergency story of 10 Aug 5.0 % with an events_rowjudge8
    text; the others under 3 %."""
    best = best_run_shares(NAME, corpus_texts(SHARED), _others())
    assert all(share < 0.5 for share, _ in best), best
    assert best[2][1] == "events_rowjudge8.jsonl" and 0.04 < best[2][0] < 0.06, best
    assert all(share < 0.03 for i, (share, _) in enumerate(best) if i != 2), best


def test_tune46_draw_rule_is_the_committed_one() -> None:
    """tune45's rule with round 36's constants: the seed, the sizes, 3,001-8,000 characters, a new region
    (second-to-last a-f with a third-from-last 8, 9, a-f, ``draws.ROUND36_EVENTS_THIRD``; round 36's claims check35
    takes a-f with any third-from-last, but 400-3,000 characters only), every annotated file at round 36's start
    excluded (``draws.ROUND36_FILES``, round 35's released files among them), tune40's copy exclusions (its
    ContentAwareDraw, the six-word-run share one half); no top-up."""
    import draws

    check_short_blind_draw_rule(
        "tune46",
        round_no=36,
        released=RELEASED,
        seed=20362046,
        negatives=2,
        sizes=SIZES,
        chars=CHARS,
        third="89abcdef",
        second="abcdef",
        claims_chars=CLAIMS_CHARS,
    )
    sel = _select()
    tune40 = importlib.import_module("select_events_tune40")
    assert isinstance(sel.RULE, tune40.ContentAwareDraw) and tune40.SHARE == 0.5
    assert sel.THIRD_DIGITS == draws.ROUND36_EVENTS_THIRD and sel.HASH_DIGITS == draws.ROUND18_LONG_DIGITS
    assert not sel.HASH_DIGITS & draws.DIGITS and not sel.THIRD_DIGITS & draws.ROUND35_EVENTS_THIRD
    assert sel.CHARS[0] > CLAIMS_CHARS[1] and sel.RULE.chars == (3001, 8000)
    assert not hasattr(sel, "TOPUP")


@pytest.mark.skipif(not any(CORPUS.glob("*.zip")), reason="no corpus")
def test_tune46_draw_gives_the_files_articles() -> None:
    check_draw_gives(_select(), DATA / NAME)


def test_bench_reads_tune46() -> None:
    check_bench_reads("tune46")
