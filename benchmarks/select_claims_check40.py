"""Draw the fortieth claims check set (``data/claims_check40.jsonl``, issue 13, round 41): articles of 1,001–3,000
characters in round 40's blind region, round 41's blind claims draw, the rule fixed and committed before any article
was drawn or read.

Rule: check39's (``select_claims_check39.py``: :class:`ClaimsDraw` of ``draws.py``, check7's rule, with check27's
bare-url and content-hash exclusions, check28's six-word-run copy check and check39's same-story skip) with a new
seed, round 41's claims region (``in_range3`` of ``draws.py``): ``sha1(url)``'s second-to-last hex digit ``9``
(:data:`HASH_RANGE`, ``draws.ROUND40_BLIND_SECOND``: the lead's; helpers' fresh samples take ``0``–``8``,
``draws.FRESH_SECOND``) with a third-from-last digit ``8``–``f`` (:data:`THIRD_DIGITS`, ``draws.ROUND41_CLAIMS_THIRD``;
round 41's events tune52 takes ``0``–``7``, so the two draws cannot meet). **Length fixed by the lead for round 41:
1,001–3,000 characters** (:data:`CHARS`, ``draws.ROUND41_CLAIMS_CHARS``: round 40 took every conflict article of
3,001–10,000). At least ``draws.MIN_CUES`` reported-speech words, pools ``conflict`` then ``politics`` by the head
(title + first 400 characters), as every claims draw. :data:`AVOID`: every annotated file of ``benchmarks/data/`` at
round 41's start (``draws.ROUND41_FILES``: check39 and tune51 among them) and the search articles.

Counted at round 41's start before this rule's count was fixed, by a script that printed pool sizes and content
lengths only (no title, url or text): at 1,001–3,000 characters the region's conflict / politics pools held **31 / 50**
articles before the exclusions (55,570 / 97,708 characters), 2 / 39 after the url exclusion, 1 / 31 after check27's
bare-url and content-hash ones and **1 / 30 after check28's content check**. The one conflict article left holds
2,418 characters; the thirty politics articles 1,036–2,931 (57,631 in all). The region's short conflict articles are
nearly all annotated already (29 of 31 by url).

**The count rule** (fixed before the draw; the round aims at 70–90 claims): the short claims sets check18–check22
(400–3,000 characters) gave 336 claims in 93,118 characters, 3.3–4.2 a thousand (83 in 25,135, 75 in 22,074, 79 in
19,016, 27 in 9,194, 72 in 17,699), so about **22,000 characters** are wanted at this length (the brief's 2.2 a
thousand is the long sets' rate). Conflict articles are taken in the pool's shuffled order until their lengths total
:data:`CONFLICT_CHARS` (18,000) or more, at most 30 (:data:`SIZES`); then **2 politics articles**; and — **new in
check40, since the conflict pool holds one article** — where the conflict articles total less than
:data:`CONFLICT_CHARS`, further politics articles are taken in the pool's shuffled order until the whole set totals
:data:`TOTAL_CHARS` (22,000) or more (at most :data:`MOST_POLITICS`, 20, politics articles in all). With the pool
counted above the rule takes the one conflict article and politics articles up to about 19,600 characters (about ten).
Check21's pool was short too and was not filled (27 claims); a set of one conflict and two politics articles
(about 6,000 characters, about 20 claims) is too small to measure, so the shortfall is made up from the politics pool,
whose claims the claims stage reads as well. The count is not changed after the draw, whatever the claims come to.

**Distinct stories** (check39's rule, kept): an article that shares :data:`SAME_STORY` (20 %) or more of its distinct
six-word runs (``runs`` of ``select_claims_check28.py``) with an article already taken — or of whose runs that
article shares 20 % or more — is skipped as another print of the same story (:func:`same_story`), and the next
article of its pool is taken instead. This runs in the pools' shuffled order, on the runs only (no text printed),
before anything is read.

Kept from check27 to check39: an article is avoided when its url is an avoided one, or its url without its query
string and fragment (and a trailing ``/``) is an avoided url's (``bare_url`` of ``select_claims_check27.py``, its
al-Watan over-exclusion kept as committed there), or its content's hash (``sha1(content)[:12]``) is an avoided
record's ``content_sha1`` (:func:`copied_urls`), or **50 % or more of its distinct six-word runs** (``runs`` of
``select_claims_check28.py``: 6 consecutive ``\\w+`` words; :data:`RUN`, :data:`SHARE`) **occur in one annotated
text** (:func:`near_copy_urls`). The annotated texts are the corpus contents of every url of :data:`AVOID` and of
``claims_judged18.jsonl`` (:data:`TEXT_FILES`; only urls are read from those files, never their annotations; the
texts are hashed into runs by the script and never printed). The exclusions run over the articles of the hash region
and length only, through ``select_by_head``'s ``keep``, before the pools are shuffled, so nothing is dropped after the
draw.

* check40: seed :data:`SEED` (20412040); conflict until 18,000 characters (at most 30), politics 2, then politics
  until 22,000 characters in all where the conflict pool fell short (at most 20 politics). A pool with fewer articles
  gives what it has; nothing is dropped or redrawn after reading.

The held-out agreement files (``events_dev_heldout_*.jsonl``) are not opened: their articles are the held-out half
of ``events_dev.jsonl``, whose urls are excluded. Round 41's other blind file (events tune52, written at the same time)
is not read.

Usage::

    python benchmarks/select_claims_check40.py [--shared ../shared]
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from bench_claims import _corpus, select_by_head
from draws import (
    MIN_CUES,
    ROUND40_BLIND_SECOND,
    ROUND41_CLAIMS_CHARS,
    ROUND41_CLAIMS_THIRD,
    ROUND41_FILES,
    SEARCH_ARTICLES,
    ClaimsDraw,
    claims_main,
)
from select_claims_check4 import POLITICS
from select_claims_check27 import bare_url
from select_claims_check28 import (
    RUN,
    SHARE,
    hash_copies,
    hashes_of,
    run_copies,
    runs,
    urls_of,
)
from select_claims_check39 import SAME_STORY, same_story

__all__ = ["RUN", "SAME_STORY", "SHARE", "_corpus", "bare_url", "runs"]

SEED = 20412040
#: the pools in their order and the most articles taken of each (conflict stops earlier at CONFLICT_CHARS)
SIZES = (("conflict", 30), ("politics", 2))
#: conflict articles are taken until their lengths total this many characters or more
CONFLICT_CHARS = 18000
#: where the conflict articles total less than CONFLICT_CHARS, politics articles are taken (beyond SIZES' two) until
#: the whole set totals this many characters or more
TOTAL_CHARS = 22000
#: the most politics articles the shortfall rule takes, SIZES' two included
MOST_POLITICS = 20
HASH_RANGE = ROUND40_BLIND_SECOND
THIRD_DIGITS = ROUND41_CLAIMS_THIRD
CHARS = ROUND41_CLAIMS_CHARS
AVOID = (*ROUND41_FILES, SEARCH_ARTICLES)
#: the files whose articles' texts the copy check compares with (AVOID and the claims judgments of round 18, whose
#: records key their article as ``article``)
TEXT_FILES = (*AVOID, "claims_judged18.jsonl")
CHECK40 = ClaimsDraw(SEED, SIZES, HASH_RANGE, AVOID, third_digits=THIRD_DIGITS, chars=CHARS)
#: check40's hash range (see the module docstring)
in_range = CHECK40.in_range


def avoided_urls() -> set[str]:
    """The urls of :data:`AVOID` (``ClaimsDraw.avoided_urls``)."""
    return CHECK40.avoided_urls()


def avoided_hashes() -> set[str]:
    """The ``content_sha1`` of every record of :data:`AVOID` that carries one (nothing else of the records is read)."""
    return hashes_of(AVOID)


def text_urls() -> set[str]:
    """The urls of every record of :data:`TEXT_FILES` (its ``key``, or ``article`` for the judgments; nothing else)."""
    return urls_of(TEXT_FILES)


def copied_urls(corpus: list[tuple[str, dict[str, Any]]]) -> set[str]:
    """The urls of the corpus articles whose content hash is an avoided record's (a copy under another url)."""
    return hash_copies(corpus, avoided_hashes())


