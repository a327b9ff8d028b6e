"""The quantities stage: numbers with their hedges and what they count (killed, injured, displaced, …).

Steps, in order:

1. Find every number with its hedge (:func:`rasd.text.numbers.find_numbers`, on the document's normalized view):
   digits in brackets or quotes count (``(14) قتيلًا``، ``«7» قتلى``); a unit's or a calibre's number
   (``الفرقة 17``، ``اللواء 105``، ``عيار 120``) and dates are not numbers there.
2. Read the counted noun: the number's own word when it is a dual noun (``قتيلان``، ``جنديين``), else the word
   right after it (past a closing bracket or quote; after ``من`` the noun it leads: ``ستة من عناصره``, a
   possessive suffix stripped; a word joined by و starts another phrase), else, for a number written with the
   article, the noun before it (``شهداء الإمارات الثلاثة``). ``9 شهداء`` → killed, ``30 آلية`` → vehicles,
   ``5 مدنيين`` → people; the quantity's span is extended over that noun. A `fixed` noun decides alone
   (survivors are not injured: ``5 ناجين``; ``ثلاثة حوادث`` counts nothing).
3. When the noun only says "people" or "fighters" (or there is none), in this order: a verb agreeing with it right
   after the noun phrase (``19 شخصًا قتلوا``، ``ستة آخرين أصيبوا``); a toll phrase (``ارتفعت حصيلة قتلى المعارك
   … إلى 11 شخصًا``، ``بلغ عدد النازحين 3.1 مليون``); a cue a few words before (``مقتل 5 مدنيين``; ``مقتل
   وإصابة 60`` is "people", neither); such a verb further on in the sentence (``25 مقاتلًا … وثمانية من مقاتلي
   التنظيم قتلوا``); the unit of the figure before it when the two are joined by و (``وقتل خمسة … وستة مقاتلين``).
4. One or two persons with no numeral: a cue right before a singular noun (``قُتل شاب``، ``مقتل شرطي``، ``لقي
   طفل مصرعه``) or such a noun right before a singular verb (``أن شخصًا قُتل``) is value 1, exact, its span over
   the cue and the noun; dual nouns are value 2 from step 1 (``أصيب طفلان``، ``مقتل جنديين``).
5. A share of a population with a displacement word in the sentence (``نزح ثلث سكان البلدة``) is a displaced
   figure with no value (approx ``vague``).
6. Keep numbers that count nothing the event coder needs (``طرف واحد``) with unit ``other``; drop a bare year
   (``في 2011``) that counts nothing. When the ``time`` stage ran before (it does in the default pipeline), drop
   numbers inside a temporal expression (``صيف 2018``، ``منذ ثلاثة أيام``): they are dates and durations.

Unit words live in ``resources/ar/quantities.yaml``.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from itertools import accumulate, compress
from typing import Any

from rasd.document import Document, Quantity
from rasd.errors import ResourceError
from rasd.pipeline import stage
from rasd.resources import load_yaml
from rasd.settings import Settings
from rasd.text._letters import bmp_pattern
from rasd.text._numbers_scanner import bmp_only
from rasd.text.matcher import StemEnds, cached_view, strip_proclitics
from rasd.text.normalize import NormalizedView, normalize
from rasd.text.numbers import PHRASE_ENDS, Approx, NumberMatch, find_numbers

#: How many words before a number a cue may stand ("قتل الطيران الروسي 5 مدنيين" has three in between).
_CUE_WINDOW = 5
#: Words between the counted noun and a verb that agrees with it, for the verb to decide at once ("ستة آخرين
#: أصيبوا": one; "عشرة جنود ليبيين قتلوا": one adjective); further on (up to ``_FAR_AFTER`` words, no cue of
#: another figure between) the verb decides only when nothing before the number does.
_NEAR_AFTER = 3
_FAR_AFTER = 12
#: How far back a toll phrase's head may stand ("ارتفعت حصيلة قتلى المعارك المسلحة التي تدور في مدينة درنة …
#: إلى 11 شخصًا" has 15 words in between).
_TOLL_WINDOW = 25
#: How far back the figure a number is coordinated with may stand.
_COORD_WINDOW = 15
#: Units a noun decides on its own; "people"/"fighters" may be refined by a cue before the number.
_WEAK_UNITS = frozenset({"people", "fighters"})
_CASUALTY_UNITS = frozenset({"killed", "injured", "displaced", "arrested"})
#: Possessive suffixes stripped from a counted noun (عناصره، مقاتليها، جنودهم), longest first (normalized).
_SUFFIXES = ("هما", "هم", "هن", "ها", "نا", "كم", "ه")
#: A word, a digit run, or a sentence stop (on the normalized view, where diacritics and tatweel are gone).
_TOKEN_SPLIT = re.compile(r"([^\W\d_]+|\d+(?:[.,]\d+)*|[.!?؟\n])")
#: (round 29, sq1) the same with its letters spelled out (``rasd.text._letters``), for a text with no character
#: beyond the BMP
_TOKEN_SPLIT_BMP = re.compile(bmp_pattern(_TOKEN_SPLIT.pattern))
_STOPS = frozenset(".!?؟\n")
#: What may stand between a number and its noun: spaces and a closing bracket or quote ("(14) قتيلًا").
_GAP = re.compile(r"[\s\u00a0)\]»\"”']{0,4}")
_YEAR = re.compile(r"\(?(19|20)\d\d\)?")
#: An indefinite nisba adjective in the accusative or genitive (تركيا written تركيًا، فلسطينيا), normalized.
_NISBA_ACC = re.compile(r"[^\W\d_]{3,}يا?")


@dataclass(frozen=True)
class _Lexicon:
    nouns: dict[str, str]
    fixed: dict[str, str]
    cues: dict[str, str]
    after: dict[str, str]
    both: frozenset[str]
    both_after: frozenset[str]  # the pairs read after "بين" right after the figure (بين قتيل وجريح): unit people
    toll_heads: frozenset[str]
    toll_links: frozenset[str]
    toll_default: str
    toll_heads_default: str
    singular_cues: dict[str, tuple[str, int]]  # a cue with its proclitics → (unit, proclitic length)
    singular_phrases: dict[str, tuple[str, int]]  # a two-word cue (القبض على) with its proclitics, the same
    other_cues: frozenset[str]  # words that tie the number after them to something else (فقد 15: missing)
    singular_after: dict[str, str]
    singular_nouns: frozenset[str]
    singular_cue_only: frozenset[str]  # nouns counted after a cue only, never before a verb (آخر)
    singular_definite: frozenset[str]  # nouns counted with the article too, right after a cue (مصرع الزوجة)
    singular_after_phrases: dict[str, str]  # two-word verbs after the noun (لقي مصرعه) → unit
    time_words: frozenset[str]  # between a cue and its noun (استشهد فجر اليوم الشاب)
    unit_nouns: dict[str, str]  # one casualty written as its unit noun (خلف قتيلا) → unit
    unit_noun_cues: frozenset[str]
    possessed: frozenset[str]  # a relative with a possessive pronoun (زوجته، والدتهما): one person after a cue
    phrase_cues: dict[str, str]  # two-word cues right before a number (القضاء على) → unit
    phrase_tails: frozenset[str]  # their last words
    exposure_verbs: frozenset[str]  # تعرض …
    exposure_units: dict[str, str]  # … للإصابة → injured
    share_fractions: dict[str, int]  # a fraction with its proclitic → proclitic length
    share_nouns: frozenset[str]
    year_before: frozenset[str]
    far_cues: dict[str, str]  # a verb of executing, a cue further back than _CUE_WINDOW (round 25, ft3) → unit
    far_window: int
    far_not_before: frozenset[str]  # a preposition right before the number: no far cue reads it


@dataclass(frozen=True, slots=True)
class _WordSets:
    """Sets derived from a :class:`_Lexicon` that let one C-level pass skip the words no test can hold for."""

    singular_any: frozenset[str]  # every word that _singulars tests for (nouns, their duals, unit nouns …)
    joined_nouns: frozenset[
        str
    ]  # و + a singular noun (not cue-only), a definite one or a kin: _joined_singulars' words


_WORD_SETS: dict[int, tuple[_Lexicon, _WordSets]] = {}


def _word_sets(lex: _Lexicon) -> _WordSets:
    hit = _WORD_SETS.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    nouns = lex.singular_nouns
    duals = {n + "ين" for n in nouns}  # w.endswith("ين") and w[:-2] in nouns: exactly these words
    sets = _WordSets(
        singular_any=frozenset(
            [*nouns, *lex.singular_definite, *lex.unit_nouns, *lex.possessed, *duals, *lex.time_words]
        ),
        joined_nouns=frozenset(
            [
                *("و" + n for n in nouns if n not in lex.singular_cue_only),
                *("و" + n for n in lex.singular_definite),
                *("و" + n for n in lex.possessed),
            ]
        ),
    )
    _WORD_SETS[id(lex)] = (lex, sets)
    return sets


def _words(spec: Any) -> list[str]:
    return [normalize(str(w)) for w in spec or ()]


@functools.cache
def _lexicon() -> _Lexicon:
    """The unit words of ``quantities.yaml``, normalized."""
    data = load_yaml("ar/quantities.yaml")
    try:
        nouns: dict[str, str] = {}
        cues: dict[str, str] = {}
        after: dict[str, str] = {}
        for unit, spec in data["units"].items():
            for word in _words(spec.get("nouns")):
                nouns.setdefault(word, str(unit))
            for word in _words(spec.get("cues")):
                cues.setdefault(word, str(unit))
            for word in _words(spec.get("after")):
                after.setdefault(word, str(unit))
        fixed = {w: str(unit) for unit, spec in data["fixed"].items() for w in _words(spec)}
        toll = data["toll"]
        sing = data["singular"]
        s_all = {w: str(unit) for unit, spec in sing["cues"].items() for w in _words(spec)}
        s_cues = {w: u for w, u in s_all.items() if " " not in w}
        s_phrases = {w: u for w, u in s_all.items() if " " in w}
        other_cues = frozenset(_words(data.get("other_cues")))
        s_after = {w: str(unit) for unit, spec in sing["after"].items() for w in _words(spec)}
        s_after_phrases = {
            w: str(unit) for unit, spec in (sing.get("after_phrases") or {}).items() for w in _words(spec)
        }
        unit_nouns = {w: str(unit) for unit, spec in (sing.get("unit_nouns") or {}).items() for w in _words(spec)}
        possessed = frozenset(
            (w[:-1] + "ت" if w.endswith("ه") else w) + suffix
            for w in _words(sing.get("possessed"))
            for suffix in ("ه", "ها", "هما", "هم", "ي")
        )
        s_nouns = _words(sing["nouns"])
        not_definite = set(_words(sing.get("not_definite")))
        exposure = data.get("exposure") or {}
        phrase_cues = {w: str(unit) for unit, spec in (data.get("phrase_cues") or {}).items() for w in _words(spec)}
        shares = data["population_shares"]
        far = data.get("far_cues") or {}
        far_cues = {
            w: str(unit) for unit, spec in far.items() if unit not in ("window", "not_before") for w in _words(spec)
        }
        far_window = int(far.get("window") or 0)
    except (KeyError, TypeError, AttributeError) as exc:
        raise ResourceError(f"resource 'ar/quantities.yaml' is malformed ({exc!r}); fix the entry") from exc
    clitics = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
    return _Lexicon(
        nouns=nouns,
        fixed=fixed,
        cues=cues,
        after=after,
        both=frozenset(_words(data["killed_and_injured"])),
        both_after=frozenset(_words(data["killed_or_injured_pairs"])),
        toll_heads=frozenset(_words(toll["heads"])),
        toll_links=frozenset(_words(toll["links"])),
        toll_default=str(toll["default"]),
        toll_heads_default=normalize(str(toll["default_head"])),
        singular_cues={c + w: (unit, len(c)) for w, unit in s_cues.items() for c in clitics},
        singular_phrases={c + w: (unit, len(c)) for w, unit in s_phrases.items() for c in clitics},
        other_cues=other_cues,
        singular_after=s_after,
        singular_nouns=frozenset(s_nouns),
        singular_cue_only=frozenset(_words(sing.get("cue_only"))),
        singular_definite=frozenset("ال" + w for w in s_nouns if w not in not_definite),
        singular_after_phrases=s_after_phrases,
        time_words=frozenset(_words(sing.get("time_words"))),
        unit_nouns=unit_nouns,
        unit_noun_cues=frozenset(_words(sing.get("unit_noun_cues"))),
        possessed=possessed,
        phrase_cues=phrase_cues,
        phrase_tails=frozenset(w.rsplit(" ", 1)[-1] for w in phrase_cues),
        exposure_verbs=frozenset(_words(exposure.get("verbs"))),
        exposure_units={w: str(unit) for unit, spec in (exposure.get("units") or {}).items() for w in _words(spec)},
        share_fractions={c + w: len(c) for w in _words(shares["fractions"]) for c in ("", "و", "ف", "ب")},
        share_nouns=frozenset(_words(shares["nouns"])),
        year_before=frozenset(_words(data["year_before"])),
        far_cues=far_cues,
        far_window=far_window,
        far_not_before=frozenset(_words(far.get("not_before"))),
    )


@functools.lru_cache(maxsize=25_000)  # was 50,000: batch worker memory (docs/measurements.md, round 13)
def _readings(word: str) -> tuple[tuple[str, str], ...]:
    """``(proclitics, stem)`` readings of a normalized word, fewest letters stripped first."""
    return tuple(strip_proclitics(word))


def _stems(word: str) -> tuple[str, ...]:
    return tuple(stem for _prefix, stem in _readings(word))


#: Per table (by identity): the table and what its keys end in (round 27, sp7).
_ENDS: dict[int, tuple[object, StemEnds]] = {}


def _ends(table: dict[str, str] | frozenset[str]) -> StemEnds:
    hit = _ENDS.get(id(table))
    if hit is None or hit[0] is not table:
        hit = (table, StemEnds(table))
        _ENDS[id(table)] = hit
    return hit[1]


def _lookup(word: str, table: dict[str, str] | frozenset[str], *, conj: bool = True) -> str | None:
    """The value of the first reading of ``word`` in ``table`` (a set gives the stem); with ``conj=False`` a
    reading that strips و is not tried ("وإصابة" after a number starts another phrase)."""
    # every reading's stem ends the (normalized) word: none of them is a key (round 27, sp7; most words). (Round 29,
    # sq1) ``_ends(table).may_end(word)`` written out: ~230,000 calls per 1,000 articles, most answered here
    hit = _ENDS.get(id(table))
    ends = hit[1] if hit is not None and hit[0] is table else _ends(table)
    short = ends.short
    if not (word[-3:] in ends.tails or word[-2:] in short or word[-1:] in short):
        return None
    for prefix, stem in _readings(word):
        if not conj and prefix[:1] == "و":
            continue
        if stem in table:
            return table[stem] if isinstance(table, dict) else stem
    return None


def _noun_unit(word: str, lex: _Lexicon, *, conj: bool = False) -> tuple[str, bool] | None:
    """The unit of a counted noun and whether it is a `fixed` noun; possessive suffixes are stripped. A word
    joined by و is a noun only with ``conj`` (after a number, "وإصابة" starts another phrase)."""
    for table, fixed in ((lex.nouns, False), (lex.fixed, True)):
        unit = _lookup(word, table, conj=conj)
        if unit is not None:
            return unit, fixed
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            unit = _lookup(word[: -len(suffix)], lex.nouns, conj=conj)
            if unit is not None:
                return unit, False
    return None


class _Tokens:
    """The words, digit runs and sentence stops of a document's normalized view (offsets in the view)."""

    def __init__(self, view: NormalizedView) -> None:
        self.view = view
        split = _TOKEN_SPLIT_BMP.split if bmp_only(view.text) else _TOKEN_SPLIT.split
        parts = split(view.text)  # [gap, token, gap, token, …, gap]: one C-level pass
        bounds = list(accumulate(map(len, parts)))
        self.norms = parts[1::2]
        self.starts = bounds[0::2][: len(self.norms)]
        self.ends = bounds[1::2]

    def index(self, source_offset: int) -> int:
        """The first token at or after a source offset."""
        return bisect.bisect_left(self.starts, self.view.to_view(source_offset))

    def source(self, k: int) -> tuple[int, int]:
        """The source span of token k."""
        return self.view.to_source(self.starts[k], self.ends[k])

    def stop(self, k: int) -> bool:
        return self.norms[k] in _STOPS


