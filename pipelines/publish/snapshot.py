"""Build a run's published folder aside, then switch readers to it in one atomic step.

Layout under LAUNCHWATCH_HOME:

    published            -> symlink to published.d/<run_id>   (replaced by one rename)
    published.d/<run_id>/launchwatch.duckdb
    published.d/<run_id>/marts/<mart>.parquet

A reader resolves `published/...` when it opens a file, so it sees one run's snapshot and Parquet
files, never a mix; a reader that opened an older run keeps reading it (POSIX keeps unlinked files
alive), and the working warehouse is never opened by readers, so they never hold its lock.
"""

import os
import shutil
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

import duckdb

from pipelines.faults import fault_point

KEEP_RUNS = 3  # older run folders are removed; a reader still holding one keeps its open file
MART_PREFIXES = ("fct_", "dim_")


@dataclass(frozen=True)
class RunInfo:
    run_id: str
    started_at: datetime
    ended_at: datetime
    extractor_version: str
    n_articles: int
    n_quarantined: int
    n_launch_mentions: int
    n_reaction_mentions: int
    n_launch_events: int
    status: str = "published"


def published_tables(con: duckdb.DuckDBPyConnection, schema: str = "marts") -> list[str]:
    """Every fct_/dim_ relation the transform stage built."""
    rows = con.execute(
        "select table_name from information_schema.tables where table_schema = ? order by table_name",
        [schema],
    ).fetchall()
    return [name for (name,) in rows if name.startswith(MART_PREFIXES)]


def current_run_dir(published_link: Path) -> Path | None:
    """The run folder readers currently see, or None before the first publish."""
    return published_link.resolve() if published_link.is_symlink() else None


def publish(con: duckdb.DuckDBPyConnection, home: Path, run: RunInfo, schema: str = "marts") -> Path:
    """Copy every mart and the run log from the working warehouse into a new run folder, then switch.

    `con` is the pipeline's read-write connection to the working warehouse (no second process may open it).
    Returns the new run folder.
    """
    runs_root = home / "published.d"
    run_dir = runs_root / run.run_id
    building = runs_root / f".building-{run.run_id}"
    if building.exists():
        shutil.rmtree(building)
    (building / "marts").mkdir(parents=True)

    tables = published_tables(con, schema)
    row = asdict(run)
    record_run = "insert {verb} into {table} by name select " + ", ".join(f"? as {name}" for name in row)
    snapshot = building / "launchwatch.duckdb"
    con.execute("attach ? as snapshot", [str(snapshot)])
    try:
        for table in tables:
            con.execute(f'create table snapshot.main."{table}" as select * from {schema}."{table}"')
            con.execute(
                f"copy (select * from {schema}.\"{table}\") to '{building / 'marts' / table}.parquet' "
                "(format parquet)"
            )
        con.execute("create table snapshot.main.pipeline_runs as select * from raw.pipeline_runs order by started_at")
        con.execute(record_run.format(verb="", table="snapshot.main.pipeline_runs"), list(row.values()))
        con.execute("checkpoint snapshot")
    finally:
        con.execute("detach snapshot")

    os.replace(building, run_dir)
    fault_point("publish.before_switch")
    _switch(home / "published", run_dir)
    # Only a run readers can see is recorded in the warehouse's run log.
    con.execute(record_run.format(verb="or replace", table="raw.pipeline_runs"), list(row.values()))
    _prune(runs_root, keep=run_dir)
    return run_dir


def _switch(link: Path, target: Path) -> None:
    """Point `link` at `target` with one rename: readers see the old run or the new one, nothing between."""
    tmp = link.with_name(f".{link.name}.switch")
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(os.path.relpath(target, link.parent))
    if link.exists() and not link.is_symlink():
        # A plain folder from a hand copy: move it aside rather than lose it.
        link.rename(link.with_name(f"{link.name}.replaced-{datetime.now():%Y%m%d%H%M%S}"))
    os.replace(tmp, link)


def _prune(runs_root: Path, keep: Path) -> None:
    runs = sorted(
        (p for p in runs_root.iterdir() if p.is_dir() and not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime,
    )
    for old in runs[:-KEEP_RUNS]:
        if old != keep:
            shutil.rmtree(old, ignore_errors=True)
    for stale in runs_root.glob(".building-*"):
        shutil.rmtree(stale, ignore_errors=True)
