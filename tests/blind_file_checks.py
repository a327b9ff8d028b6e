"""Shared checks of the blind events tune files (benchmarks/data/events_tune12.jsonl to events_tune17.jsonl, tests
test_events_round12_blind_files.py, test_events_round12c_tune14.py, test_events_round13_tune15_tune16.py and
test_events_round13_tune17.py; the long-article files tune22-tune26 their draw rules too): the shape each file was
coded to, the hash range it was drawn from, its disjointness from every other annotated file, its draw script's
committed rule and bench_events reading it. They read the files' annotations (keys, counts, offsets) only."""

from __future__ import annotations

import hashlib
import importlib
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.test_events_tune_files import DATA, _key, _records, check_events_and_no_text

#: The files written in round 17 before its long-article draws of round 17c (tune23 blind, tune24 for tuning), which
#: both left out on top of ``draws.ROUND17_FILES`` (written out here, not read from ``draws.ROUND17C_FILES``, so that
#: the draw tests check that list against the record)
ROUND17C_LATER = frozenset(
    {
        "events_tune21.jsonl",
        "events_tune22.jsonl",
        "events_sentences22.jsonl",
        "claims_check15.jsonl",
        "events_rowjudge4.jsonl",
    }
)


def check_blind_file(
    split: str,
    digits: str,
    n_articles: int,
    n_scored: int,
    *,
    n_negatives: int | None = None,
    n_optional: int | None = None,
    mentions: bool = True,
    located: bool = False,
) -> None:
    """``events_{split}.jsonl`` holds ``n_articles`` distinct articles of split ``split``, events only, every url's
    second-to-last sha1 hex digit in ``digits``, negative exactly when it has no event (``n_negatives`` of them when
    given), ``n_scored`` scored events (discrete, not historical; ``n_optional`` others when given), no article text,
    every trigger inside an evidence span and, with ``mentions``, every location mention inside the article (every
    event located when ``located``)."""
    records = _records(f"events_{split}.jsonl")
    assert len(records) == n_articles and len({_key(r) for r in records}) == n_articles
    assert all(r["split"] == split and r["claims_coded"] is False and r["claims"] == [] for r in records)
    assert all(hashlib.sha1(r["key"]["url"].encode()).hexdigest()[-2] in digits for r in records)
    assert all(r["negative"] == (not r["events"]) for r in records)
    if n_negatives is not None:
        assert sum(r["negative"] for r in records) == n_negatives
    events = [e for r in records for e in r["events"]]
    scored = [e for e in events if e["granularity"] == "discrete" and not e["historical"]]
    assert len(scored) == n_scored
    if n_optional is not None:
        assert len(events) - len(scored) == n_optional
    check_events_and_no_text(records, evidence=True)
    for r in records:
        for e in r["events"]:
            assert all(
                any(v["start"] <= t["start"] and t["end"] <= v["end"] for v in e["evidence"]) for t in e["triggers"]
            )
            if mentions and (located or e["location"]):
                mention = e["location"]["mention"]
                assert mention is None or 0 <= mention["start"] < mention["end"] <= r["content_len"]


def check_long_article_file(
    name: str,
    third_digits: str,
    pools: Mapping[str, int],
    *,
    chars: tuple[int, int] = (1501, 4000),
    second_digits: str | None = None,
) -> None:
    """A file of longer articles (round 17's tune22-tune24, round 18's tune25-tune26): every url's third-from-last
    sha1 hex digit in ``third_digits`` (and its second-to-last in ``second_digits`` when given), every article of
    ``chars`` characters (min, max, both included: 1,501-4,000 unless given), and the articles each pool gave."""
    records = _records(f"events_{name}.jsonl")
    digests = [hashlib.sha1(r["key"]["url"].encode()).hexdigest() for r in records]
    assert all(d[-3] in third_digits for d in digests)
    if second_digits is not None:
        assert all(d[-2] in second_digits for d in digests)
    low, high = chars
    assert all(low <= r["content_len"] <= high for r in records)
    given: dict[str, int] = {}
    for r in records:
        given[r["pool"]] = given.get(r["pool"], 0) + 1
    assert given == pools


