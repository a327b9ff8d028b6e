"""Draw the articles of the fifteenth events tune file (``data/events_tune15.jsonl``) from SaudiNewsNet.

Issue 12, round 13: a fresh blind measure of the events code. The rule and the seed were fixed (and this script
committed) before any article was read; the articles are coded by hand before rasd is run on them (the coder never
runs rasd on them). No rule is changed for it.

Rule: :class:`PlaceDraw` of ``draws.py`` (``select_events_tune14.py``'s) with a new seed (``SEED = 20261305``), new
sizes (:data:`SIZES`, ``negative`` 4) and helper bt3's hash range (``HASH_DIGITS``: ``0`` to ``7``, helper bt3's
range in round 13, disjoint from the other draws of the round); ``EXCLUDED_FILES``: every ``.jsonl`` file of
``benchmarks/data/`` when this script was written — tune12 to tune14, sentence batches 8–12 and the wire set
included, both halves of the dev set by key.

Usage::

    python benchmarks/select_events_tune15.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND13_FILES, PlaceDraw

SEED = 20261305
#: the second-to-last hex digits of sha1(url) this draw may take (round 13: helper bt3's range)
HASH_DIGITS = frozenset("01234567")
SIZES = {"yemen": 5, "syria": 5, "iraq": 5, "libya": 3, "egypt": 3, "palestine": 3, "saudi_border": 2}
NEGATIVES = 4
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = ROUND13_FILES
RULE = PlaceDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
