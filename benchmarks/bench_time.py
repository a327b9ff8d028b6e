"""Benchmark the date stage on the Arabic TimeML dev set, side by side with dateparser.

Data: ``../shared/data/time/timeml-dev`` (24 Arabic news documents with inline TIMEX3). The corpus has no
document dates; the annotators normalized relative expressions against 2015-12-24 in every document where it
can be checked, so 2015-12-24 is the reference date for every document (for both systems).

Measures, for rasd (``rasd.stages.timex.find_timexes``) and for ``dateparser.search_dates(text,
languages=['ar'], settings={'RELATIVE_BASE': datetime(2015, 12, 24)})`` in the same run:

* span precision / recall / F1, strict (same start and end) and overlap (a system span that overlaps a gold
  span counts for precision, a gold span overlapped by a system span counts for recall);
* value accuracy over the gold spans matched by overlap (each paired with the system span that overlaps it
  most): rasd's TimeML value must equal the gold value; dateparser's datetime is compared at the gold value's
  granularity (day, week, month, year, decade, century; the clock time when the gold has one). For a gold time
  with a part of the day (``2015-12-23TNI``) both systems are credited for the right day. Reference values
  (``PAST_REF``), durations and sets have no datetime, so dateparser cannot get them right;
* speed: documents per second and total seconds (best of three passes, after one warm-up call each).

rasd's range timexes (one timex spanning ``منذ X حتى Y`` around the two ends) are left out of the span scores:
TimeML annotates the two ends, which rasd also returns, and has no element for the range itself.

Usage: ``python benchmarks/bench_time.py [--data DIR] [--errors]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "time" / "timeml-dev"
REFERENCE_DATE = dt.date(2015, 12, 24)

_TAG_RE = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>|<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>]*>", re.S)
_ATTR_RE = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Gold:
    """A gold TIMEX3: span into the document's plain text, type and value."""

    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class Doc:
    """A TimeML document as plain text with its gold timexes."""

    name: str
    text: str
    gold: tuple[Gold, ...]


def read_tml(path: Path) -> Doc:
    """Plain text and TIMEX3 spans of a TimeML file (other tags are dropped, entities unescaped)."""
    raw = path.read_text(encoding="utf-8")
    body_start = raw.find("<TimeML>")
    body_end = raw.rfind("</TimeML>")
    if body_start >= 0:
        raw = raw[body_start + len("<TimeML>") : body_end if body_end >= 0 else len(raw)]
    parts: list[str] = []
    size = 0
    gold: list[Gold] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for m in _TAG_RE.finditer(raw):
        chunk = html.unescape(raw[pos : m.start()])
        parts.append(chunk)
        size += len(chunk)
        pos = m.end()
        closing, name = m.group(1), m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (size, dict(_ATTR_RE.findall(m.group(3) or "")))
        elif open_timex is not None:
            start, attrs = open_timex
            gold.append(Gold(start, size, attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    chunk = html.unescape(raw[pos:])
    parts.append(chunk)
    return Doc(path.stem, "".join(parts), tuple(gold))


def load(data: Path) -> list[Doc]:
    """Every ``*.tml`` document of a directory, sorted by name."""
    return [read_tml(p) for p in sorted(data.glob("*.tml"))]


# -------------------------------------------------------------------------------------------------- systems
SysSpan = tuple[int, int, Any]  # start, end, value (a TimeML string for rasd, a datetime for dateparser)


def run_rasd(doc: Doc) -> list[SysSpan]:
    """rasd's timexes, range containers left out (see the module docstring)."""
    from rasd.stages.timex import find_timexes

    xs = find_timexes(doc.text, REFERENCE_DATE)
    out = []
    for x in xs:
        inner = any(
            y is not x and x.start <= y.start and y.end <= x.end and (y.start, y.end) != (x.start, x.end) for y in xs
        )
        if x.range is not None and inner:
            continue
        out.append((x.start, x.end, x.value))
    return out


def run_dateparser(doc: Doc) -> list[SysSpan]:
    """dateparser's ``search_dates`` hits, located in the text in order (it returns strings, not offsets)."""
    from dateparser.search import search_dates

    hits = search_dates(doc.text, languages=["ar"], settings={"RELATIVE_BASE": dt.datetime(2015, 12, 24)}) or []
    out = []
    pos = 0
    for sub, when in hits:
        k = doc.text.find(sub, pos)
        if k < 0:
            k = doc.text.find(sub)
        if k < 0:
            continue
        out.append((k, k + len(sub), when))
        pos = k + len(sub)
    return out


# -------------------------------------------------------------------------------------------------- scoring
_POD_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})T(MO|MI|AF|EV|NI|DT)$")


