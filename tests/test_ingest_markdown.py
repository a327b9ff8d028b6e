"""Markdown ingest: text offsets equal input offsets (markup blanked), article metadata, embedded posts."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.document import BlockKind, Document
from rasd.ingest import parse_string, read_path
from rasd.ingest.markdown import parse_markdown

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

MARKUP = ("**", "](", "[#", "<http", "pic.twitter.com", "t.co/", "\n# ", "## ", "\r", "\ufeff")


def offset_problems(raw: str, text: str) -> list[str]:
    """Where ``text`` is not ``raw`` with markup blanked: a length change, a moved character, a lost newline.

    Allowed: the same character, a space for any character but a newline, and a space or newline for ``\r``.
    """
    if len(text) != len(raw):
        return [f"length {len(text)} != {len(raw)}"]
    return [
        f"{i}: {was!r} -> {got!r}"
        for i, (got, was) in enumerate(zip(text, raw, strict=True))
        if not (got == was or (got == " " and was != "\n") or (was == "\r" and got in " \n"))
    ]


def assert_spans_valid(doc: Document) -> None:
    """Every block and post is a span of the text; blocks are non-empty and carry no surrounding spaces."""
    assert doc.validate_spans() == []
    for block in doc.blocks:
        piece = doc.text[block.start : block.end]
        assert piece and piece == piece.strip(), (block, piece)
    for post in doc.posts:
        assert 0 <= post.start <= post.end <= len(doc.text)
    for before, after in itertools.pairwise(doc.blocks):
        assert before.end <= after.start, (before, after)  # in order, never overlapping


def blanks(markup: str) -> str:
    """What ``markup`` becomes in the text: as many spaces."""
    return " " * len(markup)


def block_texts(doc: Document, kind: BlockKind) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == kind]


def post_texts(doc: Document) -> list[str]:
    return [doc.text[p.start : p.end] for p in doc.posts]


# ----------------------------------------------------------------------------- golden examples

GOLDEN: list[dict[str, Any]] = [
    {
        "file": "daraa-tafas-2021-07-29.md",
        "title": "قصف مدفعي على طفس بريف درعا الغربي يوقع قتلى ويدفع مئات العائلات إلى النزوح",
        "author": "سامر الحوراني",
        "published": "2021-07-29",
        "url": "https://www.example-news.org/syria/2021/07/29/tafas-shelling",
        "source": "example-news.org",
        "headings": ["نزوح نحو الريف الغربي"],
        "posts": [
            {
                "author": "فرق الإنقاذ في درعا",
                "handle": "DaraaRescueTeams",
                "date": "2021-07-28",
                "url": "https://twitter.com/DaraaRescueTeams/status/1420412345678901234",
                "media": ["https://pic.twitter.com/Qw3rTy7UiO"],
                "hashtags": ["طفس"],
                "starts": "ارتفاع عدد ضحايا القصف على مدينة  #طفس     إلى",
                "ends": "تحت الأنقاض.",
            },
            {
                "author": "مرصد حوران الإعلامي",
                "handle": "HouranObserver",
                "date": "2021-07-29",
                "url": None,
                "media": ["https://t.co/Lm9NbV2cXz", "https://pic.twitter.com/Zx8Kp4RtYw"],
                "hashtags": ["درعا", "طفس", "حوران_تستغيث"],
                "starts": "#درعا#طفس#حوران_تستغيث\n\nعائلات تفترش الطرقات",
                "ends": "منذ مساء الثلاثاء.",
            },
        ],
        "contains": [
            "لمدينة   طفس   في ريف درعا الغربي",  # the stars of bold blanked, nothing else changed
            "وبحسب   لجنة الإغاثة المحلية  ، نزحت نحو 600 عائلة",
            # a link keeps its text; brackets and target are blanked
            "— فرق الإنقاذ في درعا (@DaraaRescueTeams)  July 28, 2021"
            + blanks("](https://twitter.com/DaraaRescueTeams/status/1420412345678901234)")
            + "\n",
            "رابط المقال :  /https://www.example-news.org/syria/2021/07/29/tafas-shelling"
            + blanks("](https://www.example-news.org/syria/2021/07/29/tafas-shelling)"),
        ],
        "not_contains": ["twitter.com/DaraaRescueTeams/status", "Lm9NbV2cXz", "Zx8Kp4RtYw"],
    },
    {
        "file": "deir-ez-zor-drone-2021-03-14.md",
        "title": "غارة بطائرة مسيّرة تستهدف سيارة على طريق الميادين في ريف دير الزور الشرقي",
        "author": "ليلى العبدالله",
        "published": "2021-03-14",
        "url": "https://www.example-news.org/syria/2021/03/14/mayadin-drone-strike",
        "source": "example-news.org",
        "headings": ["توتر متصاعد على ضفتي الفرات"],
        "posts": [
            {
                "author": "شبكة الفرات الإخبارية",
                "handle": "FuratNewsNet",
                "date": "2021-03-14",
                "url": "https://twitter.com/FuratNewsNet/status/1371045678901234567",
                "media": ["https://pic.twitter.com/Hy6TgB2nQe"],
                "hashtags": ["الميادين", "البوكمال"],
                "starts": "استهداف سيارة مدنية بصاروخ",
                "ends": "وإصابة آخر بجروح بليغة.",
            },
            {
                "author": "عمر الحسن",
                "handle": "OmarHasanDZ",
                "date": "2021-03-14",
                "url": None,
                "media": [],
                "hashtags": ["دير_الزور"],
                "starts": "الطريق الدولي بين الميادين والبوكمال",
                "ends": "تكرار الاستهداف  #دير_الزور",
            },
        ],
        "contains": [
            "قرب مدينة   الميادين   في ريف دير الزور الشرقي",
            "شهدت مدينة البوكمال  سلسلة غارات مماثلة"  # a link: its text kept
            + blanks("](https://www.example-news.org/syria/2021/03/02/bukamal-raids) ")
            + "طالت",
            "تتبنَّ أي جهة",  # diacritics kept as written
            "المصدر:  موقع الأخبار",
        ],
        "not_contains": ["> ", "bukamal-raids", "Hy6TgB2nQe", "### "],
    },
]


@pytest.fixture(scope="module", params=GOLDEN, ids=[g["file"] for g in GOLDEN])
def golden(request: pytest.FixtureRequest) -> tuple[dict[str, Any], Document]:
    case: dict[str, Any] = request.param
    raw = (EXAMPLES / case["file"]).read_text(encoding="utf-8")
    return case, parse_markdown(raw)


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.md")), ids=lambda p: p.name)
def test_examples_keep_file_offsets(path: Path) -> None:
    """Every example file: the text is the file with markup blanked, each block a span of the file's text."""
    raw = path.read_bytes().decode("utf-8-sig")
    (doc,) = list(read_path(path))
    assert offset_problems(raw, doc.text) == []
    for block in doc.blocks:
        piece = doc.text[block.start : block.end]
        if not any(c in raw[block.start : block.end] for c in "*[]()<>#&\\`|"):
            assert piece == raw[block.start : block.end]  # a block without markup is the file's text as is


