"""The type table, BIO helpers, span scoring, and the corpus readers (on small files written here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.ner.corpora import Sentence, join_clitics, read_aqmar, read_newsfane, read_wojood
from rasd.ner.labels import bio_from_spans, coarse_type, spans_from_bio
from rasd.ner.scoring import score_spans


@pytest.mark.parametrize(
    ("corpus_type", "expected"),
    [
        ("Politician", "PER"),
        ("Athlete", "PER"),
        ("PERS", "PER"),
        ("Nation", "LOC"),
        ("Population-Center", "LOC"),
        ("GPE", "LOC"),
        ("FAC", "LOC"),
        ("Building-Grounds", "LOC"),
        ("Government", "ORG"),
        ("Non-Governmental", "ORG"),
        ("Media", "ORG"),
        ("Sports", "ORG"),
        ("NORP", "MISC"),
        ("MIS2", "MISC"),
        ("Group", None),  # العرب، المسلمين: peoples, not organisations
        ("OCC", None),
        ("DATE", None),
        ("CARDINAL", None),
    ],
)
def test_type_map(corpus_type: str, expected: str | None) -> None:
    assert coarse_type(corpus_type) == expected


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
        (["I-ORG", "I-ORG", "O"], [(0, 2, "ORG")]),  # IOB1: I- may start a span
        (["B-PER", "B-PER"], [(0, 1, "PER"), (1, 2, "PER")]),
        (["B-PER", "I-LOC"], [(0, 1, "PER"), (1, 2, "LOC")]),
        (["O", "O"], []),
    ],
)
def test_spans_from_bio(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert spans_from_bio(tags) == spans


def test_bio_round_trip() -> None:
    spans = [(0, 2, "ORG"), (3, 4, "PER")]
    assert spans_from_bio(bio_from_spans(5, spans)) == spans


def test_exact_span_scores() -> None:
    gold = [["B-PER", "I-PER", "O", "B-ORG", "I-ORG"], ["B-LOC"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG", "O"], ["B-LOC"]]
    scores = score_spans(gold, pred)
    assert (scores.by_type["PER"].tp, scores.by_type["ORG"].tp, scores.by_type["LOC"].tp) == (1, 0, 1)
    micro = scores.micro
    assert (micro.tp, micro.pred, micro.gold) == (2, 3, 3)
    assert scores.as_dict()["micro"]["f1"] == pytest.approx(66.67)


def test_newsfane_reader(tmp_path: Path) -> None:
    folder = tmp_path / "newsfane-gold"
    folder.mkdir()
    rows = "\ufeff\u200eقال\tO\r\n\u200eالرئيس\tO\r\n\u200eالعرب\tB-Group\r\n\u200eدمشق\tB-Population-Center\r\n\t\r\n"
    rows += "\u200eمجلس\tB-Non-Governmental\r\n\u200eالامن\tI-Non-Governmental\r\n"
    (folder / "NewsFANE_Gold_2014_170K.txt").write_text(rows, encoding="utf-8")
    sents = read_newsfane(tmp_path)
    assert [s.tokens for s in sents] == [["قال", "الرئيس", "العرب", "دمشق"], ["مجلس", "الامن"]]
    assert [s.tags for s in sents] == [["O", "O", "O", "B-LOC"], ["B-ORG", "I-ORG"]]


def test_aqmar_reader_repairs_tags(tmp_path: Path) -> None:
    folder = tmp_path / "aqmar"
    folder.mkdir()
    (folder / "AQMAR_Arabic_NER_corpus-1.0.txt").write_text(
        "مسجد B-LOC\nبني OO\nفي O\nدمشق I--ORG\nعام B-MIS1`\n", encoding="utf-8"
    )
    (sent,) = read_aqmar(tmp_path)
    assert sent.tags == ["B-LOC", "O", "O", "B-ORG", "B-MISC"]


def test_wojood_nested_outermost_scored_type_wins(tmp_path: Path) -> None:
    folder = tmp_path / "wojood-sample"
    folder.mkdir()
    lines = [
        "سكرتير B-OCC",
        "اللجنة I-OCC B-ORG",
        "الوطنية I-OCC I-ORG",
        "في I-OCC",
        "نابلس I-OCC B-GPE",
        "و O",
        "مجلس B-ORG",
        "الأمن I-ORG",
        "ضد I-ORG",
        "الأسد I-ORG B-PERS",
    ]
    (folder / "test.txt").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    (sent,) = read_wojood(tmp_path, "test")
    assert spans_from_bio(sent.tags) == [(1, 3, "ORG"), (4, 5, "LOC"), (6, 10, "ORG")]


@pytest.mark.parametrize(
    ("tokens", "tags", "joined", "joined_tags"),
    [
        (["و", "قال", "ان", "ه"], ["O", "O", "O", "O"], ["وقال", "انه"], ["O", "O"]),
        (["ل", "الامم", "المتحدة"], ["O", "B-ORG", "I-ORG"], ["للامم", "المتحدة"], ["B-ORG", "I-ORG"]),
        (["و", "ب", "دمشق"], ["O", "O", "B-LOC"], ["وبدمشق"], ["B-LOC"]),
        (["د", "ب", "ا"], ["B-ORG", "I-ORG", "I-ORG"], None, None),  # an abbreviation, not clitics
    ],
)
def test_join_clitics(
    tokens: list[str], tags: list[str], joined: list[str] | None, joined_tags: list[str] | None
) -> None:
    out = join_clitics(Sentence(tokens, tags))
    if joined is None:
        assert out is None
    else:
        assert out is not None
        assert (out.tokens, out.tags) == (joined, joined_tags)
