"""The events stage: ACLED / PLOVER / CAMEO events with their trigger, date, place, actors and casualty figures.

Steps, in order (each step is a module of ``rasd.events``; the words are data in ``resources/ar/events.yaml``):

1. **Triggers**: every trigger of the lexicon in the text (verbs in all persons and tenses, verbal nouns, plurals,
   phrases; clitic-aware). A trigger with a ``needs`` list counts only when one of its words is in the sentence.
2. **Not events**: a sentence about sport, culture, history (ذكرى) or a figure of speech (حرب الأسعار) gives none;
   economy, speech and crime words veto the weak triggers (هاجم الوزير المعارضة في خطاب); an article whose
   register is sport or culture gives none.
3. **Coding**: a generic trigger (قصف، هجوم، انفجار، مقتل) takes its sub-type from the weapon words of its clause
   (طيران → air strike, قذائف → shelling, كلور → chemical weapon, عبوة → IED, انتحاري → suicide bomb), and from
   its target: civilians → Violence against civilians, armed men → Battles. A capture is "Government regains
   territory" when its actor is a state force, else "Non-state actor overtakes territory". Protests become
   "with intervention", "excessive force" or riots by their cues.
4. **Status** (reported, claimed, alleged, denied, future, hypothetical) from the words before the trigger in its
   clause, and **granularity**: a range of dates or a toll "since" makes an aggregate; a present-tense account with
   no date an ongoing one. Only discrete, reported/claimed/alleged events with an ACLED type become ACLED rows.
5. **Arguments**: place (the clause, then the sentence outside other events' clauses, then the headline and lead),
   one event per town when a clause lists several; date (the clause, the sentence, the paragraph, the embedded
   post, then the reference date with ``time_precision`` 2); actors (the subject after or before the verb, the
   target after على/ضد; civilians from victim words; the reference's convention for unnamed air forces, marked
   uncertain); fatalities, injured, displaced and arrested from the quantities of the clause.
6. **One event per happening**: triggers of one clause that tell one thing are one event; the same sub-type at the
   same place and date elsewhere in the article (headline, lead, a tweet, a quote) is the same event with another
   mention.
7. **Claims**: when the ``claims`` stage ran, each event lists the claims whose content holds one of its
   mentions and each claim its events; the claim's kind sets the event's status (an accusation → alleged, a
   perpetrator's own announcement → claimed, a denial → denied).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from rasd.document import Document, Entity
from rasd.events.actors import read_actors
from rasd.events.coding import (
    NEEDS_PLACE,
    VIOLENT,
    find_triggers,
    in_title,
    read_granularity,
    read_status,
    refine,
    register_veto,
    told_victims,
)
from rasd.events.context import Context, build_context
from rasd.events.cue_words import cue_alternation, cue_set, normalized_cues
from rasd.events.dates import event_date
from rasd.events.lexicon import word_set
from rasd.events.merge import (
    absorb,
    anchored,
    fold_coarse,
    fold_headline,
    fold_riot_clash,
    merge_clause,
    merge_sentence,
    read_figures,
    same_happening,
    share_tolls,
)
from rasd.events.model import Candidate, copy_candidate
from rasd.events.output import acled_codes, event_json, link_claims
from rasd.events.places import clause_places, lead_place, place_candidates, place_key, place_precision
from rasd.events.rowfilter import filter_rows
from rasd.geo.focus import adjective_country, focus_country
from rasd.pipeline import stage
from rasd.settings import Settings
from rasd.text.normalize import normalize


# ---------------------------------------------------------------------------------------------------- stage
def find_events(doc: Document) -> list[dict[str, Any]]:
    """Code the events of ``doc`` (its entities, timexes and quantities must be filled)."""
    ctx = build_context(doc)
    cands = find_triggers(ctx)
    if not cands or register_veto(ctx, len(cands)):
        return []
    cands = [c for c in cands if not target_of_another(c, cands)]
    for c in cands:
        # "في محاولة جديدة لانتزاع السيطرة على المناطق": the noun an aim governs is the aim too
        c.purpose = c.purpose or (c.tense == "noun" and any(o.purpose and 0 <= c.start - o.end <= 2 for o in cands))
        # "المناطق التي تسيطر عليها الحكومة": who holds a place is no deed either (it joins no act of its clause)
        held = c.cls.name in ("capture", "recapture") and c.tense == "present"
        c.purpose = c.purpose or (held and ctx.previous_word(ctx.word_start(c.start)) in _RELATIVE)
    for c in cands:
        refine(ctx, c)
        read_status(ctx, c)
    cands = merge_sentence(merge_clause(cands, ctx), ctx)
    taken = {cl for c in cands for cl in c.clauses}
    starts = sorted(c.start for c in cands)
    lead: Entity | None = None
    lead_read = False
    coded: list[Candidate] = []
    per_sentence: dict[tuple[int, int], int] = {}
    for c in cands:
        per_sentence[c.sentence] = per_sentence.get(c.sentence, 0) + 1
    for c in cands:
        groups = place_candidates(ctx, c, taken)
        if groups == [[]] and c.cls.name in NEEDS_PLACE:
            # "انسحبت ميليشيات الحوثيين …، السبت، من الأطراف الشمالية لمدينة عدن": the object past a comma
            after = clause_places(ctx, c.end, min(c.sentence[1], c.end + 120))
            groups = [[after[0]]] if after and object_place(c, after[0], starts) else groups
        groups = listed_items(ctx, c, groups)
        for group in groups:
            cc = c if len(groups) == 1 else copy_candidate(c)
            if len(groups) > 1:
                cc.cues.add("list_item")  # one item of a list of places (round 12b: told with its place, no kind)
            if group:
                cc.place = group[0]
                cc.place_precision = place_precision(ctx, group[0])
                own = any(a <= group[0].start < b for a, b in c.clauses) or (
                    c.cls.name in NEEDS_PLACE and object_place(c, group[0], starts)
                )
                cc.place_from = "clause" if own else "sentence"
            elif cc.cls.name not in NEEDS_PLACE:
                if not lead_read:
                    lead, lead_read = lead_place(ctx), True
                if lead:
                    cc.place = lead
                    cc.place_precision = max(2, place_precision(ctx, lead))
                    cc.place_from = "lead"
                else:
                    unread = told_place(ctx, cc, coded)
                    if unread is not None:
                        # round 13: "في المنطقة نفسها"، "بمحيط ميدان المحكمة": a place the sentence tells that the
                        # gazetteer cannot name (the one named before; else a name of its own, in the article's country)
                        cc.place, cc.place_precision, cc.place_from = unread
            if cc.cls.name in NEEDS_PLACE and (cc.place is None or cc.place_from != "clause"):
                if not unnamed_place(ctx.doc.text, cc):
                    continue
                # "سيطر مقاتلو التنظيم على قرية جديدة"، "وفي بلدة داريا … سيطر على حي الجمعيات": a place told by its
                # kind (and a name the gazetteer lacks), in the sentence's town when it names one
                if cc.place is None:
                    cc.place_from = "none"
                else:
                    cc.place_precision = max(2, cc.place_precision or 2)
            if cc.cls.name in ("capture", "recapture") and cc.tense == "present" and not headline_report(ctx, cc):
                continue  # تسيطر عليه: who holds a place, not a change of hands
            if (
                cc.cls.name in ("capture", "recapture")
                and cc.tense == "noun"
                and not anchored(ctx, cc)
                and not just_after(ctx, cc)
                and not announced(ctx, cc)
                and not opening_verb(ctx, cc)
            ):
                continue  # "تحرير عدن بشارة خير": a past capture named in passing, no actor or date of its own
            coded.append(cc)
    out: list[Candidate] = []
    told: dict[tuple[int, int], dict[str, Any]] = {}  # the named actor1 of the last event of each sentence
    other_clauses = {cl for c in coded if c.another for cl in c.clauses}
    for c in coded:
        if c.another and "toll_item" in c.cues:
            # "سبعة آخرين قتلوا … في تفجير آخر": another happening (kept apart), dated as the report's next item
            c.another = False
            c.date = event_date(ctx, c)
            c.another = True
        else:
            c.date = event_date(ctx, c)
        if "set" in c.cues and not _dated_in_sentence(ctx, c):
            # "نفذ التحالف 19 غارة جوية … أمس الجمعة. وأضاف البيان أن الهجمات تركزت قرب الحسكة": the strikes told,
            # on the day told with them, not the statement's (round 12b)
            told_with = next(
                (h for h in reversed(out) if h.cls.acled_type == c.cls.acled_type and _dated_in_sentence(ctx, h)), None
            )
            if told_with is not None:
                c.date = dict(told_with.date or {})
        country = (c.place.geo or {}).get("country_iso3") if c.place is not None else ctx.focus_country
        violent = c.cls.acled_type in VIOLENT
        read_actors(ctx, c, country, told.get(c.sentence) if violent else None)
        if violent and c.actor1 is not None and not c.actor1.get("certainty") and c.actor1.get("inter") != 7:
            told[c.sentence] = c.actor1
        read_figures(ctx, c, per_sentence.get(c.sentence, 0) > 1)
        if not c.another and any(cl in other_clauses for cl in c.clauses):
            c.fatalities, c.injured = [], []  # "هذا القصف … بعد أيام من هجوم مماثل أسفر عن إصابة أربعة": theirs
        read_granularity(ctx, c)
        named = c.actor1 is not None and c.actor1.get("certainty") not in ("unnamed", "uncertain")
        hands = ctx.has("perpetrators", *c.clause) or ctx.has("victims", *c.clause) or ctx.has("mob", *c.clause)
        hands = hands or told_victims(ctx, c)  # أقدم فلان على قتل فلان، قتل وأصيب سبعة: someone was killed
        own_figure = c.fatalities or c.injured
        ranked = ranked_arrest(ctx, c)
        if c.weak and c.place_from in ("lead", "none") and not named and not own_figure and not hands and not ranked:
            continue  # "معارك": no place, no actor, no figure of its own (توقيف أكثر من أربعين متظاهرا has one)
        if c.cause and c.definite and not own_figure and not _own_day(ctx, c):
            # "احتجاجا على الاعتداءات"، "أدان الاعتداء على الصحفيين": a kind of violence condemned; "استنكرت الجامعة
            # القصف التركي لشمال العراق"، "احتجاجا على التفجير الدامي": the happening told before, condemned or
            # rejected, with no figure or day of its own (its place is the one it was told with)
            continue
        local = c.place_from == "clause" and (c.place_precision or 3) <= 2
        state = named and (c.actor1 or {}).get("inter") == 1 and c.cls.name == "arrest"
        # a weak word that needs its place (انسحبت) has one in its clause: with a named actor it is a happening
        state = state or (named and c.cls.name in NEEDS_PLACE and c.place_from == "clause")
        state = state or ranked  # "تم اعتقال القيادي في حركة طالبان": the one arrested, named by his rank (round 12c)
        if (
            c.weak
            and not local
            and not c.fatalities
            and not c.injured
            and not c.arrested
            and not state
            and not ((named or hands) and (c.actor2 or hands))
        ):
            continue  # a weak word alone (استهداف، معارك) with nothing of its own
        if (
            c.cls.name == "killing"
            and not (c.fatalities or named or hands)
            and not (ctx.has("armed_targets", *c.clause))
        ):
            continue  # قتل ثعابين: a killing needs a human victim or a toll
        if c.cls.name == "displacement" and not c.displaced:
            continue
        if bare_killing(ctx, c):
            continue  # "ما وصلت إليه من تدمير وقتل وتعذيب": the word for killing, with no victim count, day or town
        out.append(c)
    # a killing told with no place of its own (a headline's "مقتل 8") is a summary of the article's other events
    # (a killing told beside another event in its own sentence is not a summary: قضى شاب تحت التعذيب بعد اعتقاله)
    told_elsewhere = {c.sentence for c in out if c.cls.name != "killing" and c.cls.acled_type}
    out = [
        c
        for c in out
        if not (c.cls.name == "killing" and c.place_from in ("lead", "none") and told_elsewhere - {c.sentence})
    ]
    # so is a toll told for a whole province or country ("بمقتل ثمانية … وخمسة مدنيين في أعمال عنف بمحافظة
    # الأنبار") when the article tells violent events at finer places there
    finer: set[tuple[str, str] | None] = set()
    for c in out:
        if not c.toll and c.cls.acled_type in VIOLENT and (c.place_precision or 3) < 3 and _area(c) is not None:
            finer |= {_area(c), (_area(c) or ("", ""))[0:1] + ("",)}  # its province, and its country as a whole
    out = [c for c in out if not (c.toll and (c.place_precision or 3) >= 3 and _area(c) in finer)]
    out = fold_fighting_into_capture(ctx, out)
    merged: list[Candidate] = []
    for c in out:
        toll_of = _destruction_told_after(ctx, c, merged)
        if toll_of is not None:
            # "مواجهات عنيفة احتدمت مساء الاثنين … وأن جميع تلك الآليات تم تدميرها": armour destroyed right after a
            # fight or strike told at its place is that happening's toll, not another clash (round 9b)
            toll_of.mentions.extend(c.mentions)
            if not toll_of.fatalities:
                toll_of.fatalities = c.fatalities
            continue
        if c.reference and c.cls.acled_type in VIOLENT:
            # "منفذ الهجوم رجل من أديامان": the attack already told, named through its perpetrator
            told_before = next((h for h in reversed(merged) if h.cls.acled_type in VIOLENT), None)
            if told_before is not None:
                told_before.mentions.extend(c.mentions)
                continue
            doer = ctx.has("status:reference_doer", max(c.clause[0], c.start - 20), c.start)
            if doer and not (c.fatalities or c.injured) and not (c.date or {}).get("timex"):
                # "كشف هوية منفذ الهجوم": news about who did it, nothing new of the act. Not for a happening told
                # through its dead or wounded ("تشييع شهداء التفجير"): ACLED codes it from such a report (round 9b)
                continue
        head = next((h for h in merged if same_happening(h, c)), None)
        anaphoric = c.definite and c.cls.name not in ("capture", "recapture")  # السيطرة على X names its own X
        anaphoric = anaphoric and "rest" not in c.cues  # الضربات الأخرى: the rest of the set, not the ones told
        if head is None and anaphoric and c.cls.acled_type is not None and c.granularity == "discrete":
            # "القصف جاء بعد …": a definite noun names the event already told, at its place or with no place of its
            # own, whatever date its sentence or post carries
            kin = [
                h
                for h in reversed(merged)
                if h.cls.acled_type == c.cls.acled_type
                # (not a sweep of another kind told before, "بدأت هجوما منذ أسبوع وتمكنت من الدخول": round 11)
                and (h.granularity == c.granularity or h.cls.name == c.cls.name)
                and (c.place_from != "clause" or _same_area(h, c) or ("set" in c.cues and _within(h, c)))
            ]
            # the last one told at its place first (a shell in Damascus after bombings in Aleppo: the Damascus shells)
            head = next((h for h in kin if c.place and place_key(h.place) == place_key(c.place)), None)
            head = head or next(iter(kin), None)
        attack_word = c.cls.name in ("attack", "assault") or f"word:attack@{c.start}" in c.cues  # (typed a clash)
        bare = anaphoric and attack_word and not any(k.startswith("means:") for k in c.cues)
        if head is None and bare and c.granularity == "discrete":
            # "قتل 12 عندما هاجم انتحاريان حمام سباحة … وأسفر الهجوم الذي وقع في بلدة طوز خورماتو عن إصابة 45":
            # "the attack" with no weapon of its own names the violent event just told, whatever its type
            before = [h for h in reversed(merged) if h.cls.acled_type in VIOLENT and h.granularity == "discrete"]
            # the last one the body tells as happened (not the strikes threatened after the bombing), else the last
            # one told
            real = [h for h in before if h.status not in ("future", "hypothetical", "denied")]
            head = next((h for h in real if not in_title(ctx, h.start)), None)
            head = head or next(iter(before), None)
            if head is not None and not (c.place_from != "clause" or _same_area(head, c) or _within(head, c)):
                head = None
        if head is None and pluperfect(ctx, c):
            # "وكان الإقليم نفسه قد شهد تفجيرا انتحاريا أمس الأول" after the bombing of Monday: told again, a day off
            head = next((h for h in merged if retold_before(h, c)), None)
        if head is None and merged and details_of(ctx, merged[-1], c):
            absorb(merged[-1], c)
            merged[-1].place, merged[-1].place_precision = c.place, c.place_precision  # the details' own place
            merged[-1].place_from = c.place_from
            continue
        if head is None:
            merged.append(c)
        else:
            absorb(head, c)
    merged = fold_riot_clash(fold_coarse(fold_headline(ctx, merged)))
    merged = share_tolls(ctx, merged)  # one toll told for several rows is counted once
    events = [event_json(ctx, c, i) for i, c in enumerate(merged, 1)]
    link_claims(doc, events)
    return events


def _dated_in_sentence(ctx: Context, c: Candidate) -> bool:
    """Whether the day that dates ``c`` is told in its own sentence."""
    tid = (c.date or {}).get("timex")
    x = next((t for t in ctx.doc.timexes if t.id == tid), None) if tid else None
    return x is not None and c.sentence[0] <= x.start < c.sentence[1]


def _own_day(ctx: Context, c: Candidate) -> bool:
    """Whether the day that dates ``c`` is told after its trigger (its own day), not before it in the clause that
    condemns or rejects it ("ودانت الجامعة العربية الثلاثاء القصف التركي": Tuesday is the condemnation's)."""
    tid = (c.date or {}).get("timex")
    if not tid:
        return False
    x = next((t for t in ctx.doc.timexes if t.id == tid), None)
    return x is None or x.start > c.start


#: Words between fighting and the capture it ended in (اشتباكات … أسفرت عن سيطرة قوات الأسد على القريتين).
_RESULT = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alternation("fighting_results") + r")(?![\u0621-\u064A])")


