"""Shared test helpers: run the real `launchwatch` CLI against a temporary LAUNCHWATCH_HOME."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LAUNCHWATCH = Path(sys.executable).with_name("launchwatch")

# Nothing in a test may phone home or share state with the developer's own data/ folder.
os.environ.update({"DO_NOT_TRACK": "1", "DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "GX_ANALYTICS_ENABLED": "False"})


def cli_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LAUNCHWATCH_", "DAGSTER_HOME"))}
    env.update({"LAUNCHWATCH_HOME": str(home), "DAGSTER_HOME": str(home / "dagster"), **extra})
    return env


def launchwatch(home: Path, *args: str, timeout: float = 600, **env: str) -> subprocess.CompletedProcess:
    """Run the console script in its own process, as an analyst would."""
    return subprocess.run([str(LAUNCHWATCH), *args], capture_output=True, text=True, timeout=timeout,
                          env=cli_env(home, **env), cwd=home.parent if home.parent.is_dir() else None)


@pytest.fixture(scope="session", autouse=True)
def dbt_manifest() -> None:
    """Dagster's dbt assets need target/manifest.json at import; `make test` prepares it, this makes sure."""
    from pipelines.transform import prepare_manifest

    prepare_manifest()


RESOLUTION_CORPUS = REPO / "tests" / "fixtures" / "resolution_corpus"


def published_run(home: Path, corpus: Path) -> Path:
    """Copy a corpus's articles (not its truth file) into `home`'s inbox and run the pipeline once."""
    shutil.copytree(corpus, home / "inbox", ignore=shutil.ignore_patterns("*.yaml"))
    result = launchwatch(home, "run")
    assert result.returncode == 0, result.stderr
    return home


def rows(con, sql: str, params: list | None = None) -> list[dict]:
    """Rows as plain Python values (DATE stays a date, NULL is None): a DataFrame would widen dates."""
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
