"""Stage ``claims``: reported speech — who said what, in which role, through which channel, and when.

Steps:

1. Index the document (:class:`rasd.claims.context.DocIndex`): one matching pass of ``resources/ar/claims.yaml``
   gives the markers, content introducers (أن، إن، قوله), clause breaks (إلا أن، فيما), channel cues and unnamed
   speakers (ناشطون، مصادر محلية); they and the entity layer's PER / ORG / GPE entities are the speaker candidates.
2. Drop markers that report nothing: negated (لم ينف) or a withheld name (رفض كشف اسمه), scripture and proverbs
   (قال تعالى، كما يقول المثل), a resumptive marker without ما. The clause-initial markers left (وقال، مضيفا،
   وبحسب، وهو ما أكده) and the clause breaks cut sentences into clauses.
3. For each marker in text order, outside what an earlier claim already covers:

   a. The introducer: the first of a quote (« » “ ” " "), a colon or أن/إن within 25 words, before the next
      clause (a quoted outlet or group name, لـ«نون بوست», is no quote of speech).
   b. The speaker: after the marker (قال الوزير، أعلنت روسيا); a title without a name refers back to the person
      who holds it (ورأى الناطق باسم الجبهة، وقال القيادي); then before the marker in its clause (إلا أن قياديا
      … كشف); for a participle a few words into its sentence, that sentence's subject (وعلق المتحدث قائلا); then
      the speaker of the sentence's last claim (مضيفا، وذكر); then the first possible subject of the sentence
      (لم ينف النقيب … إلا أنه قال); then the subject of the sentence before when no claim stands between (ندد
      الوزير … . وقال في تغريدة: the name is the span); then the article's last speaker (وأضاف، وتابع). A speaker the
      entity layer missed is kept as written when only a few words stand before the introducer. An outlet
      followed by عن passes on the source after it (نقلت وكالة سانا عن مصدر عسكري): the source speaks, the
      outlet is ``reported_via``.
   c. The content: a quote's inside (over several sentences when it stays open), what follows a colon, or the
      reported clause after أن/إن up to the next clause (extended to the end of a quote opened in it); without
      an introducer, the object of an announce / deny / accuse / warn / demand verb up to the next comma; for
      بحسب / وفقا لـ the main clause after or before the phrase; for "وهو ما أكده" the clause before it.
   d. The channel: the cues of the marker's clause in the priority of ``claims.CHANNELS`` (تغريدة → post, مؤتمر
      صحفي, قناة → television, an outlet after لـ → interview, بيان → statement, تقرير → report); an outlet as
      the speaker gives report; otherwise the channel of the same speaker's previous claim, else unspecified.
   e. The date: the nearest resolved DATE timex of the marker's clause outside the content; inside an embedded
      post, the post's date.
   f. A participle of saying right after an assertion (…، مشيرا إلى أن …) continues it: one claim whose content
      runs over both clauses (the convention of the dev set and of the seed's gold), the participle's marker
      listed in ``continuations``.

4. Every embedded post (``doc.posts``) is a direct claim by its author, channel ``post``, dated by the post.
5. Number the claims ``C1``, ``C2`` … in text order. ``events`` is left empty for the events stage to fill.

A claim (all spans satisfy ``text == doc.text[start:end]``)::

    {"id": "C1",
     "speaker": {"name", "name_ar", "role", "org", "entity", "anonymous", "text", "start", "end", "found_by",
                 optional "actor", "country", "inter", "outlet", "handle"},
     "marker": {"text", "start", "end"} | None,   # None for an embedded post
     "content": {"text", "start", "end"}, "direct": bool,
     "channel": "interview|statement|post|report|press conference|television|unspecified",
     "reported_via": str | None, "date": "YYYY-MM-DD" | None,
     "polarity": "assert|deny", "kind": "say|announce|accuse|deny|claim_responsibility|warn|demand|report|allege",
     "events": [], optional "continuations": [{"text", "start", "end"}]}  # participles folded in (step 3f)

The stage is a package (round 13; it was one module of 3,838 lines): :mod:`.marks` (step 2), :mod:`.after` and
:mod:`.before` (the speaker, step 3b), :mod:`.written` (بحسب / وفقا لـ), :mod:`.channels` (step 3d),
:mod:`.reading` (one claim, step 3), :mod:`.continuation` (step 3f, occasions), :mod:`.sources` (posts, nested and
colon claims), :mod:`.common` (the records and shared readers) and :mod:`.cues` (the word sets and patterns, whose
Arabic word lists live in ``resources/ar/claim_cues.yaml``); this module puts them together (:func:`find_claims`).
"""

