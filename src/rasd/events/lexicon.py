"""The event lexicon (``resources/ar/events.yaml``): classes with their codes, triggers, weapon words and cues.

Triggers are matched with the clitic-aware :class:`~rasd.text.matcher.LexiconMatcher`. A verb is listed once as a
``[past, present]`` pair and every person, number and tense rasd needs is generated from it
(:func:`conjugate`): قصف → قصفت، قصفوا، قصفا …; يقصف → تقصف، يقصفون، نقصف …, the future with س (ستقصف), and the
object suffixes ه، ها، هم (استهدفها). Only the first word of a multi-word verb is conjugated (أطلقوا النار).

All cue lists (weapon words, victims, status cues, registers that are not events) go into one matcher whose
payload names the list, so a document is scanned once for all of them (:func:`cue_matcher`).
Word lists that rules look up word by word after or before a trigger (animals, things stopped or "snatched",
festival words) are ``word_sets`` of the resource, normalized when loaded (:func:`word_set`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from rasd.errors import ResourceError
from rasd.resources import load_yaml
from rasd.text.matcher import LexiconMatcher, Match
from rasd.text.normalize import NormalizedView, normalize
from rasd.text.readings import DOCUMENT_READINGS, EVENTS

_RESOURCE = "ar/events.yaml"

#: ACLED's 6 event types and 25 sub-event types (REFERENCE-acled-plover-cameo.md section 3.2).
ACLED_SUB_TYPES: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}

#: Cue lists of the resource, by the name their matches carry.
CUE_LISTS = (
    "victims",
    "armed_targets",
    "protest_intervention",
    "protest_excessive",
    "riot_cues",
    "aggregate_cues",
    "ongoing_cues",
    "evaluation_cues",
    "protesters",
    "perpetrators",
    "mob",
    "captors",
)


#: Cue lists of people, matched with their accusative and possessive forms too (:func:`noun_forms`).
_INFLECTED_CUES = frozenset({"victims", "armed_targets", "protesters", "perpetrators", "mob", "captors"})


@dataclass(frozen=True, slots=True)
class EventClass:
    """What a trigger reports and its default codes."""

    name: str
    acled_type: str | None
    acled_sub_type: str | None
    plover_type: str
    plover_mode: str | None
    cameo: str
    refine: bool = False
    weak: bool = False
    subordinate: bool = False


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One trigger surface form: its class, tense and the context it needs."""

    cls: str
    tense: str  # noun | past | present | future
    weak: bool
    subordinate: bool
    needs: int | None  # index of the needs list in :attr:`EventLexicon.needs`, None when unconditional
    #: (round 15) a verbal noun that tells one happening only with its object: written with the article and no
    #: object after it (التحرير), it is the idea or a name, not a taking (:class:`TriggerMatcher`)
    needs_object: bool = False
    #: (round 32, sd1) a second list the clause must meet as well (index in the same numbering, after every
    #: ``needs``): a handover is told with what is handed over and with whom it is handed to (سلما … إلى الحكومة)
    needs_also: int | None = None


#: A word beginning with the object's ل (لمدينة، للمدينة، لعدن); ``word_sets.not_lam_objects`` lists those that bring
#: none (لكن، لم، لدى).
_LAM_OBJECT = re.compile(r"ل[\u0621-\u064A]{2,}")
_WORDS_AFTER = re.compile(r"[\s،,]*([^\s،,.:؛!؟()«»\"]+)")


def _object_after(text: str, end: int) -> bool:
    """Whether one of the two words after ``end`` is an object brought by ل (التحرير الكامل لمدينة عدن)."""
    p = end
    for _ in range(2):
        m = _WORDS_AFTER.match(text, p)
        if m is None:
            return False
        word = normalize(m.group(1))
        if _LAM_OBJECT.fullmatch(word) and word not in word_set("not_lam_objects"):
            return True
        p = m.end()
    return False


