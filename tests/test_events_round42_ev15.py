"""Round 42 (helper ev15): the fields of matched rows — places of border shelling and a town's quarters.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 42: events
fields (helper ev15)"):

- ``geo.recognize.recognizer._drop_strays``: a town written with a town's or governorate's descriptor (مدينة،
  محافظة) and named twice or more in the article is no stray of another country's article. A story of Houthi shells
  on a Saudi border town told with the Saudi reply into Sa'dah gave Yemen enough support to drop the Saudi town: its
  shelling was placed in Yemen or lost its place. Not a name the gazetteer reads as a province.
- ``events.places.told_on`` (read by ``events.output.event_json``): a violent row of the headline or the lead placed
  only in a country or a part of it takes the first province-level place of that country that a happening's clause
  of the next two sentences names (a short story tells its happening first and where it was next).
- ``events.places.quarter_elsewhere``: a quarter told by its kind (حي، أحياء) whose name the gazetteer reads as a place
  of another province or country than the town its sentence names as the quarters' town is a quarter of that town
  the gazetteer lacks: the row is placed at the town.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _places(out: list[dict[str, Any]], sub: str) -> list[tuple[str | None, str | None]]:
    return [
        ((e.get("location") or {}).get("country_iso3"), (e.get("location") or {}).get("admin1"))
        for e in out
        if e["acled_sub_event_type"] == sub
    ]


BORDER_SHELLS = (
    "أطلقت الميليشيات الحوثية صباح أمس سبع قذائف هاون على مدينة ظهران الجنوب، وسقطت القذائف في أطراف المدينة دون "
    "أن تسفر عن إصابات. وأوضح مصدر أمني أن فرق الدفاع المدني باشرت مواقع سقوط القذائف.\n"
    "وقصفت المدفعية السعودية مواقع إطلاق القذائف داخل محافظة صعدة اليمنية، فيما شنت طائرات التحالف غارات على "
    "تجمعات للمتمردين في مديرية رازح اليمنية."
)


def test_a_border_town_named_twice_with_its_descriptor_keeps_its_shelling() -> None:
    out = rows(BORDER_SHELLS, title="قذائف حوثية على ظهران الجنوب دون إصابات", published="2015-08-04")
    shelled = _places(out, "Shelling/artillery/missile attack")
    assert ("SAU", "Asir") in shelled, out


def test_the_quarters_of_a_town_told_before_them_are_the_town_s() -> None:
    text = (
        "استهدفت ميليشيات الحوثي أمس أحياء وسط مدينة نجران بست قذائف سقطت على أحياء حيدان والفيصلية، "
        "ولم تسجل أي إصابات بشرية."
    )
    out = rows(text, title="قذائف حوثية على أحياء نجران", published="2015-08-04")
    shelled = _places(out, "Shelling/artillery/missile attack")
    assert shelled, out
    assert set(shelled) == {("SAU", "Najran")}, out


def test_a_headline_s_happening_in_a_region_takes_the_province_its_story_tells_next() -> None:
    # the headline's clash is told in Sinai (a region of no province); the body's next sentence gives its province
    text = (
        "قتل عشرة مسلحين أمس في عملية أمنية واسعة نفذها الجيش المصري. "
        "وقالت مصادر أمنية إن القوات داهمت أوكارا للمسلحين قرب رفح بمحافظة شمال سيناء."
    )
    out = rows(text, title="مقتل عشرة مسلحين بسيناء", published="2015-08-04")
    clashes = [(e.get("location") or {}).get("admin1") for e in out if e["acled_sub_event_type"] == "Armed clash"]
    assert clashes, out
    assert set(clashes) == {"North Sinai"}, out
