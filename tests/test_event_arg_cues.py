"""The word lists of the actors' and places' rules, read from ``resources/ar/event_arg_cues.yaml`` (round 13,
helper dc3: moved out of the code unchanged)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rasd.errors import ResourceError
from rasd.events import actor_roles, actors, place_filters, places
from rasd.events.argcues import RESOURCE, cue_alt, cue_words
from rasd.resources import load_yaml

_SRC = Path(actors.__file__).parent


def test_the_resource_has_its_header_and_non_empty_lists_of_strings() -> None:
    data = load_yaml(RESOURCE)
    assert {"source", "license", "date"} <= set(data["meta"])
    for name, words in data.items():
        if name == "meta":
            continue
        assert isinstance(words, list) and words, name
        assert all(isinstance(w, str) and w == w.strip() and w for w in words), name
        # a regex entry is a phrase with \s+ between its words, never other syntax
        assert not any(re.search(r"[()\[\]{}|?*+.^$]", w.replace(r"\s+", " ")) for w in words), name


def test_every_list_is_read_by_the_code() -> None:
    code = "".join(p.read_text(encoding="utf-8") for p in _SRC.glob("*.py"))
    unused = [name for name in load_yaml(RESOURCE) if name != "meta" and f'"{name}"' not in code]
    assert not unused


def test_a_list_keeps_its_order_and_builds_its_alternation() -> None:
    assert cue_words("destination_words") == ("الي", "نحو", "باتجاه", "صوب")
    assert cue_alt("air_words").startswith(r"طيران|طائرات|طائرة|مقاتلات|سلاح\s+الجو|")
    with pytest.raises(ResourceError):
        cue_words("no_such_list")
    with pytest.raises(ResourceError):
        cue_words("meta")


def test_the_rules_read_their_words_from_the_lists() -> None:
    assert "مستهدفه" in actors.TARGET_WORDS
    assert actor_roles._CLAIM_VERB.search("وتبنت جماعة مسلحة الهجوم")
    assert actor_roles._BY_FIRE_OF.search("قتل شاب برصاص ")
    assert actors._LAUNCHED_FROM.search("صاروخ أطلقه مسلحون من ")
    assert places._OFFICE.search("وقال أمير منطقة ")
    assert place_filters.is_dateline("الرياض 5 ذو القعدة 1436 هـ الموافق 20 أغسطس 2015 م واس")
    assert place_filters._VENUE.search("خلال محادثات السلام في ")
    assert places._TOWN_BY_KIND.search("في قرية البيضاء")
