"""The text features of the learned row filter (src/rasd/events/rowfilter.py; sentences written for these tests)."""

from rasd.events.lexicon import word_set
from rasd.events.rowfilter import CUES, dict_features, row_features, stem
from rasd.text.normalize import normalize

_FIELDS = {"num": {"n_rows": 0.69, "first_row": 1.0, "has_location": 1.0}, "cat": {"event_class": "air_strike"}}


def _features(text: str, trigger: str, shift: int = 0, **kw: object) -> dict[str, float]:
    start = text.index(trigger)
    info = {"trigger": (start, start + len(trigger)), "evidence": (shift, len(text)), "event_class": "air_strike"}
    return row_features(text, shift, info, _FIELDS, **kw)  # type: ignore[arg-type]


def test_the_cue_lists_are_in_the_resource() -> None:
    for name in CUES:
        words = word_set(f"filter_{name}")
        assert words and all(w == normalize(w) for w in words)


def test_stem_strips_the_article_and_a_lone_conjunction_only() -> None:
    assert stem("وبالمدينة") == normalize("مدينة")
    assert stem("للجيش") == "جيش"
    assert stem("وقال") == "قال"
    assert stem("بيان") == "بيان"


def test_a_plain_strike_has_no_plan_or_condolence_cue() -> None:
    x = _features("قتل خمسة مدنيين أمس في غارة جوية استهدفت سوقا شعبيا في ريف إدلب", "غارة جوية")
    assert "b:number_in_sentence" not in x  # a number in words is not a digit token
    assert "cue_sentence:date_words" in x
    assert not any(k.startswith(("cue_before:future", "cue_sentence:condolence")) for k in x)
    assert x["t:" + normalize("غارة جوية")] == 1.0
    assert x["pos:lead"] == 1.0


def test_a_threat_and_a_condolence_set_their_cues() -> None:
    threat = _features("وتوعد قائد الميليشيا بشن هجوم واسع على المدينة خلال الأيام المقبلة", "هجوم")
    assert threat["cue_before:future"] == 1.0 and threat["cue_sentence:future"] == 1.0
    grief = _features("وبعث الأمير برقية تعزية إلى أسر ضحايا التفجير الذي وقع في العاصمة", "التفجير")
    assert grief["cue_before:condolence"] == 1.0


def test_clitics_do_not_hide_a_cue() -> None:
    x = _features("وفي المباراة سجل اللاعب هدفا وأصيب المدافع بعد اصطدام عنيف", "اصطدام")
    assert x["cue_sentence:sport_economy"] == 1.0 and x["cue_sentence:crime_accident"] == 1.0


def test_position_title_and_later() -> None:
    title = "غارة على حلب"
    text = title + "\n\n" + "قال المرصد إن الطائرات قصفت الحي. وفي وقت لاحق سقطت قذائف على المدينة."
    shift = len(title) + 2
    assert _features(text, "غارة", shift=shift)["pos:title"] == 1.0
    later = text.index("وفي وقت")
    info = {"trigger": (text.index("قذائف"), text.index("قذائف") + 5), "evidence": (later, len(text))}
    assert row_features(text, shift, info, _FIELDS)["pos:later"] == 1.0


def test_features_are_deterministic_and_words_can_be_left_out() -> None:
    text = "أعلن الجيش أنه سيرد على أي هجوم يستهدف قواته في الحدود"
    a, b = _features(text, "هجوم"), _features(text, "هجوم")
    assert a == b
    bare = _features(text, "هجوم", words=False)
    assert not any(k.startswith(("t:", "w:", "s:")) for k in bare)
    assert "cue_sentence:quote" in bare


def test_dict_features_of_an_event() -> None:
    e = {
        "trigger": {"start": 40, "end": 45},
        "evidence": {"start": 30, "end": 90},
        "location": {"admin1": "Aleppo"},
        "date": {"value": "2015-08-01", "time_precision": 1},
        "actor1": {"name": "X", "entity": "T1"},
        "actor2": {"name": "Civilians"},
        "fatalities": {"value": 3},
        "mentions": [{"trigger": {"start": 5, "end": 9}, "evidence": {"start": 0, "end": 20}}],
        "acled_event_type": "Explosions/Remote violence",
        "event_class": "air_strike",
        "status": "reported",
    }
    f = dict_features(e, doc_len=200, shift=22, rank=0, n_rows=2, same_sentence=1)
    assert f["num"]["in_title"] == 1.0 and f["num"]["has_fatalities"] == 1.0 and f["num"]["actor2"] == 1.0
    assert f["cat"]["actor1_certainty"] == "named" and f["cat"]["event_class"] == "air_strike"