def test_golden_metadata(golden: tuple[dict[str, Any], Document]) -> None:
    case, doc = golden
    a = doc.article
    assert (a.title, a.author, a.published, a.url, a.source) == (
        case["title"],
        case["author"],
        case["published"],
        case["url"],
        case["source"],
    )
    assert a.reference_date == case["published"]
    assert block_texts(doc, BlockKind.TITLE) == [case["title"]]
    assert block_texts(doc, BlockKind.HEADING) == case["headings"]
    assert len(block_texts(doc, BlockKind.LINK)) == 1
    assert doc.errors == []


def test_golden_posts(golden: tuple[dict[str, Any], Document]) -> None:
    case, doc = golden
    assert len(doc.posts) == len(case["posts"])
    for post, want in zip(doc.posts, case["posts"], strict=True):
        got = (post.platform, post.author, post.handle, post.date, post.url, post.media, post.hashtags)
        assert got == (
            "twitter",
            want["author"],
            want["handle"],
            want["date"],
            want["url"],
            want["media"],
            want["hashtags"],
        )
        body = doc.text[post.start : post.end]
        assert body.startswith(want["starts"]) and body.endswith(want["ends"]), body
        # the attribution line is not part of the body, and the reference date inside the post is its own
        assert "(@" not in body
        assert doc.reference_date_at(post.start) == want["date"]


