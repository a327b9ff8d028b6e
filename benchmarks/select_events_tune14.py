"""Draw the articles of the fourteenth events tune file (``data/events_tune14.jsonl``) from SaudiNewsNet.

Issue 12, round 12c: a fresh blind measure of the events code. The rule and the seed were fixed (and this script
committed) before any article was read; the articles are coded by hand before rasd is run on them (the coder never
runs rasd on them). No rule is changed for it.

Rule: :class:`PlaceDraw` of ``draws.py`` (``select_events_tune12.py``'s rule: tune8's place pools, articles of
250–1,500 characters) with a new seed (``SEED = 20261226``), new sizes (:data:`SIZES`, ``negative`` 3) and helper
bt2's hash range (``HASH_DIGITS``: ``a b c``, helper bt2's range in round 12c, disjoint from the other draws of the
wave); ``EXCLUDED_FILES``: every ``.jsonl`` file of ``benchmarks/data/`` when this script was written — tune12,
tune13, sentence batches 10–11 and the wire set included, both halves of the dev set by key.

Usage::

    python benchmarks/select_events_tune14.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import ROUND12C_FILES, PlaceDraw

SEED = 20261226
#: the second-to-last hex digits of sha1(url) this draw may take (round 12c: helper bt2's range)
HASH_DIGITS = frozenset("abc")
SIZES = {"yemen": 4, "syria": 4, "iraq": 4, "libya": 2, "egypt": 2, "palestine": 2, "saudi_border": 1}
NEGATIVES = 3
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = ROUND12C_FILES
RULE = PlaceDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
