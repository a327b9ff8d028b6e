"""Shared checks of the blind single-sentence batches (benchmarks/data/events_sentences10.jsonl to
events_sentences14.jsonl, tests test_events_round12_sentences10.py, test_events_round12_sentences12.py,
test_events_round14_sentences13.py and test_events_round14_sentences14.py): the make-up each batch was coded to, its
offsets and hashes, the hash range it was drawn from, its draw script's committed rule, its disjointness from every
other annotated file and bench_events_sentences reading it. They read the batches' annotations (keys, counts,
offsets) only, never the corpus and never rasd (but check_committed_draw, which re-draws a batch from the corpus and
compares keys and offsets only); batches 22 and 23 (test_events_round17_sentences22.py,
test_events_round18_sentences23.py) and 24 (test_events_round20_sentences24.py, its articles up to 12,000 characters)
share the by-pool, span, third-digit and rule-swap checks too; the article-file counterpart is
tests/blind_file_checks.py."""

from __future__ import annotations

import hashlib
import importlib
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from pathlib import Path
from types import ModuleType

from tests.test_events_round11_sentences8 import DATA, FIELDS, TYPES, _key, _records


def assert_disjoint(name: str, excluded_files: tuple[str, ...]) -> set[str]:
    """A blind batch shares no url with the files its draw excluded, and no url, article key or sentence id with any
    other annotated file of benchmarks/data/; returns its urls."""
    sys.path.insert(0, str(DATA.parent))
    from select_places_audit3 import excluded

    records = _records(name)
    urls, keys, ids = {r["key"]["url"] for r in records}, {_key(r) for r in records}, {r["id"] for r in records}
    assert not urls & excluded(excluded_files)
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name != name:
            assert not urls & excluded((path.name,)), path.name
            others = _records(path.name)
            assert not keys & {_key(r) for r in others if isinstance(r.get("key"), dict)}, path.name
            if path.name.startswith("events_sentences"):
                assert not ids & {r.get("id") for r in others}, path.name
    return urls


def check_make_up(
    batch: int,
    first_id: int,
    pools: Mapping[str, int],
    gold: Mapping[str, int],
    event_types: Mapping[str, int],
    *,
    with_alternatives: int | None = None,
) -> list[dict]:
    """``events_sentences{batch}.jsonl`` holds ``sum(pools)`` sentences of batch ``batch``, ids ``s{first_id}``
    onward in order, the ``pools``, ``gold`` labels and gold ``event_types`` counted as coded (and
    ``with_alternatives`` events with alternatives when given); every record has the batch fields and a note with no
    text of the corpus; an event's types and alternatives are ACLED's, a non-event has none; returns the records."""
    records = _records(f"events_sentences{batch}.jsonl")
    n = sum(pools.values())
    assert len(records) == n and all(r["batch"] == batch for r in records)
    assert [r["id"] for r in records] == [f"s{k}" for k in range(first_id, first_id + n)]
    assert Counter(r["pool"] for r in records) == pools
    assert Counter(r["gold"] for r in records) == gold
    events = [r for r in records if r["gold"] == "event"]
    assert Counter(r["event_type"] for r in events) == event_types
    if with_alternatives is not None:
        assert sum(1 for r in events if r["alternatives"]) == with_alternatives
    for r in records:
        assert set(r) == FIELDS and isinstance(r["note"], str) and r["note"], r["id"]
        assert not any("\u0621" <= ch <= "\u064a" for ch in r["note"]), r["id"]  # no text of the corpus
        if r["gold"] == "event":
            assert r["sub_event_type"] in TYPES[r["event_type"]], r["id"]
            assert all(len(a) == 2 and a[1] in TYPES[a[0]] for a in r["alternatives"]), r["id"]
        else:
            assert r["gold"] in ("none", "optional") and r["event_type"] is None and r["sub_event_type"] is None
            assert r["alternatives"] == [], r["id"]
    return records


def check_offsets_and_hash_range(batch: int, digits: str, *, max_content: int = 6000) -> list[dict]:
    """Every sentence of ``events_sentences{batch}.jsonl`` comes from its own article (distinct urls), is given by
    offsets (40 to 320 characters inside an article of at most ``max_content``: 6,000 but where a batch widened it)
    and 12-digit hashes only, and its url's second-to-last sha1 hex digit is in ``digits``; returns the records."""
    records = _records(f"events_sentences{batch}.jsonl")
    assert len({r["key"]["url"] for r in records}) == len(records)
    for r in records:
        span = r["sentence"]
        assert set(span) == {"start", "end", "sha1"} and len(span["sha1"]) == 12 and len(r["content_sha1"]) == 12
        assert span["start"] >= 0 and 40 <= span["end"] - span["start"] <= 320 and span["end"] <= r["content_len"]
        assert r["content_len"] <= max_content, r["id"]
        assert hashlib.sha1(r["key"]["url"].encode()).hexdigest()[-2] in digits, r["id"]
    return records


