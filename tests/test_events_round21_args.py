"""Fatalities and actor1 on short articles (round 21, helper ac8; issue 12).

Dead told without a number are ACLED's "several", 10 (the lead's round-21 ruling 4): killed and wounded told
together with no count of the dead ("مقتل وإصابة العشرات"، "استشهاد وجرح عدد من")، indefinite dead after a word of
falling ("سقط قتلى وجرحى"، "بوقوع قتلى في صفوف")، a word of killing before a plural of people with no count ("قتل
جنود من"، "استشهاد رجال الأمن"); never the dead of a cause (ردا على مقتل جنود) nor a count of dead and wounded
together (مقتل وإصابة 60). The dual of a killing verb counts two. An armed clash whose only named side is a named armed
group takes that group as actor1 instead of ACLED's unidentified default. Every sentence below was written for this
test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _dead(found: list[dict[str, Any]]) -> list[int | None]:
    return [(e.get("fatalities") or {}).get("value") for e in found]


def _actor1(found: list[dict[str, Any]]) -> list[str | None]:
    return [(e.get("actor1") or {}).get("name") for e in found]


def test_killed_and_wounded_dozens_are_several_dead() -> None:
    text = (
        "شنت طائرات التحالف أمس الثلاثاء غارات على معسكر للحوثيين في محافظة صعدة أسفرت عن مقتل وإصابة العشرات من "
        "المسلحين."
    )
    found = rows(text, published="2015-08-05")
    assert found and _dead(found) == [10]


def test_martyred_and_wounded_a_number_of_are_several_dead() -> None:
    text = "انفجرت عبوة ناسفة أمس الثلاثاء بدورية للشرطة في مدينة العريش أسفرت عن استشهاد وجرح عدد من رجال الأمن."
    found = rows(text, published="2015-08-05")
    assert found and _dead(found) == [10]


def test_dead_and_wounded_fell_is_several_dead() -> None:
    text = "سقط قتلى وجرحى أمس الثلاثاء جراء قصف طيران التحالف لمعسكر الحمزة في محافظة إب."
    found = rows(text, published="2015-08-05")
    assert found and _dead(found) == [10]


def test_dead_in_the_ranks_of_a_side_are_several_dead() -> None:
    text = (
        "شنت طائرات التحالف أمس الثلاثاء غارات على معسكر للحوثيين في صنعاء، وأفادت مصادر بوقوع قتلى في صفوف المسلحين."
    )
    found = rows(text, published="2015-08-05")
    assert found and _dead(found) == [10]


def test_a_plural_of_soldiers_killed_is_several_dead() -> None:
    text = "قتل جنود من الجيش التركي أمس الثلاثاء في هجوم بسيارة مفخخة على ثكنة عسكرية في ولاية شرناق."
    found = rows(text, published="2015-08-05")
    assert found and _dead(found) == [10]


def test_the_martyrdom_of_security_men_in_a_condolence_is_several_dead() -> None:
    text = (
        "قدم أمير المنطقة التعازي في استشهاد رجال الأمن في التفجير الذي استهدف مسجدا للشرطة في مدينة أبها أمس الثلاثاء."
    )
    found = rows(text, published="2015-08-05")
    assert found and _dead(found) == [10]


def test_killing_a_number_of_soldiers_is_several_dead() -> None:
    text = "هاجم مسلحون أمس الثلاثاء حاجزا للجيش في مدينة الرمادي وقتلوا عددا من الجنود."
    found = rows(text, published="2015-08-05")
    assert found and _dead(found) == [10]


def test_the_dead_of_the_cause_are_not_the_retaliations() -> None:
    text = "قصفت المدفعية التركية أمس الثلاثاء مواقع لحزب العمال الكردستاني في ولاية هكاري ردا على مقتل جنود أتراك."
    found = rows(text, published="2015-08-05")
    assert found and 10 not in _dead(found)


def test_a_count_of_dead_and_wounded_together_is_not_several() -> None:
    text = "اندلعت أمس الثلاثاء اشتباكات عنيفة في مدينة سبها جنوب ليبيا أسفرت عن مقتل وإصابة 60 شخصا."
    found = rows(text, published="2015-08-05")
    assert found and 10 not in _dead(found)


def test_gunmen_of_a_group_who_killed_are_not_the_dead() -> None:
    text = "قتل مسلحون من جماعة بوكو حرام أمس الثلاثاء عشرات القرويين في هجوم على قرية في ولاية بورنو."
    found = rows(text, published="2015-08-05")
    assert found and 10 not in _dead(found)


def test_the_dual_of_a_killing_verb_counts_two() -> None:
    text = (
        "نقلت طائرة مروحية أمس جثماني الشهيدين اللذين استشهدا أثناء المواجهة مع الميليشيات الحوثية المتمردة على "
        "الحدود بمنطقة نجران."
    )
    found = rows(text, published="2015-08-05")
    assert found and _dead(found) == [2]


def test_the_only_named_side_of_a_clash_is_actor1() -> None:
    text = "لقي جندي سعودي حتفه أمس الثلاثاء في اشتباك مع مسلحين حوثيين حاولوا التسلل عبر الحدود في منطقة جازان."
    found = rows(text, published="2015-08-05")
    assert found and all("Unidentified" not in (name or "") for name in _actor1(found))
    assert any("Supreme Revolutionary" in (name or "") or "Houthi" in (name or "") for name in _actor1(found))


def test_police_attacked_by_unknown_gunmen_stay_the_side_hit() -> None:
    text = "هاجم مسلحون مجهولون أمس الثلاثاء نقطة للشرطة في مدينة العريش واشتبكوا مع عناصرها."
    found = rows(text, published="2015-08-05")
    assert found and all((name or "").startswith("Unidentified") for name in _actor1(found))


def test_a_reply_does_not_take_the_dead_of_its_cause() -> None:
    text = "قصفت المدفعية التركية أمس الخميس مواقع لتنظيم داعش في سوريا ردا على مقتل أحد جنودها."
    found = rows(text, published="2015-07-24")
    shelling = [e for e in found if e["acled_sub_event_type"] == "Shelling/artillery/missile attack"]
    assert shelling and all(not (e.get("fatalities") or {}).get("value") for e in shelling)


def test_a_capture_keeps_the_dead_of_its_fight() -> None:
    text = "سيطرت قوات النظام أمس على بلدة تل أعور في ريف إدلب بعد مقتل 30 عنصرا من المعارضة."
    found = rows(text, published="2015-07-24")
    assert found and 30 in _dead(found)
