"""Round 38 (helper mem2): two word caches' bounds fit the hash table a full cache holds.

A CPython 3.11 dict of string keys keeps its entries in a table of 2**k slots that holds at most 2/3 of them
(43,690 entries in 2**16 slots, 87,381 in 2**17); one more entry moves it to the next table, twice the size. The
normalized-word cache (bound 50,000) and the matcher's seen-counts (bound 100,000) sat just past such a step: their
last few thousand words cost as much as all the others. Their bounds now stay below it (43,000 and 84,000), so a full
cache takes half the memory; what a cache holds never changes an answer.
"""

from __future__ import annotations

import sys

import rasd.text.normalize as normalize_mod
from rasd.text import matcher
from rasd.text.normalize import normalize, normalize_word


def _table_bytes(n: int) -> int:
    """The size of a plain dict of ``n`` new string keys, grown one insertion at a time (as the caches grow)."""
    d: dict[str, int] = {}
    for i in range(n):
        d[f"w{i}"] = i
    return sys.getsizeof(d)


def test_word_cache_full_stays_in_the_smaller_table() -> None:
    saved = dict(normalize_mod._WORD_CACHE)
    normalize_mod._WORD_CACHE.clear()
    try:
        limit = normalize_mod._WORD_CACHE_LIMIT
        for i in range(limit):
            word = f"كلمة{i}"
            assert normalize_word(word) == normalize(word)
        assert len(normalize_mod._WORD_CACHE) == limit
        # the full cache is no larger than a dict one entry short of the next table step (43,690 entries)
        assert sys.getsizeof(normalize_mod._WORD_CACHE) <= _table_bytes(43_690)
        assert sys.getsizeof(normalize_mod._WORD_CACHE) < _table_bytes(43_691)
        normalize_word("كلمة_أخرى")  # one more word: the cache starts again, as before
        assert len(normalize_mod._WORD_CACHE) == 1
    finally:
        normalize_mod._WORD_CACHE.clear()
        normalize_mod._WORD_CACHE.update(saved)


def test_seen_counts_stay_in_the_smaller_table() -> None:
    saved = dict(matcher._SEEN)
    matcher._SEEN.clear()
    try:
        step = 2_000  # a long article's distinct words (a multiple of the sample, so every text is counted)
        assert step % matcher._SEEN_SAMPLE == 0
        biggest = 0
        for start in range(0, 3 * matcher._SEEN_LIMIT, step):
            matcher._count_seen([f"ك{i}" for i in range(start, start + step)])
            biggest = max(biggest, sys.getsizeof(matcher._SEEN))
            assert len(matcher._SEEN) <= matcher._SEEN_LIMIT
        assert biggest < _table_bytes(87_382)  # never the 2**18-slot table
    finally:
        matcher._SEEN.clear()
        matcher._SEEN.update(saved)
