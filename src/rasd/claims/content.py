"""What was said: the introducer after a marker and the content span it opens.

An introducer is a quote (« » “ ” " "), a colon, or أن/إن (قوله، بأن …). The content runs to the end of its clause:
the next clause-initial marker (the stage's *cuts*: وقال، مضيفا، وبحسب …), a clause break (إلا أن، فيما) or the
sentence end, and past them to the end of a quote opened inside it. A quote runs over its sentences
(:func:`rasd.claims.spans.quote_close`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from operator import add

from rasd.claims.context import FRONTED_BREAKS, SHORT_QUOTE_NOT_AFTER, SHORT_QUOTE_VERBS, TELL_VERBS, DocIndex
from rasd.claims.lexicon import Cue
from rasd.claims.spans import is_opening_quote, quote_close, quoted_share, trim, unquote
from rasd.text.matcher import Match
from rasd.text.normalize import normalize_word as norm

#: Words an introducer may stand from its marker (قال النقيب ناجي المصطفى الناطق باسم "الجبهة الوطنية للتحرير"
#: أحد فصائل المعارضة لـ "نون بوست": is 14 words; 25 leaves room for a longer title and a channel phrase).
INTRO_WINDOW = 25
QUOTE_RE = re.compile('[«“"„]')


def quote_mark_offsets(text: str) -> list[int]:
    """Where ``text`` holds a mark of :data:`QUOTE_RE` (« “ " „), in order: the four marks made one and the text split
    at it, each step in C (as :func:`rasd.claims.context.quote_offsets` does for three of them)."""
    parts = text.replace("“", "«").replace('"', "«").replace("„", "«").split("«")  # (one character for one)
    if len(parts) == 1:
        return []
    ends = list(accumulate(map(len, parts)))  # each mark stands after the parts before it and the marks between them
    return list(map(add, ends[:-1], range(len(parts) - 1)))


LETTER_RE = re.compile(r"[^\W\d_]")


def _named_quote(ix: DocIndex, a: int, b: int, n: int) -> bool:
    """Whether a short quotation ``[a, b)`` of ``n`` words (``b`` its closing mark) with an entity in it is a name
    in quotes (لـ«نون بوست»، باسم "الجبهة الوطنية للتحرير"، «مكتب أخبار سوريا» الإخباري). Round 36 (cl59): a quote
    of three to five words that closes its sentence is speech unless an entity starts at its first word or covers
    most of its letters — 'وقال الوزير «سنطرد طالبان من ولاية فارياب».' was read as a name and the claim lost (fresh
    articles: 'واضاف «سترون، النساء سيرشقن طالبان بالحجارة».'); a name in quotes goes on in its sentence."""
    cands = ix.candidates_in(a, b)
    if not cands:
        return False
    text = ix.doc.text
    if n <= 2 or text[b + 1 :].lstrip(" \t\u00a0")[:1] not in (".", "!", "?", "؟", "\n", ""):
        return True
    first = ix.word_after(a)
    if first is not None and any(c.start <= first[1] < c.end for c in cands):
        return True
    letters = sum(1 for ch in text[a:b] if not ch.isspace())
    covered = sum(1 for c in cands for ch in text[max(a, c.start) : min(b, c.end)] if not ch.isspace())
    return 2 * covered >= letters


def _drop_w(word: str) -> str:
    """A verb read without the و / ف joined to it (وقالت -> قالت)."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


#: قال and its forms: a short quotation closing the sentence after the verb and its speaker is speech (round 27, cl40)
_SHORT_QUOTE_VERBS = SHORT_QUOTE_VERBS
#: nouns before a quotation that name it (صحيفة «…»، حملة «…»): no speech after them (round 27, cl40)
_SHORT_QUOTE_NOT_AFTER = SHORT_QUOTE_NOT_AFTER
#: the speaker phrase between قال and a short closing quotation: at most this many words
_SHORT_QUOTE_WORDS = 18
#: the most words between an outlet told in quotes and the introducer after its subject (أبلغت «عكاظ» مصادر … أن)
_TOLD_SUBJECT_WORDS = 10
_SENTENCE_STOPS = ".\n"
#: the most words an aside holding its own أن may have (from its opening comma to its closing one)
_ASIDE_WORDS = 30
#: the introducers that may open the content right after such an aside's closing comma (أن، إن، بأن), normalized
_AFTER_ASIDE = frozenset(("ان", "بان"))

#: ``(kind, start, end)``: kind ``quote`` (start at the opening mark), ``colon``, or ``word`` (from its proclitic).
Intro = tuple[str, int, int]
#: ``(start, end, direct)``
Content = tuple[int, int, bool]


@dataclass(slots=True)
class Clauses:
    """Clause edges of one document: the clause-initial marker starts (``cuts``) and the clause breaks."""

    ix: DocIndex
    cuts: list[int]
    _breaks: list[int] = field(init=False, default_factory=list)

    #: introducer start -> the comma that opens the aside before it (round 30, cl45: :meth:`_past_aside`)
    _asides: dict[int, int] = field(init=False, default_factory=dict)
    #: where the text holds a mark of :data:`QUOTE_RE`, in order (made on first use by :meth:`_quote_marks_in`)
    _quote_marks: list[int] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self._breaks = [b.prefix_start for b in self.ix.breaks]

    def speaker_end(self, intro: Intro) -> int:
        """Where the words a speaker may stand in after its verb end: the introducer, or the comma that opens an
        aside holding an أن of its own that :meth:`find_intro` read past ("أكد في تصريح، ردا على سؤال عما إذا كان
        يحق لمجلس الوزراء أن …، أن": the council in the aside is no speaker; round 30, cl45)."""
        return self._asides.get(intro[1], intro[1]) if intro[0] == "word" else intro[1]

    def _quote_marks_in(self, start: int, end: int) -> list[int]:
        """Where :data:`QUOTE_RE` matches in ``[start, end)`` of the text, in order: what ``QUOTE_RE.finditer(text,
        start, end)`` finds, read from the marks' offsets made once per document (round 41, sp15: the clause readers
        searched ~17 spans per article, the pattern's class tried at every position of each)."""
        found = self._quote_marks
        if found is None:
            found = self._quote_marks = quote_mark_offsets(self.ix.doc.text)
        return found[bisect_left(found, start) : bisect_left(found, end)]

    def next_cut(self, pos: int) -> int:
        """The first cut after ``pos`` (a very large number when there is none)."""
        k = bisect_right(self.cuts, pos)
        return self.cuts[k] if k < len(self.cuts) else 1 << 62

    def clause_end(self, p: int, s1: int, *, comma: bool = False) -> int:
        """Where the clause that starts at ``p`` ends (``s1``: the sentence end), past a quote left open in it."""
        text = self.ix.doc.text
        end = min(self.next_cut(p), s1)
        k = bisect_left(self._breaks, p)
        if k < len(self._breaks) and self._fronted(p, k):
            k += 1  # "أكد أنه بينما تستمر …، فإنه": a break that opens the clause fronts its subordinate part
        if k < len(self._breaks) and self._breaks[k] < end:
            end = self._breaks[k]
        if comma:
            for ch in ("،", ","):
                c = text.find(ch, p, end)
                if c >= 0:
                    end = c
        for i in self._quote_marks_in(p, end):
            if not is_opening_quote(text, i):
                continue
            close, closed = quote_close(text, i)
            if close >= end:
                return close + 1 if closed else close
        return end

    def _fronted(self, p: int, k: int) -> bool:
        """Whether the ``k``-th clause break opens the clause that starts at ``p`` and is one of a fronted
        subordinate part (``fronted_breaks``: بينما، فيما، في حين), whose main part follows in the same clause
        (round 28, cl43: "أكد ليون أنه بينما تستمر تحفظات …، فإنه من المهم"، "قالت إنه في حين أن …")."""
        b = self.ix.breaks[k]
        text = self.ix.doc.text
        if (
            text[p : b.prefix_start].strip()
            or norm(" ".join(text[b.prefix_start : b.end].split())) not in FRONTED_BREAKS
        ):
            return False
        intro = self.ix.word_before(p)  # after أن / إن / بأنه only: "حذر منه فلان فيما نشرته الصحيفة" ends there
        if intro is None:
            return False
        word = norm(intro[0])
        core = word[1:] if word[:1] == "ب" else word
        return core[:2] == "ان" and core[2:] in ("", "ه", "ها", "هم", "هما", "نا")

    def clause_start(self, s0: int, pos: int) -> int:
        """Start of the clause that ends at ``pos``: after the sentence's last comma or clause break before it."""
        text = self.ix.doc.text
        start = max(s0, max(text.rfind("،", s0, pos), text.rfind(",", s0, pos), text.rfind("؛", s0, pos)) + 1)
        for b in self.ix.breaks:
            if start <= b.prefix_start < pos:
                start = b.end
        return start

    # ------------------------------------------------------------------------------------------ introducers
    def _speech_quote(self, q: int, start: int) -> bool:
        """Whether the quote at ``q`` opens quoted speech rather than a name or a term in quotes.

        A quote right after the marker, its speaker or a colon is speech (قال: «…»، وتابع سيف "…"); elsewhere in
        the speaker's clause it is speech only when it holds four words or more: shorter ones are names and terms
        (لـ«نون بوست»، باسم "الجبهة الوطنية للتحرير"، في حوار مع «الشرق الأوسط»، عرضا «جداويا»، فيتامين «بي12»).
        """
        ix = self.ix
        text = ix.doc.text
        close, closed = quote_close(text, q)
        inner = text[q + 1 : close]
        n = len(inner.split())
        if n == 0:
            return False
        if closed and n <= 5 and _named_quote(ix, q + 1, close, n):
            return False  # an organisation or outlet in quotes
        if closed and n <= 3 and ix.intros_in(close + 1, close + 8):
            after = ix.word_after(close + 1)
            if after is not None and ix.intros_in(after[1], after[1] + 1):
                return False  # "وذكرت «شينخوا» أن": a quoted name, then the introducer
        if closed and n <= 3 and self._told_outlet_quote(q, close, start):
            return False  # "وأبلغت «عكاظ» مصادر مطلعة أن": the outlet told, then the subject (round 42, cl76)
        if closed and n <= 3 and text[close + 1 : close + 4].lstrip(" \t\u00a0")[:1] in (":", "："):
            return False  # 'وقالت "شينخوا": إن …'، 'وقال "الشقيق": أخي …': a quoted name, then the colon (round 19)
        if closed and n <= 3:
            after = ix.word_after(close + 1)
            if (
                after is not None
                and after[1] - close <= 3
                and norm(after[0]) in ("الي", "إلى")
                and ix.intros_in(after[2], after[2] + 4)
            ):
                return False  # "وأشارت «نور للطاقة» إلى أن": a quoted name, إلى, then the introducer (round 12b)
            after = ix.word_after(close + 1)
            if after is not None and norm(after[0]) == "عن" and ix.candidates_in(after[2], after[2] + 2):
                return False  # "ونقلت «شينخوا» عن مسؤولين قولهم": the outlet, then its source (round 12)
        prev = ix.word_before(q)
        if prev is not None and norm(prev[0]) in ("ل", "باسم", "مع", "الي"):
            return n > 5
        if n >= 4:
            return True
        if closed and self._short_closing_quote(q, close, start):
            return True
        head = text[start:q].strip(" \t\u00a0")
        return head == "" or head.endswith(":") or (prev is not None and prev[1] < start)

    def _told_outlet_quote(self, q: int, close: int, start: int) -> bool:
        """Whether a short quoted name right after a verb of telling (claim_cues.yaml ``tell_verbs``: أبلغ، أخبر)
        is the outlet told, its subject after it: "وأبلغت «عكاظ» مصادر مطلعة أن"، 'أبلغ "الاقتصادية" مسؤول في
        الوزارة أن' (round 42, cl76). Nothing but spaces between the verb and the quote, and أن / إن within
        :data:`_TOLD_SUBJECT_WORDS` words after it, past at least one word of the subject."""
        ix = self.ix
        text = ix.doc.text
        verb = ix.word_before(start)
        if verb is None or verb[2] != start or text[start:q].strip(" \t\u00a0"):
            return False
        if _drop_w(norm(verb[0])) not in TELL_VERBS:
            return False
        first = ix.word_after(close + 1)
        if first is None or ix.intros_in(first[1], first[2]) or not first[0][:1].isalpha():
            return False
        k = ix.token_index(first[1]) + _TOLD_SUBJECT_WORDS
        toks = ix.doc.tokens
        reach = toks[k].start if k < len(toks) else len(text)
        return bool(ix.intros_in(first[2], reach))

    def _short_closing_quote(self, q: int, close: int, start: int) -> bool:
        """Whether a short quotation (under four words) that closes its sentence is the words of the speaker named
        between قال (the word that ends at ``start``) and it: 'وقالت فلانة (88 عاماً) التي نجت من المعتقل "عاملونا
        كأعداء".' (round 27, cl40). The quotation ends with a full stop or the line; no comma, colon, semicolon, dash
        or exclamation stands between the verb and the quotation (not 'فقال -باسمه- وذلك في مرحلة «الاعتدال»!-: «…»'),
        no quotation opens there, and the word right before it is no noun that names it (صحيفة «…»، حملة «…») and no
        preposition-led word (لـ«الشرق الأوسط»)."""
        ix = self.ix
        text = ix.doc.text
        verb = ix.word_before(start)
        if verb is None or verb[2] != start or _drop_w(norm(verb[0])) not in _SHORT_QUOTE_VERBS:
            return False
        p = close + 1
        while p < len(text) and text[p] in " \t\u00a0":
            p += 1
        if p < len(text) and text[p] not in _SENTENCE_STOPS:
            return False  # the quotation must close the sentence
        between = text[start:q]
        if any(ch in between for ch in '،,:;؛.«»“”"\n-–—ـ!؟?') or not between.strip():
            return False
        if len(between.split()) > _SHORT_QUOTE_WORDS:
            return False
        prev = ix.word_before(q)
        if prev is None:
            return False
        word = norm(prev[0])
        if word in _SHORT_QUOTE_NOT_AFTER or word in ix.lexicon.prepositions or (word[:1] == "ل" and len(word) <= 2):
            return False
        return not (word[:2] == "ال" and word[2:] in _SHORT_QUOTE_NOT_AFTER)

    def find_intro(self, start: int, bound: int, *, word_only: bool = False) -> Intro | None:
        """The first introducer in ``[start, bound)``, at most :data:`INTRO_WINDOW` words after ``start``
        (``word_only``: أن/إن only)."""
        ix = self.ix
        text = ix.doc.text
        toks = ix.doc.tokens
        k = ix.token_index(start) + INTRO_WINDOW
        limit = min(bound, toks[k].start) if k < len(toks) else bound
        best: Intro | None = None
        # (not بالقول: "واختتم تصريحاته بالقول «…»" is how he said it, the quote is the content; round 40, sp10: the
        # first other introducer, the later ones not read)
        first = next(
            (i for i in ix.intros_in(start, limit) if norm(text[i.prefix_start : i.end]).lstrip("وف") != "بالقول"), None
        )
        if first is not None:
            past = self._past_aside(start, first.prefix_start, first.end)
            if past is not None:
                first, self._asides[past[0].prefix_start] = past
            best = ("word", first.prefix_start, first.end)
        stop = best[1] if best else limit
        if word_only:
            return best
        colon = text.find(":", start, stop)
        while colon >= 0 and (
            (colon + 1 < len(text) and text[colon + 1].isdigit()) or (colon > 0 and text[colon - 1].isdigit())
        ):
            colon = text.find(":", colon + 1, stop)  # a clock time (10:30)
        if colon >= 0:
            best = ("colon", colon, colon + 1)
            stop = colon
        for i in self._quote_marks_in(start, stop):
            if is_opening_quote(text, i) and self._speech_quote(i, start):
                return "quote", i, i + 1
        reach = toks[k].start if k < len(toks) else len(text)
        if best is None and bound < reach:
            # a verb of the aside cut the clause before its أن, at the aside or at the noun its relative pronoun
            # follows ("في الحلقة، التي يرجح أن تسجيلها تم …، إن «…»")
            beyond = next(iter(ix.intros_in(bound, reach)), None)
            past = self._past_aside(start, beyond.prefix_start, beyond.end) if beyond is not None else None
            if past is not None and (past[1] < bound or len(text[bound : past[1]].split()) <= 2):
                self._asides[past[0].prefix_start] = past[1]
                return "word", past[0].prefix_start, past[0].end
        return best

    def _past_aside(self, start: int, a: int, b: int) -> tuple[Match[Cue], int] | None:
        """The introducer right after an aside that holds the first one ``[a, b)`` (round 30, cl45): the aside opens
        at the last comma between ``start`` and it with a relative pronoun or a word of claims.yaml
        ``aside_openers`` (ردا، بعد، قبل …), holds words before that أن, and closes at the first comma after it,
        within the sentence and :data:`_ASIDE_WORDS` words, where a bare أن / إن / بأن opens the verb's content:
        "وقال القيادي في الحلقة، التي يرجح أن تسجيلها تم قبل تحرير عدن، إن «…»" (check27). ``(that introducer,
        the opening comma)``; None when there is no such aside."""
        ix = self.ix
        text = ix.doc.text
        opening = max(text.rfind("،", start, a), text.rfind(",", start, a))
        if opening < 0:
            return None
        opener = ix.word_after(opening + 1)
        if opener is None or opener[1] >= a:
            return None  # "وأكد الوزير، أمس، أن …": the أن right after the comma is the verb's own
        word = norm(opener[0])
        if word not in ix.lexicon.aside_openers and word not in ix.lexicon.relatives:
            return None
        s1 = ix.sentence_bounds(a)[1]  # (a verb inside the aside may cut the clause before its closing comma:
        ends = [k for k in (text.find("،", b, s1), text.find(",", b, s1)) if k >= 0]  # "التي يرجح أن")
        closing = min(ends) if ends else -1
        if closing < 0 or any(ch in text[b:closing] for ch in _SENTENCE_STOPS):
            return None
        if len(text[opening:closing].split()) > _ASIDE_WORDS:
            return None
        after = ix.word_after(closing + 1)
        if after is None:
            return None
        nxt = next(iter(ix.intros_in(after[1], after[2])), None)
        if nxt is None or nxt.prefix_start != after[1] or norm(text[nxt.prefix_start : nxt.end]) not in _AFTER_ASIDE:
            return None
        return nxt, opening

    # ------------------------------------------------------------------------------------------ content
    def run_on(self, start: int, end: int) -> int:
        """A reported clause cut by a paragraph break in mid-sentence goes on in the next paragraph.

        Scraped articles sometimes break a paragraph inside a sentence ("أنه لا يوجد" / "مفاوضات عن أي تسوية …"):
        a clause of fewer than four words that ends its line without punctuation continues on the next line, when
        that line is a paragraph of the article (not a heading or a post).
        """
        ix = self.ix
        text = ix.doc.text
        s, e = trim(text, start, end)
        if s >= e or text[e:end].strip(" \t\u00a0") or text[end : end + 1] != "\n":
            return end
        if len(text[s:e].split()) >= 4 or not LETTER_RE.match(text[e - 1]):
            return end
        nxt = end
        while nxt < len(text) and text[nxt] in "\n \t\u00a0":
            nxt += 1
        if nxt >= len(text) or ix.doc.post_at(nxt) is not None:
            return end
        block = next((b for b in ix.doc.blocks if b.start <= nxt < b.end), None)
        if block is not None and block.kind != "paragraph":
            return end
        return self.clause_end(nxt, ix.sentence_bounds(nxt)[1])

    def after_intro(self, intro: Intro, s1: int) -> Content | None:
        """The content an introducer opens (``s1``: the end of the marker's sentence)."""
        ix = self.ix
        text = ix.doc.text
        kind, i, p = intro
        if kind == "word":
            while True:  # "قوله إن": the last introducer of a run
                nxt = ix.intros_in(p, p + 3)
                if not nxt or text[p : nxt[0].prefix_start].strip():
                    break
                p = nxt[0].end
        gap = " \t\u00a0\n" if kind == "colon" else " \t\u00a0"  # "قال:" at a line end, the quote below it
        while p < len(text) and text[p] in gap:
            p += 1
        if kind == "quote" or (kind == "colon" and p < len(text) and is_opening_quote(text, p)):
            q = i if kind == "quote" else p
            close, _ = quote_close(text, q)
            s, e = trim(text, q + 1, close)
            return (s, e, True) if s < e else None
        if p >= s1:  # the colon ended the line: the content is the next line
            s1 = ix.sentence_bounds(p)[1] if p < len(text) else p
        end = self.run_on(p, self.clause_end(p, s1))
        s, e = trim(text, p, end)
        if s >= e:
            return None
        s, e, whole = unquote(text, s, e)
        return s, e, whole or kind == "colon" or quoted_share(text, s, e) >= 0.5

    def object_after(self, start: int, s1: int) -> Content | None:
        """The object of a verb that takes one (أعلن الجيش سيطرته على البلدة): to the next comma or clause."""
        text = self.ix.doc.text
        s, e = trim(text, start, self.clause_end(start, s1, comma=True))
        return (s, e, False) if s < e and LETTER_RE.search(text, s, e) else None

    def before(self, contents: list[tuple[int, int]], s0: int, start: int, end: int) -> Content | None:
        """The clause before a trailing attribution (قتل عشرة، بحسب المرصد) or a resumptive one (وهو ما أكده).

        When the clause right before is an earlier claim's content, that content is taken: what this speaker
        confirms (…، وهو ما أكده الوزير)."""
        text = self.ix.doc.text
        for a, b in reversed(contents):
            if s0 <= a and b <= end and text[b:end].strip(' \t،,"”»') == "":
                return a, b, False
        s, e = trim(text, start, end)
        if s >= e or not LETTER_RE.search(text, s, e):
            return None
        return s, e, quoted_share(text, s, e) >= 0.5
