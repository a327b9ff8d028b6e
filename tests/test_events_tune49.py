"""Round 39's BLIND events file of LONG articles (benchmarks/data/events_tune49.jsonl, helper bt35): annotations
only, the shape it was coded to, the hash range it was drawn from (select_events_tune49.py: ``draws.in_range3``, the
second-to-last hex digit of sha1(url) in a-f, :data:`draws.ROUND18_LONG_DIGITS`, with a third-from-last in 0-7,
:data:`draws.ROUND39_EVENTS_THIRD`; round 39's claims check38 takes a-f with 8-f, the helpers' fresh samples 0-9 with
0-9, a, b), articles of 3,001-8,000 characters, disjoint from every other annotated file of benchmarks/data/ (also by
url without its query string, by content hash and by six-word runs: select_events_tune40.near_copies), the draw re-run
giving exactly its articles (tune46's rule's place-pool and negative records first, then tune48's added ``elsewhere``
pool of articles with 3 or more battle words), its spans pointing at the characters they were coded on, and read by
bench_events' --split tune49. Nothing here runs rasd on it."""

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

NAME = "events_tune49.jsonl"
SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "data" / "news" / "saudinewsnet"
#: articles, negatives (no event), scored events (discrete, not historical), optional events as coded
TUNE49 = (8, 7, 1, 0)
#: decided before the draw from bt35's counts after ROUND39_FILES and the copy checks (this region, 3,001-8,000
#: characters, counted without reading: egypt 2, every other place pool 0, negatives 31; 38 battle heads naming no
#: place of tune8's pools and not negative-pool heads, 19 of them with 3 or more battle words in their content):
#: egypt 2, 2 negatives, and 4 of the added pool
SIZES = {"yemen": 0, "syria": 0, "iraq": 0, "libya": 0, "egypt": 2, "palestine": 0, "saudi_border": 0}
ELSEWHERE = 4
MIN_BATTLE = 3
#: what each pool gave: every pool full after the copy exclusions
POOLS = {"egypt": 2, "negative": 2, "elsewhere": 4}
CHARS = (3001, 8000)
RELEASED = frozenset({"events_tune48.jsonl", "claims_check37.jsonl"})
#: round 39's other lead-held file, written beside this one where it cannot meet it (claims check38: second-to-last
#: a-f with a third-from-last 8-f); this test does not open it (nor the held-out files), and checks instead that none
#: of this file's articles could be in its region
HELD_NOW = frozenset({"claims_check38.jsonl"})


def _select() -> ModuleType:
    """benchmarks/select_events_tune49.py, the committed draw script."""
    sys.path.insert(0, str(DATA.parent))
    return importlib.import_module("select_events_tune49")


def _others() -> list[str]:
    """Every other annotated file of benchmarks/data/ this test compares: every annotated file at round 39's start
    (``draws.ROUND39_FILES``, the events dev set among them) and claims_judged18.jsonl, named, never globbed (not the
    held-out files nor HELD_NOW)."""
    import draws

    names = [*draws.ROUND39_FILES, "claims_judged18.jsonl"]
    assert NAME not in names and not any("heldout" in n or n in HELD_NOW for n in names)
    return names


def test_tune49_file_shape_hash_range_length_and_no_text() -> None:
    n_articles, n_negatives, n_scored, n_optional = TUNE49
    check_blind_file("tune49", "abcdef", n_articles, n_scored, n_negatives=n_negatives, n_optional=n_optional)
    check_long_article_file("tune49", "01234567", POOLS, chars=CHARS, second_digits="abcdef")


