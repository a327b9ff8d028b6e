"""A capture told as background (round 29, helper bg1).

A verbal noun of capture governed by a frame word of occasion (بمناسبة تحرير …), contribution (أسهم في تحرير …،
دورها في تحرير …) or aftermath (بعد at its clause's head: أنه بعد تحرير … تم …), with no day of its own, is the
background of what its clause tells: no row. A capture told with its own day (بعد تحرير المدينة أمس) or as the news
itself (أعلنت … تحرير المدينة) stays a row. Every sentence below was written for this test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

_REGAINS = "Government regains territory"


def _regains(text: str) -> list[dict[str, Any]]:
    return [e for e in rows(text, published="2015-09-14") if e["acled_sub_event_type"] == _REGAINS]


def test_a_statement_on_the_occasion_of_a_liberation_gives_no_row() -> None:
    text = (
        "أصدرت قيادة المنطقة العسكرية الرابعة بيانا اليوم بمناسبة تحرير قاعدة العند ودحر المتمردين أكدت فيه "
        "استمرار دعمها للمقاومة الشعبية في جميع الجبهات."
    )
    assert _regains(text) == []


def test_an_effort_that_contributed_to_a_liberation_gives_no_row() -> None:
    text = (
        "ثمن رئيس الحكومة اليمنية اليوم الجهود التي بذلتها دول التحالف والتي أسهمت في تحرير محافظة عدن واستعادة "
        "عدد من المديريات من قبضة الحوثيين."
    )
    assert _regains(text) == []


def test_a_liberation_at_the_head_of_its_clause_after_after_gives_no_row() -> None:
    text = (
        "أكد مسؤول في مركز الملك سلمان للإغاثة استمرار إرسال المساعدات إلى اليمن. مشيرا إلى أنه بعد تحرير محافظة "
        "أبين وطرد الميليشيات الحوثية تم إطلاق جسر جوي وبحري من قبل قوات التحالف العربي لدعم المقاومة الشعبية."
    )
    assert _regains(text) == []


def test_a_liberation_after_after_with_its_own_day_stays_a_row() -> None:
    # guard: the capture has a day of its own written right after it
    text = (
        "أكد مسؤول في مركز الملك سلمان للإغاثة استمرار إرسال المساعدات إلى اليمن. مشيرا إلى أنه بعد تحرير محافظة "
        "أبين أمس وطرد الميليشيات الحوثية تم إطلاق جسر جوي وبحري من قبل قوات التحالف العربي لدعم المقاومة الشعبية."
    )
    assert len(_regains(text)) == 1


def test_a_liberation_announced_as_the_news_stays_a_row() -> None:
    # guard: no frame word; the announcement is the news of the day
    text = "أعلنت المقاومة الشعبية اليوم تحرير مدينة زنجبار بالكامل من قبضة ميليشيات الحوثي بعد معارك عنيفة."
    assert len(_regains(text)) == 1