def test_golden_text(golden: tuple[dict[str, Any], Document]) -> None:
    case, doc = golden
    for piece in case["contains"]:
        assert piece in doc.text
    for piece in (*case["not_contains"], *MARKUP):
        assert piece not in doc.text, piece
    assert_spans_valid(doc)
    raw = (EXAMPLES / case["file"]).read_text(encoding="utf-8")
    assert offset_problems(raw, doc.text) == []


@pytest.mark.parametrize("name", [g["file"] for g in GOLDEN])
def test_examples_through_read_path(name: str) -> None:
    (doc,) = list(read_path(EXAMPLES / name))
    assert doc.article.input_id == name
    assert doc.posts and doc.article.published and doc.errors == []


def test_parse_string_published_override() -> None:
    raw = (EXAMPLES / "daraa-tafas-2021-07-29.md").read_text(encoding="utf-8")
    doc = parse_string(raw, fmt="markdown", published="2021-08-01")
    assert (doc.article.published, doc.article.reference_date) == ("2021-08-01", "2021-08-01")


# ----------------------------------------------------------------------------- attribution variants

BODY = "نص التغريدة عن القصف على البلدة."


@pytest.mark.parametrize(
    ("attribution", "author", "handle", "date", "url"),
    [
        # the standard Twitter embed, date as plain text
        ("– الدفاع المدني (@CivilDefence) May 19, 2019", "الدفاع المدني", "CivilDefence", "2019-05-19", None),
        # trailing display name after the date (seed: "May 20, 2019 M.Sejari")
        ("– مصطفى الحلبي (@MustafaHalabi) May 20, 2019 M.Halabi", "مصطفى الحلبي", "MustafaHalabi", "2019-05-20", None),
        # garbled: the date sits where the handle should be, the handle follows
        ("– فرق الإسعاف (@May 19, 2019) AmbulanceTeams", "فرق الإسعاف", "AmbulanceTeams", "2019-05-19", None),
        ("— جبهة الساحل (@May 18, 2019) (SahelFront)", "جبهة الساحل", "SahelFront", "2019-05-18", None),
        ("— لواء الشرق (@May 19, 2019) liwaalsharq)", "لواء الشرق", "liwaalsharq", "2019-05-19", None),
        # the date as a link to the status URL
        (
            "— شبكة الأخبار (@NewsNet) [July 28, 2021](https://twitter.com/NewsNet/status/1420412345678901234)",
            "شبكة الأخبار",
            "NewsNet",
            "2021-07-28",
            "https://twitter.com/NewsNet/status/1420412345678901234",
        ),
        # x.com status URL, handle taken from it when the handle is garbled away
        (
            "— مرصد المدينة (@3 مارس 2024) [link](https://x.com/CityMonitor/status/17654)",
            "مرصد المدينة",
            "link",
            "2024-03-03",
            "https://x.com/CityMonitor/status/17654",
        ),
        # Arabic dates, Arabic-Indic digits, Levantine months
        ("– عمر الحسن (@OmarHasan) ١٤ آذار ٢٠٢١", "عمر الحسن", "OmarHasan", "2021-03-14", None),
        ("— إذاعة المدينة (@CityRadio) 20 مايو، 2019", "إذاعة المدينة", "CityRadio", "2019-05-20", None),
        # no date at all: still a post, with its handle
        ("— حساب محلي (@LocalAccount)", "حساب محلي", "LocalAccount", None, None),
        # a hyphen list item (the dash became a list marker)
        ("- ناشط إعلامي (@MediaActivist) Jan 5, 2020", "ناشط إعلامي", "MediaActivist", "2020-01-05", None),
        # HTML entity for the em dash
        ("&mdash; وكالة محلية (@LocalAgency) Feb 2, 2020", "وكالة محلية", "LocalAgency", "2020-02-02", None),
        # a right-to-left mark before the dash
        ("\u200f— مرصد حقوقي (@RightsMonitor) Mar 1, 2020", "مرصد حقوقي", "RightsMonitor", "2020-03-01", None),
    ],
)
def test_attribution_variants(attribution: str, author: str, handle: str, date: str | None, url: str | None) -> None:
    doc = parse_markdown(f"# عنوان\n\n{BODY}\n\n{attribution}\n")
    assert len(doc.posts) == 1
    post = doc.posts[0]
    assert (post.author, post.handle, post.date, post.url) == (author, handle, date, url)
    assert doc.text[post.start : post.end] == BODY
    assert_spans_valid(doc)


