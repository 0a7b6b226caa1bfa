"""A crash or Ctrl-C in the middle of an ingest leaves a consistent store; a rerun completes it."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import gnad_articles

FILES = 400


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("gnad")
    for number, text in enumerate(gnad_articles(FILES)):
        (folder / f"{number:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def ingest_command(folder: Path, db: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "presseschau",
        "ingest",
        str(folder),
        "--db",
        str(db),
        "-q",
        "--offline",
    ]


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


def start_and_stop_midway(folder: Path, db: Path, sig: int) -> tuple[int, str]:
    process = subprocess.Popen(ingest_command(folder, db), stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while count(db) < 20 and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=60)
    return process.returncode, stderr


@pytest.fixture(scope="module")
def uninterrupted(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[list, list]:
    db = tmp_path_factory.mktemp("full") / "full.db"
    subprocess.run(ingest_command(inputs, db), check=True)
    return snapshot(db)


def test_killed_ingest_rerun_ends_like_an_uninterrupted_one(
    inputs, uninterrupted, tmp_path
) -> None:
    db = tmp_path / "killed.db"
    start_and_stop_midway(inputs, db, signal.SIGKILL)
    stored_when_killed = count(db)
    assert 0 < stored_when_killed < FILES
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    subprocess.run(ingest_command(inputs, db), check=True)
    assert snapshot(db) == uninterrupted


def test_ctrl_c_stops_cleanly_and_a_rerun_completes(inputs, uninterrupted, tmp_path) -> None:
    db = tmp_path / "interrupted.db"
    returncode, stderr = start_and_stop_midway(inputs, db, signal.SIGINT)
    assert returncode == 130
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert 0 < count(db) < FILES
    subprocess.run(ingest_command(inputs, db), check=True)
    assert snapshot(db) == uninterrupted
