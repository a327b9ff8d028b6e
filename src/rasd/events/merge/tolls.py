"""Step 5 (figures): the killed, injured, displaced and arrested counts of an event (:func:`read_figures`), ACLED's
lowest figure, and one toll told once for several rows (:func:`share_tolls`)."""

from __future__ import annotations

import itertools
import re
from typing import Any

from rasd.document import Quantity
from rasd.events.coding import VIOLENT
from rasd.events.context import Context
from rasd.events.figures import (
    _SEVERAL,
    SEVERAL,
    SINCE,
    TOLL_TOLD,
    adds_up,
    dozens_and_wounded,
    dozens_mixed,
    killed_them,
    leader_and_men,
    one_with_others,
    reach_tolls,
    share,
)
from rasd.events.gates import gated
from rasd.events.merge.vague_share import split_vague
from rasd.events.model import Candidate
from rasd.events.places import place_key
from rasd.resources.cues import CueFile
from rasd.resources.cues import merge_cue_alt as cue_alt

#: The words of a toll's own rules (round 18b, helper tl): ``ar/event_toll_cues.yaml``.
TOLL_CUES = CueFile("ar/event_toll_cues.yaml")

#: What may stand between two counts that add up: و, a comma, spaces.
_AND = re.compile(r"\s*(?:" + cue_alt("at_least") + r")?\s*[،,]?\s*و\s*")  # "مقتل 42 حوثيا على الأقل، و9 مقاتلين"


#: ACLED's figure for "several" or "a number of" dead when no report gives a number (the dev set's convention): the
#: figures module's, and its reading of the vague counts ACLED codes as several (``figures._SEVERAL``: one regex for
#: both modules since round 26's review).
ACLED_SEVERAL = SEVERAL


def _counts_of(ctx: Context, unit: str) -> list[Quantity]:
    """The document's quantities of ``unit`` with a value, in the document's order (round 41, sp16: read once per
    document and unit, not once per row, unit and span; the list is only read)."""
    key = ("counts_of", unit)
    hit: list[Quantity] | None = ctx.memo.get(key)
    if hit is None:
        hit = ctx.memo[key] = [q for q in ctx.doc.quantities if q.unit == unit and q.value is not None]
    return hit


