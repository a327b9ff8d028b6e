"""Round 24, the lead's ruling 5 (helper cl33): one act of saying is one claim. A participle that goes on with the
same speaker's claim right before it — of saying (مضيفا، مشيرا، موضحا), demand (داعيا، مطالبا), warning (محذرا) or
accusation (متهما، محملا) — after a comma or after a full stop, with no new subject or marker between, is part of
that claim: its words extend the claim's content. The dev set's coder (who coded the held-out half) and the seed's
perfect reading fold them; later files coded them as claims of their own. This script brings the released files into
line and lists each change.

A gold claim is folded into the claim before it (by position) when
- its marker is one of the participle forms of kinds say / demand / warn / accuse in ``claims.yaml`` (a denial
  نافيا, an announcement معلنا and an allegation مدعيا stay apart),
- it names no speaker of its own (``speaker.mention`` null: the speaker before goes on),
- both assert (a participle after a denial, or one of another polarity, stays a claim of its own),
- nothing but punctuation, quotation marks and white space stands between the claim before's content and the
  participle (a clause, a source phrase or a new subject between ends the fold).
The claim before keeps its id, speaker, channel, polarity and other fields; its content span runs to the end of the
participle's content (sha1 recomputed), its ``events`` take the participle's, and its note says what was folded.
The participle's record is removed (the other claims keep their ids).

Files: every ``claims_*.jsonl`` but check7 / check8 (lead-held), check23 (round 24's blind set, being coded) and
judged18 (judged system claims), and the TUNE half of ``events_dev.jsonl`` (held-out lines are never parsed: they are
copied as they are).

    python benchmarks/recode_participles24.py [--shared ../shared] [--write]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from bench_events import load_articles, sha12

from rasd.text.normalize import normalize_word

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
CLAIMS_YAML = ROOT / "src" / "rasd" / "resources" / "ar" / "claims.yaml"
#: the participle kinds the ruling folds (continuation._FOLDED_KINDS)
FOLDED_KINDS = ("say", "demand", "warn", "accuse")
#: files left alone: lead-held (check7, check8), blind and being coded (check23), judged system claims (judged18)
SKIP = ("claims_check7.jsonl", "claims_check8.jsonl", "claims_check23.jsonl", "claims_judged18.jsonl")
DEV = DATA / "events_dev.jsonl"
TUNE_LINE = '"split": "tune"'
_LETTER = re.compile(r"[^\W\d_]")
_REF = re.compile(r"\bC\d+\b")


def participle_forms() -> dict[str, str]:
    """normalized participle form -> its kind, from the participle groups of ``claims.yaml``"""
    data = yaml.safe_load(CLAIMS_YAML.read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for group in data["markers"]:
        if group.get("type") == "participle" and group["kind"] in FOLDED_KINDS:
            for form in group["forms"]:
                out[normalize_word(form)] = group["kind"]
    return out


def _form(word: str, forms: dict[str, str]) -> str | None:
    w = normalize_word(word)
    if w in forms:
        return w
    return w[1:] if w[:1] in "وف" and w[1:] in forms else None


def _start(c: dict[str, Any]) -> int:
    return int((c.get("marker") or c["content"])["start"])


def fold_record(rec: dict[str, Any], text: str, forms: dict[str, str]) -> list[str]:
    """Fold the record's participle claims in place; one line per change."""
    changes: list[str] = []
    order = sorted(rec["claims"], key=_start)
    kept: list[dict[str, Any]] = []
    for c in order:
        prev = kept[-1] if kept else None
        m, pc = c.get("marker"), (prev or {}).get("content")
        form = _form(text[m["start"] : m["end"]], forms) if m else None
        if (
            prev is None
            or form is None
            or m is None
            or pc is None
            or c.get("content") is None
            or (c.get("speaker") or {}).get("mention") is not None
            or c.get("polarity") != "assert"
            or prev.get("polarity") != "assert"
            or pc["end"] > m["start"]
            or _LETTER.search(text[pc["end"] : m["start"]])
        ):
            kept.append(c)
            continue
        end = max(pc["end"], c["content"]["end"])
        prev["content"] = {"start": pc["start"], "end": end, "sha1": sha12(text[pc["start"] : end])}
        prev["events"] = [*prev.get("events", []), *(e for e in c.get("events", []) if e not in prev.get("events", []))]
        word = text[m["start"] : m["end"]]
        note = (
            f"round 24 ruling 5 (one saying, one claim): the participle {word} ({forms[form]}; its own claim "
            f"{c['id']} before the ruling) folded in"
        )
        prev["note"] = f"{prev['note']} | {note}" if prev.get("note") else note
        changes.append(
            f"{prev['id']} <- {c['id']} {word} ({forms[form]}) gap {text[pc['end'] : m['start']]!r}: "
            f"…{' '.join(text[max(pc['start'], end - 60) : end].split())}"
        )
    if changes:
        _renumber(rec, {id(c) for c in kept})
    return changes


