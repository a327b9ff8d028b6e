"""Gender and number agreement between a reporting marker and a would-be speaker (issue 13, round 11).

A verb or participle of saying agrees with its subject: قالت / أكدت / مشيرة with a feminine one, قال / مشيرا with a
masculine one, قالوا / مشيرين with a plural, قالا / أكدا with two. Verb before subject (قال شهود، قالت مصادر) agrees
in gender only; a subject before its verb, a participle's subject and a pronoun's antecedent agree in number too.
Both sides are read conservatively: a form is known only when the word plainly shows it, and an unknown side agrees
with anything (personal names, broken plurals such as مصادر، تقارير، قوات). The word lists are ``agreement`` and
``honorific_formulas`` in ``claims.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from itertools import islice
from typing import Any

from rasd.claims.lexicon import RESOURCE
from rasd.errors import ResourceError
from rasd.resources import load_yaml
from rasd.resources.cues import CueFile
from rasd.text.clitics import drop_conjunction
from rasd.text.normalize import normalize_word as norm

#: (gender, number): gender ``m`` / ``f``, number ``s`` / ``d`` (two) / ``p``; None where the word does not show it
Form = tuple[str | None, str | None]


@dataclass(frozen=True, slots=True)
class _Lists:
    forms: frozenset[str]  # every marker form of claims.yaml, normalized
    masculine_heads: frozenset[str]
    masculine_ta: frozenset[str]
    masculine_states: frozenset[str]
    not_plurals: frozenset[str]
    formulas: tuple[tuple[str, ...], ...]
    body_nouns: frozenset[str]  # first words of a body's or outlet's name (body_nouns, outlet_nouns)


def _list(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise ResourceError(f"{RESOURCE}: {key!r} must be a list of words")
    return value


@functools.cache
def _lists() -> _Lists:
    data = load_yaml(RESOURCE)
    agreement = data.get("agreement")
    if not isinstance(agreement, dict):
        raise ResourceError(f"{RESOURCE}: 'agreement' must be a mapping")
    forms = {norm(str(f)) for group in data.get("markers") or () for f in group.get("forms") or ()}

    def words(key: str) -> frozenset[str]:
        return frozenset(norm(w).removeprefix("ال") for w in _list(agreement, key))

    return _Lists(
        forms=frozenset(forms),
        masculine_heads=words("masculine_heads"),
        masculine_ta=words("masculine_ta_marbuta"),
        masculine_states=words("masculine_states"),
        not_plurals=words("not_plurals"),
        formulas=tuple(tuple(norm(w) for w in f.split()) for f in _list(data, "honorific_formulas")),
        body_nouns=frozenset(
            norm(w)
            for w in [*_list(data, "body_nouns"), *_list(data, "outlet_nouns"), *_list(agreement, "feminine_heads")]
        ),
    )


def body_head(word: str) -> bool:
    """Whether a normalized word, its article dropped, opens a body's or an outlet's name (``body_nouns``,
    ``outlet_nouns``, ``feminine_heads``: النيابة، المحكمة، الجماعة; round 33, helper cl52)."""
    return word.removeprefix("ال") in _lists().body_nouns


#: the lineage words of a person's name (round 22): claim_speaker_cues.yaml
_SPEAKER_CUES = CueFile("ar/claim_speaker_cues.yaml")


def _strip_conjunction(word: str, forms: frozenset[str]) -> str:
    """The word without its conjunction و/ف when only that form is a marker form (:mod:`rasd.text.clitics`)."""
    bare = drop_conjunction(word, min_rest=1)
    return bare if word not in forms and bare in forms else word


#: "by saying" with a pronoun, its ب apart (round 39, cl66): the form its pronoun shows, not a participle's ending
#: (بقوله: he)
_BY_SAYING_FORMS: dict[str, Form] = {
    "قوله": ("m", "s"),
    "قولها": ("f", "s"),
    "قولهم": ("m", "p"),
    "قولهما": (None, "d"),
    "قولهن": ("f", "p"),
}


@functools.lru_cache(maxsize=4096)
def marker_form(raw: str, *, participle: bool) -> Form:
    """The gender and number a marker word shows (its text as written, a proclitic و/ف allowed). Read once per
    (word, participle) across documents (round 40, sp10: the speaker readers ask it ~7,000 times per 1,000 articles
    for a few hundred marker words; the word lists it reads are made once per process)."""
    word = raw.strip().rstrip("ًٌٍَُِّْ")
    if participle:
        by_saying = _BY_SAYING_FORMS.get(word)
        if by_saying is not None or word == "القول":  # "رد عليها بقولها:" (round 39, cl66): the pronoun's form;
            return by_saying or (None, None)  # بالقول shows none
        if word.endswith(("ة", "ه")):
            return ("f", "s")
        if word.endswith("ين"):
            return ("m", "p")
        if word.endswith("ات"):
            return ("f", "p")
        if word.endswith(("ا", "اً", "ًا")):
            return ("m", "s")
        return (None, None)
    lists = _lists()
    w = _strip_conjunction(norm(word), lists.forms)
    pronouns = ("ه", "ها", "هم", "نا")
    if w not in lists.forms or any(
        w.endswith(p) and (w[: -len(p)] in lists.forms or w[: -len(p) - 1] in lists.forms) for p in pronouns
    ):
        return (None, None)  # أخبره، أبلغتنا: an object pronoun hides the ending (not اتهم: its هم is the root's)
    if w.endswith("وا"):
        return ("m", "p")
    if w[:1] in ("ي", "ت") and w.endswith("ون"):
        return ("m", "p")
    if w.endswith("ا") and w[:-1] in lists.forms:
        return ("m", "d")  # قالا، أكدا (not دعا: دع is no form)
    if w.endswith("ت") and any(w[:-1] + e in lists.forms for e in ("", "ي", "ا")):
        return ("f", "s")  # قالت، نفت (نفى)، دعت (دعا); not لفت
    if w[:1] == "ت" and "ي" + w[1:] in lists.forms:
        return ("f", "s")  # تقول
    if w[:1] == "ي":
        return ("m", "s")
    return ("m", "s")


def speaker_form(text: str, entity_type: str | None) -> Form:
    """The gender and number a speaker phrase plainly shows by its first word (None where it does not)."""
    lists = _lists()
    words = text.split()
    if not words:
        return (None, None)
    raw = words[0].strip('«»"“”()-–،,')
    head = norm(raw)
    if head.startswith("وال"):
        head = head[1:]
    bare = head.removeprefix("ال")
    if entity_type == "PER":
        # a person: one, gender unknown (الربيعة is a family name, أمين a given name) unless the name's lineage
        # shows it: بن / ابن (son of) or a kunya أبو (father of) is a man's name, بنت / أم a woman's (round 22)
        return (_lineage_gender(words), "s")
    if bare in lists.masculine_heads:
        return ("m", "s")
    if entity_type == "GPE" and len(words) <= 2 and head.startswith("ال"):
        # a state with the article (الهند، الصين، الولايات المتحدة); a bare name may be a person the tagger read
        # as a place (ودعا أورلاندو، كان دميرتاش صرح): unknown
        return (("m" if bare in lists.masculine_states or head in lists.masculine_states else "f"), "s")
    if (
        raw.rstrip("ًٌٍَُِّْ").endswith("ة")
        and bare not in lists.masculine_ta
        and len(bare) > 2
        and (head.startswith("ال") or head in lists.body_nouns)
    ):
        return ("f", "s")  # الحكومة، جامعة تبوك; not a family name (معايطة، ودعا باسلمة المنظمات)
    if len(bare) > 4 and bare.endswith(("ون", "ين")) and bare not in lists.not_plurals and entity_type != "PER":
        return ("m", "p")  # المستوطنين، مسؤولون
    if head.startswith("ال") and len(bare) > 4 and bare.endswith("ات") and entity_type != "PER":
        # a plural of things with the article (البيانات، الإحصائيات، التقديرات) takes the feminine (أظهرت البيانات،
        # وأشارت الإحصائيات): no masculine participle or verb goes on with it (round 43, cl79)
        return ("f", None)
    return (None, None)
    return (None, None)


#: the lineage lists of :func:`_lineage_gender`, read once (round 38, sp5: ~8,000 asks per 1,000 articles)
_MASCULINE_KUNYA = _SPEAKER_CUES.normalized_words("masculine_kunya")
_MASCULINE_LINEAGE = _SPEAKER_CUES.normalized_words("masculine_lineage")
_FEMININE_KUNYA = _SPEAKER_CUES.normalized_words("feminine_kunya")
_FEMININE_LINEAGE = _SPEAKER_CUES.normalized_words("feminine_lineage")


def _lineage_gender(words: list[str]) -> str | None:
    """``m`` / ``f`` when a person's name holds a word of lineage (claim_speaker_cues.yaml ``masculine_lineage``:
    "ساير بن لافي الرشيدي"، "أبو عبدالله"; ``feminine_lineage``: "فاطمة بنت محمد"، "أم لمار") — the first word
    for a kunya, any word but the first for بن / بنت (a name is never "بن …" alone but where the tagger cut it, then
    the word still shows the lineage); None otherwise."""
    later = {norm(w.strip('«»"“”()-–،,')) for w in words[1:]}
    first = norm(words[0].strip('«»"“”()-–،,'))
    if first in _MASCULINE_KUNYA or later & _MASCULINE_LINEAGE:
        return "m"
    if first in _FEMININE_KUNYA or later & _FEMININE_LINEAGE:
        return "f"
    return None


def disagrees(marker: Form, speaker: Form, *, before: bool) -> bool:
    """Whether a marker and a speaker plainly disagree. ``before``: the speaker stands before the marker or is the
    antecedent of a participle or pronoun (number counts too); after a verb (قال شهود) only gender counts, except that
    a plural or dual verb takes no single subject after it."""
    mg, mn = marker
    sg, sn = speaker
    if mg is not None and sg is not None and mg != sg:
        return True
    if mn is None or sn is None:
        return False
    if before:
        return (mn == "s") != (sn == "s")
    return mn in ("d", "p") and sn == "s"


def plural_verb(marker: Form) -> bool:
    """A dual or plural verb: its subject stands before it or is its pronoun (قالا، أكدوا), so a noun right after it
    whose number is not plainly its own is its object ("وكان مصدران أمنيان قد أكدا تقارير إعلامية")."""
    return marker[1] in ("d", "p")


@functools.cache
def _formula_index() -> tuple[tuple[int, ...], frozenset[tuple[str, ...]], frozenset[str] | None]:
    """The formulas' lengths (in words), the formulas as a set (round 14b: one look-up per length) and their first
    words (round 21: most names open with none; None if a formula were empty)."""
    formulas = _lists().formulas
    firsts = frozenset(f[0] for f in formulas) if all(formulas) else None
    return tuple(sorted({len(f) for f in formulas})), frozenset(formulas), firsts


def formula(words: list[str]) -> bool:
    """Whether the words open with a formula of blessing (حفظه الله، رحمه الله، عليه السلام)."""
    lengths, known, firsts = _formula_index()
    if firsts is not None:  # the first word opens no formula: none (the stage asks for each of ~27,000 names)
        # (round 29: the first word read in a loop, the generator of the others built only past it)
        k = 0
        for w in words:
            k += 1
            if first := w.strip("-–،,()"):
                break
        else:
            return False
        if (head := norm(first)) not in firsts:
            return False
        stripped = (s for w in islice(words, k, None) if (s := w.strip("-–،,()")))
        normed = (head, *(norm(s) for s in islice(stripped, lengths[-1] - 1)))
        return any(normed[:n] in known for n in lengths)
    stripped = (s for w in words if (s := w.strip("-–،,()")))
    normed = tuple(norm(s) for s in islice(stripped, lengths[-1] if lengths else 0))  # the longest formula's words
    return any(normed[:n] in known for n in lengths)
