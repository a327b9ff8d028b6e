"""The stage registry and pipeline: requirement checks and per-document error recording."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.errors import PipelineError
from rasd.pipeline import Pipeline, registered_stages, stage
from rasd.settings import Settings


@stage("_test_boom", requires=("text",), provides=("boom",), default=False)
def _boom(doc: Document, settings: Settings) -> None:
    raise RuntimeError("exploded on purpose")


@stage("_test_needs_boom", requires=("boom",), provides=("after",), default=False)
def _needs_boom(doc: Document, settings: Settings) -> None:
    doc.add_error("_test_needs_boom", "ran")


def test_default_pipeline_includes_segmentation() -> None:
    names = Pipeline().names
    assert "segment" in names
    assert not any(n.startswith("_test") for n in names)


def test_unknown_stage_names_the_known_ones() -> None:
    with pytest.raises(PipelineError, match=r"unknown stage 'nope'; known stages: .*segment"):
        Pipeline(["nope"])


def test_missing_requirement_is_reported_with_the_provider() -> None:
    with pytest.raises(PipelineError, match=r"requires boom.*add _test_boom before it"):
        Pipeline(["_test_needs_boom"])


def test_failure_is_recorded_and_later_stages_still_run() -> None:
    doc = Pipeline(["_test_boom", "_test_needs_boom"]).run(Document(text="نص"))
    assert [(e.stage, e.message) for e in doc.errors] == [
        ("_test_boom", "RuntimeError: exploded on purpose"),
        ("_test_needs_boom", "ran"),
    ]


def test_strict_mode_raises() -> None:
    with pytest.raises(RuntimeError, match="exploded"):
        Pipeline(["_test_boom"], settings=Settings(strict=True)).run(Document(text="نص"))


def test_registering_a_different_function_under_a_taken_name_fails() -> None:
    with pytest.raises(PipelineError, match="registered twice"):

        @stage("_test_boom")
        def other(doc: Document, settings: Settings) -> None:  # pragma: no cover
            pass


def test_every_builtin_stage_requires_only_known_layers() -> None:
    registry = registered_stages()
    provided = {"text", "article", "blocks", "posts"}
    for spec in registry.values():
        provided |= spec.provides
    for spec in registry.values():
        assert spec.requires <= provided, spec.name


def test_bad_published_setting_fails_at_once() -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        Settings(published="20/05/2019")
