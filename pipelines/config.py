"""Where a run reads and writes (spec section 4). Read from the environment at call time, never at import."""

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Paths:
    """Every location under one LAUNCHWATCH_HOME."""

    home: Path
    inbox: Path

    @property
    def warehouse(self) -> Path:
        return self.home / "warehouse.duckdb"

    @property
    def published_dir(self) -> Path:
        return self.home / "published"

    @property
    def snapshot(self) -> Path:
        return self.published_dir / "launchwatch.duckdb"

    @property
    def marts_dir(self) -> Path:
        return self.published_dir / "marts"

    @property
    def lock_file(self) -> Path:
        return self.home / ".lock"


def get_paths() -> Paths:
    """Paths from LAUNCHWATCH_HOME (default ./data) and LAUNCHWATCH_INBOX (default $HOME/inbox)."""
    home = Path(os.environ.get("LAUNCHWATCH_HOME") or "data").resolve()
    inbox_env = os.environ.get("LAUNCHWATCH_INBOX")
    inbox = Path(inbox_env).resolve() if inbox_env else home / "inbox"
    return Paths(home=home, inbox=inbox)
