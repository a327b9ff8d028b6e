"""Round 10 (issue 12): one happening, one row. The article-level merge folds a row into another row of the same
happening (``rasd.events.merge.fold_told_again``): a headline toll over the body's strike, a capture and a recapture
of one town told in two sentences, the blasts heard after strikes, the firefight after a bombing, the protesters of a
riot told again. Two happenings stay two: two towns, a report and its plan or its denial. Every sentence here was
written for rasd (none copied from a corpus).
"""

from __future__ import annotations

import json
from typing import Any

from rasd.ingest.jsonl import read_line
from tests.event_checks import PIPE as _PIPE
from tests.event_checks import rows as _rows


def _titled(title: str, body: str) -> list[dict[str, Any]]:
    doc = read_line(json.dumps({"title": title, "text": body, "published": "2015-08-10"}, ensure_ascii=False).encode())
    _PIPE.run(doc)
    assert not doc.errors, doc.errors
    return [e for e in doc.events if e["acled_row"]]


def _brief(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(e["acled_sub_event_type"], (e.get("location") or {}).get("name")) for e in rows]


def test_a_headline_toll_is_the_strike_the_body_tells() -> None:
    rows = _titled(
        "مقتل سبعة مسلحين في مدينة الشيخ زويد",
        "قتل سبعة مسلحين أمس في قصف جوي نفذته مروحيات الجيش جنوبي مدينة الشيخ زويد بمحافظة شمال سيناء.",
    )
    assert [e["acled_sub_event_type"] for e in rows] == ["Air/drone strike"]
    assert rows[0]["fatalities"]["value"] == 7
    # every mention kept: the headline's toll word is a mention of the strike
    assert any(m["trigger"]["start"] == 0 for m in rows[0]["mentions"])


def test_a_capture_and_a_recapture_of_one_town_told_twice_are_one_row() -> None:
    text = (
        "أحكمت المقاومة الشعبية أمس سيطرتها على مدينة زنجبار بعد انسحاب المسلحين منها. "
        "واعتبر وزير الدفاع استعادة الجيش لمدينة زنجبار تحولا كبيرا في المعركة."
    )
    # the Popular Resistance fought on the government's side in 2015: its capture is the government's (round 16b,
    # actors.yaml `affiliate`; the row's sub-type was "Non-state actor overtakes territory" before)
    assert _brief(_rows(text)) == [("Government regains territory", "Zinjibar")]
    # two towns taken stay two rows
    two = "سيطرت قوات الجيش أمس على مدينة زنجبار. كما سيطرت المقاومة أمس على مدينة لودر بعد معارك عنيفة."
    assert [loc for _, loc in _brief(_rows(two))] == ["Zinjibar", "Lawdar"]


def test_blasts_heard_after_strikes_are_the_strikes() -> None:
    text = (
        "شنت طائرات التحالف أمس ست غارات جوية على مواقع المسلحين في محافظة مأرب، "
        "وأفاد سكان بأن دوي انفجارات عنيفة سمع في المنطقة."
    )
    assert [sub for sub, _ in _brief(_rows(text))] == ["Air/drone strike"]
    # a bombing told beside strikes on another town is a happening of its own
    other = "شنت طائرات التحالف أمس غارات على مدينة صعدة، وقصفت مدفعية الجيش مواقع للمسلحين في مدينة حرض."
    assert len(_rows(other)) == 2


def test_the_firefight_after_a_bombing_is_the_bombing() -> None:
    told_again = (
        "قتل جنديان أمس في انفجار لغم استهدف دورية عسكرية في ولاية شرناق. "
        "وقالت المصادر إن المسلحين فجروا اللغم عن بعد. "
        "وأضافت المصادر أن الانفجار أعقبته اشتباكات بين الجنود والمسلحين."
    )
    rows = _rows(told_again)
    assert [e["acled_sub_event_type"] for e in rows] == ["Remote explosive/landmine/IED"]
    assert rows[0]["fatalities"]["value"] == 2
    one_sentence = (
        "قتل جنديان أمس في انفجار لغم استهدف دورية عسكرية في ولاية شرناق، "
        "وأعقبت الانفجار اشتباكات بين الجنود والمسلحين."
    )
    assert [e["acled_event_type"] for e in _rows(one_sentence)] == ["Explosions/Remote violence"]


def test_the_protesters_of_a_riot_told_again_are_the_riot() -> None:
    text = (
        "رشق شبان فلسطينيون قوات الشرطة الإسرائيلية بالحجارة أمس في باحات المسجد الأقصى بمدينة القدس. "
        "وسرعان ما هدأت المواجهات عندما تحصن المحتجون داخل المسجد."
    )
    assert [sub for sub, _ in _brief(_rows(text))] == ["Violent demonstration"]


def test_a_happening_and_its_plan_or_denial_stay_apart() -> None:
    plan = (
        "سيطرت قوات المقاومة أمس على أجزاء من مدينة الحوطة بعد معارك عنيفة. "
        "وتستعد القوات للسيطرة على ما تبقى من مدينة الحوطة خلال الأيام المقبلة."
    )
    assert len(_rows(plan)) == 1  # the plan is no row, and it takes nothing from the capture
    denied = (
        "قصفت المدفعية أمس مواقع للمسلحين في مدينة صعدة. "
        "ونفى المتحدث باسم الجيش أن تكون طائرات التحالف قد قصفت مدينة صعدة أمس."
    )
    rows = _rows(denied)
    assert [e["acled_sub_event_type"] for e in rows] == ["Shelling/artillery/missile attack"]
    assert rows[0]["status"] != "denied"


def test_a_foiled_attack_in_the_headline_is_the_device_made_safe_in_the_body() -> None:
    rows = _titled(
        "إحباط هجوم على مقر حزب العدالة والتنمية في أنقرة",
        "أبطل خبراء المتفجرات أمس مفعول عبوة ناسفة وضعت قرب مقر الحزب في العاصمة التركية أنقرة.",
    )
    assert _brief(rows) == [("Disrupted weapons use", "Ankara")]


def test_a_bombing_told_for_the_country_is_the_one_its_town_had() -> None:
    text = (
        "قتل 30 شخصا أمس في انفجار استهدف تجمعا للشبان في بلدة سروج التابعة لولاية شانلي أورفة. "
        "وحجبت محكمة في تركيا موقع تويتر بسبب صور التفجير الانتحاري الذي وقع أمس في تركيا."
    )
    rows = _rows(text)
    assert [loc for _, loc in _brief(rows)] == ["Suruc"]
    assert rows[0]["fatalities"]["value"] == 30
