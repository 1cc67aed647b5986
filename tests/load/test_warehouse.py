"""The raw-layer writes: idempotent per file, duplicates accounted for, extraction replaced per article."""

from datetime import date, datetime

import pytest

from pipelines.ingest import Article, FileResult, QuarantineRecord
from pipelines.load import (
    DUPLICATE_REASON,
    apply_schema,
    connect,
    known_files,
    pending_extractions,
    write_file_results,
    write_mentions,
)

NOW = datetime(2026, 1, 5, 12, 0)


def article(article_id: str = "a1", text: str = "North Korea fired a missile on Sunday.", file: str = "a.json",
            location: str | None = None) -> Article:
    return Article(article_id=article_id, content_hash=f"h-{hash(text) & 0xFFFF:x}", url=None, source="AP",
                   title=None, published_at="2026-01-04", published_date=date(2026, 1, 4),
                   published_at_origin="field", text=text, language="en", source_file=file, location=location)


def result(file: str, articles=(), quarantine=()) -> FileResult:
    return FileResult(source_file=file, size_bytes=10, mtime_ns=1, sha256="x", articles=list(articles),
                      quarantine=list(quarantine))


@pytest.fixture
def con(tmp_path):
    connection = connect(tmp_path / "w.duckdb")
    apply_schema(connection)
    yield connection
    connection.close()


def count(con, table: str) -> int:
    return con.table(table).count("*").fetchall()[0][0]


def test_schema_is_idempotent(con):
    apply_schema(con)
    assert count(con, "raw.articles") == 0


def test_reloading_a_file_adds_nothing(con):
    batch = [result("a.json", [article()]),
             result("bad.json", quarantine=[QuarantineRecord("bad.json", None, "invalid_json", "x")])]
    write_file_results(con, batch, NOW)
    write_file_results(con, batch, NOW)
    assert count(con, "raw.articles") == 1
    assert count(con, "raw.article_quarantine") == 1
    assert known_files(con)["a.json"] == (10, 1)


def test_same_article_from_second_file_is_recorded_as_duplicate(con):
    write_file_results(con, [result("a.json", [article()])], NOW)
    write_file_results(con, [result("copy.json", [article(file="copy.json")])], NOW)
    assert count(con, "raw.articles") == 1
    rows = con.execute("select source_file, reason, detail from raw.article_quarantine").fetchall()
    assert rows == [("copy.json", DUPLICATE_REASON, rows[0][2])]
    assert "a.json" in rows[0][2]


def test_duplicate_within_one_batch_is_recorded(con):
    write_file_results(con, [result("a.json", [article()]), result("b.json", [article(file="b.json")])], NOW)
    assert count(con, "raw.articles") == 1
    assert con.execute("select source_file from raw.article_quarantine").fetchall() == [("b.json",)]


def test_same_id_with_new_text_is_a_second_version(con):
    write_file_results(con, [result("a.json", [article()])], NOW)
    write_file_results(con, [result("b.json", [article(text="Corrected: two missiles.", file="b.json")])], NOW)
    assert count(con, "raw.articles") == 2
    assert count(con, "raw.article_quarantine") == 0


def test_mentions_replace_previous_extraction_of_the_article(con):
    a = article()
    write_file_results(con, [result("a.json", [a])], NOW)
    assert pending_extractions(con, "v1") == [(a.article_id, a.content_hash)]
    launch = {"event_type": "missile_launch", "launch_country": "PRK", "launch_date": "2026-01-04",
              "missile_count_min": 1, "missile_class": "ballistic", "is_background": False, "confidence": 0.9,
              "evidence": a.text, "char_start": 0, "char_end": len(a.text),
              "attribute_evidence": {"launch_date": [0, len(a.text)]}}
    write_mentions(con, [(a.article_id, a.content_hash, [launch])], "v1", NOW)
    write_mentions(con, [(a.article_id, a.content_hash, [launch])], "v1", NOW)
    assert count(con, "raw.launch_mentions") == 1
    assert pending_extractions(con, "v1") == []
    assert pending_extractions(con, "v2") == [(a.article_id, a.content_hash)]
    stored = con.execute("select launch_date, attribute_evidence from raw.launch_mentions").fetchall()[0]
    assert stored[0] == date(2026, 1, 4)
    assert '"launch_date"' in stored[1]


def test_article_without_events_is_remembered_as_extracted(con):
    a = article(text="Kim visited a munitions factory.")
    write_file_results(con, [result("a.json", [a])], NOW)
    write_mentions(con, [(a.article_id, a.content_hash, [])], "v1", NOW)
    assert pending_extractions(con, "v1") == []


def test_failed_extraction_is_logged_not_lost(con):
    from pipelines.load.warehouse import extraction_errors

    a = article()
    write_file_results(con, [result("a.json", [a])], NOW)
    counts = write_mentions(con, [(a.article_id, a.content_hash, [])], "v1", NOW,
                            errors={(a.article_id, a.content_hash): "ValueError: boom"})
    assert counts["errors"] == 1
    assert extraction_errors(con) == [(a.article_id, "ValueError: boom")]
    assert pending_extractions(con, "v1") == []
    assert pending_extractions(con, "v2") == [(a.article_id, a.content_hash)]
