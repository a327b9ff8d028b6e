"""Figures of events: how the counts of one toll add up (helpers of :func:`rasd.events.merge.read_figures`).

A toll is often told as a list of the dead by kind or by name rather than as one number: "قتل ضابطا شرطة ومجند
ومسلح" (2 + 1 + 1), "مقتل جنديين وطفل" (2 + 1), "استشهد الشاب فلان والطفل فلان" (1 + 1). The quantities stage
reads each item as a quantity of its own (a dual, one person joined by و, a named victim told by his kind); here
the items of one list are added up. A breakdown ("قتل ثلاثة أشخاص بينهم طفلان") is never added: the quantities
stage does not join what follows بينهم/منهم, and a number never hangs on a name or a genitive.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from rasd.document import Quantity
from rasd.events.context import Context
from rasd.events.gates import Gated, gated
from rasd.events.model import Candidate
from rasd.resources.cues import EVENT_SENTENCE_CUES, CueFile
from rasd.resources.cues import merge_cue_alt as cue_alt
from rasd.resources.cues import merge_cue_set as cue_set
from rasd.text.normalize import normalize

#: The words of the toll rules of this module and of ``merge.tolls`` (``ar/event_toll_cues.yaml``).
_TOLL_CUES = CueFile("ar/event_toll_cues.yaml")

#: "And", "in addition to" (و، إضافة إلى، بالإضافة إلى): what joins one more item to a toll.
_PLUS = r"(?:و|(?:ب?ال)?[إا]ضافة\s+(?:إلى|الى)\s+)"
#: What may stand between two counts that add up: و, a comma, spaces ("مقتل 42 حوثيا على الأقل، و9 مقاتلين";
#: lists.at_least).
AND = re.compile(r"\s*(?:" + cue_alt("at_least") + r")?\s*[،,]?\s*" + _PLUS + r"\s*")
#: A few words, then و: what stands between a person counted by his noun and one more joined to him ("ضابطا شرطة
#: ومجند": the genitive of a construct dual; "الشاب محمد أحمد والطفل": a name). No digit, no sentence stop.
_WORDS_AND = re.compile(r"(?:\s+[\u0621-\u064A\u064B-\u0652]+){1,4}\s*[،,]?\s*" + _PLUS + r"\s*")
#: Words after which what follows is a part of the figure before, not more of it (بينهم طفلان، منهم ثلاثة;
#: lists.breakdown_words).
_BREAKDOWN = re.compile(r"(?<![\u0621-\u064A])و?(?:" + cue_alt("breakdown_words") + r")(?![\u0621-\u064A])")


#: A partitive's noun phrase, then و: "عشرة من منسوبي قوات الطوارئ وثلاثة من العاملين" (10 + 3).
_OF_AND = re.compile(r"\s+من((?:\s+[\u0621-\u064A\u064B-\u0652]+){1,4})\s*[،,]?\s*" + _PLUS + r"\s*")
_KIND_AND = re.compile(r"((?:\s+[\u0621-\u064A\u064B-\u0652]+){1,4})\s*[،,]?\s*" + _PLUS + r"\s*")
#: Words that tie a count to a place or a time, not to the kind of its dead ("5 من عناصر الشرطة في حلب و3 في إدلب";
#: lists.not_kind_links, then the days and times of lists.not_kind_times).
_NOT_KIND = cue_set("not_kind_links") | cue_set("not_kind_times")


def adds_up(text: str, prev: Quantity, nxt: Quantity) -> bool:
    """Whether quantity ``nxt`` is one more item of the list ``prev`` belongs to (their counts add up)."""
    gap, word = text[prev.end : nxt.start], text[nxt.start : nxt.end]
    if AND.fullmatch(gap):
        return True  # "مقتل ضابط ومجند"، "قتل 5 مدنيين و3 جنود"
    partitive = _OF_AND.fullmatch(gap)
    if partitive is None and " من " in f" {text[prev.start : prev.end]} ":
        partitive = _KIND_AND.fullmatch(gap)  # "5 من عناصر" took its من: "5 من عناصر الأمن و3 من المدنيين"
    # (round 24, ft2: or a count in words, three or more: "استشهاد ١٢ رجل أمن وثلاثة من العاملين"، "مقتل 20 متمردا
    # وأربعة جنود صوماليين"، "استشهاد 11 رجل أمن وأربعة مقيمين")
    counted = re.match(r"\d", word) or (nxt.approx == "exact" and (nxt.value or 0) >= 3)
    if partitive is None and counted and not re.search(r"\d", gap):
        kind = _KIND_AND.fullmatch(gap)  # "12 رجل أمن و3 عمال"، "5 مدنيين سوريين و3 أتراك": the first count's noun
        partitive = kind if kind is not None and len(kind.group(1).split()) <= 2 else None
    if partitive is not None and not _BREAKDOWN.search(gap):
        words = partitive.group(1).split()
        if not any(w in _NOT_KIND or w.startswith("ب") for w in words):
            return True  # "استشهاد عشرة من منسوبي قوات الطوارئ وثلاثة من العاملين": 10 + 3
    # one more person told by a single noun (a dual or one person) that the quantities stage joined to the list:
    # "ضابطا شرطة ومجند"، "الشاب محمد أحمد والطفل علي"
    person = nxt.value is not None and nxt.value <= 2 and not re.search(r"[\s\d]", word)
    return person and bool(_WORDS_AND.fullmatch(gap)) and not _BREAKDOWN.search(gap)


def share(toll: int, rows: int, n: int) -> int:
    """The ``n``-th row's part of a toll told once for ``rows`` rows at as many places: an even split in the order
    the rows are told, the first rows taking one more each when it does not divide (7 over two: 4, 3; 8 over three:
    3, 3, 2), as the hand-coded tune4 file codes seven dead told for two towns (4 and 3)."""
    each, extra = divmod(toll, rows)
    return each + (1 if n < extra else 0)


#: A consequence verb with its object pronoun right after the act ("أطلقا النار على أمين شرطة فقتلاه"، "فأردوه
#: قتيلا"، "فقتلتهما"): the pronoun counts the dead (ه/ها one, هما two).
KILLED_THEM = re.compile(
    r"(?<![\u0621-\u064A])ف(?:" + cue_alt("killed_them_stems") + r")(?:ا|و|ت|تا)?(ه|ها|هما)(?![\u0621-\u064A])"
)


def killed_them(text: str, start: int, end: int) -> int | None:
    """The dead a consequence verb counts by its object pronoun in ``text[start:end]`` (None: no such verb)."""
    found = KILLED_THEM.search(text, start, end)
    if found is None:
        return None
    return 2 if found.group(1) == "هما" else 1


# ------------------------------------------------------------------------------------ a toll told apart from its row
#: A sentence that opens with the result of what the sentence before told, naming it by a pronoun or not at all:
#: "وأسفر ذلك عن مقتل ستة"، "وأدى هذا إلى مقتل"، "وخلف الحادث أربعة قتلى". (A result naming its happening by a noun,
#: "وأسفر الانفجار عن", is that happening told again and merged with it before.)
_RESULT_OPENS = re.compile(
    r"\s*[وف]?(?:قد\s+)?(?:"
    + cue_alt("result_verbs")
    + r")\s+(?:(?:"
    + cue_alt("result_subjects")
    + r")\s+)?(?:"
    + cue_alt("result_verb_prepositions")
    + r")?"
)
#: A sentence that gives the toll of what was told before it (حصيلة القتلى ارتفعت إلى 14، عدد الضحايا بلغ), not a
#: toll since a date or over a period (منذ، خلال، حتى الآن).
_TOLL_TOLD = re.compile(
    r"(?<![\u0621-\u064A])(?:و?حصيلة|عدد\s+(?:ال)?(?:" + cue_alt("toll_nouns") + r"))(?![\u0621-\u064A])"
)
_SINCE = re.compile(r"(?<![\u0621-\u064A])(?:" + cue_alt("since_words") + r")(?![\u0621-\u064A])")
#: The two as the merge step's rules read them (:func:`rasd.events.merge.tolls.both_sides`).
TOLL_TOLD, SINCE = _TOLL_TOLD, _SINCE
#: Dead told without a number after a word of falling (وسط أنباء عن سقوط قتلى): ACLED's "several".
_VAGUE_DEAD = re.compile(
    r"(?<![\u0621-\u064A])(?:" + cue_alt("vague_dead_verbs") + r")\s+قتلى" + r"(?![\u0621-\u064A])(?!\s+(?:من|في)\s)"
)
#: "A number of", "several" (the vague counts ACLED codes as several; lists.several_nouns; merge.tolls reads it too).
#: (round 26, ft4) also with its case ending written (عددٍ من، عدداً من، عددًا من: five fresh in-range copies of
#: the Asir condolences, 6-9 Aug).
_SEVERAL = re.compile(
    r"(?:و?(?:ب|ل)?ال)?(?:" + cue_alt("several_nouns") + r")(?:[\u064B-\u0652]|ا(?=[\u064B-\u0652]?\s)){0,2}\s+من"
    r"|(?:و?ال)?عديد\s+"
)
#: ACLED's figure for "several" dead (the dev set's convention; ``merge.ACLED_SEVERAL`` is this one).
SEVERAL = 10


#: (round 25, dt3) A leader told by his title, a few words (his name, his group), then "and N of his men" or "and N
#: others" (مقتل القيادي أبو أحمد الكازمي وأربعة من مرافقيه، قتل قيادي بارز في تنظيم داعش و11 من معاونيه، قياديا في
#: تنظيم داعش وخمسة متطرفين أجانب آخرين قتلوا; lists.leader_nouns, others_words): the group "N" is the count.
_LEADER_AND_MEN = re.compile(
    rf"(?<![\u0621-\u064A])(?:{_TOLL_CUES.alt('leader_nouns')})(?![\u0621-\u064A])"
    r"(?P<between>[^.،,؛:!؟?\n\d]{0,80}?)\sو(?=\S)"
)
_AR_LETTER = r"[\u0621-\u064A]"
#: "Others" at most three words after the count (نحو 40 مسلحًا آخرين).
_OTHERS_AFTER = re.compile(
    r"(?:\s+[\u0621-\u064A\u064B-\u0652]+){0,2}?\s+(?:" + _TOLL_CUES.alt("others_words") + r")(?![\u0621-\u064A])"
)
_MEN_AFTER = re.compile(
    r"(?:\s+[\u0621-\u064A\u064B-\u0652]+){0,3}?\s+(?:من\s+[\u0621-\u064A]+(?:ه|ها)(?![\u0621-\u064A])|(?:"
    + _TOLL_CUES.alt("others_words")
    + r")(?![\u0621-\u064A]))"
)


#: (round 39, ev6) One dead told in the singular, then "with / besides N others" (لقي مصرعه مع 40 آخرين، قتل خلالها
#: قيادي بارز …، فضلاً عن نحو 40 مسلحًا آخرين; lists.one_dead_words, with_others_joins, others_words): N + 1.
_ONE_WITH_OTHERS = gated(
    re.compile(
        rf"(?<!{_AR_LETTER})(?:{_TOLL_CUES.alt('one_dead_words')})(?!{_AR_LETTER})[^.!?؟\n\d]{{0,100}}?\s"
        rf"(?:{_TOLL_CUES.alt('with_others_joins')})\s+"
    )
)


def one_with_others(ctx: Context, figure: dict[str, Any], start: int, end: int) -> dict[str, Any]:
    """``figure`` with the one dead added to the others when ``[start, end)`` tells one dead in the singular, then
    "with N others" or "besides N others" (لقي مصرعه مع 40 آخرين) and the figure read only one of the two: N + 1."""
    return _one_and_count(ctx, figure, start, end, _ONE_WITH_OTHERS, _OTHERS_AFTER)


def leader_and_men(ctx: Context, figure: dict[str, Any], start: int, end: int) -> dict[str, Any]:
    """``figure`` with the leader added to his men when ``[start, end)`` tells "a leader … and N of his men / N
    others" and the figure read only one of the two (the leader's 1, or the men's N): N + 1 (round 25, dt3)."""
    return _one_and_count(ctx, figure, start, end, _LEADER_AND_MEN, _MEN_AFTER)


