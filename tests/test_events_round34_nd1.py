"""Rows with no day of their own told in general (round 34, helper nd1: rasd.events.genre).

A feature, an analysis or a column tells violence in general: a quarter described by what it went through (التي
تعرضت لقصف، التي دمرها القصف), a period's total (خلال الأشهر الماضية، في الآونة الأخيرة), who holds a place
(الخارجة عن سيطرة النظام), or a whole month's toll report under a headline that names the month. When the sentence
names no day, such a row is no happening of a day: the event stays, it is no ACLED row. A report of a happening keeps
its row: the same words with a day, a report of the day with no period at all, the attackers named right after a
relative word; a headline's superlative "since" (أعنف هجمات منذ بداية العام) is no period's report.

Every sentence below was written for this test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from rasd.events.genre import GENERAL_REASON, drop_general_rows
from tests.event_checks import events, rows


def _violent(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    kinds = ("Battles", "Explosions/Remote violence", "Violence against civilians")
    return [e for e in found if e["acled_event_type"] in kinds]


# ---------------------------------------------------------------- a place or people described by what they went through


def test_a_quarter_that_was_shelled_is_described_not_reported() -> None:
    text = (
        "وعاد النازح إلى بيته في حي المعلا بمدينة عدن، وهو الحي الذي تعرض لقصف عنيف من ميليشيات الحوثي، "
        "ليجد الجدران متصدعة والأبواب محطمة."
    )
    assert not _violent(rows(text, published="2015-08-20"))
    # the event is still there, no longer a row
    kept = [e for e in events(text, published="2015-08-20") if e.get("filter_reason") == GENERAL_REASON]
    assert kept and not any(e["acled_row"] for e in kept)


def test_people_exposed_to_killing_is_a_general_statement() -> None:
    text = (
        "وأشاد المسؤول بجهود قوات التحالف التي أنقذت آلاف المدنيين الذين يتعرضون للقتل على أيدي الميليشيات "
        "في محافظة تعز."
    )
    assert not _violent(rows(text, published="2015-08-20"))


def test_a_city_the_shelling_destroyed_is_described() -> None:
    text = "ويعالج الأطباء عشرات الأطفال في مستشفى الثورة بمدينة تعز التي دمرها القصف، وسط نقص حاد في الأدوية."
    assert not _violent(rows(text, published="2015-08-20"))
    text = "وكشفت اللجنة عن انتهاكات ارتكبتها الميليشيات في مدينة عدن والتي شملت القصف العشوائي للأحياء السكنية."
    assert not _violent(rows(text, published="2015-08-20"))


def test_the_attackers_who_stormed_a_village_keep_their_row() -> None:
    # the act right after the relative word (no verb between): the happening told, not a place described
    text = "وقال شهود عيان إن المسلحين الذين هاجموا قرية الحصن في محافظة أبين قتلوا خمسة من السكان."
    assert _violent(rows(text, published="2015-08-20"))


def test_a_killing_with_its_count_after_a_relative_word_keeps_its_row() -> None:
    # the row counts its own dead: a happening told, not a place described
    text = "ووسط أجواء التوتر التي غذاها مقتل جندي في مدينة ماردين، أعلنت الحكومة تعزيز الإجراءات الأمنية على الحدود."
    assert _violent(rows(text, published="2015-08-20"))


def test_a_town_shelled_with_a_day_is_a_happening() -> None:
    text = "وقالت مصادر محلية إن مدينة تعز تعرضت لقصف عنيف من ميليشيات الحوثي صباح أمس الأربعاء."
    assert _violent(rows(text, published="2015-08-20"))


# ------------------------------------------------------------------------------------- a period's total, a habit


def test_strikes_over_the_past_months_are_a_periods_total() -> None:
    text = (
        "واستعادت الفصائل الكردية مساحات واسعة في ريف الحسكة مدعومة بضربات جوية للتحالف الدولي "
        "طوال أشهر الحرب، بحسب ما يقول محللون."
    )
    found = _violent(rows(text, published="2015-08-20"))
    # the strikes are the war's; the retaking, told before them with no span of its own, keeps its row
    assert [e["acled_event_type"] for e in found] == ["Battles"]


def test_bombings_a_city_has_seen_lately_are_no_one_bombing() -> None:
    text = "وتحدثت مصادر أمنية عن تزايد الهجمات ضد الجماعة، وكذا التفجيرات التي شهدتها العاصمة صنعاء في الآونة الأخيرة."
    assert not _violent(rows(text, published="2015-08-20"))


def test_quarters_under_a_groups_control_are_held_not_taken() -> None:
    text = "وركز المسلحون هجماتهم على الأحياء الواقعة تحت سيطرتهم في مدينة الرمادي."
    assert not [e for e in rows(text, published="2015-08-20") if e["acled_event_type"] == "Battles"]
    text = "وتفشت الأمراض في المخيم بسبب نقص الغذاء الناجم عن استمرار سيطرة تنظيم داعش على مخيم اليرموك جنوب دمشق."
    assert not [e for e in rows(text, published="2015-08-20") if e["acled_event_type"] == "Battles"]


def test_a_liberation_going_on_is_no_hold() -> None:
    # the verb تواصل (goes on with) before the taking: an offensive going on, not who holds the town
    text = "وقالت مصادر محلية إن المقاومة الشعبية تواصل تحرير مدينة الحوطة في محافظة لحج من ميليشيات الحوثي."
    assert [e for e in rows(text, published="2015-08-20") if e["acled_event_type"] == "Battles"]


def test_a_strike_reported_with_no_period_keeps_its_row() -> None:
    text = "وقالت مصادر محلية إن طائرات التحالف شنت غارات جوية على مواقع للحوثيين في مديرية المخا بمحافظة تعز."
    assert _violent(rows(text, published="2015-08-20"))


# ----------------------------------------------------------------------------------------- a month's toll report


def test_the_tallies_of_a_months_toll_report_are_no_rows() -> None:
    title = "مقتل 900 مدني خلال يونيو الماضي في العراق"
    text = (
        "أعلنت بعثة الأمم المتحدة أن 900 مدني قتلوا خلال شهر يونيو الماضي في أعمال العنف بالعراق. "
        "وسجلت محافظة نينوى مقتل 120 مدنيا، فيما قتل 80 مدنيا جراء القتال الدائر في محافظة الأنبار."
    )
    assert not _violent(rows(text, title=title, published="2015-07-02"))


def test_a_day_told_in_a_months_report_keeps_its_row() -> None:
    title = "مقتل 900 مدني خلال يونيو الماضي في العراق"
    text = (
        "أعلنت بعثة الأمم المتحدة أن 900 مدني قتلوا خلال شهر يونيو الماضي في أعمال العنف بالعراق. "
        "وفي أحدث الهجمات انفجرت سيارة مفخخة أمس الثلاثاء في سوق شعبي بمدينة بعقوبة ما أدى إلى مقتل تسعة أشخاص."
    )
    assert _violent(rows(text, title=title, published="2015-07-02"))


def test_the_worst_attacks_since_the_year_began_is_no_period_report() -> None:
    title = "قتلى وجرحى في أعنف هجمات تشهدها المدينة منذ بداية العام"
    text = "انفجرت سيارة مفخخة قرب مركز للشرطة في مدينة قندوز ما أدى إلى مقتل ثمانية أشخاص وإصابة عشرين."
    assert _violent(rows(text, title=title, published="2015-08-20"))


# ------------------------------------------------------------------------------------------------- the marking


def test_only_the_marked_rows_stop_being_rows() -> None:
    found = [
        {"acled_row": True, "filter_reason": GENERAL_REASON},
        {"acled_row": True},
        {"acled_row": False, "filter_reason": "row filter 0.10 < 0.30: x -1.00"},
    ]
    drop_general_rows(found)
    assert [e["acled_row"] for e in found] == [False, True, False]
