"""``rasd ingest``: read articles, run the pipeline (over a process pool), and store the documents in batches.

Steps of :func:`ingest_paths`:

1. Expand the inputs: glob patterns (``*``, ``?``, ``[``) are expanded here, so a quoted pattern works too; folders
   become their article files; the batch planner (:mod:`rasd.batch.partitions`) cuts files and JSONL lines into
   batches of ``batch_size`` documents, in input order.
2. Build the pipeline once (a bad stage list fails before anything is read).
3. Read and extract each batch, in this process (``jobs=1`` or a single batch) or over a pool of ``jobs`` worker
   processes. A document whose key is already stored is not extracted again, so a rerun after a kill only does
   the work that is left.
4. Write each batch in one transaction (:func:`rasd.store.write.write_batch`), in input order, and report
   progress after each.
"""

from __future__ import annotations

import functools
import glob
import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.batch.partitions import Partition, plan_partitions, read_partition
from rasd.errors import InputError
from rasd.pipeline import Pipeline
from rasd.settings import Settings

#: Documents per batch (and transaction) by default: about a second of extraction for news articles, so a kill
#: loses little work and a transaction stays small.
from rasd.store.options import DEFAULT_BATCH_SIZE
from rasd.store.schema import db_path, open_store
from rasd.store.write import BatchCounts, Item, document_key, write_batch


@dataclass(slots=True)
class IngestReport(BatchCounts):
    """What an ingest run did (the counts of :class:`BatchCounts`, and more).

    Attributes:
        total: documents read from the inputs.
        seconds: wall time of the run.
        skipped_files: folder entries that are not articles.
        db: the store's path.
    """

    total: int = 0
    seconds: float = 0.0
    skipped_files: list[str] = field(default_factory=list)
    db: str = ""

    @property
    def docs_per_second(self) -> float:
        """Documents read per second of wall time."""
        return self.total / self.seconds if self.seconds else 0.0


@dataclass(frozen=True, slots=True)
class Progress:
    """Where a running ingest is: documents done of the total, the counts so far and the time spent."""

    done: int
    total: int
    counts: BatchCounts
    elapsed: float


def expand_globs(inputs: Sequence[str | Path]) -> list[Path]:
    """The inputs with glob patterns expanded (sorted); a pattern that matches nothing is an error.

    Raises:
        InputError: a pattern matches no file.
    """
    out: list[Path] = []
    for item in inputs:
        text = str(item)
        if any(c in text for c in "*?[") and not Path(text).exists():
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                raise InputError(f"no file matches {text!r}; check the pattern (quote it to let rasd expand it)")
            out.extend(Path(m) for m in matches)
        else:
            out.append(Path(text))
    return out


@functools.cache
def _pipeline(settings: Settings) -> Pipeline:
    return Pipeline(settings=settings)


_READERS: dict[str, sqlite3.Connection] = {}


def _is_stored(db: str, key: str) -> bool:
    """Whether ``key`` is stored already (a read-only connection per process; WAL lets it read while the parent
    writes)."""
    conn = _READERS.get(db)
    if conn is None:
        if not Path(db).exists():
            return False
        conn = _READERS[db] = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    return conn.execute("SELECT 1 FROM articles WHERE key = ?", [key]).fetchone() is not None


def extract_batch(part: Partition, settings: Settings, db: str) -> list[Item]:
    """Read one batch and extract its documents (those not stored yet); runs in a worker process or here."""
    pipeline = _pipeline(settings)
    items: list[Item] = []
    for path, line, doc in read_partition(part, published=settings.published):
        where = str(Path(path).resolve())  # the same input read from another folder is the same origin
        origin = f"{where}:{line}" if line is not None else where
        if doc.text:
            if _is_stored(db, doc.id):
                items.append(Item(doc.id, origin, None))
                continue
            pipeline.run(doc)
        elif not doc.errors:
            doc.add_error("ingest", "the article has no text")
        d = doc.to_dict()
        items.append(Item(document_key(d, origin), origin, d))
    return items


def _batches(parts: Sequence[Partition], settings: Settings, db: str, jobs: int) -> Iterator[list[Item]]:
    if jobs <= 1 or len(parts) <= 1:
        for part in parts:
            yield extract_batch(part, settings, db)
        return
    _pipeline(settings)  # built before the fork: workers start with it loaded (copy-on-write)
    with ProcessPoolExecutor(max_workers=min(jobs, len(parts))) as pool:
        # map keeps input order, so revisions of one URL are stored in the order they were read
        yield from pool.map(extract_batch, parts, [settings] * len(parts), [db] * len(parts))


def default_jobs() -> int:
    """Worker processes by default: one per core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def ingest_paths(
    inputs: Sequence[str | Path],
    *,
    db: str | Path | None = None,
    settings: Settings | None = None,
    fmt: str | None = None,
    jobs: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[Progress], Any] | None = None,
) -> IngestReport:
    """Extract the articles of ``inputs`` and store them (see the module docstring).

    Args:
        inputs: files, folders and glob patterns (``.md``, ``.html``, ``.txt``, ``.jsonl``).
        db: the store (default: ``$RASD_DB``, else ``./rasd.db``).
        settings: pipeline settings (publication date, stages, NER mode).
        fmt: read every file in this format instead of by its suffix.
        jobs: worker processes (default: one per core; 1: all in this process).
        batch_size: documents per batch, each stored in one transaction.
        progress: called after each batch is stored.

    Raises:
        InputError: an input does not exist, or names a file rasd cannot read.
        ConfigError: a bad setting (batch size, jobs, stages, store path).
    """
    from rasd.errors import ConfigError

    if batch_size < 1:
        raise ConfigError(f"--batch-size must be at least 1, not {batch_size}")
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ConfigError(f"--jobs must be at least 1, not {jobs}")
    settings = settings or Settings()
    start = time.perf_counter()
    plan = plan_partitions(expand_globs(inputs), size=batch_size, fmt=fmt)
    _pipeline(settings)  # a bad stage list fails here, before the store is touched
    path = db_path(db)
    store = open_store(path)
    report = IngestReport(skipped_files=list(plan.skipped), db=str(path))
    try:
        for items in _batches(plan.partitions, settings, str(path.resolve()), jobs):
            report.add(write_batch(store, items, merge=True))
            report.total += len(items)
            if progress is not None:
                progress(Progress(report.total, plan.n_docs, report, time.perf_counter() - start))
    finally:
        store.close()
    report.seconds = time.perf_counter() - start
    return report


def load_batch_folder(
    folder: str | Path,
    *,
    db: str | Path | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[Progress], Any] | None = None,
) -> IngestReport:
    """Store the documents of a finished ``rasd batch`` folder (Parquet tables; needs the ``batch`` extra).

    Raises:
        ConfigError: the batch extra is missing, or ``folder`` is not a finished batch folder.
    """
    from rasd.batch.runner import read_documents

    start = time.perf_counter()
    path = db_path(db)
    store = open_store(path)
    report = IngestReport(db=str(path))
    root = Path(folder)
    try:
        batch: list[Item] = []
        for n, doc in enumerate(read_documents(root), 1):
            origin = f"{root}#{n}"
            batch.append(Item(document_key(doc, origin), origin, doc))
            if len(batch) >= batch_size:
                report.add(write_batch(store, batch, merge=True))
                report.total += len(batch)
                batch = []
                if progress is not None:
                    progress(Progress(report.total, 0, report, time.perf_counter() - start))
        if batch:
            report.add(write_batch(store, batch, merge=True))
            report.total += len(batch)
    finally:
        store.close()
    report.seconds = time.perf_counter() - start
    return report
