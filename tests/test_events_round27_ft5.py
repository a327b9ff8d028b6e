"""Round 27 (helper ft5): fatalities of rows on unseen articles.

Every sentence here was written for rasd (none copied from a corpus). The classes (docs/events.md, "Round 27:
fatalities on unseen articles (helper ft5)"):

* a casualty cue written between quotation marks (نتج عنه «استشهاد» أحد أفرادها: the style of the Saudi interior
  ministry's and civil defence's statements) still counts the one person after it (``stages.quantities._adjacent``);
* the pronoun of the happening between a killing cue and its one person (قتل خلاله جندي، قتل فيها أحد قادة التنظيم)
  is read like a time word there (``quantities.yaml`` ``singular.time_words``);
* the dead told by a plural relative clause of dying in a happening named right after it (الذين استشهدوا في حادث
  التفجير، الذين قضوا في الهجوم، الذين راحوا ضحية التفجير) in an article that counts no dead are ruling (4)'s
  unnumbered plural, 10 (``events.figures.martyrs_told``, lists ``died_*`` of ``event_toll_cues.yaml``); and the
  martyrs of a condolence reach an article's only violent row from anywhere in it, not only from its sentence or the
  next;
* a night named by two weekdays (ليل الجمعة - السبت، ليلة الأحد - الاثنين، بعد منتصف ليل الأربعاء - الخميس) is
  the first day's night: not a span of days that made the row an aggregate with no day, and not the eve the time
  stage reads in "ليلة الأحد" alone (``events.dates.night_began``).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from rasd.ingest.jsonl import read_line
from rasd.pipeline import Pipeline
from rasd.stages.quantities import find_quantities


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


_VIOLENT = ("Battles", "Violence against civilians", "Explosions/Remote violence")


def _violent(pipeline: Pipeline, text: str, published: str = "2015-08-10") -> list[dict[str, Any]]:
    """The discrete violent events of ``text`` (kept as rows or not: the figure is read before the row filter)."""
    line = {"text": text, "published": published}
    doc = pipeline.run(read_line(json.dumps(line, ensure_ascii=False).encode("utf-8")))
    assert not doc.errors, doc.errors
    return [
        e
        for e in doc.events
        if isinstance(e, dict) and e.get("granularity") == "discrete" and e.get("acled_event_type") in _VIOLENT
    ]


def _tolls(pipeline: Pipeline, text: str) -> list[int | None]:
    rows = _violent(pipeline, text)
    assert rows, text
    out = []
    for r in rows:
        fat = r.get("fatalities")
        out.append(fat.get("value") if isinstance(fat, dict) else fat)
    return out


def _killed(text: str) -> list[float | None]:
    return [q.value for q in find_quantities(text) if q.unit == "killed"]


# ------------------------------------------------------------------------------------ a cue between quotation marks
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("وأوضح المتحدث أن دورية تعرضت لمقذوف من خارج الحدود، ما نتج عنه «استشهاد» أحد أفرادها وإصابة آخر.", [1.0]),
        ('سقطت قذيفة على منزل في المدينة، نتج عنه "استشهاد" أحد المواطنين صباح اليوم.', [1.0]),
        ("وأعلنت القيادة «استشهاد» جندي من قواتها المشاركة في العمليات.", [1.0]),
        # the count after the quoted cue is read as before
        ("ونتج عن الهجوم «استشهاد» ثلاثة من رجال الأمن وإصابة خمسة آخرين.", [3.0]),
    ],
)
def test_quoted_cue_counts_its_person(text: str, killed: list[float]) -> None:
    assert _killed(text) == killed


def test_quoted_cue_row_takes_one(pipeline: Pipeline) -> None:
    text = (
        "أعلن الدفاع المدني أن مقذوفا عسكريا أطلق من داخل الأراضي اليمنية سقط فجر اليوم على منزل في مدينة نجران، "
        "ما نتج عنه «استشهاد» أحد المواطنين وإصابة طفل."
    )
    assert 1 in _tolls(pipeline, text)


def test_quoted_word_that_is_no_cue_counts_nothing() -> None:
    # a quoted word that is no casualty cue before a person noun: nothing (trap)
    assert _killed("ووصف البيان «الهجوم» بأنه جبان، وقال إن أحد المواطنين شاهد السيارة.") == []


# -------------------------------------------------------------------- the happening's pronoun between cue and person
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("ووقع تبادل لإطلاق النار على الحدود بين الجيش ومسلحين قتل خلاله جندي من حرس الحدود.", [1.0]),
        ("واستعادت القوات البلدة بعد معارك عنيفة قتل فيها أحد قادة التنظيم البارزين.", [1.0]),
        ("وتعرض الموكب لكمين استشهد خلاله ضابط في الجيش.", [1.0]),
    ],
)
def test_pronoun_between_cue_and_person(text: str, killed: list[float]) -> None:
    assert _killed(text) == killed


def test_pronoun_between_injured_cue_is_no_dead() -> None:
    # the same form with a cue of wounding counts an injured person, not a dead one (trap)
    qs = [(q.unit, q.value) for q in find_quantities("وقع انفجار في السوق أصيب فيه رجل بجروح طفيفة.")]
    assert ("injured", 1.0) in qs and all(u != "killed" for u, _ in qs)


def test_pronoun_clash_row_takes_both_sides(pipeline: Pipeline) -> None:
    text = "ووقع تبادل لإطلاق النار عبر الحدود يوم الخميس بين الجيش ومسلحي التنظيم قتل خلاله جندي وأحد مسلحي التنظيم."
    assert 2 in _tolls(pipeline, text)


# ------------------------------------------------------------------ the dead told by a plural relative clause: ten
@pytest.mark.parametrize(
    "text",
    [
        "قدم أمير المنطقة مساء أمس واجب العزاء لذوي شهداء الواجب الذين استشهدوا في حادث التفجير الإرهابي الذي استهدف "
        "مسجد قوة الطوارئ أثناء صلاة الظهر.",
        "وجه المحافظ بتسمية شوارع في المدينة بأسماء رجال الأمن الذين قضوا خلال التفجير الانتحاري الذي استهدف "
        "مقر الكتيبة الأسبوع الماضي.",
        "وأدى الوزير صلاة الميت على الجنود الذين راحوا ضحية الهجوم الذي استهدف نقطة التفتيش في المحافظة.",
    ],
)
def test_relative_clause_of_the_dead_is_ten(pipeline: Pipeline, text: str) -> None:
    assert 10 in _tolls(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # the kingdom's martyrs at large, no happening named after the verb (trap)
        "وأكد الأمير اعتزاز البلاد بأبنائها الذين استشهدوا في سبيل حماية الوطن، مستنكرا التفجير الذي استهدف المسجد.",
        # those who killed, not those killed: the verb takes an object (trap)
        "وتعهد الوزير بملاحقة المسلحين الذين قتلوا الحراس وتبنوا الهجوم على المسجد.",
    ],
)
def test_relative_clause_without_a_happening_counts_nothing(pipeline: Pipeline, text: str) -> None:
    assert 10 not in _tolls(pipeline, text)


def test_relative_clause_yields_to_a_count(pipeline: Pipeline) -> None:
    # the article counts its dead: the count stands, not ruling (4)'s ten (trap)
    text = (
        "أسفر التفجير الانتحاري الذي استهدف مسجدا في المدينة عن مقتل 12 شخصا. وقدم المحافظ التعازي لذوي الضحايا "
        "الذين قضوا في التفجير."
    )
    tolls = _tolls(pipeline, text)
    assert 12 in tolls and 10 not in tolls


# ------------------------------------------------------------------- a condolence far from an article's only row
def test_condolence_far_from_the_only_row(pipeline: Pipeline) -> None:
    text = (
        "أمير المنطقة يستنكر تفجير مسجد قوة الطوارئ\n\n"
        "وصف أمير المنطقة الحادث الإجرامي الذي تعرض له رجال الأمن وهم يؤدون صلاة الظهر بمسجد قوة الطوارئ أمس "
        "الخميس بأنه عمل إرهابي غادر.\n"
        "وأكد أن أمن الوطن في أيد أمينة، وأن رجال الأمن سيواصلون أداء واجبهم بكل عزيمة.\n"
        "وقال إن أبناء المنطقة يقفون صفا واحدا خلف قيادتهم في مواجهة الفكر الضال.\n"
        "ورفع في ختام تصريحه أحر التعازي لأسر الشهداء، سائلا الله أن يمن على المصابين بالشفاء."
    )
    assert _tolls(pipeline, text)[0] == 10


# ------------------------------------------------------------------------------- a night named by two weekdays
def _dated(pipeline: Pipeline, text: str, published: str) -> list[tuple[Any, Any]]:
    rows = _violent(pipeline, text, published)
    assert rows, text
    return [((r.get("date") or {}).get("value"), r.get("granularity")) for r in rows]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # Sunday's paper: the raids of the night of Friday to Saturday are Friday's (not an aggregate with no day)
        ("شنت طائرات التحالف غارات على مواقع الحوثيين في صنعاء ليل الجمعة - السبت.", "2015-07-26", "2015-07-24"),
        ("أطلق المتمردون صواريخ على أحياء سكنية في مدينة تعز ليل الأحد / الاثنين.", "2015-07-31", "2015-07-26"),
        # "ليلة الأحد" alone is the eve of Sunday; with its second day it is Sunday's night
        ("أطلق المتمردون صواريخ على أحياء سكنية في مدينة تعز ليلة الأحد - الاثنين.", "2015-07-31", "2015-07-26"),
        (
            "قصفت قوات النظام بلدة في ريف إدلب ليلة الاثنين على الثلاثاء ما أدى إلى مقتل ثلاثة مدنيين.",
            "2015-07-23",
            "2015-07-20",
        ),
        # the small hours after its midnight are the second day's
        ("قتل مدني في انفجار لغم جنوب شرقي تركيا بعد منتصف ليل الأربعاء - الخميس.", "2015-08-07", "2015-08-06"),
    ],
)
def test_a_night_of_two_weekdays_is_the_first_days(pipeline: Pipeline, text: str, published: str, day: str) -> None:
    assert (day, "discrete") in _dated(pipeline, text, published)


@pytest.mark.parametrize(
    ("night", "day"),
    [
        ("ليلة الاثنين", "2015-07-19"),  # the eve of Monday, as before (trap)
        ("ليل الاثنين", "2015-07-20"),
        ("ليل الاثنين الثلاثاء", "2015-07-20"),  # read so before too
    ],
)
def test_one_night_reads_as_before(pipeline: Pipeline, night: str, day: str) -> None:
    text = f"قصفت قوات النظام بلدة في ريف إدلب {night} ما أدى إلى مقتل ثلاثة مدنيين."
    assert _dated(pipeline, text, "2015-07-23")[0][0] == day
