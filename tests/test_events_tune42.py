"""Round 32's BLIND events file of SHORTER articles (benchmarks/data/events_tune42.jsonl, helper bt28): annotations
only, the shape it was coded to, the hash ranges it was drawn from (select_events_tune42.py: ``draws.in_range3``,
tune41's region again, the second-to-last hex digit of sha1(url) a digit 0-9, :data:`draws.DIGITS`, with a
third-from-last in c-f, :data:`draws.ROUND32_EVENTS_THIRD`; and its top-up for the pools that region left empty,
second-to-last a-f with a third-from-last 8-f: round 32's claims check31 takes a-f with 0-7, the helpers' fresh
samples 0-9 with 0-9, a, b), articles of 250-3,000 characters, disjoint from every other annotated file of
benchmarks/data/ (also by url without its query string, by content hash and by six-word runs:
select_events_tune40.near_copies), the draw re-run giving exactly its articles, its spans pointing at the characters
they were coded on, and read by bench_events' --split tune42. Nothing here runs rasd on it."""

from __future__ import annotations

import hashlib
import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.blind_file_checks import (
    check_bench_reads,
    check_blind_file,
    check_events_placed_dated_noted,
    check_long_article_file,
    check_short_blind_draw_rule,
)
from tests.test_events_rowjudge2_file import check_draw_gives
from tests.test_events_tune_files import DATA, _key, _records

NAME = "events_tune42.jsonl"
SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "data" / "news" / "saudinewsnet"
#: articles, negatives, scored events (discrete, not historical), optional events as coded
TUNE42 = (12, 5, 12, 8)
#: decided before the draw from the lead's counts after ROUND32_FILES (this range: yemen 16, syria 4, egypt 2,
#: negatives 137, the other place pools empty): syria and egypt what is left of their pools, yemen 6, the negatives 4
SIZES = {"yemen": 6, "syria": 4, "iraq": 0, "libya": 0, "egypt": 2, "palestine": 0, "saudi_border": 0}
#: the top-up (second-to-last a-f, third-from-last 8-f): what the first part left short of SIZES
TOPUP_SIZES = {"yemen": 6, "syria": 4, "iraq": 0, "libya": 0, "egypt": 0, "palestine": 0, "saudi_border": 0}
#: what each pool gave: egypt and the negatives full in tune41's region, yemen 0 and syria 0 there (every article
#: of those pools a copy of an annotated one); the top-up's yemen 6 (of 8), syria 0
POOLS = {"yemen": 6, "egypt": 2, "negative": 4}
FIRST_PART = 6
CHARS = (250, 3000)
RELEASED = frozenset({"events_tune41.jsonl", "claims_check30.jsonl", "events_rowjudge9.jsonl"})
#: round 32's other lead-held files, written beside this one in hash regions it cannot meet (claims check31:
#: second-to-last a-f with a third-from-last 0-7; rowjudge10: the helpers' fresh range, second-to-last 0-9 with a
#: third-from-last 0-9, a, b); this test does not open them (nor the held-out files), and checks instead that none of
#: this file's urls could be in their regions
HELD_NOW = frozenset({"claims_check31.jsonl", "events_rowjudge10.jsonl"})


def _select() -> ModuleType:
    """benchmarks/select_events_tune42.py, the committed draw script."""
    sys.path.insert(0, str(DATA.parent))
    return importlib.import_module("select_events_tune42")


def _others() -> list[str]:
    """Every other annotated file of benchmarks/data/ this test compares: every annotated file at round 32's start
    (``draws.ROUND32_FILES``, the events dev set among them) and claims_judged18.jsonl, named, never globbed (not the
    held-out files nor HELD_NOW)."""
    import draws

    names = [*draws.ROUND32_FILES, "claims_judged18.jsonl"]
    assert NAME not in names and not any("heldout" in n or n in HELD_NOW for n in names)
    return names


