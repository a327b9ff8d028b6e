"""Places of events that the gazetteer cannot name, read by the events stage (:mod:`rasd.stages.events`): a place told
by its kind as a capture's object (على قرية جديدة), a kind word and a name after it (في ولاية يوبي), a place the
sentence refers back to (في المنطقة نفسها), the places of a list after a trigger (منطقة البساتين ومزارع جعولة), and
the object of a trigger past a comma."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable

from rasd.document import Entity
from rasd.events.context import Context
from rasd.events.gates import gated
from rasd.events.model import Candidate
from rasd.events.place_filters import clause_places, is_country
from rasd.geo.focus import adjective_country, focus_country, world_adjective_country
from rasd.geo.gazetteer import Place, load_gazetteer
from rasd.geo.recognize.words import (
    EXTRA_ITEM_KINDS,
    QUOTED_NAME_KINDS_ALT,
    SITE_KINDS_ALT,
    SITE_NOT_NAMES,
    SITE_REFERENCE_WORDS,
    SITE_SURROUNDINGS_WORDS,
)
from rasd.geo.resolve import geo_of
from rasd.resources.cues import EVENT_ARG_CUES, CueFile
from rasd.resources.cues import merge_cue_alt as cue_alt
from rasd.resources.cues import merge_normalized_cues as normalized_cues
from rasd.text.normalize import normalize, normalize_word

#: A place told by its kind, not its name, as the object of a capture (على قرية جديدة، مديرية كاملة، تلة استراتيجية;
#: lists.capture_place_kinds): right after على, or (a regaining verb's direct object) after at most three words of
#: subject.
_KIND = r"(?:ال)?(?:" + cue_alt("capture_place_kinds") + r")(?![\u0621-\u064A])"
_PLACE_NOUN = re.compile(
    r"^\s*(?:\S+\s+){0,3}?(?:على|علي)\s+(?:(?:" + cue_alt("place_quantifiers") + r")\s+)?" + _KIND
)  # "حيث سيطرت على عدة مناطق": several places told by their kind (lists.place_quantifiers)
_PLACE_OBJECT = re.compile(r"^\s*(?:\S+\s+){0,3}?" + _KIND)
_PLACE_DIRECT = re.compile(r"^\s*" + _KIND)


#: Round 13 (helper ev6): a place the sentence refers back to (في المنطقة نفسها، في ذات المكان; lists.same_place_kinds,
#: with ال after نفس and ذات, and lists.same_words).
_SAME_PLACE = gated(
    re.compile(
        r"(?<![\u0621-\u064A])(?:[وف]?[بل]?(?:ال)?(?:"
        + cue_alt("same_place_kinds")
        + r"))\s+(?:"
        + cue_alt("same_words")
        + r")"
        + r"|(?<![\u0621-\u064A])(?:في|ب)\s*(?:نفس|ذات)\s+(?:"
        + cue_alt("same_place_kinds", prefix="ال")
        + r")"
    )
)
#: Round 13 (helper ev6): a place told by its kind with a name after it (في ولاية يوبي، على منفذ الطوال، من إقليم كشمير،
#: بمحيط ميدان المحكمة; lists.named_place_kinds). The name is the first word after the kind word.
_KIND_NAME = gated(
    re.compile(
        r"(?<![\u0621-\u064A])[وف]?[بل]?(?:"
        + cue_alt("named_place_kinds")
        + r")"
        + r"\s+([\u0621-\u064A]{3,})(?![\u0621-\u064A])"
    )
)
#: Round 25 (helper geo10): a kind word and a name in parentheses or quotes (مديرية (جبل المداوم)، منطقة «الضباب»)،
#: or both inside them («مثلث العند»; place_cues.quoted_name_kinds): the name (with its kind inside quotes) is group 1.
_Q_OPEN, _Q_CLOSE = '[«"(“]', '[»")”]'
_QUOTED_KIND_NAME = re.compile(
    r"(?<![\u0621-\u064A])[وف]?[بل]?(?:"
    + QUOTED_NAME_KINDS_ALT
    + r")\s*"
    + _Q_OPEN
    + r"\s*([\u0621-\u064A]{2,}(?:\s+[\u0621-\u064A]+){0,3})\s*"
    + _Q_CLOSE
    + "|"
    + _Q_OPEN
    + r"\s*((?:"
    + QUOTED_NAME_KINDS_ALT
    + r")\s+[\u0621-\u064A]{2,}(?:\s+[\u0621-\u064A]+){0,2})\s*"
    + _Q_CLOSE
)
#: Words after a kind word that are no name (a direction, a relative, a preposition, a quantifier), normalized
#: (lists.no_name_after_kind).
_NO_NAME_AFTER_KIND = normalized_cues("no_name_after_kind")

#: Round 13 (helper ev6): the kind words of the places of a list after an event's trigger (منطقة البساتين ومزارع
#: جعولة وقرية الفلاحين، جبل يسوف وتلة الصنع; lists.item_kinds); a plural kind announces names joined by و (في مناطق
#: الحصيبة والملاحمة; lists.plural_item_kinds).
_ITEM_KINDS = normalized_cues("item_kinds") | EXTRA_ITEM_KINDS
#: Round 29 (helper mg18): kinds of a site named after its town (معسكر الصليف): an item only when the gazetteer knows
#: its name (lists.site_item_kinds).
_SITE_ITEM_KINDS = normalized_cues("site_item_kinds")
#: (Round 33, helper lp1) Kinds of a district or a quarter that join a later item to the list (في منطقة الملاحيط
#: ومديرية رازح ومديرية باقم): an item only when the gazetteer knows its name, as a site's (event_arg_cues
#: list_later_item_kinds).
_LATER_ITEM_KINDS = EVENT_ARG_CUES.normalized("list_later_item_kinds")
_PLURAL_KINDS = (
    normalized_cues("plural_item_kinds")
    | normalized_cues("dual_item_kinds")  # (round 29, cp1: duals)
    | EVENT_ARG_CUES.normalized("list_plural_kinds")  # (round 31, rc3: جبهتي، جبهات، مديريات)
)
#: (Round 31, helper rc3) The event types whose list of places a plural or dual kind may announce further on than the
#: trigger's next words (strikes, shelling, fighting, captures: the lead's ruling (a)); not a device made safe in
#: "مناطق الزهور والمطلة" (one row at the town, as the released files code it).
_LIST_FIGHTS = frozenset({"Battles", "Explosions/Remote violence"})
#: (Round 34, helper sl1) "بين" before a dual's kind: the two places are what something lies between (بين مدينتي
#: أجدابيا وطبرق), no list of scenes (event_arg_cues list_between_words).
_BETWEEN_WORDS = EVENT_ARG_CUES.normalized("list_between_words")
#: (Round 29, helper cp1) A part of the next item's place (وأجزاء من منطقة الرضمة; lists.item_partitives).
_PARTITIVE = normalized_cues("item_partitives")
#: Words that end a list item's name (a direction, a relative, a preposition, a setting; lists.item_stops).
_ITEM_STOP = normalized_cues("item_stops")
#: (Round 29, helper cp1) An additive phrase after a comma that joins the next place to the list as و does (سيطرت على
#: مدينة زنجبار، إضافة إلى مدينة شقرة), each phrase a tuple of normalized words (lists.item_additive_joiners).
_ADDITIVE = frozenset(tuple(p.split()) for p in normalized_cues("item_additive_joiners"))
_RAW_ADDITIVE = CueFile("ar/event_merge_cues.yaml").words("item_additive_joiners")
#: (Round 29, helper cp1) The head of an apposition after an item's name (مدينة زنجبار عاصمة أبين;
#: lists.item_apposition_heads).
_APPOSED = normalized_cues("item_apposition_heads")
_APPOSED_KINDS = normalized_cues("item_apposition_kinds")


#: A comma and an additive phrase (its first word) where a clause ends (، إضافة إلى، ، فضلا عن).
_ADDITIVE_NEXT = re.compile(
    r"\s*[،,]\s*(?:و?(?:بال)?)(?:"
    + "|".join(sorted({p.split()[0] for p in _RAW_ADDITIVE}, key=len, reverse=True))
    + r")\s"
)


def _additive(text: str, words: list[tuple[int, int]], norm: list[str], i: int) -> int:
    """(Round 29, helper cp1) How many words an additive phrase right after a comma at word ``i`` takes (0: none):
    "، إضافة إلى مدينة شقرة"، "، وبالإضافة إلى قرية"، "، فضلا عن بلدة"; و or بال before its first word."""
    gap = text[words[i - 1][1] : words[i][0]] if i > 0 else ""
    if "،" not in gap and "," not in gap:
        return 0
    for phrase in _ADDITIVE:
        n = len(phrase)
        got = norm[i : i + n]
        if len(got) < n or got[1:] != list(phrase[1:]):
            continue
        first = got[0]
        for pre in ("", "و", "بال", "وبال"):
            if first == pre + phrase[0]:
                return n if i + n < len(norm) else 0
    return 0


def _prepositional(word: str, kinds: frozenset[str]) -> bool:
    """(Round 29, helper cp1) A word that opens a prepositional phrase after an item's name, not its second word:
    ب and the article, a kind or a participle (سناح بمختلف أنواع الأسلحة، حدنان بجبل صبر، بالمدينة)."""
    if len(word) < 4 or word[0] != "ب":
        return False
    rest = word[1:]
    return rest.startswith("ال") or rest.startswith("م") or rest in kinds


def _apposition(ctx: Context, words: list[tuple[int, int]], norm: list[str], i: int) -> int:
    """(Round 29, helper cp1) How many words an apposition at word ``i`` takes (0: none): its head (عاصمة، مركز) and
    a known place after it, with محافظة between (عاصمة أبين، مركز محافظة الضالع)."""
    if i >= len(norm) or norm[i] not in _APPOSED:
        return 0
    j = i + 1
    if j < len(norm) and norm[j] in _APPOSED_KINDS:
        j += 1
    if j < len(norm) and any(
        p.start == words[j][0] and (p.geo or {}).get("admin1") and not (p.geo or {}).get("unresolved")
        for p in ctx.places_in(words[j][0], words[j][1])
    ):
        return j + 1 - i
    return 0


def _adjective(name: str) -> bool:
    """An indefinite nisba adjective after a kind word (منطقة عسكرية، قرية حدودية): no name. A definite one after an
    indefinite kind word is the construct of a name (منطقة الشعبانية، ولاية الجزيرة)."""
    return name.endswith(("ية", "يه")) and not name.startswith("ال")


def _kind_with_article(name: str) -> bool:
    """(Round 31, helper rc3) Whether an item the gazetteer lacks opens with a kind word and its article (المنطقة
    الوسطى، المدينة القديمة، الجبهة الشرقية): a region told by its kind and a describing word, not a named place."""
    first = normalize(name.split(" ")[0])
    first = first[1:] if first.startswith("و") else first
    return first.startswith("ال") and first[2:] in _ITEM_KINDS | _PLURAL_KINDS | _SITE_ITEM_KINDS | {"جبهه"}


def _known_word(ctx: Context, start: int, end: int) -> bool:
    """Whether a known place (not a country) covers exactly the word at ``[start, end)``."""
    return any(
        p.start == start and p.end == end and not (p.geo or {}).get("unresolved") and (p.geo or {}).get("admin1")
        for p in ctx.places_in(start, end)
    )


#: (Round 33, helper lp1) A second preposition phrase of the list (وفي مديريتي رازح وكتاف) and the phrases locating an
#: item that the list passes (شمال العاصمة صنعاء، بمحافظة صعدة): event_arg_cues list_phrase_joiners,
#: list_locator_directions, list_locator_kinds, list_locator_b_kinds.
_PHRASE_JOINERS = EVENT_ARG_CUES.normalized("list_phrase_joiners")
_LOCATOR_DIRECTIONS = EVENT_ARG_CUES.normalized("list_locator_directions")
_LOCATOR_KINDS = EVENT_ARG_CUES.normalized("list_locator_kinds")
_LOCATOR_B_KINDS = EVENT_ARG_CUES.normalized("list_locator_b_kinds")


def _locator(ctx: Context, words: list[tuple[int, int]], norm: list[str], i: int) -> int:
    """(Round 33, helper lp1) How many words a phrase locating the item before word ``i`` takes (0: none): a
    direction, at most one kind word or العاصمة, and a known place (شمال العاصمة صنعاء); or ب with a province's or
    district's kind and a known place (بمحافظة صعدة)."""
    if i >= len(norm):
        return 0
    j = i
    if norm[j] in _LOCATOR_DIRECTIONS:
        j += 1
        if j < len(norm) and norm[j] in _LOCATOR_KINDS:
            j += 1
    elif norm[j] in _LOCATOR_B_KINDS:
        j += 1
    else:
        return 0
    if j < len(norm) and (
        _known_item(ctx, words[j][0], words[j][1])
        or any(p.start == words[i][0] and p.end == words[j][1] for p in ctx.places_in(words[i][0], words[j][1]))
    ):
        return j + 1 - i  # (a known place may take in its direction: جنوب صنعاء)
    return 0


