"""The claims stage's word lists (resources/ar/claim_cues.yaml, round 13): read once, in order, every list used."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.claims import context, speakers
from rasd.claims.cue_words import RESOURCE, claim_alternation, claim_norm_set, claim_set, claim_words
from rasd.errors import ResourceError
from rasd.resources import load_yaml
from rasd.stages.claims import cues
from rasd.text.normalize import normalize_word


def test_every_list_is_read_by_the_stage() -> None:
    names = set(load_yaml(RESOURCE)["lists"])
    source = "".join(Path(m.__file__).read_text(encoding="utf-8") for m in (cues, speakers, context))
    unused = sorted(n for n in names if f'"{n}"' not in source)
    assert not unused


def test_lists_keep_their_order_and_forms() -> None:
    assert claim_words("resumptive_heads")[:3] == ("وهو", "وهذا", "وذلك")
    assert claim_set("inna_as_written") == frozenset({"إن", "وإن"})
    assert claim_norm_set("kana_forms") == frozenset(normalize_word(w) for w in claim_words("kana_forms"))
    assert claim_alternation("guest_show_nouns", suffix=r"\s+") == r"برنامج\s+|قناة\s+|حلقة\s+"
    assert cues._GUEST.pattern == r"(?<![\u0621-\u064A])(?:ضيف|ضيفة|ضيوف)\s+(?:برنامج\s+|قناة\s+|حلقة\s+)?[«\"“]"


def test_a_missing_list_is_an_error() -> None:
    with pytest.raises(ResourceError):
        claim_words("no_such_list")
