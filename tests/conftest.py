"""Shared test fixtures and paths."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"

needs_shared = pytest.mark.skipif(
    not (SHARED / "seed").is_dir(), reason=f"../shared not present at {SHARED}: shared-data tests skipped"
)
