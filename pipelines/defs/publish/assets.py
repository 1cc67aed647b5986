"""Publish: copy the marts of a run whose blocking checks passed into the readers' snapshot."""

from datetime import UTC, datetime

import dagster as dg

from pipelines.defs.resources import Warehouse
from pipelines.defs.transform.assets import mart_keys
from pipelines.extract import EXTRACTOR_VERSION
from pipelines.load.warehouse import row_count
from pipelines.publish import RunInfo, publish


@dg.asset(group_name="publish", deps=mart_keys(), kinds={"duckdb", "parquet"})
def published_marts(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    """`published/launchwatch.duckdb` + `published/marts/*.parquet`, switched in atomically.

    Runs only when every blocking check upstream passed (Dagster skips it otherwise), so readers only
    ever see checked data; the previous snapshot stays in place until the switch.
    """
    record = context.instance.get_run_record_by_id(context.run_id)
    started = record.start_time if record and record.start_time else None
    with warehouse.connect() as con:
        run = RunInfo(
            run_id=context.run_id,
            started_at=datetime.fromtimestamp(started, UTC).replace(tzinfo=None) if started
            else datetime.now(UTC).replace(tzinfo=None),
            ended_at=datetime.now(UTC).replace(tzinfo=None),
            extractor_version=EXTRACTOR_VERSION,
            n_articles=row_count(con, "raw.articles"),
            n_quarantined=row_count(con, "raw.article_quarantine"),
            n_launch_mentions=row_count(con, "raw.launch_mentions"),
            n_reaction_mentions=row_count(con, "raw.reaction_mentions"),
            n_launch_events=row_count(con, "marts.fct_launch_events"),
        )
        run_dir = publish(con, warehouse.paths.home, run)
    return dg.MaterializeResult(
        metadata={"snapshot": dg.MetadataValue.path(str(warehouse.paths.snapshot)),
                  "run_folder": dg.MetadataValue.path(str(run_dir)),
                  "launch_events": run.n_launch_events}
    )
