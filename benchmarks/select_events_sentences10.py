"""Draw batch 10 of the events sentence set (``data/events_sentences10.jsonl``) from SaudiNewsNet.

Issue 12, round 12 (helper bs2): a fresh blind batch of real single sentences, each given to rasd alone (no title, no
date), to measure the start and end code of the round. The rule and the seed were fixed (and this script committed)
before any drawn sentence was read; the sentences were coded by hand, and the coder never ran rasd on them.

Rule (batches 8's and 9's, ``select_events_sentences8.py``, itself batch 1's: :func:`sentences`, :func:`pool_of`,
``MAX_CONTENT``, ``MIN_SENT``/``MAX_SENT``, the shared :func:`take_pools`), with a new seed and a new hash range:

* Articles of SaudiNewsNet whose url is in no annotated file of ``benchmarks/data/`` at the draw (``EXCLUDED_FILES``:
  every ``*.jsonl`` there, ``events_sentences.jsonl`` with batches 1–7 and batches 8 and 9 (``events_sentences8``,
  ``events_sentences9``) included), whose title is not the title of a batch 1–9 article, whose content is at most
  6,000 characters, and whose ``hashlib.sha1(url.encode()).hexdigest()[-2]`` (second-to-last hex digit) is in
  ``HASH_DIGITS`` (5–9).
* Sentences cut as in batch 1 (40–320 characters); a sentence goes to the first pool it fits, batch 1's
  :func:`pool_of`: ``attack`` 40, ``protest`` 30, ``arrest`` 15 (each with no ``OTHER`` word), ``negative`` 35 (a word
  of the three lists and an ``OTHER`` word): 120 sentences.
* Each pool is sorted by (zip, url, start), shuffled with ``random.Random(f"{SEED}:{pool}")``, ``SEED = 20261214``;
  sentences are taken in that order, one per article (a url or a non-empty title taken once across the pools).
  Sentences are coded as they are, whatever their pool. Nothing is redrawn.

Usage::

    python benchmarks/select_events_sentences10.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_events_sentences9 as batch9

SEED = 20261214
HASH_DIGITS = frozenset("56789")
#: every annotated file of ``benchmarks/data/`` when this batch was drawn: batch 9's list and batch 9 itself
EXCLUDED_FILES = tuple(sorted((*batch9.EXCLUDED_FILES, "events_sentences9.jsonl")))
SENTENCE_FILES = (*batch9.SENTENCE_FILES, "events_sentences9.jsonl")


def main(argv: list[str] | None = None) -> int:
    return batch9.batch8.main(
        argv,
        doc=__doc__,
        seed=SEED,
        digits=HASH_DIGITS,
        excluded_files=EXCLUDED_FILES,
        sentence_files=SENTENCE_FILES,
    )


if __name__ == "__main__":
    raise SystemExit(main())
