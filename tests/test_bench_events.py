"""The events/claims benchmark's matching and scoring (benchmarks/bench_events.py) on synthetic inputs,
and the shape of the committed dev set (benchmarks/data/events_dev.jsonl: offsets and labels only)."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("bench_events", ROOT / "benchmarks" / "bench_events.py")
assert spec is not None and spec.loader is not None
B = importlib.util.module_from_spec(spec)
sys.modules.setdefault("bench_events", B)
spec.loader.exec_module(B)


def gold(**kw):
    """A gold event in the dev-set format (offsets into content)."""
    event = {
        "id": "E1",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "sub_event_type_alt": [],
        "date": "2015-08-08",
        "admin1": "Abyan",
        "location": {"lat": 13.12871, "lon": 45.38073},
        "actor1": "Military Forces of Saudi Arabia (2015-)",
        "actor1_alt": [],
        "fatalities": 3,
        "granularity": "discrete",
        "historical": False,
        "triggers": [{"start": 10, "end": 15}],
        "evidence": [{"start": 0, "end": 40}],
    }
    event.update(kw)
    return event


def system(**kw):
    """A system event as SCHEMA.md writes it (offsets into doc.text)."""
    event = {
        "acled_event_type": "Explosions/Remote violence",
        "acled_sub_event_type": "Air/drone strike",
        "granularity": "discrete",
        "trigger": {"text": "غارات", "start": 110, "end": 115},
        "evidence": {"text": "…", "start": 100, "end": 140},
        "date": {"value": "2015-08-08", "time_precision": 1},
        "location": {"admin1": "Abyan", "lat": 13.13, "lon": 45.39},
        "actor1": {"name": "Military Forces of Saudi Arabia (2015-2020)"},
        "fatalities": {"value": 3},
    }
    event.update(kw)
    return event


def test_spans_names_and_distance():
    assert B.overlaps([(0, 5)], [(4, 9)]) and not B.overlaps([(0, 5)], [(5, 9)])
    assert B.same_admin1("Idleb", "Idlib") and B.same_admin1("Ad Dali", "Al Dhale") and B.same_admin1("Taizz", "Taiz")
    assert not B.same_admin1("Aden", "Abyan") and not B.same_admin1(None, "Abyan")
    assert B.same_actor("Military Forces of Yemen (2017-) Houthi", ["Houthi Movement"])
    assert B.same_actor("military forces of saudi arabia (2015-2020)", ["Military Forces of Saudi Arabia (2015-)"])
    assert not B.same_actor("Houthi Movement", ["Popular Resistance (Yemen)"]) and not B.same_actor(None, ["X"])
    assert B.km(13.12871, 45.38073, 13.12871, 45.38073) == 0
    assert 9 < B.km(0, 0, 0, 0.09) < 11  # 0.09 degree of longitude at the equator is about 10 km


def test_system_event_reads_schema_fields_and_mentions():
    s = B.system_event(
        system(mentions=[{"trigger": {"start": 300, "end": 305}, "evidence": {"start": 290, "end": 330}}])
    )
    assert s["event_type"] == "Explosions/Remote violence" and s["date"] == "2015-08-08"
    assert s["actor1"] == "Military Forces of Saudi Arabia (2015-2020)" and s["fatalities"] == 3
    assert (300, 305) in s["trigger_spans"] and (290, 330) in s["spans"]
    bare = B.system_event({"acled_event_type": "Battles"})  # nothing else given: no crash, empty fields
    assert bare["spans"] == [] and bare["date"] is None and bare["fatalities"] is None


def test_match_by_trigger_overlap_after_shift_and_field_hits():
    g = B.gold_event(gold(), shift=100)  # content starts at 100 in doc.text (title + blank line before it)
    s = B.system_event(system())
    assert B.match_events([g], [s]) == [(0, 0)]
    hits = B.field_hits(g, s)
    assert hits == {
        "sub_event_type": True,
        "date": True,
        "admin1": True,
        "location_10km": True,
        "actor1": True,
        "fatalities": True,
    }
    far = B.system_event(system(location={"admin1": "Aden", "lat": 12.78, "lon": 45.04}, fatalities=None))
    hits = B.field_hits(g, far)
    assert hits["admin1"] is False and hits["location_10km"] is False and hits["fatalities"] is False
    undated = B.gold_event(gold(date=None, admin1=None, location={"lat": None, "lon": None}), 100)
    hits = B.field_hits(undated, s)
    assert hits["date"] is None and hits["admin1"] is None and hits["location_10km"] is None  # not scored


def test_match_needs_the_same_type_and_falls_back_on_admin1_and_date():
    g = B.gold_event(gold(), shift=100)
    assert B.match_events([g], [B.system_event(system(acled_event_type="Battles"))]) == []
    elsewhere = system(trigger={"start": 500, "end": 505}, evidence={"start": 480, "end": 520})
    assert B.match_events([g], [B.system_event(elsewhere)]) == [(0, 0)]  # same admin1 and date
    other_day = dict(elsewhere, date={"value": "2015-08-07"})
    assert B.match_events([g], [B.system_event(other_day)]) == []


def test_match_prefers_trigger_overlap_and_is_one_to_one():
    g1 = B.gold_event(gold(id="E1"), 0)
    g2 = B.gold_event(gold(id="E2", triggers=[{"start": 20, "end": 25}]), 0)
    s_on_e2 = B.system_event(system(trigger={"start": 21, "end": 24}, evidence={"start": 0, "end": 40}))
    s_on_e1 = B.system_event(system(trigger={"start": 10, "end": 12}, evidence={"start": 0, "end": 40}))
    pairs = B.match_events([g1, g2], [s_on_e2, s_on_e1])
    assert sorted(pairs) == [(0, 1), (1, 0)]
    assert len(B.match_events([g1], [s_on_e1, s_on_e1])) == 1


def test_tally_precision_recall_optional_and_negatives():
    tally = B.EventTally()
    required = B.gold_event(gold(), 0)
    aggregate = B.gold_event(gold(id="E2", granularity="aggregate", triggers=[{"start": 50, "end": 55}]), 0)
    found = B.system_event(system(trigger={"start": 10, "end": 15}, evidence={"start": 0, "end": 40}))
    on_aggregate = B.system_event(system(trigger={"start": 51, "end": 54}, evidence={"start": 45, "end": 60}))
    spurious = B.system_event(
        system(acled_event_type="Battles", trigger={"start": 70, "end": 75}, evidence={"start": 70, "end": 90})
    )
    not_acled = B.system_event(system(acled_event_type=None))
    tally.add([required, aggregate], [found, on_aggregate, spurious, not_acled], negative=False)
    tally.add([], [spurious, B.system_event(system(granularity="aggregate"))], negative=True)
    res = tally.result()
    remote = res["per_type"]["Explosions/Remote violence"]
    assert (remote["tp"], remote["gold"], remote["system"], remote["precision"], remote["recall"]) == (
        1,
        1,
        1,
        1.0,
        1.0,
    )
    battles = res["per_type"]["Battles"]
    assert (battles["tp"], battles["system"], battles["precision"]) == (0, 2, 0.0)
    assert res["per_type"]["all"]["precision"] == pytest.approx(1 / 3, abs=1e-3)
    assert res["optional_matched"] == 1 and res["system_aggregates"] == 1
    assert res["negatives"] == {"articles": 1, "events": 1, "articles_with_events": 1}
    assert res["fields"]["sub_event_type"] == {"right": 1, "scored": 1, "accuracy": 1.0}


def test_empty_system_output_scores_zero_without_crashing():
    tally, claims = B.EventTally(), B.ClaimTally()
    tally.add([B.gold_event(gold(), 0)], [], negative=False)
    claims.add([B.gold_claim({"speaker": {"mention": {"start": 0, "end": 4}}, "marker": {"start": 5, "end": 8}})], [])
    res, cres = tally.result(), claims.result()
    assert res["per_type"]["all"] == {"gold": 1, "system": 0, "tp": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert res["fields"] == {}
    assert cres["speaker"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0} and cres["channel_accuracy"] == 0.0


def test_claims_match_on_speaker_overlap_with_content_and_channel():
    g_named = B.gold_claim(
        {
            "speaker": {"mention": {"start": 10, "end": 20}},
            "marker": {"start": 5, "end": 9},
            "content": {"start": 25, "end": 75},
            "channel": "interview",
        },
        shift=100,
    )
    g_pronoun = B.gold_claim(  # وأضاف: no speaker mention, the marker stands for it
        {"speaker": {"mention": None}, "marker": {"start": 80, "end": 85}, "content": {"start": 86, "end": 120}}, 100
    )
    assert g_pronoun["speaker"] == [(180, 185)] and g_pronoun["channel"] == "unspecified"
    entity_spans = {"T4": (112, 118)}
    s_entity = B.system_claim(
        {"speaker": {"entity": "T4"}, "content": {"start": 125, "end": 175}, "channel": "interview with Okaz"},
        entity_spans,
    )
    s_marker = B.system_claim(
        {"speaker": {}, "marker": {"start": 181, "end": 184}, "content": {"start": 186, "end": 200}}
    )
    s_wrong = B.system_claim({"speaker": {"start": 300, "end": 310}, "channel": "statement"})
    tally = B.ClaimTally()
    tally.add([g_named, g_pronoun], [s_entity, s_marker, s_wrong])
    res = tally.result()
    assert res["matched"] == 2
    assert res["speaker"]["precision"] == pytest.approx(2 / 3, abs=1e-3) and res["speaker"]["recall"] == 1.0
    assert res["channel_accuracy"] == 1.0  # "interview with Okaz" -> interview; the pronoun claim is unspecified
    assert res["content_jaccard_mean"] == pytest.approx((1.0 + 14 / 34) / 2, abs=1e-3)
    assert B.norm_channel("tweet 1130") == "post" and B.norm_channel("official statement") == "statement"


def test_committed_dev_set_shape():
    records = [json.loads(line) for line in (ROOT / "benchmarks" / "data" / "events_dev.jsonl").open(encoding="utf-8")]
    assert len(records) >= 64
    assert len({(r["key"]["zip"], r["key"]["url"]) for r in records}) == len(records)
    negatives = [r for r in records if r["negative"]]
    assert len(negatives) >= 20 and all(not r["events"] for r in negatives)
    scored = [r for r in records if any(e["granularity"] == "discrete" and not e["historical"] for e in r["events"])]
    assert len(scored) >= 40
    splits = Counter((r["split"], r["negative"]) for r in records)
    for neg in (True, False):
        assert abs(splits[("tune", neg)] - splits[("heldout", neg)]) <= 1
    for r in records:
        ids = {e["id"] for e in r["events"]}
        for e in r["events"]:
            assert e["event_type"] in B.EVENT_TYPES and e["triggers"], (r["key"], e["id"])
            for span in e["triggers"] + e["evidence"]:
                assert 0 <= span["start"] < span["end"] <= r["content_len"] and len(span["sha1"]) == 12
        for c in r["claims"]:
            assert c["channel"] in B.CHANNELS and set(c["events"]) <= ids
            assert c["marker"]["end"] <= r["content_len"]
        stack: list[object] = [r]  # no article text: spans carry offsets and a hash, never a "text" field
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                assert "text" not in item, r["key"]
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