def _one_and_count(
    ctx: Context, figure: dict[str, Any], start: int, end: int, head: re.Pattern[str] | Gated, after: re.Pattern[str]
) -> dict[str, Any]:
    """``figure`` as N + 1 when ``head`` (one dead, or a leader, then a join) runs up to a count N in ``[start,
    end)``, ``after`` (آخرين، من عناصره …) follows the count, no count of dead other than one stands inside the head
    (مقتل جنديين و3 آخرين: the list's own addition), and the figure read only the one or only the N."""
    text = ctx.doc.text
    for hit in head.finditer(text, start, end):
        count = next((q for q in ctx.doc.quantities if q.start == hit.end() and q.value), None)
        if count is None or count.unit in ("injured", "arrested", "displaced"):
            continue
        if not after.match(text, count.end, min(end, count.end + 60)):
            continue
        if any(hit.start() < q.start < hit.end() and q.unit == "killed" and q.value != 1 for q in ctx.doc.quantities):
            continue
        n = int(count.value or 0)
        if int(figure.get("value") or 0) in (1, n) and figure.get("approx") != "vague":
            return {**figure, "value": n + 1}
    return figure


#: (round 25, ft3) "Dozens" (عشرات) of dead joined to the wounded as one count: "عشرات القتلى والجرحى"، "سقوط
#: العشرات من القتلى والجرحى" (lists.dozens_words, wounded_after_dead).
_DOZENS = re.compile(r"(?:" + _TOLL_CUES.alt("dozens_words") + r")(?![\u0621-\u064A])")
_WOUNDED_AFTER = re.compile(r"\s*(?:" + _TOLL_CUES.alt("wounded_after_dead") + r")(?![\u0621-\u064A])")


