"""Claims, round 40 (helper cl69): pronoun and continuation speakers, and a source set off by dashes.

1. A marker that opens its sentence after a sentence holding the last claim's marker (its content told before it:
   "… . ذكر ذلك الدكتور فلان. وقال إن") goes on with that speaker as a continuation, not as a new name
   (``before._spoke_in``).
2. The pronoun fused to لكن is the subject of the verb after it: no speaker is read after the verb ("لكنه أضاف
   بسرعة «…»") nor before لكن inside the clause it cuts ("أن الأوضاع صعبة لكنه شدد على أن") — the speaker goes on.
3. A person's name that opens the sentence before, set off by a comma with its description, then its verb
   ("فلانة، التي تدير …، توافق. تقول «…»"): the marker opening the next sentence takes that name as its span
   (``before._previous_opening_name``).
4. بحسب / حسب / وفق set off by two dashes inside its clause: the content is the whole clause around the aside, after
   an introducer before it (``written._dash_aside``).

docs/claims.md, "Round 40: … (helper cl69)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims, content_text, speaker_text


def _by_marker(text: str, marker: str) -> dict:
    found = [c for c in claims(text) if (c["marker"] or {}).get("text") == marker]
    assert len(found) == 1, [(speaker_text(c), (c["marker"] or {}).get("text")) for c in claims(text)]
    return found[0]


def test_saying_after_a_sentence_with_the_last_claim_goes_on() -> None:
    text = (
        "نجح فريق طبي في إنقاذ حياة مريض تعرض لحادث سير على الطريق السريع. "
        "ذكر ذلك الدكتور سامي العتيبي المدير الطبي في المستشفى. وقال إن المريض وصل في حالة حرجة."
    )
    said = _by_marker(text, "قال")
    assert said["speaker"].get("found_by") == "pronoun"
    assert (said["speaker"].get("antecedent") or {}).get("text") == "سامي العتيبي"


def test_words_after_a_verb_behind_lakinnahu_are_no_speaker() -> None:
    text = 'وأعلن الوزير استقالته من منصبه صباح اليوم، لكنه أضاف بسرعة "سأبقى في خدمة الوطن".'
    added = _by_marker(text, "أضاف")
    assert added["speaker"].get("found_by") == "pronoun"
    assert (added["speaker"].get("antecedent") or {}).get("text") == "الوزير"
    assert "بسرعة" not in speaker_text(added)


def test_lakinnahu_inside_a_content_is_the_outer_speaker() -> None:
    text = "وأعلن المحافظ أن الأوضاع في المدينة صعبة لكنه شدد على أن عمليات الإصلاح بدأت فعلا."
    stressed = _by_marker(text, "شدد")
    assert "الأوضاع" not in speaker_text(stressed)
    assert (stressed["speaker"].get("antecedent") or {}).get("text") == "المحافظ"
    assert content_text(stressed).startswith("عمليات الإصلاح")


def test_name_opening_the_sentence_before_with_its_description() -> None:
    text = (
        "تعمل في المكتب نحو عشرين موظفة في قسم الترجمة. قال محمد العلي إن العمل مرهق. "
        'هند الشمري، التي تدير فريق المترجمين في المكتب منذ عامين، توافق. تقول "العمل صعب لأنك لا ترى مديرك".'
    )
    says = _by_marker(text, "تقول")
    assert speaker_text(says) == "هند الشمري"
    assert says["speaker"].get("found_by") == "previous_sentence"
    # without the comma and its description the name is no subject this rule reads
    text = (
        "قال محمد العلي إن العمل في المكتب مرهق جدا هذه الأيام. "
        "هند الشمري انتقلت إلى فرع الشركة في جدة الشهر الماضي. وأضاف أن الإدارة تبحث عن موظفين جدد."
    )
    added = _by_marker(text, "أضاف")
    assert speaker_text(added) != "هند الشمري"


def test_source_between_dashes_gives_the_clause_around_it() -> None:
    text = "وصلت نسبة الإشغال في فنادق المدينة إلى 45 % -بحسب مصادر فندقية- بعد أن سجلت ارتفاعات كبيرة."
    told = _by_marker(text, "بحسب")
    assert content_text(told).startswith("وصلت نسبة الإشغال")
    assert content_text(told).endswith("ارتفاعات كبيرة")
    text = "ونقل السفير – حسب وكالة الأنباء اليمنية - للرئيس تهاني قادة دول المجلس."
    told = _by_marker(text, "حسب")
    assert speaker_text(told) == "وكالة الأنباء اليمنية"
    assert content_text(told).startswith("ونقل السفير") and content_text(told).endswith("دول المجلس")


def test_source_between_dashes_after_an_introducer() -> None:
    text = 'يذكر أن القوات السعودية - وبحسب قناة "العربية" - قد أحبطت اليوم هجوما على المنفذ الحدودي.'
    told = _by_marker(text, "بحسب")
    assert content_text(told).startswith("القوات السعودية")
    assert content_text(told).endswith("المنفذ الحدودي")
    # a norm between dashes (وفق مفهومه) is nobody's account
    text = "يسعى التنظيم إلى إقامة دولته - وفق مفهومه طبعا - في المناطق التي يسيطر عليها."
    assert claims(text) == []
