"""The date stage's vocabulary: ``ar/time.yaml`` and ``ar/months.yaml`` (plus hedges, quantifiers and ordinals
from ``ar/numbers.yaml``), normalized and indexed once per process.

Every entry is a phrase of one or more normalized words with a *kind* (``month``, ``weekday``, ``relday``,
``unit`` …) and a payload. Entries are indexed by their first word; the first word of an expression may carry
proclitics (و ف ب ل ك, the article fused as لل), which :meth:`TimeLexicon.analyse` strips with
:func:`rasd.text.matcher.strip_proclitics`. :attr:`TimeLexicon.trigger_re` finds, in one regex pass, the words
that can anchor an expression, so that the parser only looks at the neighbourhood of candidates.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from sys import intern
from typing import Any

from rasd.errors import ResourceError
from rasd.resources import load_yaml
from rasd.text.matcher import StemEnds, strip_proclitics
from rasd.text.normalize import normalize


@dataclass(frozen=True, slots=True)
class UnitForm:
    """One written form of a time unit: ``أيام`` is ``UnitForm("D", None, False, False)``."""

    code: str  # D W M Y DE CE H MIN S
    count: int | None  # 1 singular, 2 dual, None plural
    needs_signal: bool
    definite: bool


@dataclass(frozen=True, slots=True)
class Entry:
    """A lexicon phrase (normalized words), its kind and payload."""

    words: tuple[str, ...]
    kind: str
    value: Any


#: Function words that start some multi-word entries (هذه الأيام، ذلك اليوم، بعد غد): never used as triggers,
#: since another word of those entries is one.
_FUNCTION_WORDS = frozenset(str(w) for w in load_yaml("ar/time.yaml")["function_words"])  # written normalized

# Proclitics spelled out in the trigger regex: before a plain word, before a word with the article, and fused
# with the article (ل + ال = لل).
_PLAIN_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك")
_ARTICLE_CLITICS = ("", "و", "ف", "ب", "ك", "وب", "فب", "وك")
_FUSED_CLITICS = ("لل", "ولل", "فلل")

#: Kinds whose words can anchor an expression (used to build the trigger regex).
_TRIGGER_KINDS = frozenset(
    {
        "month",
        "weekday",
        "relday",
        "anaday",
        "unit",
        "set",
        "pod",
        "pod_adv",
        "tonight",
        "night",
        "clock",
        "season",
        "season_bare",
        "decade",
        "century",
        "weekend",
        "year_noun",
        "ref",
        "ref_after",
        "dayword",
    }
)


#: (round 16, tx) the day codes of ``week_calendar`` in ``ar/time.yaml``, numbered as ``date.weekday()``.
_WEEKDAY_CODES = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _words(text: str) -> tuple[str, ...]:
    return tuple(normalize(str(text)).split())


_LETTERS_RE = re.compile(r"[^\W\d_]+")


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored as a trie (much faster than a flat alternation)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return build(trie)


def _cue_re(alternatives: str) -> re.Pattern[str]:
    """A whole word (after و/ف) matching one of the ``alternatives``."""
    return re.compile(r"(?<![^\W\d_])(?P<and>[وف]?)(?:" + alternatives + r")(?![^\W\d_])")


def _tense_cues(t: dict[str, Any]) -> tuple[re.Pattern[str], ...]:
    """The tense cues of ``ar/time.yaml``: future verbs, past verbs, future adverbs, past adverbs (see
    :meth:`rasd.stages.timex.tokens.Tokens.tense`)."""

    def trie(key: str) -> str:
        return _trie_pattern({normalize(str(m)) for m in t[key]})

    # a listed marker, or a verb with the future prefix سـ (سيعقد، ستبث، سنعمل) that is not a listed look-alike
    future = _cue_re(trie("future_markers") + r"|(?!" + trie("future_verb_exceptions") + r")س[يتن][^\W\d_]{2,}")
    past = {normalize(str(m)) for m in t["past_markers"]}
    for verb in t["past_verbs"]:
        stem = normalize(str(verb))
        past.update((stem, stem + "ت", stem + "وا"))  # قتل، قتلت، قتلوا
    # the feminine past (تضاعفت، اندلعت): 4+ letters ending in ت after a consonant, with no article, not ي- (يثبت),
    # not a listed exception; checked from the word's start so that a clitic و/ف cannot hide an exception
    not_past = r"(?![وف]?(?:ال|بال|لل|كال|ي|(?:" + trie("past_verb_exceptions") + r")(?![^\W\d_])))"
    past_re = re.compile(
        r"(?<![^\W\d_])(?:"
        + not_past
        + r"(?P<and>[وف]?)[^\W\d_]{2,}[^\W\d_اوي]ت|(?P<and2>[وف]?)(?:"
        + _trie_pattern(past)
        + r"))(?![^\W\d_])"
    )
    return future, past_re, _cue_re(trie("future_adverbs")), _cue_re(trie("past_adverbs"))


class TimeLexicon:
    """Normalized, indexed date vocabulary (build with :func:`time_lexicon`)."""

    def __init__(self, time: dict[str, Any], months: dict[str, Any], numbers: dict[str, Any]) -> None:
        try:
            self._build(time, months, numbers)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResourceError(
                f"resource 'ar/time.yaml' (or months/numbers) is malformed ({exc!r}); fix the entry or reinstall"
            ) from exc
        self._cache: dict[str, tuple[int, str]] = {}
        #: the rules tried at a token, by (digits, key) (:func:`rasd.stages.timex.grammar._rules_for`; keys of the
        #: lexicon only, so bounded by its size)
        self.rules_cache: dict[tuple[bool, str], tuple[Any, ...]] = {}

    # ------------------------------------------------------------------------------------------------ building
    def _add(self, phrase: str, kind: str, value: Any = None) -> None:
        words = _words(phrase)
        if words:
            self._entries.setdefault(words[0], []).append(Entry(words, kind, value))

    def _build(self, t: dict[str, Any], months: dict[str, Any], numbers: dict[str, Any]) -> None:
        self._entries: dict[str, list[Entry]] = {}
        add = self._add
        for cal, table in (("g", "gregorian"), ("e", "english"), ("h", "hijri")):
            for name, num in months[table].items():
                add(name, "month", (int(num), cal))
        for name, num in months["weekdays"].items():
            add(name, "weekday", int(num))
        for name, off in t["relative_days"].items():
            add(name, "relday", int(off))
        for name, off in t["anaphoric_days"].items():
            add(name, "anaday", None if off is None else int(off))
        for kind in ("past", "recent", "future", "current", "this", "anaphoric"):
            for name in t[f"{kind}_words"]:
                add(name, kind)
        for code, spec in t["units"].items():
            needs = bool(spec.get("needs_signal", False))
            for form, count in (("singular", 1), ("dual", 2), ("plural", None)):
                for name in spec.get(form, []):
                    (w,) = _words(name)
                    add(w, "unit", UnitForm(str(code), count, needs, False))
                    add("ال" + w, "unit", UnitForm(str(code), count, needs, True))
        for name in t["day_words"]:
            add(name, "dayword")
        for kind, key in (("ago", "ago_words"), ("later", "later_words"), ("since", "since_words")):
            for name in t[key]:
                add(name, kind)
        for name in t["duration_signals"]:
            add(name, "dursig")
        for name, value in t["set_words"].items():
            add(name, "set", str(value))
        for name in t["every_words"]:
            add(name, "every")
        for name, code in t["parts_of_day"]["construct"].items():
            add(name, "pod", str(code))
        for name, code in t["parts_of_day"]["adverb"].items():
            add(name, "pod_adv", str(code))
        for name in t["night_of"]:
            add(name, "night")
        for name, off in t["tonight"].items():
            add(name, "tonight", int(off))
        for name in t["clock_words"]:
            add(name, "clock")
        for name, hour in t["hours"].items():
            add(name, "hour", int(hour))
        for name, minutes in t["minute_words"].items():
            add(name, "minute", int(minutes))
        for name, code in t["seasons"].items():
            add(name, "season", str(code))
        for name, code in t["seasons_construct"].items():
            add(name, "season_bare", str(code))
        for name in t["season_words"]:
            add(name, "season_word")
        for name, digit in t["decades"].items():
            add(name, "decade", int(digit))
        for name in t["decade_words"]:
            add(name, "decade_word")
        for name in t["century_words"]:
            add(name, "century")
        for name, mod in t["positions"].items():
            add(name, "position", str(mod))
        for name in t["weekend"]:
            add(name, "weekend")
        for name, code in t["year_parts"].items():
            add(name, "year_part", str(code))
        for name in t["year_nouns"]:
            add(name, "year_noun")
        for name, value in t["references"].items():
            add(name, "ref", str(value))
        for name, spec in t["references_after"].items():
            after = frozenset(w for a in spec["after"] for w in _words(a))
            bare = frozenset(w for a in spec.get("bare_after", []) for w in _words(a))
            add(name, "ref_after", (str(spec["value"]), after, bare))
        for name in t["equivalence_words"]:
            add(name, "equiv")
        for name in t["range_openers"]:
            add(name, "opener")
        for name, approx in numbers.get("hedges_before", {}).items():
            add(name, "hedge", str(approx))
        for section in ("quantifiers", "vague"):
            for name in numbers.get(section, {}):
                add(name, "quant")
        for name in numbers.get("ordinals", {}):
            add(name, "ordinal")  # الخامس من حزيران: a day of the month
        for name in list(t["day_ordinals"]) + list(t["first_day_words"]):
            add(name, "ordinal")  # الثلاثين من سبتمبر، غرة رمضان
        for words in self._entries.values():
            words.sort(key=lambda e: -len(e.words))
        self.first_kinds = {first: tuple(dict.fromkeys(e.kind for e in es)) for first, es in self._entries.items()}
        #: (round 40, sp12) the entries of each first word and kind, longest first (:meth:`Tokens.match` asks for one
        #: kind at a time, ~200,000 times per 1,000 articles)
        self.by_kind: dict[tuple[str, str], tuple[Entry, ...]] = {}
        for first, es in self._entries.items():
            for kind in dict.fromkeys(e.kind for e in es):
                self.by_kind[(first, kind)] = tuple(e for e in es if e.kind == kind)
        self.single: dict[str, dict[str, Any]] = {}
        for first, entries in self._entries.items():
            for e in entries:
                if len(e.words) == 1:
                    self.single.setdefault(first, {}).setdefault(e.kind, e.value)

        def wordset(key: str) -> frozenset[str]:
            return frozenset(w for item in t[key] for w in _words(item))

        self.joiners = wordset("range_joiners") | {"-", "–", "—"}
        self.year_nouns = wordset("year_nouns")
        self.gregorian_suffixes = wordset("gregorian_suffixes")
        self.hijri_suffixes = wordset("hijri_suffixes")
        self.year_prepositions = wordset("year_prepositions")
        self.pair_followers = wordset("year_pair_followers")
        self.not_calendar_year = wordset("not_calendar_year")
        self.scale_words = frozenset(w for name in numbers.get("scales", {}) for w in _words(name)[:1])
        self.month_context = wordset("month_context_before")
        self.month_words = wordset("month_words")
        self.season_words = wordset("season_words")
        self.not_season_after = wordset("not_season_after")
        self.event_anchors = wordset("event_anchors")
        self.range_opener_words = frozenset(_words(item)[-1] for item in t["range_openers"])
        self.named_day_after = wordset("named_day_after")
        self.following_words = wordset("following_words")
        self.few_words = wordset("few_words")
        # (round 16, tx) the week of Arabic news and the span of the recent past (ar/time.yaml week_calendar,
        # recent_past); days are numbered as datetime's weekday(), Monday = 0
        week = t["week_calendar"]
        self.week_first_day = _WEEKDAY_CODES[str(week["default"]["first_day"])]
        self.weekend_days = tuple(_WEEKDAY_CODES[str(d)] for d in week["default"]["weekend"])
        self.week_first_by_country = {str(c): _WEEKDAY_CODES[str(d)] for c, d in week["by_country"].items()}
        recent = t["recent_past"]
        self.recent_days = int(recent["days"])
        # (round 38, tm1) the days of a month each position names (ar/time.yaml month_part_days)
        self.month_part_days = {str(k): (int(v[0]), int(v[1])) for k, v in t["month_part_days"].items()}
        self.century_names = wordset("century_name_before")
        self.story_day_after = wordset("story_day_after") | frozenset(
            w for name in numbers.get("ordinals", {}) for w in _words(name)
        )
        self.unit_modifiers = wordset("unit_modifiers")
        self.general_nouns = wordset("general_nouns_before")
        self.weekday_name_before = wordset("weekday_name_before")
        self.spatial_before_min = wordset("spatial_before_min")
        self.age_words = wordset("age_words")
        self.first_day_words = wordset("first_day_words")
        self.not_event_anchor_after = wordset("not_event_anchor_after")
        self.named_day_before = wordset("named_day_before")
        self.greeting_after_every = wordset("greeting_after_every")
        self.name_nouns_before_date = wordset("name_nouns_before_date")
        self.modifier_signal_units = frozenset(str(code) for code in t["modifier_signal_units"])
        #: ambiguous month names: normalized key -> the letters the source must show (آب with madda)
        self.ambiguous_months = {normalize(str(m)): str(m) for m in t["ambiguous_months"]}
        self.firsts = frozenset(self._entries)
        # Trigger words with every proclitic form spelled out: one trie regex, bounded by \b (measured 30% faster
        # than optional prefix groups with look-arounds on the TimeML dev set).
        triggers: set[str] = set()
        for first, entries in self._entries.items():
            for e in entries:
                if e.kind not in _TRIGGER_KINDS or (len(e.words) > 1 and first in _FUNCTION_WORDS):
                    continue
                if first.startswith("ال") and len(first) > 3:
                    triggers.update(p + first for p in _ARTICLE_CLITICS)
                    triggers.update(p + first[2:] for p in _FUSED_CLITICS)
                else:
                    triggers.update(p + first for p in _PLAIN_CLITICS)
        self.trigger_re = re.compile(r"\b(?:" + _trie_pattern(triggers) + r")\b|[0-9]+")
        #: the trigger words themselves, when each is letters only ([^\W\d_]): then a match of the trie is a whole run
        #: of word characters that is one of them (see :func:`rasd.stages.timex.engine._trigger_spans`)
        self.trigger_words = frozenset(triggers) if all(_LETTERS_RE.fullmatch(w) for w in triggers) else None
        self.number_words = frozenset(
            w
            for section in ("units", "teen_units", "tens", "hundreds", "hundred_words", "scales", "fractions")
            for name in numbers.get(section, {})
            for w in _words(name)[:1]
        )
        self._number_cache: dict[str, bool] = {}
        # Every proclitic reading of a word is a suffix of it (``strip_proclitics``): a reading that is a lexicon
        # first word (its article dropped behind ال or لل) or a number word ends the word. A word whose last three
        # letters end no such stem of three letters or more, and whose last two or last letter is no shorter stem,
        # has none (round 27, sp7: most word types), so :meth:`analyse`, :meth:`number_start` and
        # :meth:`token_info` answer it without stripping proclitics.
        self._stem_ends = StemEnds(
            (*self.firsts, *(f[2:] for f in self.firsts if f.startswith("ال")), *self.number_words)
        )
        #: :meth:`token_info` per word type (read directly by :class:`~rasd.stages.timex.tokens.Tokens`).
        self.info_cache: dict[str, tuple[int, str, bool]] = {}
        self.future_re, self.past_re, self.future_adverb_re, self.past_adverb_re = _tense_cues(t)

    # ------------------------------------------------------------------------------------------------ lookups
    def analyse(self, word: str) -> tuple[int, str]:
        """``(proclitic length, key)`` of a normalized word: the key is the lexicon first word it reads as
        (``وبالأمس`` → ``(2, "الامس")``, ``للعام`` → ``(2, "العام")`` with the article restored), or the word
        itself with length 0 when no reading is in the lexicon."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        word = intern(word)  # (round 31, mem1) one string per word type across the caches (batch worker memory)
        hit = (0, word)
        if word not in self.firsts and self.may_read(word):
            for prefix, stem in strip_proclitics(word)[1:]:
                key = "ال" + stem if prefix.endswith(("ال", "لل")) else stem
                if key in self.firsts:
                    hit = (len(prefix), key)
                    break
        if len(self._cache) < 20_000:  # a pure cache, bounded for rasd batch workers (docs/measurements.md)
            self._cache[word] = hit
        return hit

    def may_read(self, word: str) -> bool:
        """False when no proclitic reading of the normalized ``word`` is a lexicon first word or a number word
        (True does not say that one is)."""
        return self._stem_ends.may_end(word)

    def token_info(self, word: str) -> tuple[int, str, bool]:
        """``(proclitic length, key, candidate)`` of a normalized word: :meth:`analyse`, and whether some rule may
        start at it (a lexicon word, digits, الـ before digits, or a number word); one lookup per token."""
        hit = self.info_cache.get(word)
        if hit is None:
            word = intern(word)  # (round 31, mem1) as in analyse
            if self.may_read(word):
                pre, key = self.analyse(word)
                number = self.number_start(word)
            else:  # no proclitic reading: what analyse and number_start give such a word
                pre, key, number = 0, word, word in self.number_words
            candidate = key in self.first_kinds or word[0] in "0123456789" or word == "ال" or number
            hit = (pre, key, candidate)
            if len(self.info_cache) < 30_000:  # bounded: docs/measurements.md, round 13 (worker memory)
                self.info_cache[word] = hit
        return hit

    def number_start(self, word: str) -> bool:
        """Whether a normalized word can start a number in words (ثلاثة، وخمسين، بعشرة …)."""
        hit = self._number_cache.get(word)
        if hit is None:
            hit = word in self.number_words or (
                self.may_read(word) and any(stem in self.number_words for _, stem in strip_proclitics(word)[1:])
            )
            if len(self._number_cache) < 20_000:  # bounded likewise
                self._number_cache[word] = hit
        return hit

    def entries(self, key: str) -> list[Entry]:
        """Entries whose first word is ``key``, longest first."""
        return self._entries.get(key, [])


@functools.cache
def time_lexicon() -> TimeLexicon:
    """The date vocabulary, built once per process.

    Raises:
        ResourceError: a resource file is missing or malformed.
    """
    return TimeLexicon(load_yaml("ar/time.yaml"), load_yaml("ar/months.yaml"), load_yaml("ar/numbers.yaml"))
