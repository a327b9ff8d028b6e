"""Round 30 (helper rc2): events missed on unseen articles — a fight told going on at a place the gazetteer lacks.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 30: events
missed on unseen articles (helper rc2)"):

- a weak fighting noun (معارك، مواجهات، اشتباكات) told as going on or taking place (لا تزال مستمرة، تدور، دارت …)
  whose own clause names, after it and after في or ب, a kind word and a name the gazetteer lacks, plain or in
  parentheses (في منطقة X، في مديرية (X)), is a clash at that place, an unlisted place of the province of the
  sentence's (else the paragraph's, else the lead's) known place (``unlisted_places.fighting_site``, called by the
  events stage when the places step found no place of the clause): before, the noun was a weak word with no place
  of its own and no row;
- a fight (weak or strong noun) whose clause names such a place is a front of its own: not merged with a fight told
  in another sentence at another place (``merge.happening.FIGHT_SITE``), nor taken as "the fighting" told before;
- not a fight named with no telling of it (an old battle shown at an exhibition);
- "في وقت سابق" right before the trigger it tells (at most four words between), opening its clause or with its day
  right after it, is earlier in the news told: the happening is dated as its sentence dates it
  (``dates._earlier_today``), not recalled from before with no date and no row; "سبق أن", a bare mark inside the
  clause (round 18b's test), the mark of another verb and a pluperfect's stay a recalled past;
- a happening told as "similar" (اشتباكات مماثلة) with a present verb of occurring right before it is one more front
  of the news told (``dates._similar_now``), dated as its sentence dates it, not an earlier one recalled.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

_CLASH = "Armed clash"


def _clashes(out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in out if e["acled_sub_event_type"] == _CLASH]


def _admin1s(out: list[dict[str, Any]]) -> list[str]:
    return sorted(str((e.get("location") or {}).get("admin1")) for e in _clashes(out))


def test_fighting_going_on_at_an_area_the_gazetteer_lacks_is_a_clash_there() -> None:
    out = rows(
        "وفي محافظة الضالع قالت مصادر محلية إن الحصار ما زال مفروضا على الأهالي، مضيفة أن المواجهات تدور منذ الصباح "
        "في منطقة الشعيبة الغربية غربي المدينة."
    )
    assert _admin1s(out) == ["Ad Dali"]
    assert "الشعيبة" in str((_clashes(out)[0].get("location") or {}).get("name"))


def test_fighting_still_going_on_in_a_district_named_in_parentheses_is_a_clash_there() -> None:
    out = rows(
        "وقال قائد المقاومة الشعبية في محافظة البيضاء إن رجاله باتوا على مشارف المدينة. وأوضح أن معارك المقاومة "
        "لا تزال مستمرة في مديرية (آل حميقان العليا)، بينما تتقدم وحدات أخرى نحو مدينة رداع."
    )
    assert _admin1s(out) == ["Al Bayda"]


def test_a_fight_at_an_area_of_its_own_is_not_the_fight_told_at_the_city() -> None:
    out = rows(
        "دارت أمس اشتباكات عنيفة بين المقاومة الشعبية والحوثيين في مدينة تعز قرب القصر الجمهوري. وقالت مصادر ميدانية "
        "إن المعارك لا تزال مستمرة كذلك في منطقة الحوبان العليا شرقي المحافظة."
    )
    assert len(_clashes(out)) == 2


def test_fighting_at_a_quoted_area_of_its_own_is_not_the_clash_told_at_a_town() -> None:
    out = rows(
        "دارت أمس اشتباكات عنيفة بين المقاومة الشعبية والحوثيين في مدينة لودر بمحافظة أبين. وأوضح مصدر في المقاومة "
        "أن اشتباكات متقطعة دارت كذلك مع الحوثيين في منطقة «العرقوب» شرق المحافظة."
    )
    assert len(_clashes(out)) == 2


def test_a_battle_shown_at_an_exhibition_is_no_clash() -> None:
    out = rows(
        "افتتح وزير الثقافة أمس معرضا للآثار في القاهرة، تتصدره لوحة جدارية لمعركة قديمة في منطقة ثارو على الحدود "
        "الشرقية للدلتا، إلى جانب تماثيل لعدد من الملوك."
    )
    assert _clashes(out) == []


_SHELL = "Shelling/artillery/missile attack"


def test_shelling_told_earlier_in_the_news_is_a_row() -> None:
    out = rows("وفي وقت سابق قصفت ميليشيات الحوثي بقذائف الهاون الأحياء السكنية في مدينة الضالع، دون أنباء عن إصابات.")
    assert [e["acled_sub_event_type"] for e in out] == [_SHELL]


def test_shelling_told_as_had_happened_before_stays_no_row() -> None:
    out = rows("وسبق أن قصفت ميليشيات الحوثي الأحياء السكنية في مدينة الضالع بقذائف الهاون.")
    assert out == []


def test_the_earlier_mark_of_another_verb_recalls_the_bombing() -> None:
    out = rows(
        "وفي وقت سابق من مساء أمس زار وزير الداخلية المسجد الذي استهدفه تفجير انتحاري الخميس الماضي في مدينة أبها."
    )
    assert out == []


def test_similar_clashes_going_on_at_another_front_are_a_row_of_their_own() -> None:
    out = rows(
        "وقالت مصادر محلية إن المقاومة الشعبية صدت هجوما للحوثيين في جبهة صرواح بمحافظة مأرب. وتدور اشتباكات عنيفة "
        "مماثلة في جبهة الجدعان شمال المحافظة."
    )
    assert len(_clashes(out)) == 2
    assert all((e.get("date") or {}).get("value") for e in _clashes(out))


def test_an_offensive_told_in_the_pluperfect_earlier_in_the_day_stays_recalled() -> None:
    out = rows(
        "وكانت القوات الموالية للحكومة قد شنت في وقت سابق من نهار أمس هجوما واسعا على مواقع الحوثيين في مدينة الضالع."
    )
    assert out == []