def dozens_and_wounded(text: str, q: Quantity) -> bool:
    """Whether the killed count ``q`` is "dozens" of dead told with the wounded as one count (عشرات القتلى والجرحى):
    the lead's round-25 ruling (6) codes it as ruling (4)'s unnumbered plural dead, 10, where "dozens" of dead alone
    (عشرات القتلى، مقتل العشرات) is 12."""
    return q.approx == "vague" and bool(_DOZENS.match(text, q.start)) and bool(_WOUNDED_AFTER.match(text, q.end))


#: (round 39, ev6) "Dozens" of dead mixed with the captured, unsplit: the captured told right after the count
#: ("قتل فيها العشرات من المقاتلين الحوثيين أو تم أسرهم"; lists.captured_after_dead, up to four words of the count's
#: noun between) or by a verb of capturing joined to the killing verb right before it ("قتلت وأسرت العشرات";
#: lists.captured_verbs).
_CAPTURED_AFTER = gated(
    re.compile(
        r"(?:\s+[\u0621-\u064A\u064B-\u0652]+){0,4}?\s+(?:"
        + _TOLL_CUES.alt("captured_after_dead")
        + r")(?![\u0621-\u064A])"
    )
)
_CAPTURED_BEFORE = re.compile(r"(?<![\u0621-\u064A])و(?:" + _TOLL_CUES.alt("captured_verbs") + r")\s+$")


def dozens_mixed(text: str, q: Quantity) -> bool:
    """Whether the killed count ``q`` is "dozens" of dead told with the captured as one count (قتل فيها العشرات …
    أو تم أسرهم، قتلت وأسرت العشرات): the ruling (6) text's "dozens killed or captured" — dozens of dead mixed with
    others, unsplit, coded as killed-and-wounded: ruling (4)'s 10, not dozens' 12 (round 39, ev6)."""
    if q.approx != "vague" or not _DOZENS.match(text, q.start):
        return False
    stop = min(len(text), q.end + 60)
    cut = re.search(r"[.!?؟]", text[q.end : stop])
    after = _CAPTURED_AFTER.match(text, q.end, q.end + cut.start() if cut else stop)
    return after is not None or _CAPTURED_BEFORE.search(text, max(0, q.start - 12), q.start) is not None


def toll_in(ctx: Context, start: int, end: int) -> dict[str, Any] | None:
    """The toll of dead told in ``[start, end)`` as a figure: the first count of killed there with the items of its
    list added up (:func:`adds_up`), else dead told without a number (ACLED's several), else None."""
    qs = [q for q in ctx.doc.quantities if start <= q.start < end and q.unit == "killed" and q.value is not None]
    if qs:
        total, ids = int(qs[0].value or 0), [qs[0].id]
        if qs[0].approx == "vague" and _SEVERAL.match(ctx.doc.text, qs[0].start):
            total = max(total, SEVERAL)  # "استشهاد عدد من منتسبي قوات الطوارئ": ACLED's several
        if len(qs) == 1 and (dozens_and_wounded(ctx.doc.text, qs[0]) or dozens_mixed(ctx.doc.text, qs[0])):
            total = SEVERAL  # "عشرات القتلى والجرحى": the lead's ruling (6), ruling (4)'s 10
        for prev, nxt in itertools.pairwise(qs):
            if not adds_up(ctx.doc.text, prev, nxt):
                break
            total += int(nxt.value or 0)
            ids.append(nxt.id)
        figure: dict[str, Any] = {"value": total, "approx": qs[0].approx, "quantity": ids[0]}
        if len(ids) > 1:
            figure["quantities"] = ids
        return leader_and_men(ctx, figure, start, end)
    if _VAGUE_DEAD.search(ctx.doc.text, start, end):
        return {"value": SEVERAL, "approx": "vague"}
    return None


