"""One toll told for several rows is marked as shared (issue 12, round 10).

When one sentence gives one toll for a list of places that rasd codes as one row per place, each row keeps the
toll and records ``toll`` and ``told_for``; since round 11 (tolls told as lists of people read whole) the value
is split evenly over rows at distinct towns (see ``rasd.events.merge.share_tolls``).
A count told per town stays that town's own. Sentences written for rasd.
"""

from __future__ import annotations

import json
from typing import Any

from rasd import Pipeline
from rasd.ingest.jsonl import read_line

_PIPE = Pipeline()


def _rows(text: str, published: str = "2015-08-10") -> list[dict[str, Any]]:
    doc = read_line(json.dumps({"title": None, "text": text, "published": published}, ensure_ascii=False).encode())
    _PIPE.run(doc)
    assert not doc.errors, doc.errors
    return [e for e in doc.events if e["acled_row"]]


def _tolls(rows: list[dict[str, Any]]) -> list[tuple[str | None, int | None]]:
    return [((r["location"] or {}).get("name"), (r["fatalities"] or {}).get("value")) for r in rows]


def test_one_toll_over_two_towns_is_marked_shared() -> None:
    rows = _rows(
        "شنت طائرات حربية غارات على بلدتي كفرنبل وسراقب في ريف إدلب أمس، أسفرت عن مقتل 6 مدنيين وإصابة 10 آخرين."
    )
    assert _tolls(rows) == [("Kafranbel", 3), ("Saraqib", 3)]  # split evenly since round 11
    for r in rows:
        assert r["fatalities"]["toll"] == 6 and r["fatalities"]["told_for"] == 2  # told once for both rows


def test_one_toll_over_three_towns_is_marked_for_three() -> None:
    rows = _rows("قصفت الطائرات الحربية أمس بلدات كفرنبل وسراقب ومعرة النعمان في ريف إدلب، ما أسفر عن مقتل 8 مدنيين.")
    assert [v for _, v in _tolls(rows)] == [3, 3, 2]  # split evenly since round 11
    assert all(r["fatalities"]["toll"] == 8 and r["fatalities"]["told_for"] == 3 for r in rows)


def test_a_toll_told_per_town_stays_each_towns_own() -> None:
    rows = _rows("شنت طائرات حربية أمس غارات على ريف إدلب قتلت 5 مدنيين في كفرنبل و3 في سراقب.")
    assert _tolls(rows) == [("Kafranbel", 5), ("Saraqib", 3)]
    assert all("told_for" not in r["fatalities"] for r in rows)


def test_tolls_told_in_two_clauses_stay_apart() -> None:
    rows = _rows("قتل 5 مدنيين في غارة جوية على بلدة كفرنبل أمس، فيما قتل 3 آخرون في قصف مدفعي على مدينة سراقب.")
    assert _tolls(rows) == [("Kafranbel", 5), ("Saraqib", 3)]


def test_a_single_town_keeps_its_whole_toll() -> None:
    rows = _rows("أسفرت غارة جوية على مدينة سراقب في ريف إدلب أمس عن مقتل 4 مدنيين.")
    assert _tolls(rows) == [("Saraqib", 4)]
    assert "told_for" not in rows[0]["fatalities"]