def check_events_placed_dated_noted(name: str, earlier_month: str = "2015-07") -> None:
    """The long blind files' common event checks (tune41 on): every event has a country, a located place and a note; a
    dated event's day is an ISO day no later than its article's publication, and a scored (discrete, not historical)
    one is of the article's month or ``earlier_month``; fatalities are whole numbers from 0; every article carries
    notes; a point comes with a precision of 1 or 2, and every scored event has an admin1."""
    for r in _records(name):
        assert r["notes"]
        for e in r["events"]:
            assert e["country_iso3"] and e["note"] and e["location"] and e["location"]["name"]
            assert isinstance(e["fatalities"], int) and e["fatalities"] >= 0
            location = e["location"]
            assert (location["lat"] is None) == (location["lon"] is None)
            assert location["lat"] is None or location["geo_precision"] in (1, 2)
            scored = e["granularity"] == "discrete" and not e["historical"]
            assert e["admin1"] or not scored
            if e["date"]:
                assert len(e["date"]) == 10 and e["date"] <= r["published"]
                if scored:
                    assert e["date"][:7] in {r["published"][:7], earlier_month}


def assert_disjoint_from_every_other_file(name: str) -> None:
    """The file ``name`` shares no (zip date, url) key and no url with any other annotated file of
    benchmarks/data/."""
    drawn = {_key(r) for r in _records(name)}
    urls = {url for _, url in drawn}
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name != name:
            keys = {_key(r) for r in _records(path.name) if isinstance(r.get("key"), dict)}
            assert not drawn & keys and not urls & {url for _, url in keys}, path.name


def check_draw_rule(
    script: str,
    drawn: tuple[str, ...],
    *,
    seed: int,
    digits: str,
    includes: frozenset[str] = frozenset(),
    negatives: int | None = None,
    sizes: Mapping[str, int] | None = None,
) -> ModuleType:
    """The draw script ``benchmarks/{script}.py`` holds the committed rule (``seed``, hash ``digits``, and
    ``negatives`` and pool ``sizes`` when given), excludes only files that exist, ``includes`` among them, and none of
    the excluded keys is in the files ``drawn``; returns the script's module."""
    sys.path.insert(0, str(DATA.parent))
    sel = importlib.import_module(script)
    assert seed == sel.SEED and frozenset(digits) == sel.HASH_DIGITS
    if negatives is not None:
        assert negatives == sel.NEGATIVES
    if sizes is not None:
        assert sizes == sel.SIZES
    assert all((DATA / name).exists() for name in sel.EXCLUDED_FILES)
    assert includes <= set(sel.EXCLUDED_FILES)
    excluded = sel.excluded_keys()
    for name in drawn:
        assert not excluded & {_key(r) for r in _records(name)}, name
    return sel


def check_long_draw_rule(sel: ModuleType, third_digits: str, chars: tuple[int, int] = (1501, 4000)) -> None:
    """A long-article draw script (tune22-tune26) takes urls whose third-from-last sha1 hex digit is in
    ``third_digits`` and articles of ``chars`` characters, and its ``PlaceDraw`` rule is built with its hash digits,
    third digits and length."""
    assert frozenset(third_digits) == sel.THIRD_DIGITS and sel.RULE.third_digits == sel.THIRD_DIGITS
    assert sel.RULE.hash_digits == sel.HASH_DIGITS
    assert chars == sel.CHARS and sel.RULE.chars == sel.CHARS


def _check_blind_long_draw_rule(
    name: str,
    third: str,
    includes: frozenset[str],
    files: tuple[str, ...],
    *,
    seed: int,
    negatives: int,
    sizes: Mapping[str, int],
    chars: tuple[int, int],
    second: str = "abcdef",
) -> ModuleType:
    """A blind long-article events draw: ``select_events_{name}.py`` holds its committed rule (check_draw_rule:
    ``seed``, ``negatives``, ``sizes``, ``includes`` among its exclusions), the second-to-last sha1 hex digit in a-f
    (``draws.ROUND18_LONG_DIGITS``; in 0-9, ``draws.DIGITS``, when ``second`` says so: round 31's tune41), the
    third-from-last in ``third``, articles of ``chars`` characters, and excludes exactly ``files``; returns the select
    module."""
    sel = check_draw_rule(
        f"select_events_{name}",
        (f"events_{name}.jsonl",),
        seed=seed,
        digits=second,
        negatives=negatives,
        sizes=sizes,
        includes=includes,
    )
    from draws import DIGITS, ROUND18_LONG_DIGITS

    if second == "abcdef":
        assert sel.HASH_DIGITS == ROUND18_LONG_DIGITS
    else:
        assert second == "0123456789" and sel.HASH_DIGITS == DIGITS
    check_long_draw_rule(sel, third, chars)
    assert tuple(sel.EXCLUDED_FILES) == files
    return sel


