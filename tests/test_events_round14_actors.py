"""Actors of the fourteenth events round (issue 12, helper ac2): a group named again by an anaphor.

Arabic news names a group once and then again by a bare descriptor (المتمردون، الميليشيات، المتشددين) or by its head
noun alone (التنظيم، الجبهة، الحزب). rasd read neither, so the shelling the rebels fired went to an unidentified group
and the strikes on "units of the organisation" had no target. Seen in the first runs of tune6, tune9 and tune12
(actor1) and on today's rows of tune, tune5, tune8, tune9, tune11 and tune15 (actor2). The rebel descriptors are the
words UniversalPetrarch's Arabic dictionaries code as rebels (متمرد، متشدد، ميليشيا: REB); the antecedent is the last
rebel group (the lexicon's sector REB) the article named, of the event's country. Every sentence below was written
for rasd (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows as _rows


def _name(actor: dict[str, Any] | None) -> str:
    return str(actor.get("name") or "") if actor else ""


def _rows_of(text: str, sub: str, published: str = "2015-07-27") -> list[dict[str, Any]]:
    found = [r for r in _rows(text, published=published) if r["acled_sub_event_type"] == sub]
    assert found, text
    return found


def test_the_rebels_named_after_the_houthis_fired_the_rockets() -> None:
    row = _rows_of(
        "صنعاء - رفض الحوثيون الهدنة التي أعلنها التحالف. وخرق المتمردون الهدنة بعد ساعة من سريانها، إذ أطلقوا "
        "صواريخ على أحياء سكنية في مدينة تعز.",
        "Shelling/artillery/missile attack",
    )[0]
    assert "Supreme Revolutionary Committee" in _name(row["actor1"])  # the Houthis' label of 2015
    assert row["actor1"]["inter"] == 1 and row["interaction"] == 10


def test_the_militants_after_a_named_group_are_the_target_of_the_army() -> None:
    row = _rows_of(
        "العريش - تدور اشتباكات بين الجيش المصري ومقاتلي جماعة ولاية سيناء في شمال سيناء. وقال مصدر أمني إن الجيش "
        "قصف مواقع المتشددين جنوب مدينة الشيخ زويد أمس.",
        "Shelling/artillery/missile attack",
    )[0]
    assert _name(row["actor1"]).startswith("Military Forces of Egypt")
    assert _name(row["actor2"]) == "Islamic State (Egypt)"
    assert row["interaction"] == 12  # the army against a rebel group


def test_the_organisation_alone_is_the_group_named_before() -> None:
    found = _rows_of(
        "قال التحالف الدولي إن طائراته واصلت ضرب تنظيم داعش في سوريا والعراق. وأضاف البيان أن التحالف شن 12 غارة "
        "جوية قرب مدينة الحسكة دمرت وحدات تكتيكية تابعة للتنظيم.",
        "Air/drone strike",
    )
    row = found[-1]
    assert _name(row["actor1"]) == "Global Coalition Against Daesh"
    assert _name(row["actor2"]) == "Islamic State (Syria)"
    assert row["interaction"] == 28


def test_the_rebels_are_read_only_when_a_rebel_group_was_named() -> None:
    # no rebel group named before: the descriptor stays unread and the convention for an unnamed shooter holds
    row = _rows_of(
        "تعز - أطلق المتمردون قذائف على أحياء سكنية في مدينة تعز مساء أمس.",
        "Shelling/artillery/missile attack",
    )[0]
    assert _name(row["actor1"]) == "Unidentified Armed Group (Yemen)"


def test_the_resistance_is_not_the_antecedent_of_the_militias() -> None:
    # the popular resistance is a militia of the government's side (sector PRM), not a rebel group: the militias it
    # fights are the Houthis named before
    found = _rows_of(
        "عدن - أكدت المقاومة الشعبية تقدمها في محافظة لحج بعد معارك مع الحوثيين. وشنت طائرات التحالف العربي غارات "
        "على مواقع الميليشيات قرب قاعدة العند.",
        "Air/drone strike",
    )
    row = found[-1]
    assert "Supreme Revolutionary Committee" in _name(row["actor2"])
    assert row["interaction"] == 18


def test_a_front_of_battle_is_not_the_group() -> None:
    # على الجبهة is where the fight is, not Jabhat al-Nusra named before
    found = _rows_of(
        "حلب - قالت مصادر إن جبهة النصرة انسحبت من قرية قرب اعزاز. وقتل جندي من قوات النظام بقذيفة على الجبهة "
        "الشمالية لمدينة حلب أمس.",
        "Shelling/artillery/missile attack",
    )
    assert all("Hayat Tahrir" not in _name(r["actor2"]) for r in found)


def test_a_name_in_the_clause_outranks_an_anaphor() -> None:
    row = _rows_of(
        "قالت مصادر إن تنظيم داعش سيطر على قرية في ريف حلب. وقصفت قوات النظام مواقع التنظيم في المنطقة أمس.",
        "Shelling/artillery/missile attack",
    )[-1]
    assert _name(row["actor1"]).startswith("Military Forces of Syria")
    assert _name(row["actor2"]) == "Islamic State (Syria)"
    assert row["interaction"] == 12


# ------------------------------------------------------------------- a state's force named by its branch (ac2, r14)
def test_the_emergency_forces_whose_mosque_was_bombed_are_the_police_hit() -> None:
    # the Saudi emergency forces are a branch of the interior ministry's public security (like الأمن المركزي in Egypt):
    # the bombing of their mosque is coded against the police, not against civilians (tune, tune2, tune11-13, tune15,
    # tune16 code the Abha bombing so)
    row = _rows_of(
        "أبها - قتل 15 شخصا وأصيب آخرون في تفجير انتحاري استهدف مسجدا لقوات الطوارئ الخاصة في منطقة عسير ظهر اليوم.",
        "Suicide bomb",
        published="2015-08-06",
    )[0]
    assert _name(row["actor2"]).startswith("Police Forces of Saudi Arabia")
    assert row["actor2"]["inter"] == 1
    assert row["interaction"] in (13, 12)


def test_the_members_of_the_force_counted_dead_are_the_hit_side() -> None:
    # منسوبي (the members of a force) counted after a word of dying, and أودى بحياة: the force was hit
    row = _rows_of(
        "أبها - تفجير انتحاري يودي بحياة 15 من منسوبي قوات الطوارئ الخاصة أثناء أدائهم صلاة الظهر في منطقة عسير أمس.",
        "Suicide bomb",
        published="2015-08-07",
    )[0]
    assert not _name(row["actor1"]).startswith("Police Forces")
    assert _name(row["actor2"]).startswith("Police Forces of Saudi Arabia")


def test_the_force_after_the_command_of_the_building_hit_is_the_target() -> None:
    row = _rows_of(
        "زار أمير المنطقة المصابين من جراء تفجير مسجد قيادة قوة الطوارئ في أبها ظهر اليوم.",
        "Remote explosive/landmine/IED",
        published="2015-08-06",
    )[0]
    assert _name(row["actor1"]) == "Unidentified Armed Group (Saudi Arabia)"
    assert _name(row["actor2"]).startswith("Police Forces of Saudi Arabia")
    assert row["actor2"]["inter"] == 1 and row["interaction"] == 13


def test_the_mosque_of_the_force_with_a_proclitic_is_what_was_hit() -> None:
    # بمسجد، بمقر: the target word with ب; the force's other mention in the clause (منسوبي قوة الطوارئ أثناء الصلاة)
    # is the same side, not the bomber
    row = _rows_of(
        "أعرب المسؤول عن حزنه للتفجير الغاشم بمسجد قوة الطوارئ الخاصة بمنطقة عسير أثناء قيام منسوبي قوة الطوارئ "
        "بأداء صلاة الظهر يوم الخميس.",
        "Remote explosive/landmine/IED",
        published="2015-08-08",
    )[0]
    assert _name(row["actor1"]) == "Unidentified Armed Group (Saudi Arabia)"
    assert _name(row["actor2"]).startswith("Police Forces of Saudi Arabia")


def test_the_side_counted_dead_is_not_the_attacker_and_one_actor_is_not_on_both_sides() -> None:
    # the Houthis counted dead (قتل 4 حوثيين) and owning the checkpoint hit are the hit side; the resistance attacked
    # (هجوم للمقاومة) and is named before: it is actor1, and not also its own target
    row = _rows_of(
        "حجة - قالت المقاومة الشعبية إن مقاتليها تقدموا في المحافظة. وقتل 4 حوثيين بعد هجوم للمقاومة بقذيفة صاروخية "
        "على نقطة تابعة للحوثيين قرب حرض أمس.",
        "Armed clash",
    )[0]
    assert _name(row["actor1"]).startswith("Popular Resistance")
    assert not _name(row["actor2"]).startswith("Popular Resistance")


def test_the_side_named_inside_the_trigger_after_li_is_whose_ambush_it_was() -> None:
    # كمين للمقاومة: the trigger's own words name the ambushers (before: an unidentified group)
    row = _rows_of(
        "إب - أكدت مصادر محلية سقوط قتلى وجرحى في صفوف الميليشيات الحوثية في كمين للمقاومة الشعبية بمحافظة إب فجر "
        "اليوم.",
        "Armed clash",
    )[0]
    assert _name(row["actor1"]).startswith("Popular Resistance")
    assert "Supreme Revolutionary Committee" in _name(row["actor2"])
    assert row["interaction"] == 13


def test_the_argument_cue_file_names_each_list_once() -> None:
    # a list added under a name already used (round 14 first wrote its own seat_words over the places' list) would
    # silently replace the other list when the YAML is read
    import collections
    import re
    from pathlib import Path

    import rasd.resources

    text = (Path(rasd.resources.__file__).parent / "ar" / "event_arg_cues.yaml").read_text(encoding="utf-8")
    keys = re.findall(r"^([a-z_0-9]+):", text, re.M)
    assert [k for k, n in collections.Counter(keys).items() if n > 1] == []
