"""Small helpers for article metadata shared by every ingester (URLs, source names)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

_URL_IN = re.compile(r"https?://[^\s<>()\[\]\"'«»]+", re.IGNORECASE)


def normalize_url(raw: str | None) -> str | None:
    """Return a clean absolute URL found in ``raw`` (stray characters around it removed), else ``None``.

    ``"/https://www.example.com/27838"`` → ``"https://www.example.com/27838"``; the scheme and host are
    lower-cased, a trailing punctuation mark is dropped, the path and query are kept as they are.
    """
    if not raw:
        return None
    m = _URL_IN.search(raw.strip())
    if m is None:
        return None
    url = m.group(0).rstrip(".,;:!?،؛")
    parts = urlsplit(url)
    if not parts.netloc:
        return None
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, parts.fragment))


def source_from_url(url: str | None) -> str | None:
    """The publisher's domain of ``url`` without ``www.`` (``https://www.noonpost.com/1`` → ``noonpost.com``)."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    host = host.removeprefix("www.").removeprefix("m.")
    return host or None
