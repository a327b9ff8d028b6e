"""Round 28 (helper sp8): the entity stage's cheaper paths give what the paths they stand in for gave.

Each new path is checked against a copy of the loop it replaces (kept here as the reference), on hand-written
news sentences and on random inputs.
"""

from __future__ import annotations

import itertools
import random

import pytest

from rasd.ner import features as F
from rasd.ner.features import FeatureExtractor, _pair_table
from rasd.ner.labels import spans_from_bio
from rasd.ner.model import MODEL_RESOURCE, NERTagger, _known_attributes, _resource_path
from rasd.ner.propagate import bio_spans, names_after_verbs, propagate
from rasd.text.normalize import normalize_word, normalize_words

SENTENCES = [
    ["أعلن", "المتحدث", "باسم", "الجيش", "العقيد", "تركي", "المالكي", "أن", "الدفاعات", "اعترضت", "صاروخا", "."],
    ["وقال", "المالكي", "في", "مؤتمر", "صحفي", "بالرياض", "إن", "الصاروخ", "أطلق", "من", "صعدة", "|", "أمس"],
    ["ذكر", "علي", "الشهري", "(", "شاهد", "عيان", ")", "أن", "الانفجار", "هز", "الحي", "ـ", "ﻻ"],
    [],
    ["و", "التقى", "وزير", "الخارجية", "سامح", "شكري", "نظيره", "الأردني", "أيمن", "الصفدي", "في", "عمان", "2016"],
    ["«", "الشرق", "الأوسط", "»", "|", "a|b", "||", "قال", "|شكري"],
]


@pytest.fixture(scope="module")
def extractor() -> FeatureExtractor:
    return FeatureExtractor(known=_known_attributes(_resource_path(MODEL_RESOURCE)))


def _bigrams(fx: FeatureExtractor) -> tuple[dict[str, tuple[bytes, ...]], dict[str, tuple[bytes, ...]]]:
    """The model's bigram features by their ``a|b`` key, from its attribute list (as before round 28)."""
    assert fx.known is not None
    before = {f[4:]: (f.encode("utf-8"),) for f in fx.known if f.startswith("bg-=")}
    after = {f[4:]: (f.encode("utf-8"),) for f in fx.known if f.startswith("bg+=")}
    return before, after


def _items_reference(fx: FeatureExtractor, recs: list[F._Record], context: frozenset[str]) -> list[list[bytes]]:
    """record_items as it was before round 28: column lists and an ``a|b`` string per pair."""
    n = len(recs)
    if not n:
        return []
    norms = [r[5] for r in recs]
    dns = [F._DN if r[5] in context or r[6] in context else F._NONE for r in recs] if context else [F._NONE] * n
    pairs = [a + "|" + b for a, b in itertools.pairwise(norms)]
    before, after = _bigrams(fx)
    bg_before = [F._BOS] + [before.get(p, F._NONE) for p in pairs]
    bg_after = [after.get(p, F._NONE) for p in pairs] + [F._EOS]
    pad = [F._NONE, F._NONE]
    m2 = pad + [r[1] for r in recs[:-2]]
    m1 = pad[:1] + [r[2] for r in recs[:-1]]
    p1 = [r[3] for r in recs[1:]] + pad[:1]
    p2 = [r[4] for r in recs[2:]] + pad
    return [
        [*r[0], *d, *a, *b, *bb, *c, *ba, *e]
        for r, d, a, b, bb, c, ba, e in zip(recs, dns, m2, m1, bg_before, p1, bg_after, p2, strict=False)
    ]


def _b(text: str) -> tuple[bytes, ...]:
    return (text.encode("utf-8"),)


def test_pair_table_enters_a_key_under_each_of_its_splits() -> None:
    before = {"في|غزة": _b("bg-=في|غزة"), "|||": _b("bg-=|||")}
    after = {"في|غزة": _b("bg+=في|غزة"), "قال|ان": _b("bg+=قال|ان")}
    table = _pair_table(before, after)
    assert table["في"]["غزة"] == (_b("bg-=في|غزة"), _b("bg+=في|غزة"))
    assert table["قال"]["ان"] == ((), _b("bg+=قال|ان"))
    # "|||" is "" + "||", "|" + "|" and "||" + ""
    assert table[""]["||"] == table["|"]["|"] == table["||"][""] == (_b("bg-=|||"), ())
    found = {a + "|" + b for a, row in table.items() for b in row}
    assert found == {*before, *after}


