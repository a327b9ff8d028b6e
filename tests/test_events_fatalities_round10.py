"""One toll told for several rows is counted once (issue 12, helper ft, round 10).

When one sentence gives one toll for a list of places that rasd codes as one row per place, ACLED distributes the
summarized toll across the events instead of repeating it (its fatalities FAQ; the dev set codes 7 dead over two
towns as 4 and 3): an even split, the first rows taking the remainder, every row keeping the whole toll in its
figure (``toll``, ``told_for``). A count told per town stays that town's own. Sentences written for rasd.
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


def test_one_toll_over_two_towns_is_split() -> None:
    rows = _rows(
        "شنت طائرات حربية غارات على بلدتي كفرنبل وسراقب في ريف إدلب أمس، أسفرت عن مقتل 6 مدنيين وإصابة 10 آخرين."
    )
    assert _tolls(rows) == [("Kafranbel", 3), ("Saraqib", 3)]
    assert sum(r["fatalities"]["value"] for r in rows) == 6  # summed, the dead are counted once
    for r in rows:
        assert r["fatalities"]["toll"] == 6 and r["fatalities"]["told_for"] == 2  # the whole toll stays visible


def test_an_odd_toll_over_two_towns_gives_the_first_the_remainder() -> None:
    rows = _rows(
        "أفاد ناشطون أن طائرات حربية شنت غارات على بلدتي كفرنبل وسراقب في ريف إدلب أمس، أسفرت عن مقتل 5 مدنيين."
    )
    assert _tolls(rows) == [("Kafranbel", 3), ("Saraqib", 2)]


def test_one_toll_over_three_towns_with_a_remainder() -> None:
    rows = _rows("قصفت الطائرات الحربية أمس بلدات كفرنبل وسراقب ومعرة النعمان في ريف إدلب، ما أسفر عن مقتل 8 مدنيين.")
    assert [v for _, v in _tolls(rows)] == [3, 3, 2]
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
