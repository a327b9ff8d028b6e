"""Draw batch 11 of the events sentence set (``data/events_sentences11.jsonl``) from SaudiNewsNet.

Issue 12, round 12 (helper bs2): a second fresh blind batch of real single sentences, each given to rasd alone (no
title, no date), drawn after batch 10 was coded. The rule, the seed and the sizes were fixed (and this script
committed) before any drawn sentence was read; the sentences were coded by hand, and the coder never ran rasd on them.

Rule (batch 10's, ``select_events_sentences10.py``, itself batches 8–9's), with another seed, the same hash range and
half-size pools:

* Articles of SaudiNewsNet whose url is in no annotated file of ``benchmarks/data/`` at the draw (``EXCLUDED_FILES``:
  batch 10's list and batch 10 itself; the authored wire sentences of round 12 name no article), whose title is not
  the title of a batch 1–10 article, whose content is at most 6,000 characters, and whose
  ``hashlib.sha1(url.encode()).hexdigest()[-2]`` (second-to-last hex digit) is in ``HASH_DIGITS`` (5–9).
* Sentences cut as in batch 1 (40–320 characters); a sentence goes to the first pool it fits, batch 1's
  :func:`pool_of`: ``attack`` 20, ``protest`` 15, ``arrest`` 5 (each with no ``OTHER`` word), ``negative`` 20 (a word
  of the three lists and an ``OTHER`` word): 60 sentences.
* Each pool is sorted by (zip, url, start), shuffled with ``random.Random(f"{SEED}:{pool}")``, ``SEED = 20261215``;
  sentences are taken in that order, one per article (a url or a non-empty title taken once across the pools).
  Sentences are coded as they are, whatever their pool. Nothing is redrawn.

Usage::

    python benchmarks/select_events_sentences11.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_events_sentences10 as batch10

SEED = 20261215
HASH_DIGITS = batch10.HASH_DIGITS
SIZES = {"attack": 20, "protest": 15, "arrest": 5, "negative": 20}
#: every annotated file of ``benchmarks/data/`` naming corpus articles when this batch was drawn: batch 10's list and
#: batch 10 itself
EXCLUDED_FILES = tuple(sorted((*batch10.EXCLUDED_FILES, "events_sentences10.jsonl")))
SENTENCE_FILES = (*batch10.SENTENCE_FILES, "events_sentences10.jsonl")


def main(argv: list[str] | None = None) -> int:
    return batch10.batch9.batch8.main(
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
