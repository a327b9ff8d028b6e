"""Round 41, helper ev11: events on unseen short articles.

Dead told by a fight of their own in a clause of their own ("قتل خمسة من المسلحين في مواجهات مع قوات الجيش") are that
fight's, not the toll of a strike or a shelling told in another clause of the same sentence: a battle of its own beside
the strike (``rasd.events.merge.clauses.two_kinds``, ``_TOLL_FIGHT``). Before, merge_sentence folded the fight into
the strike, whose row took the fight's dead. Sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _subs(out: list[dict[str, Any]]) -> list[str]:
    return sorted(e["acled_sub_event_type"] for e in out)


def _dead(out: list[dict[str, Any]], sub: str) -> int | None:
    for e in out:
        if e["acled_sub_event_type"] == sub:
            f = e.get("fatalities")
            return f.get("value") if isinstance(f, dict) else f
    return None


def test_dead_in_clashes_told_before_the_strikes_are_a_battle_of_their_own() -> None:
    out = rows(
        "وفي محافظة الجوف، قتل خمسة من المسلحين الحوثيين في مواجهات مع قوات الجيش الوطني، وشنت طائرات التحالف أربع "
        "غارات على مواقع للمتمردين في مديرية الغيل."
    )
    assert _subs(out) == ["Air/drone strike", "Armed clash"]
    assert _dead(out, "Armed clash") == 5
    assert not _dead(out, "Air/drone strike")


def test_dead_in_clashes_told_after_the_shelling_are_a_battle_of_their_own() -> None:
    out = rows(
        "قصفت مدفعية الجيش مواقع المسلحين في بلدة الحسينية بريف دير الزور، وقتل ستة من عناصر التنظيم في مواجهات مع "
        "قوات النظام."
    )
    assert _subs(out) == ["Armed clash", "Shelling/artillery/missile attack"]
    assert _dead(out, "Armed clash") == 6


def test_dead_told_as_the_strikes_toll_stay_the_strikes() -> None:
    # no fight of their own: the strike's toll, one row (passes before and after the change)
    out = rows("شنت طائرات التحالف غارات على مواقع المسلحين الحوثيين في محافظة الجوف، ما أدى إلى مقتل خمسة منهم.")
    assert _subs(out) == ["Air/drone strike"]
    assert _dead(out, "Air/drone strike") == 5


def test_a_suicide_bomber_told_with_the_incident_is_a_suicide_bombing() -> None:
    # "الحادث … الذي نفذه أحد الانتحاريين": the incident noun is the suicide word's context (needs of events.yaml)
    out = rows(
        "وأكد أهالي القرية أن الحادث الإجرامي الذي نفذه أحد الانتحاريين داخل مسجد في مدينة أبها وراح ضحيته عشرة من "
        "رجال الأمن جريمة نكراء."
    )
    assert _subs(out) == ["Suicide bomb"]
    assert _dead(out, "Suicide bomb") == 10


def test_a_suicide_attempt_of_ones_own_is_no_bombing() -> None:
    # guard: انتحار (taking one's own life) is no suicide word of an attack (passes before and after)
    assert rows("وأوضح الطبيب أن وفاة الشاب جاءت بعد محاولة انتحار في منزله بمدينة أبها.") == []