def bare_definite(text: str, m: Match[TriggerEntry]) -> bool:
    """Round 15 (helper fp4): whether a match is a verbal noun that needs its object, written with the article and
    with no object after it: "من أجل التحرير"، "معركة التحرير"، "مخيمات طلائع التحرير"، "حي التحرير الأسفل" name the
    idea of liberation, a campaign's slogan or a place, never one place taken (that is "تحرير عدن"، "تحريرها"، or
    "التحرير الكامل لمدينة عدن", whose object follows with ل)."""
    if not m.value.needs_object:
        return False
    # with the article it is the noun whatever the form also spells (الاستعادة is read as استعاده, "he regained it")
    definite = m.prefix.endswith(("ال", "لل")) or m.key.startswith("ال")
    return definite and not _object_after(text, m.end)


class TriggerMatcher(LexiconMatcher[TriggerEntry]):
    """The trigger matcher: a :class:`LexiconMatcher` that leaves out the verbal nouns written as the bare idea
    (:func:`bare_definite`)."""

    def find_all(self, text: str | NormalizedView, *, overlapping: bool = False) -> list[Match[TriggerEntry]]:
        found = super().find_all(text, overlapping=overlapping)
        source = text.source if isinstance(text, NormalizedView) else text
        return [m for m in found if not bare_definite(source, m)]


@dataclass(frozen=True, slots=True)
class EventLexicon:
    """The loaded event resource."""

    classes: dict[str, EventClass]
    triggers: TriggerMatcher
    means: tuple[str, ...]  # means families, in priority order
    unnamed_air: dict[str, list[dict[str, Any]]]


def _present_stem(present: str) -> str:
    if present[:1] not in "يت":
        raise ResourceError(f"{_RESOURCE}: present form {present!r} must start with ي (3rd person masculine)")
    return present[1:]


def conjugate(past: str, present: str) -> dict[str, str]:
    """The surface forms of a verb given as ``[past, present]``, each with its tense.

    Example:
        >>> sorted(conjugate("قصف", "يقصف").items())[:3]
        [('أقصف', 'present'), ('تقصف', 'present'), ('تقصفان', 'present')]
    """
    head, _, rest = past.partition(" ")
    phead, _, prest = present.partition(" ")
    tail = f" {rest}" if rest else ""
    ptail = f" {prest}" if prest else ""
    forms: dict[str, str] = {}
    if head.endswith("ى") and len(head) > 2:
        # a verb with a weak last letter (اعتدى، ألقى، استولى): اعتدت، اعتدوا، اعتديا، اعتداه … يعتدون، يعتدوا
        return _conjugate_defective(head[:-1], _present_stem(phead), tail, ptail)
    for suffix in ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم"):
        forms[head + suffix + tail] = "past"
    if not tail:
        for suffix in ("ه", "ها", "هم", "ته", "تها", "تهم", "وه", "وها", "وهم"):
            forms[head + suffix] = "past"
    stem = _present_stem(phead)
    for person in ("ي", "ت", "ن", "أ"):
        forms.setdefault(person + stem + ptail, "present")
    for suffix in ("ون", "ان", "ن", "وا", "ي"):
        for person in ("ي", "ت"):
            forms.setdefault(person + stem + suffix + ptail, "present")
    if not ptail:
        for suffix in ("ه", "ها", "هم", "ونه", "ونها", "ونهم"):
            for person in ("ي", "ت"):
                forms.setdefault(person + stem + suffix, "present")
    for person in ("ي", "ت", "ن"):
        forms["س" + person + stem + ptail] = "future"
        for suffix in ("ون", "ان"):
            forms["س" + person + stem + suffix + ptail] = "future"
    return forms