def _known_item(ctx: Context, start: int, stop: int) -> bool:
    """(Round 33, helper lp1) Whether a known place (a province's place of the gazetteer) starts the item at
    ``[start, stop)``."""
    return any(
        start <= p.start < stop and (p.geo or {}).get("admin1") and not (p.geo or {}).get("unresolved")
        for p in ctx.places_in(start, stop)
    )


def listed_items(ctx: Context, c: Candidate, groups: list[list[Entity]]) -> list[list[Entity]]:
    """Round 13 (helper ev6): the other places of a list the event's one place stands in, right after its trigger
    (سيطروا على منطقة البساتين ومزارع جعولة وقرية الفلاحين؛ غارات في مناطق الحصيبة والملاحمة والبوعلوان): each place
    of the list is one event (ACLED codes one row a place). An item the gazetteer lacks is an unlisted place of the
    known item's province (no point). Only a list joined by و (or a comma and و), each item after a kind word (or
    every name after a plural kind), that holds the place already read; else ``groups`` as they were."""
    if not groups or any(len(g) != 1 for g in groups) or c.cls.acled_type is None:
        return groups
    bases = [g[0] for g in groups]
    base = bases[0]
    text = ctx.doc.text
    end = min(c.clause[1], c.sentence[1])
    if _ADDITIVE_NEXT.match(text, end, c.sentence[1]):
        end = c.sentence[1]  # round 29 (cp1): "على مدينة زنجبار، إضافة إلى مدينة شقرة": the list runs past the comma
    # round 14b: the one place read may be the province its sentence named before the trigger (… قرب مدينة الحوطة
    # عاصمة لحج، كما سيطرت على جبل الزيتون ومثلث العند) when every item of the list is a place the gazetteer lacks
    before = len(bases) == 1 and c.sentence[0] <= base.start < c.start and not (base.geo or {}).get("unresolved")
    if (
        len(bases) == 1
        and end <= base.start < c.sentence[1]
        and not _BREAK.search(text, end, base.start)
        and ctx.previous_word(base.start) in _OBJECT_LIST_KINDS
    ):
        # round 36 (lp2): the object told past a comma, the one place read, after a district's or a province's kind
        # (وحررت قوات الجيش والمقاومة، في الطريق … إلى تعز، مديريتي كرش والمسيمير): its list runs on to the end of the
        # object's own clause; not areas or quarters of one town (منطقتي خور مكسر وكريتر بعدن: ruling (b), one place)
        mark = _CLAUSE_MARK.search(text, base.end, c.sentence[1])
        end = mark.start() if mark is not None else c.sentence[1]
    if not before and not all(c.end <= b.start < end for b in bases):
        return groups
    words = [(m.start(), m.end()) for m in _A_WORD.finditer(text, c.end, end)]
    norm = [normalize_word(text[a:b]) for a, b in words]
    # the list starts at the first kind word within four words after the trigger
    kinds = _ITEM_KINDS | _SITE_ITEM_KINDS  # (round 29, mg18: a site after the first item, معسكر الصليف)
    first = next((i for i in range(min(5, len(norm))) if norm[i] in _ITEM_KINDS | _PLURAL_KINDS), None)
    fights = c.cls.acled_type in _LIST_FIGHTS
    if first is None and fights:
        # round 33 (lp1): "غارات على مواقع في مديرية أرحب وفي مديرية رازح": a district's kind opens a list of known
        # places only
        first = next(
            (
                i
                for i in range(min(12, len(norm)))
                if norm[i] in _LATER_ITEM_KINDS and (i < 5 or norm[i - 1] in ("في", "علي"))
            ),
            None,
        )
    if first is None:
        # round 14b: further on, a kind word right after في or على (غارات عنيفة شنها طيران التحالف على تجمعات
        # الحوثيين في عقبة ثرة ومكيراس); round 31 (rc3): a plural or dual kind there too (صدت المقاومة هجمات شنتها
        # الميليشيات على مواقع متفرقة في جبهتي الجفينة وصرواح، هاجمت الميليشيات مواقع المقاومة في مناطق كذا وكذا)
        first = next(
            (
                i
                for i in range(1, min(12, len(norm)))
                if norm[i - 1] in ("في", "علي")
                and (norm[i] in _ITEM_KINDS or (norm[i] in _PLURAL_KINDS and c.cls.acled_type in _LIST_FIGHTS))
            ),
            None,
        )
    anchor = None
    if first is None and fights and len(bases) == 1 and not before:
        # round 33 (lp1): "استهدفت غارات … من بينها مواقع في منطقة بيت مران بمديرية أحرب شمال العاصمة صنعاء وفي
        # مديريتي رازح وكتاف": past the first words, the list the place read stands in, from its own kind word (ب or
        # و before it); its items are known places only
        for k in range(1, len(words)):
            if words[k][0] > base.start:
                break
            kind = norm[k - 1][1:] if norm[k - 1][:1] in ("ب", "و") else norm[k - 1]
            if kind in _ITEM_KINDS | _LATER_ITEM_KINDS | _SITE_ITEM_KINDS | _PLURAL_KINDS and _known_item(
                ctx, *words[k]
            ):
                first, anchor = k - 1, kind  # the first known place told after its kind word, up to the place read
                break
    if first is None:
        return groups
    if anchor is not None and first > 0 and norm[first - 1] in _BETWEEN_WORDS:
        # round 34 (sl1): "استهدف الهجوم بوابة على الطريق الرابط بين مدينتي أجدابيا وطبرق": the two ends of what lies
        # between them, one place, no list found back from the place read (as places.between)
        return groups
    plural = (anchor or norm[first]) in _PLURAL_KINDS
    # (round 33, lp1: the items of a district's list, or of a list found from the place read, are known places)
    known_only = norm[first] in _LATER_ITEM_KINDS or anchor is not None
    items: list[tuple[int, int]] = []
    sites: set[tuple[int, int]] = set()  # the items after a kind of site (معسكر الصليف)
    i = first
    while i < len(norm):
        w, skip, site, later, phrase = norm[i], 0, False, False, False
        if anchor is not None and i == first:
            w = anchor  # (the place read's own kind word, its ب or و left off: بمديرية أحرب)
        if items:
            # round 29 (cp1): "مدينة زنجبار عاصمة أبين، إضافة إلى مدينة شقرة": past an apposition, an additive phrase
            # after a comma joins the next item as و does
            i += _apposition(ctx, words, norm, i)
            located = _locator(ctx, words, norm, i) if fights else 0
            if located and i + located < len(norm) and norm[i + located] in _PHRASE_JOINERS:
                i += located  # round 33 (lp1): "أرحب شمال العاصمة صنعاء وفي مديريتي …": past the item's locating phrase
            joiner = _additive(text, words, norm, i) if i < len(norm) else 0
            if i >= len(norm):
                break
            phrase = (
                fights
                and norm[i] in _PHRASE_JOINERS
                and i + 1 < len(norm)
                and norm[i + 1] in _ITEM_KINDS | _PLURAL_KINDS | _LATER_ITEM_KINDS | _SITE_ITEM_KINDS
                and not text[words[i - 1][1] : words[i][0]].strip(" ،,")
            )
            if phrase:
                # round 33 (lp1): "في مديرية أرحب وفي مديريتي رازح وكتاف": a second preposition phrase goes on with the
                # list; its items are known places only, a plural or dual kind there announces names as the first did
                i += 1
                w, known_only = norm[i], True
                plural = plural or w in _PLURAL_KINDS
            elif joiner:
                i += joiner
                w = norm[i]
            elif not (norm[i].startswith("و") and len(norm[i]) > 2) or text[words[i - 1][1] : words[i][0]].strip(" ،,"):
                break  # the list ends where no و joins the next word to it
            else:
                w, skip = norm[i][1:], 1
            if w in _PARTITIVE and i + 2 < len(norm) and norm[i + 1] == "من":
                i += 2  # "وأجزاء من منطقة الرضمة": the place after the part (round 29, cp1)
                w, skip = norm[i], 0
        if items and w in _PLURAL_KINDS and not phrase:
            break  # round 31 (rc3): "في مناطق كتاف ورحبان ومناطق أخرى من محافظة صعده": a plural kind ends the list
        if w in kinds or ((not items or phrase) and w in _PLURAL_KINDS) or w in _LATER_ITEM_KINDS:
            # round 33 (lp1): "ومديرية رازح"، "وحارة باب حطة": a later item told by a district's or quarter's kind
            later = w in _LATER_ITEM_KINDS and w not in kinds
            site = w in _SITE_ITEM_KINDS
            i, skip = i + 1, 0  # the kind word; the name follows it
            if i >= len(norm) or norm[i] in _ITEM_STOP:
                break
        elif not plural and not (items and _known_word(ctx, words[i][0] + skip, words[i][1])):
            # an item without its kind word in a list of kinds: no place of the list (وقتل …), unless the
            # gazetteer holds it (عقبة ثرة ومكيراس: a pass and a town; round 14b)
            break
        start, stop = words[i][0] + skip, words[i][1]
        if (
            i + 1 < len(norm)
            and norm[i + 1] not in _ITEM_STOP | kinds
            and not _apposition(ctx, words, norm, i + 1)
            and not _prepositional(norm[i + 1], kinds)
            and not norm[i + 1].startswith("و")
            and text[stop : words[i + 1][0]] == " "
            and not ctx.places_in(words[i + 1][0], words[i + 1][1])
        ):
            i += 1  # a second word of the name (العين بلورد), unless it ends the item or starts the next
            stop = words[i][1]
        if any(p.start < start < p.end for p in ctx.places_in(max(0, start - 60), stop)):
            i += 1  # round 29 (cp1): "مديريتي مشرعة وحدنان": a word inside a known place begun before it (one district)
            continue
        if (later or known_only) and not _known_item(ctx, start, stop):
            break  # round 33 (lp1): a district or quarter the gazetteer lacks (ومديرية الأمن العام) ends the list
        items.append((start, stop))
        if site:
            sites.add((start, stop))
        i += 1
    if before:
        if plural or len(items) < 2 or any(normalize(text[a:b]) in SITE_NOT_NAMES for a, b in items):
            return groups  # each item after its own kind word (not "على مناطق الاشتباك وقصف عنيف"), a name
        if any(p.geo and not p.geo.get("unresolved") for a, b in items for p in ctx.places_in(a, b)):
            return groups  # a list of unlisted items only (a known item keeps its own reading)
    elif len(items) <= len(groups) or not all(any(a <= x.start < b for a, b in items) for x in bases):
        return groups  # no item more than the places read, or a place read outside the list
    if any(_kind_with_article(text[a:b]) for a, b in items):
        # round 31 (rc3): "في جبهتي زنجبار والمنطقة الوسطى"، "جبهتي لودر والمنطقة الشرقية": a region told by its kind
        # and a describing word is no place of the list (the gazetteer may read another country's region in it)
        return groups
    g = base.geo or {}
    out: list[list[Entity]] = []
    for a, b in items:
        known = [p for p in ctx.places_in(a, b) if a <= p.start < b]
        if known:
            out.append([next((x for x in bases if a <= x.start < b), known[0])])
            continue
        if (a, b) in sites:
            return groups  # a site the gazetteer lacks (معسكر لبوزة beside قاعدة العند): one location with the list's
        name = text[a:b]
        if normalize(name.split(" ")[0]) in _NO_NAME_AFTER_KIND or _adjective(name):
            return groups  # a kind told with no name (منطقة عسكرية): no list of places
        geo = {"country_iso3": g.get("country_iso3"), "admin1": g.get("admin1"), "unresolved": True, "geo_precision": 2}
        out.append([unlisted_span(name, a, b, geo)])
    return out


