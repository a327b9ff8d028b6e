"""Round 31 (helper rc3): the patch to ``rasd.events.dates`` (``/tmp/rc3/dates.py.patch``, applied by the lead).

A day after "since" (منذ 26 مارس الماضي) more than a week before the report, told in a sentence before the
trigger's, is a campaign's start: it dates no event that a later sentence tells (before, a capture told with no day
of its own took that day from the paragraph and was read as months-old background, no row). A recent one (منذ يوم
الجمعة) still dates the sentences that retell it. Every sentence here was written for rasd.
"""

from __future__ import annotations

from tests.event_checks import rows

_TAKEN = ("Government regains territory", "Non-state actor overtakes territory")


def test_a_since_day_of_the_sentence_before_dates_no_capture() -> None:
    out = rows(
        "وقال سكان إن طائرات التحالف تحلق فوق المدينة بشكل متواصل منذ 26 مارس الماضي. وأضافوا أن المقاومة تمكنت من "
        "السيطرة على معسكر الأمن المركزي وسط مدينة قعطبة.",
        published="2015-08-11",
    )
    caps = [e for e in out if e["acled_sub_event_type"] in _TAKEN]
    assert len(caps) == 1
    assert caps[0]["date"]["value"] != "2015-03-26"


def test_a_recent_since_day_of_the_sentence_before_still_dates_the_arrest_it_retells() -> None:
    out = rows(
        "تحتجز الشرطة منذ يوم الجمعة ثلاثة شبان في مدينة إربد بتهمة التخطيط لهجوم. وقال محامي الموقوفين إن الشرطة "
        "اعتقلت موكليه من منازلهم دون مذكرة.",
        published="2015-07-22",
    )
    dates = {e["date"]["value"] for e in out if e["acled_sub_event_type"] == "Arrests"}
    assert "2015-07-17" in dates
