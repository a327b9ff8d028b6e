"""Round 42, the lead's round-42 ruling (helper cl77): an announced decision or a declared stance is a claim whenever
the announcer is named or goes on as the verb's pronoun, in a main clause or nested (ruling 8): speaker the announcer,
marker the verb (أعلن / أعلنت …), content the decision, channel as the sentence says (a body with no channel word:
``statement``, the round-10 convention). Not a claim: a passive أُعلن (عن) with no announcer, a future (سيعلن، يتوقع
أن تعلن), a demanded announcement (طالب بإعلان، على الحكومة أن تعلن), a link or headline line.

Helper cl75 (docs/claims.md, round 42) counted the released files: 33 of 37 announced decisions and 5 of 8 declared
stances coded, 7 to add under the rule. This script adds them from span texts written by hand below. They were found
again (not from rasd's output) by listing every form of أعلن / تعلن / يعلن / أعلنوا … in the released claims files'
articles (claims_tune2 … tune6, claims_check … check40, the TUNE half of ``events_dev.jsonl``; held-out records not
read) that no gold claim's marker covers and whose next eight words hold no أن / إن / quote or colon — 55 hits, every
one read: the 7 below; negations (لم تعلن أي جهة …, 9); the interior ministry's «إذ تعلن ذلك لتؤكد» formula (4);
passives, futures, demanded ones, link lines and the present يعلن of a lede read as "will announce" (check14/15's
note); object relatives whose antecedent is the thing announced («الهدنة التي أعلنها التحالف», «القوائم التي أعلنت
عنها الوزارة»: a reference, not a report, as cl75 sorted them); company results (check25, facts); and the bracketed
Platini gloss inside Chung's unclosed quotation (check14/15, left by those files' note, check11's convention).

- ``ADD``: a new claim appended to its article's claims with the next id (the other claims keep theirs): the marker is
  the occurrence of its text nearest the anchor, the speaker and content the occurrences of their texts nearest the
  marker (a speaker text of None: the verb's pronoun, no span); sha1s computed; ``role``, ``org`` null, not
  anonymous, not direct, ``polarity`` assert, no events, ``reported_via`` null. Every other record byte-identical
  (``events_dev.jsonl``: only the one TUNE line is parsed and rewritten; every other line is kept as it is, unread).

    python benchmarks/recode_decisions42.py [--shared ../shared] [--write]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_events import load_articles, sha12
from recode_responsibility42 import _nearest, _span

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
NOTE = "round 42, cl77: announced decision, ruling round 42"

#: (file, a part of the url, anchor offset, marker, speaker (None: the verb's pronoun), canonical, content, channel,
#: note) of each claim added
ADD: tuple[tuple[str, str, int, str, str | None, str | None, str, str, str], ...] = (
    (
        "claims_check4.jsonl",
        "مرسي-يمتنع-عن-طعام",
        1249,
        "وأعلن",
        "الجيش",
        None,
        "عزل مرسي من منصبه في يوليو تموز 2013 إثر احتجاجات شعبية حاشدة على حكمه",
        "statement",
        "background (2013), a decision announced by its maker: a claim by the ruling; an army (a body) with no channel"
        " word: statement; content the object to the sentence's end",
    ),
    (
        "claims_check17.jsonl",
        "alyaum.com/article/4080437",
        33,
        "أعلنت",
        "المملكة",
        None,
        "حربها مع قوات التحالف ضد ميليشيات الحوثي وقوات صالح",
        "statement",
        "in a time clause (منذ ان, ruling 8); a state with no channel word: statement; content the object to the comma"
        " (تلبية لنداء الوطن … the paper's)",
    ),
    (
        "claims_check20.jsonl",
        "عتقال-16-شخصًا",
        1105,
        "واعلنت",
        "السلطات التونسية",
        None,
        "حالة الطوارئ لمواجهة هذه الهجمات",
        "statement",
        "a decision announced by its maker (C4's note 'a decision, no reported content … not coded' is superseded);"
        " authorities with no channel word: statement; content the object to the clause end (ما يعطي قوات الامن …,"
        " the paper's gloss on the emergency, outside)",
    ),
    (
        "claims_check23.jsonl",
        "التحالف-يقصف-معسكرًا",
        2219,
        "أعلنت",
        "وحدات عسكرية",
        None,
        "مناهضتها للحوثيين",
        "statement",
        "a declared stance, in the paper's background (an adjectival clause on وحدات عسكرية); units (a body) with no"
        " channel word: statement; content the object",
    ),
    (
        "claims_check28.jsonl",
        "alyaum.com/article/4081226",
        1684,
        "أعلنت",
        "المنطقة العسكرية الأولى",
        None,
        "ولاءها للرئيس هادي",
        "statement",
        "a declared allegiance nested in C8's content (ruling 8): the relative التي, the speaker its antecedent (as"
        " check10's تبنته); a military region (a body): statement; content the object (بضغط من المتمردين … how it"
        " came to be declared, outside)",
    ),
    (
        "claims_check29.jsonl",
        "الوحشية-في-نيجيريا",
        964,
        "أعلنت",
        None,
        None,
        "مبايعتها لتنظيم داعش",
        "statement",
        "a declared allegiance in a time clause (منذ أن, ruling 8); Boko Haram (named before) goes on as the verb's"
        " pronoun: no span; a group: statement (C4's note 'not coded (doubtful: أعلن + a noun)' is superseded);"
        " content the object to the comma",
    ),
    (
        "events_dev.jsonl",
        "alyaum.com/article/4079774",
        1801,
        "واعلن",
        "الحلف الاطلسي",
        "NATO",
        "خطة للحفاظ على تواجد عسكري في افغانستان بعد العام 2016 لتعزيز قدرات القوات الامنية المحلية",
        "statement",
        "a decision (a plan) announced by its maker, in the background; an alliance with no channel word: statement;"
        " content the object to the sentence's end",
    ),
)


def _nearest_after_wa(text: str, needle: str, at: int) -> int:
    """As ``_nearest`` (within 120), a conjunction و joined to the needle's first word allowed (ووحدات: the span
    starts after the و)."""
    try:
        return _nearest(text, needle, at, within=120)
    except SystemExit:
        j = _nearest(text, "و" + needle, at, within=120)
        return j + 1


def added_claim(
    rec: dict[str, Any], text: str, spec: tuple[str, str, int, str, str | None, str | None, str, str, str]
) -> dict[str, Any] | None:
    """The claim ``spec`` describes, or None where a claim with that marker is coded already (the script ran)."""
    _, _, anchor, marker, speaker, canonical, content, channel, note = spec
    m = _nearest(text, marker, anchor, within=40)
    c = _nearest(text, content, m, within=120)
    mention = None
    if speaker is not None:
        s = _nearest_after_wa(text, speaker, m)
        mention = _span(text, s, s + len(speaker))
    if any(c_["marker"]["start"] == m for c_ in rec["claims"]):
        return None
    return {
        "id": f"C{len(rec['claims']) + 1}",
        "speaker": {"mention": mention, "canonical": canonical, "role": None, "org": None, "anonymous": False},
        "marker": _span(text, m, m + len(marker)),
        "content": _span(text, c, c + len(content)),
        "direct": False,
        "channel": channel,
        "reported_via": None,
        "polarity": "assert",
        "events": [],
        "note": f"{NOTE}; {note}",
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--write", action="store_true", help="rewrite the files (default: list the changes only)")
    args = ap.parse_args()
    for name in sorted({s[0] for s in ADD}):
        path = DATA / name
        lines = path.read_text(encoding="utf-8").splitlines()
        changed = False
        for spec in [s for s in ADD if s[0] == name]:
            # only the line holding the url is parsed (events_dev.jsonl's held-out lines are never read)
            (i,) = [i for i, line in enumerate(lines) if spec[1] in line]
            rec = json.loads(lines[i])
            if rec["split"] == "heldout":
                raise SystemExit(f"{name}: a held-out record matched {spec[1]!r}")
            key = (rec["key"]["zip"], rec["key"]["url"])
            text = load_articles(args.shared / "data" / "news" / "saudinewsnet", {key})[key]["content"]
            assert sha12(text) == rec["content_sha1"]
            new = added_claim(rec, text, spec)
            if new is None:
                print(f"{name} {rec['key']['url']} already coded: {spec[3]}")
                continue
            rec["claims"].append(new)
            sp, mk, ct = new["speaker"]["mention"], new["marker"], new["content"]
            who = text[sp["start"] : sp["end"]] if sp else "(pronoun)"
            print(
                f"{name} {rec['key']['url']} ADD {new['id']}: {who} [{text[mk['start'] : mk['end']]}]"
                f" {text[ct['start'] : ct['end']][:90]}"
            )
            lines[i] = json.dumps(rec, ensure_ascii=False)
            changed = True
        if args.write and changed:
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
