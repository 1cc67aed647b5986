"""Deterministic fault injection for the kill tests, so they reach each stage without guessing with sleeps.

`LAUNCHWATCH_FAULT=<point>` makes the run die by SIGKILL when it reaches that point, as a crash or an OOM
kill would, with no cleanup; when the run leads its own process group (tests start it that way) the whole
group dies, dbt's child process included. `LAUNCHWATCH_FAULT_MODE=pause` instead parks the run there and
writes `$LAUNCHWATCH_HOME/.fault-<point>`, so a test can kill it from outside at a known moment.

Points: `ingest.before_commit`, `extract.before_commit`, `dbt.running` (dbt is mid-build), and
`publish.before_switch` (the new snapshot is built, readers still see the old one).
"""

import os
import signal
import time
from pathlib import Path

FAULT_ENV = "LAUNCHWATCH_FAULT"
MODE_ENV = "LAUNCHWATCH_FAULT_MODE"
POINTS = ("ingest.before_commit", "extract.before_commit", "dbt.running", "publish.before_switch")


def fault_point(name: str) -> None:
    """Die (or pause) here if the environment asks for a fault at `name`; a no-op otherwise."""
    if os.environ.get(FAULT_ENV) != name:
        return
    if os.environ.get(MODE_ENV) == "pause":
        marker = Path(os.environ.get("LAUNCHWATCH_HOME", "data")) / f".fault-{name}"
        marker.write_text(str(os.getpid()))
        while True:
            time.sleep(1)
    if os.getpgrp() == os.getpid():
        os.killpg(os.getpgrp(), signal.SIGKILL)
    os.kill(os.getpid(), signal.SIGKILL)
