"""Ingest: inbox files -> raw.articles and raw.article_quarantine."""

from datetime import UTC, datetime

import dagster as dg

from pipelines.defs.resources import Warehouse
from pipelines.ingest import iter_inbox, read_file
from pipelines.load import known_files, write_file_results
from pipelines.load.warehouse import quarantine_by_reason, row_count

BATCH_FILES = 500


@dg.multi_asset(
    specs=[
        dg.AssetSpec("raw_articles", group_name="ingest", kinds={"duckdb"},
                     description="One row per distinct article version read from the inbox (spec section 1)."),
        dg.AssetSpec("raw_article_quarantine", group_name="ingest", kinds={"duckdb"},
                     description="One row per rejected file or record, with its location and reason code."),
    ],
)
def ingest_inbox(context: dg.AssetExecutionContext, warehouse: Warehouse):
    """Read new or changed inbox files; unchanged files (same size and mtime) are skipped."""
    inbox = warehouse.paths.inbox
    if not inbox.is_dir():
        raise dg.Failure(f"inbox {inbox} does not exist or is not a folder")
    now = datetime.now(UTC).replace(tzinfo=None)
    totals = {"files": 0, "skipped_unchanged": 0, "new_articles": 0, "quarantined": 0}
    with warehouse.connect() as con:
        known = known_files(con)
        batch = []
        for path in iter_inbox(inbox):
            stat = path.lstat()
            if known.get(path.relative_to(inbox).as_posix()) == (stat.st_size, stat.st_mtime_ns):
                totals["skipped_unchanged"] += 1
                continue
            batch.append(read_file(path, inbox, now))
            if len(batch) >= BATCH_FILES:
                _add(totals, write_file_results(con, batch, now))
                batch = []
        if batch:
            _add(totals, write_file_results(con, batch, now))
        n_articles = row_count(con, "raw.articles")
        reasons = quarantine_by_reason(con)
    context.log.info(f"ingest: {totals}; quarantine by reason: {reasons}")
    yield dg.MaterializeResult(
        asset_key="raw_articles",
        metadata={"files_read": totals["files"], "files_unchanged": totals["skipped_unchanged"],
                  "new_articles": totals["new_articles"], "dagster/row_count": n_articles},
    )
    yield dg.MaterializeResult(
        asset_key="raw_article_quarantine",
        metadata={"quarantined_this_run": totals["quarantined"], "by_reason": reasons,
                  "dagster/row_count": sum(reasons.values())},
    )


def _add(totals: dict[str, int], counts: dict[str, int]) -> None:
    totals["files"] += counts["files"]
    totals["new_articles"] += counts["new_articles"]
    totals["quarantined"] += counts["quarantined"]
