"""The two draw rules the blind files of rounds 11–13 share, each a parameterised rule the draw scripts instantiate.

* :class:`PlaceDraw` — the events tune files' rule (``select_events_tune14.py`` to ``select_events_tune17.py``):
  tune8's place pools (``PLACE_POOLS`` of ``select_events_tune7.py``) over the articles of 250–1,500 characters,
  with a seed, pool sizes, a number of negatives, the second-to-last hex digits of ``sha1(url)`` the draw may take
  and the annotated files whose (zip date, url) keys it leaves out (``draw_by_place`` of ``select_events_dev.py``).
* :class:`ClaimsDraw` — the claims check sets' rule (``select_claims_check7.py``, ``_check9.py``, ``_check11.py``):
  articles of 400–900 characters with at least :data:`MIN_CUES` reported-speech words, pools ``conflict`` then
  ``politics`` (``select_by_head`` of ``bench_claims.py``), with a seed, pool sizes, a hash range, the annotated
  files whose urls it leaves out and, for a second set drawn beside a first, that first draw.

The annotated-file lists each draw left out are built from :data:`ROUND11_FILES` (every annotated file of
``benchmarks/data/`` when claims check7 was drawn) plus the files written since, in the order they came; a draw
reads them as a set, so the order changes nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_claims import _all_annotated_urls, select_by_head
from select_claims_check4 import POLITICS
from select_events_dev import annotated_keys, draw_by_place, print_draw
from select_events_tune7 import BATTLE, MAX_CHARS, MIN_CHARS, PLACE_POOLS
from select_events_tune10 import in_range

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"

#: Every annotated file of ``benchmarks/data/`` when claims check7 and check8 were drawn (round 11).
ROUND11_FILES = (
    "claims_check.jsonl",
    "claims_check2.jsonl",
    "claims_check3.jsonl",
    "claims_check4.jsonl",
    "claims_check5.jsonl",
    "claims_check6.jsonl",
    "claims_tune2.jsonl",
    "claims_tune3.jsonl",
    "claims_tune4.jsonl",
    "claims_tune5.jsonl",
    "claims_tune6.jsonl",
    "events_args_audit.jsonl",
    "events_dev.jsonl",
    "events_rowjudge.jsonl",
    "events_sentences.jsonl",
    "events_tune2.jsonl",
    "events_tune3.jsonl",
    "events_tune4.jsonl",
    "events_tune5.jsonl",
    "events_tune6.jsonl",
    "events_tune7.jsonl",
    "events_tune8.jsonl",
    "events_tune9.jsonl",
    "events_tune10.jsonl",
    "merge_pairs.jsonl",
    "places_audit.jsonl",
    "places_audit2.jsonl",
    "places_audit3.jsonl",
    "places_audit4.jsonl",
)
#: ... and when events tune14 was drawn (round 12c)
ROUND12C_FILES = (
    *ROUND11_FILES,
    "claims_check7.jsonl",
    "claims_check8.jsonl",
    "events_sentences8.jsonl",
    "events_sentences9.jsonl",
    "events_sentences10.jsonl",
    "events_sentences11.jsonl",
    "events_sentences_wire.jsonl",
    "events_tune11.jsonl",
    "events_tune12.jsonl",
    "events_tune13.jsonl",
)
#: ... and when events tune15 and claims check9/check10 were drawn (round 13)
ROUND13_FILES = (*ROUND12C_FILES, "events_sentences12.jsonl", "events_tune14.jsonl")
#: ... and when events tune16 was drawn (round 13: tune15 and claims check9 coded)
ROUND13_TUNE16_FILES = (*ROUND13_FILES, "claims_check9.jsonl", "events_tune15.jsonl")
#: ... and when events tune17 and claims check11 were drawn (round 13, wave 2: claims check10 and tune16 coded)
ROUND13_WAVE2_FILES = (*ROUND13_TUNE16_FILES, "claims_check10.jsonl", "events_tune16.jsonl")
#: ... and when events tune18 was drawn (round 14: tune17 and claims check11 coded)
ROUND14_FILES = (*ROUND13_WAVE2_FILES, "claims_check11.jsonl", "events_tune17.jsonl")
#: ... and when events tune19 was drawn (round 15: tune18, claims check12, the row-judge file, the real merge pairs
#: and sentence batches 13-19 written)
ROUND15_FILES = (
    *ROUND14_FILES,
    "claims_check12.jsonl",
    "events_tune18.jsonl",
    "events_rowjudge2.jsonl",
    "merge_pairs_real.jsonl",
    "events_sentences13.jsonl",
    "events_sentences14.jsonl",
    "events_sentences15.jsonl",
    "events_sentences16.jsonl",
    "events_sentences17.jsonl",
    "events_sentences18.jsonl",
    "events_sentences19.jsonl",
)
#: ... and when events tune20 was drawn (round 16: tune19 and claims check13 written)
ROUND16_FILES = (*ROUND15_FILES, "claims_check13.jsonl", "events_tune19.jsonl")
#: ... and when round 17's blind files were drawn (round 16 wrote tune20, batches 20 and 21, rowjudge3, check14)
ROUND17_FILES = (
    *ROUND16_FILES,
    "claims_check14.jsonl",
    "events_rowjudge3.jsonl",
    "events_sentences20.jsonl",
    "events_sentences21.jsonl",
    "events_tune20.jsonl",
)
#: ... and when round 17c's two long-article files (tune23 blind, tune24 for tuning) were drawn, side by side
ROUND17C_FILES = (
    *ROUND17_FILES,
    "events_tune21.jsonl",
    "events_tune22.jsonl",
    "events_sentences22.jsonl",
    "claims_check15.jsonl",
    "events_rowjudge4.jsonl",
)
#: ... and at round 18's start (round 17c wrote tune23, blind, and tune24, for tuning)
ROUND18_FILES = (*ROUND17C_FILES, "events_tune23.jsonl", "events_tune24.jsonl")
#: ... and at round 19's start (round 18 wrote tune25 and tune26, batch 23 and check16: blind, released now; its
#: ``claims_judged18.jsonl`` judges rasd's claims on articles of tune22-24 and of helpers' digit-range samples, which
#: these draws' a-f range never takes)
ROUND19_FILES = (
    *ROUND18_FILES,
    "events_tune25.jsonl",
    "events_tune26.jsonl",
    "events_sentences23.jsonl",
    "claims_check16.jsonl",
)
#: ... and at round 20's start (round 19 wrote tune27, check17 and rowjudge5: blind, released now)
ROUND20_FILES = (*ROUND19_FILES, "events_tune27.jsonl", "claims_check17.jsonl", "events_rowjudge5.jsonl")
#: ... and at round 21's start (round 20 wrote tune28, check18 and sentence batch 24: blind, released now; and tune29,
#: a fresh short file for tuning)
ROUND21_FILES = (
    *ROUND20_FILES,
    "events_tune28.jsonl",
    "claims_check18.jsonl",
    "events_sentences24.jsonl",
    "events_tune29.jsonl",
)
#: ... and at round 22's start (round 21 wrote tune30 and check19: blind, released now)
ROUND22_FILES = (*ROUND21_FILES, "events_tune30.jsonl", "claims_check19.jsonl")
#: ... and at round 23's start (round 22 wrote tune31 and check20: blind, released now)
ROUND23_FILES = (*ROUND22_FILES, "events_tune31.jsonl", "claims_check20.jsonl")
#: Round 22's blind draws keep round 21's split (second-to-last digit a-f; third-from-last a-b for claims check20,
#: every other digit for events tune31). The a-f place pools left at round 22's start, counted over all third digits:
#: 250-1,500 characters yemen 49, syria 7, egypt 11; 1,501-3,000 yemen 41, syria 14, iraq 8, egypt 5, palestine 1;
#: libya and saudi_border none.
ROUND22_CLAIMS_THIRD = frozenset("ab")
ROUND22_EVENTS_THIRD = frozenset("0123456789cdef")
#: Round 23's blind draws keep the same split (second-to-last digit a-f; third-from-last a-b for claims check21,
#: every other digit for events tune32); round 22's files are excluded by ROUND23_FILES.
ROUND23_CLAIMS_THIRD = frozenset("ab")
ROUND23_EVENTS_THIRD = frozenset("0123456789cdef")
#: Round 23's second blind claims draw (check22): check21's a-f / a-b pool of conflict articles was nearly spent, so
#: check22 takes a second-to-last DIGIT and a third-from-last c-f (round 17's blind digits, ``ROUND17_THIRD_DIGITS``;
#: helpers' fresh samples take 0-9 a b there), round 17's files excluded by ROUND23_FILES.
ROUND23_CLAIMS2_THIRD = frozenset("cdef")
#: ... and at round 24's start (round 23 wrote tune32, check21 and check22: blind, released now)
ROUND24_FILES = (*ROUND23_FILES, "events_tune32.jsonl", "claims_check21.jsonl", "claims_check22.jsonl")
#: Round 24's blind draws: events tune33 keeps round 23's split (second-to-last digit a-f, third-from-last
#: ``ROUND24_EVENTS_THIRD``, never a-b: ``ROUND24_CLAIMS_THIRD``, the a-f / a-b claims region that round 23 found
#: spent, so no claims set draws from it this round); claims check23 takes check22's region (second-to-last a digit
#: 0-9, third-from-last ``ROUND24_CLAIMS2_THIRD`` = c-f, round 17's blind digits), check22's articles excluded by
#: ROUND24_FILES.
ROUND24_EVENTS_THIRD = frozenset("0123456789cdef")
ROUND24_CLAIMS_THIRD = frozenset("ab")
ROUND24_CLAIMS2_THIRD = frozenset("cdef")
#: Round 24's second blind events draw (tune34) takes tune33's range and excludes tune33 too
ROUND24_EVENTS2_FILES = (*ROUND24_FILES, "events_tune33.jsonl")
#: ... and at round 25's start (round 24 wrote tune33, tune34 and check23: blind, released now)
ROUND25_FILES = (*ROUND24_FILES, "events_tune33.jsonl", "events_tune34.jsonl", "claims_check23.jsonl")
#: Round 25's blind draws keep round 24's regions: events tune35 a second-to-last digit a-f and a third-from-last in
#: ``ROUND25_EVENTS_THIRD`` (never a-b: ``ROUND25_CLAIMS_THIRD``, the spent claims region); claims check24 a
#: second-to-last digit 0-9 and a third-from-last in ``ROUND25_CLAIMS2_THIRD`` (c-f), check23's articles excluded by
#: ROUND25_FILES.
ROUND25_EVENTS_THIRD = frozenset("0123456789cdef")
ROUND25_CLAIMS_THIRD = frozenset("ab")
ROUND25_CLAIMS2_THIRD = frozenset("cdef")
#: ... and at round 26's start (round 25 wrote tune35 and check24: blind, released now)
ROUND26_FILES = (*ROUND25_FILES, "events_tune35.jsonl", "claims_check24.jsonl")
#: Round 26's blind draws keep round 25's regions: events tune36 a second-to-last digit a-f and a third-from-last in
#: ``ROUND26_EVENTS_THIRD`` (never a-b: ``ROUND26_CLAIMS_THIRD``, the spent claims region); claims check25 a
#: second-to-last digit 0-9 and a third-from-last in ``ROUND26_CLAIMS2_THIRD`` (c-f), check24's articles excluded by
#: ROUND26_FILES.
ROUND26_EVENTS_THIRD = frozenset("0123456789cdef")
ROUND26_CLAIMS_THIRD = frozenset("ab")
ROUND26_CLAIMS2_THIRD = frozenset("cdef")
#: ... and at round 27's start (round 26 wrote tune36 and check25: blind, released now)
ROUND27_FILES = (*ROUND26_FILES, "events_tune36.jsonl", "claims_check25.jsonl")
#: Round 27's blind draws keep round 26's regions: events tune37 a second-to-last digit a-f and a third-from-last in
#: ``ROUND27_EVENTS_THIRD`` (never a-b: ``ROUND27_CLAIMS_THIRD``, the spent claims region); claims check26 a
#: second-to-last digit 0-9 and a third-from-last in ``ROUND27_CLAIMS2_THIRD`` (c-f), check25's articles excluded by
#: ROUND27_FILES.
ROUND27_EVENTS_THIRD = frozenset("0123456789cdef")
ROUND27_CLAIMS_THIRD = frozenset("ab")
ROUND27_CLAIMS2_THIRD = frozenset("cdef")
#: ... and at round 28's start (round 27 wrote tune37 and check26: blind, released now)
ROUND28_FILES = (*ROUND27_FILES, "events_tune37.jsonl", "claims_check26.jsonl")
#: Round 28's blind draws keep round 27's regions: events tune38 a second-to-last digit a-f and a third-from-last in
#: ``ROUND28_EVENTS_THIRD`` (never a-b: ``ROUND28_CLAIMS_THIRD``, the spent claims region); claims check27 a
#: second-to-last digit 0-9 and a third-from-last in ``ROUND28_CLAIMS2_THIRD`` (c-f), check26's articles excluded by
#: ROUND28_FILES.
ROUND28_EVENTS_THIRD = frozenset("0123456789cdef")
ROUND28_CLAIMS_THIRD = frozenset("ab")
ROUND28_CLAIMS2_THIRD = frozenset("cdef")
#: ... and at round 29's start (round 28 wrote tune38, check27 and rowjudge6: blind, released now)
ROUND29_FILES = (*ROUND28_FILES, "events_tune38.jsonl", "claims_check27.jsonl", "events_rowjudge6.jsonl")
#: Round 29's blind draws: events tune39 a second-to-last digit a-f and ANY third-from-last (``ROUND29_EVENTS_THIRD``:
#: the a-b region beside round 28's was spent only for claims articles; counted at round 29's start after
#: ROUND29_FILES, 250-3,000 characters: a-f / 0-9 c-f yemen 27, negatives 287; a-f / a-b syria 3, yemen 8, egypt,
#: iraq and palestine 1 each, negatives 44); claims check28 keeps check27's region (second-to-last digit 0-9,
#: third-from-last ``ROUND29_CLAIMS2_THIRD`` = c-f; events pools there yemen 24, syria 8, egypt 4), check27's articles
#: excluded by ROUND29_FILES.
ROUND29_EVENTS_THIRD = frozenset("0123456789abcdef")
ROUND29_CLAIMS2_THIRD = frozenset("cdef")
#: ... and at round 30's start (round 29 wrote tune39, check28 and rowjudge7: blind, released now)
ROUND30_FILES = (*ROUND29_FILES, "events_tune39.jsonl", "claims_check28.jsonl", "events_rowjudge7.jsonl")
#: Round 30's blind draws share the second-to-last digits a-f (never sampled by helpers) and split the third-from-last
#: so that they cannot meet. Counted at round 30's start after ROUND30_FILES: the claims conflict pool (400-3,000
#: characters, 4 speech words, a violence head) of the 0-9 / c-f region used by check22-check28 is down to 6 articles,
#: while a-f with a third-from-last other than a-b holds 111 (claims drew there only in early rounds: check9,
#: check10, check12-check14 and check18 took parts of 8-9, their articles excluded by ROUND30_FILES).
#: Claims check29 takes third-from-last 8, 9, c-f (``ROUND30_CLAIMS_THIRD``: 35 such articles); events tune40
#: takes 0-7, a, b (``ROUND30_EVENTS_THIRD``: 250-3,000 characters, yemen 22, syria 1, negatives 202).
ROUND30_EVENTS_THIRD = frozenset("01234567ab")
ROUND30_CLAIMS_THIRD = frozenset("89cdef")
#: ... and at round 31's start (round 30 wrote tune40, check29 and rowjudge8: blind, released now)
ROUND31_FILES = (*ROUND30_FILES, "events_tune40.jsonl", "claims_check29.jsonl", "events_rowjudge8.jsonl")
#: Round 31's blind draws, counted at round 31's start after ROUND31_FILES. Claims: second-to-last a-f with
#: third-from-last 0-7 holds 72 claims conflict articles (400-3,000 characters, 4 speech words, a violence head),
#: never drawn for claims (tune40 drew events there; its articles are excluded), against 23 left in check29's
#: 8, 9, c-f; claims check30 takes a-f with 0-7 (``ROUND31_CLAIMS_THIRD``). Events: a-f is down to yemen 15 and
#: no syria, while second-to-last 0-9 with third-from-last c-f (claims check22-check28's region, never an events
#: tune draw's since) holds yemen 22, syria 8, egypt 4, negatives 141 (250-3,000 characters); events tune41
#: takes it (``ROUND31_EVENTS_THIRD``), so the two draws cannot meet.
ROUND31_EVENTS_THIRD = frozenset("cdef")
ROUND31_CLAIMS_THIRD = frozenset("01234567")
#: ... and at round 32's start (round 31 wrote tune41, check30 and rowjudge9: blind, released now)
ROUND32_FILES = (*ROUND31_FILES, "events_tune41.jsonl", "claims_check30.jsonl", "events_rowjudge9.jsonl")
#: Round 32's blind draws, counted at round 32's start after ROUND32_FILES, keep round 31's regions. Claims:
#: second-to-last a-f with third-from-last 0-7 still holds 60 claims conflict articles (400-3,000 characters, 4
#: speech words, a violence head), against 14 in a-f with 8, 9, c-f and 6 in 0-9 with c-f; claims check31 takes
#: a-f with 0-7 (``ROUND32_CLAIMS_THIRD``). Events: second-to-last 0-9 with third-from-last c-f holds yemen 16,
#: syria 4, egypt 2, negatives 137 (250-3,000 characters) against yemen 15, no syria in a-f (neither third
#: split) and syria 2, yemen 1 in 0-9 with a, b (the helpers' range); events tune42 takes 0-9 with c-f
#: (``ROUND32_EVENTS_THIRD``), so the two draws cannot meet.
ROUND32_EVENTS_THIRD = ROUND31_EVENTS_THIRD
ROUND32_CLAIMS_THIRD = ROUND31_CLAIMS_THIRD
#: ... and at round 33's start (round 32 wrote tune42, check31 and rowjudge10: blind, released now)
ROUND33_FILES = (*ROUND32_FILES, "events_tune42.jsonl", "claims_check31.jsonl", "events_rowjudge10.jsonl")
#: Round 33's blind draws keep round 32's regions. Claims: second-to-last a-f with third-from-last 0-7 still
#: holds 32 claims conflict articles (400-3,000 characters); claims check32 takes it (``ROUND33_CLAIMS_THIRD``).
#: Events: the short articles (250-3,000 characters) of second-to-last 0-9 with third-from-last c-f are nearly
#: spent (two yemen left), but its articles of 3,000-8,000 characters, never drawn for a tune file since the
#: long rounds, hold yemen 20, syria 8, egypt 2, palestine 2, iraq 1 (counted before copy checks); events
#: tune43 takes 0-9 with c-f (``ROUND33_EVENTS_THIRD``), so the two draws cannot meet.
ROUND33_EVENTS_THIRD = ROUND32_EVENTS_THIRD
ROUND33_CLAIMS_THIRD = ROUND32_CLAIMS_THIRD
#: ... and at round 34's start (round 33 wrote tune43, check32 and rowjudge11: blind, released now)
ROUND34_FILES = (*ROUND33_FILES, "events_tune43.jsonl", "claims_check32.jsonl", "events_rowjudge11.jsonl")
#: Round 34's blind draws keep round 33's regions. Claims: second-to-last a-f with third-from-last 0-7 still
#: holds about 20 claims conflict articles (check32's count after its draw); claims check33 takes it
#: (``ROUND34_CLAIMS_THIRD``). Events: the articles of 3,000-8,000 characters of second-to-last 0-9 with
#: third-from-last c-f held yemen 14, syria 7, egypt 2, palestine 2, iraq 1 after copy checks, of which tune43
#: took yemen 3, syria 3, egypt 1, palestine 1 (tune43's count); events tune44 takes 0-9 with c-f
#: (``ROUND34_EVENTS_THIRD``), so the two draws cannot meet.
ROUND34_EVENTS_THIRD = ROUND33_EVENTS_THIRD
ROUND34_CLAIMS_THIRD = ROUND33_CLAIMS_THIRD
#: ... and at round 35's start (round 34 wrote tune44, check33 and rowjudge12: blind, released now)
ROUND35_FILES = (*ROUND34_FILES, "events_tune44.jsonl", "claims_check33.jsonl", "events_rowjudge12.jsonl")
#: Round 35's blind draws move both regions. Claims: second-to-last a-f with third-from-last 0-7 (check30-check33)
#: is nearly spent (about 8 conflict articles left after check33), while a-f with 8, 9, c-f (check29's region) held
#: 14 at round 32's count and has not been drawn for claims since; claims check34 takes it
#: (``ROUND35_CLAIMS_THIRD``). Events: the long articles of second-to-last 0-9 with third-from-last c-f are nearly
#: spent (tune43 and tune44); events tune45 takes second-to-last a-f with third-from-last 0-7
#: (``ROUND35_EVENTS_THIRD``: long articles there were drawn only by round 19's tune27, third-from-last 0-1), so
#: the two draws cannot meet and neither meets the helpers' fresh range (second-to-last 0-9).
ROUND35_EVENTS_THIRD = frozenset("01234567")
ROUND35_CLAIMS_THIRD = frozenset("89cdef")
#: ... and at round 36's start (round 35 wrote tune45, check34 and rowjudge13: blind, released now)
ROUND36_FILES = (*ROUND35_FILES, "events_tune45.jsonl", "claims_check34.jsonl", "events_rowjudge13.jsonl")
#: Round 36's blind draws split by LENGTH instead of by the third-from-last digit: every claims region is nearly
#: spent for short conflict articles (a-f with 0-7 about 8 left after check33, a-f with 8, 9, c-f 7 after check34,
#: 0-9 with c-f 6 at round 32's count), so claims check35 takes second-to-last a-f with ANY third-from-last
#: (``ROUND36_CLAIMS_THIRD``), articles of 400-3,000 characters only; events tune46 takes second-to-last a-f with
#: third-from-last 8, 9, a-f (``ROUND36_EVENTS_THIRD``: long articles there were last drawn by round 18) and
#: articles of 3,001-8,000 characters only, so the two draws cannot meet and neither meets the helpers' fresh range
#: (second-to-last 0-9).
ROUND36_EVENTS_THIRD = frozenset("89abcdef")
ROUND36_CLAIMS_THIRD = frozenset("0123456789abcdef")
#: ... and at round 37's start (round 36 wrote tune46, check35 and rowjudge14: blind, released now)
ROUND37_FILES = (*ROUND36_FILES, "events_tune46.jsonl", "claims_check35.jsonl", "events_rowjudge14.jsonl")
#: Round 37's blind draws: events tune47 takes second-to-last a-f with third-from-last 0-7
#: (``ROUND37_EVENTS_THIRD``), articles of 1,501-3,000 characters (counted at round 37's start: 56 unannotated
#: articles there with three or more battle words, 40 with 8-f); claims check36 takes a-f with 8-f
#: (``ROUND37_CLAIMS_THIRD``), so the two draws cannot meet and neither meets the helpers' fresh range
#: (second-to-last 0-9). check36's length by the lead's rule (400-3,000 characters if that region's conflict pool held
#: 6 or more articles after every exclusion, else 3,001-6,000): counted by bc29 before the draw (pool sizes only), the
#: conflict pool held 1 article at 400-3,000 characters after the exclusions (13 at 3,001-6,000), so check36 takes
#: 3,001-6,000 characters.
ROUND37_EVENTS_THIRD = frozenset("01234567")
ROUND37_CLAIMS_THIRD = frozenset("89abcdef")
#: ... and at round 38's start (round 37 wrote tune47 and check36: blind, released now)
ROUND38_FILES = (*ROUND37_FILES, "events_tune47.jsonl", "claims_check36.jsonl")
#: Round 38's blind draws: events tune48 takes second-to-last a-f with third-from-last 0-7
#: (``ROUND38_EVENTS_THIRD``), articles of 3,001-8,000 characters (round 36's long tune46 took 8-f there);
#: claims check37 takes a-f with 8-f (``ROUND38_CLAIMS_THIRD``), so the two draws cannot meet and neither meets
#: the helpers' fresh range (second-to-last 0-9). check37's length by the lead's rule (3,001-6,000 characters if that
#: region's conflict pool held 6 or more articles after every exclusion, else 6,001-10,000): counted by bc30 before the
#: draw (pool sizes only), the conflict pool held 8 articles at 3,001-6,000 characters after the exclusions (8 at
#: 6,001-10,000 too), so check37 takes 3,001-6,000 characters.
ROUND38_EVENTS_THIRD = frozenset("01234567")
ROUND38_CLAIMS_THIRD = frozenset("89abcdef")
#: ... and at round 39's start (round 38 wrote tune48 and check37: blind, released now)
ROUND39_FILES = (*ROUND38_FILES, "events_tune48.jsonl", "claims_check37.jsonl")
#: Round 39's blind draws: events tune49 takes second-to-last a-f with third-from-last 0-7
#: (``ROUND39_EVENTS_THIRD``), articles of 3,001-8,000 characters again (tune48 took 8 there; every annotated file
#: is excluded, so the draw is of other articles); claims check38 takes a-f with 8-f (``ROUND39_CLAIMS_THIRD``) at
#: 6,001-10,000 characters (check37 took 3,001-6,000 there, whose conflict pool is spent), so the two draws cannot
#: meet and neither meets the helpers' fresh range (second-to-last 0-9). Counted by bc31 before check38's draw (pool
#: sizes only), the conflict pool held 8 articles at 6,001-10,000 characters after the exclusions (3 at 3,001-6,000);
#: check38 takes conflict 4 and politics 1.
ROUND39_EVENTS_THIRD = frozenset("01234567")
ROUND39_CLAIMS_THIRD = frozenset("89abcdef")
#: Round 39, second events draw (tune50, helper bt36): tune49 found its region's pools spent (8 articles, 1 scored
#: event), so tune50 excludes every annotated file at round 39's start and tune49 (``ROUND39_EVENTS2_FILES``, by key,
#: and tune40's copy exclusions) and takes one of two regions by the lead's rule, fixed before any count: region A,
#: second-to-last a-f with third-from-last 8-f at 3,001-6,000 characters (round 36's tune46 and round 38's check37
#: took articles there, excluded; round 39's claims check38 takes 8-f at 6,001-10,000, so the lengths cannot meet),
#: when its place pools hold 6 or more articles; else region B, a-f with 0-7 at 8,001-12,000 characters (tune48 and
#: tune49 took 0-7 up to 8,000); when neither does, the region with more, with tune48's elsewhere pool (3 or more
#: battle words in the content). Counted by bt36 (counts and lengths only; pool words on title + head as
#: ``draw_by_place`` does): A 644 articles of the region and length, 158 excluded by key and 47 more as copies (439
#: left): yemen 1 (3,843 characters), syria, iraq, libya, egypt, palestine and saudi_border 0, negatives 16, 23 battle
#: heads naming no pool place of which 9 hold 3 or more battle words; B 42 articles, 3 excluded by key (39 left):
#: every place pool 0, negatives 0, elsewhere 0. Neither holds 6: A has more (1 against 0) and is taken, with the
#: elsewhere pool (``ROUND39_EVENTS_B_THIRD``, ``ROUND39_EVENTS_B_CHARS``).
ROUND39_EVENTS2_FILES = (*ROUND39_FILES, "events_tune49.jsonl")
ROUND39_EVENTS_B_THIRD = frozenset("89abcdef")
ROUND39_EVENTS_B_CHARS = (3001, 6000)
#: ... and at round 40's start (round 39 wrote tune49, tune50 and check38: blind, released now)
ROUND40_FILES = (*ROUND39_FILES, "events_tune49.jsonl", "events_tune50.jsonl", "claims_check38.jsonl")
#: Round 40's NEW blind region. Round 39 found the lead-held second-to-last digits a-f without long conflict
#: articles (tune49 and tune50: 14 of 16 articles eventless). From round 40 on the second-to-last digit ``9``
#: (``ROUND40_BLIND_SECOND``) is the lead's: blind draws take it, helpers' fresh samples take ``0``-``8``
#: (``FRESH_SECOND``). Helpers of rounds 17-39 sampled 9 among 0-9 to read what a change altered (a few hundred
#: articles a round out of ~1,900 there), never annotating them, so the region is unseen by annotation and nearly
#: unseen by reading; every annotated file is excluded as always. Split by the third-from-last digit as before:
#: events tune51 takes 0-7 (``ROUND40_EVENTS_THIRD``), claims check39 8-f (``ROUND40_CLAIMS_THIRD``), so the two
#: draws cannot meet. Lengths by the lead's rule, fixed before any count: events 1,501-8,000 characters
#: (``ROUND40_EVENTS_CHARS``), claims 3,001-10,000 (``ROUND40_CLAIMS_CHARS``).
#: Counted by bc32 before check39's draw (pool sizes and lengths only): the claims region's conflict / politics pools
#: held 16 / 35 articles at 3,001-10,000 characters, 5 / 23 after every exclusion (24,383 conflict characters);
#: check39's count rule (conflict until 30,000 characters, politics 1) takes the whole conflict pool.
ROUND40_BLIND_SECOND = frozenset("9")
FRESH_SECOND = frozenset("012345678")
ROUND40_EVENTS_THIRD = frozenset("01234567")
ROUND40_CLAIMS_THIRD = frozenset("89abcdef")
ROUND40_EVENTS_CHARS = (1501, 8000)
ROUND40_CLAIMS_CHARS = (3001, 10000)
#: ... and at round 41's start (round 40 wrote tune51 and check39: blind, released now)
ROUND41_FILES = (*ROUND40_FILES, "events_tune51.jsonl", "claims_check39.jsonl")
#: Round 41's blind draws stay in round 40's region (second-to-last digit ``9``, ``ROUND40_BLIND_SECOND``; helpers'
#: fresh samples keep ``FRESH_SECOND``) with the same third-from-last split (events 0-7, claims 8-f), at LENGTHS round
#: 40 left there, fixed by the lead before any count: round 40 took every conflict article of events 1,501-8,000 and
#: claims 3,001-10,000, so events tune52 takes SHORT articles, 250-1,500 characters (``ROUND41_EVENTS_CHARS``: the
#: held-out half's kind), claims check40 1,001-3,000 (``ROUND41_CLAIMS_CHARS``).
#: Counted by bc33 before check40's draw (pool sizes and lengths only): the claims region's conflict / politics pools
#: held 31 / 50 articles at 1,001-3,000 characters, 1 / 30 after every exclusion (the conflict one 2,418 characters);
#: check40's count rule (conflict until 18,000 characters, politics 2, the shortfall made up from politics until
#: 22,000 characters in all) takes the one conflict article and about ten politics ones.
ROUND41_EVENTS_THIRD = ROUND40_EVENTS_THIRD
ROUND41_CLAIMS_THIRD = ROUND40_CLAIMS_THIRD
ROUND41_EVENTS_CHARS = (250, 1500)
ROUND41_CLAIMS_CHARS = (1001, 3000)
#: Round 41's ADDED lead region. tune52 found region 9's short conflict articles all annotated already (every place
#: pool empty after the exclusions: 31 before) and check40 one conflict article at 1,001-3,000 characters, so the
#: lead takes the second-to-last digit ``8`` as well from round 41 on (``ROUND41_BLIND_SECOND``): helpers' fresh
#: samples take ``0``-``7`` from round 42 on (``FRESH_SECOND_42``; round 41's helpers, briefed before, sampled 0-8 to
#: read what their changes altered, never annotating). A second blind events file of SHORT articles, tune53, takes
#: third-from-last 0-7 (``ROUND41_EVENTS_B_THIRD``) at 250-3,000 characters (``ROUND41_EVENTS_B_CHARS``), fixed
#: before any count; 8-f of the region is left for later claims draws.
ROUND41_BLIND_SECOND = frozenset("8")
FRESH_SECOND_42 = frozenset("01234567")
ROUND41_EVENTS_B_THIRD = frozenset("01234567")
ROUND41_EVENTS_B_CHARS = (250, 3000)
#: ... and what tune53 excludes: every annotated file now, round 41's tune52 and check40 (blind, written this round)
#: among them, by key, url and hash only (the copy exclusions compare their corpus articles' six-word runs)
ROUND41_B_FILES = (*ROUND41_FILES, "events_tune52.jsonl", "claims_check40.jsonl")
#: ... and at round 42's start (round 41 wrote tune52, tune53 and check40: blind, released now)
ROUND42_FILES = (*ROUND41_B_FILES, "events_tune53.jsonl")
#: Round 42's blind draws stay in round 41's added lead region (second-to-last digit ``8``, ``ROUND41_BLIND_SECOND``;
#: helpers' fresh samples take ``FRESH_SECOND_42`` = 0-7), fixed by the lead before any count. Round 41 found the
#: short conflict articles of both lead regions spent (tune52, tune53: every place pool empty after the exclusions), so
#: events tune54 takes LONGER articles where tune53 stopped: third-from-last 0-7 (``ROUND42_EVENTS_THIRD``), 3,001-8,000
#: characters (``ROUND42_EVENTS_CHARS``); claims check41 takes the region's unused third-from-last 8-f
#: (``ROUND42_CLAIMS_THIRD``) at 1,001-10,000 characters (``ROUND42_CLAIMS_CHARS``). Caveat: round 41's helpers, briefed
#: before digit 8 became the lead's, sampled 0-8 to read the rows their changes altered (never annotating); ev11 and
#: ev13 coded fresh short articles in scratch files outside the project, possibly some of digit 8.
ROUND42_EVENTS_THIRD = ROUND41_EVENTS_B_THIRD
ROUND42_CLAIMS_THIRD = frozenset("89abcdef")
ROUND42_EVENTS_CHARS = (3001, 8000)
ROUND42_CLAIMS_CHARS = (1001, 10000)
#: ... and at round 43's start (round 42 wrote tune54 and check41: blind, released now)
ROUND43_FILES = (*ROUND42_FILES, "events_tune54.jsonl", "claims_check41.jsonl")
#: Round 43's blind draws stay in round 41's added lead region (second-to-last digit ``8``, ``ROUND41_BLIND_SECOND``;
#: helpers' fresh samples keep ``FRESH_SECOND_42`` = 0-7), fixed by the lead before any count, and SWAP the
#: third-from-last halves: events took 0-7 in rounds 41-42 (tune53: 250-3,000, tune54: 3,001-8,000 characters) and
#: claims 8-f (check41: 8 articles), so events tune55 takes 8-f (``ROUND43_EVENTS_THIRD``) at 250-8,000 characters
#: (``ROUND43_EVENTS_CHARS``) and claims check42 takes 0-7 (``ROUND43_CLAIMS_THIRD``) at 1,001-10,000
#: (``ROUND43_CLAIMS_CHARS``); every annotated file excluded (tune53, tune54 and check41 among them), so the two
#: cannot meet and neither meets an article already coded.
ROUND43_EVENTS_THIRD = frozenset("89abcdef")
ROUND43_CLAIMS_THIRD = frozenset("01234567")
ROUND43_EVENTS_CHARS = (250, 8000)
ROUND43_CLAIMS_CHARS = (1001, 10000)
#: Round 21's blind draws of SHORTER articles (250–3,000 characters) keep the second-to-last digits a–f that helpers
#: never sample, and split the third-from-last so that the two cannot meet: claims check19 takes ``a`` and ``b``,
#: events tune30 every other digit (round 20's tune28 took 0–7, check18 8–b and batch 24 c–f). The a–f place pools
#: left, counted at round 21's start over all third digits: 250–1,500 characters yemen 53, syria 8, egypt 13,
#: palestine 1; 1,501–3,000 yemen 45, syria 17, iraq 11, egypt 5, libya, palestine and saudi_border 1 each.
ROUND21_CLAIMS_THIRD = frozenset("ab")
ROUND21_EVENTS_THIRD = frozenset("0123456789cdef")
#: Round 20's blind draws go back to SHORTER articles (the held-out half's kind; up to 3,000 characters) in the
#: second-to-last digits a-f that helpers never sample (round 18's ``ROUND18_LONG_DIGITS``), split by the
#: third-from-last digit so that no two draws can meet: events tune28 takes 0-7, claims check18 8, 9, a, b, the
#: sentence batch 24 c-f. Round 19's a-f draws took only articles over 3,000 characters, rounds 11-16's are excluded
#: by their files.
ROUND20_EVENTS_THIRD = frozenset("01234567")
ROUND20_CLAIMS_THIRD = frozenset("89ab")
ROUND20_BATCH_THIRD = frozenset("cdef")
#: Round 19's blind draws of LONG articles (3,001–12,000 characters) keep round 18's second-to-last digits a–f (never
#: sampled by helpers) and take third-from-last digits round 18 left there for that length: 0–1 for events (tune27),
#: 2–3 for claims (check17; round 18's check16 took 0–3 at 1,501–3,000 characters only).
ROUND19_EVENTS_THIRD = frozenset("01")
ROUND19_CLAIMS_THIRD = frozenset("23")
#: Round 18's blind draws of LONGER articles (more than 1,500 characters): the second-to-last hex digit of
#: ``sha1(url)`` in a–f. Rounds 11–16 spent a–f on articles of 250–1,500 characters only; rounds 17's long-article
#: draws took a digit there. Helpers' fresh samples keep round 17's rule (a digit, then a third-from-last 0–9 a b).
ROUND18_LONG_DIGITS = frozenset("abcdef")
#: Round 17's hash rule: the second-to-last hex digits a–f of ``sha1(url)`` were nearly spent on the assault and
#: protest pools by rounds 11–16's blind draws, so round 17's blind draws take a digit ``0``–``9`` there **and** one of
#: these third-from-last digits; helpers' fresh samples from round 17 on take the other third-from-last digits.
ROUND17_THIRD_DIGITS = frozenset("cdef")
#: the second-to-last digits of round 17's rule (the helpers' fresh-sample digits of rounds 11–16)
DIGITS = frozenset("0123456789")


def in_range3(url: str | None, third: frozenset[str], second: frozenset[str] = DIGITS) -> bool:
    """Whether ``sha1(url)``'s second-to-last hex digit is in ``second`` and its third-from-last in ``third``
    (round 17's rule; ``None`` never is)."""
    if not url:
        return False
    digest = hashlib.sha1(url.encode()).hexdigest()
    return digest[-2] in second and digest[-3] in third


#: the search-articles file the claims draws leave out besides the annotated ones
SEARCH_ARTICLES = "search_articles/articles.jsonl"


@dataclass(frozen=True)
class PlaceDraw:
    """An events tune file's draw (``select_events_tune12.py``'s rule, a new seed, sizes and hash range each time):

    * Only articles of 250–1,500 characters whose (zip date, url) is in no file of ``excluded_files``, whose title
      was not taken before, and whose ``hashlib.sha1(url.encode()).hexdigest()[-2]`` (the second-to-last hex digit)
      is one of ``hash_digits``.
    * ``head`` = title + the first 400 characters of ``content``; pools as in tune8 (``PLACE_POOLS`` of
      ``select_events_tune7.py``, ``draw_by_place`` of ``select_events_dev.py``), first match wins, each taking
      ``sizes[pool]`` articles; ``negative`` takes ``negatives``.
    * Each pool is shuffled with ``random.Random(f"{seed}:{pool}")`` (``take_from_pools``); the first *n* are taken,
      skipping a title already taken. Articles are coded as they are, whatever their pool. Nothing is redrawn (a
      pool with fewer articles in the hash range gives what it has).
    """

    seed: int
    hash_digits: frozenset[str]
    sizes: Mapping[str, int]
    negatives: int
    excluded_files: tuple[str, ...]
    #: round 17's rule: when set, ``hash_digits`` are the second-to-last digits and these the third-from-last
    third_digits: frozenset[str] | None = None
    #: content length in characters (min, max), both included: tune7's 250–1,500 unless a draw of longer articles
    #: (tune22–tune24, round 17) gives its own
    chars: tuple[int, int] = (MIN_CHARS, MAX_CHARS)

    def excluded_keys(self) -> set[tuple[str, str]]:
        """Every (zip date, url) of the files of ``excluded_files``."""
        return annotated_keys(self.excluded_files)

    def pools(self) -> list[tuple[str, str, int]]:
        """tune8's place pools (name, pattern, how many) with ``sizes``."""
        return [(name, pattern, self.sizes[name]) for name, pattern, _ in PLACE_POOLS]

    def draw(
        self, rows: list[tuple[str, dict[str, Any]]], skip: set[tuple[str, str]]
    ) -> list[tuple[str, str, dict[str, Any]]]:
        """The drawn (pool, zip date, article) triples, pool by pool."""
        if self.third_digits is None:
            mine = [(z, a) for z, a in rows if in_range(a.get("url"), self.hash_digits)]
        else:
            mine = [(z, a) for z, a in rows if in_range3(a.get("url"), self.third_digits, self.hash_digits)]
        return draw_by_place(mine, skip, self.pools(), BATTLE, self.negatives, self.seed, self.chars)

    def main(self, doc: str, argv: list[str] | None = None) -> int:
        """A draw script's ``main`` (``doc`` its docstring): print the draw, one JSON line per article."""
        return print_draw(doc, lambda rows: self.draw(rows, self.excluded_keys()), argv)


#: the claims draws' content length (characters, both included; a draw may give its own ``chars``) and fewest
#: reported-speech words
CLAIMS_CHARS = (400, 900)
MIN_CUES = 4


@dataclass(frozen=True)
class ClaimsDraw:
    """A claims check set's draw: ``select_by_head`` with ``seed`` and ``sizes`` over the articles whose url hash
    digit is in ``hash_range`` and whose url is in no file of ``avoid`` (a file of ``may_be_missing`` not yet
    written is skipped) nor in the draw of ``after`` (the set drawn first beside this one)."""

    seed: int
    sizes: tuple[tuple[str, int], ...]
    hash_range: frozenset[str]
    avoid: tuple[str, ...]
    after: ClaimsDraw | None = None
    may_be_missing: tuple[str, ...] = ()
    #: round 17's rule: when set, ``hash_range`` holds the second-to-last digits and this the third-from-last
    third_digits: frozenset[str] | None = None
    #: content length in characters (min, max), both included: :data:`CLAIMS_CHARS` unless a draw of longer
    #: articles (check16, round 18) gives its own
    chars: tuple[int, int] = CLAIMS_CHARS

    def in_range(self, url: str) -> bool:
        """Whether the second-to-last hex digit of ``url``'s SHA-1 is in this draw's hash range (and, with
        ``third_digits``, the third-from-last in those)."""
        if self.third_digits is not None:
            return in_range3(url, self.third_digits, self.hash_range)
        return in_range(url, self.hash_range)

    def avoided_urls(self) -> set[str]:
        """The urls of ``avoid``."""
        missing = {n for n in self.may_be_missing if not (DATA / n).exists()}
        return _all_annotated_urls(tuple(n for n in self.avoid if n not in missing))

    def select(self, folder: Path) -> list[dict[str, Any]]:
        """The drawn articles (zip, url, pool, ...), ``after``'s draw excluded as well."""
        avoid = self.avoided_urls()
        if self.after is not None:
            avoid |= {r["url"] for r in self.after.select(folder)}
        return select_by_head(folder, self.seed, self.sizes, avoid, self.chars, MIN_CUES, POLITICS, keep=self.in_range)


def claims_main(
    doc: str, sets: Mapping[str, Callable[[Path], list[dict[str, Any]]]], argv: list[str] | None = None
) -> int:
    """A claims draw script's ``main`` (``doc`` its docstring): print the draw of ``--set`` (the first of ``sets``
    by default; no ``--set`` when there is one), one JSON line per article."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder")
    names = list(sets)
    if len(names) > 1:
        parser.add_argument("--set", dest="which", choices=names, default=names[0])
    args = parser.parse_args(argv)
    folder = args.shared / "data" / "news" / "saudinewsnet"
    if not any(folder.glob("*.zip")):
        print(f"SKIP: no SaudiNewsNet zips in {folder}")
        return 0
    for row in sets[getattr(args, "which", names[0])](folder):
        print(json.dumps(row, ensure_ascii=False))
    return 0