def near_copy_urls(corpus: list[tuple[str, dict[str, Any]]]) -> set[str]:
    """The urls of the corpus articles of the hash region and length that share :data:`SHARE` or more of their
    six-word runs with one annotated text (:func:`text_urls`' articles in the corpus)."""
    return run_copies(corpus, text_urls(), in_range, CHARS)


def take_by(
    ordered: list[dict[str, Any]],
    texts: dict[str, str],
    sizes: tuple[tuple[str, int], ...],
    conflict_chars: int,
    total_chars: int,
    most_politics: int,
) -> list[dict[str, Any]]:
    """check40's count rule with its numbers given (check41 keeps the rule with its own): conflict articles until their
    lengths total ``conflict_chars`` or more (at most ``sizes``' number), then the politics articles of ``sizes``, then
    — only where the conflict articles fell short of ``conflict_chars`` — further politics articles until the set
    totals ``total_chars`` or more (at most ``most_politics`` in all); an article of the same story as one already
    taken (:func:`same_story`) skipped."""
    out: list[dict[str, Any]] = []
    taken: list[set[tuple[str, ...]]] = []
    conflict_total = 0
    for pool, most in sizes:
        total = 0
        count = 0
        for row in (r for r in ordered if r["pool"] == pool):
            if pool == "conflict" and (count >= most or total >= conflict_chars):
                break
            if pool == "politics" and count >= most:
                short = conflict_total < conflict_chars
                if not short or count >= most_politics or conflict_total + total >= total_chars:
                    break
            mine = runs(texts.get(row["url"], ""))
            if any(same_story(mine, theirs) for theirs in taken):
                continue
            out.append(row)
            taken.append(mine)
            total += row["len"]
            count += 1
        if pool == "conflict":
            conflict_total = total
    return out


