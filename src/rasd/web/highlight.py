"""Article text as HTML with character spans highlighted, built on the server with every piece of text escaped.

The spans (evidence, trigger, place, date, actors, figures, claims, search hits) are offsets into the article's
plain text and may nest or overlap. The text is cut at every span boundary; each piece is escaped and, when spans
cover it, wrapped in one ``<mark>`` whose classes name every role covering it (``hl-evidence hl-trigger``) and
whose ``title`` lists their labels. Nothing from the article is ever written unescaped, so an article containing
``<script>`` shows the characters.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from markupsafe import Markup, escape

#: Private-use characters marking the hits in search snippets before the snippet is escaped.
HIT_OPEN, HIT_CLOSE = "\ue000", "\ue001"


def highlight(text: str, spans: Iterable[tuple[int, int, str, str]]) -> Markup:
    """``text`` as HTML with each ``(start, end, role, label)`` span marked; spans outside the text are ignored.

    Args:
        text: the article's plain text.
        spans: character offsets into ``text``, a role (a CSS class suffix: letters, digits, ``-``) and a label
            (shown as the tooltip; escaped).
    """
    n = len(text)
    kept = [(s, e, role, label) for s, e, role, label in spans if 0 <= s < e <= n]
    cuts = sorted({0, n, *(s for s, _, _, _ in kept), *(e for _, e, _, _ in kept)})
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        piece = escape(text[a:b])
        covering = [(role, label) for s, e, role, label in kept if s <= a and b <= e]
        if not covering:
            out.append(piece)
            continue
        roles: list[str] = []
        labels: list[str] = []
        for role, label in covering:
            css = "".join(c for c in role if c.isascii() and (c.isalnum() or c == "-"))
            if css and css not in roles:
                roles.append(css)
            if label not in labels:
                labels.append(label)
        classes = " ".join(f"hl-{r}" for r in roles)
        out.append(
            Markup('<mark class="hl {}" data-roles="{}" title="{}">{}</mark>').format(
                classes, " ".join(roles), " · ".join(labels), piece
            )
        )
    return Markup("").join(out)


def snippet_html(marked: str) -> Markup:
    """A search snippet whose hits are wrapped in :data:`HIT_OPEN`/:data:`HIT_CLOSE` as HTML: the text escaped,
    each hit in ``<mark class="hit">``; marks that do not pair up are dropped."""
    out: list[str] = []
    inside = False
    for part in _split_marks(marked):
        if part == HIT_OPEN and not inside:
            out.append('<mark class="hit">')
            inside = True
        elif part == HIT_CLOSE and inside:
            out.append("</mark>")
            inside = False
        elif part not in (HIT_OPEN, HIT_CLOSE):
            out.append(str(escape(part)))
    if inside:
        out.append("</mark>")
    return Markup("".join(out))


def _split_marks(s: str) -> list[str]:
    parts: list[str] = []
    buf: list[str] = []
    for c in s:
        if c in (HIT_OPEN, HIT_CLOSE):
            if buf:
                parts.append("".join(buf))
                buf = []
            parts.append(c)
        else:
            buf.append(c)
    if buf:
        parts.append("".join(buf))
    return parts


def plain(text: str) -> str:
    """``text`` with the private-use hit marks replaced (same length, so offsets keep their meaning)."""
    return text.replace(HIT_OPEN, "\ufffd").replace(HIT_CLOSE, "\ufffd")
