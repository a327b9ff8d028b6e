"""Round 14b (issue 12, helper pl6): places the gazetteer lacks — military and transport sites, passes in a list.

Every sentence here was written for rasd (none copied from a corpus); the names of the sites (الوعرة، الخرابة) are
made up so that no gazetteer holds them. The rules answer the class "the gazetteer lacks the place" of
docs/events.md ("Round 14b: places the gazetteer lacks"): a capture or a strike told at a base or a camp the
gazetteer cannot name had no row (a capture needs a place of its clause) or took the lead's province; a pass
listed with a town (عقبة X ومكيراس) was one row at the town.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _at(out: list[dict[str, Any]], event_type: str) -> list[tuple[str | None, str | None, int | None]]:
    return [
        (
            (e.get("location") or {}).get("name_ar"),
            (e.get("location") or {}).get("admin1"),
            (e.get("location") or {}).get("geo_precision"),
        )
        for e in out
        if e["acled_event_type"] == event_type
    ]


# ------------------------------------------------------------------------------------------- a site's name
def test_a_base_the_gazetteer_lacks_is_the_place_of_its_capture() -> None:
    out = rows("استعادت القوات اليمنية اليوم قاعدة الوعرة الجوية بعد معارك ضارية قتل فيها عشرات المسلحين الحوثيين.")
    assert _at(out, "Battles") == [("الوعرة", None, 3)]
    assert (out[0]["location"] or {}).get("country_iso3") == "YEM"
    assert (out[0]["location"] or {}).get("lat") is None  # no coordinate is invented
    out = rows(
        "استعادت القوات الموالية للحكومة اليمنية اليوم قاعدة الوعرة العسكرية بعد معارك ضارية. وقال قائد العملية إن"
        " قواته تمشط القاعدة بحثا عن مسلحين.",
        title="القوات اليمنية تستعيد قاعدة الوعرة",
    )
    assert _at(out, "Battles") == [("الوعرة", None, 3)]


def test_a_site_takes_the_province_another_sentence_opens_with() -> None:
    out = rows(
        "تقدمت المقاومة الشعبية أمس في محافظة أبين. وفي لحج، باتت المقاومة على وشك السيطرة على قاعدة الخرابة."
        " وأعلن المتحدث باسم المقاومة عن قصف مواقع المسلحين في سور قاعدة الخرابة بصواريخ الكاتيوشا.",
        title="المقاومة تتقدم في أبين",
    )
    assert _at(out, "Explosions/Remote violence") == [("الخرابة", "Lahij", 2)]


def test_a_site_with_no_province_of_its_own_takes_the_leads() -> None:
    out = rows(
        "تقدمت المقاومة الشعبية أمس في محافظة أبين. وأعلن المتحدث باسم المقاومة عن قصف مواقع المسلحين في سور قاعدة"
        " الخرابة بصواريخ الكاتيوشا.",
        title="المقاومة تتقدم في أبين",
    )
    assert _at(out, "Explosions/Remote violence") == [("الخرابة", "Abyan", 3)]


def test_a_site_locates_a_strike_only_where_its_sentence_names_no_known_town() -> None:
    out = rows(
        "تقدمت المقاومة الشعبية أمس في محافظة أبين. وقصفت طائرات التحالف مخازن السلاح في معسكر الخرابة بمدينة زنجبار.",
        title="المقاومة تتقدم في أبين",
    )
    assert [p[0] for p in _at(out, "Explosions/Remote violence")] == ["زنجبار"]


def test_words_after_a_site_kind_that_name_no_place() -> None:
    title = "المقاومة تتقدم في أبين"
    lead = "تقدمت المقاومة الشعبية أمس في محافظة أبين. "
    for tail in (
        "وأعلن المتحدث باسم المقاومة عن قصف مواقع المسلحين في قاعدة الجهاد بصواريخ الكاتيوشا.",  # a group's name
        "وأعلن المتحدث باسم المقاومة عن قصف مواقع المسلحين قرب قاعدة الخرابة بصواريخ الكاتيوشا.",  # a landmark
        "وأعلن المتحدث باسم المقاومة عن قصف مواقع المسلحين في معسكر الحوثيين بصواريخ الكاتيوشا.",  # whose camp
        "وأعلن المتحدث باسم المقاومة عن قصف مواقع المسلحين في معسكر اللواء بصواريخ الكاتيوشا.",  # a unit's camp
    ):
        out = rows(lead + tail, title=title)
        assert _at(out, "Explosions/Remote violence") == [("أبين", "Abyan", 3)], tail
    # "مطار القاعدة": the base's airfield, no place called القاعدة; "قاعدة البيانات": a database
    assert not rows("وأحكم الجيش السيطرة على البوابة الغربية ومطار القاعدة بعد معارك مع المتمردين.")
    out = rows("أعلن الجيش اليمني أنه أنجز تحديث قاعدة البيانات العسكرية.")
    assert not out


# ------------------------------------------------------------------------------------------- lists
def test_a_pass_listed_with_a_known_town_is_an_item_of_its_own() -> None:
    out = rows("شنت طائرات التحالف غارات عنيفة على تجمعات المسلحين في عقبة الوعرة ومكيراس مساء أمس.")
    assert sorted(_at(out, "Explosions/Remote violence")) == [("الوعرة", "Al Bayda", 2), ("مكيراس", "Al Bayda", 1)]


def test_a_word_after_the_list_that_is_no_place_ends_it() -> None:
    # "ومسلحين" is no place: one strike at the pass alone is no list (and has no place of its clause to split)
    out = rows("شنت طائرات التحالف غارات عنيفة على تجمعات المسلحين في عقبة الوعرة ومكيراس ومسلحين آخرين مساء أمس.")
    assert len(_at(out, "Explosions/Remote violence")) == 2


def test_a_list_of_unlisted_items_after_the_sentences_province_is_one_event_an_item() -> None:
    out = rows(
        "وكانت المقاومة قد تقدمت في وقت سابق نحو مدينة الحوطة عاصمة لحج، كما سيطرت على جبل الوعرة ومثلث الخرابة، وقد"
        " خلفت الاشتباكات قتلى وجرحى من صفوف المسلحين الحوثيين."
    )
    captures = [p for p in _at(out, "Battles") if p[0] in ("الوعرة", "الخرابة")]
    assert sorted(captures) == [("الخرابة", "Lahij", 2), ("الوعرة", "Lahij", 2)]
    # one item alone is no list: one capture; round 31 (helper pl17): it is placed at the spot it acts on (the
    # mountain, in the province the sentence names, precision 2), not at the town the earlier clause advanced to
    out = rows(
        "وكانت المقاومة قد تقدمت في وقت سابق نحو مدينة الحوطة عاصمة لحج، كما سيطرت على جبل الوعرة، وقد خلفت"
        " الاشتباكات قتلى وجرحى من صفوف المسلحين الحوثيين."
    )
    assert _at(out, "Battles") == [("الوعرة", "Lahij", 2)]


def test_a_plural_kind_after_the_sentences_province_announces_no_list() -> None:
    # "مناطق الاشتباك": the areas of the fighting, and what follows it no places
    out = rows(
        "قتل تسعة مقاتلين من المعارضة في ريف إدلب، وسط قصف مكثف للطيران الحربي على مناطق الاشتباك وقصف عنيف ومتبادل"
        " بين الطرفين."
    )
    names = {p[0] for p in _at(out, "Explosions/Remote violence")}
    assert not names & {"الاشتباك", "قصف عنيف", "متبادل"}
