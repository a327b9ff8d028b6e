"""Round 27 (helper rc3): happenings the unseen articles told and rasd did not row at all.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 27:
happenings with no trigger on unseen articles (helper rc3)"):

* an advance tried or made towards a place is a clash (``events.yaml``): the noun التقدم as the object of a verb of
  trying or managing (حاولت قوات النظام … التقدم نحو، تمكنت الوحدات من التقدم في), the past verb تقدمت / تقدموا with an
  armed side in its clause; both only with a word of direction after them (``triggers._advance``; ``event_cues.yaml``
  advance_verbs, advance_directions);
* fighters captured in the field (أسرت) are named by their side too (متمردا، حوثيا، الانقلابيين): a clash;
* two bombs told in the dual (بعبوتين ناسفتين، سيارتان مفخختان) are a bombing's words, as one bomb is;
* a preliminary agreement signed by warring sides (وقعت الفصائل المتحاربة على اتفاق مبدئي) is an agreement.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _clashes(out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in out if e["acled_sub_event_type"] == "Armed clash"]


def _admin1(out: list[dict[str, Any]]) -> set[str]:
    return {(e.get("location") or {}).get("admin1") for e in out}


# ------------------------------------------------------------------------------------------------ the advance
def test_advance_tried_towards_a_town_is_a_clash() -> None:
    out = rows(
        "وقال قائد ميداني إن قوات النظام حاولت مساء أمس التقدم نحو بلدة كفرنبل في ريف إدلب، لكن مقاتلي المعارضة "
        "أجبروها على التراجع.",
        title="معارك في ريف إدلب",
    )
    clashes = _clashes(out)
    assert _admin1(clashes) == {"Idleb"}, out
    assert clashes[0]["actor1"]["name"].startswith("Military Forces of Syria"), clashes


def test_advance_managed_in_a_district_is_a_clash() -> None:
    out = rows("وأكد مصدر عسكري أن وحدات من المقاومة الشعبية تمكنت أمس من التقدم في مديرية المسيمير بمحافظة لحج.")
    assert _admin1(_clashes(out)) == {"Lahij"}, out


def test_past_verb_of_advancing_with_its_side_and_place_is_a_clash() -> None:
    out = rows("وتقدمت قوات المقاومة الشعبية أمس في مديرية المسيمير بمحافظة لحج.")
    clashes = _clashes(out)
    assert _admin1(clashes) == {"Lahij"}, out
    assert clashes[0]["actor1"]["name"] == "Popular Resistance", clashes


def test_submitting_a_request_is_no_advance() -> None:
    assert not rows("وتقدمت الشركة بطلب إلى وزارة التجارة في الرياض لتوسيع نشاطها.")


def test_forces_submitting_a_request_is_no_advance() -> None:
    out = rows("وتقدمت قوات الأمن بطلب إلى المحكمة العليا في القاهرة لتمديد حبس المتهمين.")
    assert not _clashes(out), out


def test_an_advance_with_no_armed_side_is_no_clash() -> None:
    out = rows("وقالت الوزارة إن الحكومة حاولت التقدم في ملف المفاوضات مع المعارضة في جنيف.")
    assert not _clashes(out), out


def test_an_advance_to_be_stopped_is_no_clash() -> None:
    out = rows("وفي محاولة لمنع تقدم القوات نحو المدينة قصفت الطائرات جسرا في مدينة الرمادي.")
    assert not _clashes(out), out


def test_an_advance_in_a_time_clause_is_no_clash_of_its_own() -> None:
    out = rows("وقال مسؤول إن الحياة عادت إلى المدينة بعد أن تمكنت القوات من التقدم نحو بلدة كفرنبل العام الماضي.")
    assert not _clashes(out), out


def test_an_advance_told_with_no_direction_is_no_clash() -> None:
    out = rows("وقال المحلل إن قوات النظام حاولت التقدم كثيرا خلال السنوات الماضية دون جدوى.")
    assert not _clashes(out), out


# ------------------------------------------------------------------------------------------------ captives
def test_rebels_captured_in_a_district_are_a_clash() -> None:
    out = rows("وأكد المتحدث باسم المقاومة أن مقاتليها أسروا أمس 20 حوثيا في مديرية المسيمير بمحافظة لحج.")
    assert _admin1(_clashes(out)) == {"Lahij"}, out


def test_two_families_are_no_captors() -> None:
    assert not rows("احتفلت أسرتا الفلاني والعلاني بزواج نجليهما في مدينة الرياض.")


# ------------------------------------------------------------------------------------------------ the dual
def test_two_roadside_bombs_make_an_explosive_attack() -> None:
    out = rows("واستهدفت المقاومة الشعبية أمس عربتين عسكريتين للحوثيين بعبوتين ناسفتين وسط مدينة قعطبة بمحافظة الضالع.")
    subs = {e["acled_sub_event_type"] for e in out}
    assert subs == {"Remote explosive/landmine/IED"}, out


def test_two_car_bombs_are_one_bombing() -> None:
    out = rows("وانفجرت صباح اليوم سيارتان مفخختان قرب حاجز للجيش في مدينة العريش.")
    assert [e["acled_sub_event_type"] for e in out] == ["Remote explosive/landmine/IED"], out


# ------------------------------------------------------------------------------------------------ agreements
def test_preliminary_agreement_of_warring_sides_is_an_agreement() -> None:
    out = rows(
        "وقعت الفصائل المتحاربة في جنوب السودان أمس في أديس أبابا على اتفاق مبدئي برعاية إقليمية لوقف القتال.",
        title="اتفاق في أديس أبابا",
    )
    assert "Agreement" in {e["acled_sub_event_type"] for e in out}, out


def test_a_clubs_preliminary_agreement_is_no_event() -> None:
    assert not rows("وقع رئيس النادي أمس اتفاقا مبدئيا مع المدرب الجديد لتدريب الفريق الأول حتى نهاية الموسم.")