def test_tune49_cannot_meet_round_39s_claims_draw_or_the_helpers_fresh_range() -> None:
    import draws

    for r in _records(NAME):
        digest = hashlib.sha1(r["key"]["url"].encode()).hexdigest()
        # round 39's events region; claims check38's is a-f with 8-f
        assert digest[-2] in draws.ROUND18_LONG_DIGITS and digest[-3] in draws.ROUND39_EVENTS_THIRD
        assert digest[-3] not in draws.ROUND39_CLAIMS_THIRD
        # the helpers' fresh range (second-to-last 0-9)
        assert digest[-2] not in draws.DIGITS
        # tune47's region (the same digits) was of 1,501-3,000 characters; tune48's is this one, its articles excluded
        assert r["content_len"] >= 3001


def test_tune49_events_are_placed_dated_no_later_than_their_article_and_noted() -> None:
    """Every event has a country, a located place and a note; a dated event's day is an ISO day no later than its
    article's publication, and a scored (discrete, not historical) one is of the article's month or the month
    before; fatalities are whole numbers from 0; every article carries notes; a point comes with a precision of 1 or
    2, and every scored event has an admin1."""
    check_events_placed_dated_noted(NAME)


def test_tune49_disjoint_from_every_other_annotated_file() -> None:
    # round 27's lesson: no bare url in common; round 29's: no annotated record carries one of these hashes
    check_disjoint_by_key_url_and_hash(NAME, _others(), _select().bare_url)


@pytest.mark.skipif(not any(CORPUS.glob("*.zip")), reason="no corpus")
def test_tune49_spans_point_at_the_characters_they_were_coded_on() -> None:
    """Every trigger, evidence span and place mention's sha1 is that of the article's characters it covers (the
    article as bench_events.load_articles loads it), and the content's length and hash are the article's."""
    check_spans_point_at_their_characters(NAME, corpus_texts(SHARED))


@pytest.mark.skipif(not any(CORPUS.glob("*.zip")), reason="no corpus")
def test_tune49_shares_less_than_half_its_runs_with_any_annotated_text() -> None:
    """No article shares half of its distinct six-word runs with one annotated text (the draw's rule, checked again
    against every other annotated file but the events dev set, the held-out files and HELD_NOW). The highest share
    (benchmarks/data/README.md): al-Madina's report of al-Sisi's Suez canal speech (7 Aug) 34.2 % with an events_tune22
    text (al-Madina's other story of the same opening, under the draw's half), Ayn al-Yaum's Fiqh Academy condemnation
    of the Asir mosque bombing (9 Aug) 10.0 % with an events_sentences23 text; the others share none."""
    best = best_run_shares(NAME, corpus_texts(SHARED), _others())
    assert all(share < 0.5 for share, _ in best), best
    assert best[0][1] == "events_tune22.jsonl" and 0.34 < best[0][0] < 0.35, best
    assert best[6][1] == "events_sentences23.jsonl" and 0.09 < best[6][0] < 0.11, best
    assert all(share < 0.02 for i, (share, _) in enumerate(best) if i not in (0, 6)), best


def test_tune49_draw_rule_is_the_committed_one() -> None:
    """tune48's rule with round 39's constants: the seed, the sizes, 3,001-8,000 characters, round 39's region
    (second-to-last a-f with a third-from-last 0-7, ``draws.ROUND39_EVENTS_THIRD``; round 39's claims check38 takes a-f
    with 8-f), every annotated file at round 39's start excluded (``draws.ROUND39_FILES``, round 38's released files
    among them), tune40's copy exclusions (its ContentAwareDraw, the six-word-run share one half); no top-up; then
    tune48's added ``elsewhere`` pool (its ElsewhereDraw, reused) with 3 or more battle words in the content, whose
    draw leaves tune46's rule's draw unchanged (STRICT)."""
    import draws

    check_short_blind_draw_rule(
        "tune49",
        round_no=39,
        released=RELEASED,
        seed=20392049,
        negatives=2,
        sizes=SIZES,
        chars=CHARS,
        third="01234567",
        second="abcdef",
    )
    sel = _select()
    tune40 = importlib.import_module("select_events_tune40")
    assert isinstance(sel.RULE, tune40.ContentAwareDraw) and tune40.SHARE == 0.5
    assert type(sel.STRICT) is tune40.ContentAwareDraw and sel.STRICT.sizes == SIZES and sel.STRICT.negatives == 2
    assert sel.ELSEWHERE == ELSEWHERE and sel.RULE.elsewhere == ELSEWHERE
    assert sel.MIN_BATTLE == MIN_BATTLE and sel.RULE.min_battle == MIN_BATTLE
    assert sel.THIRD_DIGITS == draws.ROUND39_EVENTS_THIRD and sel.HASH_DIGITS == draws.ROUND18_LONG_DIGITS
    assert not sel.HASH_DIGITS & draws.DIGITS and not sel.THIRD_DIGITS & draws.ROUND39_CLAIMS_THIRD
    tune48 = importlib.import_module("select_events_tune48")
    assert type(sel.RULE) is tune48.ElsewhereDraw and sel.elsewhere is tune48.elsewhere
    assert sel.RULE.chars == (3001, 8000)
    assert not hasattr(sel, "TOPUP")


