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
import functools
import re
from typing import Any

from rasd.document import Document, Entity
from rasd.events.actors import read_actors, riot_sides
from rasd.events.capture_back import PLACE_BACK, place_told_back
from rasd.events.captures import (
    _RELATIVE,
    announced,
    date_recap_items,
    fold_fighting_into_capture,
    headline_report,
    just_after,
    opening_verb,
)
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
from rasd.events.coding.background import TRIGGER_STARTS, fighting_going_on, told_taking_place
from rasd.events.coding.kinds import code_kinds
from rasd.events.coding.readers import back_words, retype_confrontation
from rasd.events.coding.triggers import HANDED
from rasd.events.context import Context, build_context
from rasd.events.dates import event_date
from rasd.events.further import fold_further_into_kin
from rasd.events.genre import (
    GENERAL_REASON,
    dated_mention,
    drop_general_rows,
    essay_article,
    period_report,
    reported_shelling,
    told_in_general,
)
from rasd.events.lexicon import event_lexicon, word_set
from rasd.events.martyr_stories import FAMILY_TOWN_REASON, drop_family_town_rows, family_town, mosque_bombing
from rasd.events.merge import (
    absorb,
    also_elsewhere,
    anchored,
    fold_coarse,
    fold_headline,
    fold_riot_clash,
    fold_suicide_retold,
    fold_volley_lead,
    mark_item_towns,
    mark_own_sites,
    mark_summaries,
    merge_clause,
    merge_sentence,
    own_site_named,
    read_figures,
    same_happening,
    share_tolls,
    summary_toll,
    two_places,
)
from rasd.events.merge.clauses import kept_apart
from rasd.events.merge.days_apart import date_days_apart, off_day, told_another_day
from rasd.events.merge.doers import told_as_deed, two_doers
from rasd.events.merge.duplicates import fold_told_toll
from rasd.events.merge.happening import FIGHT_SITE
from rasd.events.merge.martyr_retold import fold_martyr_retold
from rasd.events.merge.own_scene import own_scene
from rasd.events.merge.province_items import province_items
from rasd.events.merge.strike_result import result_of
from rasd.events.model import Candidate, copy_candidate
from rasd.events.output import acled_codes, background_rows, event_json, link_claims
from rasd.events.place_filters import is_country
from rasd.events.places import (
    FRONTED_DUAL,
    clause_places,
    foreign_scene,
    fronted_scene,
    lead_place,
    paragraph_place,
    place_candidates,
    place_key,
    place_precision,
)
from rasd.events.pluperfect_day import pluperfect_own_day
from rasd.events.rowfilter import body_start, filter_rows
from rasd.events.time_aside import extend_past_time_asides
from rasd.events.unlisted_places import (
    fighting_site,
    listed_items,
    object_place,
    told_place,
    town_told_before,
    unnamed_place,
)
from rasd.pipeline import stage
from rasd.resources.cues import EVENT_SENTENCE_CUES
from rasd.resources.cues import merge_cue_alt as cue_alt
from rasd.resources.cues import merge_cue_set as cue_set
from rasd.settings import Settings
from rasd.text.clitics import in_words
from rasd.text.matcher import cached_view, strip_proclitics
from rasd.text.normalize import normalize

sentence_cue_words = EVENT_SENTENCE_CUES.words


# ---------------------------------------------------------------------------------------------------- stage
def _clause_placed(c: Candidate, groups: list[list[Entity]]) -> bool:
    """Whether a place read for ``c`` lies in one of its own clauses."""
    return any(a <= p.start < b for g in groups for p in g for a, b in c.clauses)


def _kept_apart(c: Candidate) -> bool:
    """(Round 26, mg15) The merge steps marked ``c`` as told apart from another happening (an ``apart:`` cue)."""
    return any(q.startswith("apart:") for q in c.cues)