def fold_fighting_into_capture(ctx: Context, out: list[Candidate]) -> list[Candidate]:
    """Fighting told as the way to a capture of the same sentence is that capture (ACLED codes the place taken,
    with the fighting's dead): "سيطرت القوات على بلدة العين، بعد معارك عنيفة أسفرت عن مقتل …" (the capture after
    the battles) and "اندلعت اشتباكات … أسفرت عن سيطرة قوات الأسد على القريتين" (the battles ended in it)."""
    text = ctx.doc.text
    gone: set[int] = set()
    for c in out:
        if c.cls.name not in ("capture", "recapture") or c.status not in ("reported", "claimed"):
            continue
        for h in out:
            if id(h) in gone or h.cls.name != "clash" or h.sentence != c.sentence or h.granularity != c.granularity:
                continue
            if h.status != c.status or h.another:
                continue
            after = c.end <= h.start and ctx.previous_word(ctx.word_start(h.start)) == "بعد"
            ended = (
                h.end <= c.start
                and bool(_RESULT.search(text, h.end, c.start))
                and not any(o is not h and o is not c and h.end <= o.start < c.start and o.cls.acled_type for o in out)
            )
            if not (after or ended):
                continue
            absorb(c, h)
            c.fatalities = c.fatalities or h.fatalities
            c.injured = c.injured or h.injured
            gone.add(id(h))
    return [c for c in out if id(c) not in gone]


