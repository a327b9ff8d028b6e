"""actor1 on true rows: a side inferred from outside the clause is not the doer when its own sentence tells it hit
(round 30, helper ac17).

A row whose clause names no doer takes one by inference: the subject of the clause before, a side named earlier in the
sentence, the paragraph's one armed group. When the trigger's own sentence counts that same side's men dead (عدد آخر من
عناصر التنظيم لقوا حتفهم لدى قصف …؛ تمكنت قوة عسكرية من قتل سبعة من عناصر داعش في اشتباكات) or names it after a word
of a target, the side was hit, it did not act: the inference is dropped and the row takes what the text names
otherwise, or ACLED's defaults. Every sentence below was written for this test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _actor1(found: list[dict[str, Any]], sub: str) -> list[str | None]:
    return [(e.get("actor1") or {}).get("name") for e in found if e["acled_sub_event_type"] == sub]


def test_a_group_whose_men_died_under_shelling_did_not_shell() -> None:
    text = (
        "أكد قائم مقام القضاء أن 12 من عناصر تنظيم داعش قتلوا في غارات لطائرات التحالف الدولي على تلعفر. "
        "وتابع في حديث لإذاعة محلية، أن عددا آخر من عناصر التنظيم لقوا حتفهم لدى قصف القوات لمقرات في قريتي "
        "العبرة والزهيرية قرب تلعفر، لافتا إلى أن نفوذ داعش هناك يتراجع."
    )
    names = _actor1(rows(text, published="2015-08-10"), "Shelling/artillery/missile attack")
    assert names and "Islamic State (Iraq)" not in names


def test_a_group_counted_dead_in_a_clash_is_not_its_doer() -> None:
    text = (
        "شن تنظيم داعش هجوما على قرية شرقي الفلوجة أمس، فيما تمكنت قوة عسكرية في موقع آخر من قتل سبعة من "
        "عناصر داعش في اشتباكات مسلحة قرب الكرمة."
    )
    names = _actor1(rows(text, published="2015-08-10"), "Armed clash")
    # the attack told first stays IS's; the clash counting its dead is the army's, not IS's too
    assert "Islamic State (Iraq)" in names
    assert any(n is not None and n != "Islamic State (Iraq)" for n in names)


def test_an_attacker_whose_dead_are_counted_after_the_clash_keeps_it() -> None:
    # trap: a count of dead told after the trigger covers both sides of a clash; the attacker stays its doer
    text = (
        "هاجمت جبهة النصرة أمس مقرا لفصيل معارض في ريف حلب، ودارت اشتباكات بينها وبين المدافعين عن المقر "
        "أسفرت عن مقتل 20 مقاتلا، بينهم 14 عنصرا من جبهة النصرة."
    )
    names = _actor1(rows(text, published="2015-08-10"), "Armed clash")
    assert names and all(n == "Jabhat al Nusra" for n in names)


def test_a_group_that_shelled_after_its_own_attack_keeps_the_shelling() -> None:
    # trap: the inherited subject of a coordinated verb, not hit in its sentence, is still the doer
    text = "شن مسلحو تنظيم داعش هجوما على قرية شرقي الفلوجة، كما قصفوا مواقع للجيش العراقي قرب الكرمة."
    names = _actor1(rows(text, published="2015-08-10"), "Shelling/artillery/missile attack")
    assert names and all(n == "Islamic State (Iraq)" for n in names)


def test_a_group_blamed_for_a_bombing_is_not_read_as_its_target() -> None:
    # trap: "the blame was put on" a group (ألقي باللوم فيه على تنظيم داعش) names the doer, not a side hit
    text = (
        "قتل جندي تركي أمس برصاص أطلق من الجانب السوري على الحدود قرب بلدة أقجه قلعة على يد مسلحي تنظيم داعش. "
        "واستهدف تفجير انتحاري ألقي باللوم فيه على تنظيم داعش تجمعا لناشطين في بلدة سروج يوم الاثنين وأسفر عن "
        "مقتل 32 شخصا."
    )
    names = _actor1(rows(text, published="2015-07-23"), "Suicide bomb")
    assert names and all(n is not None and n.startswith("Islamic State") for n in names)
