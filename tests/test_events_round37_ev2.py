"""Round 37 (helper ev2): false rows of unseen articles — a capture told in a relative clause, and people told by
where they come from.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 37: false
rows that recur on unseen articles, by cause (helper ev2)"):

- ``merge.clauses.recalled_capture``: a capture's verb right after a relative pronoun (الساحل الذي استولى عليه
  المتمردون) describes the noun before it; it no longer takes in the act its clause told before the pronoun (the
  shelling keeps its own type and row), and ``coding.background.past_state`` then reads it as the past state of
  things — with no day of its own when the day of its clause stands before another trigger (the shelling's
  "yesterday").
- ``place_filters.people_from``: a place after من that tells where fighters, leaders or people come from (قياديون من
  محافظتي ذمار وعمران، مسلحين من أبناء محافظة صعدة) is no scene (``place_cues.yaml`` ``people_from_nouns``,
  ``people_from_kinds``), unless a word of driving out or leaving stands before (بطرد المسلحين من …:
  ``people_from_stops``).
- ``event_kind_cues.yaml`` ``frame_state_nouns``: the effect a force had and the credit given (كان لهم التأثير الأكبر
  في استعادة …، نسب الفضل في تحرير …) make the capture they govern the past state of things, as a part played does.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _subs_at(out: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return sorted((str(e["acled_sub_event_type"]), str((e.get("location") or {}).get("admin1"))) for e in out)


def test_a_capture_in_a_relative_clause_does_not_take_the_shelling_in() -> None:
    out = rows(
        "قصفت البوارج الحربية أمس تجمعات للمسلحين في مديرية الخوخة ومعسكرا قرب الساحل الذي استولى عليه المتمردون.",
        title="قصف على الخوخة",
    )
    assert _subs_at(out) == [("Shelling/artillery/missile attack", "Al Hudaydah")]


def test_a_relative_capture_beside_strikes_has_no_day_of_its_own() -> None:
    out = rows(
        "شنت مقاتلات التحالف أمس غارات على مخازن أسلحة في مديرية حرض وموقعا عسكريا في الجبل الذي سيطرت عليه "
        "الميليشيات.",
        title="غارات على حرض",
    )
    assert [e["acled_sub_event_type"] for e in out] == ["Air/drone strike"]


def test_leaders_from_a_dual_of_provinces_are_no_scenes() -> None:
    out = rows(
        "وقال مصدر في المقاومة إن مقاتليها تمكنوا بعد مواجهات مع الحوثيين في مديرية العدين بمحافظة إب، أمس، من قتل "
        "تسعة مسلحين بينهم قياديون من محافظتي ذمار وعمران.",
        title="مواجهات في إب",
    )
    assert _subs_at(out) == [("Armed clash", "Ibb")]
    # driven out from a town: the town is the act's own place (the stop words)
    out = rows("وتمكنت المقاومة أمس من طرد المسلحين الحوثيين من مدينة الحوطة عاصمة محافظة لحج.", title="طرد من الحوطة")
    assert _subs_at(out) == [("Government regains territory", "Lahij")]


def test_a_capture_named_as_a_force_s_effect_or_credit_is_no_row() -> None:
    out = rows(
        "وقالت مصادر عسكرية في المعارضة إن مقاتلي الحزب كان لهم التأثير الأكبر في استعادة قوات النظام بلدة يبرود في "
        "القلمون، مشيرة إلى أنهم يقاتلون اليوم في الزبداني.",
        title="القلمون",
    )
    assert out == []
    out = rows(
        "ونسب قائد المنطقة العسكرية الفضل في تحرير مدينة زنجبار إلى طيران التحالف والمقاومة الشعبية.", title="زنجبار"
    )
    assert out == []