def test_record_items_equal_the_column_lists_on_news_sentences(extractor: FeatureExtractor) -> None:
    context, records = extractor.document_records(SENTENCES)
    assert context  # تركي المالكي / سامح شكري: the family names mark their other mentions
    for recs in records:
        assert extractor.record_items(recs, context) == _items_reference(extractor, recs, context)
        assert extractor.record_items(recs) == _items_reference(extractor, recs, frozenset())


def test_record_items_equal_the_column_lists_on_known_bigrams(extractor: FeatureExtractor) -> None:
    before, after = _bigrams(extractor)
    pairs = sorted({*before, *after})
    rng = random.Random(2028)
    words = sorted({w for p in pairs for w in p.split("|")} | {"|", "||", "قال", "."})
    context = frozenset(rng.sample(words, 40))
    for _ in range(300):  # sentences made of known bigrams' words: many pairs are known
        sent = [rng.choice(words) for _ in range(rng.randint(1, 12))]
        recs = [extractor.record(w) for w in sent]
        assert extractor.record_items(recs, context) == _items_reference(extractor, recs, context)
    hits = [p.split("|") for p in rng.sample(pairs, 200) if p.count("|") == 1]
    for a, b in hits:  # every pair the model knows gives its features
        recs = [extractor.record(a), extractor.record(b)]
        items = extractor.record_items(recs)
        assert items == _items_reference(extractor, recs, frozenset())
        assert any(f.startswith(b"bg") for f in items[0] + items[1])


def test_record_items_without_the_attribute_list_keep_every_pair() -> None:
    fx = FeatureExtractor(known=None)
    recs = [fx.record(w) for w in SENTENCES[1]]
    items = fx.record_items(recs)
    assert b"bg-=BOS" not in items[0] and b"BOS" in items[0]
    assert ("bg+=" + recs[0][5] + "|" + recs[1][5]).encode() in items[0]
    assert ("bg-=" + recs[0][5] + "|" + recs[1][5]).encode() in items[1]
    assert b"EOS" in items[-1]


def test_a_record_carries_the_words_normalize_word(extractor: FeatureExtractor) -> None:
    for word in ["الأردنيّ", "إنّ", "ﻻ", "ـ", "\u0640\u0640", "أمس", "Reuters", "2016", "|"]:
        rec = extractor.record(word)
        assert rec[9] == normalize_word(word)
        assert rec[5] == (normalize_word(word).strip() or word)


def test_tag_document_words_give_the_tags_and_the_normalized_words() -> None:
    tagger = NERTagger(network=None)
    tags, words = tagger.tag_document_words(SENTENCES)
    assert tags == NERTagger(network=None).tag_document(SENTENCES)
    assert words == [normalize_words(s) for s in SENTENCES]
    assert "B-PER" in tags[0] and "B-PER" in tags[4]  # المالكي after العقيد, سامح شكري after the minister