@dataclass(slots=True)
class _Reading:
    unit: str
    start: int
    end: int
    strong: bool


def _counted_noun(text: str, m: NumberMatch, toks: _Tokens, lex: _Lexicon) -> _Reading:
    """Step 2: the unit the counted noun gives (``other`` when none) and the span over it."""
    number = text[m.number_start : m.number_end]
    if " " not in number:  # a dual noun is its own counted noun: قتيلان، جنديين
        own = _noun_unit(normalize(number), lex)
        if own is not None and not own[1]:
            return _Reading(own[0], m.start, m.end, own[0] not in _WEAK_UNITS)
    vend = toks.view.to_view(m.number_end)
    gap = _GAP.match(toks.view.text, vend)
    j = bisect.bisect_left(toks.starts, vend)
    if gap is not None and j < len(toks.starts) and toks.starts[j] == gap.end() and not toks.stop(j):
        k = j
        if toks.norms[j] in ("من", "ومن") and j + 1 < len(toks.starts) and not toks.stop(j + 1):
            k = j + 1  # ستة من عناصره، 25 من قوات الصاعقة
        found = _noun_unit(toks.norms[k], lex)
        if found is not None:
            unit, fixed = found
            end = max(m.end, toks.source(k)[1]) if not (fixed and unit == "other") else m.end
            return _Reading(unit, m.start, end, fixed or unit not in _WEAK_UNITS)
    # a number written with the article after its noun: شهداء الإمارات الثلاثة، جنودها الثلاثة
    # (the article as written: ألفًا normalizes to الفا but has none)
    first_word = number.split()[0]
    if "ال" in first_word[:4] and any(p.endswith("ال") for p, _ in strip_proclitics(first_word)[1:]):
        i = bisect.bisect_right(toks.starts, toks.view.to_view(m.number_start)) - 1  # the number's token (والعشرين)
        for k in range(i - 1, max(-1, i - 3), -1):
            if toks.stop(k):
                break
            found = _noun_unit(toks.norms[k], lex, conj=True)
            if found is None and _lookup(toks.norms[k], lex.cues) is not None:
                break  # "التنظيم الإرهابي وقتلت العشرات": the noun is not across a verb
            if found is not None and found[1]:
                return _Reading(found[0], m.start, m.end, True)  # "الساعات الأربع والعشرين": a time, no count
            if found is not None and not found[1]:
                start = toks.source(k)[0] + (1 if _noun_unit(toks.norms[k], lex) is None else 0)  # والمصابين
                return _Reading(found[0], min(m.start, start), m.end, found[0] not in _WEAK_UNITS)
    return _Reading("other", m.start, m.end, False)


