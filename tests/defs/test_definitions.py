"""The code location the UI loads: its assets, blocking checks, job and stopped daily schedule."""

import dagster as dg

from pipelines.definitions import defs


def test_assets_named_after_their_tables():
    keys = {k.to_user_string() for k in defs.resolve_asset_graph().get_all_asset_keys()}
    assert {"raw_articles", "raw_article_quarantine", "raw_launch_mentions", "raw_reaction_mentions",
            "raw_article_story_links", "stg_articles", "int_launch_events", "fct_launch_events",
            "fct_launches_per_month", "fct_reactions_by_country", "fct_reactions", "fct_launch_attribute_evidence",
            "dim_country", "dim_missile_system", "dim_launch_site", "dim_date", "published_marts"} <= keys


def test_every_stage_has_a_blocking_check():
    checks = {c.name: c for c in defs.resolve_asset_graph().asset_check_keys}
    for name in ("raw_articles_suite", "inbox_fully_accounted", "launch_mentions_suite", "reaction_mentions_suite",
                 "fct_launch_events_suite", "fct_launches_per_month_suite", "fct_reactions_by_country_suite"):
        assert name in checks
    graph = defs.resolve_asset_graph()
    blocking = {k.name for k in graph.asset_check_keys if graph.get_check_spec(k).blocking}
    assert "raw_articles_suite" in blocking and "fct_launch_events_suite" in blocking


def test_publish_waits_for_every_mart():
    graph = defs.resolve_asset_graph()
    parents = {k.to_user_string() for k in graph.get(dg.AssetKey("published_marts")).parent_keys}
    assert {"fct_launch_events", "fct_launches_per_month", "fct_reactions_by_country", "dim_country"} <= parents


def test_daily_schedule_is_defined_and_stopped():
    schedule = defs.resolve_schedule_def("launchwatch_daily")
    assert schedule.default_status == dg.DefaultScheduleStatus.STOPPED
    assert schedule.execution_timezone == "UTC"
    assert schedule.job_name == "launchwatch_job"
