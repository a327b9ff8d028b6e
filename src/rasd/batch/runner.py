"""Run the pipeline over a corpus on a Dask distributed cluster and write the Parquet tables.

Steps of :func:`run_batch`:

1. Build the pipeline once on the driver, so that a bad stage list fails before anything starts.
2. Plan the partitions (:mod:`rasd.batch.partitions`); the driver only scans for line boundaries.
3. Check the output folder: its manifest ``_batch.json`` lists the batch's partitions, and a folder that holds
   another batch (other inputs or settings) is refused; partitions with a done-marker ``_done/KEY.json`` are
   skipped, so rerunning the same command resumes an interrupted batch.
4. Connect to the scheduler given, or start a ``LocalCluster`` of single-threaded worker processes on 127.0.0.1.
5. Submit one task per pending partition (:func:`process_partition`): the worker reads the partition, runs the
   pipeline (built once per worker process), writes one Parquet file per table (each under a temporary name,
   then renamed) and, last, the done-marker. An article that fails becomes a row with its error.
6. Report progress as partitions finish. A partition whose task fails twice (a crashed worker) is reported and
   left without a marker: the batch goes on, and a rerun retries just those partitions.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import functools
import gc
import json
import logging
import os
import resource
import socket
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rasd.batch.partitions import DEFAULT_PARTITION_SIZE, Partition, plan_partitions, read_partition
from rasd.document import Document
from rasd.errors import ConfigError
from rasd.pipeline import Pipeline, relax_gc
from rasd.settings import Settings

FORMAT = "rasd-batch/1"
MANIFEST = "_batch.json"
DONE = "_done"
#: Times a partition's task is retried when its worker dies (a crash, or the memory limit).
RETRIES = 1
#: Documents per Parquet row group: the rows a worker buffers before writing them out.
ROW_GROUP_DOCS = 50
#: Dask settings of the local cluster's workers. Dask's statistical profiler samples the running task's stack
#: every 10 ms and keeps an hour of one-second trees per worker; on a pipeline task (hundreds of functions) that
#: history cost ~80 MB per worker over 6,000 articles, and its sampling CPU time (docs/batch.md). Workers
#: started apart (``--scheduler``) read the same setting from their environment:
#: ``DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False``.
WORKER_CONFIG: dict[str, Any] = {"distributed.worker.profile.enabled": False}


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """What a worker reports for one finished partition."""

    key: str
    documents: int
    with_errors: int
    seconds: float
    cpu_seconds: float  # CPU time of the worker process on this task: independent of what else the machine runs
    max_rss_mb: float
    worker: str


@dataclass(frozen=True, slots=True)
class Progress:
    """The state of a running batch, passed to the progress callback after each partition."""

    partitions_done: int
    partitions_total: int
    documents_done: int
    documents_total: int
    with_errors: int
    failed: int
    elapsed: float


@dataclass(slots=True)
class BatchReport:
    """The outcome of :func:`run_batch`."""

    out: Path
    partitions: int
    documents: int
    skipped_partitions: int = 0  # already done in an earlier run
    processed_documents: int = 0  # by this run
    with_errors: int = 0  # documents of this run with a recorded error
    seconds: float = 0.0
    max_rss_mb: float = 0.0  # the largest peak resident memory of a worker process
    worker_cpu_seconds: dict[str, float] = field(default_factory=dict)  # CPU time of this run's tasks, per worker
    skipped_files: tuple[str, ...] = ()  # folder entries that are not articles
    failed: list[tuple[str, str]] = field(default_factory=list)  # (partition key, reason)

    @property
    def docs_per_second(self) -> float:
        """Documents processed by this run per second of wall time."""
        return self.processed_documents / self.seconds if self.seconds else 0.0


def require_extra() -> None:
    """Raise :class:`ConfigError` with the install command when the ``batch`` extra is missing."""
    try:
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise ConfigError(
            f"rasd batch needs the batch extra ({exc.name} is missing): pip install 'rasd[batch]' "
            "(dask[distributed] and pyarrow)"
        ) from exc


# ------------------------------------------------------------------------------------------------ on a worker
@functools.cache
def _pipeline(settings: Settings) -> Pipeline:
    relax_gc()  # the worker runs the pipeline over many documents (rasd.pipeline.relax_gc)
    return Pipeline(settings=settings)


def release_memory() -> None:
    """Between partitions: collect the cycles a partition left, then hand glibc's free heap pages back to the
    system (``malloc_trim``; a no-op where the C library has none), so a long-running worker's resident memory
    stays near what its bounded caches hold."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Any:
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim  # glibc (Linux); musl, macOS and Windows have none
    except (OSError, AttributeError):
        return None


def _write_atomic(path: Path, write: Callable[[Path], object]) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    write(tmp)
    os.replace(tmp, path)


