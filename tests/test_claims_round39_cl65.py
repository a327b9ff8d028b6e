"""Claims, round 39 (helper cl65): claims nested inside another speaker's content (ruling 8).

1. A nested verb's subject kept as written that names people by their part in the news (claim_cues
   ``nested_person_heads``: الشهود، المتهمين، المقبوض عليهم) with the verb's own introducer, or an admission verb
   with بـ + a fact admitted: a claim of its own (``sources._person_as_written``, ``sources._admits``).
2. A past verb of saying that opens a clause of time or cause inside a claim's content (حيث، عندما، بعد أن) with its
   speaker after it: a claim of its own whoever the outer speaker is (``sources._opened_telling``); not a thing
   (الفكر التسويقي), a quantifier (جميعهم) or someone bidden (أصر عليه أن).
3. A report nested in a participle folded into the claim before it ("…، مشيرا إلى أن مصادر محلية أكدت أن …") stays
   a claim of its own (``find_claims``: the nested claim was dropped with the participle).

The outer claim keeps its whole content. docs/claims.md, "Round 39: … (helper cl65)". Sentences written for the
project (none taken from an article)."""

from __future__ import annotations

from tests.test_claims_generalize import claims

_BEFORE = "وتواصلت الاشتباكات في ريف المحافظة الجنوبي لليوم الرابع على التوالي. "


def _by(text: str, word: str) -> list[dict]:
    return [c for c in claims(text) if (c["marker"] or {}).get("text", "") == word]


def _speaker(claim: dict) -> str:
    return str(claim["speaker"].get("text") or "")


def _content(claim: dict) -> str:
    return str((claim["content"] or {}).get("text") or "")


def test_witnesses_told_inside_a_ministry_statement() -> None:
    text = _BEFORE + "وأوضحت وزارة الداخلية أن الشهود أكدوا أن المسلحين فروا نحو الجبال بعد الهجوم."
    outer = _by(text, "أوضحت")
    assert len(outer) == 1 and _content(outer[0]).startswith("الشهود أكدوا أن المسلحين")
    inner = _by(text, "أكدوا")
    assert len(inner) == 1
    assert _speaker(inner[0]) == "الشهود"
    assert _content(inner[0]).startswith("المسلحين فروا نحو الجبال")
    thing = _BEFORE + "وقال المحافظ إن التحقيقات كشفت أن المسلحين فروا نحو الجبال."
    assert _by(thing, "كشفت") == [] and len(_by(thing, "قال")) == 1  # a thing told of: the outer account


def test_the_accused_admit_with_their_own_introducer() -> None:
    text = _BEFORE + "وأكدت النيابة العامة أن المتهمين اعترفوا بأنهم نقلوا المتفجرات إلى المخزن."
    inner = _by(text, "اعترفوا")
    assert len(inner) == 1
    assert _speaker(inner[0]) == "المتهمين"
    assert _content(inner[0]).startswith("نقلوا المتفجرات")


def test_those_arrested_admit_a_fact() -> None:
    text = _BEFORE + "وأكدت الوزارة في بيانها أن الموقوفين اعترفوا بتورطهم في إدخال الأسلحة عبر الحدود."
    inner = _by(text, "اعترفوا")
    assert len(inner) == 1
    assert _speaker(inner[0]) == "الموقوفين"
    assert "تورطهم في إدخال الأسلحة" in _content(inner[0])


def test_a_ministry_after_hayth_inside_a_named_speakers_words() -> None:
    text = (
        _BEFORE + "وقال الخبير الأمني اللواء سعد الحربي إن التحقيقات كشفت شبكة واسعة، حيث أعلنت الوزارة صراحة "
        "بأن هؤلاء المتهمين ينتمون إلى تنظيم إرهابي."
    )
    outer = _by(text, "قال")
    assert len(outer) == 1 and "حيث أعلنت الوزارة صراحة" in _content(outer[0])
    inner = _by(text, "أعلنت")
    assert len(inner) == 1
    assert _speaker(inner[0]) == "الوزارة"
    assert _content(inner[0]).startswith("هؤلاء المتهمين ينتمون")


def test_a_government_after_bada_an_inside_a_ministers_words() -> None:
    text = _BEFORE + "وقال وزير الخارجية إن بلاده فوجئت بالقرار بعد أن أعلنت الحكومة الفرنسية أنها ستسحب قواتها."
    inner = _by(text, "أعلنت")
    assert len(inner) == 1
    assert _speaker(inner[0]) == "الحكومة الفرنسية"
    assert _content(inner[0]).startswith("ستسحب قواتها")


def test_police_after_hayth_inside_a_papers_report() -> None:
    text = (
        _BEFORE + "وذكرت الصحف المحلية أن رجلا عثر عليه مصابا في موقف السيارات، حيث بينت الشرطة أن الإصابة "
        "ناجمة عن طلق ناري."
    )
    inner = _by(text, "بينت")
    assert len(inner) == 1
    assert _speaker(inner[0]) == "الشرطة"
    thing = _BEFORE + "وقال الخبير إن الإعلان تراجع عندما بين الفكر التسويقي أن الإعلان لا يبني العلامة."
    assert _by(thing, "بين") == []  # a thing, no speaker
    everyone = _BEFORE + "وأوضح المحامي أنه التقى الأطباء في المستشفى حيث أكدوا جميعهم أن المريض بحالة مستقرة."
    assert _by(everyone, "أكدوا") == []  # a quantifier names nobody
    bidden = _BEFORE + "وأشار الباحث إلى أن المفاجأة كانت عندما أصر المشرف عليه أن يواصل الكتابة رغم مرضه."
    assert _by(bidden, "أصر") == []  # one bidden: a demand, not a telling


def test_a_report_nested_in_a_folded_participle_stays_a_claim() -> None:
    text = (
        _BEFORE + "وقال المتحدث باسم الجيش إن القصف استمر طوال الليل، مشيرا إلى أن مصادر محلية أكدت أن المسلحين "
        "فروا نحو الجبال."
    )
    outer = _by(text, "قال")
    assert len(outer) == 1 and "مشيرا إلى أن مصادر محلية أكدت" in _content(outer[0])
    inner = _by(text, "أكدت")
    assert len(inner) == 1
    assert _speaker(inner[0]) == "مصادر محلية"
    assert _content(inner[0]).startswith("المسلحين فروا نحو الجبال")
