"""Round 38 (helper ev4): one happening per row — what a strike destroyed, told by its own verb after it.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 38: folds
that lose events and duplicates that add rows, counted by route (helper ev4)"):

- ``merge.strike_result.result_of``: a verb of destroying that opens a clause right after a strike of its sentence
  ("، كما دمرت …"، "، ودمرت …") with no subject of its own tells what that strike destroyed: one happening, the
  strike's row (its type and place kept), not a second strike row placed by a name in its object or typed a shelling
  by the rockets of the launchers it destroyed (``event_merge_cues.yaml`` ``strike_result_verbs``,
  ``strike_result_subjects``). A verb with its own doer after it stays a strike of its own.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

#: A lead sentence before the strike, as in a long report (the strike is the body's, not the headline's).
_LEAD = "قالت مصادر محلية إن المقاومة الشعبية تقدمت أمس في عدة جبهات جنوب البلاد. "


def _subs_at(out: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return sorted((str(e["acled_sub_event_type"]), str((e.get("location") or {}).get("admin1"))) for e in out)


def test_launchers_destroyed_by_the_strikes_told_before_are_no_shelling_row() -> None:
    out = rows(
        _LEAD + "كما قصفت غارات التحالف تجمعات المسلحين في بساتين الممدارة بمحافظة عدن، ودمرت ثلاث منصات لإطلاق "
        "صواريخ الكاتيوشا، وجسرا صغيرا بين عدن ولحج.",
        title="تقدم للمقاومة",
    )
    assert _subs_at(out) == [("Air/drone strike", "Aden")]


def test_a_bridge_near_a_town_destroyed_by_the_raids_is_no_row_of_its_own() -> None:
    out = rows(
        _LEAD + "وضربت غارات التحالف أمس قاعدة العند الجوية التي يتحصن فيها المسلحون، كما دمرت منصات صواريخ وجسرا "
        "قرب مدينة لحج.",
        title="تقدم للمقاومة",
    )
    assert [(e["acled_sub_event_type"], (e.get("location") or {}).get("name")) for e in out] == [
        ("Air/drone strike", "العند")
    ]
    # a verb of destroying with its own doer after it is a strike of its own, at its own place
    out = rows(
        _LEAD + "وضربت غارات التحالف أمس قاعدة العند الجوية، كما دمرت طائرات التحالف مخزنا للأسلحة في مدينة صعدة.",
        title="تقدم للمقاومة",
    )
    assert [str((e.get("location") or {}).get("admin1")) for e in out] == ["Lahij", "Sadah"]
