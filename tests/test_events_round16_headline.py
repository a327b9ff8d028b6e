"""The headline's row and the body's rows (round 16b, helper hd; issue 12, recall and place).

A headline told by its dead ("مقتل N من …") over a lead that tells the same N dead and how they died (a shelling, an
air strike, a bombing) is one happening told twice: one row, the lead's, at the lead's place and with the lead's
sub-type (the headline says how many died, the lead how and where). Before, the two sub-types had to agree
(merge.lead_count), so the headline's toll stayed a second row, a battle at the headline's rough place (a direction
off a city). A headline count the lead does not tell stays apart. Every sentence below was written for this test
(none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

_LINK = "رابط الخبر: "


def _brief(found: list[dict[str, Any]]) -> list[tuple[str, str | None, int | None]]:
    out = []
    for e in found:
        fat = e.get("fatalities")
        value = fat.get("value") if isinstance(fat, dict) else fat
        out.append((e["acled_sub_event_type"], (e.get("location") or {}).get("admin1"), value))
    return out


def _article(title: str, body: str) -> list[dict[str, Any]]:
    return rows(body + _LINK + title, title=title, published="2015-08-11")


_SHELLING_LEAD = (
    "قتل 14 جنديا من الجيش العراقي اليوم الثلاثاء في قصف بقذائف الهاون استهدف مقرا عسكريا في قضاء بيجي بمحافظة "
    "صلاح الدين، بحسب مصادر أمنية. وقالت المصادر إن القصف جاء من مواقع يسيطر عليها التنظيم شمال القضاء. "
)


def test_a_headline_toll_told_again_by_the_leads_shelling_is_one_row_at_the_leads_place() -> None:
    found = _article("مقتل 14 جنديا عراقيا شمال بغداد", _SHELLING_LEAD)
    assert _brief(found) == [("Shelling/artillery/missile attack", "Salah Al Din", 14)]


def test_a_headline_toll_told_again_by_the_leads_air_strike_is_one_row() -> None:
    body = (
        "لقي 9 من عناصر ميليشيات الحوثي مصرعهم أمس في غارة جوية لطيران التحالف استهدفت تجمعا لهم في مديرية صرواح "
        "بمحافظة مأرب، وفق ما أفادت مصادر في المقاومة الشعبية. وأضافت المصادر أن الغارة دمرت عربتين. "
    )
    found = _article("مقتل 9 حوثيين شرق صنعاء", body)
    assert [(s, a) for s, a, _ in _brief(found)] == [("Air/drone strike", "Marib")]


def test_a_headline_count_the_lead_does_not_tell_stays_a_row_of_its_own() -> None:
    found = _article("مقتل 30 جنديا عراقيا شمال بغداد", _SHELLING_LEAD)
    assert sorted(v or 0 for _, _, v in _brief(found)) == [14, 30]
