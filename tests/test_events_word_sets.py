"""The word lists the event coding rules read word by word live in events.yaml (``word_sets``), not in code."""

import pytest

from rasd.errors import ResourceError
from rasd.events.lexicon import word_set
from rasd.text.normalize import normalize


def test_word_sets_are_read_from_the_resource_and_normalized() -> None:
    for name in ("halted_objects", "animals", "snatched_objects", "festival_after"):
        words = word_set(name)
        assert words and all(w == normalize(w) for w in words)
    assert normalize("الحوت") in word_set("animals")
    assert normalize("الأنظار") in word_set("snatched_objects")


def test_an_unknown_word_set_is_a_resource_error() -> None:
    with pytest.raises(ResourceError, match="word_sets has no list"):
        word_set("no_such_list")
