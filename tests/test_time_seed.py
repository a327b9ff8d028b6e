"""Seed acceptance for the date stage, and anchoring inside embedded posts.

The seed tests read ../shared/seed/noonpost-2019-05-20.md the way ``rasd extract`` does and skip, visibly,
when ../shared is absent; the post-anchoring tests use sentences written for rasd.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.document import ArticleMeta, Document, Post
from rasd.ingest import read_path
from rasd.pipeline import Pipeline
from rasd.settings import Settings
from rasd.stages.time import resolve_times

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "noonpost-2019-05-20.md"
needs_seed = pytest.mark.skipif(
    not SEED.is_file(), reason=f"../shared not present ({SEED} missing): seed tests skipped"
)


@pytest.fixture(scope="module")
def seed() -> Document:
    (doc,) = list(read_path(SEED))
    resolve_times(doc)
    return doc


def _by_text(doc: Document) -> dict[str, list[tuple[str, str | None, str]]]:
    out: dict[str, list[tuple[str, str | None, str]]] = {}
    for x in doc.timexes:
        out.setdefault(doc.text[x.start : x.end], []).append((x.type, x.value, x.anchor))
    return out


@needs_seed
@pytest.mark.parametrize(
    ("span", "value"),
    [
        ("يوم أمس الأحد", "2019-05-19"),
        ("30 من أبريل/نيسان المنصرم", "2019-04-30"),
        ("الأحد 19 من مايو/أيار", "2019-05-19"),
    ],
)
def test_seed_dates(seed: Document, span: str, value: str) -> None:
    assert ("DATE", value, "published") in _by_text(seed)[span]


@needs_seed
def test_seed_range(seed: Document) -> None:
    ranges = [x for x in seed.timexes if x.range is not None and x.type == "DURATION"]
    texts = {seed.text[x.start : x.end]: x.range for x in ranges}
    assert texts.get("منذ 30 من أبريل/نيسان المنصرم حتى الأحد 19 من مايو/أيار") == ("2019-04-30", "2019-05-19")


@needs_seed
def test_seed_posts_anchor_on_their_own_date(seed: Document) -> None:
    inside = [(x, seed.post_at(x.start)) for x in seed.timexes]
    anchored = [
        (seed.text[x.start : x.end], x.anchor) for x, post in inside if post is not None and x.anchor != "absolute"
    ]
    assert anchored, "expected a relative expression inside a post (حتى اللحظة)"
    assert all(anchor == "post" for _, anchor in anchored)
    outside = [x for x, post in inside if post is None and x.anchor == "post"]
    assert outside == []


@needs_seed
def test_seed_spans_are_valid(seed: Document) -> None:
    assert seed.validate_spans() == []
    ids = [x.id for x in seed.timexes]
    assert ids == [f"X{k}" for k in range(1, len(ids) + 1)]


# --------------------------------------------------------------------------------------- posts (own text)
ARTICLE = "قصفت الطائرات المدينة أمس. "
POST_BODY = "استهدفت الغارات السوق أمس الأحد مساءً وحتى الآن لا حصيلة"
TAIL = " وفي نهاية الأسبوع المقبل تعقد الجولة الجديدة."


def _post_doc(post_date: str | None) -> Document:
    text = ARTICLE + POST_BODY + TAIL
    start = len(ARTICLE)
    post = Post(start=start, end=start + len(POST_BODY), date=post_date)
    return Document(text=text, article=ArticleMeta(published="2019-05-20"), posts=[post])


def test_expression_inside_a_post_uses_the_post_date() -> None:
    doc = _post_doc("2019-05-13")
    resolve_times(doc)
    got = {doc.text[x.start : x.end]: (x.value, x.anchor) for x in doc.timexes}
    assert got["أمس"] == ("2019-05-19", "published")  # article text: the article's date
    assert got["أمس الأحد مساءً"] == ("2019-05-12TEV", "post")  # inside the post dated 2019-05-13 (a Monday)
    assert got["الآن"] == ("PRESENT_REF", "post")
    assert got["نهاية الأسبوع المقبل"] == ("2019-W22-WE", "published")


@pytest.mark.parametrize("post_date", [None, "not a date"])
def test_post_without_a_usable_date_falls_back_on_the_article(post_date: str | None) -> None:
    doc = _post_doc(post_date)
    resolve_times(doc)
    got = {doc.text[x.start : x.end]: (x.value, x.anchor) for x in doc.timexes}
    assert got["أمس الأحد مساءً"] == ("2019-05-19TEV", "published")
    assert doc.errors == []


def test_stage_in_a_pipeline_and_published_override() -> None:
    import rasd.stages.time  # noqa: F401 - registers the stage

    doc = Document(text="قتل خمسة مدنيين أمس في قصف مدفعي", article=ArticleMeta(published="2019-05-20"))
    Pipeline(["time"], settings=Settings(published="2019-06-02")).run(doc)
    assert [(x.id, x.value) for x in doc.timexes] == [("X1", "2019-06-01")]
    assert doc.to_dict()["timexes"][0]["text"] == "أمس"


def test_bad_reference_date_is_recorded_not_raised() -> None:
    doc = Document(text="قتل خمسة مدنيين أمس", article=ArticleMeta(published="20 مايو"))
    resolve_times(doc)
    assert [x.value for x in doc.timexes] == [None]
    assert doc.errors and doc.errors[0].stage == "time"
