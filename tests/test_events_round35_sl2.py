"""Round 35 (helper sl2): two fronts of one sentence, joined by a coordinator or a contrast opener.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 35: the
second places of one sentence, two fronts across a comma (helper sl2)"): ``merge.clauses.coordinated_front`` (a
patch to dh1's merge file, with the word lists ``coordinated_openers`` and ``coordinated_not_scene`` of
event_merge_cues.yaml) — two violent deeds of one sentence, each in its own clause, on the two sides of a comma and a
word that opens the later clause (، كما …؛ ، وكذا …؛ ، و + the trigger; ، في وقت …؛ ، فيما …), each deed's own
clauses naming a scene of the gazetteer and the later one's scenes all of other areas than the earlier one's, are
two fronts of the day (ACLED: one event per place and day) — whichever of the two is the weak word. Before, the weak
word (اقتحام، استهدفوا، استهداف) was folded into the strong one's row by ``merge_sentence`` and its place was lost.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _admin1(out: list[dict[str, Any]]) -> list[str]:
    return sorted(str((e.get("location") or {}).get("admin1")) for e in out)


def test_a_storming_before_a_capture_of_another_province_is_its_own_row() -> None:
    # the weak storming told first, the capture after "في وقت": two provinces, two rows (before: one, at Lahij)
    out = rows(
        "وتمكن مقاتلو المقاومة أمس من اقتحام مواقع للمتمردين في مديرية المسراخ بمحافظة تعز، في وقت سيطرت فيه "
        "وحدات أخرى على معسكر في مدينة الحوطة بمحافظة لحج."
    )
    assert _admin1(out) == ["Lahij", "Taizz"]


def test_a_storming_and_a_retaking_of_two_districts_of_one_province() -> None:
    # Bayji (Salah al-Din) and al-Khalidiya district (Anbar): two towns of two areas
    out = rows(
        "وتمكنت القوات الحكومية الاثنين من اقتحام حي في مدينة بيجي، في وقت استعادت السيطرة على بلدة في قضاء "
        "الخالدية بمحافظة الأنبار."
    )
    assert len(out) == 2
    assert {e["acled_sub_event_type"] for e in out} >= {"Government regains territory"}


def test_an_also_clause_with_a_weak_verb_at_another_town() -> None:
    # "كما استهدفوا": the same doers, the same kind of deed, another province — one more front
    out = rows("وشن مسلحو الحركة هجوما أمس على نقطة للشرطة في مدينة غزني، كما استهدفوا دورية للجيش في ولاية قندهار.")
    names = sorted(str((e.get("location") or {}).get("name")) for e in out)
    assert names == ["Ghazni", "Kandahar"]


def test_a_verbal_noun_joined_by_wa_at_another_town() -> None:
    # "، واستهداف دورية …": a chain of a verb and a verbal noun, each at its own town
    out = rows(
        "وشن مسلحون هجوما أمس على نقطة للشرطة في مدينة الرمادي، واستهداف دورية للجيش في مدينة سامراء بمحافظة "
        "صلاح الدين."
    )
    assert _admin1(out) == ["Al Anbar", "Salah Al Din"]


def test_a_town_and_its_province_stay_one_front() -> None:
    # al-Hawta is Lahij's seat: the province told after "كما" is no other area
    out = rows("وقصفت طائرات التحالف الخميس مواقع للمتمردين في مدينة الحوطة، كما استهدفت مواقع أخرى في محافظة لحج.")
    assert len(out) == 1


def test_a_place_of_origin_is_no_scene() -> None:
    # the reinforcements came from Amran: the strike is at Saada, one row
    out = rows("وقصفت طائرات التحالف الخميس مواقع للحوثيين في مدينة صعدة، كما استهدفت تعزيزات قادمة من محافظة عمران.")
    assert _admin1(out) == ["Sadah"]
