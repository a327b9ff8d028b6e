"""Round 24 (helper mg13): al-Anad — "the base" told again after the named base.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 24:
al-Anad (helper mg13)"): a site kind's definite noun standing alone in an event's clause (قصفوا القاعدة، بسط سيطرتها
على القاعدة الجوية) is the named site of that kind told just before in its sentence or the two before (قاعدة العند,
read as ``unlisted_places.site_place`` reads it: Lahij, its sourced province), not the Aden a relative clause names
("عملية السهم الذهبي التي حررت عدن", a liberation recalled) nor the lead's place
(``events.places.site_anaphor``; ``ar/place_cues.yaml`` ``site_anaphor_not_after``). A group's name (تنظيم القاعدة)
is no such noun.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _placed(out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in out if e.get("location")]


def test_the_base_taken_after_a_recalled_liberation_of_aden_stays_in_lahij() -> None:
    out = rows(
        "حققت المقاومة الشعبية أمس نصرا جديدا باستعادتها السيطرة على قاعدة العند العسكرية في محافظة لحج، حيث تمكنت "
        "قواتها من بسط سيطرتها الكاملة على القاعدة الجوية. وقال قائد ميداني إن تحرير القاعدة جاء ضمن العملية التي "
        "حررت عدن الشهر الماضي.",
        title="المقاومة تستعيد «العند»",
    )
    captures = [e for e in _placed(out) if e["acled_sub_event_type"] == "Government regains territory"]
    assert captures, out
    assert "Lahij" in {e["location"]["admin1"] for e in captures}, captures


def test_the_base_shelled_in_the_next_sentence_is_the_named_base() -> None:
    out = rows(
        "تواصل المقاومة الشعبية تأمين أحياء مدينة عدن. وسيطرت المقاومة أمس على مواقع للحوثيين قرب قاعدة العند "
        "الجوية. وذكر مصدر في المقاومة أن مقاتليها قصفوا القاعدة بالصواريخ، ما أوقع خسائر في صفوف الحوثيين.",
        title="المقاومة تؤمن عدن",
    )
    shelled = [e for e in _placed(out) if e["acled_sub_event_type"] == "Shelling/artillery/missile attack"]
    assert shelled, out
    assert {e["location"]["admin1"] for e in shelled} == {"Lahij"}, shelled


def test_al_qaeda_is_no_base_told_again() -> None:
    out = rows(
        "قال مسؤول يمني إن المقاومة استعادت قاعدة العند في لحج أمس. وأضاف أن عناصر تنظيم القاعدة هاجموا نقطة "
        "تفتيش للجيش أمس الأحد، ما أسفر عن مقتل ثلاثة جنود.",
        title="هجوم على نقطة تفتيش في أبين",
    )
    killed = [e for e in _placed(out) if (e.get("fatalities") or {}).get("value") == 3]
    assert killed, out
    assert all(e["location"]["admin1"] != "Lahij" for e in killed), killed
