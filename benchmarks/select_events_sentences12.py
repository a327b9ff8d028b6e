"""Draw batch 12 of the events sentence set (``data/events_sentences12.jsonl``) from SaudiNewsNet.

Issue 12, round 12c (helper bs3): a third fresh blind batch of real single sentences, each given to rasd alone (no
title, no date), drawn after batches 10 and 11 were coded. The rule, the seed, the hash range and the sizes were
fixed (and this script committed) before any drawn sentence was read; the sentences were coded by hand, and the
coder never ran rasd on them.

Rule (batch 11's, ``select_events_sentences11.py``, itself batches 8–10's), with another seed, another hash range
and other pool sizes:

* Articles of SaudiNewsNet whose url is in no annotated file of ``benchmarks/data/`` at the draw (``EXCLUDED_FILES``:
  batch 11's list, batch 11 itself, ``events_tune12`` and ``events_tune13``; the authored wire sentences of round 12
  name no article), whose title is not the title of a batch 1–11 article, whose content is at most 6,000 characters,
  and whose ``hashlib.sha1(url.encode()).hexdigest()[-2]`` (second-to-last hex digit) is in ``HASH_DIGITS`` (d–f).
* Sentences cut as in batch 1 (40–320 characters); a sentence goes to the first pool it fits, batch 1's
  :func:`pool_of`: ``attack`` 30, ``protest`` 20, ``arrest`` 10 (each with no ``OTHER`` word), ``negative`` 20 (a word
  of the three lists and an ``OTHER`` word): 80 sentences.
* Each pool is sorted by (zip, url, start), shuffled with ``random.Random(f"{SEED}:{pool}")``, ``SEED = 20261216``;
  sentences are taken in that order, one per article (a url or a non-empty title taken once across the pools).
  Sentences are coded as they are, whatever their pool. Nothing is redrawn.

Usage::

    python benchmarks/select_events_sentences12.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_events_sentences11 as batch11

SEED = 20261216
HASH_DIGITS = frozenset("def")
SIZES = {"attack": 30, "protest": 20, "arrest": 10, "negative": 20}
#: every annotated file of ``benchmarks/data/`` naming corpus articles when this batch was drawn: batch 11's list,
#: batch 11 itself and the tune files 12 and 13
EXCLUDED_FILES = tuple(
    sorted((*batch11.EXCLUDED_FILES, "events_sentences11.jsonl", "events_tune12.jsonl", "events_tune13.jsonl"))
)
SENTENCE_FILES = (*batch11.SENTENCE_FILES, "events_sentences11.jsonl")


def main(argv: list[str] | None = None) -> int:
    return batch11.batch10.batch9.batch8.main(
        argv,
        doc=__doc__,
        seed=SEED,
        digits=HASH_DIGITS,
        excluded_files=EXCLUDED_FILES,
        sentence_files=SENTENCE_FILES,
        sizes=SIZES,
    )


if __name__ == "__main__":
    raise SystemExit(main())
