"""HTML ingest: main text without boilerplate, metadata from meta tags and JSON-LD, embedded tweets as posts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.document import BlockKind, Document
from rasd.ingest import read_path
from rasd.ingest.html import clean_title, parse_html
from tests.conftest import EXAMPLES

EXAMPLE = EXAMPLES / "taiz-shelling-2023-11-14.html"


def _blocks(doc: Document, kind: BlockKind | None = None) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if kind is None or b.kind is kind]


def _page(body: str, head: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'
    )


_PARA = "<p>قتل خمسة مدنيين وأصيب عشرة آخرون في قصف مدفعي استهدف أحياء سكنية في المدينة مساء أمس.</p>"


# ------------------------------------------------------------------------------------------------ golden example
@pytest.fixture(scope="module")
def example() -> Document:
    (doc,) = read_path(EXAMPLE)
    return doc


def test_example_metadata(example: Document) -> None:
    a = example.article
    assert a.title == "مقتل ثلاثة مدنيين بقصف مدفعي على أحياء سكنية شرقي تعز"  # " | الراصد نيوز" cut
    assert a.author == "سامي الحكيمي"
    assert a.published == "2023-11-14"
    assert a.reference_date == "2023-11-14"
    assert a.url == "https://www.alrased-news.example/yemen/2023/11/14/taiz-shelling"
    assert a.source == "alrased-news.example"
    assert example.errors == []
    assert example.validate_spans() == []


@pytest.mark.parametrize(
    "must_contain",
    [
        "تعز – الراصد نيوز: قُتل ثلاثة مدنيين، بينهم طفلة، وأصيب سبعة آخرون، مساء أمس الاثنين، جراء قصف مدفعي",
        'لـ"الراصد نيوز" إن المستشفى',  # &quot; decoded
        "سبعة جرحى بينهم امرأتان",  # &nbsp; is a plain space
        "المحال التجارية.\nوهرعت فرق الدفاع المدني",  # <br> is a newline
        "اتهامات متبادلة",
        "جريمة مكتملة الأركان",  # a quoted statement is article text
        "في ظل هدنة هشة تشهدها البلاد منذ أبريل/نيسان 2022.",
    ],
)
def test_example_must_contain(example: Document, must_contain: str) -> None:
    assert must_contain in example.text


@pytest.mark.parametrize(
    "must_not_contain",
    [
        "الرئيسية",  # nav and breadcrumb
        "مقالات الرأي",  # nav
        "ابحث في الموقع",  # search form
        "نستخدم ملفات تعريف الارتباط",  # cookie banner
        "شارك على",  # share buttons
        "اقرأ أيضا",  # "read also" heading of the related list
        "اقرأ أيضاً",  # "read also" paragraph inside the article body
        "إصابة أربعة مدنيين بقذيفة في حي الروضة بتعز",  # its link
        "اشتباكات متقطعة في جبهات مأرب",  # related list
        "الوسوم",  # tags
        "التعليقات",  # comments
        "رحم الله الضحايا",  # a comment
        "الأكثر قراءة",  # sidebar
        "معارك عنيفة في محيط الفاشر",  # sidebar link
        "اشترك في نشرتنا",  # newsletter box
        "جميع الحقوق محفوظة",  # footer
        "سياسة الخصوصية",  # footer
        "آثار القصف على أحد المحال",  # image caption
        "dataLayer",  # script
        "position:fixed",  # style
        "14 نوفمبر 2023",  # the header's byline and date (in metadata instead)
        "&quot;",
        "&nbsp;",
        "\xa0",
    ],
)
def test_example_must_not_contain(example: Document, must_not_contain: str) -> None:
    assert must_not_contain not in example.text


def test_example_blocks(example: Document) -> None:
    assert _blocks(example, BlockKind.TITLE) == ["مقتل ثلاثة مدنيين بقصف مدفعي على أحياء سكنية شرقي تعز"]
    assert example.text.startswith("مقتل ثلاثة مدنيين")
    assert example.text.count("مقتل ثلاثة مدنيين بقصف مدفعي") == 1  # the <h1> does not repeat the title
    assert _blocks(example, BlockKind.HEADING) == ["اتهامات متبادلة"]
    assert len(_blocks(example, BlockKind.PARAGRAPH)) == 7
    assert len(_blocks(example, BlockKind.POST)) == 1


def test_example_post(example: Document) -> None:
    (post,) = example.posts
    assert post.platform == "twitter"
    assert post.author == "المرصد اليمني لحقوق الإنسان"
    assert post.handle == "YemenRightsObs"
    assert post.date == "2023-11-13"
    assert post.url == "https://twitter.com/YemenRightsObs/status/1724172839465512345"
    assert post.media == ["https://pic.twitter.com/Qm4Zt7KpLw"]
    assert post.hashtags == ["الجحملية", "تعز"]
    body = example.text[post.start : post.end]
    assert body.startswith("ارتفاع عدد ضحايا القصف على حي #الجحملية في #تعز إلى 3 قتلى و7 جرحى")
    assert body.endswith("pic.twitter.com/Qm4Zt7KpLw")
    # the post block also holds the attribution line; dates inside the tweet anchor to the tweet's date
    (block,) = [b for b in example.blocks if b.kind is BlockKind.POST]
    assert example.text[block.start : block.end].endswith(
        "— المرصد اليمني لحقوق الإنسان (@YemenRightsObs) November 13, 2023"
    )
    assert example.reference_date_at(post.start) == "2023-11-13"
    assert example.reference_date_at(0) == "2023-11-14"


# ------------------------------------------------------------------------------------------------ metadata tables
@pytest.mark.parametrize(
    ("raw", "site", "expected"),
    [
        ("غارات على ريف إدلب | نون بوست", "نون بوست", "غارات على ريف إدلب"),
        ("غارات على ريف إدلب - نون بوست", "نون بوست", "غارات على ريف إدلب"),
        ("نون بوست | غارات على ريف إدلب", "نون بوست", "غارات على ريف إدلب"),
        ("غارات على ريف إدلب | الجزيرة نت", None, "غارات على ريف إدلب"),  # short "| Site" tail
        ("سوريا - مقتل 5 في غارة على إدلب", None, "سوريا - مقتل 5 في غارة على إدلب"),  # a dash inside a title
        ("  غارات   على\nإدلب  ", None, "غارات على إدلب"),
        ("قصف على حماة – صور | موقع", "موقع", "قصف على حماة – صور"),
    ],
)
def test_clean_title(raw: str, site: str | None, expected: str) -> None:
    assert clean_title(raw, site_name=site) == expected


def test_clean_title_prefers_the_h1_it_contains() -> None:
    assert clean_title("الأخبار - غارات على ريف إدلب الجنوبي - موقع", h1="غارات على ريف إدلب الجنوبي") == (
        "غارات على ريف إدلب الجنوبي"
    )


@pytest.mark.parametrize(
    ("head", "body", "field", "expected"),
    [
        # title sources in order of trust
        ('<meta name="twitter:title" content="عنوان تويتر"><title>عنوان الصفحة</title>', "", "title", "عنوان تويتر"),
        ("<title>عنوان الصفحة</title>", "", "title", "عنوان الصفحة"),
        ("", "<h1>عنوان من h1</h1>", "title", "عنوان من h1"),
        (
            '<script type="application/ld+json">{"@type":"NewsArticle","headline":"عنوان JSON-LD"}</script>',
            "",
            "title",
            "عنوان JSON-LD",
        ),
        # author
        ('<meta name="author" content="بقلم: ليلى حسن">', "", "author", "ليلى حسن"),
        (
            '<meta property="article:author" content="https://facebook.com/x"><meta name="dc.creator" content="علي">',
            "",
            "author",
            "علي",
        ),
        (
            '<script type="application/ld+json">[{"@type":"NewsArticle",'
            '"author":[{"name":"أ"},{"name":"ب"}]}]</script>',
            "",
            "author",
            "أ، ب",
        ),
        ("", '<span itemprop="author"><span itemprop="name">مراسل دمشق</span></span>', "author", "مراسل دمشق"),
        ("", '<a rel="author" href="/u/1">كتبه: سامر</a>', "author", "سامر"),
        ("", '<div class="byline">بواسطة هدى</div>', "author", "هدى"),
        ("", '<div class="author">' + "كلام طويل " * 20 + "</div>", "author", None),  # not a byline
        # date
        (
            '<meta property="article:published_time" content="2019-05-20T01:30:00+03:00">',
            "",
            "published",
            "2019-05-20",
        ),
        (
            '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle",'
            '"datePublished":"2024-02-18T10:00:00Z"}]}</script>',
            "",
            "published",
            "2024-02-18",
        ),
        ("", '<time datetime="2023-08-15T08:00">15 أغسطس</time>', "published", "2023-08-15"),
        ("", '<time pubdate="">20 مايو، 2019</time>', "published", "2019-05-20"),
        ('<meta name="pubdate" content="20/05/2019">', "", "published", "2019-05-20"),
        ('<meta name="date" content="غير معروف">', "", "published", None),
        ("", '<span class="date">نشر في: الاثنين 20 مايو 2019 - 10:30</span>', "published", "2019-05-20"),
        # URL and source
        ('<link rel="canonical" href="https://www.Noonpost.com/27838">', "", "url", "https://www.noonpost.com/27838"),
        (
            '<meta property="og:url" content="https://ex.example/a/1"><link rel="canonical" href="/a/1?amp=0">',
            "",
            "url",
            "https://ex.example/a/1?amp=0",
        ),
        ('<meta property="og:url" content="https://www.ex.example/a/1">', "", "source", "ex.example"),
        ('<meta property="og:site_name" content="نون بوست">', "", "source", "نون بوست"),  # no URL: the site name
        ("", "", "url", None),
    ],
)
def test_metadata(head: str, body: str, field: str, expected: str | None) -> None:
    doc = parse_html(_page(body + _PARA, head))
    assert getattr(doc.article, field) == expected


def test_html_entities_in_json_ld_and_meta() -> None:
    head = (
        '<meta property="og:title" content="&quot;الهدنة&quot; تنهار في إدلب">'
        '<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"سامي &amp; ليلى"}}</script>'
    )
    doc = parse_html(_page(_PARA, head))
    assert doc.article.title == '"الهدنة" تنهار في إدلب'
    assert doc.article.author == "سامي & ليلى"


def test_broken_json_ld_is_ignored() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><title>عنوان سليم</title>'
    doc = parse_html(_page(_PARA, head))
    assert doc.article.title == "عنوان سليم"


# ------------------------------------------------------------------------------------------------ main text
@pytest.mark.parametrize(
    ("body", "kept", "dropped"),
    [
        # no <article>: the densest container wins over menus and a sidebar
        (
            '<div class="top"><a href="/">الرئيسية</a> <a href="/s">سوريا</a></div>'
            '<div class="col-main">' + _PARA * 3 + "</div>"
            '<div class="col-side"><p>إعلان عن شقق للبيع في المدينة.</p></div>',
            "قتل خمسة مدنيين",
            "شقق للبيع",
        ),
        # an article split in two by an advert: the densest part and the sibling that continues it
        (
            '<div class="wrap"><div class="a">' + _PARA * 4 + '</div><div class="ad-slot">إعلان</div>'
            '<div class="b"><p>وفي الجزء الثاني من الخبر قال الدفاع المدني إن فرقه ما زالت تبحث عن مفقودين.</p></div>'
            '</div><div class="side"><p>نص جانبي قصير عن موضوع آخر لا علاقة له بالخبر.</p></div>',
            "وفي الجزء الثاني من الخبر",
            "نص جانبي",
        ),
        # text written straight into a <div> with <br><br> between paragraphs, as old sites do
        (
            '<div id="txt">اندلعت اشتباكات عنيفة جنوب طرابلس ليل الاثنين بين فصيلين مسلحين.<br><br>'
            "وأعلن مركز الطوارئ ارتفاع الحصيلة إلى 27 قتيلا.</div><ul><li><a href='/'>الرئيسية</a></li></ul>",
            "جنوب طرابلس ليل الاثنين بين فصيلين مسلحين.\n\nوأعلن مركز الطوارئ",
            "الرئيسية",
        ),
        # a page whose body wrapper carries a "sidebar" class word still yields its text
        ('<div class="layout with-sidebar"><div class="box">' + _PARA + "</div></div>", "قتل خمسة مدنيين", "\n\n\n"),
        # an ASP.NET page: everything inside one <form>
        ('<form id="aspnetForm"><div>' + _PARA * 3 + "</div></form>", "قتل خمسة مدنيين", "aspnet"),
        # link density: a list of links is dropped, a paragraph with one link is kept
        (
            "<article>"
            + _PARA
            + '<p>وقال <a href="/p">المرصد السوري</a> إن الحصيلة مرشحة للارتفاع بسبب وجود جرحى في حالة خطرة.</p>'
            + '<ul><li><a href="/1">خبر أول</a></li><li><a href="/2">خبر ثان</a></li><li><a href="/3">خبر ثالث</a>'
            "</li></ul></article>",
            "وقال المرصد السوري إن الحصيلة",
            "خبر ثان",
        ),
        # inline markup does not split words or add spaces; whitespace runs collapse
        (
            "<article><p>قصف <b>مدفعي</b>   على<i>حي</i>\n\n  الروضة   في المدينة اليوم.</p></article>",
            "قصف مدفعي علىحي الروضة في المدينة اليوم.",
            "  ",
        ),
        # hidden elements, comments and templates
        (
            "<article>"
            + _PARA
            + '<div style="display: none">نص مخفي</div><div hidden>نص مخفي</div><!-- تعليق --><template>قالب</template>'
            "</article>",
            "قتل خمسة مدنيين",
            "مخفي",
        ),
        # a "read also" line inside the body, in its several spellings
        ("<article>" + _PARA + '<p>إقرأ أيضاً: <a href="/x">عنوان خبر آخر</a></p></article>', "قتل", "عنوان خبر آخر"),
        ("<article>" + _PARA + "<h4>مواضيع ذات صلة</h4><p>نص قصير مرتبط</p></article>", "قتل", "ذات صلة"),
        # a sentence that starts like a boilerplate word is kept
        (
            "<article>" + _PARA + "<p>شارك مئات المتظاهرين في وقفة احتجاجية أمام مبنى المحافظة للمطالبة بالأمن.</p>"
            "</article>",
            "شارك مئات المتظاهرين",
            "\x00",
        ),
        # tables: one paragraph per row, cells separated by a space
        (
            "<article>" + _PARA + "<table><tr><td>قتلى</td><td>5</td></tr><tr><td>جرحى</td><td>10</td></tr></table>"
            "</article>",
            "قتلى 5\n\nجرحى 10",
            "\x00",
        ),
    ],
)
def test_main_text(body: str, kept: str, dropped: str) -> None:
    doc = parse_html(_page(body))
    assert kept in doc.text
    assert dropped not in doc.text
    assert doc.validate_spans() == []
    assert doc.errors == []


def test_article_body_preferred_over_comments() -> None:
    comments = '<div class="comments">' + "<p>" + "تعليق طويل من قارئ غاضب على الخبر المنشور. " * 3 + "</p>" * 1
    body = '<div itemprop="articleBody">' + _PARA + "</div>" + comments * 6 + "</div>"
    doc = parse_html(_page(body))
    assert "قتل خمسة مدنيين" in doc.text
    assert "تعليق طويل" not in doc.text


def test_tweet_variants() -> None:
    body = (
        "<article>" + _PARA + '<blockquote class="twitter-tweet">نص تغريدة بلا فقرة عن القصف'
        "<br>&mdash; الدفاع المدني (@civil_def) "
        '<a href="https://x.com/civil_def/status/123456?s=20">19 مايو 2019</a></blockquote></article>'
    )
    doc = parse_html(_page(body))
    (post,) = doc.posts
    assert doc.text[post.start : post.end] == "نص تغريدة بلا فقرة عن القصف"
    assert (post.author, post.handle, post.date) == ("الدفاع المدني", "civil_def", "2019-05-19")
    assert post.url == "https://twitter.com/civil_def/status/123456"


def test_tweet_inside_a_social_embed_box_is_kept() -> None:
    body = (
        "<article>" + _PARA + '<div class="social-embed"><blockquote class="twitter-tweet"><p>تغريدة مهمة</p>'
        '&mdash; حساب (@acc) <a href="https://twitter.com/acc/status/9">May 18, 2019</a></blockquote></div></article>'
    )
    doc = parse_html(_page(body))
    assert [p.date for p in doc.posts] == ["2019-05-18"]
    assert "تغريدة مهمة" in doc.text


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "<html></html>",
        "<html><body><nav><a href='/'>الرئيسية</a></nav><footer>حقوق</footer></body></html>",
        "just text without any markup",
    ],
)
def test_page_without_article_text(raw: str) -> None:
    doc = parse_html(raw)
    assert doc.validate_spans() == []
    if not doc.text.strip() or raw.startswith("<html><body><nav"):
        assert any("no article text" in e.message for e in doc.errors)


def test_plain_text_without_markup_is_read() -> None:
    doc = parse_html("خبر عاجل: اشتباكات في طرابلس أسفرت عن مقتل وإصابة العشرات من المدنيين والمسلحين.")
    assert "اشتباكات في طرابلس" in doc.text
    assert doc.errors == []


def test_unassigned_presentation_form_code_point_does_not_lose_the_page() -> None:
    # text/normalize.py recursed on U+FDC8 when this was written; ingest must keep the article either way
    doc = parse_html("<article><p>\ufdc8 اقرأ</p>" + _PARA + '<time class="date">\ufdc8</time></article>')
    assert "\ufdc8 اقرأ" in doc.text
    assert "قتل خمسة مدنيين" in doc.text


def test_deeply_nested_page_does_not_crash() -> None:
    doc = parse_html("<div>" * 5000 + _PARA + "</div>" * 5000)
    assert "قتل خمسة مدنيين" in doc.text


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<div class='share'>",
                    "</div>",
                    "<br>",
                    "<article>",
                    "<a href='x'>",
                    "</a>",
                    "<h2>",
                    "<blockquote class='twitter-tweet'>",
                    "&mdash;",
                    "&amp;",
                    "<ul><li>",
                    "<script>",
                    "<!--",
                ]
            ),
            st.text(max_size=30),
        ),
        max_size=25,
    )
)
def test_random_markup_never_raises_and_spans_are_valid(pieces: list[str]) -> None:
    doc = parse_html("".join(pieces))
    assert doc.validate_spans() == []
    for block in doc.blocks:
        assert doc.text[block.start : block.end].strip() == doc.text[block.start : block.end]
