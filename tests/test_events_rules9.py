"""Rules of the ninth events round (issue 12, triggers), each on sentences written for rasd (none copied from a corpus).

The classes come from the blind tune file ``events_tune6.jsonl`` and from combat sentences without an event (and
rows that should not be rows) on a sample of 2,000 SaudiNewsNet articles: a plural event noun with a possessive
(غاراته، ضرباتها), a stadium or a club hit in a war sentence, rockets launched in any person, expelling with دحر,
losses inflicted in the ranks, fighters done away with (القضاء على), a happening condemned or rejected, combat
operations named as a kind, and a "new batch" that is no batch of troops.
"""

from __future__ import annotations

from tests.event_checks import events as _events
from tests.event_checks import rows as _rows
from tests.event_checks import subs as _subs


def test_a_plural_strike_noun_with_a_possessive_is_its_owners_strikes() -> None:
    assert _subs("وشن طيران التحالف أمس غاراته الجوية على مواقع المسلحين الحوثيين في مدينة صعدة.") == [
        "Air/drone strike"
    ]
    assert _subs("وكثفت المقاتلات أمس ضرباتها الجوية على مواقع التنظيم في مدينة الرقة.") == ["Air/drone strike"]
    assert _subs("وواصلت الطائرات الحربية أمس غاراتها على أحياء مدينة إدلب.") == ["Air/drone strike"]


def test_one_sport_word_beside_a_war_word_is_a_place_two_are_sport() -> None:
    hit = _rows("واستهدف الطيران أمس مواقع المسلحين الحوثيين في منطقة الملعب الرياضي بمدينة صعدة.")
    assert [e["acled_event_type"] for e in hit] == ["Explosions/Remote violence"]
    club = _rows("وقصفت الطائرات الحربية أمس النادي الرياضي في مدينة الرقة.")
    assert [e["acled_event_type"] for e in club] == ["Explosions/Remote violence"]
    # بطولة as heroism in a war sentence
    assert _subs("سطر مقاتلو المقاومة بطولة نادرة حين صدوا أمس هجوما للمسلحين الحوثيين على مدينة الضالع.") == [
        "Armed clash"
    ]
    assert not _events("تعادل فريق النادي سلبيا على الملعب البلدي أمس في مواجهة قوية.")


def test_rockets_launched_in_any_person_are_a_shelling() -> None:
    assert _subs("وأطلقوا أمس صواريخ كاتيوشا على أحياء سكنية في مدينة عدن.") == ["Shelling/artillery/missile attack"]
    assert _subs("وتطلق الميليشيات منذ الصباح صواريخ على الأحياء الشرقية لمدينة تعز.") in (
        ["Shelling/artillery/missile attack"],
        [],  # an ongoing barrage may be kept as an aggregate; never another type
    )
    assert not _rows("وتسعى إيران إلى تطوير صواريخ بعيدة المدى.")


def test_driving_armed_men_out_with_dahr_is_a_regaining() -> None:
    assert _subs("ودحرت قوات الجيش أمس مسلحي الحوثي من مدينة لودر.") == ["Government regains territory"]
    assert not _rows("وأكد المتحدث أن المقاومة ستدحر المشروع الانقلابي.")


def test_losses_inflicted_in_the_ranks_are_fighting_a_markets_losses_are_not() -> None:
    assert _subs("وكبدت المقاومة الشعبية أمس الميليشيات خسائر فادحة في الأرواح والعتاد في مدينة الضالع.") == [
        "Armed clash"
    ]
    assert _subs("وتكبدت الميليشيات أمس خسائر كبيرة في صفوفها خلال المعارك في محيط مدينة تعز.") == ["Armed clash"]
    assert not _events("تكبدت شركات الطيران خسائر فادحة خلال العام الماضي.")
    assert not _events("وتكبد المستثمرون خسائر كبيرة في البورصة أمس.")


def test_fighters_done_away_with_are_a_clash_with_their_dead_terrorism_is_not() -> None:
    rows = _rows("وتمكنت قوات الأمن أمس من القضاء على ثمانية إرهابيين في مدينة العريش.")
    assert [e["acled_sub_event_type"] for e in rows] == ["Armed clash"]
    assert rows[0]["fatalities"]["value"] == 8
    assert not _events("وأكد الوزير عزم الحكومة على القضاء على الإرهاب.")


