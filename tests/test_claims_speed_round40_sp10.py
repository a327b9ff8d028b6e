"""Claims stage speed, round 40 (helper sp10; docs/measurements.md "Round 40: the claims stage's time"): each reader
changed for speed against the reading before it (kept here). Sentences written for the project (none taken from an
article)."""

from __future__ import annotations

import random

from rasd.stages.claims.channels import _group_phrases
from rasd.stages.claims.cues import _GROUP_HEADS, _GROUP_TOLD

#: news-style sentences written for these tests: groups named by a quantity, with and without و, glued to other
#: words, at the text's start and end
_GROUP_TEXTS = [
    "عدد من التجار في تصريحات لـ«الوطن» إن الأسعار ارتفعت خلال الأسبوع الماضي.",
    "وأكد عدد كبير من المزارعين لـ«اليوم» أن موسم الحصاد تأخر، فيما طالب مجموعة من الأهالي بإصلاح الطريق.",
    "واستنكر نخبة من الأكاديميين القرار، وقال جملة من الخبراء إن عددا من المشاريع متوقف منذ أشهر.",
    "تعدد من المواقف، وعددمن الحالات، ومجموعة منهم، وجملة من",
    "وعدد من",
    "«عدد من الموظفين» قالوا إن رواتبهم تأخرت؛ وعددا من المعلمين",
    "عدد\nمن الناس، ووعدد من السكان، و عدد من الزوار",
]


def _finditer_spans(text: str) -> list[tuple[int, int]]:
    """Round 39's reading: the pattern tried at every position of the text."""
    return [m.span() for m in _GROUP_TOLD.finditer(text)]


def test_group_phrases_as_finditer_on_written_texts() -> None:
    found = 0
    for text in _GROUP_TEXTS:
        spans = [m.span() for m in _group_phrases(text)]
        assert spans == _finditer_spans(text)
        assert [m.group() for m in _group_phrases(text)] == [m.group() for m in _GROUP_TOLD.finditer(text)]
        found += len(spans)
    assert found >= 10  # the texts hold groups: the comparison is not of empty lists


def test_group_phrases_as_finditer_on_random_texts() -> None:
    rnd = random.Random(40)
    phrases = ["عدد من", "عدد كبير من", "عددا من", "مجموعة من", "نخبة من", "جملة من"]
    parts = [*_GROUP_HEADS, *phrases, "و", "من", " ", "كبير", "x", "،", "«", "ال", "\n", "ومن", "_", "3"]
    hits = 0
    for _ in range(20_000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(1, 14)))
        spans = [m.span() for m in _group_phrases(text)]
        assert spans == _finditer_spans(text), text
        hits += bool(spans)
    assert hits > 500


def test_group_phrases_start_at_the_waw() -> None:
    text = "وعدد من السكان"
    assert [m.span() for m in _group_phrases(text)] == [(0, len(text) - len(" السكان"))]
    assert not list(_group_phrases("ووعدد من السكان"))  # the و before it is a word's letter: no group
