"""The job that materialises everything, and its daily schedule (stopped until an analyst turns it on)."""

import dagster as dg

launchwatch_job = dg.define_asset_job(
    name="launchwatch_job",
    selection=dg.AssetSelection.all(),
    description="Ingest the inbox, extract, build the marts, check every stage, publish.",
)

launchwatch_daily = dg.ScheduleDefinition(
    name="launchwatch_daily",
    job=launchwatch_job,
    cron_schedule="0 6 * * *",
    execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Every day at 06:00 UTC: the whole pipeline over whatever arrived in the inbox.",
)
