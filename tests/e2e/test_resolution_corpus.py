"""Many articles, N launches: fct_launch_events has exactly N rows and the months sum to N.

The fixture (tests/fixtures/resolution_corpus) has 17 reports of 4 launches: syndicated copies, a UTC-dated
European report of a Korean-morning launch, a morning and a night launch on one day, a two-site salvo,
background recalls by date and an undated recall. Its truth.yaml was written by hand.
"""

import json
from datetime import date
from pathlib import Path

import duckdb
import pytest
import yaml

from tests.conftest import RESOLUTION_CORPUS, launchwatch, published_run, rows

CORPUS = RESOLUTION_CORPUS
TRUTH = yaml.safe_load((CORPUS / "truth.yaml").read_text())


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    return published_run(tmp_path_factory.mktemp("resolution") / "home", CORPUS)


def snapshot(home: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(home / "published" / "launchwatch.duckdb"), read_only=True)


def test_exactly_n_events_and_months_sum_to_n(home):
    con = snapshot(home)
    events = rows(con, "select launch_country, launch_date from fct_launch_events order by launch_date")
    months = rows(con, "select launch_country, month, n_launch_events, n_missiles_min from fct_launches_per_month "
                       "order by month")
    con.close()
    assert len(events) == TRUTH["N"]
    assert sorted((e["launch_country"], e["launch_date"].isoformat()) for e in events) == sorted(
        (e["launch_country"], e["launch_date"]) for e in TRUTH["launch_events"])
    assert sum(m["n_launch_events"] for m in months) == TRUTH["N"]
    want = [(m["launch_country"], date.fromisoformat(m["month"]), m["n_launch_events"])
            for m in TRUTH["launches_per_month"]]
    assert [(m["launch_country"], m["month"], m["n_launch_events"]) for m in months] == want


@pytest.mark.parametrize("event", TRUTH["launch_events"], ids=lambda e: e["key"])
def test_event_is_reported_by_the_right_articles_and_outlets(home, event):
    con = snapshot(home)
    got = rows(con, "select * from fct_launch_events where launch_country = ? and launch_date = ? "
                    "order by launch_time_local nulls last", [event["launch_country"], event["launch_date"]])
    con.close()
    match = [g for g in got if g["launch_time_local"] == event["launch_time_local"]] or got[:1]
    assert match, f"no event on {event['launch_date']}"
    assert (match[0]["n_articles"], match[0]["n_sources"]) == (event["n_articles"], event["n_sources"])


def test_provenance_of_a_value_is_one_query(home):
    """'Where does the distance come from, and who said otherwise?' for every event with a distance."""
    con = snapshot(home)
    evidence = rows(con, """
        select e.launch_event_id, a.value, a.source, a.evidence, a.is_chosen
        from fct_launch_attribute_evidence a join fct_launch_events e using (launch_event_id)
        where a.attribute = 'distance_km' order by e.launch_event_id, a.is_chosen desc""")
    con.close()
    assert evidence
    for event_id in {r["launch_event_id"] for r in evidence}:
        chosen = [r for r in evidence if r["launch_event_id"] == event_id and r["is_chosen"]]
        assert len({r["value"] for r in chosen}) == 1
        assert all(r["source"] and r["evidence"] for r in evidence if r["launch_event_id"] == event_id)


def test_a_new_report_of_a_known_launch_adds_an_article_not_an_event(home):
    con = snapshot(home)
    before = {(r["launch_date"], r["launch_time_local"]): r["n_articles"]
              for r in rows(con, "select * from fct_launch_events")}
    con.close()
    (home / "inbox" / "late-report.json").write_text(json.dumps({
        "id": "late-nhk-20240919",
        "source": "Nikkei",
        "published_at": "2024-09-19T08:00:00+09:00",
        "text": "TOKYO (Nikkei) -- Japan's Defense Ministry said on Thursday it was still analysing the "
                "ballistic missiles North Korea fired on Wednesday, Sept. 18, which flew about 400 kilometers "
                "before falling into the sea off the peninsula's east coast.",
    }))
    result = launchwatch(home, "run")
    assert result.returncode == 0, result.stderr
    con = snapshot(home)
    after = {(r["launch_date"], r["launch_time_local"]): r["n_articles"]
             for r in rows(con, "select * from fct_launch_events")}
    con.close()
    assert after.keys() == before.keys()
    changed = {k for k in after if after[k] != before[k]}
    assert [k[0] for k in changed] == [date(2024, 9, 18)]
    assert sum(after.values()) == sum(before.values()) + 1
