"""Round 29 (helper cp1): captures missed on unseen articles — the later places of a capture list.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 29:
captures missed on unseen articles (helper cp1)"):

- the list of places after a trigger (``unlisted_places.listed_items``) goes on past a comma and an additive phrase
  (إضافة إلى، بالإضافة إلى، علاوة على، فضلا عن; lists.item_additive_joiners) and past an apposition after an item's
  name (عاصمة أبين، مركز محافظة; lists.item_apposition_heads); the dual of a kind (منطقتي، مديريتي) announces two
  names as the plural does (lists.dual_item_kinds), and a part of a place (وأجزاء من منطقة …) is an item at that place
  (lists.item_partitives);
- a capture list told as background (جدير بالذكر أن …) that retells a capture the article reports with its day: an
  item no other capture row places takes that day (``captures.date_recap_items``).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

_TAKEN = ("Government regains territory", "Non-state actor overtakes territory")


def _taken(out: list[dict[str, Any]]) -> list[str]:
    return sorted(str((e.get("location") or {}).get("name")) for e in out if e["acled_sub_event_type"] in _TAKEN)


# ------------------------------------------------------------------------------ an additive phrase joins the next item
def test_a_town_added_after_a_comma_is_a_capture_of_its_own() -> None:
    out = rows("سيطرت قوات الجيش صباح أمس على مدينة زنجبار، بالإضافة إلى مدينة جعار في محافظة أبين.")
    assert len(_taken(out)) == 2
    assert "Zinjibar" in _taken(out)


def test_an_apposition_does_not_end_the_list() -> None:
    out = rows("وأفاد مصدر عسكري أن المقاومة سيطرت أمس على مدينة عتق عاصمة شبوة، إضافة إلى مدينة بيحان.")
    assert len(_taken(out)) == 2


def test_an_added_toll_is_no_place() -> None:
    out = rows("سيطرت المقاومة الشعبية أمس على مدينة زنجبار، إضافة إلى مقتل عشرين من المسلحين الحوثيين.")
    assert _taken(out) == ["Zinjibar"]


def test_an_advance_towards_two_towns_is_no_capture() -> None:
    out = rows("تقدمت قوات المقاومة أمس نحو مدينة زنجبار، إضافة إلى مدينة جعار في محافظة أبين.")
    assert _taken(out) == []


# ------------------------------------------------------------------------------ duals and parts of a place
def test_two_districts_told_by_a_dual_kind_are_two_captures() -> None:
    out = rows("وقال مصدر محلي إن رجال المقاومة سيطروا مساء الأحد على مديريتي كرش والشريجة.")
    assert len(_taken(out)) == 2


def test_a_dual_and_a_part_of_an_area_are_three_captures() -> None:
    out = rows("وقال مصدر محلي إن رجال المقاومة سيطروا مساء الأحد على منطقتي السدة ونجد العرب وأجزاء من منطقة الرضمة.")
    assert len(_taken(out)) == 3


def test_parts_of_an_area_are_an_item_of_the_list() -> None:
    out = rows("وسيطر رجال المقاومة مساء السبت على بلدة المسيمير وأجزاء من منطقة الشريجة في محافظة لحج.")
    assert len(_taken(out)) == 2


def test_one_district_named_by_two_words_is_one_capture() -> None:
    # a guard of the dual kinds: one district of the gazetteer whose name holds و is no list of two
    out = rows("وتمكنت المقاومة الشعبية أمس من السيطرة على مديريتي مشرعة وحدنان بجبل صبر.")
    assert _taken(out) == ["Mashra'a Wa Hadnan District"]


# ------------------------------------------------------------------------------ a recap that adds a place
def test_a_recap_adds_the_place_not_told_before_on_the_news_day() -> None:
    text = (
        "أفادت مصادر محلية أمس أن المقاومة الشعبية سيطرت على مدينة جعار بعد معارك مع الحوثيين. "
        "جدير بالذكر أن المقاومة سيطرت على مدينة جعار، إضافة إلى مدينة شقرة الساحلية في المحافظة نفسها."
    )
    out = rows(text)
    assert len(_taken(out)) == 2
    dates = {(e.get("date") or {}).get("value") for e in out if e["acled_sub_event_type"] in _TAKEN}
    assert len(dates) == 1


def test_a_recap_alone_stays_background() -> None:
    text = (
        "عقد مجلس الوزراء اليمني اجتماعه الأسبوعي أمس لمناقشة الأوضاع الاقتصادية. "
        "جدير بالذكر أن المقاومة سيطرت على مدينة جعار، إضافة إلى مدينة شقرة الساحلية."
    )
    assert _taken(rows(text)) == []


def test_shelling_of_two_districts_told_by_a_dual_is_two_rows_named_without_the_phrase_after() -> None:
    out = rows("لقي 13 حوثيا مصرعهم أمس خلال قصف المقاومة مديريتي قعطبة الشمالية وسناح بمختلف أنواع الأسلحة.")
    names = sorted(str((e.get("location") or {}).get("name")) for e in out)
    assert len(names) == 2
    assert "سناح" in names