def find_events(doc: Document) -> list[dict[str, Any]]:
    """Code the events of ``doc`` (its entities, timexes and quantities must be filled)."""
    # (round 37, sp1) the trigger words first: a text with none (one article in eight) has no event, and its context
    # (every cue list matched over the whole text, its clauses) is not built
    matches = event_lexicon().triggers.find_all(cached_view(doc.text))
    if not matches:
        return []
    ctx = build_context(doc)
    cands = find_triggers(ctx, matches=matches)
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
    found = list(cands)  # every trigger before merging (their clauses tell whose clause a place is)
    ctx.memo[TRIGGER_STARTS] = sorted(c.start for c in found)  # (round 37, ev2: read by background.past_state)
    cands = merge_sentence(merge_clause(cands, ctx), ctx)
    cands = fold_further_into_kin(ctx, cands)  # round 37 (ev1): "هجوم آخر بسيارة مفخخة": the car bomb's mention
    taken = {cl for c in cands for cl in c.clauses}
    extend_past_time_asides(ctx, cands, taken)  # round 38 (ev3): "قصف الطيران، أمس، مواقع في …": the object's clause
    starts = sorted(c.start for c in cands)
    lead: Entity | None = None
    lead_read = False
    coded: list[Candidate] = []
    per_sentence: dict[tuple[int, int], int] = {}
    for c in cands:
        per_sentence[c.sentence] = per_sentence.get(c.sentence, 0) + 1
    for c in cands:
        groups = place_candidates(ctx, c, taken)
        if c.cls.name == "clash" and (not c.weak or (groups == [[]] and told_taking_place(ctx, c))):
            # round 30 (rc2): "المواجهات تدور حاليا في منطقة حذران"، "معارك … مستمرة في مديرية (جبل المداوم)": a weak
            # fighting noun told going on with no place of its clause is at the fight's own scene, a place the
            # gazetteer lacks, in the province of the sentence, paragraph or lead; a fight told at such a scene
            # (weak or strong) is a front of its own for the merge (FIGHT_SITE)
            site = fighting_site(ctx, c, starts, functools.partial(_fight_province, ctx, c, taken))
            if site is not None:
                groups = [[site]] if groups == [[]] else groups
                c.cues.add(FIGHT_SITE)
            elif groups == [[]] and told_taking_place(ctx, c):
                # round 32 (rc4): "… في مدينة الزبداني، ترافق مع استمرار الاشتباكات … في المدينة": the town named before
                # (the town named again by its kind word is the fight's own place, told in its own words)
                town = town_told_before(ctx, c, starts)
                if town is not None:
                    groups = [[town]]
                    c.cues.add(_TOWN_BACK)
        if groups == [[]] and c.cls.name in NEEDS_PLACE:
            # "انسحبت ميليشيات الحوثيين …، السبت، من الأطراف الشمالية لمدينة عدن": the object past a comma
            after = clause_places(ctx, c.end, min(c.sentence[1], c.end + 120))
            groups = [[after[0]]] if after and object_place(c, after[0], starts) else groups
        if c.cls.name in NEEDS_PLACE and not _clause_placed(c, groups) and (back := place_told_back(ctx, c, taken)):
            groups = [[back]]  # round 38 (ev3): "توجهت القوات إلى مدينة شقرة، وسيطرت عليها": the place told back
            c.cues.add(PLACE_BACK)
        read = groups
        groups = listed_items(ctx, c, groups)
        # round 29 (mg18): "غارات … في محافظة صعده، ومديرية «ميدي» بمحافظة حجة، ومعسكر … في محافظة إب": a row a province
        listed = province_items(ctx, c, read, _next_trigger(c, found), found)
        provinces = listed is not read
        if groups is not read:
            # round 31 (rc3): "في مناطق كتاف ورحبان ومناطق أخرى من محافظة صعده، ومديرية «ميدي» بمحافظة حجة": the list
            # of one province's places, then each other province's first place
            extra = _other_provinces(groups, listed) if provinces else []
            provinces, listed = bool(extra), groups + extra
        groups = listed
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
                own = own or provinces  # (an item of the act's own list of provinces, past a comma)
                own = own or FRONTED_DUAL in c.cues  # (round 34, sl1: وفي محافظتي لحج وأبين، قتل …: its clause's)
                own = own or _TOWN_BACK in c.cues  # (round 32, rc4: "… في المدينة", the town named before)
                own = own or PLACE_BACK in c.cues  # (round 38, ev3: "وسيطرت عليها", the place told back)
                cc.place_from = "clause" if own else "sentence"
            elif cc.cls.name not in NEEDS_PLACE or HANDED in cc.cues:
                # (round 32, sd1) a building or a base handed over is in the sentence's or the lead's town
                if not lead_read:
                    lead, lead_read = lead_place(ctx), True
                if lead and (opening := fronted_scene(ctx, cc)) is not None:
                    # round 40 (ev9): «وفي محافظة الضالع، قتل … وأصيب آخرون في استهداف …»: the sentence's opening scene
                    cc.place, cc.place_precision, cc.place_from = (
                        opening,
                        max(2, place_precision(ctx, opening)),
                        "sentence",
                    )
                elif lead and (abroad := foreign_scene(ctx, cc, lead, ctx.memo[TRIGGER_STARTS])) is not None:
                    # round 40 (ev9): the sentence's place in another country, not the lead's («في شمال العراق»)
                    cc.place, cc.place_precision, cc.place_from = abroad, place_precision(ctx, abroad), "sentence"
                elif lead:
                    cc.place = lead
                    cc.place_precision = max(2, place_precision(ctx, lead))
                    cc.place_from = "lead"
                else:
                    unread = told_place(ctx, cc, coded)
                    if unread is not None:
                        # round 13: "في المنطقة نفسها"، "بمحيط ميدان المحكمة": a place the sentence tells that the
                        # gazetteer cannot name (the one named before; else a name of its own, in the article's country)
                        cc.place, cc.place_precision, cc.place_from = unread
            handed = HANDED in cc.cues and cc.place is not None
            if cc.cls.name in NEEDS_PLACE and (cc.place is None or cc.place_from != "clause") and not handed:
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
    story = story_kind(ctx)
    period = period_report(ctx)  # round 34 (nd1): a month's toll report (مقتل 1332 عراقيا خلال يوليو الماضي)
    essay = essay_article(ctx)  # round 35 (nd2): a column's headline that asks or exclaims, no day named anywhere
    general: set[int] = set()  # round 34 (nd1): the rows told in general (told_in_general), by identity
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
        country = _scene(ctx, c)
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
        if c.cause and c.definite and not own_figure and not _own_day(ctx, c) and not _told_by_relative(ctx, c):
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
        if general_fighting(ctx, c):
            continue  # "بتراجع قدرات قواته في المعارك"، "يختص بقتال التنظيم": fighting named, no deed told (round 15)
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
        if no_happening(ctx, c, story):
            continue  # round 21 (evp2): an accident, a crime arrest, a court's sentence, an arrest wished for
        if told_in_general(ctx, c, period, essay):
            # round 34 (nd1): "أحياء تعرضت لقصف عنيف خلال الحرب": no day, a place described, a period's total. Kept
            # through the merge and the row filter (the nouns that name it again fold into it, not into rows of their
            # own; the other rows' features stay), then no row (events_stage)
            general.add(id(c))
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
    # a toll told for a whole province gives way to a finer row of it, unless the merge kept it apart (round 26, mg15:
    # a front of its own in a فيما clause)
    out = [
        c for c in out if not (c.toll and (c.place_precision or 3) >= 3 and _area(c) in finer and not _kept_apart(c))
    ]
    out = fold_fighting_into_capture(ctx, out)
    date_recap_items(out)  # round 29 (cp1): "جدير بالذكر أن … سيطرت على زنجبار، إضافة إلى مدينة شقرة": a new item's day
    date_days_apart(ctx, out)  # round 19 (fd): ويأتي بعد ستة أيام من تفجير: that bombing's own day
    out = code_kinds(ctx, out)  # round 17 (vs): a storming typed an attack on civilians: a riot, or no row
    for c in out:
        if "kinds:storming_riot" in c.cues:  # round 19 (ac6): typed a riot after its actors were read
            riot_sides(c, _scene(ctx, c), retyped=True)  # the crowd is actor1, the force actor2
    mark_own_sites(ctx, out)  # round 28 (mg17): a round-up's next item at a site of its own the gazetteer lacks
    mark_item_towns(ctx, out)  # round 36 (rw1): a round-up's next item at a town of its own
    mark_summaries(ctx, out)  # round 27 (rc4): a headline placed by the lead over acts told at places of their own
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
        # (round 28, mg17: not a happening told undated before it in the body when this one writes a day of its own
        # two or more days off: "لقصف الحوثيين الأحد الماضي" after "فيما قصف الحوثيون عدة مناطق في المحافظة"; round 33,
        # mg20: nor a one-sided act of another doer, each told by its own verb and named subject: "قصفت قوات النظام …،
        # وقصفت الفصائل …")
        # (round 42, ev14: "سقطوا في المواجهات التي دارت في قرية …": a definite noun told at a scene of its own is
        # no retelling of a fight told at another place)
        scene = own_scene(ctx, c)
        head = next(
            (
                h
                for h in merged
                if same_happening(h, c)
                and not told_another_day(ctx, h, c)
                and not two_doers(ctx, h, c)
                and not (scene and place_key(h.place) != place_key(c.place))
            ),
            None,
        )
        if head is not None and pluperfect_own_day(ctx, head, c):
            # round 33 (og1): "وكانت قد انتزعت السيطرة على عدن من الحوثيين في 17 يوليو" under the day's capture near
            # Aden: told in the pluperfect with a day of its own, days before the head's, another happening
            head = None
        if head is not None and "list_item" in c.cues and _lone_headline(ctx, head, c, merged):
            # round 31 (rc3): "تصد هجمات للحوثيين في «جفينة» و«صرواح»" (one row: the gazetteer knows one name) over
            # "صدت … هجمات … في جبهتي الجفينة وصرواح": a place of the body's list is a row of its own, not taken into
            # the headline's one row (which then folds into the body's first row and took the list's place with it);
            # a headline split over the same list keeps each place's row ("بقصف على بيجي والرمادي")
            head = None
        anaphoric = c.definite and c.cls.name not in ("capture", "recapture")  # السيطرة على X names its own X
        anaphoric = anaphoric and "rest" not in c.cues  # الضربات الأخرى: the rest of the set, not the ones told
        anaphoric = anaphoric and not told_as_deed(ctx, c)  # (round 35, dh1: قامت جماعة الحوثي بالقصف على …)
        if head is None and anaphoric and c.cls.acled_type is not None and c.granularity == "discrete":
            # "القصف جاء بعد …": a definite noun names the event already told, at its place or with no place of its
            # own, whatever date its sentence or post carries
            kin = [
                h
                for h in reversed(merged)
                if h.cls.acled_type == c.cls.acled_type
                and not kept_apart(h, c)  # (told apart in their sentence: round 24, mg12)
                and not told_another_day(ctx, h, c)  # (round 28, mg17: with a day of its own, days off the news')
                # (not a sweep of another kind told before, "بدأت هجوما منذ أسبوع وتمكنت من الدخول": round 11)
                and (h.granularity == c.granularity or h.cls.name == c.cls.name)
                and (c.place_from != "clause" or _same_area(h, c) or ("set" in c.cues and _within(h, c)))
            ]
            # the last one told at its place first (a shell in Damascus after bombings in Aleppo: the Damascus shells)
            head = next((h for h in kin if c.place and place_key(h.place) == place_key(c.place)), None)
            head = head or next(iter(kin), None)
            if head is not None and _another_town(head, c):
                head = None  # (round 28, mg17: "استمرار الاشتباكات … في محيط المدينة" at its sentence's other town)
            if head is not None and FIGHT_SITE in c.cues and place_key(head.place) != place_key(c.place):
                head = None  # (round 30, rc2: "المعارك لا تزال مستمرة في منطقة X" at a front of its own)
            if head is not None and scene and place_key(head.place) != place_key(c.place):
                head = None  # (round 42, ev14: "سقطوا في المواجهات التي دارت في قرية …" at a scene of its own)
        attack_word = c.cls.name in ("attack", "assault") or f"word:attack@{c.start}" in c.cues  # (typed a clash)
        bare = anaphoric and attack_word and not any(k.startswith("means:") for k in c.cues)
        if head is None and bare and c.granularity == "discrete":
            # "قتل 12 عندما هاجم انتحاريان حمام سباحة … وأسفر الهجوم الذي وقع في بلدة طوز خورماتو عن إصابة 45":
            # "the attack" with no weapon of its own names the violent event just told, whatever its type
            before = [
                h
                for h in reversed(merged)
                if h.cls.acled_type in VIOLENT and h.granularity == "discrete" and not kept_apart(h, c)
            ]
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
            if head is not None and off_own_day(head, c) and own_site_named(ctx, head, c):
                # round 28 (mg17): "… قد أحكمت سيطرتها أمس الأول الأربعاء على منطقة المحلة": its own day and site
                head = None
        if head is None:
            result = result_of(ctx, c, merged)
            if result is not None:
                # round 38 (ev4): "واستهدفت غارات التحالف قاعدة العند …، كما دمرت منصات إطلاق صواريخ": what the strike
                # destroyed, told by a verb with no subject of its own: the strike's row keeps its type and place
                kept = result.cls, result.place, result.place_precision, result.place_from
                absorb(result, c)
                result.cls, result.place, result.place_precision, result.place_from = kept
                continue
        if head is None and merged and details_of(ctx, merged[-1], c):
            absorb(merged[-1], c)
            merged[-1].place, merged[-1].place_precision = c.place, c.place_precision  # the details' own place
            merged[-1].place_from = c.place_from
            continue
        if head is not None and off_day(head, c):
            head = None  # round 19 (fd): told as a happening of the day before the head's (غداة مقتل …)
        if head is None:
            merged.append(c)
        else:
            absorb(head, c)
    merged = fold_riot_clash(fold_coarse(fold_headline(ctx, merged)))
    for c in merged:
        bomb = told_by_its_bomb(c, found)
        if bomb is not None:
            c.cls = bomb.cls  # round 32 (rc4): "استهداف داعش لمسجد" then "سيارة ملغومة انفجرت خارج مسجد": one bombing
        elif mosque_bombing(ctx, c):
            c.cls = event_lexicon().classes["explosive"]  # round 42 (ev18): a terrorist attack on a mosque, no weapon
    for c in merged:
        retype_confrontation(ctx, c)  # round 16b (ev15): مواجهات مع السكان/قوات الاحتلال, no riot told: a riot
        if "confrontation_riot" in c.cues:
            riot_sides(c, _scene(ctx, c), retyped=True)  # round 19 (ac6): the residents are actor1, the force actor2
    merged = fold_suicide_retold(merged)  # one suicide bombing told again elsewhere in the article (round 15)
    merged = fold_volley_lead(ctx, merged, found)  # the lead of a volley beside its parts (round 15b)
    merged = share_tolls(ctx, merged)  # one toll told for several rows is counted once
    merged = summary_toll(ctx, merged)  # "مقتل 11 … و10 مدنيين في موجة عنف" over the rows of each count (round 14b)
    merged = fold_told_toll(ctx, merged)  # one happening told in two sentences by one count of dead (round 30, dp1)
    merged = fold_martyr_retold(ctx, merged)  # one martyr told again at his family's town (round 42, ev14)
    events = [event_json(ctx, c, i) for i, c in enumerate(merged, 1)]
    for c, e in zip(merged, events, strict=True):
        if id(c) in general and e.get("acled_row") and not dated_mention(ctx, c):
            e["filter_reason"] = GENERAL_REASON  # round 34 (nd1): no row after the filter (events_stage)
        elif e.get("acled_row") and family_town(ctx, c):
            e["filter_reason"] = FAMILY_TOWN_REASON  # round 42 (ev18): a martyr placed at his family's town
    background_rows(doc, events)  # round 21 (evp2): weeks-old happenings told beside the report's own news
    link_claims(doc, events)
    return events


