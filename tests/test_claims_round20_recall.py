"""Claims, round 20 of issue 13 (helper cl22): recall on short articles — a source passed on after the speaker or
the verb speaks (وقال نقلا عن …، وأوضح التقرير نقلا عن …، ونقلت الوكالة عنه القول إن), and the lead word of تحدث's
object may stand a few words after the speaker (وتحدث مسؤول …، طلب عدم ذكر اسمه، عن). docs/claims.md, "Round 20:
claims recall and channels on short articles (helper cl22)". Sentences written for the project (none taken from an
article)."""

from __future__ import annotations

from tests.claims_marker_checks import by_marker, speaker_text


# ------------------------------------------------------------------ a source passed on
def test_a_pronoun_going_on_passes_on_the_source_after_naqlan_an() -> None:
    text = (
        "قالت بعثة الأمم المتحدة في اليمن إن 200 شخص قتلوا خلال الشهر الماضي. "
        "وقال نقلا عن مكتب الصحة في محافظة تعز إن 40 مدنيا قتلوا في قصف على الأحياء السكنية."
    )
    said = by_marker(text, "قال")
    assert len(said) == 1
    assert said[0]["speaker"]["text"].startswith("مكتب الصحة")
    assert said[0]["reported_via"]
    assert said[0]["content"]["text"].startswith("40 مدنيا قتلوا")


def test_a_report_passes_on_the_worker_it_quotes() -> None:
    text = (
        "اتهمت منظمة العفو الدولية المسلحين بقصف الأحياء السكنية. وأوضح التقرير نقلا عن أحد المسعفين في المدينة "
        "قوله «سقطت القذائف على السوق في وقت الذروة»."
    )
    told = by_marker(text, "أوضح")
    assert len(told) == 1
    assert told[0]["speaker"]["text"].startswith("أحد المسعفين")
    assert told[0]["reported_via"]  # the report's author (its anaphor's name) passes it on


def test_an_agency_passing_on_him_is_not_the_speaker() -> None:
    text = (
        "قال وزير الدفاع الفرنسي إن الطائرات بدأت مهامها فوق العراق. ونقلت صحيفة «لوموند» الفرنسية عنه القول إن "
        "الضربات ستستمر حتى تحرير المدن."
    )
    passed = by_marker(text, "نقلت")
    assert len(passed) == 1
    assert passed[0]["speaker"]["found_by"] == "pronoun"
    assert speaker_text(passed[0]) == "وزير الدفاع الفرنسي"
    assert "لوموند" in str(passed[0]["reported_via"])


def test_an_outlet_telling_on_a_topic_keeps_its_own_claim() -> None:
    text = "ونقلت صحيفة «الحياة» عن مصادر مطلعة أن المفاوضات ستستأنف الأسبوع المقبل."
    passed = by_marker(text, "نقلت")
    assert len(passed) == 1
    assert passed[0]["speaker"]["text"] == "مصادر مطلعة"


# ------------------------------------------------------------------ the lead of تحدث's object a few words on
def test_an_aside_between_the_official_and_an() -> None:
    text = "وتحدث مسؤول في الشرطة، طلب عدم ذكر اسمه، عن 15 قتيلا في الانفجار."
    spoke = by_marker(text, "تحدث")
    assert len(spoke) == 1
    assert spoke[0]["speaker"]["text"].startswith("مسؤول")
    assert spoke[0]["content"]["text"].startswith("15 قتيلا")


def test_a_lecture_topic_and_a_happening_are_no_claims() -> None:
    lecture = "وشهدت الخيمة محاضرة ألقاها الداعية فلان الفلاني، تحدث فيها عن «أدب الحوار»، وسط حضور كبير."
    assert by_marker(lecture, "تحدث") == []
    failures = "وذكر أن الأعطال التي تحدث في الأجهزة المنزلية فضلا عن تلف الأغذية كبدت الأسر خسائر."
    assert by_marker(failures, "تحدث") == []


def test_a_participle_with_its_own_an_is_not_skipped_to() -> None:
    text = "كما تحدث من جانب الجالية نبيل العزي معبرا عن امتنانه للقيادة."
    assert all(not c["content"]["text"].startswith("امتنانه") for c in by_marker(text, "تحدث"))


# ------------------------------------------------------------------ a verb of saying set off by «، كما» / «، إذ»
def test_kama_after_a_comma_opens_a_second_claim_of_the_same_speaker() -> None:
    text = "وقال الرئيس الأمريكي إن طهران لن تتمكن من إنتاج سلاح نووي، كما أوضح أن المفتشين سيزورون المواقع كل شهر."
    first = by_marker(text, "قال")
    second = by_marker(text, "أوضح")
    assert len(first) == 1 and len(second) == 1
    assert first[0]["content"]["text"].endswith("سلاح نووي")
    assert second[0]["speaker"]["found_by"] == "pronoun"
    assert second[0]["content"]["text"].startswith("المفتشين سيزورون")


def test_idh_after_a_comma_opens_the_officials_claim() -> None:
    text = (
        "وأعلنت الخارجية أمس أن ثلاثة رجال متهمون بتمويل الجماعة، إذ أكد المسؤول الأميركي أن بلاده تلاحق شبكات "
        "التمويل في المنطقة."
    )
    said = by_marker(text, "أكد")
    assert len(said) == 1
    assert said[0]["speaker"]["text"] == "المسؤول الأميركي"
    assert said[0]["content"]["text"].startswith("بلاده تلاحق")
    assert by_marker(text, "أعلنت")[0]["content"]["text"].endswith("بتمويل الجماعة")


def test_a_trailing_kama_qala_stays_inside() -> None:
    text = "وقال الأب إن المستشفى لم يتحرك لنقل ابنته، كما قال."
    said = by_marker(text, "قال")
    assert len(said) == 1
    assert "لم يتحرك" in said[0]["content"]["text"]
