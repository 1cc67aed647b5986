"""The ingest -> load contract (docs/contracts.md) and the limits that bound what one file may cost."""

from dataclasses import dataclass
from datetime import date

# Spec section 1: an article body over 1 MiB of (UTF-8) text is quarantined, not loaded.
MAX_TEXT_BYTES = 1024 * 1024
# Files above this are refused from their size alone so that one stray dump cannot exhaust memory.
MAX_FILE_BYTES = 64 * 1024 * 1024
# Real articles nest 1-3 levels; a cap far below Python's recursion limit keeps json.loads safe.
MAX_JSON_DEPTH = 20


@dataclass(frozen=True)
class Article:
    """One row of raw.articles, minus ingested_at."""

    article_id: str
    content_hash: str
    url: str | None
    source: str | None
    title: str | None
    published_at: str
    published_date: date
    published_at_origin: str
    text: str
    language: str
    source_file: str
    location: str | None


@dataclass(frozen=True)
class QuarantineRecord:
    """One row of raw.article_quarantine, minus quarantined_at."""

    source_file: str
    location: str | None
    reason: str
    detail: str


@dataclass(frozen=True)
class FileResult:
    """Everything one inbox file produced. sha256 is "" when the file was deliberately not read."""

    source_file: str
    size_bytes: int
    mtime_ns: int
    sha256: str
    articles: list[Article]
    quarantine: list[QuarantineRecord]


class Rejected(Exception):
    """Raised inside the readers to turn one file or record into a quarantine record."""

    def __init__(self, reason: str, detail: str, location: str | None = None) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
        self.location = location
