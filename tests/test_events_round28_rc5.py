"""Round 28 (helper rc5): happenings the unseen articles told and rasd did not row at all.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 28:
happenings with no row on unseen articles (helper rc5)"):

* a place told as having come under a side's control (أن مدينة … أصبحت الآن تحت سيطرة المقاومة) is a capture told as
  news: the noun of control after a past verb of becoming and تحت (``triggers._became_under`` lets it past the
  "تحت سيطرة" state veto, ``captures.became_under`` keeps the noun; ``event_cues.yaml`` became_verbs); not a place
  described by a relative clause, nor one that was held;
* people named as the report's source (وقال سكان محليون إن …، بحسب سكان) are no victims of the happening told
  (``subtypes.civilians_in``, ``subtypes.victims_told``; ``event_cues.yaml`` source_before);
* fighting told as going on may carry its side as a genitive before the word of going on (معارك المقاومة الشعبية لا
  تزال مستمرة في …: ``background._STILL_AFTER``; ``event_cues.yaml`` fighting_genitive_sides).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import events, rows


def _sub(out: list[dict[str, Any]], sub: str) -> list[dict[str, Any]]:
    return [e for e in out if e["acled_sub_event_type"] == sub]


def _admin1(out: list[dict[str, Any]]) -> set[str | None]:
    return {(e.get("location") or {}).get("admin1") for e in out}


_TAKEN = ("Government regains territory", "Non-state actor overtakes territory")


def _captures(out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in out if e["acled_sub_event_type"] in _TAKEN]


# ------------------------------------------------------------------------------------------- become under control
def test_town_that_became_under_control_is_a_capture() -> None:
    out = rows("أعلن محافظ لحج، السبت، أن مدينة الحوطة أصبحت الآن تحت سيطرة المقاومة الشعبية بالكامل.")
    taken = _captures(out)
    assert _admin1(taken) == {"Lahij"}, out
    assert taken[0]["actor1"]["name"] == "Popular Resistance", taken


def test_town_that_became_under_control_after_the_verb_of_saying() -> None:
    out = rows("وقال مصدر عسكري إن مدينة زنجبار عاصمة محافظة أبين باتت تحت سيطرة المقاومة الشعبية.")
    assert _admin1(_captures(out)) == {"Abyan"}, out


def test_areas_described_by_a_relative_clause_are_no_capture() -> None:
    out = rows("ويسعى الجيش العراقي إلى إخراج المسلحين من المناطق التي أصبحت تحت سيطرة التنظيم في محافظة الأنبار.")
    assert not _captures(out), out


def test_a_province_that_became_under_control_is_no_capture_row() -> None:
    out = rows("وقال القائد العسكري إن محافظة أبين باتت تحت سيطرة الجيش الوطني والمقاومة الشعبية بالكامل.")
    assert not _captures(out), out


def test_a_town_that_was_held_is_no_capture() -> None:
    assert not _captures(rows("وكانت مدينة الرمادي تحت سيطرة تنظيم داعش منذ شهر مايو الماضي."))


def test_a_town_under_control_with_no_verb_of_becoming_is_no_capture() -> None:
    assert not _captures(rows("وقال المحافظ إن مدينة الحوطة تحت سيطرة المقاومة الشعبية منذ أسابيع."))


# ------------------------------------------------------------------------------------------- fighting going on
def test_fighting_of_a_side_still_going_on_with_its_dead_is_a_clash() -> None:
    out = rows(
        "وقال المتحدث إن معارك المقاومة الشعبية لا تزال مستمرة في مديرية صرواح بمحافظة مأرب، وقتل فيها خمسة "
        "من مسلحي الحوثي."
    )
    assert "Marib" in _admin1(_sub(out, "Armed clash")), out


def test_fighting_of_a_side_going_on_in_a_country_is_no_row() -> None:
    out = events("وقال المحلل إن معارك المقاومة الشعبية لا تزال مستمرة في اليمن منذ أشهر.")
    assert not [e for e in out if e["acled_row"] and e["acled_sub_event_type"] == "Armed clash"], out


# ------------------------------------------------------------------------------------------- the report's source
def test_residents_who_tell_of_an_attack_on_a_checkpoint_are_no_victims() -> None:
    out = rows("وقال سكان محليون إن مسلحين هاجموا نقطة تفتيش للجيش في مدينة العريش بشمال سيناء مساء أمس.")
    assert _sub(out, "Armed clash"), out
    assert not _sub(out, "Attack"), out


def test_residents_killed_by_the_attackers_are_still_victims() -> None:
    out = rows("هاجم مسلحون نقطة تفتيش للجيش في مدينة العريش بشمال سيناء مساء أمس، وقتلوا ثلاثة من السكان.")
    assert _sub(out, "Attack"), out