def read_figures(ctx: Context, cand: Candidate, shared_sentence: bool) -> None:
    """Step 5 (figures): killed, injured, displaced and arrested counts of the clause (or the sentence)."""
    s0, s1 = cand.sentence
    spans = list(cand.clauses) if shared_sentence else [*cand.clauses, (s0, s1)]
    spans = [(a, cause_cut(ctx, cand, a, b)) for a, b in spans]
    for unit, target in (
        ("killed", cand.fatalities),
        ("injured", cand.injured),
        ("displaced", cand.displaced),
        ("arrested", cand.arrested),
    ):
        # an arrest or a protest takes a toll only from its own clause ("تم توقيف قائد المركب … وانتشال 18 جثة")
        own = cand.cls.acled_type in ("Strategic developments", "Protests") and unit in ("killed", "injured")
        counts = _counts_of(ctx, unit)
        for a, b in list(cand.clauses) if own else spans:
            qs = [q for q in counts if a <= q.start < b]
            if qs:
                q = qs[0]
                # the list may run on past the clause's comma ("مقتل 42 حوثياً على الأقل، و9 مقاتلين"), either way
                before = [x for x in counts if s0 <= x.start < q.start]
                while before and _AND.fullmatch(ctx.doc.text[before[-1].end : q.start]):
                    q = before.pop()
                qs = [x for x in counts if q.start <= x.start < s1]
                total, ids = int(q.value or 0), [q.id]
                several = q.approx == "vague" and bool(_SEVERAL.match(ctx.doc.text, q.start))
                if unit == "killed" and several and total < ACLED_SEVERAL:
                    # "استشهاد عدد من رجال الأمن": ACLED codes "several" dead as 10; round 41 (ev12): also as the
                    # first item of a list that adds up ("عدد من رجال الأمن وثلاثة من العاملين": 10 + 3, as
                    # figures.toll_in adds it), no longer the vague word's own value plus the rest
                    total = ACLED_SEVERAL
                for prev, nxt in itertools.pairwise(qs):
                    # "مقتل ضابط ومجند"، "قتل 5 مدنيين و3 جنود": a list of counts adds up ("بينهم 3 أطفال" does not)
                    if not adds_up(ctx.doc.text, prev, nxt):
                        break  # "ضابطا شرطة ومجند ومسلح": 2 + 1 + 1; "الشاب فلان والطفل فلان": 1 + 1
                    total += int(nxt.value or 0)
                    ids.append(nxt.id)
                if (
                    unit == "killed"
                    and len(ids) == 1
                    and (dozens_and_wounded(ctx.doc.text, q) or dozens_mixed(ctx.doc.text, q))
                ):
                    total = ACLED_SEVERAL  # "عشرات القتلى والجرحى": the lead's ruling (6), ruling (4)'s 10
                figure = {"value": total, "approx": q.approx, "quantity": ids[0]}
                if len(ids) > 1:
                    figure["quantities"] = ids
                if unit == "killed":  # "القيادي … وأربعة من مرافقيه": the leader and his men
                    sent = ctx.sentences[ctx.sentence_index(q.start)]
                    figure = leader_and_men(ctx, figure, sent.start, sent.end)
                    figure = one_with_others(ctx, figure, sent.start, sent.end)  # round 39 (ev6)
                target.append((cand.start, figure))
                break
    if not cand.fatalities and cand.cls.acled_type in VIOLENT:
        vague = next((hit for a, b in spans if (hit := _VAGUE_DEAD.search(ctx.doc.text, a, b))), None)
        if vague is not None:
            # "وسط أنباء عن سقوط قتلى"، "خلفت الاشتباكات قتلى وجرحى": dead without a number, ACLED's "several"
            cand.fatalities.append((cand.start, {"value": ACLED_SEVERAL, "approx": "vague"}))
        elif any(_ONE_DEAD.search(ctx.doc.text, m.start, m.end + 4) for m in cand.mentions) and not any(
            q.unit == "killed" and cand.sentence[0] <= q.start < cand.sentence[1] for q in ctx.doc.quantities
        ):
            # "والذي استشهد أمس الأول إثر تعرضه لشظايا قذيفة": the singular verb counts one dead
            cand.fatalities.append((cand.start, {"value": 1, "approx": "exact"}))
    if not cand.fatalities and cand.cls.acled_type in VIOLENT:
        # "لقي أمين شرطة مصرعه"، "فأرداه قتيلا"، "لقيا مصرعهما": the pronoun counts the dead when no number does
        for m in cand.mentions:
            found = _PRONOUN_TOLL.search(ctx.doc.text, m.start, m.end)
            dual = bool(found) and found is not None and found.group(1) == "هما"
            if found is None:
                found = _BODIES.search(ctx.doc.text, m.start, m.end)
                dual = found is not None and found.group(1) != "ة"
            if found:
                cand.fatalities.append((cand.start, {"value": 2 if dual else 1, "approx": "exact"}))
                break
            them = killed_them(ctx.doc.text, m.end, min(m.sent_end, m.end + 120))
            if them is not None:
                cand.fatalities.append((cand.start, {"value": them, "approx": "exact"}))  # "أطلقا النار … فقتلاه"
                break
            if _PLURAL_TOLL.search(ctx.doc.text, m.start, m.end):
                # "لقي ثلاثة لاجئين فلسطينيين مصرعهم": the count between لقي and مصرعهم is of the dead, whatever
                # the quantity layer took the noun for
                counts = [
                    q
                    for q in ctx.doc.quantities
                    if m.start - 60 <= q.start < m.start and q.value is not None and q.unit not in ("injured",)
                ]
                if counts:
                    q = counts[-1]
                    cand.fatalities.append(
                        (cand.start, {"value": int(q.value or 0), "approx": q.approx, "quantity": q.id})
                    )
                    break


#: A killing word ending in a singular or dual pronoun (مصرعه، حتفها، أرداه، قتله، مقتلهما; lists.pronoun_toll_stems).
_PRONOUN_TOLL = re.compile(r"(?:" + cue_alt("pronoun_toll_stems") + r")(هما|ها|ه)\b")


#: Dead told without a number (indefinite قتلى after a word of falling or leaving: lists.vague_dead_verbs): ACLED's
#: "several".
_VAGUE_DEAD = gated(
    re.compile(
        r"(?<![\u0621-\u064A])(?:"
        + cue_alt("vague_dead_verbs")
        + r")\s+قتلى"
        + r"(?![\u0621-\u064A])(?!\s+(?:من|في)\s)"
    )
)
#: A singular past "was martyred" as the trigger itself (not استشهد بـ "cited"), with no count in its sentence.
_ONE_DEAD = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:استشهد|استشهدت)\s+(?!ب)")


#: A plural "met their death" (لقوا مصرعهم، لقي ثلاثة … حتفهم).
_PLURAL_TOLL = re.compile(r"(?:مصرع|حتف)(?:هم|هن)\b")
#: A body or two (جثة، جثتي شقيقين): the noun counts the dead.
_BODIES = re.compile(r"جث(ة|تي|تين|تان|تا)\b")


def cause_cut(ctx: Context, cand: Candidate, start: int, end: int) -> int:
    """Where the words of ``cand`` end in ``[start, end)``: before what a protest is about (احتجاجا على قتل …)
    unless ``cand`` is that cause itself."""
    if cand.cause:
        return end
    cues = [p for p in ctx.positions("status:cause", start, end) if p > cand.start]
    return cues[0] if cues else end


def lowest_figure(figures: list[tuple[int, dict[str, Any]]]) -> dict[str, Any] | None:
    """ACLED's rule: the lowest credible figure among the reports (vague words only when nothing else)."""
    if not figures:
        return None
    exact = [f for _, f in figures if f.get("approx") != "vague"]
    pool = exact or [f for _, f in figures]
    return dict(min(pool, key=lambda f: int(f["value"])))


