"""The Dagster code location: everything under `pipelines/defs/` (the UI and `launchwatch run` load this)."""

from pathlib import Path

import dagster as dg

defs = dg.load_from_defs_folder(path_within_project=Path(__file__).resolve().parent.parent)
