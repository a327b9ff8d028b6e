"""Round 43 (helper sp22): the entity stage's work per token, output kept.

``DirectTagger.tag_blocks`` builds crfsuite's item table from each token's block size: the first 64-bit word of an
item (its count of attributes in both 32-bit halves) now comes from a table of sizes (``_CountWords``) and the table
is an unsigned array. Both must give the bytes the shift, multiplication and signed array gave. ``normalize_view``
takes its offsets as slices of one identity tuple: the same view as the reference path, below and above its length.
"""

from __future__ import annotations

import struct
from array import array

import pytest

from rasd.ner import direct
from rasd.ner.direct import ATTRIBUTE_SIZE, _CountWords


@pytest.mark.parametrize("count", [0, 1, 7, 23, 64, 300, 70_000])
def test_count_word_is_the_count_in_both_halves(count: int) -> None:
    words = _CountWords()
    size = count * ATTRIBUTE_SIZE
    word = words[size]
    assert word == (size >> 4) * 0x1_0000_0001
    # num_contents and cap_contents as crfsuite reads them (little-endian int32 twice)
    assert array("Q", [word]).tobytes() == struct.pack("<ii", count, count)
    assert words[size] == word  # asked again: the kept value
    assert size in words


def test_count_words_stay_bounded() -> None:
    words = _CountWords()
    for count in range(5_000):
        assert words[count * ATTRIBUTE_SIZE] == count * 0x1_0000_0001
    assert len(words) == 4096  # past the bound the word is computed, not kept


def test_unsigned_table_has_the_signed_bytes() -> None:
    # counts and addresses as tag_blocks lays them out: never negative, so "Q" and "q" give the same bytes
    sizes = [16 * k for k in (12, 30, 1, 45, 0, 8)]
    start = 0x7F3A_1234_5670
    words = list(map(direct._COUNT_WORD, sizes))
    addresses = [start + sum(sizes[:k]) for k in range(len(sizes))]
    flat = [v for pair in zip(words, addresses, strict=True) for v in pair]
    assert array("Q", flat).tobytes() == array("q", flat).tobytes()
    with pytest.raises(OverflowError):
        array("Q", [-1])  # a negative value would not pass silently


@pytest.mark.parametrize("length", [0, 1, 16_382, 16_383, 16_384, 16_385, 40_000])
@pytest.mark.parametrize("marks", [False, True])
def test_view_offsets_from_the_identity_tuple(length: int, marks: bool) -> None:
    # normalize_view's offsets are slices of a tuple made once (round 43) for texts shorter than it, and made per text
    # beyond: both must give the character-by-character reference's view, on either side of the bound
    from rasd.text.normalize import normalize_view, normalize_view_slow

    unit = "قالَ الوزيرُ ـ " if marks else "قال الوزير أن "
    text = (unit * (length // len(unit) + 1))[:length]
    view = normalize_view(text)
    assert view == normalize_view_slow(text)
    assert type(view.offsets) is tuple
    assert len(view.offsets) == len(view.text) + 1
    assert view.offsets[-1] == length
