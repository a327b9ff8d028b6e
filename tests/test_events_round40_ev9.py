"""Round 40 (helper ev9): the place a row is given on long articles, and real rows the row filter drops.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 40: places
on long articles and the row filter's real rows (helper ev9)"):

- ``places.foreign_scene``: a row whose own clause names no place borrowed the headline's or lead's place even when
  its sentence names a place in another country (a Turkish province's headline over "قصفت مواقع … في شمال العراق");
  such a row now takes the sentence's foreign place, when every scene place of the sentence lies outside the lead's
  country and no other trigger stands between.
- ``places.paragraph_place``: the scene a paragraph opens with is no longer a place told by its bearing from another
  (شرق صنعاء in "وفي محافظة مأرب، شرق صنعاء، شنت …") when the opening sentence names another place: a later
  sentence's "القصف" took the bearing's province, and the merge moved the strike's row there.
- ``places.fronted_scene``: a row whose own clause names no place takes the place its sentence opens with before a
  comma ("وفي محافظة الضالع جنوبي اليمن، قتل … وأصيب آخرون في استهداف …"), not the headline's or lead's.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _places(out: list[dict[str, Any]]) -> list[tuple[str | None, str | None]]:
    return sorted((e["location"].get("country_iso3"), e["location"].get("admin1")) for e in out)


TURKISH_HEADLINE = "مقتل ثلاثة جنود أتراك بهجوم في ولاية ماردين"
TURKISH_LEAD = "قتل ثلاثة جنود أتراك أمس الأحد في هجوم شنه مسلحون أكراد على مخفر للدرك في ولاية ماردين جنوب شرقي تركيا."


def test_strike_told_in_northern_iraq_is_not_at_the_lead_province() -> None:
    text = (
        TURKISH_LEAD + "\nوذكرت وزارة الدفاع التركية، أمس، أنها لم تقصف أي قرى يقطنها أهال في شمال العراق، "
        "مشيرة إلى أنها قصفت مستودعا للذخيرة تابعا للحزب."
    )
    out = rows(text, title=TURKISH_HEADLINE)
    strikes = [e for e in out if e["trigger"]["text"] == "قصفت"]
    assert strikes, out
    assert _places(strikes) == [("IRQ", None)]

    # the car bomb answers raids on northern Iraq: the raids' place is not the bombing's
    text = (
        TURKISH_LEAD + "\nوتبنى الحزب أمس تفجيرا بسيارة مفخخة ردا على الغارات الجوية التركية على قواعده في شمال العراق."
    )
    out = rows(text, title=TURKISH_HEADLINE)
    bombs = [e for e in out if e["trigger"]["text"] == "تفجيرا"]
    assert all(e["location"].get("country_iso3") == "TUR" for e in bombs)


def test_a_bearing_beside_a_province_is_not_the_paragraph_scene() -> None:
    text = (
        "أعلنت المقاومة الشعبية في عدن السيطرة على مواقع جديدة في المدينة أمس.\n"
        "وفي محافظة مأرب، شرق صنعاء، شنت طائرات التحالف غارات أخرى، ردا على هجمات من المسلحين. "
        "وأوضح المصدر أن القصف دمر عددا من آليات المتمردين."
    )
    out = rows(text, title="تطورات ميدانية في عدن")
    strikes = [e for e in out if e["acled_sub_event_type"] == "Air/drone strike"]
    assert [e["location"].get("admin1") for e in strikes] == ["Marib"]


def test_the_scene_a_sentence_opens_with_is_its_clauses_place() -> None:
    text = (
        "أعلنت المقاومة الشعبية في عدن السيطرة على مواقع جديدة في المدينة أمس.\n"
        "وفي محافظة الضالع جنوبي اليمن، قتل خمسة من مسلحي الحوثي، وأصيب ثلاثة آخرون فجرا في استهداف عربتين لهم."
    )
    out = rows(text, title="تطورات ميدانية في عدن")
    fights = [e for e in out if e["acled_sub_event_type"] == "Armed clash"]
    assert fights and all(e["location"].get("admin1") == "Ad Dali" for e in fights)