#: (round 25, ft3) "That there are dead" (أن هناك قتلى، إن هناك عشرات القتلى; lists.there_are_words): a source's
#: word of the dead of what was told before.
_THERE_ARE_DEAD = re.compile(
    r"(?<![\u0621-\u064A])(?:"
    + _TOLL_CUES.alt("there_are_words")
    + r")\s+(?=(?:(?:ال)?عشرات\s+(?:من\s+)?)?(?:ال)?(?:قتلى|شهداء)(?![\u0621-\u064A]))"
)


def reach_tolls(ctx: Context, cands: list[Candidate], violent: frozenset[str] | set[str]) -> list[Candidate]:
    """A toll told apart from the row it belongs to reaches that row when the row has none of its own and the toll
    can be no other row's:

    - the headline's ("مقتل 5 في تفجير انتحاري بالرمادي" over a body that tells the bombing without its dead), when
      the row is the only violent one the headline was folded into;
    - the next sentence's, when it opens with the result of the row's sentence told by a pronoun or by nothing
      ("انفجرت سيارة مفخخة … . وأسفر ذلك عن مقتل ستة أشخاص") or gives a toll (وقالت مصادر طبية إن حصيلة القتلى
      ارتفعت إلى 14، not one since a date) or tells "that there are dead" (ولفتت إلى أن هناك عشرات القتلى والجرحى;
      round 25, ft3), and tells no row of its own;
    - the rest of the row's own sentence after its trigger ("نفذ التنظيم تفجيرين انتحاريين …، التي يسيطر عليها
      الأكراد، وسط أنباء عن سقوط قتلى"), when no other row is told in that sentence;
    - the next sentence's toll after a verb of result inside it (:func:`toll_after_result`), or the sentence
      before's when it told the dead in an engagement (:func:`toll_before`; round 20, helper ac7);
    - else one dead told by the singular of a killing verb among the row's mentions, its subject before it, in a
      sentence that counts no dead (:func:`one_killed`; round 20, helper ac7);
    - else dead told without a number in the row's own clause or sentence (:func:`unnumbered_dead`; round 21,
      helper ac8): ACLED's several.

    First, a toll a reply or a measure took from its cause told after it (ردا على مقتل، بعد مقتل) is taken off it and
    reaches it no more (:func:`drop_cause_tolls`; round 21, helper ac8)."""
    dropped = drop_cause_tolls(ctx, cands)
    title = next(((b.start, b.end) for b in ctx.doc.blocks if str(b.kind) == "title"), None)
    if title is not None and ctx.sentence(title[0]).end < title[1]:
        title = None  # a first paragraph taken for the title (an article given without one), not a headline
    told_in: dict[int, set[int]] = {}  # sentence index -> the rows told there
    for n, c in enumerate(cands):
        for m in c.mentions:
            told_in.setdefault(ctx.sentence_index(m.start), set()).add(n)
    # (round 25, dt3) the discrete rows told in each sentence: a shelling told as going on (وأمطروهم بوابل من
    # القذائف) or a series there is part of the row's story, not another row whose dead these may be
    discrete_in = {i: {k for k in ks if cands[k].granularity == "discrete"} for i, ks in told_in.items()}
    violent_in = {i: {k for k in ks if cands[k].cls.acled_type in violent} for i, ks in discrete_in.items()}
    rows = [n for n, c in enumerate(cands) if c.cls.acled_type in violent and c.granularity == "discrete"]
    # (round 26, ft4) the article's first violent row, when no violent row has a toll of its own (martyrs_told)
    first_violent = min(rows, key=lambda k: cands[k].start) if rows else -1
    if any(cands[k].fatalities for k in rows):
        first_violent = -1
    for n, c in enumerate(cands):
        if c.fatalities or c.cls.acled_type not in violent or c.granularity != "discrete":
            continue
        figure: dict[str, Any] | None = None
        if title is not None and any(title[0] <= m.start < title[1] for m in c.mentions):
            headline = ctx.sentence_index(title[0])
            single = len([k for k in cands if k.cls.acled_type in violent]) == 1
            if single and told_in.get(headline, set()) == {n}:
                figure = toll_in(ctx, title[0], title[1])
        body = [m for m in c.mentions if title is None or not title[0] <= m.start < title[1]]
        if figure is None and body:
            i = ctx.sentence_index(body[-1].start)
            # (round 26, ft4) a next sentence that tells no violent row of its own: a happening there that takes no
            # toll (a reinforcement, an arrest) or is no row (a series, a clash told as going on) keeps none
            if i + 1 < len(ctx.sentences) and not violent_in.get(i + 1):
                nxt = ctx.sentences[i + 1]
                result = _RESULT_OPENS.match(ctx.doc.text, nxt.start) is not None
                told = bool(_TOLL_TOLD.search(ctx.doc.text, nxt.start, nxt.end)) and not _SINCE.search(
                    ctx.doc.text, nxt.start, nxt.end
                )
                there = _THERE_ARE_DEAD.search(ctx.doc.text, nxt.start, nxt.end)
                if (result or told) and ctx.block(nxt.start) == ctx.block(body[-1].start):
                    figure = toll_in(ctx, nxt.start, nxt.end)
                elif there is not None:
                    # "ولفتت إلى أن هناك عشرات القتلى والجرحى" (round 25, ft3): the row's dead told by its source,
                    # in its paragraph or in the one-sentence paragraph after it (a wire copy's layout)
                    figure = toll_in(ctx, there.start(), nxt.end) or {"value": SEVERAL, "approx": "vague"}
                elif ctx.block(nxt.start) == ctx.block(body[-1].start):
                    figure = toll_after_result(ctx, nxt.start, nxt.end)
        if figure is None and body:
            figure = toll_before(ctx, cands, n, body[0].start, told_in)
        if figure is None and body:
            m = body[0]
            i = ctx.sentence_index(m.start)
            if told_in.get(i) == {n}:
                figure = toll_in(ctx, m.end, ctx.sentences[i].end)
        if figure is None:
            figure = one_killed(ctx, c)
        if figure is None:
            figure = unnumbered_dead(ctx, c, n, told_in, discrete_in)
        if figure is None and n == first_violent:
            figure = martyrs_told(ctx, c, anywhere=len(rows) == 1)
        if figure is not None and figure.get("quantity") in dropped.get(n, ()):
            figure = None  # the cause's toll, taken off the row just before
        if figure is not None:
            c.fatalities.append((c.start, figure))
    return cands