def _conjugate_defective(base: str, stem: str, tail: str, ptail: str) -> dict[str, str]:
    """The forms of a verb whose past ends in ى (``base`` without it) and whose present stem ends in ي."""
    forms: dict[str, str] = {}
    for form in ("ى", "ت", "وا", "يا", "تا", "ين", "ينا", "يتم", "يت"):
        forms[base + form + tail] = "past"
    if not tail:
        for form in ("اه", "اها", "اهم", "ته", "تها", "تهم", "وه", "وها", "وهم"):
            forms[base + form] = "past"
    short = stem[:-1] if stem.endswith("ي") else stem
    for person in ("ي", "ت", "ن", "أ"):
        forms.setdefault(person + stem + ptail, "present")
    for person in ("ي", "ت"):
        for form in (short + "ون", stem + "ان", stem + "ن", short + "وا"):
            forms.setdefault(person + form + ptail, "present")
        if not ptail:
            for form in (stem + "ه", stem + "ها", stem + "هم", short + "ونه", short + "ونها", short + "ونهم"):
                forms.setdefault(person + form, "present")
    for person in ("ي", "ت", "ن"):
        for form in (stem, short + "ون", stem + "ان"):
            forms["س" + person + form + ptail] = "future"
    return forms


def noun_forms(noun: str) -> list[str]:
    """A one-word noun with its accusative and possessive forms: اعتصام → اعتصاما، اعتصامهم؛ مظاهرة → مظاهرتهم.

    Phrases and plurals in ات are kept as written (their case endings do not change the letters).
    """
    if " " in noun or noun.endswith(("ات", "ا", "ى", "ي", "و", "ء")) or len(noun) < 3:
        return [noun]
    stem = noun[:-1] + "ت" if noun.endswith("ة") else noun
    out = [noun] + [stem + suffix for suffix in ("ه", "ها", "هم")]
    if not noun.endswith("ة"):
        out.append(noun + "ا")
    return out


def plural_possessives(noun: str) -> list[str]:
    """A one-word plural in ات with its possessive suffixes (غارات → غاراته، غاراتها، غاراتهم: "شن طيران التحالف
    غاراته على …" is its own strikes); none for other nouns (:func:`noun_forms` gives theirs)."""
    if " " not in noun and noun.endswith("ات") and len(noun) >= 5:
        return [noun + suffix for suffix in ("ه", "ها", "هم")]
    return []


