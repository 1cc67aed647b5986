"""Data-quality rules: Great Expectations 1.x suites kept as files under `expectations/`, plus the checks
GE cannot express on one table (offsets into article text, inbox accounting). No Dagster here."""

from pipelines.quality.accounting import unaccounted_files
from pipelines.quality.suites import EXPECTATIONS_DIR, CheckOutcome, load_suite, validate_frame

__all__ = ["EXPECTATIONS_DIR", "CheckOutcome", "load_suite", "unaccounted_files", "validate_frame"]
