"""Round 15b (issue 12, helper fu): plans and possibilities told as deeds.

A future verb (س or سوف before a present form) earlier in a noun trigger's clause governs it: the strikes a country
"will use" its jets in, the raids Washington "will focus on", the capture after which forces "will head" elsewhere are
still to come. قد before a present verb is a possibility (قد تشن هجمات، قد يعتقل لدى عودته). Kept rows: قد before a
past verb (a perfective: قد قتلوا، قد تمكنت), a future verb in another clause, a happening after a word of cause or a
relative pronoun, a noun named by a demonstrative, a past happening after بعد.

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

import pytest

from tests.event_checks import events, rows


@pytest.mark.parametrize(
    "text",
    [
        # a future verb governing the noun trigger in its clause
        "وقال وزير الدفاع إن بلاده ستستخدم مقاتلات حديثة في شن الضربات على مواقع التنظيم شمالي العراق.",
        "وذكرت مصادر مطلعة أن واشنطن ستركز على الغارات على مواقع التنظيم في محافظة الرقة.",
        "وأكد المتحدث أن الجيش سوف يواصل القصف على معاقل المسلحين في جبل الشعانبي.",
        # a capture after بعد in a future sentence: a planned condition
        "وقال قائد العمليات إن القوات المشتركة ستتوجه إلى قضاء الفلوجة بعد تحرير مدينة الرمادي من التنظيم.",
        # قد before a present verb: a possibility
        "وأعلن ضابط كبير في الجيش أن حكومته قد تشن هجمات على مسلحين في شبه جزيرة سيناء.",
        "وقالت الشرطة في سيدني إن ممرضا يعمل في سوريا قد يعتقل لدى عودته إلى البلاد اليوم.",
    ],
)
def test_future_or_possible_is_no_row(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # قد before a past verb: a deed
        "وكان مسلحون قد قتلوا ثلاثة جنود في هجوم على حاجز عسكري في مدينة العريش أمس.",
        "وكانت قوات الجيش قد تمكنت أمس من السيطرة على مدينة زنجبار بعد معارك مع المتمردين.",
        # a vowel mark on the past verb after قد: still a past verb
        "وكان سائق الشاحنة قد تلقَى عدة طعنات على يد مسلحين مجهولين في ضواحي مدينة الطائف مساء أمس.",
        # a noun that opens with the future prefix's letters (سيدة: a woman)
        "وتعرضت سيدة للطعن بسكين على يد زوجها السابق في أحد شوارع مدينة الدمام مساء أمس.",
        # a place name after "city" that opens like a future verb
        "وشهدت ولاية سيدي بوزيد مساء أمس هجوما شنه مسلحون على دورية للحرس الوطني قتل فيه شرطيان.",
        # a future verb in another clause
        "وقال رئيس الوزراء إن العمليات ستتواصل، وذلك في أعقاب غارات شنها سلاح الجو على مواقع المسلحين شمالي حلب أمس.",
        # a word of cause between: the shelling took place
        "وقال المحامي إن العائلات ستقدم شكاوى إلى المحكمة بسبب القصف الذي استهدف منازلها في مدينة تعز أمس.",
        # a demonstrative: the strikes already told
        "وشنت طائرات التحالف أمس غارات على مواقع التنظيم في الرمادي. وقال الجنرال إنه سيكون لهذه الغارات أثر عميق.",
    ],
)
def test_deed_beside_a_future_keeps_its_row(text: str) -> None:
    assert rows(text) != []


def test_possible_arrest_is_hypothetical() -> None:
    evs = [e for e in events("وقالت الشرطة إن ممرضا قد يعتقل لدى عودته إلى البلاد اليوم.") if e.get("acled_event_type")]
    assert evs and all(e["status"] in ("hypothetical", "future") for e in evs)
