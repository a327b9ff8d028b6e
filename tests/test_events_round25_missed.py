"""Round 25 (helper rc1): happenings the unseen articles told and rasd missed.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 25: missed
happenings on unseen articles (helper rc1)"):

* the coalition as the one that destroyed a target (دمرت قوات التحالف مخزنا للأسلحة، نجحت طائرات التحالف في تدمير
  مواقع، كما دمر التحالف منصات لإطلاق الصواريخ) is an air strike: ``events.yaml`` (the verb's needs take التحالف; the
  verbal noun after في/من with the air arm or the coalition) and ``subtypes._coalition_doer``;
* clearing told as done (استكملت المقاومة تطهير آخر جيوب الميليشيا في مديرية …، قامت بتطهير، وطهرت حي …) is a place
  regained: ``events.yaml`` recapture entries; "آخر" before the noun it heads is "the last of", not "another"
  happening (``triggers._LAST_OF``);
* fighting still going on at a named place written with "ما تزال" (ruling 2): ``event_cues.yaml``.
"""

from __future__ import annotations

from typing import Any

from tests.event_checks import events, rows


def _subs(out: list[dict[str, Any]]) -> list[str]:
    return [e["acled_sub_event_type"] for e in out]


# ------------------------------------------------------------------------------------------- the coalition destroying
def test_coalition_forces_destroying_a_depot_is_an_air_strike() -> None:
    out = rows(
        "ذكرت مصادر محلية أن قوات التحالف دمرت أمس مخزنا للذخيرة تابعا للحوثيين في مديرية يريم بمحافظة إب.",
        title="التحالف يدمر مخزن ذخيرة في إب",
    )
    assert "Air/drone strike" in _subs(out), out
    assert "Shelling/artillery/missile attack" not in _subs(out), out


def test_coalition_jets_managing_to_destroy_positions_is_an_air_strike() -> None:
    out = rows(
        "وفي سياق متصل، نجحت مقاتلات التحالف العربي أمس في تدمير عدد من مواقع الميليشيات في منطقة الخوخة جنوب "
        "محافظة الحديدة.",
        title="تطورات ميدانية في الحديدة",
    )
    strikes = [e for e in out if e["acled_sub_event_type"] == "Air/drone strike"]
    assert strikes, out
    assert {e["location"]["admin1"] for e in strikes if e.get("location")} == {"Al Hudaydah"}, strikes


def test_rocket_launchers_the_coalition_destroyed_are_its_target_not_its_means() -> None:
    out = rows(
        "قتل 14 من المتمردين في مواجهات مع المقاومة الشعبية في مديرية الحوطة أمس. كما دمر التحالف ثلاث منصات "
        "لإطلاق الصواريخ في مديرية تبن بمحافظة لحج.",
        title="مقتل 14 متمردا في لحج",
    )
    assert "Air/drone strike" in _subs(out), out
    assert "Shelling/artillery/missile attack" not in _subs(out), out


def test_destruction_blamed_on_the_coalition_is_no_strike() -> None:
    out = rows(
        "وقال المتحدث إن المتمردين يعانون كثيرا عقب تدمير معظم قوتهم بسبب طائرات التحالف وضربات المقاومة، وإنهم "
        "يبحثون عن مخرج سياسي.",
        title="المتمردون يبحثون عن مخرج",
    )
    assert "Air/drone strike" not in _subs(out), out


def test_a_party_called_an_alliance_is_no_air_arm() -> None:
    out = rows(
        "قال مسؤول في التحالف الوطني العراقي إن مسلحين قصفوا أمس بقذائف الهاون حي الجهاد في بغداد، ما أدى إلى "
        "إصابة ثلاثة مدنيين.",
        title="قذائف هاون على حي الجهاد",
    )
    assert "Air/drone strike" not in _subs(out), out


# ---------------------------------------------------------------------------------------------------------- clearing
def test_clearing_the_last_pockets_of_a_district_is_a_place_regained_on_its_day() -> None:
    out = rows(
        "استكملت المقاومة الشعبية والجيش الموالي للشرعية أمس تطهير آخر جيوب ميليشيا الحوثي في مديرية المعلا "
        "بمدينة عدن، بعد اشتباكات استمرت ساعات.",
        title="تطهير المعلا",
    )
    regained = [e for e in out if e["acled_sub_event_type"] == "Government regains territory"]
    assert regained, out
    assert regained[0]["date"]["value"] == "2015-08-09", regained  # "the last pockets", no happening of another day


def test_the_past_verb_of_clearing_with_the_side_that_cleared() -> None:
    out = rows(
        "وأفادت مصادر محلية بأن المقاومة الشعبية تقدمت أمس في منطقة صبر وطهرت حي الزنوج شمالي مدينة تعز.",
        title="المقاومة تتقدم في تعز",
    )
    assert "Government regains territory" in _subs(out), out


def test_clearing_aimed_at_or_under_way_is_no_place_regained() -> None:
    out = rows(
        "وأكد المتحدث أن عملية تطهير المحافظات الجنوبية من الحوثيين قائمة حاليا وتحتاج إلى بعض الوقت، وأن المقاومة "
        "تسعى لتطهير مدينة الحوطة في الأيام المقبلة.",
        title="المقاومة تسعى لتطهير الحوطة",
    )
    assert "Government regains territory" not in _subs(out), out


def test_cleaning_a_laboratory_is_no_fighting() -> None:
    out = events(
        "وبعد أن تم تطهير المختبر بأكمله من الجراثيم، اضطر فريق الباحثين إلى إعادة التجارب من البداية.",
        title="باحثون يعيدون تجاربهم",
    )
    assert not [e for e in out if e.get("acled_event_type") == "Battles"], out


def test_a_passive_clearing_beside_a_named_group_is_no_capture_by_that_group() -> None:
    out = rows(
        "وقال متحدث عسكري نيجيري إن قواته اعتقلت قياديا في جماعة بوكو حرام، وجرى أمس تطهير ثلاثة معسكرات للجماعة "
        "قرب مدينة مايدوغوري في ولاية بورنو.",
        title="الجيش النيجيري يعتقل قياديا في بوكو حرام",
    )
    assert "Non-state actor overtakes territory" not in _subs(out), out


# ----------------------------------------------------------------------------------------------- fighting going on
def test_fighting_still_going_on_written_with_ma_tazal_is_a_clash_of_the_day() -> None:
    out = rows(
        "وقال مصدر في المقاومة إن المعارك ما تزال مستمرة حتى مساء السبت في مدينة زنجبار بين المقاومة والحوثيين.",
        title="معارك في زنجبار",
    )
    assert "Armed clash" in _subs(out), out


def test_a_war_still_going_on_in_a_country_is_no_row() -> None:
    out = rows(
        "وقال المحلل إن المعارك ما تزال مستمرة في اليمن منذ أشهر، وإن الحل السياسي يبدو بعيدا.",
        title="اليمن بين الحرب والسياسة",
    )
    assert "Armed clash" not in _subs(out), out
