"""Claims, round 40 (helper cl71): markers the lexicon lacked.

1. The present of اعتبر (يعتبر، تعتبر، يعتبرون) with أن / إن right after its subject, named after the verb
   (ويعتبر المحللون أن، وتعتبر الحكومة أن) or before it (البعض يعتبر أن) — ``claims.yaml`` (the named present
   group, ``that_after_subject_verbs``), ``reading._that_after_subject``.
2. The passive يُعتبر with its predicate is no marker and cuts no other claim's content (ويعتبر المشروع الأكبر،
   الذي يعتبر خرقا، يعتبر أكبر من أن), and a joined «ويعتبر أن» with no subject of its own leaves the earlier
   verb's content whole — ``marks._that_soon``.
3. The cause verbs (أرجع، عزا and the present يرجع، يعزو) with a plain object that opens with a noun of cause (السبب،
   أسباب) or a pointer before إلى (ذلك إلى): the subject ends before it, the content opens at it (وأرجع المحللون
   أسباب التراجع إلى …، ويرجع البنك ذلك إلى …); not the intransitive present (ويرجع ذلك إلى، ترجع أسباب …), not
   a thing returned (وأرجعت الشرطة الطفل إلى أسرته) — ``marks._cause_at``, ``reading._read_claim``.

docs/claims.md, "Round 40: … (helper cl71)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims, content_text, speaker_text, with_marker

_BEFORE = "وقال وزير المالية إن العجز تراجع خلال الربع الثاني من العام. "


def test_present_verdict_with_its_subject_after() -> None:
    text = _BEFORE + "ويعتبر المحللون أن تراجع أسعار النفط سيضغط على الموازنة العامة في العام المقبل."
    found = with_marker(text, "يعتبر")
    assert len(found) == 1
    assert speaker_text(found[0]) == "المحللون"
    assert content_text(found[0]).startswith("تراجع أسعار النفط سيضغط")


def test_present_verdict_of_a_body() -> None:
    text = _BEFORE + "وتعتبر الحكومة أن الاتفاق الجديد يمثل خطوة أولى نحو تهدئة الأوضاع في الجنوب."
    found = with_marker(text, "تعتبر")
    assert len(found) == 1
    assert speaker_text(found[0]) == "الحكومة"
    assert content_text(found[0]).startswith("الاتفاق الجديد يمثل")


def test_present_verdict_with_its_subject_before() -> None:
    text = _BEFORE + "ومع ذلك فإن البعض يعتبر أن التراجع لم يكن مفاجئا للمستثمرين في السوق المحلية."
    found = with_marker(text, "يعتبر")
    assert len(found) == 1
    assert speaker_text(found[0]) == "البعض"
    assert content_text(found[0]).startswith("التراجع لم يكن مفاجئا")


def test_passive_with_a_predicate_is_no_claim() -> None:
    after = " ويعتبر المحللون أن الأسواق ستستعيد توازنها قبل نهاية العام."
    for sentence in (
        "ويعتبر المشروع الأكبر من نوعه في المنطقة منذ أن بدأت الحكومة خطتها.",
        "إلا أن هذا الكم يعتبر أكبر من أن تستوعبه الأسواق في وقت واحد.",
        "فالنمط السائد يعتبر سلوكا عاما يضاف إليه أن المسافات بين المدن متباعدة.",
    ):
        found = [c for c in claims(sentence + after) if (c["marker"] or {}).get("text") in ("يعتبر", "تعتبر")]
        assert [speaker_text(c) for c in found] == ["المحللون"], sentence


def test_passive_cuts_no_earlier_content() -> None:
    text = (
        "وقال المتحدث باسم الجيش: ندين بشدة هذا الهجوم الذي يعتبر خرقا واضحا لاتفاق وقف إطلاق النار. "
        "وتعتبر الحكومة أن الهجوم يهدد المفاوضات الجارية."
    )
    said = with_marker(text, "قال")
    assert len(said) == 1
    assert "خرقا واضحا لاتفاق وقف إطلاق النار" in content_text(said[0])
    assert [speaker_text(c) for c in with_marker(text, "تعتبر")] == ["الحكومة"]


def test_joined_verdict_with_no_subject_leaves_the_earlier_content() -> None:
    text = (
        "وأوضح الخبير الاقتصادي سامر الحداد أن الصادرات تراجعت بنسبة كبيرة، ويعتبر أن الحكومة تأخرت في "
        "معالجة أزمة العملة. ويعتبر المستثمرون أن الأزمة ستطول."
    )
    found = [c for c in claims(text) if "الحداد" in speaker_text(c)]
    assert len(found) == 1
    assert "الحكومة تأخرت في معالجة أزمة العملة" in content_text(found[0])
    assert [speaker_text(c) for c in with_marker(text, "يعتبر")] == ["المستثمرون"]


def test_cause_verb_with_a_noun_of_cause() -> None:
    text = _BEFORE + "وأرجع المحللون أسباب تراجع المؤشر أمس إلى عمليات جني الأرباح في قطاع المصارف."
    found = with_marker(text, "أرجع")
    assert len(found) == 1
    assert speaker_text(found[0]) == "المحللون"
    assert content_text(found[0]).startswith("أسباب تراجع المؤشر")


def test_cause_verb_of_a_group_keeps_its_whole_phrase() -> None:
    text = _BEFORE + "وعزا عدد من تجار الجملة سبب ارتفاع الأسعار إلى زيادة تكاليف الشحن البحري."
    found = with_marker(text, "عزا")
    assert len(found) == 1
    assert speaker_text(found[0]) == "عدد من تجار الجملة"
    assert content_text(found[0]).startswith("سبب ارتفاع الأسعار")


def test_present_cause_verb_with_its_subject() -> None:
    text = _BEFORE + "ويرجع البنك المركزي ذلك إلى خشية المستثمرين من تأخر الإصلاحات. ويرجع ذلك إلى ضعف الطلب."
    found = with_marker(text, "يرجع")
    assert len(found) == 1
    assert "البنك المركزي" in speaker_text(found[0])
    assert content_text(found[0]).startswith("ذلك إلى خشية المستثمرين")


def test_a_thing_returned_is_no_cause() -> None:
    text = (
        "وأرجعت الشرطة الطفل إلى أسرته بعد ساعات من اختفائه. "
        "وعزت البلدية سبب الحريق إلى تماس كهربائي في أحد المستودعات."
    )
    assert [speaker_text(c) for c in claims(text) if (c["marker"] or {}).get("text") in ("أرجعت", "عزت")] == ["البلدية"]
