"""Round 33 (helper bg4): a capture told as the past state of things, not as the news — its verb in a relative clause
that describes a place or a body (عدن التي حررتها المقاومة), or its verbal noun the object of a noun of success, a part
played or help (بدور دول التحالف في تحرير عدن، نجاح عملية السهم الذهبي في دحر المتمردين)
(``rasd.events.coding.background.past_state``, read by ``time_point``; the cue lists in ``event_kind_cues.yaml``:
frame_state_nouns, frame_state_between, frame_state_passive, frame_state_told, frame_state_announced), or after بعد /
عقب a noun of announcing in construct with it (بعد إعلان تحرير عدن).

Every sentence here was written for rasd (none copied from a corpus). rowjudge 7-10's largest class of false rows on
fresh news is such a capture: Aden's liberation of weeks before named in a sentence about a visit, a statement or a
feature. A day named after the frame's word in its clause keeps the capture as news, as do the verb of succeeding
(نجحت القوات في السيطرة على الجبل) and a noun of success after a verb of confirming (أكدت مصادر نجاح المقاومة في
السيطرة على …).
"""

from __future__ import annotations

from tests.event_checks import rows


def _subs(text: str) -> list[str]:
    return [str(e["acled_sub_event_type"]) for e in rows(text, published="2015-08-10")]


def _captures(text: str) -> list[str]:
    return [s for s in _subs(text) if "territory" in s]


# ---- a relative clause: the taking describes the place


def test_a_city_the_resistance_freed_is_the_background_of_a_visit() -> None:
    text = (
        "ووصل وزير الداخلية اليمني اليوم الأحد إلى مدينة عدن في زيارة رسمية. وتعد عدن التي حررتها المقاومة الشعبية"
        " من ميليشيات الحوثي العاصمة المؤقتة للبلاد."
    )
    assert _captures(text) == []


def test_a_leader_whose_forces_took_areas_is_no_capture() -> None:
    text = (
        "وهدد رئيس إقليم كردستان اليوم الأحد، الذي سيطرت قواته على مناطق عدة متنازع عليها في شمال العراق، بإجراء"
        " استفتاء."
    )
    assert _captures(text) == []


def test_a_brigade_camp_the_militia_seized_is_no_capture() -> None:
    text = "وتحدث الضابط للصحيفة عن معسكر اللواء 35 الذي استولت عليه جماعة الحوثي في مديرية المخا الساحلية."
    assert _captures(text) == []


# ---- a noun of success, a part played or joy governing the capture


def test_praising_the_coalitions_part_in_freeing_a_city_is_no_capture() -> None:
    text = "وأشاد نائب الرئيس اليمني اليوم الأحد بدور دول التحالف العربي في تحرير مدينة عدن من ميليشيات الحوثي."
    assert _captures(text) == []


def test_a_part_in_freeing_a_city_is_no_capture() -> None:
    text = "وأشاد المتحدث العسكري اليوم الأحد بمشاركة قوات برية عربية في تحرير مدينة عدن وقاعدة العند الجوية."
    assert _captures(text) == []


def test_the_success_of_an_operation_in_driving_out_is_no_capture() -> None:
    text = "وأشار الرئيس اليوم الأحد إلى نجاح عملية السهم الذهبي في دحر المتمردين عن مدينة عدن."
    assert _captures(text) == []


def test_after_the_success_of_the_operation_to_free_a_city_is_no_capture() -> None:
    text = "وقال المحافظ اليوم الأحد إن الكهرباء عادت إلى مدينة عدن بعد نجاح عملية تحرير المدينة من الحوثيين."
    assert _captures(text) == []


def test_after_the_announced_liberation_is_no_capture() -> None:
    text = "واستأنفت الوزارات عملها الرسمي اليوم من العاصمة المؤقتة عدن بعد إعلان تحرير المدينة من الميليشيات الحوثية."
    assert _captures(text) == []


# ---- guards: a capture with a day of its own, a verb of succeeding, a capture told as news


def test_a_relative_clause_with_its_own_night_stays_a_capture() -> None:
    text = (
        "وخطف التنظيم عشرات المدنيين في مدينة القريتين التي سيطر عليها بالكامل ليل الأربعاء بعد اشتباكات مع"
        " قوات النظام."
    )
    assert _captures(text) != []


def test_succeeding_in_taking_a_mountain_stays_a_capture() -> None:
    text = "وقالت مصادر محلية إن المقاومة نجحت فجر اليوم الأحد في السيطرة على جبل العروس المطل على مدينة تعز."
    assert _captures(text) != []


def test_a_relative_clause_after_yesterdays_victory_stays_a_capture() -> None:
    text = (
        "وتوالت انتصارات المقاومة، والتي كان آخرها أمس في قاعدة العند الجوية التي استعادها المقاتلون بعد مواجهات"
        " عنيفة مع الحوثيين."
    )
    assert _captures(text) != []


def test_a_capture_told_as_the_days_news_stays() -> None:
    text = "وسيطرت المقاومة الشعبية اليوم الأحد على مدينة زنجبار عاصمة محافظة أبين بعد معارك عنيفة مع الحوثيين."
    assert _captures(text) != []


def test_sources_confirming_the_success_of_a_capture_stay_news() -> None:
    text = (
        "وأكدت مصادر ميدانية نجاح المقاومة الشعبية في السيطرة على مناطق في أطراف محافظة لحج، وتتجه حاليا نحو"
        " مركز المحافظة."
    )
    assert _captures(text) != []
