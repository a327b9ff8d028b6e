"""``rasd tag-ner``: NER on pre-tokenized text (CoNLL in, BIO tags out), for benchmarks and evaluation.

The input has no document boundaries, so every run of ``DOCUMENT_WINDOW`` (25) sentences is tagged as one
document (names seen in it are remembered across its sentences), as the model was trained.

Input: one token per line; anything after the first tab or space is ignored (so a gold CoNLL file can be fed as
it is); a blank line (or a line of whitespace only) separates sentences. Output: ``token<TAB>tag`` with BIO
tags over PER, LOC, ORG, MISC, one line per input line, blank lines kept, so ``paste`` or a line-by-line scorer
can compare it with the gold file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from rasd.errors import InputError
from rasd.ner.features import DOCUMENT_WINDOW
from rasd.settings import NER_MODES

#: Windows of :data:`DOCUMENT_WINDOW` sentences tagged together (one network batch in the accurate mode).
WINDOWS_PER_BATCH = 8


def add_tag_ner_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``tag-ner`` subcommand to an ``argparse`` subparsers object and return its parser."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "tag-ner",
        help="tag pre-tokenized text (one token per line, blank line between sentences) with BIO entity tags",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "input", nargs="?", type=Path, default=None, metavar="FILE", help="CoNLL-style input (default: stdin)"
    )
    parser.add_argument(
        "--ner",
        choices=NER_MODES,
        default="fast",
        help="fast: the CRF alone (default); accurate: the CRF mixed with the character-aware network",
    )
    return parser


def _token(line: str) -> str:
    """The token of one input line: the text before the first tab, else before the first space."""
    line = line.rstrip("\r\n")
    if "\t" in line:
        line = line.split("\t", 1)[0]
    stripped = line.strip()
    if not stripped:
        return ""
    return stripped.split()[0]


def _sentences(lines: Iterable[str]) -> Iterator[tuple[list[str], int]]:
    """Yield ``(tokens, blank_lines_after)`` groups; a group with no tokens carries leading blank lines."""
    tokens: list[str] = []
    for line in lines:
        tok = _token(line)
        if tok:
            tokens.append(tok)
            continue
        yield tokens, 1
        tokens = []
    if tokens:
        yield tokens, 0


def tag_conll(lines: Iterable[str], out: TextIO, *, accurate: bool = False) -> tuple[int, int]:
    """Tag CoNLL-style ``lines`` and write ``token<TAB>tag`` lines to ``out``.

    Args:
        lines: input lines (with or without newlines).
        out: where to write.
        accurate: use the CRF + network mix (``--ner accurate``).

    Returns:
        ``(sentences, tokens)`` tagged.
    """
    from rasd.ner.model import load_tagger

    tagger = load_tagger(accurate=accurate)
    n_sent = n_tok = 0
    window: list[tuple[list[str], int]] = []
    windows: list[list[tuple[list[str], int]]] = []

    def flush() -> None:
        if window:
            windows.append(window.copy())
            window.clear()
        tagged = tagger.tag_documents([[tokens for tokens, _ in w] for w in windows])
        for w, w_tags in zip(windows, tagged, strict=True):
            for (tokens, blanks), tags in zip(w, w_tags, strict=True):
                if tokens:
                    out.write("".join(f"{tok}\t{tag}\n" for tok, tag in zip(tokens, tags, strict=True)))
                if blanks:
                    out.write("\n")
        windows.clear()

    for tokens, blanks in _sentences(lines):
        window.append((tokens, blanks))
        if tokens:
            n_sent += 1
            n_tok += len(tokens)
            if n_sent % DOCUMENT_WINDOW == 0:
                windows.append(window.copy())
                window.clear()
                if len(windows) == WINDOWS_PER_BATCH:
                    flush()
    flush()
    return n_sent, n_tok


def run_tag_ner(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``rasd tag-ner`` with parsed ``args``, writing to ``out``; returns the exit status.

    Raises:
        InputError: the input file cannot be read.
    """
    path: Path | None = args.input
    accurate = getattr(args, "ner", "fast") == "accurate"
    if path is None or str(path) == "-":
        tag_conll(sys.stdin, out, accurate=accurate)
        return 0
    try:
        with path.open(encoding="utf-8-sig") as fh:
            tag_conll(fh, out, accurate=accurate)
    except OSError as exc:
        raise InputError(f"cannot read {str(path)!r}: {exc}") from exc
    return 0
