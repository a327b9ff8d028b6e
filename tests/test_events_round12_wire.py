"""Round 12 (helper sw): newswire-style single sentences about assaults and protests.

``benchmarks/data/events_sentences_wire.jsonl`` holds 204 sentences written for the project in the style of Arabic
wire services (many countries and decades), coded by hand before rasd ran on them; it is a measure
(``bench_events_sentences.py --wire``), not the tests. The rule tests below use other sentences, written for them.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
NAME = "events_sentences_wire.jsonl"
ACLED = {
    "Violence against civilians": {"Attack", "Abduction/forced disappearance", "Sexual violence"},
    "Explosions/Remote violence": {
        "Remote explosive/landmine/IED",
        "Suicide bomb",
        "Grenade",
        "Shelling/artillery/missile attack",
        "Air/drone strike",
    },
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Looting/property destruction"},
    "Battles": {"Armed clash"},
}


def _records() -> list[dict[str, object]]:
    return [json.loads(x) for x in (DATA / NAME).read_text(encoding="utf-8").splitlines() if x.strip()]


def test_wire_file_make_up_and_codes() -> None:
    records = _records()
    assert len(records) == 204 and len({r["id"] for r in records}) == 204
    assert Counter((r["pool"], r["gold"]) for r in records) == {
        ("assault", "event"): 75,
        ("protest", "event"): 74,
        ("protest", "optional"): 2,
        ("negative", "none"): 52,
        ("negative", "optional"): 1,
    }
    assert len({r["text"] for r in records}) == 204
    for r in records:
        assert isinstance(r["text"], str) and 40 <= len(r["text"]) <= 320, r["id"]
        if r["gold"] == "event":
            pairs = [(r["event_type"], r["sub_event_type"])] + [tuple(a) for a in r["alternatives"]]  # type: ignore[attr-defined]
            for t, s in pairs:
                assert s in ACLED[t], r["id"]
        else:
            assert r["event_type"] is None and r["sub_event_type"] is None and not r["alternatives"], r["id"]
    assert len({r["country"] for r in records}) >= 30


def test_bench_wire_flag_reads_its_own_file() -> None:
    sys.path.insert(0, str(DATA.parent))
    import bench_events_sentences as bench

    assert bench.DATAW == DATA / NAME and bench.OUTW.name == "events_sentences_wire.json"


# ------------------------------------------------------------------------------------------------ the rules
# The classes the wire file's first run showed (bench_events_sentences.py --wire), each tested with sentences written
# for these tests, not the file's: how a protest ended told in the clause after it (وأطلقت الشرطة عليهم …، قبل أن
# يفرقهم …، ما أسفر عن سقوط قتلى); repression as a noun and breaking up told with the protesters' pronoun; the
# snipers' bullets; the public places of civilians (a café, a church) as the target of an attack; a
# protest postponed; a precaution against protests to come; drugs by name; a named court's verdict or a trial's
# opening; an exhibition of photographs; settlers' attack on a person; the doers' harm told in the clause after an
# attack (فقتلوا 15 قرويا); a rally called a festival (مهرجان جماهيري); "without borders" in a body's name (أطباء بلا
# حدود), which negates nothing; a vehicle stopped with its owners' pronoun (أوقفوا سيارتهم) is no arrest; drugs
# (المواد المخدرة) and asylum (طلب اللجوء) are crime-arrest words; a "true story" told (يروي قصة حقيقية) is culture;
# prices that "explode" and a parade of art are figures of speech; a court hearing a killing's case is judicial; what a
# protest condemns (تنديدا بحرق المصحف) is no riot of its own, nor is a symbol burnt (أحرقوا صورا للرئيس، العلم); a
# clause telling another happening (وسقط قتلى في قصف …) does not type the protest before it.

import pytest  # noqa: E402

from tests.sentence_checks import assert_found_typed_undated, assert_no_event  # noqa: E402

EXCESSIVE = ("Excessive force against protesters",)
INTERVENTION = ("Protest with intervention",)
ATTACK = ("Attack",)
PEACEFUL = ("Peaceful protest",)

FOUND: list[tuple[tuple[str, ...], str]] = [
    # how the protest ended, told in the clause after it
    (EXCESSIVE, "تظاهر مئات العمال أمام مقر الشركة للمطالبة برواتبهم، وقتل اثنان منهم برصاص الشرطة."),
    (EXCESSIVE, "نظم الأهالي مسيرة نحو مبنى المحافظة، فأطلقت قوات الأمن الرصاص الحي على المشاركين فيها."),
    (EXCESSIVE, "فرقت قوات الجيش اعتصام الطلاب أمام الجامعة بالقوة، ما أسفر عن سقوط قتلى وجرحى في صفوفهم."),
    (EXCESSIVE, "خرج آلاف الشبان في مسيرة قرب السياج الحدودي، واستشهد أحدهم برصاص القناصة."),
    (INTERVENTION, "تجمع عشرات الناشطين أمام مبنى البرلمان، وأطلقت الشرطة عليهم قنابل الغاز."),
    (INTERVENTION, "احتشدت مئات الأمهات في الساحة الرئيسية للمدينة، قبل أن يفرقهن عناصر الشرطة بالهراوات."),
    (INTERVENTION, "اعتصم موظفو البلدية أمام مكتب الوزير احتجاجا على تأخر الرواتب، فتصدت لهم قوات الأمن."),
    # repression as a noun
    (INTERVENTION, "أصيب خمسة شبان بالاختناق خلال قمع الشرطة مسيرة سلمية وسط المدينة."),
    # the places where civilians gather, as what an attack hit
    (ATTACK, "قتل ثلاثة أشخاص في هجوم شنه مسلحون مجهولون على مقهى شعبي وسط المدينة."),
    (ATTACK, "أصيب أربعة أشخاص في هجوم نفذه مسلح على كنيسة في ضاحية العاصمة."),
    # settlers' attack on a person, with no armed target
    (ATTACK, "أصيب مزارع بجروح في رأسه بعد أن هاجمه مستوطنون بالعصي قرب أرضه شرق المدينة."),
    # the doers' harm told in the clause after the attack
    (ATTACK, "هاجم مسلحون مجهولون بلدة نائية في الإقليم، فقتلوا تسعة من سكانها وأحرقوا متاجرها."),
    # a vehicle stopped with its owners' pronoun is no arrest: the killing after it is the happening
    (ATTACK, "قتل مسلحون مجهولون ثلاثة عمال بعد أن أوقفوا سيارتهم على طريق ريفي شمال المدينة."),
    # a rally called a festival
    (PEACEFUL, "احتشد آلاف من أنصار الحزب في مهرجان جماهيري وسط المدينة رفضا لنتائج الانتخابات."),
    # "without borders" in a body's name negates nothing
    (
        ("Sexual violence",),
        "قالت منظمة أطباء بلا حدود إن مسلحين اعتدوا جنسيا على عشرات النساء في القرى المحيطة بالمدينة.",
    ),
]

NONE: list[str] = [
    # a protest postponed or prepared for, not held
    "قررت نقابة المهندسين تأجيل الاعتصام المقرر أمام مجلس الوزراء إلى الشهر المقبل.",
    "أرجأت لجنة التنسيق المسيرة التي دعت إليها إلى ما بعد العيد.",
    "عززت الشرطة انتشارها في محيط الجامعات تحسبا لمظاهرات طلابية.",
    # drugs by name: a crime arrest
    "أوقفت عناصر الجمارك مسافرا بحوزته كمية من الهيروين في المطار.",
    "اعتقلت الشرطة ثلاثة أشخاص بحوزتهم كمية من مخدر الحشيش في حي شعبي.",
    "ألقت الشرطة القبض على شابين بحوزتهما كمية من المواد المخدرة في حي شعبي.",
    # asylum sought: the project's convention for migrants
    "احتجزت سلطات المطار صحفيا أجنبيا بعد طلب اللجوء لدى وصوله.",
    # a true story told by a writer
    "يروي الكاتب في عمله الجديد قصة حقيقية عن اختطاف طبيب في قرية جبلية.",
    # a named court's verdict, a trial's opening
    "قضت محكمة أمن الدولة بسجن متهمين اثنين بتهمة الاعتداء على دورية للشرطة.",
    "بدأت محكمة ألمانية محاكمة رجل متهم بتنفيذ هجوم بسكين على مارة قبل عامين.",
    # an exhibition
    "افتتح معرض فني في العاصمة يضم لوحات عن الاحتجاجات الشعبية التي شهدتها البلاد.",
    # prices that "explode", a parade of art or pilgrims: figures of speech
    "شهدت الأسواق المحلية انفجارا في أسعار الخضار بعد موجة الصقيع.",
    "جابت مسيرة فنية شوارع المدينة القديمة احتفالا بعيد الاستقلال.",
    # a court that hears the case of an old killing
    "تنظر المحكمة الأسبوع المقبل في قضية مقتل رجل أعمال اغتيل قبل ثلاث سنوات.",
    # a festival of culture stays culture
    "افتتح مهرجان المسرح العربي دورته الجديدة بعرض عن الاحتجاجات الشعبية.",
]


@pytest.mark.parametrize(("subs", "sentence"), FOUND)
def test_wire_classes_found_and_typed(subs: tuple[str, ...], sentence: str) -> None:
    assert_found_typed_undated(subs, sentence)


@pytest.mark.parametrize("sentence", NONE)
def test_wire_classes_no_event(sentence: str) -> None:
    assert_no_event(sentence)


def test_sequel_is_not_a_description_and_for_the_sake_of_is_no_postponing() -> None:
    """The clause after a protest opened by a pronoun describes whom it is about (no force against it); من أجل ("for
    the sake of") is not أجل ("postponed"), so the arrest and the clash after it stay told."""
    from tests.sentence_checks import TOLD, alone

    about = alone("تجمع عشرات المحتجين أمام مركز الشرطة للمطالبة بالإفراج عن شاب، وهو طالب قتل برصاص الشرطة قبل شهر.")
    subs = {e["acled_sub_event_type"] for e in about if e["status"] in TOLD}
    assert "Peaceful protest" in subs and "Excessive force against protesters" not in subs
    raid = alone(
        "دهمت قوات الجيش الحي من أجل اعتقال ناشطين، فاندلعت مواجهات بين الشبان والجنود رشق خلالها الشبان"
        " الجنود بالحجارة."
    )
    subs = {e["acled_sub_event_type"] for e in raid if e["status"] in TOLD}
    assert "Violent demonstration" in subs


def test_what_a_protest_condemns_is_no_riot_of_its_own() -> None:
    """A riot word right after a cause word (تنديدا بحرق، احتجاجا على إحراق) is what the protest condemns: the protest
    stays peaceful; a riot word of its own after the cause still makes it a riot."""
    assert_found_typed_undated(PEACEFUL, "تظاهر مئات الأشخاص أمام السفارة تنديدا بحرق نسخ من المصحف في أوروبا.")
    assert_found_typed_undated(
        ("Violent demonstration",), "تظاهر المئات احتجاجا على غلاء الأسعار وأحرقوا الإطارات في الشوارع الرئيسية."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "تظاهر الآلاف في العاصمة ضد الحكومة، وسقط ثلاثة قتلى في قصف على قرية حدودية شمال البلاد.",
        "نظم العمال اعتصاما أمام المصنع، واستشهد جندي في هجوم على حاجز عسكري في الجنوب.",
    ],
)
def test_a_clause_that_tells_another_happening_is_no_sequel_of_the_protest(sentence: str) -> None:
    """A clause after a protest with a word of another happening (قصف، هجوم، آخر، منفصل) does not type the protest."""
    from tests.sentence_checks import TOLD, alone

    subs = {e["acled_sub_event_type"] for e in alone(sentence) if e["status"] in TOLD}
    assert "Peaceful protest" in subs and "Excessive force against protesters" not in subs


def test_a_symbol_burnt_is_a_gesture_of_the_protest_not_a_riot() -> None:
    """Burning a picture or a flag (أحرق متظاهرون صورا للرئيس، أحرقوا العلم) is a protest's gesture: Peaceful protest;
    burning offices or tyres is still a riot."""
    assert_found_typed_undated(PEACEFUL, "أحرق محتجون صورا لرئيس الوزراء أمام مبنى البرلمان خلال وقفة احتجاجية.")
    assert_found_typed_undated(PEACEFUL, "أحرق المتظاهرون العلم الأمريكي خلال مسيرة حاشدة وسط العاصمة.")
    assert_found_typed_undated(("Violent demonstration",), "أحرق محتجون مقر المحافظة وعددا من سيارات الشرطة.")