@pytest.mark.parametrize(
    "line",
    [
        "— وقال المتحدث (في تصريح صحفي) إن القصف استمر.",  # a dash and parentheses, but no @ and no date
        "قال الناشط (@ActivistName) إن القصف مستمر منذ الصباح وإن الأهالي نزحوا من القرية باتجاه الحدود.",
        "– القائمة (2019) تضم أسماء الضحايا",  # a year alone is not a date
    ],
)
def test_not_attributions(line: str) -> None:
    doc = parse_markdown(f"# عنوان\n\n{line}\n")
    assert doc.posts == []


def test_attribution_at_end_of_tweet_line() -> None:
    raw = "> عاجل: قصف على السوق #حلب pic.twitter.com/Ab12Cd — شبكة حلب (@AleppoNet) May 3, 2020\n"
    doc = parse_markdown(raw)
    (post,) = doc.posts
    assert doc.text[post.start : post.end] == "عاجل: قصف على السوق #حلب"
    assert (post.handle, post.date, post.media, post.hashtags) == (
        "AleppoNet",
        "2020-05-03",
        ["https://pic.twitter.com/Ab12Cd"],
        ["حلب"],
    )


def test_twitter_embed_html_block() -> None:
    raw = (
        "# عنوان\n\n"
        '<blockquote class="twitter-tweet"><p lang="ar" dir="rtl">انفجار سيارة مفخخة قرب الدوار '
        '<a href="https://t.co/Zz9">pic.twitter.com/Zz9</a></p>&mdash; شبكة الرقة (@RaqqaNet) '
        '<a href="https://twitter.com/RaqqaNet/status/555">June 2, 2019</a></blockquote>\n'
        '<script async src="https://platform.twitter.com/widgets.js"></script>\n'
    )
    doc = parse_markdown(raw)
    (post,) = doc.posts
    assert doc.text[post.start : post.end] == "انفجار سيارة مفخخة قرب الدوار"
    assert (post.author, post.handle, post.date, post.url) == (
        "شبكة الرقة",
        "RaqqaNet",
        "2019-06-02",
        "https://twitter.com/RaqqaNet/status/555",
    )
    assert "https://t.co/Zz9" in post.media
    assert "<" not in doc.text and "widgets.js" not in doc.text


# ----------------------------------------------------------------------------- how far back a post body goes

PROSE = (
    "وقال مدير المرصد في اتصال هاتفي إن القصف استهدف الأحياء السكنية منذ ساعات الصباح الأولى، "
    "وإن فرق الإسعاف لم تتمكن من الوصول إلى المصابين بسبب كثافة النيران واستمرار تحليق الطائرات "
    "فوق المنطقة حتى المساء، مشيرًا إلى أن الحصيلة مرشحة للارتفاع خلال الساعات المقبلة."
)


