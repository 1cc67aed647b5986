"""Ingest: inbox files -> normalised articles and quarantine records (spec section 1). Pure Python:
no DuckDB, no Dagster; the loader writes what read_file returns. See docs/ingest.md."""

from pipelines.ingest.models import (
    MAX_FILE_BYTES,
    MAX_JSON_DEPTH,
    MAX_TEXT_BYTES,
    Article,
    FileResult,
    QuarantineRecord,
)
from pipelines.ingest.reader import EXTENSIONS, iter_inbox, read_file
from pipelines.ingest.reasons import REASONS

__all__ = [
    "EXTENSIONS",
    "MAX_FILE_BYTES",
    "MAX_JSON_DEPTH",
    "MAX_TEXT_BYTES",
    "REASONS",
    "Article",
    "FileResult",
    "QuarantineRecord",
    "iter_inbox",
    "read_file",
]
