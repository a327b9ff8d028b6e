"""Round 18 (helper cl18): ``benchmarks/data/claims_judged18.jsonl``, rasd's claims on LONGER articles judged by hand
(every claim the round's start tree gave, and the claims it missed), annotations only: no article text, offsets
into the article's ``content``, verdicts and classes from fixed lists. Its articles are named under ``article``, not
``key``: sixteen of them are tune22 / tune23 articles (judged, not coded again), so the file is no annotated set the
draws' and disjointness checks read by ``key``. Nothing here runs rasd."""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
FILE = DATA / "claims_judged18.jsonl"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "saudinewsnet"

VERDICTS = {
    "right",
    "speaker_wrong",
    "speaker_cut",
    "content_cut",
    "content_long",
    "content_wrong",
    "channel_wrong",
    "not_a_claim",
}
AFTER = VERDICTS | {"gone"}
CLASSES = {
    None,
    "title_chain",
    "quoted_subject",
    "name_after_verb",
    "kana_subject",
    "pronoun",
    "passed_on",
    "nested",
    "issuer",
    "subheading",
    "object_name",
    "other_sense",
    "trailing_attribution",
    "accordance",
    "apposition_title",
    "channel",
    "content",
    "long_gap",
    "verb",
    "continuation",
    "other",
    "content_long",
}
SETS = {"tune22": 0, "tune23": 0, "fresh18": 0}


def _records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_judged_file_shape() -> None:
    records = _records()
    assert len(records) >= 10  # the brief: at least ten long articles
    seen = set()
    for r in records:
        assert set(r) == {"article", "set", "content_len", "content_sha1", "judged_tree", "claims", "missed"}
        art = (r["article"]["zip"], r["article"]["url"])
        assert art not in seen
        seen.add(art)
        assert r["set"] in SETS and 1_501 <= r["content_len"] <= 4_000
        assert re.fullmatch(r"[0-9a-f]{12}", r["content_sha1"])
        assert [c["n"] for c in r["claims"]] == list(range(len(r["claims"])))
        for c in r["claims"]:
            assert set(c) == {"n", "marker", "verdict", "class", "note", "after"}
            assert 0 <= c["marker"]["start"] < c["marker"]["end"] <= r["content_len"]
            assert c["verdict"] in VERDICTS and c["after"] in AFTER and c["class"] in CLASSES
            assert (c["verdict"] == "right") == (c["class"] is None) == (c["note"] is None)
        for m in r["missed"]:
            assert set(m) == {"at", "class", "note", "after"} and m["after"] in ("missed", "found")
            assert 0 <= m["at"] < r["content_len"] and m["class"] in CLASSES - {None} and m["note"]


def test_judged_counts_are_the_documented_ones() -> None:
    records = _records()
    claims = [c for r in records for c in r["claims"]]
    assert len(records) == 20 and len(claims) == 178
    assert sum(c["verdict"] == "right" for c in claims) == 136
    assert sum(len(r["missed"]) for r in records) == 11
    assert sum(m["after"] == "found" for r in records for m in r["missed"]) == 2
    fixed = [c for c in claims if c["verdict"] != "right" and c["after"] in ("right", "gone")]
    assert len(fixed) == 15
    assert not [c for c in claims if c["verdict"] == "right" and c["after"] != "right"]  # no right claim lost


def _content(zip_date: str, url: str) -> str | None:
    path = CORPUS / f"{zip_date}.zip"
    if not path.exists():
        return None
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.endswith(".json"):
                for a in json.loads(zf.read(name)):
                    if a.get("url") == url:
                        return str(a.get("content") or "")
    return None


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared not present: offsets not checked")
def test_judged_file_points_at_the_same_articles() -> None:
    for r in _records():
        content = _content(r["article"]["zip"], r["article"]["url"])
        assert content is not None
        assert hashlib.sha1(content.encode()).hexdigest()[:12] == r["content_sha1"]
        assert len(content) == r["content_len"]