from __future__ import annotations

from rasd.claims.content import Clauses
from rasd.claims.context import DocIndex
from rasd.claims.lexicon import MARKER_PREPOSITION, load_claim_lexicon
from rasd.document import BlockKind, Document
from rasd.pipeline import stage
from rasd.settings import Settings
from rasd.stages.claims.common import Claim, _Mark, _State, _told_ahead
from rasd.stages.claims.continuation import (
    _continues,
    _occasion_channels,
    _set_off_within,
    about_lead_out,
    joined_verb_marker,
)
from rasd.stages.claims.marks import _marks, _midway_own_words, _named_turn, _prayer_cuts
from rasd.stages.claims.reading import _read_claim
from rasd.stages.claims.sources import (
    _colon_claim,
    _colon_quotes,
    _nested_claim,
    _nested_inside,
    _nested_own,
    _post_claim,
    passes_on,
)

#: the title block's kind as a module name (round 42, sp18: an Enum member read from its class costs a call of
#: ``EnumType.__getattr__``'s hook in Python 3.11; see rasd.claims.lexicon's ROLE_ and MARKER_ names)
_TITLE_BLOCK = BlockKind.TITLE


# ---------------------------------------------------------------------------------------------- the stage
def find_claims(doc: Document) -> list[Claim]:
    """The claims of a document with sentences, tokens, entities and timexes (see the module docstring).

    Args:
        doc: the document; it is not modified (its tokens and sentences are sorted in place if they were not).

    Returns:
        Claims numbered ``C1`` … in text order.
    """
    ix = DocIndex.build(doc, load_claim_lexicon())
    marks = _marks(ix)
    turns = {c for mk in marks if (c := _named_turn(ix, mk)) is not None}
    # (not an own-wording mid-sentence, "-حسب تعبيره-": no new source, no cut; round 24, cl35)
    cuts = {mk.clause_start for mk in marks if mk.initial and not _midway_own_words(ix, mk)} | turns
    cuts |= _prayer_cuts(ix)  # "…، داعيا المولى أن": the prayer's أن is no verb's before it (round 28)
    st = _State(Clauses(ix, sorted(cuts)))
    st.prepositions = {mk.clause_start: mk.match for mk in marks if mk.match.value.type is MARKER_PREPOSITION}
    st.marker_starts = {mk.match.start for mk in marks} | {mk.match.prefix_start for mk in marks}
    st.marker_order = sorted(st.marker_starts)
    colons = _colon_quotes(ix)
    extra: list[Claim] = []
    for mk in [*marks, None]:
        while colons and (mk is None or colons[0][1] < mk.match.prefix_start):
            colon_claim = _colon_claim(ix, st, *colons.pop(0))
            if colon_claim is not None:
                st.claims.append(colon_claim)
                c = colon_claim["content"]
                st.contents.append((c["start"], c["end"]))
                st.consumed.append((int(colon_claim["marker"]["start"]), c["end"]))
        if mk is None:
            break
        covered = st.covered(mk.match.start)  # (round 30: asked again below only when _set_off_within ran)
        split = _set_off_within(ix, st, mk) if covered else None
        if split is not None:  # "…، كما أوضح أن …" inside the last claim's content: a claim of its own (round 20)
            st.claims.append(split)
            c = split["content"]
            st.contents.append((c["start"], c["end"]))
            st.consumed.append((mk.match.start, max(c["end"], int(split["speaker"].get("end") or 0))))
            continue
        if covered and st.covered(mk.match.start) and _told_relative(ix, mk):
            told = _read_claim(ix, st, mk)  # "قال إنه التقى بفلان الذي أكد أن …": a nested claim (round 31, cl46)
            if told is not None and told["speaker"].get("found_by") not in _NAMED_NESTED:
                told = None  # a named speaker only ("لشرح الأسباب التي تؤكد أن": a thing kept as written)
            if told is not None and not any((x["marker"] or {}).get("start") == told["marker"]["start"] for x in extra):
                extra.append(told)  # kept apart: the outer speaker stays the one later continuations follow
            continue
        if covered and st.covered(mk.match.start):
            inside = _nested_inside(ix, st, mk)
            if inside is not None and not any(
                (x["marker"] or {}).get("start") == inside["marker"]["start"] for x in extra
            ):
                extra.append(inside)  # a report nested in a claim's content (round 19)
            continue
        claim = _read_claim(ix, st, mk)
        if claim is None:
            continue
        passing = passes_on(ix, claim["speaker"])  # (read once for both: round 43, sp21)
        nested = _nested_claim(ix, st, marks, claim, passing=passing)
        own = _nested_own(ix, st, marks, claim, passing=passing) if nested is None else None
        claim = nested or claim
        if _continues(ix, st, mk, claim):
            st.uncued.discard(len(st.claims))
            if own is not None:  # "…، مشيرا إلى أن مصادر محلية أكدت أن …": the participle folds into the claim
                extra.append(own)  # before it, the report nested in its words stays a claim (round 39, cl65)
            continue
        st.claims.append(claim)
        c = claim["content"]
        st.contents.append((c["start"], c["end"]))
        st.consumed.append((mk.match.start, max(c["end"], int(claim["speaker"].get("end") or 0))))
        if own is not None:  # a report nested in the claim: a second claim (round 16, check7's rule)
            extra.append(own)  # kept apart: the outer speaker stays the one later continuations follow
    _occasion_channels(ix, st)
    claims = [*_without_headline_echoes(ix, st.claims), *extra]
    joined_verb_marker(ix, claims)  # "وأضاف قائلا": the verb and its participle, one marker (round 34, cl53)
    about_lead_out(ix, claims)  # "وأعلنت الوزارة، عن القبض على …": the content after عن (round 34, cl53)
    for post in doc.posts:
        pc = _post_claim(ix, post)
        if pc is not None:
            claims.append(pc)
    claims.sort(key=lambda c: (c["marker"] or c["content"])["start"])
    for n, claim in enumerate(claims, 1):
        claim["id"] = f"C{n}"
    return claims


