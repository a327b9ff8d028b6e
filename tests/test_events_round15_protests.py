"""Protests and riots in single sentences (round 15, helper as17; issue 12's hidden test: sentences of Arabic
newswire reporting assaults and protests, given alone, no title, no date). Each rule comes from a class of misses or
false events of sentence batch 18 (benchmarks/data/events_sentences18.jsonl, coded before rasd ran) that recurs in
other sentence batches or in corpus sentences, and is checked on sentences written for rasd (none copied from a
corpus), each given alone as the bench gives it.

- the singular noun and the verb of protesting (احتجاج، احتج) are also an objection in words (احتجت المنظمات بقوة ضد
  الرئيس، رغم احتجاج نواب المعارضة، احتجوا على التسمية، تعبيرا عن الاحتجاج): a protest only with a crowd, its people,
  its place or its acts in the clause; batch 18 (s1386, s1403), batch 8 (s533), batch 10 (s726, s743), batch 12
  (s902), batch 13 (s979, s1019): eight false protests in five files;
- "its manifestations" (مظاهره), spelt as a demonstration (مظاهرة) once normalized, in a list of the forms of a thing
  (أشكاله ومظاهره، الفساد ومظاهره وأساليبه، في كل مظاهره), and a trade fair named a "demonstration" (تظاهرة
  اقتصادية): nine false protests in 799 corpus sentences with a protest word (hash digits 0-9), the same classes as
  batch 1-7's "intellectual demonstration" (تظاهرة فكرية) and batch 8's preparatory "demonstrations" of a summit;
- a protest that is the object of a call (دعت … أنصارها إلى التظاهر، الدعوة لمظاهرات) is still to come however long
  the caller's name (the status cues reach eight words back): batch 18 (s1364) and one of 23 corpus sentences with a
  call and a protest word (no other changed); a call answered (استجابة لدعوة) leaves the protest told.
"""

from __future__ import annotations

from tests.test_events_round14_assaults import told


def types(sentence: str) -> set[str]:
    return {t for t, _ in told(sentence)}


def test_objection_in_words_is_no_protest() -> None:
    assert types("واحتجت جمعيات حقوقية بشدة على تصريحات الوزير بشأن اللاجئين.") == set()
    assert types("ومرر البرلمان القانون رغم احتجاج عدد من النواب المستقلين.") == set()
    assert types("واحتجوا في رسالة إلى البلدية على تغيير اسم المدرسة القديمة.") == set()
    assert types("وعبر الكاتب في مقاله عن الاحتجاج على غلاء الأسعار.") == set()


def test_protest_verb_with_crowd_place_or_act_stays_a_protest() -> None:
    assert types("احتج مئات العمال أمام مقر الشركة في المدينة الصناعية على تأخر صرف رواتبهم.") == {"Protests"}
    assert types("واحتج سكان الحي بإغلاق الطريق الرئيسي بالإطارات صباح اليوم.") == {"Protests"}
    assert types("احتج طلاب الجامعة في ساحة الحرم رافعين لافتات تطالب بإقالة العميد.") == {"Protests"}
    # the plural noun needs nothing
    assert types("شهدت مدينة البصرة أمس احتجاجات على انقطاع الكهرباء.") == {"Protests"}


def test_manifestations_and_trade_fairs_are_no_protest() -> None:
    assert types("وأكد المجلس رفضه للعنف بكل أشكاله ومظاهره في المدارس والجامعات.") == set()
    assert types("وتعمل الهيئة على مكافحة الفساد ومظاهره وأساليبه في الأجهزة الحكومية.") == set()
    assert types("وتنطلق في جدة مساء الخميس أكبر تظاهرة اقتصادية للعسل في المنطقة.") == set()
    # a demonstration told as such stays one
    assert types("خرجت في العاصمة مظاهرة حاشدة أمس احتجاجا على غلاء الأسعار.") == {"Protests"}


def test_protest_called_for_is_still_to_come() -> None:
    long_caller = (
        "ودعت رئيسة الحزب المعارض وزوجة زعيمه المعتقل منذ سنوات في سجن العاصمة أنصارها إلى التظاهر يوم الجمعة."
    )
    assert types(long_caller) == set()
    assert types("وأقدمت الحركة على الدعوة لمظاهرات في ساحات المدينة للمطالبة بإسقاط الحكومة.") == set()
    # the call answered: the protest took place
    assert types("وخرج الآلاف استجابة لدعوة الأحزاب إلى التظاهر في ساحة التحرير أمس.") == {"Protests"}
    # the protesters are not what is called for
    assert types("واستمع المحافظ إلى المحتجين أمام مبنى المحافظة أمس.") == {"Protests"}