@pytest.mark.parametrize(
    ("markdown", "body"),
    [
        # a prose paragraph before the tweet is not part of it
        (f"{PROSE}\n\nقصف على البلدة الآن.\n\n— حساب (@acc) May 1, 2020", "قصف على البلدة الآن."),
        # a short paragraph that ends like a sentence and has no hashtag/media is prose too
        ("وأضاف المصدر أن الوضع صعب.\n\nقصف على البلدة الآن.\n\n— حساب (@acc) May 1, 2020", "قصف على البلدة الآن."),
        # a lead-in ending with a colon is not part of the tweet
        ("وكتب الدفاع المدني على حسابه:\n\nقصف على البلدة الآن.\n\n— حساب (@acc) May 1, 2020", "قصف على البلدة الآن."),
        # a tweet split by a blank line mid-sentence joins
        (
            "قصف مدفعي على الحي الشرقي من\n\nالبلدة منذ الصباح.\n\n— حساب (@acc) May 1, 2020",
            "قصف مدفعي على الحي الشرقي من\n\nالبلدة منذ الصباح.",
        ),
        # a hashtag-only line before the body joins, and a short paragraph with a hashtag joins
        (
            f"{PROSE}\n\n#حلب#ادلب\n\nعاجل #حلب\n\nقصف على البلدة الآن.\n\n— حساب (@acc) May 1, 2020",
            "#حلب#ادلب\n\nعاجل #حلب\n\nقصف على البلدة الآن.",
        ),
        # a heading ends the walk; a heading made of hashtags does not
        ("## عنوان فرعي\n\nقصف على البلدة الآن.\n\n— حساب (@acc) May 1, 2020", "قصف على البلدة الآن."),
        ("### #حلب #قصف\n\nقصف على البلدة الآن.\n\n— حساب (@acc) May 1, 2020", "#حلب #قصف\n\nقصف على البلدة الآن."),
        # media lines between body and attribution are left out of the text but belong to the post
        (
            "قصف على البلدة الآن.\n\n[pic.twitter.com/Xy](https://pic.twitter.com/Xy)\n\n— حساب (@acc) May 1, 2020",
            "قصف على البلدة الآن.",
        ),
        # a long first body (a Facebook-style post) is still the body
        (f"{PROSE}\n\n— صفحة محلية (@page) May 1, 2020", PROSE),
        # inside a block quote the quote is the body (its ">" marks blanked)
        ("> أولًا: قصف.\n>\n> ثانيًا: نزوح.\n>\n> — حساب (@acc) May 1, 2020", "أولًا: قصف.\n \n  ثانيًا: نزوح."),
    ],
)
def test_post_body_extent(markdown: str, body: str) -> None:
    doc = parse_markdown(f"# عنوان\n\n{markdown}\n")
    assert post_texts(doc) == [body]
    assert_spans_valid(doc)


def test_two_posts_do_not_share_a_body() -> None:
    raw = "# ع\n\nأولى #أ\n\n— حساب (@one) May 1, 2020\n\nثانية #ب\n\n— حساب (@two) May 2, 2020\n"
    doc = parse_markdown(raw)
    assert post_texts(doc) == ["أولى #أ", "ثانية #ب"]
    assert [p.date for p in doc.posts] == ["2020-05-01", "2020-05-02"]
    assert [p.hashtags for p in doc.posts] == [["أ"], ["ب"]]


# ----------------------------------------------------------------------------- hashtags


@pytest.mark.parametrize(
    ("body", "hashtags", "text"),
    [
        ("قصف على [#كفرنبل](#) الآن", ["كفرنبل"], "قصف على  #كفرنبل     الآن"),
        ("الرحمة للشهداء [#الخوذ البيضاء](#)", ["الخوذ البيضاء"], "الرحمة للشهداء  #الخوذ البيضاء"),
        ("#المستريحة في ريف حماة الشمالي.", ["المستريحة"], "#المستريحة في ريف حماة الشمالي."),
        ("#الجيش السوري الحر#الجبهة الوطنية#حماة", ["الجيش السوري الحر", "الجبهة الوطنية", "حماة"], None),
        ("#حلب #ادلب", ["حلب", "ادلب"], None),
        ("#حلب", ["حلب"], None),
        # as on Twitter, "#" right after a letter starts no hashtag ("و#إدلب")
        ("قصف #حماة، و#إدلب، #درعا.", ["حماة", "درعا"], None),
        (
            "وسم [#دير_الزور](https://twitter.com/hashtag/دير_الزور) الآن",
            ["دير_الزور"],
            "وسم  #دير_الزور" + blanks("](https://twitter.com/hashtag/دير_الزور)") + " الآن",
        ),
        ("الغارة رقم #3 على المدينة", [], None),  # a number is not a hashtag
        ("رابط داخلي page.html#section", [], None),
    ],
)
def test_hashtags(body: str, hashtags: list[str], text: str | None) -> None:
    doc = parse_markdown(f"{body}\n\n— حساب (@acc) May 1, 2020\n")
    (post,) = doc.posts
    assert post.hashtags == hashtags
    if text is not None:
        assert doc.text[post.start : post.end] == text


