"""Draw batch 16 of the events sentence set (``data/events_sentences16.jsonl``) from SaudiNewsNet: wire copy.

Issue 12, round 15 (helper bs7): a seventh fresh blind batch of real single sentences, each given to rasd alone (no
title, no date), leaning on **assaults and protests** as batches 13–15 do, and drawn only from articles of **wire
copy**: articles that carry the mark of a news agency (واس، أ ف ب، رويترز، د ب أ، الأناضول، قنا، كونا، وام، سانا،
أ ش أ، شينخوا، يو بي آي …) in a dateline or a credit. Issue 12 names sentences "from Arabic newswire"; batches 13–15
draw from any article, and the wire set (``events_sentences_wire.jsonl``) was written for the project, not drawn.
The rule is batch 13's, imported from ``select_events_sentences13.py`` (not copied, as batches 14 and 15 do), with
the seed, the hash range, the pool sizes and the excluded files changed and one condition added (``WIRE``, below),
written before any article was read (only its match counts were checked); this script was committed before any
drawn sentence was read, the sentences were coded by hand and rasd was never run on them by the coder, and nothing
is redrawn.

Rule: ``select_events_sentences13.draw`` (its docstring) with

* ``SEED = 20261616`` (batch 13: 20261404, batch 14: 20261414, batch 15: 20261515);
* the hash range: the second-to-last hex digit of ``sha1(url)`` in d–f (``HASH_DIGITS``; batch 15, drawn at the
  same time by another helper, takes a–c);
* the same pools, batch 13's regexes unchanged (a sentence goes to the first pool it fits in batch 13's order),
  taken in the order assault 35, protest 35, negative 20, then **attack 45**: the wire articles of the hash range
  hold too few assault and protest sentences for the brief's sizes (counted, no sentence read: 22 assault, 8
  protest and 15 negative sentences come out of one-per-article draws), so the attack pool (batch 1's ``ATTACK``:
  killings, shootings, blasts, strikes) fills the batch as far as it can: 40 more, 85 sentences in all;
* the same sentence cut and article length;
* ``EXCLUDED_FILES`` = batch 15's list (every annotated file of ``benchmarks/data/`` naming articles, batch 14,
  ``merge_pairs_real.jsonl`` and ``search_articles/articles.jsonl`` included; batch 15 itself draws from the other
  hash range), their articles left out by url and by title (batch 13's title rule). Only the urls and titles of
  those files' articles are read; the held-out agreement files of ``events_dev`` are not read (their articles are
  events_dev's, already excluded);
* **added**: only articles of wire copy (:func:`is_wire`) give sentences: an agency's name or abbreviation in
  parentheses (``(واس)``, ``(أ ف ب)``), in a dateline (a place of one to three words and a dash before it at the
  head of a line: ``الرياض - واس``, ``بيروت – أ ف ب``; or the agency first: ``واس -``), or as the last word of a
  line (the Saudi dateline ``الرياض … هـ واس`` or the credit that ends the article) (``WIRE``); or an agency
  credited in the running text (``وكالة الأنباء …``, ``وكالة الصحافة الفرنسية``, ``رويترز``, ``فرانس برس``:
  ``CREDIT``). The articles of the excluded files are still read for their titles.
  The regexes were written before any article was read; only counts were looked at after: the first ``WIRE`` (no
  line-end form) matched 253 of the 31,030 articles; the counted shape of the agency's context (letters and digits
  masked) showed the Saudi dateline ending a line (``… هـ واس``), and the line-end form was added (693 articles);
  those gave only 5 assault and 0 protest sentences in the hash range, so ``CREDIT`` was added (2,241 articles in
  all, 356 in the hash range of 6,000 characters or less).

Usage::

    python benchmarks/select_events_sentences16.py [--shared ../shared] [--text]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import select_events_sentences8 as batch8
import select_events_sentences13 as batch13
import select_events_sentences15 as batch15

SEED = 20261616
HASH_DIGITS = frozenset("def")
#: the brief's sizes (assault 35, protest 35, negative 20), taken in this order, then the attack pool filling the
#: sentences the wire articles could not give (counts checked before any sentence was read: 22, 8 and 15; the
#: attack pool gives 40, 85 sentences in all)
SIZES = {"assault": 35, "protest": 35, "negative": 20, "attack": 45}
#: every annotated file of ``benchmarks/data/`` naming corpus articles when this batch was drawn
EXCLUDED_FILES = batch15.EXCLUDED_FILES

#: agencies' names and abbreviations as Arabic papers credit them (written from Arabic wire style, before any
#: article was read): the Saudi, French, British, German, Turkish, Qatari, Kuwaiti, Emirati, Syrian, Egyptian,
#: Chinese, American, Bahraini, Omani, Iranian, Yemeni, Algerian, Moroccan, Palestinian, Jordanian and Iraqi ones
_AGENCY = (
    r"واس|"
    r"[أا]\s?\.?\s?ف\s?\.?\s?ب|فرانس\s+برس|فرانس\s+بريس|الفرنسية|"
    r"رويترز|"
    r"د\s?\.?\s?ب\s?\.?\s?[أا]|الألمانية|"
    r"الأناضول|الاناضول|"
    r"قنا|كونا|وام|سانا|"
    r"[أا]\s?\.?\s?ش\s?\.?\s?[أا]|"
    r"شينخوا|"
    r"يو\s+بي\s+[آا]ي|[أا]سوشيتد\s+برس|[أا]\s?\.?\s?ب|"
    r"بنا|العمانية|[إا]رنا|سبأ|واج|وفا|بترا|نينا"
)
_AG = r"(?:" + _AGENCY + r")(?![\u0621-\u064A])"
_DASH = r"\s*[-–—:ـ]+\s*"
#: the agencies that may end an article as its credit (the adjectives and short words that end sentences left out)
_TAIL = (
    r"(?:واس|[أا]\s?\.?\s?ف\s?\.?\s?ب|فرانس\s+برس|رويترز|د\s?\.?\s?ب\s?\.?\s?[أا]|الأناضول|قنا|كونا|وام|سانا|"
    r"[أا]\s?\.?\s?ش\s?\.?\s?[أا]|شينخوا|يو\s+بي\s+[آا]ي)"
)
#: a wire mark: the agency in parentheses, in a dateline (place, dash, agency; or agency, dash) at the head of a
#: line, or as the last word of a line (the dateline that ends with the agency, ``الرياض … هـ واس``, or the credit
#: that ends the article)
WIRE = re.compile(
    r"\(\s*" + _AG + r"\s*\)"
    r"|(?:^|\n)\s*(?:[\u0621-\u064A]+\s+){0,2}[\u0621-\u064A]+"
    + _DASH
    + _AG
    + r"|(?:^|\n)\s*"
    + _AG
    + _DASH
    + r"|(?<![\u0621-\u064A])"
    + _TAIL
    + r"[ \t\u00a0.)]*(?:\n|$)"
)

#: a credit in the running text: an agency named as one (``وكالة الأنباء …``, ``وكالة الصحافة الفرنسية``, ``وكالة
#: رويترز``) or a distinctive agency name anywhere (``رويترز``, ``فرانس برس``, ``أسوشيتد برس``, ``الأناضول``)
CREDIT = re.compile(
    r"وكال(?:ة|ات)\s+(?:ال)?(?:أنباء|انباء|الأنباء|الصحافة|رويترز|فرانس|أسوشيتد|اسوشيتد|الأناضول|الاناضول|شينخوا|"
    r"[أا]\s?ف\s?ب|د\s?ب\s?[أا]|قنا|كونا|وام|سانا|[إا]رنا|سبأ|بترا|وفا|معا)"
    r"|رويترز|فرانس\s+برس|[أا]سوشيتد\s+برس"
)


def is_wire(content: str) -> bool:
    """Whether an article's content carries an agency's mark (``WIRE``) or credit (``CREDIT``)."""
    return bool(WIRE.search(content or "") or CREDIT.search(content or ""))


def _wire_rows(rows: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
    """The rows that may give sentences (wire-marked articles) and those of the excluded files (read for their
    titles only: batch 8's draw skips their urls)."""
    excluded = batch8.urls_in(EXCLUDED_FILES)
    return [(z, a) for z, a in rows if a.get("url") in excluded or is_wire(a.get("content") or "")]


@contextmanager
def _batch16_rule() -> Iterator[None]:
    """Batch 13's module with this batch's seed, hash range, sizes and excluded files, and batch 8's loader keeping
    only wire articles (and the excluded files' ones), restored afterwards."""
    load = batch8.load
    batch8.load = lambda shared: _wire_rows(load(shared))
    try:
        with batch13.with_rule(SEED=SEED, HASH_DIGITS=HASH_DIGITS, SIZES=SIZES, EXCLUDED_FILES=EXCLUDED_FILES):
            yield
    finally:
        batch8.load = load


def draw(rows: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, str, dict[str, Any], int, int]]:
    """The drawn (pool, zip date, article, start, end) of each sentence: batch 13's draw with this batch's rule, on
    the wire articles."""
    with _batch16_rule():
        return batch13.draw(_wire_rows(rows))


def main(argv: list[str] | None = None) -> int:
    """Print the draw as JSON lines (batch 13's ``main`` with this batch's rule)."""
    with _batch16_rule():
        return batch13.main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