#: how the speaker of a relative claim nested in another claim's content must have been found: a name, a title or
#: a noun back to a speaker named before (not a phrase kept as written, a pronoun or the sentence before)
_NAMED_NESTED = frozenset(("mention", "title", "anaphor"))


def _told_relative(ix: DocIndex, mk: _Mark) -> bool:
    """Whether a marker is a verb of saying or reporting in a relative clause whose antecedent speaks ("بجون سميث
    الذي أكد أن"، "الأمم المتحدة التي قالت إن"): inside the content of a claim read before (a quotation the
    clause cut could not end) it is read as a claim of its own, nested (round 31, cl46; rulings 8 and 10), when
    what it tells opens with its own introducer, a colon or a quote ("عاصفة الحزم التي كشفت قدراتها": no claim)."""
    return mk.relative is not None and mk.match.value.kind in ("say", "report") and _told_ahead(ix, mk.match.end)


def _headline_spans(ix: DocIndex) -> list[tuple[int, int]]:
    """The title blocks, and each later copy of a title's text (a footer "رابط الخبر: <title>")."""
    text = ix.doc.text
    out: list[tuple[int, int]] = []
    for b in ix.doc.blocks:
        if b.kind is not _TITLE_BLOCK:
            continue
        out.append((b.start, b.end))
        title = text[b.start : b.end].strip()
        at = text.find(title, b.end) if len(title) >= 20 else -1
        while at >= 0:
            out.append((at, at + len(title)))
            at = text.find(title, at + len(title))
    return out


def _without_headline_echoes(ix: DocIndex, claims: list[Claim]) -> list[Claim]:
    """The claims less those of a headline (a title block, or its copy in a footer "رابط الخبر: <title>"). Headlines
    are coded nowhere: the body's claim is the one with its channel and its full content. Round 10 dropped a
    headline claim only when the body told it again (a claim of the same speaker, or two content words shared);
    round 17 (cl14) drops every one: none of the 1,868 gold claims of the 22 tune/check files stands in a headline,
    and the headline claims rasd kept (4 in check9, check10, check11; 8 in 1,000 fresh articles) were all false.
    A text with no body (one line: its only line is read as the title) keeps its claims, and so does a first line
    that ends with a full stop (a text given without a title: its first line is a sentence, not a headline)."""
    text = ix.doc.text
    if not any(b.kind is not _TITLE_BLOCK and text[b.start : b.end].strip() for b in ix.doc.blocks):
        return list(claims)
    titles = [text[b.start : b.end].strip() for b in ix.doc.blocks if b.kind is _TITLE_BLOCK]
    if not titles or all(t.endswith((".", "۔")) for t in titles):
        return list(claims)
    heads = _headline_spans(ix)
    return [c for c in claims if not any(a <= int((c["marker"] or c["content"])["start"]) < b for a, b in heads)]


@stage("claims", requires=("text", "sentences", "entities", "timexes"), provides=("claims",), order=60)
def claims_stage(doc: Document, settings: Settings) -> None:
    """Pipeline stage: see the module docstring."""
    doc.claims = find_claims(doc)
