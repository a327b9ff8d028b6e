"""Round 39 (helper ev6): fatalities — several dead told once for a list of towns, and both sides' dead summed.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 39:
fatalities ..." (helper ev6)):

- ``events.merge.vague_share``: dead told without a number once for one act told over a list of towns (one trigger,
  a row per town) are ruling (4)'s 10 split evenly over the rows (5/5; 4/3/3), read anywhere in the sentence when the
  list's rows are the only violent rows told there and no count of dead stands in it; "a number (other) of" a side's
  men before a plural verb of dying (عددا آخر من عناصر التنظيم قتلوا) is read as such dead.
- ``events.merge.tolls.sides_read``: the other side's dead after a conjunction of contrast are summed even when a row
  took the verb of dying for a mention of its own, when the wounded told after each count share their words
  (وأصيب … آخرين), and after a verb of losing with its side (بينما خسرت المقاومة ثلاثة من مقاتليها).
- ``events.figures``: dozens of dead mixed with the captured (قتل فيها العشرات … أو تم أسرهم، قتلت وأسرت العشرات)
  are ruling (4)'s 10, as the ruling (6) text codes "dozens killed or captured"; dead and wounded written with a
  space after و (قتلى و جرحى) and the killing of "those in it" (ومقتل من فيه) are dead without a number, 10; one dead
  told in the singular "with / besides N others" (لقي مصرعه مع 40 آخرين) is N + 1.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _fatalities(out: list[dict[str, Any]]) -> list[int]:
    return [int((e.get("fatalities") or {}).get("value") or 0) for e in out]


def _by_place(out: list[dict[str, Any]]) -> dict[str, int]:
    return {str((e.get("location") or {}).get("name")): int((e.get("fatalities") or {}).get("value") or 0) for e in out}


def test_several_dead_in_the_rest_of_the_sentence_split_over_two_towns() -> None:
    out = rows("وقصفت قوات الحوثيين أمس مدينتي زنجبار وجعار بالمدفعية، وقد خلف القصف قتلى وجرحى بين السكان.")
    assert len(out) == 2
    assert _by_place(out) == {"Zinjibar": 5, "Ja'ar": 5}


def test_a_capture_of_two_towns_and_the_clashes_dead() -> None:
    out = rows("وسيطرت المقاومة الشعبية أمس على مدينتي زنجبار وجعار، وقد خلفت الاشتباكات قتلى وجرحى من الحوثيين.")
    assert len(out) == 2
    assert sorted(_fatalities(out)) == [5, 5]


def test_a_number_of_men_then_a_plural_verb_of_dying_over_two_towns() -> None:
    out = rows(
        "وقال المسؤول المحلي إن عددا آخر من عناصر التنظيم قتلوا أمس لدى قصف الطيران لمواقع في مدينتي زنجبار وجعار."
    )
    assert len(out) == 2
    assert sorted(_fatalities(out)) == [5, 5]


def test_several_dead_in_the_acts_own_clause_counted_once_not_twice() -> None:
    out = rows("شن طيران التحالف أمس غارات على مدينتي زنجبار وجعار أسفرت عن سقوط قتلى من المسلحين.")
    assert len(out) == 2
    assert sum(_fatalities(out)) == 10


def test_one_town_keeps_its_several() -> None:
    out = rows("شن طيران التحالف أمس غارات على مدينة زنجبار أسفرت عن سقوط قتلى من المسلحين.")
    assert _fatalities(out) == [10]


def test_the_other_sides_dead_after_the_verb_the_row_took() -> None:
    text = (
        "أفادت مصادر محلية أمس بمقتل وإصابة العشرات في مواجهات بمدينة تعز. وأوضحت المصادر أن 14 مسلحا من الحوثيين "
        "قتلوا في مواجهات بأحياء متفرقة من المدينة، بينما قتل 4 من أفراد المقاومة الشعبية."
    )
    out = rows(text)
    assert [f for f in _fatalities(out) if f] == [18]


def test_the_wounded_of_both_sides_do_not_make_them_one_side() -> None:
    text = (
        "وأعلنت المقاومة الشعبية أمس عن مقتل 31 حوثيا على الأقل وأصيب 50 آخرين، فيما قتل 6 مقاتلين من المقاومة "
        "واصيب 12 آخرين في مواجهات اندلعت في مدينة تعز."
    )
    out = rows(text)
    assert [f for f in _fatalities(out) if f] == [37]


def test_a_side_that_lost_its_men() -> None:
    text = (
        "وأسفرت المعارك التي خاضتها المقاومة الشعبية أمس في مدينة تعز عن مقتل 12 شخصا من الحوثيين وإصابة أكثر من "
        "عشرين آخرين، بينما خسرت المقاومة اثنين من مقاتليها."
    )
    out = rows(text)
    assert [f for f in _fatalities(out) if f] == [14]


def test_the_same_side_told_twice_is_not_summed() -> None:
    text = (
        "وقالت مصادر محلية إن مواجهات عنيفة اندلعت أمس في مدينة تعز أسفرت عن مقتل 9 من مسلحي الحوثي، بينما قتل "
        "7 من مسلحي الحوثي بحسب مصادر أخرى."
    )
    out = rows(text)
    assert 16 not in _fatalities(out)


def test_dead_and_wounded_written_with_a_space_after_and() -> None:
    out = rows("وسيطرت المقاومة الشعبية أمس على مدينة زنجبار بعد مواجهات سقط فيها قتلى و جرحى من الطرفين.")
    assert _fatalities(out) == [10]


def test_the_killing_of_those_in_a_convoy() -> None:
    out = rows(
        "وشنت مقاتلات التحالف أمس غارات استهدفت رتلا عسكريا للحوثيين في مدينة زنجبار أدت إلى تدميره ومقتل من فيه."
    )
    assert _fatalities(out) == [10]


def test_dozens_killed_or_captured_is_several() -> None:
    out = rows("استعادت قوات الجيش أمس مدينة زنجبار بعد معارك عنيفة قتل فيها العشرات من المسلحين أو تم أسرهم.")
    assert _fatalities(out) == [10]


def test_dozens_killed_and_captured_by_two_verbs_is_several() -> None:
    out = rows("وصدت المقاومة أمس هجوما للحوثيين على مدينة الضالع، حيث قتلت وأسرت العشرات من المهاجمين.")
    assert _fatalities(out) == [10]


def test_dozens_killed_alone_stay_twelve() -> None:
    out = rows("وصدت المقاومة أمس هجوما للحوثيين على مدينة الضالع، حيث قتلت العشرات من المهاجمين.")
    assert _fatalities(out) == [12]


def test_one_dead_with_others() -> None:
    text = (
        "وأكد مصدر أمني أن القائد الميداني للمسلحين في مدينة زنجبار، المدعو أبو خالد، لقي مصرعه مع 25 آخرين في "
        "غارة جوية لطيران التحالف أمس."
    )
    assert _fatalities(rows(text)) == [26]


def test_a_leader_besides_others() -> None:
    text = (
        "وسيطرت القوات أمس على مدينة زنجبار بعد مواجهات عنيفة قتل خلالها قيادي بارز في التنظيم، فضلاً عن نحو 30 "
        "مسلحًا آخرين."
    )
    assert _fatalities(rows(text)) == [31]


def test_a_clash_with_men_is_not_one_with_others() -> None:
    assert _fatalities(rows("وقتل الجندي أمس في اشتباك مع 3 مسلحين في مدينة العريش.")) == [1]
