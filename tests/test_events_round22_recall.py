"""Events missed on unseen short articles (round 22, helper evr4; issue 12's recall).

The misses of the unseen and fit short files were classed (merged away, dropped, found but unmatched, no trigger) and
fresh in-range articles read for violent happenings rasd gives no event. One construction read by no trigger recurred
in three articles: a strike noun in the dual (غارتين جويتين، بغارتين، غارتان، ضربتين جويتين), missing from the
lexicon's forms of the air strike, while the singular and the plural were there. Round 22 reads the strike's duals
as its singular is read (two strikes of one day on one target are one ACLED row). The duals of bombings and attacks
(هجومين، تفجيرين، انفجارين) were tried and left out: read as one trigger they fold two bombings told apart by the gold
(two checkpoints in two villages, tune4) into one row.

A truce named as the time of a happening (تصدت لهجمات بعد سريان الهدنة بلحظات، قبل بدء سريان الهدنة، عشية سريان
الهدنة، مع بدء سريان الهدنة) was read as an agreement of the day — a false row that took in the clash's dead or the
strikes of its sentence (three articles of the tuning files). The truce's onset after a word of time is now no trigger;
a truce announced or entering into force stays an agreement.

Every sentence below was written for these tests.
"""

from __future__ import annotations

from tests.event_checks import events, rows


def test_two_air_strikes_in_the_dual_are_an_air_strike_row() -> None:
    found = rows(
        "وأفاد شهود عيان أن غارتين جويتين استهدفتا أمس معسكرا للحوثيين في مديرية بني مطر غرب العاصمة صنعاء.",
        "",
        "2015-08-02",
    )
    strikes = [e for e in found if e["acled_sub_event_type"] == "Air/drone strike"]
    assert strikes and strikes[0]["location"]["admin1"] in ("Sanaa", "Amanat al Asimah")
    assert strikes[0]["date"]["value"] == "2015-08-01"


def test_the_dual_strike_as_the_means_of_a_destroying_verb() -> None:
    found = rows(
        "ودمرت طائرات التحالف العربي مساء أمس في غارتين جويتين مخزنا للذخيرة في مديرية حرض بمحافظة حجة.",
        "",
        "2015-08-02",
    )
    assert [e["acled_sub_event_type"] for e in found] == ["Air/drone strike"]
    assert found[0]["location"]["admin1"] == "Hajjah"


def test_two_strikes_told_with_their_verb_are_one_row() -> None:
    found = rows("وقصف طيران التحالف أمس بغارتين مواقع للحوثيين في مدينة حيس بمحافظة الحديدة.", "", "2015-08-02")
    assert [e["acled_sub_event_type"] for e in found] == ["Air/drone strike"]


def test_the_dual_of_the_strike_noun_with_its_air_word() -> None:
    found = rows("وشن التحالف ضربتين جويتين على مواقع المتمردين في مديرية نهم شرق صنعاء أمس.", "", "2015-08-02")
    assert "Air/drone strike" in [e["acled_sub_event_type"] for e in found]


def test_the_dual_strikes_of_a_past_month_are_no_row() -> None:
    text = "وكانت طائرات التحالف قد شنت غارتين جويتين على معسكر الصمع في مديرية أرحب في أبريل الماضي."
    assert not [e for e in rows(text, "", "2015-08-02") if e["acled_sub_event_type"] == "Air/drone strike"]


def test_dual_strikes_called_for_are_no_row() -> None:
    found = events("وطالب المتحدث بوقف الغارات، مؤكدا أن غارتين لن تغيرا شيئا في موازين القوى.", "2015-08-02")
    assert not [e for e in found if e["acled_row"]]


def test_a_truce_named_as_the_time_of_a_clash_is_no_agreement() -> None:
    found = rows(
        "وتصدت المقاومة الشعبية لهجمات متزامنة للحوثيين بعد سريان الهدنة بساعات في جبهة صرواح بمحافظة مأرب، وقتل "
        "فيها خمسة من المسلحين.",
        "",
        "2015-07-27",
    )
    assert [e["acled_sub_event_type"] for e in found] == ["Armed clash"]
    assert found[0]["fatalities"]["value"] == 5


def test_the_eve_and_the_onset_of_a_truce_are_time_marks() -> None:
    for text in (
        "وهاجم الحوثيون مواقع المقاومة في مدينة تعز مع بدء سريان الهدنة الإنسانية منتصف الليل.",
        "وقصفت مدفعية الحوثيين أحياء مدينة تعز قبيل بدء سريان الهدنة بساعات.",
    ):
        found = rows(text, "", "2015-07-27")
        assert found and "Agreement" not in [e["acled_sub_event_type"] for e in found], text


def test_a_truce_announced_is_still_an_agreement() -> None:
    found = rows("وأعلن التحالف العربي أمس بدء سريان هدنة إنسانية في اليمن لمدة خمسة أيام.", "", "2015-07-27")
    assert "Agreement" in [e["acled_sub_event_type"] for e in found]
