"""Claims, round 17 of issue 13 (helper cl15): gold claims rasd did not read at all on the tune/check files
(docs/claims.md, "Round 17: claims not read (helper cl15)"). Sentences written for the project (none taken from an
article); each rule with its near-misses, and the traps (scripture, proverbs, attribution words with no claim)."""

from __future__ import annotations

import pytest

from .test_claims_generalize import claims


def _marked(text: str, marker: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(marker)]


# ---------------------------------- a participle set off by a comma after a claim: folded into it (round 24, ruling 5)
@pytest.mark.parametrize(
    ("sentence", "participle", "content_start"),
    [
        (
            "وقال وزير الخارجية إن بلاده لا تلمس جدية كافية في المحادثات، داعيا الأطراف إلى العودة إلى طاولة الحوار.",
            "داعيا",
            "الأطراف",
        ),
        (
            "وأكد رئيس اللجنة أن اللائحة الحالية لا تسمح بفرض العقوبات على اللاعبين، مطالبا بتعديلها قبل الموسم.",
            "مطالبا",
            "بتعديلها",
        ),
        (
            'وقال المتحدث باسم الحركة: "القصف استهدف مواقعنا في القرى الحدودية"، مطالبا التحالف بتوضيح موقفه.',
            "مطالبا",
            "التحالف",
        ),
        (
            "وأوضح النائب أن الحكومة أخفقت في إدارة ملف الكهرباء، متهما وزير الطاقة بالتقصير في متابعة المشاريع.",
            "متهما",
            "وزير",
        ),
    ],
)
def test_a_participle_after_a_claim_is_folded_into_it(sentence: str, participle: str, content_start: str) -> None:
    # Round 17 read these as claims of their own (tune3, tune6, check12 coded them so); the lead's ruling 5 of round 24
    # ("one saying, one claim": the dev set's coder and the seed's perfect reading fold them) makes the participle's
    # words part of the claim before, its marker kept in ``continuations``.
    assert _marked(sentence, participle) == []
    found = claims(sentence)
    assert len(found) == 1, found
    claim = found[0]
    assert f"{participle} {content_start}" in claim["content"]["text"]
    assert claim["content"]["text"].endswith(sentence.rstrip(".").split()[-1])
    assert [c["text"] for c in claim.get("continuations", [])] == [participle]


@pytest.mark.parametrize(
    ("sentence", "participle"),
    [
        # no comma before it: the participle runs on inside a clause that is no claim
        ("وأخذ الرجل يتوعد جاره بالنيل منه متهما إياه بإتلاف سيارته.", "متهما"),
        # after a clause that is no claim: a name inside that clause's object is no speaker (left as before)
        ("ورفع المحافظ التهاني للأمير فيصل بن خالد بمناسبة العيد، معلنا انطلاق فعاليات المهرجان.", "معلنا"),
        # a prayer after داعيا, and متهمين "suspects" after a count of people: no call, no accusation
        ("وأكد نائب الرئيس أن الهجوم عمل جبان، داعيا للمصابين بالشفاء العاجل وللضحايا بالرحمة.", "داعيا"),
        ("وأوضح المتحدث أن التحريات أسفرت عن ضبط خمسة أشخاص، متهمين بسرقة المحال التجارية.", "متهمين"),
    ],
)
def test_a_participle_not_set_off_after_a_claim_is_not_read(sentence: str, participle: str) -> None:
    assert _marked(sentence, participle) == []


def test_a_saying_participle_with_a_noun_keeps_the_convention() -> None:
    # مشيرا إلى + a noun after a claim: folded into the claim before in most files, never a claim of its own here
    sentence = "وقال المتحدث إن المحادثات متعثرة، مشيرا إلى احتمال تشكيل حكومة أقلية."
    assert _marked(sentence, "مشيرا") == []
    assert len(claims(sentence)) == 1


# ------------------------------------------- an occasion phrase set off by two commas before a plain object
@pytest.mark.parametrize(
    ("sentence", "marker", "content_start"),
    [
        ("وأكد وزير الخارجية، خلال لقائه بالصحفيين في العاصمة اليوم، استمرار الدعم للقوات الحكومية.", "أكد", "استمرار"),
        ("ودعا زعيم الحركة، في خطاب ألقاه بعد يومين من تعيينه، إلى وحدة الصف بين المقاتلين.", "دعا", "إلى وحدة"),
        ("وأعلنت وزارة الصحة، عقب اجتماع لجنة الطوارئ مساء أمس، رفع حالة التأهب في المستشفيات.", "أعلنت", "رفع"),
    ],
)
def test_an_occasion_phrase_before_a_plain_object(sentence: str, marker: str, content_start: str) -> None:
    found = _marked(sentence, marker)
    assert len(found) == 1, claims(sentence)
    assert found[0]["content"]["text"].startswith(content_start)


@pytest.mark.parametrize(
    ("sentence", "marker", "content_start"),
    [
        # a channel phrase keeps round 14's reading (the object right after the channel noun's own words)
        (
            "ودعا الأمين العام، في بيان له أمس الجمعة الدول الأعضاء إلى تكثيف جهودها، مجددا موقف المنظمة.",
            "دعا",
            "الدول",
        ),
        # with أن the content opens at the introducer as before
        ("وأعلن الوزير، في الوقت نفسه، أن الحكومة ماضية في خطتها.", "أعلن", "الحكومة"),
    ],
)
def test_an_occasion_phrase_leaves_other_readings(sentence: str, marker: str, content_start: str) -> None:
    found = _marked(sentence, marker)
    assert len(found) == 1, claims(sentence)
    assert found[0]["content"]["text"].startswith(content_start)


def test_an_occasion_phrase_with_no_speaker_is_no_claim() -> None:
    assert claims("ودعت الحاجة، في بعض الحالات، إلى استدعاء رجال الأمن.") == []


# ------------------------------------------------------------------------------------- traps: no claim at all
@pytest.mark.parametrize(
    "sentence",
    [
        "قال تعالى: «وتعاونوا على البر والتقوى»، وهذا ما نحتاجه في هذه الأيام.",
        "وكما يقال فإن الوقاية خير من العلاج، داعيا الجميع إلى الحذر.",
        "أثارت تصريحات الوزير الأخيرة جدلا واسعا في الأوساط الرياضية.",
        "وتداولت مواقع التواصل رواية عن الحادث دون أن يصدر بيان رسمي.",
        "ويأتي البيان بعد أسبوع من التوتر على الحدود، مطالبا الأهالي بالهدوء.",
    ],
)
def test_traps_give_no_claim(sentence: str) -> None:
    assert claims(sentence) == []
