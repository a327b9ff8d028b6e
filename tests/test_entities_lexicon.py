"""The actor lexicon: aliases (partisan forms, typos, clitics) map to canonical actors with ACLED names."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.ner.lexicon import load_lexicon
from rasd.stages.entities import ActorEntity, find_entities
from rasd.stages.segment import segment_document


def actors_in(text: str) -> list[tuple[str, str | None]]:
    doc = Document(text=text)
    segment_document(doc)
    out = []
    for e in find_entities(doc):
        assert isinstance(e, ActorEntity)
        assert doc.text[e.start : e.end] == text[e.start : e.end]
        if e.actor_id is not None:
            out.append((text[e.start : e.end], e.actor_id))
    return out


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        ("قصفت قوات النظام بلدة في ريف إدلب.", "قوات النظام", "syr-gov-forces"),
        ("واستهدفت قوات الأسد الأحياء السكنية.", "قوات الأسد", "syr-gov-forces"),
        ("وارتكبت عصابات الأسد مجزرة جديدة.", "عصابات الأسد", "syr-gov-forces"),
        ("أعلن الجيش العربي السوري سيطرته على التلة.", "الجيش العربي السوري", "syr-gov-forces"),
        ("وتقدم جيش النظام نحو القرية.", "جيش النظام", "syr-gov-forces"),
        ("شن الطيران الروسي عشر غارات.", "الطيران الروسي", "rus-forces"),
        ("وقصفت قوات الاحتلال الروسية المستشفى.", "قوات الاحتلال الروسية", "rus-forces"),
        ("واتهم الأهالي الاحتلال الروسي بقصف السوق.", "الاحتلال الروسي", "rus-forces"),
        ("ودفعت القوات التركية بتعزيزات جديدة.", "القوات التركية", "tur-forces"),
        ("وشاركت الميليشيات الإيرانية في الهجوم.", "الميليشيات الإيرانية", "irn-militias"),
        ("وحاولت المليشيات الإيرانية التسلل.", "المليشيات الإيرانية", "irn-militias"),
        ("قالت هيئة تحرير الشام إنها صدت الهجوم.", "هيئة تحرير الشام", "syr-hts"),
        ("وكانت جبهة النصرة تسيطر على المدينة.", "جبهة النصرة", "syr-hts"),
        ("وبايع مقاتلو جبهة النصر قائدهم.", "جبهة النصر", "syr-hts"),
        ("أعلنت الجبهة الوطنية للتحرير النفير العام.", "الجبهة الوطنية للتحرير", "syr-nlf"),
        ("وقال قادة الجيش السوري الحر إنهم مستعدون.", "الجيش السوري الحر", "syr-fsa"),
        ("وانضم الجيش الوطني السوري إلى المعركة.", "الجيش الوطني السوري", "syr-sna"),
        ("وأرسل تجمع أحرار الشرقية مقاتلين.", "تجمع أحرار الشرقية", "syr-ahrar-sharqiya"),
        ("وسيطرت قسد على حقول النفط.", "قسد", "syr-sdf"),
        ("وانسحبت قوات سوريا الديمقراطية من البلدة.", "قوات سوريا الديمقراطية", "syr-sdf"),
        ("وهاجم تنظيم الدولة نقطة عسكرية.", "تنظيم الدولة", "islamic-state"),
        ("وتبنى داعش التفجير.", "داعش", "islamic-state"),
        ("وقاتل حزب الله إلى جانب النظام.", "حزب الله", "lbn-hezbollah"),
        ("وقصف التحالف الدولي مواقع التنظيم.", "التحالف الدولي", "coalition-daesh"),
        ("وانتشلت فرق الدفاع المدني الضحايا.", "فرق الدفاع المدني", "syr-civil-defence"),
        ("وأظهرت صور الخوذ البيضاء الدمار.", "الخوذ البيضاء", "syr-civil-defence"),
        ("ووثق المرصد السوري لحقوق الإنسان مقتل خمسة.", "المرصد السوري لحقوق الإنسان", "sohr"),
        ("وبحسب الرصد السوري لحقوق الإنسان فإن القصف مستمر.", "الرصد السوري لحقوق الإنسان", "sohr"),
        ("ونشرت الشبكة السورية لحقوق الإنسان تقريرها.", "الشبكة السورية لحقوق الإنسان", "snhr"),
        ("وقال مراسل عنب بلدي إن الطريق مغلق.", "عنب بلدي", "enab-baladi"),
        ("واستهدف الحوثيون سفينة في البحر الأحمر.", "الحوثيون", "yem-houthi"),
        ("وتقدمت قوات الدعم السريع نحو المدينة.", "قوات الدعم السريع", "sdn-rsf"),
        ("وأطلقت كتائب القسام صواريخ.", "كتائب القسام", "pse-hamas"),
        ("واقتحم جيش الاحتلال مخيم جنين.", "جيش الاحتلال", "isr-forces"),
        ("وهاجمت فصائل الحشد الشعبي المواقع.", "الحشد الشعبي", "irq-pmf"),
    ],
)
def test_alias_maps_to_actor(text: str, surface: str, actor_id: str) -> None:
    assert (surface, actor_id) in actors_in(text)


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        # proclitics: و ف ب ل ك and the article fused with them
        ("وأكد مصدر أن لقوات النظام نقاطا قريبة.", "قوات النظام", "syr-gov-forces"),
        # ل + ال is written لل: the span starts after it (the article cannot be cut out of the source)
        ("وصدت الفصائل هجوما للميليشيات الإيرانية.", "ميليشيات الإيرانية", "irn-militias"),
        ("ونفى المتحدث باسم الجبهة الوطنية للتحرير وجود انسحاب.", "الجبهة الوطنية للتحرير", "syr-nlf"),
        ("وقالت مصادر مقربة من هيئة تحرير الشام، وبالهيئة أيضا.", "هيئة تحرير الشام", "syr-hts"),
    ],
)
def test_alias_with_proclitics(text: str, surface: str, actor_id: str) -> None:
    assert (surface, actor_id) in actors_in(text)


@pytest.mark.parametrize(
    ("text", "weak", "expected"),
    [
        # a weak alias counts when the article names an actor of the same country by a full alias
        ("قصفت قوات النظام القرية، وقال الأهالي إن النظام يستهدف المدارس.", "النظام", "syr-gov-forces"),
        ("أكد الناطق باسم هيئة تحرير الشام أن الهيئة صدت الهجوم.", "الهيئة", "syr-hts"),
        ("قصفت قوات الأسد القرى، وقالت المعارضة إنها استعادت التلة.", "المعارضة", "syr-opposition"),
        # ... and not in an article where nothing else points to Syria
        ("قال الخبير إن النظام الضريبي الجديد سيطبق العام المقبل.", "النظام", None),
        ("وقالت المعارضة البرلمانية إنها سترفض الموازنة.", "المعارضة", None),
        # words that are also ordinary nouns: the base, Anatolia, a ministry of another country
        ("أعلن تنظيم القاعدة مسؤوليته، وقالت القاعدة في بيان إنها ستواصل.", "القاعدة", "al-qaeda"),
        ("استهدفت طائرات مسيرة القاعدة الروسية في حميميم فجر اليوم.", "القاعدة", None),
        ("ضربت الغارة قياديا في «القاعدة» جنوب ليبيا.", "القاعدة", "al-qaeda"),  # quoted: the organisation's name
        ("تقع القرية على هضبة الأناضول قرب الحدود.", "الأناضول", None),
        ("ذكرت الأناضول أن القوات التركية قصفت مواقع للوحدات الكردية.", "الأناضول", "anadolu"),
        ("أعلنت وزارة الدفاع الوطني الجزائرية مقتل مسلحين في تيبازة.", "الدفاع الوطني", None),
        ("اشتبكت قوات النظام مع عناصر الدفاع الوطني في حي الزهراء.", "الدفاع الوطني", "syr-ndf"),
    ],
)
def test_weak_alias_needs_context(text: str, weak: str, expected: str | None) -> None:
    found = dict(actors_in(text))
    assert found.get(weak) == expected


@pytest.mark.parametrize(
    ("actor_id", "acled", "inter"),
    [
        ("syr-gov-forces", "Military Forces of Syria (2000-2024)", 1),
        ("rus-forces", "Military Forces of Russia (2000-)", 8),
        ("tur-forces", "Military Forces of Turkey (2016-)", 8),
        ("syr-hts", "HTS: Hayat Tahrir al Sham", 2),
        ("irn-militias", "Militia (Pro-Iran)", 3),
        ("syr-sdf", "QSD: Syrian Democratic Forces", 2),
        ("yem-houthi", "Military Forces of Yemen (2017-) Houthi", 1),
        ("sdn-rsf", "RSF: Rapid Support Forces", 2),
    ],
)
def test_acled_names_and_inter_codes(actor_id: str, acled: str, inter: int) -> None:
    actor = load_lexicon().by_id[actor_id]
    assert actor.acled == acled
    assert actor.inter == inter
    assert actor.acled_seen


def test_country_template_is_filled() -> None:
    actor = load_lexicon().by_id["islamic-state"]
    assert actor.acled_name("Iraq") == "Islamic State (Iraq)"
    assert actor.acled_name(None) is None


def test_every_actor_is_complete() -> None:
    lexicon = load_lexicon()
    assert len(lexicon.actors) >= 90
    for actor in lexicon.actors:
        assert actor.aliases, actor.id
        assert actor.type in {"ORG", "PER"}, actor.id
        assert actor.inter is None or 1 <= actor.inter <= 8, actor.id
        assert actor.acled is not None or not actor.acled_seen, actor.id
    countries = {a.country for a in lexicon.actors}
    assert {"SYR", "IRQ", "YEM", "LBN", "LBY", "SDN", "PSE", "ISR"} <= countries


def test_hts_former_names_are_dated() -> None:
    hts = load_lexicon().by_id["syr-hts"]
    assert dict(hts.former) == {"جبهة النصرة": "2016-07-28", "جبهة فتح الشام": "2017-01-28"}
    assert hts.valid[0] == "2017-01-28"


@pytest.mark.parametrize(
    "text",
    [
        "وفتح المسلحون النار على الحافلة قرب الحاجز.",  # the verb "opened", not the Fatah movement
        "فتح الجيش الطريق الدولي أمام حركة الشاحنات.",
    ],
)
def test_verb_is_not_an_actor(text: str) -> None:
    assert actors_in(text) == []
