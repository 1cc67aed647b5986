"""Expected failures give one actionable line and a non-zero exit, never a traceback."""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import launchwatch


def one_line(result: subprocess.CompletedProcess) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_missing_inbox(tmp_path):
    result = launchwatch(tmp_path / "home", "run", "--inbox", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert "does not exist" in one_line(result)


def test_unwritable_home(tmp_path):
    (tmp_path / "file").write_text("not a folder")
    home = tmp_path / "file" / "home"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    result = launchwatch(home, "run", "--inbox", str(inbox))
    assert result.returncode == 2
    assert "is not writable" in one_line(result)


def home_with_inbox(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    (home / "inbox").mkdir(parents=True)
    return home


def test_corrupt_warehouse(tmp_path):
    home = home_with_inbox(tmp_path)
    (home / "warehouse.duckdb").write_bytes(b"this is not a duckdb file" * 1000)
    result = launchwatch(home, "run")
    assert result.returncode == 2
    line = one_line(result)
    assert "warehouse.duckdb" in line and "move it aside" in line


def test_warehouse_locked_by_another_process(tmp_path):
    home = home_with_inbox(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, time
            con = duckdb.connect({str(home / 'warehouse.duckdb')!r})
            print('open', flush=True)
            time.sleep(60)
        """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        result = launchwatch(home, "run")
        assert result.returncode == 2
        assert "locked by another process" in one_line(result)
    finally:
        holder.kill()
        holder.wait()


def test_query_without_snapshot(tmp_path):
    result = launchwatch(tmp_path / "home", "query", "select 1")
    assert result.returncode == 2
    assert "no published snapshot" in one_line(result)


@pytest.mark.parametrize("sql", ["create table x (a int)", "drop table fct_launch_events",
                                 "insert into fct_launch_events (launch_event_id) values ('x')"])
def test_query_refuses_writes(tmp_path, sql):
    import duckdb

    home = tmp_path / "home"
    (home / "published").mkdir(parents=True)
    con = duckdb.connect(str(home / "published" / "launchwatch.duckdb"))
    con.execute("create table fct_launch_events (launch_event_id varchar)")
    con.close()
    result = launchwatch(home, "query", sql)
    assert result.returncode == 2
    assert "read-only" in one_line(result)


def test_query_formats(tmp_path):
    import duckdb

    home = tmp_path / "home"
    (home / "published").mkdir(parents=True)
    con = duckdb.connect(str(home / "published" / "launchwatch.duckdb"))
    con.execute("create table t as select 'PRK' as c, 2 as n, date '2024-09-12' as d")
    con.close()
    assert launchwatch(home, "query", "select c, n from t", "--format", "csv").stdout == "c,n\nPRK,2\n"
    assert json.loads(launchwatch(home, "query", "select * from t", "--format", "json").stdout) == [
        {"c": "PRK", "n": 2, "d": "2024-09-12"}]
    table = launchwatch(home, "query", "select d from t").stdout
    assert "2024-09-12" in table and "00:00:00" not in table
    bad = launchwatch(home, "query", "select 1", "--format", "xml")
    assert bad.returncode == 2 and "--format" in one_line(bad)
