"""Draw the articles of the sixth row-judgment file (``data/events_rowjudge6.jsonl``) from SaudiNewsNet.

Issue 12, round 28 (helper fp7): precision on fresh news, measured a sixth time. Every discrete ACLED row rasd gives
at the tree of round 28's start (w0 = d8d4e32) on fresh articles is judged by hand with the rules of the earlier
row-judgment files (``select_events_rowjudge4.py``, round 17, and before it); the lead re-runs the set at the round's
end to count the true rows kept and the false rows gone on news no rule was made on. The rule and the seed were fixed,
and this script committed, before any article was drawn or read; nothing is redrawn.

Rule: ``select_events_rowjudge4.py``'s (round 10's place pools and clash words, ``draw_by_place`` of
``select_events_dev.py``) with

* a new seed, ``SEED = 20282806``;
* articles of 250-3,000 characters of ``content`` (:data:`MIN_CHARS`, :data:`MAX_CHARS`: rowjudge4's length, the
  held-out half's kind);
* the helpers' fresh hash range: only urls whose ``hashlib.sha1(url.encode()).hexdigest()[-2]`` (second-to-last hex
  digit) is ``0``-``9`` **and** whose ``[-3]`` (third from last) is ``0``-``9``, ``a`` or ``b`` (``draws.in_range3``
  with :data:`THIRD_DIGITS`; round 28's blind tune38 takes a second-to-last ``a``-``f`` and claims check27 a
  third-from-last ``c``-``f``, so neither can meet this draw, and neither is read);
* every annotated file of ``benchmarks/data/`` at round 28's start left out by its (zip date, url) keys
  (:data:`EXCLUDED_FILES` = ``draws.ROUND28_FILES``: the five earlier row-judgment files and tune37 / check26 among
  them), **and besides** every copy of one (tune38's rule, ``select_events_tune38.copies_of_excluded``: the url
  without its query string, or the stripped content, equal to an excluded article's);
* pool sizes :data:`SIZES` decided before the draw from the pools' counts in this range and length after the
  exclusions (no seed involved): yemen 69, syria 11, egypt 11, palestine 1, iraq / libya / saudi_border 0,
  negative 440 -- so about 45 articles: yemen 24, syria 10, egypt 6, palestine 1 and :data:`NEGATIVES` 4 from the
  negative pool; the empty pools take 0 (tune8's pools and their order are kept: an article whose head names Iraq
  still goes to the iraq pool, which takes none).

Usage::

    python benchmarks/select_events_rowjudge6.py [--shared ../shared]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_events_rowjudge4 as fourth
from draws import DIGITS, ROUND28_FILES
from select_events_dev import print_draw
from select_events_tune38 import copies_of_excluded

SEED = 20282806
MIN_CHARS, MAX_CHARS = 250, 3000
#: the second-to-last hex digits of sha1(url) this draw may take (the helpers' fresh range)
HASH_DIGITS = DIGITS
#: the third-from-last hex digits of sha1(url) this draw may take (the helpers' fresh range)
THIRD_DIGITS = frozenset("0123456789ab")
SIZES = {"yemen": 24, "syria": 10, "iraq": 0, "libya": 0, "egypt": 6, "palestine": 1, "saudi_border": 0}
NEGATIVES = 4
#: every annotated file of ``benchmarks/data/`` at round 28's start (a later file does not change the draw)
EXCLUDED_FILES = ROUND28_FILES


def excluded_keys() -> set[tuple[str, str]]:
    """Every (zip date, url) of the files of ``EXCLUDED_FILES``."""
    return fourth.excluded_keys(EXCLUDED_FILES)


def pools() -> list[tuple[str, str, int]]:
    """The first row-judgment file's place pools (name, pattern, how many) with :data:`SIZES`."""
    return fourth.pools(SIZES)


def draw(rows: list[tuple[str, dict]], skip: set[tuple[str, str]]) -> list[tuple[str, str, dict]]:
    """The drawn (pool, zip date, article) triples, pool by pool: rowjudge4's draw with this file's rule, the copies
    of the skipped articles skipped too."""
    return fourth.draw(
        rows,
        skip | copies_of_excluded(rows, skip),
        seed=SEED,
        sizes=SIZES,
        negatives=NEGATIVES,
        hash_digits=HASH_DIGITS,
        third_digits=THIRD_DIGITS,
        chars=(MIN_CHARS, MAX_CHARS),
    )


def main(argv: list[str] | None = None) -> int:
    return print_draw(__doc__ or "", lambda rows: draw(rows, excluded_keys()), argv)


if __name__ == "__main__":
    raise SystemExit(main())
