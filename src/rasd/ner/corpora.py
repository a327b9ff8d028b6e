"""Readers for the NER corpora in ``../shared/data/ner`` and the fixed train / dev / test split.

Every reader returns :class:`Sentence` objects whose tags are BIO over rasd's four types (``labels.TYPE_MAP``).
The corpora themselves are never copied into rasd; the training script and the benchmark read them from
``../shared``.

Split (the same everywhere; the held-out parts are never seen by training):

* NewsFANE Gold (newswire, 4,760 sentences, no document markers): the sentences are kept in corpus order and
  cut into ten contiguous slices. Slice 9 (the last tenth) is the **held-out test slice**, slice 8 the dev slice
  used for choosing features, slices 0-7 train. The shipped model is trained on slices 0-8. Articles run
  over consecutive sentences, so a contiguous cut leaks at most the one article that straddles each boundary.
* Wojood sample: its own ``train.txt`` trains; ``val.txt`` and ``test.txt`` are held out (val for choosing, test
  for the score).
* AQMAR (Wikipedia): out of domain for newswire; training on it lowered dev F1 (NewsFANE slice 8 and Wojood val,
  measured in ``scripts/train_ner.py``), so the shipped model leaves it out; ``aqmar=True`` adds all of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rasd.errors import InputError
from rasd.ner.labels import TYPE_MAP, bio_from_spans

#: Number of contiguous NewsFANE slices, and which one is dev / test.
NEWSFANE_SLICES = 10
NEWSFANE_DEV_SLICE = 8
NEWSFANE_TEST_SLICE = 9

NEWSFANE_FILE = "newsfane-gold/NewsFANE_Gold_2014_170K.txt"
AQMAR_FILE = "aqmar/AQMAR_Arabic_NER_corpus-1.0.txt"
WOJOOD_DIR = "wojood-sample"

_STRIP = "\u200e\u200f\ufeff\r"


@dataclass(slots=True)
class Sentence:
    """One tokenized sentence with BIO tags over PER/LOC/ORG/MISC."""

    tokens: list[str]
    tags: list[str]


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"cannot read NER corpus {str(path)!r}: {exc}; is ../shared/data/ner present?") from exc


def _map_tag(tag: str) -> str:
    """Map one IOB tag of a corpus to rasd's BIO vocabulary (``O`` for unmapped types and malformed tags)."""
    tag = tag.strip().rstrip("`")
    if len(tag) < 3 or tag[1] != "-" or tag[0] not in "BI":
        return "O"
    kind = TYPE_MAP.get(tag[2:].lstrip("-"))
    if kind is None:
        return "O"
    return f"{tag[0]}-{kind}"


def _repair_bio(tags: list[str]) -> list[str]:
    """Turn a dangling ``I-X`` (after ``O`` or another type) into ``B-X``."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def _two_column(text: str, sep: str | None) -> Iterator[Sentence]:
    tokens: list[str] = []
    tags: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip(_STRIP)
        parts = line.split(sep) if sep else line.split()
        parts = [p.strip(_STRIP + " ") for p in parts]
        if len(parts) < 2 or not parts[0]:
            if tokens:
                yield Sentence(tokens, _repair_bio(tags))
                tokens, tags = [], []
            continue
        tokens.append(parts[0])
        tags.append(_map_tag(parts[-1]))
    if tokens:
        yield Sentence(tokens, _repair_bio(tags))


def read_newsfane(root: Path) -> list[Sentence]:
    """All NewsFANE Gold sentences in corpus order (fine types mapped, LRM marks stripped)."""
    return list(_two_column(_read_text(root / NEWSFANE_FILE), "\t"))


def read_aqmar(root: Path) -> list[Sentence]:
    """All AQMAR sentences (``TOKEN TAG``; the handful of malformed tags become ``O`` or are repaired)."""
    return list(_two_column(_read_text(root / AQMAR_FILE), None))


def _flatten_nested(rows: list[list[str]]) -> list[str]:
    """Flat BIO tags from Wojood's nested columns: the outermost span whose type maps to a rasd type wins."""
    n = len(rows)
    depth = max((len(r) for r in rows), default=0)
    spans: list[tuple[int, int, str]] = []
    for level in range(depth):
        start = -1
        kind = ""
        for i in range(n + 1):
            tag = rows[i][level] if i < n and level < len(rows[i]) else "O"
            if tag.startswith("I-") and start >= 0 and tag[2:] == kind:
                continue
            if start >= 0:
                mapped = TYPE_MAP.get(kind)
                if mapped is not None:
                    spans.append((start, i, mapped))
                start = -1
            if tag.startswith(("B-", "I-")):
                start, kind = i, tag[2:]
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    chosen: list[tuple[int, int, str]] = []
    taken = [False] * n
    for start, end, kind in sorted(spans, key=lambda s: -(s[1] - s[0])):
        if not any(taken[start:end]):
            chosen.append((start, end, kind))
            for i in range(start, end):
                taken[i] = True
    return bio_from_spans(n, sorted(chosen))


