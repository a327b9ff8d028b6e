"""Round 25 (helper geo10): place names that are words, and named places the gazetteer lacks.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/places.md, "Round 25:
homographs and unlisted named places (helper geo10)"):

* a homograph that is a present-tense verb (تدمر "it destroys", ``ar/geo.yaml`` ``verb_homographs``) is no place
  when its object follows it (a number or an indefinite noun that is no function word: ``not_objects``) and no
  preposition, descriptor, direction or relational word marks it (``geo.recognize.reading._object_word``); a verb's
  particle (سوف، كي، لكي) before a name makes it no place (``negative_left``);
* a kind word with a name in parentheses or quotes that the gazetteer lacks (مديرية (جبل …)، منطقة «…»), in the
  clause of an event the sentence otherwise places only at a province, is an unlisted place of that province at
  precision 2 with no point (``events.unlisted_places.quoted_in``, ``ar/place_cues.yaml`` ``quoted_name_kinds``).
"""

from __future__ import annotations

from typing import Any

from rasd.geo.recognize import find_places
from tests.event_checks import rows


def _names(text: str) -> list[str]:
    return [p.canonical for p in find_places(text)]


# ------------------------------------------------------------------------------------- تدمر "destroys"
def test_destroys_with_a_number_after_it_is_no_palmyra() -> None:
    names = _names("المدفعية السعودية تدمر 9 آليات للحوثيين في نجران")
    assert "Tadmur" not in names and "Najran" in names, names


def test_destroys_with_an_indefinite_object_is_no_palmyra() -> None:
    names = _names("المقاتلات تدمر مخازن أسلحة للحوثيين في صعدة")
    assert "Tadmur" not in names, names
    assert "Tadmur" not in _names("وقال إن المخدرات تدمر عقول الشباب وتفتك بالأسر")


def test_will_destroy_is_no_palmyra() -> None:
    assert "Tadmur" not in _names("وحذر من أن الحرب سوف تدمر البنية التحتية للبلاد")


def test_palmyra_after_a_preposition_or_descriptor_or_as_an_object_stays() -> None:
    assert "Tadmur" in _names("سيطر مسلحو التنظيم على مدينة تدمر الأثرية في ريف حمص الشرقي")
    assert "Tadmur" in _names("واستعاد الجيش السوري تدمر بعد معارك استمرت أسابيع")
    assert "Tadmur" in _names("ولا تبعد تدمر إلا ساعتين عن الحدود العراقية")
    assert "Tadmur" in _names("وقتل خمسة مدنيين في قصف على تدمر 3 مرات أمس")


def test_a_clash_headline_with_destroys_is_placed_where_it_happened() -> None:
    out = rows(
        "وأعلن المتحدث باسم قيادة التحالف أن القوات السعودية دمرت اليوم عشر آليات للحوثيين حاولت التسلل إلى "
        "مركز حدودي في منطقة جازان، وقتلت عددا من المتسللين.",
        title="المدفعية السعودية تدمر 10 آليات للحوثيين في جازان",
    )
    assert out, out
    assert all(e["location"].get("admin1") != "Homs" for e in out if e.get("location")), out


# ------------------------------------------------------------------------------------- quoted unlisted names
def _place(out: list[dict[str, Any]], sub: str) -> list[tuple[Any, Any, Any]]:
    return [
        (e["location"].get("name"), e["location"].get("admin1"), e["location"].get("geo_precision"))
        for e in out
        if e["acled_sub_event_type"] == sub and e.get("location")
    ]


def test_a_capture_of_a_quoted_triangle_in_a_province_is_that_unlisted_place() -> None:
    out = rows(
        "سيطرت المقاومة الشعبية في محافظة لحج أمس على «مثلث الحسيني» بعد انسحاب مسلحي الحوثي منه.",
        title="المقاومة تتقدم في لحج",
    )
    assert _place(out, "Government regains territory") == [("مثلث الحسيني", "Lahij", 2)], out
    assert all(e["location"].get("lat") is None for e in out if e["acled_sub_event_type"].startswith("Gov")), out


def test_a_quoted_area_the_gazetteer_lacks_in_a_province_clause_is_that_area() -> None:
    out = rows(
        "وسيطرت المقاومة الشعبية في محافظة مأرب أمس على منطقة «الرويك» بعد مواجهات عنيفة مع الحوثيين.",
        title="تقدم للمقاومة في مأرب",
    )
    assert _place(out, "Government regains territory") == [("الرويك", "Marib", 2)], out


def test_a_quoted_name_the_gazetteer_has_keeps_its_reading() -> None:
    out = rows(
        "وسيطرت المقاومة الشعبية في محافظة أبين أمس على مدينة «لودر» بعد معارك مع الحوثيين.",
        title="المقاومة تدخل لودر",
    )
    assert [a for _, a, _ in _place(out, "Government regains territory")] == ["Abyan"], out
    assert all(n != "لودر" for n, _, _ in _place(out, "Government regains territory")), out


def test_palmyra_coordinated_with_a_town_stays_before_a_verb() -> None:
    names = _names("ونفذت الطائرات غارات قرب حماة وتدمر أسفرت عن مقتل عشرة مسلحين")
    assert "Tadmur" in names and "Hama" in names, names
