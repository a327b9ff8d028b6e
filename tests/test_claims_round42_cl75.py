"""Claims, round 42 (helper cl75): claims of responsibility read by أعلن with a word of responsibility.

Round 41's ruling makes a claim of responsibility a claim, and the released files now code them (speaker the
group, content «مسؤوليتها عن …»). rasd read the announcement, but where the subject was kept as written it ran over
the word of responsibility («جماعة مسلحة مسؤوليتها» the speaker, «الهجوم» the content), or gave no claim at all when a
date stood between the word and its عن; and an announcing verb with the word right after it («وأعلنت مسؤوليتها»)
took the word for its subject.

1. After a verb of announcing with no introducer, a word of responsibility with its pronoun within six words
   (``marks._owned_at``: مسؤوليته، مسؤوليتها، مسئوليتهم، تبنيه …; not the bare المسؤولية of a committee's name) ends
   the subject, and the content opens at it; with nothing between the verb and the word, the verb's pronoun speaks.
2. A word of responsibility inside the speaker phrase no longer makes an announcement a claim of responsibility
   («وأعلن رئيس لجنة المسؤولية الاجتماعية عن إطلاق …»); only the words after the speaker count.
3. ``claims.yaml`` ``responsibility`` holds the spelling with ئ (مسئوليته) too.
4. After تبنى, the first word of a claimed act within nine words (``claim_cues.yaml`` ``claimed_acts``: الهجوم،
   العملية، التفجيرات، غالبية، عشرات …; ``marks._act_at``), not right after a preposition or "all", ends a subject
   kept as written and opens the content, and an introducer after it is another verb's («تبنت الجماعة الهجوم متوعدة
   «…»»: the start tree took the threat's quotation for the content, or «التنظيم العملية» for the speaker, or read
   no claim).

docs/claims.md, "Round 42: responsibility claims recoded; announced decisions (helper cl75)". Sentences written for
the project (none taken from an article); each test fails at the start tree (2be1d9b3)."""

from __future__ import annotations

from tests.test_claims_generalize import claims, content_text, speaker_text, with_marker


def _one(text: str, marker: str) -> dict:
    found = with_marker(text, marker)
    assert len(found) == 1, [(speaker_text(c), content_text(c)) for c in claims(text)]
    return found[0]


def test_a_group_kept_as_written_ends_before_its_word_of_responsibility() -> None:
    text = "وأعلنت جماعة مسلحة مسؤوليتها عن الهجوم على نقطة التفتيش شمال المدينة."
    claim = _one(text, "أعلنت")
    assert speaker_text(claim) == "جماعة مسلحة"
    assert content_text(claim).startswith("مسؤوليتها عن الهجوم")
    assert claim["kind"] == "claim_responsibility" and claim["channel"] == "statement"
    # a speaker that ends before the word (a name read as an entity) is left as it was
    named = _one("وأعلن تنظيم داعش مسؤوليته عن التفجير الذي استهدف السوق الشعبية.", "أعلن")
    assert (speaker_text(named), content_text(named)[:19]) == ("تنظيم داعش", "مسؤوليته عن التفجير")


def test_a_definite_group_and_a_channel_phrase_after_the_act() -> None:
    text = "وأعلنت الحركة مسؤوليتها عن اغتيال الضابط في بيان نشرته على موقعها الإلكتروني مساء أمس."
    claim = _one(text, "أعلنت")
    assert speaker_text(claim) == "الحركة"
    assert content_text(claim).startswith("مسؤوليتها عن اغتيال الضابط")


def test_a_date_between_the_word_and_its_object_keeps_the_claim() -> None:
    # the start tree read no claim here (the subject phrase ran over the word and the date)
    text = "أعلنت جماعة يسارية مسؤوليتها أمس عن تفجير العبوة قرب مقر الحزب الحاكم."
    claim = _one(text, "أعلنت")
    assert speaker_text(claim) == "جماعة يسارية"
    assert content_text(claim).startswith("مسؤوليتها أمس عن تفجير العبوة")


def test_the_spelling_with_hamza_on_ya() -> None:
    text = "وأعلنت جماعة مسلحة مسئوليتها عن خطف المهندسين الأجانب في الجنوب."
    claim = _one(text, "أعلنت")
    assert speaker_text(claim) == "جماعة مسلحة"
    assert claim["kind"] == "claim_responsibility"


def test_the_word_right_after_the_verb_leaves_the_verb_s_pronoun_speaking() -> None:
    text = (
        "وقالت الجماعة في بيان إن مقاتليها هاجموا الحاجز العسكري فجرا. وأعلنت مسؤوليتها عن الهجوم الذي قتل فيه "
        "ثلاثة جنود."
    )
    claim = _one(text, "أعلنت")
    assert speaker_text(claim) != "مسؤوليتها"
    assert claim["speaker"].get("found_by") in ("pronoun", "previous_sentence")
    assert content_text(claim).startswith("مسؤوليتها عن الهجوم")


def test_a_responsibility_word_inside_a_body_s_name_is_no_claim_of_responsibility() -> None:
    text = "وأعلن رئيس لجنة المسؤولية الاجتماعية في الغرفة التجارية عن إطلاق برنامج لتدريب الشباب."
    claim = _one(text, "أعلن")
    assert claim["kind"] == "announce"
    assert "المسؤولية الاجتماعية" in speaker_text(claim)


def test_a_group_claiming_an_act_with_tabanna_ends_before_the_act() -> None:
    # the start tree read no claim here
    claim = _one("وتبنت الجماعة الهجوم متوعدة بمواصلة القتال حتى تحرير كل المدن.", "تبنت")
    assert speaker_text(claim) == "الجماعة" and content_text(claim).startswith("الهجوم متوعدة")
    assert claim["kind"] == "claim_responsibility"
    # the start tree: speaker «التنظيم العملية», content the words after إن
    claim = _one("وتبنى التنظيم العملية في بيان قال فيه إن أحد عناصره نفذها بحزام ناسف.", "تبنى")
    assert speaker_text(claim) == "التنظيم" and content_text(claim).startswith("العملية")


def test_a_quotation_after_the_act_is_not_the_content_of_tabanna() -> None:
    text = 'وتبنت الجماعة في بيان نشرته على موقعها الهجوم متوعدة "بمواصلة القتال حتى تحرير كل المدن".'
    claim = _one(text, "تبنت")
    assert speaker_text(claim) == "الجماعة"
    assert content_text(claim).startswith("الهجوم متوعدة")  # the start tree: the quotation alone
    assert not claim["direct"]
    # no act after a preposition or "all": the verbal noun of adopting claims nothing
    adopted = "ودعا إلى تطوير النظام المحاسبي وتبني أنظمة الحاسب في جميع العمليات المالية للدولة."
    assert not [c for c in claims(adopted) if c["kind"] == "claim_responsibility"]
    # a count opens the act: «عشرات» is no speaker
    counted = "وقال المصدر إن كتائب المقاومة في المحافظات الثلاث تبنت عشرات العمليات ضد تجمعات المسلحين."
    assert "عشرات" not in [speaker_text(c) for c in claims(counted)]