#: A verb of result inside a sentence, its subject a noun or a pronoun before it (وأضاف أن المعركة … أسفرت عن مقتل،
#: وقالت المصادر إن الحادث أدى إلى …; lists.result_verbs of event_merge_cues.yaml).
_RESULT_IN = re.compile(
    r"(?<![\u0621-\u064A])(?:"
    + cue_alt("result_verbs")
    + r")\s+(?:"
    + cue_alt("result_verb_prepositions")
    + r")(?![\u0621-\u064A])"
)


def toll_after_result(ctx: Context, start: int, end: int) -> dict[str, Any] | None:
    """The toll right after a verb of result inside the sentence after a row's (reported speech or a noun before
    it: "وأضاف أن المعركة التي تمت للسيطرة على البلدة أسفرت عن مقتل 20 متمردا"، "وقالت المصادر ان الحادث ادى الى
    اصابة الشدادي ومقتل اربعة"), not a toll since a date or over a period (round 20, helper ac7)."""
    hit = _RESULT_IN.search(ctx.doc.text, start, end)
    if hit is None or _TOLL_TOLD.search(ctx.doc.text, start, end):
        return None
    figure = toll_in(ctx, hit.end(), end)
    if figure is None or _RUNNING.search(ctx.doc.text, start, end):
        return None
    return figure


#: A running toll (منذ بدء المعارك، حتى الآن; lists.running_words), not one engagement's.
_RUNNING = re.compile(r"(?<![\u0621-\u064A])(?:" + _TOLL_CUES.alt("running_words") + r")(?![\u0621-\u064A])")


#: The engagement a count of dead was told in (قتلوا في اشتباكات عنيفة، قتل نحو 30 في سلسلة غارات; lists.
#: engagement_nouns), a few words after the count.
_IN_ENGAGEMENT = re.compile(
    r"^[^.؟!]{0,60}?(?<![\u0621-\u064A])(?:"
    + _TOLL_CUES.alt("engagement_prepositions")
    + r")\s+(?:(?:سلسلة|سلسله)\s+)?(?:ال)?(?:"
    + _TOLL_CUES.alt("engagement_nouns")
    + r")(?![\u0621-\u064A])"
)


def toll_before(
    ctx: Context, cands: list[Candidate], n: int, start: int, told_in: dict[int, set[int]]
) -> dict[str, Any] | None:
    """The toll of the sentence before a row's, in its paragraph, when that sentence tells the dead "in" an
    engagement and no row of its own (a series or a day's fighting told there is no row), and the row is the first
    its sentence tells ("18 من مسلحي الحوثي قتلوا في اشتباكات عنيفة مع المقاومة خلال الـ 24 ساعة الماضية في تعز.
    وذكر المصدر أن قتلى من الحوثيين سقطوا في معارك عنيفة اندلعت في شارع الستين"، "قتل نحو 30 مسلحا حوثيا في سلسلة
    غارات للتحالف على لحج … . واستهدفت غارات التحالف قاعدة العند"): the same engagement told with its dead first
    (round 20, helper ac7)."""
    i = ctx.sentence_index(start)
    if i <= 0 or min(told_in.get(i) or {n}) != n:
        return None
    if any(cands[k].granularity == "discrete" for k in told_in.get(i - 1, set())):
        return None  # a row of its own there (a series or a day's fighting, no row, may hold the toll)
    prev = ctx.sentences[i - 1]
    if ctx.block(prev.start) != ctx.block(start):
        return None
    if _RUNNING.search(ctx.doc.text, prev.start, prev.end) or _TOLL_TOLD.search(ctx.doc.text, prev.start, prev.end):
        return None
    qs = [q for q in ctx.doc.quantities if prev.start <= q.start < prev.end and q.unit == "killed" and q.value]
    if not qs or not _IN_ENGAGEMENT.match(ctx.doc.text[qs[0].end : prev.end]):
        return None
    return toll_in(ctx, prev.start, prev.end)


#: A killing verb in the singular past (قتل، قُتل، قتلت، اغتيل; lists.singular_killing_verbs), normalized.
_ONE_KILLED = _TOLL_CUES.normalized("singular_killing_verbs")
#: Its dual (قتلا، استشهدا; lists.dual_killing_verbs): two dead (round 21, helper ac8).
_TWO_KILLED = _TOLL_CUES.normalized("dual_killing_verbs")
#: The words before such a verb that open a clause whose subject comes after it (وقتل 5، أن قتل، حين قتل …).
_NOT_SUBJECT_BEFORE = _TOLL_CUES.normalized("verb_first_words")
#: The words after it that make its subject come after it (قتل فيه، قتل خلاله جنود، قتل خلالها).
_SUBJECT_AFTER = _TOLL_CUES.normalized("subject_after_words")
_WORD = re.compile(r"[\u0621-\u064A\u064B-\u0652]+")


