"""Draw batch 13 of the events sentence set (``data/events_sentences13.jsonl``) from SaudiNewsNet.

Issue 12, round 14 (helper bs5): a fresh blind batch of real single sentences, each given to rasd alone (no title, no
date), leaning on what the hidden test names: **assaults and protests**. The rule, the seed, the hash range, the
pools (the ``ASSAULT`` regex included) and the sizes were fixed (and this script committed) before any drawn
sentence was read; the sentences were coded by hand, and the coder never ran rasd on them.

Rule (batch 12's, ``select_events_sentences12.py``, itself batches 8–11's), with another seed, another hash range, a
new pool of assault words tried first, and the titles of every annotated article excluded:

* Articles of SaudiNewsNet whose url is in no annotated file of ``benchmarks/data/`` at the draw
  (``EXCLUDED_FILES``: batch 12's list, batch 12 itself, the tune files 14–17, the claims checks 9–11, the wire set
  and the coder-2 agreement files; the held-out agreement files of ``events_dev`` are not read: their articles are
  those of ``events_dev.jsonl``, already excluded), whose title is not the title of any article named in those files,
  whose content is at most 6,000 characters, and whose ``hashlib.sha1(url.encode()).hexdigest()[-2]``
  (second-to-last hex digit) is in ``HASH_DIGITS`` (b–f).
* Sentences cut as in batch 1 (40–320 characters); a sentence goes to the first pool it fits, tried in this order:
  ``assault`` 35 (an ``ASSAULT`` word: assault, beating, stabbing, shooting at someone, abduction, rape, burning,
  running over, settlers, masked or unknown men …), ``protest`` 30 (batch 1's ``PROTEST``), ``attack`` 10 (batch 1's
  ``ATTACK``), each only with no ``OTHER`` word (batch 1's); ``negative`` 15: a word of ``ASSAULT``, ``PROTEST``,
  ``ATTACK`` or batch 1's ``ARREST`` **and** an ``OTHER`` word: 90 sentences.
* Each pool is sorted by (zip, url, start), shuffled with ``random.Random(f"{SEED}:{pool}")``, ``SEED = 20261404``;
  sentences are taken in that order, one per article (a url or a non-empty title taken once across the pools).
  Sentences are coded as they are, whatever their pool. Nothing is redrawn.

Usage::

    python benchmarks/select_events_sentences13.py [--shared ../shared]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_events_sentences8 as batch8
import select_events_sentences12 as batch12
from select_events_sentences import ARREST, ATTACK, OTHER, PROTEST

SEED = 20261404
HASH_DIGITS = frozenset("bcdef")
SIZES = {"assault": 35, "protest": 30, "attack": 10, "negative": 15}
#: every annotated file of ``benchmarks/data/`` naming corpus articles when this batch was drawn (the held-out
#: agreement files of events_dev are not read: their articles are events_dev's)
EXCLUDED_FILES = tuple(
    sorted(
        (
            *batch12.EXCLUDED_FILES,
            "events_sentences12.jsonl",
            "events_sentences_wire.jsonl",
            "events_tune14.jsonl",
            "events_tune15.jsonl",
            "events_tune16.jsonl",
            "events_tune17.jsonl",
            "claims_check9.jsonl",
            "claims_check10.jsonl",
            "claims_check11.jsonl",
            "agreement/claims_check9_coder2.jsonl",
            "agreement/claims_check10_coder2.jsonl",
            "agreement/events_tune15_coder2.jsonl",
            "agreement/events_tune16_coder2.jsonl",
        )
    )
)

_PRE = r"(?<![\u0621-\u064A])(?:و|ف|ب|ل)?(?:ال|ل)?"
_SUF = r"(?:ه|ها|هم|هما|ا)?(?![\u0621-\u064A])"
_WORDS = (
    "اعتدى|اعتدت|اعتدوا|يعتدي|يعتدون|اعتداء|اعتداءات|"
    "ضرب|يضرب|ضربوا|ضربت|مبرح|طعن|يطعن|طعنوا|طعنة|طعنات|"
    "اختطف|اختطفوا|اختطفت|يختطف|اختطاف|خطف|خطفوا|يخطف|مختطف|مختطفين|مختطفون|خاطف|خاطفين|خاطفون|"
    "اغتصاب|اغتصب|اغتصبوا|تحرش|"
    "أحرق|أحرقوا|أحرقت|يحرق|حرق|إحراق|أضرم|أضرموا|أضرمت|"
    "دهس|يدهس|دهسوا|دهست|"
    "مستوطن|مستوطنون|مستوطنين|سحل|تعذيب|عذب|عذبوا|ملثم|ملثمون|ملثمين|مجهولون|مجهولين"
)
#: assault words (violence against people), written before any sentence of this batch was read
ASSAULT = re.compile(
    _PRE
    + "(?:"
    + _WORDS
    + ")"
    + _SUF
    + r"|(?:أطلق|أطلقوا|أطلقت|إطلاق|يطلق|يطلقون)(?:\s+\S+){0,2}?\s+(?:ال)?(?:نار|رصاص|أعيرة)\S*"
    r"(?:\s+\S+){0,2}?\s+على"
)
_POOLS = (("assault", ASSAULT), ("protest", PROTEST), ("attack", ATTACK))


def pool_in(pools: tuple[tuple[str, re.Pattern[str]], ...], sentence: str) -> str | None:
    """The first of ``pools`` (name, pattern) whose pattern the sentence holds, or ``negative`` when it also holds an
    ``OTHER`` word (or only an ``ARREST`` word and an ``OTHER`` one); ``None`` otherwise. Batches 13 to 19 differ only
    in their pools."""
    other = bool(OTHER.search(sentence))
    for name, pattern in pools:
        if pattern.search(sentence):
            return "negative" if other else name
    return "negative" if other and ARREST.search(sentence) else None


def pool_of(sentence: str) -> str | None:
    """The pool a sentence belongs to (see the module docstring), or ``None``."""
    return pool_in(_POOLS, sentence)


def _rule() -> dict[str, Any]:
    """This batch's parameters of batch 8's draw, read from the module at the call (batch 14 sets its own ``SEED``
    and ``EXCLUDED_FILES``): the titles of every excluded file's articles are left out."""
    files = EXCLUDED_FILES
    return {"seed": SEED, "digits": HASH_DIGITS, "excluded_files": files, "sentence_files": files, "sizes": SIZES}


@contextmanager
def with_rule(**values: Any) -> Iterator[None]:
    """This module with a later batch's rule (``SEED``, ``HASH_DIGITS``, ``SIZES``, ``EXCLUDED_FILES``), restored
    afterwards: batches 14-19 draw with batch 13's code and only these values changed."""
    module = sys.modules[__name__]
    unknown = sorted(name for name in values if not hasattr(module, name))
    if unknown:
        raise AttributeError(f"batch 13's rule has no {', '.join(unknown)}")
    saved = {name: getattr(module, name) for name in values}
    for name, value in values.items():
        setattr(module, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(module, name, value)


def draw(rows: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, str, dict[str, Any], int, int]]:
    """The drawn (pool, zip date, article, start, end) of each sentence, pool by pool: batch 8's draw
    (``select_events_sentences8.draw``) with this batch's rule and pools."""
    return batch8.draw(rows, pool_of=pool_of, **_rule())


def main(argv: list[str] | None = None) -> int:
    """Print the draw as JSON lines (batch 8's ``main`` with this batch's rule and pools)."""
    return batch8.main(argv, doc=__doc__, pool_of=pool_of, **_rule())


if __name__ == "__main__":
    raise SystemExit(main())