def _verb_after(toks: _Tokens, k: int, lex: _Lexicon, limit: int) -> str | None:
    """A verb of `after` among the ``limit`` words from token k, before a sentence stop or a cue of another
    figure (``وأصيب``)."""
    for q in range(k, min(len(toks.norms), k + limit + 1)):
        word = toks.norms[q]
        if toks.stop(q):
            return None
        unit = lex.after.get(word)
        if unit is not None:
            return unit
        if _lookup(word, lex.cues) is not None:
            return None
    return None


def _toll(toks: _Tokens, i: int, lex: _Lexicon) -> str | None:
    """The unit a toll phrase gives the number starting at token i: "حصيلة الضحايا … إلى N"، "عدد النازحين بلغ N",
    or the link before the head: "بلغ عدد المعتقلين 60 شخصًا"."""
    link_after_head = any(_lookup(toks.norms[k], lex.toll_links) for k in range(max(0, i - 2), i))
    link_before_head = (  # "وبلغ عدد المعتقلين 60": link, head, its noun, the number
        i >= 3
        and _lookup(toks.norms[i - 3], lex.toll_links) is not None
        and _lookup(toks.norms[i - 2], lex.toll_heads) is not None
        and not any(toks.stop(k) for k in range(i - 3, i))
    )
    if not (link_after_head or link_before_head):
        return None
    for h in range(i - 1, max(-1, i - _TOLL_WINDOW), -1):
        if toks.stop(h):
            return None
        head = _lookup(toks.norms[h], lex.toll_heads)
        if head is not None:
            for k in range(h + 1, min(i, h + 3)):
                found = _noun_unit(toks.norms[k], lex)
                if found is not None and not found[1] and found[0] not in _WEAK_UNITS:
                    return found[0]
            return lex.toll_default if head == lex.toll_heads_default else None
    return None


