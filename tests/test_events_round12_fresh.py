"""Round 12b (issue 12, helper ev4): what the fresh articles of tune12 and tune13 showed rasd missing or coding
falsely, as general constructions. Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _read(found: list[dict[str, Any]]) -> list[tuple[str, str | None, str | None]]:
    return sorted(
        (e["acled_sub_event_type"], (e.get("location") or {}).get("admin1"), (e.get("date") or {}).get("value"))
        for e in found
    )


def test_the_attacks_after_a_statement_of_air_strikes_are_those_strikes() -> None:
    # a statement of strikes retold one sentence at a time: "the attacks" name the strikes, on the strikes' day
    found = rows(
        "أعلنت القيادة المركزية الأمريكية في بيان اليوم الأحد أن طائرات التحالف شنت 14 غارة جوية على مواقع التنظيم "
        "في العراق أمس السبت.\n"
        "وأوضح البيان أن الهجمات تركزت قرب مدينة بيجي. واستهدفت الهجمات أيضا مواقع قتالية قرب الموصل وكركوك.",
        published="2015-08-09",
    )
    assert _read(found) == [
        ("Air/drone strike", "Kirkuk", "2015-08-08"),
        ("Air/drone strike", "Ninewa", "2015-08-08"),
        ("Air/drone strike", "Salah Al Din", "2015-08-08"),
    ]
    # with no strikes told before, "the attacks" keep their own reading (no air strike)
    alone = rows("وقال مسؤول محلي إن الهجمات على نقاط التفتيش قرب الموصل تصاعدت خلال الأسبوع الماضي.")
    assert all(e["acled_sub_event_type"] != "Air/drone strike" for e in alone)
    # a sentence about something else between the strikes and "the attacks" ends the reading back
    apart = rows(
        "شنت طائرات التحالف غارات جوية على مواقع التنظيم قرب الرقة أمس.\n"
        "وفي شأن آخر، افتتح وزير الصحة مستشفى جديدا في مدينة الرياض.\n"
        "وقال الوزير إن الهجمات الإلكترونية على المستشفيات تتزايد."
    )
    assert all(e["trigger"]["text"] != "هجمات" or e["acled_sub_event_type"] != "Air/drone strike" for e in apart)


def test_a_province_listed_after_a_town_told_near_is_one_more_item() -> None:
    found = rows(
        "قال المرصد السوري إن طائرات التحالف شنت أمس الجمعة غارات جوية على مواقع لتنظيم داعش قرب حلب والرقة ودير الزور."
    )
    assert sorted((e.get("location") or {}).get("admin1") for e in found) == ["Aleppo", "Ar Raqqa", "Deir ez Zor"]
    assert all(e["acled_sub_event_type"] == "Air/drone strike" for e in found)


def test_a_stadium_named_with_a_sports_word_is_a_place_hit_or_held() -> None:
    found = rows(
        "قال مصدر في الشرطة إن مسلحي تنظيم داعش فجروا الملعب الأولمبي في مدينة الفلوجة بعبوات ناسفة أمس الجمعة."
    )
    assert [e["acled_sub_event_type"] for e in found] == ["Remote explosive/landmine/IED"]
    held = rows("فرض مسلحو التنظيم سيطرتهم على منطقة الملعب شمالي مدينة الرمادي أمس، ثم فجروا الملعب بعبوات ناسفة.")
    assert "Non-state actor overtakes territory" in [e["acled_sub_event_type"] for e in held]
    # sport told in the sentence still vetoes (a club and its ground, an Olympic team)
    assert rows("فاز النادي الأهلي على ضيفه في الملعب البلدي بثلاثة أهداف وسط هجوم مستمر من لاعبيه.") == []
    assert rows("اشتبك لاعبو المنتخب الأولمبي مع لاعبي الفريق الضيف في نهاية المباراة.") == []


def test_kinds_of_crime_named_after_crimes_of_are_no_happening() -> None:
    title = "باريس ترحب بإنشاء محكمة دولية لجرائم الحرب"
    text = (
        "رحبت الحكومة الفرنسية أمس بقرار البرلمان الذي مهد الطريق لتشكيل محكمة خاصة لمحاكمة المتورطين في جرائم حرب.\n"
        "ومن المقرر أن تتولى المحكمة النظر في الجرائم التي ارتكبها جنود في حق المدنيين خلال حرب البوسنة مطلع "
        "التسعينيات، والتي تتعلق بجرائم قتل واختطاف وطرد وعنف جنسي."
    )
    assert rows(text, title=title) == []
    # a killing told as a happening beside the word is still one
    found = rows("قتل مسلحون ثلاثة مدنيين في قرية قرب مدينة بعقوبة أمس، في جريمة أدانتها الحكومة.")
    assert [e["acled_event_type"] for e in found] == ["Violence against civilians"]


def test_a_stop_on_a_journey_is_no_arrest() -> None:
    assert rows("ووصل الوزير إلى بغداد أمس بعد توقفه ساعات في مدينة النجف حيث التقى المسؤولين.") == []
    assert [e["acled_sub_event_type"] for e in rows("أوقفت الشرطة ثلاثة مطلوبين في مدينة النجف أمس.")] == ["Arrests"]


def test_vast_tracts_held_describe_a_group_not_a_capture() -> None:
    told = "وبحث الوزيران الحرب على تنظيم داعش الذي استولى على مساحات واسعة من الأراضي في سوريا والعراق."
    assert rows(told) == []
    assert rows("ويسيطر المتمردون على أجزاء كبيرة من شمال البلاد منذ سنوات.") == []
    # a capture told with its day stays one
    found = rows("سيطر مسلحو التنظيم أمس الأحد على مناطق واسعة من ريف حلب الشمالي بعد معارك مع فصائل المعارضة.")
    assert [e["acled_event_type"] for e in found] == ["Battles"]


def test_a_word_of_a_groups_name_names_no_victims() -> None:
    # "حزب العمال الكردستاني": the workers of the party's name are no civilians attacked
    found = rows("وقتل جندي تركي مساء الثلاثاء في هجوم شنه مسلحون من حزب العمال الكردستاني في بلدة سيلوبي.")
    assert [e["acled_sub_event_type"] for e in found] == ["Armed clash"]
    # civilians named beside the group still are
    hit = rows("قتل مسلحون من حزب العمال الكردستاني ثلاثة مدنيين في هجوم على قرية قرب بلدة سيلوبي أمس.")
    assert [e["acled_sub_event_type"] for e in hit] == ["Attack"]
