"""Readers keep working while a run publishes and only ever see whole snapshots; two runs never overlap."""

import subprocess
import time
from pathlib import Path

import duckdb
import pytest
import sqlalchemy

from tests.conftest import LAUNCHWATCH, RESOLUTION_CORPUS, cli_env, launchwatch, published_run


@pytest.fixture(scope="module")
def published_home(tmp_path_factory) -> Path:
    return published_run(tmp_path_factory.mktemp("readers") / "home", RESOLUTION_CORPUS)


def read_whole_snapshot(home: Path) -> tuple[str, int]:
    """One reader pass: resolve the published link once, then read the snapshot and the Parquet files of
    that run. Returns (run_id, launch events); fails if the run folder is incomplete or inconsistent."""
    run_dir = (home / "published").resolve()
    con = duckdb.connect(str(run_dir / "launchwatch.duckdb"), read_only=True)
    try:
        run_id, n_events = con.execute(
            "select run_id, n_launch_events from pipeline_runs order by started_at desc, run_id desc limit 1"
        ).fetchone()
        assert con.execute("select count(*) from fct_launch_events").fetchone()[0] == n_events
    finally:
        con.close()
    parquet = duckdb.sql(f"select count(*) from '{run_dir}/marts/fct_launch_events.parquet'").fetchall()[0][0]
    assert parquet == n_events
    return run_id, n_events


def test_readers_see_only_whole_snapshots_during_a_publish(published_home):
    home = published_home
    (home / "inbox" / "r01-yonhap-20240701.json").touch()  # a changed file: the run does real work
    engine = sqlalchemy.create_engine(
        f"duckdb:///{home / 'published' / 'launchwatch.duckdb'}", connect_args={"read_only": True},
        poolclass=sqlalchemy.pool.NullPool)
    run = subprocess.Popen([str(LAUNCHWATCH), "run"], env=cli_env(home), cwd=home.parent,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen, polls, deadline = set(), 0, time.monotonic() + 600
    while run.poll() is None and time.monotonic() < deadline:
        seen.add(read_whole_snapshot(home)[0])
        with engine.connect() as sa:
            assert sa.execute(sqlalchemy.text("select count(*) from fct_launches_per_month")).scalar() > 0
        query = subprocess.run([str(LAUNCHWATCH), "query", "select count(*) as n from fct_launch_events",
                                "--format", "csv"], env=cli_env(home), capture_output=True, text=True)
        assert query.returncode == 0, query.stderr
        polls += 1
    assert run.wait() == 0, run.stderr.read()
    seen.add(read_whole_snapshot(home)[0])
    assert polls >= 3
    assert len(seen) == 2, "readers saw the old run, then the new one, and nothing else"


def test_second_run_at_once_is_refused_with_a_clear_line(published_home):
    home = published_home
    first = subprocess.Popen([str(LAUNCHWATCH), "run"], env=cli_env(home), cwd=home.parent,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        lock = home / ".lock"
        deadline = time.monotonic() + 120
        while not (lock.exists() and lock.read_text().strip() == str(first.pid)):
            assert time.monotonic() < deadline
            time.sleep(0.1)
        second = launchwatch(home, "run")
        assert second.returncode == 2
        assert second.stderr.strip() == (
            f"launchwatch: another pipeline run (pid {first.pid}) is using {home}; "
            "wait for it to finish (or pass --wait SECONDS)")
    finally:
        assert first.wait(timeout=600) == 0