def read_wojood(root: Path, part: str) -> list[Sentence]:
    """One part (``train``, ``val`` or ``test``) of the Wojood sample, nested layers flattened."""
    if part not in ("train", "val", "test"):
        raise InputError(f"unknown Wojood part {part!r}; use train, val or test")
    sentences: list[Sentence] = []
    tokens: list[str] = []
    rows: list[list[str]] = []
    for raw in _read_text(root / WOJOOD_DIR / f"{part}.txt").split("\n"):
        parts = raw.strip(_STRIP).split()
        if len(parts) < 2:
            if tokens:
                sentences.append(Sentence(tokens, _flatten_nested(rows)))
                tokens, rows = [], []
            continue
        tokens.append(parts[0])
        rows.append(parts[1:])
    if tokens:
        sentences.append(Sentence(tokens, _flatten_nested(rows)))
    return sentences


def newsfane_slice(sentences: list[Sentence], index: int) -> list[Sentence]:
    """The ``index``-th of :data:`NEWSFANE_SLICES` contiguous slices of the NewsFANE sentences."""
    n = len(sentences)
    lo = n * index // NEWSFANE_SLICES
    hi = n * (index + 1) // NEWSFANE_SLICES
    return sentences[lo:hi]


def newsfane_slices(sentences: list[Sentence], indices: range | list[int]) -> list[Sentence]:
    """The concatenation of several NewsFANE slices, in corpus order."""
    out: list[Sentence] = []
    for index in indices:
        out.extend(newsfane_slice(sentences, index))
    return out


@dataclass(slots=True)
class Split:
    """The data of one experiment: training sentences and named evaluation sets."""

    train: list[Sentence]
    evaluation: dict[str, list[Sentence]]


def load_split(root: Path, *, final: bool, aqmar: bool = False) -> Split:
    """The fixed split of ``../shared/data/ner`` (``root``).

    Args:
        root: the ``data/ner`` folder.
        final: ``True`` for the shipped model (train on NewsFANE slices 0-8, score on the test slice and Wojood
            val/test); ``False`` for feature choice (train on slices 0-7, score on the dev slice and Wojood val).
        aqmar: add AQMAR to the training data.

    Returns:
        The training sentences and the evaluation sets by name.
    """
    newsfane = read_newsfane(root)
    last_train = NEWSFANE_DEV_SLICE + 1 if final else NEWSFANE_DEV_SLICE
    train = newsfane_slices(newsfane, range(last_train)) + read_wojood(root, "train")
    if aqmar:
        train += read_aqmar(root)
    if final:
        evaluation = {
            "newsfane-test": newsfane_slice(newsfane, NEWSFANE_TEST_SLICE),
            "wojood-test": read_wojood(root, "test"),
            "wojood-val": read_wojood(root, "val"),
        }
    else:
        evaluation = {
            "newsfane-dev": newsfane_slice(newsfane, NEWSFANE_DEV_SLICE),
            "wojood-val": read_wojood(root, "val"),
        }
    return Split(train=train, evaluation=evaluation)


# Clitics that NewsFANE writes as tokens of their own (ATB-style segmentation).
_PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "س"})
_ENCLITICS = frozenset({"ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ي", "ني"})


def _is_arabic_word(token: str) -> bool:
    return bool(token) and all("\u0621" <= ch <= "\u064a" for ch in token)


def join_clitics(sentence: Sentence) -> Sentence | None:
    """Re-attach clitics written as separate tokens (``و قال`` → ``وقال``, ``ان ه`` → ``انه``).

    The joined token keeps the tag of its host word. ``ل`` before the article becomes ``لل``
    (``ل الامم`` → ``للامم``), as Arabic spelling has it.

    Args:
        sentence: a clitic-segmented sentence.

    Returns:
        The sentence as running text tokenizes it, or ``None`` when it has no separated clitic.
    """
    tokens: list[str] = []
    tags: list[str] = []
    pending = ""
    pending_tag = "O"
    changed = False
    for token, tag in zip(sentence.tokens, sentence.tags, strict=True):
        if token in _PROCLITICS and not tag.startswith("I-"):
            pending += token
            if pending_tag == "O":
                pending_tag = tag
            continue
        if pending:
            if _is_arabic_word(token) and len(token) > 1:
                changed = True
                word = pending + (token[1:] if pending.endswith("ل") and token.startswith("ال") else token)
                if pending_tag.startswith("B-") and tag[2:] == pending_tag[2:]:
                    tag = pending_tag
                tokens.append(word)
                tags.append(tag)
                pending, pending_tag = "", "O"
                continue
            tokens.append(pending)
            tags.append(pending_tag)
            pending, pending_tag = "", "O"
        if token in _ENCLITICS and tokens and _is_arabic_word(tokens[-1]):
            tokens[-1] += token
            changed = True
            continue
        tokens.append(token)
        tags.append(tag)
    if pending:
        tokens.append(pending)
        tags.append(pending_tag)
    if not changed:
        return None
    return Sentence(tokens, _repair_bio(tags))
