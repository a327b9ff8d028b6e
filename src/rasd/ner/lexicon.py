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
class AcledLabel:
    """An earlier ACLED label of an actor, for events before ``until`` (ACLED renames state forces when a
    government changes: "Military Forces of Yemen (2012-)" became "… (2022-) Presidential Leadership Council").

    Attributes:
        until: ISO date the label stopped (exclusive).
        acled: the label, or ``None`` when no label for that period could be sourced.
        acled_seen: whether the label was seen verbatim in ACLED-derived data.
        inter: the inter code of that period when it differs from the actor's (``None``: the actor's).
        since: ISO date the label started; before it no label is known.
    """

    until: str
    acled: str | None
    acled_seen: bool = False
    inter: int | None = None
    since: str | None = None


@dataclass(frozen=True, slots=True)
class Affiliation:
    """A period in which a militia fought on a government's side (ACLED's "government forces or their affiliates").

    Attributes:
        side: the lexicon ids of the state forces it fought beside (``yem-gov-forces``).
        since: ISO date the affiliation began (inclusive; ``None``: open).
        until: ISO date it ended (exclusive; ``None``: still in force).
    """

    side: tuple[str, ...]
    since: str | None = None
    until: str | None = None


@dataclass(frozen=True, slots=True)
class Country:
    """A country as ACLED names it: ``name`` in "Civilians (Syria)", ``of`` in "Military Forces of the United
    States", and its Arabic name for readers."""

    iso3: str
    name: str
    of: str
    name_ar: str
    seen: bool


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
        former: earlier Arabic names with the date each was dropped.
        earlier: earlier ACLED labels by date (:class:`AcledLabel`, sorted); ``acled`` is the current one.
        generic: a category ACLED codes in every country (the army, the police, civilians, protesters, unidentified
            gunmen): a mention takes its country from the context (:meth:`Lexicon.read_actor`).
        by_country: for a generic actor, the actors that are that category in a country (ISO3 → ids; several
            are told apart by their ``valid`` dates: the Syrian army before and after December 2024).
        fallback: for a generic actor, the actor a mention names when the text gives no country at all.
        affiliate: the periods in which a militia fought on a government's side (:class:`Affiliation`).
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
    earlier: tuple[AcledLabel, ...] = ()
    generic: bool = False
    by_country: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fallback: str | None = None
    affiliate: tuple[Affiliation, ...] = ()

    def side_on(self, date: str | None) -> tuple[str, ...]:
        """The state forces (lexicon ids) this actor fought beside on ``date`` (ISO; ``()`` when none, or no date)."""
        if date:
            day = date[:10]
            for period in self.affiliate:
                if (period.since is None or period.since <= day) and (period.until is None or day < period.until):
                    return period.side
        return ()

    def label_on(self, date: str | None) -> AcledLabel | None:
        """The earlier label in force on ``date`` (ISO), or ``None`` when the current one is (or no date)."""
        if date:
            for label in self.earlier:
                if date < label.until:
                    return label
        return None

    def acled_name(self, country: str | None = None, *, date: str | None = None) -> str | None:
        """The ACLED actor name on ``date`` (the current one without a date), with ``{country}`` filled in
        (``"Islamic State (Syria)"``) when the ACLED country name is given; ``None`` when unknown or unfillable.

        Args:
            country: ACLED's name of the country ``{country}`` stands for.
            date: ISO date of the event (or of the article); an earlier label applies before its ``until``.
        """
        acled = self.acled
        label = self.label_on(date)
        if label is not None:
            acled = None if label.since and date and date < label.since else label.acled
        if acled is None:
            return None
        if "{country}" in acled:
            return acled.replace("{country}", country) if country else None
        return acled

    def inter_on(self, date: str | None) -> int | None:
        """The inter code on ``date`` (an earlier period may differ: the Houthis were rebels before 2015)."""
        label = self.label_on(date)
        return label.inter if label is not None and label.inter is not None else self.inter

    def country_actors(self, iso3: str) -> tuple[str, ...]:
        """For a generic actor: the ids of the actors that are this category in country ``iso3``."""
        for code, ids in self.by_country:
            if code == iso3:
                return ids
        return ()


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
            earlier=tuple(sorted((_label(e) for e in raw.get("earlier") or ()), key=lambda lab: lab.until)),
            generic=bool(raw.get("generic", False)),
            by_country=tuple(
                (str(k), tuple(str(i) for i in (v if isinstance(v, list) else [v])))
                for k, v in (raw.get("by_country") or {}).items()
            ),
            fallback=_str(raw.get("fallback")),
            affiliate=tuple(_affiliation(a) for a in raw.get("affiliate") or ()),
        )
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ResourceError(f"actors.yaml: malformed entry {raw.get('id', raw)!r}: {exc}") from exc


def _affiliation(raw: dict[str, Any]) -> Affiliation:
    side = raw["side"]
    valid = raw["valid"]
    return Affiliation(
        side=tuple(str(i) for i in (side if isinstance(side, list) else [side])),
        since=_str(valid[0]),
        until=_str(valid[1]),
    )


def _label(raw: dict[str, Any]) -> AcledLabel:
    return AcledLabel(
        until=str(raw["until"]),
        acled=_str(raw.get("acled")),
        acled_seen=bool(raw.get("acled_seen", False)),
        inter=None if raw.get("inter") is None else int(raw["inter"]),
        since=_str(raw.get("since")),
    )


