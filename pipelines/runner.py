"""Run the whole pipeline in this process with the Definitions the UI loads, and summarise it.

Environment problems (missing inbox, unwritable home, a run already going, a corrupt or locked warehouse)
are found before Dagster starts, so each surfaces as one line and exit code 2.
"""

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from pipelines.cli import EXIT_ENV, CliError
from pipelines.config import Paths, get_paths
from pipelines.load import WarehouseError, connect
from pipelines.load.lock import RunLockedError, run_lock
from pipelines.load.warehouse import extraction_errors, quarantine_by_reason, row_count

JOB_NAME = "launchwatch_job"
SUMMARY_MONTH_ROWS = 48
DAGSTER_YAML = """telemetry:
  enabled: false
"""


@dataclass
class RunSummary:
    run_id: str
    failed_checks: list[str] = field(default_factory=list)
    failed_steps: list[str] = field(default_factory=list)
    n_articles: int = 0
    quarantined: dict[str, int] = field(default_factory=dict)
    extraction_errors: list[tuple[str, str]] = field(default_factory=list)
    published: bool = False
    n_launch_events: int | None = None
    launches_per_month: list[tuple] | None = None
    log_file: Path | None = None

    @property
    def blocked(self) -> bool:
        return not self.published

    def failure_line(self) -> str:
        if self.failed_checks:
            return f"blocking check(s) failed, nothing published: {', '.join(self.failed_checks)}"
        if self.failed_steps:
            return f"run failed, nothing published: {self.failed_steps[0]}"
        return "run did not publish"


def _ensure_writable(home: Path) -> None:
    try:
        home.mkdir(parents=True, exist_ok=True)
        probe = home / ".write-probe"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise CliError(f"LAUNCHWATCH_HOME {home} is not writable: {exc.strerror}") from exc


def dagster_home(paths: Paths) -> Path:
    """Runs started here show in the UI when both use this DAGSTER_HOME (make ui sets the same)."""
    home = Path(os.environ.get("DAGSTER_HOME") or paths.home / "dagster").resolve()
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text(DAGSTER_YAML)
    os.environ["DAGSTER_HOME"] = str(home)
    return home


def run_pipeline(lock_wait_s: float = 0.0, verbose: bool = False) -> RunSummary:
    """Materialise every asset of the job in process; raise CliError for environment problems."""
    paths = get_paths()
    if not paths.inbox.is_dir():
        raise CliError(f"inbox {paths.inbox} does not exist or is not a folder")
    _ensure_writable(paths.home)
    try:
        with run_lock(paths.lock_file, lock_wait_s):
            return _run_locked(paths, verbose)
    except RunLockedError as exc:
        raise CliError(str(exc), EXIT_ENV) from exc


@contextmanager
def _output_to(log_file: Path | None) -> Iterator[None]:
    """Send this process's stdout/stderr, and so those of dbt (a child), to `log_file` while the run lasts.

    Dagster's event log and dbt's progress are for the UI and the log file; the terminal gets the summary.
    """
    if log_file is None:
        yield
        return
    log_file.parent.mkdir(parents=True, exist_ok=True)
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with log_file.open("ab") as fh:
        os.dup2(fh.fileno(), 1)
        os.dup2(fh.fileno(), 2)
        try:
            yield
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])


