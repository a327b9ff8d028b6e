"""Round 19 (helper cap): one row per happening on long articles — a capture and the clashes told with its entry
are one event (the lead's ruling 3: ACLED codes the territorial change), a capture told as the object of a success
verb is news, and two sites of one name (a camp and the air base beside it) are never folded into one row by their
place. Every sentence below was written for these tests."""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows

_TAKEN = ("Government regains territory", "Non-state actor overtakes territory")


def _battles(text: str, title: str | None = None) -> list[dict[str, Any]]:
    return [r for r in rows(text, title) if r["acled_event_type"] == "Battles"]


def _words(row: dict[str, Any]) -> set[str]:
    return {m["trigger"]["text"] for m in row.get("mentions", [])}


# ---------------------------------------------------------------------------------------------- ruling 3
def test_the_clashes_told_after_a_capture_at_its_place_that_day_are_the_capture() -> None:
    found = _battles(
        "أفادت مصادر محلية أمس الأحد بسيطرة المقاومة الشعبية على أجزاء واسعة من مدينة زنجبار بمحافظة أبين. "
        "وقالت المصادر إن اشتباكات عنيفة تدور حاليا بين المقاومة والحوثيين في زنجبار عقب دخول المقاومة إليها."
    )
    assert len(found) == 1, found
    assert found[0]["acled_sub_event_type"] in _TAKEN
    assert "اشتباكات عنيفة" in _words(found[0])


def test_the_battles_of_a_day_named_after_an_undated_capture_are_that_capture() -> None:
    found = _battles(
        "قالت مصادر في المقاومة الشعبية إن الحوثيين لجأوا إلى الأحياء الشمالية بعد تمكن المقاومة من استعادة "
        "مدينة زنجبار. وأكد أسرى حوثيون استسلموا في معارك زنجبار يوم السبت الماضي أن قادتهم فروا."
    )
    assert len(found) == 1, found
    assert found[0]["acled_sub_event_type"] in _TAKEN


def test_a_counter_attack_after_the_capture_stays_a_clash_of_its_own() -> None:
    found = _battles(
        "أفادت مصادر محلية أمس الأحد بسيطرة المقاومة الشعبية على أجزاء واسعة من مدينة زنجبار بمحافظة أبين. "
        "وقالت المصادر إن الحوثيين شنوا هجوما مضادا في زنجبار لاستعادة المدينة واندلعت اشتباكات عنيفة فيها."
    )
    subs = sorted(r["acled_sub_event_type"] for r in found)
    assert len(found) == 2 and "Armed clash" in subs, found


def test_clashes_at_another_town_stay_a_row_of_their_own() -> None:
    found = _battles(
        "أفادت مصادر محلية أمس الأحد بسيطرة المقاومة الشعبية على أجزاء واسعة من مدينة زنجبار بمحافظة أبين. "
        "وقالت المصادر إن اشتباكات عنيفة دارت أمس بين المقاومة والحوثيين في مدينة لودر."
    )
    assert len(found) == 2, found


def test_clashes_told_far_from_the_capture_stay_a_row_of_their_own() -> None:
    found = _battles(
        "أحكمت المقاومة الشعبية أمس الأحد سيطرتها على مدينة زنجبار عاصمة محافظة أبين بعد حصار استمر يومين. "
        "وأعلن قائد ميداني أن قواته ستتقدم نحو المناطق الشرقية خلال الأيام المقبلة. "
        "ووصلت تعزيزات كبيرة من عدن إلى جبهة أبين وسط ترقب لمعركة حاسمة. "
        "وفي سياق متصل شهدت زنجبار أمس اشتباكات متقطعة بين المقاومة والحوثيين في أحيائها الشمالية."
    )
    assert len(found) == 2, found


# ---------------------------------------------------------------------------------------------- a capture managed
def test_a_capture_a_force_managed_is_the_news_with_the_fighting_that_won_it() -> None:
    found = _battles(
        "وقد تمكنت قوات الجيش والمقاومة، أمس، من السيطرة على «معسكر الصمود» في مدينة الحوطة بمحافظة لحج، وذلك "
        "بعد مواجهات عنيفة قتل خلالها قيادي بارز في ميليشيات الحوثيين."
    )
    assert len(found) == 1, found
    assert found[0]["acled_sub_event_type"] in _TAKEN


def test_a_captive_freed_in_a_raid_is_no_place_taken() -> None:
    found = rows(
        "واعتقلت قوة أمنية عصابة مختصة بخطف الأطفال خلال عملية أمنية نفذتها شمالي بغداد تمكنت خلالها من تحرير طفل "
        "مختطف."
    )
    assert not [r for r in found if r["acled_sub_event_type"] in _TAKEN], found


# ---------------------------------------------------------------------------------------------- two sites of one name
def test_a_camp_and_the_air_base_beside_it_stay_two_rows() -> None:
    found = _battles(
        "ذكرت مصادر أمنية أمس أن اشتباكات عنيفة تدور بين المقاومة الشعبية والحوثيين في معسكر العند المجاور لقاعدة "
        "العند الجوية بمحافظة لحج. وقال قائد العملية إن مقاتلي المقاومة سيطروا على قاعدة العند الجوية أمس "
        "ويتقدمون باتجاه المعسكر غربي القاعدة.",
        title="اشتباكات بمعسكر العند",
    )
    subs = sorted(r["acled_sub_event_type"] for r in found)
    assert "Armed clash" in subs and any(s in _TAKEN for s in subs), found


def test_a_capture_placed_by_its_province_in_another_sentence_is_not_the_town_taken() -> None:
    found = _battles(
        "فرضت المقاومة الشعبية أمس سيطرتها على مدينة زنجبار عاصمة محافظة أبين بعد حصار استمر يومين. "
        "وتأتي هذه التطورات بعد سيطرة المقاومة أمس على الخط الدولي الرابط بين محافظة أبين وحضرموت ووصولها إلى "
        "مثلث الكود، وسط غطاء جوي من قوات التحالف العربي."
    )
    assert len([r for r in found if r["acled_sub_event_type"] in _TAKEN]) == 2, found