def test_a_happening_condemned_or_rejected_is_no_row_of_its_own() -> None:
    assert not _rows("واستنكرت الجامعة العربية القصف التركي لشمال العراق.")
    assert not _rows("وترفض الحكومة العراقية القصف التركي لقرى إقليم كردستان.")
    protest = _rows("تظاهر الآلاف أمس في مدينة إسطنبول احتجاجا على التفجير الدامي.")
    assert [e["acled_event_type"] for e in protest] == ["Protests"]
    # a cause told with its own victim is still a happening (round 4's rule, unchanged)
    told = _rows("تظاهر المئات أمس في مدينة تعز احتجاجا على مقتل شاب برصاص المسلحين الحوثيين.")
    assert "Violence against civilians" in [e["acled_event_type"] for e in told]


def test_combat_operations_named_as_a_kind_are_no_battle() -> None:
    assert not _rows("ورفض عدد من الضباط المشاركة في عمليات القتال في عدن ولحج.")
    assert not _rows("وأكد القائد أن قواته جاهزة لاستئناف عمليات القتال في أي وقت.")


def test_a_new_batch_is_troops_only_beside_a_word_of_troops() -> None:
    assert not _events("يمثل الاتفاق دفعة جديدة للعمل الثقافي بين البلدين.")
    moved = _rows("ووصلت أمس دفعة جديدة من القوات إلى مدينة مأرب.")
    assert [e["acled_event_type"] for e in moved] == ["Strategic developments"]


def test_a_possessive_plural_needs_support_a_campaign_is_no_row() -> None:
    assert _subs("شن سلاح الجو التركي أمس الجمعة أولى غاراته على مواقع لتنظيم داعش في محافظة الرقة.") == [
        "Air/drone strike"
    ]
    assert not _rows("وواصلت طائرات التحالف شن غاراتها على مواقع المتمردين في كثير من المدن والمحافظات.")


def test_halting_strikes_is_no_strike() -> None:
    told = _events("وتلتزم المقاومة بالتنسيق مع التحالف لوقف غاراته على مدينة تعز.")
    assert all(not e["acled_row"] and e["status"] == "denied" for e in told)
    assert not _rows("وطالب المتظاهرون الحكومة بوقف قصف القرى الحدودية.")
    agreed = _rows("وأعلنت الفصائل التوصل إلى اتفاق لوقف إطلاق النار في مدينة الزبداني أمس.")
    assert [e["acled_sub_event_type"] for e in agreed] == ["Agreement"]


def test_dahr_as_a_verbal_noun_after_a_verb_of_success_is_a_regaining() -> None:
    assert _subs("وتمكن مقاتلو المقاومة الشعبية أمس من دحر الحوثيين من بلدة كرش.") == ["Government regains territory"]


def test_the_dead_or_the_incident_of_a_blast_name_it_as_known() -> None:
    # round 9b: told through its dead or wounded with nothing before, the blast is still a row (test_events_rules9b.py)
    toll = _rows("ارتفع عدد شهداء التفجير الذي استهدف مسجدا في مدينة أبها أمس إلى 15 شهيدا.")
    assert [e["fatalities"]["value"] for e in toll] == [15]
    # a headline's dead and wounded before a new clash are that clash's toll, not a reference
    assert _subs("قتلى وجرحى من الحوثيين في اشتباكات مع المقاومة في مديرية أرحب أمس.") == ["Armed clash"]


def test_editors_command_centres_robbery_and_a_technical_fault_are_not_conflict() -> None:
    assert not _rows("التقى الوزير أمس رؤساء تحرير الصحف المحلية في مدينة جدة.")
    assert not _rows("وقال الناطق إن مركز القيادة والسيطرة في الدفاع المدني تلقى بلاغا أمس في مدينة أبها.")
    assert not _rows("تم إعلان حالة الطوارئ في مطار الرياض أمس بعد عطل فني في محرك إحدى الطائرات.")
    assert not _rows("ألقت الشرطة أمس القبض على شاب سرق سيارة في مدينة جدة.")
    assert not _rows("وقبضت شعبة التحريات والبحث الجنائي أمس على سائق دهس مقيما في مدينة مكة.")