#: (Round 43, ev19) A series or a wave named in a sentence (سلسلة هجمات، موجة العنف; lists.series_marks).
_SERIES_MARK = re.compile(r"(?<![\u0621-\u064A])(?:" + TOLL_CUES.alt("series_marks") + r")(?![\u0621-\u064A])")


def row_toll(ctx: Context, cand: Candidate) -> dict[str, Any] | None:
    """Round 43 (helper ev19): the row's toll — ACLED's lowest figure of the reports of its own sentence when that
    sentence gives a count, not a lower count of another sentence folded into the row: a long article's round-up
    folds the same day's strikes of one front into one row ("غارة على مبنى قيادة اللواء … إضافة إلى مصرع 34 متمردا"
    beside "غارة على الطريق … وقتل القيادي … و20 من مرافقيه"), and the lowest figure of all of them (1, the leader)
    is no report of the row's dead. Else the lowest figure of all (:func:`lowest_figure`)."""
    figures = cand.fatalities
    title_end = next((b.end for b in ctx.doc.blocks if str(b.kind) == "title"), 0)
    lead = next((x.end for x in ctx.sentences if x.start >= title_end and x.end - x.start > 40), title_end)
    if len(figures) > 1 and cand.start >= lead:
        text = ctx.doc.text
        own, line = ctx.sentence_index(cand.start), text.rfind("\n", 0, cand.start)
        mine = [(s, f) for s, f in figures if f.get("approx") != "vague" and ctx.sentence_index(s) == own]
        sentence = ctx.sentences[own]
        if (
            mine
            and not _SERIES_MARK.search(text, sentence.start, sentence.end)
            and all(ctx.sentence_index(s) == own or text.rfind("\n", 0, s) != line for s, _ in figures)
        ):
            return lowest_figure(mine)
    return lowest_figure(figures)


#: What may stand between a count of dead and the town it was told for ("5 مدنيين في كفرنبل"، "و3 في بلدة سراقب").
#: (lists.pinned_place_kinds)
_PINNED = re.compile(
    r"\s*(?:[\u0621-\u064A]+\s+){0,2}?(?:في|ب)\s*(?:(?:ال)?(?:" + cue_alt("pinned_place_kinds") + r")\s+)?"
)


def _pinned_toll(ctx: Context, c: Candidate) -> Any:
    """The count of dead of ``c``'s sentence told right before ``c``'s own place ("و3 في سراقب"), if any."""
    if c.place is None:
        return None
    s0, s1 = c.sentence
    key = place_key(c.place)
    spans = [(e.start, e.end) for e in ctx.doc.entities if s0 <= e.start < s1 and place_key(e) == key]
    for q in ctx.doc.quantities:
        if q.unit != "killed" or q.value is None or not s0 <= q.start < s1:
            continue
        if any(a >= q.end and _PINNED.fullmatch(ctx.doc.text, q.end, a) for a, _ in spans):
            return q
    return None


#: (round 25, dt3) Another report of the same toll in its sentence: a conjunction of contrast, a verb of telling and
#: who tells it (في حين تحدثت حصيلة رسمية، فيما تحدثت وسائل إعلام، بينما أفادت مصادر; lists.contrast_openers,
#: report_verbs, report_subjects).
_OTHER_REPORT = re.compile(
    r"(?<![\u0621-\u064A])(?:"
    + TOLL_CUES.alt("contrast_openers")
    + r")\s+(?:"
    + TOLL_CUES.alt("report_verbs")
    + r")\s+(?:"
    + TOLL_CUES.alt("report_subjects")
    + r")(?![\u0621-\u064A])"
)
#: A count told with its side's pronoun (ثلاثة من عناصره، اثنين من مقاتليها): one side's dead, not a report of all.
_OWN_SIDE = re.compile(r"(?<![\u0621-\u064A])من\s+[\u0621-\u064A]+(?:ه|ها|هم)(?![\u0621-\u064A])")


