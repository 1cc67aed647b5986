"""A run killed at any point leaves the published snapshot intact and the warehouse consistent; the next
run completes with the same marts as an uninterrupted run.

The corpus is the resolution fixture: a first run publishes part of it, the rest arrives, and the run
over it is killed at a named point (pipelines/faults.py) before a clean run recovers.
"""

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import duckdb
import pytest

from pipelines.faults import POINTS
from tests.conftest import LAUNCHWATCH, RESOLUTION_CORPUS, cli_env, launchwatch, published_run

CORPUS = RESOLUTION_CORPUS
MARTS = ("fct_launch_events", "fct_launches_per_month", "fct_reactions_by_country", "fct_reactions",
         "fct_launch_attribute_evidence")


def articles() -> list[Path]:
    return sorted(CORPUS.glob("*.json"))


def marts(home: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(home / "published" / "launchwatch.duckdb"), read_only=True)
    try:
        return {m: con.execute(f"select * from {m} order by all").fetchall() for m in MARTS}
    finally:
        con.close()


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory) -> dict:
    return marts(published_run(tmp_path_factory.mktemp("baseline") / "home", CORPUS))


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """A home whose first run published the first half of the corpus."""
    home = tmp_path_factory.mktemp("seeded") / "home"
    (home / "inbox").mkdir(parents=True)
    for path in articles()[:8]:
        shutil.copy(path, home / "inbox" / path.name)
    result = launchwatch(home, "run")
    assert result.returncode == 0, result.stderr
    return home


def with_rest_of_corpus(seeded: Path, tmp_path: Path) -> Path:
    home = tmp_path / "home"
    shutil.copytree(seeded, home, symlinks=True)
    for path in articles()[8:]:
        shutil.copy(path, home / "inbox" / path.name)
    return home


def start_run(home: Path, **env: str) -> subprocess.Popen:
    # Its own session, so the run (and dbt, its child) can be killed as a group without touching pytest.
    return subprocess.Popen([str(LAUNCHWATCH), "run"], env=cli_env(home, **env), cwd=home.parent,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


@pytest.mark.parametrize("point", POINTS)
def test_killed_run_keeps_snapshot_and_next_run_recovers(seeded, uninterrupted, tmp_path, point):
    home = with_rest_of_corpus(seeded, tmp_path)
    published_before = (home / "published").resolve()
    snapshot_before = (home / "published" / "launchwatch.duckdb").read_bytes()

    killed = start_run(home, LAUNCHWATCH_FAULT=point)
    assert killed.wait(timeout=600) == -signal.SIGKILL

    assert (home / "published").resolve() == published_before
    assert (home / "published" / "launchwatch.duckdb").read_bytes() == snapshot_before
    duckdb.connect(str(home / "published" / "launchwatch.duckdb"), read_only=True).close()

    recovered = launchwatch(home, "run")
    assert recovered.returncode == 0, recovered.stderr
    assert marts(home) == uninterrupted


def test_sigkill_to_the_whole_run_while_dbt_builds(seeded, uninterrupted, tmp_path):
    home = with_rest_of_corpus(seeded, tmp_path)
    snapshot_before = (home / "published" / "launchwatch.duckdb").read_bytes()
    run = start_run(home, LAUNCHWATCH_FAULT="dbt.running", LAUNCHWATCH_FAULT_MODE="pause")
    marker = home / ".fault-dbt.running"
    deadline = time.monotonic() + 600
    while not marker.exists():
        assert run.poll() is None, "run ended before reaching dbt"
        assert time.monotonic() < deadline
        time.sleep(0.2)

    os.killpg(run.pid, signal.SIGKILL)
    assert run.wait(timeout=60) == -signal.SIGKILL
    marker.unlink()

    assert (home / "published" / "launchwatch.duckdb").read_bytes() == snapshot_before
    recovered = launchwatch(home, "run")
    assert recovered.returncode == 0, recovered.stderr
    assert marts(home) == uninterrupted