#: (Round 32, rc4) The cue of a fight placed at the town its sentence named before (:func:`town_told_before`).
_TOWN_BACK = "town_told_before"
#: (Round 32, rc4) The classes of an attack named by what it did to its target (استهداف مسجد، الهجوم على …).
_ATTACK_WORDS = frozenset({"assault", "attack"})
#: … and of the bomb that tells how it was done (سيارة ملغومة انفجرت، فجر انتحاري نفسه).
_BOMB_CLASSES = frozenset({"explosive", "suicide_bomb"})


def told_by_its_bomb(c: Candidate, found: list[Candidate]) -> Candidate | None:
    """(Round 32, helper rc4) The bomb a happening first told as an attack with no weapon of its own is told again by
    ("مقتل 3 أشخاص باستهداف داعش لمسجد" over "سيارة ملغومة انفجرت خارج مسجد … أسفر عن مقتل ثلاثة"): the merge made
    them one happening, and ACLED codes a bombing as Explosions/Remote violence whoever its target, so the row takes
    the bomb's class. Not when the attack names a weapon of another kind (a shooting: a means cue other than a bomb's),
    nor a bomb told as aim, rumour or kind (only a reported, discrete bomb of the row's own mentions)."""
    if c.cls.name not in _ATTACK_WORDS:
        return None
    if any(k.startswith("means:") and k[len("means:") :] not in _BOMB_CLASSES for k in c.cues):
        return None  # a weapon of another kind told with it (means:firearms: a shooting)
    starts = {m.start for m in c.mentions}
    return next(
        (
            f
            for f in found
            if f.cls.name in _BOMB_CLASSES
            and f.start in starts
            and f.granularity == "discrete"
            and f.status == "reported"
            and not f.purpose
        ),
        None,
    )


