"""Round 34 (helper pl21): places resolved in a country the article is not about.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/places.md, "Round 34: places
in the wrong country (helper pl21)"):

* a common word with a definite noun after it is the first word of a longer name (منطقة دير الزغب): it is read as the
  gazetteer's one-word place only where a town or governorate of that place's country is named too, not where the
  country is named only by its own name (إيران as a mediator) (``geo.recognize.recognizer``);
* a world nationality adjective after a definite descriptor (في العاصمة الهندية) is that adjective, not the Iraqi town
  al-Hindiyah (``geo.recognize.recognizer``, ``reading``: ``descriptor_article``);
* participles of surrounding (مناطق محيطة بزنجبار) are no names (``ar/geo.yaml`` ``not_names``);
* a place the trigger's sentence tells by its kind and a nationality adjective (في بلدة حدودية تركية) puts the row in
  that country when the paragraph's or the lead's place (what the row took before) lies in another
  (``events.unlisted_places.kind_abroad``, read in ``events.places``).
"""

from __future__ import annotations

from typing import Any

from rasd.geo.recognize import find_places
from tests.event_checks import rows


def _places(out: list[dict[str, Any]]) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (
            (e.get("location") or {}).get("name"),
            (e.get("location") or {}).get("admin1"),
            (e.get("location") or {}).get("country_iso3"),
        )
        for e in out
    ]


def _found(text: str) -> dict[str, dict[str, Any]]:
    return {text[m.start : m.end]: dict(m.geo or {}) for m in find_places(text)}


_IDLIB = (
    "فجر مقاتلو المعارضة عربة مفخخة عند حاجز للقوات النظامية في منطقة دير الزغب غربي في بلدة الفوعة بريف إدلب "
    "صباح أمس. وتجري مفاوضات حول البلدة في إسطنبول بوساطة من إيران."
)


def test_a_common_word_before_a_definite_noun_is_no_foreign_namesake() -> None:
    found = _found(_IDLIB)
    assert all(g.get("country_iso3") != "IRN" or name == "إيران" for name, g in found.items()), found
    assert found.get("إيران", {}).get("country_iso3") == "IRN"  # the country itself is still read


def test_the_idlib_car_bomb_stays_in_idlib() -> None:
    out = rows(_IDLIB, title="تفجير عربة مفخخة في ريف إدلب")
    assert out and all(admin1 == "Idleb" for _, admin1, _ in _places(out)), _places(out)


def test_the_indian_capital_is_no_iraqi_town() -> None:
    text = "قتل خمسة أشخاص إثر انهيار مبنى قديم في العاصمة الهندية أمس، بحسب الشرطة."
    found = _found(text)
    assert all(g.get("country_iso3") != "IRQ" for g in found.values()), found


def test_the_indian_police_is_no_place_either() -> None:
    # passes before and after: an adjective after a definite noun that is no descriptor was never a place
    text = "وقالت الشرطة الهندية إن التحقيق مستمر."
    assert "الهندية" not in _found(text)


def test_surrounding_areas_are_no_name() -> None:
    text = "وشنت المقاومة هجوما على مواقع الحوثيين في مناطق محيطة بزنجبار عاصمة محافظة أبين أمس."
    found = _found(text)
    assert "محيطة" not in found, found
    assert found.get("زنجبار", {}).get("admin1") == "Abyan"


def test_a_turkish_border_town_is_in_turkey_not_at_the_headline_capital() -> None:
    out = rows(
        "قال مسؤولون إسرائيليون إن العلاقات مع تركيا قد تتحسن قريبا.\n"
        "وتواجه تركيا تداعيات الحرب في جوارها. وقتل انتحاري 30 شخصا على الأقل في بلدة حدودية تركية أول من أمس.",
        title="تل أبيب تراهن على تحسن علاقتها بأنقرة",
    )
    bombs = [e for e in out if e["acled_sub_event_type"] == "Suicide bomb"]
    assert bombs and all(c == "TUR" for _, _, c in _places(bombs)), _places(out)


def test_a_turkish_town_in_a_turkish_story_keeps_the_lead_town() -> None:
    # passes before and after: the countries agree, so the lead's town stands (finer than the country)
    out = rows(
        "قتل جندي تركي في تبادل لإطلاق النار قرب كيليس أمس.\n"
        "وفي وقت لاحق قتل انتحاري ثلاثة أشخاص في بلدة حدودية تركية أمس.",
        title="اشتباك على الحدود عند كيليس",
    )
    bombs = [e for e in out if e["acled_sub_event_type"] == "Suicide bomb"]
    assert bombs and all(c == "TUR" for _, _, c in _places(bombs)), _places(out)
    assert all(name != "Turkey" for name, _, _ in _places(bombs)), _places(out)
