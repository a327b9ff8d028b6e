"""The word lists of the events layer's merging, figures, dates and stage rules, read from
``resources/ar/event_merge_cues.yaml`` (round 13, helper dc2: the lists moved out of the code, word for word)."""

from __future__ import annotations

import re

import pytest

from rasd.errors import ResourceError
from rasd.events.mergecues import RESOURCE, cue_alt, cue_set, cue_words, normalized_cues
from rasd.resources import load_yaml
from rasd.text.normalize import normalize


def test_the_resource_has_its_header_and_only_non_empty_lists_of_words() -> None:
    data = load_yaml(RESOURCE)
    assert {"source", "license", "date"} <= set(data["meta"])
    for name, words in data["lists"].items():
        assert words and all(isinstance(w, str) and w == w.strip() for w in words), name
        # an alternation is built from the words unescaped: they hold no regex syntax
        assert not any(re.search(r"[\\()\[\]{}|?*+.^$]", w) for w in words), name


def test_a_list_keeps_its_order_and_builds_its_alternation() -> None:
    assert cue_words("complementizers") == ("إن", "أن", "ان", "بأن", "بان")
    assert cue_alt("night_words") == "ليل|ليلة|الليل|الليلة"
    assert cue_alt("same_words", prefix="ال").startswith("النفسها|")
    assert "على الأقل" in cue_set("at_least")
    assert normalized_cues("state_relatives") == frozenset(normalize(w) for w in cue_words("state_relatives"))


def test_an_unknown_list_is_an_error() -> None:
    with pytest.raises(ResourceError):
        cue_words("no_such_list")


def test_the_rules_read_their_words_from_the_lists() -> None:
    from rasd.events import dates, figures
    from rasd.events.merge import clauses

    assert dates._SAYING.search("وقالت المصادر إن")
    assert figures._RESULT_OPENS.match("وأسفر ذلك عن مقتل ستة")
    assert clauses._TURN.match("ومن جهة أخرى، قصفت الطائرات")
    assert clauses._TURN.match("في سياق متصل، قصفت الطائرات") is None