# ----------------------------------------------------------------------------- byline and closing URL


@pytest.mark.parametrize(
    ("byline", "author", "published"),
    [
        ("كتبه سامر الحوراني | 29 تموز، 2021", "سامر الحوراني", "2021-07-29"),
        ("كتبت: ريم الأحمد", "ريم الأحمد", None),
        ("بقلم: ليلى العبدالله", "ليلى العبدالله", None),
        ("بقلم ليلى العبدالله - 14 آذار 2021", "ليلى العبدالله", "2021-03-14"),
        ("إعداد: وحدة الرصد والمتابعة", "وحدة الرصد والمتابعة", None),
        ("كتب: [أحمد الشامي](https://www.example-news.org/author/ahmad)", "أحمد الشامي", None),
        ("الاثنين 20 مايو 2019", None, "2019-05-20"),
        ("نشر في: ٢٠ أيار ٢٠١٩ - 10:30 ص", None, "2019-05-20"),
        ("دمشق - 20 مايو 2019", None, "2019-05-20"),  # a dateline gives the date, never an author
        ("كتبه فلان الفلاني\n20 مايو 2019", "فلان الفلاني", "2019-05-20"),
        ("\u200fكتبه سامر الحوراني | 29 تموز 2021\u200f", "سامر الحوراني", "2021-07-29"),
    ],
)
def test_byline_variants(byline: str, author: str | None, published: str | None) -> None:
    doc = parse_markdown(f"# عنوان الخبر\n\n{byline}\n\n{PROSE}\n")
    assert (doc.article.author, doc.article.published, doc.article.reference_date) == (author, published, published)
    assert len(block_texts(doc, BlockKind.BYLINE)) == 1
    assert block_texts(doc, BlockKind.PARAGRAPH) == [PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "كتب الرئيس على حسابه في تويتر أن المفاوضات ستستأنف الأسبوع المقبل",  # prose, not a byline
        "قتل 20 شخصا في 20 مايو 2019 بحسب المرصد",
    ],
)
def test_not_bylines(line: str) -> None:
    doc = parse_markdown(f"# عنوان الخبر\n\n{line}\n\n{PROSE}\n")
    assert doc.article.author is None and doc.article.published is None
    assert block_texts(doc, BlockKind.BYLINE) == []


def test_byline_only_near_the_top() -> None:
    doc = parse_markdown(f"# عنوان\n\n{PROSE}\n\nكتبه فلان الفلاني | 20 مايو 2019\n")
    assert doc.article.author is None and doc.article.published is None


@pytest.mark.parametrize(
    ("line", "url", "source"),
    [
        (
            "رابط المقال : [/https://www.noon-example.com/27838](https://www.noon-example.com/27838)",
            "https://www.noon-example.com/27838",
            "noon-example.com",
        ),
        ("رابط المقال: /https://www.noon-example.com/27838", "https://www.noon-example.com/27838", "noon-example.com"),
        ("المصدر: [الموقع](https://M.Example-News.org/a/1)", "https://m.example-news.org/a/1", "example-news.org"),
        (
            "رابط الخبر: <https://www.example-news.org/x?id=5>",
            "https://www.example-news.org/x?id=5",
            "example-news.org",
        ),
        ("Source: https://example-news.org/news/9.", "https://example-news.org/news/9", "example-news.org"),
    ],
)
def test_closing_link(line: str, url: str, source: str) -> None:
    doc = parse_markdown(f"# عنوان\n\n{PROSE}\n\n{line}\n")
    assert (doc.article.url, doc.article.source) == (url, source)
    assert len(block_texts(doc, BlockKind.LINK)) == 1


def test_source_line_without_url_is_prose() -> None:
    doc = parse_markdown(f"# عنوان\n\n{PROSE}\n\nالمصدر: وكالات\n")
    assert doc.article.url is None and block_texts(doc, BlockKind.LINK) == []


