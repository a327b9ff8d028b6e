"""Round 42's blind events file of LONGER articles (benchmarks/data/events_tune54.jsonl, helper bt40): annotations
only, the shape it was coded to, round 41's added lead region it was drawn from (select_events_tune54.py:
``draws.in_range3``, the second-to-last hex digit of sha1(url) 8, :data:`draws.ROUND41_BLIND_SECOND`, with a
third-from-last in 0-7, :data:`draws.ROUND42_EVENTS_THIRD`; round 42's claims check41 takes 8-f of the same region,
the helpers' fresh samples take 0-7), articles of 3,001-8,000 characters (:data:`draws.ROUND42_EVENTS_CHARS`; tune53
took the region's 250-3,000), disjoint from every other annotated file of benchmarks/data/ (round 41's tune52, tune53
and check40 among them; also by url without its query string, by content hash and by six-word runs:
select_events_tune40.near_copies), the pools' counts the sizes were decided on, the draw re-run giving exactly its
articles (tune46's rule's place-pool and negative records first, then tune48's added ``elsewhere`` pool of articles
with 3 or more battle words), its spans pointing at the characters they were coded on, and read by bench_events'
--split tune54. Nothing here runs rasd on it."""

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

NAME = "events_tune54.jsonl"
SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "data" / "news" / "saudinewsnet"
#: articles, negatives (no event), scored events (discrete, not historical), optional events as coded
TUNE54 = (10, 3, 15, 11)
#: decided before the draw from bt40's counts after ROUND42_FILES and the copy checks (second-to-last 8 with
#: third-from-last 0-7, 3,001-8,000 characters, counted without reading: yemen 3, syria 2, every other place pool 0
#: (10 with no file excluded), negatives 8; 3 battle heads naming no place of tune8's pools and not negative-pool heads
#: with 3 or more battle words in their content): every place pool's all, 2 negatives, and the added pool's 3
SIZES = {"yemen": 3, "syria": 2, "iraq": 0, "libya": 0, "egypt": 0, "palestine": 0, "saudi_border": 0}
NEGATIVES = 2
ELSEWHERE = 3
MIN_BATTLE = 3
#: what each pool gave: all full
POOLS = {"yemen": 3, "syria": 2, "negative": 2, "elsewhere": 3}
CHARS = (3001, 8000)
#: round 41's blind files (tune52, tune53, check40), released at round 42's start and excluded like every other file
LAST_ROUND = frozenset({"events_tune52.jsonl", "events_tune53.jsonl", "claims_check40.jsonl"})


def _select() -> ModuleType:
    """benchmarks/select_events_tune54.py, the committed draw script."""
    sys.path.insert(0, str(DATA.parent))
    return importlib.import_module("select_events_tune54")


def _others() -> list[str]:
    """Every other annotated file of benchmarks/data/ this test compares: every annotated file now
    (``draws.ROUND42_FILES``: round 42's start files, the events dev set among them; only keys, urls and content
    hashes are read) and claims_judged18.jsonl, named, never globbed (not the held-out files, nor this round's blind
    claims check41)."""
    import draws

    names = [*draws.ROUND42_FILES, "claims_judged18.jsonl"]
    assert NAME not in names and not any("heldout" in n or "check41" in n for n in names)
    return names


@cache
def _corpus() -> list[tuple[str, dict[str, Any]]]:
    sys.path.insert(0, str(DATA.parent))
    from select_events_dev import load

    return load(SHARED)


def test_tune54_file_shape_hash_range_length_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE54
    check_blind_file("tune54", "8", n_articles, n_scored, n_negatives=n_negatives, n_optional=n_optional)
    check_long_article_file("tune54", "01234567", POOLS, chars=CHARS, second_digits="8")


def test_tune54_cannot_meet_round_42s_claims_draw_tune53_or_the_fresh_range() -> None:
    import draws

    for r in _records(NAME):
        digest = hashlib.sha1(r["key"]["url"].encode()).hexdigest()
        # round 41's added region (8) with the events third-from-last 0-7; check41 takes 8-f
        assert digest[-2] in draws.ROUND41_BLIND_SECOND and digest[-3] in draws.ROUND42_EVENTS_THIRD
        assert digest[-3] not in draws.ROUND42_CLAIMS_THIRD
        # the helpers' fresh range from round 42 on (second-to-last 0-7)
        assert digest[-2] not in draws.FRESH_SECOND_42
        # longer than tune53's 250-3,000
        assert 3001 <= r["content_len"] <= 8000 and r["content_len"] > draws.ROUND41_EVENTS_B_CHARS[1]


