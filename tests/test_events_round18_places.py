"""Round 18 (issue 12, helper pl2): the row's place in longer articles.

Every sentence here was written for rasd (none copied from a corpus). The rule answers the class "the headline's or
lead's place over the body's" of the longer tuning articles (docs/events.md, "Round 18: the row's place in longer
articles"): an event told in a later sentence of a body paragraph whose clause and sentence name no place the
gazetteer has is placed at the scene the paragraph opened with, not at the headline's place; a place the sentence
tells by its kind and a name the gazetteer lacks (منطقة الرويك) is that unlisted place in the scene's province.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _places(out: list[dict[str, Any]], event_type: str) -> list[dict[str, Any]]:
    return [e.get("location") or {} for e in out if e["acled_event_type"] == event_type]


def test_an_unlisted_area_of_a_later_paragraph_lies_in_the_province_the_paragraph_opened_with() -> None:
    out = rows(
        "واصلت قوات المقاومة الشعبية تقدمها في محافظة أبين، بعد معارك عنيفة مع المتمردين الحوثيين في محيط مدينة "
        "زنجبار.\nأما على صعيد مأرب، فقد دارت اشتباكات عنيفة أمس بين المقاومة والمتمردين في جبهة صرواح، أسفرت عن "
        "مقتل سبعة متمردين. كما وقعت اشتباكات مماثلة في منطقة الرويك، أدت إلى مصرع تسعة من المتمردين.",
        title="تطهير أبين.. الهدف التالي للمقاومة",
    )
    unlisted = [p for p in _places(out, "Battles") if p.get("name") == "الرويك"]
    assert unlisted, out
    assert unlisted[0]["admin1"] == "Marib", unlisted
    assert unlisted[0]["geo_precision"] == 2, unlisted  # a place in the area, not the town itself
    assert all(p.get("admin1") != "Abyan" for p in _places(out, "Battles") if p.get("name") != "Zinjibar"), out


def test_a_strike_told_after_a_paragraphs_opening_sentence_takes_its_province_not_the_headlines_town() -> None:
    out = rows(
        "استعادت المقاومة الشعبية أمس عددا من المواقع في مدينة عدن بعد معارك مع المتمردين.\nإلى ذلك شن طيران "
        "التحالف سلسلة غارات على مواقع للحوثيين في محافظة الضالع. وقال مصدر محلي إن قصفا مكثفا استهدف معسكرا "
        "للمتمردين، وأسفر عن مقتل ستة منهم.",
        title="المقاومة تستعيد مواقع في عدن",
    )
    strikes = _places(out, "Explosions/Remote violence")
    assert strikes, out
    assert all(p.get("admin1") == "Ad Dali" for p in strikes), strikes


def test_a_town_of_the_sentence_itself_still_places_its_event() -> None:
    # a guard: the paragraph's scene is a fallback; a sentence naming its own town keeps it
    out = rows(
        "استعادت المقاومة الشعبية أمس عددا من المواقع في مدينة عدن بعد معارك مع المتمردين.\nأما على صعيد مأرب، "
        "فقد دارت اشتباكات عنيفة أمس بين المقاومة والمتمردين. وقصف الحوثيون أحياء سكنية في مدينة تعز بقذائف "
        "الدبابات.",
        title="المقاومة تستعيد مواقع في عدن",
    )
    shelling = _places(out, "Explosions/Remote violence")
    assert shelling, out
    assert all(p.get("admin1") == "Taizz" for p in shelling), shelling


def test_a_town_named_as_an_end_of_what_an_area_links_is_no_scene_beside_the_clauses_district() -> None:
    # a town the area "links" (التي تربط مدينة تعز بميناء المخاء) says where the area lies, as a road's ends do
    # (round 14's road_end): the district the clause names is the scene, not Taiz city
    out = rows(
        "ونجح الجيش الوطني في مديرية مقبنة في نصب كمين للمسلحين الحوثيين ما أدى إلى قتل خمسة منهم وإصابة آخرين في "
        "منطقة الوادي التي تربط مدينة تعز بميناء المخاء."
    )
    places = _places(out, "Battles")
    assert places, out
    assert all(p.get("name") != "Taiz" for p in places), places
    assert all(p.get("admin1") == "Taizz" for p in places), places


def test_the_province_after_a_bearing_says_where_the_town_lies_not_that_the_event_is_province_wide() -> None:
    # "جنوبي غرب المحافظة" places the district in its province (tune10, tune19, tune22, tune23 write so): the
    # district's town stands, not the province pointed back at
    out = rows(
        "قتل عدد من عناصر التنظيم في غارات جوية على محافظة كركوك. وقصفت الطائرات مقرات للتنظيم في قضاء الحويجة "
        "جنوبي غرب المحافظة أمس."
    )
    places = _places(out, "Explosions/Remote violence")
    assert places, out
    assert any(p.get("name") == "Al Hawijah" and p.get("geo_precision") == 1 for p in places), places


def test_the_ends_of_a_road_named_in_the_clause_give_way_to_the_district_town_it_names() -> None:
    # "طريق (الفيوم – القاهرة)": both ends name the road, not the scene; Cairo, ranked first as the nearest town, made
    # the province told with its descriptor win over the district's town (tune12, tune18, tune20 tell one attack so)
    out = rows(
        "قتل شرطي وأصيب اثنان آخران أمس إثر قيام مجهولين بإطلاق النار على دورية أمنية على طريق (الفيوم – القاهرة) "
        "قرب قرية العجميين بمركز سنورس التابع لمحافظة الفيوم."
    )
    places = [p for t in ("Battles", "Violence against civilians") for p in _places(out, t)]
    assert places, out
    assert all(p.get("admin1") == "Faiyum" for p in places), places
    assert any(p.get("geo_precision", 3) <= 2 and p.get("lat") is not None for p in places), places
