"""Exact-span precision, recall and F1 per entity type (CoNLL style), as every NER score of rasd is computed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rasd.ner.labels import SCORED_TYPES, spans_from_bio


@dataclass(slots=True)
class Counts:
    """True positives, predicted and gold span counts of one type."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        """tp / predicted (0 when nothing was predicted)."""
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        """tp / gold (0 when there is no gold span)."""
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class SpanScores:
    """Per-type counts; ``micro`` sums the scored types (PER, LOC, ORG)."""

    by_type: dict[str, Counts] = field(default_factory=dict)

    @property
    def micro(self) -> Counts:
        """Counts summed over :data:`rasd.ner.labels.SCORED_TYPES`."""
        total = Counts()
        for kind in SCORED_TYPES:
            c = self.by_type.get(kind, Counts())
            total.tp += c.tp
            total.pred += c.pred
            total.gold += c.gold
        return total

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        """``{type: {p, r, f1, gold, pred}}`` with ``micro`` (PER/LOC/ORG), rounded for reports."""
        out: dict[str, dict[str, float | int]] = {}
        for kind, c in [*sorted(self.by_type.items()), ("micro", self.micro)]:
            out[kind] = {
                "p": round(100 * c.precision, 2),
                "r": round(100 * c.recall, 2),
                "f1": round(100 * c.f1, 2),
                "gold": c.gold,
                "pred": c.pred,
            }
        return out


def score_spans(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> SpanScores:
    """Exact-span scores of predicted BIO tag sequences against gold ones (sentence by sentence).

    Args:
        gold: gold tag sequences.
        predicted: predicted tag sequences, one per gold sequence and of the same length.

    Returns:
        Per-type counts; a span counts as correct only with the same start, end and type.
    """
    scores = SpanScores()
    for g_tags, p_tags in zip(gold, predicted, strict=True):
        if len(g_tags) != len(p_tags):
            raise ValueError(f"tag sequences differ in length: {len(g_tags)} gold vs {len(p_tags)} predicted")
        g_spans = set(spans_from_bio(g_tags))
        p_spans = set(spans_from_bio(p_tags))
        for _, _, kind in g_spans:
            scores.by_type.setdefault(kind, Counts()).gold += 1
        for span in p_spans:
            c = scores.by_type.setdefault(span[2], Counts())
            c.pred += 1
            if span in g_spans:
                c.tp += 1
    return scores
