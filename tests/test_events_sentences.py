"""Single newswire sentences, each read alone as a JSONL line with no title and no date (issue 12 acceptance: several
hundred such sentences reporting assaults and protests will be measured).

Every sentence was written for rasd (none is copied from a corpus), in the styles of the wire services and of the
Gulf, Levant and Maghreb press, before rasd was run on it: attacks, stabbings, shootings, kidnappings and forced
disappearances, sexual violence, arrests, riots, peaceful protests, sit-ins and strikes, protests broken up or met
with lethal force, mob violence, and a few clashes and explosions; plus sentences that tell no event. The event must
be found, with its ACLED sub-type, and its date must be null (nothing in the line dates it).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from rasd import Pipeline
from rasd.ingest.jsonl import read_line

_PIPE = Pipeline()


def _alone(sentence: str) -> list[dict[str, Any]]:
    doc = read_line(json.dumps({"text": sentence}, ensure_ascii=False).encode("utf-8"))
    _PIPE.run(doc)
    assert not doc.errors, doc.errors
    return doc.events


SENTENCES: list[tuple[str, str]] = [
    # ---------------------------------------------------------------- attacks: shootings, stabbings, killings
    ("Attack", "هاجم مسلحون يرتدون زيا عسكريا حافلة تقل عمالا على طريق العريش وقتلوا ثلاثة منهم."),
    ("Attack", "أطلق عنصر من الميليشيا النار على امرأة عند حاجز تفتيش فأرداها قتيلة."),
    ("Attack", "عثر الأهالي على جثة شاب مقتولا بالرصاص وعليها آثار تعذيب قرب مكب النفايات."),
    ("Attack", "طعن مستوطن شابا فلسطينيا بسكين قرب باب العامود في القدس."),
    ("Attack", "أقدم عنصران من الشرطة على ضرب بائع متجول حتى فقد وعيه أمام المارة."),
    ("Attack", "اغتال مسلحون مجهولون إمام مسجد بعد خروجه من صلاة الفجر في مدينة درنة."),
    ("Attack", "قتلت امرأة وطفلاها برصاص قناص في حي بستان القصر."),
    ("Attack", "تعرض منزل ناشط حقوقي لإطلاق نار من مسلحين مجهولين دون وقوع إصابات."),
    ("Attack", "ذبح مسلحو التنظيم راعيا أمام أهالي القرية بتهمة التعاون مع الجيش."),
    ("Attack", "تعرض مواطن لاعتداء بالسلاح الأبيض من قبل مجهولين أثناء خروجه من المسجد."),
    ("Attack", "قضى شاب تحت التعذيب في أحد الفروع الأمنية بعد أسبوعين من اعتقاله."),
    ("Attack", "تعرض أستاذ لاعتداء بالسلاح الأبيض من طرف شخص مجهول أمام المؤسسة التعليمية."),
    ("Attack", "أطلقت دورية إسرائيلية النار على صيادين قبالة شاطئ غزة وأصابت أحدهم."),
    ("Attack", "هاجم مسلحون على دراجات نارية قرية في ولاية زمفرة وقتلوا 20 قرويا."),
    ("Attack", "أطلق مجهولون النار على سيارة مختار البلدة أثناء عودته إلى منزله فأصيب بجروح بالغة."),
    ("Attack", "لقي شاب حتفه إثر تعرضه لطعنات بسكين من طرف مجهولين بحي شعبي."),
    ("Attack", "قتل مسلحون موالون للحكومة ثلاثة مزارعين في حقولهم بعد اتهامهم بدعم المتمردين."),
    ("Attack", "أعدمت الجماعة المسلحة شابين رميا بالرصاص في ساحة البلدة بتهمة التجسس."),
    # ---------------------------------------------------------------- abductions, disappearances, sexual violence
    ("Abduction/forced disappearance", "اختطف مسلحون مجهولون طبيبا أثناء عودته من عمله في مدينة سبها."),
    ("Abduction/forced disappearance", "أقدمت عصابة مسلحة على خطف ثلاثة أطفال من أمام منزلهم وطالبت ذويهم بفدية."),
    (
        "Abduction/forced disappearance",
        "اقتادت عناصر أمنية بلباس مدني الناشط إلى جهة مجهولة ولا يعرف مصيره حتى الآن.",
    ),
    ("Abduction/forced disappearance", "خطفت جماعة مسلحة حافلة تقل ركابا على الطريق الصحراوي واحتجزت من فيها."),
    ("Abduction/forced disappearance", "أعلنت عائلة الناشطة اختفاءها قسريا بعد مداهمة قوات الأمن لمنزلها فجرا."),
    ("Abduction/forced disappearance", "أقدم مسلحون على اختطاف موظفين في منظمة إغاثة دولية أثناء تنقلهم بين قريتين."),
    ("Sexual violence", "اغتصب عناصر من الميليشيا فتاة قاصرا أثناء اقتحامهم القرية."),
    ("Sexual violence", "تعرضت نساء نازحات لاعتداءات جنسية على أيدي مسلحين في مخيم للنازحين."),
    ("Sexual violence", "كشفت منظمة حقوقية عن تعرض معتقلات لعنف جنسي داخل مراكز الاحتجاز."),
    # ---------------------------------------------------------------- peaceful protests, sit-ins, strikes
    ("Peaceful protest", "نظم مئات المعلمين وقفة احتجاجية أمام مقر الحكومة للمطالبة بصرف رواتبهم المتأخرة."),
    ("Peaceful protest", "خرج آلاف المواطنين في مسيرة حاشدة جابت شوارع العاصمة تنديدا بالعدوان على غزة."),
    ("Peaceful protest", "دخل عمال الموانئ في إضراب مفتوح عن العمل احتجاجا على الخصخصة."),
    ("Peaceful protest", "اعتصم العشرات من خريجي الجامعات أمام وزارة العمل مطالبين بتوفير فرص عمل."),
    (
        "Peaceful protest",
        "نظمت تنسيقية الأساتذة المتعاقدين مسيرة احتجاجية بالرباط للمطالبة بالإدماج في الوظيفة العمومية.",
    ),
    ("Peaceful protest", "احتج عشرات السكان أمام مقر الولاية بسبب انقطاع الماء الشروب منذ أسبوع."),
    ("Peaceful protest", "اعتصم أهالي المعتقلين في ساحة البلدة رافعين صور أبنائهم ومطالبين بالإفراج عنهم."),
    ("Peaceful protest", "تظاهر المئات في ساحة التحرير ببغداد احتجاجا على سوء الخدمات وانقطاع الكهرباء."),
    ("Peaceful protest", "أضرب الأسرى الإداريون عن الطعام رفضا لاستمرار اعتقالهم دون تهمة."),
    ("Peaceful protest", "شارك مئات الطلاب في وقفة تضامنية مع زملائهم المعتقلين داخل الحرم الجامعي."),
    ("Peaceful protest", "رفع المحتجون لافتات تطالب برحيل الحكومة خلال تظاهرة سلمية وسط المدينة."),
    ("Peaceful protest", "نفذ سائقو الشاحنات إضرابا شل حركة النقل احتجاجا على رفع أسعار الوقود."),
    ("Peaceful protest", "تجمع العشرات أمام السفارة رافعين شعارات منددة بالاعتقالات."),
    ("Peaceful protest", "نفذ موظفو البلدية اعتصاما مفتوحا داخل مقر عملهم للمطالبة بتثبيتهم."),
    ("Peaceful protest", "خرجت مظاهرات ليلية في عدة أحياء من المدينة تطالب بإسقاط النظام."),
    ("Peaceful protest", "شارك المئات في مسيرة سلمية دعت إليها القوى المعارضة عقب صلاة الجمعة."),
    # ---------------------------------------------------------------- protests broken up or met with force
    (
        "Protest with intervention",
        "فرقت قوات الأمن وقفة احتجاجية لعائلات المفقودين أمام البرلمان واعتقلت عددا من المشاركين.",
    ),
    (
        "Protest with intervention",
        "منعت السلطات مسيرة للمعارضة من الوصول إلى وسط العاصمة ونشرت حواجز أمنية في الشوارع.",
    ),
    ("Protest with intervention", "تدخلت قوات الأمن لفض وقفة احتجاجية للأساتذة أمام البرلمان بالقوة."),
    ("Protest with intervention", "اعتقلت الشرطة عددا من الناشطين المشاركين في التظاهرة قبل أن تفرق الحشود."),
    ("Protest with intervention", "استخدمت الشرطة خراطيم المياه والهراوات لتفريق مئات المحتجين قرب مبنى البلدية."),
    ("Excessive force against protesters", "قتل ثلاثة متظاهرين برصاص قوات الأمن خلال احتجاجات في مدينة الكوت."),
    (
        "Excessive force against protesters",
        "أطلقت قوات مكافحة الشغب الرصاص الحي على المحتجين ما أسفر عن مقتل شاب وإصابة العشرات.",
    ),
    ("Excessive force against protesters", "سقط قتيلان وعشرات الجرحى حين فتح الجنود النار على مسيرة سلمية."),
    ("Excessive force against protesters", "دهست مركبة عسكرية متظاهرا خلال تفريق تظاهرة أمام مقر القيادة."),
    # ---------------------------------------------------------------- riots and mob violence
    ("Violent demonstration", "رشق شبان غاضبون مركزا للشرطة بالحجارة وأحرقوا سيارتين خلال احتجاج على مقتل زميلهم."),
    ("Violent demonstration", "أقدم محتجون على إحراق مقر حزب حاكم في المدينة احتجاجا على نتائج الانتخابات."),
    ("Violent demonstration", "اندلعت مواجهات بين محتجين وقوات الأمن بعد أن رشق الشبان عناصر الشرطة بالحجارة."),
    ("Violent demonstration", "اقتحم محتجون غاضبون مبنى المحافظة وحطموا محتوياته وأضرموا فيه النار."),
    ("Violent demonstration", "تحولت مسيرة سلمية إلى أعمال عنف بعد أن هاجم محتجون محلات تجارية ونهبوا محتوياتها."),
    ("Mob violence", "ضرب حشد من الأهالي لصا حتى الموت بعد الإمساك به في السوق."),
    ("Mob violence", "هاجمت مجموعة من الغاضبين منازل أسر نازحة وأحرقتها بعد شائعة عن جريمة قتل."),
    ("Mob violence", "هاجم حشد غاضب سيارة إسعاف وضرب طاقمها بعد وفاة مريض في الطريق."),
    ("Mob violence", "سحل محتجون غاضبون رجلا يشتبه في انتمائه للشرطة السرية وأضرموا النار في جثته."),
    # ---------------------------------------------------------------- clashes
    (
        "Armed clash",
        "اندلعت اشتباكات عنيفة بين مسلحين من عشيرتين متنازعتين بالأسلحة المتوسطة ما أدى إلى مقتل خمسة أشخاص.",
    ),
    ("Armed clash", "تصدت قوات الجيش لهجوم شنه مسلحون على نقطة عسكرية وقتلت ثلاثة منهم."),
    ("Armed clash", "قتل جنديان وأصيب ثلاثة آخرون في كمين نصبه مسلحون لدورية عسكرية."),
    ("Armed clash", "دارت معارك ضارية بين الفصائل وقوات النظام على محور الكبينة."),
    ("Armed clash", "تبادل عناصر الأمن إطلاق النار مع مطلوبين في حي سكني دون وقوع إصابات."),
    # ---------------------------------------------------------------- arrests
    ("Arrests", "ألقت قوات الأمن القبض على خمسة أشخاص يشتبه في تورطهم بالهجوم على مركز الشرطة."),
    ("Arrests", "أوقفت الجهات الأمنية ثلاثة مواطنين بتهمة الانتماء إلى تنظيم إرهابي."),
    ("Arrests", "داهمت قوة أمنية منزل المعارض واقتادته إلى مركز الاحتجاز."),
    ("Arrests", "أوقفت عناصر الدرك الوطني شخصين يشتبه في انتمائهما لخلية إرهابية."),
    ("Arrests", "اعتقلت السلطات رئيس تحرير صحيفة معارضة بعد نشره مقالا ينتقد الحكومة."),
    ("Arrests", "شنت قوات الاحتلال حملة اعتقالات واسعة في مخيم جنين طالت 12 شابا."),
    ("Arrests", "اعتقلت قوات الأمن ثلاثة صحفيين أثناء تغطيتهم الاحتجاجات في العاصمة."),
    # ---------------------------------------------------------------- explosions and strikes told alone
    (
        "Remote explosive/landmine/IED",
        "انفجرت عبوة ناسفة مزروعة على جانب الطريق لدى مرور حافلة تقل موظفين ما أدى إلى مقتل اثنين.",
    ),
    ("Shelling/artillery/missile attack", "سقطت قذيفة صاروخية على سوق شعبي مكتظ بالمتسوقين وأوقعت إصابات."),
    ("Air/drone strike", "شن الطيران الحربي غارات على أطراف البلدة ودمر عددا من المنازل."),
    ("Suicide bomb", "فجر انتحاري يقود سيارة مفخخة نفسه عند مدخل قاعدة عسكرية."),
]


@pytest.mark.parametrize(("sub", "sentence"), SENTENCES, ids=[f"{s}-{i}" for i, (s, _) in enumerate(SENTENCES)])
def test_a_sentence_alone_is_found_typed_and_undated(sub: str, sentence: str) -> None:
    events = [e for e in _alone(sentence) if e["granularity"] == "discrete"]
    subs = [e["acled_sub_event_type"] for e in events]
    assert sub in subs, [(e["acled_sub_event_type"], e["status"], e["granularity"]) for e in _alone(sentence)]
    ev = next(e for e in events if e["acled_sub_event_type"] == sub)
    assert ev["status"] in ("reported", "claimed", "alleged")
    assert ev["date"]["value"] is None  # a line with no date and no publication date


NO_EVENT = [
    "انتقد النائب أداء الحكومة في جلسة البرلمان وطالب بمحاسبة المقصرين.",
    "تراجعت أسهم شركات الطيران بعد موجة بيع حادة في البورصة.",
    "يحتفل الشعب اليوم بذكرى الاستقلال بعروض عسكرية ومسيرات شعبية.",
    "عقد وزير الداخلية اجتماعا مع قادة الأجهزة الأمنية لبحث خطة تأمين الانتخابات.",
    "تلقى الأمير اتصالا هاتفيا من ملك الأردن بحث خلاله العلاقات الثنائية.",
    "أعلنت وزارة الصحة عن وفاة ثلاثة أشخاص جراء الإصابة بفيروس كورونا.",
    "لقي شخصان مصرعهما في حادث سير مروع على الطريق السريع.",
    "هاجم المهاجم الدفاعات ببراعة وسجل هدفين في مرمى الخصم.",
    "تظاهر المتهم بالجنون أمام المحكمة لتفادي العقوبة.",
    "وقعت الحكومة اتفاقية تعاون اقتصادي مع الجانب الصيني.",
]


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_a_sentence_alone_without_an_event(sentence: str) -> None:
    reported = [
        e for e in _alone(sentence) if e["acled_event_type"] and e["status"] in ("reported", "claimed", "alleged")
    ]
    assert not reported, [(e["acled_sub_event_type"], e["trigger"]["text"]) for e in reported]