def _spans_reference(tags: list[str]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    start = -1
    kind = ""
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and start >= 0 and tag[2:] == kind:
            continue
        if start >= 0:
            spans.append((start, i, kind))
            start = -1
        if tag.startswith(("B-", "I-")):
            start, kind = i, tag[2:]
    if start >= 0:
        spans.append((start, len(tags), kind))
    return spans


def _bio_reference(tags: list[str]) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    kind = ""
    start = -1
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and not (tag.startswith("I-") and tag[2:] == kind):
            out.append((kind, start, i))
            start = -1
        if start < 0 and tag[:2] in ("B-", "I-"):
            kind, start = tag[2:], i
    return out


def test_spans_from_bio_and_bio_spans_equal_the_loops_over_every_tag() -> None:
    rng = random.Random(28)
    labels = ["O"] * 6 + ["B-PER", "I-PER", "B-LOC", "I-LOC", "I-ORG", "B-MISC", "E-PER", "X", "I-"]
    cases = [[], ["O"], ["I-PER"], ["B-PER", "I-LOC"], ["B-LOC", "O", "I-LOC", "I-LOC"], ["X", "I-PER", "X"]]
    cases += [[rng.choice(labels) for _ in range(rng.randint(0, 25))] for _ in range(3000)]
    for tags in cases:
        assert spans_from_bio(tags) == _spans_reference(tags), tags
        assert bio_spans(tags) == _bio_reference(tags), tags


def _propagate_reference(keys: list[list[str]], tags: list[list[str]], table: dict[tuple[str, ...], str]) -> list:
    out = [list(t) for t in tags]
    longest: dict[str, int] = {}
    for k in table:
        longest[k[0]] = max(longest.get(k[0], 0), len(k))
    for sent_keys, sent_tags in zip(keys, out, strict=True):
        n = len(sent_keys)
        i = 0
        while i < n:
            width = longest.get(sent_keys[i], 0)
            if not width or sent_tags[i] != "O":
                i += 1
                continue
            hit = 0
            for size in range(min(width, n - i), 0, -1):
                end = i + size
                kind = table.get(tuple(sent_keys[i:end]))
                if kind is None or any(t != "O" for t in sent_tags[i:end]):
                    continue
                if end < n and sent_tags[end].startswith("I-"):
                    continue
                sent_tags[i] = "B-" + kind
                for j in range(i + 1, end):
                    sent_tags[j] = "I-" + kind
                hit = size
                break
            i += hit or 1
    return out


def test_propagate_tags_the_same_runs_as_the_word_by_word_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(2801)
    vocab = ["فرويد", "سيغموند", "غزة", "قال", "في", "حماس", "الحركة", "مدينة", "خان", "يونس"]
    labels = ["O"] * 8 + ["B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG"]
    for _ in range(400):
        keys = [[rng.choice(vocab) for _ in range(rng.randint(0, 14))] for _ in range(rng.randint(1, 5))]
        tags = [[rng.choice(labels) for _ in s] for s in keys]
        table = {
            tuple(rng.choice(vocab) for _ in range(rng.randint(1, 3))): rng.choice(["PER", "LOC", "ORG"])
            for _ in range(rng.randint(1, 6))
        }
        monkeypatch.setattr("rasd.ner.propagate._table", lambda *_args, table=table: table)
        assert propagate(keys, tags, key_lists=keys) == _propagate_reference(keys, tags, table)


def test_propagate_spreads_a_family_name_after_a_tagged_person() -> None:
    sents = [["قال", "سيغموند", "فرويد", "إن"], ["وكتب", "فرويد", "أن", "فرويد", "رأى"], ["فرويد"]]
    tags = [["O", "B-PER", "I-PER", "O"], ["O", "O", "O", "O", "O"], ["O"]]
    out = propagate(sents, tags)
    assert out[1] == ["O", "B-PER", "O", "B-PER", "O"]
    assert out[2] == ["B-PER"]


def test_names_after_verbs_read_a_name_only_after_a_clause_verb() -> None:
    sents = [
        ["وذكر", "علي", "رافع", "الشهري", "أنه", "شاهد", "الانفجار"],
        ["وأكد", "علي", "أهمية", "أن", "يتوقف", "القصف"],
        ["قال", "الشاهد", "إن", "علي", "الشهري", "أنه", "هنا"],
    ]
    tags = [["O"] * len(s) for s in sents]
    out = names_after_verbs(sents, tags)
    assert out[0] == ["O", "B-PER", "I-PER", "I-PER", "O", "O", "O"]
    assert out[1] == tags[1]
    assert out[2] == tags[2]


def test_starters_are_the_document_words_where_a_title_may_start() -> None:
    from rasd.stages.entities import _role_reader, _starters

    reader = _role_reader()
    sentences = [normalize_words(s) for s in SENTENCES]
    starters = _starters(sentences, reader)
    words = {w for s in sentences for w in s}
    assert starters == {w for w in words if reader.may_start(w)}
    assert {"المتحدث", "العقيد", "وزير"} <= starters  # an office, a rank, a minister
    assert not starters & {"في", "أن", ".", "2016"}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # two initials in one sentence: each joins its person
        (
            "وقال ديفيد إيه. تومسون رئيس المؤسسة إن الأسعار سترتفع، وأكد جون إف. ميلر أن الشركة ستوسع مصانعها.",
            {"ديفيد إيه. تومسون", "جون إف. ميلر"},
        ),
        # letter names without dots later in the sentence (بي بي سي) start nothing
        ("وأضاف الخبير مارك إس. ويليامز في حديث لإذاعة بي بي سي أن المحادثات مستمرة.", {"مارك إس. ويليامز"}),
    ],
)
def test_spelled_initials_join_their_people_in_a_sentence_with_several_letter_names(
    text: str, people: set[str]
) -> None:
    from rasd.document import Document
    from rasd.stages.entities import find_entities
    from rasd.stages.segment import segment_document

    doc = Document(text=text)
    segment_document(doc)
    found = {text[e.start : e.end] for e in find_entities(doc) if e.type == "PER"}
    assert people <= found, found
