"""A generic force told with a nationality adjective of a country outside the region's (round 33, helper ac20; with
``/tmp/ac20/entities.py.patch``: ``stages.entities._adjective_iso3`` reads place_cues.yaml's
``world_country_adjectives`` for a country actors.yaml's ``countries`` names).

الشرطة الإيطالية in an article whose focus is Tunisia is Italy's police, not Tunisia's. Every sentence below was
written for this test (none copied from a corpus).
"""

from __future__ import annotations

from tests.event_checks import rows


def test_italian_police_in_a_tunisian_story_are_italys() -> None:
    text = (
        "أعلنت السلطات التونسية أمس تفكيك خلية في مدينة سوسة. وفي سياق متصل ذكرت الشرطة الإيطالية أمس أنها اعتقلت "
        "رجلين تونسيين في مدينة ميلانو كانا يخططان لهجمات."
    )
    found = [e for e in rows(text, published="2015-07-25") if e["acled_sub_event_type"] == "Arrests"]
    assert found and all((e.get("actor1") or {}).get("name") == "Police Forces of Italy" for e in found)


def test_a_country_outside_actors_yaml_gives_no_generic_force() -> None:
    # trap: Germany is not in actors.yaml's countries: its police get no country (and no ACLED name) from it
    from rasd.stages.entities import _adjective_iso3

    assert _adjective_iso3("الالمانيه") is None
    assert _adjective_iso3("الايطاليه") == "ITA"
