"""The claims word lists (``resources/ar/claims.yaml``), indexed in one clitic-aware matcher (loaded once, cached).

Every list that is found in running text (markers, content introducers, clause breaks, channel cues,
unnamed-speaker nouns) goes into a single :class:`~rasd.text.matcher.LexiconMatcher` whose payload
says what the entry is, so a document costs one matching pass. Word lists that are only compared with one
neighbouring word (negators, prepositions, speaker introducers, modifiers) are kept as sets of normalized words.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from rasd.errors import ResourceError
from rasd.resources import load_yaml
from rasd.text.matcher import LexiconMatcher
from rasd.text.normalize import normalize

RESOURCE = "ar/claims.yaml"


class CueRole(StrEnum):
    """What a matched entry of ``claims.yaml`` is."""

    MARKER = "marker"
    INTRO = "intro"
    NOT_INTRO = "not_intro"
    BREAK = "break"
    CHANNEL = "channel"
    ANONYMOUS = "anonymous"


class MarkerType(StrEnum):
    """How a marker finds its speaker and content (see ``claims.yaml``)."""

    VERB = "verb"
    PARTICIPLE = "participle"
    RESUMPTIVE = "resumptive"
    PREPOSITION = "preposition"


#: (round 42, sp18) the members the claims stage tests per match and per marker, as module names: in Python 3.11 a
#: member read from its class (``MarkerType.VERB``) goes through the hook of ``EnumType.__getattr__`` (~0.3 µs a read,
#: ~400,000 reads per 1,000 articles), a module name is one dict look-up; the same objects (``is`` holds)
ROLE_MARKER, ROLE_INTRO, ROLE_BREAK = CueRole.MARKER, CueRole.INTRO, CueRole.BREAK
ROLE_CHANNEL, ROLE_ANONYMOUS = CueRole.CHANNEL, CueRole.ANONYMOUS
MARKER_VERB, MARKER_PARTICIPLE = MarkerType.VERB, MarkerType.PARTICIPLE
MARKER_RESUMPTIVE, MARKER_PREPOSITION = MarkerType.RESUMPTIVE, MarkerType.PREPOSITION


#: Claim kinds, in the order ``claims.yaml`` documents them.
KINDS = ("say", "announce", "accuse", "deny", "claim_responsibility", "warn", "demand", "report", "allege")
#: Channels, in priority order when a clause holds cues of several.
CHANNELS = ("post", "press conference", "television", "interview", "statement", "report")


@dataclass(frozen=True, slots=True)
class Cue:
    """The payload of one matched entry.

    Attributes:
        role: what the entry is.
        kind: the claim kind (markers), the channel (channel cues), the English gloss (unnamed speakers).
        type: how a marker reads its speaker and content (markers only).
        polarity: ``assert`` or ``deny`` (markers only).
        object: a plain object may be the content (markers only).
        word_intro: only أن/إن opens the content, not a colon or a quote (markers only).
        outlet: the channel takes an outlet after لـ (interview cues only).
        generic: an unnamed speaker that is no person or body ("الأنباء").
        object_lead: the object must open with one of these words, left out of the content (تحدث عن …).
        named: the speaker must stand right after the marker (تتوقع الهيئة أن), never a pronoun continuation
            (the impersonal يُتوقع أن has none).
        intro_within: the introducer must stand within this many words of the marker (0: the usual window), for
            forms that are also common prepositions (بين: "بين المري أن", not "بين البلدين").
    """

    role: CueRole
    kind: str = ""
    type: MarkerType | None = None
    polarity: str = "assert"
    object: bool = False
    word_intro: bool = False
    outlet: bool = False
    generic: bool = False
    object_lead: frozenset[str] = frozenset()
    named: bool = False
    intro_within: int = 0


@dataclass(frozen=True)
class ClaimLexicon:
    """The lists of ``claims.yaml``, ready for matching."""

    matcher: LexiconMatcher[Cue]
    #: a marker right after one of these is no claim (لم ينف، رفض كشف)
    negators: frozenset[str]
    #: a marker followed by one of these (one or two normalized words) is no claim (قال تعالى، كشف اسمه)
    not_after: frozenset[str]
    #: what may stand right before a resumptive marker (وهو ما أكده)
    resumptive_heads: frozenset[str]
    #: modifiers kept in an unnamed speaker's span (مصادر محلية)
    modifiers: frozenset[str]
    #: words that lead an entity that is no subject (في، مع، باسم)
    prepositions: frozenset[str]
    #: nouns after which an entity led by عن / لـ is the speaker (بيان صادر عن، بيان للجيش)
    introducers: frozenset[str]
    #: first words of a would-be speaker that make it none (بدوره، أيضا)
    not_speakers: frozenset[str]
    #: words that make an announcement a claim of responsibility (مسؤوليته)
    responsibility: frozenset[str]
    #: objects that make تبنى "adopted", no claim of responsibility (قرارا، خطة)
    adopted: frozenset[str]
    #: titles that make a spokesman's words a statement (المتحدث الرسمي), normalized phrases
    official_titles: tuple[str, ...] = ()
    #: prepositions that, before ما / لما, make the verb after a trailing attribution (بحسب ما أعلنت)
    attribution_heads: frozenset[str] = frozenset()
    #: the same heads fused with ما (حسبما، بحسبما)
    fused_heads: frozenset[str] = frozenset()
    #: two-word blessings after a prophet's name (عليه السلام): scripture or hadith within four words
    blessings: frozenset[str] = frozenset()
    #: prepositions before which a marker verb is its verbal noun (من كشف، بعد إعلان)
    verbal_noun_leads: frozenset[str] = frozenset()
    #: the channel by kind of speaker when the clause names none (see ``default_channels`` in the YAML)
    default_channels: tuple[tuple[str, str], ...] = ()
    #: channels of an occasion a speaker's claim right before shares (press conference, television)
    occasions: frozenset[str] = frozenset()
    #: phrases that open a speaker's turn at the same occasion (من جانبه، بدوره), normalized
    turn_openers: frozenset[str] = frozenset()
    #: first words of a monitor kept as written (منظمة، مرصد): a report when it gives figures or "reports"
    monitor_nouns: frozenset[str] = frozenset()
    #: outlet nouns with the article (الصحيفة، القناة، الوكالة): "للصحيفة" after a speaker is the paper told
    outlet_nouns_definite: frozenset[str] = frozenset()
    #: first words of a speaker kept as written who speaks for a body (ناطق باسم …، متحدثة باسم …): a statement
    spokesman_nouns: frozenset[str] = frozenset()
    #: a single person kept as written (المرأة، الشاهد، السائق): no body, whatever the article says
    person_nouns: frozenset[str] = frozenset()
    #: honorific pronouns that stand for an office-holder (سموه، معاليه، فضيلته)
    honorific_pronouns: frozenset[str] = frozenset()

    def default_channel(self, case: str) -> str:
        """The channel ``default_channels`` gives a kind of speaker (``unspecified`` when not listed)."""
        return dict(self.default_channels).get(case, "unspecified")

    #: relative pronouns (الذي، التي)
    relatives: frozenset[str] = frozenset()
    #: words that open an aside holding an أن of its own after a verb of saying (ردا، بعد …; round 30, cl45)
    aside_openers: frozenset[str] = frozenset()
    #: outlet nouns after لـ (لمحطة، لصحيفة)
    outlet_nouns: frozenset[str] = frozenset()
    #: participles that are also nouns or adjectives (متابعة، مشددة)
    ambiguous_participles: frozenset[str] = frozenset()
    #: first words of a body's name (رئاسة، وزارة، نادي)
    body_nouns: frozenset[str] = frozenset()
    #: first words of a name that begin with و (وكالة، وزارة): the entity layer may cut them after the و
    waw_initial_nouns: frozenset[str] = frozenset()
    #: verbs of a verdict on an object (وصف، اعتبر): with بأن the content opens at the object
    verdict_verbs: frozenset[str] = frozenset()
    #: things that point to a fact (تفاصيل، التوقعات): a marker with one as its subject reports no speech
    evidence_subjects: frozenset[str] = frozenset()
    #: places and institutions named after a person (جسر الملك فهد، جامعة الملك سعود): the name in them speaks not
    named_places: frozenset[str] = frozenset()
    #: documents that speak for nobody named after بحسب (القرار، الخطة، إحصائية)
    document_nouns: frozenset[str] = frozenset()
    #: rules after بحسب / وفقا لـ (ضوابط، شروط، تعليمات): no source, no claim
    rule_nouns: frozenset[str] = frozenset()
    #: the documents among them that are figures, a source by themselves (إحصائية، الأرقام، المعطيات)
    figures_nouns: frozenset[str] = frozenset()
    #: prepositions of accordance (وفق، وفقا، طبقا) and the norms after them that make them "in line with" (round 18)
    accordance_heads: frozenset[str] = frozenset()
    accordance_nouns: frozenset[str] = frozenset()
    #: the not-speakers written with an initial madda (آنذاك): a word written so is none of the others (round 19:
    #: آن and آنا open names, Anne and Anna, never أن / إن / أنا, which normalize the same)
    madda_not_speakers: frozenset[str] = frozenset()
    #: the verbs of a demand (طالب، دعا، حث، ناشد): the marker forms of kind ``demand`` and type ``verb``
    demand_verbs: frozenset[str] = frozenset()
    #: quantifiers that open a demand's addressee right after its verb (دعت جميع مواطنيها، حث الجميع), no speaker
    addressee_quantifiers: frozenset[str] = frozenset()


def _words(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise ResourceError(f"{RESOURCE}: {key!r} must be a list of words")
    return value


def _marker_entries(data: dict[str, Any]) -> list[tuple[str, Cue]]:
    out: list[tuple[str, Cue]] = []
    for group in data.get("markers") or ():
        try:
            kind = str(group["kind"])
            cue = Cue(
                CueRole.MARKER,
                kind=kind,
                type=MarkerType(group["type"]),
                polarity=str(group.get("polarity", "assert")),
                object=bool(group.get("object", False)),
                word_intro=group.get("intro", "any") == "word",
                object_lead=frozenset(normalize(str(w)) for w in group.get("object_lead") or ()),
                named=group.get("speaker", "any") == "named",
                intro_within=int(group.get("intro_within", 0)),
            )
            forms = [str(f) for f in group["forms"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise ResourceError(f"{RESOURCE}: malformed marker group {group!r}: {exc}") from exc
        if kind not in KINDS or cue.polarity not in ("assert", "deny"):
            raise ResourceError(f"{RESOURCE}: marker group has kind {kind!r} / polarity {cue.polarity!r}")
        out.extend((form, cue) for form in forms)
    return out


def _channel_entries(data: dict[str, Any]) -> list[tuple[str, Cue]]:
    out: list[tuple[str, Cue]] = []
    for channel, spec in (data.get("channels") or {}).items():
        if channel not in CHANNELS or not isinstance(spec, dict):
            raise ResourceError(f"{RESOURCE}: unknown channel {channel!r} (known: {', '.join(CHANNELS)})")
        cue = Cue(CueRole.CHANNEL, kind=str(channel), outlet=bool(spec.get("outlet", False)))
        out.extend((str(form), cue) for form in spec.get("cues") or ())
    return out


def _anonymous_entries(data: dict[str, Any]) -> list[tuple[str, Cue]]:
    out: list[tuple[str, Cue]] = []
    for gloss, spec in (data.get("anonymous_speakers") or {}).items():
        generic = isinstance(spec, dict) and bool(spec.get("generic", False))
        forms = spec.get("forms") if isinstance(spec, dict) else spec
        if not isinstance(forms, list):
            raise ResourceError(f"{RESOURCE}: anonymous_speakers.{gloss} must list its forms")
        cue = Cue(CueRole.ANONYMOUS, kind=str(gloss), generic=generic)
        out.extend((str(form), cue) for form in forms)
    return out


#: The kinds of speaker ``default_channels`` must give a channel for.
DEFAULT_CASES = ("generic", "anonymous", "monitor_with_figures", "monitor", "announcement", "person", "body", "other")


def _default_channels(data: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    table = data.get("default_channels")
    if not isinstance(table, dict) or set(table) != set(DEFAULT_CASES):
        raise ResourceError(f"{RESOURCE}: default_channels must give a channel for each of {', '.join(DEFAULT_CASES)}")
    for case, channel in table.items():
        if channel not in CHANNELS and channel != "unspecified":
            raise ResourceError(f"{RESOURCE}: default_channels.{case}: unknown channel {channel!r}")
    return tuple((str(k), str(v)) for k, v in table.items())


def _channel_names(data: dict[str, Any], key: str) -> list[str]:
    names = _words(data, key)
    unknown = [n for n in names if n not in CHANNELS]
    if unknown:
        raise ResourceError(f"{RESOURCE}: {key}: unknown channel(s) {unknown}")
    return names


@functools.cache
def load_claim_lexicon() -> ClaimLexicon:
    """Load and index ``claims.yaml`` (once per process).

    Raises:
        ResourceError: a list is missing or malformed.
    """
    data = load_yaml(RESOURCE)
    entries = _marker_entries(data)
    entries += [(w, Cue(CueRole.INTRO)) for w in _words(data, "content_intros")]
    entries += [(w, Cue(CueRole.NOT_INTRO)) for w in _words(data, "not_intros")]
    entries += [(w, Cue(CueRole.BREAK)) for w in _words(data, "clause_breaks")]
    entries += _channel_entries(data)
    entries += _anonymous_entries(data)
    seen: set[tuple[str, Cue]] = set()
    unique = []
    for form, cue in entries:  # أن and إن fold to one key: one payload each
        key = (normalize(form), cue)
        if key not in seen:
            seen.add(key)
            unique.append((form, cue))
    # the article is never optional: إن must not match الآن
    # (round 30, sc2) only the words that may start a cue are read and kept: no cache of every word, no eviction
    matcher = LexiconMatcher(unique, clitics=True, article_optional=False, openers_only=True)
    return ClaimLexicon(
        matcher=matcher,
        negators=frozenset(normalize(w) for w in _words(data, "negators")),
        not_after=frozenset(normalize(w) for w in _words(data, "not_claims_after")),
        resumptive_heads=frozenset(normalize(w) for w in _words(data, "resumptive_heads")),
        modifiers=frozenset(normalize(w) for w in _words(data, "speaker_modifiers")),
        prepositions=frozenset(normalize(w) for w in _words(data, "prepositions")),
        introducers=frozenset(normalize(w) for w in _words(data, "speaker_introducers")),
        not_speakers=frozenset(normalize(w) for w in _words(data, "not_speakers")),
        responsibility=frozenset(normalize(w) for w in _words(data, "responsibility")),
        adopted=frozenset(normalize(w) for w in _words(data, "adopted")),
        official_titles=tuple(normalize(w) for w in _words(data, "official_titles")),
        attribution_heads=frozenset(normalize(w) for w in _words(data, "attribution_heads")),
        fused_heads=frozenset(normalize(w) for w in _words(data, "attribution_heads_fused")),
        blessings=frozenset(normalize(w) for w in _words(data, "blessings")),
        verbal_noun_leads=frozenset(normalize(w) for w in _words(data, "verbal_noun_leads")),
        default_channels=_default_channels(data),
        occasions=frozenset(_channel_names(data, "occasions")),
        turn_openers=frozenset(" ".join(normalize(w) for w in t.split()) for t in _words(data, "turn_openers")),
        monitor_nouns=frozenset(normalize(w) for w in _words(data, "monitor_nouns")),
        spokesman_nouns=frozenset(normalize(w) for w in _words(data, "spokesman_nouns")),
        outlet_nouns_definite=frozenset(normalize("ال" + w) for w in _words(data, "outlet_nouns")),
        person_nouns=frozenset(normalize(w) for w in _words(data, "person_nouns")),
        honorific_pronouns=frozenset(normalize(w) for w in _words(data, "honorific_pronouns")),
        relatives=frozenset(normalize(w) for w in _words(data, "relatives")),
        aside_openers=frozenset(normalize(w) for w in _words(data, "aside_openers")),
        outlet_nouns=frozenset(normalize(w) for w in _words(data, "outlet_nouns")),
        ambiguous_participles=frozenset(normalize(w) for w in _words(data, "ambiguous_participles")),
        body_nouns=frozenset(normalize(w) for w in _words(data, "body_nouns")),
        named_places=frozenset(normalize(w) for w in _words(data, "named_places")),
        waw_initial_nouns=frozenset(normalize(w) for w in _words(data, "waw_initial_nouns")),
        verdict_verbs=frozenset(normalize(w) for w in _words(data, "verdict_verbs")),
        evidence_subjects=frozenset(normalize(w) for w in _words(data, "evidence_subjects")),
        document_nouns=frozenset(normalize(w) for w in _words(data, "document_nouns")),
        rule_nouns=frozenset(normalize(w) for w in _words(data, "rule_nouns")),
        figures_nouns=frozenset(normalize(w) for w in _words(data, "figures_nouns")),
        accordance_heads=frozenset(normalize(w) for w in _words(data, "accordance_heads")),
        accordance_nouns=frozenset(normalize(w) for w in _words(data, "accordance_nouns")),
        madda_not_speakers=frozenset(normalize(w) for w in _words(data, "not_speakers") if w.startswith("آ")),
        demand_verbs=frozenset(
            normalize(str(f))
            for group in data.get("markers") or ()
            if group.get("kind") == "demand" and group.get("type") == "verb"
            for f in group.get("forms") or ()
        ),
        addressee_quantifiers=frozenset(normalize(w) for w in _words(data, "addressee_quantifiers")),
    )