def one_killed(ctx: Context, c: Candidate) -> dict[str, Any] | None:
    """One dead told by a killing verb in the singular with its subject before it, the row's own mention, where its
    sentence counts no dead ("أن فلسطينياً قتل وأصيب نجلاه برصاص جنود"، "إن الفضلي قتل هذا الشهر"، "أبو عقيل
    السالمي قتل اليوم على يد عناصر المقاومة"، "الرضيع الذي قتل حرقا"): the verb's person counts one (round 20,
    helper ac7). A verb told first (وقتل 5 جنود، قتل فيه جنود) has its subject after it and counts nothing here. Its
    dual counts two ("الشهيدين اللذين استشهدا أثناء المواجهة"; round 21, helper ac8)."""
    text = ctx.doc.text
    for m in c.mentions:
        word = text[m.start : m.end]
        if normalize(word) not in _ONE_KILLED | _TWO_KILLED or not _WORD.fullmatch(word):
            continue
        if text[ctx.word_start(m.start) : m.start]:
            continue  # a proclitic fused to it (وقتل، فقتل): the verb opens its clause
        window = text[max(m.sent_start, m.start - 40) : m.start]
        before = list(_WORD.finditer(window))
        after = _WORD.findall(text[m.end : min(m.sent_end, m.end + 30)])
        if not before or normalize(before[-1].group()) in _NOT_SUBJECT_BEFORE:
            continue
        if window[before[-1].end() :].strip(" \u00a0”»\"'"):
            continue  # a comma or a bracket between (من ناحية ثانية، قتل عناصر …): the verb opens a clause
        if after and normalize(after[0]) in _SUBJECT_AFTER:
            continue
        if any(q.unit == "killed" and m.sent_start <= q.start < m.sent_end for q in ctx.doc.quantities):
            continue
        return {"value": 2 if normalize(word) in _TWO_KILLED else 1, "approx": "exact"}
    return None


# ------------------------------------------------------------------------- dead told without a number (round 21)
_AR = r"[\u0621-\u064A\u064B-\u0652]"
#: A verbal noun of killing joined to one of wounding (مقتل وإصابة، استشهاد وجرح; lists.killing_nouns, wounding_nouns).
_KILLED_AND_WOUNDED = re.compile(
    rf"(?<!{_AR})(?:[وبل]|ول)?(?:{_TOLL_CUES.alt('killing_nouns')})\s+(?:{_TOLL_CUES.alt('wounding_nouns')})(?!{_AR})"
)
#: Indefinite dead after a word of falling or leaving, or joined to the wounded (سقط قتلى، خلفت قتلى وجرحى، وقوع
#: شهداء في صفوف; lists.falling_words, dead_plurals).
_FALLEN = gated(
    re.compile(
        rf"(?<!{_AR})(?:[وفب])?(?:{_TOLL_CUES.alt('falling_words')})\s+(?:{_TOLL_CUES.alt('dead_plurals')})(?!{_AR})"
        rf"|(?<!{_AR})(?:{_TOLL_CUES.alt('dead_plurals')})\s+و\s*(?:جرحى|مصابين|الجرحى)(?!{_AR})"
    )
)
#: A word of killing before an indefinite plural of people (مقتل جنود، استشهاد رجال الأمن; a verb only with من after
#: the plural: قتل عناصر من قوات النظام) or before "a number of" (وقتلوا عددا من الجنود; lists.killing_verbal_nouns,
#: killing_plain_verbs, people_plurals).
_KILLED_PEOPLE = re.compile(
    rf"(?<!{_AR})(?:(?:{_TOLL_CUES.alt('killing_verbal_nouns')})\s+(?:{_TOLL_CUES.alt('people_plurals')})(?!{_AR})"
    rf"|(?:{_TOLL_CUES.alt('killing_plain_verbs')})\s+(?:{_TOLL_CUES.alt('people_plurals')})\s+من(?!{_AR})"
    rf"|(?:{_TOLL_CUES.alt('killing_verbal_nouns')}|{_TOLL_CUES.alt('killing_plain_verbs')})\s+(?:ال)?عدد[اًٍ]*\s+من"
    rf"(?!{_AR}))"
)
#: (round 25, ft3) Dead "between killed and wounded" with no exact count (سقط خلالها العشرات منهم بين قتيل وجريح):
#: the lead's ruling (6), ruling (4)'s 10 (lists.between_killed_words, between_wounded_words).
_BETWEEN_KILLED = gated(
    re.compile(
        rf"(?<!{_AR})(?:ما\s*)?(?:{_TOLL_CUES.alt('between_killed_words')})\s+(?:{_TOLL_CUES.alt('between_wounded_words')})"
        rf"(?!{_AR})"
    )
)
_IN_CLASHES = re.compile(
    rf"\s+(?:{_TOLL_CUES.alt('engagement_prepositions')})\s+(?:{_TOLL_CUES.alt('clash_nouns')})(?!{_AR})"
)
#: (round 39, ev6) The killing of "those in it" (ومقتل من فيه، أدت إلى تدميرها وقتل من كانوا على متنها): dead
#: without a number, ruling (4)'s 10 (tune18's convoy; lists.killing_verbal_nouns, killing_plain_verbs, those_in_words).
_THOSE_IN = gated(
    re.compile(
        rf"(?<!{_AR})(?:{_TOLL_CUES.alt('killing_verbal_nouns')}|{_TOLL_CUES.alt('killing_plain_verbs')})\s+"
        rf"(?:{_TOLL_CUES.alt('those_in_words')})(?!{_AR})"
    )
)
#: The words of a cause or a running toll right before the dead (ردا على مقتل، احتجاجا على استشهاد، منذ سقوط قتلى).
_OTHER_EVENT = re.compile(rf"(?<!{_AR})(?:{_TOLL_CUES.alt('other_event_words')})\s*$")


