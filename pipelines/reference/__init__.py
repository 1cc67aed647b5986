"""Reference data shipped with the code: one source for Python and for dbt seeds.

Every table is a CSV in this folder with a fixed header (dbt reads the same files as seeds);
multi-valued cells are ``;``-separated. Domain lexicons used by the extractor live here too
(``lexicon.yaml``): knowledge in data files, not in code.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

REFERENCE_DIR: Path = Path(__file__).resolve().parent


@cache
def _read(name: str) -> tuple[dict[str, str], ...]:
    path = REFERENCE_DIR / (name if name.endswith(".csv") else f"{name}.csv")
    if not path.is_file():
        raise FileNotFoundError(f"no reference table {name!r} in {REFERENCE_DIR}")
    with path.open(encoding="utf-8", newline="") as fh:
        return tuple({k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh))


def load_table(name: str) -> list[dict[str, str]]:
    """Rows of ``<name>.csv`` as dicts of stripped strings (cached; callers get a fresh list of copies)."""
    return [dict(row) for row in _read(name)]


def split_multi(cell: str | None) -> list[str]:
    """A ``;``-separated cell as a list of non-empty stripped values."""
    return [part.strip() for part in (cell or "").split(";") if part.strip()]
