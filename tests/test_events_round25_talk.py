"""Round 25 (helper pr2): talk, opinion and summaries are not happenings.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 25: talk,
opinion and summaries (helper pr2)"), each rule in ``rasd.events.coding.background`` read by
``status.read_granularity``:

* ``named_as_kind``: a verbal noun of violence of the body with no place of its own (none, the lead's, or only a
  country named elsewhere in its sentence), no day named in its sentence, no counted toll and no verb of launching or
  doing before it in its clause is violence named in talk (a columnist's argument, a minister's policy words);
* ``summed_so_far``: a counted trigger after a span up to now (في الوقت الحالي تم تحرير 12 وحدة إدارية), or a plural
  one told with the present week and no day or toll of its own, is an aggregate;
* ``control_kept``: a capture's word after a noun of strengthening (تعزيز سيطرتها على الحسكة) is a hold kept;
* ``kinds._phrase_items`` and ``kinds.in_footer``: a list of evil phrases with no figure is a list of evils (round
  20's ``listed_evil``); a trigger in a column's footer of the writer's other titles is no row.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import rows


def _subs(out: list[dict[str, Any]]) -> list[str]:
    return [e["acled_sub_event_type"] for e in out]


# ---- violence named in talk


def test_a_clash_in_a_ministers_policy_words_is_no_row() -> None:
    out = rows(
        "قصفت طائرات تركية أمس مواقع لتنظيم داعش قرب بلدة كيليس الحدودية. وقال مسؤول تركي في تصريح للصحفيين: «لا "
        "يمكن القول إن هذا بداية حملة عسكرية، لكن السياسة الجديدة تنطوي على قدر أكبر من التدخل والنشاط والاشتباك، "
        "والتحرك لن يحدث دون مبرر».",
        title="تركيا تقصف داعش",
    )
    assert "Air/drone strike" in _subs(out), out
    assert "Armed clash" not in _subs(out), out


def test_a_columnists_bombing_by_the_regime_is_no_row() -> None:
    out = rows(
        "من أكثر ما يردده المعلقون على الصور المفجعة لضحايا قصف نظام بشار؛ أن العالم لا يتحرك لمساعدتهم، لكن "
        "الحقيقة أنه تحرك، وقدمت دول كثيرة للثوار في سوريا سلاحا وتدريبا.",
        title="الجماعات تفشل الثورة",
    )
    assert out == [], out


def test_shells_fired_by_tanks_told_with_their_verb_stay_a_row() -> None:
    out = rows(
        "قصف الجيش التركي أمس مواقع لتنظيم داعش قرب بلدة كيليس. وأطلقت دبابات من كتيبة المدرعات الخامسة عدة "
        "قذائف على المواقع، بحسب وكالة الأناضول.",
        title="الجيش التركي يقصف مواقع داعش",
    )
    assert "Shelling/artillery/missile attack" in _subs(out), out


# ---- a sum up to now, a week's strikes


def test_districts_liberated_so_far_are_an_aggregate() -> None:
    out = rows(
        "وذكر محافظ الموصل أنه في الوقت الحالي تم تحرير 12 وحدة إدارية تابعة لمحافظة نينوى على يد قوات البشمركة "
        "من تنظيم داعش.",
        title="محافظ نينوى: داعش لن يندحر إلا بدعم التحالف",
    )
    assert "Government regains territory" not in _subs(out), out


def test_a_town_liberated_yesterday_stays_a_row() -> None:
    out = rows(
        "وذكر محافظ نينوى أن قوات البشمركة حررت أمس ناحية بعشيقة شمال الموصل بعد معارك مع تنظيم داعش.",
        title="البشمركة تحرر بعشيقة",
    )
    assert "Government regains territory" in _subs(out), out


def test_strikes_of_this_week_in_a_statement_are_an_aggregate() -> None:
    out = rows(
        "قال البيان إن ست غارات نفذت أمس قرب حلب. وتابع البيان أن ضربات التحالف التي نفذت هذا الأسبوع ساعدت وحدات "
        "حماية الشعب الكردية في سوريا على التقدم في محافظة الحسكة.",
        title="بيان للتحالف",
    )
    strikes = [e for e in out if e["acled_sub_event_type"] == "Air/drone strike"]
    assert [e["location"]["admin1"] for e in strikes] == ["Aleppo"], out  # the day's six, not the week's


def test_strikes_that_killed_civilians_this_week_stay_a_row() -> None:
    out = rows(
        "قتل 13 مدنيا بينهم أطفال في غارات جوية على بلدة الحراك شرق درعا في تكثيف للقصف الجوي هذا الأسبوع.",
        title="مقتل 13 مدنيا في درعا",
    )
    assert "Air/drone strike" in _subs(out), out


# ---- a hold kept


def test_strengthening_a_hold_on_a_city_is_no_capture() -> None:
    out = rows(
        "وأضاف البيان أن الغارات ساعدت وحدات حماية الشعب الكردية على تعزيز سيطرتها على مدينة الحسكة.",
        title="بيان للتحالف",
    )
    assert "Non-state actor overtakes territory" not in _subs(out), out


def test_taking_a_quarter_of_the_city_stays_a_capture() -> None:
    out = rows(
        "تمكنت وحدات حماية الشعب الكردية أمس من السيطرة على حي النشوة في مدينة الحسكة بعد معارك مع تنظيم داعش.",
        title="الأكراد يسيطرون على حي في الحسكة",
    )
    assert "Non-state actor overtakes territory" in _subs(out), out


# ---- a list of evil phrases, a column's footer


def test_a_list_of_evil_phrases_in_a_column_is_no_row() -> None:
    out = rows(
        "ويبقى زعيم الميليشيا وحده من يتحمل تدمير البلاد وقتل الأبرياء واختطاف مؤسسات الدولة والانقلاب على الشرعية.",
        title="من يتحمل المسؤولية؟",
    )
    assert out == [], out


def test_deeds_counted_in_a_list_stay_rows() -> None:
    out = rows(
        "وقال قائد العمليات إن القوات الأمنية تمكنت من قتل قناص وتدمير أربعة منازل مفخخة وتفجير 40 عبوة ناسفة في "
        "منطقة الصكرة غرب الأنبار.",
        title="القوات العراقية تتقدم في الأنبار",
    )
    assert out, out


def test_a_bombing_in_a_columns_footer_of_other_titles_is_no_row() -> None:
    out = rows(
        "قصفت طائرات التحالف أمس مواقع للحوثيين في مدينة تعز. مقالات أخرى للكاتبماذا يعني انتصار عدن؟من وراء "
        "تفجيرات سيناء؟مجزرة الفلوجة القادمة!",
        title="قراءة في معركة تعز",
    )
    assert _subs(out) == ["Air/drone strike"], out