def unnumbered_dead(
    ctx: Context, c: Candidate, n: int, told_in: dict[int, set[int]], rows_in: dict[int, set[int]] | None = None
) -> dict[str, Any] | None:
    """Dead told without a number where the row has no toll of its own: ACLED's several, 10 (the lead's round-21
    ruling 4, "قتلى وجرحى" and "عدد من القتلى"). Read in the row's own clauses, or in a sentence of its mentions that
    tells no other row: a verbal noun of killing joined to one of wounding with no exact count after it ("أسفرت عن
    مقتل وإصابة العشرات"، "أسفر عن استشهاد وجرح عدد من رجال الأمن"); indefinite dead after a word of falling or
    joined to the wounded ("سقط قتلى وجرحى جراء قصف"، "ما أدى إلى وقوع قتلى في صفوف المسلحين"); a word of killing
    before an indefinite plural of people or "a number of" ("قتل عناصر من قوات النظام"، "استشهاد رجال الأمن"،
    "وقتلوا عددا من الجنود"); dozens "between killed and wounded" with no exact count (سقط العشرات منهم بين قتيل
    وجريح: the lead's ruling (6), round 25). Not the dead of a cause or a running toll (ردا على مقتل جنود، منذ سقوط
    قتلى), nor a row of a kind that takes no toll of its own (round 21, helper ac8)."""
    if c.cls.acled_type not in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        return None
    spans = list(c.clauses) or [c.clause]
    for m in c.mentions:
        i = ctx.sentence_index(m.start)
        if told_in.get(i) == {n} or (rows_in is not None and rows_in.get(i, set()) <= {n}):
            spans.append((ctx.sentences[i].start, ctx.sentences[i].end))
    text = ctx.doc.text
    for a, b in spans:
        for rx in (_KILLED_AND_WOUNDED, _FALLEN, _KILLED_PEOPLE, _BETWEEN_KILLED, _THOSE_IN):
            for hit in rx.finditer(text, a, b):
                if _OTHER_EVENT.search(text, max(a, hit.start() - 20), hit.start()):
                    continue
                if rx is _KILLED_AND_WOUNDED and any(
                    hit.end() <= q.start <= min(b, hit.end() + 50) and q.approx != "vague" and q.value
                    for q in ctx.doc.quantities
                ):
                    continue  # "مقتل وإصابة 60 عنصرا"، "قتل وجرح في المعارك نحو 50": a count of both, unsplit
                if rx is _KILLED_PEOPLE and any(
                    hit.end() <= q.start <= min(b, hit.end() + 60) and q.value for q in ctx.doc.quantities
                ):
                    continue  # "قتل مسلحون من جماعة بوكو حرام عشرات الأشخاص": the killers, a count of the dead after
                if rx is _BETWEEN_KILLED and c.cls.acled_type != "Battles" and _IN_CLASHES.match(text, hit.end()):
                    continue  # "سقطوا بين قتيل وجريح في المواجهات": the clashes' dead, not a strike's beside them
                if rx is _BETWEEN_KILLED and any(
                    max(a, hit.start() - 60) <= q.start < hit.start() and q.approx != "vague" and q.value
                    for q in ctx.doc.quantities
                ):
                    continue  # "سقط 30 شخصا بين قتيل وجريح": a count of both, unsplit
                if rx is _FALLEN and any(q.end <= hit.start() and hit.start() - q.end <= 2 for q in ctx.doc.quantities):
                    continue  # "عشرات القتلى والجرحى": the count before them reads them
                return {"value": SEVERAL, "approx": "vague"}
    return None


#: (round 26, ft4) The martyrs named by their kin or in a prayer for them (لأسر الشهداء، وأهالي الشهداء، ولأسر وذوي
#: الشهداء، أن يتغمد الشهداء; lists.martyrs_kin_words, martyrs_words).
_MARTYRS = gated(
    re.compile(
        rf"(?<!{_AR})(?:{_TOLL_CUES.alt('martyrs_kin_words')})\s+(?:و?(?:{_TOLL_CUES.alt('martyrs_kin_words')})\s+)?"
        rf"(?:{_TOLL_CUES.alt('martyrs_words')})(?!{_AR})"
    )
)
_MARTYR_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
#: (round 27, ft5) A sentence that opens another story (من جهة أخرى، على صعيد آخر; event_sentence_cues.yaml
#: other_story_openers): the martyrs told after it are not the row's.
_OTHER_STORY = re.compile(rf"(?<!{_AR})(?:{EVENT_SENTENCE_CUES.alt('other_story_openers')})(?!{_AR})")
#: (round 27, ft5) The dead told by a plural relative clause of dying in a happening named right after it (الذين
#: استشهدوا في حادث التفجير، الذين قضوا خلال الهجوم، الذين راحوا ضحية التفجير; lists.died_relatives,
#: died_plural_verbs, died_in_words, engagement_nouns): the happening's dead with no number.
_DIED_IN = gated(
    re.compile(
        rf"(?<!{_AR})(?:{_TOLL_CUES.alt('died_relatives')})\s+(?:{_TOLL_CUES.alt('died_plural_verbs')})(?!{_AR})"
        rf"(?:(?<=ضحية)\s+|\s+(?:{_TOLL_CUES.alt('died_in_words')})\s+|\s+ب(?=ال))(?:{_AR}+\s+){{0,2}}?"
        rf"(?:[وبل]?ال)?(?:{_TOLL_CUES.alt('engagement_nouns')})(?!{_AR})"
    )
)


