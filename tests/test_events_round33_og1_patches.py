"""Round 33 (helper og1), the patches to merge.retold and merge.background: a happening told in the pluperfect with a
day of its own (``events.pluperfect_day``) is not the headline's happening of its kind (merge.retold.told_again), and
its age does not make it background (merge.background.keep_out_background): ACLED codes it on its own day.

Every sentence here was written for rasd (none copied from a corpus). docs/events.md, "Round 33: events told as going
on, as a pluperfect with a day, or by an area retaken (helper og1)".
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _days(out: list[dict[str, Any]], sub: str) -> list[str]:
    return sorted(str((e.get("date") or {}).get("value")) for e in out if e["acled_sub_event_type"] == sub)


_OUTSKIRTS = (
    "قالت مصادر محلية اليوم الثلاثاء إن قوات المقاومة الشعبية سيطرت على مواقع للحوثيين على مشارف مدينة زنجبار. وكانت "
    "المقاومة قد سيطرت على مدينة زنجبار في الثالث من أغسطس."
)


def test_a_pluperfect_capture_with_its_own_day_is_not_the_headline_capture() -> None:
    out = rows(_OUTSKIRTS, title="المقاومة تسيطر على مواقع للحوثيين قرب زنجبار", published="2015-08-12")
    assert _days(out, "Government regains territory") == ["2015-08-03", "2015-08-11"]


def test_a_pluperfect_attack_with_its_own_day_two_weeks_before_stays_a_row() -> None:
    out = rows(
        "قتل ثلاثة جنود اليوم الثلاثاء في هجوم شنه مسلحون على حاجز للجيش في مدينة العريش. وكان مسلحون قد شنوا هجوما "
        "على حاجز للشرطة في مدينة رفح في 25 يوليو الماضي.",
        published="2015-08-11",
    )
    assert "2015-07-25" in _days(out, "Armed clash") + _days(out, "Attack")
