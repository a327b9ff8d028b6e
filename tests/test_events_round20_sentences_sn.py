"""Round 20 (issue 12, helper sn): events on sentences that report none (rasd.events.coding.kinds).

Issue 12 is also measured on single sentences, each given alone with no title or date, and asks no event on a
sentence that reports none. Two constructions of opinion pieces, sermons and statements recurred among the negative
sentences of batches 8-23 that got an event: a verbal noun that is one item of a list of three or more evils (من قتل
وخطف واعتداء، من تفجير وذبح وحرق: :func:`listed_evil`), and a verbal noun whose object is a class of people or places
named as a whole (استهداف المصلين، خطف الأطفال، تفجير دور العبادة: :func:`generic_victim`) in a text that names no
place, no day and no count. Each names violence as a kind, not a happening; the same words with a town, a day, a count
or a verb of doing stay events.

Every sentence here was written for rasd (none copied from a corpus).
"""

from __future__ import annotations

import functools
import json
from typing import Any

import rasd
from rasd.events.coding.kinds import KIND_CUES, LIST_ITEMS
from rasd.ingest.jsonl import read_line

_TOLD = ("reported", "claimed", "alleged")


@functools.cache
def _pipeline() -> Any:
    return rasd.Pipeline()


def _told(sentence: str) -> list[tuple[str, str]]:
    """(type, sub-type) of every told event of ``sentence`` given alone, as the sentence benchmark counts them."""
    doc = _pipeline().run(read_line(json.dumps({"content": sentence}, ensure_ascii=False).encode("utf-8")))
    return [
        (e["acled_event_type"], e.get("acled_sub_event_type"))
        for e in doc.events
        if isinstance(e, dict) and e.get("acled_event_type") and e.get("status") in _TOLD
    ]


# ------------------------------------------------------------------------------------------ a list of evils


def test_a_list_of_evils_in_an_op_ed_is_no_event() -> None:
    text = "ولا يعرف هذا الفكر المتطرف طريقا إلى أهدافه إلا من خلال القتل والخطف والتفجير وترويع الآمنين في كل مكان."
    assert _told(text) == []


def test_a_list_of_evils_after_min_is_no_event() -> None:
    text = "وعانت المجتمعات العربية طويلا من موجات العنف وما حملته من تفجير وذبح وحرق وتهجير للأسر."
    assert _told(text) == []


def test_a_list_of_evils_with_a_town_and_a_day_stays_an_event() -> None:
    text = "شهدت مدينة تعز أمس الثلاثاء عمليات قتل وخطف ونهب نفذها مسلحون حوثيون بحق سكان حي الجحملية."
    assert _told(text) != []


def test_two_evils_are_no_list() -> None:
    assert LIST_ITEMS == 3
    text = "وقال مصدر أمني إن مسلحين أقدموا على خطف وتعذيب مواطن في مديرية الشيخ عثمان بمدينة عدن فجر اليوم."
    assert _told(text) != []


# --------------------------------------------------------------------------------- a class of people as a whole


def test_targeting_worshippers_judged_is_no_event() -> None:
    text = "وأكد الخطيب أن استهداف المصلين وتفجير دور العبادة لا يمت إلى الإسلام بصلة ولا يقره عقل ولا دين."
    assert _told(text) == []


def test_justifying_the_kidnapping_of_children_is_no_event() -> None:
    text = "فكيف يقبل أحد تبرير خطف الأطفال بأن الخاطفين يعانون من الفقر؟"
    assert _told(text) == []


def test_women_beaten_and_killed_by_villagers_stays_an_event() -> None:
    # the verbal nouns are the object of a verb of doing (استخدموا … لضرب وقتل): a deed told
    text = "وقال مفوض الشرطة إن مجموعة من القرويين استخدموا العصي والسكاكين لضرب وقتل النساء الثلاث بتهمة السحر."
    assert _told(text) != []


def test_gunmen_kidnapping_children_stays_an_event() -> None:
    text = "وأفاد شهود بأن مسلحين قاموا بخطف الأطفال من أمام مدرستهم ثم لاذوا بالفرار."
    assert _told(text) != []


def test_the_lists_are_data() -> None:
    assert "قتل" in KIND_CUES.words("evil_nouns")
    assert "المصلين" in KIND_CUES.words("generic_victims")
