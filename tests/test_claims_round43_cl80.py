"""Claims, round 43 (helper cl80): the channel on unseen articles coded before rasd ran on them.

1. A person's announcement with no channel named (أعلن رئيس الوزراء فلان أن …) is a `statement` by the announcement
   default, but that default is no channel told: the same person's later words with none named (وقال فلان …،
   وأضاف …) are a person's, `unspecified`, not the announcement's `statement` carried (``_State.carriers``,
   ``channels._person_speaking``). A body's later words stay `statement`; a channel the announcement names still
   carries.
2. An announcement by a monitor or an international body (أعلن المرصد السوري لحقوق الإنسان أن …، أعلن حلف شمال
   الأطلسي أن جنديا … قتلوا) is a `statement`, as every announcement is (the lead's round-40 ruling), not the
   monitor's `report` of figures (``channels._default_channel``); its other verbs with figures stay a report.
3. A verb of telling with the outlet told in “…” or "…" between the speaker and أن (وأبلغ سكان البلدة “رويترز” أن) is
   an interview with it, as with «…»: the outlet the speaker reader took as the relay is the one told
   (``reading._paper_told``).
4. Words said in a video put out (وقال الوزير في تسجيل مصور إن، في مقطع فيديو، عبر الفيديو) are a `post`, carried to
   the speaker's later words, as check21 codes them (``claims.yaml`` channels.post).
5. فان / فون after a verb of saying, before a person the tagger found or the word that follows the particle in a
   name given before (وأكد فان غال أن، وقال فان در كلاوو إن), is the family name's particle, not the introducer
   فإن written without its hamza: the person speaks and the content opens at أن / إن (``context._name_particle``).

docs/claims.md, "Round 43: claims on unseen articles, a third check; the channel (helper cl80)". Sentences written for
the project (none taken from an article); each test fails at the start tree (d310688c)."""

from __future__ import annotations

from tests.test_claims_generalize import claims


def _channels(text: str) -> list[tuple[str, str]]:
    return [(str(c["speaker"].get("text") or ""), str(c["channel"])) for c in claims(text)]


def test_a_persons_announcement_default_does_not_carry_to_his_later_words() -> None:
    text = (
        "أعلن رئيس الوزراء الإيطالي ماتيو رينزي الخميس أن بلاده ستستقبل مزيدا من اللاجئين خلال الصيف. "
        "وقال رينزي خلال زيارة لمخيم في صقلية إن الاتحاد الأوروبي لم يقم بما يكفي لمساعدة الدول المطلة على البحر."
    )
    found = claims(text)
    assert len(found) == 2, _channels(text)
    assert found[0]["channel"] == "statement", _channels(text)
    assert found[1]["channel"] == "unspecified", _channels(text)
    # a body's later words stay its statement; a channel the announcement names still carries
    body = (
        "أعلنت وزارة الصحة الأردنية أن عدد الإصابات بالفيروس ارتفع إلى عشرين حالة. "
        "وقالت الوزارة إن الفرق الطبية تتابع حالة المصابين في المستشفيات."
    )
    assert [ch for _, ch in _channels(body)] == ["statement", "statement"], _channels(body)
    named = (
        "أعلن وزير الخارجية الفرنسي لوران فابيوس في مؤتمر صحفي أن باريس ستستضيف اجتماعا للمانحين الشهر المقبل. "
        "وقال فابيوس إن الاجتماع سيبحث إعادة إعمار المدن المتضررة."
    )
    assert [ch for _, ch in _channels(named)] == ["press conference", "press conference"], _channels(named)


def test_a_monitors_announcement_is_a_statement() -> None:
    text = "أعلن المرصد السوري لحقوق الإنسان أن 12 مدنيا قتلوا في غارات جوية على ريف إدلب الجنوبي."
    found = claims(text)
    assert [ch for _, ch in _channels(text)] == ["statement"], _channels(text)
    assert found[0]["content"]["text"].startswith("12 مدنيا")
    # the monitor's other verbs with figures stay its report
    other = "أفاد المرصد السوري لحقوق الإنسان بأن سبعة مقاتلين قتلوا في اشتباكات قرب مدينة درعا."
    assert [ch for _, ch in _channels(other)] == ["report"], _channels(other)


def test_an_outlet_told_in_other_quotes_is_an_interview() -> None:
    text = "وأبلغ عدد من سكان البلدة “رويترز” أن المسلحين أحرقوا سوق الماشية قبل أن ينسحبوا نحو الغابة."
    found = claims(text)
    assert [ch for _, ch in _channels(text)] == ["interview"], _channels(text)
    assert found[0]["content"]["text"].startswith("المسلحين أحرقوا")


def test_words_said_in_a_video_are_a_post() -> None:
    text = (
        "وقال وزير الداخلية الليبي عمر السنكي في تسجيل مصور إن قوات الأمن ستلاحق المتورطين في تفجير الميناء. "
        "وأضاف أن التحقيقات الأولية تشير إلى تورط خلية قدمت من خارج البلاد."
    )
    assert [ch for _, ch in _channels(text)] == ["post", "post"], _channels(text)


def test_a_dutch_particle_after_the_verb_is_no_introducer() -> None:
    text = (
        "قال مدرب المنتخب الهولندي السابق لويس فان غال إن الفريق يحتاج إلى مهاجم جديد. "
        "وأكد فان غال أن الإدارة تتفاوض مع ناديين لضم لاعب قبل نهاية الشهر."
    )
    found = claims(text)
    assert len(found) == 2, _channels(text)
    assert "غال" in str(found[1]["speaker"].get("text")), _channels(text)
    assert found[1]["content"]["text"].startswith("الإدارة تتفاوض")
    # an introducer after punctuation stays one: "وبحسب المدرب، فان الفريق …"
    other = "وبحسب المدرب خالد العمري، فان الفريق سيخوض مباراتين وديتين قبل انطلاق الموسم."
    assert [c["content"]["text"][:10] for c in claims(other)] == ["الفريق سيخ"], _channels(other)
