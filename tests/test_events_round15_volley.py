"""Round 15b (issue 12, helper ev12): the lead of a volley beside its parts.

A strike or fight told with no place of its own — its sentence's place belongs to another clause's deed (the capture
the sentence tells first, "في حين قصف طيران التحالف منازل قادة") or to the lead — is the volley the article then tells
part by part, each in its own clause at its own place, on the same day: it yields to them (one row per part, none at
the other clause's place). Kept: a place fronted before the deed (وفي محافظة صعدة، شنت …), a lead with its own toll,
an "also" item (كما استهدف … في المدينة ذاتها).

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from tests.event_checks import rows


def _strikes(found: list[dict]) -> list[dict]:
    return [e for e in found if e["acled_sub_event_type"] == "Air/drone strike"]


def _admin1(e: dict) -> str | None:
    loc = e.get("location") or {}
    return loc.get("admin1") if isinstance(loc, dict) else None


def test_a_lead_placed_by_another_clauses_capture_yields_to_its_parts() -> None:
    text = (
        "سيطرت قوات الجيش الوطني أمس على مدينة زنجبار، في حين قصف طيران التحالف منازل قادة من الحوثيين. "
        "وشن طيران التحالف أمس غارات على مواقع للحوثيين في مدينة مأرب."
    )
    found = rows(text)
    assert [_admin1(e) for e in _strikes(found)] == ["Marib"]
    assert any(e["acled_sub_event_type"] == "Government regains territory" for e in found)  # the capture stays


def test_a_volley_summed_up_then_told_part_by_part_is_rowed_by_its_parts() -> None:
    text = (
        "أكدت مصادر عسكرية أن قوات الجيش سيطرت أمس على مدينة زنجبار في أبين، فيما شنت مقاتلات التحالف غارات عنيفة. "
        "واستهدفت مقاتلات التحالف أمس معسكرا للحوثيين في مدينة مأرب، وقصفت مخازن أسلحة في مدينة صعدة."
    )
    found = rows(text)
    assert "Abyan" not in [_admin1(e) for e in _strikes(found)]
    assert "Marib" in [_admin1(e) for e in _strikes(found)]


def test_a_fronted_place_is_the_strikes_own() -> None:
    text = (
        "وفي محافظة صعدة، شنت مقاتلات التحالف أمس غارات على مواقع للحوثيين. "
        "واستهدفت مقاتلات التحالف أمس معسكرا للحوثيين في مدينة مأرب."
    )
    assert sorted(_admin1(e) or "" for e in _strikes(rows(text))) == ["Marib", "Sadah"]


def test_a_lead_with_its_own_toll_stays() -> None:
    text = (
        "سيطرت قوات الجيش الوطني أمس على مدينة زنجبار، في حين قتل عشرة من الحوثيين في غارات لطيران التحالف. "
        "وشن طيران التحالف أمس غارات على مواقع للحوثيين في مدينة مأرب."
    )
    assert len(_strikes(rows(text))) == 2


def test_an_also_item_is_no_lead() -> None:
    text = (
        "شنت مقاتلات التحالف أمس غارات على مواقع للحوثيين في مدينة مأرب. "
        "كما استهدف طيران التحالف أمس مبنى تتخذه الميليشيات مقرا في المدينة ذاتها."
    )
    assert [_admin1(e) for e in _strikes(rows(text))] == ["Marib"]
