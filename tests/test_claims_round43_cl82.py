"""Claims, round 43 (helper cl82): the openings and false speakers left by this round's checks.

1. An opening that names the paper's question without a verb of its own (ويقول فلان، أمين عام الحزب، في معرض رده على
   أسئلة «الصحيفة» بخصوص …، إن «…»; ردا على سؤال «الصحيفة»: «…»): «في معرض رده» is an answer phrase beside «في رده»
   (``claim_cues.yaml`` answer_phrases), and when the speaker's title and the question fill the introducer's window
   the introducer is looked for again from the question's end (``reading._asked_aside_end``): the claim is read, an
   interview with the paper, and its channel carries to the speaker's later words.
2. A paper that met the speaker in the sentence before his words («الصحيفة» التقت الباحث فلان …، الذي …. وقال فلان
   إن): the interview with it (``channels._met_before``), carried to his later words.
3. طالب as the noun (a student) where no verb can stand: after a pronoun, an ordinal, a quantifier or a preposition
   (وهو طالب، كأول طالب، ضد طالب) or before what the student studies or is (طالب الدكتوراه، طالب مبتعث): no claim of
   demand (``marks._counted_noun``, ``claim_cues.yaml`` counted_noun_leads / counted_noun_tails).
4. A thing that opens its sentence before a relative clause whose agent is named (الحملة … التي أعلنت عنها وزارة
   الصحة قبل أيام، تؤكد أن …) is the subject of the present verb after the clause's comma: the thing points, the
   agent says nothing (``marks._thing_relative_head``, ``claim_cues.yaml`` pointing_heads).

docs/claims.md, "Round 43: claims, the openings and false speakers left (helper cl82)". Sentences written for the
project (none taken from an article); each test fails at the start tree (12211fbc)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [(str(c["speaker"].get("text") or ""), str(c["channel"]), c.get("reported_via")) for c in claims(text)]


def test_in_the_course_of_his_answer_is_the_papers_interview() -> None:
    text = (
        "ويقول سالم الحربي، رئيس لجنة الأهالي، في معرض رده على أسئلة «الحياة» بشأن الخطة الجديدة، إن «المشروع "
        "تأخر كثيرا». وأضاف الحربي أن الأهالي ينتظرون منذ سنوات."
    )
    assert _read(text) == [("سالم الحربي", "interview", "الحياة"), ("الحربي", "interview", "الحياة")], _read(text)


def test_a_long_title_and_question_before_the_introducer() -> None:
    text = (
        "ويقول ماجد بن صالح، أمين عام حزب التجمع الوطني للعدالة (التجمع)، في معرض رده على أسئلة «الحياة» بخصوص "
        "المخاوف من تأجيل الانتخابات البلدية المقبلة، إن «الحزب لن يقبل بأي تأجيل جديد». "
        "وأضاف بن صالح أن الحوار مع الحكومة ما زال قائما."
    )
    found = _read(text)
    assert found[0] == ("ماجد بن صالح", "interview", "الحياة"), found
    assert found[1][1:] == ("interview", "الحياة"), found
    # the window's own limit holds without the question: a title this long and no introducer read
    bare = (
        "ويقول ماجد بن صالح، أمين عام حزب التجمع الوطني للعدالة (التجمع)، خلال جولة في أحياء المدينة القديمة "
        "برفقة عدد من أعضاء المجلس البلدي وممثلي الأهالي، إن الحزب لن يقبل بأي تأجيل."
    )
    assert all(sp != "ماجد بن صالح" for sp, _, _ in _read(bare)), _read(bare)


def test_the_paper_met_him_in_the_sentence_before() -> None:
    text = (
        "وفي هذا السياق، التقت «الحياة» الباحث فهد بن سالم المطيري المتخصص في علم الاجتماع بجامعة الملك سعود، الذي "
        "أعد دراسة عن ظاهرة التفحيط. وقال المطيري إن الظاهرة تتسع بين المراهقين. "
        "وأضاف أن الأسر تتحمل جزءا من المسؤولية."
    )
    assert [ch for _, ch, _ in _read(text)] == ["interview", "interview"], _read(text)
    assert _read(text)[0][2] == "الحياة", _read(text)
    # another person named after the meeting keeps his own channel
    other = "التقت «الحياة» الباحث فهد المطيري في مكتبه بالجامعة. وقال وزير التعليم إن الوزارة تدرس نتائج البحث."
    assert [ch for _, ch, _ in _read(other)] == ["unspecified"], _read(other)


def test_talib_the_student_is_no_demand() -> None:
    for text in (
        "وكان الشاب عمر وهو طالب في كلية الطب قد أصيب في الحادث.",
        "وشارك في الندوة الباحث خالد العتيبي طالب الماجستير في جامعة الملك سعود الذي عرض نتائج دراسته.",
        "وأصبح الشاب كأول طالب أجنبي يلتحق بالبرنامج في تاريخ الجامعة.",
    ):
        assert all((c.get("marker") or {}).get("text") != "طالب" for c in claims(text)), (text, _read(text))
    # the verb stays the verb
    verb = "وطالب الوزير الجهات المعنية بتكثيف الرقابة على الأسواق. وكان المجلس قد طالب بفتح تحقيق في الحادث."
    assert [(c.get("marker") or {}).get("text") for c in claims(verb)] == ["طالب", "طالب"], _read(verb)


def test_a_thing_before_a_relative_clause_points() -> None:
    text = (
        "الحملة الصحية الوطنية الكبرى التي أعلنت عنها وزارة الصحة قبل أيام ضد الأمراض المعدية، تؤكد أن الوقاية "
        "أصبحت أولوية في كل المدن."
    )
    assert claims(text) == [], _read(text)
    # sources before the relative clause still speak
    sources = "المصادر التي تحدثت للصحيفة أمس، تؤكد أن الاجتماع سيعقد الأسبوع المقبل."
    assert [sp for sp, _, _ in _read(sources)] == ["المصادر"], _read(sources)