def told_place(ctx: Context, c: Candidate, coded: list[Candidate]) -> tuple[Entity, int, str] | None:
    """Round 13 (helper ev6): the place of an event whose sentence tells one the gazetteer cannot read, when neither
    its clause, its sentence nor the headline and lead name a known place. "في المنطقة نفسها" (its kind and نفسها،
    ذاتها): the place of the last event told before it with a place of its own. A kind word and a name after it that
    no known place covers (في ولاية يوبي، على منفذ الطوال، من إقليم كشمير، بمحيط ميدان المحكمة): that name, an
    unlisted place of the article's country (no point, no province: precision 3). None when the article has no
    country or the sentence tells no such place (an event told with no place at all stays no ACLED row)."""
    s0, s1 = c.sentence
    text = ctx.doc.text
    if _SAME_PLACE.search(text, s0, s1):
        before = next(
            (
                h
                for h in reversed(coded)
                if h.place is not None and h.end <= s0 and h.place_from in ("clause", "sentence")
            ),
            None,
        )
        if before is not None and before.place is not None:
            return before.place, before.place_precision or 3, "sentence"
    # the country of the article's places, else of its nationality adjectives and actors (an article that names no
    # place the gazetteer has: القوات السعودية تحبط هجوما … على منفذ الطوال)
    country = ctx.focus_country or focus_country(ctx.doc)
    for m in _KIND_NAME.finditer(text, s0, s1):
        name = m.group(1)
        # a nationality adjective right after the name says its country (بولاية كولورادو الأميركية)
        after = _A_WORD.match(text, m.end(1) + 1) if text[m.end(1) : m.end(1) + 1] == " " else None
        # round 28 (helper geo13): a country outside the region's too (بلدة كريمس النمساوية), not the article's
        word = normalize(after.group(0)) if after else ""
        own = (adjective_country(word) or world_adjective_country(word)) if after else None
        if not (own or country):
            continue
        if ctx.places_in(m.start(1), m.end(1)) or normalize(name) in _NO_NAME_AFTER_KIND:
            continue  # a name the gazetteer has (its reading stands), or no name (منطقة شمال البلاد، مديرية أمن)
        if _adjective(name) or name.endswith(("ها", "هم")) or name.startswith("لل") or re.match(r"ال.+ات$", name):
            # an adjective or a pronoun (منطقة عسكرية، مدينتها)، a phrase (قرية للمزارعين)، a plural noun of what
            # happens there (منطقة المواجهات، منطقة العمليات)
            continue
        geo: dict[str, object] = {"country_iso3": own or country, "unresolved": True}
        division = _DIVISIONS.get(normalize(name))
        if division is not None and division[0] == geo["country_iso3"]:
            geo["admin1"] = division[1]  # round 21 (helper geo5): في ولاية بورنو، a division abroad (geo.yaml)
        return unlisted_entity(m, geo), 3, "sentence"
    country_place = told_country(ctx, c)
    return (country_place, 3, "lead") if country_place is not None else None


