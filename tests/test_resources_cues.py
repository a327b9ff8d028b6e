"""The cue-word files of ``resources/ar`` and their one loader, :mod:`rasd.resources.cues` (round 13, helper dc6).

The four files' checks (round 13, helpers dc1-dc4: each list moved out of the code word for word) are kept here, one
section per file: ``event_cues.yaml`` (the coding rules and the reading context), ``event_merge_cues.yaml``
(merging, figures, dates, the events stage), ``event_arg_cues.yaml`` (actors and places), ``claim_cues.yaml`` (the
claims stage, speakers and context)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import rasd.events
import rasd.resources.cues as cues_module
from rasd.claims import context, speakers
from rasd.errors import ResourceError
from rasd.events import actor_roles, actors, place_filters, places
from rasd.events.coding.kinds import KIND_CUES
from rasd.resources import load_yaml
from rasd.resources.cues import (
    CLAIM_CUES,
    EVENT_ARG_CUES,
    EVENT_CUES,
    EVENT_MERGE_CUES,
    CueFile,
    arg_cue_alt,
    arg_cue_words,
    claim_alternation,
    claim_norm_set,
    claim_set,
    claim_words,
    event_cue_alt,
    event_cue_words,
    merge_cue_alt,
    merge_cue_set,
    merge_cue_words,
    merge_normalized_cues,
)
from rasd.stages.claims import cues as claim_stage_cues
from rasd.text.normalize import normalize, normalize_word

_EVENTS = Path(rasd.events.__file__).parent

# ------------------------------------------------------------------------------------------------ the loader itself


def test_every_cue_file_carries_its_header() -> None:
    for cue_file in (EVENT_CUES, EVENT_MERGE_CUES, EVENT_ARG_CUES, CLAIM_CUES, KIND_CUES):
        assert {"source", "license", "date"} <= set(load_yaml(cue_file.relpath)["meta"]), cue_file.relpath


def test_a_list_is_read_once_and_given_in_every_form() -> None:
    words = EVENT_MERGE_CUES.words("night_words")
    assert EVENT_MERGE_CUES.words("night_words") is words  # cached: read once per process
    assert EVENT_MERGE_CUES.alt("night_words") == "|".join(words)
    assert EVENT_MERGE_CUES.alt("night_words", prefix="ال", suffix=r"\s+") == "|".join(rf"ال{w}\s+" for w in words)
    assert EVENT_MERGE_CUES.set("night_words") == frozenset(words)
    assert EVENT_MERGE_CUES.normalized("night_words") == frozenset(normalize(w) for w in words)
    assert EVENT_MERGE_CUES.normalized_words("night_words") == frozenset(normalize_word(w) for w in words)


def test_an_alternation_is_escaped_only_when_asked() -> None:
    pattern_item = r"[إا]رهابي\S*"
    assert pattern_item in EVENT_CUES.alt("non_state_hands").split("|")
    escaped = EVENT_CUES.alt("non_state_hands", escape=True).split("|")
    assert re.escape(pattern_item) in escaped
    assert re.fullmatch("|".join(escaped), pattern_item)


def test_the_readers_the_rules_import_are_the_files_readers() -> None:
    assert event_cue_words("set_nouns") == EVENT_CUES.words("set_nouns")
    assert merge_cue_words("night_words") == EVENT_MERGE_CUES.words("night_words")
    assert arg_cue_words("destination_words") == EVENT_ARG_CUES.words("destination_words")
    assert claim_words("resumptive_heads") == CLAIM_CUES.words("resumptive_heads")


def test_a_missing_file_is_an_error_that_names_it() -> None:
    with pytest.raises(ResourceError, match=r"no_such_cues\.yaml"):
        CueFile("ar/no_such_cues.yaml").words("anything")


def test_a_missing_list_is_an_error_that_names_file_and_list() -> None:
    with pytest.raises(ResourceError, match=r"event_cues\.yaml.*lists\.no_such_list"):
        EVENT_CUES.words("no_such_list")
    with pytest.raises(ResourceError, match=r"event_arg_cues\.yaml.*'no_such_list'"):
        EVENT_ARG_CUES.words("no_such_list")


@pytest.mark.parametrize("value", [[], ["قصف", ""], ["قصف", 3], "قصف", None])
def test_a_list_that_is_not_a_list_of_words_is_an_error(monkeypatch: pytest.MonkeyPatch, value: Any) -> None:
    fake = {"meta": {"source": "test", "license": "MIT", "date": "2026-12-05"}, "lists": {"bad": value}}
    monkeypatch.setattr(cues_module, "load_yaml", lambda relpath: fake)
    with pytest.raises(ResourceError, match=r"fake_cues\.yaml: lists\.bad must be a non-empty list"):
        CueFile("ar/fake_cues.yaml").words("bad")  # an error is never cached


# ------------------------------------------------ event_cues.yaml: the coding rules and the reading context (dc1)

_READERS = [*sorted((_EVENTS / "coding").glob("*.py")), _EVENTS / "context.py"]
#: a list is read by ``cue_words`` / ``cue_alt``, or by triggers.py's ``_normalized_alt`` (round 22, helper evr4: the
#: words of a list normalized as one alternation, read through ``cue_words``)
#: (not a qualified reader of another cue file: ``arg_cue_alt("…")`` in coding/subtypes.py reads event_arg_cues.yaml)
_USE = re.compile(r"""(?<![a-z_])(?:cue_(?:words|alt)|_normalized_alt)\("([a-z_]+)"\)""")
#: modules that read event_cues.yaml by its qualified reader beside other cue files (events/dates.py reads
#: lists.now_words from round 20, helper evr; its ``cue_alt`` is the merge cues')
_QUALIFIED_READERS = [_EVENTS / "dates.py"]
_EVENT_USE = re.compile(r"""event_cue_(?:words|alt)\("([a-z_]+)"\)""")


def test_event_cues_every_list_is_read_and_every_list_read_is_there() -> None:
    lists = set(load_yaml(EVENT_CUES.relpath)["lists"])
    read = {name for path in _READERS for name in _USE.findall(path.read_text(encoding="utf-8"))}
    read |= {name for path in _QUALIFIED_READERS for name in _EVENT_USE.findall(path.read_text(encoding="utf-8"))}
    assert read == lists


def test_event_cues_every_list_is_a_valid_alternation() -> None:
    for name in load_yaml(EVENT_CUES.relpath)["lists"]:
        assert event_cue_words(name)
        re.compile(event_cue_alt(name))


def test_event_cues_lists_keep_their_order_and_spelling() -> None:
    assert event_cue_alt("set_nouns") == "هجمات|ضربات|غارات"
    assert event_cue_words("weekdays")[:3] == ("سبت", "أحد", "اثنين")
    assert event_cue_words("non_state_hands")[3] == r"[إا]رهابي\S*"  # a pattern item, quoted in the YAML
    assert event_cue_words("series").count("هجمات") == 2  # written twice in the rule it came from; kept as written


def test_event_cues_a_list_that_is_not_there_is_an_error() -> None:
    with pytest.raises(ResourceError):
        event_cue_words("no_such_list")


# -------------------------------- event_merge_cues.yaml: merging, figures, dates and the events stage (dc2)


def test_merge_cues_has_only_non_empty_lists_of_words() -> None:
    data = load_yaml(EVENT_MERGE_CUES.relpath)
    for name, words in data["lists"].items():
        assert words and all(isinstance(w, str) and w == w.strip() for w in words), name
        # an alternation is built from the words unescaped: they hold no regex syntax
        assert not any(re.search(r"[\\()\[\]{}|?*+.^$]", w) for w in words), name


def test_merge_cues_a_list_keeps_its_order_and_builds_its_alternation() -> None:
    assert merge_cue_words("complementizers") == ("إن", "أن", "ان", "بأن", "بان")
    assert merge_cue_alt("night_words") == "ليل|ليلة|الليل|الليلة"
    assert merge_cue_alt("same_words", prefix="ال").startswith("النفسها|")
    assert "على الأقل" in merge_cue_set("at_least")
    assert merge_normalized_cues("state_relatives") == frozenset(
        normalize(w) for w in merge_cue_words("state_relatives")
    )


def test_merge_cues_an_unknown_list_is_an_error() -> None:
    with pytest.raises(ResourceError):
        merge_cue_words("no_such_list")


def test_merge_cues_the_rules_read_their_words_from_the_lists() -> None:
    from rasd.events import dates, figures
    from rasd.events.merge import clauses

    assert dates._SAYING.search("وقالت المصادر إن")
    assert figures._RESULT_OPENS.match("وأسفر ذلك عن مقتل ستة")
    assert clauses._TURN.match("ومن جهة أخرى، قصفت الطائرات")
    assert clauses._TURN.match("في سياق متصل، قصفت الطائرات") is None


# ---------------------------------------------------------- event_arg_cues.yaml: actors and places (dc3)


def test_arg_cues_has_non_empty_lists_of_strings() -> None:
    data = load_yaml(EVENT_ARG_CUES.relpath)
    for name, words in data.items():
        if name == "meta":
            continue
        assert isinstance(words, list) and words, name
        assert all(isinstance(w, str) and w == w.strip() and w for w in words), name
        # a regex entry is a phrase with \s+ between its words, never other syntax
        assert not any(re.search(r"[()\[\]{}|?*+.^$]", w.replace(r"\s+", " ")) for w in words), name


def test_arg_cues_every_list_is_read_by_the_code() -> None:
    # the events package and its coding rules (round 23, helper ac10: coding/subtypes.py reads the bombing words)
    code = "".join(p.read_text(encoding="utf-8") for p in [*_EVENTS.glob("*.py"), *(_EVENTS / "coding").glob("*.py")])
    unused = [name for name in load_yaml(EVENT_ARG_CUES.relpath) if name != "meta" and f'"{name}"' not in code]
    assert not unused


def test_arg_cues_a_list_keeps_its_order_and_builds_its_alternation() -> None:
    assert arg_cue_words("destination_words") == ("الي", "نحو", "باتجاه", "صوب")
    assert arg_cue_alt("air_words").startswith(r"طيران|طائرات|طائرة|مقاتلات|سلاح\s+الجو|")
    with pytest.raises(ResourceError):
        arg_cue_words("no_such_list")
    with pytest.raises(ResourceError):
        arg_cue_words("meta")


def test_arg_cues_the_rules_read_their_words_from_the_lists() -> None:
    assert "مستهدفه" in actors.TARGET_WORDS
    assert actor_roles._CLAIM_VERB.search("وتبنت جماعة مسلحة الهجوم")
    assert actor_roles._BY_FIRE_OF.search("قتل شاب برصاص ")
    assert actors._LAUNCHED_FROM.search("صاروخ أطلقه مسلحون من ")
    assert places._OFFICE.search("وقال أمير منطقة ")
    assert place_filters.is_dateline("الرياض 5 ذو القعدة 1436 هـ الموافق 20 أغسطس 2015 م واس")
    assert place_filters._VENUE.search("خلال محادثات السلام في ")
    assert places._TOWN_BY_KIND.search("في قرية البيضاء")


# ------------------------------------------------- claim_cues.yaml: the claims stage, speakers and context (dc4)


def test_claim_cues_every_list_is_read_by_the_stage() -> None:
    names = set(load_yaml(CLAIM_CUES.relpath)["lists"])
    modules = (claim_stage_cues, speakers, context)
    source = "".join(Path(str(m.__file__)).read_text(encoding="utf-8") for m in modules)
    unused = sorted(n for n in names if f'"{n}"' not in source)
    assert not unused


def test_claim_cues_lists_keep_their_order_and_forms() -> None:
    assert claim_words("resumptive_heads")[:3] == ("وهو", "وهذا", "وذلك")
    assert claim_set("inna_as_written") == frozenset({"إن", "وإن"})
    assert claim_norm_set("kana_forms") == frozenset(normalize_word(w) for w in claim_words("kana_forms"))
    assert claim_alternation("guest_show_nouns", suffix=r"\s+") == r"برنامج\s+|قناة\s+|حلقة\s+"
    assert (
        claim_stage_cues._GUEST.pattern
        == r"(?<![\u0621-\u064A])(?:ضيف|ضيفة|ضيوف)\s+(?:برنامج\s+|قناة\s+|حلقة\s+)?[«\"“]"
    )


def test_claim_cues_a_missing_list_is_an_error() -> None:
    with pytest.raises(ResourceError):
        claim_words("no_such_list")


@pytest.mark.parametrize(
    "relpath",
    [
        "ar/event_cues.yaml",
        "ar/event_merge_cues.yaml",
        "ar/event_arg_cues.yaml",
        "ar/claim_cues.yaml",
        "ar/event_kind_cues.yaml",
    ],
)
def test_no_cue_list_is_written_twice(relpath: str) -> None:
    """A list name written twice in one cue file loses the first list silently (the YAML loader keeps the last):
    every key of the file's top level and of its ``lists`` section appears once (round 16: event_cues.yaml held two
    ``relative_pronouns`` lists)."""
    text = (Path(cues_module.__file__).parent / relpath).read_text(encoding="utf-8")
    for indent in ("", "  "):
        keys = re.findall(rf"^{indent}([a-z_0-9]+):", text, flags=re.MULTILINE)
        doubled = sorted({k for k in keys if keys.count(k) > 1})
        assert not doubled, f"{relpath}: {doubled}"


# -------------------------------- event_kind_cues.yaml: the kind of a storming row (round 17, helper vs)


def test_kind_cues_every_list_is_read_by_the_code_and_is_a_list_of_words() -> None:
    data = load_yaml(KIND_CUES.relpath)
    lists = data["lists"]
    # (round 33, helper fr1) the frame lists (frame_*) are read by rasd.events.coding.status and .background; (round
    # 38, helper ev5) going_on_adjectives and the country_* lists by .general_state
    readers = ("kinds.py", "status.py", "background.py", "general_state.py")
    code = "".join((_EVENTS / "coding" / f).read_text(encoding="utf-8") for f in readers)
    for name, words in lists.items():
        assert isinstance(words, list) and words and all(isinstance(w, str) and w for w in words), name
        assert f'"{name}"' in code, f"{name} is read by none of {readers}"
    with pytest.raises(ResourceError):
        KIND_CUES.words("no_such_list")
