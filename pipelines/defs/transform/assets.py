"""Transform: syndication links (Python) and the dbt project (staging -> intermediate -> marts)."""

import os
from collections.abc import Mapping
from functools import cache
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from pipelines.defs.resources import Warehouse
from pipelines.faults import fault_point
from pipelines.load import write_story_links
from pipelines.load.warehouse import read_table, row_count, unlinked_article_count
from pipelines.transform import dbt_project
from pipelines.transform.syndication import StoryInput, link_stories


@dg.asset(group_name="transform", deps=["raw_articles"], kinds={"python", "duckdb"})
def raw_article_story_links(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    """Each article version linked to the wire story it copies (MinHash near-duplicates); itself if original."""
    with warehouse.connect() as con:
        if unlinked_article_count(con) == 0:
            # Articles are only ever added, so with every version linked the clusters cannot have changed.
            return dg.MaterializeResult(metadata={"dagster/row_count": row_count(con, "raw.article_story_links"),
                                                  "relinked": False})
        frame = read_table(con, "raw.articles", ["article_id", "content_hash", "published_at", "source", "text"])
        links = link_stories(
            StoryInput(row.article_id, row.content_hash, row.published_at, row.source, row.text)
            for row in frame.itertuples(index=False)
        )
        n = write_story_links(con, links)
    n_stories = len({link.story_id for link in links})
    return dg.MaterializeResult(metadata={"dagster/row_count": n, "stories": n_stories,
                                          "copies": n - n_stories, "relinked": True})


class LaunchWatchTranslator(DagsterDbtTranslator):
    """Asset keys are model names (readers know `fct_launch_events`, not `marts/fct_launch_events`);
    groups follow the dbt folder (staging, intermediate, marts, reference)."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if dbt_resource_props["resource_type"] == "source":
            return super().get_asset_key(dbt_resource_props)
        return dg.AssetKey(dbt_resource_props["name"])

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "seed":
            return "reference"
        fqn = dbt_resource_props.get("fqn", [])
        return fqn[1] if len(fqn) > 2 else "transform"


@cache
def mart_keys() -> list[dg.AssetKey]:
    """Every fct_/dim_ model in the manifest: what publish copies."""
    import json

    manifest = json.loads(dbt_project().manifest_path.read_text())
    return sorted(
        dg.AssetKey(node["name"])
        for node in manifest["nodes"].values()
        if node["resource_type"] == "model" and node["name"].startswith(("fct_", "dim_"))
    )


@dbt_assets(manifest=dbt_project().manifest_path, project=dbt_project(),
            dagster_dbt_translator=LaunchWatchTranslator())
def launchwatch_dbt(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: Warehouse):
    """`dbt build`: seeds, models and their data tests (which arrive as asset checks).

    dbt unit tests check model logic, not data: they run in CI (tests/transform), not in every data run.
    """
    # dbt's run artefacts and logs belong to the home the run writes, not to the code checkout.
    home = warehouse.paths.home
    os.environ["DBT_LOG_PATH"] = str(home / "logs" / "dbt")
    build = dbt.cli(["build", "--exclude-resource-type", "unit_test"], context=context,
                    target_path=home / "dbt" / "target")
    for n, event in enumerate(build.stream()):
        if n == 3:
            fault_point("dbt.running")
        yield event
