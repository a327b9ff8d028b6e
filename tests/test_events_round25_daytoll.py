"""Round 25 (helper dt3): the day and the toll of a row on unseen articles.

Every sentence here was written for rasd (none copied from a corpus). What changed (docs/events.md, "Round 25: the day
and the toll (helper dt3)"):

* the print issue's day in an Okaz or al-Jazirah url (``okaz.com.sa/new/Issues/20150805/…``,
  ``al-jazirah.com/2015/20150805/…``; ``resources/url_dates.yaml``) anchors "أمس" / "اليوم" when the copy's own date is
  that day or up to three days after it (``rasd.ingest.issue_dates``): ``reference_date`` moves, ``published`` stays;
* dead told without a number (the lead's ruling 4: ACLED's 10) are read after "لـ" (أدت لمقتل وجرح العشرات), and a
  series or a fight told as going on in the row's sentence (وسط قصف متواصل منذ أيام) no longer keeps them from the
  row (``events.figures.unnumbered_dead``).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from rasd.ingest.issue_dates import issue_anchor, issue_date
from rasd.ingest.jsonl import read_line
from rasd.pipeline import Pipeline

OKAZ = "http://www.okaz.com.sa/new/Issues/20150805/Con20150805780001.htm"
JAZIRAH = "http://www.al-jazirah.com/2015/20150805/du3.htm"
RIYADH = "http://www.alriyadh.com/1070001"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _rows(pipeline: Pipeline, text: str, *, url: str | None = None, published: str = "2015-08-06") -> list[Any]:
    line = {"text": text, "url": url, "published": published}
    doc = pipeline.run(read_line(json.dumps(line, ensure_ascii=False).encode("utf-8")))
    assert not doc.errors, doc.errors
    return [e for e in doc.events if isinstance(e, dict) and e.get("acled_row", True)]


# ------------------------------------------------------------------------------------------ the issue day in the url
def test_the_issue_day_is_read_from_the_two_sites_paths_only() -> None:
    assert issue_date(OKAZ) == dt.date(2015, 8, 5)
    assert issue_date(JAZIRAH) == dt.date(2015, 8, 5)
    assert issue_date("https://okaz.com.sa/new/Issues/20150731/Con20150731786500.htm") == dt.date(2015, 7, 31)
    assert issue_date(RIYADH) is None
    assert issue_date("http://www.aleqt.com/2015/08/02/article_978258.html") is None  # not a site of the resource
    assert issue_date("http://www.okaz.com.sa/new/Issues/20151340/Con1.htm") is None  # no such day
    assert issue_date(None) is None


def test_the_issue_day_anchors_only_a_copy_dated_on_it_or_a_few_days_after() -> None:
    assert issue_anchor(OKAZ, "2015-08-06") == "2015-08-05"  # stamped after midnight
    assert issue_anchor(OKAZ, "2015-08-05") == "2015-08-05"
    assert issue_anchor(OKAZ, "2015-08-08") == "2015-08-05"
    assert issue_anchor(OKAZ, "2015-08-20") is None  # a copy long after: its own date stays
    assert issue_anchor(OKAZ, "2015-08-04") is None  # a copy dated before its issue: something else is wrong
    assert issue_anchor(OKAZ, None) == "2015-08-05"
    assert issue_anchor(RIYADH, "2015-08-06") is None


def test_a_jsonl_line_keeps_its_published_day_and_takes_the_issue_day_as_reference() -> None:
    line = {"text": "قصفت طائرات التحالف أمس مواقع للحوثيين.", "url": OKAZ, "published": "2015-08-06 01:40:56"}
    doc = read_line(json.dumps(line, ensure_ascii=False).encode("utf-8"))
    assert doc.article.published == "2015-08-06"
    assert doc.article.reference_date == "2015-08-05"


def test_yesterday_in_an_okaz_copy_stamped_a_day_late_is_the_day_before_the_issue(pipeline: Pipeline) -> None:
    text = (
        "قالت مصادر في المقاومة الشعبية إن طائرات التحالف قصفت أمس مواقع لميليشيا الحوثي في مديرية صرواح بمحافظة "
        "مأرب، ودمرت مخزنا للأسلحة."
    )
    for url in (OKAZ, JAZIRAH):
        strikes = [e for e in _rows(pipeline, text, url=url) if e["acled_sub_event_type"] == "Air/drone strike"]
        assert strikes, url
        assert {e["date"]["value"] for e in strikes} == {"2015-08-04"}, (url, strikes)
    strikes = [e for e in _rows(pipeline, text, url=RIYADH) if e["acled_sub_event_type"] == "Air/drone strike"]
    assert {e["date"]["value"] for e in strikes} == {"2015-08-05"}, strikes  # no issue day: the copy's own


# ------------------------------------------------------------------------------------- dead told without a number
def _toll(rows: list[Any], sub: str) -> list[int | None]:
    return [(e.get("fatalities") or {}).get("value") for e in rows if e["acled_sub_event_type"] == sub]


def test_killed_and_wounded_after_the_preposition_li_is_acled_several(pipeline: Pipeline) -> None:
    out = _rows(
        pipeline,
        "شنت المقاومة الشعبية أمس هجوما على مواقع الحوثيين في مديرية لودر أدى لمقتل وجرح العشرات منهم.",
    )
    assert _toll(out, "Armed clash") == [10], out


def test_a_series_told_as_going_on_in_the_sentence_leaves_the_dead_to_the_row(pipeline: Pipeline) -> None:
    out = _rows(
        pipeline,
        "هاجمت المقاومة الشعبية أمس مواقع الحوثيين في مديرية لودر وسط قصف متواصل منذ أيام، ما أسفر عن مقتل وإصابة "
        "عدد منهم.",
    )
    assert _toll(out, "Armed clash") == [10], out
    out = _rows(
        pipeline,
        "قصفت مدفعية الجيش أمس مواقع المسلحين في قرية الحسينية، وسط غارات متواصلة منذ أسبوع على المنطقة، ما أدى "
        "لمقتل وإصابة عدد منهم.",
    )
    assert _toll(out, "Shelling/artillery/missile attack") == [10], out


def test_wounded_alone_are_never_dead(pipeline: Pipeline) -> None:
    out = _rows(
        pipeline,
        "هاجمت المقاومة الشعبية أمس مواقع الحوثيين في مديرية لودر وسط قصف متواصل منذ أيام، ما أدى لإصابة عدد منهم.",
    )
    assert all(not (e.get("fatalities") or {}).get("value") for e in out), out


def test_a_numbered_toll_after_li_is_read_as_told(pipeline: Pipeline) -> None:
    out = _rows(pipeline, "هاجمت المقاومة الشعبية أمس مواقع الحوثيين في مديرية مكيراس، ما أدى لمقتل 7 منهم.")
    assert _toll(out, "Armed clash") == [7], out


# ----------------------------------------------------------------------------- the dead of a cause told with its result
def test_a_strike_after_a_suicide_attack_that_killed_soldiers_takes_none_of_its_dead(pipeline: Pipeline) -> None:
    out = _rows(
        pipeline,
        "قصف الطيران الحربي أمس مواقع لتنظيم داعش قرب مدينة الرمادي إثر هجوم انتحاري على ثكنة للجيش أسفر عن مقتل "
        "12 جنديا.",
    )
    assert _toll(out, "Suicide bomb") == [12], out
    assert all(
        not (e.get("fatalities") or {}).get("value") for e in out if e["acled_sub_event_type"] == "Air/drone strike"
    )


def test_a_shelling_after_clashes_that_killed_soldiers_takes_none_of_their_dead(pipeline: Pipeline) -> None:
    out = _rows(
        pipeline,
        "قصفت المدفعية مواقع المسلحين في قرية الحسينية بريف حمص أمس بعد اشتباكات عنيفة مع قوات النظام أسفرت عن "
        "مقتل خمسة جنود.",
    )
    assert _toll(out, "Armed clash") == [5], out
    assert _toll(out, "Shelling/artillery/missile attack") in ([None], [0]), out


def test_a_shelling_whose_own_result_kills_keeps_its_dead(pipeline: Pipeline) -> None:
    out = _rows(pipeline, "قصفت المدفعية مواقع المسلحين في قرية الحسينية بريف حمص أمس، ما أدى إلى مقتل خمسة منهم.")
    assert _toll(out, "Shelling/artillery/missile attack") == [5], out


def test_a_capture_after_battles_that_killed_keeps_their_dead(pipeline: Pipeline) -> None:
    # the lead's ruling 3: a capture and the clashes told with its entry are one event
    out = _rows(
        pipeline,
        "سيطرت المقاومة الشعبية أمس على بلدة العين في محافظة أبين بعد معارك عنيفة مع ميليشيا الحوثي أسفرت عن مقتل "
        "20 من عناصرها.",
    )
    tolls = [(e.get("fatalities") or {}).get("value") for e in out if e["acled_event_type"] == "Battles"]
    assert 20 in tolls, out


# ------------------------------------------------------------------------------------------- a leader and his men
def test_a_leader_and_four_of_his_companions_are_five_dead(pipeline: Pipeline) -> None:
    out = _rows(
        pipeline,
        "قال مسؤول محلي إن غارة لطائرة بدون طيار أدت أمس إلى مقتل القيادي في تنظيم القاعدة أبو أحمد الكازمي وأربعة "
        "من مرافقيه في محافظة أبين.",
    )
    assert _toll(out, "Air/drone strike") == [5], out


def test_a_leader_and_eleven_of_his_aides_are_twelve_dead(pipeline: Pipeline) -> None:
    out = _rows(
        pipeline,
        "تمكنت الفرقة السابعة في الجيش العراقي أمس من قتل قيادي بارز في تنظيم داعش و11 من معاونيه في عملية نوعية في "
        "قضاء حديثة.",
    )
    assert [(e.get("fatalities") or {}).get("value") for e in out] == [12], out


def test_a_leader_and_five_other_militants_are_six_dead(pipeline: Pipeline) -> None:
    out = _rows(
        pipeline,
        "قال المرصد السوري أمس إن قياديا في تنظيم داعش وخمسة متطرفين أجانب آخرين قتلوا في غارة جوية قرب مدينة الحسكة.",
    )
    assert _toll(out, "Air/drone strike") == [6], out


def test_a_leader_killed_and_his_companions_wounded_is_one_dead(pipeline: Pipeline) -> None:
    out = _rows(pipeline, "قتل قائد كتيبة في الجيش وأصيب ثلاثة من مرافقيه في هجوم على نقطة تفتيش في درعا أمس.")
    assert [(e.get("fatalities") or {}).get("value") for e in out] == [1], out


def test_two_soldiers_and_three_others_stay_five(pipeline: Pipeline) -> None:
    out = _rows(
        pipeline, "قال قائد الشرطة إن هجوما على نقطة تفتيش في درعا أسفر أمس عن مقتل جنديين و3 آخرين من عناصر الأمن."
    )
    assert [(e.get("fatalities") or {}).get("value") for e in out] == [5], out


# ------------------------------------------------------------------------------ two reports of one toll: the lowest
def test_an_official_toll_after_the_attackers_claim_is_the_lowest_figure(pipeline: Pipeline) -> None:
    out = _rows(
        pipeline,
        "أكد المتمردون الأكراد أن الهجوم الانتحاري على ثكنة للدرك قرب مدينة دوغوبيازيت أمس خلف أكثر من خمسين قتيلا "
        "في صفوف القوات التركية، في حين تحدثت حصيلة رسمية تركية عن مقتل جنديين وجرح 31 آخرين.",
    )
    assert _toll(out, "Suicide bomb") == [2], out


def test_the_authorities_six_against_the_medias_nine_is_six(pipeline: Pipeline) -> None:
    out = _rows(
        pipeline,
        "قصفت طائرات تركية أمس قرية زركلي في شمال العراق، وأعلنت سلطات الإقليم عن ستة قتلى من السكان، فيما تحدثت "
        "وسائل إعلام مؤيدة للأكراد عن مجزرة راح ضحيتها تسعة قتلى.",
    )
    assert _toll(out, "Air/drone strike") == [6], out


def test_the_other_sides_dead_told_by_its_own_source_are_no_lower_report(pipeline: Pipeline) -> None:
    out = _rows(
        pipeline,
        "هاجم مسلحون من تنظيم داعش أمس نقطة تفتيش للجيش في الرمادي ما أدى إلى مقتل خمسة جنود، فيما أعلن مصدر في "
        "التنظيم عن مقتل ثلاثة من عناصره.",
    )
    assert 3 not in [(e.get("fatalities") or {}).get("value") for e in out], out
