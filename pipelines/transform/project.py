"""The dbt project handle, and the manifest Dagster needs at import time."""

import os
import subprocess
import sys
from functools import cache
from pathlib import Path

from dagster_dbt import DbtProject

DBT_PROJECT_DIR = Path(__file__).resolve().parents[2] / "dbt_project"
# The venv's dbt, whether or not the venv is activated (PATH may not have it).
DBT_EXECUTABLE = Path(sys.executable).with_name("dbt")
DBT_ENV = {"DO_NOT_TRACK": "1", "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}


@cache
def dbt_project() -> DbtProject:
    return DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)


def manifest_is_stale() -> bool:
    """True when target/manifest.json is missing or older than any model, seed, macro or project file."""
    manifest = DBT_PROJECT_DIR / "target" / "manifest.json"
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    sources = [DBT_PROJECT_DIR / "dbt_project.yml"]
    for folder in ("models", "macros", "seeds", "tests"):
        sources.extend((DBT_PROJECT_DIR / folder).rglob("*"))
    sources.extend((DBT_PROJECT_DIR.parent / "pipelines" / "reference").glob("*.csv"))
    return any(p.is_file() and p.stat().st_mtime > built for p in sources)


def prepare_manifest(warehouse: Path | None = None) -> None:
    """Run `dbt parse` when the manifest is stale (Makefile, CLI and tests call this, never an import)."""
    if not manifest_is_stale():
        return
    env = {**os.environ, **DBT_ENV}
    env.setdefault("LAUNCHWATCH_WAREHOUSE", str(warehouse or DBT_PROJECT_DIR / "target" / "parse.duckdb"))
    subprocess.run(
        [str(DBT_EXECUTABLE), "parse", "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR),
         "--quiet"],
        check=True, env=env, capture_output=True, text=True,
    )
