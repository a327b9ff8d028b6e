"""Draw batch 19 of the events sentence set (``data/events_sentences19.jsonl``) from SaudiNewsNet.

Issue 12, round 15 (helper as18): a fresh batch of real single sentences, each given to rasd alone (no title, no
date), leaning on **riots and the violent edge of protests** (mob violence, protesters setting fire or storming,
stones and tear gas, clashes between protesters and police, force and live fire against protesters). Batch 18 found
no riot: batch 13's rule tries the assault pool first, so a riot sentence with an assault word lands in a pool nobody
took. This batch adds one pool, ``riot``, tried **before** batch 13's pools. The rule is batch 13's, imported from
``select_events_sentences13.py`` (not copied), with the seed, the hash range, the sizes, the excluded files and the
new pool; the ``RIOT`` regex and this script were committed before any drawn sentence was read, the sentences were
coded by hand before rasd ran on them, and nothing is redrawn.

Rule: ``select_events_sentences13.draw`` (its docstring) with

* ``SEED = 20262020`` (batch 13: 20261404, batch 14: 20261414, batch 15: 20261515, batch 18: 20261818);
* the hash range: the second-to-last hex digit of ``sha1(url)`` in 5–9 (``HASH_DIGITS``, batch 18's; its articles
  are excluded below);
* the pools, in this order: ``riot`` (a ``RIOT`` match), then batch 13's ``assault``, ``protest`` and ``attack``
  (its regexes unchanged), each only with no ``OTHER`` word; ``negative``: a word of ``RIOT``, of batch 13's three
  pools or of batch 1's ``ARREST`` **and** an ``OTHER`` word. Sizes riot 45, assault 0, protest 0, attack 0,
  negative 15 (60 sentences);
* the same sentence cut and article length;
* ``EXCLUDED_FILES`` = batch 15's list plus every annotated file of ``benchmarks/data/`` naming articles present at
  the draw and not listed there: ``events_sentences15.jsonl`` to ``events_sentences18.jsonl`` and
  ``events_rowjudge2.jsonl`` (the held-out agreement files of ``events_dev`` are not read: their articles are
  events_dev's, already excluded). Only the urls of those files' articles are read (``urls_in``), and the titles of
  those articles are left out.

Usage::

    python benchmarks/select_events_sentences19.py [--shared ../shared] [--text]
"""

from __future__ import annotations

import re
import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_events_sentences8 as batch8
import select_events_sentences13 as batch13
import select_events_sentences15 as batch15

SEED = 20262020
HASH_DIGITS = frozenset("56789")
SIZES = {"riot": 45, "assault": 0, "protest": 0, "attack": 0, "negative": 15}
#: every annotated file of ``benchmarks/data/`` naming corpus articles when this batch was drawn
EXCLUDED_FILES = tuple(
    sorted(
        (
            *batch15.EXCLUDED_FILES,
            "events_sentences15.jsonl",
            "events_sentences16.jsonl",
            "events_sentences17.jsonl",
            "events_sentences18.jsonl",
            "events_rowjudge2.jsonl",
        )
    )
)