def told_country(ctx: Context, c: Candidate) -> Entity | None:
    """Round 23 (helper geo7): the country of the headline, for an event whose clause, sentence, headline and lead
    name no place below a country and no place the gazetteer lacks (the issue's rule: a row whose only place is the
    country is still an ACLED row, precision 3): "توقيف مشتبه بهما في إيطاليا" over "وذكرت الشرطة أنها اعتقلت
    رجلين". A country after a locative word only (``clause_places``), so neither a country acting (نيجيريا: مقتل …،
    باكستان تطالب …) nor where someone goes; the headline's and no other sentence's, as a country a later sentence
    names is already read by the sentence's own places, and a lead's or a sentence's country not read so is a
    comparison or a speaker's aside (طريق القدس يمر عبر الكويت). The trigger must tell a deed: a verb or an
    indefinite noun (اعتقلت الشرطة رجلين، أسقطت الحركة المروحية، إبطال مفعول عبوة ثانية), not a weak word, a
    definite noun, an aim or a cause (مواصلة القتال، احتمالية تجدد القتال، للملاحقات والخطف). None otherwise (an
    event told with no place at all stays no ACLED row)."""
    if c.weak or c.purpose or c.definite or c.cause or c.reference or c.tense in ("present", "future"):
        return None
    title_end = next((b.end for b in ctx.doc.blocks if str(b.kind) == "title"), 0)
    if not title_end or c.start < title_end:
        return None  # no headline, or the event is the headline's own (its places were read as its clause's)
    found = [p for p in clause_places(ctx, 0, title_end) if is_country(p)]
    return found[0] if found else None


def unlisted_span(name: str, start: int, end: int, geo: dict[str, object]) -> Entity:
    """A place the gazetteer lacks, the ``name`` at ``[start, end)`` (its own canonical form), with ``geo`` as told."""
    return Entity(id="", type="GPE", start=start, end=end, canonical=name, canonical_ar=name, geo=geo, source="events")


