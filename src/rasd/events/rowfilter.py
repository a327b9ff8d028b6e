"""Features of an ACLED row from the text around it, for a learned keep/drop row filter (issue 12, round 10).

A row's features: its trigger's normalised form and class, the words (proclitics stripped) within ``window`` tokens
of the trigger and in its evidence sentence, cue flags from the ``filter_*`` word lists of ``events.yaml``
(future/plan/threat, conditional, condolence/condemnation, quotation, history, crime/accident, sport/economy,
negation, date words) before the trigger, in its window and in its sentence, whether the sentence has a number,
the row's position (title, lead sentence, later) and a few fields of the event (see :func:`dict_features`).

Features are a sparse ``{name: value}`` mapping; names starting ``n:`` are continuous, the rest 0/1.

The weights (``resources/ar/event_filter.json``, written by ``scripts/train_event_filter.py``) make a logistic
score; :func:`filter_rows` keeps every event but turns a row scored under the threshold into a non-row
(``acled_row: false``) with its ``filter_score`` and ``filter_reason``. On by default since round 25 (weights
retrained on about three times round 10's labelled rows; a row told in the title with a death toll is never dropped,
:func:`headline_toll`); ``Settings(row_filter=False)`` turns it off.
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rasd.document import Document
from rasd.errors import ResourceError
from rasd.events.lexicon import ACLED_SUB_TYPES, word_set
from rasd.resources import resource_text
from rasd.text.matcher import strip_proclitics
from rasd.text.normalize import normalize
from rasd.text.segment import split_sentences, tokenize

#: the cue lists of events.yaml ``word_sets`` read by the filter (``filter_<name>``)
CUES: tuple[str, ...] = (
    "future",
    "conditional",
    "condolence",
    "quote",
    "history",
    "crime_accident",
    "sport_economy",
    "negation",
    "date_words",
)


@functools.cache
def _cue_sets() -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((name, word_set(f"filter_{name}")) for name in CUES)


#: word types the per-word caches below keep (round 25: with the filter on by default their unbounded caches grew with
#: a batch worker's vocabulary, +10-20 MB over 15,000 articles; the frequent words stay cached)
WORD_CACHE_SIZE = 8192


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def stem(word: str) -> str:
    """The word normalised, with the definite article and what precedes it (وبال، لل) or a lone و/ف stripped."""
    readings = strip_proclitics(word)
    for prefix, rest in reversed(readings):
        if prefix.endswith("ال") or prefix == "لل":
            return rest
    for prefix, rest in readings:
        if prefix in ("و", "ف"):
            return rest
    return readings[0][1]


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def _forms(word: str) -> frozenset[str]:
    return frozenset(r for _, r in strip_proclitics(word))


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def _word_cues(word: str) -> frozenset[str]:
    """The cue lists one word (any proclitic reading) is in (cached: a row reads its words three times)."""
    forms = _forms(word)
    return frozenset(name for name, words_of in _cue_sets() if forms & words_of)


def _cues(words: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for w in words:
        found |= _word_cues(w)
    return found


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def dict_features(
    e: Mapping[str, Any], doc_len: int, shift: int, rank: int, n_rows: int, same_sentence: int
) -> dict[str, Any]:
    """The fields of the event dict the filter reads (the names of round 9's experiment, ``num`` and ``cat``)."""
    trig, ev, loc, date, a1 = (_mapping(e.get(k)) for k in ("trigger", "evidence", "location", "date", "actor1"))
    mentions = [m for m in e.get("mentions") or [] if isinstance(m, dict)]
    start = trig.get("start", ev.get("start", shift)) or 0
    sents = {_mapping(m.get("evidence")).get("start") for m in mentions}
    in_title = start < shift or any((_mapping(m.get("trigger")).get("start") or shift) < shift for m in mentions)
    num = {
        "time_precision": float(date.get("time_precision") or 4),
        "has_location": float(bool(loc.get("admin1"))),
        "has_date": float(bool(date.get("value"))),
        "has_fatalities": float(bool(e.get("fatalities"))),
        "has_injured": float(bool(e.get("injured"))),
        "has_arrested": float(bool(e.get("arrested"))),
        "actor1_entity": float(a1.get("entity") is not None),
        "actor2": float(isinstance(e.get("actor2"), dict)),
        "n_mentions": math.log1p(len(mentions)),
        "n_sentences": math.log1p(len(sents)),
        "in_title": float(in_title),
        "first_row": float(rank == 0),
        "rank": math.log1p(rank),
        "n_rows": math.log1p(n_rows),
        "rows_same_sentence": math.log1p(max(same_sentence - 1, 0)),
    }
    cat = {
        "acled_event_type": str(e.get("acled_event_type")),
        "event_class": str(e.get("event_class")),
        "status": str(e.get("status")),
        "actor1_certainty": str(a1.get("certainty") or ("named" if a1 else "none")),
    }
    return {"num": num, "cat": cat}


#: dict features kept continuous (standardised by the model); the other ``num`` fields are 0/1
_CONTINUOUS = ("time_precision", "n_mentions", "n_sentences", "rank", "n_rows", "rows_same_sentence")
_BINARY = (
    "has_location",
    "has_date",
    "has_fatalities",
    "has_injured",
    "has_arrested",
    "actor1_entity",
    "actor2",
    "in_title",
    "first_row",
)
_CATS = ("acled_event_type", "event_class", "status", "actor1_certainty")


@functools.lru_cache(maxsize=4)
def _lead_end(text: str, shift: int) -> int | None:
    """Where the first sentence after the title ends (None without one): once per document, not once per row."""
    first = split_sentences(text, start=shift, end=min(len(text), shift + 1000))
    return first[0][1] if first else None


def row_features(
    text: str,
    shift: int,
    info: Mapping[str, Any],
    fields: Mapping[str, Any],
    *,
    window: int = 5,
    words: bool = True,
) -> dict[str, float]:
    """Features of one row.

    Args:
        text: the document's text.
        shift: where the body starts in ``text`` (the title is before it).
        info: ``trigger`` and ``evidence`` as ``(start, end)`` (or ``None``) and ``event_class``.
        fields: :func:`dict_features` of the row.
        window: tokens on each side of the trigger read as its window.
        words: add word features (``t:`` trigger, ``w:`` window, ``s:`` sentence); else cue flags and fields only.
    """
    x: dict[str, float] = {}
    num = fields["num"]
    for k in _CONTINUOUS:
        if k in num:
            x[f"n:{k}"] = float(num[k])
    for k in _BINARY:
        if num.get(k):
            x[f"b:{k}"] = 1.0
    cat = fields["cat"]
    for k in _CATS:
        if k in cat:
            x[f"c:{k}={cat[k]}"] = 1.0
    trig = info.get("trigger")
    ev = info.get("evidence")
    if ev is None:
        ev = trig
    if trig is None:
        trig = ev
    if trig is None or ev is None:
        return x
    s0, s1 = min(ev[0], trig[0]), max(ev[1], trig[1])
    toks = [t for t in tokenize(text, start=s0, end=s1) if t.kind in ("word", "number", "hashtag")]
    sent_words = [text[t.start : t.end] for t in toks if t.kind == "word"]
    if any(t.kind == "number" for t in toks):
        x["b:number_in_sentence"] = 1.0
    before_i = [i for i, t in enumerate(toks) if t.end <= trig[0]]
    after_i = [i for i, t in enumerate(toks) if t.start >= trig[1]]
    before = [text[toks[i].start : toks[i].end] for i in before_i[-window:] if toks[i].kind == "word"]
    after = [text[toks[i].start : toks[i].end] for i in after_i[:window] if toks[i].kind == "word"]
    for name in _cues(before):
        x[f"cue_before:{name}"] = 1.0
    for name in _cues(before + after):
        x[f"cue_window:{name}"] = 1.0
    for name in _cues(sent_words):
        x[f"cue_sentence:{name}"] = 1.0
    if trig[0] < shift:
        x["pos:title"] = 1.0
    else:
        lead_end = _lead_end(text, shift)
        x["pos:lead" if lead_end is not None and ev[0] < lead_end else "pos:later"] = 1.0
    if words:
        x[f"t:{normalize(text[trig[0] : trig[1]])}"] = 1.0
        for w in before + after:
            x[f"w:{stem(w)}"] = 1.0
        for w in sent_words:
            x[f"s:{stem(w)}"] = 1.0
    return x


# ----------------------------------------------------------------------------------------------- scoring
_WEIGHTS = "ar/event_filter.json"
ACLED_TYPES = frozenset(ACLED_SUB_TYPES.values())


@dataclass(frozen=True, slots=True)
class RowFilter:
    """The trained filter: per feature (weight, mean, scale), the bias, the window and the keep threshold.

    Round 25: a row's score reads only the features it has (each weight over its scale) plus a constant, the bias
    less every feature's weighted mean: the same sum as over every feature, without walking the 6,800 weights for
    each row (that walk alone put the events stage from 13.9 to 16.9 % of the pipeline)."""

    window: int
    words: bool
    threshold: float
    bias: float
    features: Mapping[str, tuple[float, float, float]]
    #: round 25: a headline row with a toll is never dropped (:func:`headline_toll`; ``keep_headline_tolls`` in
    #: the weights file)
    keep_headline_tolls: bool = False
    _offset: float = field(init=False, repr=False, compare=False)
    _slope: dict[str, float] = field(init=False, repr=False, compare=False)
    _centred: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        offset = self.bias - sum(w * mu / sd for w, mu, sd in self.features.values())
        object.__setattr__(self, "_offset", offset)
        object.__setattr__(self, "_slope", {name: w / sd for name, (w, _, sd) in self.features.items()})
        object.__setattr__(self, "_centred", tuple(name for name, (w, mu, _) in self.features.items() if w and mu))

    def contributions(self, x: Mapping[str, float]) -> dict[str, float]:
        """Each feature's share of the score (standardised value times weight), the absent ones included."""
        return {name: w * (x.get(name, 0.0) - mu) / sd for name, (w, mu, sd) in self.features.items()}

    def nonzero_contributions(self, x: Mapping[str, float]) -> dict[str, float]:
        """The shares of :meth:`contributions` that can differ from 0: the row's features and the centred ones."""
        names = [k for k in x if k in self.features] + [k for k in self._centred if k not in x]
        out = {}
        for name in names:
            w, mu, sd = self.features[name]
            out[name] = w * (x.get(name, 0.0) - mu) / sd
        return out

    def score(self, x: Mapping[str, float]) -> float:
        slope = self._slope
        z = self._offset + sum(v * slope[k] for k, v in x.items() if k in slope)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@functools.cache
def load_filter() -> RowFilter:
    """The committed weights (read once per process)."""
    try:
        data = json.loads(resource_text(_WEIGHTS))
        feats = {str(k): (float(v[0]), float(v[1]), float(v[2]) or 1.0) for k, v in data["features"].items()}
        return RowFilter(
            window=int(data["window"]),
            words=bool(data["words"]),
            threshold=float(data["threshold"]),
            bias=float(data["bias"]),
            features=feats,
            keep_headline_tolls=bool(data.get("keep_headline_tolls", False)),
        )
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ResourceError(f"{_WEIGHTS}: not a row filter weights file ({exc})") from exc


def is_row(e: Mapping[str, Any]) -> bool:
    """An ACLED row as the benchmarks count it: ACLED type, discrete, ``acled_row``."""
    return (
        e.get("acled_event_type") in ACLED_TYPES
        and (e.get("granularity") or "discrete") == "discrete"
        and bool(e.get("acled_row", True))
    )


def body_start(doc: Document) -> int:
    """Where the text after the title starts (0 without a title)."""
    ends = [b.end for b in doc.blocks if str(b.kind) == "title"]
    if not ends:
        return 0
    end = max(ends)
    later = [b.start for b in doc.blocks if b.start >= end]
    return min(later) if later else end


def headline_toll(x: Mapping[str, float]) -> bool:
    """A row told in the title (its trigger or one of its mentions) that carries a death toll: never dropped by the
    trained filter (round 25, ``keep_headline_tolls``).

    Such rows are true 141 times in 159 labelled ones (first runs of eighteen blind files, today's rows of the tune
    files, judged rows; 9 more on optional events): a headline that counts its dead is the article's news, also when
    the body tells another count (``مقتل 23 من مسلحي داعش في معارك متفرقة`` over a lead of 9) or tells it in a
    clause with few event words (``ودار اشتباك مسلح قتل فيه القيادي`` under ``الجيش يعلن مقتل أحد قادة …``)."""
    return bool(x.get("b:in_title") and x.get("b:has_fatalities"))


def filter_rows(doc: Document, events: list[dict[str, Any]], rf: RowFilter | None = None) -> None:
    """Score every ACLED row of ``events``; a row under the threshold stays an event but is no longer a row."""
    rf = rf or load_filter()
    shift = body_start(doc)
    rows = [e for e in events if isinstance(e, dict) and is_row(e)]
    same = Counter(_mapping(e.get("evidence")).get("start") for e in rows)
    scored = []
    for rank, e in enumerate(rows):
        fields = dict_features(e, len(doc.text), shift, rank, len(rows), same[_mapping(e.get("evidence")).get("start")])
        trig, ev = _mapping(e.get("trigger")), _mapping(e.get("evidence"))
        info = {
            "trigger": (trig["start"], trig["end"]) if "start" in trig and "end" in trig else None,
            "evidence": (ev["start"], ev["end"]) if "start" in ev and "end" in ev else None,
        }
        x = row_features(doc.text, shift, info, fields, window=rf.window, words=rf.words)
        scored.append((e, x, rf.score(x)))
    for e, x, p in scored:  # scored first, changed after: a drop must not move the other rows' features
        if p < rf.threshold and not (rf.keep_headline_tolls and headline_toll(x)):
            against = sorted(rf.nonzero_contributions(x).items(), key=lambda kv: kv[1])[:3]
            e["acled_row"] = False
            e["filter_score"] = round(p, 3)
            e["filter_reason"] = f"row filter {p:.2f} < {rf.threshold:.2f}: " + ", ".join(
                f"{name} {value:+.2f}" for name, value in against if value < 0
            )
