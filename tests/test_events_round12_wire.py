"""Round 12 (helper sw): newswire-style single sentences about assaults and protests.

``benchmarks/data/events_sentences_wire.jsonl`` holds 204 sentences written for the project in the style of Arabic
wire services (many countries and decades), coded by hand before rasd ran on them; it is a measure
(``bench_events_sentences.py --wire``), not the tests. The rule tests below use other sentences, written for them.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
NAME = "events_sentences_wire.jsonl"
ACLED = {
    "Violence against civilians": {"Attack", "Abduction/forced disappearance", "Sexual violence"},
    "Explosions/Remote violence": {
        "Remote explosive/landmine/IED",
        "Suicide bomb",
        "Grenade",
        "Shelling/artillery/missile attack",
        "Air/drone strike",
    },
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Looting/property destruction"},
    "Battles": {"Armed clash"},
}


def _records() -> list[dict[str, object]]:
    return [json.loads(x) for x in (DATA / NAME).read_text(encoding="utf-8").splitlines() if x.strip()]


def test_wire_file_make_up_and_codes() -> None:
    records = _records()
    assert len(records) == 204 and len({r["id"] for r in records}) == 204
    assert Counter((r["pool"], r["gold"]) for r in records) == {
        ("assault", "event"): 75,
        ("protest", "event"): 74,
        ("protest", "optional"): 2,
        ("negative", "none"): 52,
        ("negative", "optional"): 1,
    }
    assert len({r["text"] for r in records}) == 204
    for r in records:
        assert isinstance(r["text"], str) and 40 <= len(r["text"]) <= 320, r["id"]
        if r["gold"] == "event":
            pairs = [(r["event_type"], r["sub_event_type"])] + [tuple(a) for a in r["alternatives"]]  # type: ignore[attr-defined]
            for t, s in pairs:
                assert s in ACLED[t], r["id"]
        else:
            assert r["event_type"] is None and r["sub_event_type"] is None and not r["alternatives"], r["id"]
    assert len({r["country"] for r in records}) >= 30


def test_bench_wire_flag_reads_its_own_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    import bench_events_sentences as bench

    assert bench.DATAW == DATA / NAME and bench.OUTW.name == "events_sentences_wire.json"
