"""Round 31 (helper rc3): the second place of a list, and captures with no row.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 31: second
places of a list and captures (helper rc3)"):

- a list of places after an event's trigger may open further on with a plural or dual kind right after في or على
  (… على مواقعها في جبهتي X وY، … استهدفت تجمعات المتمردين في مديريات X وY وZ), as a singular kind there already
  could; fronts and districts are kinds that announce a list (جبهتي، جبهات، مديريات; event_arg_cues'
  list_plural_kinds): each place is one event, a place the gazetteer lacks an unlisted place of the province
  (``unlisted_places.listed_items``);
- a plural kind after the first item ends the list (ومناطق أخرى من محافظة صعدة); when such a list holds one
  province's places and the sentence lists other provinces after it, each other province keeps its row (round 29's
  ``merge.province_items``), read over the places first read;
- only strikes, shelling, fighting and captures take a list announced further on (a device made safe in مناطق X وY
  stays one row);
- an item that opens with a kind word and its article (المنطقة الوسطى، المنطقة الشرقية) is a region told by its kind,
  no place: such a list is no list (one row, as before);
- a place of the body's list is a row of its own, not taken into the headline's row of the same place (which folds
  into the body's first row and took the list's other place with it);
- a capture's verbal noun that is the direct object of استطاع (استطاعت المقاومة، أمس، السيطرة على …) is the report's
  deed, as تمكنت من السيطرة is, with up to three words and a comma between, when its sentence tells a day
  (``captures.announced``); not a capture recalled with no day (إذ استطاعت المقاومة، بدعم التحالف، استعادة …);
- (tests/test_events_round31_rc3_patch.py, with the patch to events/dates.py) a day after "since" more than a week
  before the report, told in a sentence before the trigger's, dates no event of that later sentence.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _names(out: list[dict[str, Any]], sub: str) -> list[str]:
    return sorted(str((e.get("location") or {}).get("name")) for e in out if e["acled_sub_event_type"] == sub)


def test_a_dual_front_kind_after_fi_lists_a_place_the_gazetteer_lacks() -> None:
    out = rows(
        "صدت المقاومة الشعبية فجر اليوم هجمات شنها المتمردون الحوثيون على مواقعها في جبهتي صرواح والجدعان بمحافظة مأرب."
    )
    names = _names(out, "Armed clash")
    assert len(names) == 2
    assert any("الجدعان" in n for n in names)
    assert all((e.get("location") or {}).get("admin1") == "Marib" for e in out)


def test_a_plural_district_kind_lists_each_district() -> None:
    out = rows("وشنت طائرات التحالف اليوم غارات مكثفة استهدفت تجمعات المتمردين في مديريات صرواح والجدعان والعبدية.")
    names = _names(out, "Air/drone strike")
    assert len(names) == 3
    assert any("العبدية" in n for n in names)


def test_a_list_of_one_province_then_another_province_gives_each_place_and_province() -> None:
    out = rows(
        "وشنت مقاتلات التحالف فجر اليوم غارات متتالية على تجمعات المتمردين في مناطق باقم ورازح ومناطق أخرى من "
        "محافظة صعدة، ومديرية «حرض» بمحافظة حجة."
    )
    names = _names(out, "Air/drone strike")
    assert len(names) == 3  # "ومناطق أخرى" ends the list: no place of its own
    assert "Harad" in names  # the other province's item is kept (merge.province_items)
    assert not any("أخرى" in n for n in names)


def test_a_region_told_by_its_kind_is_no_place_of_a_list() -> None:
    out = rows("تدور منذ الصباح اشتباكات متقطعة بين الجيش والمسلحين في جبهتي لودر والمنطقة الشرقية بمحافظة أبين.")
    assert _names(out, "Armed clash") == ["Lawdar"]
    out = rows("صد الجيش والمقاومة الشعبية، مساء أمس، هجوما للمتمردين في جبهتي زنجبار والمنطقة الوسطى بمحافظة أبين.")
    assert len(_names(out, "Armed clash")) == 1


def test_a_body_list_place_is_not_taken_into_the_headline_row() -> None:
    out = rows(
        "أفادت مصادر في المقاومة الشعبية بمحافظة مأرب أنها صدت أمس هجمات عنيفة شنها المتمردون على مواقع متفرقة في "
        "جبهتي الجفينة وصرواح.",
        title="المقاومة تصد هجمات المتمردين في «جفينة» و«صرواح»",
    )
    assert len(_names(out, "Armed clash")) == 2


def test_a_capture_the_direct_object_of_istata_a_past_a_comma_is_a_row() -> None:
    out = rows("استطاعت المقاومة الشعبية، أمس، السيطرة على مدينة قعطبة في محافظة الضالع.")
    assert _names(out, "Government regains territory") == ["Qa'tabah"]


def test_a_capture_recalled_with_no_day_stays_no_row() -> None:
    out = rows(
        "وأشاد الوزير بأداء القوات الحكومية، إذ استطاعت المقاومة، بدعم التحالف، استعادة مدينة قعطبة وغيرها من المدن."
    )
    assert _names(out, "Government regains territory") == []


def test_a_capture_not_achieved_stays_no_row() -> None:
    assert rows("ولم تستطع القوات، رغم الحشود، السيطرة على مدينة قعطبة في محافظة الضالع.") == []
