"""Claims, round 29 (helper cl44). (1) The subject of a participle or of a verb joined to the opening one is not a body
told of deep in the clause. "وأدان باسمه وباسم أعضاء مجلس الشورى الاعتداء، مشيرا إلى أن …"، "ويستبعد المحلل تأثر
قدرات البنك المركزي بالأزمة، ويؤكد أن …"، "وأشادت الحكومة بجهود قوات الأمن …، مؤكدة أن …": the body after the
opening verb's object, in a construct or a phrase of it, was read as the speaker (check25 ×3, check26, check27 and
fresh articles). A body in the subject place stays the speaker: right after the opening verb (past a date, قد, a
demonstrative, an aside), at the end of a chain of titles, bodies and words of rank there, or opening the clause
(إلا أن الوزارة رفضت); a person is not judged. stages/claims/before.py ``_deep_in_clause``; claim_cues.yaml
``clause_verb_particles``. (2) A body named by its noun with the article, right after a verb of saying that takes an
object and right before the word that leads it (على، إلى، عن، من، بـ + a verbal noun), speaks, when the verb agrees
with it: "وشددت اللجنة على ضرورة …"، "وطالبت الجمعية بتوسيع …" (check26; stages/claims/after.py
``_body_before_lead``); not "وطالبت البنك بتطوير …" (the bank called on). (3) Defeats and losses admitted in the plural
(بالهزائم، بخسائر: claim_cues.yaml ``admission_objects``, check27). (4) An honorific pronoun between a joined verb
of saying and its participle is the participle's speaker (وأضاف سموه قائلا: «…»; before._said_subject, check27).
docs/claims.md, "Round 29: claims missed on unseen articles (helper cl44)".
Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(word)]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


# ------------------------------------------------------------------------- a body deep in the clause speaks not
def test_a_participle_after_a_condemnation_is_not_the_council_in_its_object() -> None:
    text = (
        "وأكد وزير الشؤون الإسلامية الشيخ صالح العبدالله أن الهجوم جبان. وأدان باسمه وباسم أعضاء مجلس الشورى هذا"
        " الاعتداء، مشيرا إلى أن القضاء سيحاسب المعتدين."
    )
    found = _by(text, "مشيرا")
    assert len(found) == 1
    assert "مجلس الشورى" not in _speaker(found[0])
    assert found[0]["speaker"].get("found_by") == "pronoun"  # the minister goes on
    assert found[0]["speaker"]["antecedent"]["text"] == "صالح العبدالله"


def test_a_joined_verb_is_not_the_bank_in_the_object_of_the_verb_before() -> None:
    text = (
        "وقال المحلل الاقتصادي فهد الدوسري إن السوق ستتعافى قريبا. ويستبعد المحلل تأثر قدرات البنك المركزي"
        " بالأزمة، ويؤكد أن الاحتياطيات كافية."
    )
    found = _by(text, "يؤكد")
    assert len(found) == 1
    assert "البنك" not in _speaker(found[0])
    assert found[0]["content"]["text"] == "الاحتياطيات كافية"


def test_a_participle_after_a_verb_of_praise_is_not_the_ministry_praised() -> None:
    for text, word, body in (
        ("وأشادت الحكومة بجهود وزارة الداخلية في ملاحقة الخلايا، مؤكدة أن الأمن خط أحمر.", "مؤكدة", "وزارة الداخلية"),
        (
            "وثمنت الأسر جهود وزارة الشؤون الاجتماعية، مشيرة إلى أن المساعدات وصلت في موعدها.",
            "مشيرة",
            "وزارة الشؤون الاجتماعية",
        ),
    ):
        assert all(body not in _speaker(c) for c in _by(text, word)), text


# ------------------------------------------------------------------------------------- the subject place kept
def test_a_body_right_after_the_verb_or_opening_the_clause_speaks() -> None:
    for text, word, speaker in (
        ("وأشادت وزارة الداخلية بجهود رجال الأمن، مؤكدة أن الخلية كانت تخطط لهجمات.", "مؤكدة", "وزارة الداخلية"),
        ("إلا أن وزارة الصحة رفضت الطلب، مشيرة إلى أن الإجراءات مكتملة.", "مشيرة", "وزارة الصحة"),
        ("وأعلنت في بيان لها وزارة الداخلية القبض على الخلية، مؤكدة أن التحقيقات مستمرة.", "مؤكدة", "وزارة الداخلية"),
    ):
        found = _by(text, word)
        assert len(found) == 1, text
        assert _speaker(found[0]) == speaker, text


def test_a_name_after_a_chain_of_titles_speaks() -> None:
    for text, word, speaker in (
        (
            "شجب وزير العدل رئيس المجلس الأعلى للقضاء الدكتور سالم الحربي الهجوم، مؤكدا أن القضاء سيقف بحزم.",
            "مؤكدا",
            "سالم الحربي",
        ),
        (
            "وثمن مدير المستشفى المشرف على القطاع الصحي الدكتور سالم العتيبي زيارة الوفد، مشيرا إلى أن الزيارة"
            " أسعدت المرضى.",
            "مشيرا",
            "سالم العتيبي",
        ),
    ):
        found = _by(text, word)
        assert len(found) == 1, text
        assert _speaker(found[0]) == speaker, text


# ------------------------------------------------------------------------ (2) a body before the object's lead
def test_a_body_before_the_lead_of_the_object_speaks() -> None:
    for text, word, speaker, content in (
        ("وشددت اللجنة على ضرورة إحضار بطاقة الهوية الوطنية يوم الاقتراع.", "شددت", "اللجنة", "ضرورة إحضار"),
        ("وطالبت الجمعية بتوسيع برامج الدعم للأسر المحتاجة.", "طالبت", "الجمعية", "توسيع برامج"),
        ("وحثت الهيئة الملكية على الالتزام بأنظمة البناء الجديدة.", "حثت", "الهيئة الملكية", "الالتزام"),
    ):
        found = _by(text, word)
        assert len(found) == 1, text
        assert _speaker(found[0]) == speaker, text
        assert content in found[0]["content"]["text"], text


def test_a_body_the_verb_does_not_agree_with_is_its_object() -> None:
    assert all(_speaker(c) != "البنك" for c in claims("وطالبت البنك بتطوير أنظمة الحماية لديه."))


# ------------------------------------------------------------------------------ (3) defeats admitted, plural
def test_defeats_and_losses_admitted_in_the_plural() -> None:
    for text, word, speaker in (
        ("واعترفت جماعة الحوثي بالهزائم التي لحقت بمقاتليها في الجنوب.", "اعترفت", "جماعة الحوثي"),
        ("وأقر الجيش بخسائر كبيرة في صفوفه خلال المعارك الأخيرة.", "أقر", "الجيش"),
    ):
        found = _by(text, word)
        assert len(found) == 1, text
        assert _speaker(found[0]) == speaker, text


# ------------------------------------------------------------------- (4) an honorific before the participle
def test_an_honorific_between_the_verb_and_its_participle_speaks() -> None:
    text = (
        "وأكد أمير المنطقة الأمير فيصل بن سعد أن المنطقة آمنة. وأضاف سموه قائلا: «إن كل من يحاول العبث بأمن"
        " الوطن سيجد الرد الحازم»."
    )
    found = _by(text, "قائلا")
    assert len(found) == 1
    assert _speaker(found[0]) == "سموه"
    assert found[0]["content"]["text"].startswith("إن كل من يحاول العبث")
