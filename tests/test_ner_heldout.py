"""Accuracy gate: the shipped NER model on the held-out data it never saw, through the ``rasd tag-ner`` path.

Held out (``rasd.ner.corpora``): NewsFANE Gold slice 9 of 10 (the corpus's last tenth: mostly long feature
articles on Iran, China, film and psychoanalysis, a harder genre than the rest) and the Wojood-sample test file.
Both NER modes are gated (``fast``: the CRF alone, the default; ``accurate``: the CRF mixed with the network).
Floors sit about one point under what the shipped models measured (``resources/ner/report.json``,
``benchmarks/bench_ner.py``); raise them when the model improves, never lower them silently.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from rasd.ner.cli import tag_conll
from rasd.ner.corpora import NEWSFANE_TEST_SLICE, Sentence, newsfane_slice, read_newsfane, read_wojood
from rasd.ner.scoring import score_spans

NER_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ner"

pytestmark = pytest.mark.skipif(
    not NER_DATA.is_dir(), reason=f"../shared not present ({NER_DATA} missing): NER accuracy gate skipped"
)

# micro F1 over PER/LOC/ORG, and per type, for each NER mode; measured values in the comments
FLOORS = {
    ("fast", "newsfane-test"): {"micro": 59.5, "PER": 51.5, "LOC": 69.0},  # measured 60.5 / 52.4 / 69.9
    ("fast", "wojood-test"): {"micro": 77.0, "ORG": 80.0, "LOC": 78.0},  # measured 78.0 / 80.8 / 79.0
    ("accurate", "newsfane-test"): {"micro": 62.9, "PER": 55.3, "LOC": 70.3},  # measured 63.9 / 56.3 / 71.3
    # the network retrained with AQMAR (chosen on dev): Wojood test LOC went 80.8 -> 78.8, so its floor moved down
    # from 79.8 to 77.8 (README); micro 79.8 -> 79.2 stays above its floor, ORG went up
    ("accurate", "wojood-test"): {"micro": 78.8, "ORG": 81.2, "LOC": 77.8},  # measured 79.2 / 82.2 / 78.8
}


def _tag(sentences: list[Sentence], mode: str) -> list[list[str]]:
    text = "".join("".join(f"{t}\n" for t in s.tokens) + "\n" for s in sentences)
    out = io.StringIO()
    tag_conll(io.StringIO(text), out, accurate=mode == "accurate")
    tags: list[list[str]] = [[]]
    for line in out.getvalue().split("\n"):
        if line:
            tags[-1].append(line.rsplit("\t", 1)[1])
        elif tags[-1]:
            tags.append([])
    return [t for t in tags if t]


@pytest.mark.parametrize(("mode", "name"), sorted(FLOORS))
def test_heldout_floor(mode: str, name: str) -> None:
    sentences = (
        newsfane_slice(read_newsfane(NER_DATA), NEWSFANE_TEST_SLICE)
        if name == "newsfane-test"
        else read_wojood(NER_DATA, "test")
    )
    predicted = _tag(sentences, mode)
    assert [len(p) for p in predicted] == [len(s.tokens) for s in sentences]
    scores = score_spans([s.tags for s in sentences], predicted).as_dict()
    for kind, floor in FLOORS[mode, name].items():
        assert scores[kind]["f1"] >= floor, f"{mode} {name} {kind}: F1 {scores[kind]['f1']} under the floor {floor}"
