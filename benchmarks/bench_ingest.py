"""Acceptance benchmark: N real articles as JSONL with broken lines mixed in, through the whole default pipeline.

Reads N articles (default 3000) from ``SHARED/data/news/saudinewsnet/*.zip`` (each zip holds one JSON array of
articles with ``source, url, date_extracted, title, author, content``), writes them as a temporary JSONL in the
field names of SCHEMA.md and, after every 49 articles, one broken line (so every 50th line is broken), cycling
through: not JSON, a NUL byte, a lone surrogate, a number instead of text, an empty object, truncated JSON.

Then it runs the full default pipeline twice, through :func:`rasd.extract_path` and through the command line
(``python -m rasd.cli extract x.jsonl -o out.jsonl`` as a subprocess), and checks:

* one output document per input line, in order, and no crash;
* every span valid: :meth:`Document.validate_spans` is empty and, in the exported JSON, every span dict lies in
  the text and its ``text`` equals ``text[start:end]``;
* ingest errors exactly on the broken lines (and on articles whose content is empty, which are counted apart).

It prints articles/s and words/s for ingest alone and for the full pipeline, a plain tokenization baseline
(``str.split`` over the same texts, in the same run) and the machine. Exit status 1 when a check fails.

With ``--store`` it measures the archive instead (issue 14's acceptance), on the same JSONL: ``rasd extract`` and
``rasd ingest --jobs 1`` (both subprocesses, the same single core of work: the ratio is the storage overhead:
writing rows, the Arabic analysis for search, FTS5, the merge across articles), ``rasd ingest`` again (all
unchanged), ``rasd merge --rebuild``, the exports, and the latency of ``rasd search``'s function over the stored
articles (words, inflected forms, phrases, filters; each query 5 times; median and p95). It prints the load
average before and after, since the machine may be shared.

Usage (from the project root)::

    python benchmarks/bench_ingest.py [--shared ../shared] [-n 3000]
    nice python benchmarks/bench_ingest.py --store [-n 3000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from corpus import iter_articles

import rasd
from rasd.ingest.jsonl import iter_jsonl

ROOT = Path(__file__).resolve().parents[1]
EVERY = 50
BROKEN: list[tuple[str, bytes]] = [
    ("not JSON", b"this line is not JSON at all"),
    ("NUL byte", b'{"id": "nul", "text": "\xd8\xae\xd8\xa8\xd8\xb1\x00"}'),
    ("lone surrogate", b'{"id": "surrogate", "text": "\\ud800 \xd8\xae\xd8\xa8\xd8\xb1"}'),
    ("number as text", b'{"id": "number", "text": 12345}'),
    ("empty object", b"{}"),
    ("truncated JSON", b'{"id": "truncated", "title": "\xd8\xb9\xd9\x86\xd9\x88\xd8\xa7\xd9\x86", "text": "\xd8\xae'),
]


def read_articles(shared: Path, n: int) -> Iterator[dict[str, Any]]:
    """The first ``n`` SaudiNewsNet articles, zip by zip in date order."""
    folder = shared / "data" / "news" / "saudinewsnet"
    if not any(folder.glob("*.zip")):
        raise SystemExit(f"no SaudiNewsNet zips in {folder}; pass --shared PATH to the shared folder")
    return iter_articles(folder, n)


def build_jsonl(articles: list[dict[str, Any]]) -> tuple[bytes, set[int], set[int]]:
    """The JSONL bytes, the 0-based line numbers of broken lines, and those of articles with empty content."""
    lines: list[bytes] = []
    broken: set[int] = set()
    empty: set[int] = set()
    kind = 0
    for i, a in enumerate(articles):
        if len(lines) % EVERY == EVERY - 1:
            broken.add(len(lines))
            lines.append(BROKEN[kind % len(BROKEN)][1])
            kind += 1
        content = a.get("content") or ""
        if not content.strip():
            empty.add(len(lines))
        row = {
            "id": f"snn-{i}",
            "title": a.get("title") or None,
            "text": content,
            "url": a.get("url") or None,
            "source": a.get("source") or None,
            "author": a.get("author") or None,
            "published": (a.get("date_extracted") or "")[:10] or None,
        }
        lines.append(json.dumps(row, ensure_ascii=False).encode("utf-8"))
    return b"".join(line + b"\n" for line in lines), broken, empty


def span_problems(obj: dict[str, Any]) -> list[str]:
    """Spans of an exported document that fall outside its text or whose ``text`` does not match."""
    text = obj.get("text") or ""
    problems: list[str] = []
    stack: list[tuple[str, Any]] = [(k, v) for k, v in obj.items() if k != "text"]
    while stack:
        where, value = stack.pop()
        if isinstance(value, dict):
            start, end = value.get("start"), value.get("end")
            if isinstance(start, int) and isinstance(end, int):
                if not 0 <= start <= end <= len(text):
                    problems.append(f"{where}: [{start}, {end}) outside text of length {len(text)}")
                elif isinstance(value.get("text"), str) and value["text"] != text[start:end]:
                    problems.append(f"{where}: {value['text']!r} != text[{start}:{end}]")
            stack.extend((f"{where}.{k}", v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((f"{where}[{i}]", v) for i, v in enumerate(value))
    return problems


class Checker:
    """Collects failed checks, printing the first few of each run."""

    def __init__(self) -> None:
        self.failures: list[str] = []

    def fail(self, message: str) -> None:
        if len(self.failures) < 20:
            print(f"  FAIL {message}")
        self.failures.append(message)

    def check_row(self, label: str, i: int, row: dict[str, Any], expected_errors: set[int]) -> None:
        ingest_errors = [e for e in row.get("errors", []) if e.get("stage") == "ingest"]
        if bool(ingest_errors) != (i in expected_errors):
            got = ingest_errors[0]["message"] if ingest_errors else "no error"
            self.fail(f"{label} line {i + 1}: expected {'an' if i in expected_errors else 'no'} error, got {got}")
        for problem in span_problems(row):
            self.fail(f"{label} line {i + 1}: {problem}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder")
    parser.add_argument("-n", type=int, default=3000, help="number of articles (default 3000)")
    parser.add_argument("--ner", choices=("fast", "accurate"), default="fast", help="the NER mode (rasd extract --ner)")
    parser.add_argument("--store", action="store_true", help="measure rasd ingest, search, merge, export instead")
    parser.add_argument("--keep", type=Path, help="with --store: keep the store and outputs in this folder")
    args = parser.parse_args(argv)
    if args.store:
        return store_bench(args)

    python = sys.version.split()[0]
    print(f"machine: {platform.platform()}, {platform.machine()}, {os.cpu_count()} CPUs, Python {python}")
    print(f"ner mode: {args.ner}")
    articles = list(read_articles(args.shared, args.n))
    data, broken, empty = build_jsonl(articles)
    n_lines = data.count(b"\n")
    expected = broken | empty
    print(
        f"input: {len(articles)} SaudiNewsNet articles + {len(broken)} broken lines = {n_lines} lines "
        f"({len(data) / 1e6:.1f} MB); {len(empty)} articles have empty content (also an error by design)"
    )
    checker = Checker()

    # 1. ingest alone, and the str.split baseline over the same texts
    t0 = time.perf_counter()
    docs = list(iter_jsonl(io.BytesIO(data)))
    t_ingest = time.perf_counter() - t0
    texts = [d.text for d in docs]
    t0 = time.perf_counter()
    n_words = sum(len(t.split()) for t in texts)
    t_split = time.perf_counter() - t0
    del docs

    # 2. the full default pipeline through the library
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "saudinewsnet.jsonl"
        src.write_bytes(data)
        n_docs = n_stage_errors = 0
        stage_messages: dict[str, int] = {}
        t0 = time.perf_counter()
        try:
            for i, doc in enumerate(rasd.extract_path(src, ner=args.ner)):
                n_docs += 1
                for problem in doc.validate_spans():
                    checker.fail(f"library line {i + 1}: {problem}")
                row = json.loads(doc.to_json())
                checker.check_row("library", i, row, expected)
                for e in doc.errors:
                    if e.stage != "ingest":
                        n_stage_errors += 1
                        key = f"[{e.stage}] {e.message[:100]}"
                        stage_messages[key] = stage_messages.get(key, 0) + 1
        except Exception as exc:
            checker.fail(f"library: crashed after {n_docs} documents: {type(exc).__name__}: {exc}")
        t_pipeline = time.perf_counter() - t0
        if n_docs != n_lines:
            checker.fail(f"library: {n_docs} documents for {n_lines} input lines")

        # 3. the same through the command line
        out = Path(tmp) / "out.jsonl"
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "rasd.cli", "extract", str(src), "-o", str(out), "--ner", args.ner],
            capture_output=True,
            text=True,
            check=False,
        )
        t_cli = time.perf_counter() - t0
        if proc.returncode != 0:
            checker.fail(f"cli: exit status {proc.returncode}: {proc.stderr.strip()[-500:]}")
        out_lines = out.read_bytes().splitlines() if out.exists() else []
        if len(out_lines) != n_lines:
            checker.fail(f"cli: {len(out_lines)} output lines for {n_lines} input lines")
        for i, line in enumerate(out_lines):
            try:
                row = json.loads(line)
            except ValueError as exc:
                checker.fail(f"cli line {i + 1}: not JSON: {exc}")
                continue
            checker.check_row("cli", i, row, expected)

    n_ok = n_lines - len(expected)
    print()
    print(f"{'run':<28}{'seconds':>9}{'articles/s':>13}{'words/s':>14}")
    for name, seconds in (
        ("ingest only (iter_jsonl)", t_ingest),
        ("full pipeline (extract_path)", t_pipeline),
        ("full pipeline (CLI)", t_cli),
        ("baseline: str.split", t_split),
    ):
        print(f"{name:<28}{seconds:>9.2f}{n_lines / seconds:>13,.0f}{n_words / seconds:>14,.0f}")
    print(f"({n_lines} documents, {n_ok} with text, {n_words:,} words by str.split; CLI time includes start-up)")
    if stage_messages:
        print(f"\nstage errors recorded on documents (not crashes): {n_stage_errors}")
        for key, count in sorted(stage_messages.items(), key=lambda kv: -kv[1])[:10]:
            print(f"  {count:>5} x {key}")
    print()
    if checker.failures:
        print(f"FAILED: {len(checker.failures)} check(s) failed")
        return 1
    print(
        f"OK: {n_lines} lines in, {n_lines} documents out (library and CLI), errors exactly on the "
        f"{len(broken)} broken lines and {len(empty)} empty articles, every span valid"
    )
    return 0


#: Queries for the search latency: everyday words of the news in inflected forms, phrases, and filters.
SEARCH_QUERIES: list[tuple[str, dict[str, str]]] = [
    *((q, {}) for q in ("الغارات", "غارة", "قصف", "مقتل", "وزير", "والوزراء", "المملكة", "السعودية", "بالرياض",
                        "الأمن", "مدنيين", "اشتباكات", "الحوثيين", "سوريا", "العراق", "لليمن", "مظاهرات",
                        "انفجار", "الجيش", "الشرطة", "طائرة", "المستشفى", "الاقتصاد", "النفط", "مباراة")),
    *((q, {}) for q in ('"ولي العهد"', '"الأمم المتحدة"', '"مجلس الوزراء"', "الملك سلمان", "أسعار النفط")),
    ("الرياض", {"date_from": "2015-01-01"}),
    ("قصف", {"event_type": "Air/drone strike"}),
    ("مقتل", {"source": "aleqtisadiya"}),
    ("الحوثي", {"admin1": "Sanaa"}),
    ("وزير", {"place": "الرياض"}),
]  # fmt: skip


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def _timed(cmd: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    return time.perf_counter() - t0, proc


def store_bench(args: argparse.Namespace) -> int:
    """``--store``: rasd extract vs rasd ingest on the same JSONL, then merge, exports and search latency."""
    from rasd.store import Filters, open_store, search

    python = sys.version.split()[0]
    print(f"machine: {platform.platform()}, {platform.machine()}, {os.cpu_count()} CPUs, Python {python}")
    print(f"load average at start: {_loadavg()}")
    articles = list(read_articles(args.shared, args.n))
    data, broken, _ = build_jsonl(articles)
    n_lines = data.count(b"\n")
    print(f"input: {len(articles)} SaudiNewsNet articles + {len(broken)} broken lines = {n_lines} lines")
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="rasd-store-bench-") as tmp:
        root = args.keep or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        src = root / "saudinewsnet.jsonl"
        src.write_bytes(data)
        db = root / "bench.db"
        for stale in root.glob("bench.db*"):
            stale.unlink()
        rasd = [sys.executable, "-m", "rasd.cli"]
        t_extract, p = _timed([*rasd, "extract", str(src), "-o", str(root / "extract.jsonl"), "--ner", args.ner])
        if p.returncode != 0:
            failures.append(f"extract: {p.stderr[-300:]}")
        print(f"rasd extract: {t_extract:.1f} s ({n_lines / t_extract:.1f} articles/s); load {_loadavg()}")
        cmd = [*rasd, "ingest", str(src), "--db", str(db), "--jobs", "1", "--quiet", "--ner", args.ner]
        t_ingest, p = _timed(cmd)
        if p.returncode != 0:
            failures.append(f"ingest: {p.stderr[-300:]}")
        counts = re.search(r"(\d+) new, (\d+) unchanged, (\d+) revised", p.stdout)
        new, unchanged, revised = (int(x) for x in counts.groups()) if counts else (0, 0, 0)
        if new + unchanged + revised != n_lines:
            failures.append(f"ingest accounted for {new + unchanged + revised} of {n_lines} lines")
        print(f"rasd ingest --jobs 1: {t_ingest:.1f} s ({n_lines / t_ingest:.1f} articles/s), ratio to extract "
              f"{t_ingest / t_extract:.2f}; load {_loadavg()}\n  {p.stdout.strip()}")  # fmt: skip
        t_again, p = _timed(cmd)
        print(f"rasd ingest again (all unchanged): {t_again:.1f} s\n  {p.stdout.strip()}")
        t_merge, p = _timed([*rasd, "merge", "--db", str(db), "--rebuild"])
        print(f"rasd merge --rebuild: {t_merge:.1f} s\n  {p.stdout.strip()}")
        for fmt, extra in (("acled-csv", ["-o", str(root / "x.csv")]), ("parquet", ["-o", str(root / "parquet")])):
            t, p = _timed([*rasd, "export", "--format", fmt, "--db", str(db), *extra])
            if p.returncode != 0:
                failures.append(f"export {fmt}: {p.stderr[-300:]}")
            print(f"rasd export --format {fmt}: {t:.1f} s")
        store = open_store(db)
        try:
            n_articles = store.execute("SELECT count(*) FROM articles").fetchone()[0]
            size = sum(f.stat().st_size for f in root.glob("bench.db*")) / 1e6
            print(
                f"store: {n_articles} articles, {size:.0f} MB (with WAL); {unchanged} lines repeat a text read "
                "earlier in the same input (one article, as designed)"
            )
            if n_articles != new + revised:
                failures.append(f"store holds {n_articles} articles, ingest reported {new + revised} stored")
            times: list[float] = []
            hits_per_query = []
            for q, flt in SEARCH_QUERIES:
                search(store, q, filters=Filters(**flt), limit=20)  # warm: the first call compiles regexes
                for _ in range(5):
                    t0 = time.perf_counter()
                    hits = search(store, q, filters=Filters(**flt), limit=20)
                    times.append(time.perf_counter() - t0)
                hits_per_query.append(len(hits))
        finally:
            store.close()
        times.sort()
        med, p95 = times[len(times) // 2] * 1000, times[int(len(times) * 0.95)] * 1000
        print(
            f"search: {len(SEARCH_QUERIES)} queries x 5 over {n_articles} articles, limit 20 with snippets: median "
            f"{med:.1f} ms, p95 {p95:.1f} ms, max {times[-1] * 1000:.1f} ms (target: median < 50 ms); "
            f"{sum(1 for h in hits_per_query if h)} queries with hits"
        )
        if med >= 50:
            failures.append(f"search median {med:.1f} ms >= 50 ms")
    print(f"load average at end: {_loadavg()}")
    for f in failures:
        print(f"FAIL {f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
