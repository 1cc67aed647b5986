"""`launchwatch`: run the pipeline, extract without a warehouse, query the published snapshot.

Exit codes (spec section 5): 0 success (quarantined input is reported, not an error); 1 a blocking check
failed and nothing was published; 2 a usage or environment error. Expected failures print one line.
"""

import csv
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="LaunchWatch: news reports of missile launches -> an analytics warehouse.")

EXIT_OK, EXIT_BLOCKED, EXIT_ENV = 0, 1, 2
FORMATS = ("table", "csv", "json")


class CliError(Exception):
    """An expected failure: one line on stderr and an exit code."""

    def __init__(self, message: str, code: int = EXIT_ENV) -> None:
        super().__init__(message)
        self.code = code


@contextmanager
def _one_line_errors() -> Iterator[None]:
    try:
        yield
    except CliError as exc:
        typer.echo(f"launchwatch: {exc}", err=True)
        raise typer.Exit(exc.code) from None


def _set_env(home: Path | None, inbox: Path | None) -> None:
    if home is not None:
        os.environ["LAUNCHWATCH_HOME"] = str(home.resolve())
    if inbox is not None:
        os.environ["LAUNCHWATCH_INBOX"] = str(inbox.resolve())


@app.command()
def run(
    inbox: Annotated[Path | None, typer.Option(help="Inbox folder (default $LAUNCHWATCH_HOME/inbox).")] = None,
    home: Annotated[Path | None, typer.Option(help="LAUNCHWATCH_HOME (default ./data).")] = None,
    wait: Annotated[float, typer.Option(help="Seconds to wait for another run to finish.")] = 0.0,
    verbose: Annotated[bool, typer.Option(help="Stream Dagster's and dbt's logs instead of writing them to "
                                               "$LAUNCHWATCH_HOME/logs/.")] = False,
) -> None:
    """Materialise every asset (ingest, extract, dbt, checks, publish) in this process and summarise."""
    _set_env(home, inbox)
    with _one_line_errors():
        from pipelines.runner import run_pipeline

        summary = run_pipeline(lock_wait_s=wait, verbose=verbose)
        from pipelines.runner import print_summary

        print_summary(summary)
        if summary.blocked:
            raise CliError(summary.failure_line(), EXIT_BLOCKED)


@app.command()
def extract(
    input: Annotated[list[Path], typer.Option("--input", help="Article files or folders (repeatable).")],
    output: Annotated[Path, typer.Option(help="Where to write the events (JSON Lines).")],
    workers: Annotated[int, typer.Option(help="Processes (0: both cores for large inputs).")] = 0,
) -> None:
    """Extract events from article files into spec section 2 JSONL, without touching any warehouse."""
    with _one_line_errors():
        from pipelines.extract import extract_many
        from pipelines.ingest import iter_inbox, read_file

        articles, quarantined = [], 0
        for root in input:
            if not root.exists():
                raise CliError(f"input {root} does not exist")
            paths = list(iter_inbox(root)) if root.is_dir() else [root]
            base = root if root.is_dir() else root.parent
            for path in paths:
                result = read_file(path, base)
                for record in result.quarantine:
                    quarantined += 1
                    where = f" {record.location}" if record.location else ""
                    typer.echo(f"quarantined {record.source_file}{where}: {record.reason} ({record.detail})",
                               err=True)
                articles.extend(
                    {"article_id": a.article_id, "text": a.text, "published_at": a.published_at,
                     "title": a.title, "source": a.source}
                    for a in result.articles
                )
        n_workers = workers or (2 if len(articles) >= 400 else 1)
        failed: list[str] = []

        def report(article_id: str, error: str) -> None:
            failed.append(article_id)
            typer.echo(f"extraction failed for {article_id}: {error}", err=True)

        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            n_events = 0
            with output.open("w", encoding="utf-8") as fh:
                for event in extract_many(articles, workers=n_workers, on_error=report):
                    fh.write(json.dumps(event, ensure_ascii=False) + "\n")
                    n_events += 1
        except OSError as exc:
            raise CliError(f"cannot write {output}: {exc.strerror}") from exc
        typer.echo(f"{len(articles)} article(s), {quarantined} quarantined, {len(failed)} failed extraction, "
                   f"{n_events} event(s) -> {output}", err=True)


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="Read-only SQL against the published snapshot.")],
    format: Annotated[str, typer.Option("--format", help="table, csv or json")] = "table",
    home: Annotated[Path | None, typer.Option(help="LAUNCHWATCH_HOME (default ./data).")] = None,
) -> None:
    """Run SQL against the published snapshot (opened read-only; never the working warehouse)."""
    _set_env(home, None)
    with _one_line_errors():
        if format not in FORMATS:
            raise CliError(f"--format must be one of {', '.join(FORMATS)}")
        import duckdb

        from pipelines.config import get_paths

        snapshot = get_paths().snapshot
        if not snapshot.exists():
            raise CliError(f"no published snapshot at {snapshot}; run `launchwatch run` first")
        try:
            con = duckdb.connect(str(snapshot), read_only=True)
            cursor = con.execute(sql)
            columns = [d[0] for d in cursor.description] if cursor.description else []
            records = cursor.fetchall() if columns else []
        except duckdb.Error as exc:
            raise CliError(f"query failed: {str(exc).splitlines()[0]}") from exc
        # Values go out as DuckDB returns them (a DATE stays a date): no DataFrame widening on the way.
        if format == "csv":
            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows(["" if v is None else v for v in row] for row in records)
        elif format == "json":
            typer.echo(json.dumps([dict(zip(columns, row, strict=True)) for row in records], default=str,
                                  ensure_ascii=False))
        else:
            from pipelines.runner import print_rows

            print_rows(columns, records)


@app.command()
def ui(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 3000,
    home: Annotated[Path | None, typer.Option(help="LAUNCHWATCH_HOME (default ./data).")] = None,
) -> None:
    """Start the Dagster UI and daemon (schedules fire) on the instance `launchwatch run` records into."""
    _set_env(home, None)
    with _one_line_errors():
        from pipelines.config import get_paths
        from pipelines.runner import dagster_home
        from pipelines.transform import prepare_manifest

        paths = get_paths()
        dagster_home(paths)
        os.environ["LAUNCHWATCH_HOME"] = str(paths.home)
        prepare_manifest(paths.warehouse)
        dagster = Path(sys.executable).with_name("dagster")
        os.execv(dagster, [str(dagster), "dev", "-h", host, "-p", str(port), "-m", "pipelines.definitions"])


def main() -> None:  # pragma: no cover - console script entry
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