def other_reports(ctx: Context, cands: list[Candidate]) -> None:
    """Two reports of one toll in one sentence, the second after a conjunction of contrast and a verb of telling
    ("أكد المتمردون أن الهجوم خلف أكثر من 50 قتيلا في صفوف القوات التركية، في حين تحدثت حصيلة رسمية تركية عن مقتل
    جنديين"، "أعلنت سلطات الإقليم عن ستة قتلى، فيما تحدثت وسائل إعلام عن «مجزرة» راح ضحيتها تسعة قتلى"): the row
    that reads one of the two counts is given the other too, and ACLED's lowest figure chooses (round 25, dt3). Not
    when another row is told between the conjunction and the count (another happening's dead), nor a count told with
    its side's pronoun (من عناصره: one side's dead)."""
    text = ctx.doc.text
    for c in cands:
        if c.cls.acled_type not in VIOLENT:
            continue
        for _, fig in list(c.fatalities):
            q = next((x for x in ctx.doc.quantities if x.id == fig.get("quantity")), None)
            if q is None or fig.get("approx") == "vague":
                continue
            sent = ctx.sentences[ctx.sentence_index(q.start)]
            for hit in _OTHER_REPORT.finditer(text, sent.start, sent.end):
                after = hit.end() <= q.start
                others = [
                    x
                    for x in ctx.doc.quantities
                    if x.unit == "killed"
                    and x.value
                    and x.approx != "vague"
                    and x.id != q.id
                    and (sent.start <= x.start < hit.start() if after else hit.end() <= x.start < sent.end)
                ]
                if not others:
                    continue
                other = others[-1] if after else others[0]
                lo, hi = (other.start, q.start) if after else (hit.start(), other.start)
                if any(lo < m.start < hi for k in cands if k is not c for m in k.mentions):
                    continue  # another row told between: another happening's dead
                if any(_OWN_SIDE.search(text[x.start : x.end + 30]) for x in (other, q)):
                    continue  # a count with its side's pronoun, in the quantity or right after it
                figure = {"value": int(other.value or 0), "approx": other.approx, "quantity": other.id}
                c.fatalities.append((c.start, figure))
                break


