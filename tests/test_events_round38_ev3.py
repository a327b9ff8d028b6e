"""Round 38 (helper ev3): events recall — the places of one act told over a list, and events found but given no row.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 38: ..."
(helper ev3)):

- ``events.time_aside``: a day told aside between two commas right after an act's verb (وقصف طيران التحالف، أمس،
  مواقع للمتمردين في محافظتي البيضاء وأبين) does not cut the verb off from its object: the object's clause is the
  act's own, so a list of places there gives a row a place, as the same sentence written without the commas does.
- ``events.capture_back``: a capture's verb that opens its clause with a pronoun pointing back right after it (وسيطرت
  عليها، سيطرت خلاله المقاومة على) takes the finest place of the clause before it as its own
  (a capture needs a place of its own clause); not after a relative or an auxiliary (المدن التي سيطرت عليها). With no
  such pronoun, the place a clause that opens its sentence fronts (وفي تعز، التي تتجه إليها الأنظار، سيطرت …) is the
  capture's, when that clause holds nothing but the place and the words that front it and no clause between holds
  another act.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _admin1(out: list[dict[str, Any]]) -> list[str]:
    return sorted(str((e.get("location") or {}).get("admin1")) for e in out)


def _places(out: list[dict[str, Any]]) -> list[str]:
    return sorted(str((e.get("location") or {}).get("name")) for e in out)


def test_a_province_dual_past_a_day_told_aside() -> None:
    out = rows("وقصف طيران التحالف العربي، أمس، مواقع للمتمردين في محافظتي البيضاء وأبين.")
    assert _admin1(out) == ["Abyan", "Al Bayda"]


def test_a_list_of_towns_past_a_part_of_a_day_told_aside() -> None:
    out = rows("وقصفت قوات النظام، صباح أمس، بلدات كفرنبل وحاس ومعرة النعمان في ريف إدلب الجنوبي.")
    assert len(out) == 3
    assert _admin1(out) == ["Idleb", "Idleb", "Idleb"]


def test_a_named_day_told_aside() -> None:
    out = rows("وقصفت الطائرات الحربية، يوم الجمعة، مواقع المسلحين في محافظتي صعدة وحجة.")
    assert _admin1(out) == ["Hajjah", "Sadah"]


def test_the_aside_joins_no_clause_another_act_holds() -> None:
    # the clause after the day holds an act of its own (a clash): the strike keeps its one place, as before
    out = rows("وقصف الطيران مواقع المسلحين في مدينة زنجبار، أمس، واندلعت اشتباكات في مدينة لودر.")
    assert len(out) == 2
    assert _places(out) == ["Lawdar", "Zinjibar"]


def test_a_comma_that_is_no_day_is_still_a_break() -> None:
    # a clause between the commas that is not a day (a backer named) is no aside: as before, one row
    out = rows("وقصف طيران التحالف، بمساندة البوارج، مواقع للمتمردين في محافظتي البيضاء وأبين.")
    assert len(out) == 1


def _subtypes(out: list[dict[str, Any]]) -> list[str]:
    return sorted(str(e.get("acled_sub_event_type")) for e in out)


def test_a_capture_told_back_by_its_pronoun() -> None:
    out = rows("وتوجهت قوات الجيش أمس إلى مدينة شقرة الساحلية في محافظة أبين، وسيطرت عليها من دون مقاومة تذكر.")
    assert _places(out) == ["Shuqrah"]
    assert _subtypes(out) == ["Government regains territory"]


def test_positions_taken_during_an_attack_told_before() -> None:
    out = rows(
        "وشن مقاتلو المقاومة أمس هجوما عنيفا على مواقع للحوثيين جنوبي مأرب، سيطرت خلاله المقاومة على ثلاثة مواقع."
    )
    assert _admin1(out) == ["Marib"]
    assert _subtypes(out) == ["Government regains territory"]


def test_a_place_held_told_by_a_relative_is_no_capture() -> None:
    out = rows("وقال المحافظ إن المدن التي سيطرت عليها الميليشيات في محافظة أبين باتت محررة منذ أسابيع.")
    assert "Non-state actor overtakes territory" not in _subtypes(out)


def test_the_pronoun_of_another_sentence_is_not_read() -> None:
    # the place is the previous sentence's: the capture's clause opens the sentence, no clause before it
    out = rows("ووصلت تعزيزات كبيرة أمس إلى مدينة زنجبار. وسيطرت عليها المقاومة بعد ساعات من القتال.")
    assert "Government regains territory" not in _subtypes(out)


def test_a_capture_under_a_fronted_place() -> None:
    out = rows("وفي مدينة تعز، التي يترقب سكانها الأخبار، سيطرت المقاومة الشعبية أمس على عدد من المباني الحكومية.")
    assert _admin1(out) == ["Taizz"]
    assert _subtypes(out) == ["Government regains territory"]


def test_a_fronted_place_with_an_act_of_its_own_between_is_not_taken() -> None:
    # the clause between holds a clash of its own: the capture does not reach back past it
    out = rows("وفي مدينة تعز، التي تشهد معارك عنيفة منذ أشهر، سيطرت المقاومة الشعبية أمس على عدد من المباني.")
    assert "Government regains territory" not in _subtypes(out)
