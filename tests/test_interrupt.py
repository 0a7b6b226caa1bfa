"""A crash or Ctrl-C in the middle of an ingest or an analysis leaves a consistent store; a rerun
completes it with the result of an uninterrupted run.

The crash is kill -9 at a random point, a seeded one per run so that each run is reproducible as
far as the machine's timing allows: 16 runs while an ingest stores its inputs, 4 during an
analysis. The points are spread out: run n of N falls in the n-th N-th of the stretch.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import gnad_articles
from presseschau.cli import main

FILES = 100
INGEST_KILLS = 16
ANALYSIS_KILLS = 4


def write_articles(folder: Path, count: int) -> Path:
    for number, text in enumerate(gnad_articles(count)):
        (folder / f"{number:04d}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_articles(tmp_path_factory.mktemp("gnad"), FILES)


def ingest_args(folder: Path, db: Path) -> list[str]:
    return ["ingest", str(folder), "--db", str(db), "-q", "--offline"]


def analyze_args(db: Path, out: Path) -> list[str]:
    return ["analyze", "--db", str(db), "--out", str(out), "-q", "--jobs", "1"]


def command(args: list[str]) -> list[str]:
    return [sys.executable, "-m", "presseschau", *args]


def snapshot(db: Path) -> tuple[list, list]:
    with sqlite3.connect(db) as con:
        articles = con.execute(
            "SELECT id, content_hash, source, outlet, text, removed, duplicate_of "
            "FROM articles ORDER BY id"
        ).fetchall()
        sources = con.execute("SELECT * FROM article_sources ORDER BY source").fetchall()
    return articles, sources


def count(db: Path) -> int:
    try:
        with sqlite3.connect(db) as con:
            return con.execute("SELECT count(*) FROM inputs").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # the schema is not there yet


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as con:
        return con.execute("PRAGMA integrity_check").fetchone()[0]


def report(out: Path) -> dict:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def copy_store(source: Path, target: Path) -> Path:
    with sqlite3.connect(source) as original, sqlite3.connect(target) as copy:
        original.backup(copy)
    return target


def start_and_stop_midway(folder: Path, db: Path, sig: int) -> tuple[int, str]:
    process = subprocess.Popen(command(ingest_args(folder, db)), stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while count(db) < 20 and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=60)
    return process.returncode, stderr


def kill_after(args: list[str], started: Callable[[], bool], seconds: float) -> None:
    """Run presseschau with `args`; once `started()`, kill -9 it after `seconds`."""
    process = subprocess.Popen(command(args), stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not started() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(seconds)
    process.kill()
    process.wait(timeout=60)


def timed(args: list[str], started: Callable[[], bool]) -> float:
    """Seconds from `started()` to the end of an uninterrupted run with `args`."""
    process = subprocess.Popen(command(args))
    while not started() and process.poll() is None:
        time.sleep(0.005)
    start = time.monotonic()
    assert process.wait(timeout=120) == 0
    return time.monotonic() - start


def point(run: int, runs: int, seconds: float) -> float:
    """A seeded random point in the run-th of `runs` equal parts of `seconds`."""
    return random.Random(run).uniform(run, run + 1) * seconds / runs


def storing(db: Path) -> Callable[[], bool]:
    return lambda: count(db) > 0


def at_once() -> bool:
    return True


@pytest.fixture(scope="module")
def uninterrupted(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The store and report of uninterrupted runs on the inputs, and the stretches the
    kills fall in: an ingest from its first stored input on, an analysis from its start."""
    folder = tmp_path_factory.mktemp("full")
    db, out = folder / "full.db", folder / "out"
    ingest_seconds = timed(ingest_args(inputs, db), storing(db))
    analyze_seconds = timed(analyze_args(db, out), at_once)
    return {
        "db": db,
        "snapshot": snapshot(db),
        "report": report(out),
        "ingest_seconds": ingest_seconds,
        "analyze_seconds": analyze_seconds,
    }


@pytest.mark.parametrize("run", range(INGEST_KILLS))
def test_an_ingest_killed_at_a_random_point_leaves_a_sound_store_and_a_rerun_completes_it(
    inputs, uninterrupted, tmp_path, run
) -> None:
    db = tmp_path / "killed.db"
    delay = point(run, INGEST_KILLS, uninterrupted["ingest_seconds"])
    kill_after(ingest_args(inputs, db), storing(db), delay)
    assert integrity(db) == "ok"
    assert main(ingest_args(inputs, db)) == 0
    assert snapshot(db) == uninterrupted["snapshot"]


@pytest.mark.parametrize("run", range(ANALYSIS_KILLS))
def test_an_analysis_killed_at_a_random_point_leaves_a_sound_store_and_a_rerun_completes_it(
    uninterrupted, tmp_path, run
) -> None:
    db = copy_store(uninterrupted["db"], tmp_path / "store.db")
    out = tmp_path / "out"
    delay = point(run, ANALYSIS_KILLS, uninterrupted["analyze_seconds"])
    kill_after(analyze_args(db, out), at_once, delay)
    assert integrity(db) == "ok"
    assert main(analyze_args(db, out)) == 0
    assert report(out) == uninterrupted["report"]
    assert snapshot(db) == uninterrupted["snapshot"]


def test_ctrl_c_stops_cleanly_and_a_rerun_completes(inputs, uninterrupted, tmp_path) -> None:
    db = tmp_path / "interrupted.db"
    returncode, stderr = start_and_stop_midway(inputs, db, signal.SIGINT)
    assert returncode == 130
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert 0 < count(db) < FILES
    assert main(ingest_args(inputs, db)) == 0
    assert snapshot(db) == uninterrupted["snapshot"]