def check_round18_long_draw_rule(
    name: str, *, seed: int, negatives: int, sizes: Mapping[str, int], chars: tuple[int, int]
) -> None:
    """Round 18's blind long-article draws (tune25, tune26): ``select_events_{name}.py`` holds its committed rule
    (check_draw_rule: ``seed``, ``negatives``, ``sizes``), round 18's blind long range (second-to-last sha1 hex digit
    in a-f, ``draws.ROUND18_LONG_DIGITS``, third-from-last in 4-9), articles of ``chars`` characters, and excludes
    exactly every annotated file at round 18's start (``draws.ROUND18_FILES``, tune23 and tune24 among them)."""
    from draws import ROUND18_FILES

    includes = frozenset({"events_tune23.jsonl", "events_tune24.jsonl"})
    _check_blind_long_draw_rule(
        name, "456789", includes, ROUND18_FILES, seed=seed, negatives=negatives, sizes=sizes, chars=chars
    )


def check_bench_reads(*splits: str) -> None:
    """bench_events reads ``events_{split}.jsonl`` as ``--split {split}``, a tune split, for each of ``splits``."""
    sys.path.insert(0, str(DATA.parent))
    bench = importlib.import_module("bench_events")
    for split in splits:
        assert getattr(bench, f"DATA_{split.upper()}") == DATA / f"events_{split}.jsonl" and split in bench.SPLITS
    assert set(splits) <= set(bench.TUNE_SPLITS)


def check_round19_long_draw_rule(
    name: str, *, seed: int, negatives: int, sizes: Mapping[str, int], chars: tuple[int, int]
) -> None:
    """Round 19's blind long-article events draw (tune27): ``select_events_{name}.py`` holds its committed rule
    (check_draw_rule: ``seed``, ``negatives``, ``sizes``), round 19's blind range for long events articles
    (second-to-last sha1 hex digit in a-f, ``draws.ROUND18_LONG_DIGITS``, third-from-last in 0-1,
    ``draws.ROUND19_EVENTS_THIRD``), articles of ``chars`` characters, and excludes exactly every annotated file at
    round 19's start (``draws.ROUND19_FILES``, round 18's tune25 and tune26 among them)."""
    from draws import ROUND19_EVENTS_THIRD, ROUND19_FILES

    includes = frozenset({"events_tune25.jsonl", "events_tune26.jsonl", "events_tune23.jsonl"})
    sel = _check_blind_long_draw_rule(
        name, "01", includes, ROUND19_FILES, seed=seed, negatives=negatives, sizes=sizes, chars=chars
    )
    assert sel.THIRD_DIGITS == ROUND19_EVENTS_THIRD


def check_round20_draw_rule(
    name: str, *, seed: int, negatives: int, sizes: Mapping[str, int], chars: tuple[int, int]
) -> None:
    """Round 20's blind events draw of shorter articles (tune28): ``select_events_{name}.py`` holds its committed rule
    (check_draw_rule: ``seed``, ``negatives``, ``sizes``), round 20's blind range for events articles (second-to-last
    sha1 hex digit in a-f, ``draws.ROUND18_LONG_DIGITS``, third-from-last in 0-7, ``draws.ROUND20_EVENTS_THIRD``),
    articles of ``chars`` characters, and excludes exactly every annotated file at round 20's start
    (``draws.ROUND20_FILES``, round 19's tune27, check17 and rowjudge5 among them)."""
    from draws import ROUND20_EVENTS_THIRD, ROUND20_FILES

    includes = frozenset({"events_tune27.jsonl", "claims_check17.jsonl", "events_rowjudge5.jsonl"})
    sel = _check_blind_long_draw_rule(
        name, "01234567", includes, ROUND20_FILES, seed=seed, negatives=negatives, sizes=sizes, chars=chars
    )
    assert sel.THIRD_DIGITS == ROUND20_EVENTS_THIRD


