"""Merge across articles: the rules one by one, the merged event (reports, figures, claimants, ACLED's conservative
fatalities), reversibility, incremental = rebuild, revisions, exports, and precision/recall on the labelled pairs
of ``benchmarks/data/merge_pairs.jsonl`` (articles written for rasd)."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

from rasd.cli import main
from rasd.store import ingest_paths, open_store
from rasd.store.merge import (
    MAX_KM,
    Report,
    compatible,
    conservative,
    merge_store,
    summarize,
    types_compatible,
)

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("bench_merge", ROOT / "benchmarks" / "bench_merge.py")
assert _spec is not None and _spec.loader is not None
bench_merge = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("bench_merge", bench_merge)
_spec.loader.exec_module(bench_merge)

PAIRS = {p["id"]: p for p in bench_merge.load_pairs()}


def _report(article: str, **over: Any) -> Report:
    ev: dict[str, Any] = {
        "id": "V1",
        "acled_event_type": "Explosions/Remote violence",
        "acled_sub_event_type": "Air/drone strike",
        "status": "reported",
        "date": {"value": "2021-03-13", "range": ["2021-03-13", "2021-03-13"], "time_precision": 1},
        "location": {
            "name": "Ariha",
            "lat": 35.8137,
            "lon": 36.6096,
            "country_iso3": "SYR",
            "admin1": "Idleb",
            "geo_precision": 1,
        },
        "actor1": {"name": "Military Forces of Russia (2000-)"},
        "actor2": {"name": "Civilians (Syria)"},
        "fatalities": {"value": 5, "approx": "exact"},
    }
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(ev.get(k), dict):
            ev[k] = {**ev[k], **v}
        else:
            ev[k] = v
    return Report(article, "V1", (hash(article) % 1000, 1), ev, f"{article}.example", None, None, None)


def _day(d: str) -> dict[str, Any]:
    return {"value": d, "range": [d, d], "time_precision": 1}


# ------------------------------------------------------------------------------------------------ the rules
@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        ("Air/drone strike", "Air/drone strike", True),
        ("Armed clash", "Government regains territory", True),
        ("Peaceful protest", "Protest with intervention", True),
        ("Air/drone strike", "Shelling/artillery/missile attack", False),
        ("Peaceful protest", "Armed clash", False),
        ("Attack", "Arrests", False),
        ("", "", False),
    ],
)
def test_sub_types_that_may_tell_one_happening(a: str, b: str, ok: bool) -> None:
    assert types_compatible(a, b) is ok and types_compatible(b, a) is ok


def test_two_reports_of_one_strike_are_compatible_and_each_rule_can_part_them() -> None:
    a = _report("a")
    assert compatible(a, _report("b", fatalities={"value": 7}))  # other tolls do not part them
    assert compatible(a, _report("b", date=_day("2021-03-14")))  # one day apart: reporting lag
    assert not compatible(a, _report("b", date=_day("2021-03-15")))  # two days: another happening
    assert not compatible(a, _report("a"))  # one article's events were told apart by the extraction
    assert not compatible(a, _report("b", acled_sub_event_type="Shelling/artillery/missile attack"))
    # ~8 km away (a neighbouring town) vs ~1 km (the same place, another point)
    assert not compatible(a, _report("b", location={"lat": 35.8137 + 0.072}))
    assert compatible(a, _report("b", location={"lat": 35.8137 + 0.009}))
    assert MAX_KM < 0.072 * 111
    # the province at the coarser precision: the same admin1 merges, another does not
    assert compatible(a, _report("b", location={"lat": 35.9, "lon": 36.6, "geo_precision": 3, "name": "Idlib"}))
    assert not compatible(a, _report("b", location={"geo_precision": 3, "admin1": "Aleppo"}))
    assert not compatible(a, _report("b", location={"country_iso3": "LBN", "geo_precision": 3}))
    assert not compatible(a, _report("b", location=None))  # no place: never merged
    assert not compatible(a, _report("b", date=None))  # no date: never merged


def test_actors_must_not_contradict() -> None:
    a = _report("a")
    assert not compatible(a, _report("b", actor1={"name": "Military Forces of Syria (2000-2024)"}))
    unnamed = {"name": "Military Forces of Syria (2000-) Syrian Arab Air Force", "certainty": "uncertain"}
    assert compatible(a, _report("b", actor1=unnamed))  # the convention for an unnamed air force matches any
    assert compatible(a, _report("b", actor2=None))
    assert not compatible(a, _report("b", actor2={"name": "Hay'at Tahrir al-Sham"}))
    battle = {"acled_event_type": "Battles", "acled_sub_event_type": "Armed clash"}
    x = _report("a", **battle, actor1={"name": "SDF"}, actor2={"name": "SNA"})
    assert compatible(x, _report("b", **battle, actor1={"name": "SNA"}, actor2={"name": "SDF"}))  # told both ways
    assert compatible(x, _report("b", **battle, actor1={"name": "SNA"}, actor2=None))
    assert not compatible(x, _report("b", **battle, actor1={"name": "SNA"}, actor2={"name": "ISIS"}))


def test_fatalities_follow_the_conservative_rule() -> None:
    seven, five = _report("a", fatalities={"value": 7}), _report("b", fatalities={"value": 5})
    f, r = conservative([seven, five], "fatalities") or ({}, None)
    assert f["value"] == 5 and r is five  # the lowest figure
    vague_place = _report("c", fatalities={"value": 2}, location={"geo_precision": 3})
    f, r = conservative([seven, vague_place], "fatalities") or ({}, None)
    assert f["value"] == 7 and r is seven  # from the most specific report, even when a vaguer one says less
    claimed = _report("d", fatalities={"value": 1}, status="claimed")
    # a party's claim is not credible beside a report
    assert (conservative([seven, claimed], "fatalities") or ({}, None))[0]["value"] == 7
    assert (conservative([claimed], "fatalities") or ({}, None))[0]["value"] == 1  # unless it is all there is
    assert conservative([_report("e", fatalities=None)], "fatalities") is None


def test_the_merged_event_takes_the_most_specific_report() -> None:
    coarse = _report("a", location={"name": "Idlib", "geo_precision": 3}, fatalities={"value": 2})
    town = _report("b", fatalities={"value": 3}, actor1={"name": "X", "certainty": "uncertain"})
    named = _report("c", location={"geo_precision": 2}, fatalities={"value": 4})
    s = summarize([coarse, town, named])
    ev = s["event"]
    assert ev["location"]["name"] == "Ariha" and ev["fatalities"]["value"] == 3
    assert ev["fatalities"]["report"] == {"article": "b", "event": "V1"}
    assert ev["actor1"]["name"] == "Military Forces of Russia (2000-)"  # a named actor over the unnamed convention
    assert [r["article"] for r in s["reports"]] == sorted(["a", "b", "c"], key=lambda k: hash(k) % 1000)
    assert sorted(f["value"] for f in s["figures"] if f["kind"] == "fatalities") == [2, 3, 4]
    assert s["sources"] and set(s["sources"]) == {"a.example", "b.example", "c.example"}
    clash = {"acled_event_type": "Battles", "acled_sub_event_type": "Armed clash", "actor1": None, "actor2": None}
    gain = {**clash, "acled_sub_event_type": "Government regains territory"}
    assert (
        summarize([_report("a", **clash), _report("b", **gain)])["event"]["acled_sub_event_type"]
        == gain["acled_sub_event_type"]
    )


# ------------------------------------------------------------------------------------------------ the store
def _jsonl(path: Path, articles: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def _groups(db: Path) -> set[frozenset[tuple[str, str]]]:
    conn = sqlite3.connect(db)
    out: dict[int, set[tuple[str, str]]] = {}
    for article, event, merged in conn.execute("SELECT article, event, merged FROM merged_reports"):
        out.setdefault(merged, set()).add((article, event))
    conn.close()
    return {frozenset(g) for g in out.values()}


def _consistent(conn: sqlite3.Connection) -> None:
    """Every ACLED row of a latest article is in exactly one merged event, and each merged event counts its
    reports; nothing else is merged."""
    rows = conn.execute(
        "SELECT count(*) FROM events e JOIN articles a ON a.key = e.article WHERE a.latest = 1 AND e.acled_row = 1"
    ).fetchone()[0]
    merged = conn.execute(
        "SELECT count(*) FROM merged_reports m JOIN events e ON e.article = m.article AND e.id = m.event "
        "JOIN articles a ON a.key = m.article WHERE a.latest = 1 AND e.acled_row = 1"
    ).fetchone()[0]
    assert rows == merged == conn.execute("SELECT count(*) FROM merged_reports").fetchone()[0]
    assert not conn.execute(
        "SELECT g.id FROM merged_events g WHERE g.n_reports != (SELECT count(*) FROM merged_reports m "
        "WHERE m.merged = g.id) OR g.n_reports = 0"
    ).fetchall()


def test_one_strike_told_twice_is_one_merged_event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pair = PAIRS["m01"]  # 7 killed (shamal-news) and 5 killed with a civil-defence claimant (halab-today)
    db = tmp_path / "m.db"
    report = ingest_paths([_jsonl(tmp_path / "p.jsonl", [pair["a"], pair["b"]])], db=db, jobs=1)
    assert report.merged_events == 1
    conn = sqlite3.connect(db)
    _consistent(conn)
    (text,) = conn.execute("SELECT json FROM merged_events").fetchone()
    m = json.loads(text)
    assert [r["source"] for r in m["reports"]] == [pair["a"]["source"], pair["b"]["source"]]
    assert m["event"]["fatalities"]["value"] == 5
    assert sorted(f["value"] for f in m["figures"] if f["kind"] == "fatalities") == [5, 7]
    assert any("الدفاع المدني" in (c["name_ar"] or "") for c in m["claimants"])
    assert main(["export", "--format", "acled-csv", "--db", str(db), "--merged"]) == 0
    (row,) = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert pair["a"]["source"] in row["source"] and pair["b"]["source"] in row["source"]
    assert row["fatalities"] == "5" and row["event_id_cnty"].startswith("rasd:merged:")
    assert main(["export", "--format", "acled-csv", "--db", str(db)]) == 0  # the default: one row per report
    assert len(list(csv.DictReader(io.StringIO(capsys.readouterr().out)))) == 2


def test_the_merge_is_reversible_and_incremental_equals_rebuild(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = [p[x] for p in PAIRS.values() for x in ("a", "b")]
    db = tmp_path / "all.db"
    # stored in batches of 7, so each batch merges against what the earlier ones stored
    ingest_paths([_jsonl(tmp_path / "all.jsonl", articles)], db=db, jobs=1, batch_size=7)
    conn = sqlite3.connect(db)
    _consistent(conn)
    events = conn.execute("SELECT * FROM events ORDER BY article, id").fetchall()
    incremental = _groups(db)
    assert any(len(g) > 1 for g in incremental)
    assert main(["merge", "--db", str(db), "--rebuild"]) == 0
    assert "merged events" in capsys.readouterr().out
    assert _groups(db) == incremental
    assert conn.execute("SELECT * FROM events ORDER BY article, id").fetchall() == events  # reports keep their events
    s = open_store(db)
    again = merge_store(s)
    s.close()
    assert (again.added, again.removed, again.created) == (0, 0, 0)  # up to date: nothing to do


def test_a_revised_article_leaves_the_merge_and_its_new_text_joins_it(tmp_path: Path) -> None:
    pair = PAIRS["m01"]
    db = tmp_path / "r.db"
    ingest_paths([_jsonl(tmp_path / "v1.jsonl", [pair["a"], pair["b"]])], db=db, jobs=1)
    fixed = {**pair["b"], "text": pair["b"]["text"].replace("خمسة مدنيين", "ستة مدنيين")}
    ingest_paths([_jsonl(tmp_path / "v2.jsonl", [fixed])], db=db, jobs=1)
    conn = sqlite3.connect(db)
    _consistent(conn)
    (text,) = conn.execute("SELECT json FROM merged_events").fetchone()
    m = json.loads(text)
    assert len(m["reports"]) == 2 and m["event"]["fatalities"]["value"] == 6


def test_export_merged_in_every_format(tmp_path: Path) -> None:
    pair = PAIRS["m04"]
    db = tmp_path / "x.db"
    ingest_paths([_jsonl(tmp_path / "p.jsonl", [pair["a"], pair["b"]])], db=db, jobs=1)
    assert main(["export", "--format", "jsonl", "--merged", "--db", str(db), "-o", str(tmp_path / "m.jsonl")]) == 0
    (line,) = (tmp_path / "m.jsonl").read_text("utf-8").splitlines()
    assert len(json.loads(line)["reports"]) == 2
    assert main(["export", "--format", "geojson", "--merged", "--db", str(db), "-o", str(tmp_path / "m.json")]) == 0
    (feature,) = json.loads((tmp_path / "m.json").read_text("utf-8"))["features"]
    assert feature["properties"]["sources"] == [pair["a"]["source"], pair["b"]["source"]]
    assert main(["export", "--format", "jsonl", "--merged", "--db", str(db), "--source", "no.such.example"]) == 0


# ------------------------------------------------------------------------------------------------ measured
def test_merge_precision_and_recall_on_the_labelled_pairs() -> None:
    """Floors under the numbers in docs/store.md (end to end: extraction, then the merge)."""
    outcomes, scores = bench_merge.evaluate(list(PAIRS.values()))
    assert scores["pairs"] >= 40 and scores["merge_pairs"] >= 20 and scores["separate_pairs"] >= 20
    assert scores["precision"] >= 0.9, [o.id for o in outcomes if not o.correct]
    assert scores["recall"] >= 0.8, [o.id for o in outcomes if not o.correct]


def test_a_store_of_schema_1_is_migrated_and_merged_on_demand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pair = PAIRS["m02"]
    db = tmp_path / "v1.db"
    ingest_paths([_jsonl(tmp_path / "p.jsonl", [pair["a"], pair["b"]])], db=db, jobs=1)
    conn = sqlite3.connect(db)  # back to what rasd wrote before the merge existed
    conn.executescript(
        "DROP TABLE merged_reports; DROP TABLE merged_events; DELETE FROM schema_version WHERE version > 1;"
    )
    conn.commit()
    conn.close()
    assert main(["export", "--format", "jsonl", "--merged", "--db", str(db)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert {r["source"] for r in json.loads(line)["reports"]} == {pair["a"]["source"], pair["b"]["source"]}
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] >= 2
    _consistent(conn)