#: A place told by its kind, not its name, as the object of a capture (على قرية جديدة، مديرية كاملة، تلة استراتيجية;
#: lists.capture_place_kinds): right after على, or (a regaining verb's direct object) after at most three words of
#: subject.
_KIND = r"(?:ال)?(?:" + cue_alternation("capture_place_kinds") + r")(?![\u0621-\u064A])"
_PLACE_NOUN = re.compile(
    r"^\s*(?:\S+\s+){0,3}?(?:على|علي)\s+(?:(?:" + cue_alternation("place_quantifiers") + r")\s+)?" + _KIND
)  # "حيث سيطرت على عدة مناطق": several places told by their kind (lists.place_quantifiers)
_PLACE_OBJECT = re.compile(r"^\s*(?:\S+\s+){0,3}?" + _KIND)
_PLACE_DIRECT = re.compile(r"^\s*" + _KIND)


def details_of(ctx: Context, h: Candidate, c: Candidate) -> bool:
    """Whether ``c`` tells the details of ``h``, the event just before it: "كشف المتحدث عن تفاصيل صد القوات هجوما"
    with no place of its own, then in the next sentence "أثناء قيام القوات … بمحافظة السويس … فوجئت بإطلاق نيران":
    one ACLED sub-type, the same or the next sentence, the first (not the headline) placed only by the headline or
    lead, the second in its own sentence, and no day of its own in the first that differs from the second's."""
    etype, sub = acled_codes(ctx, h)
    if sub is None or sub != acled_codes(ctx, c)[1] or h.another or c.another:
        return False
    if etype == "Explosions/Remote violence":
        return False  # strikes told one after the other are often two (a night's raids, then a town's)
    if h.place_from not in ("lead", "none") or c.place_from not in ("clause", "sentence") or in_title(ctx, h.start):
        return False
    if h.granularity != c.granularity:
        return False
    if h.status != c.status or ctx.sentence_index(c.sentence[0]) - ctx.sentence_index(h.sentence[0]) not in (0, 1):
        return False
    dh, dc = h.date or {}, c.date or {}
    return not (dh.get("timex") and dc.get("timex") and dh.get("value") != dc.get("value"))


