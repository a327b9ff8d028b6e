"""Step 6c: an event told only in the headline is the body's event of the same type (then steps 6d and 6e)."""

from __future__ import annotations

from rasd.events.coding import VIOLENT
from rasd.events.context import Context
from rasd.events.merge.background import keep_out_background
from rasd.events.merge.retold import _count, fold_told_again
from rasd.events.model import Candidate


def fold_headline(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Step 6c: an event told only in the headline is the body's event of the same type when the body has one
    ("مقتل 16 في هجومين لبوكو حرام" over the two attacks the article then tells); then step 6d
    (:func:`fold_told_again`), the rows of one happening told twice."""
    return keep_out_background(ctx, fold_told_again(ctx, _fold_headline_only(ctx, cands)))


def _fold_headline_only(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    title = next(((b.start, b.end) for b in ctx.doc.blocks if str(b.kind) == "title"), None)
    if title is None:
        return cands
    out: list[Candidate] = []
    body = [c for c in cands if not all(title[0] <= m.start < title[1] for m in c.mentions)]
    for c in cands:
        if c in body:
            out.append(c)
            continue
        if _count_apart(ctx, c, body, title):
            out.append(c)
            continue
        same = [b for b in body if b.cls.acled_sub_type == c.cls.acled_sub_type] or [
            b for b in body if b.cls.acled_type is not None and b.cls.acled_type == c.cls.acled_type
        ]
        if not same and (c.cls.name in ("killing", "attack") or f"word:attack@{c.start}" in c.cues or c.weak):
            # "مقتل 8 من داعش و5 عراقيين في الأنبار": a headline toll sums up the violent events the body tells
            same = [b for b in body if b.cls.acled_type in VIOLENT]
        if same:
            same[0].mentions.extend(c.mentions)
        else:
            out.append(c)
    return out


def _count_apart(ctx: Context, c: Candidate, body: list[Candidate], title: tuple[int, int]) -> bool:
    """Round 19c (fh): whether headline row ``c`` tells a count of dead the lead does not tell, and so is no body row
    told again ("مقتل 19 من عناصر داعش باشتباكات متفرقة غربي بغداد" over a lead whose clash killed 7 in al-Anbar):
    its exact count (two or more) is no count of a body row, nor the sum of the body's violent rows' counts, while
    the lead (the body's first sentence) tells a violent row of another exact count."""
    n = _count(c)
    if n is None or c.cls.acled_type not in VIOLENT:
        return False
    lead = ctx.sentence_index(title[1]) + 1
    violent = [b for b in body if b.cls.acled_type in VIOLENT]
    if not any(ctx.sentence_index(b.start) <= lead and _count(b) not in (None, n) for b in violent):
        return False
    if any(int(f.get("value") or 0) == n for b in body for _, f in b.fatalities):
        return False
    return sum(_count(b) or 0 for b in violent) != n
