"""False rows that retell a true happening (round 27, helper mg16).

A capture's means: the assault or fire of the force that made a capture, told in the capture's sentence (its verb
joined to the capture's by و with no subject of its own, or a past verb after أنهم/أنها told after the capture), is
the capture (the lead's ruling (3): ACLED codes the place taken, not the fighting that took it); before, the assault
or the shelling was a row of its own. A statement of the day that counts the strikes of the day before for a whole
country, then tells them at their towns, is their count, not a strike of its own (round 17's counted lead took only
parts of its own day); before, it stayed a row "in Syria". A capture told over all the districts or the towns of a
province (على كافة مديرياتها، لمدن وبلدات محافظة لحج) is the sum of the captures the article tells at its towns;
before, it was a row at the province. A row that counts the attacks of a day in a province (قتل 15 في ثلاث هجمات
في بغداد) and is followed by two or more of them told one by one is their sum, no row of its own. Kept apart: a strike
by another side after فيما, an assault at another town than the capture's, a capture only aimed at, a count with a
toll of its own, all the districts of another province, a count of attacks in another province than the ones told
after it. Every sentence below was written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _rows(text: str) -> list[dict[str, Any]]:
    return [e for e in rows(text, None, "2015-08-04") if e.get("acled_row", True)]


def _types(found: list[dict[str, Any]]) -> list[str]:
    return sorted(e["acled_sub_event_type"] for e in found)


def test_an_assault_joined_to_the_capture_it_made_is_one_row() -> None:
    found = _rows(
        "قال قائد ميداني في المقاومة إن المقاومة شنت أمس هجوماً مباغتاً على مواقع للمسلحين الحوثيين في محيط جبل "
        "هيلان بمحافظة مأرب، وسيطرت على أربعة منها بعد فرار المسلحين."
    )
    assert len(found) == 1
    assert found[0]["acled_event_type"] == "Battles"
    assert found[0]["acled_sub_event_type"] != "Armed clash"


def test_the_capturers_fire_told_after_the_capture_is_one_row() -> None:
    found = _rows(
        "سيطرت فصائل المعارضة أمس على تلة الخضر في ريف محافظة اللاذقية، وقال قائد ميداني إن الفصائل تمكنت من بسط "
        "سيطرتها على التلة، مشيرا إلى أنهم استهدفوا قوات النظام المتمركزة حول التلة بقذائف الهاون، والأسلحة الخفيفة."
    )
    assert [e["acled_event_type"] for e in found] == ["Battles"]


def test_shelling_by_another_side_after_fima_stays_its_own_row() -> None:
    found = _rows(
        "سيطرت فصائل المعارضة أمس على بلدة كفرنبودة في ريف حماة، فيما قصفت قوات النظام بالمدفعية مدينة اللطامنة "
        "موقعة قتيلين."
    )
    assert "Shelling/artillery/missile attack" in _types(found)


def test_an_assault_at_another_town_than_the_capture_stays_its_own_row() -> None:
    found = _rows(
        "شنت القوات العراقية أمس هجوما على مواقع لتنظيم داعش في مدينة بيجي، وسيطرت على ناحية البغدادي في محافظة "
        "الأنبار."
    )
    assert len([e for e in found if e["acled_event_type"] == "Battles"]) == 2


def test_shelling_beside_a_capture_only_aimed_at_stays_its_own_row() -> None:
    found = _rows(
        "قصفت قوات النظام أمس بالمدفعية مدينة الزبداني في محاولة للسيطرة عليها، وقال ناشطون إن القصف أوقع ثلاثة قتلى."
    )
    assert "Shelling/artillery/missile attack" in _types(found)


def test_a_country_wide_count_over_its_provinces_rows_is_no_row() -> None:
    found = _rows(
        "قالت قيادة القوات الجوية للتحالف في بيان اليوم الثلاثاء إن طائرات التحالف نفذت 12 غارة ضد مواقع لتنظيم داعش "
        "في سوريا والعراق. وأوضح البيان أن سبعا من هذه الغارات التي نفذت أمس الاثنين كانت في سوريا قرب مدن منبج "
        "والرقة والبوكمال ودمرت مخازن أسلحة وآليات."
    )
    strikes = [e for e in found if e["acled_sub_event_type"] == "Air/drone strike"]
    assert len(strikes) == 3
    assert all((e.get("location") or {}).get("admin1") for e in strikes)


def test_a_country_wide_count_with_a_toll_of_its_own_stays() -> None:
    found = _rows(
        "قالت قيادة القوات الجوية للتحالف في بيان اليوم الثلاثاء إن طائرات التحالف نفذت 12 غارة ضد مواقع لتنظيم داعش "
        "في سوريا والعراق أسفرت عن مقتل 40 من عناصر التنظيم. وأوضح البيان أن سبعا من هذه الغارات التي نفذت أمس "
        "الاثنين كانت في سوريا قرب مدن منبج والرقة والبوكمال ودمرت مخازن أسلحة وآليات."
    )
    assert len([e for e in found if e["acled_sub_event_type"] == "Air/drone strike"]) == 4


def test_a_capture_of_all_a_provinces_districts_yields_to_the_towns_taken() -> None:
    found = _rows(
        "أكد محافظ شبوة في تصريح صحفي أن إعلان شبوة محافظة محررة من الميليشيات سيتم خلال يومين بعد سيطرة المقاومة "
        "الشعبية والجيش الوطني على كافة مديرياتها. وأفادت مصادر ميدانية أن المقاومة سيطرت على مدينة بيحان أمس، بعد "
        "أن سيطرت على مدينة عتق عاصمة المحافظة."
    )
    battles = [e for e in found if e["acled_event_type"] == "Battles"]
    assert all((e.get("location") or {}).get("name") != "Shabwah" for e in battles)


def test_all_the_districts_of_another_province_stay_a_row_of_their_own() -> None:
    found = _rows(
        "أكد محافظ أبين في تصريح صحفي أن إعلان أبين محافظة محررة من الميليشيات سيتم خلال يومين بعد سيطرة المقاومة "
        "الشعبية والجيش الوطني على كافة مديرياتها. وأفادت مصادر ميدانية أن المقاومة سيطرت على مدينة بيحان في "
        "محافظة شبوة أمس."
    )
    assert len([e for e in found if e["acled_event_type"] == "Battles"]) == 2


def test_a_count_of_attacks_told_one_by_one_right_after_is_no_row() -> None:
    found = _rows(
        "قتل 15 شخصا على الأقل مساء أمس في ثلاث هجمات استهدفت مناطق في بغداد. واستهدف تفجير انتحاري بحزام ناسف نقطة "
        "تفتيش للشرطة في منطقة الكاظمية شمال بغداد، بينما انفجرت سيارة مفخخة في سوق شعبية بمنطقة الدورة جنوب بغداد."
    )
    assert _types(found) == ["Remote explosive/landmine/IED", "Suicide bomb"]
    assert all(e.get("fatalities") is None for e in found)  # the sum's 15 dead are no one attack's


def test_a_count_of_attacks_in_another_province_than_the_ones_told_stays() -> None:
    found = _rows(
        "قتل 15 شخصا على الأقل مساء أمس في ثلاث هجمات استهدفت مناطق في بغداد. وفي محافظة ديالى استهدف تفجير انتحاري "
        "بحزام ناسف نقطة تفتيش للشرطة في مدينة بعقوبة، بينما انفجرت سيارة مفخخة في سوق شعبية بمدينة المقدادية."
    )
    assert len(found) == 3