def share_tolls(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """One toll told once for several rows ("غارات على بلدتي X وY أسفرت عن مقتل 5 مدنيين" gives a row per town) is
    marked as shared, so that an analyst who sums the rows' fatalities sees that the 5 dead were told once: each
    such row records ``toll`` (the number told) and ``told_for`` (how many rows it was told for), and its value is
    its share of the toll when the rows stand at distinct towns (3 and 2), else the whole toll.

    ACLED's fatalities FAQ ("How does ACLED code fatalities?", acleddata.com knowledge base; the copy the search
    tool's ``pages`` corpus holds breaks off mid-sentence) says a summarized toll reported for events across several
    locations is distributed across them. Round 10 measured an even split worse (a toll read short: "ضابطا شرطة
    ومجند ومسلح" read as 2, or rows that are not one list); round 11 reads such tolls whole (4), and splits the
    value evenly (:func:`rasd.events.figures.share`: 7 over two towns 4 and 3, as events_tune4.jsonl codes one pair)
    only over rows at distinct places of a town's rank or finer; rows that share a place (one happening told as two
    rows) or stand for provinces ("بين محافظتي عدن ولحج") keep the whole toll, marked. A count told per town
    ("قتلت 5 مدنيين في X و3 في Y") is each town's own: when a row's own place follows a count of dead in its
    sentence, each row takes the count told for its town instead."""
    cands = reach_tolls(ctx, cands, VIOLENT)
    cands = split_vague(ctx, cands)  # round 39 (ev6): several dead told once for a list's rows, split evenly
    cands = sides_read(ctx, cands)
    other_reports(ctx, cands)
    chosen = [lowest_figure(c.fatalities) for c in cands]
    groups: dict[tuple[str, ...], list[int]] = {}
    for i, fig in enumerate(chosen):
        if fig is None or not fig.get("quantity") or not int(fig.get("value") or 0):
            continue
        q = next((q for q in ctx.doc.quantities if q.id == fig["quantity"]), None)
        if q is None or not cands[i].sentence[0] <= q.start < cands[i].sentence[1]:
            continue  # a toll borrowed from another sentence's event is not one told for this sentence's list
        key = tuple(fig.get("quantities") or [fig["quantity"]])
        groups.setdefault(key, []).append(i)
    for rows in groups.values():
        if len(rows) < 2:
            continue
        own = {i: _pinned_toll(ctx, cands[i]) for i in rows}
        if any(own.values()):
            for i, q in own.items():
                if q is not None:
                    figure = {"value": int(q.value or 0), "approx": q.approx, "quantity": q.id}
                    cands[i].fatalities = [(cands[i].start, figure)]
            continue
        first = chosen[rows[0]]
        assert first is not None
        toll = int(first["value"])
        places = [place_key(cands[i].place) if cands[i].place is not None else None for i in rows]
        towns = all((cands[i].place_precision or 3) <= 2 for i in rows)  # not provinces (بين محافظتي عدن ولحج)
        apart = towns and None not in places and len(set(places)) == len(places)
        for n, i in enumerate(rows):
            fig = dict(chosen[i] or {})
            fig.update({"toll": toll, "told_for": len(rows)})
            if apart:
                fig["value"] = share(toll, len(rows), n)
            cands[i].fatalities = [(cands[i].start, fig)]
    return one_more_dead(ctx, both_sides(ctx, cands))


_AR = r"[\u0621-\u064A\u064B-\u0652\u0640]"
#: (round 26, ft4) One more dead told as a source's words: "that", an indefinite person in the accusative (إرهابيا،
#: عنصرا، شخصًا) or a quoted word («إرهابي»), up to six words, a killing verb in the singular, then "also" or the
#: engagement named (lists.one_more_openers, one_more_verbs, also_words, one_more_engagements).
_ONE_MORE = gated(
    re.compile(
        rf"(?<!{_AR})(?:{TOLL_CUES.alt('one_more_openers')})\s+(?:[«\"“]{_AR}+[»\"”]|(?P<noun>{_AR}+?)(?:ًا|اً|ا))"
        rf"(?!{_AR})(?P<between>(?:\s*[،,]?\s+{_AR}+){{0,6}}?)\s*[،,]?\s+(?:(?P<also1>{TOLL_CUES.alt('also_words')})\s+)?"
        rf"(?:{TOLL_CUES.alt('one_more_verbs')})(?!{_AR})"
        rf"(?:\s+(?P<also2>{TOLL_CUES.alt('also_words')})(?!{_AR}))?"
        rf"(?:\s+(?P<where>{TOLL_CUES.alt('one_more_engagements')})(?!{_AR}))?"
    )
)
#: Words (for the two after a count: its noun when the count is a number alone).
_WORDS = re.compile(_AR + "+")
#: The kinds of row whose toll counts every dead of the happening.
_ONE_MORE_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
#: How many sentences after a row's last mention (and before its first) the one more dead may be told.
_ONE_MORE_SENTENCES = 3


def _skeleton(word: str) -> str:
    """A word's first three consonants (no article, vowel letters or hamza seats): جنود and جنديا both give جند."""
    word = re.sub(r"[\u064B-\u0652\u0640]", "", word).removeprefix("ال")
    return re.sub("[اويىأإآءئؤة]", "", word)[:3]


def one_more_dead(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Round 26 (helper ft4): one more dead told apart from a row's count, as what a source said (lists.
    one_more_openers …): "وتابع البيان … مشيرا إلى أن «إرهابيا» قتل في الاشتباكات" after "مقتل ثلاثة جنود" (4), "وأضاف
    أن عنصرا في التنظيم قتل أيضا" after "مقتل ضابط صف" (2), "أنّ شخصًا آخر كان مرافقًا للقيادي، قتل أيضا في الهجوم"
    after "اغتيل طلال الأردني" (2): ACLED's toll of a happening counts all its dead. The dead are added to the one row
    with an exact toll whose mentions stand within three sentences before the sentence (or in the sentence after it),
    when no other violent row is told there and the sentence counts no dead by a number of its own. Told with the
    engagement but without "also", the person must not be of the kind the row's count names (a soldier after three
    soldiers may be one of them)."""
    text = ctx.doc.text
    rows = [
        c
        for c in cands
        if c.cls.acled_type in _ONE_MORE_TYPES and c.granularity == "discrete" and lowest_figure(c.fatalities)
    ]
    if not rows:
        return cands
    violent = [c for c in cands if c.cls.acled_type in VIOLENT and c.granularity == "discrete"]
    for hit in _ONE_MORE.finditer(text):
        also = hit.group("also1") or hit.group("also2")
        if not also and not hit.group("where"):
            continue
        i = ctx.sentence_index(hit.start())
        sent = ctx.sentences[i]
        if any(q.unit == "killed" and q.value and sent.start <= q.start < sent.end for q in ctx.doc.quantities):
            continue  # a count of its own there: read by the rules of counts
        lo = ctx.sentences[max(0, i - _ONE_MORE_SENTENCES)].start
        before = [
            (max(m.start for m in c.mentions if lo <= m.start < hit.start()), n)
            for n, c in enumerate(violent)
            if any(lo <= m.start < hit.start() for m in c.mentions)
        ]
        if before:
            row = violent[max(before)[1]]  # the row told last before it
        else:
            after = ctx.sentences[i + 1] if i + 1 < len(ctx.sentences) else sent
            later = [c for c in violent if any(hit.start() <= m.start < after.end for m in c.mentions)]
            if len(later) != 1:
                continue
            row = later[0]  # "… قتل أيضا في الهجوم. وذكرت تقارير أن مسلحين نصبوا كمينا": the row told right after
        if row not in rows or any(
            c is not row and any(sent.start <= m.start < sent.end for m in c.mentions) for c in violent
        ):
            continue  # no toll of its own to add to, or another row told in the sentence
        fig = lowest_figure(row.fatalities)
        if fig is None or fig.get("approx") == "vague" or fig.get("told_for"):
            continue
        if not also and hit.group("noun"):
            ids = set(fig.get("quantities") or [fig.get("quantity")])
            named = {
                _skeleton(w)
                for q in ctx.doc.quantities
                if q.id in ids
                for w in [*re.findall(_AR + "+", text[q.start : q.end]), *_WORDS.findall(text, q.end, q.end + 30)[:2]]
            }
            if _skeleton(hit.group("noun")) in named:
                continue  # "أن جنديا قتل في الاشتباكات" after "مقتل ثلاثة جنود": maybe one of them
        row.fatalities = [(row.start, {**fig, "value": int(fig["value"]) + 1})]
    return cands


#: The other side's clause in the battle's sentence: a conjunction of contrast, then a verb of dying, then the count
#: ("بينما قتل 3 من أفراد المقاومة"، "فيما لقي 2 من الجنود مصرعهم").
#: (round 43, sp20) behind the gate of its contrast openers (rasd.events.gates): a gap with none is not searched.
_OTHER_SIDE = gated(
    re.compile(
        r"[،,]?\s*(?<![\u0621-\u064A])(?:"
        + TOLL_CUES.alt("contrast_openers")
        + r")\s+(?:(?:"
        + TOLL_CUES.alt("side_death_verbs")
        + r")|(?:"
        + TOLL_CUES.alt("side_loss_verbs")
        + r")(?:\s+(?!من(?![\u0621-\u064A]))[\u0621-\u064A]+){1,3})\s+$"
    )
)
#: The engagement named again in a later sentence of the paragraph ("استشهدا خلال المواجهات"، "سقطوا في صفوف المقاومة").
_ENGAGEMENT_AGAIN = re.compile(r"(?<![\u0621-\u064A])(?:" + TOLL_CUES.alt("engagement_again") + r")(?![\u0621-\u064A])")
#: How many sentences after the battle's count the other side's dead may be told.
_SIDE_SENTENCES = 3


#: The words that name no side in a count's phrase (lists.side_generic_words).
_GENERIC = TOLL_CUES.set("side_generic_words")
#: A count's side told by a pronoun back to a side named before ("اثنين من مقاتليه"، "ثلاثة من عناصرها").
_SIDE_PRONOUN = re.compile(r"^\s*(?:[\u0621-\u064A]+\s+)?من\s+[\u0621-\u064A]+(?:ه|ها|هم|هما)(?![\u0621-\u064A])")


def _same_side(text: str, first: Any, other: Any) -> bool:
    """Whether count ``other`` tells the dead of ``first``'s side again (another report, ACLED's lowest figure, not
    a sum): a side word both counts' phrases share ("ستة من مقاتلي حزب الله … اثنين من مقاتلي حزب الله"), or its
    side told by a pronoun back to a side word of ``first``'s phrase named just before it ("أن الحزب اعترف بمقتل
    اثنين من مقاتليه" after "مصرع ستة من مقاتلي الحزب"; "مصدر في المقاومة إن ثلاثة من مقاتليها" after "مقتل 9
    متمردين" is the other side)."""

    def words(chunk: str) -> list[str]:
        return [w.removeprefix("و") for w in re.findall(r"[\u0621-\u064A]+", chunk)]

    def phrase(q: Any, stop: int) -> set[str]:  # the count's words to the end of its sentence, six at most
        return set(words(re.split(r"[.!?؟]", text[q.start : min(q.end + 40, stop)])[0])[:6]) - _GENERIC

    # (round 24, ft2: the first count's words stop at the other's, whose own number word is no side: "أسفرا عن مصرع 11
    # وإصابة 30 آخرين بجراح، فيما قتل ثلاثة من مقاتلي المقاومة" shared "ثلاثة")
    mine = phrase(first, other.start if other.start > first.start else len(text))
    theirs = phrase(other, len(text))
    if mine & theirs:
        return True

    # (round 24, ft2) a side word shared by its stem: "14 مسلحا حوثيا … فيما قتل 9 من المسلحين الحوثيين" is one
    # side's dead told twice (ACLED's lowest figure), not both sides'
    def stem(w: str) -> str:
        return w.removeprefix("ال")[:4] if len(w.removeprefix("ال")) >= 5 else w

    if {stem(w) for w in mine} & {stem(w) for w in theirs}:
        return True
    if not (_SIDE_PRONOUN.match(text, other.end) or _SIDE_PRONOUN.match(text[other.start : other.end + 40])):
        return False
    before = set(words(re.split(r"[.!?؟]", text[max(0, other.start - 60) : other.start])[-1])[-6:]) - _GENERIC
    return any(len(w) >= 5 and len(m) >= 5 and w[:5] == m[:5] for w in before for m in mine)