def _cue_before(toks: _Tokens, i: int, lex: _Lexicon, *, persons: bool = False) -> str | None:
    """A cue among the few words before token i, in the same sentence (``مقتل وإصابة 60`` → people); a two-word
    cue right before it only when the number counts ``persons`` (its noun is a person noun)."""
    if persons and i >= 2 and toks.norms[i - 1] in lex.phrase_tails:
        for head in (toks.norms[i - 2], *_stems(toks.norms[i - 2])):
            if (phrase := lex.phrase_cues.get(f"{head} {toks.norms[i - 1]}")) is not None:
                return phrase  # "القضاء على 16 إرهابيًا"
    for k in range(i - 1, max(-1, i - 1 - _CUE_WINDOW), -1):
        if toks.stop(k):
            return None
        if _lookup(toks.norms[k], lex.other_cues) is not None:
            return None  # "قتلوا وفقد 15 آخرون": the missing are not the killed
        cue = _lookup(toks.norms[k], lex.cues)
        if cue is not None and cue not in ("strikes", "vehicles"):
            if k > 0 and f"{toks.norms[k - 1]} {toks.norms[k]}" in lex.both:
                return "people"  # "مقتل وإصابة 60": killed and injured together
            return cue
    return None


def _far_cue(toks: _Tokens, i: int, lex: _Lexicon) -> str | None:
    """A verb of executing up to ``far_cues.window`` words before token i, in the same sentence, with no cue of
    another figure between ("أعدم إرهابيو تنظيم النصرة في مدينة حلب اليوم السبت، شخصين"; round 25, ft3)."""
    if i == 0 or toks.norms[i - 1] in lex.far_not_before:
        return None  # "أمام 50 شخصا": the number is tied to something else
    for k in range(i - 1, max(-1, i - 1 - lex.far_window), -1):
        if toks.stop(k):
            return None
        far = _lookup(toks.norms[k], lex.far_cues)
        if far is not None:
            return far
        if _lookup(toks.norms[k], lex.cues) is not None or _lookup(toks.norms[k], lex.other_cues) is not None:
            return None  # another figure's cue nearer the number
        if re.fullmatch(r"\d+(?:[.,]\d+)*", toks.norms[k]):
            return None  # another count between
    return None


