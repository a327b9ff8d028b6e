"""Round 32 (lead): a verb of overrunning (اجتاح) whose subject is weather, a disease or a feeling is no capture.

Every sentence here was written for rasd (none copied from a corpus). Until round 32 only the word right before the
verb was read for such a subject (``word_sets.sweeping_subjects``: موجة من الاحتجاجات اجتاحت العاصمة); now the
subject may stand a few words back with its adjectives or its relative (أمطار غزيرة ورياح قوية اجتاحت، مرض حمى الضنك
الذي اجتاح) or right after the verb (اجتاحت السيول المدينة), and weather, disease and feeling words were added. On
the fresh range three such candidates went (one of them a capture row: a storm on Chile's coast), no other row moved
(docs/events.md, "Where round 32 leaves events").
"""

from __future__ import annotations

from tests.event_checks import rows


def _subs(text: str) -> list[str]:
    return [str(e["acled_sub_event_type"]) for e in rows(text, published="2015-08-10")]


def test_weather_with_its_adjectives_before_the_verb_takes_nothing() -> None:
    assert _subs("وشهدت البلاد أمس أمطارا غزيرة ورياحا قوية اجتاحت الساحل الشمالي وأدت إلى تعليق الملاحة.") == []


def test_a_disease_named_before_its_relative_takes_nothing() -> None:
    assert _subs("وأضاف أن مرض حمى الضنك الذي اجتاح مدينة الحديدة يهدد السكان.") == []
    assert _subs("وقال مسؤول صحي إن مرض الكوليرا الذي اجتاح المخيم أودى بحياة ثلاثة أطفال أمس.") == []


def test_floods_after_the_verb_take_nothing() -> None:
    assert _subs("اجتاحت السيول مدينة جدة يوم الأحد بعد هطول أمطار غزيرة استمرت ساعات.") == []


def test_forces_overrunning_a_town_are_a_capture() -> None:
    assert _subs("اجتاحت القوات الحكومية بلدة الحوطة يوم الأحد بعد معارك مع المسلحين.") != []


def test_a_sweeping_noun_in_another_phrase_leaves_the_forces_capture() -> None:
    # the noun after وسط belongs to another phrase, not the verb's subject: the look-back stops there (a weather word
    # would not do here: a sentence naming floods or rain holds no event at all, event_sentence_cues)
    assert _subs("ووسط الغضب الشعبي اجتاحت القوات الحكومية بلدة الحوطة يوم الأحد.") != []
    assert _subs("ووسط غضب شعبي اجتاحت القوات الحكومية بلدة الحوطة يوم الأحد.") != []


def test_the_free_army_is_not_the_heat() -> None:
    # الحر after الجيش السوري is the Free Syrian Army overrunning a village, not a heat wave
    assert _subs("اجتاح الجيش السوري الحر قرية تل حميس يوم الأحد بعد اشتباكات مع قوات النظام.") != []
    assert _subs("وقال ناشطون إن الجيش السوري الحر اجتاح قرية تل حميس يوم الأحد بعد اشتباكات مع قوات النظام.") != []
