"""Round 11 (issue 12, helper eb): Battles and the mentions of one event. A clash told in a clause of its own is not
folded into another kind of event of its sentence: fighting beside a one-sided attack on people (ACLED types a
two-sided exchange as a battle), and a fight in one province beside a strike in another. Every sentence here was
written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _read(found: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    return sorted((e["acled_event_type"], (e.get("location") or {}).get("admin1")) for e in found)


def test_fighting_in_its_own_clause_is_no_detail_of_an_attack_on_people() -> None:
    found = rows(
        "أكدت مصادر محلية أن الاعتداءات الحوثية على الأبرياء مستمرة في مدينة تعز، مبينة أن المواجهات تدور حاليا "
        "في حي الجحملية شرق المدينة."
    )
    assert [e["acled_event_type"] for e in found] == ["Battles"]
    # the dead of the attack, typed a clash by their arms (مقتل شرطي), stay the attack's toll
    attack = rows(
        "وقالت الشرطة إن هجوما وقع مساء أمس في مدينة العريش ونسب إلى مسلحين مجهولين، أدى إلى مقتل شرطي وإصابة آخر."
    )
    assert len(attack) == 1


def test_a_fight_and_a_strike_of_two_provinces_are_two_events() -> None:
    found = rows(
        "أعلنت فصائل المعارضة أمس تقدمها في ريف إدلب الجنوبي وقتلها عشرات من عناصر قوات النظام، وأفادت مصادر أن "
        "طائرات حربية شنت غارات على مواقع التنظيم في ريف حلب الشمالي."
    )
    assert _read(found) == [("Battles", "Idleb"), ("Explosions/Remote violence", "Aleppo")]


def test_the_toll_or_the_sequel_of_one_province_stays_with_its_event() -> None:
    # the dead told in the province of the strike: its toll
    toll = rows(
        "شنت طائرات التحالف غارات على مواقع الحوثيين في محافظة صعدة، ما أدى إلى مقتل عشرات المسلحين في المحافظة."
    )
    assert _read(toll) == [("Explosions/Remote violence", "Sadah")]
    # a weak verb going on with the strike's subject (كما استهدفت) is no clash of its own, whatever province it names
    more = rows(
        "شنت المقاتلات غارات عنيفة على تجمعات المسلحين في محافظة حجة، كما استهدفت تعزيزات عسكرية للمتمردين في "
        "محافظة البيضاء."
    )
    assert all(e["acled_event_type"] != "Battles" for e in more)


def test_attacks_the_text_calls_separate_are_not_the_lead_told_again() -> None:
    lead = "اندلعت أمس اشتباكات عنيفة بين الشرطة ومسلحين في مدينة العريش أسفرت عن مقتل شرطي."
    found = rows(lead + " وفي هجومين منفصلين قتل مسلحون مجهولون جنديين آخرين.")
    assert [e["acled_event_type"] for e in found] == ["Battles", "Battles"]
    # the same killing told with no such word is the lead's clash told again
    assert len(rows(lead + " وقتل المسلحون جنديين آخرين.")) == 1


def test_an_entry_won_into_a_place_is_its_capture() -> None:
    # تمكن/نجح … من/في دخول + a place: the fighters took it from its holders; the fight before is the capture's way
    for text, admin1 in (
        (
            "قال قائد ميداني إن مقاتلي المعارضة نجحوا أمس في دخول بلدة مورك بريف حماة بعد معارك مع قوات النظام.",
            "Hama",
        ),
        ("وتمكن الجيش الليبي أمس من دخول عدة أحياء في مدينة درنة بعد اشتباكات مع مسلحي التنظيم.", "Darnah"),
    ):
        assert _read(rows(text)) == [("Battles", admin1)], text
        assert rows(text)[0]["acled_sub_event_type"] != "Armed clash", text
    # kept out, or let in, by others: no capture
    assert rows("منعت السلطات الصحفيين من دخول مدينة درنة أمس.") == []
    assert rows("وتمكن المواطنون من دخول مدينة عدن بعد فتح الطريق.") == []


def test_the_fighting_of_the_day_is_no_mention_of_an_offensive_of_weeks() -> None:
    # "الاشتباكات" of yesterday names no sweep of another kind told before (a two-week offensive): a row of its own
    found = rows(
        "وكانت القوات الحكومية قد بدأت منذ أسبوعين هجوما واسعا على بلدة مورك وتمكنت من الدخول إلى بعض أحيائها. "
        "وتواصلت الاشتباكات العنيفة أمس في محيط البلدة بين الجيش ومقاتلي المعارضة."
    )
    assert [e["acled_sub_event_type"] for e in found] == ["Armed clash"]


def test_the_attack_named_again_is_the_bombing_told_not_a_clash() -> None:
    # "الهجوم" typed a clash by the army and the party it names is the car bombing told before, not the air strikes
    # the party threatens over in between
    found = rows(
        "قتل جنديان وأصيب أربعة مساء السبت في انفجار سيارة مفخخة استهدف رتلا عسكريا في محافظة ديار بكر. ولم تعلن أي "
        "جهة مسؤوليتها عن الهجوم، لكنه يأتي بينما هدد حزب العمال الكردستاني بقطع الهدنة إثر الغارات الجوية التي شنها "
        "الجيش التركي على معسكراته. ونسب الجيش التركي الهجوم إلى مسلحي الحزب."
    )
    assert [e["acled_sub_event_type"] for e in found] == ["Remote explosive/landmine/IED"]
