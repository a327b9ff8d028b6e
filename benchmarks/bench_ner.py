"""NER accuracy and speed on the held-out data, through the ``rasd tag-ner`` code path.

For each held-out set (the NewsFANE test slice 9 of 10 and Wojood test, plus Wojood val; see
``rasd.ner.corpora`` for the split) the gold file's tokens are written one per line, tagged by
``rasd.ner.cli.tag_conll`` (what ``rasd tag-ner`` runs), and scored against the gold tags: exact-span precision,
recall and F1 per type and micro F1 over PER/LOC/ORG (CoNLL style). Speed is tokens per second of that path on
one core, measured on a second pass (model loaded, feature caches warm) and, separately, the model load + first
sentence time (what a cold ``rasd extract`` pays). ``--cli`` runs the installed ``rasd tag-ner`` command in a
subprocess instead (checks the wiring; its time includes process start).

Usage (from the project root)::

    python benchmarks/bench_ner.py [--shared ../shared] [--json out.json] [--cli] [--ner fast|accurate]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from rasd.ner.corpora import NEWSFANE_TEST_SLICE, Sentence, newsfane_slice, read_newsfane, read_wojood
from rasd.ner.scoring import score_spans

ROOT = Path(__file__).resolve().parents[1]


def conll_tokens(sentences: list[Sentence]) -> str:
    """The tokens of ``sentences``, one per line, a blank line after each sentence."""
    return "".join("".join(f"{t}\n" for t in s.tokens) + "\n" for s in sentences)


def parse_tags(output: str) -> list[list[str]]:
    """Tag sequences from ``token<TAB>tag`` output (blank lines separate sentences)."""
    out: list[list[str]] = []
    current: list[str] = []
    for line in output.split("\n"):
        if not line.strip():
            if current:
                out.append(current)
                current = []
            continue
        current.append(line.rsplit("\t", 1)[1])
    if current:
        out.append(current)
    return out


def tag_in_process(text: str, accurate: bool = False) -> tuple[str, float]:
    """Output of the tag-ner path on ``text`` and the seconds it took."""
    from rasd.ner.cli import tag_conll

    buf = io.StringIO()
    t0 = time.perf_counter()
    tag_conll(io.StringIO(text), buf, accurate=accurate)
    return buf.getvalue(), time.perf_counter() - t0


def tag_with_cli(text: str, accurate: bool = False) -> tuple[str, float]:
    """Output of ``rasd tag-ner`` run as a subprocess, and its wall time."""
    script = Path(sys.executable).with_name("rasd")
    cmd = [str(script)] if script.is_file() else [sys.executable, "-m", "rasd.cli"]
    t0 = time.perf_counter()
    proc = subprocess.run(
        [*cmd, "tag-ner", "--ner", "accurate" if accurate else "fast"],
        input=text,
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if proc.returncode != 0:
        raise SystemExit(f"rasd tag-ner failed ({proc.returncode}): {proc.stderr[-500:]}")
    return proc.stdout, time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    """Score the held-out sets and print a table (and JSON with ``--json``)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared/ folder")
    ap.add_argument("--json", type=Path, help="also write the results as JSON here")
    ap.add_argument("--cli", action="store_true", help="run the rasd tag-ner command in a subprocess")
    ap.add_argument("--ner", choices=("fast", "accurate"), default="fast", help="the NER mode to measure")
    args = ap.parse_args(argv)
    data = args.shared / "data" / "ner"
    if not data.is_dir():
        print(f"no NER data at {data}; pass --shared", file=sys.stderr)
        return 2

    t0 = time.perf_counter()
    from rasd.ner.model import load_tagger

    accurate = args.ner == "accurate"
    tagger = load_tagger(accurate=accurate)
    tagger.tag(["قال", "الرئيس", "السوري", "في", "دمشق"])
    cold = time.perf_counter() - t0

    sets = {
        "newsfane-test": newsfane_slice(read_newsfane(data), NEWSFANE_TEST_SLICE),
        "wojood-test": read_wojood(data, "test"),
        "wojood-val": read_wojood(data, "val"),
    }
    results: dict[str, object] = {
        "machine": f"{platform.machine()} {platform.processor() or ''} {os.cpu_count()} cpus".strip(),
        "python": platform.python_version(),
        "ner": args.ner,
        "model_load_and_first_tag_s": round(cold, 3),
    }
    all_gold: list[list[str]] = []
    all_pred: list[list[str]] = []
    for name, sentences in sets.items():
        text = conll_tokens(sentences)
        n_tokens = sum(len(s.tokens) for s in sentences)
        if args.cli:
            output, seconds = tag_with_cli(text, accurate)
        else:
            tag_in_process(text, accurate)  # first pass fills the feature caches, as a long-running worker has them
            output, seconds = tag_in_process(text, accurate)
        predicted = parse_tags(output)
        gold = [s.tags for s in sentences]
        scores = score_spans(gold, predicted).as_dict()
        if name != "wojood-val":
            all_gold += gold
            all_pred += predicted
        results[name] = {"tokens": n_tokens, "tokens_per_s": round(n_tokens / seconds), "scores": scores}
        row = "  ".join(f"{k} {v['f1']:5.1f}" for k, v in scores.items() if k != "MISC")
        print(f"{name:14} {n_tokens:6d} tok  {n_tokens / seconds:8.0f} tok/s   F1: {row}")
    pooled = score_spans(all_gold, all_pred).as_dict()
    results["newsfane-test+wojood-test"] = {"scores": pooled}
    row = "  ".join(f"{k} {v['f1']:5.1f}" for k, v in pooled.items() if k != "MISC")
    print(f"{'both tests':14} {'':17} {'':13}F1: {row}")
    print(f"model load + first tag: {cold:.3f} s")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
