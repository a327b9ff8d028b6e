"""Cut a batch's inputs into partitions, and read one partition's documents (on a worker).

Steps of :func:`plan_partitions` (on the driver, which never holds the corpus):

1. Expand the inputs in the order given: a folder becomes its article files (``.md``, ``.html``, ``.txt``,
   ``.jsonl``, …, found recursively, sorted by path; other files are counted as skipped); a file is itself.
2. Consecutive article files are grouped, ``size`` files to a partition (each file is one document).
3. A JSONL file is scanned once for line boundaries (``readline`` in 1 MiB chunks, so a huge line is never held)
   and cut every ``size`` lines; a partition records its byte offset and first line number, so a worker seeks
   straight to it and numbers its lines (and their error messages) as ``rasd extract`` does.
4. Each partition gets a stable key from its position, its input (path, size, modification time, range) and the
   settings, so a rerun of the same command finds the same keys and skips the finished ones.

:func:`read_partition` (on a worker) yields the partition's documents in input order; it never raises on bad data.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from rasd.document import Document
from rasd.errors import ConfigError, InputError
from rasd.ingest import FORMATS, detect_format, error_document, read_path

#: Documents per partition by default: 250 SaudiNewsNet articles are about 6 s of work for one worker, small
#: enough to balance 2 workers over 3,000 articles (12 partitions) and to keep a worker's memory flat.
DEFAULT_PARTITION_SIZE = 250
_CHUNK = 1 << 20  # bytes read at a time when scanning a JSONL file for line boundaries


@dataclass(frozen=True, slots=True)
class Partition:
    """One unit of work: either consecutive lines of a JSONL file or a group of article files.

    Attributes:
        key: stable name (``p00003-1a2b3c4d5e``), used for the output files and the done-marker.
        index: position in the batch (0-based).
        first_ord: batch-wide position of the partition's first document (documents are numbered in input order).
        n_docs: number of documents the partition yields (one per article file, one per JSONL line).
        fmt: the input format (``jsonl`` for a line range), or ``None`` to tell each file's format by its suffix.
        paths: the JSONL file (one path) or the article files.
        offset: byte offset of the first line (JSONL only).
        first_line: 1-based number of the first line (JSONL only).
    """

    key: str
    index: int
    first_ord: int
    n_docs: int
    fmt: str | None
    paths: tuple[str, ...]
    offset: int = 0
    first_line: int = 1

    @property
    def is_jsonl(self) -> bool:
        """Whether the partition is a line range of one JSONL file."""
        return self.fmt == "jsonl"


@dataclass(frozen=True, slots=True)
class Plan:
    """The partitions of a batch, and the folder entries that were not articles."""

    partitions: tuple[Partition, ...]
    skipped: tuple[str, ...]

    @property
    def n_docs(self) -> int:
        """Documents in the whole batch."""
        return sum(p.n_docs for p in self.partitions)


def expand_inputs(inputs: Sequence[str | Path], *, fmt: str | None = None) -> tuple[list[Path], list[str]]:
    """Files to read, in order, and the folder entries skipped (not an article suffix).

    Raises:
        InputError: an input does not exist, or a file given by name has a suffix rasd does not read.
    """
    if fmt is not None and fmt not in FORMATS:
        raise ConfigError(f"unknown input format {fmt!r}; use one of {', '.join(FORMATS)}")
    files: list[Path] = []
    skipped: list[str] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue  # hidden files and folders (.git, .DS_Store) are not articles
                try:
                    detect_format(child)
                except InputError:
                    skipped.append(str(child))
                    continue
                files.append(child)
        elif path.is_file():
            if fmt is None:
                detect_format(path)  # a file named on the command line must be readable: fail now, not on a worker
            files.append(path)
        else:
            raise InputError(f"no such file or folder: {str(path)!r}")
    if not files:
        raise InputError("no article files in the inputs (.md, .html, .txt, .jsonl)")
    return files, skipped


def plan_partitions(
    inputs: Sequence[str | Path], *, size: int = DEFAULT_PARTITION_SIZE, fmt: str | None = None, salt: str = ""
) -> Plan:
    """Cut the inputs into partitions of at most ``size`` documents (see the module docstring).

    Args:
        inputs: files and folders, in the order their documents are numbered.
        size: documents per partition.
        fmt: read every file in this format instead of telling it by its suffix.
        salt: mixed into every key (the settings), so a batch run with other settings gets other keys.
    """
    if size < 1:
        raise ConfigError(f"--partition-size must be at least 1, not {size}")
    files, skipped = expand_inputs(inputs, fmt=fmt)
    specs: list[tuple[str | None, tuple[Path, ...], int, int, int]] = []  # fmt, paths, offset, first_line, n
    group: list[Path] = []

    def flush() -> None:
        if group:
            specs.append((fmt, tuple(group), 0, 1, len(group)))
            group.clear()

    for path in files:
        if (fmt or detect_format(path)) != "jsonl":
            group.append(path)
            if len(group) == size:
                flush()
            continue
        flush()
        for offset, first_line, n in _line_ranges(path, size):
            specs.append(("jsonl", (path,), offset, first_line, n))
    flush()
    partitions = []
    first_ord = 0
    for index, (pfmt, paths, offset, first_line, n) in enumerate(specs):
        stats = [(str(p.resolve()), p.stat().st_size, p.stat().st_mtime_ns) for p in paths]
        ident = json.dumps([salt, pfmt, stats, offset, first_line, n], ensure_ascii=False)
        key = f"p{index:05d}-{hashlib.sha1(ident.encode('utf-8')).hexdigest()[:10]}"
        strs = tuple(str(p) for p in paths)
        partitions.append(Partition(key, index, first_ord, n, pfmt, strs, offset, first_line))
        first_ord += n
    return Plan(tuple(partitions), tuple(skipped))


def _line_ranges(path: Path, size: int) -> Iterator[tuple[int, int, int]]:
    """``(offset, first_line, n_lines)`` for every ``size`` lines of a JSONL file (lines counted as ``readline``)."""
    with path.open("rb") as fh:
        start, first, n, pos = 0, 1, 0, 0
        while True:
            chunk = fh.readline(_CHUNK)
            if not chunk:
                break
            pos += len(chunk)
            if not chunk.endswith(b"\n"):
                rest = chunk
                while rest and not rest.endswith(b"\n"):  # the rest of a long line
                    rest = fh.readline(_CHUNK)
                    pos += len(rest)
            n += 1
            if n == size:
                yield start, first, n
                start, first, n = pos, first + n, 0
        if n:
            yield start, first, n


def read_partition(part: Partition, *, published: str | None = None) -> Iterator[tuple[str, int | None, Document]]:
    """Yield ``(path, line, document)`` for the partition's inputs in order (``line`` is ``None`` for an article
    file): one per article file or JSONL line, broken inputs included (as documents whose ``errors`` say why)."""
    if part.is_jsonl:
        from rasd.ingest.jsonl import _lines, read_line  # the line splitter rasd extract uses, for equal numbering

        path = part.paths[0]
        with open(path, "rb") as fh:
            fh.seek(part.offset)
            lines = itertools.islice(_lines(fh), part.n_docs)
            for number, (line, overflow) in enumerate(lines, part.first_line):
                yield path, number, read_line(line, number=number, published=published, overflow=overflow)
        return
    for path in part.paths:
        try:
            (doc,) = read_path(path, fmt=part.fmt, published=published)
        except (InputError, OSError) as exc:  # the file went away or became unreadable since planning
            doc = error_document("ingest", f"{Path(path).name}: {exc}", input_id=Path(path).name)
        yield path, None, doc
