"""``rasd tag-ner``: CoNLL in, ``token<TAB>tag`` out, the same number of lines, blank lines kept."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from rasd.errors import InputError
from rasd.ner.cli import add_tag_ner_parser, run_tag_ner, tag_conll
from rasd.ner.labels import ENTITY_TYPES
from rasd.ner.model import load_tagger, tag_tokens

VALID = {"O"} | {f"{p}-{t}" for p in "BI" for t in ENTITY_TYPES}


def run(text: str) -> list[str]:
    out = io.StringIO()
    tag_conll(io.StringIO(text), out)
    return out.getvalue().split("\n")


@pytest.mark.parametrize(
    "text",
    [
        "قال\nالرئيس\nالسوري\n\nوزارة\nالخارجية\n",
        "قال\tO\nالرئيس\tO\n\t\nفي\tO\nدمشق\tB-LOC\n",  # gold columns and tab-only separator lines
        "\n\nقال\n\n\n",  # leading and repeated blank lines
        "كلمة واحدة بعمود\nثان\n",  # extra space-separated columns are ignored
    ],
)
def test_same_shape(text: str) -> None:
    lines = run(text)
    source = text.split("\n")
    assert len(lines) == len(source)
    for src, got in zip(source, lines, strict=True):
        if not src.strip():
            assert got == ""
        else:
            token, tag = got.split("\t")
            assert token == src.split("\t")[0].split()[0]
            assert tag in VALID


def test_tags_are_bio() -> None:
    tags = tag_tokens(["وأعلن", "الرئيس", "التركي", "رجب", "طيب", "أردوغان", "من", "أنقرة", "أن", "بلاده", "ستواصل"])
    assert len(tags) == 11
    assert all(t in VALID for t in tags)
    for prev, cur in zip(["O", *tags], tags, strict=False):
        if cur.startswith("I-"):
            assert prev[2:] == cur[2:]
    assert tag_tokens([]) == []


def test_model_is_loaded_once() -> None:
    assert load_tagger() is load_tagger()


def test_parser_and_file_input(tmp_path: Path) -> None:
    path = tmp_path / "in.conll"
    path.write_text("قصفت\nقوات\nالنظام\nحلب\n", encoding="utf-8")
    parser = argparse.ArgumentParser()
    add_tag_ner_parser(parser.add_subparsers())
    out = io.StringIO()
    assert run_tag_ner(parser.parse_args(["tag-ner", str(path)]), out) == 0
    assert len(out.getvalue().splitlines()) == 4


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    parser = argparse.ArgumentParser()
    add_tag_ner_parser(parser.add_subparsers())
    with pytest.raises(InputError, match="cannot read"):
        run_tag_ner(parser.parse_args(["tag-ner", str(tmp_path / "missing.conll")]), io.StringIO())


def test_training_report_documents_the_model() -> None:
    from rasd.ner.features import FEATURE_SET
    from rasd.ner.model import model_report

    report = model_report()
    assert report["feature_set"] == FEATURE_SET
    assert report["split"]["newsfane_heldout_slice"] == 9
    assert "test.txt" in report["split"]["wojood_heldout"]
    assert report["model_size_bytes"] < 8_000_000
    assert report["accurate"]["network"]["file"] == "nn.npz"
    assert {"newsfane-test", "wojood-test"} <= set(report["accurate"]["scores"])
    assert {"newsfane-test", "wojood-test"} <= set(report["scores"])