def _exposure(toks: _Tokens, i: int, k: int, lex: _Lexicon) -> str | None:
    """ "تعرض (7) سبعة من رجال الدورية للإصابة": a form of تعرض among the three words before the number (token
    i) and an exposure word among the five from its noun's end (token k), in the same sentence."""
    if not any(lex.exposure_verbs & set(_stems(toks.norms[q])) for q in range(max(0, i - 3), i)):
        return None
    for q in range(k, min(len(toks.norms), k + 5)):
        if toks.stop(q):
            return None
        unit = lex.exposure_units.get(toks.norms[q])
        if unit is not None:
            return unit
    return None


def _both_after(toks: _Tokens, k: int, lex: _Lexicon) -> bool:
    """ "(ما) بين قتيل وجريح" starting at token k, or after "من" and one word there (12 عنصرًا من الشرطة بين قتيل
    ومصاب): the figure counts the dead and the wounded together."""
    norms = toks.norms
    if k + 1 < len(norms) and norms[k] == "من" and not toks.stop(k + 1):
        k += 2
    if k < len(norms) and norms[k] == "ما":
        k += 1
    return k + 2 < len(norms) and norms[k] == "بين" and f"{norms[k + 1]} {norms[k + 2]}" in lex.both_after


def _read(text: str, m: NumberMatch, toks: _Tokens, lex: _Lexicon) -> _Reading:
    """Steps 2 and 3 for one number (coordination with the figure before is the caller's)."""
    reading = _counted_noun(text, m, toks, lex)
    if reading.strong:
        return reading
    i = toks.index(m.start)
    k = toks.index(reading.end)
    if _both_after(toks, k, lex):
        reading.unit = "people"  # "سقوط 25 شخصًا بين قتيل وجريح": not 25 dead
        return reading
    persons = reading.unit in _WEAK_UNITS
    unit = _verb_after(toks, k, lex, _NEAR_AFTER) or _toll(toks, i, lex) or _cue_before(toks, i, lex, persons=persons)
    unit = unit or _verb_after(toks, k, lex, _FAR_AFTER) or _exposure(toks, i, k, lex)
    if unit is None and persons:
        unit = _far_cue(toks, i, lex)
    if unit is not None:
        reading.unit = unit
    return reading


#: "In addition to" right before a number: it is coordinated with the figure before, as after و.
_PLUS = re.compile(r"(?<![\u0621-\u064A])(?:ب?ال)?[إا]ضافة\s+(?:إلى|الى)\s*$")


def _coordinated(text: str, m: NumberMatch, toks: _Tokens, last: tuple[int, str] | None) -> str | None:
    """The unit of the figure before when this number is joined to it by و in the same sentence."""
    if last is None:
        return None
    i = toks.index(m.number_start)
    before = text[max(0, m.number_start - 2) : m.number_start].rstrip("ـ ")
    plus = _PLUS.search(text, max(0, m.number_start - 20), m.number_start) is not None  # إضافة إلى ثلاثة
    if not (before.endswith("و") or (i > 0 and toks.norms[i - 1] == "و") or plus):
        return None
    k_last, unit = last
    if i - k_last > _COORD_WINDOW or any(toks.stop(k) for k in range(k_last, i)):
        return None
    return unit


