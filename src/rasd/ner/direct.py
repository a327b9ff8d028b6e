"""crfsuite's C tagger called directly (``ctypes``), for the fast mode: the attributes given by id, not by name.

pycrfsuite's ``Tagger.tag`` takes each token's attributes as strings: it copies every one into a C++ string, and
crfsuite's C++ ``Tagger::set`` looks each up by name in the model's attribute dictionary (a CQDB) to build a
``crfsuite_instance_t`` of (attribute id, value) pairs, on which the C tagger sums the state scores; then the Viterbi.
The C library inside pycrfsuite's extension module exports crfsuite's C API (``crfsuite.h``:
``crfsuite_create_instance_from_memory`` and the model and tagger interfaces). :class:`DirectTagger` opens the model
with it and gives the C tagger that instance itself: each attribute is crfsuite's ``crfsuite_attribute_t`` of its id
and the value 1.0, as bytes (:func:`attribute_bytes`, made once per attribute and held in the feature
records), so a sentence's features are one ``bytes`` join, with no name copied or looked up. The tagger sums the
same weights of the same ids in the same order as through pycrfsuite and runs the same Viterbi: the same tags
(``tests/test_ner_round37_sp3.py`` compares them and the marginals' source, the state scores, on news sentences
and random documents).

:func:`open_direct` gives ``None`` where this cannot be done as laid out here (a 32-bit or big-endian platform, a
pycrfsuite built without the exported C API, a model file not laid out as :mod:`rasd.ner.coded` reads it); the
caller then tags through pycrfsuite.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import struct
import sys
import threading
from array import array
from collections.abc import Sequence
from itertools import accumulate, chain, repeat
from typing import Any

from rasd.ner.coded import model_names

_int, _double, _ptr = ctypes.c_int, ctypes.c_double, ctypes.c_void_p


class _Attribute(ctypes.Structure):
    """``crfsuite_attribute_t``: an attribute id and its value."""

    _fields_ = [("aid", _int), ("value", _double)]


class _Item(ctypes.Structure):
    """``crfsuite_item_t``: a token's attributes."""

    _fields_ = [("num_contents", _int), ("cap_contents", _int), ("contents", _ptr)]


class _Instance(ctypes.Structure):
    """``crfsuite_instance_t``: a sentence's items (the labels, weight and group are for training)."""

    _fields_ = [
        ("num_items", _int),
        ("cap_items", _int),
        ("items", _ptr),
        ("labels", _ptr),
        ("weight", _double),
        ("group", _int),
    ]


_Release = ctypes.CFUNCTYPE(_int, _ptr)
_Set = ctypes.CFUNCTYPE(_int, _ptr, _ptr)  # (tagger, instance)
_Viterbi = ctypes.CFUNCTYPE(_int, _ptr, _ptr, _ptr)  # (tagger, labels out, score out)


class _Tagger(ctypes.Structure):
    """``crfsuite_tagger_t``'s first members (an interface of function pointers; the rest are not used)."""

    _fields_ = [
        ("internal", _ptr),
        ("nref", _int),
        ("addref", _ptr),
        ("release", _Release),
        ("set", _Set),
        ("length", _ptr),
        ("viterbi", _Viterbi),
    ]


_GetTagger = ctypes.CFUNCTYPE(_int, _ptr, ctypes.POINTER(ctypes.POINTER(_Tagger)))


class _Model(ctypes.Structure):
    """``crfsuite_model_t``'s first members."""

    _fields_ = [("internal", _ptr), ("nref", _int), ("addref", _ptr), ("release", _Release), ("get_tagger", _GetTagger)]


#: a ``crfsuite_attribute_t`` as :func:`_layout_ok` finds it: the id, four bytes of padding, the value
_ATTRIBUTE = struct.Struct("<i4xd")
#: the bytes of one attribute (:func:`attribute_bytes`)
ATTRIBUTE_SIZE = _ATTRIBUTE.size
#: an item's first 64-bit word is its count twice (num_contents, cap_contents): the count times this
_COUNT_TWICE = 0x1_0000_0001


class _CountWords(dict[int, int]):
    """(Round 43, sp22) An item's block size in bytes -> its first 64-bit word (:data:`_COUNT_TWICE` times its count of
    attributes): one C-level look-up per token instead of a shift and a multiplication of a two-digit int. The sizes
    are bounded by the attributes a token can have (a few dozen keys)."""

    __slots__ = ()

    def __missing__(self, size: int) -> int:
        word = (size // ATTRIBUTE_SIZE) * _COUNT_TWICE
        if len(self) < 4096:
            self[size] = word
        return word


_COUNT_WORD = _CountWords().__getitem__


def _layout_ok() -> bool:
    """Whether the structures are laid out as :meth:`DirectTagger.tag` writes them (64-bit, little-endian)."""
    return (
        sys.byteorder == "little"
        and ctypes.sizeof(_ptr) == 8
        and ctypes.sizeof(_Attribute) == 16
        and ctypes.sizeof(_Item) == 16
        and _Attribute.value.offset == 8
        and _Item.contents.offset == 8
    )


@functools.cache
def _create() -> Any | None:
    """crfsuite's ``crfsuite_create_instance_from_memory`` from pycrfsuite's extension module, or ``None``."""
    if not _layout_ok():
        return None
    try:
        from pycrfsuite import _pycrfsuite  # type: ignore[import-untyped]

        create = ctypes.CDLL(_pycrfsuite.__file__).crfsuite_create_instance_from_memory
    except (ImportError, OSError, AttributeError):
        return None
    create.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.POINTER(_Model))]
    create.restype = _int
    return create