def _fight_province(ctx: Context, c: Candidate, taken: set[tuple[int, int]]) -> Entity | None:
    """(Round 30, helper rc2) The known place whose province a fight told at a place the gazetteer lacks lies in: the
    first place below a country its sentence names, else the scene its paragraph opened with, else the lead's."""
    own = [p for p in clause_places(ctx, *c.sentence) if not is_country(p) and (p.geo or {}).get("admin1")]
    return own[0] if own else paragraph_place(ctx, c, taken) or lead_place(ctx)


def _other_provinces(groups: list[list[Entity]], listed: list[list[Entity]]) -> list[list[Entity]]:
    """(Round 31, helper rc3) The groups of ``listed`` (a list of provinces) whose province none of ``groups`` (a list
    of places) holds."""

    def area(g: list[Entity]) -> tuple[Any, Any]:
        geo = g[0].geo or {}
        return geo.get("country_iso3"), geo.get("admin1")

    have = {area(g) for g in groups if g}
    return [g for g in listed if g and area(g) not in have]


def _lone_headline(ctx: Context, head: Candidate, c: Candidate, merged: list[Candidate]) -> bool:
    """(Round 31, helper rc3) Whether ``head`` is told in the headline only, ``c`` in the body (a text with no title
    and one paragraph is all one title block), and the headline's trigger gave ``head`` alone (no other row of it at
    another place: not a headline split over a list of its own)."""
    if in_title(ctx, c.start) or not head.mentions or not all(in_title(ctx, m.start) for m in head.mentions):
        return False
    return sum(1 for h in merged if (h.start, h.end) == (head.start, head.end)) == 1


def _next_trigger(c: Candidate, found: list[Candidate]) -> int:
    """Where the next trigger after ``c`` in its sentence starts that is none of ``c``'s own mentions (else the
    sentence's end): the end of what ``c``'s own words may list."""
    own = {m.start for m in c.mentions} | {c.start}
    return min(
        (o.start for o in found if c.end <= o.start < c.sentence[1] and o.start not in own), default=c.sentence[1]
    )


def _scene(ctx: Context, c: Candidate) -> str | None:
    """The country of a candidate's place (ISO3), else the article's focus country."""
    return (c.place.geo or {}).get("country_iso3") if c.place is not None else ctx.focus_country


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


#: (round 14c, helper as15) a relative clause right after a condemned attack that tells where it fell or whom it
#: hit ("أدانت الهجوم الإرهابي الذي استهدف مسجدا …"، "استنكر التفجير الذي وقع على رجال الأمن"، "الذي تعرض له مسجد"):
#: the attack is told with a detail of its own, not only named as the kind of violence condemned.
_RELATIVE_TOLD = re.compile(
    r"^(?:\s+[\u0621-\u064A]+){0,4}?\s+(?:الذي|التي)\s+(?:"
    + normalize(
        "استهدف|استهدفت|وقع|وقعت|تعرض له|تعرضت له|تعرضت لها|تعرض لها|شهدته|شهدتها|شنه|شنها|نفذه|نفذها|طال|طالت|"
        "أوقع|أوقعت|أودى|أودت|راح ضحيته|راح ضحيتها"
    )
    + r")(?![\u0621-\u064A])"
)


def _told_by_relative(ctx: Context, c: Candidate) -> bool:
    """Whether a relative clause right after the trigger tells where the condemned attack fell or whom it hit."""
    return bool(_RELATIVE_TOLD.match(normalize(ctx.doc.text[c.end : min(c.sentence[1], c.end + 120)])))


