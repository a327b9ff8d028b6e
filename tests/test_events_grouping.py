"""The learned row-grouping experiment (benchmarks/experiment_event_grouping.py, issue 12, round 13): pair labels from
bench_events' matcher, pair labels from judged rows, average-link grouping, the row kept and what it takes from the
rows folded into it, and a pair's features — on a short article written for this test."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
spec = importlib.util.spec_from_file_location(
    "experiment_event_grouping", ROOT / "benchmarks" / "experiment_event_grouping.py"
)
assert spec is not None and spec.loader is not None
G = importlib.util.module_from_spec(spec)
spec.loader.exec_module(G)

TITLE = "غارة جوية على مخزن أسلحة في مأرب"
BODY = (
    "شنت طائرات التحالف غارة جوية فجر اليوم الأحد على مخزن أسلحة للمتمردين في مدينة مأرب.\n"
    "وقال مصدر محلي إن الغارة دمرت المخزن بالكامل.\n"
    "وفي سياق آخر اندلعت اشتباكات بين المقاومة والمتمردين في مديرية صرواح."
)
TEXT = TITLE + "\n\n" + BODY
SHIFT = len(TITLE) + 2


def at(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return (start, start + len(word))


def sentence_of(span: tuple[int, int]) -> tuple[int, int]:
    start = TEXT.rfind("\n", 0, span[0]) + 1
    end = TEXT.find("\n", span[1])
    return (start, len(TEXT) if end < 0 else end)


def row(trigger: tuple[int, int], etype: str, sub: str, **kw):
    sent = sentence_of(trigger)
    flat = {
        "event_type": etype,
        "sub_event_type": sub,
        "spans": [trigger, sent],
        "trigger_spans": [trigger],
        "date": "2015-08-02",
        "admin1": "Marib",
        "lat": 15.46,
        "lon": 45.32,
        "actor1": None,
        "fatalities": None,
        "granularity": "discrete",
        "status": "reported",
        "acled_row": True,
    }
    flat.update(kw)
    info = {"trigger": trigger, "evidence": sent, "event_class": "air_strike", "mention_sentences": [sent]}
    info["location"] = kw.get("admin1", "Marib")
    feats = {"num": {"in_title": float(trigger[0] < SHIFT), "geo_precision": 2.0, "time_precision": 1.0}, "cat": {}}
    return flat, info, feats


def gold(gid: str, trigger: tuple[int, int], etype: str, sub: str):
    return {
        "id": gid,
        "event_type": etype,
        "sub_event_types": [sub],
        "trigger_spans": [trigger],
        "spans": [trigger, sentence_of(trigger)],
        "date": "2015-08-02",
        "admin1": "Marib",
        "lat": None,
        "lon": None,
        "actors1": [None],
        "fatalities": 0,
        "required": True,
    }


AIR = ("Explosions/Remote violence", "Air/drone strike")
CLASH = ("Battles", "Armed clash")


def article():
    """Three rows of one air strike (headline, lead, a later sentence) and a clash at another place."""
    rows = [
        row(at("غارة"), *AIR, date=None),  # headline
        row(at("غارة", 1), *AIR),  # lead: the row gold matches
        row(at("الغارة"), *AIR, fatalities=None),  # told again
        row(at("اشتباكات"), *CLASH, admin1="Marib", lat=15.58, lon=45.10),
    ]
    golds = [gold("E1", at("غارة", 1), *AIR), gold("E2", at("اشتباكات"), *CLASH)]
    art = {
        "file": "tuneX",
        "key": ("z", "u"),
        "negative": False,
        "gold": golds,
        "text": TEXT,
        "shift": SHIFT,
        "rows": [r[0] for r in rows],
        "info": [r[1] for r in rows],
        "feats": [r[2] for r in rows],
    }
    G.prepare([art])
    return art


def test_identities_follow_the_matcher():
    art = article()
    # the lead row and the clash row are matched; the headline row lies outside every gold span
    ids = art["ids"]
    assert ids[1] == frozenset({0})
    assert ids[3] == frozenset({1})
    assert ids[0] == frozenset()  # the headline is outside every gold span: not known
    assert G.pair_label(ids[1], ids[3]) == 0
    assert G.pair_label(ids[0], ids[1]) is None


def test_unmatched_row_of_another_type_takes_the_gold_of_its_trigger():
    art = article()
    other = dict(art["rows"][1], event_type="Strategic developments", sub_event_type="Disrupted weapons use")
    ids = G.identities(art["gold"], [art["rows"][1], other])
    assert ids == [frozenset({0}), frozenset({0})]
    assert G.pair_label(*ids) == 1


def test_judged_labels():
    judged = ["true", "duplicate", "other", "true"]
    assert G.judged_label(judged, 0, 3) == 0  # two true rows: two happenings
    assert G.judged_label(judged, 0, 1) is None  # two true rows: which one the duplicate repeats is not known
    assert G.judged_label(["true", "duplicate", "retold_old"], 0, 1) == 1
    assert G.judged_label(["true", "duplicate", "retold_old"], 1, 2) is None


def test_average_link_groups():
    pairs = [(0, 1), (0, 2), (1, 2)]
    assert G.groups(3, pairs, [0.9, 0.2, 0.3], 0.5) == [[0, 1], [2]]
    # joining 2 to {0, 1} needs the mean of its two pair scores over t
    assert G.groups(3, pairs, [0.9, 0.8, 0.6], 0.5) == [[0, 1, 2]]
    assert G.groups(3, pairs, [0.4, 0.4, 0.4], 0.5) == [[0], [1], [2]]


def test_merged_row_keeps_the_body_row_and_every_mention():
    art = article()
    n = len(art["rows"])
    probs = [0.9 if set(p) <= {0, 1, 2} else 0.0 for p in art["pairs"]]
    assert len(art["pairs"]) == n * (n - 1) // 2
    rows = G.merged_rows(art, probs, 0.5)
    assert len(rows) == 2
    kept = rows[0]
    assert kept["trigger_spans"][0] == at("غارة", 1)  # the lead row stays, not the headline
    assert at("غارة") in kept["trigger_spans"] and at("الغارة") in kept["trigger_spans"]
    before = G.score([art], None)
    after = G.score([art], [probs], 0.5)
    assert (before["tp"], before["system"]) == (2, 4)
    assert (after["tp"], after["system"]) == (2, 2)


def test_fields_filled_from_the_rows_folded_in():
    art = article()
    art["rows"][1] = dict(art["rows"][1], date=None, fatalities=None)
    art["rows"][2] = dict(art["rows"][2], fatalities=3)
    probs = [0.9 if p == (1, 2) else 0.0 for p in art["pairs"]]
    rows = G.merged_rows(art, probs, 0.5)
    kept = next(r for r in rows if at("غارة", 1) in r["trigger_spans"])
    assert kept["fatalities"] == 3
    assert kept["date"] == "2015-08-02"


def test_pair_features():
    art = article()
    x = art["px"][art["pairs"].index((1, 2))]
    assert x["same_type"] == 1.0 and x["same_sub"] == 1.0
    assert x["sent_next"] == 1.0
    assert x["admin1_same"] == 1.0 and x["date_same"] == 1.0
    assert x["n:words"] > 0  # المخزن / مخزن share a stem
    y = art["px"][art["pairs"].index((0, 1))]
    assert y["first_title"] == 1.0 and y["title_lead"] == 1.0 and y["date_one_missing"] == 1.0
    z = art["px"][art["pairs"].index((1, 3))]
    assert "same_type" not in z and z["n:para_dist"] > 0