def _run_locked(paths: Paths, verbose: bool) -> RunSummary:
    try:
        connect(paths.warehouse).close()
    except WarehouseError as exc:
        raise CliError(str(exc), EXIT_ENV) from exc

    from pipelines.transform import prepare_manifest

    try:
        prepare_manifest(paths.warehouse)
    except subprocess.CalledProcessError as exc:
        last = (exc.stdout or exc.stderr or "").strip().splitlines()[-1:] or ["(no output)"]
        raise CliError(f"dbt parse failed: {last[0]}") from exc

    dagster_home(paths)
    log_file = paths.home / "logs" / f"run-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.log"
    import dagster as dg

    from pipelines.definitions import defs

    job = defs.resolve_job_def(JOB_NAME)
    with _output_to(log_file if not verbose else None):
        result = job.execute_in_process(instance=dg.DagsterInstance.get(), raise_on_error=False)

    summary = RunSummary(run_id=result.run_id, log_file=None if verbose else log_file)
    for evaluation in result.get_asset_check_evaluations():
        if not evaluation.passed and evaluation.severity == dg.AssetCheckSeverity.ERROR:
            summary.failed_checks.append(
                f"{evaluation.asset_key.to_user_string()}:{evaluation.asset_check_key.name}"
            )
    for event in result.all_events:
        if event.is_step_failure and event.step_failure_data:
            summary.failed_steps.append(f"{event.step_key}: {_essential(event.step_failure_data.error.message)}")
    summary.published = any(
        event.is_step_success and event.step_key and "published_marts" in event.step_key
        for event in result.all_events
    )

    con = connect(paths.warehouse, read_only=True)
    try:
        summary.n_articles = row_count(con, "raw.articles")
        summary.quarantined = quarantine_by_reason(con)
        summary.extraction_errors = extraction_errors(con)
    finally:
        con.close()
    if summary.published:
        snap = duckdb.connect(str(paths.snapshot), read_only=True)
        try:
            summary.n_launch_events = snap.table("fct_launch_events").count("*").fetchall()[0][0]
            summary.launches_per_month = snap.table("fct_launches_per_month").order(
                "launch_country, month").select("launch_country, strftime(month, '%Y-%m') as month, "
                                                "n_launch_events, n_missiles_min").fetchall()
        finally:
            snap.close()
    return summary


ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _essential(message: str) -> str:
    """The line of an error that says what failed: for dbt, the first failing node it reported."""
    lines = [ANSI.sub("", line).strip() for line in message.splitlines() if line.strip()]
    for i, line in enumerate(lines):
        if line.startswith("Errors parsed from dbt logs") and i + 1 < len(lines):
            return f"dbt: {lines[i + 1]}"
    return lines[0] if lines else "unknown error"


def print_rows(columns: list[str], records: list[tuple], title: str | None = None,
               max_rows: int | None = None) -> None:
    """Rows as a terminal table; numbers right-aligned, NULL blank."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    numeric = [bool(records) and all(isinstance(r[i], int | float) or r[i] is None for r in records)
               for i in range(len(columns))]
    for name, is_number in zip(columns, numeric, strict=True):
        table.add_column(str(name), justify="right" if is_number else "left")
    shown = records if max_rows is None else records[-max_rows:]
    for row in shown:
        table.add_row(*["" if v is None else str(v) for v in row])
    console = Console(width=max(100, Console().width))
    console.print(table)
    if max_rows is not None and len(records) > max_rows:
        console.print(f"(last {max_rows} of {len(records)} rows; `launchwatch query` shows all)")


def print_summary(summary: RunSummary) -> None:
    from rich.console import Console

    console = Console()
    status = "published" if summary.published else "NOT published"
    console.print(f"run {summary.run_id}: {status}")
    if summary.log_file:
        console.print(f"full log: {summary.log_file}")
    total_q = sum(summary.quarantined.values())
    reasons = ", ".join(f"{reason} {n}" for reason, n in summary.quarantined.items()) or "none"
    console.print(f"articles loaded: {summary.n_articles}; quarantined: {total_q} ({reasons})")
    if summary.extraction_errors:
        first_id, first_error = summary.extraction_errors[0]
        console.print(f"[yellow]extraction failed for {len(summary.extraction_errors)} article(s)[/yellow] "
                      f"(e.g. {first_id}: {first_error}); they are loaded, not extracted")
    for check in summary.failed_checks:
        console.print(f"[red]failed blocking check[/red] {check}")
    for step in summary.failed_steps[:3]:
        console.print(f"[red]failed step[/red] {step}")
    if summary.published and summary.launches_per_month is not None:
        console.print(f"launch events: {summary.n_launch_events}")
        print_rows(["launch_country", "month", "n_launch_events", "n_missiles_min"], summary.launches_per_month,
                   title="Launches per month", max_rows=SUMMARY_MONTH_ROWS)