_B = r"(?<![\u0621-\u064A])"  # no Arabic letter before
_E = r"(?![\u0621-\u064A])"  # no Arabic letter after
_P = r"(?:و|ف|ب|ل)?(?:ال|لل)?"  # a conjunction or preposition, the article
_W = r"(?:\s+\S+)"  # one more word
_CROWD = r"(?:متظاهر|محتج|مظاهر|تظاهر|احتجاج|حشد|حشود|جموع|جمهور|اعتصام|غاضب)"
_VIOLENT_VERB = (
    r"(?:أضرم|أضرموا|أضرمت|يضرم|يضرمون|أحرق|أحرقوا|أحرقت|يحرق|يحرقون|حطم|حطموا|حطمت|يحطم|يحطمون|"
    r"اقتحم|اقتحموا|اقتحمت|يقتحم|يقتحمون|هاجم|هاجموا|هاجمت|يهاجم|يهاجمون|رشق|رشقوا|رشقت|يرشق|يرشقون|"
    r"نهب|نهبوا|ينهب|ينهبون|خرب|خربوا|يخرب|يخربون)"
)
#: riot and violent-protest words, written before any sentence of this batch was read
RIOT = re.compile(
    "|".join(
        (
            # riot, rioters, riot police
            _B + _P + r"(?:شغب|مشاغب[\u0621-\u064A]*)" + _E,
            # stones thrown
            _B
            + r"(?:و|ف)?(?:رشق|يرشق|رمي|يرمون|رموا|رشقوا|ألقوا|يلقون|قذف|قذفوا)\S*"
            + _W
            + r"{0,3}?\s+(?:بال|ال|ب)?حجار",
            # tear gas, gas grenades, rubber and live bullets
            r"مسيل\S*\s+لل?دموع|قنابل\s+(?:ال)?غاز|" + _B + _P + r"رصاص\s+(?:ال)?(?:مطاطي|حي)" + _E,
            # dispersing, breaking up, repressing a crowd
            _B + _P + r"(?:فرق|فرقت|فرقوا|يفرق|تفريق|فض|فضت|يفض|قمع|قمعت|يقمع)" + _E + _W + r"{0,3}?\s+" + _P + _CROWD,
            # clashes with or between protesters
            _B + _P + r"(?:اشتباك|اشتبك|مواجهات|صدامات|صدام|اصطدام|اصطدم|تصادم)\S*" + _W + r"{0,4}?\s+" + _P + _CROWD,
            # a crowd or protesters that burn, smash, storm, attack, stone or loot, either order
            _B + _P + _CROWD + r"\S*" + _W + r"{0,3}?\s+(?:و|ف)?" + _VIOLENT_VERB + _E,
            _B + r"(?:و|ف)?" + _VIOLENT_VERB + r"\S*" + _W + r"{0,2}?\s+" + _P + _CROWD,
            # an angry crowd, angry men
            _B + _P + r"غاضب(?:ون|ين)" + _E,
            # burning tyres
            r"إطارات" + _W + r"{0,2}?\s+(?:ال)?مشتعلة|" + _B + _P + r"(?:حرق|إحراق|أحرق\S*|أشعل\S*)\s+(?:ال)?إطارات",
            # dead or wounded among protesters
            _B
            + _P
            + r"(?:قتلى|قتيل|جرحى|مصاب\S*|مقتل|سقوط|قتل|قتلت|قتلوا|أصيب|أصيبت|جرح)"
            + _W
            + r"{0,4}?\s+"
            + _P
            + r"(?:متظاهر|محتج|مظاهر|احتجاج)",
            # violent protests, unrest, acts of violence, looting, vandalism
            _B + _P + r"(?:مظاهرات|احتجاجات|تظاهرات|مسيرات)\s+(?:ال)?عنيفة|" + _B + _P + r"اضطرابات" + _E,
            _B + _P + r"(?:أعمال|عمليات)\s+(?:ال)?(?:عنف|نهب|تخريب|سلب)" + _E,
            # a mob assault, houses, shops or cars burnt
            _B + _P + r"(?:اعتداء|هجوم)\s+(?:ال)?جماعي",
            _B + _P + r"(?:حرق|إحراق|أحرق\S*)\s+(?:ال)?(?:منازل|بيوت|محلات|متاجر|سيارات|ممتلكات|مساجد|كنائس)",
        )
    )
)
_POOLS = (("riot", RIOT), *batch13._POOLS)


def pool_of(sentence: str) -> str | None:
    """The pool a sentence belongs to (see the module docstring), or ``None``: batch 13's reading with the riot pool
    first."""
    return batch13.pool_in(_POOLS, sentence)


def _rule() -> dict[str, Any]:
    """This batch's parameters of batch 8's draw: the titles of every excluded file's articles are left out."""
    files = EXCLUDED_FILES
    return {"seed": SEED, "digits": HASH_DIGITS, "excluded_files": files, "sentence_files": files, "sizes": SIZES}


def _batch19_rule() -> AbstractContextManager[None]:
    """Batch 13's module with this batch's seed, hash range, sizes and excluded files, restored afterwards (the
    draw itself passes them to batch 8's draw with this batch's ``pool_of``)."""
    return batch13.with_rule(SEED=SEED, HASH_DIGITS=HASH_DIGITS, SIZES=SIZES, EXCLUDED_FILES=EXCLUDED_FILES)


def draw(rows: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, str, dict[str, Any], int, int]]:
    """The drawn (pool, zip date, article, start, end) of each sentence, pool by pool: batch 8's draw
    (``select_events_sentences8.draw``) with this batch's rule and pools."""
    with _batch19_rule():
        return batch8.draw(rows, pool_of=pool_of, **_rule())


def main(argv: list[str] | None = None) -> int:
    """Print the draw as JSON lines (batch 8's ``main`` with this batch's rule and pools)."""
    with _batch19_rule():
        return batch8.main(argv, doc=__doc__, pool_of=pool_of, **_rule())


if __name__ == "__main__":
    raise SystemExit(main())
