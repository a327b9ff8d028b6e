"""Reading SaudiNewsNet for the benchmarks (31,030 articles in daily zips under ../shared; never copied)."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def iter_articles(folder: Path, n: int | None = None) -> Iterator[dict[str, Any]]:
    """The first ``n`` articles (all when ``None``) of the SaudiNewsNet ``folder``, zip by zip in date order."""
    count = 0
    for path in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                if not name.endswith(".json"):
                    continue
                for article in json.loads(zf.read(name)):
                    if n is not None and count >= n:
                        return
                    yield article
                    count += 1


def article_bodies(folder: Path, n: int) -> list[str]:
    """The non-empty ``content`` of the first ``n`` articles that have one."""
    texts: list[str] = []
    for article in iter_articles(folder):
        body = article.get("content") if isinstance(article, dict) else None
        if isinstance(body, str) and body.strip():
            texts.append(body)
            if len(texts) >= n:
                break
    return texts