def check_draw_rule_and_disjoint(
    batch: int,
    *,
    seed: int,
    digits: str,
    sizes: Mapping[str, int] | None = None,
    includes: frozenset[str] = frozenset(),
    sentence_files: frozenset[str] | None = None,
) -> ModuleType:
    """The draw script ``benchmarks/select_events_sentences{batch}.py`` holds the committed rule (``seed``, hash
    ``digits``, pool ``sizes`` when given, the sentence files it skips equal to ``sentence_files`` when given),
    excludes only files that exist, ``includes`` among them, never the batch itself nor a held-out file; the batch is
    disjoint from every other annotated file (assert_disjoint) with one url per sentence; returns the script's
    module."""
    name = f"events_sentences{batch}.jsonl"
    sys.path.insert(0, str(DATA.parent))
    sel = importlib.import_module(f"select_events_sentences{batch}")
    assert seed == sel.SEED and frozenset(digits) == sel.HASH_DIGITS
    if sizes is not None:
        assert sizes == sel.SIZES
    if sentence_files is not None:
        assert set(sel.SENTENCE_FILES) == sentence_files
    assert includes <= set(sel.EXCLUDED_FILES)
    assert name not in sel.EXCLUDED_FILES and not any("heldout" in f for f in sel.EXCLUDED_FILES)
    assert all((DATA / f).exists() for f in sel.EXCLUDED_FILES)
    assert len(assert_disjoint(name, sel.EXCLUDED_FILES)) == len(_records(name))
    return sel


def check_bench_flag(batch: int) -> None:
    """bench_events_sentences.py reads ``events_sentences{batch}.jsonl`` under its ``--batch{batch}`` flag and
    writes ``events_sentences{batch}.json``."""
    sys.path.insert(0, str(DATA.parent))
    bench = importlib.import_module("bench_events_sentences")
    assert getattr(bench, f"DATA{batch}") == DATA / f"events_sentences{batch}.jsonl"
    assert getattr(bench, f"OUT{batch}").name == f"events_sentences{batch}.json"


def check_gold_by_pool(records: list[dict], by_pool: Mapping[str, Mapping[str, int]]) -> None:
    """The gold labels (event, optional, none) of ``records`` counted pool by pool are ``by_pool``."""
    counted: dict[str, dict[str, int]] = {}
    for r in records:
        counts = counted.setdefault(r["pool"], {"event": 0, "optional": 0, "none": 0})
        counts[r["gold"]] += 1
    assert counted == by_pool


def check_ids_spans_and_types(name: str, n: int) -> None:
    """``name`` holds ``n`` sentences of distinct ids, each span inside its article, an event's sub-event type one of
    its type's and no alternative equal to its own (type, sub-event type)."""
    records = _records(name)
    assert len({r["id"] for r in records}) == len(records) == n
    for r in records:
        span = r["sentence"]
        assert 0 <= span["start"] < span["end"] <= r["content_len"], r["id"]
        if r["gold"] == "event":
            assert r["sub_event_type"] in TYPES[r["event_type"]], r["id"]
            assert all(a != [r["event_type"], r["sub_event_type"]] for a in r["alternatives"]), r["id"]


def check_third_digits(name: str, third: str) -> None:
    """Every url of ``name`` has its third-from-last sha1 hex digit in ``third``."""
    for r in _records(name):
        assert hashlib.sha1(r["key"]["url"].encode()).hexdigest()[-3] in third, r["id"]


def check_rule_swap(sel: ModuleType, rule: Callable[[], AbstractContextManager[None]]) -> None:
    """Inside ``rule()`` batch 13's module holds ``sel``'s seed, hash range, sizes and excluded files and batch 8's
    hash test is ``sel.in_range``; afterwards both are as they were."""
    sys.path.insert(0, str(DATA.parent))
    import select_events_sentences8 as batch8
    import select_events_sentences13 as batch13

    before = (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES, batch8.in_range)
    with rule():
        now = (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES)
        assert now == (sel.SEED, sel.HASH_DIGITS, sel.SIZES, sel.EXCLUDED_FILES)
        assert batch8.in_range is sel.in_range
    assert before == (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES, batch8.in_range)


def check_committed_draw(batch: int, shared: Path) -> None:
    """Re-drawing batch ``batch`` from the corpus under ``shared`` with its script gives exactly the committed file's
    (pool, zip, url, start, end), in order."""
    sys.path.insert(0, str(DATA.parent))
    sel = importlib.import_module(f"select_events_sentences{batch}")
    from select_events_dev import load

    drawn = [(p, z, a["url"], s, e) for p, z, a, s, e in sel.draw(load(shared))]
    committed = [
        (r["pool"], r["key"]["zip"], r["key"]["url"], r["sentence"]["start"], r["sentence"]["end"])
        for r in _records(f"events_sentences{batch}.jsonl")
    ]
    assert drawn == committed