def unlisted_entity(m: re.Match[str], geo: dict[str, object]) -> Entity:
    """A place the gazetteer lacks, named by ``m.group(1)`` (:func:`unlisted_span`)."""
    return unlisted_span(m.group(1), m.start(1), m.end(1), geo)


def _unlisted_name(ctx: Context, m: re.Match[str]) -> bool:
    """Whether a kind word's name (``m.group(1)``) is one the gazetteer lacks and a name at all (told_place's tests)."""
    name = m.group(1)
    if ctx.places_in(m.start(1), m.end(1)) or normalize(name) in _NO_NAME_AFTER_KIND:
        return False
    return not (_adjective(name) or name.endswith(("ها", "هم")) or name.startswith("لل") or re.match(r"ال.+ات$", name))


def unlisted_in(ctx: Context, c: Candidate, where: Entity) -> Entity | None:
    """Round 18 (helper pl2): a place the trigger's clause tells by its kind and a name the gazetteer lacks (كما
    وقعت اشتباكات مماثلة في منطقة المخدرة), placed in the province of ``where`` (the scene its paragraph opened
    with: :func:`rasd.events.places.paragraph_place`): an unlisted place of that province, precision 2, at the
    point of that scene when it is a town the gazetteer places (the dev set's convention: "Marib city's point,
    precision 2" for al-Mukhdara), else with no point (the province's seat would be an invented one). None when the
    clause tells none."""
    g = where.geo or {}
    if not g.get("country_iso3") or not g.get("admin1"):
        return None
    town = str(g.get("feature") or "").startswith("PPL") and g.get("lat") is not None and not g.get("unresolved")
    text = ctx.doc.text
    for m in _KIND_NAME.finditer(text, *c.clause):
        if not _unlisted_name(ctx, m):
            continue
        return unlisted_entity(
            m,
            {
                "country_iso3": g["country_iso3"],
                "admin1": g["admin1"],
                "unresolved": True,
                "geo_precision": 2,
                **({"lat": g["lat"], "lon": g["lon"]} if town else {}),
            },
        )
    return None


def quoted_in(ctx: Context, c: Candidate, where: Entity) -> Entity | None:
    """Round 25 (helper geo10): a place the trigger's clause names after a kind word in parentheses or quotes, a name
    the gazetteer lacks (أكد وكيل محافظة تعز تطهير مديرية (مشرعة) من الميليشيات؛ معارك مستمرة في مديرية (جبل
    المداوم)), when the sentence's place for the event is the province ``where`` (a first-level division): an
    unlisted place of that province at precision 2 and no point (the province's seat would be an invented one), as
    :func:`unlisted_in` places a kind word's plain name. None when the clause names none, or ``where`` is no
    province."""
    g = where.geo or {}
    if g.get("feature") != "ADM1" or not g.get("country_iso3") or not g.get("admin1") or g.get("unresolved"):
        return None
    text = ctx.doc.text
    for m in _QUOTED_KIND_NAME.finditer(text, *c.clause):
        group = 1 if m.group(1) else 2
        start, end = m.span(group)
        if any((p.geo or {}).get("admin1") and not (p.geo or {}).get("unresolved") for p in ctx.places_in(start, end)):
            continue  # a name the gazetteer has (منطقة «الفاو»): its reading stands
        geo = {"country_iso3": g["country_iso3"], "admin1": g["admin1"], "unresolved": True, "geo_precision": 2}
        return unlisted_span(m.group(group), start, end, geo)
    return None


def unnamed_place(text: str, c: Candidate) -> bool:
    """Whether a capture's object is a place told by its kind (the gazetteer has no name to find)."""
    after = text[c.end : min(c.clause[1], c.end + 40)]
    if text[c.start : c.end].endswith(("على", "علي")):  # سيطرتها على منطقة الأزارق: the trigger holds its على
        return bool(_PLACE_DIRECT.search(after))
    return bool(
        _PLACE_NOUN.search(after) or (c.cls.name == "recapture" and c.tense != "noun" and _PLACE_OBJECT.search(after))
    )


def object_place(c: Candidate, place: Entity, starts: list[int]) -> bool:
    """A place just after the trigger's clause, cut off only by a comma round a day or a name ("انسحبت ميليشيات
    الحوثيين وقوات صالح، السبت، من الأطراف الشمالية لمدينة عدن"): within 120 characters of the trigger, in its
    sentence, with no other trigger between."""
    if not (c.end <= place.start <= c.end + 120 and place.start < c.sentence[1]):
        return False
    return not any(c.end <= s < place.start for s in starts)


#: A word.
_A_WORD = re.compile(r"[\u0621-\u064A]+")
#: (Round 36, lp2) A full stop, a semicolon, a colon, a question mark or a line: a sentence's inner break.
_BREAK = re.compile(r"[.؛:؟!\n]")
#: (Round 36, lp2) The kinds before an object past a comma whose list is read (event_apart_cues object_list_kinds).
_OBJECT_LIST_KINDS = CueFile("ar/event_apart_cues.yaml").normalized("object_list_kinds")
#: (Round 36, lp2) A comma or a break: the end of the clause an object past a comma stands in.
_CLAUSE_MARK = re.compile(r"[،,.؛:؟!\n]")


#: Round 14b (helper pl6): a military or transport site told by its kind with a definite name after it (قاعدة العند،
#: بمعسكر العند، على مطار الضبعة; place_cues.site_kinds), the name's word its group.
NAMED_SITE = gated(
    re.compile(
        r"(?<![\u0621-\u064A])[وف]?[بل]?(?:" + SITE_KINDS_ALT + r")[\s«\"“]+(ال[\u0621-\u064A]{2,})(?![\u0621-\u064A])"
    )
)
#: Definite words after a site kind that name no place (place_cues.site_not_names, war_nouns), normalized.
_SITE_NOT_NAMES = SITE_NOT_NAMES | _NO_NAME_AFTER_KIND
#: What may stand between a site's name and the known place that locates it: adjectives (الجوية العسكرية
#: الاستراتيجية), a quote, a comma, a participle of lying (الواقعة)، a preposition and a kind word (بمحافظة لحج،
#: في لحج).
_SITE_LINK = re.compile(
    r"^[»\"”]?(?:\s+[\u0621-\u064A]+(?:ية|يه))*[»\"”]?\s*[،,]?\s*(?:(?:ال)?(?:واقعة|واقعه|تابعة|تابعه)\s+)?"
    r"(?:في\s+|ب|ل)(?:(?:محافظة|محافظه|مدينة|مدينه|ولاية|ولايه|منطقة|منطقه|مديرية|مديريه|إقليم|اقليم)\s+)?$"
)


#: Words before a site kind that make it a landmark near the scene (place_cues.site_reference_words), normalized.
_SITE_REFERENCE = SITE_REFERENCE_WORDS


#: Round 27 (helper geo12): the locative words before a word of a site's surroundings (في محيط، عند مشارف، على أطراف),
#: normalized.
_LOCATIVE = frozenset({"في", "عند", "علي"})