#: Round 13 (helper ev6): a place the sentence refers back to (في المنطقة نفسها، في ذات المكان; lists.same_place_kinds,
#: with ال after نفس and ذات, and lists.same_words).
_SAME_PLACE = re.compile(
    r"(?<![\u0621-\u064A])(?:[وف]?[بل]?(?:ال)?(?:"
    + cue_alternation("same_place_kinds")
    + r"))\s+(?:"
    + cue_alternation("same_words")
    + r")"
    + r"|(?<![\u0621-\u064A])(?:في|ب)\s*(?:نفس|ذات)\s+(?:"
    + cue_alternation("same_place_kinds", prefix="ال")
    + r")"
)
#: Round 13 (helper ev6): a place told by its kind with a name after it (في ولاية يوبي، على منفذ الطوال، من إقليم كشمير،
#: بمحيط ميدان المحكمة; lists.named_place_kinds). The name is the first word after the kind word.
_KIND_NAME = re.compile(
    r"(?<![\u0621-\u064A])[وف]?[بل]?(?:"
    + cue_alternation("named_place_kinds")
    + r")"
    + r"\s+([\u0621-\u064A]{3,})(?![\u0621-\u064A])"
)
#: Words after a kind word that are no name (a direction, a relative, a preposition, a quantifier), normalized
#: (lists.no_name_after_kind).
_NO_NAME_AFTER_KIND = normalized_cues("no_name_after_kind")

