"""Step 6c: an event told only in the headline is the body's event of the same type (then steps 6d and 6e)."""

from __future__ import annotations

from rasd.events.coding import VIOLENT
from rasd.events.context import Context
from rasd.events.merge.background import keep_out_background
from rasd.events.merge.retold import fold_told_again
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