#: Quotation marks a cue may be written between (نتج عنه «استشهاد» أحد أفرادها: the Saudi interior ministry's and
#: the coalition's statements quote the word of martyrdom; round 27, ft5).
_QUOTES = ' \u00a0«»"“”'


def _adjacent(toks: _Tokens, k: int) -> bool:
    """Tokens k and k + 1 are two words of one phrase (only spaces, or quotation marks, between them)."""
    return k + 1 < len(toks.norms) and not toks.view.text[toks.ends[k] : toks.starts[k + 1]].strip(_QUOTES)


def _singulars(toks: _Tokens, taken: list[tuple[int, int]], lex: _Lexicon) -> list[Quantity]:
    """Step 4: one person with no numeral (قُتل شاب، مقتل شرطي، أن شخصًا قُتل، خلف قتيلًا)."""
    out: list[Quantity] = []
    norms = toks.norms
    nouns = lex.singular_nouns
    definite = lex.singular_definite
    hits: set[int] = set()
    duals: set[int] = set()
    # one pass in C picks the words that any test below may hold for (most words: none)
    for n in compress(range(len(norms)), map(_word_sets(lex).singular_any.__contains__, norms)):
        w = norms[n]
        if w in nouns or w in definite:
            hits.update((n - 1, n))
        if w in lex.unit_nouns or w in lex.possessed:
            hits.add(n - 1)
        # "إصابة مقيمين أحدهما …": a dual told by the pronoun after it (مقيمين alone may be a plural)
        if w.endswith("ين") and w[:-2] in nouns and w not in nouns:
            duals.add(n)
            hits.add(n - 1)
        # a cue, one or two time words, then the noun: "استشهد فجر اليوم الشاب"
        if w in lex.time_words and n > 0 and norms[n - 1] in lex.singular_cues:
            hits.add(n)
    for k in sorted(k for k in hits if 0 <= k < len(norms) - 1):
        word, nxt = norms[k], norms[k + 1]
        first, last = k, k + 1
        if word in lex.singular_cues and (nxt in lex.singular_nouns or nxt in definite or nxt in lex.possessed):
            unit, skip = lex.singular_cues[word]  # "بمقتل شخص": the span starts at the cue, after its proclitics
            if nxt in lex.possessed and word[skip:] in _NATURAL_DEATH:
                continue  # "تعزية في وفاة والده": a condolence, not a casualty
        elif word in lex.time_words and k > 0 and norms[k - 1] in lex.singular_cues:
            j = k + 1 if nxt not in lex.time_words else k + 2
            if j >= len(norms) or not (norms[j] in nouns or norms[j] in definite) or norms[j] in lex.singular_cue_only:
                continue
            if not all(_adjacent(toks, i) for i in range(k - 1, j)):
                continue
            unit, skip = lex.singular_cues[norms[k - 1]]
            first, last = j, j  # the span is the noun ("الشاب"): the cue stands apart from it
        elif (
            word in lex.singular_cues
            and k + 1 in duals
            and any(w in _DUAL_PRONOUNS for w in norms[k + 2 : k + 2 + _DUAL_REACH])
            and _adjacent(toks, k)
        ):
            unit, skip = lex.singular_cues[word]
            s = toks.source(k)[0] + skip
            e = toks.source(k + 1)[1]
            if not any(s < b and a < e for a, b in taken):
                out.append(Quantity(id="", start=s, end=e, value=2.0, min=2.0, max=2.0, approx="exact", unit=unit))
                taken.append((s, e))
            continue
        elif word in lex.unit_noun_cues and nxt in lex.unit_nouns:
            unit, skip = lex.unit_nouns[nxt], 0  # "هجوم خلف قتيلًا": one killed
        elif (
            k > 0
            and (nxt in lex.singular_nouns or nxt in definite)
            and (phrase := lex.singular_phrases.get(f"{norms[k - 1]} {word}")) is not None
            and _adjacent(toks, k - 1)
        ):
            unit, skip = phrase  # "إلقاء القبض على عنصر": a two-word cue
            first = k - 1
        elif word in lex.singular_nouns and word not in lex.singular_cue_only and nxt in lex.singular_after:
            unit, skip = lex.singular_after[nxt], 0
        elif (
            word in lex.singular_nouns
            and word not in lex.singular_cue_only
            and k + 2 < len(norms)
            and f"{nxt} {norms[k + 2]}" in lex.singular_after_phrases
            and _adjacent(toks, k + 1)
        ):
            unit, skip = lex.singular_after_phrases[f"{nxt} {norms[k + 2]}"], 0  # "أن شخصًا لقي مصرعه"
            last = k + 2
        elif (
            word in lex.singular_nouns
            and word not in lex.singular_cue_only
            and k + 2 < len(norms)
            and _NISBA_ACC.fullmatch(nxt)
            and norms[k + 2] in lex.singular_after
            and _adjacent(toks, k + 1)
        ):
            unit, skip = lex.singular_after[norms[k + 2]], 0  # "أن جنديًا تركيًا قُتل": a nisba between them
            last = k + 2
        else:
            continue
        if first == k and not _adjacent(toks, k):
            continue
        s = toks.source(first)[0] + skip
        e = toks.source(last)[1]
        source = toks.view.source
        if any(s < b and a < e + 3 and source[e:a].strip() != "و" for a, b in taken):
            continue  # the noun is counted by a number already, or one follows it (مقتل شخص واحد; not وثلاثة)
        out.append(Quantity(id="", start=s, end=e, value=1.0, min=1.0, max=1.0, approx="exact", unit=unit))
        taken.append((s, e))
    return out


