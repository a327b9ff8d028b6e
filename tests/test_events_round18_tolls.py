"""A battle's fatalities are the dead of both sides (round 18b, helper tl; issue 12, item 5).

ACLED codes a battle's fatalities as all the dead of the engagement, both sides and civilians. News often tells the
first side's dead, then the other side's apart from them: after a conjunction of contrast in the battle's sentence
("بينما قتل 3 من أفراد المقاومة") or in a later sentence of its paragraph that names the engagement again or a
side's ranks ("استشهدا خلال المواجهات"، "سقطوا في صفوف المقاومة"). Those are added to the row's toll
(rasd.events.merge.tolls.both_sides) when no other row is told there; a strike's sentence, a count told again and a
running total are left alone. Every sentence below was written for this test (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _tolls(found: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return sorted((e["acled_event_type"], int((e.get("fatalities") or {}).get("value") or 0)) for e in found)


def test_the_other_sides_dead_after_a_contrast_in_the_battles_sentence_are_added() -> None:
    text = (
        "أفادت مصادر محلية أن 14 عنصرا من ميليشيات الحوثي لقوا مصرعهم في مواجهات عنيفة مع المقاومة الشعبية في مدينة "
        "تعز أمس الأربعاء، فيما قتل 4 من أفراد المقاومة."
    )
    assert _tolls(rows(text, published="2015-08-06")) == [("Battles", 18)]


def test_the_other_sides_dead_told_in_the_next_sentence_with_the_engagement_are_added() -> None:
    text = (
        "دارت اشتباكات عنيفة أمس الثلاثاء بين المقاومة الشعبية ومسلحي الحوثي في مديرية صرواح بمحافظة مأرب أسفرت عن "
        "مقتل 9 متمردين وإصابة خمسة آخرين. وقال مصدر في المقاومة إن ثلاثة من مقاتليها استشهدوا خلال المواجهات."
    )
    assert _tolls(rows(text, published="2015-08-05")) == [("Battles", 12)]


def test_the_first_sides_toll_told_again_is_not_added() -> None:
    text = (
        "اندلعت اشتباكات عنيفة أمس الثلاثاء بين المقاومة الشعبية ومسلحي الحوثي في مديرية صرواح بمحافظة مأرب أسفرت عن "
        "مقتل 9 متمردين. وأكد المصدر مقتل 9 متمردين خلال المواجهات."
    )
    assert _tolls(rows(text, published="2015-08-05")) == [("Battles", 9)]


def test_a_running_total_after_the_battle_is_not_added() -> None:
    text = (
        "دارت اشتباكات عنيفة أمس الثلاثاء بين المقاومة الشعبية ومسلحي الحوثي في مديرية صرواح بمحافظة مأرب أسفرت عن "
        "مقتل 9 متمردين. وقال مصدر إن عدد القتلى في صفوف المقاومة منذ بدء المعارك بلغ 40 قتيلا."
    )
    assert _tolls(rows(text, published="2015-08-05")) == [("Battles", 9)]


def test_a_strikes_toll_takes_no_count_after_a_contrast() -> None:
    text = (
        "قتل 6 من مسلحي الحوثي أمس الخميس في غارة جوية شنها طيران التحالف على موقع لهم في مديرية صرواح بمحافظة مأرب، "
        "بينما قتل 2 من أفراد المقاومة في انفجار لغم بمديرية حريب."
    )
    tolls = _tolls(rows(text, published="2015-08-07"))
    assert ("Explosions/Remote violence", 8) not in tolls
    assert ("Explosions/Remote violence", 6) in tolls


def test_the_same_sides_dead_told_again_by_a_pronoun_are_another_report_not_added() -> None:
    text = (
        "اندلعت اشتباكات عنيفة أمس الثلاثاء بين المقاومة الشعبية ومسلحي الحوثي في مديرية صرواح بمحافظة مأرب أسفرت عن "
        "مقتل 9 من مسلحي الحوثي. وقال مصدر قبلي إن الحوثيين اعترفوا بمقتل ثلاثة من مسلحيهم خلال المواجهات."
    )
    tolls = _tolls(rows(text, published="2015-08-05"))
    assert tolls and all(value in (3, 9) for _, value in tolls)


def test_the_same_side_named_again_in_both_counts_is_not_added() -> None:
    text = (
        "أكدت مصادر ميدانية مقتل ستة من مقاتلي حزب الله في اشتباكات عنيفة مع فصائل المعارضة في بلدة الزبداني بريف دمشق "
        "أمس الاثنين. وأضافت المصادر أن الحزب أعلن مقتل اثنين من مقاتلي حزب الله خلال المواجهات."
    )
    assert all(value != 8 for _, value in _tolls(rows(text, published="2015-08-04")))


def test_a_contrast_clause_that_tells_another_attack_is_not_added_to_the_battle() -> None:
    text = (
        "أعلنت المقاومة الشعبية اليوم الثلاثاء مقتل 15 من مسلحي الحوثي في اشتباكات معها قرب مدينة الضالع، فيما قتل 6 "
        "من الحوثيين وقوات صالح في هجوم للمقاومة على موقع لهم بمحافظة مأرب."
    )
    assert all(value != 21 for _, value in _tolls(rows(text, published="2015-07-21")))
