"""Draw the articles of the seventeenth events tune file (``data/events_tune17.jsonl``) from SaudiNewsNet.

Issue 12, round 13: a third fresh blind measure of the events code (helper bt4), beside tune15 and tune16, in the
other half of the hash range. The rule and the seed were fixed (and this script committed) before any article was
read; the articles are coded by hand before rasd is run on them (the coder never runs rasd on them). No rule is
changed for it.

Rule: :class:`PlaceDraw` of ``draws.py`` (``select_events_tune15.py``'s) with a new seed (``SEED = 20261307``),
tune15's sizes (:data:`SIZES`, ``negative`` 4) and helper bt4's hash range (``HASH_DIGITS``: ``8`` to ``f``,
disjoint from tune15, tune16 and claims check11); ``EXCLUDED_FILES``: every committed ``.jsonl`` file of
``benchmarks/data/`` when this script was written — tune12 to tune16, claims check9 and check10, sentence batches
8–12 and the wire set included, both halves of the dev set by key; the ``events_dev_heldout_*`` files are the dev
set's held-out articles, already left out by ``events_dev.jsonl``'s keys, and are not read; claims check11, then
being coded, draws from ``0``–``7`` only.

Usage::

    python benchmarks/select_events_tune17.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND13_WAVE2_FILES, PlaceDraw

SEED = 20261307
#: the second-to-last hex digits of sha1(url) this draw may take (round 13: helper bt4's range)
HASH_DIGITS = frozenset("89abcdef")
SIZES = {"yemen": 5, "syria": 5, "iraq": 5, "libya": 3, "egypt": 3, "palestine": 3, "saudi_border": 2}
NEGATIVES = 4
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = ROUND13_WAVE2_FILES
RULE = PlaceDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
