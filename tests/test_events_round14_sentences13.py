"""Round 14's blind sentence batch 13 (benchmarks/data/events_sentences13.jsonl, helper bs5): annotations only, the
make-up it was coded to, the draw it came from (select_events_sentences13.py: batch 12's rule with a new assault pool
tried first, seed 20261404, pools assault 35, protest 30, attack 10, negative 15, the second-to-last hex digit of
sha1(url) in b-f) and disjoint from every other annotated file of benchmarks/data/. Nothing here runs rasd on the
batch (the lead scores it: bench_events_sentences.py --batch13)."""

from __future__ import annotations

import sys

from tests.sentence_batch_checks import (
    check_bench_flag,
    check_draw_rule_and_disjoint,
    check_make_up,
    check_offsets_and_hash_range,
)
from tests.test_events_round11_sentences8 import DATA

NAME = "events_sentences13.jsonl"
SIZES = {"assault": 35, "protest": 30, "attack": 10, "negative": 15}


def test_batch13_make_up_as_coded() -> None:
    check_make_up(
        13,
        940,
        SIZES,
        {"event": 20, "optional": 25, "none": 45},
        {
            "Violence against civilians": 7,
            "Battles": 5,
            "Protests": 4,
            "Explosions/Remote violence": 3,
            "Strategic developments": 1,
        },
        with_alternatives=15,
    )


def test_batch13_offsets_hash_range_and_no_text() -> None:
    check_offsets_and_hash_range(13, "bcdef")


def test_batch13_draw_rule_and_disjoint_from_every_other_annotated_file() -> None:
    includes = {f"events_sentences{n}.jsonl" for n in ("", 8, 9, 10, 11, 12)}
    includes |= {f"events_tune{n}.jsonl" for n in range(2, 18)}
    includes |= {"events_dev.jsonl", "events_sentences_wire.jsonl", "claims_check11.jsonl"}
    check_draw_rule_and_disjoint(13, seed=20261404, digits="bcdef", sizes=SIZES, includes=frozenset(includes))


def test_batch13_assault_pool_words() -> None:
    sys.path.insert(0, str(DATA.parent))
    from select_events_sentences13 import pool_of

    assert pool_of("اعتدى مستوطنون على مزارع قرب القرية صباح اليوم") == "assault"
    assert pool_of("أطلق مسلحون النار على سيارة تقل موظفين") == "assault"
    assert pool_of("تعرض عامل للضرب على يد مجموعة من الشبان") == "assault"
    assert pool_of("خرج آلاف في مظاهرة وسط العاصمة") == "protest"
    assert pool_of("قتل خمسة جنود في هجوم على نقطة تفتيش") == "attack"
    assert pool_of("ارتفعت الأسعار في السوق بعد الاعتداء") == "negative"
    assert pool_of("يسود الاعتدال أجواء المنطقة اليوم") is None


def test_bench_batch13_flag_reads_its_own_file() -> None:
    check_bench_flag(13)