#: Verbs that tell fighting as waged or going on (دارت، تدور، اندلعت، خاض، أسفرت …; lists.waging_words).
_WAGED = frozenset(normalize(w) for w in cue_set("waging_words"))
#: Bare words of fighting in general: battles, fighting, confrontations, attacks in the plural (lists.fighting_words),
#: with a clitic preposition, و or the article before them.
_FIGHTING = re.compile(
    r"(?:[وف])?(?:[بل])?(?:ال)?(?:" + "|".join(normalize(w) for w in cue_set("fighting_words")) + ")"
)
#: Words that name the other side of fighting right after it (معارك مع …، قتال ضد …; lists.fighting_sides).
_SIDES = cue_set("fighting_sides")
#: Prepositions that tie a place to the word before them (lists.place_prepositions).
_AT = cue_set("place_prepositions")


def _waged(ctx: Context, c: Candidate) -> bool:
    """Whether a verb of waging or occurring stands within six words before a bare word of fighting in its sentence
    or four words after it in its clause ("دارت معارك"، "بخوض مواجهات"، "مواجهات اندلعت"، "المواجهات مع قوات
    الاحتلال امتدت"، "المعارك الجارية")."""
    text = ctx.doc.text
    lo, hi = c.sentence[0], min(c.clause[1], c.sentence[1])
    before = text[lo : c.start].split()[-6:]
    after = text[c.end : hi].split()[:4]
    for w in before + after:
        w = normalize(w.strip("\"'«»“”().,،:؛"))
        if w in _WAGED or (w[:1] in ("و", "ف") and w[1:] in _WAGED):
            return True
    return False


def general_fighting(ctx: Context, c: Candidate) -> bool:
    """Whether a bare word of fighting (معارك، قتال، مواجهات، هجمات: a weak trigger typed Battles) names fighting in
    general and tells no happening: no verb waging it or telling it going on, no place of its own after a preposition
    (في مدينة لودر، قرب الرمادي; or after its other side: معارك مع المقاومة في تعز), no two sides (بين … و …), no
    dead, wounded or captives and no day of its own. "وأقر الأسد بتراجع قدرات قواته في المعارك"، "الاتفاق يختص
    بقتال تنظيم داعش"، "الذين جرحوا في معارك عدن" (the war's battles named by their city, with no preposition)،
    "البؤر التي تستخدمها في تنفيذ هجماتها". Round 15 (helper
    ev10): a clash row made from a general mention was a false Battles row in ten of the fourteen blind files' first
    runs, and still in four of them (tune7, tune13, tune14, tune15)."""
    if not c.weak or c.tense != "noun" or c.cls.name != "clash" or acled_codes(ctx, c)[0] != "Battles":
        return False
    if len(c.mentions) > 1 and not _each_general(ctx, c):
        return False  # "صد الجيش … هجوما للمتمردين": the word joined a deed told in its clause
    if not _FIGHTING.match(normalize(ctx.doc.text[c.start : c.end])):
        return False  # (not the one attack, "هجوم المقاومة على مواقع الحوثيين", "تعرضت لهجوم من جبهة النصرة")
    if c.fatalities or c.injured or c.arrested or _own_day(ctx, c) or _waged(ctx, c):
        return False
    if fighting_going_on(ctx, c):
        return False  # round 28 (rc5): "المعارك لا تزال مستمرة في مديرية صرواح", going on at a named place (ruling 2)
    text = ctx.doc.text
    hi = min(c.clause[1], c.sentence[1])
    if "بين" in text[c.end : hi].split()[:6]:
        return False  # "مواجهات بين المقاومة والحوثيين": two sides told
    for p in ctx.places_in(c.end, min(hi, c.end + 40)):
        between = text[c.end : p.start].split()
        # "في المعارك في محيط مدينة الرمادي": its place after a preposition; not "معارك عدن", the city's battles
        if 0 < len(between) <= 4 and (between[0] in _AT or between[0].startswith("ب")):
            return False
        break
    # "في معارك مع المقاومة الشعبية في تعز": a side, then where (the place may be read into the side's name)
    after = text[c.end : hi].split()[:5]
    return not (bool(after) and after[0] in _SIDES and any(w in _AT for w in after[1:]))


def _each_general(ctx: Context, c: Candidate) -> bool:
    """(Round 42, helper ev14) Whether every other mention merged into ``c`` is a bare word of fighting that names
    fighting in general as well, each read alone at its own words ("شبّه معركة تعز وهزيمته فيها بمعركة بدر": a war's
    battle named and likened, two bare words of one sentence): the two make no deed of each other."""
    text = ctx.doc.text
    for m in c.mentions:
        if (m.start, m.end) == (c.start, c.end):
            continue
        if not _FIGHTING.match(normalize(text[m.start : m.end])):
            return False  # a deed told by another word joined it
        one = copy_candidate(c)
        one.start, one.end, one.mentions = m.start, m.end, [m]
        one.clause = next((cl for cl in c.clauses if cl[0] <= m.start < cl[1]), c.clause)
        if not general_fighting(ctx, one):
            return False
    return True


def details_of(ctx: Context, h: Candidate, c: Candidate) -> bool:
    """Whether ``c`` tells the details of ``h``, the event just before it: "كشف المتحدث عن تفاصيل صد القوات هجوما"
    with no place of its own, then in the next sentence "أثناء قيام القوات … بمحافظة السويس … فوجئت بإطلاق نيران":
    one ACLED sub-type, the same or the next sentence, the first (not the headline) placed only by the headline or
    lead, the second in its own sentence, and no day of its own in the first that differs from the second's."""
    etype, sub = acled_codes(ctx, h)
    if sub is None or sub != acled_codes(ctx, c)[1] or h.another or c.another or also_elsewhere(h, c):
        return False  # (كما قتل ثلاثة جنود … في قرية آراكوي: the next item, not the details: round 14b)
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


#: Prepositions (normalized) before the bare noun قتل (lists.noun_prepositions).
_PREPOSITIONS = cue_set("noun_prepositions")


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
#: A word (as :data:`rasd.events.unlisted_places._A_WORD`).
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


