"""The word lists of the events layer's argument rules (actors, places), kept in
``resources/ar/event_arg_cues.yaml`` (round 13, helper dc3: moved out of the code unchanged)."""

from __future__ import annotations

from rasd.errors import ResourceError
from rasd.resources import load_yaml

RESOURCE = "ar/event_arg_cues.yaml"


def cue_words(name: str) -> tuple[str, ...]:
    """The entries of one list of ``event_arg_cues.yaml``, in its order (the file is read once per process)."""
    data = load_yaml(RESOURCE)
    words = data.get(name) if name != "meta" else None
    if not isinstance(words, list):
        raise ResourceError(f"resource {RESOURCE!r} has no word list {name!r}")
    return tuple(str(w) for w in words)


def cue_alt(name: str) -> str:
    """One list as a regex alternation: its entries joined with ``|`` (they are regex alternatives as written)."""
    return "|".join(cue_words(name))
