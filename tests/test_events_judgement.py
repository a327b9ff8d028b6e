"""Events: a verbal noun that a sentence judges as a kind (إن استهداف الأحياء السكنية جريمة) is said about the
happening the article tells, not a happening of its own; "the bombing in X is a terrorist act" still tells the one
bombing. Texts written for rasd, not copied from any corpus."""

from __future__ import annotations

import json
from typing import Any

import pytest

from rasd import Pipeline
from rasd.ingest.jsonl import read_line

_PIPE = Pipeline()


def _rows(text: str, published: str = "2022-05-04") -> list[dict[str, Any]]:
    doc = read_line(json.dumps({"text": text, "published": published}, ensure_ascii=False).encode("utf-8"))
    _PIPE.run(doc)
    assert not doc.errors, doc.errors
    return [e for e in doc.events if e.get("acled_row")]


_STRIKE = "قتل أربعة مدنيين أمس الثلاثاء بقصف مدفعي استهدف حيا سكنيا في مدينة تعز، بحسب مصادر طبية. "


@pytest.mark.parametrize(
    "judgement",
    [
        "وقال محافظ المحافظة: «إن استهداف الأحياء السكنية المكتظة بالسكان جريمة لا تسقط بالتقادم».",
        "وأكدت منظمة حقوقية أن قصف المدنيين انتهاك صارخ للقانون الدولي الإنساني.",
        "واعتبر المتحدث أن استهداف المستشفيات عمل إرهابي جبان.",
    ],
)
def test_a_judged_kind_adds_no_row(judgement: str) -> None:
    alone = _rows(_STRIKE)
    assert len(alone) == 1
    assert len(_rows(_STRIKE + judgement)) == 1


def test_the_one_bombing_judged_in_a_headline_stays_a_row() -> None:
    rows = _rows("الرئيس: التفجير في مدينة الموصل عمل إرهابي\nقال الرئيس إن التفجير الذي وقع أمس في الموصل عمل إرهابي.")
    assert rows and rows[0]["acled_event_type"] == "Explosions/Remote violence"