def take(ordered: list[dict[str, Any]], texts: dict[str, str]) -> list[dict[str, Any]]:
    """The count rule over the pools' shuffled order (``ordered``: every article of each pool, as ``take_titled``
    gives them): :func:`take_by` with :data:`SIZES`, :data:`CONFLICT_CHARS`, :data:`TOTAL_CHARS` and
    :data:`MOST_POLITICS`."""
    return take_by(ordered, texts, SIZES, CONFLICT_CHARS, TOTAL_CHARS, MOST_POLITICS)


def select_by(
    folder: Path,
    draw: ClaimsDraw,
    text_files: tuple[str, ...],
    count_rule: Callable[[list[dict[str, Any]], dict[str, str]], list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """A drawn set (zip, url, pool, ...) of ``draw``'s region: ``select_by_head`` over the region with the bare-url,
    content-hash and six-word-run exclusions of the module docstring applied before the pools are taken (check28's
    ``copy_checked_draw``, every article of each pool in its shuffled order; the texts compared are
    ``text_files``'), then ``count_rule`` (check41 draws with its own draw, files and numbers)."""
    corpus = _corpus(folder)
    avoid = draw.avoided_urls()
    bare = {bare_url(u) for u in avoid}
    left_out = hash_copies(corpus, hashes_of(draw.avoid)) | run_copies(
        corpus, urls_of(text_files), draw.in_range, draw.chars
    )

    def keep(url: str) -> bool:
        return draw.in_range(url) and bare_url(url) not in bare and url not in left_out

    everything = tuple((pool, 10**6) for pool, _ in draw.sizes)
    ordered = select_by_head(folder, draw.seed, everything, avoid, draw.chars, MIN_CUES, POLITICS, keep=keep)
    wanted = {r["url"] for r in ordered}
    texts = {a["url"]: a.get("content") or "" for _, a in corpus if a.get("url") in wanted}
    return count_rule(ordered, texts)


def select(folder: Path) -> list[dict[str, Any]]:
    """check40's drawn articles (zip, url, pool, ...): :func:`select_by` over :data:`CHECK40`'s region with
    :func:`take`'s count rule."""
    return select_by(folder, CHECK40, TEXT_FILES, take)


main = partial(claims_main, __doc__ or "", {"check40": select})


if __name__ == "__main__":
    raise SystemExit(main())