def surroundings(before: list[str]) -> bool:
    """Round 27 (helper geo12): whether the normalized words before a site kind tell its surroundings or outskirts as
    the scene (في محيط، بمحيط، عند مشارف، على أطراف: place_cues ``site_surroundings_words``, a locative or a fused ب
    before the word): the event is in that area (غارات على تجمعات في محيط قاعدة العند), not beside a landmark of
    another scene (قرب قاعدة X، المطلة على مطار المزة، باتجاه قاعدة العند، شمال معسكر X)."""
    if not before:
        return False
    word = before[-1][1:] if before[-1][:1] in "وف" and len(before[-1]) > 3 else before[-1]
    if word[:1] == "ب" and word[1:] in SITE_SURROUNDINGS_WORDS:
        return True  # بمحيط، بأطراف
    if word not in SITE_SURROUNDINGS_WORDS:
        return False
    prev = before[-2] if len(before) >= 2 else ""
    prev = prev[1:] if prev[:1] in "وف" and len(prev) > 2 else prev
    return prev in _LOCATIVE


def _site_name(ctx: Context, m: re.Match[str], acted_on: bool = False) -> bool:
    """Whether a site kind's definite word is a name the gazetteer lacks (not a known place, an adjective, a plural,
    a word of what happens there, an actor's name) and the site is no landmark near the scene (المطلة على مطار
    المزة، باتجاه قاعدة العند); round 27: its surroundings told as the scene (في محيط قاعدة العند) are no landmark,
    nor is a site the trigger acts on (``acted_on``: بالقرب من قاعدة العند التي استعادها الثوار)."""
    name = normalize(m.group(1))
    before = [normalize_word(w) for w in _A_WORD.findall(ctx.doc.text[max(0, m.start() - 30) : m.start()])[-2:]]
    if (
        not acted_on
        and not surroundings(before)
        and any(w in _SITE_REFERENCE or (w[:1] in "وف" and w[1:] in _SITE_REFERENCE) for w in before)
    ):
        return False
    if name in _SITE_NOT_NAMES or ctx.places_in(m.start(), m.end(1)):  # a place read there stands (round 12)
        return False
    # قاعدة الحوثيين، معسكر القوات، قاعدة الجهادية: no name of a place
    return not (name.endswith(("ي", "يه", "ات", "ين", "ون", "يين")) or ctx.inside_actor(m.start(1), m.end(1)))


def _same_name(read: str, name: str) -> bool:
    """Whether a place the geo layer read is the site's name, alone or with its definite adjectives (العند العسكرية;
    not "العند وقتلى", a name read with the next word)."""
    read, name = normalize(read), normalize(name)
    return read == name or read.startswith(name + " ال")


def _linked_admin1(ctx: Context, end: int, limit: int) -> Entity | None:
    """The known place right after a site's name that locates it (قاعدة العند الجوية الواقعة في محافظة لحج)."""
    text = ctx.doc.text
    for p in ctx.places_in(end, min(limit, end + 80)):
        g = p.geo or {}
        if g.get("unresolved") or not g.get("admin1"):
            return None
        return p if _SITE_LINK.match(text[end : p.start]) else None
    return None


def _sentence_admin1(ctx: Context, start: int, end: int) -> Entity | None:
    """The one province the known places of a span lie in (its sentence's: two provinces or none give none)."""
    known = [
        p for p in ctx.places_in(start, end) if (p.geo or {}).get("admin1") and not (p.geo or {}).get("unresolved")
    ]
    provinces = {((p.geo or {}).get("country_iso3"), (p.geo or {}).get("admin1")) for p in known}
    return known[0] if len(provinces) == 1 else None


def _other_mention(ctx: Context, name: str, own: tuple[int, int]) -> Entity | None:
    """The province another sentence of the article gives the same site: a known place locating a mention of its
    name (… قاعدة العند الواقعة في محافظة لحج), else the place a sentence naming it opens with as its scene (وفي
    لحج، … السيطرة على قاعدة العند). Not the headline (a headline packs the places of several events: تقدم للمقاومة
    بأبين وسقوط قريب لقاعدة العند), nor a sentence's other places (بعد أن خسروا مدينة عدن وقاعدة العند: two places)."""
    text = ctx.doc.text
    title_end = next((b.end for b in ctx.doc.blocks if str(b.kind) == "title"), 0)
    sents = []
    for o in re.finditer(r"(?<![\u0621-\u064A])" + re.escape(name) + r"(?![\u0621-\u064A])", text):
        sent = ctx.sentence(o.start())
        if (sent.start, sent.end) != own and o.start() >= title_end:
            sents.append((o, sent))
    for o, sent in sents:
        where = _linked_admin1(ctx, o.end(), sent.end)
        if where is not None:
            return where
    for _, sent in sents:
        where = _fronted_place(ctx, sent.start, sent.end)
        if where is not None:
            return where
    return None


#: A place fronted at a sentence's head as its scene (وفي لحج، …؛ أما في شبوة، …؛ وفي محافظة أبين، …).
_FRONTED = re.compile(
    r"^[\s\W]*(?:[وف]\s*)?(?:(?:أما|اما)\s+)?(?:في\s+|ب)(?:(?:محافظة|مدينة|ولاية|منطقة|مديرية|إقليم|اقليم)\s+)?$"
)


def _fronted_place(ctx: Context, start: int, end: int) -> Entity | None:
    """The known place a sentence opens with as its scene, a comma after it (وفي لحج، بعد أن باتت على وشك السيطرة
    على قاعدة العند): the place of what the sentence tells."""
    text = ctx.doc.text
    for p in ctx.places_in(start, end):
        g = p.geo or {}
        ok = g.get("admin1") and not g.get("unresolved") and _FRONTED.match(text[start : p.start])
        return p if ok and text[p.end : p.end + 2].strip()[:1] in ("،", ",") else None
    return None


#: Round 21 (helper geo5): the sourced province of a site the gazetteer lacks, by its normalized name
#: (ar/geo.yaml site_provinces, "name|ISO3|admin1").
_SITE_ROWS = CueFile("ar/geo.yaml", section=None).words("site_provinces")
_SITE_PROVINCES = {normalize(name): (iso3, admin1) for name, iso3, admin1 in (e.split("|") for e in _SITE_ROWS)}


#: Round 21 (helper geo5): first-level divisions abroad the gazetteer lacks, by their normalized Arabic name
#: (ar/geo.yaml division_provinces, "name|ISO3|admin1"), told after a kind word (division_kinds: ولاية فرياب).
_GEO_FILE = CueFile("ar/geo.yaml", section=None)
_DIVISIONS = {
    normalize(name): (iso3, admin1)
    for name, iso3, admin1 in (e.split("|") for e in _GEO_FILE.words("division_provinces"))
}
_DIVISION_OFFICES = _GEO_FILE.normalized("division_office_words")
# (round 38, sp4) scanned over the whole text (once per document and country): tried only near its kind words
_DIVISION = gated(
    re.compile(
        r"(?<![\u0621-\u064A])[وف]?[بل]?(?:"
        + _GEO_FILE.alt("division_kinds")
        + r")\s+([\u0621-\u064A]{3,})(?![\u0621-\u064A])"
    ),
    anchored=True,
)


