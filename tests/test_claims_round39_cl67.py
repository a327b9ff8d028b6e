"""Claims, round 39 (helper cl67): the channel of claims told to a paper on long articles.

1. A paper named with its لـ inside the quotation marks (في تصريح "للرياض"، «للشرق الأوسط») is the outlet told
   (``speakers._quoted_lam_outlet``); not after a noun of a work whose title it is (مسرحية "للسعوديين فقط").
2. A group named by a quantity that told a paper in its own phrase (استنكر عدد من الأكاديميين في تصريحات لـ«المدينة»،
   أكد عدد من الأهالي لـ«الوطن») is the paper's poll: the persons named after it with no channel of their own told the
   same paper (``channels._group_told``); not a group after a preposition, nor one whose "paper" is a news agency or
   stands after a clause naming someone else.
3. A claim whose speaker is the sentence before takes the paper told in that sentence (مشيرين إلى أن after
   "استنكر عدد من الأكاديميين في تصريحات لـ«المدينة» …").
4. Ruling 7: a named speaker's lede takes the interview his next claim names when the outlet follows the speaker's
   name (وقال الهاشمي للإذاعة الرسمية إن): that claim names its channel, the lede may take it.
5. "His talk" (في حديثه، خلال حديثه، واختتم حديثه) with nobody told after it is no interview cue
   (``channels._own_talk``); في حديثه لـ«…» stays one.

docs/claims.md, "Round 39: … (helper cl67)". Sentences written for the project (none taken from an article); each
test fails at the start tree (afb1a3d8)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _by_speaker(text: str, words: str) -> dict:
    found = [c for c in claims(text) if words in str(c["speaker"].get("text") or "")]
    assert found, [c["speaker"].get("text") for c in claims(text)]
    return found[0]


def test_paper_inside_the_quotation_marks_is_told() -> None:
    text = (
        'وقال مخرج مسرحية "للسعوديين فقط" فهد العلي إن العرض حقق نجاحا كبيرا في الموسم الماضي. '
        'وقال مدير المسرح سعد الحربي في تصريح "للرياض" إن العروض ستستمر حتى نهاية الشهر.'
    )
    told = _by_speaker(text, "سعد الحربي")
    assert (told["channel"], told["reported_via"]) == ("interview", "الرياض")
    title = _by_speaker(text, "فهد العلي")  # the play's title is no paper
    assert title["channel"] == "unspecified"


def test_two_word_paper_inside_the_quotation_marks() -> None:
    text = "وأكد وزير النقل سالم الدوسري في حديث «للشرق الأوسط» أن الطريق الجديد سيفتتح قبل نهاية العام."
    told = _by_speaker(text, "سالم الدوسري")
    assert (told["channel"], told["reported_via"]) == ("interview", "الشرق الأوسط")


def test_group_told_a_paper_carries_to_the_persons_after_it() -> None:
    text = (
        "وأشار عدد من التجار في سوق الخضار لـ«عكاظ» إلى أن الأسعار ارتفعت بشكل ملحوظ هذا الأسبوع. "
        "وقال البائع فهد المطيري إن الطلب زاد مع بداية الإجازة."
    )
    person = _by_speaker(text, "فهد المطيري")
    assert (person["channel"], person["reported_via"]) == ("interview", "عكاظ")


def test_group_after_a_preposition_or_told_a_wire_is_no_poll() -> None:
    text = (
        "وقال المحامي الذي يدافع عن عدد من المتهمين لرويترز إن موكله بريء من التهم. "
        "وقال القاضي سامي فهمي إن الجلسة تأجلت إلى الأسبوع المقبل. "
        "وأكد عدد من الأهالي لـ«الوطن» أن المياه انقطعت عن الحي منذ أيام. "
        "وقال علي الزهراني أحد سكان الحي إن الأطفال يعانون من الحر."
    )
    assert _by_speaker(text, "سامي فهمي")["channel"] == "unspecified"  # before the residents' poll
    resident = _by_speaker(text, "علي الزهراني")
    assert (resident["channel"], resident["reported_via"]) == ("interview", "الوطن")


def test_group_whose_phrase_names_someone_else_is_no_poll() -> None:
    text = (
        "وطالب أعضاء المجلس بإنهاء عضوية عدد من الموظفين المتغيبين، لكن مصدرا في الوزارة أفاد لـ«المدينة» بأن "
        "القرار لم يصدر بعد. وقال الموظف خالد العتيبي إن الغياب كان بعذر طبي. "
        "وأكد عدد من الأهالي لـ«المدينة» أن الخدمات تحسنت. وقال سعد القحطاني أحد سكان الحي إن الطرق نظيفة."
    )
    assert _by_speaker(text, "خالد العتيبي")["channel"] == "unspecified"
    resident = _by_speaker(text, "سعد القحطاني")
    assert (resident["channel"], resident["reported_via"]) == ("interview", "المدينة")


def test_sentence_before_names_the_paper_told() -> None:
    text = (
        "استنكر عدد من الأكاديميين والمختصين في تصريحات لـ«المدينة» الهجوم الذي استهدف السوق الشعبي أمس. "
        "مشيرين إلى أن الجناة لن يفلتوا من العقاب."
    )
    found = [c for c in claims(text) if (c["content"] or {}).get("text", "").startswith("الجناة")]
    assert len(found) == 1
    assert (found[0]["channel"], found[0]["reported_via"]) == ("interview", "المدينة")


def test_lede_takes_the_outlet_told_after_the_name_in_the_next_sentence() -> None:
    text = (
        "وقال وكيل وزارة الخارجية سامي الهاشمي الذي يرافق الوزير في جولته إن الزيارة تهدف إلى تعزيز التعاون "
        "بين البلدين. وقال الهاشمي للإذاعة الرسمية إن المحادثات كانت مثمرة وبناءة."
    )
    lede = _by_speaker(text, "سامي الهاشمي")
    assert lede["channel"] == "interview"
    assert lede["reported_via"]


def test_own_talk_with_nobody_told_is_no_interview() -> None:
    text = (
        "وقال إمام المسجد عبدالله القحطاني في حديثه إن المصلين كانوا في الركعة الأخيرة عند وقوع الانفجار. "
        "وأكد مدير الدفاع المدني سالم العمري في حديثه لـ«عكاظ» أن الفرق وصلت خلال دقائق."
    )
    assert _by_speaker(text, "عبدالله القحطاني")["channel"] == "unspecified"
    told = _by_speaker(text, "سالم العمري")  # told to the paper: the cue stays
    assert (told["channel"], told["reported_via"]) == ("interview", "عكاظ")
