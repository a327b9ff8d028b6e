"""rasd's entity word lists: the actor lexicon, titles and roles, and person-name cues (loaded once, cached).

Data files (``rasd/resources/ar``): ``actors.yaml`` (armed and political actors, media, monitors, with canonical
names, ACLED actor names and inter codes), ``roles.yaml`` (honorifics, offices, ministries, nationality adjectives,
anonymous-speaker nouns and name-withholding phrases) and ``person_names.yaml`` (given names, name particles).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from rasd.errors import ResourceError
from rasd.resources import load_yaml
from rasd.text.matcher import LexiconMatcher, strip_proclitics
from rasd.text.normalize import normalize


@dataclass(frozen=True, slots=True)
class Actor:
    """One actor of ``actors.yaml``.

    Attributes:
        id: stable rasd id (``syr-gov-forces``).
        type: NER type of its mentions (``ORG`` or ``PER``).
        canonical: English canonical name; ``canonical_ar`` the Arabic one.
        acled: ACLED actor name (``{country}`` filled from the event's country), or ``None`` when unsourced.
        acled_seen: whether the ACLED string was seen verbatim in ACLED-derived data.
        inter: ACLED inter code (1-8) or ``None``.
        country, sector: PLOVER entity codes.
        valid: ISO dates ``(from, to)`` of the actor under this identity (``None`` = open).
        aliases: Arabic surface forms.
        weak_aliases: forms that name the actor only in a document that mentions an actor of the same country
            by a full alias (``النظام`` → Syrian government forces in an article about Syria).
    """

    id: str
    type: str
    canonical: str
    canonical_ar: str
    acled: str | None
    acled_seen: bool
    inter: int | None
    country: str | None
    sector: str | None
    valid: tuple[str | None, str | None]
    aliases: tuple[str, ...]
    weak_aliases: tuple[str, ...] = ()
    former: tuple[tuple[str, str], ...] = ()

    def acled_name(self, country: str | None = None) -> str | None:
        """The ACLED actor name, with ``{country}`` filled in (``"Islamic State (Syria)"``) when given."""
        if self.acled is None:
            return None
        if "{country}" in self.acled:
            return self.acled.replace("{country}", country) if country else None
        return self.acled


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _actor(raw: dict[str, Any]) -> Actor:
    try:
        valid = raw.get("valid") or [None, None]
        return Actor(
            id=str(raw["id"]),
            type=str(raw.get("type", "ORG")),
            canonical=str(raw["canonical"]),
            canonical_ar=str(raw["canonical_ar"]),
            acled=_str(raw.get("acled")),
            acled_seen=bool(raw.get("acled_seen", False)),
            inter=None if raw.get("inter") is None else int(raw["inter"]),
            country=_str(raw.get("country")),
            sector=_str(raw.get("sector")),
            valid=(_str(valid[0]), _str(valid[1])),
            aliases=tuple(str(a) for a in raw.get("aliases") or ()),
            weak_aliases=tuple(str(a) for a in raw.get("weak_aliases") or ()),
            former=tuple((str(f["name"]), str(f["until"])) for f in raw.get("former") or ()),
        )
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ResourceError(f"actors.yaml: malformed entry {raw.get('id', raw)!r}: {exc}") from exc


@dataclass(frozen=True, slots=True)
class AliasHit:
    """The payload of an alias match: which actor, and whether the alias is weak."""

    actor: Actor
    weak: bool


@dataclass(frozen=True)
class Lexicon:
    """All entity word lists, ready for matching (build it with :func:`load_lexicon`)."""

    actors: tuple[Actor, ...]
    by_id: dict[str, Actor]
    by_canonical: dict[str, Actor]
    actor_matcher: LexiconMatcher[AliasHit]
    honorifics: dict[str, str | None]
    offices: dict[str, str]
    ministries: dict[str, str]
    nationalities: dict[str, str]
    anonymous_nouns: dict[str, str]
    withholding: tuple[str, ...]
    given_names: frozenset[str]
    particles: frozenset[str]
    role_matcher: LexiconMatcher[tuple[str, str]] = field(repr=False)
    withholding_matcher: LexiconMatcher[str] = field(repr=False)
    title_words: frozenset[str] = frozenset()
    name_stops: frozenset[str] = frozenset()
    #: words after an office that qualify it (السابق → "former"; None: nothing to add)
    office_modifiers: dict[str, str | None] = field(default_factory=dict)
    #: adjectives between an unnamed speaker's noun and its organisation (بارز، رفيع)
    speaker_adjectives: frozenset[str] = frozenset()
    #: nouns that name a news outlet before its quoted name (صحيفة، موقع، قناة)
    outlet_nouns: frozenset[str] = frozenset()
    #: words of speech that make a quoted name after لـ an outlet (قال لـ«…»)
    speech_words: frozenset[str] = frozenset()

    def is_given_name(self, word: str) -> bool:
        """Whether ``word`` (any spelling, with or without proclitics) is a listed given name."""
        return any(stem in self.given_names for _, stem in strip_proclitics(word))


def _norm_keys(mapping: dict[str, Any]) -> dict[str, Any]:
    return {normalize(str(k)): v for k, v in (mapping or {}).items()}


@functools.cache
def load_lexicon() -> Lexicon:
    """Load and index the word lists (once per process).

    Raises:
        ResourceError: a list is missing or malformed.
    """
    data = load_yaml("ar/actors.yaml")
    actors = tuple(_actor(raw) for raw in data.get("actors") or ())
    ids = [a.id for a in actors]
    if len(set(ids)) != len(ids):
        raise ResourceError("actors.yaml: duplicate actor ids")
    entries: list[tuple[str, AliasHit]] = []
    for actor in actors:
        entries.extend((alias, AliasHit(actor, False)) for alias in actor.aliases)
        entries.extend((alias, AliasHit(actor, True)) for alias in actor.weak_aliases)
    roles = load_yaml("ar/roles.yaml")
    names = load_yaml("ar/person_names.yaml")
    honorifics = {str(k): (None if v is None else str(v)) for k, v in (roles.get("honorifics") or {}).items()}
    offices = {str(k): str(v) for k, v in (roles.get("offices") or {}).items()}
    anonymous = {str(k): str(v) for k, v in (roles.get("anonymous_nouns") or {}).items()}
    role_entries: list[tuple[str, tuple[str, str]]] = [(k, ("honorific", k)) for k in honorifics]
    role_entries += [(k, ("office", k)) for k in offices]
    withholding = tuple(str(w) for w in roles.get("withholding") or ())
    title_words = frozenset(normalize(k).split()[0] for k in [*honorifics, *offices])
    return Lexicon(
        actors=actors,
        by_id={a.id: a for a in actors},
        by_canonical={a.canonical: a for a in actors},
        actor_matcher=LexiconMatcher(entries, clitics=True, article_optional=True),
        honorifics=honorifics,
        offices=offices,
        ministries={str(k): str(v) for k, v in (roles.get("ministries") or {}).items()},
        nationalities={str(k): str(v) for k, v in (roles.get("nationalities") or {}).items()},
        anonymous_nouns=anonymous,
        withholding=withholding,
        given_names=frozenset(normalize(str(n)) for n in names.get("given_names") or ()),
        particles=frozenset(normalize(str(n)) for n in names.get("particles") or ()),
        role_matcher=LexiconMatcher(role_entries, clitics=True, article_optional=True),
        withholding_matcher=LexiconMatcher([(w, w) for w in withholding], clitics=True, article_optional=False),
        title_words=title_words,
        name_stops=frozenset(normalize(str(w)) for w in roles.get("name_stops") or ()),
        outlet_nouns=frozenset(normalize(str(w)) for w in roles.get("outlet_nouns") or ()),
        speech_words=frozenset(normalize(str(w)) for w in roles.get("speech_words") or ()),
        speaker_adjectives=frozenset(normalize(str(w)) for w in roles.get("speaker_adjectives") or ()),
        office_modifiers={
            normalize(str(k)): (None if v is None else str(v)) for k, v in (roles.get("office_modifiers") or {}).items()
        },
    )