def martyrs_told(ctx: Context, c: Candidate, *, anywhere: bool = False) -> dict[str, Any] | None:
    """(Round 26, helper ft4) The dead of an article's one happening told only as "the martyrs" of its kin or of a
    prayer ("قدمت الجامعة التعازي لأسر الشهداء من رجال الأمن"، "مقدماً التعازي للقيادة وأهالي الشهداء"، "سائلا الله
    أن يتغمد الشهداء بواسع الرحمة"): condolences on a bombing that count no dead. The lead's ruling (4): dead told
    without a number are ACLED's several, 10 (tune12, tune16, tune17, tune31 code such copies so). Only for the
    article's first violent row when no violent row has a toll and the article counts no dead anywhere, the martyrs
    named in a sentence of the row's or next to one, or, when the row is the article's only violent row
    (``anywhere``), anywhere after its first mention with no other story opened between (من جهة أخرى): a condolence
    closing an article on the bombing its headline names (round 27, ft5). The dead
    told by a plural relative clause of dying in a happening (الذين استشهدوا في حادث التفجير) count the same (round 27,
    ft5)."""
    if c.cls.acled_type not in _MARTYR_TYPES:
        return None
    if any(q.unit == "killed" and q.value for q in ctx.doc.quantities):
        return None
    told = {ctx.sentence_index(m.start) for m in c.mentions}
    first = min(m.start for m in c.mentions) if c.mentions else c.start
    for rx in (_MARTYRS, _DIED_IN):
        for hit in rx.finditer(ctx.doc.text):
            if any(abs(ctx.sentence_index(hit.start()) - i) <= 1 for i in told):
                return {"value": SEVERAL, "approx": "vague"}
            if anywhere and hit.start() > first and not _OTHER_STORY.search(ctx.doc.text, first, hit.start()):
                return {"value": SEVERAL, "approx": "vague"}  # the condolence closing the row's article
    return None  # (the martyrs of another story told further on: أسر الشهداء فلان وفلان … من جهة أخرى، قذيفة)


#: A cause told after a reply or a measure (رد الجيش بقصف … بعد مقتل جندي، ردا على مقتل احد جنودها، وجاءت المداهمات
#: بعد مقتل 32 شخصا): a word of cause or sequence, then a word of death, right before the count (lists.cause_words,
#: killing_verbal_nouns).
_DEATH_WORD = rf"(?:{_TOLL_CUES.alt('killing_verbal_nouns')}|بحياة)(?!{_AR})"
_CAUSE_DEATH = re.compile(rf"(?<!{_AR})(?:{_TOLL_CUES.alt('cause_words')})\s+(?P<death>{_DEATH_WORD}\s+)?$")
#: (round 25, dt3) A cause told with its own result before the count: a word of cause or sequence, the earlier
#: happening in a few words (no sentence stop, comma or clause opener between), a verb of result and a word of death
#: right before the count ("قصفت دبابات تركية مواقع داعش بعد إطلاق نيران منها في وقت سابق أدى إلى مقتل جندي"،
#: "هاجم انتحاري أكاديمية الشرطة بعد ساعات من تفجير شاحنة ملغومة أدى إلى مقتل 15"، "ويأتي التفجير عقب سلسلة من
#: الهجمات أسفرت عن مقتل عشرات"): the dead are the cause's (lists.cause_words; result_verbs and
#: result_verb_prepositions of event_merge_cues.yaml).
_CAUSE_RESULT_DEATH = re.compile(
    rf"(?<!{_AR})(?:{_TOLL_CUES.alt('cause_words')})\s+[^.،,؛:!؟?\n]{{3,70}}?\s(?:التي\s+|الذي\s+|ما\s+|مما\s+)?"
    rf"(?:{cue_alt('result_verbs')})\s+(?:(?:{cue_alt('result_verb_prepositions')})\s+)?(?P<death>{_DEATH_WORD}\s+)?$"
)
_STARTS_DEATH = re.compile(_DEATH_WORD)
#: The kinds of row a cause's dead never belong to when told after the row's word: not a battle (a capture after its
#: fight's dead, "سيطرة قوات الأسد على القريتين، بعد مقتل 30 عنصرا", is one event: the lead's ruling 3).
_REPLY_TYPES = frozenset({"Explosions/Remote violence", "Strategic developments", "Protests", "Riots"})


def drop_cause_tolls(ctx: Context, cands: list[Candidate]) -> dict[int, set[str]]:
    """A toll a row took from the cause told after its own word is the cause's, not the row's: a strike or a
    shelling in reply (رد الجيش التركي بقصف مواقع داعش بعد مقتل جندي تركي، قصفت تركيا مواقع داعش ردا على مقتل احد
    جنودها: tune15, tune29) or arrests after a bombing (وجاءت المداهمات بعد مقتل 32 شخصا في تفجير: tune28). Only
    where the count follows a word of cause and a word of death (بعد مقتل، ردا على مقتل، إثر استشهاد) after the row's
    trigger, in rows that are no battle (round 21, helper ac8)."""
    text = ctx.doc.text
    dropped: dict[int, set[str]] = {}
    for n, c in enumerate(cands):
        if not c.fatalities or c.cls.acled_type not in _REPLY_TYPES:
            continue
        keep = []
        for start, fig in c.fatalities:
            q = next((q for q in ctx.doc.quantities if q.id == fig.get("quantity")), None)
            hit = None
            if q is not None:
                s = ctx.sentences[ctx.sentence_index(q.start)]
                hit = _CAUSE_DEATH.search(text, max(s.start, q.start - 40), q.start)
                if hit is not None and not hit.group("death") and not _STARTS_DEATH.match(text, q.start):
                    hit = None  # a word of death must tell the count (بعد مقتل 32، ردا على «مقتل أحد جنودها»)
                if hit is None:
                    hit = _CAUSE_RESULT_DEATH.search(text, max(s.start, q.start - 120), q.start)
                    if hit is not None and not hit.group("death") and not _STARTS_DEATH.match(text, q.start):
                        hit = None
                    cut = (hit.start("death") if hit.group("death") else q.start) if hit is not None else 0
                    if hit is not None and any(hit.start() <= m.start < cut for m in c.mentions):
                        hit = None  # the happening told between is the row's own (its killing word may be merged in)
            # the row told by a word of its own before the cause (its killing word, merged in, is the cause's)
            if hit is None or not any(m.end <= hit.start() for m in c.mentions):
                keep.append((start, fig))
            else:
                dropped.setdefault(n, set()).add(str(fig.get("quantity")))
        c.fatalities = keep
    return dropped