# ------------------------------------------------------------------------------- round 21 (evp2): no happening
#: Weapon families that tell an attacker (a plane named in a crash tells none: طائرة هليكوبتر تحطمت).
_ATTACKER_MEANS = ("chemical", "suicide_bomb", "explosive", "grenade", "shelling", "firearms")
#: Strikes from afar: a warplane that crashed "while bombing a quarter" told its strike (the crash is no alibi).
_STRIKES = frozenset({"bombardment", "air_strike", "drone_strike", "shelling"})
_TOKEN = re.compile(r"[\u0621-\u064A]+")


@functools.cache
def _phrases(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of list ``name`` normalized, indexed by their first word: {first word: (the rest of each, …)}
    (built once per process)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for w in sentence_cue_words(name):
        first, *rest = normalize(w).split()
        index.setdefault(first, []).append(tuple(rest))
    return {first: tuple(rests) for first, rests in index.items()}


def _holds(words: list[str], phrases: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    """Whether a phrase of ``phrases`` (:func:`_phrases`) is in ``words`` (its first word may carry و / ب / ل / ف)."""
    for i, w in enumerate(words):
        keys = (w, w[1:]) if len(w) > 3 and w[0] in "وبلف" else (w,)
        for key in keys:
            rests = phrases.get(key)
            if rests is not None and any(tuple(words[i + 1 : i + 1 + len(rest)]) == rest for rest in rests):
                return True
    return False


def story_kind(ctx: Context) -> str | None:
    """What the headline tells when it is no political violence: ``"sentence"``, a court's sentence (lists
    .sentence_headline of event_sentence_cues.yaml: تنفيذ حكم القتل قصاصا في أحد الجناة), ``"accident"``, an accident,
    a disaster or an animal's deed (lists.accident_headline: مصرع وإصابة 8 أشخاص في حادث انقلاب، الإعصار القاتل يجتاح
    تايوان، قرش يهاجم ابنها), else ``None``."""
    end = body_start(ctx.doc)
    if end <= 0:
        return None
    words = _TOKEN.findall(normalize(ctx.doc.text[:end]))
    if _holds(words, _phrases("sentence_headline")):
        return "sentence"
    if _holds(words, _phrases("trial_headline")):
        return "trial"  # round 22 (evp3): الكويت تؤجل محاكمة المتهمين بتفجير مسجد الصادق
    if _holds(words, _phrases("accident_headline")):
        return "accident"
    if _holds(words, _phrases("crime_headline")) and not _bare(words) & _political():
        return "crime"
    return None


def no_happening(ctx: Context, c: Candidate, story: str | None) -> bool:
    """A row that tells no political violence or arrest of a day (round 21, helper evp2; each construction in three
    or more articles of the tuning files, rowjudge5 and a fresh draw):

    * in a court's sentence story (:func:`story_kind`), the crime, the arrest and the trial it retells (أقدم المدعو …
      على قتل …، وبفضل من الله تمكنت سلطات الأمن من القبض على الجاني المذكور);
    * in a crime story, its arrests when neither the headline nor their sentence names terror or an armed group
      (lists.crime_headline, political_words: القبض على مواطن بحوزته حبوب كبتاجون، القبض على شاب ابتز فتاة);
    * the deaths, wounds or attack words of an accident story (:func:`story_kind`), told with no attacker: no weapon
      named in the sentence but a plane (جرفت السيول … وتأكد مقتل امرأة، لقي 21 شخصا مصرعهم بعد ما اصطدم
      مركب، طائرة هليكوبتر تابعة للجيش تحطمت … مما أسفر عن مقتل خمسة جنود);
    * the word قتل naming a court's sentence (يقضي … والحكم عليه بالقتل قصاصا: lists.sentence_before /
      sentence_after; not إعدام, which an armed group "carries out" on its captives);
    * an arrest noun wished or asked for in a condemnation, "brought to justice" after it in its sentence and no verb
      of a done arrest before it (والقبض على الجناة … وتقديمهم إلى القضاء العادل: lists.brought_to_justice,
      arrest_done).
    """
    text = ctx.doc.text
    s0, s1 = c.sentence
    struck = c.cls.name in _STRIKES and not c.toll  # a strike's own word, not a death typed by a plane beside it
    hit = c.cls.acled_type in VIOLENT or c.cls.name == "arrest"
    if story == "sentence" and hit:
        return True
    if story == "trial" and hit and c.start >= body_start(ctx.doc) and not _other_story_before(ctx, c):
        # round 22 (evp3): the trial's case retold in the body (بتهمة تفجير مسجد الإمام الصادق … 26 يونيو); the
        # headline's own deed stays (ضرب رجال أمن صحفيا أثناء تغطيته جلسة محاكمة)
        return True
    # (a killing in a crime story stays: the project's tables code a man who shot his son an attack on civilians)
    # (round 22, evp3: and the robbery itself, سقوط عصابة إفريقية لسلب راكبي سيارات الأجرة: no political looting)
    crime_row = c.cls.name in ("arrest", "looting")
    if story == "crime" and crime_row and not _bare(_TOKEN.findall(normalize(text[s0:s1]))) & _political():
        return True
    # the accident's own deaths and deeds: a death word or an attack word (not a fight of the same page's round-up,
    # "معارك عنيفة في درعا" under "سقوط مقاتلة سورية في إدلب ومقتل 12", nor an arrest)
    deadly = c.toll or c.cls.name in ("killing", "attack", "assault")
    # round 22 (evp3): the bare explosion or a flood's destruction of an accident story (ووقع انفجار خلال أعمال
    # الإطفاء under a fire's headline; جرفت مياه الفيضانات القتلى): no one set it off (تفجير, the act, stays)
    deadly = deadly or c.cls.name == "destruction"
    deadly = deadly or (c.cls.name == "explosive" and _first_word(text[c.start : c.end]) in _BARE_BLASTS)
    if (
        story == "accident"
        and deadly
        and not struck
        and not any(ctx.has(f"means:{f}", s0, s1) for f in _ATTACKER_MEANS)
    ):
        return True
    if c.cls.acled_type in VIOLENT and normalize(text[c.start : c.end]).endswith("قتل"):
        after = _TOKEN.findall(normalize(text[c.end : min(s1, c.end + 30)]))[:1]
        before = _TOKEN.findall(normalize(text[max(s0, c.start - 30) : ctx.word_start(c.start)]))[-2:]
        if set(after) & _sentence_words("sentence_after") or set(before) & _sentence_words("sentence_before"):
            return True
    if c.tense == "present" and c.cls.acled_type in (*VIOLENT, "Strategic developments") and _told_in_present(ctx, c):
        return True  # round 22 (evp3): كل عمل إرهابي يستهدف أمنها، بينما يهاجم المسلحون الأكراد الشرطة
    if c.tense == "noun" and _charged(ctx, c):
        return True  # round 22 (evp3): بتهمة محاولة الانضمام إلى تنظيم داعش، بعد اتهامه بمحاولة تفجير سدود
    if c.cls.name == "arrest" and _seizure_of_things(ctx, c):
        return True  # round 22 (evp3): ضبط شاحنة محملة بأجهزة، تضبط ملابس، بالضبط، كاتب ضبط
    if c.cls.acled_type == "Explosions/Remote violence" and _weapon_seized(ctx, c):
        return True  # round 22 (evp3): تم حجز سلاح … وقنابل يدوية، مخازن أسلحة بينها صواريخ سكود
    if c.cls.name == "explosive" and not (c.fatalities or c.injured) and _heard_only(ctx, c):
        return True  # round 39 (ev7): سمع دوي انفجارات، انفجارات هائلة سمعت في المعسكر: a sound, no event of its own
    if c.cls.name == "arrest" and c.tense == "noun":
        rest = normalize(text[c.end : s1])
        if any(p in rest for p in _brought()):
            done = set(_TOKEN.findall(normalize(text[s0 : ctx.word_start(c.start)])))
            if not done & _arrest_done():
                return True
    return False


#: The explosion's own noun or verb, no one's act (انفجار, not تفجير): round 22 (evp3).
_BARE_BLASTS = EVENT_SENTENCE_CUES.set("bare_blasts")


def _heard_only(ctx: Context, c: Candidate) -> bool:
    """(Round 39, ev7) Whether a bare blast (انفجار، انفجارات) is told only as heard: a word of hearing at most two
    words before it in its clause (سمع دوي انفجارات), the sound noun right before it after مع or وسط (بالتزامن مع دوي
    انفجارات: not the verb دوى انفجار, "a blast rang out"), or a verb of hearing at most two words after it
    (انفجارات هائلة سمعت في المعسكر)."""
    text = ctx.doc.text
    if _first_word(text[c.start : c.end]) not in _BARE_BLASTS:
        return False
    c0, c1 = c.clause
    before = _TOKEN.findall(normalize(text[max(c0, back_words(text, c.start, 3)) : ctx.word_start(c.start)]))
    if _any_in(before[-2:], "heard_before"):
        return True
    sound = [i for i, w in enumerate(before) if w in _sentence_words("heard_sound_nouns")]
    lead = before[sound[-1] - 1 : sound[-1]] if sound and sound[-1] > 0 else []
    if _any_in(lead, "heard_sound_before"):
        return True  # بالتزامن مع دوي انفجارات (the noun), not دوى انفجار (the verb)
    after = _TOKEN.findall(normalize(text[c.end : min(c1, c.end + 40)]))[:2]
    return _any_in(after, "heard_after")


def _any_in(words: list[str], name: str) -> bool:
    """Whether one of ``words``, or one less its و or ف (وسمع → سمع: :func:`rasd.text.clitics.in_words`), is in the
    sentence-cue list ``name``."""
    listed = _sentence_words(name)
    return any(in_words(w, listed) for w in words)


def _first_word(span: str) -> str:
    words = _TOKEN.findall(normalize(span))
    return words[0] if words else ""


def _other_story_before(ctx: Context, c: Candidate) -> bool:
    """Whether a sentence of the body up to the row's own opens another story (lists.other_story_openers: من جهة
    أخرى، في سياق آخر، إلى ذلك): the rows from there on are news of their own, not a trial's case."""
    text = ctx.doc.text
    b0 = body_start(ctx.doc)
    for x in ctx.sentences:
        if x.start < b0 or x.start >= c.sentence[1]:
            continue
        head = " ".join(_TOKEN.findall(normalize(text[x.start : x.start + 40]))[:3])
        if any(head.startswith(o) for o in _openers()):
            return True
    return False


@functools.cache
def _openers() -> tuple[str, ...]:
    return tuple(" ".join(_TOKEN.findall(normalize(w))) for w in sentence_cue_words("other_story_openers"))


#: كان before a present verb makes it a past account (بينما كانت طائرات التحالف تقصف قواعد الصواريخ)
_WAS = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:" + EVENT_SENTENCE_CUES.alt("past_auxiliaries") + r")(?![\u0621-\u064A])"
)


