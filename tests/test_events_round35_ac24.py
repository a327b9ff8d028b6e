"""actor1 on true rows: the side held, backed or supported is not the doer; a group's adjective after fire (round 35,
helper ac24).

- A side named as the genitive owner right after a noun of a place held (ومعسكرات قوات صالح، معاقل التنظيم) is the side
  that held the place, not the doer of its storming or capture.
- A verb of supporting with the supported side's pronoun, or the participle of being propped up (يساندها طيران التحالف،
  التي يدعمها التحالف، المسنودة بقوات الجيش), names a backer: the side after it did not do the deed.
- A verbal noun of supporting with no ب (في مساندة التقدم الميداني للقوات الموالية) names the side supported: it is not
  the doer of the air strike told after it.
- An armed group's adjective right after a noun of fire (مقذوفات حوثية، قذيفة حوثية، قصف الحوثي) names the doer, as a
  nationality after a strike noun names a state.

Every sentence below was written for this test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

HOUTHI = "Military Forces of Yemen (2015-2016) Supreme Revolutionary Committee"


def _actor1(found: list[dict[str, Any]], sub: str | None = None) -> list[str | None]:
    return [(e.get("actor1") or {}).get("name") for e in found if sub is None or e["acled_sub_event_type"] == sub]


def test_the_owner_of_camps_stormed_is_not_the_taker() -> None:
    text = (
        "اقتحمت المقاومة الشعبية في محافظة الضالع أمس مواقع الحوثيين ومعسكرات قوات صالح شمال المدينة وسيطرت "
        "عليها بعد معارك استمرت ساعات."
    )
    names = _actor1(rows(text, published="2015-08-10"), "Government regains territory")
    assert names and all(n == "Popular Resistance" for n in names)


def test_the_owner_of_strongholds_after_a_strike_stays_the_target() -> None:
    # trap: a side after a held-place noun past the trigger was read as hit before and still is
    text = "قصفت مدفعية الجيش العراقي أمس معاقل تنظيم داعش في قضاء الشرقاط شمال تكريت."
    found = rows(text, published="2015-08-10")
    assert found and all(n != "Islamic State (Iraq)" for n in _actor1(found))


def test_the_coalition_that_backs_the_fighters_is_not_the_taker() -> None:
    text = (
        "وقال المتحدث إن المقاومة والجيش الموالي للشرعية يساندها طيران التحالف العربي سيطروا أمس بشكل كامل على "
        "معسكر اللواء الخامس في مدينة زنجبار بمحافظة أبين."
    )
    names = _actor1(rows(text, published="2015-08-10"))
    assert names and "Operation Restoring Hope" not in names and "Saudi-led Coalition" not in names


def test_the_forces_that_prop_up_the_resistance_are_not_the_inferred_doer() -> None:
    text = (
        "وذكرت مصادر محلية أن رجال المقاومة الشعبية المسنودة بقوات الجيش الوطني تصدت لهجمات متعددة ومتزامنة في "
        "جبهة الجدعان شمالي محافظة مأرب، وقتل فيها 6 من الميليشيات الحوثية على الأقل."
    )
    names = _actor1(rows(text, published="2015-08-10"), "Armed clash")
    assert names and all(n == "Popular Resistance" for n in names)


def test_the_coalition_striking_in_support_of_the_army_is_the_striker() -> None:
    text = (
        "واستمرت طائرات التحالف العربي في مساندة التقدم الميداني للقوات الموالية للرئيس هادي، حيث شنت أمس غارات "
        "على مواقع المتمردين في مديرية صرواح بمحافظة مأرب."
    )
    names = _actor1(rows(text, published="2015-08-10"), "Air/drone strike")
    assert names and all(n == "Operation Restoring Hope" for n in names)


def test_the_air_force_backing_a_capture_by_name_after_the_trigger_keeps_its_own_strike() -> None:
    # trap: the coalition's aircraft named as the subject of their own strike stay its doer
    text = "وشنت طائرات التحالف التي تساند القوات الموالية أمس غارات على مواقع الحوثيين في مديرية صرواح بمأرب."
    names = _actor1(rows(text, published="2015-08-10"), "Air/drone strike")
    assert names and all(n == "Operation Restoring Hope" for n in names)


def test_a_houthi_projectile_on_a_saudi_village_is_the_houthis() -> None:
    text = "مقذوفات حوثية تستهدف قرية حدودية في محافظة الطوال بمنطقة جازان دون إصابات"
    names = _actor1(rows(text, published="2015-07-25"), "Shelling/artillery/missile attack")
    assert names and all(n == HOUTHI for n in names)


def test_a_houthi_shell_on_a_house_in_taiz_is_the_houthis() -> None:
    text = "وأصيب ثلاثة مدنيين بقذيفة حوثية سقطت أمس على منزل في حي الجحملية شرقي مدينة تعز."
    names = _actor1(rows(text, published="2015-08-10"), "Shelling/artillery/missile attack")
    assert names and all(n == HOUTHI for n in names)


def test_shells_on_houthi_positions_are_not_the_houthis() -> None:
    # trap: the group's adjective after the place hit, not after the noun of fire
    text = "وسقطت أمس قذائف على مواقع حوثية قرب مدينة صعدة دون أن يعرف مصدرها."
    found = rows(text, published="2015-08-10")
    assert all(n != HOUTHI for n in _actor1(found))