@dataclass(frozen=True, slots=True)
class ActorReading:
    """What a mention of an actor names in its context (see :meth:`Lexicon.read_actor`).

    Attributes:
        actor: the actor named: a generic actor's country-specific actor when the lexicon has one (``الجيش`` in
            an article about Yemen → ``yem-gov-forces``), else the generic actor itself.
        canonical: English name (a generic one is filled: "Military Forces of Pakistan", "Civilians (Yemen)").
        canonical_ar: Arabic name (a generic one with its country: "المدنيون (اليمن)").
        acled: ACLED actor name on the date, or ``None`` when none could be sourced.
        inter: ACLED inter code (8 for another country's state forces).
        country: ISO3 code of the actor's country (the context's for a generic or template actor).
    """

    actor: Actor
    canonical: str
    canonical_ar: str
    acled: str | None
    inter: int | None
    country: str | None


#: PLOVER codes that are not a country: a template actor takes the country of its context instead.
NOT_A_COUNTRY = frozenset({"IMG", "IGO", "NGO", "MNC"})


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
    #: ACLED's country names by ISO3 (``countries:`` of actors.yaml)
    countries: dict[str, Country] = field(default_factory=dict)

    def country_name(self, iso3: str | None, *, of: bool = False) -> str | None:
        """ACLED's name of a country ("Syria"; with ``of``: "the United States" as in "Military Forces of …")."""
        country = self.countries.get(iso3 or "")
        if country is None:
            return None
        return country.of if of else country.name

    def read_actor(
        self, actor: Actor, *, country: str | None, date: str | None = None, focus: str | None = None
    ) -> ActorReading | None:
        """What a mention of ``actor`` names when its context gives ``country`` (ISO3) on ``date`` (ISO).

        A generic actor becomes the country's own actor when ``by_country`` has one (chosen by its ``valid``
        dates), else its filled template ("Military Forces of Pakistan", "Protesters (Iraq)"); with no country it
        is its ``fallback`` actor, or nothing (``None``). A template actor ("Islamic State ({country})") takes
        ``country`` unless it has a country of its own. State forces of a country other than ``focus`` (the
        article's country) are inter 8, as ACLED codes foreign forces.
        """
        if actor.generic:
            if country is None:
                if actor.fallback is None:
                    return None
                return self.read_actor(self.by_id[actor.fallback], country=None, date=date, focus=focus)
            own = _valid_on([self.by_id[i] for i in actor.country_actors(country)], date)
            if own is not None:
                return self.read_actor(own, country=country, date=date, focus=focus)
            name, of = self.country_name(country), self.country_name(country, of=True)
            if "{country" not in actor.canonical or name is None or of is None:
                return None  # a category with no name of its own (the coalition), or a country ACLED lacks
            inter = actor.inter
            if inter == 1 and focus is not None and focus != country:
                inter = 8
            return ActorReading(
                actor=actor,
                canonical=actor.canonical.replace("{country_of}", of).replace("{country}", name),
                canonical_ar=f"{actor.canonical_ar} ({self.countries[country].name_ar})",
                acled=actor.acled_name(name, date=date),
                inter=inter,
                country=country,
            )
        own_country = actor.country if actor.country not in NOT_A_COUNTRY else None
        template = actor.acled is not None and "{country}" in actor.acled
        where = (own_country or country) if template else actor.country
        inter = actor.inter_on(date)
        if inter == 1 and focus is not None and own_country is not None and own_country != focus:
            inter = 8
        return ActorReading(
            actor=actor,
            canonical=actor.canonical,
            canonical_ar=actor.canonical_ar,
            acled=actor.acled_name(self.country_name(where), date=date),
            inter=inter,
            country=where,
        )

    def is_given_name(self, word: str) -> bool:
        """Whether ``word`` (any spelling, with or without proclitics) is a listed given name."""
        return any(stem in self.given_names for _, stem in strip_proclitics(word))


def _valid_on(actors: list[Actor], date: str | None) -> Actor | None:
    """The actor whose ``valid`` range holds ``date`` (the last one listed without a date or a match)."""
    if not actors:
        return None
    if date:
        for actor in actors:
            since, until = actor.valid
            if (since is None or since <= date) and (until is None or date < until):
                return actor
    return actors[-1]


def _country(iso3: str, raw: dict[str, Any]) -> Country:
    name = str(raw["acled"])
    return Country(iso3, name, str(raw.get("of", name)), str(raw["ar"]), bool(raw.get("seen", False)))


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
    known = set(ids)
    for actor in actors:
        missing = [i for _, group in actor.by_country for i in group if i not in known]
        if actor.fallback is not None and actor.fallback not in known:
            missing.append(actor.fallback)
        if missing:
            raise ResourceError(f"actors.yaml: {actor.id} points to unknown actors {missing}")
    try:
        countries = {str(k): _country(str(k), v) for k, v in (data.get("countries") or {}).items()}
    except (KeyError, TypeError) as exc:
        raise ResourceError(f"actors.yaml: malformed countries entry: {exc}") from exc
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
        actor_matcher=LexiconMatcher(entries, clitics=True, article_optional=True, openers_only=True),
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
        countries=countries,
        office_modifiers={
            normalize(str(k)): (None if v is None else str(v)) for k, v in (roles.get("office_modifiers") or {}).items()
        },
    )
