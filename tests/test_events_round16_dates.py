"""Round 16b (issue 12, helper dt): past events with no day of their own — a coarse date or background?

Issue 12's rule dates an event by its own expression first, the article date with ``time_precision`` 2 last. Read on
the tune files, the coders code a happening told with the article's own week ("هذا الأسبوع") or its weekend ("في نهاية
الأسبوع") as news with a coarse date, and leave one told with an earlier week or month ("الأسبوع الماضي"، "الشهر
الماضي") or recalled in the pluperfect with no day ("وكانت الحركة اعتقلت مؤخرا") as background.

Every sentence here was written for rasd (none copied from a corpus). Published on Tuesday 2015-08-04 (ISO week 32,
3 to 9 August) unless told.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import events, rows

TUESDAY = "2015-08-04"


def _kinds(found: list[dict[str, Any]]) -> list[str | None]:
    return [e["acled_event_type"] for e in found]


def test_the_weekend_just_past_is_a_coarse_date() -> None:
    text = "وقتل ثلاثة جنود في اشتباكات مع مسلحين في بلدة سيلوبي جنوب شرق تركيا في نهاية الأسبوع."
    found = [e for e in rows(text, published=TUESDAY) if e["acled_event_type"] == "Battles"]
    assert found
    date = found[0]["date"]
    assert date["time_precision"] == 2
    assert date["value"] == "2015-08-02"
    assert date["range"] == ["2015-07-31", "2015-08-02"]


def test_the_end_of_last_week_told_early_in_the_week_is_that_weekend() -> None:
    text = "وقتل ثلاثة جنود في اشتباكات مع مسلحين في بلدة سيلوبي جنوب شرق تركيا في نهاية الأسبوع الماضي."
    found = [e for e in rows(text, published=TUESDAY) if e["acled_event_type"] == "Battles"]
    assert found and found[0]["date"]["range"] == ["2015-07-31", "2015-08-02"]


def test_this_week_is_the_articles_week_up_to_its_day() -> None:
    text = "وقالت مصادر طبية إن الطيران الحربي قصف بلدة الحراك في ريف درعا هذا الأسبوع مما أدى إلى مقتل خمسة مدنيين."
    found = [e for e in rows(text, published=TUESDAY) if e["acled_event_type"] == "Explosions/Remote violence"]
    assert found
    date = found[0]["date"]
    assert (date["value"], date["time_precision"]) == ("2015-08-04", 2)
    assert date["range"] == ["2015-08-01", "2015-08-04"]


def test_last_week_stays_background() -> None:
    text = "وكانت القوات الحكومية قد استعادت السيطرة على مطار عدن الأسبوع الماضي بعد معارك مع الحوثيين."
    assert rows(text, published=TUESDAY) == []


def test_last_month_stays_background() -> None:
    text = "واستولت القوات الكردية على بلدة تل أبيض الشهر الماضي بعد معارك مع مسلحي التنظيم."
    assert rows(text, published=TUESDAY) == []


def test_a_pluperfect_with_no_day_stays_background() -> None:
    assert rows("وكانت الحركة قد اعتقلت مؤخرا عشرات من أنصار التنظيم في قطاع غزة.", published=TUESDAY) == []


def test_earlier_this_month_stays_an_earlier_event() -> None:
    text = "وكان التنظيم قد تبنى هجوما في وقت سابق من الشهر الماضي على حاجز للشرطة في بغداد."
    assert rows(text, published=TUESDAY) == []


def test_earlier_alone_stays_an_earlier_event() -> None:
    text = "وجاءت الغارات ردا على هجوم في وقت سابق على دورية للجيش في ولاية هكاري."
    assert "Battles" not in _kinds(rows(text, published=TUESDAY))


def test_a_week_in_the_reporting_clause_dates_the_saying() -> None:
    text = (
        "وأعلنت وزارة الدفاع هذا الأسبوع أنها قررت شن غارات جوية على مواقع المسلحين في محافظة الأنبار إذا "
        "هاجموا القوات العراقية."
    )
    assert rows(text, published=TUESDAY) == []


def test_a_week_that_is_not_the_articles_own_gives_its_year_and_the_weeks_days() -> None:
    """(Review) A week read as its year alone (an earlier week: the coders' background) kept the range ``[year, year]``;
    (round 38, tm1, at the lead's brief) its date now says which week: the value stays the year (the row logic reads a
    year alone as background), the range is the week's days and ``time_precision`` 2 (ACLED's week), so that the merge
    can keep it apart from a day of another week (:func:`rasd.events.date_spans.day_outside_span`)."""
    text = "قتل ثلاثة جنود في اشتباكات مع مسلحين في بلدة سيلوبي جنوب شرق تركيا الأسبوع الماضي."
    found = [e for e in events(text, published=TUESDAY) if e["acled_event_type"] == "Battles"]
    assert found
    date = found[0]["date"]
    assert date["value"] == "2015" and date["time_precision"] == 2
    assert date["range"] == ["2015-07-25", "2015-07-31"]
    assert rows(text, published=TUESDAY) == []
