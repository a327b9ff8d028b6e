"""General statements read as happenings (issue 12, round 38, helper ev5): a trigger noun that names a campaign or the
state of a war, not one happening of a day — read by :func:`rasd.events.coding.status.read_granularity` (ongoing).

* :func:`named_going_on`: a definite noun with a definite adjective of going on, daily or repeated right after it
  (نتيجة القصف المتواصل لقوات المعارضة، رغم القصف اليومي الذي تتعرض له البلدة): "the continuing shelling" is the
  campaign named. The indefinite adjective (معارك مستمرة، اشتباكات متقطعة دارت أمس) tells the day's fighting and is
  left alone, as are fighting nouns (الاشتباكات المستمرة في مدينة تعز: the round 18b ruling's clash of the report's
  day), a counted toll or a day named in the sentence (نفذ الطيران، أمس، سلسلة من الغارات المتواصلة على المدينة).
* :func:`country_share_taken`: a capture noun whose object is most or all of a country (وسيطرة جماعة الحوثي على
  معظم المدن والمحافظات اليمنية، لتحدي سيطرة الحوثيين على معظم أنحاء اليمن): the state of the war, no territory
  taken on a day (as :func:`rasd.events.coding.background.country_taken` reads a whole country named).
* :func:`described_detainees` (round 42, helper ev16): an arrest or an abduction told after "ممن" (of those who), the
  people described by what befell them (نقلوا عشرات المحتجزين ممن تم اعتقالهم في نقاط التفتيش، زملاؤها ممن
  تعرضوا للاختطاف), with no day named in its clause: a description of people, no happening of a day."""

from __future__ import annotations

import re

from rasd.events.context import Context
from rasd.events.model import Candidate, counted
from rasd.events.place_filters import is_country
from rasd.resources.cues import CueFile
from rasd.text.normalize import normalize

_CUES = CueFile("ar/event_kind_cues.yaml")
_GOING_ON = "|".join(sorted(_CUES.normalized("going_on_adjectives"), key=len, reverse=True))
#: the trigger's word with the article (after و/ف and ب/ل: والقصف، بالقصف، للقصف)
_DEFINITE_WORD = re.compile(r"(?:[وف]?(?:ب|ك)?ال|[وف]?لل)[\u0621-\u064A]")
#: right after the trigger: at most one definite adjective, then the definite adjective of going on
_GOING_ON_AFTER = re.compile(r"(?:\s+ال[\u0621-\u064A]+)?\s+ال(?:" + _GOING_ON + r")(?:ة|ه)?(?![\u0621-\u064A])")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:$|T)")
_LETTERS = re.compile(r"[\u0621-\u064A]+")


def _day_in_sentence(ctx: Context, c: Candidate) -> bool:
    """A day named in the trigger's sentence (a clause may end at the commas around it: نفذ، أمس، سلسلة من الغارات
    المتواصلة على مدينة المخا)."""
    s0, s1 = c.sentence
    return any(
        x.type in ("DATE", "TIME") and s0 <= x.start < s1 and _DAY.match(str(x.value or "")) for x in ctx.doc.timexes
    )


def named_going_on(ctx: Context, c: Candidate) -> bool:
    """Whether a definite trigger noun is described as going on, daily or repeated by a definite adjective right after
    it (القصف المتواصل، القصف اليومي، الغارات الجوية المستمرة), with no counted toll and no day named in its
    sentence."""
    if c.tense != "noun" or c.cls.name == "clash":
        return False  # (the round 18b ruling: fighting told as going on in a named place is the report's day's clash)
    text = ctx.doc.text
    w0 = ctx.word_start(c.start)
    if not _DEFINITE_WORD.match(normalize(text[w0 : w0 + 6])):
        return False
    end = c.end
    while end < len(text) and "\u0621" <= text[end] <= "\u064a":
        end += 1  # the rest of the trigger's word (a pronoun joined to it)
    m = _GOING_ON_AFTER.match(normalize(text[end : min(max(c.clause[1], end), end + 40)]))
    if m is None:
        return False
    return not counted(c) and not _day_in_sentence(ctx, c)


_SHARE = _CUES.normalized("country_share_words")
_LANDS = _CUES.normalized("country_share_lands")
_COUNTRY_ADJ = _CUES.normalized("country_adjectives")
_ON = normalize("على")


def country_share_taken(ctx: Context, c: Candidate) -> bool:
    """Whether a capture noun's object, after its على (its doer in at most four words between), is most or all of a
    country: a word of extent (معظم، كامل، باقي …), maybe a second one and a word of lands (أنحاء، المدن والمحافظات …),
    then a country named or a country's adjective (اليمنية)."""
    if c.cls.name not in ("capture", "recapture") or c.tense != "noun":
        return False
    text = ctx.doc.text
    hi = min(max(c.clause[1], c.end), c.end + 120)
    tokens = list(_LETTERS.finditer(text, c.end, hi))
    words = [normalize(m.group()) for m in tokens]
    ends_on = normalize(text[c.start : c.end]).split()[-1:] == [_ON]
    at = 0 if ends_on else (words.index(_ON) + 1 if _ON in words[:5] else -1)
    if at < 0 or at >= len(words) or words[at] not in _SHARE:
        return False
    at += 1
    while at < len(words) and (words[at] in _SHARE or words[at] in _LANDS):
        at += 1
    if at >= len(words):
        return False
    if words[at] in _COUNTRY_ADJ:
        return True
    start = tokens[at].start()
    return any(e.start == start and is_country(e) for e in ctx.places_in(start, tokens[at].end() + 1))


#: (Round 42, helper ev16) "ممن" (of those who) and at most two words before an arrest or an abduction (ممن تم
#: اعتقالهم، ممن تعرضوا للاختطاف، ممن اعتقلوا).
_OF_THOSE_WHO = re.compile(r"(?<![\u0621-\u064A])ممن(?:\s+[\u0621-\u064A]+){0,2}\s+[وف]?$")
_DETAINED = frozenset({"arrest", "abduction"})


def described_detainees(ctx: Context, c: Candidate) -> bool:
    """Whether an arrest or an abduction is told after "ممن" in its clause, with no day named from there to the
    clause's end: the people described by what befell them before (module docstring), not a happening of a day."""
    if c.cls.name not in _DETAINED:
        return False
    text = ctx.doc.text
    w0 = ctx.word_start(c.start)
    m = _OF_THOSE_WHO.search(text, max(c.clause[0], w0 - 40), w0)
    if m is None:
        return False
    return not ctx.day_named(m.start(), max(c.clause[1], c.end))
