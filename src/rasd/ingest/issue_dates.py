"""The print issue's day that some sites write in an article's url path, as the anchor of its relative dates.

Okaz (``okaz.com.sa/new/Issues/20150805/…``) and al-Jazirah (``al-jazirah.com/2015/20150805/…``) put the day of
the paper's issue in the url; a scraped copy's own date is often a day later (stamped after midnight), while the
article's "أمس" / "اليوم" count from the issue (the hand coders' convention, benchmarks/data/README.md: tune13,
tune34). The sites and their path patterns are data: ``resources/url_dates.yaml``. Only ``reference_date`` moves;
``published`` stays what the input said.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from urllib.parse import urlsplit

from rasd.document import ArticleMeta
from rasd.resources import load_yaml

__all__ = ["anchor_to_issue", "issue_anchor", "issue_date"]


@functools.cache
def _patterns() -> tuple[dict[str, re.Pattern[str]], int]:
    data = load_yaml("url_dates.yaml")
    pats = {str(e["host"]): re.compile(str(e["path"])) for e in data["issue_dates"]}
    return pats, int(data["max_days_after"])


def issue_date(url: str | None) -> dt.date | None:
    """The issue day written in ``url``'s path by a site of ``url_dates.yaml``, else ``None``."""
    if not url:
        return None
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    pat = _patterns()[0].get(host)
    m = pat.match(parts.path) if pat is not None else None
    if m is None:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def issue_anchor(url: str | None, published: str | None) -> str | None:
    """The issue day (``YYYY-MM-DD``) to anchor relative dates to when it precedes ``published`` by at most the
    resource's ``max_days_after`` days (or ``published`` is unknown); ``None`` when the url has none or it does not fit.
    """
    day = issue_date(url)
    if day is None:
        return None
    if published:
        try:
            pub = dt.date.fromisoformat(published[:10])
        except ValueError:
            return None
        if not 0 <= (pub - day).days <= _patterns()[1]:
            return None
    return day.isoformat()


def anchor_to_issue(article: ArticleMeta) -> None:
    """Set ``article.reference_date`` to the issue day of its url when :func:`issue_anchor` gives one."""
    anchor = issue_anchor(article.url, article.published)
    if anchor is not None:
        article.reference_date = anchor
