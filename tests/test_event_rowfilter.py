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


# ----------------------------------------------------------------------------------------------- the wired filter
_STRIKE = (
    "مقتل ثلاثة مدنيين في غارة جوية على ريف إدلب",
    "قتل ثلاثة مدنيين وأصيب خمسة آخرون أمس الأحد في غارة جوية شنتها طائرات حربية على سوق بلدة سراقب في ريف "
    "إدلب، بحسب ما أفاد ناشطون.",
)
_FIGURE = (
    "حرب الأسعار تشتعل في أسواق الرياض",
    "اشتعلت حرب الأسعار بين شركات الاتصالات في الرياض أمس، وقصفت الشركات منافسيها بعروض جديدة في السوق.",
)


def _run(title: str, body: str, **settings: object) -> list[dict[str, object]]:
    import json

    import rasd
    from rasd.ingest.jsonl import read_line

    line = json.dumps({"title": title, "text": body, "published": "2015-08-03"}, ensure_ascii=False)
    pipeline = rasd.Pipeline(settings=rasd.Settings(**settings))  # type: ignore[arg-type]
    return [e for e in pipeline.run(read_line(line.encode("utf-8"))).events if isinstance(e, dict)]


def test_the_committed_weights_load_and_score_deterministically() -> None:
    from rasd.events.rowfilter import load_filter

    rf = load_filter()
    assert rf.features and 0.0 <= rf.threshold < 1.0 and rf.window > 0
    x = _features(_STRIKE[1], "غارة جوية", window=rf.window)
    assert rf.score(x) == rf.score(dict(x))
    assert 0.0 < rf.score(x) < 1.0


def test_a_plain_strike_is_kept_by_the_committed_filter() -> None:
    events = _run(*_STRIKE, row_filter=True)
    assert any(e["acled_row"] and "filter_score" not in e for e in events)


def test_a_row_under_the_threshold_stays_an_event_but_is_no_row() -> None:
    from rasd.document import Block, BlockKind, Document
    from rasd.events.rowfilter import RowFilter, filter_rows

    # a filter that trusts sport and economy words in the sentence very little
    rf = RowFilter(
        window=5, words=False, threshold=0.5, bias=2.0, features={"cue_sentence:sport_economy": (-6.0, 0.0, 1.0)}
    )
    title, body = _FIGURE
    text = title + "\n\n" + body
    doc = Document(text=text)
    doc.blocks = [Block(BlockKind.TITLE, 0, len(title)), Block(BlockKind.PARAGRAPH, len(title) + 2, len(text))]
    start = text.index("وقصفت")
    row = {
        "acled_event_type": "Explosions/Remote violence",
        "granularity": "discrete",
        "acled_row": True,
        "trigger": {"start": start, "end": start + 5},
        "evidence": {"start": len(title) + 2, "end": len(text)},
    }
    events: list[dict[str, object]] = [row]
    filter_rows(doc, events, rf)  # type: ignore[arg-type]
    assert events == [row] and row["acled_row"] is False
    assert isinstance(row["filter_score"], float) and row["filter_score"] < 0.5
    assert "cue_sentence:sport_economy" in str(row["filter_reason"])


def test_the_off_switch_keeps_the_rules_rows() -> None:
    off = _run(*_FIGURE, row_filter=False)
    assert all("filter_score" not in e for e in off)
    on = _run(*_FIGURE, row_filter=True)
    assert [e["acled_event_type"] for e in on] == [e["acled_event_type"] for e in off]
