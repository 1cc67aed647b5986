"""Public surface: extract_events / extract_many / EXTRACTOR_VERSION."""

import re

import pytest

from pipelines.extract import EXTRACTOR_VERSION, extract_events, extract_many

LAUNCH_KEYS = {
    "article_id", "event_type", "launch_country", "launch_date", "launch_time_local", "missile_count_min",
    "missile_count_text", "missile_class", "range_class", "missile_name", "launch_site", "distance_km",
    "apogee_km", "is_background", "confidence", "evidence", "char_start", "char_end", "attribute_evidence",
    "launch_daypart",
}
REACTION_KEYS = {
    "article_id", "event_type", "reactor_country", "reactor_org", "reactor_actor", "reactor_role",
    "reaction_type", "target_country", "launch_date", "confidence", "evidence", "char_start", "char_end",
}
ARTICLES = [
    {"id": f"a{i}", "text": f"North Korea fired {n} missiles on Sunday. Japan condemned the launch.",
     "published_at": "2024-03-10", "title": None, "source": "X"}
    for i, n in enumerate(["two", "three", "four", "five"] * 20)
]


def test_version_is_semver():
    assert re.fullmatch(r"\d+\.\d+\.\d+", EXTRACTOR_VERSION)


def test_event_dicts_carry_every_spec_field():
    events = extract_events("North Korea fired two missiles on Sunday. Japan condemned the launch.",
                            article_id="k", published_at="2024-03-10")
    kinds = {e["event_type"]: e for e in events}
    assert set(kinds["missile_launch"]) == LAUNCH_KEYS
    assert set(kinds["reaction"]) == REACTION_KEYS


def test_publication_datetime_with_offset_is_accepted():
    (ev,) = [e for e in extract_events("North Korea fired a missile on Sunday.", article_id="k",
                                       published_at="2024-03-09T22:30:00-05:00") if e["event_type"] == "missile_launch"]
    assert ev["launch_date"] == "2024-03-10"


def test_empty_text_gives_no_events():
    assert extract_events("", article_id="k", published_at="2024-03-10") == []


def test_extract_many_keeps_input_order_and_ids():
    events = list(extract_many(ARTICLES))
    ids = [e["article_id"] for e in events if e["event_type"] == "missile_launch"]
    assert ids == [a["id"] for a in ARTICLES]


def test_extract_many_accepts_article_id_key():
    events = list(extract_many([{"article_id": "z", "text": "Iran fired a missile on Sunday.",
                                 "published_at": "2024-03-10"}]))
    assert events and events[0]["article_id"] == "z"


def test_extract_many_with_workers_matches_single_process():
    assert list(extract_many(ARTICLES, workers=2)) == list(extract_many(ARTICLES))


def test_unreadable_publication_date_leaves_weekdays_unresolved_but_keeps_full_dates():
    def dates(text: str) -> list:
        return [e["launch_date"] for e in extract_events(text, article_id="k", published_at="not a date")
                if e["event_type"] == "missile_launch"]

    assert dates("North Korea fired a missile on Sunday.") == [None]
    assert dates("North Korea fired a missile on March 3, 2024.") == ["2024-03-03"]


def test_an_article_the_extractor_fails_on_is_reported_and_the_others_still_extract(monkeypatch):
    import pipelines.extract as extract

    real = extract._extract

    def fail_on_bad(text, doc, **kwargs):
        if kwargs["article_id"] == "bad":
            raise ValueError("boom")
        return real(text, doc, **kwargs)

    monkeypatch.setattr(extract, "_extract", fail_on_bad)
    text = "North Korea fired a ballistic missile into the sea on Sunday, South Korea's military said."
    articles = [{"id": i, "text": text, "published_at": "2026-01-04"} for i in ("a", "bad", "b")]
    failures = []
    events = list(extract.extract_many(articles, on_error=lambda aid, err: failures.append((aid, err))))
    assert failures == [("bad", "ValueError: boom")]
    assert {e["article_id"] for e in events} == {"a", "b"}
    with pytest.raises(extract.ExtractionError, match="bad: ValueError: boom"):
        list(extract.extract_many(articles))