# ----------------------------------------------------------------------------- markup and robustness


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        # every markup character becomes a space; the article's characters stay where they are
        ("# عنوان **بارز**", "  عنوان   بارز  "),
        ("نص *مائل* و**عريض** و~~محذوف~~", "نص  مائل  و  عريض   و  محذوف  "),
        (
            "زيارة [الموقع](https://example-news.org) اليوم",
            "زيارة  الموقع" + blanks("](https://example-news.org)") + " اليوم",
        ),
        ("رابط <https://example-news.org/report> كامل", "رابط  https://example-news.org/report  كامل"),
        ("صورة pic.twitter.com/AbC في النص", "صورة " + blanks("pic.twitter.com/AbC") + " في النص"),  # media: blanked
        ("صورة <https://t.co/Zz9> هنا", "صورة " + blanks("<https://t.co/Zz9>") + " هنا"),
        ("- بند أول\n- بند ثانٍ", "  بند أول\n  بند ثانٍ"),
        ("> اقتباس من البيان", "  اقتباس من البيان"),
        ("سطر أول  \nسطر ثانٍ", "سطر أول  \nسطر ثانٍ"),  # a two-space line break stays two spaces
        ("الأسعار: 5\\*3", "الأسعار: 5 *3"),  # an escape: the backslash blanked
        ("قوات &amp; فصائل", "قوات &amp; فصائل"),  # an entity stays as written (it is decoded for parsing only)
        (
            "نص ![صورة](https://example-news.org/a.jpg) بعد",
            "نص " + blanks("![صورة](https://example-news.org/a.jpg)") + " بعد",
        ),
        ("العنوان\n=====", "العنوان\n     "),
        (
            "رابط [على\nسطرين](https://example-news.org/a) هنا",
            "رابط  على\nسطرين" + blanks("](https://example-news.org/a)") + " هنا",
        ),
        (
            "صورة [pic.twitter.com/Ab\nCd](https://pic.twitter.com/AbCd) هنا",
            "صورة" + blanks(" [pic.twitter.com/Ab") + "\n" + blanks("Cd](https://pic.twitter.com/AbCd)") + " هنا",
        ),
        ("بِسْمِ اللَّهِ ـــ الحرب", "بِسْمِ اللَّهِ ـــ الحرب"),  # diacritics and tatweel untouched
        ("سطر\r\nثانٍ\rثالث", "سطر \nثانٍ\nثالث"),  # CRLF: the CR blanked; a lone CR ends a line
        ("\ufeff# عنوان", "   عنوان"),  # a byte-order mark is blanked, not dropped
        ("نص `رمز` هنا", "نص  رمز  هنا"),
        ("    رمز مزاح\n\n```\nسطر\n```", "    رمز مزاح\n\n   \nسطر\n   "),
        ("| أ | ب |\n|---|---|\n| ج | د |", "  أ   ب  \n         \n  ج   د  "),
        ("[مرجع][1]\n\n[1]: https://example-news.org", " مرجع    \n\n" + blanks("[1]: https://example-news.org")),
        ("نص<br>ثانٍ <span>و</span>", "نص    ثانٍ       و       "),
    ],
)
def test_markup_blanked(markdown: str, text: str) -> None:
    doc = parse_markdown(markdown)
    assert doc.text == text
    assert offset_problems(markdown, doc.text) == []
    assert_spans_valid(doc)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "\n\n\n",
        "#",
        "# ",
        "# عنوان فقط",
        "\ufeff# عنوان\r\n\r\nكتبه فلان | 20 مايو 2019\r\n\r\nنص.\r\n",
        "نص [رابط غير مغلق](https://example-news.org",
        "[",
        "**",
        "\u200f\u200e",
        "\u200fنص بعلامة اتجاه\u200f",
        "— (@) ",
        "— اسم (@May 40, 2019) x",
        "> " * 60 + "عميق",
        "- " * 60 + "قائمة",
        "[" * 500 + "]" * 500,
        "<div>" * 50,
        "| a |\n|---|\n",
        "```\nغير مغلق",
        "\x00نص\x00",
    ],
)
def test_odd_inputs(raw: str) -> None:
    doc = parse_markdown(raw)
    assert doc.errors == []
    assert offset_problems(raw, doc.text) == []
    assert_spans_valid(doc)


