"""Round 41's SECOND blind events file of SHORT articles (benchmarks/data/events_tune53.jsonl, helper bt39):
annotations only, the shape it was coded to, round 41's added lead region it was drawn from
(select_events_tune53.py: ``draws.in_range3``, the second-to-last hex digit of sha1(url) 8,
:data:`draws.ROUND41_BLIND_SECOND`, with a third-from-last in 0-7, :data:`draws.ROUND41_EVENTS_B_THIRD`; round 41's
tune52 and claims check40 took 9, the helpers' fresh samples from round 42 on take 0-7), articles of 250-3,000
characters (:data:`draws.ROUND41_EVENTS_B_CHARS`), disjoint from every other annotated file of benchmarks/data/
(round 41's tune52 and check40 among them, read for keys, urls and hashes only; also by url without its query
string, by content hash and by six-word runs: select_events_tune40.near_copies), the pools' counts the sizes were
decided on, the draw re-run giving exactly its articles (tune46's rule's negative records first, then tune48's added
``elsewhere`` pool of articles with 3 or more battle words), its spans pointing at the characters they were coded on,
and read by bench_events' --split tune53. Nothing here runs rasd on it."""

from __future__ import annotations

import hashlib
import importlib
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.blind_file_checks import (
    best_run_shares,
    check_bench_reads,
    check_blind_file,
    check_disjoint_by_key_url_and_hash,
    check_draw_rule,
    check_elsewhere_rule,
    check_events_placed_dated_noted,
    check_long_article_file,
    check_long_draw_rule,
    check_spans_point_at_their_characters,
    check_strict_draw_opens_the_file,
    corpus_texts,
    unbounded_pool_counts,
)
from tests.test_events_rowjudge2_file import check_draw_gives
from tests.test_events_tune_files import DATA, _records

NAME = "events_tune53.jsonl"
SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "data" / "news" / "saudinewsnet"
#: articles, negatives (no event), scored events (discrete, not historical), optional events as coded
TUNE53 = (7, 4, 5, 1)
#: decided before the draw from bt39's counts after ROUND41_B_FILES and the copy checks (second-to-last 8 with
#: third-from-last 0-7, 250-3,000 characters, counted without reading: every place pool 0 (39 with no file
#: excluded), negatives 23; 4 battle heads naming no place of tune8's pools and not negative-pool heads with 3 or more
#: battle words in their content): every place pool's all, 3 negatives, and the added pool's 4
SIZES = {"yemen": 0, "syria": 0, "iraq": 0, "libya": 0, "egypt": 0, "palestine": 0, "saudi_border": 0}
NEGATIVES = 3
ELSEWHERE = 4
MIN_BATTLE = 3
#: what each pool gave: both full
POOLS = {"negative": 3, "elsewhere": 4}
CHARS = (250, 3000)
#: round 41's blind files written before this one (tune52, check40: region 9), excluded by key, url and hash only
WRITTEN_THIS_ROUND = frozenset({"events_tune52.jsonl", "claims_check40.jsonl"})


def _select() -> ModuleType:
    """benchmarks/select_events_tune53.py, the committed draw script."""
    sys.path.insert(0, str(DATA.parent))
    return importlib.import_module("select_events_tune53")


def _others() -> list[str]:
    """Every other annotated file of benchmarks/data/ this test compares: every annotated file now
    (``draws.ROUND41_B_FILES``: round 41's start files, the events dev set among them, and this round's tune52 and
    check40; only keys, urls and content hashes are read) and claims_judged18.jsonl, named, never globbed (not the
    held-out files)."""
    import draws

    names = [*draws.ROUND41_B_FILES, "claims_judged18.jsonl"]
    assert NAME not in names and not any("heldout" in n for n in names)
    return names


@cache
def _corpus() -> list[tuple[str, dict[str, Any]]]:
    sys.path.insert(0, str(DATA.parent))
    from select_events_dev import load

    return load(SHARED)


def test_tune53_file_shape_hash_range_length_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE53
    check_blind_file("tune53", "8", n_articles, n_scored, n_negatives=n_negatives, n_optional=n_optional)
    check_long_article_file("tune53", "01234567", POOLS, chars=CHARS, second_digits="8")