def test_tune42_file_shape_hash_range_length_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE42
    check_blind_file("tune42", "0123456789abcdef", n_articles, n_scored, n_negatives=n_negatives, n_optional=n_optional)
    check_long_article_file("tune42", "89abcdef", POOLS, chars=CHARS, second_digits="0123456789abcdef")
    digests = [hashlib.sha1(r["key"]["url"].encode()).hexdigest() for r in _records(NAME)]
    # the first part in tune41's region (0-9 with c-f), then the top-up (a-f with 8-f), in the file's order
    assert all(d[-2] in "0123456789" and d[-3] in "cdef" for d in digests[:FIRST_PART])
    assert all(d[-2] in "abcdef" and d[-3] in "89abcdef" for d in digests[FIRST_PART:])
    assert [r["pool"] for r in _records(NAME)[FIRST_PART:]] == ["yemen"] * 6


def test_tune42_cannot_meet_round_32s_other_blind_draws_or_the_helpers_fresh_range() -> None:
    import draws

    for r in _records(NAME):
        digest = hashlib.sha1(r["key"]["url"].encode()).hexdigest()
        # claims check31's region: second-to-last a-f with a third-from-last 0-7
        assert not (digest[-2] in draws.ROUND18_LONG_DIGITS and digest[-3] in draws.ROUND32_CLAIMS_THIRD)
        # the helpers' fresh range (rowjudge10 among its draws): second-to-last 0-9 with 0-9, a, b
        assert not (digest[-2] in draws.DIGITS and digest[-3] in "0123456789ab")


def test_tune42_events_are_placed_dated_no_later_than_their_article_and_noted() -> None:
    """Every event has a country, a located place and a note; a dated event's day is an ISO day no later than its
    article's publication, and a scored (discrete, not historical) one is of the article's month or the month
    before; fatalities are whole numbers from 0; every article carries notes; a point comes with a precision of 1 or
    2, and every scored event has an admin1."""
    check_events_placed_dated_noted(NAME)


def test_tune42_disjoint_from_every_other_annotated_file() -> None:
    drawn = {_key(r) for r in _records(NAME)}
    urls = {url for _, url in drawn}
    bare_url = _select().bare_url
    bare = {bare_url(url) for url in urls}
    hashes = {r["content_sha1"] for r in _records(NAME)}
    for name in _others():
        records = _records(name)
        keys = {_key(r) for r in records if isinstance(r.get("key"), dict)}
        assert not drawn & keys and not urls & {url for _, url in keys}, name
        # round 27's lesson: no bare url in common; round 29's: no annotated record carries one of these hashes
        assert not bare & {bare_url(url) for _, url in keys}, name
        assert not hashes & {r.get("content_sha1") for r in records}, name


def _texts() -> dict[tuple[str, str], str]:
    sys.path.insert(0, str(DATA.parent))
    from select_events_dev import load

    return {(z, str(a.get("url"))): a.get("content") or "" for z, a in load(SHARED)}


@pytest.mark.skipif(not any(CORPUS.glob("*.zip")), reason="no corpus")
def test_tune42_spans_point_at_the_characters_they_were_coded_on() -> None:
    """Every trigger, evidence span and place mention's sha1 is that of the article's characters it covers (the
    article as bench_events.load_articles loads it), and the content's length and hash are the article's."""
    texts = _texts()
    for r in _records(NAME):
        text = texts[_key(r)]
        assert len(text) == r["content_len"]
        assert hashlib.sha1(text.encode()).hexdigest()[:12] == r["content_sha1"]
        for e in r["events"]:
            mention = e["location"]["mention"]
            for span in e["triggers"] + e["evidence"] + ([mention] if mention else []):
                piece = text[span["start"] : span["end"]]
                assert hashlib.sha1(piece.encode()).hexdigest()[:12] == span["sha1"], (_key(r), e["id"])


