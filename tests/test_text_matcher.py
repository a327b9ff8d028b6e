"""The clitic-aware lexicon matcher: proclitics, the article, traps, multi-word entries, hashtags, variants."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.errors import ConfigError
from rasd.text.matcher import LexiconMatcher, Match, strip_proclitics
from rasd.text.normalize import normalize, normalize_view

# A small gazetteer-like lexicon; the "decoy" entries are what a word would become if a letter of it were
# wrongly stripped as a proclitic (ل+بنان, ب+لدة, ف+رنسا, و+ادي, ف+لسطين, ك+فرنبل).
LEXICON: list[tuple[str, str]] = [
    ("إدلب", "idlib"),
    ("حماة", "hama"),
    ("أريحا", "ariha"),
    ("الغوطة الشرقية", "east_ghouta"),
    ("مدينة", "city"),
    ("لبنان", "lebanon"),
    ("بنان", "decoy"),
    ("بلدة", "town"),
    ("لدة", "decoy"),
    ("فرنسا", "france"),
    ("رنسا", "decoy"),
    ("وادي بردى", "barada"),
    ("ادي", "decoy"),
    ("فلسطين", "palestine"),
    ("لسطين", "decoy"),
    ("كفرنبل", "kafranbel"),
    ("فرنبل", "decoy"),
    ("كفر نبودة", "kafr_nabuda"),
    ("ريف حماة", "rif_hama"),
    ("ريف حماة الشمالي", "north_rif_hama"),
    ("اللاذقية", "latakia"),
    ("بصرى الشام", "busra"),
    ("الفرقة 17", "div17"),
    ("معرة النعمان", "maarat"),
    ("جسر الشغور", "jisr"),
    ("U.S.", "usa"),
]
MATCHER: LexiconMatcher[str] = LexiconMatcher(LEXICON)


def found(text: str, matcher: LexiconMatcher[str] = MATCHER, **kw: bool) -> list[tuple[str, str, str]]:
    """(matched source text, value, stripped prefix) of every match."""
    return [(text[m.start : m.end], m.value, m.prefix) for m in matcher.find_all(text, **kw)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plain, hamza and teh marbuta variants
        ("سقطت قذائف على إدلب صباحا", [("إدلب", "idlib", "")]),
        ("سقطت قذائف على ادلب صباحا", [("ادلب", "idlib", "")]),
        ("قصف مدفعي على حماه", [("حماه", "hama", "")]),
        ("نزوح من اريحا", [("اريحا", "ariha", "")]),
        ("اشتباكات قرب بصري الشام", [("بصري الشام", "busra", "")]),  # alef maqsura written as yeh
        # proclitics and their combinations
        ("غارات جوية بإدلب", [("إدلب", "idlib", "ب")]),
        ("وإدلب تحت القصف", [("إدلب", "idlib", "و")]),
        ("وبإدلب سقط قتلى", [("إدلب", "idlib", "وب")]),
        ("فبحماة انفجرت سيارة", [("حماة", "hama", "فب")]),
        ("كحماة تماما", [("حماة", "hama", "ك")]),
        ("ولحماة نصيب", [("حماة", "hama", "ول")]),
        # article: an entry with ال needs the article, possibly fused
        ("القصف في الغوطة الشرقية", [("الغوطة الشرقية", "east_ghouta", "")]),
        ("وصلت القوات بالغوطة الشرقية", [("الغوطة الشرقية", "east_ghouta", "ب")]),
        ("دعم للغوطة الشرقية", [("غوطة الشرقية", "east_ghouta", "لل")]),
        ("ووللغوطة الشرقية", []),  # two conjunctions are not a proclitic sequence
        ("وللغوطة الشرقية نصيب", [("غوطة الشرقية", "east_ghouta", "ولل")]),
        ("غوطة الشرقية", []),
        ("بغوطة الشرقية", []),
        ("واللاذقية هادئة", [("اللاذقية", "latakia", "و")]),
        ("أرسلت تعزيزات للاذقية", [("لاذقية", "latakia", "ل")]),  # ل + اللاذقية loses a lam
        # article: an entry without ال also matches with it
        ("دخلوا المدينة ليلا", [("مدينة", "city", "ال")]),
        ("قصف بالمدينة", [("مدينة", "city", "بال")]),
        ("عادوا للمدينة", [("مدينة", "city", "لل")]),
        ("وبالمدينة أيضا", [("مدينة", "city", "وبال")]),
        # traps: fewest stripped letters wins
        ("لبنان يستقبل اللاجئين", [("لبنان", "lebanon", "")]),
        ("ولبنان يستقبل", [("لبنان", "lebanon", "و")]),
        ("بلدة صغيرة", [("بلدة", "town", "")]),
        ("فرنسا تدين", [("فرنسا", "france", "")]),
        ("في وادي بردى", [("وادي بردى", "barada", "")]),
        ("ووادي بردى", [("وادي بردى", "barada", "و")]),
        ("فلسطين المحتلة", [("فلسطين", "palestine", "")]),
        ("كفرنبل تتظاهر", [("كفرنبل", "kafranbel", "")]),
        ("بكفرنبل", [("كفرنبل", "kafranbel", "ب")]),
        # whole words only: no suffixes, no match inside a word
        ("المتظاهرون الفلسطينيون", []),
        ("طبق إدلبي", []),
        ("مدينتنا", []),
        # multi-word: longest first, flexible spaces, hyphens and underscores, not across lines or commas
        ("في ريف حماة الشمالي", [("ريف حماة الشمالي", "north_rif_hama", "")]),
        ("في ريف حماة", [("ريف حماة", "rif_hama", "")]),
        ("بريف   حماة", [("ريف   حماة", "rif_hama", "ب")]),
        ("ريف-حماة", [("ريف-حماة", "rif_hama", "")]),
        ("ريف\nحماة", [("حماة", "hama", "")]),
        ("ريف، حماة", [("حماة", "hama", "")]),
        ("بلدة كفر نبودة", [("بلدة", "town", ""), ("كفر نبودة", "kafr_nabuda", "")]),
        # hashtags
        ("#كفرنبل", [("كفرنبل", "kafranbel", "")]),
        ("[#كفرنبل](#)", [("كفرنبل", "kafranbel", "")]),
        ("#ريف_حماة_الشمالي", [("ريف_حماة_الشمالي", "north_rif_hama", "")]),
        ("#معرة_النعمان تحترق", [("معرة_النعمان", "maarat", "")]),
        # diacritics, tatweel, Arabic-Indic digits
        ("وصلوا إلى حَمَاةَ", [("حَمَاةَ", "hama", "")]),
        ("وَبِإِدْلِبَ", [("إِدْلِبَ", "idlib", "وَبِ")]),
        ("اشتباكات في حمـــاة", [("حمـــاة", "hama", "")]),
        ("عناصر الفرقة ١٧ انسحبوا", [("الفرقة ١٧", "div17", "")]),
        ("جِسْرِ الشُّغُور", [("جِسْرِ الشُّغُور", "jisr", "")]),
        # Latin entry with inner punctuation; URLs are never matched
        ("طائرات U.S. فوق إدلب", [("U.S", "usa", ""), ("إدلب", "idlib", "")]),
        ("المصدر: https://example.com/إدلب/حماة", []),
    ],
)
def test_find_all_table(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = found(text)
    # the prefix is reported normalized; compare the source text before the stem instead when it has marks
    assert [(s, v) for s, v, _ in got] == [(s, v) for s, v, _ in expected]
    assert [normalize(p) for _, _, p in got] == [normalize(p) for _, _, p in expected]


def test_match_fields_for_a_proclitic() -> None:
    text = "قتلى وبالغوطة الشرقية"
    (m,) = MATCHER.find_all(text)
    assert m == Match(start=7, end=text.index("الشرقية") + 7, value="east_ghouta", key="الغوطه الشرقيه",
                      prefix="وب", prefix_start=5)  # fmt: skip
    assert text[m.prefix_start : m.start] == "وب"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("المدينة", []),
        ("بالمدينة", []),
        ("بمدينة", ["مدينة"]),
        ("للغوطة الشرقية", ["غوطة الشرقية"]),
        ("الغوطة الشرقية", ["الغوطة الشرقية"]),
    ],
)
def test_article_not_optional(text: str, expected: list[str]) -> None:
    strict = LexiconMatcher(LEXICON, article_optional=False)
    assert [t for t, _, _ in found(text, strict)] == expected


def test_without_clitics_only_whole_words_match() -> None:
    bare = LexiconMatcher(LEXICON, clitics=False)
    assert found("غارات بإدلب وإدلب", bare) == []
    assert found("إدلب", bare) == [("إدلب", "idlib", "")]


def test_keep_whole_blocks_a_reading() -> None:
    entries = [("حدة", "yemen_town"), ("بين", "decoy")]
    assert found("وحدة عسكرية", LexiconMatcher(entries)) == [("حدة", "yemen_town", "و")]
    assert found("وحدة عسكرية", LexiconMatcher(entries, keep_whole=["وحدة"])) == []


def test_overlapping_returns_nested_matches() -> None:
    got = found("في ريف حماة الشمالي", overlapping=True)
    assert got == [
        ("ريف حماة الشمالي", "north_rif_hama", ""),
        ("ريف حماة", "rif_hama", ""),
        ("حماة", "hama", ""),
    ]


def test_same_key_entries_are_all_returned() -> None:
    m = LexiconMatcher([("حماة", "city"), ("حماه", "governorate")])
    assert found("قصف على حماة", m) == [("حماة", "city", ""), ("حماة", "governorate", "")]


def test_short_entries_are_skipped_and_listed() -> None:
    m = LexiconMatcher([("ب", 1), ("...", 2), ("حلب", 3)])
    assert len(m) == 1
    assert m.skipped == ["ب", "..."]
    assert "حلب" in m and "حَلَب" in m and "دمشق" not in m and 3 not in m


def test_bad_min_len_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="min_len must be at least 1"):
        LexiconMatcher([("حلب", 1)], min_len=0)


def test_prepared_view_gives_the_same_matches() -> None:
    text = "غارات على إدلب وريف حماة"
    assert MATCHER.find_all(normalize_view(text)) == MATCHER.find_all(text)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("لبنان", [("", "لبنان"), ("ل", "بنان")]),
        ("وبالمدينة", [("", "وبالمدينه"), ("و", "بالمدينه"), ("وب", "المدينه"), ("وبال", "مدينه")]),
        ("للغوطة", [("", "للغوطه"), ("ل", "لغوطه"), ("لل", "غوطه")]),
        ("فلل", [("", "فلل"), ("ف", "لل")]),
        ("كالأسد", [("", "كالاسد"), ("ك", "الاسد"), ("كال", "اسد")]),
        ("سوريا", [("", "سوريا")]),
        ("وب", [("", "وب")]),
    ],
)
def test_strip_proclitics(word: str, expected: list[tuple[str, str]]) -> None:
    assert strip_proclitics(word) == expected


# ----------------------------------------------------------------------------------------------- properties
_WORDS = [surface for surface, _ in LEXICON] + ["قصف", "على", "في", "من", "قوات", "النظام", "2019", "٣٠٠"]
_CLITICS = ["", "", "و", "ب", "ل", "لل", "بال", "وبال", "ف", "ال"]
_NOISE = ["َ", "ـ", "ً", "\u200c", "ﻻ", "،", ".", "-", "_", "#", "\n", "  "]

_piece = st.tuples(st.sampled_from(_CLITICS), st.sampled_from(_WORDS), st.sampled_from([" ", " ", *_NOISE])).map(
    "".join
)
_texts = st.lists(_piece, max_size=12).map("".join) | st.text(
    alphabet=st.sampled_from(list("ابتلمنوفكيةىأإآـَُِّ ,.#-_\nلبنانحماةﻻ0١")), max_size=60
)
_LETTERS = re.compile(r"[^\W\d_]+|\d+")


@settings(max_examples=300, deadline=None)
@given(_texts, st.booleans())
def test_every_match_is_a_span_of_the_text_that_normalizes_to_its_key(text: str, overlapping: bool) -> None:
    matches = MATCHER.find_all(text, overlapping=overlapping)
    for m in matches:
        assert 0 <= m.prefix_start <= m.start < m.end <= len(text)
        assert _LETTERS.findall(normalize(text[m.start : m.end])) == m.key.split(" ")
        assert normalize(text[m.prefix_start : m.start]) == m.prefix
    if not overlapping:
        spans = sorted({(m.prefix_start, m.start, m.end) for m in matches})
        for (_, _, end), (nxt, _, _) in itertools.pairwise(spans):
            assert end <= nxt
