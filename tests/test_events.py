"""The events stage on sentences and articles written for rasd: every ACLED sub-event type, and the traps.

Each row is one sentence of the kind Arabic news writes, read alone (as a JSONL line without title or date would
be) or with a publication date. The seed article test reads ../shared and skips visibly without it.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from rasd import Pipeline
from rasd.document import Document
from rasd.events.lexicon import ACLED_SUB_TYPES, conjugate, event_lexicon
from rasd.ingest import parse_string
from rasd.ingest.jsonl import read_line
from tests.conftest import SHARED, needs_shared

_PIPE = Pipeline()


def _events(text: str, published: str | None = "2021-03-14", fmt: str = "text") -> list[dict[str, Any]]:
    doc = parse_string(text, fmt=fmt, published=published)
    _PIPE.run(doc)
    assert not doc.errors, doc.errors
    assert not doc.validate_spans()
    for ev in doc.events:
        for m in ev["mentions"]:
            for key in ("trigger", "evidence"):
                span = m[key]
                assert doc.text[span["start"] : span["end"]] == span["text"]
    return doc.events


def _rows(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e["acled_row"]]


# ------------------------------------------------------------------------------------------ every sub-type
SUB_TYPES = [
    ("Armed clash", "اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في محيط بلدة كفرنبودة بريف حماة الشمالي."),
    ("Government regains territory", "استعادت قوات النظام السيطرة على مدينة تدمر بعد معارك مع تنظيم داعش."),
    ("Non-state actor overtakes territory", "سيطر تنظيم داعش على مدينة تدمر بعد انسحاب قوات النظام منها."),
    ("Chemical weapon", "قصفت قوات النظام بلدة كفرزيتا بغاز الكلور ما أدى إلى حالات اختناق بين المدنيين."),
    ("Air/drone strike", "قتل خمسة مدنيين في غارة جوية شنها الطيران الروسي على مدينة أريحا جنوبي إدلب."),
    ("Air/drone strike", "استهدفت طائرة مسيرة سيارة في مدينة مأرب ما أدى إلى مقتل ثلاثة أشخاص."),
    ("Suicide bomb", "فجر انتحاري نفسه في سوق شعبي ببغداد ما أسفر عن مقتل 12 شخصا."),
    (
        "Shelling/artillery/missile attack",
        "سقطت قذائف هاون على حي سكني في مدينة تعز أمس، ما أدى إلى إصابة أربعة مدنيين.",
    ),
    ("Remote explosive/landmine/IED", "انفجرت عبوة ناسفة بدورية للشرطة في مدينة العريش."),
    ("Grenade", "ألقى مجهولون قنبلة يدوية على منزل في مدينة درعا."),
    ("Sexual violence", "اتهمت منظمة حقوقية عناصر من قوات الدعم السريع باغتصاب نساء في مدينة الجنينة."),
    ("Attack", "أطلق مسلحون مجهولون النار على مدنيين في مدينة درعا فقتلوا اثنين منهم."),
    ("Abduction/forced disappearance", "اختطف مسلحون مجهولون ناشطا في مدينة طرابلس الليبية."),
    ("Peaceful protest", "تظاهر مئات المواطنين في مدينة السويداء للمطالبة بتحسين الأوضاع المعيشية."),
    ("Protest with intervention", "فرقت قوات الأمن بالغاز المسيل للدموع مظاهرة في وسط الخرطوم."),
    (
        "Excessive force against protesters",
        "أطلقت قوات الأمن الرصاص الحي على المتظاهرين في مدينة البصرة ما أدى إلى مقتل متظاهرين اثنين.",
    ),
    (
        "Violent demonstration",
        "أحرق محتجون غاضبون الإطارات وأغلقوا الطرق في مدينة صيدا خلال احتجاجات على غلاء المعيشة.",
    ),
    ("Mob violence", "سحل حشد غاضب رجلا متهما بالسرقة في أحد أحياء مقديشو."),
    ("Agreement", "توصلت الأطراف المتحاربة إلى اتفاق لوقف إطلاق النار في مدينة الحديدة."),
    ("Arrests", "شنت قوات الأمن حملة اعتقالات طالت عشرات الناشطين في مدينة حمص."),
    ("Change to group/activity", "وصلت تعزيزات عسكرية لقوات النظام إلى ريف إدلب الجنوبي."),
    (
        "Disrupted weapons use",
        "اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقته ميليشيا الحوثي باتجاه مدينة جازان.",
    ),
    ("Headquarters or base established", "أنشأت القوات التركية نقطة مراقبة جديدة قرب بلدة سراقب."),
    ("Looting/property destruction", "هدمت قوات الاحتلال منازل فلسطينية في بلدة سلوان."),
    ("Non-violent transfer of territory", "انسحبت قوات سوريا الديمقراطية من مدينة منبج وسلمت مواقعها لقوات النظام."),
    ("Other", "فرضت السلطات حظر التجول في مدينة البصرة بعد ليلة من الاضطرابات."),
]


@pytest.mark.parametrize(("sub", "sentence"), SUB_TYPES, ids=[f"{s}-{i}" for i, (s, _) in enumerate(SUB_TYPES)])
def test_sub_event_type_found(sub: str, sentence: str) -> None:
    events = _events(sentence)
    subs = [e["acled_sub_event_type"] for e in events if e["granularity"] == "discrete"]
    assert sub in subs, [(e["acled_sub_event_type"], e["granularity"], e["status"]) for e in events]
    ev = next(e for e in events if e["acled_sub_event_type"] == sub)
    assert ev["acled_event_type"] == ACLED_SUB_TYPES[sub]
    assert ev["plover_type"] and ev["cameo"]


def test_every_sub_type_is_reachable_from_the_lexicon() -> None:
    lex = event_lexicon()
    reachable = {c.acled_sub_type for c in lex.classes.values() if c.acled_sub_type}
    # the capture class codes both territory sub-types; protests are refined by their cues
    reachable |= {
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Protest with intervention",
        "Excessive force against protesters",
    }
    missing = set(ACLED_SUB_TYPES) - reachable
    assert not missing
    assert {s for s, _ in SUB_TYPES} == set(ACLED_SUB_TYPES)


def test_sentence_alone_without_title_or_date() -> None:
    line = json.dumps({"id": "s1", "text": "قتل ثلاثة مدنيين بقصف مدفعي استهدف بلدة معرة النعمان."}, ensure_ascii=False)
    doc = read_line(line.encode("utf-8"))
    _PIPE.run(doc)
    assert [e["acled_sub_event_type"] for e in doc.events] == ["Shelling/artillery/missile attack"]
    ev = doc.events[0]
    assert ev["date"]["value"] is None
    assert ev["fatalities"]["value"] == 3
    assert ev["actor2"]["name"].startswith("Civilians")


# Single sentences as a wire service writes them, read alone with no title, date or named place: assaults and
# protests most of all (the event must be found and typed even when nothing locates it).
ALONE = [
    ("Attack", "قتل مسلحون مجهولون ثلاثة رعاة أغنام في منطقة صحراوية جنوب المدينة."),
    ("Attack", "أعدم عناصر التنظيم خمسة أسرى رميا بالرصاص في ساحة عامة."),
    ("Attack", "تعرضت حافلة تقل ركابا مدنيين لإطلاق نار على الطريق السريع ما أدى لإصابة سائقها."),
    ("Attack", "لقي مزارع حتفه برصاص دورية حرس الحدود أثناء عمله في أرضه."),
    ("Attack", "اقتحمت عناصر ميليشيا مسلحة سوقا شعبيا وأطلقت النار على الباعة."),
    ("Abduction/forced disappearance", "اختطف مسلحون ملثمون رجل أعمال من أمام منزله وطالبوا بفدية مالية."),
    ("Abduction/forced disappearance", "ما زال مصير الصحفي مجهولا بعد اختطافه على يد جماعة مسلحة الأسبوع الماضي."),
    ("Peaceful protest", "خرج مئات المتقاعدين في مسيرة سلمية أمام مجلس النواب للمطالبة بزيادة معاشاتهم."),
    ("Peaceful protest", "نفذ الأطباء إضرابا شاملا في المستشفيات الحكومية احتجاجا على الاعتداءات المتكررة."),
    ("Peaceful protest", "تظاهر عشرات الناشطين أمام السفارة تنديدا بالحرب."),
    ("Peaceful protest", "واصل المعتصمون اعتصامهم لليوم العاشر في الساحة الرئيسية."),
    ("Protest with intervention", "اعتقلت الشرطة عشرات المحتجين خلال مسيرة ليلية في وسط المدينة."),
    ("Protest with intervention", "فرقت قوات مكافحة الشغب تجمعا للطلاب باستخدام خراطيم المياه."),
    (
        "Excessive force against protesters",
        "أصيب عشرات المتظاهرين برصاص قوات الأمن أثناء احتجاجهم على نتائج الانتخابات.",
    ),
    ("Violent demonstration", "أحرق محتجون مقر المجلس البلدي وحطموا واجهات المحال التجارية."),
    ("Violent demonstration", "تحولت المظاهرة إلى أعمال شغب بعد أن رشق المحتجون الشرطة بالحجارة."),
    ("Mob violence", "اعتدى حشد من الغاضبين على شاب متهم بالتجديف وأحرقوا منزله."),
    ("Armed clash", "اندلعت اشتباكات بين قوات الجيش ومسلحين قبليين أسفرت عن مقتل أربعة جنود."),
    ("Armed clash", "تبادلت قوات حرس الحدود إطلاق النار مع مهربين مسلحين قرب الشريط الحدودي."),
    ("Armed clash", "دارت معارك عنيفة بين الفصائل المسلحة والقوات الحكومية على أطراف المدينة."),
    ("Shelling/artillery/missile attack", "قصفت مدفعية الجيش تجمعات للمسلحين في الجبال المحيطة."),
    ("Shelling/artillery/missile attack", "سقطت قذيفة هاون على مدرسة ابتدائية ما أدى إلى إصابة ثلاثة تلاميذ."),
    ("Air/drone strike", "شنت مقاتلات حربية غارات على مواقع للتنظيم شرقي البلاد."),
    ("Air/drone strike", "استهدفت طائرة مسيرة اجتماعا لقادة الجماعة في إحدى القرى."),
    ("Remote explosive/landmine/IED", "انفجرت سيارة مفخخة قرب مبنى حكومي مخلفة عشرات القتلى والجرحى."),
    ("Remote explosive/landmine/IED", "قتل جندي وأصيب اثنان آخران بانفجار لغم أرضي أثناء دورية."),
    ("Suicide bomb", "فجر انتحاري نفسه عند بوابة معسكر للجيش ما أدى إلى مقتل ستة جنود."),
    ("Grenade", "ألقى مجهول قنبلة يدوية على مقهى شعبي ما أسفر عن إصابة خمسة أشخاص."),
    ("Arrests", "ألقت الأجهزة الأمنية القبض على خلية إرهابية كانت تخطط لتنفيذ هجمات."),
    ("Arrests", "اعتقلت قوات الاحتلال عشرة فلسطينيين خلال حملة مداهمات في الضفة الغربية."),
    ("Sexual violence", "اتهمت تقارير أممية عناصر من القوات النظامية بارتكاب عمليات اغتصاب جماعي."),
    ("Change to group/activity", "أرسل الجيش تعزيزات عسكرية كبيرة إلى الحدود الشرقية."),
    ("Looting/property destruction", "نهب مسلحون مخازن الأغذية التابعة لبرنامج الأغذية العالمي."),
    ("Headquarters or base established", "أقامت القوات الأجنبية قاعدة عسكرية جديدة في المنطقة الشمالية."),
    ("Disrupted weapons use", "أسقطت الدفاعات الجوية طائرة مسيرة مفخخة قبل وصولها إلى هدفها."),
    ("Agreement", "اتفقت الأطراف المتنازعة على هدنة إنسانية لمدة ثلاثة أيام."),
    ("Attack", "قتلت عناصر من الميليشيا مزارعا في حقله شمال المدينة بعد رفضه دفع إتاوة."),
    ("Attack", "لقي رجل مصرعه برصاص مسلحين يستقلون دراجة نارية في سوق المدينة."),
    ("Attack", "أقدم مسلح على إطلاق النار على حافلة تقل طلابا مما أدى إلى إصابة أربعة منهم."),
    ("Attack", "أحرق مسلحون منازل مدنيين في قرية حدودية وقتلوا ثلاثة من سكانها."),
    ("Attack", "استهدف مسلحون مجهولون سيارة إسعاف بوابل من الرصاص."),
    ("Attack", "تعرض صحفي للضرب على أيدي عناصر من الشرطة أثناء تغطيته الانتخابات."),
    ("Attack", "قتل مسلحون من جماعة بوكو حرام 12 قرويا في هجوم على قرية بولاية بورنو."),
    ("Abduction/forced disappearance", "اختطفت جماعة مسلحة ثلاثة عمال أجانب من موقع نفطي في الصحراء."),
    ("Abduction/forced disappearance", "أقدم مجهولون على خطف طفل من أمام مدرسته ونقلوه إلى جهة مجهولة."),
    ("Peaceful protest", "تظاهر مئات الطلاب أمام مبنى الجامعة احتجاجا على رفع الرسوم الدراسية."),
    ("Peaceful protest", "نفذ موظفو القطاع الصحي إضرابا عن العمل للمطالبة بتحسين أجورهم."),
    ("Peaceful protest", "شارك المئات في مسيرة جابت شوارع المدينة تضامنا مع الأسرى."),
    ("Peaceful protest", "تواصلت الاحتجاجات لليوم الثالث على التوالي في عدد من المدن الجنوبية."),
    ("Peaceful protest", "نظم أهالي الحي وقفة أمام مقر البلدية احتجاجا على انقطاع المياه."),
    ("Protest with intervention", "فرقت الشرطة بالهراوات مظاهرة لأنصار المعارضة واعتقلت العشرات."),
    ("Protest with intervention", "منعت قوات الأمن المحتجين من الوصول إلى القصر الرئاسي واعتقلت عددا منهم."),
    ("Excessive force against protesters", "أطلق الجنود الرصاص الحي على حشود المحتجين فقتلوا خمسة منهم على الأقل."),
    ("Violent demonstration", "اشتبك محتجون غاضبون مع قوات الأمن وأحرقوا مقرا لحزب حاكم."),
    ("Violent demonstration", "أغلق محتجون الطرق الرئيسية بالإطارات المشتعلة ورشقوا سيارات الشرطة بالحجارة."),
    ("Mob violence", "هاجم حشد غاضب مركزا للشرطة وأحرقه بعد مقتل شاب في ظروف غامضة."),
    ("Armed clash", "اندلعت مواجهات مسلحة بين الجيش ومسلحين قبليين قرب الحدود."),
    ("Armed clash", "صدت القوات الحكومية هجوما شنه مقاتلو الحركة على مواقعها في الجبل."),
    ("Shelling/artillery/missile attack", "قصفت المدفعية مواقع للمتمردين في التلال المحيطة بالمدينة."),
    ("Air/drone strike", "نفذت طائرة بدون طيار ضربة استهدفت سيارة تقل قياديين في التنظيم."),
    ("Remote explosive/landmine/IED", "أصيب خمسة جنود بانفجار عبوة ناسفة استهدفت آليتهم."),
    ("Suicide bomb", "قتل عشرون شخصا في هجوم انتحاري بسيارة مفخخة استهدف نقطة تفتيش."),
    ("Arrests", "اعتقلت قوات الأمن قياديا في حركة معارضة بتهمة التحريض على العنف."),
    ("Change to group/activity", "أعلنت عدة فصائل مسلحة اندماجها في تشكيل عسكري جديد."),
    ("Agreement", "وقعت الحكومة والمتمردون اتفاق سلام ينهي سنوات من القتال."),
    ("Attack", "اعتدى مجهولون بالضرب على صحفي أثناء تغطيته وقفة احتجاجية في وسط العاصمة."),
    ("Attack", "طعن شاب مسلح بسكين ثلاثة أشخاص في أحد شوارع المدينة."),
    ("Attack", "أطلق مسلحون النار على سيارة تقل موظفين حكوميين ما أدى إلى مقتل أحدهم."),
    ("Attack", "تعرض ناشط حقوقي لاعتداء من قبل عناصر أمنية بعد خروجه من مقر النقابة."),
    ("Attack", "قتل مسلحون مجهولون مختار القرية برصاصات في الرأس أمام منزله."),
    ("Attack", "اغتال مسلحون مجهولون ضابطا في الشرطة بإطلاق النار عليه في حي الجامعة."),
    ("Attack", "اقتحم مستوطنون قرية فلسطينية واعتدوا على الأهالي وأحرقوا عددا من السيارات."),
    ("Attack", "هاجم مسلحون قافلة مساعدات إنسانية وقتلوا سائقيها."),
    ("Attack", "قتل ثلاثة مدنيين برصاص قناص في حي الشيخ مقصود."),
    ("Abduction/forced disappearance", "خطف مسلحون طبيبا من عيادته واقتادوه إلى جهة مجهولة."),
    ("Abduction/forced disappearance", "أفادت عائلة الناشط بأنه اختفى قسريا بعد اعتقاله من قبل جهاز الأمن."),
    ("Peaceful protest", "خرج المئات في مسيرة سلمية للمطالبة بالإفراج عن المعتقلين."),
    ("Peaceful protest", "نظم العشرات من المعلمين وقفة احتجاجية أمام مقر وزارة التربية للمطالبة بزيادة الرواتب."),
    ("Peaceful protest", "احتشد آلاف المحتجين في ساحة التحرير رافعين شعارات تطالب بإسقاط الحكومة."),
    ("Peaceful protest", "نزل آلاف السودانيين إلى الشوارع في مظاهرات تطالب بالحكم المدني."),
    ("Peaceful protest", "تجمهر عشرات العمال أمام مبنى المحافظة احتجاجا على تأخر صرف رواتبهم."),
    ("Peaceful protest", "شارك الآلاف في تظاهرة حاشدة في العاصمة تنديدا بالغلاء."),
    ("Peaceful protest", "دخل عمال المصنع في إضراب مفتوح عن العمل للمطالبة بحقوقهم."),
    ("Peaceful protest", "اعتصم أهالي المفقودين أمام مقر الأمم المتحدة مطالبين بكشف مصير أبنائهم."),
    ("Protest with intervention", "فضت الشرطة بالقوة اعتصاما للطلاب أمام الجامعة واعتقلت عددا منهم."),
    ("Protest with intervention", "استخدمت قوات الأمن الغاز المسيل للدموع لتفريق المتظاهرين قرب البرلمان."),
    ("Excessive force against protesters", "قتل متظاهر وأصيب آخرون برصاص قوات الأمن خلال احتجاجات في مدينة الناصرية."),
    ("Violent demonstration", "رشق محتجون قوات الأمن بالحجارة وأضرموا النار في إطارات السيارات."),
    ("Violent demonstration", "اقتحم متظاهرون غاضبون مبنى البلدية وأضرموا فيه النار."),
    ("Mob violence", "أقدم حشد من الأهالي على ضرب رجل حتى الموت بعد اتهامه بالسرقة."),
    ("Armed clash", "دارت اشتباكات مسلحة بين عشيرتين في ريف المدينة أسفرت عن مقتل شخصين."),
    ("Armed clash", "هاجم مسلحون نقطة تفتيش للجيش واشتبكوا مع عناصرها لساعات."),
    ("Shelling/artillery/missile attack", "سقطت ثلاث قذائف صاروخية على المنطقة الخضراء دون وقوع إصابات."),
    ("Air/drone strike", "قصفت طائرات حربية مجهولة مواقع لمسلحين في الصحراء."),
    ("Remote explosive/landmine/IED", "انفجرت عبوة ناسفة على جانب الطريق لدى مرور دورية عسكرية."),
    ("Remote explosive/landmine/IED", "قتل طفلان بانفجار لغم أرضي من مخلفات الحرب أثناء رعيهما الأغنام."),
    ("Suicide bomb", "فجر انتحاري يرتدي حزاما ناسفا نفسه وسط حشد من المصلين."),
    ("Arrests", "اعتقلت السلطات الناشط السياسي من منزله فجر اليوم."),
    ("Arrests", "شنت الأجهزة الأمنية حملة دهم واعتقالات في عدد من القرى."),
    ("Sexual violence", "وثقت منظمات حقوقية حالات اغتصاب ارتكبها مسلحون بحق نساء نازحات."),
    ("Looting/property destruction", "نهب مسلحون محتويات المستشفى وأحرقوا مخازن الأدوية."),
]


@pytest.mark.parametrize(("sub", "sentence"), ALONE, ids=[f"{s}-{i}" for i, (s, _) in enumerate(ALONE)])
def test_sentence_alone_is_found_and_typed(sub: str, sentence: str) -> None:
    line = json.dumps({"text": sentence}, ensure_ascii=False).encode("utf-8")
    doc = read_line(line)
    _PIPE.run(doc)
    subs = [e["acled_sub_event_type"] for e in doc.events if e["granularity"] == "discrete"]
    assert sub in subs, [(e["acled_sub_event_type"], e["status"], e["granularity"]) for e in doc.events]


@pytest.mark.parametrize(
    "sentence",
    [
        "يشن المنتخب الوطني هجوما قويا على مرمى الخصم في الشوط الثاني.",
        "أعلن البنك المركزي عن حزمة إجراءات لمواجهة ارتفاع الأسعار.",
        "يحتفل الأهالي بذكرى تحرير المدينة كل عام بعروض فنية.",
        "استقبل الرئيس نظيره الفرنسي في القصر الجمهوري وبحثا العلاقات الثنائية.",
        "ارتفعت أسعار النفط بعد هجوم حاد من المشترين على عقود الخام.",
        "فاز المنتخب على منافسه بثلاثة أهداف مقابل هدف في المباراة النهائية.",
        "قال المدرب إن فريقه سيشن هجوما كاسحا في المباراة المقبلة.",
        "شهدت البورصة هجوما من المضاربين أدى إلى انهيار الأسهم.",
        "يستعرض الفيلم الوثائقي قصة معركة تاريخية جرت قبل قرون.",
    ],
)
def test_sentence_alone_without_an_event(sentence: str) -> None:
    doc = read_line(json.dumps({"text": sentence}, ensure_ascii=False).encode("utf-8"))
    _PIPE.run(doc)
    assert not [e for e in doc.events if e["acled_event_type"] and e["status"] == "reported"]


# ------------------------------------------------------------------------------------------ arguments
def test_place_date_actor_and_fatalities() -> None:
    text = (
        "غارات روسية على أريحا\n"
        "قتل سبعة مدنيين بينهم ثلاثة أطفال، يوم أمس السبت، في غارات شنها الطيران الروسي على مدينة أريحا جنوبي إدلب."
    )
    [ev] = _rows(_events(text, "2021-03-14"))
    assert ev["acled_sub_event_type"] == "Air/drone strike"
    assert ev["date"]["value"] == "2021-03-13" and ev["date"]["time_precision"] == 1
    assert ev["location"]["name_ar"] == "أريحا" and ev["location"]["geo_precision"] == 1
    assert ev["location"]["admin1"] == "Idleb"
    assert ev["actor1"]["name"].startswith("Military Forces of Russia")
    assert ev["actor2"]["name"] == "Civilians (Syria)" and ev["civilian_targeting"] == "Civilian targeting"
    assert ev["fatalities"]["value"] == 7
    assert ev["interaction"] == 78


def test_the_definite_noun_is_the_event_told_before_and_a_destination_is_not_the_scene() -> None:
    text = (
        "قصف على طفس\n"
        "قتل خمسة مدنيين أمس الأربعاء جراء قصف مدفعي استهدف مدينة طفس في ريف درعا الغربي.\n"
        "وقال متحدث محلي إن القصف جاء بعد رفض الأهالي تهجير عدد من الشبان إلى الشمال السوري.\n"
    )
    rows = _rows(_events(text, "2021-07-29"))
    assert [e["acled_sub_event_type"] for e in rows] == ["Shelling/artillery/missile attack"]
    assert len(rows[0]["mentions"]) >= 2 and rows[0]["location"]["name_ar"] == "طفس"


def test_a_date_in_a_season_or_a_past_year_keeps_the_event_out_of_the_rows() -> None:
    events = _events("تصعيد هو الأعنف منذ توقيع اتفاق التسوية في مدينة طفس صيف 2018.", "2021-07-29")
    agreements = [e for e in events if e["acled_sub_event_type"] == "Agreement"]
    assert agreements and agreements[0]["date"]["value"] == "2018" and not agreements[0]["acled_row"]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("شنت طائرات تركية صباح أمس غارة على قرية قرب جبال قنديل شمال أربيل.", "Military Forces of Turkey (2016-)"),
        (
            "قتل جنود إسرائيليون شابا فلسطينيا بالرصاص قرب السياج الحدودي شمال قطاع غزة.",
            "Military Forces of Israel (2009-)",
        ),
    ],
)
def test_a_nationality_after_a_force_word_is_that_state_s_military(sentence: str, actor: str) -> None:
    events = _events(sentence, "2019-08-01")
    assert events and events[0]["actor1"]["name"] == actor and events[0]["actor1"]["certainty"] == "inferred"


@pytest.mark.parametrize(
    "sentence",
    [
        "استدعت البحرين سفيرها في طهران للتشاور احتجاجا على تصريحات المسؤولين الإيرانيين.",
        "تضمنت المادة العلمية للمسار مقدمة للمسافة والسرعة وحركة المقذوفات.",
        "لا تثق تركيا بالوحدات الكردية التي أثبتت أنها حليف مفيد للولايات المتحدة في قتال داعش.",
        "تقع بساتين الزيتون على الحدود مع الأراضي الخاضعة لسيطرة داعش في سوريا.",
    ],
)
def test_words_of_war_that_tell_no_event(sentence: str) -> None:
    assert not _rows(_events(sentence, "2015-08-06"))


def test_a_similar_attack_days_before_is_another_event_with_its_own_figures() -> None:
    text = (
        "قصف على تعز\n"
        "قتل ثلاثة مدنيين وأصيب سبعة آخرون مساء أمس جراء قصف مدفعي استهدف أحياء سكنية في مدينة تعز.\n"
        "ويأتي هذا القصف بعد أيام من هجوم مماثل استهدف حيا آخر وأسفر عن إصابة أربعة مدنيين.\n"
    )
    rows = _rows(_events(text, "2023-11-14"))
    assert len(rows) == 1
    assert rows[0]["fatalities"]["value"] == 3 and rows[0]["injured"]["value"] == 7


def test_a_list_of_counts_adds_up_but_a_breakdown_does_not() -> None:
    [listed] = _events("قتل 5 مدنيين و3 جنود في قصف على مدينة حلب.", "2016-08-01")
    assert listed["fatalities"]["value"] == 8
    [breakdown] = _events("قتل 9 مدنيين بينهم 5 أطفال في غارة على مدينة إدلب.", "2016-08-01")
    assert breakdown["fatalities"]["value"] == 9


def test_unnamed_air_force_follows_the_convention_and_says_so() -> None:
    [ev] = _rows(_events("قتل خمسة مدنيين في غارات جوية استهدفت مدينة خان شيخون جنوبي إدلب.", "2019-05-20"))
    assert ev["actor1"]["certainty"] == "uncertain"
    assert ev["actor1"]["name"].startswith("Military Forces of Syria")


def test_two_towns_in_one_list_are_two_events() -> None:
    events = _rows(_events("سيطرت قوات النظام على بلدتي كفرنبودة وقلعة المضيق بعد معارك عنيفة.", "2019-05-10"))
    places = sorted(e["location"]["name_ar"] for e in events)
    assert places == ["قلعة المضيق", "كفرنبودة"]
    assert {e["acled_sub_event_type"] for e in events} == {"Government regains territory"}


def test_two_strikes_of_one_sentence_stay_two() -> None:
    text = "قصفت المدفعية بلدة كفرنبل بعشرات القذائف، فيما شن الطيران الحربي غارات على مدينة سراقب."
    subs = sorted(e["acled_sub_event_type"] for e in _rows(_events(text, "2019-05-20")))
    assert subs == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_one_strike_told_twice_is_one_event_with_two_mentions() -> None:
    text = (
        "مقتل تسعة مدنيين بغارات على كفرنبل\n"
        "شن الطيران الحربي أمس غارات على مدينة كفرنبل في ريف إدلب الجنوبي.\n"
        "وقال الدفاع المدني إن حصيلة الغارات على كفرنبل ارتفعت إلى 9 قتلى.\n"
    )
    events = _rows(_events(text, "2019-05-20"))
    assert len(events) == 1
    ev = events[0]
    assert len(ev["mentions"]) >= 2
    assert ev["fatalities"]["value"] == 9


# ------------------------------------------------------------------------------------------ status, granularity
@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("لم تسجل أي غارات جوية على مدينة إدلب منذ أسبوع.", "denied"),
        ("نفت وزارة الدفاع الروسية قصف مدينة أريحا.", "denied"),
        ("يعتزم الجيش شن هجوم على مدينة الرقة الأسبوع المقبل.", "future"),
        ("ستقصف الطائرات مواقع المسلحين في مدينة درنة.", "future"),
        ("تبنى تنظيم داعش تفجير سيارة مفخخة في مدينة القامشلي.", "claimed"),
        ("اتهمت المعارضة قوات النظام بقصف بلدة اللطامنة بغاز الكلور.", "alleged"),
        ("في حال شنت إسرائيل غارات على لبنان فإن الرد سيكون قاسيا.", "hypothetical"),
    ],
)
def test_status(sentence: str, status: str) -> None:
    events = _events(sentence)
    assert events, "no event found"
    assert events[0]["status"] == status


def test_aggregate_tolls_are_kept_but_never_rows() -> None:
    text = (
        "حصيلة الحملة\n"
        "قتل نحو 500 مدني في قصف قوات النظام على ريف إدلب منذ 30 أبريل حتى 19 مايو، "
        "وقدرت موجة النزوح بـ450 ألفا منذ بدء الحملة."
    )
    events = _events(text, "2019-05-20")
    assert events and all(not e["acled_row"] for e in events)
    assert {e["granularity"] for e in events} == {"aggregate"}


# ------------------------------------------------------------------------------------------ not events
@pytest.mark.parametrize(
    "sentence",
    [
        "شن مهاجم الهلال هجوما خطيرا في الدقيقة العاشرة من المباراة وسدد كرة قوية.",
        "حسم الفريق معركة اللقب بعد فوزه في المباراة الأخيرة من الدوري.",
        "نجح الحارس في التصدي لضربة جزاء في الشوط الثاني من المباراة.",
        "حذر خبراء من حرب الأسعار التي تشنها شركات الاتصالات وهجوم المضاربين على الأسهم.",
        "هاجم وزير الخارجية المعارضة في خطاب ألقاه أمام البرلمان.",
        "تحيي المدينة اليوم ذكرى مقتل مئات المدنيين في قصف عام 1982.",
        "يعرض الفيلم قصة غارة جوية على قرية خلال الحرب.",
        "ألقت الشرطة القبض على مروج مخدرات في حي النسيم بالرياض.",
        "شنت الصحيفة هجوما لاذعا على الحكومة بسبب ارتفاع الأسعار.",
        "انطلقت الجولة الثالثة من محادثات السلام بين الطرفين في جنيف.",
    ],
)
def test_not_an_event(sentence: str) -> None:
    assert not _rows(_events(sentence))


def test_an_article_without_political_violence_gives_no_acled_event() -> None:
    text = (
        "الهلال يحسم الديربي\n"
        "حقق فريق الهلال فوزا ثمينا على النصر في قمة الدوري، بعدما شن لاعبوه هجمات متتالية على مرمى المنافس.\n"
        "وقال المدرب بعد المباراة إن الفريق خاض معركة حقيقية في الشوط الثاني، مشيدا بأداء المهاجم.\n"
        "وتقدم الهلال إلى صدارة الدوري بفارق ثلاث نقاط عن أقرب منافسيه قبل جولتين من نهاية الموسم.\n"
    )
    assert not _rows(_events(text, "2015-08-10"))


def test_a_trigger_inside_a_name_is_not_a_trigger() -> None:
    events = _events("عقدت الجبهة الوطنية للتحرير اجتماعا لقادتها في مدينة إدلب.", "2019-05-20")
    assert not [e for e in events if e["event_class"] == "capture"]


# ------------------------------------------------------------------------------------------ lexicon
def test_conjugation_covers_persons_tenses_and_objects() -> None:
    forms = conjugate("استهدف", "يستهدف")
    for form, tense in [
        ("استهدفت", "past"),
        ("استهدفوا", "past"),
        ("استهدفها", "past"),
        ("تستهدف", "present"),
        ("يستهدفون", "present"),
        ("ستستهدف", "future"),
    ]:
        assert forms[form] == tense
    assert conjugate("أطلق النار", "يطلق النار")["أطلقوا النار"] == "past"


def test_noun_forms_cover_case_and_possessive() -> None:
    from rasd.events.lexicon import noun_forms

    assert set(noun_forms("اعتصام")) >= {"اعتصام", "اعتصاما", "اعتصامهم"}
    assert "مظاهرتهم" in noun_forms("مظاهرة") and "مظاهرةا" not in noun_forms("مظاهرة")
    assert noun_forms("غارات") == ["غارات"] and noun_forms("قصف مدفعي") == ["قصف مدفعي"]


@pytest.mark.parametrize(
    ("sentence", "sub"),
    [
        ("بدأ مئات الأسرى إضرابهم عن الطعام في سجن النقب احتجاجا على الاعتقال الإداري.", "Peaceful protest"),
        ("نفذ أكثر من ألف شخص اعتصاما في مدينة اللاذقية للمطالبة بمحاسبة الجاني.", "Peaceful protest"),
        ("فجرت قوات الأمن سبع عبوات ناسفة عثرت عليها قرب مدينة العريش.", "Disrupted weapons use"),
        ("اندلع قتال عنيف بين المقاومة الشعبية والحوثيين في مدينة الضالع.", "Armed clash"),
    ],
)
def test_written_forms(sentence: str, sub: str) -> None:
    assert sub in [e["acled_sub_event_type"] for e in _events(sentence, "2015-08-09")]


def test_a_weapon_word_far_from_a_killing_does_not_make_it_a_strike() -> None:
    events = _events("اعتصم المئات احتجاجا على قتل ضابط في القوى الجوية على يد أحد أقارب المسؤول في مدينة اللاذقية.")
    assert "Air/drone strike" not in [e["acled_sub_event_type"] for e in events]


def test_events_have_the_contract_fields() -> None:
    [ev] = _rows(_events("قتل جنديان في هجوم شنه مسلحون على حاجز للجيش في مدينة العريش.", "2017-01-09"))
    for key in (
        "id",
        "acled_event_type",
        "acled_sub_event_type",
        "plover_type",
        "plover_mode",
        "cameo",
        "status",
        "granularity",
        "trigger",
        "evidence",
        "date",
        "location",
        "actor1",
        "actor2",
        "assoc_actors",
        "fatalities",
        "injured",
        "displaced",
        "claims",
        "confidence",
        "mentions",
    ):
        assert key in ev
    assert 0 < ev["confidence"] <= 1
    assert ev["fatalities"]["value"] == 2


# ------------------------------------------------------------------------------------------ the seed article
@needs_shared
def test_seed_required_events() -> None:
    from rasd import extract_path

    doc: Document = next(extract_path(SHARED / "seed" / "noonpost-2019-05-20.md"))
    rows = [e for e in doc.events if e["granularity"] == "discrete"]

    def find(sub: str, name_ar: str | None = None) -> list[dict[str, Any]]:
        return [
            e
            for e in rows
            if e["acled_sub_event_type"] == sub
            and (name_ar is None or name_ar in ((e["location"] or {}).get("name_ar") or ""))
        ]

    agreement = find("Agreement")
    assert agreement and agreement[0]["date"]["value"] == "2019-05-19"
    strike = [e for e in find("Air/drone strike") if (e["location"] or {}).get("admin3") == "Kafr Nobol"]
    assert strike and strike[0]["date"]["value"] == "2019-05-19" and strike[0]["fatalities"]["value"] == 9
    assert find("Chemical weapon", "كبانة")
    assert find("Government regains territory", "كفرنبودة")
    assert find("Government regains territory", "قلعة المضيق")
    assert find("Shelling/artillery/missile attack")
    assert find("Change to group/activity")
    aggregates = [e for e in doc.events if e["granularity"] == "aggregate"]
    assert any((e["fatalities"] or {}).get("value") == 500 for e in aggregates)
    assert all(not e["acled_row"] for e in aggregates)
