"""The CRF model with its attributes renamed to three-byte codes, for the fast mode's tagger.

crfsuite's ``Tagger.tag`` looks every attribute of every token up by its name in the model's attribute dictionary
(a CQDB: Jenkins's ``lookup3`` hash of the name, a probe, a ``strcmp``) after copying the name into C++ strings.
Names like ``-1w=الحكومة`` cost more there than a short code. :func:`coded_model` gives a copy of the model, held in
memory, whose attribute dictionary maps the code of each attribute (:func:`code`, from its id) to the same id: the
tagger sums the same weights of the same ids in the same order, so the tags are the same, for ~20% less time in
``tag`` (docs/measurements.md, round 29). Everything else in the file (features, labels, references) is kept byte for
byte; the new dictionary is written where the old one was, the rest of that region zeroed, so no offset moves.

The file layout read here is crfsuite's CRF1d model (``lCRF`` / ``FOMC``, version 100) and its CQDB chunk;
anything else gives ``None`` and the caller opens the model by name as before.
"""

from __future__ import annotations

import struct
from array import array
from collections.abc import Sequence

_HEADER = struct.Struct("<4sI4s9I")  # magic, size, type, version, features, labels, attrs and five offsets
_CQDB = struct.Struct("<4s5I")  # chunk id, size, flag, byte order check, backward array size and offset
_BYTEORDER = 0x62445371
_TABLES = 256
_DATA = _CQDB.size + 8 * _TABLES  # the first record follows the header and the 256 table references
#: the code's three bytes are printable ASCII (33-126); a model with more attributes than codes is not recoded
_BASE = 94
_MAX = _BASE**3
_M = 0xFFFFFFFF


