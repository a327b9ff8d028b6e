"""Claims, round 9 of issue 13: classes read on fresh corpus articles (a recall scan and a hand audit of random
claims) and the bench's rule for pronoun continuations, as unit rows written for the project (no sentence is
taken from an article)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from .test_claims_generalize import claims

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))


def _one(sentence: str) -> dict:
    cs = claims(sentence)
    assert len(cs) == 1, cs
    return cs[0]


# ------------------------------------------------------------------------------- بيّن with a long subject
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "بدوره، بين المشرف العام على برامج المهرجان المهندس سعد العتيبي أن الفعاليات تبدأ مساء الخميس.",
            "سعد العتيبي",
        ),
        ("وبين مدير التعليم بالمحافظة الأستاذ محمد القرني أن الدراسة ستبدأ في موعدها.", "محمد القرني"),
    ],
)
def test_a_long_subject_between_bayyana_and_its_intro(sentence: str, speaker: str) -> None:
    c = _one(sentence)
    assert c["speaker"]["text"] == speaker
    assert c["marker"]["text"] == "بين"


@pytest.mark.parametrize(
    "sentence",
    [
        "- أن الشعور العام بين المستثمرين الأجانب هو أن السوق بلغ ذروته.",  # the preposition after a definite word
        "وقارن التقرير بين البلدين في حجم التبادل التجاري خلال العام الماضي.",
        "وتوزعت المساعدات بين الأسر النازحة في المخيمات الثلاثة أن تيسر ذلك.",
    ],
)
def test_bayna_the_preposition_is_no_claim(sentence: str) -> None:
    assert [c for c in claims(sentence) if c["marker"]["text"] == "بين"] == []


# ------------------------------------------------------------------------------- a title with its body fused after it
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "وصرح المتحدث الأمني بوزارة الداخلية، أنه تم القبض على ثلاثة مطلوبين في المنطقة الشرقية.",
            "المتحدث الأمني بوزارة الداخلية",
        ),
        ("وقال المتحدث الرسمي بوزارة الصحة إن حالة المصابين مستقرة.", "المتحدث الرسمي بوزارة الصحة"),
        ("وقال المتحدث الأمني لوزارة الداخلية إن الانفجار وقع قرابة الظهر.", "المتحدث الأمني لوزارة الداخلية"),
        ("وقال المتحدث الرسمي إن الاجتماع انتهى دون اتفاق.", "المتحدث الرسمي"),
    ],
)
def test_the_spokesman_speaks_not_his_body(sentence: str, speaker: str) -> None:
    c = _one(sentence)
    assert c["speaker"]["text"] == speaker
    assert c["speaker"]["role"] and "spokesman" in c["speaker"]["role"]


def test_spokesman_titles_without_basm_are_offices() -> None:
    from rasd.claims.speakers import role_reader
    from rasd.text.normalize import normalize_word as norm

    for title, role in (
        ("المتحدث الرسمي", "spokesman"),
        ("الناطق الرسمي", "spokesman"),
        ("المتحدث الأمني", "security spokesman"),
        ("الناطق الإعلامي", "media spokesman"),
    ):
        found = role_reader().read([norm(w) for w in title.split()], 0, [])
        assert found is not None and found.role == role, title


# ------------------------------------------------------------------------------- the object is no speaker
def test_a_participle_after_title_and_object_goes_to_the_title() -> None:
    # "حمّل X Y مسؤولية …، مؤكدا": X (a title whose name the tagger may miss) speaks, Y is the object
    c = _one("وحمل وزير الإعلام معمر الإرياني ميليشيا الحوثي مسؤولية الهجوم، مؤكدا أن الحكومة لن تسكت.")
    assert c["speaker"]["text"].startswith("وزير الإعلام")
    assert "الحوثي" not in c["speaker"]["text"]


def test_a_person_after_a_body_still_speaks_for_a_masculine_participle() -> None:
    c = _one("وأشاد عضو مجلس الهيئة الدكتور خالد السالم بقرار الوزارة في تغريدة قائلا إن القرار صائب.")
    assert c["speaker"]["text"] == "خالد السالم"


# ------------------------------------------------------------------------------- scripture
@pytest.mark.parametrize(
    "sentence",
    [
        "حيث جاء في الحديث «المسلم من سلم المسلمون من لسانه ويده».",
        "وورد في الأثر أن حرمة الدم أعظم من حرمة الكعبة.",
    ],
)
def test_a_quoted_hadith_is_no_claim(sentence: str) -> None:
    assert claims(sentence) == []


def test_a_talk_named_after_the_marker_still_speaks() -> None:
    c = _one("وقال الوزير في الحديث نفسه إن الخطة جاهزة.")
    assert c["speaker"]["text"] == "الوزير"


# ------------------------------------------------------------------------------- the bench's continuation rule
def test_a_gold_continuation_carries_the_last_speaker() -> None:
    from bench_claims import continuation_gold

    raw = [
        {
            "speaker": {"mention": {"start": 5, "end": 15}},
            "marker": {"start": 0, "end": 4},
            "content": {"start": 19, "end": 40},
        },
        {"speaker": {"mention": None}, "marker": {"start": 42, "end": 47}, "content": {"start": 51, "end": 70}},
    ]
    gold = [{"speaker": [(5, 15)], "content": (19, 40)}, {"speaker": [(42, 47)], "content": (51, 70)}]
    out = continuation_gold(raw, gold, 0)
    assert out[0]["speaker"] == [(5, 15)]
    assert out[1]["speaker"] == [(42, 47), (5, 15)]
    assert gold[1]["speaker"] == [(42, 47)]  # the input is left as it was


def test_a_system_continuation_carries_its_antecedent() -> None:
    from bench_claims import continuation_system
    from bench_events import match_claims

    raw = [
        {"speaker": {"found_by": "mention", "start": 5, "end": 15}},
        {"speaker": {"found_by": "pronoun", "start": 42, "end": 47, "antecedent": {"start": 5, "end": 15}}},
    ]
    system = [{"speaker": [(5, 15)], "content": (19, 40)}, {"speaker": [(42, 47)], "content": (51, 70)}]
    out = continuation_system(raw, system)
    assert out[1]["speaker"] == [(42, 47), (5, 15)]
    # a gold claim that names the speaker again (وقال الوزير) matches the continuation by its antecedent
    gold = [{"speaker": [(5, 15)], "content": (19, 40)}, {"speaker": [(5, 15)], "content": (51, 70)}]
    assert sorted(match_claims(gold, out)) == [(0, 0), (1, 1)]
    assert sorted(match_claims(gold, system)) == [(0, 0)]


# ------------------------------------------------------------------------------- recall: the dual
@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        ("وقال مساعد الرئيس إبراهيم الطاهر إنهما بحثا دعم مسيرة الحوار الوطني.", "إبراهيم الطاهر", "بحثا دعم مسيرة"),
        ("وأكد الوزيران أنهما اتفقا على تعزيز التعاون الأمني.", "الوزيران", "اتفقا على"),
    ],
)
def test_dual_introducers(sentence: str, speaker: str, content: str) -> None:
    c = _one(sentence)
    assert c["speaker"]["text"] == speaker
    assert c["content"]["text"].startswith(content)


# ------------------------------------------------------------------------------- a possessed noun is the object
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("وجدد الرئيس دعمه للحوار مؤكدا أن الحل سياسي.", "الرئيس"),
        ("وأبدى المدير استعداده للتعاون، مؤكدا أن الأبواب مفتوحة.", "المدير"),
        ("وأكد الوزير حرصه على أمن الحدود.", "الوزير"),
    ],
)
def test_a_noun_with_its_pronoun_is_no_part_of_the_title(sentence: str, speaker: str) -> None:
    assert _one(sentence)["speaker"]["text"] == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("وقال الشيخ عبدالله إن الصلح تم بين العائلتين.", "عبدالله"),
        ("وقال مدير الشرطة العقيد طه الزهراني إن الحادث عرضي.", "طه الزهراني"),
    ],
)
def test_names_ending_like_pronouns_stay_names(sentence: str, speaker: str) -> None:
    assert _one(sentence)["speaker"]["text"] == speaker


# ----------------------------------------------------------------------------- an outlet passes on the next claim
def test_an_outlet_before_a_verb_with_its_own_subject_passes_it_on() -> None:
    c = _one("وبحسب «رويترز» قال مكتب الإحصاء الأوروبي إن أسعار المستهلكين ارتفعت.")
    assert c["speaker"]["text"] == "مكتب الإحصاء الأوروبي"
    assert c["reported_via"] == "Reuters"


def test_a_monitor_after_bahasb_still_speaks() -> None:
    c = _one("وبحسب المرصد السوري قتل عشرة مدنيين في الغارة.")
    assert c["speaker"]["text"] == "المرصد السوري"


# ------------------------------------------------------------------------------- the holder after "title في body"
def test_the_name_after_a_title_and_its_body() -> None:
    c = _one("وقال عضو لجنة الأمن والدفاع في البرلمان العراقي النائب حامد المطلك إن الوضع الأمني خطير.")
    assert c["speaker"]["text"].endswith("حامد المطلك")


# ------------------------------------------------------------------------------- an outlet inserted after the subject
def test_sources_speak_through_an_inserted_outlet() -> None:
    c = _one("وأشارت مصادر حسبما أوردت صحيفة «الحياة»، إلى أنه سيتم استدعاء عدد من الموظفين للتحقيق.")
    assert c["speaker"]["text"] == "مصادر"
    assert c["reported_via"] == "الحياة"
    assert c["content"]["text"].startswith("سيتم استدعاء")


def test_a_trailing_outlet_after_a_plain_clause_still_speaks() -> None:
    c = _one("وارتفعت الأسعار بنسبة عشرة في المئة، بحسب ما أوردت صحيفة «الحياة».")
    assert c["speaker"]["text"] == "الحياة"


def test_the_second_person_opens_no_content() -> None:
    # verse: "ترى كل ملك دونها يتذبذب فإنك شمس" (a second-person إنك is no introducer)
    assert claims("ألم تر أن الله أعطاك سورة ترى كل ملك دونها يتذبذب فإنك شمس والملوك كواكب.") == []


def test_a_source_then_a_participle_keeps_no_outlet() -> None:
    cs = claims("وتحجب الرياح قسطا من الطاقة الشمسية، بحسب القطب، داعيا إلى مراعاة ذلك في التصاميم.")
    assert all(c.get("reported_via") is None for c in cs)


# ------------------------------------------------------------------------------- a fresh audit's classes
def test_an_adverb_after_the_marker_is_no_speaker() -> None:
    c = _one("وكان رئيس اللجنة الدكتور عبدالله البرقان، قد أعلن مسبقا أن النادي لا توجد عليه شكاوى.")
    assert c["speaker"]["text"] == "عبدالله البرقان"


@pytest.mark.parametrize(
    "sentence",
    [
        "ويتاح الابتعاث للدراسات العليا طبقا لضوابط المجلس العلمي بالجامعة.",
        "وتم قبول الطلاب وفق شروط الوزارة المعلنة.",
        "ووفقا لتعليمات الوزير فإن المدارس ستغلق أبوابها.",
    ],
)
def test_rules_after_a_preposition_are_no_source(sentence: str) -> None:
    assert claims(sentence) == []


def test_affiliated_is_no_marker() -> None:
    c = _one("ويشير الباحث سامر الخطيب، مدير موقع تابع لمؤسسة بحثية، إلى أن الحرب طالت.")
    assert c["speaker"]["text"] == "سامر الخطيب"
    assert c["marker"]["text"] == "يشير"


def test_tabaa_continuing_the_last_speaker_still_speaks() -> None:
    cs = claims("وقال الوزير إن الخطة جاهزة. وتابع أن التنفيذ يبدأ غدا.")
    assert [c["marker"]["text"] for c in cs] == ["قال", "تابع"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال المحافظ إن الوضع مستقر. وأشاد بالمقاتلين الذين تمكنوا من طرد مسلحي الحوثي، مبينا أن المعارك انتهت.",
        "وقال الوزير إن الخطة جاهزة. ورحب بالجهود التي تبذلها وزارة الصحة، مؤكدا أن التعاون مستمر.",
    ],
)
def test_a_body_inside_a_relative_clause_is_no_participle_subject(text: str) -> None:
    cs = claims(text)
    assert len(cs) == 2
    assert cs[1]["speaker"]["found_by"] == "pronoun"
    assert cs[1]["speaker"]["antecedent"]["text"] in ("المحافظ", "الوزير")


# ------------------------------------------------------------------------------- لفت + subject + أن (no إلى)
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("ولفت مساعد مدير الأمن العام للشؤون الأمنية أنه بلغ عدد المستفيدين ألف شخص.", "مساعد مدير الأمن العام"),
        ("ولفتت المديرية أنه تم المرور على جميع المرضى صباح اليوم.", "المديرية"),
    ],
)
def test_lafata_with_its_subject_then_anna(sentence: str, speaker: str) -> None:
    c = _one(sentence)
    assert c["speaker"]["text"] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "ولفت انتباهي خلال زيارتي للمستشفى أن هناك طبيبا واحدا في القسم.",
        "ورأيت ابنتي تتحدث في المنام والوالدة تحلم أنها تغرق.",
    ],
)
def test_attracted_attention_and_tahaddath_stay_no_claims(sentence: str) -> None:
    assert claims(sentence) == []


def test_a_paper_quoting_officials_is_their_reported_via() -> None:
    c = _one("وقالت صحيفة «الغد» نقلا عن مسؤولين في وزارة الدفاع إن الاتفاق وقع مساء أمس.")
    assert c["speaker"]["text"] == "مسؤولين"
    assert c["reported_via"] == "الغد"


# ------------------------------------------------------------------------------- أجمع على أن (agreed that)
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("أجمع خبيران أوروبيان على أن جولة الوزير ساهمت في تفعيل الشراكة.", "خبيران أوروبيان"),
        ("وأجمعت الصحف الأردنية الصادرة أمس، على أن الزيارة ركزت على التعاون.", "الصحف الأردنية"),
        ("وأجمع المشاركون في الندوة على أن الحل سياسي.", "المشاركون"),
    ],
)
def test_ajmaa_ala_anna(sentence: str, speaker: str) -> None:
    assert _one(sentence)["speaker"]["text"] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "وهذه رسالة بلادنا للعالم أجمع، وهي أن شبابها يعملون من أجل السلام.",
        "وقال الوزير إن الخطة جاهزة. وأجمعوا على أن التنفيذ يبدأ غدا.",  # no subject named after it
    ],
)
def test_ajmaa_as_all_or_without_a_subject(sentence: str) -> None:
    assert [c for c in claims(sentence) if c["marker"]["text"].startswith("أجمع")] == []
