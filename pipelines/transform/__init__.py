"""Transform stage: the dbt project (SQL lives there) and the Python half of resolution (syndication)."""

from pipelines.transform.project import (
    DBT_ENV,
    DBT_EXECUTABLE,
    DBT_PROJECT_DIR,
    dbt_project,
    manifest_is_stale,
    prepare_manifest,
)

__all__ = ["DBT_ENV", "DBT_EXECUTABLE", "DBT_PROJECT_DIR", "dbt_project", "manifest_is_stale", "prepare_manifest"]
