"""Quotes and clause edges in the source text, for the content of a claim.

Quotation marks: « … », “ … ” and straight " … ". A quote may run over several sentences; at a line break it
goes on only when the next paragraph reopens it with the same mark (the newspaper convention for a quotation of
several paragraphs: each paragraph opens with «, only the last one closes); otherwise it ends with its line.
"""

from __future__ import annotations

import re

OPENING = {"«": "»", "“": "”", '"': '"', "„": "“"}
#: Other marks scraped copy closes a quote with: “ … ″ (a double prime for the closing quotation mark).
ALT_CLOSING = {"“": "″"}
CLOSING = frozenset("»”\"“'″")
#: Characters trimmed from both ends of a content span (besides white space).
_TRIM_END = " \t\r\n\u00a0،,.:;؛("  # "(" : an attribution set in brackets after the clause (round 18)
_TRIM_START = " \t\r\n\u00a0،,:;؛"
#: Longest quotation followed, in characters (a long interview answer is about 1,500).
MAX_QUOTE = 4000
_OPENERS = re.compile("[" + "".join(OPENING) + "]")
_EVENTS: dict[str, re.Pattern[str]] = {}


def is_opening_quote(text: str, i: int) -> bool:
    """Whether the quotation mark at ``i`` opens a quote (a straight " opens after a space, a colon or a line start)."""
    ch = text[i]
    if ch not in OPENING:
        return False
    if ch in ('"', "„"):
        return i == 0 or text[i - 1] in " \t\n\u00a0:(،,«“"
    return True


def quoted_name(text: str, start: int, bound: int, most: int) -> tuple[int, int] | None:
    """A quote that opens at ``start`` (after spaces) around one to ``most`` words and closes before ``bound``
    (وبحسب «تسنيم»، وقالت "شينخوا":، لموقع “دايلي دوت”): the offsets of its opening and closing marks, else None."""
    p = start
    while p < bound and text[p] in " \t\u00a0":
        p += 1
    if p >= bound or not is_opening_quote(text, p):
        return None
    close, closed = quote_close(text, p)
    if not closed or close >= bound or not 1 <= len(text[p + 1 : close].split()) <= most:
        return None
    return p, close


#: (round 38, sp5) the answers of :func:`quote_close` for the last text asked about, by the quote's offset: the claims
#: stage asks ~6,200 times per 1,000 articles, 2,300 of them again (a clause's quotes read by several readers)
_CLOSES: dict[int, tuple[int, bool]] = {}
_CLOSES_OF: list[str] = [""]


def quote_close(text: str, i: int) -> tuple[int, bool]:
    """:func:`_quote_close`, kept for the last text asked about (one document's answers at a time)."""
    if text is not _CLOSES_OF[0]:
        _CLOSES.clear()
        _CLOSES_OF[0] = text
    found = _CLOSES.get(i)
    if found is None:
        found = _CLOSES[i] = _quote_close(text, i)
    return found


def _quote_close(text: str, i: int) -> tuple[int, bool]:
    """The end of the quote opened at ``i``: ``(index of the closing mark, True)``, or ``(end of its line, False)``.

    Nested quotes of the same kind are skipped (« … «…» … »); a line break ends the quote unless the next
    non-empty line starts with the same opening mark. A quote never closed ends with its first sentence
    (وقال "نحن مطمئنون … برميل. وأشار إلى أن …: the next sentence is the paper's again).
    """
    opener = text[i]
    closer = OPENING[opener]
    alt = ALT_CLOSING.get(opener, closer)
    pattern = _EVENTS.get(opener)
    if pattern is None:
        pattern = _EVENTS[opener] = re.compile("[" + re.escape(opener + closer + alt) + "\n]")
    depth = 0
    stop = min(len(text), i + MAX_QUOTE)
    pos = i + 1
    while True:
        m = pattern.search(text, pos, stop)
        if m is None:
            return _first_sentence(text, i, stop), False
        j = m.start()
        ch = text[j]
        if ch in (closer, alt) and (opener != closer or depth == 0):
            if opener == closer and j + 1 < len(text) and text[j - 1] in " \t\u00a0" and text[j + 1].isalpha():
                # a straight mark that opens a word ("أوبك") past a full stop: the quote before it was never
                # closed and ends with its first sentence
                first = _first_sentence(text, i, j)
                if first < j:
                    return first, False
            if depth == 0:
                return j, True
            depth -= 1
        elif ch == opener and opener != closer:
            depth += 1
        elif ch == "\n":
            k = j
            while k < stop and text[k] in "\n \t\u00a0":
                k += 1
            if k < stop and text[k] == opener:
                pos = k + 1  # the quotation goes on in the next paragraph
                continue
            return _first_sentence(text, i, j), False
        pos = j + 1


_SENTENCE_END = re.compile(r"[.!?؟](?=[ \t\u00a0]+\S)")


def _first_sentence(text: str, i: int, end: int) -> int:
    """Where the first sentence after the quote mark at ``i`` ends (its full stop), or ``end``."""
    m = _SENTENCE_END.search(text, i + 1, end)
    return m.start() + 1 if m is not None else end


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without white space and clause punctuation at either end."""
    while start < end and text[start] in _TRIM_START:
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    return start, end


def unquote(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """The inside of ``text[start:end]`` when the whole of it is one quote: ``(start, end, True)``; else as given."""
    if end - start >= 2 and is_opening_quote(text, start):
        close, closed = quote_close(text, start)
        if closed and close == end - 1:
            s, e = trim(text, start + 1, close)
            if s < e:
                return s, e, True
    return start, end, False


def quoted_share(text: str, start: int, end: int) -> float:
    """The share of ``text[start:end]`` that stands inside quotation marks."""
    if end <= start:
        return 0.0
    inside = 0
    pos = start
    while True:
        m = _OPENERS.search(text, pos, end)
        if m is None:
            break
        i = m.start()
        if not is_opening_quote(text, i):
            pos = i + 1
            continue
        close, _ = quote_close(text, i)
        close = min(close, end)
        inside += close - i
        pos = close + 1
    return inside / (end - start)


def collapse(text: str) -> str:
    """``text`` with runs of white space as one space (a name as written, across markup gaps)."""
    return " ".join(text.split())