def check_short_blind_draw_rule(
    name: str,
    *,
    round_no: int,
    released: frozenset[str],
    seed: int,
    negatives: int,
    sizes: Mapping[str, int],
    chars: tuple[int, int],
    files: str | None = None,
    third: str = "0123456789cdef",
    second: str = "abcdef",
    claims_chars: tuple[int, int] | None = None,
) -> None:
    """A blind events draw of shorter articles from round 21 on (tune30, tune31, tune32 …): ``select_events_{name}.py``
    holds its committed rule (check_draw_rule: ``seed``, ``negatives``, ``sizes``), the round's blind range for events
    articles (second-to-last sha1 hex digit in a-f, ``draws.ROUND18_LONG_DIGITS``, third-from-last in 0-9 or c-f,
    ``draws.ROUND{round_no}_EVENTS_THIRD``: the round's claims check takes a-b; round 31's tune41, round 32's tune42,
    round 33's tune43 and round 34's tune44 give their own ``second`` 0-9 and ``third`` c-f; round 35's tune45 the
    default ``second`` a-f with its own ``third`` 0-7, round 35's claims check34 taking 8, 9, c-f; round 36's tune46
    a-f with 8, 9, a-f while its claims check35 takes a-f with ANY third-from-last digit, the two split by length
    instead: ``claims_chars``, the claims draw's characters, given, the two lengths must not meet where the digits
    do), articles of ``chars`` characters (tune43, tune44, tune45: 3,000-8,000; tune46: 3,001-8,000), and excludes
    exactly every annotated file at the round's start (``draws.ROUND{round_no}_FILES``, the files the round before
    wrote and released, ``released``, among them) or, for a round's second draw, the ``draws`` list named by ``files``
    (tune34: ``ROUND24_EVENTS2_FILES``, round 24's files and tune33)."""
    import draws

    sel = _check_blind_long_draw_rule(
        name,
        third,
        released,
        getattr(draws, files or f"ROUND{round_no}_FILES"),
        seed=seed,
        negatives=negatives,
        sizes=sizes,
        chars=chars,
        second=second,
    )
    events, claims = (getattr(draws, f"ROUND{round_no}_{kind}_THIRD") for kind in ("EVENTS", "CLAIMS"))
    assert events == sel.THIRD_DIGITS
    if claims_chars is None:
        assert not sel.THIRD_DIGITS & claims
    else:
        low, high = sel.CHARS
        assert high < claims_chars[0] or low > claims_chars[1]


def check_disjoint_by_key_url_and_hash(name: str, others: Iterable[str], bare_url: Callable[[str], str]) -> None:
    """No (zip, url) key, url, bare url (round 27's lesson) or content hash (round 29's) of ``name`` is another
    annotated record's (``others``: the file names the caller may open)."""
    drawn = {_key(r) for r in _records(name)}
    urls = {url for _, url in drawn}
    bare = {bare_url(url) for url in urls}
    hashes = {r["content_sha1"] for r in _records(name)}
    for other in others:
        records = _records(other)
        keys = {_key(r) for r in records if isinstance(r.get("key"), dict)}
        assert not drawn & keys and not urls & {url for _, url in keys}, other
        assert not bare & {bare_url(url) for _, url in keys}, other
        assert not hashes & {r.get("content_sha1") for r in records}, other


def corpus_texts(shared: Path) -> dict[tuple[str, str], str]:
    """Every SaudiNewsNet article's content by (zip, url), as select_events_dev.load reads it."""
    sys.path.insert(0, str(DATA.parent))
    from select_events_dev import load

    return {(z, str(a.get("url"))): a.get("content") or "" for z, a in load(shared)}


def check_spans_point_at_their_characters(name: str, texts: Mapping[tuple[str, str], str]) -> None:
    """Every trigger, evidence span and place mention's sha1 is that of the article's characters it covers, and the
    content's length and hash are the article's."""
    for r in _records(name):
        text = texts[_key(r)]
        assert len(text) == r["content_len"]
        assert hashlib.sha1(text.encode()).hexdigest()[:12] == r["content_sha1"]
        for e in r["events"]:
            mention = e["location"]["mention"]
            for span in e["triggers"] + e["evidence"] + ([mention] if mention else []):
                piece = text[span["start"] : span["end"]]
                assert hashlib.sha1(piece.encode()).hexdigest()[:12] == span["sha1"], (_key(r), e["id"])


