"""Rules of events round 9b (issue 12, the blind check ``events_tune7.jsonl``), each on sentences written for rasd
(none copied from a corpus): riot police are no riot, what happens now and then is no one happening, a toll "so far"
is an aggregate, and round 9's reference rule narrowed back (a blast told through its dead is still told).
"""

from __future__ import annotations

import json

from rasd.ingest.jsonl import read_line
from tests.event_checks import PIPE as _PIPE
from tests.event_checks import events as _events
from tests.event_checks import rows as _rows
from tests.event_checks import types as _types


def test_riot_police_are_no_riot() -> None:
    types = _types("وفرقت شرطة مكافحة الشغب أمس مئات المتظاهرين في وسط مدينة أنقرة بالغاز المسيل للدموع.")
    assert "Riots" not in types
    assert "Protests" in types
    assert not _rows("وقررت الوزارة أمس زيادة عدد أفراد قوات مكافحة الشغب في العاصمة عمان.")
    # riots told as such stay riots
    assert "Riots" in _types("واندلعت أعمال شغب أمس في مدينة الزرقاء، وأحرق محتجون الإطارات.")


def test_now_and_then_is_a_habit_not_one_happening() -> None:
    assert not _rows("وتقول الحركة إنها تخوض اشتباكات مسلحة مع عناصر الجماعة من حين لآخر في مدينة رفح.")
    assert not _rows("وتشهد القرى الحدودية في محافظة صعدة قصفا مدفعيا بين الحين والآخر.")
    # one day's clash stays a row
    assert _types("واندلعت أمس اشتباكات مسلحة بين عناصر الحركة ومسلحين في مدينة رفح.") == ["Battles"]


def test_a_toll_so_far_is_an_aggregate() -> None:
    strikes = _events(
        "وأوقعت الغارات الجوية التركية على مواقع المسلحين الأكراد في شمال العراق حتى الآن أكثر من 300 قتيل."
    )
    assert strikes and not any(e["acled_row"] for e in strikes)
    assert _types("وقتل ثلاثة مسلحين أمس في غارة جوية تركية على موقع في شمال العراق.") == ["Explosions/Remote violence"]


def test_a_blast_told_through_its_dead_is_still_told_but_news_of_its_doer_is_not() -> None:
    # ACLED codes a happening from any report that tells it, its victims' funeral or hospital visit included
    assert _types("وشيع أهالي مدينة أبها أمس شهداء التفجير الإرهابي الذي استهدف المسجد.") == [
        "Explosions/Remote violence"
    ]
    assert _rows("وزار الوزير في المستشفى مصابي الهجوم الإرهابي على المسجد في مدينة أبها.")
    # who did it, sought or named, with no figure or day: the act is known, no row of its own
    assert not _rows("وكشفت السلطات هوية منفذ الهجوم الانتحاري على المسجد في مدينة أبها.")
    assert not _rows("وتواصل الأجهزة الأمنية البحث عن المتورطين في التفجير الذي استهدف المسجد في مدينة أبها.")
    # told before, the reference folds into it
    folded = _rows("انفجرت سيارة مفخخة أمس قرب مسجد في مدينة أبها. وقال مصدر إن منفذ التفجير شاب في العشرين.")
    assert len(folded) == 1


def test_armour_destroyed_right_after_a_fight_is_its_toll() -> None:
    text = (
        "ودارت مواجهات عنيفة مساء الاثنين بين المقاومة الشعبية ومسلحي الحوثي في منطقة العلم بمحافظة أبين. "
        "وأكدت المصادر أن جميع الآليات العسكرية للمسلحين تم تدميرها بالكامل."
    )
    assert _types(text) == ["Battles"]
    # armour destroyed with no fight told before it stays a clash of its own
    alone = "وتمكن مقاتلو المقاومة أمس من تدمير ثلاث دبابات للحوثيين في مديرية الضالع."
    assert _types(alone) == ["Battles"]


def test_deaths_from_a_bare_targeting_in_an_air_strike_report_are_a_strike() -> None:
    title = "مقتل 40 من عناصر التنظيم في غارات لطائرات التحالف"
    body = (
        "قتل 40 من عناصر التنظيم خلال يومين في غارات شنتها طائرات التحالف الدولي على مواقعه في محافظة الحسكة. "
        "وقتل 15 منهم جراء استهداف مقر للتنظيم في مدينة الشدادي."
    )
    doc = read_line(json.dumps({"title": title, "text": body, "published": "2015-08-10"}, ensure_ascii=False).encode())
    _PIPE.run(doc)
    rows = [e for e in doc.events if e["acled_row"]]
    assert rows and all(e["acled_event_type"] == "Explosions/Remote violence" for e in rows)
    # without air strikes in the headline and lead, a bare targeting of fighters stays a clash
    alone = _events("وقتل 15 من عناصر التنظيم أمس جراء استهداف مقر لهم في مدينة الشدادي.")
    assert [e["acled_event_type"] for e in alone] == ["Battles"]
