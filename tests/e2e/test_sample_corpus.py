"""The whole pipeline on the committed sample corpus, asserted against the hand-written truth.

One run of `launchwatch run` (the real CLI, in its own process) into a temporary LAUNCHWATCH_HOME; every
test below reads what that run published. data/sample_truth.yaml was written from the article texts,
never from the code's output.
"""

import json
import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest
import yaml

from tests.conftest import REPO, launchwatch, rows

TRUTH = yaml.safe_load((REPO / "data" / "sample_truth.yaml").read_text())
SPEC_COLUMNS = {
    "fct_launch_events": ["launch_event_id", "launch_country", "launch_date", "missile_count_min", "missile_class",
                          "range_class", "missile_name", "launch_site", "distance_km", "apogee_km", "n_articles",
                          "n_sources", "first_reported_at"],
    "fct_launches_per_month": ["launch_country", "month", "n_launch_events", "n_missiles_min"],
    "fct_reactions_by_country": ["reactor_country", "month", "reaction_type", "n_reactions",
                                 "n_launch_events_reacted_to"],
}
EVENT_ATTRIBUTES = ["missile_count_min", "missile_class", "range_class", "missile_name", "launch_site",
                    "distance_km", "apogee_km"]


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("sample") / "home"
    shutil.copytree(REPO / "data" / "inbox", home / "inbox")
    result = launchwatch(home, "run")
    assert result.returncode == 0, result.stderr[-3000:] + result.stdout[-3000:]
    (home / "run1.out").write_text(result.stdout)
    return home


@pytest.fixture(scope="module")
def snap(home):
    con = duckdb.connect(str(home / "published" / "launchwatch.duckdb"), read_only=True)
    yield con
    con.close()


def test_run_prints_the_launches_per_month_table(home):
    out = (home / "run1.out").read_text()
    assert "Launches per month" in out
    assert "quarantined: 2 (invalid_json 1, no_publication_date 1)" in out


def test_snapshot_has_the_three_marts_with_spec_columns_and_parquet_copies(home, snap):
    for mart, columns in SPEC_COLUMNS.items():
        have = [c for (c,) in snap.execute(
            "select column_name from information_schema.columns where table_name = ? order by ordinal_position",
            [mart]).fetchall()]
        assert set(columns) <= set(have), f"{mart} lacks {set(columns) - set(have)}"
        assert (home / "published" / "marts" / f"{mart}.parquet").exists()
    assert snap.execute("select count(*) from pipeline_runs").fetchone()[0] == 1


def test_broken_files_are_quarantined_with_their_reason(home):
    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    got = set(con.execute("select source_file, reason from raw.article_quarantine").fetchall())
    con.close()
    assert got == {(f["source_file"], f["reason"]) for f in TRUTH["quarantined_files"]}


def test_one_row_per_launch_event(snap):
    got = sorted((r["launch_country"], str(r["launch_date"])) for r in rows(snap, "select * from fct_launch_events"))
    want = sorted((e["launch_country"], e["launch_date"]) for e in TRUTH["launch_events"])
    assert got == want


@pytest.mark.parametrize("event", TRUTH["launch_events"], ids=lambda e: e["key"])
def test_event_counts_articles_and_sources(snap, event):
    got = rows(snap, f"select * from fct_launch_events where launch_country = '{event['launch_country']}' "
                     f"and launch_date = date '{event['launch_date']}'")
    assert len(got) == 1
    assert (got[0]["n_articles"], got[0]["n_sources"]) == (event["n_articles"], event["n_sources"])


@pytest.mark.parametrize("event", TRUTH["launch_events"], ids=lambda e: e["key"])
def test_event_attributes(snap, event):
    got = rows(snap, f"select * from fct_launch_events where launch_country = '{event['launch_country']}' "
                     f"and launch_date = date '{event['launch_date']}'")
    assert len(got) == 1
    have = {a: got[0][a] for a in EVENT_ATTRIBUTES}
    want = {a: event[a] for a in EVENT_ATTRIBUTES}
    for attr in ("distance_km", "apogee_km"):
        if want[attr] is not None and have[attr] is not None and abs(have[attr] - want[attr]) <= 0.05 * want[attr]:
            have[attr] = want[attr]
    assert have == want


def test_launches_per_month_match_truth(snap):
    got = [(r["launch_country"], r["month"], r["n_launch_events"], r["n_missiles_min"])
           for r in rows(snap, "select * from fct_launches_per_month order by launch_country, month")]
    want = [(r["launch_country"], date.fromisoformat(r["month"]), r["n_launch_events"], r["n_missiles_min"])
            for r in TRUTH["launches_per_month"]]
    assert got == want


def test_every_extracted_value_points_at_its_sentence(home):
    """text[char_start:char_end] == evidence for every mention, and every attribute span lies in the text."""
    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    articles = con.execute("select article_id, content_hash, text from raw.articles").fetchall()
    texts = {(a, h): t for a, h, t in articles}
    mentions = con.execute(
        "select article_id, content_hash, evidence, char_start, char_end, attribute_evidence from raw.launch_mentions "
        "union all select article_id, content_hash, evidence, char_start, char_end, null from raw.reaction_mentions"
    ).fetchall()
    con.close()
    assert mentions

    for article_id, content_hash, evidence, start, end, spans in mentions:
        text = texts[(article_id, content_hash)]
        assert text[start:end] == evidence, article_id
        for attr, (a, b) in json.loads(spans or "{}").items():
            assert 0 <= a < b <= len(text), (article_id, attr)


def test_non_launch_articles_report_no_launch(home):
    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    ids = [a["id"] for a in TRUTH["non_launch_articles"]]
    got = con.execute("select article_id from raw.launch_mentions where article_id in (select unnest(?))",
                      [ids]).fetchall()
    con.close()
    assert got == []


def test_second_run_changes_no_mart_and_adds_no_quarantine_row(home, snap):
    before = {m: rows(snap, f"select * from {m} order by all") for m in SPEC_COLUMNS}
    result = launchwatch(home, "run")
    assert result.returncode == 0, result.stderr[-2000:]
    con = duckdb.connect(str(home / "published" / "launchwatch.duckdb"), read_only=True)
    after = {m: rows(con, f"select * from {m} order by all") for m in SPEC_COLUMNS}
    assert con.execute("select count(*) from pipeline_runs").fetchone()[0] == 2
    con.close()
    assert after == before
    wh = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    assert wh.execute("select count(*) from raw.article_quarantine").fetchone()[0] == len(TRUTH["quarantined_files"])
    wh.close()
