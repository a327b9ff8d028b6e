"""Bounded word caches that keep their most used entries when full (instead of being cleared wholesale)."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from itertools import repeat
from typing import Any


def shrink_to_most_used(cache: MutableMapping[str, Any], uses: Mapping[str, int], keep: int) -> None:
    """Shrink ``cache`` in place to the ``keep`` keys that ``uses`` counts most (a key it lacks counts 0).

    Ties at the cut keep the entries cached first. The counting and sorting run in C (``map``, ``sorted``), so a
    200,000-entry cache shrinks in a few tens of milliseconds.
    """
    if len(cache) <= keep:
        return
    if keep <= 0:
        cache.clear()
        return
    keys = list(cache)
    counts = list(map(uses.get, keys, repeat(0)))
    cut = sorted(counts, reverse=True)[keep - 1]
    kept = [k for k, c in zip(keys, counts, strict=True) if c > cut]
    kept += [k for k, c in zip(keys, counts, strict=True) if c == cut][: keep - len(kept)]
    values = {k: cache[k] for k in kept}
    cache.clear()
    cache.update(values)
