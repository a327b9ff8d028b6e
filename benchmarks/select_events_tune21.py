"""Draw the articles of the twenty-first events tune file (``data/events_tune21.jsonl``) from SaudiNewsNet.

Issue 12, round 17: a fresh blind measure of the events code, first run by the lead at round 17's start tree and scored
again at its end (helper bt8). The rule and the seed were fixed (and this script committed) before any article was
read; the articles are coded by hand before rasd is run on them (the coder never runs rasd on them). No rule is changed
for it.

Rule: :class:`PlaceDraw` of ``draws.py`` (``select_events_tune20.py``'s) with a new seed (``SEED = 20261721``),
tune17's sizes (:data:`SIZES`, ``negative`` 4) and round 17's hash rule (``draws.in_range3``): the second-to-last hex
digit of ``sha1(url)`` a digit ``0``–``9`` (``HASH_DIGITS`` = :data:`draws.DIGITS`) **and** the third-from-last
``e`` (``THIRD_DIGITS``; helper bs9's draw takes ``c``/``d`` and helper bc8's ``f`` at the same time);
``EXCLUDED_FILES``: every committed ``.jsonl`` file of ``benchmarks/data/`` when round 17's blind files were drawn
(:data:`draws.ROUND17_FILES`: tune12 to tune20, every claims file to check14, sentence batches 8–21 and the wire set,
the row-judge files and merge pairs included, both halves of the dev set by key only); the ``events_dev_heldout_*``
files are the dev set's held-out articles, already left out by ``events_dev.jsonl``'s keys, and are not read; the
``agreement/`` files are second codings of tune15, tune16, check9 and check10, whose keys are already left out.

Usage::

    python benchmarks/select_events_tune21.py [--shared ../shared]
"""

from __future__ import annotations

from functools import partial

from draws import DIGITS, ROUND17_FILES, PlaceDraw

SEED = 20261721
#: the second-to-last hex digits of sha1(url) this draw may take (round 17's rule: a digit 0-9)
HASH_DIGITS = DIGITS
#: ... and the third-from-last (round 17: helper bt8's range)
THIRD_DIGITS = frozenset("e")
SIZES = {"yemen": 5, "syria": 5, "iraq": 5, "libya": 3, "egypt": 3, "palestine": 3, "saudi_border": 2}
NEGATIVES = 4
#: every annotated file of ``benchmarks/data/`` when this file was drawn (a later file does not change the draw)
EXCLUDED_FILES = ROUND17_FILES
RULE = PlaceDraw(SEED, HASH_DIGITS, SIZES, NEGATIVES, EXCLUDED_FILES, third_digits=THIRD_DIGITS)
excluded_keys, pools, draw = RULE.excluded_keys, RULE.pools, RULE.draw

main = partial(RULE.main, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main())
