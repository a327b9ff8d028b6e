"""Two happenings of one sentence (round 20, helper mg8).

A fight or an attack (ACLED Battles) told by a word of its own in a clause of its own beside a strike or a shelling
(ACLED Explosions/Remote violence) of its sentence is a happening of its own when its clause names a place and a doer
or target of its own (or a verb of waging names its doer); the dead a strike caused stay the strike's, and a
clash in which shells were fired stays one clash. Every sentence below was written for these tests.
"""

from __future__ import annotations

from tests.event_checks import rows


def _subs(text: str) -> list[str]:
    return sorted(e["acled_sub_event_type"] for e in rows(text, "", "2015-08-06"))


def test_an_attack_set_against_a_strike_by_while_is_a_row_of_its_own() -> None:
    found = _subs(
        "وفي محافظة الجوف، قصفت طائرات التحالف مواقع الحوثيين في مديرية الغيل، بينما قتل 5 من الحوثيين في هجوم "
        "للمقاومة الشعبية في مديرية المصلوب غربي الجوف."
    )
    assert "Air/drone strike" in found and "Armed clash" in found


def test_fighting_going_on_beside_a_strike_is_a_row_of_its_own() -> None:
    found = _subs(
        "وقال سكان إن خمسة متمردين قتلوا ليلا في غارة جوية على حي المعلا في عدن بينما تستمر المعارك بين القوات "
        "الموالية للحكومة والحوثيين حول حي كريتر."
    )
    assert "Air/drone strike" in found and "Armed clash" in found


def test_the_dead_a_strike_caused_stay_the_strikes() -> None:
    found = _subs("وشنت طائرات التحالف غارات على مواقع الحوثيين في محافظة لحج، ما أدى إلى مقتل 20 من المسلحين.")
    assert found == ["Air/drone strike"]


def test_a_clash_in_which_shells_were_fired_stays_one_clash() -> None:
    found = _subs("ودارت اشتباكات عنيفة بين الجيش ومسلحي داعش في مدينة الرمادي، استخدمت فيها قذائف الهاون.")
    assert found == ["Armed clash"]


def test_an_attack_waged_by_its_own_doer_at_its_own_town_is_a_row_of_its_own() -> None:
    found = _subs(
        "قصفت طائرات حربية مواقع لتنظيم داعش في مدينة الرقة، بعد هجوم شنه التنظيم على مقاتلين أكراد في بلدة عين عيسى."
    )
    assert "Air/drone strike" in found and "Armed clash" in found


def test_an_attack_with_no_place_of_its_own_stays_the_strikes() -> None:
    found = _subs(
        "وقال المرصد إن طائرات حربية قصفت مواقع لجبهة النصرة في شمال سوريا اليوم، بعد هجوم شنته الجبهة على مقاتلين "
        "مدعومين من الغرب في المنطقة."
    )
    assert found == ["Air/drone strike"]
