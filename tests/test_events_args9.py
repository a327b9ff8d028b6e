"""Argument rules of the ninth events round (issue 12): actor1, actor2 and the place of an event.

Each rule comes from a class of errors of the blind arguments audit (``benchmarks/data/events_args_audit.jsonl``)
and the tune files, and is checked here on sentences written for rasd (none copied from a corpus): fire "from
inside Yemeni territory" is Yemen's unidentified group, the holder of a place hit is a target, a bare "national
army" is the army of the country the text is about, and the seat of an office or an association that speaks of an
event is not its scene.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from rasd import Pipeline
from rasd.ingest.jsonl import read_line

_PIPE = Pipeline()


def _doc(text: str, title: str | None = None, published: str = "2015-08-10") -> Any:
    doc = read_line(json.dumps({"title": title, "text": text, "published": published}, ensure_ascii=False).encode())
    _PIPE.run(doc)
    assert not doc.errors, doc.errors
    return doc


def _rows(text: str, title: str | None = None, published: str = "2015-08-10") -> list[dict[str, Any]]:
    return [e for e in _doc(text, title, published).events if e["acled_row"]]


def _name(actor: dict[str, Any] | None) -> str | None:
    return actor.get("name") if actor else None


# ------------------------------------------------------------------------------------- fire from across a border
@pytest.mark.parametrize(
    "text",
    [
        "أصيب ثلاثة مقيمين أمس بشظايا قذيفة سقطت على حي سكني في مدينة جازان أطلقت من داخل الأراضي اليمنية.",
        "سقطت قذيفة هاون أمس على منزل في مدينة نجران أطلقت من جهة اليمن، ما أدى إلى إصابة طفلين.",
        "أصيب مواطن بجروح طفيفة إثر سقوط مقذوف عسكري على مزرعته في مدينة نجران مساء أمس أطلق من داخل الحدود اليمنية.",
    ],
)
def test_fire_from_across_the_border_is_the_unidentified_group_of_that_side(text: str) -> None:
    rows = _rows(text)
    assert rows, text
    assert _name(rows[0]["actor1"]) == "Unidentified Armed Group (Yemen)"


def test_fire_inside_a_country_with_no_side_named_keeps_the_scenes_country() -> None:
    rows = _rows("انفجرت عبوة ناسفة أمس قرب سوق شعبي في مدينة بعقوبة، ما أدى إلى مقتل أربعة مدنيين.")
    assert rows
    assert _name(rows[0]["actor1"]) == "Unidentified Armed Group (Iraq)"


# ------------------------------------------------------------------------------------------- holder of a place
def test_the_holder_of_a_place_hit_is_a_target_not_the_attacker() -> None:
    rows = _rows("قصفت الطائرات أمس مواقع في محيط بلدة الغارية الخاضعة لسيطرة تنظيم داعش.")
    assert rows
    assert _name(rows[0]["actor2"]) == "Islamic State (Syria)"
    assert _name(rows[0]["actor1"]) != "Islamic State (Syria)"


def test_the_former_holder_of_a_place_taken_is_a_target() -> None:
    rows = _rows("سيطرت المقاومة الشعبية أمس على مدينة الحوطة التي كانت لا تزال تحت سيطرة ميليشيات الحوثي.")
    assert rows
    assert "Popular Resistance" in (_name(rows[0]["actor1"]) or "")
    assert "Houthi" in (_name(rows[0]["actor2"]) or "") or "Revolutionary" in (_name(rows[0]["actor2"]) or "")


def test_the_new_holder_of_a_place_taken_is_not_made_a_target() -> None:
    rows = _rows("سيطر مسلحو تنظيم داعش أمس على بلدة القريتين، وباتت البلدة تحت سيطرة التنظيم بالكامل.")
    assert rows
    assert _name(rows[0]["actor1"]) == "Islamic State (Syria)"


# ------------------------------------------------------------------------------------- a bare "national army"
def test_a_bare_national_army_in_yemeni_news_is_yemens_army() -> None:
    rows = _rows("اشتبك الجيش الوطني أمس مع مسلحي الحوثي في مديرية صرواح بمحافظة مأرب وقتل عشرة منهم.")
    assert rows
    names = {_name(rows[0]["actor1"]), _name(rows[0]["actor2"])}
    assert "Syrian National Army" not in names
    assert "Military Forces of Yemen (2012-)" in names


def test_a_bare_national_army_beside_a_syrian_actor_is_still_the_syrian_national_army() -> None:
    doc = _doc(
        "قال الجيش الوطني السوري إن مقاتليه صدوا هجوما لقوات سوريا الديمقراطية قرب منبج، "
        "وأضاف أن الجيش الوطني استعاد قريتين.",
        published="2019-10-20",
    )
    ids = [getattr(e, "actor_id", None) for e in doc.entities if doc.text[e.start : e.end] == "الجيش الوطني"]
    assert ids == ["syr-sna"]


# ------------------------------------------------------------------------------------ the seat of an office
def test_the_seat_of_an_office_holder_is_not_the_scene() -> None:
    rows = _rows(
        "قدم أمير منطقة جازان التعازي في استشهاد ثلاثة من رجال حرس الحدود إثر سقوط قذيفة أمس على مركز حدودي "
        "في منطقة نجران."
    )
    assert rows
    assert rows[0]["location"]["admin1"] == "Najran"


def test_a_governor_who_condemns_gives_way_to_the_place_of_the_headline() -> None:
    rows = _rows(
        "استنكر محافظ الخرج الحادث الإرهابي الذي استهدف المصلين أمس ونتج عنه استشهاد عدد من رجال الأمن.",
        title="محافظ الخرج: تفجير المسجد في أبها عمل إجرامي",
    )
    assert rows
    assert {e["location"]["admin1"] for e in rows} == {"Asir"}


def test_the_seat_of_an_association_that_condemns_is_not_the_scene() -> None:
    rows = _rows(
        "دانت الجمعية الخيرية لرعاية الأيتام في منطقة مكة المكرمة التفجير الذي استهدف مسجدا في منطقة عسير أمس."
    )
    assert rows
    assert rows[0]["location"]["admin1"] == "Asir"


def test_a_university_can_be_the_scene() -> None:
    rows = _rows("دخلت قوات الأمن أمس جامعة الأنبار في جنوب مدينة الرمادي واشتبكت مع مسلحي تنظيم داعش داخل حرمها.")
    assert rows
    assert all(e["location"]["admin1"] in ("Anbar", "Al Anbar") for e in rows)


# ------------------------------------------------------------------------------------- who tells is not who did
def test_a_ministry_that_tells_of_a_bombing_is_not_its_perpetrator() -> None:
    rows = _rows(
        "قالت وزارة الداخلية المصرية في بيان إن ضابطي شرطة أصيبوا في انفجار عبوة ناسفة وقع أمس أمام محكمة في القاهرة."
    )
    assert rows
    assert _name(rows[0]["actor1"]) == "Unidentified Armed Group (Egypt)"


def test_sources_inside_the_police_named_after_the_event_are_not_its_perpetrators() -> None:
    rows = _rows(
        "قتل 12 شخصا على الأقل أمس عندما فجر انتحاري نفسه في سوق مزدحم في مدينة كركوك، حسبما قالت مصادر في الشرطة."
    )
    assert rows
    assert _name(rows[0]["actor1"]) == "Unidentified Armed Group (Iraq)"


def test_a_speaker_whose_complement_points_back_at_it_keeps_its_act() -> None:
    claimed = _rows("أعلن تنظيم داعش أنه فجر سيارة مفخخة أمس في حي البياع ببغداد.")
    assert claimed and _name(claimed[0]["actor1"]) == "Islamic State (Iraq)"
    own = _rows("قال الجيش العراقي إن قواته قصفت أمس مواقع لتنظيم داعش قرب مدينة الفلوجة.")
    assert own and _name(own[0]["actor2"]) == "Islamic State (Iraq)"
    assert _name(own[0]["actor1"]) not in (None, "Islamic State (Iraq)", "Unidentified Armed Group (Iraq)")


def test_an_army_telling_of_strikes_is_not_dropped_as_a_mere_teller() -> None:
    rows = _rows(
        "أعلن متحدثون باسم الجيش الليبي أمس أن طائرات حربية قصفت سفينة في ميناء بنغازي كانت تنقل أسلحة.",
        published="2015-07-21",
    )
    assert rows
    assert _name(rows[0]["actor1"]) != "Unidentified Armed Group (Libya)"


# ------------------------------------------------------------------------------------------ by the fire of
def test_the_one_whose_fire_killed_is_the_perpetrator() -> None:
    rows = _rows(
        "قالت مصادر طبية إن شابا فلسطينيا قتل أمس برصاص جنود جيش الاحتلال الإسرائيلي أثناء اقتحامهم بلدة "
        "بيت أمر في الضفة الغربية."
    )
    assert rows
    assert (_name(rows[0]["actor1"]) or "").startswith("Military Forces of Israel")
    snipers = _rows("أصيب ثلاثة مدنيين أمس بنيران قناصة الحوثيين في حي الجحملية بمدينة تعز.")
    assert snipers
    assert _name(snipers[0]["actor2"]) == "Civilians (Yemen)"
    assert "Civilians" not in (_name(snipers[0]["actor1"]) or "")


# ------------------------------------------------------------------------------------------------ Boko Haram
def test_boko_haram_is_named_with_acleds_label() -> None:
    rows = _rows("قتل مسلحون من جماعة بوكو حرام أمس عشرة قرويين في هجوم على قرية قرب مدينة مايدوغوري في ولاية بورنو.")
    assert rows
    assert _name(rows[0]["actor1"]) == "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
    assert _name(rows[0]["actor2"]) == "Civilians (Nigeria)"


def test_a_place_that_ends_an_associations_name_is_not_the_scene() -> None:
    rows = _rows(
        "أدانت الجمعية بشدة العمل الإجرامي الذي استهدف المصلين في مسجد قوات الطوارئ أمس.",
        title="جمعية البر بالدمام تدين تفجير مسجد في أبها",
    )
    assert rows
    assert {e["location"]["admin1"] for e in rows} == {"Asir"}


# ------------------------------------------------------------------------------------------ a visitor's place
def test_the_place_a_guest_visits_is_not_the_scene() -> None:
    rows = [
        e
        for e in _doc(
            "أكد الوزير خلال مباحثاته مع وزيرة خارجية كرواتيا التي تزور القاهرة أن السلطات تبذل جهودا للإفراج عن "
            "الرهينة الذي أعلن عن اختطافه على يد جماعة إرهابية قبل يومين."
        ).events
        if e["acled_sub_event_type"] == "Abduction/forced disappearance"
    ]
    assert rows
    assert rows[0]["location"] is None or rows[0]["location"].get("admin1") != "Cairo"


def test_a_place_named_with_a_visit_noun_is_kept_for_the_clause_about_it() -> None:
    rows = _rows(
        "وصل رئيس الحكومة أمس في زيارة إلى عدن بعد أن أحكمت القوات الحكومية سيطرتها على المدينة إثر معارك مع الحوثيين."
    )
    assert any((e["location"] or {}).get("admin1") == "Aden" for e in rows)


# ---------------------------------------------------------------------------------------------------- dates
def _date(event: dict[str, Any]) -> str | None:
    return (event.get("date") or {}).get("value")


def test_a_night_named_by_two_weekdays_is_dated_by_the_first() -> None:
    rows = _rows(
        "ذكرت مصادر محلية، ليل الأحد الاثنين، أن اشتباكات عنيفة تدور بين الجيش والمسلحين قرب مدينة الرمادي.",
        published="2015-08-10",
    )
    assert rows
    assert _date(rows[0]) == "2015-08-09"


def test_the_day_of_a_statement_gives_way_to_the_day_the_article_named_for_the_strikes() -> None:
    text = (
        "قال الجيش الأمريكي إن طائرات التحالف شنت 12 غارة جوية في العراق يوم السبت ضد أهداف تابعة لتنظيم داعش.\n"
        "وقالت القيادة المشتركة في بيان اليوم الأحد إن غارات العراق شملت أربع غارات قرب مدينة الموصل."
    )
    rows = [e for e in _rows(text, published="2015-08-09") if (e["location"] or {}).get("name") == "Mosul"]
    assert rows
    assert _date(rows[0]) == "2015-08-08"


def test_an_article_that_names_two_days_gives_no_article_day() -> None:
    text = (
        "قتل ثلاثة جنود يوم الجمعة في هجوم على نقطة تفتيش، واعتقلت الشرطة يوم السبت خمسة مشتبه بهم.\n"
        "وقالت الشرطة في بيان اليوم إن قذيفة سقطت على سوق في مدينة بعقوبة."
    )
    rows = [e for e in _rows(text, published="2015-08-09") if e["trigger"]["text"] == "قذيفة"]
    assert rows
    assert _date(rows[0]) == "2015-08-09"


# ------------------------------------------------------------------------------------- the state's own acts
def test_a_countrys_security_named_by_its_adjective_is_its_police() -> None:
    rows = _rows("ألقى الأمن التونسي أمس القبض على عنصر إرهابي في ولاية القصرين.")
    assert rows
    assert _name(rows[0]["actor1"]) == "Police Forces of Tunisia"


@pytest.mark.parametrize(
    "text",
    [
        "عثر خبراء المفرقعات أمس على عبوة ناسفة أمام محكمة في القاهرة وتم إبطال مفعولها.",
        "تم أمس إلقاء القبض على ثلاثة متهمين بالتخطيط لهجمات في مدينة الإسكندرية.",
    ],
)
def test_an_arrest_or_a_bomb_made_safe_with_no_one_named_is_the_states(text: str) -> None:
    rows = [e for e in _rows(text) if e["acled_sub_event_type"] in ("Arrests", "Disrupted weapons use")]
    assert rows
    assert _name(rows[0]["actor1"]) == "Police Forces of Egypt (2014-)"


# ------------------------------------------------------------------------------------------ Libya's armies
def test_the_libyan_national_army_in_full_is_never_yemens_army() -> None:
    rows = _rows("اشتبكت قوات فجر ليبيا أمس مع قوات الجيش الوطني الليبي في منطقة ورشفانة غرب طرابلس.")
    assert rows
    names = {_name(rows[0]["actor1"]), _name(rows[0]["actor2"])}
    assert not any("Yemen" in (n or "") for n in names)
    assert "Libyan National Army (Haftar)" in names


def test_a_force_belonging_to_an_actor_is_that_actors_arm() -> None:
    rows = _rows("قصفت طائرات تابعة لقوات حفتر أمس مواقع لمجلس شورى ثوار بنغازي في منطقة الليثي.")
    assert rows
    assert _name(rows[0]["actor1"]) == "Libyan National Army (Haftar)"
    assert _name(rows[0]["actor2"]) == "Benghazi Revolutionaries Shura Council"


def test_media_belonging_to_a_movement_do_not_make_it_the_bomber() -> None:
    rows = _rows(
        "قال مسؤولون في قطاع الصحة اليوم إن انفجارا أسفر عن مقتل أربعة فلسطينيين في مدينة رفح بجنوب قطاع غزة. "
        'وقالت وسائل اعلام تابعة لحركة "حماس" ان الانفجار ناجم عن صاروخ اسرائيلي لم ينفجر.',
        title="مقتل 4 في انفجار بمدينة رفح",
    )
    assert rows
    assert all("Hamas" not in (_name(e["actor1"]) or "") for e in rows)


def test_a_day_named_in_the_lead_does_not_date_an_event_deep_in_a_long_article() -> None:
    filler = " ".join(
        ["ويرى مراقبون أن الأزمة السياسية في البلاد تحتاج إلى حوار شامل بين الأطراف كافة قبل نهاية العام."] * 20
    )
    text = (
        "عقد البرلمان جلسة طارئة يوم السبت لمناقشة الموازنة العامة للدولة.\n"
        + filler
        + "\nوقالت الشرطة في بيان اليوم إن قذيفة سقطت على سوق في مدينة بعقوبة."
    )
    rows = [e for e in _rows(text, published="2015-08-09") if e["trigger"]["text"] == "قذيفة"]
    assert rows
    assert _date(rows[0]) == "2015-08-09"


def test_at_the_hands_of_and_gunmen_of_a_group_name_the_perpetrator() -> None:
    hands = _rows(
        "قتل ثلاثة مدنيين أمس على يد مسلحي تنظيم داعش في مدينة الرقة.",
    )
    assert hands
    assert _name(hands[0]["actor1"]) == "Islamic State (Syria)"
    gunmen = _events('قتل مسلحون من جماعة "بوكو حرام" عشرات الأشخاص أمس في أربع قرى قرب مدينة مايدوغوري.')
    assert gunmen
    assert _name(gunmen[0]["actor1"]) == "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
    dead = _events("قتل 28 من عناصر تنظيم داعش أمس في اشتباكات مع الجيش العراقي قرب مدينة بيجي.")
    assert all(
        _name(e["actor2"]) != "Islamic State (Iraq)" or _name(e["actor1"]) != "Islamic State (Iraq)" for e in dead
    )


def test_an_alias_shared_by_armies_is_read_for_the_events_country() -> None:
    rows = _rows(
        "أعلنت جماعة الحوثي أمس أن قواتها تتقدم في مأرب. وفي ليبيا، اشتبك الجيش الوطني أمس مع مسلحي مجلس شورى ثوار "
        "بنغازي في منطقة الليثي ببنغازي."
    )
    libya = [e for e in rows if (e["location"] or {}).get("country_iso3") == "LBY"]
    assert libya
    assert _name(libya[0]["actor1"]) == "Libyan National Army (Haftar)"


def _events(text: str) -> list[dict[str, Any]]:
    return list(_doc(text).events)


def test_people_taken_in_an_arrest_are_civilians_fighters_are_not() -> None:
    people = _rows("ألقت الشرطة المصرية أمس القبض على صحفي وناشطين في مدينة الإسكندرية.")
    assert people
    assert _name(people[0]["actor2"]) == "Civilians (Egypt)"
    fighters = _rows("اعتقلت الشرطة العراقية أمس ثلاثة مسلحين من تنظيم داعش في مدينة بعقوبة.")
    assert fighters
    assert "Civilians" not in (_name(fighters[0]["actor2"]) or "")


def test_those_who_withdrew_from_a_place_taken_lost_it() -> None:
    rows = _rows("أعلن تنظيم داعش مساء أمس إكمال سيطرته على مدينة الرمادي بعد انسحاب قوات الجيش العراقي منها.")
    assert rows
    assert _name(rows[0]["actor1"]) == "Islamic State (Iraq)"
    assert _name(rows[0]["actor2"]) not in (None, "Islamic State (Iraq)")
