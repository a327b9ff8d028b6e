"""Titles, offices and anonymous speakers: PER entities with role and org."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.ner.lexicon import load_lexicon
from rasd.ner.roles import RoleReader
from rasd.stages.entities import ActorEntity, find_entities
from rasd.stages.segment import segment_document
from rasd.text.normalize import normalize


def people(text: str) -> dict[str, ActorEntity]:
    doc = Document(text=text)
    segment_document(doc)
    out = {}
    for e in find_entities(doc):
        assert isinstance(e, ActorEntity)
        if e.type == "PER":
            out[text[e.start : e.end]] = e
    return out


@pytest.mark.parametrize(
    ("text", "name", "role", "org"),
    [
        ("أعلن وزير الدفاع التركي خلوصي أكار أن بلاده لن تسحب نقاطها.", "خلوصي أكار", "defence minister", "Turkey"),
        (
            "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني.",
            "سيرغي لافروف",
            "foreign affairs minister",
            "Russia",
        ),
        (
            "وقال النقيب ناجي المصطفى الناطق باسم الجبهة الوطنية للتحرير إن الهجوم فشل.",
            "ناجي المصطفى",
            "captain, spokesman",
            "National Front for Liberation",
        ),
        (
            "وأوضح مصطفى سيجري رئيس المكتب السياسي للواء المعتصم أن المعركة مستمرة.",
            "مصطفى سيجري",
            "head of the political bureau",
            "Al-Mu'tasim Brigade",
        ),
        (
            "وقال الناطق باسم هيئة تحرير الشام أبو خالد الشامي إن الهيئة صدت الهجوم.",
            "أبو خالد الشامي",
            "spokesman",
            "Hayat Tahrir al-Sham",
        ),
        ("وصرح العقيد فاتح حسون لوسائل الإعلام بأن الجبهة هادئة.", "فاتح حسون", "colonel", None),
        ("وقال الشيخ عمار الحلبي في خطبته إن الناس صامدون.", "عمار الحلبي", "sheikh", None),
    ],
)
def test_title_phrase_gives_role_and_org(text: str, name: str, role: str, org: str | None) -> None:
    found = people(text)
    assert name in found, found
    assert found[name].role == role
    assert found[name].org == org


@pytest.mark.parametrize(
    ("text", "noun", "role", "org"),
    [
        (
            "وقال قيادي في المعارضة رفض كشف اسمه إن قوات النظام خسرت مواقع عدة.",
            "قيادي",
            "commander",
            "Syrian armed opposition",
        ),
        (
            "وأكد ضابط في الجيش السوري الحر طلب عدم الكشف عن اسمه أن الطريق مقطوع.",
            "ضابط",
            "officer",
            "Free Syrian Army",
        ),
        ("وقال مصدر عسكري إن التعزيزات وصلت فجرا.", "مصدر عسكري", "military source", None),
    ],
)
def test_anonymous_speaker(text: str, noun: str, role: str, org: str | None) -> None:
    found = people(text)
    assert noun in found, found
    ent = found[noun]
    assert ent.anonymous
    assert ent.canonical is None
    assert ent.role == role
    assert ent.org == org


@pytest.mark.parametrize(
    "text",
    [
        "وقال قيادي في المعارضة إن الهدنة انهارت.",  # no withholding phrase: not marked anonymous
        "وقال مسؤول إن الوضع مستقر.",
    ],
)
def test_no_anonymous_without_withholding(text: str) -> None:
    assert not any(e.anonymous for e in people(text).values())


def test_later_mention_inherits_role() -> None:
    text = (
        "وقال النقيب ناجي المصطفى الناطق باسم الجبهة الوطنية للتحرير إن الهجوم فشل.\n"
        "وأضاف المصطفى أن الفصائل استعادت التلة."
    )
    found = people(text)
    assert found["المصطفى"].canonical_ar == "ناجي المصطفى"
    assert found["المصطفى"].role == found["ناجي المصطفى"].role


@pytest.mark.parametrize(
    ("words", "role", "end"),
    [
        ("وزير الدفاع التركي خلوصي", "defence minister", 3),
        ("الناطق باسم الجبهة", "spokesman", 2),
        ("النقيب ناجي", "captain", 1),
        ("رئيس المكتب السياسي للواء", "head of the political bureau", 3),
        ("والرئيس الروسي فلاديمير", "president", 2),
    ],
)
def test_role_reader(words: str, role: str, end: int) -> None:
    reader = RoleReader(load_lexicon())
    tokens = [normalize(w) for w in words.split()]
    read = reader.read(tokens, 0, [])
    assert read is not None
    assert read.role == role
    assert read.end == end


def test_role_reader_ignores_plain_words() -> None:
    reader = RoleReader(load_lexicon())
    assert reader.read([normalize(w) for w in ["قصفت", "الطائرات", "القرية"]], 0, []) is None


@pytest.mark.parametrize(
    ("text", "name", "role", "org"),
    [
        (
            "وقال الرئيس السابق للمجلس الوطني السوري عبد الباسط سيدا إن المعارضة أخفقت.",
            "عبد الباسط سيدا",
            "former president",
            "المجلس الوطني السوري",
        ),
        (
            "وقال وزير الدفاع التركي السابق خلوصي أكار إن الاتفاق صامد.",
            "خلوصي أكار",
            "former defence minister",
            "Turkey",
        ),
        (
            "واجتمعت وزيرة الخارجية الأميركية آنذاك هيلاري كلينتون مع وفد من المعارضة.",
            "هيلاري كلينتون",
            "foreign affairs minister",
            "United States",
        ),
        (
            "وأكد رئيس الوزراء اللبناني المكلف سعد الحريري أن الحكومة ستتشكل قريبا.",
            "سعد الحريري",
            "designate prime minister",
            "Lebanon",
        ),
    ],
)
def test_office_modifiers_are_read(text: str, name: str, role: str, org: str) -> None:
    found = people(text)
    assert name in found, found
    assert (found[name].role, found[name].org) == (role, org)


def test_a_preposition_led_word_does_not_end_a_name() -> None:
    found = people("وعرض الوفد خطته على هيلاري كلينتون بحضور مسؤولين من الخارجية.")
    assert "هيلاري كلينتون" in found, found
    assert not any("بحضور" in name for name in found)


def test_nationality_adjective_is_not_part_of_the_name() -> None:
    found = people("وكتب الصحافي السوري زيد قطريب مقالا عن الثقافة في زمن الحرب.")
    assert "زيد قطريب" in found, found
    assert not any(name.startswith("السوري") for name in found)


def test_participle_homonym_of_a_title_does_not_make_a_person() -> None:
    # القاضي here is "which rules" (a participle), not the title "judge"
    found = people("وصدر قرار مجلس الأمن القاضي بتجريم تمويل الجماعات المسلحة عام 2015.")
    assert not any("بتجريم" in name or e.role == "judge" for name, e in found.items()), found


def test_conjoined_office_starts_another_person() -> None:
    found = people("حضر اللقاء وزير الخارجية الحالي لوران فابيوس ومدير صندوق النقد الدولي السابق دومينيك شتروس خان.")
    assert found["لوران فابيوس"].role == "foreign affairs minister"
    assert found["لوران فابيوس"].org != "صندوق النقد الدولي"
    assert found["دومينيك شتروس خان"].role == "former director"


def test_adjective_between_unnamed_speaker_and_organisation() -> None:
    found = people("وقال مصدر بارز في هيئة تحرير الشام إن الهجوم صُد.")
    speaker = found["مصدر"]
    assert speaker.anonymous and speaker.org == "Hayat Tahrir al-Sham"


@pytest.mark.parametrize(
    ("text", "name", "kind", "expected"),
    [
        ("قال الرئيس فرانسوا إن", "فرانسوا", "LOC", "PER"),  # a model guess of LOC after an office is the person
        ("قال أمير قطر إن", "قطر", "LOC", "LOC"),  # a known place after an office stays a place
    ],
)
def test_model_guess_after_a_title(text: str, name: str, kind: str, expected: str) -> None:
    from rasd.stages.entities import _Candidate, _normalize_words, _person_after_title

    doc = Document(text=text)
    segment_document(doc)
    toks = doc.tokens
    words = _normalize_words([text[t.start : t.end] for t in toks])
    start = text.index(name)
    i = next(k for k, t in enumerate(toks) if t.start == start)
    cand = _Candidate(
        start,
        start + len(name),
        kind,
        "model",
        ActorEntity(id="", type=kind, start=start, end=start + len(name), source="model"),
    )
    _person_after_title([cand], toks, words, i)
    assert cand.type == cand.entity.type == expected


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        ("وقال محافظ حمص طلال البرازي إن المدينة آمنة.", "طلال البرازي", "حمص"),
        ("وأعلن محافظ درعا محمد خالد الهنوس افتتاح المعبر.", "محمد خالد الهنوس", "درعا"),
    ],
)
def test_office_of_a_place(text: str, name: str, org: str) -> None:
    found = people(text)
    assert name in found, found
    assert (found[name].role, found[name].org) == ("governor", org)


def test_a_given_name_that_is_also_a_town_is_the_person_not_the_office_s_place() -> None:
    # بشار is also Béchar (Algeria) in the gazetteer: "الرئيس بشار الأسد" is a president, not the president of Béchar
    found = people("وقال الرئيس بشار الأسد في دمشق إن الحرب طويلة.")
    assert "بشار الأسد" in found, found
    assert (found["بشار الأسد"].role, found["بشار الأسد"].org) == ("president", None)
