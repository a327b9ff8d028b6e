"""Draw the articles of the twentieth events tune file (``data/events_tune20.jsonl``) from SaudiNewsNet.

Issue 12, round 16: a fresh blind measure of the events code, scored at the end of round 16 and held for the next
(helper bt7). The rule and the seed were fixed (and this script committed) before any article was read; the articles
are coded by hand before rasd is run on them (the coder never runs rasd on them). No rule is changed for it.

Rule: :class:`PlaceDraw` of ``draws.py`` (``select_events_tune18.py``'s and ``select_events_tune19.py``'s) with a
new seed (``SEED = 20261620``), tune17's sizes (:data:`SIZES`, ``negative`` 4) and helper bt7's hash range
(``HASH_DIGITS``: ``d`` to ``f``, disjoint from round 16's sentence batch 20 (``a``–``c``)); ``EXCLUDED_FILES``:
every committed ``.jsonl`` file of ``benchmarks/data/`` when this script was written (:data:`draws.ROUND16_FILES`:
tune12 to tune19 (tune19 by key only), every claims file to check13, sentence batches 8–19 and the wire set, the
row-judge files and merge pairs included, both halves of the dev set by key); the ``events_dev_heldout_*`` files are
the dev set's held-out articles, already left out by ``events_dev.jsonl``'s keys, and are not read; the
``agreement/`` files are second codings of tune15, tune16, check9 and check10, whose keys are already left out.

Usage::

    python benchmarks/select_events_tune20.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND16_FILES, PlaceDraw

SEED = 20261620
#: the second-to-last hex digits of sha1(url) this draw may take (round 16: helper bt7's range)
HASH_DIGITS = frozenset("def")
SIZES = {"yemen": 5, "syria": 5, "iraq": 5, "libya": 3, "egypt": 3, "palestine": 3, "saudi_border": 2}
NEGATIVES = 4
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = ROUND16_FILES
RULE = PlaceDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