def _renumber(rec: dict[str, Any], kept: set[int]) -> None:
    """Drop the folded records and number the claims C1, C2, … again in the file's order; a note's reference to a
    claim follows its new id, one to a folded participle names it so."""
    new_id = {}
    claims = [c for c in rec["claims"] if id(c) in kept]
    for n, c in enumerate(claims, 1):
        new_id[c["id"]] = f"C{n}"
    folded = {c["id"] for c in rec["claims"] if id(c) not in kept}

    def ref(m: re.Match[str]) -> str:
        old = m.group(0)
        return new_id.get(old) or ("the participle folded in" if old in folded else old)

    for c in claims:
        if c.get("note"):
            head, sep, tail = c["note"].partition("round 24 ruling 5")
            c["note"] = _REF.sub(ref, head) + sep + tail
        c["id"] = new_id[c["id"]]
    rec["claims"] = claims


def _check_spans(rec: dict[str, Any], text: str) -> None:
    for c in rec["claims"]:
        for key in ("marker", "content"):
            span = c.get(key)
            if span is not None and sha12(text[span["start"] : span["end"]]) != span["sha1"]:
                raise SystemExit(f"span sha1 mismatch {rec['key']['url']} {c['id']} {key}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--write", action="store_true", help="rewrite the files (default: list the changes only)")
    args = ap.parse_args()
    forms = participle_forms()
    files = [p for p in sorted(DATA.glob("claims_*.jsonl")) if p.name not in SKIP] + [DEV]
    lines_of: dict[Path, list[str]] = {p: p.read_text(encoding="utf-8").splitlines() for p in files}
    parsed: dict[tuple[Path, int], dict[str, Any]] = {}
    for p, lines in lines_of.items():
        for i, line in enumerate(lines):
            if line.strip() and (p != DEV or TUNE_LINE in line):
                parsed[(p, i)] = json.loads(line)
    keys = {(r["key"]["zip"], r["key"]["url"]) for r in parsed.values()}
    articles = load_articles(args.shared / "data" / "news" / "saudinewsnet", keys)
    total = 0
    counts: dict[str, int] = {}
    for (p, i), rec in parsed.items():
        article = articles.get((rec["key"]["zip"], rec["key"]["url"]))
        if article is None:
            raise SystemExit(f"missing article {rec['key']}")
        text = article.get("content") or ""
        if sha12(text) != rec["content_sha1"]:
            raise SystemExit(f"content changed {rec['key']}")
        _check_spans(rec, text)
        changes = fold_record(rec, text, forms)
        if not changes:
            continue
        counts[p.name] = counts.get(p.name, 0) + len(changes)
        total += len(changes)
        for ch in changes:
            print(f"{p.name}\t{rec['key']['url']}\t{ch}")
        lines_of[p][i] = json.dumps(rec, ensure_ascii=False)
    for name, n in sorted(counts.items()):
        print(f"{name}: {n} participle claim(s) folded")
    print(f"total: {total}")
    if args.write:
        for p, lines in lines_of.items():
            if p.name in counts:
                p.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