def datetime_at(gold: str, when: dt.datetime) -> str | None:
    """``when`` written at the granularity of a gold TimeML value (None when no datetime can express it)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", gold):
        return when.strftime("%Y-%m-%dT%H:%M")
    m = _POD_RE.match(gold)
    if m:
        return when.date().isoformat() + gold[10:]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold):
        return when.date().isoformat()
    wk = re.fullmatch(r"\d{4}-W\d{2}(-WE)?", gold)
    if wk:
        y, w, _ = when.isocalendar()
        return f"{y}-W{w:02d}" + (wk.group(1) or "")
    if re.fullmatch(r"\d{4}-\d{2}", gold):
        return when.strftime("%Y-%m")
    if re.fullmatch(r"\d{4}", gold):
        return f"{when.year:04d}"
    if re.fullmatch(r"\d{3}", gold):
        return f"{when.year // 10:03d}"
    if re.fullmatch(r"\d{2}", gold):
        return f"{when.year // 100:02d}"
    return None


def value_ok(gold: str, value: Any) -> bool:
    """Whether a system value is right for a gold value (see the module docstring)."""
    if isinstance(value, dt.datetime):
        return datetime_at(gold, value) == gold
    if not isinstance(value, str):
        return False
    m = _POD_RE.match(gold)
    if m and value.startswith(m.group(1)) and "T" in value:
        return True
    return value.strip().upper() == gold.strip().upper()


@dataclass
class Score:
    """Counts and derived metrics for one system."""

    n_gold: int = 0
    n_sys: int = 0
    strict_tp: int = 0
    sys_overlap: int = 0
    gold_overlap: int = 0
    value_right: int = 0
    seconds: float = 0.0
    n_docs: int = 0

    @staticmethod
    def _f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def strict(self) -> tuple[float, float, float]:
        p = self.strict_tp / self.n_sys if self.n_sys else 0.0
        r = self.strict_tp / self.n_gold if self.n_gold else 0.0
        return p, r, self._f(p, r)

    def overlap(self) -> tuple[float, float, float]:
        p = self.sys_overlap / self.n_sys if self.n_sys else 0.0
        r = self.gold_overlap / self.n_gold if self.n_gold else 0.0
        return p, r, self._f(p, r)

    def value_accuracy(self) -> float:
        return self.value_right / self.gold_overlap if self.gold_overlap else 0.0


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def score(docs: Sequence[Doc], outputs: Sequence[list[SysSpan]], errors: list[str] | None = None) -> Score:
    """Span and value scores of system outputs (one list per document)."""
    sc = Score()
    for doc, sys_spans in zip(docs, outputs, strict=True):
        sc.n_gold += len(doc.gold)
        sc.n_sys += len(sys_spans)
        exact = {(g.start, g.end) for g in doc.gold}
        sc.strict_tp += sum(1 for s0, s1, _ in sys_spans if (s0, s1) in exact)
        for s0, s1, _ in sys_spans:
            if any(_overlaps(s0, s1, g.start, g.end) for g in doc.gold):
                sc.sys_overlap += 1
            elif errors is not None:
                errors.append(f"{doc.name}\tFP\t{doc.text[s0:s1]!r}")
        for g in doc.gold:
            best = max(sys_spans, key=lambda s: _overlaps(s[0], s[1], g.start, g.end), default=None)
            if best is None or not _overlaps(best[0], best[1], g.start, g.end):
                if errors is not None:
                    errors.append(f"{doc.name}\tFN\t{doc.text[g.start : g.end]!r}\t{g.value}")
                continue
            sc.gold_overlap += 1
            if value_ok(g.value, best[2]):
                sc.value_right += 1
            elif errors is not None:
                errors.append(
                    f"{doc.name}\tVAL\t{doc.text[g.start : g.end]!r}\tgold={g.value}\tsys={best[2]}"
                    f"\t{doc.text[best[0] : best[1]]!r}"
                )
    return sc


def timed(
    fn: Callable[[Doc], list[SysSpan]], docs: Sequence[Doc], *, passes: int = 3
) -> tuple[list[list[SysSpan]], float]:
    """Outputs of ``fn`` on every document and the best total time over ``passes`` passes (after a warm-up)."""
    fn(Doc("warmup", "قتل ثلاثة أشخاص أمس الأحد 19 مايو 2019", ()))
    best = float("inf")
    outputs: list[list[SysSpan]] = []
    for _ in range(passes):
        t0 = time.perf_counter()
        outputs = [fn(d) for d in docs]
        best = min(best, time.perf_counter() - t0)
    return outputs, best


def evaluate(data: Path = DEFAULT_DATA, *, errors: list[str] | None = None) -> Score:
    """rasd's scores on the dev set (used by the accuracy gate in tests/test_time_timeml.py)."""
    docs = load(data)
    outputs = [run_rasd(d) for d in docs]
    return score(docs, outputs, errors)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--errors", action="store_true", help="list rasd's misses, false hits and wrong values")
    ap.add_argument("--passes", type=int, default=3)
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data} (../shared not present)", file=sys.stderr)
        return 2
    docs = load(args.data)
    n_chars = sum(len(d.text) for d in docs)
    print(f"timeml-dev: {len(docs)} documents, {sum(len(d.gold) for d in docs)} gold TIMEX3, {n_chars} characters")
    print(f"reference date: {REFERENCE_DATE.isoformat()} for every document (the corpus has no document dates)")
    rows = []
    for name, fn in (("rasd", run_rasd), ("dateparser", run_dateparser)):
        try:
            outputs, seconds = timed(fn, docs, passes=args.passes)
        except ImportError as exc:
            print(f"{name}: not available ({exc}); install the bench extra: pip install -e .[bench]")
            continue
        errs: list[str] | None = [] if args.errors and name == "rasd" else None
        sc = score(docs, outputs, errs)
        sc.seconds, sc.n_docs = seconds, len(docs)
        rows.append((name, sc))
        if errs:
            print("\n".join(errs))
    header = (
        f"{'system':<11} {'strict P':>8} {'R':>6} {'F1':>6} | {'overlap P':>9} {'R':>6} {'F1':>6} | "
        f"{'value acc':>9} | {'docs/s':>8} {'total s':>8}"
    )
    print(header)
    print("-" * len(header))
    for name, sc in rows:
        sp, sr, sf = sc.strict()
        op, orr, of = sc.overlap()
        dps = sc.n_docs / sc.seconds if sc.seconds else float("inf")
        print(
            f"{name:<11} {sp:>8.3f} {sr:>6.3f} {sf:>6.3f} | {op:>9.3f} {orr:>6.3f} {of:>6.3f} | "
            f"{sc.value_accuracy():>9.3f} | {dps:>8.1f} {sc.seconds:>8.4f}"
        )
    if len(rows) == 2:
        print(f"speed-up rasd / dateparser: {rows[1][1].seconds / rows[0][1].seconds:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
