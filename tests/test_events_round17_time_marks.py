"""Round 17b (issue 12, helper bg2): a past happening named as a time mark is no happening of the news.

A killing, a capture or a fall named only to date what the clause tells — a span counted from it (قبل بضعة أشهر من
اغتياله، قبل عامين من محاولة اغتيال الوزير), with its doer in brackets (قبل سيطرة (داعش) على المدينة), or told by
someone's doing of it after "since" (منذ قيام الجماعة بالسيطرة على المدينة) — has no day of its own: the date step
gives it none, and it is no ACLED row. A day written right after the happening still dates it, and a happening told
with its own day keeps its row.

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from tests.event_checks import events, rows


def _date_note(text: str, trigger: str) -> str | None:
    found = [e for e in events(text, "2015-08-10") if e["trigger"]["text"] == trigger]
    return (found[0].get("date") or {}).get("note") if found else None


# A span counted from the happening: a pronoun joined to it, a unit without its hamza, an indefinite construct.


def test_a_speech_months_before_his_assassination_is_no_row() -> None:
    text = "ويزور الرئيس جامعة في واشنطن ألقى فيها الرئيس الراحل قبل بضعة اشهر من اغتياله خطابا دعا فيه إلى السلام."
    assert rows(text) == []
    assert _date_note(text, "اغتياله") == "an earlier event"


def test_training_months_before_an_attempt_on_a_minister_is_no_row() -> None:
    text = "وكشفت التحقيقات أن المتهم تدرب في سوريا قبل بضعة أشهر من محاولة اغتيال وزير الداخلية في القاهرة."
    assert [e for e in rows(text) if e["acled_event_type"] == "Violence against civilians"] == []


def test_two_weeks_after_a_bombing_is_no_row_of_the_bombing() -> None:
    text = "وعاد السكان إلى السوق في مدينة بعقوبة بعد اسبوعين من تفجير سيارة مفخخة قرب مدخلها."
    assert [e for e in rows(text) if e["acled_event_type"] == "Explosions/Remote violence"] == []


# The doer in brackets, or someone's doing of it after "since".


def test_families_there_before_the_group_took_the_city_is_no_row() -> None:
    text = "وقال المسؤول إن آلاف العائلات كانت تسكن مدينة الفلوجة قبل سيطرة (داعش) على المدينة."
    assert [e for e in rows(text) if e["acled_event_type"] == "Battles"] == []


def test_first_visit_since_the_rebels_took_the_city_is_no_row() -> None:
    text = "وتعد هذه الزيارة الأولى لمسؤول حكومي منذ قيام المتمردين الحوثيين بالسيطرة على مدينة عدن."
    assert rows(text) == []
    assert _date_note(text, "السيطرة على") == "an earlier event"


# What stays a row.


def test_a_day_written_after_the_time_mark_still_dates_it() -> None:
    text = "وغادر الوفد مدينة عدن قبيل تحرير المطار في 14 يوليو."
    assert _date_note(text, "تحرير") is None


def test_an_assassination_told_with_its_day_keeps_its_row() -> None:
    text = "اغتال مسلحون مجهولون أمس الأحد مسؤولا محليا في مدينة عدن بإطلاق النار على سيارته."
    assert [e["acled_event_type"] for e in rows(text)] == ["Violence against civilians"]


def test_a_killing_hours_after_an_attack_is_still_news() -> None:
    text = "قتل ثلاثة جنود أمس في هجوم على حاجز للجيش في العريش بعد ساعات من تفجير عبوة ناسفة في رفح."
    assert "2015-08-09" in [(e.get("date") or {}).get("value") for e in rows(text)]