@pytest.mark.skipif(not any(CORPUS.glob("*.zip")), reason="no corpus")
def test_tune49_draw_gives_the_files_articles_and_strict_rule_its_first_records() -> None:
    check_draw_gives(_select(), DATA / NAME)
    from select_events_dev import load

    sel = _select()
    strict = sel.STRICT.draw(load(SHARED), sel.excluded_keys())
    records = _records(NAME)
    assert [(p, z, a["url"]) for p, z, a in strict] == [
        (r["pool"], r["key"]["zip"], r["key"]["url"]) for r in records[: len(strict)]
    ]
    assert {r["pool"] for r in records[len(strict) :]} == {"elsewhere"}


def test_tune49_elsewhere_pool_on_made_up_heads() -> None:
    """The added pool takes a battle head that names no place of tune8's pools and whose content holds 3 or more
    battle words, and not one with fewer, one naming a pool place nor a negative-pool head (made-up rows, not corpus
    text)."""
    sel = _select()
    body = "نص الخبر " * 400

    def row(n: int, title: str, more: str = "") -> tuple[str, dict[str, str]]:
        url = next(
            f"http://example.com/{n}/{k}"
            for k in range(10_000)
            if hashlib.sha1(f"http://example.com/{n}/{k}".encode()).hexdigest()[-2] in "abcdef"
            and hashlib.sha1(f"http://example.com/{n}/{k}".encode()).hexdigest()[-3] in "01234567"
        )
        return ("2015-08-01", {"url": url, "title": title, "content": f"{title} {n} " + body + more})

    more = " وتلا الانفجار تفجير ثان ثم غارة جوية على المنطقة"
    rows = [
        row(1, "مقتل ثلاثة في انفجار سيارة مفخخة بمدينة كابول", more),
        row(2, "مقتل ثلاثة في انفجار سيارة مفخخة في صنعاء اليمن", more),
        row(3, "اشتباكات بين جماهير المنتخب قبل المباراة بعد هجوم على الحافلة", more),
        row(4, "انفجار في مدينة كابول"),
    ]
    tune7 = importlib.import_module("select_events_tune7")
    assert all(tune7.BATTLE.search(a["title"]) for _, a in rows)
    assert all(3001 <= len(a["content"]) <= 8000 for _, a in rows)
    assert sel.battle_words(rows[0][1]["content"]) >= 3 > sel.battle_words(rows[3][1]["content"]) >= 1
    taken = sel.elsewhere(sel.STRICT, rows, set(), [], 5)
    assert [a["url"] for _, _, a in taken] == [rows[0][1]["url"]] and {p for p, _, _ in taken} == {"elsewhere"}
    # with the bar at one battle word the fourth head is taken as well: the count is what leaves it out
    assert len(sel.elsewhere(sel.STRICT, rows, set(), [], 5, min_battle=1)) == 2


def test_bench_reads_tune49() -> None:
    check_bench_reads("tune49")
