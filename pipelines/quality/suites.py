"""Run a Great Expectations suite file against a DataFrame and summarise what failed.

GE is imported lazily: it costs ~5-10 s to import, which every Dagster code-location load and every
pytest collection would otherwise pay.
"""

import json
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd

from pipelines.reference import load_table

EXPECTATIONS_DIR = Path(__file__).resolve().parents[2] / "expectations"
MAX_EXAMPLES = 5


@dataclass(frozen=True)
class Failure:
    expectation: str
    column: str | None
    severity: str  # GE's own: critical | warning | info
    unexpected_count: int
    examples: list[Any]


@dataclass(frozen=True)
class CheckOutcome:
    suite: str
    n_rows: int
    failures: list[Failure] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """True when no critical expectation failed (warnings are reported, not blocking)."""
        return not any(f.severity == "critical" for f in self.failures)

    @property
    def n_failed_rows(self) -> int:
        return sum(f.unexpected_count for f in self.failures)

    def metadata(self) -> dict[str, Any]:
        """Small, UI-friendly summary: how many rows failed and a few examples per rule."""
        return {
            "suite": self.suite,
            "rows_checked": self.n_rows,
            "rows_failed": self.n_failed_rows,
            "failed_rules": [
                {"rule": f.expectation, "column": f.column, "severity": f.severity,
                 "unexpected_count": f.unexpected_count, "examples": [str(e) for e in f.examples]}
                for f in self.failures
            ],
        }


def load_suite(name: str) -> dict[str, Any]:
    """The suite file `expectations/<name>.json` (e.g. `marts/fct_launch_events`).

    A `value_set` written as `{"$reference": "countries.iso3"}` is filled from the reference table, so
    suites never carry a second copy of the country list.
    """
    path = EXPECTATIONS_DIR / f"{name}.json"
    spec = json.loads(path.read_text(encoding="utf-8"))
    for item in spec["expectations"]:
        value_set = item["kwargs"].get("value_set")
        if isinstance(value_set, dict) and "$reference" in value_set:
            table, column = value_set["$reference"].split(".")
            item["kwargs"]["value_set"] = sorted({row[column] for row in load_table(table)})
    return spec


@cache
def _context() -> Any:
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    batch_definition = (
        context.data_sources.add_pandas("launchwatch")
        .add_dataframe_asset("frame")
        .add_batch_definition_whole_dataframe("whole")
    )
    return context, batch_definition


def _dates_as_dates(frame: pd.DataFrame) -> pd.DataFrame:
    """DuckDB DATE columns arrive as datetime64; GE compares bounds like "1990-01-01" only with dates."""
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if pd.api.types.is_datetime64_any_dtype(series) and (series.dropna().dt.normalize() == series.dropna()).all():
            out[column] = series.dt.date.astype(object).where(series.notna(), None)
    return out


def validate_frame(frame: pd.DataFrame, suite_name: str) -> CheckOutcome:
    """Validate `frame` against the named suite file; every failed expectation is listed with examples."""
    import great_expectations as gx

    _, batch_definition = _context()
    spec = load_suite(suite_name)
    suite = gx.ExpectationSuite(name=spec["name"], expectations=[])
    for item in spec["expectations"]:
        suite.add_expectation_configuration(
            gx.expectations.expectation_configuration.ExpectationConfiguration(**item)
        )
    batch = batch_definition.get_batch(batch_parameters={"dataframe": _dates_as_dates(frame)})
    result = batch.validate(suite, result_format={"result_format": "SUMMARY",
                                                  "partial_unexpected_count": MAX_EXAMPLES})
    failures = []
    for item in result.results:
        if item.success:
            continue
        config = item.expectation_config
        failures.append(
            Failure(
                expectation=config.type,
                column=config.kwargs.get("column") or ",".join(config.kwargs.get("column_list", [])) or None,
                severity=str(getattr(config.severity, "value", config.severity) or "critical"),
                unexpected_count=int(item.result.get("unexpected_count") or (0 if frame.empty else 1)),
                examples=list(item.result.get("partial_unexpected_list") or [item.result.get("observed_value")]),
            )
        )
    return CheckOutcome(suite=suite_name, n_rows=len(frame), failures=failures)
