"""Round 11c (issue 12, helper eb2): Battles recall. A fighting side's own men told as its loss (فقدت المقاومة أحد
قياداتها في منطقة …، فقدت القوات الأمنية ستة من عناصرها، خسر التنظيم عشرات من مقاتليه) is a clash told by its cost,
as ACLED codes the fight that killed them; not a death by illness or an accident (فقد الحزب أحد قياداته بعد صراع مع
المرض), not men lost to an air strike or a shell (the strike is the event), not a loss of anything but the side's men.
Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

import pytest

from tests.event_checks import rows, subs, types

LOSSES = [
    "وأوضح مصدر عسكري أن المقاومة الشعبية فقدت أحد قياداتها في منطقة الحبيلين بمحافظة لحج أمس الخميس.",
    "وقال المصدر إن القوات الأمنية فقدت 6 من عناصرها في مدينة بيجي شمال بغداد يوم الاثنين.",
    "خسر تنظيم داعش عشرات من مقاتليه في معارك عنيفة قرب مدينة الرمادي يوم السبت.",
    "وأفادت مصادر محلية بأن المقاومة فقدت أحد قادتها الميدانيين في منطقة عقبة ثرة بمحافظة أبين.",
]

NO_FIGHT = [
    "فقدت الشركة أحد أكبر عملائها في الرياض العام الماضي.",
    "فقد الطفل والدته في حادث سير بمدينة جدة أمس.",
    "فقد الحزب أحد قياداته التاريخية بعد صراع طويل مع المرض في القاهرة أمس.",
    "وخسر النادي أحد أفضل لاعبيه بعد انتقاله إلى الدوري الإسباني هذا الصيف.",
]


@pytest.mark.parametrize("sentence", LOSSES)
def test_a_side_losing_its_men_is_a_clash(sentence: str) -> None:
    assert types(sentence) == ["Battles"]
    assert subs(sentence) == ["Armed clash"]


@pytest.mark.parametrize("sentence", NO_FIGHT)
def test_a_loss_without_fighting_is_no_event(sentence: str) -> None:
    assert types(sentence) == []


def test_men_lost_to_an_air_strike_are_the_strike() -> None:
    sentence = (
        "وقال مصدر عسكري إن الجماعات المتشددة فقدت عددا من عناصرها في غارة نفذها الطيران الحربي على مواقعها في "
        "مدينة درنة مساء الأحد."
    )
    assert subs(sentence) == ["Air/drone strike"]
    assert len(rows(sentence)) == 1
