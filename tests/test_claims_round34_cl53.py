"""Claims, round 34 (helper cl53): an outlet that relays a source after عن. The files' convention (check4's rules,
kept since): "نقل X عن Y: Y speaks, X passes on". rasd took the outlet as the speaker whenever a word it did not skip
stood between the outlet's phrase and عن — the tail of an agency's name (للأنباء), an abbreviation in brackets
((أ.ف.ب)), a quoted second name, أيضا, a comma — or when the source after عن was a title too long to read as written
("عن المهندس فلان الفلاني مدير عام المطار أنه"); and an outlet's noun read as an anaphor (ونقل التلفزيون عنه قوله)
kept the outlet instead of the person the pronoun names. Now the source after the first عن within eight words of the
outlet, before the content and with no sentence's end between, speaks (``stages/claims/reading.py``
``_relayed_source``, ``_source_named``, ``_outlet_phrase``; ``claim_cues.yaml`` ``relay_not_sources``). Smaller fixes
of the same section: a pronoun's claim read at قائلا right after its verb ("وأضاف قائلا") has its marker and span
from the verb, as the files mark it (``continuation.joined_verb_marker``), the feminine and plural of استطرد are
markers (``claims.yaml``), and a content that opens with the عن of كشف / أعلن / أفصح / تحدث opens after it
(``continuation.about_lead_out``; ``claim_cues.yaml`` ``about_lead_verbs``). docs/claims.md, "Round 34: outlets that
relay a source (helper cl53)". Sentences written for the project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "").endswith(word)]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


# ------------------------------------------------------------------------------- the source after عن speaks
def test_the_agency_name_tail_before_the_source() -> None:
    text = "ونقلت وكالة الأناضول للأنباء عن مصدر أمني قوله إن المهاجمين فروا نحو الجبال."
    found = _by(text, "نقلت")
    assert len(found) == 1
    assert "مصدر" in _speaker(found[0])


def test_a_bare_body_after_the_name_tail() -> None:
    text = "ونقلت وكالة إيتار تاس الروسية للأنباء عن السفارة قولها إن الأنباء عن خطف الطيارين غير صحيحة."
    found = _by(text, "نقلت")
    assert len(found) == 1
    assert _speaker(found[0]) == "السفارة"


def test_an_abbreviation_in_brackets_before_the_source() -> None:
    text = "في حين نقلت وكالة الصحافة الفرنسية (أ.ف.ب) عن مصدر عسكري أن القوات استعادت السيطرة على التلة."
    found = _by(text, "نقلت")
    assert len(found) == 1
    assert "مصدر" in _speaker(found[0])


def test_also_and_a_comma_before_the_source() -> None:
    text = "ونقلت صحيفة «الوطن»، عن مسؤولين في وزارة المالية، أن الميزانية ستعلن الشهر المقبل."
    found = _by(text, "نقلت")
    assert len(found) == 1
    assert "مسؤولين" in _speaker(found[0])


def test_a_title_too_long_to_read_as_written() -> None:
    text = "ونقلت وكالة الأنباء السعودية عن المهندس خالد العتيبي مدير عام المطار أنه سيفتتح صالة جديدة قريبا."
    found = _by(text, "نقلت")
    assert len(found) == 1
    assert "العتيبي" in _speaker(found[0])


def test_a_broadcaster_named_by_its_noun_relays_the_last_speaker() -> None:
    text = "وقال وزير النفط إن الصادرات سترتفع العام المقبل. ونقل التلفزيون عنه قوله إن الإنتاج تراجع بسبب العقوبات."
    found = _by(text, "نقل")
    assert len(found) == 1
    assert found[0]["speaker"].get("found_by") == "pronoun"
    assert (found[0]["speaker"].get("antecedent") or {}).get("text") == "وزير النفط"


def test_an_agency_whose_name_took_the_pronoun_relays_the_last_speaker() -> None:
    text = "وقال وزير الخارجية إن المحادثات مستمرة. ونقلت وكالة فارس عنه قوله إن الاتفاق بات قريبا."
    found = _by(text, "نقلت")
    assert len(found) == 1
    assert found[0]["speaker"].get("found_by") == "pronoun"
    assert "عنه" not in _speaker(found[0])


# ------------------------------------------------------------------------------- guards
def test_a_source_right_after_the_outlet_as_before() -> None:
    text = "ونقلت صحيفة الحياة عن مصادر أمنية أن المسلحين انسحبوا من البلدة."
    found = _by(text, "نقلت")
    assert len(found) == 1
    assert "مصادر" in _speaker(found[0])


def test_by_way_of_is_no_source() -> None:
    text = "وقال المتحدث إن المصابين نقلوا عن طريق الإسعاف الجوي إلى المستشفى."
    assert all("طريق" not in _speaker(c) for c in claims(text))


def test_no_relay_past_a_sentence_end() -> None:
    text = "وقالت الوزارة إن الطرق مغلقة. ونقلت الأسر المتضررة. وتحدث السكان عن نقص المياه في الأحياء."
    assert all("السكان" not in _speaker(c) or "تحدث" in (c["marker"] or {}).get("text", "") for c in claims(text))


# ------------------------------------------------------------------------------- the verb before قائلا
def test_the_verb_and_its_participle_are_one_marker() -> None:
    text = "وقال المدرب إن الفريق جاهز للمباراة. وأضاف قائلا: «سنلعب من أجل الفوز فقط»."
    found = [c for c in claims(text) if "قائلا" in (c["marker"] or {}).get("text", "")]
    assert len(found) == 1
    assert found[0]["marker"]["text"] == "وأضاف قائلا"
    assert _speaker(found[0]) == "وأضاف قائلا"
    assert found[0]["speaker"].get("found_by") == "pronoun"


def test_the_feminine_of_istatrada_is_a_marker() -> None:
    text = "وقالت المديرة إن المدرسة ستفتح أبوابها الأحد. واستطردت: «أعددنا كل شيء لاستقبال الطلاب»."
    found = _by(text, "استطردت")
    assert len(found) == 1
    assert found[0]["speaker"].get("found_by") == "pronoun"


def test_a_named_subject_before_the_participle_keeps_its_marker() -> None:
    text = "وقال الوزير إن الأمر مهم. وأضاف البيان قائلا: «ستتخذ الوزارة كل الإجراءات اللازمة»."
    found = [c for c in claims(text) if "قائلا" in (c["marker"] or {}).get("text", "")]
    assert len(found) == 1
    assert found[0]["marker"]["text"] == "قائلا"


# ------------------------------------------------------------------------------- a report's adjective
def test_a_recent_study_keeps_its_adjective() -> None:
    text = "وكشفت دراسة حديثة أن قلة النوم تضعف الذاكرة لدى الأطفال."
    found = _by(text, "كشفت")
    assert len(found) == 1
    assert _speaker(found[0]) == "دراسة حديثة"
    assert str(found[0]["content"]["text"]).startswith("قلة النوم")


def test_an_international_report_keeps_its_adjective() -> None:
    text = "وأشار تقرير دولي إلى أن معدلات الفقر تراجعت في المنطقة."
    found = _by(text, "أشار")
    assert len(found) == 1
    assert _speaker(found[0]) == "تقرير دولي"


# ------------------------------------------------------------------------------- the object's عن
def test_a_comma_before_an_announcements_an_stays_out_of_the_content() -> None:
    text = "وأعلنت وزارة الداخلية، عن القبض على خلية إرهابية في الرياض."
    found = _by(text, "أعلنت")
    assert len(found) == 1
    assert str(found[0]["content"]["text"]).startswith("القبض")


def test_an_in_the_middle_of_the_content_stays() -> None:
    text = "وكشفت الشركة أن الأرباح تراجعت عن العام الماضي بنسبة كبيرة."
    found = _by(text, "كشفت")
    assert len(found) == 1
    assert "تراجعت عن العام" in str(found[0]["content"]["text"])