def _code_set(name: str) -> frozenset[str]:
    """A word set of ``code_sets`` in ``quantities.yaml`` (written normalized there; read as written)."""
    try:
        return frozenset(str(w) for w in load_yaml("ar/quantities.yaml")["code_sets"][name])
    except (KeyError, TypeError) as exc:
        raise ResourceError(f"resource 'ar/quantities.yaml' lacks code_sets.{name} ({exc!r}); reinstall rasd") from exc


#: Cues of a death that may be natural, not read before a relative with a pronoun (وفاة والده), normalized.
_NATURAL_DEATH = _code_set("natural_death")
#: Pronouns of two persons that tell a dual from a plural written alike (مقيمين أحدهما), normalized, and how many
#: words after the noun they may stand.
_DUAL_PRONOUNS = _code_set("dual_pronouns")
_DUAL_REACH = 8
#: Words before a figure that make it a breakdown of another one ("هم 4 أشقاء وطفلة"), normalized.
_BREAKDOWN = _code_set("breakdown")
#: "With the ranks of" (برتب عميد وعقيد): what follows names the kinds of the figure before, normalized.
_RANKS = _code_set("ranks")
#: How many words may stand between a casualty figure and one more person joined to it by و ("مقتل أربعة من مشاة
#: البحرية وضابط": the figure's noun phrase).
_JOINED_GAP = 4


def _joined_singulars(
    toks: _Tokens, figures: list[Quantity], taken: list[tuple[int, int]], lex: _Lexicon
) -> list[Quantity]:
    """Step 4b: one more person joined by و to a casualty figure before it: "مقتل أربعة من مشاة البحرية وضابط" is
    4 + 1 killed (an indefinite singular noun; "وضابط الشرطة" with the article is someone else). A list of persons
    after one or two ("مقتل ضابط ومجند"، "قتل ضابطا شرطة ومجند ومسلح": 1 + 1, 2 + 1 + 1) goes on item by item; a
    named victim is followed by another one told by his kind with the article ("استشهاد الشاب فلان والطفل فلان":
    1 + 1). What follows a breakdown word (بينهم طفل وامرأة) is part of the figure before, never one more."""
    out: list[Quantity] = []
    norms = toks.norms
    casualties = sorted((q for q in figures if q.unit in _CASUALTY_UNITS), key=lambda q: q.end)
    if not casualties:
        return out
    ends = [q.end for q in casualties]
    joined = _word_sets(lex).joined_nouns
    chain: dict[int, Quantity] = {}  # token of a person counted here -> the figure of one or two it hangs on
    for n in compress(range(len(norms)), map(joined.__contains__, norms)):
        w = norms[n]
        definite = w.startswith("وال") and w[1:] in lex.singular_definite
        kin = w[1:] in lex.possessed  # "مقتل امرأة وطفلها"، "قتل ضابط وزوجته": one more, told by the pronoun
        if not (definite or kin) and (w[1:] not in lex.singular_nouns or w[1:] in lex.singular_cue_only):
            continue
        if not (definite or kin) and n + 1 < len(norms) and norms[n + 1].startswith("ال") and _adjacent(toks, n):
            continue  # "وضابط الشرطة": in construct with a definite noun, a definite person
        s, e = toks.source(n)
        if n > 0 and norms[n - 1].startswith("و"):
            base = chain.get(n - 1)
            if base is None or definite:
                continue  # the third item of a list of kinds ("25 طبيبًا وفنيًا ومديرًا مناوبًا"): not one more person
            q = base  # "ضابطا شرطة ومجند ومسلح": one more person of a list of one or two
        else:
            i = bisect.bisect_right(ends, s) - 1
            if i < 0:
                continue
            q = casualties[i]
            before = toks.index(q.start) - 1
            if before >= 0 and norms[before] in _BREAKDOWN:
                continue  # "استشهد 5 أطفال هم 4 أشقاء وطفلة": a breakdown of a figure already counted
            k0 = toks.index(q.end)  # the first token after the figure
            if any(toks.stop(j) or norms[j] in _BREAKDOWN or norms[j] in _RANKS for j in range(k0, n)):
                continue  # "قتل ثلاثة أشخاص بينهم طفل وامرأة": the woman is one of the three
            if not definite and k0 < n and _lookup(norms[n - 1], lex.singular_nouns) is not None:
                continue  # "4 ضباط برتب عميد وعقيد": the second of a list of kinds, not one more person
            if definite and not _named_before(toks, q, k0, n, lex):
                continue
            if not definite and n - k0 > _JOINED_GAP:
                continue
        s += 1  # the span leaves the conjunction out
        if any(s < b and a < e for a, b in taken):
            continue
        out.append(Quantity(id="", start=s, end=e, value=1.0, min=1.0, max=1.0, approx="exact", unit=q.unit))
        taken.append((s, e))
        if (q.value or 0) <= 2:
            chain[n] = q
    return out