def division_of_country(ctx: Context, c: Candidate, country: object, own_only: bool = False) -> Entity | None:
    """Round 21 (helper geo5): the first-level division of ``country`` the article names by a kind word and a name the
    gazetteer lacks but ``division_provinces`` holds (في منطقة المار بولاية فرياب، إقليم لوجار), for a row placed only
    in that country: the division its own sentence names, else the one division of that country the article names
    (two divisions and none in the row's sentence: None); ``own_only``: its own sentence's only. An unlisted place
    with the division's admin1 and no point (precision 3, a province)."""
    if not country:
        return None
    # (round 37, sp1) the article's divisions of the country read once per document (the whole text is scanned; 250
    # rows per 1,000 articles asked, a few countries per article); the list is only read
    key = ("division_of_country", country)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = []
        for m in _DIVISION.finditer(ctx.doc.text):
            row = _DIVISIONS.get(normalize(m.group(1)))
            if row is not None and row[0] == country and ctx.previous_word(m.start()) not in _DIVISION_OFFICES:
                found.append((m, row[1]))  # not an office's seat (المتحدث باسم حاكم إقليم فارياب)
    s0, s1 = c.sentence
    pick = [f for f in found if s0 <= f[0].start() < s1] or ([] if own_only else found)
    if not pick or len({admin1 for _, admin1 in pick}) != 1:
        return None
    m, admin1 = pick[0]
    return unlisted_entity(m, {"country_iso3": country, "admin1": admin1, "unresolved": True, "geo_precision": 3})


def own_division(ent: Entity) -> Entity | None:
    """Round 22 (helper geo6): a place the gazetteer lacks, read in the area of the known place after it, whose own name
    is a first-level division of its country (``division_provinces``): that division, not the area of the place that
    locates it (في ولاية لوغار جنوب كابول: Logar, not Kabul's province, now that a capital abroad has its division).
    A copy with the division's admin1 and no point (precision 3, as :func:`division_of_country`); None otherwise."""
    g = ent.geo or {}
    if not g.get("unresolved"):
        return None
    row = _DIVISIONS.get(normalize(ent.canonical_ar or ent.canonical or ""))
    if row is None or row[0] != g.get("country_iso3") or row[1] == g.get("admin1"):
        return None
    return dataclasses.replace(
        ent, geo={"country_iso3": row[0], "admin1": row[1], "unresolved": True, "geo_precision": 3}
    )


def known_site_province(name: str, country: object) -> str | None:
    """Round 21 (helper geo5): the province a site the gazetteer lacks lies in, when its name is one of the sourced
    ``site_provinces`` (العند: Lahij). Round 27 (helper geo12): whatever the article's country (a Saudi article on a
    man of Hail killed "في قاعدة العند"): a name has one sourced row, and its country goes with the province
    (:func:`site_place`); ``country`` is the article's, kept for the callers that read it."""
    del country  # round 21 read only the article's country's rows; every row is one site's, of one country
    row = known_site(name)
    return None if row is None else row[1]


def known_site(name: str) -> tuple[str, str] | None:
    """The sourced (country ISO3, admin1) of a site the gazetteer lacks (``site_provinces``), by its name."""
    return _SITE_PROVINCES.get(normalize(name))


def site_place(ctx: Context, c: Candidate, sure: bool = False, acted_on: bool = False) -> Entity | None:
    """Round 14b (helper pl6): the place of an event whose clause names a military or transport site the gazetteer
    lacks (استعادت القوات قاعدة العند العسكرية؛ استهداف نقاط المراقبة في سور قاعدة العند), when the clause names no
    known place: an unlisted place named by the site's definite name. A name the geo layer read elsewhere in the
    article keeps that reading. Else its province is the known place that locates it right after the name (الواقعة
    في محافظة لحج، بمحافظة لحج), else the one another sentence naming the site opens with as its scene (وفي لحج، …
    السيطرة على قاعدة العند), else the one province of the site's own sentence (precision 2, no point); else the
    article's country (precision 3; :mod:`rasd.events.places` then gives it the lead's province). None when no such
    site is told or the article has no country. Round 27 (helper geo12): ``sure``: only a site whose province the
    article or a sourced row gives (its reading elsewhere, a place locating it, ``site_provinces``), no guess from
    another sentence or the article's country; ``acted_on``: the site is what the trigger acts on, never a landmark."""
    text = ctx.doc.text
    s0, s1 = c.sentence
    for a, b in c.clauses:
        if b <= c.start:
            continue  # a clause before the trigger's, merged with it (… لقوا حتفهم في قاعدة العند، حيث هاجم الأهالي)
        for m in NAMED_SITE.finditer(text, a, b):
            if not _site_name(ctx, m, acted_on):
                continue
            name = m.group(1)
            same = next((p for p in ctx.places if _same_name(text[p.start : p.end], name)), None)
            if same is not None:
                # the geo layer read the same name elsewhere in the article (بمعسكر العند … بمحافظة لحج): its reading
                return Entity(
                    id=same.id,
                    type=same.type,
                    start=m.start(1),
                    end=m.end(1),
                    canonical=same.canonical,
                    canonical_ar=same.canonical_ar,
                    geo=dict(same.geo or {}),
                    source="events",
                )
            where = _linked_admin1(ctx, m.end(1), s1)
            known = known_site_province(name, ctx.focus_country or focus_country(ctx.doc)) if where is None else None
            if where is None and known is not None:
                # round 21 (helper geo5): a site whose province is sourced (العند: Lahij) and which the text does not
                # locate right after its name: that province, not another sentence's or its own sentence's other place
                return unlisted_entity(
                    m,
                    {
                        "country_iso3": _SITE_PROVINCES[normalize(name)][0],
                        "admin1": known,
                        "unresolved": True,
                        "geo_precision": 2,
                    },
                )
            if where is None and sure:
                return None
            if where is None:
                where = _other_mention(ctx, name, (s0, s1))
            if where is None:
                # the site's own sentence (past the headline when the two were read as one: حائل … استشهد في
                # قاعدة العند)
                title_end = next((k.end for k in ctx.doc.blocks if str(k.kind) == "title"), 0)
                where = _sentence_admin1(ctx, title_end if s0 < title_end < s1 else s0, s1)
            g = (where.geo or {}) if where is not None else {}
            country = g.get("country_iso3") or ctx.focus_country or focus_country(ctx.doc)
            if not country:
                return None
            return unlisted_entity(
                m,
                {
                    "country_iso3": country,
                    "admin1": g.get("admin1"),
                    "unresolved": True,
                    "geo_precision": 2 if g.get("admin1") else 3,
                },
            )
    return None


#: Round 30 (helper rc2): a locative word right before a kind word (في منطقة حذران، بمديرية (جبل المداوم)).
_LOCATIVE_BEFORE = re.compile(r"(?:^|\s)(?:في|وفي)\s*$")
#: ... and the kind words a ب may stand before (بمنطقة، بمديرية; not the ب of بلدة itself).
_NAMED_KINDS = tuple(CueFile("ar/event_merge_cues.yaml").words("named_place_kinds")) + tuple(
    w for w in QUOTED_NAME_KINDS_ALT.replace("(?:", "").replace(")", "").split("|") if w.isalpha()
)


def _at_kind(text: str, m: re.Match[str], floor: int) -> bool:
    """Whether the kind word matched at ``m`` follows في or carries a ب of place (في منطقة X، بمديرية X)."""
    head = m.group(0).lstrip("وف")
    if head.startswith("ب") and any(head[1:].startswith(k) for k in _NAMED_KINDS):
        return True
    return _LOCATIVE_BEFORE.search(text, max(floor, m.start() - 6), m.start()) is not None