#: the pronoun that opens a clause of a scene watched (وهي ترد، وهم يطلقون النار)
_WATCHED = EVENT_SENTENCE_CUES.set("watched_scene_pronouns")


def _told_in_present(ctx: Context, c: Candidate) -> bool:
    """(Round 22, helper evp3) Whether a present-tense verb of the body tells no deed of a day: a habit, a scene
    imagined, a general statement or an aim (ضد كل عمل إرهابي جبان يستهدف أمنها، بينما يهاجم المسلحون الأكراد
    الشرطة والجيش داخل تركيا، التنظيم يحتجز نحو 100 ألف نسمة كدروع بشرية، وجعلهم يوقفونها). Not in the headline,
    whose present is its news (الأمن التركي يعتقل 17 شخصا), nor after كان within four words (كانت الطائرات تقصف),
    nor a scene watched (رصدت الصحيفة طائرات التحالف وهي ترد بكثافة على مصدر القذائف), nor with a toll of its own
    counted. Protests keep their present (الطلاب الذين يحتجون على المناهج: the day's protesters)."""
    if c.start < body_start(ctx.doc) or [f for _, f in c.fatalities if f.get("approx") != "vague"]:
        return False
    text = ctx.doc.text
    if ctx.previous_word(ctx.word_start(c.start)) in _WATCHED:
        return False
    if reported_shelling(ctx, c):
        return False  # round 35 (pt1): "وأشار المصدر إلى أن ميليشيات الحوثي … تقصف قرى المديرية": a report's shelling
    lo = max(c.sentence[0], back_words(text, c.start, 4))
    return _WAS.search(text, lo, ctx.word_start(c.start)) is None


