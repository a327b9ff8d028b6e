"""``resources/ar/event_cues.yaml`` (round 13): the word lists of the coding rules and the reading context, read
once per process through :func:`rasd.events.lexicon.cue_words` and :func:`~rasd.events.lexicon.cue_alt`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import rasd.events
from rasd.errors import ResourceError
from rasd.events.lexicon import cue_alt, cue_words
from rasd.resources import load_yaml

_READERS = [*sorted((Path(rasd.events.__file__).parent / "coding").glob("*.py"))]
_READERS.append(Path(rasd.events.__file__).parent / "context.py")
_USE = re.compile(r"""cue_(?:words|alt)\("([a-z_]+)"\)""")


def test_the_resource_carries_its_header():
    meta = load_yaml("ar/event_cues.yaml")["meta"]
    assert {"source", "license", "date"} <= set(meta)


def test_every_list_is_read_and_every_list_read_is_there():
    lists = set(load_yaml("ar/event_cues.yaml")["lists"])
    read = {name for path in _READERS for name in _USE.findall(path.read_text(encoding="utf-8"))}
    assert read == lists


def test_every_list_is_a_valid_alternation():
    for name in load_yaml("ar/event_cues.yaml")["lists"]:
        assert cue_words(name)
        re.compile(cue_alt(name))


def test_lists_keep_their_order_and_spelling():
    assert cue_alt("set_nouns") == "هجمات|ضربات|غارات"
    assert cue_words("weekdays")[:3] == ("سبت", "أحد", "اثنين")
    assert cue_words("non_state_hands")[3] == r"[إا]رهابي\S*"  # a pattern item, quoted in the YAML
    assert cue_words("series").count("هجمات") == 2  # written twice in the rule it came from; kept as written


def test_a_list_that_is_not_there_is_an_error():
    with pytest.raises(ResourceError):
        cue_words("no_such_list")
