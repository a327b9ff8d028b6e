"""Draw the articles of the sixteenth events tune file (``data/events_tune16.jsonl``) from SaudiNewsNet.

Issue 12, round 13: a second fresh blind measure of the events code, beside tune15. The rule and the seed were fixed
(and this script committed) before any article was read; the articles are coded by hand before rasd is run on them
(the coder never runs rasd on them). No rule is changed for it.

Rule: :class:`PlaceDraw` of ``draws.py`` (``select_events_tune15.py``'s) with a new seed (``SEED = 20261306``) and
tune14's sizes (:data:`SIZES`, ``negative`` 3), in the same hash range (``HASH_DIGITS``: ``0`` to ``7``);
``EXCLUDED_FILES``: every committed ``.jsonl`` file of ``benchmarks/data/`` when this script was written — tune12 to
tune15, claims check9, sentence batches 8–12 and the wire set included, both halves of the dev set by key; claims
check10, then being coded, draws from ``8``–``f`` only.

Usage::

    python benchmarks/select_events_tune16.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND13_TUNE16_FILES, PlaceDraw

SEED = 20261306
#: the second-to-last hex digits of sha1(url) this draw may take (round 13: helper bt3's range)
HASH_DIGITS = frozenset("01234567")
SIZES = {"yemen": 4, "syria": 4, "iraq": 4, "libya": 2, "egypt": 2, "palestine": 2, "saudi_border": 1}
NEGATIVES = 3
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = ROUND13_TUNE16_FILES
RULE = PlaceDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
