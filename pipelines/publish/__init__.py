"""Publishes the marts for readers: a DuckDB snapshot and Parquet files of one run, switched in at once."""

from pipelines.publish.snapshot import RunInfo, current_run_dir, publish, published_tables

__all__ = ["RunInfo", "current_run_dir", "publish", "published_tables"]
