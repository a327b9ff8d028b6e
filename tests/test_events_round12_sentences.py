"""Round 12b (helper sn2): the classes of blind sentence batches 10 and 11's misses and false events.

Batches 10 and 11 (``benchmarks/data/events_sentences10.jsonl``, ``events_sentences11.jsonl``) are measures
(``bench_events_sentences.py --batch10``, ``--batch11``), not the tests: every sentence below was written for its rule,
in the register of Arabic news, and none is copied from a batch or from the corpus.
"""

from __future__ import annotations

import pytest

from tests.sentence_checks import alone, assert_found_typed_undated, assert_no_event


@pytest.mark.parametrize(
    "sentence",
    [
        # a shot fired by mistake: no attacker meant it (not_events.mistake)
        "تعرض شاب بالخطأ لإطلاق نار أثناء رحلة صيد مع أصدقائه في البادية.",
        "أصيب عامل عن طريق الخطأ بطلق ناري أثناء تنظيف زميله لبندقية صيد في المزرعة.",
        # embezzlement told by its verb; fishing against the rules (not_events.crime)
        "ألقت الشرطة القبض على موظف في بنك حكومي بعد أن اختلس مليوني ريال من حسابات العملاء.",
        "ضبطت دوريات خفر السواحل خمسة أشخاص يمارسون الصيد في منطقة محظورة وتم القبض عليهم وإحالتهم للجهات المختصة.",
        # a boat stopped with its owners' pronoun (word_sets.halted_objects)
        "وصل الشاب إلى الجزيرة قبل شهرين بعد أن أوقفت البحرية قاربهم قبالة السواحل الليبية.",
        # a religion's ban, a law's provision, incitement to, being able to (status.hypothetical)
        "أكد خطيب الجامع أن الإسلام حرم قتل الأبرياء وترويع الآمنين.",
        "ينص النظام الجديد على معاقبة كل من يثبت تحريضه على التفجير بالسجن عشرين عاما.",
        "شدد الوزير على أن الأجهزة الأمنية قادرة على القبض على كل من يعبث بأمن البلاد.",
        # the convicted of a kind of act (status.reference, reference_doer)
        "أوضح التقرير أن أغلب المدانين في تفجيرات إرهابية من صغار السن الذين غرر بهم.",
        # the accused sentenced (not_events.judicial)
        "حكم على المتهمين الخمسة بالسجن لمدد تتراوح بين ثلاث وعشر سنوات بتهمة تنظيم احتجاجات غير مرخصة.",
        # a right or a leave before a protest noun with a preposition between (coding._RIGHT_IN)
        "أكدت المنظمة أن القرار ينتهك حق السجناء في الإضراب عن الطعام.",
        "حددت البلدية ساحة واحدة هي المكان المسموح فيه بالتظاهر في وسط العاصمة.",
        # a deal judged "a blow" (not_events.metaphor)
        "قال خبير عسكري إن صفقة الطائرات الجديدة تعد ضربة قوية للجماعات الإرهابية في المنطقة.",
        # an act judged "an assault", a body withheld (not_events.metaphor)
        "قال المحلل إن الاستيطان يشكل اعتداء صارخا على حق الفلسطينيين في أرضهم.",
        "تقدمت الأسرة بشكوى ضد المستشفى بسبب احتجاز جثة والدها أسبوعين لعدم سداد الفواتير.",
        # wars and epidemics as the killer (not_events.killer)
        "كتب الرئيس في تغريدة أن الحروب والتي قتلت عددا كبيرا من الناس لم تجلب للمنطقة إلا الخراب.",
        # spoilt meat, a collision's passengers (crime, accident)
        "ألقت الجهات الأمنية القبض على عامل مطعم متلبسا ببيع لحوم فاسدة لزبائنه.",
        "نتج عن الحادث احتجاز أحد ركاب المركبتين داخل السيارة حتى وصول فرق الدفاع المدني.",
        # what a thing is to be used in (status.future)
        "يقدم المخبرون معلومات عن مواقع التنظيم لاستخدامها في الغارات الجوية للتحالف.",
    ],
)
def test_round12b_no_event(sentence: str) -> None:
    assert_no_event(sentence)


def test_a_clash_in_protest_is_a_riot_and_armed_men_stay_a_clash() -> None:
    # coding._IN_PROTEST: a clash told "in protest at" something, with no armed hand named, is a protest fought out
    assert_found_typed_undated(
        ("Violent demonstration",),
        "اندلعت مواجهات بين عشرات الشبان وقوات الشرطة في حي شعبي احتجاجا على هدم منازلهم.",
    )
    assert_found_typed_undated(
        ("Violent demonstration",),
        "أصيب ثلاثة شبان في اشتباكات مع الجنود عند مدخل البلدة احتجاجًا على مصادرة أراضيهم.",
    )
    events = alone("اشتبك مسلحون قبليون مع قوات الجيش في المدينة احتجاجا على اعتقال أحد زعمائهم.")
    assert "Armed clash" in [e["acled_sub_event_type"] for e in events]
    assert "Violent demonstration" not in [e["acled_sub_event_type"] for e in events]


def test_a_blast_by_mistake_leaves_the_other_blast_of_its_sentence() -> None:
    # not_events.mistake is read in the trigger's clause only
    assert_no_event("قال مسؤول محلي إن الانفجار الذي وقع في مستودع للذخيرة أمس حصل عن طريق الخطأ.")
    assert_found_typed_undated(
        ("Remote explosive/landmine/IED",),
        "أوضح المسؤول أن الانفجار الأول حصل عن طريق الخطأ، أما الانفجار الثاني فنجم عن عبوة ناسفة زرعها مجهولون"
        " قرب السوق.",
    )


def test_an_act_that_bears_no_relation_to_a_faith_is_judged_as_a_kind() -> None:
    # evaluation_cues: لا يمت بصلة judges the act as a kind, not one happening
    events = alone("إن تفجير دور العبادة لا يمت إلى الإسلام بصلة ولا يخدم إلا أعداء الأمة.")
    assert all(e["granularity"] != "discrete" for e in events if e["acled_event_type"]), events


@pytest.mark.parametrize(
    "sentence",
    [
        # the rules above leave real events alone
        "قتل شاب برصاص مسلحين مجهولين في سوق المدينة صباح اليوم.",
        "اعتقلت قوات الأمن عشرة متظاهرين خلال مسيرة طالبت بحق العمال في التثبيت.",
        "تظاهر مئات العمال أمام مقر الشركة للمطالبة بحقهم في الأجور المتأخرة.",
    ],
)
def test_round12b_real_events_stay(sentence: str) -> None:
    events = [e for e in alone(sentence) if e["acled_event_type"] and e["status"] in ("reported", "claimed")]
    assert events
