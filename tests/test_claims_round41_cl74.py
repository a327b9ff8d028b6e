"""Claims, round 41 (helper cl74): claims recall — a marker the lexicon lacked, an outlet told, a body after بحسب.

1. The present of اعتقد (يعتقد، تعتقد، يعتقدون) with its subject named after it and أن / بأن at once (ويعتقد
   المحللون أن، وتعتقد الحكومة بأن) — ``claims.yaml`` (the named present group, ``that_after_subject_verbs``,
   ``belief_verbs``), ``reading._belief_opens``; not the passive (ويعتقد أنه، كان يُعتقد أنها), not after كان, هل
   or a noun it qualifies, not the public at large (يعتقد البعض أن), and «يعتقد أنه» cuts no other content
   (``marks``).
2. An outlet the tagger read with its لـ (في تصريح لوكالة الأنباء السعودية، أن) is the outlet told, never the
   speaker — ``speakers.led_outlet``.
3. A trailing بحسب / حسب / وفق + a definite body, title or outlet noun after a comma, closing its sentence (…، بحسب
   الشرطة.): the body speaks the clause before — ``written._preposition_written``; not "حسب المنطقة" with no comma.

docs/claims.md, "Round 41: claims recall (helper cl74)". Sentences written for the project (none taken from an
article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims, content_text, speaker_text, with_marker

_BEFORE = "وقال وزير الداخلية إن الأوضاع الأمنية مستقرة في المحافظات الشمالية. "


def test_belief_verb_with_its_subject_after() -> None:
    text = _BEFORE + "ويعتقد المحللون أن تراجع أسعار النفط سيضغط على الموازنة العامة في العام المقبل."
    found = with_marker(text, "يعتقد")
    assert len(found) == 1
    assert speaker_text(found[0]) == "المحللون"
    assert content_text(found[0]).startswith("تراجع أسعار النفط سيضغط")


def test_belief_verb_feminine_with_bi_anna() -> None:
    text = _BEFORE + "وتعتقد الحكومة البريطانية بأن المهاجمين تلقوا تدريبا عسكريا خارج البلاد قبل عامين."
    found = with_marker(text, "تعتقد")
    assert len(found) == 1
    assert speaker_text(found[0]) == "الحكومة البريطانية"
    assert content_text(found[0]).startswith("المهاجمين تلقوا تدريبا")


def test_belief_verb_after_a_comma_with_a_group() -> None:
    text = _BEFORE + "ونتيجة لذلك، يعتقد بعض الخبراء أن المصارف ستلجأ إلى رفع أسعار الفائدة قبل نهاية العام."
    found = with_marker(text, "يعتقد")
    assert len(found) == 1
    assert speaker_text(found[0]) == "بعض الخبراء"


def test_belief_passive_is_no_claim_and_cuts_nothing() -> None:
    text = (
        "وقال المتحدث باسم الشرطة إن المسلح الذي يعتقد أنه فر إلى الجبال كان يحمل بندقية آلية قبل الحادث. "
        "ويعتقد المحققون أن المسلح تلقى مساعدة من أقاربه في القرية المجاورة."
    )
    found = with_marker(text, "يعتقد")
    assert [speaker_text(c) for c in found] == ["المحققون"]  # the passive "يعتقد أنه" is none
    said = with_marker(text, "قال")
    assert len(said) == 1
    assert content_text(said[0]).endswith("كان يحمل بندقية آلية قبل الحادث")


def test_belief_of_the_public_past_or_question_is_no_claim() -> None:
    believed = "ويعتقد الباحثون أن الظاهرة مرتبطة بارتفاع درجات الحرارة في المنطقة."
    for sentence in (
        "كان البعض يعتقد أن الأزمة ستنتهي خلال أسابيع قليلة من اندلاعها.",
        "يعتقد البعض أن ارتفاع الأسعار مؤقت، وهذا غير صحيح في رأي المختصين.",
        "هل يعتقد المسؤولون حقا أن الأزمة ستنتهي خلال أسابيع قليلة؟",
        "وتتبع الحكومة سياسة تعتقد الوزارة أنها في مصلحة المواطنين.",
    ):
        found = [c for c in claims(sentence + " " + believed) if "عتقد" in str((c["marker"] or {}).get("text"))]
        assert [speaker_text(c) for c in found] == ["الباحثون"], sentence


def test_outlet_told_with_its_lam_is_no_speaker() -> None:
    text = _BEFORE + "وأوضح في تصريح لوكالة الأنباء السعودية، أن القوات استعادت السيطرة على الطريق الدولي."
    found = with_marker(text, "أوضح")
    assert len(found) == 1
    assert "وكالة" not in speaker_text(found[0])
    assert found[0]["speaker"].get("found_by") == "pronoun"


def test_trailing_according_to_a_body_noun() -> None:
    text = "وقتل عشرون شخصا وأصيب آخرون في الهجوم على السوق الشعبية، بحسب الشرطة. ولم يعلن أحد مسؤوليته."
    found = with_marker(text, "بحسب")
    assert len(found) == 1
    assert speaker_text(found[0]) == "الشرطة"
    assert content_text(found[0]).startswith("وقتل عشرون شخصا")


def test_trailing_according_to_a_paper() -> None:
    text = "وتراجعت مبيعات الشركة بنسبة كبيرة خلال الربع الأخير من العام، حسب الصحيفة."
    found = with_marker(text, "حسب")
    assert len(found) == 1
    assert speaker_text(found[0]) == "الصحيفة"


def test_according_to_a_place_with_no_comma_is_no_claim() -> None:
    text = (
        "وتوزع المساعدات الغذائية على الأسر المحتاجة حسب المنطقة. وتضاعف عدد النازحين خلال الشهر الماضي، حسب المفوضية."
    )
    found = with_marker(text, "حسب")
    assert [speaker_text(c) for c in found] == ["المفوضية"]


def test_subject_ends_at_a_comma_before_its_relative_clause() -> None:
    text = (
        "أعلنت أمس منظومة المجتمع الديمقراطي الكردستاني، الذي يضم تحت جناحه حزب العمال الكردستاني وأحزابا أخرى، "
        "أن مقاتليها اشتبكوا مع القوات التركية في عدة مناطق."
    )
    found = with_marker(text, "أعلنت")
    assert len(found) == 1
    assert speaker_text(found[0]) == "منظومة المجتمع الديمقراطي الكردستاني"


def test_body_with_its_field_after_lam_speaks_before_its_object() -> None:
    text = "عنوان الخبر\nأعلنت المديرية العامة للدفاع المدني عن إخلاء المبنى السكني بعد اندلاع الحريق."
    found = with_marker(text, "أعلنت")
    assert len(found) == 1
    assert speaker_text(found[0]) == "المديرية العامة للدفاع المدني"
    assert content_text(found[0]).startswith("إخلاء المبنى")


def test_body_with_its_field_and_its_seat() -> None:
    text = (
        "عنوان الخبر\nأعلنت المديرية العامة للشؤون الصحية بمنطقة القصيم عن تشغيل المرحلة الأولى من مشروع "
        "تطوير المستشفى."
    )
    found = with_marker(text, "أعلنت")
    assert len(found) == 1
    assert speaker_text(found[0]) == "المديرية العامة للشؤون الصحية بمنطقة القصيم"
    assert content_text(found[0]).startswith("تشغيل المرحلة الأولى")