#: Round 13 (helper ev6): the kind words of the places of a list after an event's trigger (منطقة البساتين ومزارع
#: جعولة وقرية الفلاحين، جبل يسوف وتلة الصنع; lists.item_kinds); a plural kind announces names joined by و (في مناطق
#: الحصيبة والملاحمة; lists.plural_item_kinds).
_ITEM_KINDS = normalized_cues("item_kinds")
_PLURAL_KINDS = normalized_cues("plural_item_kinds")
#: Words that end a list item's name (a direction, a relative, a preposition, a setting; lists.item_stops).
_ITEM_STOP = normalized_cues("item_stops")


def _adjective(name: str) -> bool:
    """An indefinite nisba adjective after a kind word (منطقة عسكرية، قرية حدودية): no name. A definite one after an
    indefinite kind word is the construct of a name (منطقة الشعبانية، ولاية الجزيرة)."""
    return name.endswith(("ية", "يه")) and not name.startswith("ال")


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
    if not all(c.end <= b.start < end for b in bases):
        return groups
    words = [(m.start(), m.end()) for m in _A_WORD.finditer(text, c.end, end)]
    norm = [normalize(text[a:b]) for a, b in words]
    # the list starts at the first kind word within four words after the trigger
    first = next((i for i in range(min(5, len(norm))) if norm[i] in _ITEM_KINDS | _PLURAL_KINDS), None)
    if first is None:
        return groups
    plural = norm[first] in _PLURAL_KINDS
    items: list[tuple[int, int]] = []
    i = first
    while i < len(norm):
        w, skip = norm[i], 0
        if items:
            if not (w.startswith("و") and len(w) > 2) or text[words[i - 1][1] : words[i][0]].strip(" ،,"):
                break  # the list ends where no و joins the next word to it
            w, skip = w[1:], 1
        if w in _ITEM_KINDS or (not items and w in _PLURAL_KINDS):
            i, skip = i + 1, 0  # the kind word; the name follows it
            if i >= len(norm) or norm[i] in _ITEM_STOP:
                break
        elif not plural:
            break  # an item without its kind word in a list of kinds: no place of the list (وقتل …)
        start, stop = words[i][0] + skip, words[i][1]
        if (
            i + 1 < len(norm)
            and norm[i + 1] not in _ITEM_STOP | _ITEM_KINDS
            and not norm[i + 1].startswith("و")
            and text[stop : words[i + 1][0]] == " "
            and not ctx.places_in(words[i + 1][0], words[i + 1][1])
        ):
            i += 1  # a second word of the name (العين بلورد), unless it ends the item or starts the next
            stop = words[i][1]
        items.append((start, stop))
        i += 1
    if len(items) <= len(groups) or not all(any(a <= x.start < b for a, b in items) for x in bases):
        return groups  # no item more than the places read, or a place read outside the list
    g = base.geo or {}
    out: list[list[Entity]] = []
    for a, b in items:
        known = [p for p in ctx.places_in(a, b) if a <= p.start < b]
        if known:
            out.append([next((x for x in bases if a <= x.start < b), known[0])])
            continue
        name = text[a:b]
        if normalize(name.split(" ")[0]) in _NO_NAME_AFTER_KIND or _adjective(name):
            return groups  # a kind told with no name (منطقة عسكرية): no list of places
        out.append(
            [
                Entity(
                    id="",
                    type="GPE",
                    start=a,
                    end=b,
                    canonical=name,
                    canonical_ar=name,
                    geo={
                        "country_iso3": g.get("country_iso3"),
                        "admin1": g.get("admin1"),
                        "unresolved": True,
                        "geo_precision": 2,
                    },
                    source="events",
                )
            ]
        )
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
        own = adjective_country(normalize(after.group(0))) if after else None
        if not (own or country):
            continue
        if ctx.places_in(m.start(1), m.end(1)) or normalize(name) in _NO_NAME_AFTER_KIND:
            continue  # a name the gazetteer has (its reading stands), or no name (منطقة شمال البلاد، مديرية أمن)
        if _adjective(name) or name.endswith(("ها", "هم")) or name.startswith("لل") or re.match(r"ال.+ات$", name):
            # an adjective or a pronoun (منطقة عسكرية، مدينتها)، a phrase (قرية للمزارعين)، a plural noun of what
            # happens there (منطقة المواجهات، منطقة العمليات)
            continue
        ent = Entity(
            id="",
            type="GPE",
            start=m.start(1),
            end=m.end(1),
            canonical=name,
            canonical_ar=name,
            geo={"country_iso3": own or country, "unresolved": True},
            source="events",
        )
        return ent, 3, "sentence"
    return None


