"""Round 12 (issue 12, helper eb3): event recall on fresh articles. Constructions that the blind files of round 11
(tune10, tune11) showed rasd missing: control spread over a place (بسط السيطرة), the wire services' car bomb (سيارة
ملغومة), "the strikes" of a statement after a sentence of air strikes, "the other strikes" as the rest of the set,
and another bombing told as the next item of a report with its own toll. Every sentence here was written for rasd
(none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _read(found: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    return sorted((e["acled_sub_event_type"], (e.get("location") or {}).get("admin1")) for e in found)


def test_control_spread_over_a_town_is_its_capture() -> None:
    found = rows("بسطت قوات الجيش الوطني سيطرتها على مدينة زنجبار عاصمة محافظة أبين أمس بعد معارك مع الحوثيين.")
    assert _read(found) == [("Government regains territory", "Abyan")]
    assert found[0]["trigger"]["text"] == "بسطت"
    # the verb without control over a place (a hand held out, a table laid) is no capture
    assert rows("يبسط الرئيس يده للمصالحة مع المعارضة في الرياض.") == []
    assert rows("بسط الباعة بضائعهم على أرصفة السوق في مدينة عدن صباح اليوم.") == []


def test_a_car_bomb_told_with_the_wire_word_is_a_remote_explosive() -> None:
    found = rows("وأعلن تنظيم داعش مسؤوليته عن هجوم بسيارة ملغومة قتل 12 شخصا في سوق بمدينة بعقوبة يوم الاثنين.")
    assert _read(found) == [("Remote explosive/landmine/IED", "Diyala")]
    blast = rows("قتل خمسة أشخاص عندما انفجرت شاحنة ملغومة قرب نقطة تفتيش في مدينة الرمادي اليوم الأحد.")
    assert _read(blast) == [("Remote explosive/landmine/IED", "Al Anbar")]


def test_the_strikes_after_a_sentence_of_air_strikes_are_air_strikes() -> None:
    found = rows(
        "قالت القيادة الأمريكية إن طائراتها شنت 12 غارة جوية على مواقع التنظيم يوم السبت. "
        "وتركزت الضربات قرب مدينة بيجي."
    )
    assert _read(found) == [("Air/drone strike", "Salah Al Din")]  # the strikes told, placed by "the strikes"
    assert "ضربات" in [m["trigger"]["text"] for m in found[0]["mentions"]]
    # a bare "strikes" with nothing of the air before it stays no event (a labour strike, a blow)
    assert rows("نفذ العمال إضرابا عن العمل في المصنع أمس. وتوالت الضربات على الفريق في الشوط الثاني.") == []
    # nor when the sentence of air strikes is in another paragraph
    apart = rows("شنت الطائرات غارات جوية على مواقع التنظيم يوم السبت.\n\nوتلقى الاقتصاد الضربات الموجعة منذ عام.")
    assert all(e["trigger"]["text"] != "ضربات" for e in apart)


def test_the_other_strikes_are_the_rest_of_the_set_at_their_own_places() -> None:
    found = rows(
        "قال التحالف في بيان إن طائراته نفذت خمس غارات جوية قرب مدينة الموصل يوم السبت. "
        "وجرت الضربات الأخرى في الفلوجة وتلعفر ومخمور."
    )
    places = sorted((e.get("location") or {}).get("admin1") for e in found)
    assert places == ["Al Anbar", "Erbil", "Ninewa", "Ninewa"]
    assert all(e["acled_sub_event_type"] == "Air/drone strike" for e in found)
    assert all((e.get("date") or {}).get("value") for e in found)


def test_another_bombing_told_with_its_own_toll_is_a_row_of_its_own() -> None:
    found = rows(
        "وقال مصدر أمني إن ثمانية أشخاص قتلوا في انفجار سيارة ملغومة في سوق بمدينة بعقوبة اليوم الاثنين. "
        "وأضاف المصدر أن سبعة آخرين قتلوا وأصيب 25 في تفجير آخر شرقي المدينة."
    )
    assert len(found) == 2
    assert all((e.get("date") or {}).get("value") == "2015-08-10" for e in found)
    # told in the pluperfect, another bombing is an earlier one recalled: no row of its own
    recalled = rows(
        "قتل ثلاثة أشخاص في انفجار عبوة ناسفة في بغداد اليوم. "
        "وكان خمسة أشخاص قتلوا في تفجير آخر في المدينة الشهر الماضي."
    )
    assert len(recalled) == 1


def test_strikes_near_several_towns_are_one_event_per_town() -> None:
    found = rows("قال الجيش الأمريكي إن طائرات التحالف شنت أربع غارات قرب الموصل وثلاثا قرب الرمادي يوم السبت.")
    assert _read(found) == [("Air/drone strike", "Al Anbar"), ("Air/drone strike", "Ninewa")]
    # a town and the place it is near are one place, not two
    near = rows("قصفت طائرات حربية قرية قرب مدينة الرمادي يوم السبت مما أدى إلى مقتل ثلاثة مدنيين.")
    assert len(near) == 1


def test_a_knife_as_object_a_beating_as_noun_and_dhaka() -> None:
    # the knife told as what the stabber carried meets the stabbing's needs
    knife = rows("طعن شاب إسرائيليا كان يحمل خنجرا في محطة حافلات بمدينة القدس اليوم.")
    assert [e["acled_sub_event_type"] for e in knife] == ["Attack"]
    # a beating suffered, told as a noun with the victim's pronoun
    beaten = rows("نقل الصحفي إلى المستشفى بعد تعرضه للضرب في مدينة عدن أمس.")
    assert [e["acled_sub_event_type"] for e in beaten] == ["Attack"]
    # Dhaka (دكا) is no "pounding": a strike in Dhaka is typed by its own weapon, a march there is only a march
    march = rows("تظاهر آلاف العمال في دكا أمس للمطالبة برفع الأجور.")
    assert [e["acled_sub_event_type"] for e in march] == ["Peaceful protest"]
    blast = rows("قتل شخصان في انفجار قنبلة في دكا عاصمة بنغلادش اليوم.")
    assert [e["acled_sub_event_type"] for e in blast] == ["Remote explosive/landmine/IED"]
    # a lawyer's appeal (طعن في الحكم) is no stabbing
    assert rows("طعن المحامي في الحكم أمام محكمة الاستئناف في القاهرة أمس.") == []