def fighting_site(
    ctx: Context, c: Candidate, starts: list[int], where_of: Callable[[], Entity | None]
) -> Entity | None:
    """Round 30 (helper rc2): the place of a fighting noun (معارك، مواجهات، اشتباكات) that its own clause tells after
    it by a kind word and a name the gazetteer lacks, plain or in parentheses or quotes ("المواجهات تدور حاليا في
    منطقة حذران"، "معارك المقاومة لا تزال مستمرة في مديرية (جبل المداوم)"): the fight's scene, an unlisted place of
    the province of ``where_of()`` (the sentence's, paragraph's or lead's known place, read only when such a name is
    found) at precision 2, as :func:`unlisted_in` places such a name. The kind word must follow في or ب, within the
    clause, with no other trigger between (not "معارك … بعد سيطرتها على منطقة X"), and be the first place word
    after the fight. None when the clause tells no such place or the known place has no province."""
    if c.cls.name != "clash":
        return None
    text = ctx.doc.text
    end = min(c.clause[1], c.sentence[1])
    nxt = min((s for s in starts if c.end <= s < end), default=end)
    found: tuple[str, int, int] | None = None
    plain = False
    for m in _KIND_NAME.finditer(text, c.end, nxt):
        if not _at_kind(text, m, c.end):
            continue
        plain = True
        if _unlisted_name(ctx, m) and not m.group(1).startswith(("وال", "فال")):
            # (not a conjoined noun: "معركة وهمية في منطقة والذهاب إلى منطقة أخرى")
            found = (m.group(1), m.start(1), m.end(1))
        break  # the first place word after the fight: a known place's reading stands
    if not plain:
        for m in _QUOTED_KIND_NAME.finditer(text, c.end, nxt):
            if not _at_kind(text, m, c.end):
                continue
            group = 1 if m.group(1) else 2
            start, stop = m.span(group)
            if not ctx.places_in(start, stop):
                found = (m.group(group), start, stop)
            break
    if found is None:
        return None
    where = where_of()
    g = (where.geo or {}) if where is not None else {}
    if where is None or not g.get("country_iso3") or not g.get("admin1") or is_country(where):
        return None
    town = str(g.get("feature") or "").startswith("PPL") and g.get("lat") is not None and not g.get("unresolved")
    geo = {
        "country_iso3": g["country_iso3"],
        "admin1": g["admin1"],
        "unresolved": True,
        "geo_precision": 2,
        **({"lat": g["lat"], "lon": g["lon"]} if town else {}),
    }
    return unlisted_span(found[0], found[1], found[2], geo)


#: (Round 32, helper rc4) The kind words that name a town again (المدينة، البلدة: event_arg_cues town_back_kinds) and
#: the words that may follow them when no name does (town_back_followers).
_TOWN_BACK_KINDS = EVENT_ARG_CUES.normalized("town_back_kinds")
_TOWN_BACK_FOLLOWERS = EVENT_ARG_CUES.normalized("town_back_followers")
#: في / داخل / ب, then the article and a word (its kind is checked after normalizing), then what follows it.
_TOWN_BACK = re.compile(
    r"(?<![\u0621-\u064A])(?:في|داخل|ب)\s*(ال[\u0621-\u064A]+)(?=\s*([^\s\u0621-\u064A]|$|[\u0621-\u064A]+))"
)


#: How far past a fighting noun its town's kind word may stand (its sides named between).
_TOWN_BACK_REACH = 160


def town_told_before(ctx: Context, c: Candidate, starts: list[int]) -> Entity | None:
    """Round 32 (helper rc4): the town of a fighting noun told going on or taking place whose own words place it only
    by the town's kind word ("ألقى الطيران المروحي براميل على مناطق في مدينة الزبداني، ترافق مع استمرار الاشتباكات
    العنيفة بين الفرقة الرابعة … والفصائل … في المدينة"): the last town (a populated place of the gazetteer, not a
    province or a country) its sentence names before the fight. The kind word must follow في، داخل or ب after the
    fight, before the next trigger, in its sentence and at most :data:`_TOWN_BACK_REACH` characters on, with no name
    after it (not المدينة المنورة، المدينة الرياضية: only punctuation, the end, or a preposition may follow). None
    when the sentence names no town before the fight (the lead's place then stands, as before)."""
    if c.cls.name != "clash":
        return None
    text = ctx.doc.text
    # its sentence past the clause (the sides told after a comma: "بين الفرقة الرابعة …، والفصائل … في المدينة"), up to
    # the next trigger and at most _TOWN_BACK_REACH characters on
    end = min(c.sentence[1], c.end + _TOWN_BACK_REACH)
    nxt = min((s for s in starts if c.end <= s < end), default=end)
    hit = None
    for m in _TOWN_BACK.finditer(text, c.end, nxt):
        if normalize(m.group(1)) not in _TOWN_BACK_KINDS:
            continue
        follower = m.group(2) or ""
        if follower and "\u0621" <= follower[0] <= "\u064a" and normalize(follower) not in _TOWN_BACK_FOLLOWERS:
            return None  # المدينة المنورة، المدينة الرياضية: a name of its own
        hit = m
        break
    if hit is None:
        return None
    towns = [
        p
        for p in ctx.places_in(c.sentence[0], c.start)
        if str((p.geo or {}).get("feature") or "").startswith("PPL") and not (p.geo or {}).get("unresolved")
    ]
    return towns[-1] if towns else None


#: Round 34 (helper pl21): a place told by its kind and a nationality adjective, with no name (في بلدة حدودية تركية،
#: في مدينة سورية، قرب قرية عراقية نائية; lists.named_place_kinds): the kind word, indefinite, and up to three
#: indefinite words after it.
_KIND_ADJECTIVES = re.compile(
    r"(?<![\u0621-\u064A])[وف]?[بل]?(?:"
    + cue_alt("named_place_kinds")
    + r")((?:\s+[\u0621-\u064A]+){1,3})(?![\u0621-\u064A])"
)


@functools.cache
def _country_places() -> dict[str, Place]:
    """The gazetteer's countries (``PCLI``) by ISO3 code."""
    return {p.iso3: p for p in load_gazetteer().places.values() if p.feature == "PCLI" and p.iso3}


def kind_abroad(ctx: Context, c: Candidate) -> Entity | None:
    """Round 34 (helper pl21): the country of a place the trigger's sentence tells by its kind and a nationality
    adjective, with no name ("وقتل انتحاري 32 شخصا في بلدة حدودية تركية أول من أمس"), as a place of that country
    (no province, precision 3). The adjective is the kind's: indefinite, after the kind word and at most two other
    indefinite words (حدودية، صغيرة); a word with the article ends the phrase (في مدينة غزة السورية is no such
    phrase: a name follows). None when the sentence tells no such place or tells two countries so."""
    s0, s1 = c.sentence
    text = ctx.doc.text
    found: list[tuple[str, int, int]] = []
    for m in _KIND_ADJECTIVES.finditer(text, s0, s1):
        pos = m.start(1)
        for w in _A_WORD.finditer(m.group(1)):
            word = normalize(w.group(0))
            if word.startswith("ال"):
                break
            iso3 = adjective_country(word) or world_adjective_country("ال" + word)
            if iso3 is not None:
                found.append((iso3, m.start(), pos + w.end()))
                break
            if ctx.places_in(pos + w.start(), pos + w.end()):
                break  # a name the gazetteer has (في مدينة حلب): not a place told by its kind
    countries = {f[0] for f in found}
    if len(countries) != 1:
        return None
    iso3, start, end = found[0]
    country = _country_places().get(iso3)
    if country is None:
        return None
    geo = dict(geo_of(country), unresolved=True)
    name = text[start:end]
    return Entity(
        id="", type="GPE", start=start, end=end, canonical=country.name, canonical_ar=name, geo=geo, source="events"
    )