def unnamed_place(text: str, c: Candidate) -> bool:
    """Whether a capture's object is a place told by its kind (the gazetteer has no name to find)."""
    after = text[c.end : min(c.clause[1], c.end + 40)]
    if text[c.start : c.end].endswith(("على", "علي")):  # سيطرتها على منطقة الأزارق: the trigger holds its على
        return bool(_PLACE_DIRECT.search(after))
    return bool(
        _PLACE_NOUN.search(after) or (c.cls.name == "recapture" and c.tense != "noun" and _PLACE_OBJECT.search(after))
    )


#: Prepositions (normalized) before the bare noun قتل (lists.noun_prepositions).
_PREPOSITIONS = cue_set("noun_prepositions")


#: Relative pronouns before a present-tense verb: a state (المناطق التي يسيطر عليها التنظيم), not a report
#: (lists.state_relatives).
_RELATIVE = normalized_cues("state_relatives")


#: A present-tense capture verb followed by "on it" describes who holds a place (قرية يسيطر عليها داعش).
_HELD = re.compile(r"^\s*(?:" + cue_alternation("on_it") + r")(?![\u0621-\u064A])")


def headline_report(ctx: Context, c: Candidate) -> bool:
    """A present-tense verb in the headline that reports a past act (المقاومة تسيطر على جبل منيف), as headlines do:
    its place follows it (not "يستعيد اللحظات الأخيرة"), and no relative pronoun or "on it" makes it a state."""
    if not in_title(ctx, c.start) or ctx.previous_word(ctx.word_start(c.start)) in _RELATIVE:
        return False
    after = ctx.doc.text[c.end : min(c.clause[1], c.end + 30)]
    if _HELD.match(after):
        return False
    placed = c.place is not None and c.place_from == "clause" and 0 <= c.place.start - c.end <= 30
    return placed or unnamed_place(ctx.doc.text, c)


def object_place(c: Candidate, place: Entity, starts: list[int]) -> bool:
    """A place just after the trigger's clause, cut off only by a comma round a day or a name ("انسحبت ميليشيات
    الحوثيين وقوات صالح، السبت، من الأطراف الشمالية لمدينة عدن"): within 120 characters of the trigger, in its
    sentence, with no other trigger between."""
    if not (c.end <= place.start <= c.end + 120 and place.start < c.sentence[1]):
        return False
    return not any(c.end <= s < place.start for s in starts)


def target_of_another(c: Candidate, cands: list[Candidate]) -> bool:
    """A deployment noun right after a violent trigger of its clause is that act's target (كمائن لتعزيزات
    الميليشيات، استهداف رتل عسكري), not a deployment of its own."""
    if c.cls.name != "mobilization" or c.tense != "noun":
        return False
    return any(
        o.cls.acled_type in VIOLENT and o.clause == c.clause and o.end <= c.start and c.start - o.end <= 25
        for o in cands
    )


#: A commander named by his rank (word_sets.ranked_captives: القيادي، قائد، زعيم).
_RANKED = word_set("ranked_captives")
#: What the rank is held in (word_sets.ranked_groups: التنظيم، الحركة، طالبان).
_GROUPS = word_set("ranked_groups")
#: A word.
_A_WORD = re.compile(r"[\u0621-\u064A]+")


