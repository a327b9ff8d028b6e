"""actor1 and a row's status on unseen articles (round 28, helper ac15).

A planted bomb's intransitive blast (انفجرت عبوة ناسفة) has no subject after it: a state's force named further on is hit
or responding, never the planter. A strike noun with its epithets before the side after ل (جراء القصف المكثف لطيران
التحالف) is that side's. A count's noun between the number and the partitive (12 عنصراً من مسلحي الحوثي قتلوا) still
counts the side's dead. Who supplied the weapons (زودتها بها دول التحالف) did not fight with them. A verbal noun after
"so that X can" (لتتمكن المقاومة من تحرير …) is an aim, not a capture. "The Kurdish rebellion" of Turkey's news is the
PKK, and a military operation named by its nationality (عملية عسكرية تركية) is that state's. An attack a reply answers
(هي رد على الهجوم الانتحاري) is not the replier's by inference from the sentences before. "The revolutionaries"
(الثوار) point back at the last rebel group or militia that is no competing authority. Every sentence below was written
for this test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import events, rows


def _actor1(found: list[dict[str, Any]], sub: str) -> list[str | None]:
    return [(e.get("actor1") or {}).get("name") for e in found if e["acled_sub_event_type"] == sub]


def test_a_force_named_after_an_intransitive_blast_is_not_its_planter() -> None:
    text = (
        "أعلنت وزارة الداخلية المصرية إصابة ثلاثة من رجالها في حادث إرهابي بسيناء، وأوضحت أنه أثناء مرور مدرعة "
        "بطريق قرب مدينة العريش انفجرت بها عبوة ناسفة مما أدى إلى استشهاد ضابط ومجند من قوات أمن شمال سيناء.. "
        "وتواصل الأجهزة الأمنية جهودها لكشف ملابسات الحادث."
    )
    names = _actor1(rows(text, published="2015-08-10"), "Remote explosive/landmine/IED")
    assert names and all(n == "Unidentified Armed Group (Egypt)" for n in names)


def test_a_group_named_as_the_planter_after_the_blast_stays_its_doer() -> None:
    # trap: a non-state group after the blast verb is still read
    text = "انفجرت عبوة ناسفة زرعها مسلحو تنظيم داعش على طريق في محافظة الأنبار أمس مما أدى إلى مقتل جنديين."
    names = _actor1(rows(text, published="2015-08-10"), "Remote explosive/landmine/IED")
    assert names and all(n is not None and n.startswith("Islamic State") for n in names)


def test_the_side_after_a_strike_noun_and_its_epithets_is_the_strikes_doer() -> None:
    text = (
        "وقال سكان إن المئات من مسلحي الحوثي فروا من مواقعهم في مديرية زنجبار، مشيرين إلى أن انفجارات عنيفة "
        "سمعت في تلك المواقع جراء القصف المكثف لطيران التحالف."
    )
    names = _actor1(rows(text, published="2015-08-05"), "Air/drone strike")
    assert names and all(n == "Operation Restoring Hope" for n in names)


def test_a_counts_noun_before_the_partitive_still_counts_the_sides_dead() -> None:
    text = (
        "وأوضحت مصادر محلية أن 12 عنصراً من مسلحي الحوثي وقوات صالح قتلوا في مواجهات بمديرية صرواح غربي مأرب، "
        "بينما قتل اثنان من أفراد المقاومة الشعبية."
    )
    names = _actor1(rows(text, published="2015-08-05"), "Armed clash")
    assert names and names[0] == "Popular Resistance"


def test_who_supplied_the_weapons_did_not_take_the_town() -> None:
    text = (
        "وحققت القوات الموالية للرئيس هادي المدعومة من التحالف، والتي تقاتل بعتاد حديث زودتها به دول التحالف، "
        "تقدما جديدا، وطردت أمس الحوثيين من مدينة شقرة الساحلية في محافظة أبين."
    )
    names = _actor1(rows(text, published="2015-08-12"), "Government regains territory")
    assert names and all(n is not None and n.startswith("Military Forces of Yemen (2012-)") for n in names)


def test_a_capture_after_so_that_they_can_is_an_aim_not_a_row() -> None:
    text = "ووصلت تعزيزات عسكرية كبيرة إلى محافظة الضالع أمس لتتمكن المقاومة الشعبية من تحرير مدينة قعطبة."
    found = events(text, published="2015-08-07")
    captures = [e for e in found if e["acled_sub_event_type"] == "Government regains territory"]
    assert captures and all(not e["acled_row"] and e["status"] == "future" for e in captures)


def test_a_capture_the_side_managed_stays_a_row() -> None:
    # trap: the past تمكنت من tells the act as done
    text = "وتمكنت المقاومة الشعبية أمس من تحرير مدينة قعطبة بعد معارك عنيفة مع مسلحي الحوثي."
    assert "Government regains territory" in [e["acled_sub_event_type"] for e in rows(text, published="2015-08-07")]


def test_the_kurdish_rebellion_of_turkeys_news_is_the_pkk() -> None:
    text = (
        "وقتل شرطيان تركيان بالرصاص صباح أمس في ولاية ماردين، في هجوم نسبته السلطات إلى التمرد الكردي، فيما واصل "
        "الجيش التركي غاراته على شمال العراق."
    )
    names = _actor1(rows(text, published="2015-07-31"), "Armed clash")
    assert names and names[0] == "PKK: Kurdistan Workers Party"


def test_an_operation_named_by_its_nationality_is_that_states() -> None:
    text = (
        "وقتل ثلاثة من عناصر الشرطة التركية بالرصاص فجر أمس في ولاية ماردين، في هجوم جديد نسبته الحكومة إلى التمرد "
        "الكردي وسط تصاعد التوتر في البلاد وإطلاق عملية عسكرية تركية ضد المسلحين في شمال العراق."
    )
    found = rows(text, published="2015-07-31")
    ops = [e for e in found if "عملية" in e["mentions"][0]["trigger"]["text"]]
    assert ops and all((e.get("actor1") or {}).get("name", "").startswith("Military Forces of Turkey") for e in ops)


def test_an_attack_a_reply_answers_is_not_the_repliers_by_inference() -> None:
    text = (
        "وتبنى حزب العمال الكردستاني أمس قتل شرطيين تركيين في بلدة جيلان بينار. وقال إن هذه العملية هي رد على "
        "الهجوم الانتحاري الذي استهدف ناشطين أكرادا في بلدة سروج وأسفر عن سقوط 32 قتيلا."
    )
    found = events(text, published="2015-07-24")
    bombs = [e for e in found if e["acled_sub_event_type"] == "Suicide bomb"]
    assert bombs and all((e.get("actor1") or {}).get("name") != "PKK: Kurdistan Workers Party" for e in bombs)


def test_the_revolutionaries_point_back_at_the_resistance_not_the_houthis() -> None:
    text = (
        "وكشفت مصادر في المقاومة الشعبية أن جثث العشرات من ميليشيات الحوثي ما زالت ملقاة في محيط مطار عدن الذي كان "
        "الثوار استعادوه مساء أول من أمس."
    )
    names = _actor1(rows(text, published="2015-07-20"), "Government regains territory")
    assert names and all(n == "Popular Resistance" for n in names)


def test_the_revolutionaries_in_syria_are_the_opposition() -> None:
    # trap: the same word after a Syrian rebel group names that group
    text = (
        "وقالت فصائل المعارضة السورية إن قوات النظام قصفت بلدة الزبداني أمس، فيما أعلن الثوار سيطرتهم على حاجز "
        "عسكري في ريف إدلب بعد اشتباكات عنيفة."
    )
    names = _actor1(rows(text, published="2015-07-28"), "Non-state actor overtakes territory")
    assert names and all(n == "Opposition Rebels (Syria)" for n in names)


def test_a_claim_the_sentence_calls_a_fabrication_is_no_row() -> None:
    text = (
        "وسخر وزير الداخلية اليمني من ادعاءات الحوثيين باستهداف قاعدة العند بصواريخ بعيدة المدى، مؤكدا أنها فبركات "
        "لرفع معنويات أنصارهم بعد هزائمهم في عدن."
    )
    found = events(text, published="2015-08-04")
    hits = [e for e in found if e["acled_event_type"] == "Explosions/Remote violence"]
    assert hits and all(not e["acled_row"] and e["status"] == "denied" for e in hits)


def test_a_claim_no_one_rejects_stays_a_row() -> None:
    # trap: a side's claim with no word of fabrication is still reported
    text = "وأعلن الحوثيون أمس استهداف قاعدة العند بصواريخ الكاتيوشا، فيما قال سكان إن انفجارات سمعت في المنطقة."
    assert any(e["acled_event_type"] == "Explosions/Remote violence" for e in rows(text, published="2015-08-04"))


def test_an_attack_said_to_be_a_matter_of_time_is_no_row() -> None:
    text = "وقال ضابط كبير في الجيش الإسرائيلي إن هجوم تنظيم داعش على مدينة إيلات الساحلية بات مسألة وقت."
    found = events(text, published="2015-08-04")
    hits = [e for e in found if e["acled_event_type"] == "Battles"]
    assert hits and all(not e["acled_row"] for e in hits)


def test_a_clash_told_by_a_militias_sources_with_no_side_named_is_that_militias() -> None:
    text = (
        "وساد الهدوء العاصمة صنعاء صباح اليوم، إلا أن مصادر بفصائل تعارض الحوثيين تحدثت عن اشتباكات عنيفة في "
        "مديرية صرواح بمحافظة مأرب فجر اليوم."
    )
    names = _actor1(rows(text, published="2015-07-27"), "Armed clash")
    assert names and all(n == "Popular Resistance" for n in names)


def test_a_drone_strike_said_likely_of_a_nationality_is_that_states_not_its_dead() -> None:
    text = (
        "وقال مسؤول محلي إن ثلاثة مسلحين يشتبه بانتمائهم إلى تنظيم القاعدة قتلوا فجر أمس في غارة لطائرة بلا طيار "
        "يرجح أنها أمريكية استهدفت سيارتهم في محافظة شبوة جنوب اليمن."
    )
    names = _actor1(rows(text, published="2015-07-30"), "Air/drone strike")
    assert names and all(n is not None and n.startswith("Military Forces of the United States") for n in names)