#: How many words a victim's name may have (الشاب محمد أحمد عبد الله).
_NAME_WORDS = 4
#: Words that end a name: prepositions and particles, normalized (not علي: على folds into the name Ali).
_NOT_NAME = PHRASE_ENDS


def _named_before(toks: _Tokens, q: Quantity, k0: int, n: int, lex: _Lexicon) -> bool:
    """Whether figure ``q`` is one person told by a definite noun (استشهاد الشاب) and the words from token ``k0``
    to ``n`` are his name only (one to four words, no preposition, no cue of another figure)."""
    if q.value != 1 or not 1 <= n - k0 <= _NAME_WORDS:
        return False
    last = toks.index(q.end) - 1
    if last < 0 or toks.norms[last] not in lex.singular_definite:
        return False
    for j in range(k0, n):
        w = toks.norms[j]
        if toks.stop(j) or w in _NOT_NAME or w in lex.singular_definite or _lookup(w, lex.cues) is not None:
            return False
        if w.startswith("و") and not w.startswith("ول"):
            return False  # another item of a list, not a part of the name
    return True


def _shares(toks: _Tokens, taken: list[tuple[int, int]], lex: _Lexicon) -> list[Quantity]:
    """Step 5: a share of a population in a sentence that speaks of displacement."""
    out: list[Quantity] = []
    norms = toks.norms
    for n in list(compress(range(len(norms)), map(lex.share_nouns.__contains__, norms))):
        k = n - 1
        if k < 0 or norms[k] not in lex.share_fractions or not _adjacent(toks, k):
            continue
        last = k + 2 if _adjacent(toks, k + 1) and norms[k + 2].startswith("ال") else k + 1
        left = k
        while left > 0 and not toks.stop(left - 1):
            left -= 1
        right = last
        while right + 1 < len(norms) and not toks.stop(right + 1):
            right += 1
        sentence = norms[left : right + 1]
        if not any(_lookup(w, lex.cues) == "displaced" or lex.after.get(w) == "displaced" for w in sentence):
            continue
        s = toks.source(k)[0] + lex.share_fractions[norms[k]]  # "وثلث سكان": the share starts after و
        e = toks.source(last)[1]
        if any(a < e and s < b for a, b in taken):
            continue
        out.append(Quantity(id="", start=s, end=e, value=None, approx="vague", unit="displaced"))
        taken.append((s, e))
    return out


def _is_year(text: str, m: NumberMatch, reading: _Reading, unit: str, toks: _Tokens) -> bool:
    """A bare year (1900-2099 in digits, no counted noun) that counts nothing, or stands after في/منذ/حتى."""
    if m.kind != "digits" or m.approx != Approx.EXACT or reading.end > m.end:
        return False
    if not _YEAR.fullmatch(text[m.start : m.end]):
        return False
    i = toks.index(m.start)
    return unit == "other" or (i > 0 and toks.norms[i - 1] in _lexicon().year_before)


def find_quantities(text: str) -> list[Quantity]:
    """Every number of ``text`` as a :class:`Quantity` with its unit (ids ``Q1``, ``Q2``, … in text order)."""
    view = cached_view(text)
    lex = _lexicon()
    toks = _Tokens(view)
    out: list[Quantity] = []
    last: tuple[int, str] | None = None  # token index and unit of the last casualty figure
    for m in find_numbers(text, view=view):
        reading = _read(text, m, toks, lex)
        unit = reading.unit
        if not reading.strong and unit in _WEAK_UNITS | {"other"}:
            unit = _coordinated(text, m, toks, last) or unit
        if _is_year(text, m, reading, unit, toks):
            continue  # "في 2011": a year, not a count
        if unit in _CASUALTY_UNITS:
            last = (toks.index(m.number_start), unit)
        out.append(
            Quantity(
                id="",
                start=reading.start,
                end=max(m.end, reading.end),
                value=m.value,
                min=m.min,
                max=m.max,
                approx=str(m.approx),
                unit=unit,
            )
        )
    taken = [(q.start, q.end) for q in out]
    out += _joined_singulars(toks, list(out), taken, lex)
    singulars = _singulars(toks, taken, lex)
    out += singulars + _joined_singulars(toks, singulars, taken, lex)  # "مقتل ضابط ومجند": 1 + 1
    out += _shares(toks, taken, lex)
    out.sort(key=lambda q: (q.start, q.end))
    for n, q in enumerate(out, 1):
        q.id = f"Q{n}"
    return out


def _inside(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of the spans whose sorted starts are ``starts`` and whose ends' running
    maximum is ``reach``."""
    k = bisect.bisect_right(starts, start)
    return k > 0 and reach[k - 1] >= end


@stage("quantities", requires=("text",), provides=("quantities",), order=45)
def quantify(doc: Document, settings: Settings) -> None:
    """Fill ``doc.quantities``."""
    quantities = find_quantities(doc.text)
    if doc.timexes:
        # (round 37, sp2) a quantity inside a timex: among the timexes that start at or before it, the furthest end
        # reaches its end (the spans by start and the running maximum of their ends), not a test of every timex
        spans = sorted((x.start, x.end) for x in doc.timexes)
        starts = [a for a, _ in spans]
        reach = list(accumulate((b for _, b in spans), max))
        quantities = [q for q in quantities if not _inside(starts, reach, q.start, q.end)]
        for i, q in enumerate(quantities, 1):
            q.id = f"Q{i}"
    doc.quantities = quantities