def ranked_arrest(ctx: Context, c: Candidate) -> bool:
    """A weak arrest word whose object is one man named by his rank in an armed group or party, right after it or
    after his name ("تم اعتقال القيادي في حركة طالبان"، "اعتقال فلان قائد الحركة في المنطقة"): the one arrested is the
    happening's own, even with no place or actor of its own (round 12c). A rank with no group after it (قائد المركب)
    is not enough."""
    if c.cls.name != "arrest" or not c.weak:
        return False
    end = c.clause[1]
    words = list(_A_WORD.finditer(ctx.doc.text, c.end, end))[:4]
    for w in words:
        if normalize(w.group()) in _RANKED:
            after = list(_A_WORD.finditer(ctx.doc.text, w.end(), end))[:4]
            if not after:
                return False
            span = (w.end(), after[-1].end())
            orgs = [n for n in ctx.names_in(*span) if n.type == "ORG"]
            return bool(ctx.actors_in(*span) or orgs or any(normalize(a.group()) in _GROUPS for a in after))
    return False


def bare_killing(ctx: Context, c: Candidate) -> bool:
    """A killing told only by the verbal noun (قتل، القتل) with no count, no day and no town of its own."""
    if not c.toll or c.tense != "noun" or c.fatalities or len(c.mentions) > 1 or told_victims(ctx, c):
        return False
    word = normalize(ctx.doc.text[c.start : c.end])
    fused = ctx.doc.text[ctx.word_start(c.start) : c.start]
    if word not in ("قتل", "القتل"):
        return False
    if word == "قتل" and not fused and ctx.previous_word(c.start) not in _PREPOSITIONS:
        return False  # "قتل جنود شابا": the verb, not the noun
    if _LISTED.match(ctx.doc.text, c.end) and fused.endswith("و"):
        return True  # "ما وصلت إليه دمشق من تدمير وقتل وتعذيب": one of a list of evils, wherever it is told
    if ctx.has("victims", c.end, min(c.clause[1], c.end + 15)):
        return False  # "أقدمت عصابة مسلحة على قتل راع": the killing of someone named by what he is
    if ctx.has("armed_targets", c.end, min(c.clause[1], c.end + 15)) and _ACHIEVED.search(
        ctx.doc.text, c.clause[0], ctx.word_start(c.start)
    ):
        return False  # "تمكنت قواتنا من قتل المسلحين": armed men a force managed to kill, a fight (round 12c)
    if c.place_from == "clause" and (c.place_precision or 3) <= 2:
        return False
    return not (c.date or {}).get("timex")


#: A verb of success before "من/في" and the noun of a killing (تمكنت قواتنا … من قتل، نجحت الوحدات في قتل;
#: lists.success_verbs).
_ACHIEVED = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:"
    + cue_alternation("success_verbs")
    + r")(?![\u0621-\u064A])"
    + r"[^.؟!]*\s(?:من|في)\s+$"
)
#: The next item of a list of nouns (… وقتل وتعذيب، وقتل واعتقال).
_LISTED = re.compile(r"\s+و(?:ال)?[\u0621-\u064A]{3,}")


def _area(c: Candidate) -> tuple[str, str] | None:
    """The country and admin1 of an event's place (None when it has none)."""
    geo = (c.place.geo or {}) if c.place is not None else {}
    if not geo.get("country_iso3"):
        return None
    return str(geo["country_iso3"]), str(geo.get("admin1") or "")


#: What may stand before a sentence's opening verb: quotes, dashes, a colon, the conjunctions و ف.
_OPENING = re.compile(r"^[\s\"«»“”'\-–—:(]*(?:[وف])?$")
#: A definite word (the verb's subject or object): الجيش، القوات.
_DEFINITE_NEXT = re.compile(r"\s+(?:[وفبل]?ال|لل)[\u0621-\u064A]")


def opening_verb(ctx: Context, c: Candidate) -> bool:
    """A bare form that is both a verbal noun and a past verb, opening its sentence before a definite word, is the
    verb (Arabic news opens with the verb: "طرد الجيش مسلحي التنظيم من القرية"), not a capture named in passing."""
    text = ctx.doc.text
    if text[c.end - 1] == "ة":
        return False  # استعادة، السيطرة: a verbal noun only
    start = ctx.word_start(c.start)
    return bool(_OPENING.match(text[c.sentence[0] : start])) and bool(_DEFINITE_NEXT.match(text, c.end))


def just_after(ctx: Context, c: Candidate) -> bool:
    """A capture named right after عقب with its own place (اشتباكات تجري الآن في لودر عقب السيطرة على جبل يسوف وتحرير
    بلدة العين): the capture that came just before what is told, not one named in passing (بعد تحرير عدن)."""
    if not (c.place_from == "clause" or unnamed_place(ctx.doc.text, c)):
        return False
    if any(ctx.previous_word(ctx.word_start(m.start)) in ("عقب", "وعقب") for m in c.mentions):
        return True
    return _AFTER_CAPTURE.search(ctx.doc.text, max(c.clause[0], c.start - 60), c.start) is not None


#: A speaker announcing a capture (أعلن … عن سيطرة قواته على مناطق جنوب غربي الرمادي، كشف عن تحرير;
#: lists.announcing_verbs).
_ANNOUNCED = re.compile(
    r"(?<![\u0621-\u064A])(?:و|ف)?(?:"
    + cue_alternation("announcing_verbs")
    + r")(?![\u0621-\u064A])"
    + r"[^.؟!]{0,120}?\sعن\s*$"
)


