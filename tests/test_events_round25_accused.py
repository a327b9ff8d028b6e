"""Round 25 (lead): an accusation names a deed. A definite verbal noun of violence after an accusation (اتهمت …
بالوقوف وراء القصف) is the happening told before it, not violence named as a kind in talk: it stays a mention of
that happening, whose row takes the accused side as its alleged actor (the bundled example's shelling)."""

from __future__ import annotations

from pathlib import Path

import rasd

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "taiz-shelling-2023-11-14.html"


def _rows(doc: rasd.Document) -> list[dict]:
    return [
        e
        for e in doc.events
        if isinstance(e, dict)
        and e.get("acled_row", True)
        and e.get("granularity") == "discrete"
        and e.get("acled_event_type")
    ]


def test_the_accused_shelling_is_one_alleged_row_with_the_accused_actor() -> None:
    (doc,) = rasd.extract_path(EXAMPLE)
    rows = _rows(doc)
    assert len(rows) == 1
    row = rows[0]
    assert row["acled_sub_event_type"] == "Shelling/artillery/missile attack"
    assert row["status"] == "alleged"
    assert "Houthi" in str((row.get("actor1") or {}).get("name"))
    told = [m for m in row.get("mentions", []) if "القصف" in str((m.get("trigger") or {}).get("text"))]
    assert told, "the accusation's القصف is a mention of the row"


def test_an_accusation_keeps_its_deed_in_a_written_brief() -> None:
    text = (
        "مقتل ثلاثة مدنيين بقصف على سوق شعبي في تعز\n\n"
        "تعز - قتل ثلاثة مدنيين وأصيب خمسة آخرون أمس الأحد جراء قصف مدفعي استهدف سوقا شعبيا في حي الجحملية شرقي "
        "مدينة تعز. واتهمت السلطة المحلية جماعة الحوثي بالوقوف وراء القصف، فيما لم يصدر عن الجماعة أي تعليق."
    )
    doc = rasd.extract(text, published="2023-11-14")
    rows = _rows(doc)
    assert len(rows) == 1
    assert rows[0]["status"] == "alleged"
    assert not [
        e
        for e in doc.events
        if isinstance(e, dict) and e.get("granularity") == "ongoing" and e.get("status") == "alleged"
    ]