def _words(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise ResourceError(f"{_RESOURCE}: {where} must be a list of strings")
    return list(value)


@functools.cache
def word_set(name: str) -> frozenset[str]:
    """The normalized words of the list ``word_sets.<name>`` of the resource (read by the coding rules word by word)."""
    sets = load_yaml(_RESOURCE).get("word_sets") or {}
    if name not in sets:
        raise ResourceError(f"{_RESOURCE}: word_sets has no list {name!r}")
    return frozenset(normalize(w) for w in _words(sets[name], f"word_sets.{name}"))


#: (round 27) The word readings of the two matchers that run over every document of the events stage, the cue lists'
#: (:func:`cue_matcher`) and the triggers': one table, one look-up per word for both (see ``SharedReadings``).
#: (round 33, sp13) The table is the one the place matcher reads in the geo stage (``rasd.text.readings``): the events
#: stage takes its rows of the document and reads its own columns (group ``events``) of the words that lack them.
_READINGS = DOCUMENT_READINGS


@functools.cache
def event_lexicon() -> EventLexicon:
    """Load and compile the event resource (once per process)."""
    data = load_yaml(_RESOURCE)
    classes: dict[str, EventClass] = {}
    for name, spec in data["classes"].items():
        acled = spec.get("acled")
        if acled is not None and (len(acled) != 2 or ACLED_SUB_TYPES.get(acled[1]) != acled[0]):
            raise ResourceError(f"{_RESOURCE}: class {name!r} has an unknown ACLED type/sub-type {acled!r}")
        plover = spec["plover"]
        classes[name] = EventClass(
            name=name,
            acled_type=acled[0] if acled else None,
            acled_sub_type=acled[1] if acled else None,
            plover_type=str(plover[0]),
            plover_mode=plover[1],
            cameo=str(spec["cameo"]),
            refine=bool(spec.get("refine", False)),
            weak=bool(spec.get("weak", False)),
            subordinate=bool(spec.get("subordinate", False)),
        )
    entries: list[tuple[str, TriggerEntry]] = []
    n_needs = 0  # the needs lists are matched by :func:`cue_matcher` as ``need:<index>``
    n_also = sum(1 for t in data["triggers"] if t.get("needs"))  # the needs_also lists are numbered after them
    for i, spec in enumerate(data["triggers"]):
        cls = spec["class"]
        if cls not in classes:
            raise ResourceError(f"{_RESOURCE}: trigger {i} names unknown class {cls!r}")
        need_index = None
        if spec.get("needs"):
            need_index = n_needs
            n_needs += 1
        also_index = None
        if spec.get("needs_also"):
            if need_index is None:
                raise ResourceError(f"{_RESOURCE}: trigger {i} has needs_also without needs")
            also_index = n_also
            n_also += 1
        weak = bool(spec.get("weak", classes[cls].weak))
        sub = bool(spec.get("subordinate", classes[cls].subordinate))
        forms: dict[str, str] = {}
        possessive: set[str] = set()  # "واصلت الطائرات غاراتها": more often a campaign than one strike, so weak
        for w in _words(spec.get("forms", []), f"trigger {i} forms"):
            for form in noun_forms(w):
                forms.setdefault(form, "noun")
            for form in plural_possessives(w):
                if form not in forms:
                    forms[form] = "noun"
                    possessive.add(form)
        for pair in spec.get("verbs", []):
            for form, tense in conjugate(str(pair[0]), str(pair[1])).items():
                forms.setdefault(form, tense)
        for form in _words(spec.get("exclude", []), f"trigger {i} exclude"):
            forms.pop(form, None)
        objects = bool(spec.get("needs_object", False))
        for form, tense in forms.items():
            entry = TriggerEntry(cls, tense, weak or form in possessive, sub, need_index, objects, also_index)
            entries.append((form, entry))
    means = tuple(data["means"])
    for family in means:
        if family not in classes and family != "firearms":
            raise ResourceError(f"{_RESOURCE}: means family {family!r} is not a class")
    return EventLexicon(
        classes=classes,
        triggers=TriggerMatcher(entries, keep_whole=("بين", "لدى", "وحدة", "ولاية"), shared=_READINGS, group=EVENTS),
        means=means,
        unnamed_air=dict(data.get("unnamed_air") or {}),
    )


@functools.cache
def cue_matcher() -> LexiconMatcher[str]:
    """One matcher over every cue list; a match's value is ``list name`` or ``group:name`` for nested groups.

    The triggers' ``needs`` words are in it too, as ``need:<index>``, so a document is scanned for cues once.
    """
    data = load_yaml(_RESOURCE)
    entries: list[tuple[str, str]] = []
    total = 0  # (round 38, sp4) a needs list's index: the triggers with one before it, counted as they come
    for i, spec in enumerate(data["triggers"]):
        need = spec.get("needs")
        if need:
            entries.extend((w, f"need:{total}") for w in _words(need, f"trigger {i} needs"))
            total += 1
    also_specs = [(i, t["needs_also"]) for i, t in enumerate(data["triggers"]) if t.get("needs_also")]
    for k, (i, words) in enumerate(also_specs):
        entries.extend((w, f"need:{total + k}") for w in _words(words, f"trigger {i} needs_also"))
    for family, words in data["means"].items():
        entries.extend((w, f"means:{family}") for w in _words(words, f"means.{family}"))
    for name in CUE_LISTS:
        words = _words(data[name], name)
        if name in _INFLECTED_CUES:  # عمال → عمالا، عمالهم: the people named in any case
            words = [form for w in words for form in noun_forms(w)]
        entries.extend((w, name) for w in words)
    for name, words in data["status"].items():
        entries.extend((w, f"status:{name}") for w in _words(words, f"status.{name}"))
    for name, words in data["not_events"].items():
        entries.extend((w, f"not:{name}") for w in _words(words, f"not_events.{name}"))
    return LexiconMatcher(entries, keep_whole=("بين", "لدى", "وحدة"), shared=_READINGS, group=EVENTS)