def test_title_only() -> None:
    doc = parse_markdown("# عنوان فقط\n")
    assert (doc.text, doc.article.title) == ("  عنوان فقط\n", "عنوان فقط")
    assert [(b.kind, b.start, b.end) for b in doc.blocks] == [(BlockKind.TITLE, 2, 11)]


def test_crlf_and_bom_read_like_lf() -> None:
    """CRLF line ends and a BOM shift nothing: the same blocks, posts and metadata, at the input's own offsets."""
    raw = (EXAMPLES / "daraa-tafas-2021-07-29.md").read_text(encoding="utf-8")
    crlf = "\ufeff" + raw.replace("\n", "\r\n")
    a, b = parse_markdown(raw), parse_markdown(crlf)
    assert offset_problems(crlf, b.text) == []

    def view(doc: Document) -> tuple[Any, ...]:
        blocks = [(x.kind, " ".join(doc.text[x.start : x.end].split())) for x in doc.blocks]
        posts = [(p.author, p.handle, p.date, p.url, p.media, p.hashtags) for p in doc.posts]
        bodies = [" ".join(doc.text[p.start : p.end].split()) for p in doc.posts]
        return doc.to_dict()["article"], blocks, posts, bodies

    assert view(a) == view(b)
    # every offset moves by the BOM plus one per line above it (each CR)
    for x, y in zip(a.blocks, b.blocks, strict=True):
        assert y.start == x.start + 1 + raw.count("\n", 0, x.start)


FRAGMENTS = [
    "# ",
    "## ",
    "### ",
    "\n",
    "\n\n",
    "  \n",
    "**",
    "*",
    "_",
    "[",
    "]",
    "(",
    ")",
    "](#)",
    "](https://t.co/x)",
    "<",
    ">",
    "> ",
    "- ",
    "1. ",
    "`",
    "```",
    "|",
    "---",
    "#",
    "@",
    "— ",
    "– ",
    "(@",
    "(@May 19, 2019) ",
    "May 19, 2019",
    "20 مايو، 2019",
    "٢٠ أيار ٢٠١٩",
    "كتبه ",
    "بقلم: ",
    "رابط المقال : ",
    "/https://www.example-news.org/1",
    "pic.twitter.com/AbC",
    "<https://t.co/Zz>",
    "https://twitter.com/a/status/1",
    "#كفرنبل",
    "[#هدنة](#)",
    "قصف",
    " على ",
    "البلدة",
    "مُحَمَّد",
    "ـ",
    ".",
    "،",
    "\u200f",
    "\r\n",
    "\ufeff",
    "&mdash;",
    "<blockquote>",
    "</p>",
    "\t",
    "    ",
    "x",
    # markup whose rendering differs from the source: escapes, entities, code spans, tables, images, breaks
    "\\",
    "\\*",
    "&amp;",
    "`رمز`",
    "| أ | ب |\n|---|---|\n",
    "![صورة](https://example-news.org/a.jpg)",
    "<br>",
    "[1]: https://example-news.org/1",
    "\x00",
]


_CHARS = st.characters(exclude_categories=("Cs",))  # lone surrogates cannot come out of a decoded file


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(_CHARS, max_size=5), max_size=40).map("".join))
def test_never_raises_and_spans_valid(raw: str) -> None:
    doc = parse_markdown(raw)
    assert doc.errors == []  # the fallback path was not needed
    assert offset_problems(raw, doc.text) == []
    assert_spans_valid(doc)
    for post in doc.posts:
        assert post.date is None or len(post.date) == 10


@pytest.mark.parametrize("symbol", ["﴿", "﴾", "﷽", "\ufdc8", "\ufbb2"])
def test_presentation_form_symbols(symbol: str) -> None:
    """Quranic brackets and other symbols NFKC leaves unchanged are kept and break nothing."""
    raw = f"# عنوان\n\nكتبه فلان {symbol} | 20 مايو 2019\n\nقال تعالى {symbol}وقاتلوا في سبيل الله{symbol}\n"
    doc = parse_markdown(raw)
    assert doc.errors == []
    assert doc.article.published == "2019-05-20"
    assert f"قال تعالى {symbol}وقاتلوا" in doc.text