def sides_read(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Round 24 (helper ft2): a battle row that reads both sides' counts of one sentence, the second after a
    conjunction of contrast and a verb of dying ("لقي 24 عنصرا من ميليشيات الحوثي مصرعهم وأصيب 42 آخرون، بينما قتل
    2 من رجال المقاومة الشعبية"، "أسفرا عن مصرع 11 وإصابة 30 آخرين، فيما قتل ثلاثة من مقاتلي المقاومة"), holds
    their sum: the second count is the other side's dead, not a lower report of the first (ACLED's lowest figure
    chooses among reports of one toll; the engagement's toll is both sides' dead). Before, ``lowest_figure`` took the
    other side's 2 or 3 for the row's toll whenever the row's lead sentence was not the counts' (a headline, a
    mention told earlier), where :func:`both_sides` does not reach."""
    text = ctx.doc.text
    killed = sorted(
        (q for q in ctx.doc.quantities if q.unit == "killed" and q.value is not None and q.approx != "vague"),
        key=lambda q: q.start,
    )
    held = {i for c in cands for _, f in c.fatalities for i in [f.get("quantity"), *(f.get("quantities") or [])] if i}
    triggers = [m.start for c in cands for m in c.mentions]
    for c in cands:
        if c.cls.acled_type != "Battles" or c.granularity != "discrete":
            continue
        figs = {f.get("quantity"): f for _, f in c.fatalities if f.get("approx") != "vague" and f.get("quantity")}
        for n, second in enumerate(killed):
            if n == 0 or (second.id in figs and figs[second.id].get("quantities")):
                continue
            first = killed[n - 1]
            opener = _OTHER_SIDE.search(text, first.end, second.start)
            if opener is None or ctx.sentence_index(first.start) != ctx.sentence_index(second.start):
                continue
            if second.id not in figs:
                # the other side's dead no row reads ("قتلوا أثناء المواجهات، فيما سقط خمسة من رجال المقاومة"), after
                # a count this row reads, when no happening is told from the conjunction to the sentence's end but
                # the engagement named again
                end = ctx.sentences[ctx.sentence_index(second.start)].end
                named = [(m.start(), m.end()) for m in _ENGAGEMENT_AGAIN.finditer(text, second.end, end)]
                if second.id in held or first.id not in figs or figs[first.id].get("quantities"):
                    continue
                # (round 39, ev6) the verb of dying the conjunction opens ("بينما قتل 3 من أفراد المقاومة") is the
                # other side's death, not another happening, when a row took it for a mention of its own
                if any(opener.end() <= p < end and not any(a <= p < b for a, b in named) for p in triggers):
                    continue
            fig = figs.get(first.id) or next(
                (f for f in figs.values() if first.id in (f.get("quantities") or []) and f is not figs.get(second.id)),
                None,
            )
            if fig is None and first.id not in held:
                # the first side's count told in a clause no row was read from ("لقي 24 عنصرا … مصرعهم"): the
                # row that reads the other side's dead reads it too, when no happening is told between the two
                if any(first.start <= p < opener.start() for p in triggers):
                    continue
                fig = {"value": int(first.value or 0), "approx": first.approx, "quantity": first.id}
            if fig is None or _same_side(text, first, second):
                continue
            ids = [*(fig.get("quantities") or [fig["quantity"]]), second.id]
            summed = dict(fig, value=int(fig["value"]) + int(second.value or 0), quantities=ids)
            kept = [(at, f) for at, f in c.fatalities if f.get("quantity") != second.id and f is not fig]
            c.fatalities = [*kept, (c.start, summed)]
            break
    return cands


def both_sides(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """A battle's fatalities are all the dead of the engagement, both sides (ACLED): the other side's dead told
    apart from the first count are added to the row's toll when no other row can own them —

    - in the battle's sentence after a conjunction of contrast and a verb of dying ("لقي 17 حوثيا مصرعهم …، بينما
      قتل 3 من أفراد المقاومة الشعبية": 20), no other row told from the conjunction to the sentence's end;
    - in one of the next sentences of its paragraph that names the engagement again or a side's ranks ("أسفرت عن
      مقتل 11 متمردا. وقال المركز الإعلامي للمقاومة إن اثنين من مقاتلي المقاومة استشهدا خلال المواجهات": 13; "ولفت
      إلى أن اربعة قتلى سقطوا في صفوف المقاومة"), a sentence that tells no other row and gives no running total
      (حصيلة، عدد القتلى، منذ), the count not one the row already reads (a toll told again).

    Only an exact toll counted in the row's own sentence and told for this row alone is added to."""
    text = ctx.doc.text
    killed = sorted(
        (q for q in ctx.doc.quantities if q.unit == "killed" and q.value is not None and q.approx != "vague"),
        key=lambda q: q.start,
    )
    for c in cands:
        if c.cls.acled_type != "Battles" or c.granularity != "discrete":
            continue
        # the first count of the row's own sentence: a later sentence merged into the row ("استشهدا خلال
        # المواجهات") gives the other side's dead, not a lower report of the same dead
        at = {q.id: q.start for q in killed}
        firsts = sorted(
            (f for _, f in c.fatalities if f.get("approx") != "vague" and f.get("quantity") in at),
            key=lambda f: at[f["quantity"]],
        )
        fig = firsts[0] if firsts else None
        if fig is None or fig.get("told_for") or not c.sentence[0] <= at[fig["quantity"]] < c.sentence[1]:
            continue
        ids = list(fig.get("quantities") or [fig["quantity"]])
        own = [q for q in killed if q.id in ids]
        if not own or not all(c.sentence[0] <= q.start < c.sentence[1] for q in own):
            continue
        others = [
            m.start
            for o in cands
            if o is not c and o.cls.acled_type in VIOLENT and o.granularity == "discrete"
            for m in o.mentions
        ]
        last = own[-1]
        i = ctx.sentence_index(last.start)
        sent = ctx.sentences[i]
        add = None
        for q in killed:
            if last.end <= q.start < sent.end:
                opener = _OTHER_SIDE.search(text, last.end, q.start)
                # no happening told after the count, the row's own words but for the engagement named ("بينما قتل
                # 2 من رجال المقاومة … في المعارك": the battle; "فيما قتل 9 من الحوثيين في هجوم للمقاومة بمأرب":
                # another attack, merged or not)
                named = [(m.start(), m.end()) for m in _ENGAGEMENT_AGAIN.finditer(text, q.start, sent.end)]
                after = [m.start for m in c.mentions if q.start <= m.start < sent.end]
                happening = [p for p in after if not any(a <= p < b for a, b in named)]
                if opener and not happening and not any(opener.start() <= p < sent.end for p in others):
                    add = q
                break  # only the count right after the row's own
        if add is None:
            seen = {int(q.value or 0) for q in own} | {int(fig["value"])}
            block = ctx.block(last.start)
            for j in range(i + 1, min(i + 1 + _SIDE_SENTENCES, len(ctx.sentences))):
                nxt = ctx.sentences[j]
                if ctx.block(nxt.start) != block:
                    break
                qs = [q for q in killed if nxt.start <= q.start < nxt.end]
                again = _ENGAGEMENT_AGAIN.search(text, qs[0].start if qs else nxt.start, nxt.end)
                # another row's words there, but for the count's own death and the engagement named again (a row
                # that took "استشهدا خلال المواجهات" for its own is that battle told again)
                spare = (qs[0].start, again.end()) if qs and again else (nxt.end, nxt.end)
                if any(nxt.start <= p < nxt.end and not spare[0] <= p < spare[1] for p in others):
                    break
                if not qs:
                    continue
                if all(int(q.value or 0) in seen for q in qs):
                    continue  # the row's toll told again ("وأشار المصدر إلى مقتل ثمانية عشر حوثياً خلال تلك المواجهات")
                # a running total or a period's (حصيلة، عدد القتلى، منذ، خلال الشهر), not the خلال of the engagement
                since = [
                    m for m in SINCE.finditer(text, nxt.start, nxt.end) if not (again and m.start() == again.start())
                ]
                told = TOLL_TOLD.search(text, nxt.start, nxt.end) or since
                if len(qs) == 1 and not told and again and not _elsewhere(ctx, c, nxt.start, nxt.end):
                    add = qs[0]
                break  # the first later sentence with a new count of dead decides
        if add is None or _same_side(text, own[0], add):
            continue
        figure = dict(fig)
        figure["value"] = int(fig["value"]) + int(add.value or 0)
        figure["quantities"] = [*ids, add.id]
        c.fatalities = [(c.start, figure)]
    return cands


def _elsewhere(ctx: Context, c: Candidate, start: int, end: int) -> bool:
    """(Round 39, ev6) Whether ``[start, end)`` names a place other than the row's ("وقال المركز الإعلامي إن ثمانية
    قتلى سقطوا خلال المواجهات التي شهدتها بلدة X" after a battle at Y): the dead of the clashes there, not the other
    side of the row's battle."""
    key = place_key(c.place)
    return any(e.geo and start <= e.start < end and place_key(e) != key for e in ctx.doc.entities)


def _counts(c: Candidate) -> set[int]:
    """The exact counts of dead a row reads (its value and, when shared, the whole toll)."""
    out: set[int] = set()
    for _, f in c.fatalities:
        if f.get("approx") == "vague":
            continue
        out |= {int(f.get(k) or 0) for k in ("value", "toll")} - {0}
    return out


def summary_toll(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Drop a row told by its dead alone whose toll sums several counts ("مقتل 11 من عناصر داعش و10 مدنيين في موجة عنف
    شهدتها مناطق تابعة لمدينة بعقوبة") when each count is told again, in a later sentence, by a row of its own (the
    operation that killed the 11, the bombs that killed the 10): the summary of the day, not another happening
    (ACLED codes the parts). Round 14b (helper ev9).

    Round 20 (helper evp): then one happening rowed under two sub-types with one count of dead folds into one row
    (:func:`rasd.events.merge.same_toll.fold_same_toll`)."""
    from rasd.events.merge.same_toll import fold_same_toll  # (same_toll reads retold, which reads this module)

    out = []
    for c in cands:
        fig = lowest_figure(c.fatalities)
        ids = list((fig or {}).get("quantities") or [])
        if not c.toll or len(ids) < 2 or c.cls.acled_type not in VIOLENT:
            out.append(c)
            continue
        values = [int(q.value or 0) for i in ids for q in ctx.doc.quantities if q.id == i]
        later = [o for o in cands if o is not c and o.sentence[0] >= c.sentence[1] and o.cls.acled_type in VIOLENT]
        used: set[int] = set()
        for v in values:
            k = next((n for n, o in enumerate(later) if n not in used and v >= 2 and v in _counts(o)), None)
            if k is None:
                break
            used.add(k)
        else:
            if values:
                continue  # each count told again by a row of its own: the summary goes
        out.append(c)
    return fold_same_toll(ctx, out)