def _charged(ctx: Context, c: Candidate) -> bool:
    """(Round 22, helper evp3) Whether a noun trigger is the charge of a case: a word of lists.charge_words among the
    two words before it in its sentence (اتهامه بمحاولة تفجير، متهمي تفجير المسجد), or بتهمة before محاولة (بتهمة
    محاولة الانضمام: lists.charged_attempt; بتهمة alone tells the deed of an arrest, بتهمة اغتصاب امرأة)."""
    text = ctx.doc.text
    w0 = ctx.word_start(c.start)
    before = _TOKEN.findall(normalize(text[max(c.sentence[0], back_words(text, w0, 3)) : w0]))[-2:]
    charge = _sentence_words("charge_words")
    if len(before) == 2 and before[1] == normalize("محاولة") and before[0] in _sentence_words("charged_attempt"):
        return True
    return any(w in charge or w[1:] in charge for w in before)


def _seizure_of_things(ctx: Context, c: Candidate) -> bool:
    """(Round 22, helper evp3) Whether an arrest row's word is ضبط seizing a thing, not a person (the word after it in
    lists.seized_things of event_sentence_cues.yaml: ضبط شاحنة محملة بأجهزة اتصالات، وتضبط ملابس عليها شعار،
    ضبطا قاطرتين تقلان أجهزة), or is no arrest at all (بالضبط "exactly", كاتب ضبط "the clerk of records":
    arrest_misread_words, arrest_misread_before)."""
    text = ctx.doc.text
    w0 = ctx.word_start(c.start)
    m = _TOKEN.match(normalize(text[w0 : c.end + 12]))
    word = m.group() if m else ""
    if "ضبط" not in word:
        return False
    if word in _sentence_words("arrest_misread_words"):
        return True
    if ctx.previous_word(w0) in _sentence_words("arrest_misread_before"):
        return True
    # the first word after it that no date or time holds (ضبطت أمس شاحنة محملة بأجهزة اتصالات)
    end = min(c.sentence[1], c.end + 60)
    timed = [(x.start, x.end) for x in ctx.doc.timexes if c.end <= x.start < end]
    for m in _TOKEN.finditer(text, c.end, end):
        if any(a <= m.start() < b for a, b in timed):
            continue
        return bool(_bare([normalize(m.group())]) & _sentence_words("seized_things"))
    return False


def _weapon_seized(ctx: Context, c: Candidate) -> bool:
    """(Round 22, helper evp3) Whether a row's word is a weapon named as a thing seized, found or stored (lists
    .seized_weapons after a word of lists.seizure_words among the eight words before it in its sentence: تم حجز سلاح
    نوع كلاشينكوف و3 مخازن وقنابل يدوية، مخازن أسلحة محصنة بينها صواريخ سكود): no weapon used."""
    text = ctx.doc.text
    if not _bare([_first_word(text[c.start : c.end])]) & _sentence_words("seized_weapons"):
        return False
    w0 = ctx.word_start(c.start)
    before = _TOKEN.findall(normalize(text[max(c.sentence[0], back_words(text, w0, 9)) : w0]))[-8:]
    return bool(_bare(before) & _sentence_words("seizure_words"))


def _bare(words: list[str]) -> set[str]:
    """The words, and each stem of three letters or more the text core's proclitic readings give it
    (:func:`rasd.text.matcher.strip_proclitics`: وبالإرهاب → ارهاب)."""
    out = set(words)
    for w in words:
        out.update(stem for _, stem in strip_proclitics(w)[1:] if len(stem) >= 3)
    return out


@functools.cache
def _political() -> frozenset[str]:
    return frozenset(_bare(list(_sentence_words("political_words"))))


def _sentence_words(name: str) -> frozenset[str]:
    return EVENT_SENTENCE_CUES.normalized(name)  # (normalized once per process by the shared cue-file reader)


@functools.cache
def _brought() -> tuple[str, ...]:
    return tuple(normalize(w) for w in sentence_cue_words("brought_to_justice"))


@functools.cache
def _arrest_done() -> frozenset[str]:
    words = {normalize(w) for w in sentence_cue_words("arrest_done")}
    return frozenset(words | {"و" + w for w in words})


#: A verb of success before "من/في" and the noun of a killing (تمكنت قواتنا … من قتل، نجحت الوحدات في قتل;
#: lists.success_verbs).
_ACHIEVED = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:" + cue_alt("success_verbs") + r")(?![\u0621-\u064A])" + r"[^.؟!]*\s(?:من|في)\s+$"
)
#: The next item of a list of nouns (… وقتل وتعذيب، وقتل واعتقال).
_LISTED = re.compile(r"\s+و(?:ال)?[\u0621-\u064A]{3,}")


def _area(c: Candidate) -> tuple[str, str] | None:
    """The country and admin1 of an event's place (None when it has none)."""
    geo = (c.place.geo or {}) if c.place is not None else {}
    if not geo.get("country_iso3"):
        return None
    return str(geo["country_iso3"]), str(geo.get("admin1") or "")


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


def off_own_day(h: Candidate, c: Candidate) -> bool:
    """Whether two events write days of their own (timexes of day precision) and the days differ."""
    hd, cd = h.date or {}, c.date or {}
    both = hd.get("timex") and cd.get("timex") and hd.get("time_precision") == 1 and cd.get("time_precision") == 1
    return bool(both) and hd.get("value") != cd.get("value")


def _another_town(h: Candidate, c: Candidate) -> bool:
    """Whether a definite noun ``c``, placed by a town its sentence names, is told at another town than ``h``'s own
    (round 28, helper mg17): "تعرضت … مناطق في مدينة داريا … لقصف …، ترافق مع استمرار الاشتباكات العنيفة … في محيط
    المدينة" is the fighting at Darayya, not the clashes told before at Duma — the noun names the fighting going on
    there, not the happening told elsewhere. Both towns of precision 1 (a town and its quarter or province stay one);
    a clash (a definite strike, looting or shelling noun in a sentence of its own may name the one told elsewhere: in
    fresh articles they moved tolls and places between rows)."""
    if c.cls.name != "clash" or c.place_from != "sentence" or h.place_precision != 1 or c.place_precision != 1:
        return False
    if h.place is None or c.place is None:
        return False
    return two_places(h.place, c.place)


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
    drop_general_rows(doc.events)  # round 34 (nd1): rows told in general, after the filter read every row
    drop_family_town_rows(doc.events)  # round 42 (ev18): a martyr's death placed at his family's town
