"""One dead told by the singular of a killing verb (round 20, helper ac7; issue 12, fatalities on short articles).

A short report often names one victim and tells his death by a verb in the singular with the victim before it, with
no number anywhere in the sentence: "أن فلسطينياً قتل وأصيب نجلاه"، "إن القيادي قتل هذا الشهر"، "الرضيع الذي قتل
حرقا". Such a row had no fatalities; the verb's person counts one (rasd.events.figures.one_killed). A verb told first
(وقتل 5 جنود، قتل فيه) has its subject after it, and a sentence that counts its dead keeps its count. Every sentence
below was written for this test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _tolls(found: list[dict[str, Any]]) -> list[int]:
    return sorted(int((e.get("fatalities") or {}).get("value") or 0) for e in found)


def test_a_victim_named_before_a_singular_killing_verb_is_one_dead() -> None:
    text = (
        "وأكدت وزارة الدفاع الأمريكية في بيان أن القيادي في تنظيم القاعدة أبو محمد الليبي قتل في غارة جوية أمريكية "
        "قرب مدينة إدلب السورية الأربعاء."
    )
    assert _tolls(rows(text, published="2015-07-30")) == [1]


def test_the_victim_of_a_relative_killing_verb_is_one_dead() -> None:
    text = "توفي اليوم والد الطفل الذي قتل حرقا في هجوم على منزل في قرية دوما بالضفة الغربية قبل أسبوع."
    assert 1 in _tolls(rows(text, published="2015-08-08"))


def test_a_named_leader_killed_at_the_hands_of_a_side_is_one_dead() -> None:
    text = (
        "قالت مصادر في المقاومة الشعبية إن القيادي الحوثي أبو علي الشامي قتل اليوم السبت على يد عناصر المقاومة في "
        "مديرية العدين."
    )
    assert _tolls(rows(text, published="2015-08-08")) == [1]


def test_a_count_in_the_sentence_is_kept() -> None:
    text = "قالت مصادر أمنية إن 7 جنود قتلوا أمس في هجوم مسلح على حاجز للجيش قرب مدينة العريش، وإن ضابطا قتل أيضا."
    assert 7 in _tolls(rows(text, published="2015-07-30"))
    assert 1 not in _tolls(rows(text, published="2015-07-30"))


def test_a_verb_told_first_counts_nothing_by_its_person() -> None:
    text = "وقتل في الهجوم الذي استهدف حاجزا للشرطة قرب مدينة العريش أمس الأربعاء عدد من المجندين."
    assert 1 not in _tolls(rows(text, published="2015-07-30"))


def test_the_dead_told_in_the_sentence_before_reach_the_engagement_told_again() -> None:
    # the day's fighting with its dead first (no row of its own), then the battle told again without a number
    text = (
        "أفاد مصدر في المقاومة الشعبية مساء أمس بأن 12 من مسلحي الحوثي قتلوا في اشتباكات عنيفة مع المقاومة خلال "
        "الـ 24 ساعة الماضية في مدينة تعز. وذكر المصدر أن قتلى من الحوثيين سقطوا في معارك عنيفة اندلعت في حي الجحملية "
        "بمدينة تعز."
    )
    assert 12 in _tolls(rows(text, published="2015-08-03"))


def test_a_running_toll_before_does_not_reach_the_row() -> None:
    text = (
        "وقال المصدر إن 300 من مسلحي الحوثي قتلوا في المعارك منذ بدء الحرب في مدينة تعز. واندلعت أمس الأحد معارك "
        "عنيفة بين المقاومة الشعبية ومسلحي الحوثي في حي الجحملية بمدينة تعز."
    )
    assert 300 not in _tolls(rows(text, published="2015-08-03"))


def test_the_toll_after_a_verb_of_result_in_reported_speech_reaches_the_row_before() -> None:
    text = (
        "أفادت مصادر محلية بأن عبوة ناسفة انفجرت أمس الاثنين بسيارة قائد عسكري في مديرية لودر بمحافظة أبين. وقالت "
        "المصادر إن الحادث أدى إلى إصابة القائد ومقتل ثلاثة من مرافقيه، وإنه سينقل للعلاج خلال الساعات القادمة."
    )
    assert 3 in _tolls(rows(text, published="2015-08-04"))
