"""Events: the reading rules of the fifth round (issue 12), each on short texts written for rasd (not copied from any
corpus). Each rule answers a class of misses or false alarms (the lead's held-out classes, read again on tune..tune4)
and was checked on 300 unannotated articles before it was kept (docs/events.md)."""

from __future__ import annotations

import json
from typing import Any

from rasd import Pipeline
from rasd.ingest.jsonl import read_line

_PIPE = Pipeline()


def _events(text: str, published: str | None = "2021-03-10") -> list[dict[str, Any]]:
    doc = read_line(json.dumps({"text": text, "published": published}, ensure_ascii=False).encode("utf-8"))
    _PIPE.run(doc)
    assert not doc.errors, doc.errors
    return doc.events


def _places(text: str, event_type: str) -> list[str | None]:
    """The Arabic place names of the events of one ACLED type (None: the event has no place)."""
    return [(e.get("location") or {}).get("name_ar") for e in _events(text) if e["acled_event_type"] == event_type]


# -------------------------------------------------------------------- 1. where talks or a speaker sit is no scene
def test_talks_in_a_city_are_not_where_the_fighting_is() -> None:
    places = _places("قتل عشرة مسلحين في اشتباكات عنيفة أمس، فيما تتواصل محادثات السلام في جنيف.", "Battles")
    assert places and "جنيف" not in places
    # the clause's own town is kept when talks are named beside it
    places = _places(
        "اندلعت اشتباكات عنيفة بين قوات الحكومة ومسلحين في مدينة مصراتة أمس، في وقت تتواصل فيه محادثات السلام في جنيف.",
        "Battles",
    )
    assert places == ["مصراتة"]


def test_a_press_conference_or_a_statement_from_a_city_is_not_the_scene() -> None:
    places = _places(
        "قتل ثلاثة مسلحين في اشتباكات مع الجيش، بحسب ما قال المتحدث باسم الحكومة في مؤتمر صحفي عقده في القاهرة.",
        "Battles",
    )
    assert places and "القاهرة" not in places
    places = _places(
        "وقال السفير في تصريح من جدة إن طائرات التحالف شنت غارات على مواقع المتمردين.", "Explosions/Remote violence"
    )
    assert places and "جدة" not in places


def test_an_embassy_speaking_is_no_scene_but_an_embassy_attacked_is() -> None:
    places = _places(
        "قتل خمسة جنود في هجوم شنه مسلحون على نقطة تفتيش، وقال مصدر في سفارة اليمن في الرياض إن المهاجمين فروا.",
        "Battles",
    )
    assert places and "الرياض" not in places
    places = _places("هاجم مسلحون السفارة الأمريكية في صنعاء بقذائف صاروخية.", "Explosions/Remote violence")
    assert places == ["صنعاء"]


def test_a_happening_told_after_a_meeting_keeps_its_place() -> None:
    places = _places("عقب اجتماع القادة العسكريين اندلعت اشتباكات عنيفة في حلب.", "Battles")
    assert places == ["حلب"]


def test_a_roundabout_is_no_round_of_talks() -> None:
    # جولة is a round of talks and, in Yemen, a roundabout (جولة سبأ): only talks words mark a venue
    places = _places(
        "ألقى مسلحون قنبلة يدوية على نقطة أمنية في جولة سبأ بمدينة الحديدة أمس.", "Explosions/Remote violence"
    )
    assert places == ["الحديدة"]


# -------------------------------------------------------------------- 2. Battles that are not battles
def test_confrontations_with_a_force_at_a_riot_are_the_riot() -> None:
    text = (
        "قتل شاب صباح أمس الثلاثاء برصاص الجيش الإسرائيلي أثناء مواجهات في مدينة نابلس. وقال مصدر أمني إن شبانا "
        "ألقوا الحجارة وأحرقوا إطارات السيارات، فيما أطلق الجنود الغاز المسيل للدموع."
    )
    rows = [e for e in _events(text) if e["acled_row"]]
    assert "Battles" not in [e["acled_event_type"] for e in rows]
    riots = [e for e in rows if e["acled_event_type"] == "Riots"]
    assert len(riots) == 1 and riots[0]["date"]["value"] == "2021-03-09"  # the day of the confrontation
    # two armed sides named: a battle stays a battle
    text = (
        "قتل ثلاثة مسلحين أمس الثلاثاء في مواجهات بين الجيش ومسلحي تنظيم داعش في مدينة الرمادي. وأحرق متظاهرون "
        "إطارات السيارات في الرمادي أمس الثلاثاء."
    )
    assert "Battles" in [e["acled_event_type"] for e in _events(text) if e["acled_row"]]