def test_tune54_events_are_placed_dated_no_later_than_their_article_and_noted() -> None:
    """Every event has a country, a located place and a note; a dated event's day is an ISO day no later than its
    article's publication, and a scored one is of July or August 2015; fatalities are whole numbers from 0; every
    article carries notes; a point comes with a precision of 1 or 2, and every scored event has an admin1. Long
    articles hold several events: the Aden story 8 scored ones (al-Anad, Sanaa's strikes, Sabr, al-Basateen, Jaawala,
    Dar Saad's clash and shelling, al-Dhale's ambush); an optional event is an aggregate with no day or admin1, or
    historical; Suruc's bombing of 20 July is scored where an article gives its day (two articles) and optional in a
    column that gives none."""
    check_events_placed_dated_noted(NAME)
    records = _records(NAME)
    scored = [[e for e in r["events"] if e["granularity"] == "discrete" and not e["historical"]] for r in records]
    assert max(len(s) for s in scored) == 8 and sum(len(s) for s in scored) == TUNE54[2]
    suruc = []
    for r in records:
        for e in r["events"]:
            if e["granularity"] == "aggregate":
                assert e["date"] is None and e["admin1"] is None and e["location"]["mention"] is None
                assert not e["historical"]
            if e["admin1"] == "Sanliurfa":
                suruc.append((e["date"], e["historical"]))
    assert sorted(suruc, key=str) == [("2015-07-20", False), ("2015-07-20", False), (None, True)]


def test_tune54_disjoint_from_every_other_annotated_file() -> None:
    # round 27's lesson: no bare url in common; round 29's: no annotated record carries one of these hashes
    assert set(_others()) >= LAST_ROUND
    check_disjoint_by_key_url_and_hash(NAME, _others(), _select().bare_url)


@pytest.mark.skipif(not any(CORPUS.glob("*.zip")), reason="no corpus")
def test_tune54_spans_point_at_the_characters_they_were_coded_on() -> None:
    """Every trigger, evidence span and place mention's sha1 is that of the article's characters it covers (the
    article as bench_events.load_articles loads it), and the content's length and hash are the article's."""
    check_spans_point_at_their_characters(NAME, corpus_texts(SHARED))


@pytest.mark.skipif(not any(CORPUS.glob("*.zip")), reason="no corpus")
def test_tune54_shares_less_than_half_its_runs_with_any_annotated_text() -> None:
    """No article shares half of its distinct six-word runs with one annotated text (the draw's rule, checked again
    against every other annotated file but the events dev set and the held-out files). The highest shares
    (benchmarks/data/README.md): Asharq al-Awsat's al-Anad story (26 Jul) 30.0 % with an events_sentences8 text, its
    story of Kerry's Doha meeting (3 Aug) 26.0 % with a rowjudge14 text, al-Riyadh's condemnations of the Asir bombing
    20.6 % with a rowjudge5 text; the others under 13 %."""
    best = best_run_shares(NAME, corpus_texts(SHARED), _others())
    assert all(share < 0.5 for share, _ in best), best
    assert best[1][1] == "events_sentences8.jsonl" and 0.29 < best[1][0] < 0.31, best
    assert best[5][1] == "events_rowjudge14.jsonl" and 0.25 < best[5][0] < 0.27, best
    assert all(share < 0.21 for i, (share, _) in enumerate(best) if i not in (1, 5)), best


