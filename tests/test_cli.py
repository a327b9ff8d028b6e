"""The command line: extract, demo, stages, and how bad calls fail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.cli import main

from .conftest import EXAMPLES


def test_extract_one_markdown_article_prints_one_json_object(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert main(["extract", str(EXAMPLES / "daraa-tafas-2021-07-29.md"), "-o", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["schema"] == "rasd/1"
    assert doc["article"]["published"] == "2021-07-29"
    assert len(doc["posts"]) == 2
    for layer in ("entities", "timexes", "quantities"):
        assert doc[layer], layer
        for item in doc[layer]:
            assert doc["text"][item["start"] : item["end"]] == item["text"]


def test_published_flag_overrides_the_article_date(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("عنوان الخبر\n\nقصفت الطائرات البلدة يوم أمس.\n", encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["extract", str(article), "--published", "2020-03-02", "-o", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["article"]["reference_date"] == "2020-03-02"
    assert [t["value"] for t in doc["timexes"]] == ["2020-03-01"]


def test_several_files_give_jsonl_in_order(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    files = [EXAMPLES / "daraa-tafas-2021-07-29.md", EXAMPLES / "taiz-shelling-2023-11-14.html"]
    assert main(["extract", *map(str, files), "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["article"]["published"] for line in lines] == ["2021-07-29", "2023-11-14"]


def test_stages_flag_runs_only_those_stages(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    args = ["extract", str(EXAMPLES / "daraa-tafas-2021-07-29.md"), "--stages", "segment", "-o", str(out)]
    assert main(args) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["sentences"] and not doc["entities"] and not doc["timexes"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "no-such-file.md"], "no such file"),
        (["extract", "README.md", "--stages", "nope"], "unknown stage 'nope'"),
        (["extract", "pyproject.toml"], "cannot tell the format"),
        (["demo", "no-such-folder"], "no folder"),
    ],
)
def test_bad_calls_fail_with_exit_2_and_a_message(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_malformed_published_is_refused_by_the_parser(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", "x.md", "--published", "20/05/2019"])
    assert exc.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_demo_summarizes_every_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", str(EXAMPLES)]) == 0
    out = capsys.readouterr().out
    assert "daraa-tafas-2021-07-29.md" in out and "taiz-shelling-2023-11-14.html" in out
    span_lines = [line for line in out.splitlines() if line.startswith("spans")]
    assert len(span_lines) == 9 and all(line.endswith(", 0 invalid") for line in span_lines)
    assert "with recorded errors" in out.splitlines()[-1]


def test_stages_lists_the_default_pipeline(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stages"]) == 0
    out = capsys.readouterr().out
    for name in ("segment", "entities", "time", "quantities", "geo"):
        assert f"* {name}" in out


def test_extract_row_filter_only_turns_rows_into_non_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The row filter (on by default since round 25; ``--no-row-filter`` turns it off) reaches the events stage and
    keeps every event: with a filter that trusts no row, every ACLED row becomes a non-row carrying its score and
    reason; nothing vanishes. Without a flag ``rasd extract`` runs it, as ``--row-filter`` does."""
    import json

    from rasd.events import rowfilter

    distrust = rowfilter.RowFilter(window=5, words=False, threshold=0.5, bias=-10.0, features={})
    monkeypatch.setattr(rowfilter, "load_filter", lambda: distrust)

    src = EXAMPLES / "conflict-briefs.jsonl"
    plain, filtered, default = tmp_path / "plain.jsonl", tmp_path / "filtered.jsonl", tmp_path / "default.jsonl"
    assert main(["extract", str(src), "--no-row-filter", "-o", str(plain)]) == 0
    assert main(["extract", str(src), "--row-filter", "-o", str(filtered)]) == 0
    assert main(["extract", str(src), "-o", str(default)]) == 0
    assert default.read_text(encoding="utf-8") == filtered.read_text(encoding="utf-8")
    before = [json.loads(line) for line in plain.read_text(encoding="utf-8").splitlines()]
    after = [json.loads(line) for line in filtered.read_text(encoding="utf-8").splitlines()]
    assert len(before) == len(after) > 0
    for a, b in zip(before, after, strict=True):
        assert len(a["events"]) == len(b["events"])
        for ea, eb in zip(a["events"], b["events"], strict=True):
            assert ea["trigger"] == eb["trigger"]
            if ea.get("acled_row", True) and ea.get("acled_event_type") and ea.get("granularity") == "discrete":
                assert eb["acled_row"] is False and eb["filter_reason"].startswith("row filter")
            else:
                assert "filter_score" not in eb and eb.get("acled_row", True) == ea.get("acled_row", True)
    assert sum("filter_score" in e for d in after for e in d["events"]) > 0