def test_tune53_cannot_meet_round_41s_other_draws_or_the_next_fresh_range() -> None:
    import draws

    for r in _records(NAME):
        digest = hashlib.sha1(r["key"]["url"].encode()).hexdigest()
        # round 41's added region (8 with 0-7); tune52 and check40 took 9
        assert digest[-2] in draws.ROUND41_BLIND_SECOND and digest[-3] in draws.ROUND41_EVENTS_B_THIRD
        assert digest[-2] not in draws.ROUND40_BLIND_SECOND
        # the helpers' fresh range from round 42 on (second-to-last 0-7)
        assert digest[-2] not in draws.FRESH_SECOND_42
        assert 250 <= r["content_len"] <= 3000


def test_tune53_events_are_placed_dated_no_later_than_their_article_and_noted() -> None:
    """Every event has a country, a located place and a note; a dated event's day is an ISO day no later than its
    article's publication; fatalities are whole numbers from 0; every article carries notes; a point comes with a
    precision of 1 or 2, and every scored event has an admin1. Short articles hold few events: none holds more than
    5; the one optional event is an aggregate (the 431 arrests' tally: no day, no place), and no scored event has a
    day (the Jerusalem and Hebron raids and Nafha prison are told with no day, the Abha bombing 'recently')."""
    check_events_placed_dated_noted(NAME)
    for r in _records(NAME):
        assert len(r["events"]) <= 5
        for e in r["events"]:
            assert not e["historical"]
            if e["granularity"] == "aggregate":
                assert e["date"] is None and e["admin1"] is None and e["location"]["mention"] is None
            else:  # scored
                assert e["date"] is None and e["time_precision"] is None and e["location"]["mention"]


def test_tune53_disjoint_from_every_other_annotated_file() -> None:
    # round 27's lesson: no bare url in common; round 29's: no annotated record carries one of these hashes
    assert set(_others()) >= WRITTEN_THIS_ROUND
    check_disjoint_by_key_url_and_hash(NAME, _others(), _select().bare_url)


@pytest.mark.skipif(not any(CORPUS.glob("*.zip")), reason="no corpus")
def test_tune53_spans_point_at_the_characters_they_were_coded_on() -> None:
    """Every trigger, evidence span and place mention's sha1 is that of the article's characters it covers (the
    article as bench_events.load_articles loads it), and the content's length and hash are the article's."""
    check_spans_point_at_their_characters(NAME, corpus_texts(SHARED))


@pytest.mark.skipif(not any(CORPUS.glob("*.zip")), reason="no corpus")
def test_tune53_shares_less_than_half_its_runs_with_any_annotated_text() -> None:
    """No article shares half of its distinct six-word runs with one annotated text (the draw's rule, checked again
    against every other annotated file but the events dev set and the held-out files). The highest shares
    (benchmarks/data/README.md): Okaz's Di Maria transfer story (26 Jul) 9.4 % with a claims_tune6 text (a later
    story of the same transfer, 31 Jul); the others under 3 % (al-Jazirah's op-ed on IS 2.1 % with an events_sentences9
    text)."""
    best = best_run_shares(NAME, corpus_texts(SHARED), _others())
    assert all(share < 0.5 for share, _ in best), best
    assert best[4][1] == "claims_tune6.jsonl" and 0.09 < best[4][0] < 0.10, best
    assert all(share < 0.03 for i, (share, _) in enumerate(best) if i != 4), best


def test_tune53_draw_rule_is_the_committed_one() -> None:
    """tune51's and tune52's rule (tune48's) with round 41's second events constants: the seed, the sizes, 250-3,000
    characters, round 41's added lead region (second-to-last 8, ``draws.ROUND41_BLIND_SECOND``, with a third-from-last
    0-7, ``draws.ROUND41_EVENTS_B_THIRD``), every annotated file now excluded (``draws.ROUND41_B_FILES``: round 41's
    start files, tune52 and check40 among them), tune40's copy exclusions (its ContentAwareDraw, the six-word-run
    share one half); no top-up; then tune48's added ``elsewhere`` pool (its ElsewhereDraw, reused) with 3 or more
    battle words in the content, whose draw leaves tune46's rule's draw unchanged (STRICT)."""
    import draws

    sel = check_draw_rule(
        "select_events_tune53",
        (NAME,),
        seed=20412053,
        digits="8",
        negatives=NEGATIVES,
        sizes=SIZES,
        includes=WRITTEN_THIS_ROUND | {"events_tune51.jsonl", "claims_check39.jsonl"},
    )
    check_long_draw_rule(sel, "01234567", CHARS)
    assert tuple(sel.EXCLUDED_FILES) == draws.ROUND41_B_FILES
    assert (*draws.ROUND41_FILES, "events_tune52.jsonl", "claims_check40.jsonl") == draws.ROUND41_B_FILES
    assert sel.HASH_DIGITS == draws.ROUND41_BLIND_SECOND and sel.THIRD_DIGITS == draws.ROUND41_EVENTS_B_THIRD
    assert sel.CHARS == draws.ROUND41_EVENTS_B_CHARS
    assert not sel.HASH_DIGITS & draws.FRESH_SECOND_42 and not sel.HASH_DIGITS & draws.ROUND40_BLIND_SECOND
    check_elsewhere_rule(sel, SIZES, NEGATIVES, ELSEWHERE, MIN_BATTLE, (250, 3000))


