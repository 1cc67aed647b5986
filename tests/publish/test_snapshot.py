"""Publishing: every mart plus pipeline_runs in the snapshot's default schema, Parquet beside it, one switch."""

from datetime import datetime

import duckdb
import pytest

from pipelines.load import apply_schema, connect
from pipelines.publish import RunInfo, current_run_dir, publish


def run_info(run_id: str, n: int) -> RunInfo:
    return RunInfo(run_id=run_id, started_at=datetime(2026, 1, 5), ended_at=datetime(2026, 1, 5, 0, 1),
                   extractor_version="t", n_articles=n, n_quarantined=0, n_launch_mentions=n,
                   n_reaction_mentions=0, n_launch_events=n)


@pytest.fixture
def con(tmp_path):
    connection = connect(tmp_path / "warehouse.duckdb")
    apply_schema(connection)
    connection.execute("create schema marts")
    connection.execute("create table marts.fct_launch_events as select 'e1' as launch_event_id")
    connection.execute("create table marts.dim_country as select 'PRK' as iso3")
    connection.execute("create table marts.int_hidden as select 1 as x")
    yield connection
    connection.close()


def test_snapshot_holds_every_mart_and_the_run_log(tmp_path, con):
    publish(con, tmp_path, run_info("r1", 1))
    snap = duckdb.connect(str(tmp_path / "published" / "launchwatch.duckdb"), read_only=True)
    tables = {name for (name,) in snap.execute("select table_name from information_schema.tables").fetchall()}
    assert tables == {"fct_launch_events", "dim_country", "pipeline_runs"}
    assert snap.execute("select run_id, n_articles from pipeline_runs").fetchall() == [("r1", 1)]
    assert sorted(p.name for p in (tmp_path / "published" / "marts").iterdir()) == [
        "dim_country.parquet", "fct_launch_events.parquet"]


def test_second_publish_switches_and_keeps_history(tmp_path, con):
    publish(con, tmp_path, run_info("r1", 1))
    first = current_run_dir(tmp_path / "published")
    con.execute("insert into marts.fct_launch_events values ('e2')")
    publish(con, tmp_path, run_info("r2", 2))
    second = current_run_dir(tmp_path / "published")
    assert first != second and first.exists()
    snap = duckdb.connect(str(tmp_path / "published" / "launchwatch.duckdb"), read_only=True)
    assert snap.execute("select count(*) from fct_launch_events").fetchall() == [(2,)]
    assert snap.execute("select run_id from pipeline_runs order by run_id").fetchall() == [("r1",), ("r2",)]
    parquet = duckdb.sql(f"select count(*) from '{tmp_path}/published/marts/fct_launch_events.parquet'")
    assert parquet.fetchall() == [(2,)]


def test_old_run_folders_are_pruned(tmp_path, con):
    for i in range(5):
        publish(con, tmp_path, run_info(f"r{i}", i))
    assert len([p for p in (tmp_path / "published.d").iterdir() if not p.name.startswith(".")]) == 3