def announced(ctx: Context, c: Candidate) -> bool:
    """A capture told as a speaker's announcement (أعلن نائب قائد الفرقة … عن سيطرة قواته على مناطق …) with its own
    place: the news of the capture, not one named in passing."""
    if not (c.place_from == "clause" or unnamed_place(ctx.doc.text, c)):
        return False
    return _ANNOUNCED.search(ctx.doc.text, max(c.sentence[0], c.start - 140), ctx.word_start(c.start)) is not None


#: The second capture of a list after عقب (عقب السيطرة على جبل يسوف وتحرير بلدة العين; lists.capture_nouns).
_AFTER_CAPTURE = re.compile(
    r"(?<![\u0621-\u064A])و?عقب\s+(?:ال)?(?:" + cue_alternation("capture_nouns") + r")[^،,.]*\s+و$"
)


#: The pluperfect of a retelling (وكان الإقليم قد شهد، وكانت القوات قد أعلنت): كان … قد before the trigger.
_PLUPERFECT = re.compile(r"(?<![\u0621-\u064A])[وف]?كان(?:ت|وا)?\s+(?:\S+\s+){0,4}?قد\s+(?:\S+\s+){0,2}$")


def pluperfect(ctx: Context, c: Candidate) -> bool:
    """Whether a trigger is told in the pluperfect (كان … قد شهد تفجيرا): an event recalled, often one told before."""
    return bool(_PLUPERFECT.search(ctx.doc.text, max(c.clause[0], c.start - 80), ctx.word_start(c.start)))


#: Destruction words of the armour trigger (تدمير دبابات، دمرت الفصائل آليات).
_DESTROY = re.compile(r"دمر|تدمير")


def _destruction_told_after(ctx: Context, c: Candidate, merged: list[Candidate]) -> Candidate | None:
    """The violent happening told in ``c``'s sentence or the one before it that an armour-destroyed trigger ``c``
    (a subordinate attack: تدمير آليات، دمرت دبابات) is the toll of, when ``c`` has no other place of its own."""
    if not (c.subordinate and c.cls.name == "attack" and _DESTROY.search(ctx.doc.text, c.start, c.end)):
        return None
    here = ctx.sentence_index(c.start)
    if not ctx.sentences or not ctx.sentences[here].start <= c.start < ctx.sentences[here].end:
        return None
    near = {(x.start, x.end) for x in ctx.sentences[max(0, here - 1) : here + 1]}
    for h in reversed(merged):
        if h.cls.acled_type not in VIOLENT or h.granularity != "discrete" or tuple(h.sentence) not in near:
            continue
        own = c.place_from == "clause" and place_key(c.place) is not None
        if own and place_key(c.place) != place_key(h.place):
            return None  # armour destroyed at another place: a happening of its own
        return h
    return None


def retold_before(h: Candidate, c: Candidate) -> bool:
    """Whether ``h``, told before, is the happening ``c`` recalls: one ACLED sub-type, one admin1, days a day apart."""
    if h.cls.acled_sub_type is None or h.cls.acled_sub_type != c.cls.acled_sub_type or h.granularity != c.granularity:
        return False
    gh, gc = (h.place.geo or {}) if h.place else {}, (c.place.geo or {}) if c.place else {}
    if not gh.get("admin1") or (gh.get("country_iso3"), gh.get("admin1")) != (gc.get("country_iso3"), gc.get("admin1")):
        return False
    dh, dc = str((h.date or {}).get("value") or ""), str((c.date or {}).get("value") or "")
    if len(dh) != 10 or len(dc) != 10:
        return False
    try:
        return abs((dt.date.fromisoformat(dh) - dt.date.fromisoformat(dc)).days) <= 1
    except ValueError:
        return False


def _within(coarse: Candidate, fine: Candidate) -> bool:
    """Whether ``coarse`` is placed only in the country (or a region of it) where ``fine`` has its province."""
    gc = (coarse.place.geo or {}) if coarse.place else {}
    gf = (fine.place.geo or {}) if fine.place else {}
    return bool(gc.get("country_iso3")) and not gc.get("admin1") and gc.get("country_iso3") == gf.get("country_iso3")


def _same_area(a: Candidate, b: Candidate) -> bool:
    """Whether two events are placed in one gazetteer place or, failing that, one admin1 of one country."""
    if place_key(a.place) == place_key(b.place):
        return True
    if a.place_precision == 1 and b.place_precision == 1:
        return False  # two towns are two places, even in one province
    ga, gb = (a.place.geo or {}) if a.place else {}, (b.place.geo or {}) if b.place else {}
    return bool(ga.get("admin1")) and (ga.get("country_iso3"), ga.get("admin1")) == (
        gb.get("country_iso3"),
        gb.get("admin1"),
    )


@stage(
    "events",
    requires=("text", "sentences", "entities", "timexes", "quantities"),
    provides=("events",),
    order=70,
)
def events_stage(doc: Document, settings: Settings) -> None:
    """Fill ``doc.events`` (see the module docstring), then let the learned row filter mark doubtful rows."""
    doc.events = find_events(doc)
    if settings.row_filter and doc.events:
        filter_rows(doc, doc.events)