class DirectTagger:
    """crfsuite's C tagger on a CRF1d model held in memory (see the module docstring); one sentence at a time.

    Args:
        data: the model file's bytes (crfsuite reads them in place: they are held here).
        labels: the model's labels by id.
        create: crfsuite's ``crfsuite_create_instance_from_memory``.

    Raises:
        ValueError: crfsuite cannot open the model.
    """

    def __init__(self, data: bytes, labels: Sequence[str], create: Any) -> None:
        self._data = data
        self.labels = list(labels)
        model = ctypes.POINTER(_Model)()
        if create(data, len(data), ctypes.byref(model)) != 0 or not model:
            raise ValueError("crfsuite cannot open the model")
        tagger = ctypes.POINTER(_Tagger)()
        if model.contents.get_tagger(model, ctypes.byref(tagger)) != 0 or not tagger:
            model.contents.release(model)
            raise ValueError("crfsuite cannot make a tagger of the model")
        self._model, self._tagger = model, tagger
        functions = tagger.contents
        self._set, self._viterbi = functions.set, functions.viterbi
        self._address = ctypes.cast(tagger, _ptr).value
        self._instance = _Instance()
        self._instance_address = ctypes.addressof(self._instance)
        self._score = _double()
        self._path = (_int * 256)()
        self._lock = threading.Lock()  # the C tagger holds one sentence's scores between set and viterbi

    def tag(self, items: Sequence[Sequence[bytes]]) -> list[str]:
        """The Viterbi labels of one sentence, each token given as its attributes' bytes (:func:`attribute_bytes`;
        an empty sentence gives an empty list)."""
        return self.tag_blocks(list(map(b"".join, items)))

    def tag_blocks(self, tokens: Sequence[bytes]) -> list[str]:
        """:meth:`tag` with each token's attributes given as one block, their bytes joined
        (``FeatureExtractor.record_blocks``)."""
        n = len(tokens)
        if not n:
            return []
        joined = b"".join(tokens)
        at = ctypes.c_char_p(joined)  # points into ``joined`` (no copy); both held until the tagger has read them
        sizes = list(map(len, tokens))
        start = ctypes.cast(at, _ptr).value
        # the items: each its count in both 32-bit halves of a word (num_contents, cap_contents), then its address
        counts = map(_COUNT_WORD, sizes)
        addresses = accumulate(sizes, initial=start)  # one more than the items: zip stops at the counts
        # (round 43, sp22) unsigned: array's "Q" converts each int by PyLong_AsUnsignedLongLong, its "q" by a
        # PyArg_Parse format per element (~40% of the table's cost); the values are never negative, the bytes the same
        table = array("Q", chain.from_iterable(zip(counts, addresses, strict=False)))
        with self._lock:
            if n > len(self._path):
                self._path = (_int * n)()
            instance = self._instance
            instance.num_items = instance.cap_items = n
            instance.items = table.buffer_info()[0]
            self._set(self._address, self._instance_address)
            self._viterbi(self._address, self._path, ctypes.byref(self._score))
            path = self._path[:n]
        return list(map(self.labels.__getitem__, path))

    def close(self) -> None:
        """Release crfsuite's tagger and model (the object is not usable after)."""
        if self._tagger:
            self._tagger.contents.release(self._tagger)
            self._model.contents.release(self._model)
            self._tagger = ctypes.POINTER(_Tagger)()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):  # at the interpreter's shutdown ctypes may be gone
            self.close()


def attribute_bytes(names: Sequence[str]) -> dict[str, bytes]:
    """Each attribute name (given by id) -> the bytes of its ``crfsuite_attribute_t``: its id and the value 1.0."""
    return dict(zip(names, map(_ATTRIBUTE.pack, range(len(names)), repeat(1.0)), strict=True))


def open_direct(data: bytes) -> tuple[DirectTagger, dict[str, bytes]] | None:
    """A :class:`DirectTagger` on the model ``data`` and its :func:`attribute_bytes`, or ``None`` when this
    platform, pycrfsuite or the file do not allow it (the caller then tags through pycrfsuite)."""
    create = _create()
    if create is None:
        return None
    names = model_names(data)
    if names is None:
        return None
    try:
        return DirectTagger(data, names[0], create), attribute_bytes(names[1])
    except ValueError:
        return None