def code(i: int) -> bytes:
    """The code of attribute id ``i``: three printable ASCII bytes (no NUL: crfsuite reads C strings)."""
    return bytes((33 + i % _BASE, 33 + i // _BASE % _BASE, 33 + i // (_BASE * _BASE)))


def _rot(x: int, k: int) -> int:
    return ((x << k) | (x >> (32 - k))) & _M


def hashlittle(key: bytes, initval: int = 0) -> int:
    """Bob Jenkins's ``lookup3`` ``hashlittle`` of ``key`` (what CQDB hashes a name with, its NUL included)."""
    length = len(key)
    a = b = c = (0xDEADBEEF + length + initval) & _M
    i = 0
    while length > 12:
        a = (a + int.from_bytes(key[i : i + 4], "little")) & _M
        b = (b + int.from_bytes(key[i + 4 : i + 8], "little")) & _M
        c = (c + int.from_bytes(key[i + 8 : i + 12], "little")) & _M
        a = ((a - c) & _M) ^ _rot(c, 4)
        c = (c + b) & _M
        b = ((b - a) & _M) ^ _rot(a, 6)
        a = (a + c) & _M
        c = ((c - b) & _M) ^ _rot(b, 8)
        b = (b + a) & _M
        a = ((a - c) & _M) ^ _rot(c, 16)
        c = (c + b) & _M
        b = ((b - a) & _M) ^ _rot(a, 19)
        a = (a + c) & _M
        c = ((c - b) & _M) ^ _rot(b, 4)
        b = (b + a) & _M
        length -= 12
        i += 12
    if length == 0:
        return c
    tail = key[i:] + bytes(12 - length)
    a = (a + int.from_bytes(tail[0:4], "little")) & _M
    if length > 4:
        b = (b + int.from_bytes(tail[4:8], "little")) & _M
    if length > 8:
        c = (c + int.from_bytes(tail[8:12], "little")) & _M
    return _final(a, b, c)


def _final(a: int, b: int, c: int) -> int:
    c = ((c ^ b) - _rot(b, 14)) & _M
    a = ((a ^ c) - _rot(c, 11)) & _M
    b = ((b ^ a) - _rot(a, 25)) & _M
    c = ((c ^ b) - _rot(b, 16)) & _M
    a = ((a ^ c) - _rot(c, 4)) & _M
    b = ((b ^ a) - _rot(a, 14)) & _M
    return ((c ^ b) - _rot(b, 24)) & _M


_SEED4 = (0xDEADBEEF + 4) & _M  # a, b and c before a four-byte key (a code and its NUL) is added
_C1 = ((_SEED4 ^ _SEED4) - _rot(_SEED4, 14)) & _M  # the final mix's first step: b and c are still the seed
_R1 = _rot(_C1, 11)


def _hash_code(key: bytes) -> int:
    """:func:`hashlittle` of a code and its NUL (four bytes: one word added to ``a``, then :func:`_final`, inlined
    with the steps that only see the seed done once)."""
    a = (((_SEED4 + int.from_bytes(key, "little")) & _M) ^ _C1) - _R1 & _M
    b = ((_SEED4 ^ a) - ((a << 25 | a >> 7) & _M)) & _M
    c = ((_C1 ^ b) - ((b << 16 | b >> 16) & _M)) & _M
    a = ((a ^ c) - ((c << 4 | c >> 28) & _M)) & _M
    b = ((b ^ a) - ((a << 14 | a >> 18) & _M)) & _M
    return ((c ^ b) - ((b << 24 | b >> 8) & _M)) & _M


def read_names(chunk: bytes | memoryview) -> list[str] | None:
    """The keys of a CQDB chunk by id (``None`` when it is not one this reads, or an id has no key)."""
    if len(chunk) < _DATA:
        return None
    cid, size, _flag, order, count, backward = _CQDB.unpack_from(chunk, 0)
    if cid != b"CQDB" or order != _BYTEORDER or size > len(chunk) or not backward or backward + 4 * count > size:
        return None
    offsets = array("I", bytes(chunk[backward : backward + 4 * count]))
    names = []
    record = struct.Struct("<2I")
    for i, at in enumerate(offsets):
        if not at or at + 8 > size:
            return None
        rid, ksize = record.unpack_from(chunk, at)
        if rid != i or ksize < 1 or at + 8 + ksize > size or chunk[at + 8 + ksize - 1] != 0:
            return None
        try:
            names.append(bytes(chunk[at + 8 : at + 7 + ksize]).decode("utf-8"))
        except UnicodeDecodeError:
            return None
    return names


def write_chunk(keys: Sequence[bytes], flag: int = 0) -> bytes:
    """A CQDB chunk mapping ``keys[i]`` to id ``i`` (with the backward array), as crfsuite's ``cqdb_writer`` writes
    it: the records in id order, then each of the 256 hash tables (twice as many buckets as keys, linear probing
    from ``(hash >> 8) % size``), then the id -> record offsets."""
    out = bytearray(_DATA)
    tables: list[list[tuple[int, int]]] = [[] for _ in range(_TABLES)]
    backward = array("I")
    head = struct.Struct("<2I")
    for i, key in enumerate(keys):
        k = key + b"\0"
        hv = _hash_code(k) if len(k) == 4 else hashlittle(k)
        at = len(out)
        out += head.pack(i, len(k))
        out += k
        tables[hv % _TABLES].append((hv, at))
        backward.append(at)
    refs = []
    for src in tables:
        if not src:
            refs.append((0, 0))
            continue
        n = 2 * len(src)
        hashes = [0] * n
        offsets = [0] * n
        for hv, at in src:
            j = (hv >> 8) % n
            while offsets[j]:
                j = (j + 1) % n
            hashes[j] = hv
            offsets[j] = at
        refs.append((len(out), n))
        buckets = array("I", [0]) * (2 * n)
        buckets[0::2] = array("I", hashes)
        buckets[1::2] = array("I", offsets)
        out += buckets.tobytes()
    at_backward = len(out)
    out += backward.tobytes()
    _CQDB.pack_into(out, 0, b"CQDB", len(out), flag, _BYTEORDER, len(keys), at_backward)
    for t, (at, n) in enumerate(refs):
        head.pack_into(out, _CQDB.size + 8 * t, at, n)
    return bytes(out)


def _chunk(data: bytes, which: int) -> tuple[int, int, memoryview] | None:
    """The offset, region end and CQDB chunk of a CRF1d model's dictionary ``which`` (1: labels, 2: attributes),
    with its names' count; ``None`` when ``data`` is not laid out as this expects."""
    if array("I", [1]).tobytes() != b"\1\0\0\0" or len(data) < _HEADER.size:  # the file's integers: little-endian
        return None
    magic, size, kind, version, _features, _labels, _attrs, *offsets = _HEADER.unpack_from(data, 0)
    at = offsets[which]  # off_features, off_labels, off_attrs, off_labelrefs, off_attrrefs
    if magic != b"lCRF" or kind != b"FOMC" or version != 100 or size != len(data) or not 0 < at < size:
        return None
    end = min([o for o in (*offsets, size) if o > at])  # the dictionary's region: up to the next section
    chunk = memoryview(data)[at:end]
    if bytes(chunk[:4]) != b"CQDB" or len(chunk) < _CQDB.size:
        return None
    return at, end, chunk[: _CQDB.unpack_from(chunk, 0)[1]]


def model_names(data: bytes) -> tuple[list[str], list[str]] | None:
    """A CRF1d model's labels and attribute names, each by id (``None`` when ``data`` is not laid out as
    :func:`coded_model` expects, or a count in the header is not its dictionary's)."""
    if len(data) < _HEADER.size:
        return None
    counts = _HEADER.unpack_from(data, 0)[5:7]
    out = []
    for which, count in zip((1, 2), counts, strict=True):
        found = _chunk(data, which)
        names = None if found is None else read_names(found[2])
        if names is None or len(names) != count:
            return None
        out.append(names)
    return out[0], out[1]


def coded_model(data: bytes) -> tuple[bytes, dict[str, bytes]] | None:
    """The model ``data`` with every attribute renamed to its :func:`code`, and each attribute name's code.

    Returns ``None`` when ``data`` is not a crfsuite CRF1d model laid out as this expects (the caller then tags by
    name): the magic, type and version, the attribute dictionary's chunk and its ids 0..n-1, and room for the new
    dictionary where the old one was.
    """
    if array("I", [1]).tobytes() != b"\1\0\0\0" or len(data) < _HEADER.size:  # the file's integers: little-endian
        return None
    magic, size, kind, version, _features, _labels, n_attrs, *offsets = _HEADER.unpack_from(data, 0)
    at = offsets[2]  # off_features, off_labels, off_attrs, off_labelrefs, off_attrrefs
    if magic != b"lCRF" or kind != b"FOMC" or version != 100 or size != len(data) or not 0 < at < size:
        return None
    if n_attrs > _MAX:
        return None
    end = min([o for o in (*offsets, size) if o > at])  # the attribute dictionary's region: up to the next section
    view = memoryview(data)
    chunk = view[at:end]
    if bytes(chunk[:4]) != b"CQDB":
        return None
    _cid, chunk_size, flag, *_rest = _CQDB.unpack_from(chunk, 0)
    names = read_names(chunk[:chunk_size])
    if names is None or len(names) != n_attrs:
        return None
    codes = [code(i) for i in range(len(names))]
    new = write_chunk(codes, flag)
    if len(new) > end - at:
        return None
    model = b"".join([view[:at], new, bytes(end - at - len(new)), view[end:]])
    return model, dict(zip(names, codes, strict=True))
