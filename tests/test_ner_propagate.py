"""One reading per document: rasd.ner.propagate spreads names the tagger found to the mentions it missed."""

from __future__ import annotations

import pytest

from rasd.ner.propagate import bio_spans, ordinary, propagate, spreadable, trim_person_tails, word_types


def _tags(line: str) -> list[str]:
    return line.split()


@pytest.mark.parametrize(
    ("sentences", "tags", "expected"),
    [
        pytest.param(
            ["ولد سيغموند فرويد في فريبرغ", "وكان فرويد طالبا متفوقا"],
            ["O B-PER I-PER O B-LOC", "O O O O"],
            ["O B-PER I-PER O B-LOC", "O B-PER O O"],
            id="family name alone after the full name (with a proclitic و)",
        ),
        pytest.param(
            ["قال المخرج سبايك لي للصحفيين", "ويرى لي أن الفيلم ناجح"],
            ["O O B-PER I-PER O", "O O O O O"],
            ["O O B-PER I-PER O", "O O O O O"],
            id="a two-letter family name is not spread",
        ),
        pytest.param(
            ["زار الوفد نيو اورليانز أمس", "وعاد إلى نيو اورليانز بعد أسبوع"],
            ["O O B-LOC I-LOC O", "O O O O O O"],
            ["O O B-LOC I-LOC O", "O O B-LOC I-LOC O O"],
            id="a multi-word place is spread whole",
        ),
        pytest.param(
            ["افتتح الوزير مسجد الحنين", "وصلى الناس في المسجد"],
            ["O O B-PER I-PER", "O O O O"],
            ["O O B-PER I-PER", "O O O O"],
            id="a common word inside a wrongly tagged span is not spread on its own",
        ),
        pytest.param(
            ["التقى ليوناردو بالطبيب", "ثم عاد ليوناردو إلى منزله", "وقالت شركة ليوناردو إنها ستفتتح فرعا"],
            ["O B-PER O", "O O O O O", "O O B-ORG O O O"],
            ["O B-PER O", "O O B-PER O O", "O O B-ORG O O O"],
            id="spans the model tagged are never changed",
        ),
        pytest.param(
            ["وصل كأس العالم إلى الدوحة", "وسيقام كأس العالم في الصيف"],
            ["O B-MISC I-MISC O B-LOC", "O O O O O"],
            ["O B-MISC I-MISC O B-LOC", "O O O O O"],
            id="MISC is not spread",
        ),
        pytest.param(["", ""], ["", ""], ["", ""], id="empty sentences"),
    ],
)
def test_propagate(sentences: list[str], tags: list[str], expected: list[str]) -> None:
    tokens = [s.split() for s in sentences]
    before = [_tags(t) for t in tags]
    snapshot = [list(t) for t in before]
    assert propagate(tokens, before) == [_tags(t) for t in expected]
    assert before == snapshot  # the input is not modified


def test_majority_type_wins() -> None:
    tokens = [["زار", "بجماليون", "صور"], ["ووصل", "بجماليون", "أمس"], ["قال", "بجماليون", "إن"], ["رأى", "بجماليون"]]
    tags = [["O", "B-PER", "B-LOC"], ["O", "B-PER", "O"], ["O", "B-LOC", "O"], ["O", "O"]]
    assert propagate(tokens, tags)[3] == ["O", "B-PER"]


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        ("B-PER I-PER O B-LOC", [("PER", 0, 2), ("LOC", 3, 4)]),
        ("I-ORG I-ORG O", [("ORG", 0, 2)]),
        ("B-PER B-PER", [("PER", 0, 1), ("PER", 1, 2)]),
        ("B-PER I-LOC", [("PER", 0, 1), ("LOC", 1, 2)]),
        ("O O", []),
    ],
)
def test_bio_spans(tags: str, spans: list[tuple[str, int, int]]) -> None:
    assert bio_spans(tags.split()) == spans


def test_word_types_shipped() -> None:
    table = word_types()
    assert len(table) > 1000
    # ordinary words that are mostly inside names are not spread on their own; unseen words are
    assert not spreadable("مسجد", "PER", table)
    assert not spreadable("عربيه", "PER", table)
    assert spreadable("فرويديانو", "PER", table)
    assert not spreadable("ابو", "PER", table)


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("عرضنا خطتنا على هيلاري كلينتون بحضور السفير", "O O O B-PER I-PER I-PER O", "O O O B-PER I-PER O O"),
        ("ودعم المالكي سابقا وسيطرتها", "O B-PER I-PER O", "O B-PER O O"),
        ("حكم عمر بن الخطاب عشر سنين", "O B-PER I-PER I-PER O O", "O B-PER I-PER I-PER O O"),  # a real name part
        ("الملك لويس السابع ملك فرنسا", "O B-PER I-PER O B-LOC", "O B-PER I-PER O B-LOC"),  # regnal number kept
        ("مركز الملك سلمان للإغاثة", "B-ORG I-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG I-ORG"),  # only PER is trimmed
        ("قال القاضي بحضور المحامين", "O O B-PER I-PER", "O O O O"),  # no name starts "in the presence of"
    ],
)
def test_trim_person_tails(sentence: str, tags: str, expected: str) -> None:
    assert trim_person_tails([sentence.split()], [tags.split()]) == [expected.split()]


def test_pronoun_suffix_is_looked_up_without_it() -> None:
    table = word_types()
    assert "حضوره" not in table and "اتفاقيته" not in table
    # حضوره = حضور + ـه; اتفاقيته = اتفاقية + ـه (teh marbuta written ت before the pronoun): ordinary words
    assert ordinary("حضوره", table) and ordinary("اتفاقيته", table)
    assert not spreadable("حضوره", "PER", table)
    assert not ordinary("فرويديانو", table)


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("تراجعت حظوظ هولاند في الانتخابات", "O B-PER I-PER O O", "O O B-PER O O"),  # a noun the model took in
        ("قال محمد برقاوي إن", "O B-PER I-PER O", "O B-PER I-PER O"),  # a given name stays
        ("قال أبو محمد إن", "O B-PER I-PER O", "O B-PER I-PER O"),  # a name particle stays
    ],
)
def test_ordinary_first_word_leaves_a_name(sentence: str, tags: str, expected: str) -> None:
    assert trim_person_tails([sentence.split()], [tags.split()]) == [expected.split()]