def best_run_shares(name: str, texts: Mapping[tuple[str, str], str], others: Iterable[str]) -> list[tuple[float, str]]:
    """For each article of ``name`` (file order), the highest share of its distinct six-word runs found in one
    record's text of ``others`` (the events dev set skipped), with that file's name."""
    sys.path.insert(0, str(DATA.parent))
    from select_claims_check28 import runs

    by_url = {url: text for (_, url), text in texts.items()}
    mine = [runs(texts[_key(r)]) for r in _records(name)]
    best = [(0.0, "")] * len(mine)
    for other in others:
        if other == "events_dev.jsonl":
            continue
        for r in _records(other):
            key = r.get("key") if isinstance(r.get("key"), dict) else r.get("article")
            if not isinstance(key, dict) or key.get("url") not in by_url:
                continue
            theirs = runs(by_url[key["url"]])
            for i, own in enumerate(mine):
                share = len(own & theirs) / len(own)
                if share > best[i][0]:
                    best[i] = (share, other)
    return best


def unbounded_pool_counts(
    sel: ModuleType,
    rows: list[tuple[str, dict[str, Any]]],
    sizes: Mapping[str, int],
    min_battle: int,
    third_digits: frozenset[str] | None = None,
    chars: tuple[int, int] | None = None,
) -> dict[str, int]:
    """How many articles each pool of a tune48-style draw script ``sel`` (``ElsewhereDraw``: place pools, negatives,
    the added ``elsewhere`` pool) holds with every size unbounded — pool sizes only, no text read — in ``sel``'s region
    (or ``third_digits`` / ``chars`` given): the counts a blind file's sizes were decided on."""
    big = 10**6
    rule = type(sel.RULE)(
        sel.SEED,
        sel.HASH_DIGITS,
        {name: big for name in sizes},
        big,
        sel.EXCLUDED_FILES,
        third_digits=sel.THIRD_DIGITS if third_digits is None else third_digits,
        chars=sel.CHARS if chars is None else chars,
        elsewhere=big,
        min_battle=min_battle,
    )
    counts: dict[str, int] = {}
    for pool, _, _ in rule.draw(rows, rule.excluded_keys()):
        counts[pool] = counts.get(pool, 0) + 1
    return counts


def check_strict_draw_opens_the_file(sel: ModuleType, name: str, rows: list[tuple[str, dict[str, Any]]]) -> int:
    """A tune48-style file opens with its ``STRICT`` rule's draw (place pools and negatives, in order) and every record
    after those is of the added ``elsewhere`` pool; gives the strict draw's length."""
    strict = sel.STRICT.draw(rows, sel.excluded_keys())
    records = _records(name)
    assert [(p, z, a["url"]) for p, z, a in strict] == [
        (r["pool"], r["key"]["zip"], r["key"]["url"]) for r in records[: len(strict)]
    ]
    assert {r["pool"] for r in records[len(strict) :]} == {"elsewhere"}
    return len(strict)


def check_elsewhere_rule(
    sel: ModuleType,
    sizes: Any,
    negatives: int,
    elsewhere: int,
    min_battle: int,
    chars: tuple[int, int],
    third: str = "01234567",
) -> None:
    """A blind tune file's committed rule is tune48's ``ElsewhereDraw`` (a tune40 ``ContentAwareDraw``, share 0.5)
    with the file's sizes, negatives, added pool and battle words, ``chars`` and the third-from-last digits ``third``
    (0-7 for tune51 to tune54, 8-f for tune55); its STRICT rule a plain ``ContentAwareDraw`` of the same sizes and
    negatives; no top-up."""
    tune40 = importlib.import_module("select_events_tune40")
    assert isinstance(sel.RULE, tune40.ContentAwareDraw) and tune40.SHARE == 0.5
    assert type(sel.STRICT) is tune40.ContentAwareDraw and sel.STRICT.sizes == sizes
    assert sel.STRICT.negatives == negatives
    assert elsewhere == sel.ELSEWHERE and sel.RULE.elsewhere == elsewhere
    assert min_battle == sel.MIN_BATTLE and sel.RULE.min_battle == min_battle
    tune48 = importlib.import_module("select_events_tune48")
    assert type(sel.RULE) is tune48.ElsewhereDraw and sel.elsewhere is tune48.elsewhere
    assert sel.RULE.chars == chars and sel.RULE.third_digits == frozenset(third)
    assert not hasattr(sel, "TOPUP")
