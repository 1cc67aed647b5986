"""Helpers for extraction tests: every text here is written for the tests (no shared/ corpus)."""

from __future__ import annotations

import pytest

from pipelines.extract import extract_events


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