def test_tune54_draw_rule_is_the_committed_one() -> None:
    """tune51's and tune53's rule (tune48's) with round 42's events constants: the seed, the sizes, 3,001-8,000
    characters, round 41's added lead region (second-to-last 8, ``draws.ROUND41_BLIND_SECOND``, with a third-from-last
    0-7, ``draws.ROUND42_EVENTS_THIRD``), every annotated file now excluded (``draws.ROUND42_FILES``: round 41's
    tune52, tune53 and check40 among them), tune40's copy exclusions (its ContentAwareDraw, the six-word-run share one
    half); no top-up; then tune48's added ``elsewhere`` pool (its ElsewhereDraw, reused) with 3 or more battle words in
    the content, whose draw leaves tune46's rule's draw unchanged (STRICT)."""
    import draws

    sel = check_draw_rule(
        "select_events_tune54",
        (NAME,),
        seed=20422054,
        digits="8",
        negatives=NEGATIVES,
        sizes=SIZES,
        includes=LAST_ROUND | {"events_tune51.jsonl", "claims_check39.jsonl"},
    )
    check_long_draw_rule(sel, "01234567", CHARS)
    assert tuple(sel.EXCLUDED_FILES) == draws.ROUND42_FILES
    assert (*draws.ROUND41_B_FILES, "events_tune53.jsonl") == draws.ROUND42_FILES
    assert sel.HASH_DIGITS == draws.ROUND41_BLIND_SECOND and sel.THIRD_DIGITS == draws.ROUND42_EVENTS_THIRD
    assert sel.CHARS == draws.ROUND42_EVENTS_CHARS
    assert not sel.HASH_DIGITS & draws.FRESH_SECOND_42 and not sel.THIRD_DIGITS & draws.ROUND42_CLAIMS_THIRD
    check_elsewhere_rule(sel, SIZES, NEGATIVES, ELSEWHERE, MIN_BATTLE, (3001, 8000))


@pytest.mark.skipif(not any(CORPUS.glob("*.zip")), reason="no corpus")
def test_tune54_pool_counts_the_sizes_were_decided_on() -> None:
    """The rule with every size unbounded (pool sizes only, no text read): yemen 3, syria 2, every other place pool
    empty, the negatives 8, the added pool 3 — so the sizes take every place pool's and the added pool's all, and 2 of
    the negatives."""
    counts = unbounded_pool_counts(_select(), _corpus(), SIZES, MIN_BATTLE)
    assert counts == {"yemen": 3, "syria": 2, "negative": 8, "elsewhere": 3}
    assert all(SIZES[name] == counts.get(name, 0) for name in SIZES) and counts["elsewhere"] == ELSEWHERE
    assert counts["negative"] > NEGATIVES


@pytest.mark.skipif(not any(CORPUS.glob("*.zip")), reason="no corpus")
def test_tune54_draw_gives_the_files_articles_and_strict_rule_its_first_records() -> None:
    check_draw_gives(_select(), DATA / NAME)
    assert check_strict_draw_opens_the_file(_select(), NAME, _corpus()) == sum(SIZES.values()) + NEGATIVES


def test_tune54_elsewhere_pool_on_made_up_long_heads() -> None:
    """The added pool takes a long battle head of tune54's region that names no place of tune8's pools and whose
    content holds 3 or more battle words, and not one with fewer, one naming a pool place, one of region 9 (round 41's
    tune52), one of 3,000 characters or fewer (tune53's length) nor one over 8,000 (made-up rows, not corpus text)."""
    sel = _select()
    body = "نص الخبر " * 60

    def row(n: int, title: str, more: str = "", second: str = "8", pad: int = 7) -> tuple[str, dict[str, str]]:
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
        row(5, "مقتل ثلاثة في انفجار سيارة مفخخة بمدينة كابول", more, pad=4),
        row(6, "مقتل ثلاثة في انفجار سيارة مفخخة بمدينة كابول", more, pad=16),
    ]
    tune7 = importlib.import_module("select_events_tune7")
    assert all(tune7.BATTLE.search(a["title"]) for _, a in rows)
    assert all(3001 <= len(a["content"]) <= 8000 for _, a in rows[:4])
    assert len(rows[4][1]["content"]) <= 3000 and len(rows[5][1]["content"]) > 8000
    assert sel.battle_words(rows[0][1]["content"]) >= 3 > sel.battle_words(rows[2][1]["content"]) >= 1
    taken = sel.elsewhere(sel.STRICT, rows, set(), [], 6)
    assert [a["url"] for _, _, a in taken] == [rows[0][1]["url"]] and {p for p, _, _ in taken} == {"elsewhere"}
    # with the bar at one battle word the third head is taken as well: the count is what leaves it out
    assert len(sel.elsewhere(sel.STRICT, rows, set(), [], 6, min_battle=1)) == 2


def test_bench_reads_tune54() -> None:
    check_bench_reads("tune54")