class _PartitionWriter:
    """One Parquet file per table for a partition, written in row groups of :data:`ROW_GROUP_DOCS` documents
    under temporary names and renamed only when all six are complete (a killed task leaves no table file)."""

    def __init__(self, root: Path, key: str) -> None:
        import pyarrow.parquet as pq

        from rasd.batch.tables import SCHEMAS, TABLES

        self.final = {name: root / name / f"{key}.parquet" for name in TABLES}
        self.tmp = {name: p.with_name(f".{p.name}.{os.getpid()}.tmp") for name, p in self.final.items()}
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        self.docs = 0
        self.writers: dict[str, Any] = {}
        for name, path in self.tmp.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            # zstd: the documents table of 500 SaudiNewsNet articles is 63% of its snappy size, events 53%
            self.writers[name] = pq.ParquetWriter(path, SCHEMAS[name], compression="zstd")

    def add(self, rows: dict[str, list[dict[str, Any]]]) -> None:
        for name, table_rows in rows.items():
            self.rows[name].extend(table_rows)
        self.docs += 1
        if self.docs % ROW_GROUP_DOCS == 0:
            self.flush()

    def flush(self) -> None:
        from rasd.batch.tables import to_table

        for name, table_rows in self.rows.items():
            if table_rows:
                self.writers[name].write_table(to_table(name, table_rows))
                table_rows.clear()

    def close(self) -> None:
        self.flush()
        for writer in self.writers.values():
            writer.close()
        for name, tmp in self.tmp.items():
            os.replace(tmp, self.final[name])

    def abort(self) -> None:
        for name, writer in self.writers.items():
            with contextlib.suppress(Exception):
                writer.close()
            self.tmp[name].unlink(missing_ok=True)


def _annotated(
    pipeline: Pipeline, items: Iterator[tuple[str, int | None, Document]]
) -> Iterator[tuple[str, int | None, Document]]:
    """The partition's documents through the pipeline, in order, each with its path and line.

    Where the pipeline reads its stream in groups (the accurate NER mode: :attr:`Pipeline.groups`) the documents go
    through :meth:`Pipeline.run_all` (one group of documents at a time, the same output as one by one); otherwise one
    by one, and a stage error the pipeline did not record stays on its article."""
    if pipeline.groups:
        where: collections.deque[tuple[str, int | None]] = collections.deque()

        def documents() -> Iterator[Document]:
            for path, line, doc in items:
                where.append((path, line))
                yield doc

        for doc in pipeline.run_all(documents()):
            path, line = where.popleft()
            yield path, line, doc
        return
    for path, line, doc in items:
        try:
            doc = pipeline.run(doc)
        except Exception as exc:  # a stage error the pipeline did not record: keep the article with it
            doc.add_error("pipeline", f"{type(exc).__name__}: {exc}")
        yield path, line, doc


def process_partition(part: Partition, out: str, settings: Settings) -> PartitionResult:
    """Run the pipeline on one partition and write its six Parquet files and its done-marker (a worker's task)."""
    from rasd.batch.tables import document_rows

    start, cpu_start = time.perf_counter(), time.process_time()
    pipeline = _pipeline(settings)
    root = Path(out)
    writer = _PartitionWriter(root, part.key)
    n = n_err = 0
    try:
        for path, line, doc in _annotated(pipeline, read_partition(part, published=settings.published)):
            writer.add(document_rows(doc.to_dict(), ord=part.first_ord + n, path=path, line=line))
            n += 1
            n_err += bool(doc.errors)
        writer.close()
    except BaseException:
        writer.abort()
        raise
    release_memory()
    result = PartitionResult(
        key=part.key,
        documents=n,
        with_errors=n_err,
        seconds=round(time.perf_counter() - start, 3),
        cpu_seconds=round(time.process_time() - cpu_start, 3),
        max_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        worker=f"{socket.gethostname()}:{os.getpid()}",
    )
    (root / DONE).mkdir(exist_ok=True)
    marker = json.dumps(asdict(result), indent=1)
    _write_atomic(root / DONE / f"{part.key}.json", lambda p: p.write_text(marker, encoding="utf-8"))
    return result


