"""Round 15's blind wire sentence batch 16 (benchmarks/data/events_sentences16.jsonl, helper bs7): annotations only,
the make-up it was coded to, the draw it came from (select_events_sentences16.py: batch 13's rule imported, seed
20261616, the second-to-last hex digit of sha1(url) in d-f, only articles of wire copy, pools assault 35, protest
35, negative 20 then attack filling) and disjoint from every other annotated file of benchmarks/data/. Nothing here
runs rasd on the batch (the lead scores it: bench_events_sentences.py --batch16); the wire-mark tests use lines
written for the test."""

from __future__ import annotations

import re
import sys
from collections import Counter

from tests.sentence_batch_checks import (
    check_bench_flag,
    check_draw_rule_and_disjoint,
    check_make_up,
    check_offsets_and_hash_range,
)
from tests.test_events_round11_sentences8 import DATA, _records

NAME = "events_sentences16.jsonl"
SIZES = {"assault": 35, "protest": 35, "negative": 20, "attack": 45}
#: what the wire articles of the hash range gave (one sentence per article)
TAKEN = {"assault": 22, "protest": 8, "negative": 15, "attack": 40}


def _select() -> object:
    sys.path.insert(0, str(DATA.parent))
    import select_events_sentences16

    return select_events_sentences16


def test_batch16_make_up_as_coded() -> None:
    records = check_make_up(
        16,
        1210,
        TAKEN,
        {"event": 21, "optional": 32, "none": 32},
        {"Explosions/Remote violence": 10, "Battles": 6, "Violence against civilians": 5},
        with_alternatives=9,
    )
    by_pool: dict[str, Counter[str]] = {}
    for r in records:
        by_pool.setdefault(r["pool"], Counter())[r["gold"]] += 1
    assert by_pool == {
        "assault": Counter({"event": 6, "optional": 8, "none": 8}),
        "protest": Counter({"optional": 3, "none": 5}),
        "negative": Counter({"event": 4, "optional": 6, "none": 5}),
        "attack": Counter({"event": 11, "optional": 15, "none": 14}),
    }
    subs = Counter((r["event_type"], r["sub_event_type"]) for r in records if r["gold"] == "event")
    assert subs == {
        ("Battles", "Armed clash"): 5,
        ("Battles", "Government regains territory"): 1,
        ("Violence against civilians", "Attack"): 4,
        ("Violence against civilians", "Abduction/forced disappearance"): 1,
        ("Explosions/Remote violence", "Suicide bomb"): 4,
        ("Explosions/Remote violence", "Remote explosive/landmine/IED"): 3,
        ("Explosions/Remote violence", "Air/drone strike"): 2,
        ("Explosions/Remote violence", "Shelling/artillery/missile attack"): 1,
    }
    # every note names the agency that marks the article as wire copy, and how (dateline or credit)
    marks = [re.search(r"\[wire: [A-Za-z ()]+, (dateline|credit)\]$", r["note"]) for r in records]
    assert all(marks) and Counter(m.group(1) for m in marks if m) == {"credit": 72, "dateline": 13}


def test_batch16_ids_unique_and_spans_inside_the_article() -> None:
    records = _records(NAME)
    assert len({r["id"] for r in records}) == len(records) == 85
    for r in records:
        span = r["sentence"]
        assert 0 <= span["start"] < span["end"] <= r["content_len"], r["id"]


def test_batch16_offsets_hash_range_and_no_text() -> None:
    check_offsets_and_hash_range(16, "def")


def test_batch16_draw_rule_is_batch13s_and_disjoint_from_every_other_annotated_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    import select_events_sentences8 as batch8
    import select_events_sentences13 as batch13
    import select_events_sentences15 as batch15

    sel = check_draw_rule_and_disjoint(
        16,
        seed=20261616,
        digits="def",
        sizes=SIZES,
        includes=frozenset({"events_sentences13.jsonl", "events_sentences14.jsonl", "events_sentences_wire.jsonl"}),
    )
    assert sel.EXCLUDED_FILES == batch15.EXCLUDED_FILES
    before = (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES, batch8.load)
    with sel._batch16_rule():
        now = (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES)
        assert now == (sel.SEED, sel.HASH_DIGITS, sel.SIZES, sel.EXCLUDED_FILES)
        assert batch8.load is not before[-1]
    assert before == (batch13.SEED, batch13.HASH_DIGITS, batch13.SIZES, batch13.EXCLUDED_FILES, batch8.load)


def test_batch16_wire_mark_dateline_credit_and_plain_text() -> None:
    sel = _select()
    is_wire = sel.is_wire  # type: ignore[attr-defined]
    # datelines: place, dash, agency; agency first; the Saudi dateline ending a line; parentheses; the end credit
    assert is_wire("جدة - واس\nأعلنت الوزارة اليوم عن خطة جديدة للنقل.")
    assert is_wire("القاهرة ــ أ ف ب\nتظاهر مئات الطلاب أمام الجامعة.")
    assert is_wire("د ب أ - برلين: قالت الشرطة إن رجلا أصيب.")
    assert is_wire("الرياض 20 شوال 1436 هـ الموافق 05 أغسطس 2015 م واس\nرأس الأمير الاجتماع.")
    assert is_wire("أعلنت الحكومة (رويترز) أنها ستفتح المعبر.")
    assert is_wire("وأكد المسؤول أن العمل سيستمر حتى نهاية العام. رويترز")
    # a credit in the running text
    assert is_wire("وقال مسؤول أمني لوكالة الصحافة الفرنسية إن الطريق أغلق.")
    assert is_wire("ونقلت وكالة الأنباء الألمانية عن شهود أن السوق احترق.")
    # no agency: a plain report, an adjective of a language, a town that shares a name is not a dateline
    assert not is_wire("أعلنت البلدية أمس عن افتتاح حديقة جديدة في الحي الشمالي.")
    assert not is_wire("ويدرس الطلاب المواد العلمية باللغة الفرنسية.")
    assert not is_wire("وزار الوفد محافظة قنا في صعيد مصر حيث التقى المزارعين.")


def test_bench_batch16_flag_reads_its_own_file() -> None:
    check_bench_flag(16)
