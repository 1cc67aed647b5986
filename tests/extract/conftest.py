"""Helpers for extraction tests: every text here is written for the tests (no shared/ corpus)."""

from __future__ import annotations

import json
import re
from functools import cache

import pytest

from pipelines.extract import extract_events
from tests.conftest import REPO


@cache
def sample_texts() -> tuple[str, ...]:
    """The article texts of the sample corpus (``data/inbox``), for tests that hold a rewritten matcher equal to
    its plain form on real prose; the corpus's deliberately broken files (kept for the quarantine) are skipped."""
    texts = []
    for path in sorted((REPO / "data" / "inbox").rglob("*.json")):
        try:
            texts.append(json.loads(path.read_text(encoding="utf-8"))["text"])
        except (ValueError, KeyError, TypeError):
            continue
    return tuple(texts)


def sample_sentences() -> list[str]:
    """The sample texts cut at sentence ends (a plain split: these tests need prose, not spaCy's sentences)."""
    return [s for text in sample_texts() for s in re.split(r"(?<=[.!?])\s+", text) if s]


def _run(text: str, published_at: str = "2024-03-10", title: str | None = None) -> list[dict]:
    events = extract_events(text, article_id="t-1", published_at=published_at, title=title)
    for e in events:
        assert text[e["char_start"] : e["char_end"]] == e["evidence"]
    return events


@pytest.fixture
def run():
    return _run


@pytest.fixture
def launches():
    def _launches(text: str, published_at: str = "2024-03-10", title: str | None = None) -> list[dict]:
        return [e for e in _run(text, published_at, title) if e["event_type"] == "missile_launch"]

    return _launches


@pytest.fixture
def reactions():
    def _reactions(text: str, published_at: str = "2024-03-10") -> set[tuple]:
        return {
            (e["reactor_country"], e["reactor_org"], e["reaction_type"])
            for e in _run(text, published_at)
            if e["event_type"] == "reaction"
        }

    return _reactions
