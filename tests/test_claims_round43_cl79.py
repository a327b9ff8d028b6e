"""Claims, round 43 (helper cl79): recall on unseen articles — the misses left.

1. A participle after a sentence that opens with a verb of an act (ثمن، رحب، أشاد، استقبل، تحدث) whose subject is a
   title with no name the tagger found, far past the opening reach, is that title's, not the speaker of an earlier
   sentence (``before._opening_verb_title``); an opening aside with no comma (من جهته، بدوره) is passed over as with
   one (``before._past_opening_aside``), and "أحد + a group" after the verb is a subject of its own. The title phrase
   is cut where the verb's object opens (``before._title_before_object``).
2. أظهر / تظهر (showed) is a report when a survey, data, statistics, a study or a document stands right after it
   (وأظهر استطلاع أن، أظهرت بيانات رسمية تراجع …، أظهرت نتائج الاستطلاع أن): claims.yaml's marker with the subject test
   of ``showing_subjects`` (``marks._shower_after``), channel ``report`` (a survey's owner after لـ the outlet that
   ran it, not an interview). Pictures, footage, a player's form, bare results and "it appears" stay out.
3. A plural of things with the article (البيانات، الإحصائيات، السلطات) takes the feminine: a masculine participle or
   verb after it (مشيرا، وأشار، ودعا) does not go on with it, nor takes it as its subject
   (``agreement.speaker_form``); "أثناء" opens a setting phrase before a sentence's verb as "خلال" does.

docs/claims.md, "Round 43: claims recall, the misses left (helper cl79)". Sentences written for the project (none
taken from an article); each test fails at the start tree (d310688c)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _speakers(text: str) -> list[str]:
    return [str(c["speaker"].get("text") or "") for c in claims(text)]


def test_a_participle_far_after_an_act_is_the_title_after_the_opening_verb() -> None:
    text = (
        "قال أمير المنطقة إن الموسم الزراعي كان جيدا. وثمن مدير عام الإدارة العامة للزراعة بالمنطقة دعم أمير "
        "المنطقة المتواصل للمزارعين والجمعيات التعاونية في المحافظات، مشيرا إلى أن المهرجان سيستقبل زوارا من "
        "دول الخليج."
    )
    found = claims(text)
    last = found[-1]
    assert last["marker"]["text"] == "مشيرا", _speakers(text)
    assert last["speaker"]["text"].startswith("مدير عام الإدارة العامة"), _speakers(text)
    assert "دعم" not in last["speaker"]["text"]  # the object is no part of the title
    assert last["speaker"].get("found_by") == "title"
    # the name the tagger found after the opening verb was read before this round and still is
    named = (
        "وقال المدرب إن الفريق جاهز للمباراة. وأعرب اللاعب سعيد العمري عن سعادته بالفوز على المنافس، مشيرا إلى "
        "أن الفريق قدم أداء كبيرا."
    )
    assert _speakers(named)[-1] == "سعيد العمري", _speakers(named)


def test_a_title_phrase_is_cut_where_a_b_object_opens() -> None:
    text = (
        "وقال مدير المستشفى إن الأجهزة وصلت. من جهته رحب مدير صحة المنطقة بمبادرة الجامعة لافتتاح أقسام جديدة في "
        "المستشفيات الطرفية، مؤكدا حاجة المنطقة إلى أطباء متخصصين، مشددا على أن العمل بدأ في قسم القلب."
    )
    found = claims(text)
    speakers = [(c["marker"]["text"], c["speaker"]["text"]) for c in found]
    assert ("مشددا", "مدير صحة المنطقة") in speakers, speakers


def test_a_joined_verb_after_an_aside_with_no_comma_is_the_title_after_the_verb() -> None:
    text = (
        "وقال المتحدث باسم المطار إن الرحلة تأخرت ثلاث ساعات. من جهته قدم مدير خدمة العملاء بالشركة اعتذاره "
        "للمسافرين عن التأخير، وقال إن الشركة ستعوضهم عن الليلة التي قضوها في الفندق."
    )
    found = claims(text)
    assert found[-1]["speaker"]["text"] == "مدير خدمة العملاء", _speakers(text)
    assert found[-1]["speaker"].get("found_by") == "title"


def test_one_of_a_group_after_the_opening_verb_speaks_for_the_participle() -> None:
    text = (
        "وقال مدير الشرطة إن الوضع تحت السيطرة. وخلال الجولة، تحدث أحد أقارب الضحايا في الحادث مخاطبا الوزير، "
        "مشيرا إلى أنه مستعد للتطوع في الدفاع المدني."
    )
    found = claims(text)
    assert found[-1]["speaker"]["text"] == "أحد أقارب الضحايا", _speakers(text)


def test_a_survey_or_data_showing_a_finding_is_a_report() -> None:
    text = (
        "وتراجعت ثقة المستهلكين في الربع الثاني. وأظهر استطلاع أجرته الغرفة التجارية أن غالبية التجار يتوقعون "
        "تباطؤ المبيعات. وأظهرت بيانات رسمية صدرت أمس ارتفاع أسعار المواد الغذائية."
    )
    found = claims(text)
    assert [c["speaker"]["text"].split()[0] for c in found] == ["استطلاع", "بيانات"], _speakers(text)
    assert all(c["channel"] == "report" for c in found)
    assert found[0]["content"]["text"].startswith("غالبية التجار")
    polled = "وأظهر مسح لرويترز أن إنتاج المنظمة ارتفع في الشهر الماضي إلى أعلى مستوى في عامين."
    got = claims(polled)
    assert [c["channel"] for c in got] == ["report"], [(c["speaker"]["text"], c["channel"]) for c in got]
    results = "وأظهرت نتائج الدراسة التي أجرتها الجامعة أن نصف الطلاب يعملون بعد الدوام."
    assert [c["speaker"]["text"] for c in claims(results)] == ["نتائج الدراسة"], _speakers(results)


def test_showing_with_no_document_after_it_is_no_claim() -> None:
    for text in (
        "وأظهرت الصور الدخان يتصاعد من المبنى بعد الانفجار.",
        "وأظهرت لقطات بثها التلفزيون الرسمي سيارات غمرتها المياه في الشوارع.",
        "وأظهر اللاعب مستوى رائعا في المباراة الأخيرة أمام الفريق الضيف.",
        "وأظهرت النتائج أن الفريق بحاجة إلى مدافع جديد قبل بداية الموسم.",
        "ويظهر أن الحكومة تتجه إلى رفع أسعار الوقود في الميزانية المقبلة.",
    ):
        assert claims(text) == [], (text, _speakers(text))
    # and the same verb with a study after it is read (the rule's other side)
    study = "وأظهرت دراسة حديثة أن نصف السكان يعانون من قلة النوم."
    assert _speakers(study) == ["دراسة حديثة"], _speakers(study)


def test_a_masculine_verb_before_the_authorities_has_its_own_speaker() -> None:
    text = "وقال الموقع في بيان إن القرار ظالم ودعا السلطات إلى رفع الحظر عن صفحاته في أقرب وقت ممكن."
    found = claims(text)
    assert all(c["speaker"]["text"] != "السلطات" for c in found), _speakers(text)
    # "أثناء" before the opening verb: the participle is that verb's subject's
    during = (
        "وقال مدير الأمن إن المصابين في حالة مستقرة. وأثناء الزيارة، تحدث أحد أبناء المصابين مخاطبا المدير، "
        "مشيرا إلى أنه يريد الالتحاق بالقوات الخاصة."
    )
    assert _speakers(during)[-1] == "أحد أبناء المصابين", _speakers(during)
    # after statistics shown inside a named speaker's account, his masculine verb goes on with him
    text = (
        "وكشف المتحدث باسم البنك سالم العتيبي عن نتائج الربع الثاني، حيث أظهرت الإحصائيات أن البنك مول ألف "
        "مشروع في مناطق المملكة. وأضاف أن التمويل سيزيد في العام المقبل."
    )
    last = claims(text)[-1]
    assert last["marker"]["text"] == "أضاف", _speakers(text)
    assert (last["speaker"].get("antecedent") or {}).get("text") == "سالم العتيبي", last["speaker"]
