"""Writes into the working warehouse's `raw` schema. The only stage besides publish that issues SQL from Python."""

from pipelines.load.warehouse import (
    DUPLICATE_REASON,
    WarehouseError,
    apply_schema,
    articles_to_extract,
    connect,
    known_files,
    pending_extractions,
    write_file_results,
    write_mentions,
    write_story_links,
)

__all__ = [
    "DUPLICATE_REASON",
    "WarehouseError",
    "apply_schema",
    "articles_to_extract",
    "connect",
    "known_files",
    "pending_extractions",
    "write_file_results",
    "write_mentions",
    "write_story_links",
]
