"""Draw the articles of the eighteenth events tune file (``data/events_tune18.jsonl``) from SaudiNewsNet.

Issue 12, round 14: a fresh blind measure of the events code at the start and at the end of the round (helper bt5).
The rule and the seed were fixed (and this script committed) before any article was read; the articles are coded by
hand before rasd is run on them (the coder never runs rasd on them). No rule is changed for it.

Rule: :class:`PlaceDraw` of ``draws.py`` (``select_events_tune17.py``'s) with a new seed (``SEED = 20261418``),
tune17's sizes (:data:`SIZES`, ``negative`` 4) and helper bt5's hash range (``HASH_DIGITS``: ``0`` to ``5``,
disjoint from round 14's claims check12 (``6``–``a``) and sentence batch 13 (``b``–``f``)); ``EXCLUDED_FILES``:
every committed ``.jsonl`` file of ``benchmarks/data/`` when this script was written (:data:`draws.ROUND14_FILES`:
tune12 to tune17, every claims file to check11, sentence batches 8–12 and the wire set included, both halves of the
dev set by key); the ``events_dev_heldout_*`` files are the dev set's held-out articles, already left out by
``events_dev.jsonl``'s keys, and are not read; the ``agreement/`` files are second codings of tune15, tune16, check9
and check10, whose keys are already left out.

Usage::

    python benchmarks/select_events_tune18.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND14_FILES, PlaceDraw

SEED = 20261418
#: the second-to-last hex digits of sha1(url) this draw may take (round 14: helper bt5's range)
HASH_DIGITS = frozenset("012345")
SIZES = {"yemen": 5, "syria": 5, "iraq": 5, "libya": 3, "egypt": 3, "palestine": 3, "saudi_border": 2}
NEGATIVES = 4
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = ROUND14_FILES
RULE = PlaceDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
