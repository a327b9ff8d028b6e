"""Round 33 (helper fr1): words about violence that are not an event — an appeal or request, an ability or
inability, or a prevention governing an event noun (``rasd.events.coding.status._framed``; the cue lists in
``event_kind_cues.yaml``: frame_appeal_words, frame_ability_words, frame_prevent_words, frame_blockers).

Every sentence here was written for rasd (none copied from a corpus). The first-run catalogues of the blind files and
the judged rows of rowjudge7-10 name such rows: tribal elders appealing to the coalition "to step up the air strikes",
an analyst's "no effective capacity to repel an attack". The frame reaches the verbal noun up to ten words after the
governing word in its clause (the addressee between), not across punctuation, a relative, "that", a word of cause or
time, nor a noun that makes the noun a happening told (a halt, an inquiry, a reckoning, its victims) or a new verb of
saying; a prevention reaches only the noun after its من / دون.
"""

from __future__ import annotations

from tests.event_checks import rows


def _subs(text: str) -> list[str]:
    return [str(e["acled_sub_event_type"]) for e in rows(text, published="2015-08-10")]


# ---- an appeal or a request: asked for, not done


def test_an_appeal_to_step_up_strikes_is_no_strike() -> None:
    assert _subs("وناشد وجهاء مديرية صرواح قوات التحالف بتكثيف الغارات على مواقع المتمردين في المديرية.") == []


def test_urging_strikes_is_no_strike() -> None:
    assert _subs("وحث مجلس القبائل قوات التحالف على تكثيف الغارات الجوية على معاقل المتمردين في صعدة.") == []


def test_a_request_for_strikes_is_no_strike() -> None:
    assert _subs("وطلبت الحكومة المحلية من قيادة التحالف تنفيذ ضربات جوية على تجمعات المسلحين قرب مدينة البيضاء.") == []


# ---- an ability or an inability: what one can do, not a deed


def test_no_capacity_to_repel_an_attack_is_no_clash() -> None:
    text = "ويرى الباحث أنه لا توجد قدرة حقيقية لدى المسلحين وحلفائهم على صد هجوم القوات الحكومية في تعز."
    assert _subs(text) == []


def test_a_jet_able_to_engage_is_no_clash() -> None:
    text = (
        "وقال مسؤول فرنسي في باريس أمس إن المقاتلة تحمل رادارا قادرا على رصد أربعين هدفا معاديا في وقت واحد"
        " والاشتباك مع ثماني طائرات دفعة واحدة."
    )
    assert _subs(text) == []


# ---- a prevention: kept from happening


def test_to_keep_the_army_from_shelling_is_no_shelling() -> None:
    assert _subs("وأضاف أن التنظيم نشر قناصته على أسطح المنازل لمنع الجيش من قصف الأحياء السكنية في الرمادي.") == []


def test_to_forestall_clashes_is_no_clash() -> None:
    text = "ونشرت الشرطة مئات العناصر في المدينة للحيلولة دون وقوع اشتباكات بين أنصار المرشحين في الناصرية."
    assert _subs(text) == []


# ---- guards: the deed told stays (these pass before and after)


def test_managing_to_take_a_town_is_a_capture() -> None:
    # the past تمكن tells what was done: no word of ability of this frame
    assert _subs("وتمكنت القوات الحكومية أمس من السيطرة على بلدة الحوطة بعد معارك عنيفة مع المسلحين.") != []


def test_a_title_after_calls_for_a_trial_keeps_the_arrest() -> None:
    # the two dots end the phrase of the calls: the arrest is the news
    assert _subs("بعد مطالبات بمحاكمته.. القبض على قيادي في التنظيم بمدينة الموصل") != []


def test_an_appeal_then_a_new_verb_of_saying_keeps_the_strike() -> None:
    assert _subs("وناشد الأهالي المنظمات الدولية مساعدتهم، وقالوا إن الطائرات قصفت الحي مساء أمس في إدلب.") != []


def test_a_strike_before_a_prevention_in_its_sentence_stays() -> None:
    text = "وقصفت الطائرات الحربية مواقع المسلحين في ريف إدلب أمس، ومنعت المسلحين من التقدم نحو المدينة."
    assert _subs(text) != []


# ---- a verb of taking whose object is no place (background.abstract_taken): no territory changes hands


def test_a_company_regaining_profit_growth_takes_nothing() -> None:
    assert _subs("واستعادت الشركة نمو أرباحها في الربع الثاني مع ارتفاع مبيعاتها في الصين.") == []


def test_a_candidate_dominating_a_debate_takes_nothing() -> None:
    assert _subs("وسيطر المرشح الجمهوري الملياردير دونالد ترامب على المناظرة التي جرت في كليفلاند أمس.") == []


def test_drawing_up_a_report_frees_nothing() -> None:
    assert _subs("وتمت مصادرة المضبوطات وتحرير محضر للراكب في مطار الرياض أمس.") == []


def test_freeing_market_sectors_frees_nothing() -> None:
    assert _subs("وتشمل الإصلاحات رفع القيود عن التعاملات أيام الأحد وتحرير قطاعات الألبان والمخابز في اليونان.") == []


def test_a_body_named_by_an_abstract_word_still_retakes_a_place() -> None:
    # قوات الأمن: the word after a body's head names the doer; the quarter is what was retaken
    assert _subs("واستعادت قوات الأمن حي الشهداء في المدينة بعد اشتباكات مع المسلحين أمس.") != []


def test_a_town_taken_then_security_restored_stays_a_capture() -> None:
    assert _subs("وتمكنت القوات الحكومية من السيطرة على مدينة الحوطة واستعادة الأمن فيها أمس.") != []


def test_a_long_subject_with_legitimacy_in_it_still_takes_the_town() -> None:
    # the forces "loyal to legitimacy" are the doer: سيطر's object stands after its على, past the subject
    text = (
        "وتحدثت الصحف عن سيطرة المقاومة الشعبية وقوات الجيش الموالية للشرعية في محافظة أبين جنوبي البلاد على"
        " مدينة شقرة الساحلية بعد معارك مع الميليشيات."
    )
    assert _subs(text) != []
    text = "وسيطرت المقاومة الشعبية وقوات الجيش الموالية للشرعية في محافظة أبين أمس على مدينة شقرة الساحلية."
    assert _subs(text) != []