@pytest.mark.skipif(not any(CORPUS.glob("*.zip")), reason="no corpus")
def test_tune42_shares_less_than_half_its_runs_with_any_annotated_text() -> None:
    """No article shares half of its distinct six-word runs with one annotated text (the draw's rule, checked again
    against every other annotated file but the events dev set, the held-out files and HELD_NOW). The highest shares
    (benchmarks/data/README.md): Sabq's Houthi leader dressed as a bride 31.1 % with an events_rowjudge6 text, Sabq's
    first civilian plane at Aden airport 23.3 % with an events_tune3 text, al-Weeam's Aden outskirts (Reuters) 11.2 %
    with an events_sentences8 text; the others under 3 %."""
    from select_claims_check28 import runs

    texts = _texts()
    by_url = {url: text for (_, url), text in texts.items()}
    mine = [runs(texts[_key(r)]) for r in _records(NAME)]
    best = [(0.0, "")] * len(mine)
    for name in _others():
        if name == "events_dev.jsonl":
            continue
        for r in _records(name):
            key = r.get("key") if isinstance(r.get("key"), dict) else r.get("article")
            if not isinstance(key, dict) or key.get("url") not in by_url:
                continue
            theirs = runs(by_url[key["url"]])
            for i, own in enumerate(mine):
                share = len(own & theirs) / len(own)
                if share > best[i][0]:
                    best[i] = (share, name)
    assert all(share < 0.5 for share, _ in best), best
    assert best[7][1] == "events_rowjudge6.jsonl" and 0.31 < best[7][0] < 0.32
    assert best[11][1] == "events_tune3.jsonl" and 0.23 < best[11][0] < 0.24
    assert best[8][1] == "events_sentences8.jsonl" and 0.11 < best[8][0] < 0.12
    assert all(share < 0.03 for i, (share, _) in enumerate(best) if i not in (7, 8, 11))


def test_tune42_draw_rule_is_the_committed_one() -> None:
    """tune41's rule with round 32's constants: the seed, the sizes, tune41's region (second-to-last 0-9 with a
    third-from-last c-f, ``draws.ROUND32_EVENTS_THIRD``; round 32's claims check31 takes a-f with 0-7), every
    annotated file at round 32's start excluded (``draws.ROUND32_FILES``, round 31's released files among them),
    tune40's copy exclusions (its ContentAwareDraw, the six-word-run share one half); and the top-up: the same rule,
    seed, exclusions and length over second-to-last a-f with a third-from-last 8-f, sized by what the first part
    left short (yemen 6, syria 4), no negatives."""
    import draws

    check_short_blind_draw_rule(
        "tune42",
        round_no=32,
        released=RELEASED,
        seed=20322042,
        negatives=4,
        sizes=SIZES,
        chars=CHARS,
        third="cdef",
        second="0123456789",
    )
    sel = _select()
    tune40 = importlib.import_module("select_events_tune40")
    assert isinstance(sel.RULE, tune40.ContentAwareDraw) and tune40.SHARE == 0.5
    assert sel.THIRD_DIGITS == draws.ROUND32_EVENTS_THIRD and sel.HASH_DIGITS == draws.DIGITS
    assert not sel.HASH_DIGITS & draws.ROUND18_LONG_DIGITS
    top = sel.TOPUP
    assert isinstance(top, tune40.ContentAwareDraw)
    assert top.seed == sel.SEED and top.chars == CHARS and top.excluded_files == draws.ROUND32_FILES
    assert top.hash_digits == draws.ROUND18_LONG_DIGITS and top.third_digits == frozenset("89abcdef")
    assert not top.third_digits & draws.ROUND32_CLAIMS_THIRD  # claims check31: a-f with 0-7
    assert dict(top.sizes) == TOPUP_SIZES and top.negatives == 0
    assert all(TOPUP_SIZES[p] == SIZES[p] - POOLS.get(p, 0) for p in ("syria", "egypt"))


@pytest.mark.skipif(not any(CORPUS.glob("*.zip")), reason="no corpus")
def test_tune42_draw_gives_the_files_articles() -> None:
    check_draw_gives(_select(), DATA / NAME)


def test_bench_reads_tune42() -> None:
    check_bench_reads("tune42")
