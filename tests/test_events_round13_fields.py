"""Actor1 rules of the thirteenth events round (issue 12, helper fa): who actor1 is in constructions that recur in
three or more of the tune files' first runs and today's rows.

Each rule is checked on sentences written for rasd (none copied from a corpus):

- the body whose men are counted dead or wounded before the trigger (قتل أربعة من عناصر الجيش إثر انفجار، تمكنت
  القوات من قتل تسعة من عناصر داعش في اشتباكات، عدد من عناصر التنظيم قتلوا في غارات، عدد قتلى أفراد الجيش) is
  what was hit, not who struck (tune9, tune11, tune14; first runs of tune4, tune5, tune8, tune9, tune10, tune11);
- what a side aims at (صواريخ مستهدفة قوات …، قوة أنشئت لمحاربة داعش) and what belongs to a side by a verb
  (آليات تتبع الحوثيين، مسلحون ينتمون إلى حزب العمال) (tune11, tune12, tune14);
- a shell that falls on a Saudi border province with its shooter unnamed is fired from Yemen (tune4, tune13, tune14);
- the United States named with its allies, and the coalition's joint task force, are the coalition (tune8, tune9,
  tune10, tune12, tune14 name it so; tune10 and tune14 had the rows wrong).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_checks import events as _events
from tests.event_checks import rows as _rows


def _name(actor: dict[str, Any] | None) -> str:
    return str(actor.get("name") or "") if actor else ""


def _first(text: str, event_type: str, published: str = "2015-08-10") -> dict[str, Any]:
    rows = [r for r in _rows(text, published=published) if r["acled_event_type"] == event_type]
    assert rows, text
    return rows[0]


# ------------------------------------------------------------------------- the men counted dead are the hit side
def test_the_army_whose_men_a_bomb_killed_is_not_its_author() -> None:
    row = _first(
        "قتل ثلاثة من عناصر الجيش المصري وأصيب اثنان آخران صباح اليوم إثر انفجار لغم أرضي في مدينة الشيخ زويد.",
        "Explosions/Remote violence",
    )
    assert "Egypt" in _name(row["actor1"]) and "Military Forces" not in _name(row["actor1"]), row["actor1"]


def test_the_group_whose_fighters_were_killed_in_a_clash_is_not_actor1() -> None:
    row = _first(
        "وتمكنت وحدة من الجيش العراقي من قتل تسعة من عناصر تنظيم داعش خلال اشتباكات عنيفة قرب مدينة بيجي أمس.",
        "Battles",
    )
    assert "Islamic State" not in _name(row["actor1"]), row["actor1"]


def test_a_counted_group_whose_men_died_in_strikes_did_not_strike() -> None:
    row = _first(
        "وقال المسؤول المحلي إن عددا من عناصر تنظيم داعش قتلوا أمس في قصف استهدف مقراتهم قرب مدينة الحسكة.",
        "Explosions/Remote violence",
    )
    assert "Islamic State" not in _name(row["actor1"]), row["actor1"]


@pytest.mark.parametrize(
    "text",
    [
        "وقتل مسلحون جنديين أمس في هجوم على دورية في مدينة ديار بكر جنوب شرق تركيا ليرتفع عدد قتلى أفراد الجيش "
        "التركي منذ مطلع الشهر إلى 30 قتيلا.",
        "وقتل مسلحون جنديين في هجوم بولاية ماردين أمس ليرتفع عدد قتلى أفراد قوات الأمن التركية منذ مطلع الشهر إلى 30 "
        "قتيلا.",
    ],
)
def test_the_force_whose_dead_are_counted_is_not_the_attacker(text: str) -> None:
    # the running toll makes the event an aggregate, not a row: its actor1 is read all the same
    battles = [e for e in _events(text) if e["acled_event_type"] == "Battles"]
    assert battles, text
    assert "Turkey" in _name(battles[0]["actor1"]) and "Forces" not in _name(battles[0]["actor1"]), battles[0]["actor1"]


def test_a_group_close_to_another_keeps_its_deed() -> None:
    # "المقربة من حزب العمال … أنها قتلت": a relation, no count of the dead before من
    row = _first(
        "وأعلنت جماعة شبابية مقربة من حزب العمال الكردستاني أنها قتلت شرطيا في مدينة أضنة مساء أمس.",
        "Violence against civilians",
    )
    assert _name(row["actor1"]) == "PKK: Kurdistan Workers Party", row["actor1"]


def test_gunmen_of_a_group_are_still_its_arm() -> None:
    row = _first(
        "قتل مسلحون من جماعة بوكو حرام أمس 12 قرويا في هجوم على قرية قرب مدينة مايدوغوري.", "Violence against civilians"
    )
    assert "Boko Haram" in _name(row["actor1"]), row["actor1"]


# ------------------------------------------------------------------------- aimed at, belonging to
def test_what_a_salvo_is_aimed_at_is_the_target() -> None:
    row = _first(
        "وأطلق عناصر تنظيم داعش فجر اليوم قذائف صاروخية مستهدفين قوات البيشمركة المتمركزة قرب بلدة مخمور.",
        "Explosions/Remote violence",
    )
    assert "Islamic State" in _name(row["actor1"]), row["actor1"]
    assert _name(row["actor2"]) == "Peshmerga", row["actor2"]


def test_the_group_a_force_was_formed_to_fight_is_not_the_attacker() -> None:
    row = _first(
        "وشنت فصائل معارضة هجوما أمس على مقاتلين تلقوا تدريبا لقتال تنظيم داعش في ريف حلب الشمالي.",
        "Battles",
    )
    assert "Islamic State" not in _name(row["actor1"]), row["actor1"]


def test_what_belongs_to_a_side_by_a_verb_is_hit() -> None:
    row = _first(
        "شنت طائرات التحالف بقيادة السعودية غارات على مخازن أسلحة وآليات تتبع الحوثيين في مدينة صعدة أمس.",
        "Explosions/Remote violence",
    )
    assert "Houthi" not in _name(row["actor1"]) and "Supreme" not in _name(row["actor1"]), row["actor1"]


def test_gunmen_who_belong_to_a_group_are_its_arm() -> None:
    row = _first(
        "وقتل جندي تركي أمس في هجوم شنه مسلحون ينتمون لحزب العمال الكردستاني في بلدة نصيبين.",
        "Battles",
    )
    assert _name(row["actor1"]) == "PKK: Kurdistan Workers Party", row["actor1"]


# ------------------------------------------------------------------------- fire across the Saudi-Yemeni border
@pytest.mark.parametrize(
    "text",
    [
        "أصيب مواطنان أمس جراء سقوط مقذوف عسكري على قرية في محافظة صامطة بمنطقة جازان.",
        "استشهد رقيب في منطقة نجران أمس إثر إصابته بشظايا قذيفة هاون.",
    ],
)
def test_an_unnamed_shell_on_a_saudi_border_province_came_from_yemen(text: str) -> None:
    row = _first(text, "Explosions/Remote violence")
    assert _name(row["actor1"]) == "Unidentified Armed Group (Yemen)", row["actor1"]


def test_a_bomb_in_a_border_province_is_no_fire_across_the_border() -> None:
    row = _first(
        "انفجرت عبوة ناسفة أمس في سيارة بمدينة خميس مشيط في منطقة عسير دون وقوع إصابات.", "Explosions/Remote violence"
    )
    assert "Yemen" not in _name(row["actor1"]), row["actor1"]


def test_before_the_war_a_border_shell_keeps_the_country_hit() -> None:
    row = _first(
        "أصيب مواطن أمس جراء سقوط قذيفة هاون على قرية في محافظة صامطة بمنطقة جازان.",
        "Explosions/Remote violence",
        published="2014-06-10",
    )
    assert "Yemen" not in _name(row["actor1"]), row["actor1"]


# ------------------------------------------------------------------------- the United States with its allies
@pytest.mark.parametrize(
    "text",
    [
        "قال الجيش الأمريكي اليوم إن الولايات المتحدة وحلفاءها نفذوا 15 غارة جوية على أهداف لتنظيم داعش قرب مدينة "
        "الرمادي أمس.",
        "وأوضح بيان لقوة المهام المشتركة اليوم الأحد أن ست غارات جوية استهدفت مواقع لتنظيم داعش قرب مدينة كوباني أمس.",
    ],
)
def test_the_united_states_with_its_allies_is_the_coalition(text: str) -> None:
    row = _first(text, "Explosions/Remote violence")
    assert _name(row["actor1"]) == "Global Coalition Against Daesh", row["actor1"]


# ------------------------------------------------------------------------- admin1: a bearing gives way to the province
@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # what the advance nears (أكثر من العاصمة صنعاء) is not where it was
        (
            "وسيطرت المقاومة الشعبية اليوم على مواقع جديدة في محافظة الضالع الأمر الذي يقربها أكثر من العاصمة صنعاء.",
            "Ad Dali",
        ),
        # a road named by its two ends (طريق الإسماعيلية - القاهرة): the province the text ties the village to
        (
            "وقتل جندي أمس إثر هجوم مسلح على حاجز أمني على طريق (الإسماعيلية - القاهرة) قرب قرية تابعة لمحافظة "
            "الإسماعيلية.",
            "Ismailia",
        ),
    ],
)
def test_a_town_named_as_a_bearing_gives_way_to_the_named_province(text: str, admin1: str) -> None:
    rows = _rows(text)
    assert rows, text
    assert rows[0]["location"]["admin1"] == admin1, rows[0]["location"]


def test_a_city_where_the_event_was_keeps_its_province() -> None:
    rows = _rows("وانفجرت سيارة مفخخة أمس في العاصمة صنعاء، بعد يوم من معارك عنيفة في محافظة مأرب.")
    blasts = [r for r in rows if r["acled_event_type"] == "Explosions/Remote violence"]
    assert blasts
    assert blasts[0]["location"]["admin1"] == "Amanat al Asimah", blasts[0]["location"]