def test_armour_destroyed_by_fighters_is_a_clash_by_an_air_force_a_strike() -> None:
    assert _subs("ودمرت فصائل المعارضة أمس ثلاث دبابات لقوات النظام في حي الراشدين بمدينة حلب.") == ["Armed clash"]
    assert _subs("ودمر طيران التحالف أمس دبابتين للمسلحين الحوثيين في مدينة مأرب.") == ["Air/drone strike"]
    # the armour lost in an attack told in the same sentence is that attack's toll, not a second happening
    one = _rows(
        "وشن مسلحو التنظيم أمس هجوما على حاجز للجيش في بلدة الكرمة بمحافظة الأنبار أسفر عن مقتل جنديين "
        "وتدمير آلية عسكرية."
    )
    assert len(one) == 1 and one[0]["acled_event_type"] == "Battles"


def test_an_armed_group_faced_and_an_offensive_foiled_are_clashes() -> None:
    assert _subs("وواجهت القوات الخاصة أمس مجموعة مسلحة تحصنت في شقة بمدينة الموصل.") == ["Armed clash"]
    assert not _events("ويواجه الاقتصاد المحلي تحديات كبيرة بسبب الجماعات المسلحة.")
    assert _subs("وأجهض الثوار أمس زحفا واسعا للمسلحين الحوثيين على مدينة الضالع.") == ["Armed clash"]
    assert not _rows("وأفشلت الحكومة مخطط المعارضة في البرلمان.")


def test_rebels_or_terrorists_killed_are_a_clash_farmers_killed_are_an_attack() -> None:
    assert _subs("مقتل عشرات المتمردين الحوثيين على يد المقاومة الشعبية في مدينة تعز أمس") == ["Armed clash"]
    assert _subs("قتلت قوات الأمن أمس ستة إرهابيين في مدينة العريش.") == ["Armed clash"]
    assert _subs("قتل مسلحون أمس ثلاثة مزارعين في حقولهم بمدينة العريش بعد اتهامهم بدعم المتمردين.") == ["Attack"]


def test_the_day_of_a_condemnation_does_not_date_what_it_condemns() -> None:
    assert not _rows("ودانت الجامعة العربية الثلاثاء القصف التركي في شمال العراق.")
    assert not _rows("وطالبت الحكومة بإيقاف القصف التركي لقرى إقليم كردستان.")


def test_an_image_or_ties_strengthened_are_no_mobilization() -> None:
    assert not _rows("وتقدمت قوات البشمركة في شمال العراق وعززوا صورتهم في الخارج.")
    assert not _rows("وبحث الوزيران أمس في الرياض تعزيز العلاقات بين القوات المسلحة في البلدين.")


def test_a_place_cleared_of_armed_men_is_regained_rubble_cleared_is_nothing() -> None:
    assert _subs("تمكنت القوات الأمنية أمس من تطهير حي الضباط في مدينة الرمادي من عناصر التنظيم.") == [
        "Government regains territory"
    ]
    assert not _events("بدأت فرق البلدية تطهير الشوارع من الأنقاض بعد السيول.")


def test_a_bare_verb_opening_its_sentence_is_the_verb_a_noun_in_comment_is_not() -> None:
    assert _subs("طرد الجيش أمس مسلحي التنظيم من مدينة بيجي شمال تكريت.") == ["Government regains territory"]
    assert not _rows("تحرير عدن بشارة خير لكل اليمنيين.")
    assert not _rows("وقال المحلل إن تحرير عدن تطور مهم.")


def test_clearing_as_an_aim_or_in_comment_is_no_regaining() -> None:
    assert not _rows("واتفقت واشنطن وأنقرة أمس على تطهير شمال سوريا من تنظيم داعش.")
    assert not _rows("وقال الوزير إن الأراضي التي تم تطهيرها من مسلحي التنظيم ستكون منطقة آمنة.")


def test_an_air_force_that_hit_a_target_is_a_strike_a_wounding_is_not_its_trigger() -> None:
    assert _subs(
        "وقال شهود عيان إن طائرات التحالف العربي أصابت أمس مستودعا للذخائر تابعا للمتمردين في مدينة صنعاء."
    ) == ["Air/drone strike"]
    rows = _rows("وقتل مدني وأصيب اثنان أمس في غارة للطائرات الحربية على مدينة إدلب.")
    assert [e["trigger"]["text"] for e in rows] == ["غارة"]


def test_his_wounding_is_no_strike() -> None:
    assert not _rows("وتوفي العامل متأثرا بإصابته بعد سقوطه من سقالة قرب مهبط الطائرات في مطار أبها أمس.")
