"""Single sentences after blind batches 15 and 16 (round 16, helper as19; issue 12's hidden test: sentences of Arabic
newswire given alone, no title, no date). Batches 15 and 16 (released this round), batch 21 (60 real sentences coded
by hand before rasd ran on them) and the misses and false events of batches 1-19 and the wire set were read as
classes (docs/events.md, "Round 16: single sentences after batches 15–16 (helper as19)"); each rule here is checked
on sentences written for rasd (none copied from a corpus), each given alone as the bench gives it.

- the beating suffered, told as تعرض + its victims + للضرب (تعرض عدد من الطلبة الذين نظموا وقفة احتجاجية للضرب):
  an attack on civilians, the victims between the verb and the noun (events.yaml, one entry);
- a protester the subject of a passive killing, no agent told (إن متظاهرا قتل وأصيب آخران خلال مظاهرة): lethal force
  against the protest (subtypes._PROTESTER_KILLED); a nominative plural before an active verb is the protesters' deed;
- احتجنا is "we needed" (احتاج), never a protest verb (triggers._NEEDED).
"""

from __future__ import annotations

import sys

from tests.sentence_batch_checks import (
    check_bench_flag,
    check_draw_rule_and_disjoint,
    check_make_up,
    check_offsets_and_hash_range,
)
from tests.test_events_round11_sentences8 import DATA
from tests.test_events_round14_assaults import told

ATTACK = ("Violence against civilians", "Attack")
EXCESSIVE = ("Protests", "Excessive force against protesters")


def types(sentence: str) -> set[str]:
    return {t for t, _ in told(sentence)}


# ------------------------------------------------------------------------------- تعرض + victims + للضرب
def test_beating_suffered_with_its_victims_between() -> None:
    assert ATTACK in told("وأدانت النقابة تعرض عدد من الصحفيين الذين غطوا الانتخابات للضرب على يد عناصر أمن أمس.")
    assert ATTACK in told("تعرض ثلاثة من عمال البلدية للضرب في حي الشيخ عثمان بعدن صباح اليوم.")
    assert ATTACK in told("وقالت الأسرة إن ابنها تعرض أمس للضرب داخل مركز الشرطة في المدينة.")


def test_beating_noun_without_the_verb_is_no_event() -> None:
    assert told("وضبطت الشرطة عصيا وهراوات معدة للضرب في مستودع مهجور.") == []
    assert told("وقال الطبيب إن العلاج بالإبر لا يحتاج إلى الضرب على الجلد.") == []


# ---------------------------------------------------------------- a protester killed, no agent told
def test_protester_killed_in_the_passive_is_force_against_protesters() -> None:
    assert EXCESSIVE in told("وقالت الشرطة إن متظاهرا قتل وأصيب آخران أمس خلال مظاهرة ضد انقطاع الكهرباء في البصرة.")
    assert EXCESSIVE in told("وأفاد شهود بأن محتجين قتلوا خلال مسيرة في وسط العاصمة مساء الجمعة.")


def test_protesters_killing_someone_is_not_force_against_them() -> None:
    events = told("وقال مسؤولون إن المتظاهرين قتلوا شرطيا خلال مظاهرة في البصرة أمس.")
    assert EXCESSIVE not in events


def test_a_protest_with_no_death_stays_peaceful() -> None:
    assert told("تظاهر مئات الطلاب أمس أمام وزارة التعليم في عمان للمطالبة بخفض الرسوم.") == [
        ("Protests", "Peaceful protest")
    ]


# -------------------------------------------------------------------------------- احتجنا: we needed
def test_we_needed_is_no_protest() -> None:
    assert told("ولو كانت المدارس مجهزة لما احتجنا إلى بناء مبان جديدة هذا العام.") == []
    assert told("وقال الوزير: احتجنا وقتا أطول لإنجاز المشروع بسبب الأمطار.") == []


def test_they_protested_stays_a_protest() -> None:
    assert "Protests" in types("واحتج عشرات المعلمين أمس أمام مبنى المحافظة في تعز للمطالبة بصرف رواتبهم.")


# ------------------------------------------------------------------ batch 21: the file coded this round
def test_batch21_make_up_as_coded() -> None:
    records = check_make_up(
        21,
        1600,
        {"assault": 25, "protest": 20, "negative": 15},  # no sentence of the attack pool taken
        {"event": 11, "optional": 19, "none": 30},
        {
            "Violence against civilians": 7,
            "Battles": 1,
            "Explosions/Remote violence": 1,
            "Protests": 1,
            "Riots": 1,
        },
        with_alternatives=6,
    )
    by_pool: dict[str, dict[str, int]] = {}
    for r in records:
        counts = by_pool.setdefault(r["pool"], {"event": 0, "optional": 0, "none": 0})
        counts[r["gold"]] += 1
    assert by_pool == {
        "assault": {"event": 7, "optional": 9, "none": 9},
        "protest": {"event": 1, "optional": 7, "none": 12},
        "negative": {"event": 3, "optional": 3, "none": 9},
    }


def test_batch21_offsets_hash_range_and_no_text() -> None:
    check_offsets_and_hash_range(21, "0123456789")


def test_batch21_draw_rule_is_batch13s_and_disjoint_from_every_other_annotated_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    import select_events_sentences13 as batch13
    import select_events_sentences19 as batch19

    sel = check_draw_rule_and_disjoint(
        21,
        seed=20261621,
        digits="0123456789",
        sizes={"assault": 25, "protest": 20, "attack": 0, "negative": 15},
        includes=frozenset({"events_sentences19.jsonl", "events_tune19.jsonl", "claims_check13.jsonl"}),
    )
    assert set(batch19.EXCLUDED_FILES) < set(sel.EXCLUDED_FILES)
    before = (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES)
    with sel._batch21_rule():
        now = (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES)
        assert now == (sel.SEED, sel.HASH_DIGITS, sel.SIZES, sel.EXCLUDED_FILES)
    assert before == (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES)


def test_bench_batch21_flag_reads_its_own_file() -> None:
    check_bench_flag(21)