# ------------------------------------------------------------------------------------------------ on the driver
def _check_manifest(out: Path, manifest: dict[str, Any]) -> None:
    path = out / MANIFEST
    if path.exists():
        old = json.loads(path.read_text(encoding="utf-8"))
        if old.get("format") != FORMAT or old.get("partitions") != manifest["partitions"]:
            raise ConfigError(
                f"{str(out)!r} holds the output of another batch (other inputs, settings or partition size); "
                "give a new --out folder, or delete this one"
            )
        return
    out.mkdir(parents=True, exist_ok=True)
    _write_atomic(path, lambda p: p.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8"))


@contextlib.contextmanager
def _client(scheduler: str | None, workers: int | None) -> Iterator[Any]:
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler!r} ({exc}); is it running?") from exc
        with client:
            yield client
        return
    import dask

    n = workers or os.cpu_count() or 1
    with (
        dask.config.set(WORKER_CONFIG),  # the nannies hand this configuration to the worker processes they start
        LocalCluster(
            n_workers=n,
            threads_per_worker=1,  # the pipeline is CPU-bound Python: one process per core
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            # the scheduler's HTTP endpoints on a free loopback port: two batches at once do not collide on 8787
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def run_batch(
    inputs: Sequence[str | Path],
    out: str | Path,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    fmt: str | None = None,
    settings: Settings | None = None,
    progress: Callable[[Progress], None] | None = None,
) -> BatchReport:
    """Run the pipeline over files, folders and JSONL files and write the Parquet tables to ``out``.

    Args:
        inputs: article files, folders of them, JSONL files; documents are numbered (``ord``) in this order.
        out: the output folder (created; every worker must be able to write to it at the same path).
        scheduler: address of a running Dask scheduler (``tcp://HOST:PORT``); default: a local cluster.
        workers: worker processes of the local cluster (default: one per CPU core).
        partition_size: documents per partition.
        fmt: read every file in this format instead of telling it by its suffix.
        settings: pipeline settings (publication date, stages, NER mode), as for ``rasd extract``.
        progress: called after each finished partition.

    Returns:
        A :class:`BatchReport`; ``failed`` lists partitions whose task failed (rerun to retry them).
    """
    if scheduler and workers:
        raise ConfigError("give either --scheduler (a running cluster) or --workers (a local one), not both")
    if workers is not None and workers < 1:
        raise ConfigError(f"--workers must be at least 1, not {workers}")
    require_extra()
    settings = settings or Settings()
    Pipeline(settings=settings)  # a bad stage list fails here, before any cluster starts
    salt = json.dumps([FORMAT, settings.published, settings.stages, settings.ner])
    plan = plan_partitions(inputs, size=partition_size, fmt=fmt, salt=salt)
    root = Path(out)
    manifest = {
        "format": FORMAT,
        "inputs": [str(p) for p in inputs],
        "settings": {"published": settings.published, "stages": settings.stages, "ner": settings.ner, "fmt": fmt},
        "documents": plan.n_docs,
        "partitions": [p.key for p in plan.partitions],
    }
    _check_manifest(root, manifest)
    pending = [p for p in plan.partitions if not (root / DONE / f"{p.key}.json").exists()]
    report = BatchReport(
        out=root,
        partitions=len(plan.partitions),
        documents=plan.n_docs,
        skipped_partitions=len(plan.partitions) - len(pending),
        skipped_files=plan.skipped,
    )
    if not pending:
        return report
    from distributed import as_completed

    start = time.perf_counter()
    done_docs = plan.n_docs - sum(p.n_docs for p in pending)
    with _client(scheduler, workers) as client:
        futures = client.map(process_partition, pending, out=str(root), settings=settings, retries=RETRIES, pure=False)
        by_key = {f.key: part for f, part in zip(futures, pending, strict=True)}
        for finished, future in enumerate(as_completed(futures), 1):
            part = by_key[future.key]
            try:
                result: PartitionResult = future.result()
            except Exception as exc:  # the task failed on every try (a worker crashed or ran out of memory)
                report.failed.append((part.key, f"{type(exc).__name__}: {exc}"))
            else:
                report.processed_documents += result.documents
                report.with_errors += result.with_errors
                report.max_rss_mb = max(report.max_rss_mb, result.max_rss_mb)
                cpu = report.worker_cpu_seconds
                cpu[result.worker] = round(cpu.get(result.worker, 0.0) + result.cpu_seconds, 3)
                done_docs += result.documents
            if progress is not None:
                progress(
                    Progress(
                        partitions_done=report.skipped_partitions + finished,
                        partitions_total=report.partitions,
                        documents_done=done_docs,
                        documents_total=plan.n_docs,
                        with_errors=report.with_errors,
                        failed=len(report.failed),
                        elapsed=time.perf_counter() - start,
                    )
                )
    report.seconds = time.perf_counter() - start
    return report


def read_documents(out: str | Path) -> Iterator[dict[str, Any]]:
    """Rebuild the ``rasd/1`` documents of a finished batch folder, in input order, one partition at a time.

    Raises:
        ConfigError: ``out`` is not a batch folder, or a partition is not finished.
    """
    require_extra()
    import pyarrow.parquet as pq

    from rasd.batch.tables import TABLES, rows_to_documents

    root = Path(out)
    if not (root / MANIFEST).is_file():
        raise ConfigError(f"{str(root)!r} is not a rasd batch folder (no {MANIFEST})")
    manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    for key in manifest["partitions"]:
        if not (root / DONE / f"{key}.json").exists():
            raise ConfigError(f"partition {key} of {str(root)!r} is not finished; rerun the same rasd batch command")
        tables = {name: pq.read_table(root / name / f"{key}.parquet").to_pylist() for name in TABLES}
        yield from rows_to_documents(tables)
