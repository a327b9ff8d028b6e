"""The README is the user's front page: it must name every subcommand, and docs/cli.md, which it links, must document
every flag (datasette's test_docs idea)."""

from __future__ import annotations

import argparse

import pytest

from rasd.cli import build_parser

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CLI_DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    out: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out[name] = sub
                for sub_action in sub._actions:  # nested subcommands (rasd gazetteer import …)
                    if isinstance(sub_action, argparse._SubParsersAction):
                        for name2, sub2 in sub_action.choices.items():
                            out[f"{name} {name2}"] = sub2
    return out


def test_readme_starts_with_the_two_setup_commands() -> None:
    head = README[:1500]
    assert "make demo" in head and "make test" in head


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_readme_documents_subcommand(name: str) -> None:
    assert f"rasd {name}" in README, f"README does not mention `rasd {name}`"


@pytest.mark.parametrize(
    ("name", "flag"),
    sorted(
        (name, opt)
        for name, sub in _subcommands().items()
        for action in sub._actions
        for opt in action.option_strings
        if opt.startswith("--") and opt != "--help"
    ),
)
def test_cli_page_documents_flag(name: str, flag: str) -> None:
    assert flag in CLI_DOC, f"docs/cli.md does not document {flag} of `rasd {name}`"


def test_readme_links_the_cli_page() -> None:
    assert "(docs/cli.md)" in README