@pytest.mark.skipif(not any(CORPUS.glob("*.zip")), reason="no corpus")
def test_tune53_pool_counts_the_sizes_were_decided_on() -> None:
    """The rule with every size unbounded (pool sizes only, no text read): every place pool empty, the negatives 23,
    the added pool 4 — so the sizes take every place pool's and the added pool's all, and 3 of the negatives."""
    counts = unbounded_pool_counts(_select(), _corpus(), SIZES, MIN_BATTLE)
    assert counts == {"negative": 23, "elsewhere": 4}
    assert all(SIZES[name] == counts.get(name, 0) for name in SIZES) and counts["elsewhere"] == ELSEWHERE
    assert counts["negative"] > NEGATIVES


@pytest.mark.skipif(not any(CORPUS.glob("*.zip")), reason="no corpus")
def test_tune53_draw_gives_the_files_articles_and_strict_rule_its_first_records() -> None:
    check_draw_gives(_select(), DATA / NAME)
    assert check_strict_draw_opens_the_file(_select(), NAME, _corpus()) == NEGATIVES


def test_tune53_elsewhere_pool_on_made_up_short_heads() -> None:
    """The added pool takes a short battle head of tune53's region that names no place of tune8's pools and whose
    content holds 3 or more battle words, and not one with fewer, one naming a pool place, one of region 9 (round 41's
    tune52) nor one over 3,000 characters (made-up rows, not corpus text)."""
    sel = _select()
    body = "نص الخبر " * 60

    def row(n: int, title: str, more: str = "", second: str = "8", pad: int = 1) -> tuple[str, dict[str, str]]:
        url = next(
            f"http://example.com/{n}/{k}"
            for k in range(10_000)
            if hashlib.sha1(f"http://example.com/{n}/{k}".encode()).hexdigest()[-2] in second
            and hashlib.sha1(f"http://example.com/{n}/{k}".encode()).hexdigest()[-3] in "01234567"
        )
        return ("2015-08-01", {"url": url, "title": title, "content": f"{title} {n} " + body * pad + more})

    more = " وتلا الانفجار تفجير ثان ثم غارة جوية على المنطقة"
    rows = [
        row(1, "مقتل ثلاثة في انفجار سيارة مفخخة بمدينة كابول", more),
        row(2, "مقتل ثلاثة في انفجار سيارة مفخخة في صنعاء اليمن", more),
        row(3, "انفجار في مدينة كابول"),
        row(4, "مقتل ثلاثة في انفجار سيارة مفخخة بمدينة كابول", more, second="9"),
        row(5, "مقتل ثلاثة في انفجار سيارة مفخخة بمدينة كابول", more, pad=6),
    ]
    tune7 = importlib.import_module("select_events_tune7")
    assert all(tune7.BATTLE.search(a["title"]) for _, a in rows)
    assert all(250 <= len(a["content"]) <= 3000 for _, a in rows[:4]) and len(rows[4][1]["content"]) > 3000
    assert sel.battle_words(rows[0][1]["content"]) >= 3 > sel.battle_words(rows[2][1]["content"]) >= 1
    taken = sel.elsewhere(sel.STRICT, rows, set(), [], 5)
    assert [a["url"] for _, _, a in taken] == [rows[0][1]["url"]] and {p for p, _, _ in taken} == {"elsewhere"}
    # with the bar at one battle word the third head is taken as well: the count is what leaves it out
    assert len(sel.elsewhere(sel.STRICT, rows, set(), [], 5, min_battle=1)) == 2


def test_bench_reads_tune53() -> None:
    check_bench_reads("tune53")