def test_attacks_the_group_had_claimed_before_are_recalled_not_rows() -> None:
    text = (
        "قتل شرطيان أمس الثلاثاء في هجوم بمدينة العريش. وسبق للجماعة أن أعلنت مسؤوليتها عن هجمات على مراكز "
        "الشرطة في مدينة الجيزة."
    )
    rows = [e for e in _events(text) if e["acled_row"]]
    places = [(e.get("location") or {}).get("name_ar") for e in rows]
    assert "العريش" in places and "الجيزة" not in places
    # recalled, it takes no day or mention from the attack of the day
    recalled = [e for e in _events(text) if (e.get("location") or {}).get("name_ar") == "الجيزة"]
    assert all(not e["acled_row"] and e["date"]["value"] is None for e in recalled)
    assert _places("وسبق لها أن شنت هجوما على نقطة تفتيش في مدينة العريش.", "Battles") == ["العريش"]
    assert not [e for e in _events("وسبق لها أن شنت هجوما على نقطة تفتيش في مدينة العريش.") if e["acled_row"]]


def test_a_day_that_dates_a_report_does_not_make_fighting_as_a_whole_one_happening() -> None:
    text = (
        "وكان تقرير أصدرته المنظمة أوائل الشهر الجاري أكد أن أعمال القتال في سوريا تتسبب في آثار صحية عميقة على "
        "الأطفال."
    )
    assert not [e for e in _events(text) if e["acled_row"]]


def test_a_storm_or_a_plane_crash_is_no_event() -> None:
    texts = [
        "قالت السلطات إن إعصارا قويا اجتاح مدينة اللاذقية اليوم مما أدى إلى انقطاع الكهرباء.",
        "لقي ثلاثة أشخاص مصرعهم أمس الثلاثاء إثر تحطم طائرة صغيرة فوق حي سكني في مدينة جدة.",
        "سقطت طائرة مقاتلة في بلدة أريحا بريف إدلب وأسفر ذلك عن مقتل 20 شخصا.",
        "لقي طيار مصرعه في استعراض جوي عسكري قرب مدينة حمص.",
    ]
    for text in texts:
        assert not [e for e in _events(text) if e["acled_row"]], text
    # a town overrun by fighters stays a capture
    assert _places("اجتاح مسلحو التنظيم بلدة مارع في ريف حلب أمس.", "Battles")


def test_the_details_told_next_are_the_same_clash_at_their_place() -> None:
    text = (
        "شهدت محافظة الأنبار أمس الثلاثاء استنفارا أمنيا.\nوكشف المتحدث العسكري عن تفاصيل صد القوات هجوما إرهابيا "
        "وقتل أحد المهاجمين. وقال المتحدث إن القوات المتواجدة بمحافظة صلاح الدين فوجئت بإطلاق نيران عشوائية تجاهها "
        "من مسلحين وقامت بالرد الفوري وتصفية أحدهما."
    )
    battles = [e for e in _events(text) if e["acled_row"] and e["acled_event_type"] == "Battles"]
    assert len(battles) == 1
    assert battles[0]["location"]["name_ar"] == "صلاح الدين"
    # an event with its own place is not the details of the one before it
    text = (
        "شهدت محافظة الأنبار أمس الثلاثاء استنفارا أمنيا.\nوصدت القوات هجوما إرهابيا في مدينة الرمادي. وفي محافظة "
        "صلاح الدين فوجئت القوات بإطلاق نيران عشوائية تجاهها من مسلحين وقامت بالرد الفوري وتصفية أحدهما."
    )
    battles = [e for e in _events(text) if e["acled_row"] and e["acled_event_type"] == "Battles"]
    assert len(battles) == 2


# -------------------------------------------------------------------- 3. events with no place
def test_a_local_group_named_with_its_town_places_its_act_there() -> None:
    text = "ألقت المقاومة الشعبية في عدن القبض على جنود متنكرين كباعة متجولين في عدد من شوارع المدينة."
    rows = [e for e in _events(text, "2015-08-07") if e["acled_row"]]
    assert [(e["acled_sub_event_type"], e["location"]["admin1"]) for e in rows] == [("Arrests", "Aden")]
    # the group without a town: still no place, so no row
    text = "ألقت المقاومة الشعبية القبض على جنود متنكرين كباعة متجولين."
    assert not [e for e in _events(text, "2015-08-07") if e["acled_row"]]
