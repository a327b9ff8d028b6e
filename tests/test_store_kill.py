"""kill -9 in the middle of ``rasd ingest`` (a subprocess, SIGKILL): the store is consistent (integrity check, whole
batches only, every table agrees with the articles, the merge covers exactly the stored events) and the same
command again completes it, every article present once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from .conftest import ROOT

BATCH = 4
PLACES = ["أريحا", "سراقب", "بنش", "تفتناز", "جسر الشغور", "خان شيخون", "معرة النعمان", "الأتارب"]


def _articles(n: int) -> list[dict[str, str]]:
    """Short strike reports; every fourth one tells the strike of the article before it (another outlet)."""
    out = []
    for i in range(n):
        j = i - 1 if i % 4 == 3 else i
        place = PLACES[j % len(PLACES)]
        day = 1 + j % 27
        out.append(
            {
                "id": f"k{i}",
                "title": f"غارة على {place}",
                "published": f"2021-05-{day:02d}",
                "url": f"https://kill{i % 3}.example/{i}",
                "source": f"kill{i % 3}.example",
                "text": f"قتل {2 + i % 5} مدنيين، اليوم، في غارة روسية على مدينة {place} في ريف إدلب. الخبر رقم {i}.",
            }
        )
    return out


def _check(conn: sqlite3.Connection) -> int:
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM article_index").fetchone()[0] == n
    assert conn.execute("SELECT count(*) FROM article_index_fts").fetchone()[0] == n
    assert (
        conn.execute("SELECT coalesce(sum(n_events), 0) FROM articles").fetchone()[0]
        == conn.execute("SELECT count(*) FROM events").fetchone()[0]
    )
    assert not conn.execute(
        "SELECT 1 FROM events e LEFT JOIN articles a ON a.key = e.article WHERE a.key IS NULL"
    ).fetchall()
    acled = conn.execute("SELECT count(*) FROM events WHERE acled_row = 1").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM merged_reports").fetchone()[0] == acled  # the merge: whole batches too
    assert conn.execute("SELECT coalesce(sum(n_reports), 0) FROM merged_events").fetchone()[0] == acled
    return int(n)


def test_kill_9_mid_ingest_leaves_a_consistent_store_and_a_rerun_completes_it(tmp_path: Path) -> None:
    n = 400
    src = tmp_path / "many.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in _articles(n)), encoding="utf-8")
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "rasd.cli", "ingest", str(src), "--db", str(db), "--jobs", "1"]
    cmd += ["--batch-size", str(BATCH), "--quiet"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None and stored < 40:
        time.sleep(0.02)
        if not db.exists():
            continue
        try:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            conn.close()
        except sqlite3.OperationalError:  # the schema is being created
            stored = 0
    assert proc.poll() is None, "rasd ingest ended before it could be killed; give it more articles"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    conn = sqlite3.connect(db)
    stored = _check(conn)
    assert 0 < stored < n and stored % BATCH == 0  # whole batches only
    conn.close()
    rerun = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{n - stored} new, {stored} unchanged" in rerun.stdout
    conn = sqlite3.connect(db)
    assert _check(conn) == n
    ids = [r[0] for r in conn.execute("SELECT input_id FROM articles")]
    assert sorted(ids) == sorted(f"k{i}" for i in range(n))  # every article once
    several = conn.execute("SELECT count(*) FROM merged_events WHERE n_reports > 1").fetchone()[0]
    assert several > 0  # the retold strikes merged, across the kill too
    conn.close()
