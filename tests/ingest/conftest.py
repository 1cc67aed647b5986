"""Fixtures for the ingest tests: a temporary inbox and a reader pinned to a fixed `now`."""

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipelines.ingest import FileResult, read_file

# Fixed so that future-date checks and year-less datelines do not depend on the day the tests run.
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

Write = Callable[[str, str | bytes], Path]
Read = Callable[[str, str | bytes], FileResult]


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    path = tmp_path / "inbox"
    path.mkdir()
    return path


@pytest.fixture
def write(inbox: Path) -> Write:
    """Create inbox/<name> (parents included) with str (UTF-8) or bytes content."""

    def _write(name: str, content: str | bytes) -> Path:
        path = inbox / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write


@pytest.fixture
def read(inbox: Path, write: Write) -> Read:
    """Write a file and read it back through read_file."""

    def _read(name: str, content: str | bytes) -> FileResult:
        return read_file(write(name, content), inbox, now=NOW)

    return _read


def article_json(**fields: object) -> str:
    """A .json article with sensible defaults; pass field=None to write null, or drop=... to omit."""
    record: dict[str, object] = {
        "id": "a-1",
        "source": "AP",
        "title": "North Korea fires missile",
        "published_at": "2026-01-04",
        "text": "SEOUL, South Korea (AP) – North Korea launched a ballistic missile on Sunday.",
    }
    for name in fields.pop("drop", ()):  # type: ignore[attr-defined]
        record.pop(name)
    record.update(fields)
    return json.dumps(record)
