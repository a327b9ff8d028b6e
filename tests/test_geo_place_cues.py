"""The word lists of place recognition read from ``resources/ar/place_cues.yaml`` (round 13, helper dc5)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from rasd.geo.recognize import words
from rasd.resources import load_yaml
from rasd.text.normalize import normalize

WORDS_PY = Path(words.__file__).read_text(encoding="utf-8")


def test_the_file_has_its_header_and_every_list_is_read() -> None:
    data = load_yaml("ar/place_cues.yaml")
    assert {"source", "license", "date"} <= set(data["meta"])
    lists = {k for k in data if k != "meta"}
    read = set(re.findall(r'PLACE_CUES\.\w+\("(\w+)"\)', WORDS_PY))
    assert lists == read  # no list left unread, none read that the file lacks
    for name in lists:
        assert words.PLACE_CUES.words(name)


def test_no_word_list_is_left_in_the_words_module() -> None:
    # in code stay single words (المجاوره، العاصمه), the proclitic letters and the article in a pattern's structure
    arabic = [
        n.value
        for n in ast.walk(ast.parse(WORDS_PY))
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and re.search("[\u0621-\u064a]", n.value)
    ]
    assert arabic
    for literal in arabic:
        assert len(re.findall("[\u0621-\u064a]+", literal)) <= 2, literal


def test_a_neighbouring_village_is_read_with_its_descriptor() -> None:
    view = normalize("وأفاد الأهالي بأن القصف طال قرية الرفيعة المجاورة صباح اليوم")
    m = words._NEIGHBOURING_RE.search(view)
    assert m is not None
    assert m.group("desc") == "قريه"
    assert m.group("name") == "الرفيعه"


def test_a_neighbourhood_descriptor_is_read_after_a_proclitic() -> None:
    assert words._NEIGHBOURHOOD_RE.search(normalize("وسقطت قذيفة في حارة الشيخ وسط المدينة"))
    assert words._NEIGHBOURHOOD_RE.search(normalize("دارت اشتباكات بحي الزهور"))
    assert not words._NEIGHBOURHOOD_RE.search(normalize("قال إن الحياة عادت إلى طبيعتها"))


def test_the_war_nouns_are_normalized() -> None:
    assert normalize("المعركة") in words._WAR_NOUNS
    assert normalize("الأحداث") in words._WAR_NOUNS
