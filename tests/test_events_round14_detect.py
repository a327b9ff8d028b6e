"""Round 14 (issue 12, helper ev8): detection on fresh files. The status of an event as the blind files' first runs
(tune3 to tune16) got it wrong in three files or more, both ways:

- a real event kept out as denied or hypothetical because a status cue reached it from another word: a negation that
  governs "still" (لا يزال الاشتباك مستمرا) or a verb of claiming, knowing, reporting or causing (لم تتبن أي جهة
  الهجوم، لم يعرف عدد ضحايا القصف، لم يسفر الهجوم عن إصابات); "any" quantifying another noun than a definite trigger
  (لم تسجل أي إصابات في القصف); a cue before a word of cause (ووصفت حالة أحدهم بالحرجة جراء قصف …);
- an aim rowed as a deed: "so that / until it be done" (حتى يتم طرد …، لكي يتم تحرير …).

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import events, rows


def _one(text: str) -> dict[str, Any]:
    found = [e for e in events(text) if e["acled_event_type"]]
    assert len(found) == 1, [(e["acled_event_type"], e["status"], e["trigger"]["text"]) for e in found]
    return found[0]


# ------------------------------------------------------------------------------------------------ status reach
def test_still_going_on_is_not_a_denial() -> None:
    e = _one("لا تزال المعارك دائرة بين الجيش والمسلحين في مدينة الرمادي منذ صباح أمس الأحد.")
    assert e["status"] == "reported"
    e = _one("وقال الضابط إن الاشتباك لا يزال مستمرا، ولا يزال القتال على أطراف مدينة بيجي منذ فجر أمس.")
    assert e["status"] != "denied"


def test_a_negated_claim_tells_the_attack_as_reported() -> None:
    e = _one("ولم تتبن أي جهة حتى الآن الهجوم الذي استهدف دورية للشرطة في مدينة العريش مساء أمس.")
    assert (e["status"], e["acled_row"]) == ("reported", True)
    e = _one("ولم تعلن أي جماعة مسؤوليتها عن التفجير الذي وقع في سوق شعبي بمدينة بعقوبة صباح أمس.")
    assert (e["status"], e["acled_row"]) == ("reported", True)


def test_a_claim_is_still_a_claim() -> None:
    e = _one("وأعلن تنظيم داعش مسؤوليته عن التفجير الذي وقع في سوق شعبي بمدينة بعقوبة صباح أمس.")
    assert e["status"] == "claimed"


def test_a_negated_verb_of_knowing_or_of_result_leaves_the_happening_real() -> None:
    e = _one("ولم يعرف بعد عدد ضحايا القصف الذي استهدف بلدة دوما في ريف دمشق صباح أمس.")
    assert (e["status"], e["acled_row"]) == ("reported", True)
    e = _one("ولم يسفر الهجوم الذي شنه مسلحون على حاجز للجيش في مدينة العريش أمس عن أي إصابات.")
    assert (e["status"], e["acled_row"]) == ("reported", True)


def test_any_before_another_noun_is_not_a_hypothetical() -> None:
    e = _one("ولم تسجل أي إصابات في القصف الذي استهدف مدينة حرض صباح أمس الأحد.")
    assert e["status"] == "reported"


def test_a_cause_is_told_as_happened() -> None:
    e = _one("أصيب خمسة جنود، ووصفت حالة أحدهم بالحرجة، جراء قصف استهدف موقعا للجيش قرب مدينة حرض أمس.")
    assert (e["status"], e["acled_row"]) == ("reported", True)


def test_real_negations_and_plans_are_kept() -> None:
    assert _one("ولم تقصف الطائرات مدينة الرقة أمس الأحد بحسب المرصد.")["status"] == "denied"
    assert _one("نفى الجيش قصف مدينة جرابلس أمس الأحد.")["status"] == "denied"
    assert _one("وحذر الجيش من أي هجوم على مدينة العريش.")["status"] in ("future", "hypothetical")
    assert not rows("ولم تشهد مدينة الرمادي أي اشتباكات أمس الأحد.")


def test_so_that_it_be_done_is_an_aim() -> None:
    text = (
        "وتعمل الحكومتان على وضع خطط لتوفير غطاء جوي لفصائل المعارضة حتى يتم طرد مسلحي التنظيم من الشريط "
        "الحدودي شمال مدينة حلب."
    )
    assert not rows(text)
    text = "وقالت الشرطة إن الاشتباكات استمرت في مدينة الرمادي أمس حتى تم طرد المسلحين من حي الملعب."
    assert len(rows(text)) >= 1
    # ليتم also tells what came next ("and then they were beaten"): no aim
    text = "وتجمع عشرات من أهالي القرية حول السيارة ليتم الاعتداء على ركابها بالضرب في مدينة العين مساء أمس."
    assert any(e["acled_event_type"] == "Violence against civilians" for e in rows(text))


def test_any_keeps_its_reach_over_an_indefinite_noun_and_a_verb() -> None:
    # "any operations that target its security": the verb of the quantified noun is in its reach
    text = "ورفع الجيش درجة الاستعداد في مدينة العريش لمواجهة أية عمليات إرهابية تستهدف أمنها."
    assert not rows(text)
    text = "وسأله الشرطي في مدينة كابول عن أي مستشفى ينتمي إليه، ثم أشار إلى حزام ناسف يرتديه الرجل."
    assert not rows(text)
