"""End-to-end transform: raw rows in a temporary warehouse -> `dbt build` (models, data and unit tests) -> marts.

One dbt build (a few seconds) serves every assertion. The story links come from the real syndication
linker, so the Python and SQL halves of resolution are tested together.
"""

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipelines.transform.syndication import StoryInput, link_stories

REPO = Path(__file__).resolve().parents[2]
DBT_PROJECT = REPO / "dbt_project"
SCHEMA_SQL = REPO / "pipelines" / "load" / "schema.sql"
REFERENCE = REPO / "pipelines" / "reference"

AP = (
    "SEOUL, South Korea (AP) - North Korea launched multiple ballistic missiles toward the sea on Sunday, "
    "as reported by its neighboring countries. This development occurred just hours before South Korean "
    "President Lee Jae Myung departed for China for talks on North Korea's nuclear program. According to "
    "South Korea's Joint Chiefs of Staff, several ballistic missile launches were detected from North "
    "Korea's capital region around 7:50 a.m. The missiles reportedly flew approximately 900 kilometers. "
    "The Joint Chiefs of Staff said South Korea and U.S. authorities were analyzing the details. "
    "Last Sunday, North Korea had also conducted tests of cruise missiles."
)
# the same wire story under another outlet: new dateline, one rewritten sentence
COPY = AP.replace("SEOUL, South Korea (AP) -", "SEOUL (AP) --").replace(
    "This development occurred just hours before South Korean President Lee Jae Myung departed for China "
    "for talks on North Korea's nuclear program.",
    "The launches came hours before President Lee Jae Myung left for Beijing.",
)
KBS_MAIN = "North Korea fired two ballistic missiles into the East Sea early Sunday from the Sunan area, Seoul said."
KBS_NIGHT = "A separate launch of one cruise missile followed at 9 p.m. from Wonsan, officials said later."
KBS = (
    KBS_MAIN + " The military detected the launches at 7:55 a.m. and said they flew about 950 kilometers. " + KBS_NIGHT
)
CNN = (
    "North Korea launched a ballistic missile at 10:50 p.m. GMT on Saturday, US officials told CNN, "
    "in what Washington called a provocation."
)
IRAN_OLD = "Iran fired a missile on Thursday, state media said."
IRAN_NEW = "Iran fired a ballistic missile on Monday, state media said. The United Nations Security Council met."
UNDATED = "Iran has tested missiles at an undisclosed date, according to analysts in March."
AP_DISTANCE = "The missiles reportedly flew approximately 900 kilometers."

ARTICLES = [
    # article_id, content_hash, source, published_at, text, ingested_at
    ("ap-1", "h-ap", "AP", "2026-01-04T09:30:00+09:00", AP, "2026-01-04 01:00:00"),
    ("ht-1", "h-ht", "Hindustan Times (AP)", "2026-01-04T12:00:00+05:30", COPY, "2026-01-04 07:00:00"),
    ("kbs-1", "h-kbs", "KBS World", "2026-01-04", KBS, "2026-01-04 13:00:00"),
    ("cnn-1", "h-cnn", "CNN", "2026-01-03T18:30:00-05:00", CNN, "2026-01-04 00:00:00"),
    ("irn-1", "h-irn-old", "Reuters", "2026-01-05", IRAN_OLD, "2026-01-05 08:00:00"),
    ("irn-1", "h-irn-new", "Reuters", "2026-01-05", IRAN_NEW, "2026-01-05 09:00:00"),
    ("und-1", "h-und", "Reuters", "2026-03-10", UNDATED, "2026-03-10 09:00:00"),
]
TEXT = {(a[0], a[1]): a[4] for a in ARTICLES}


def _span(article_id, content_hash, sentence):
    start = TEXT[(article_id, content_hash)].index(sentence)
    return [start, start + len(sentence)]


def _launch(mention_id, article_id, content_hash, evidence, **fields):
    start, end = _span(article_id, content_hash, evidence)
    row = {
        "mention_id": mention_id,
        "article_id": article_id,
        "content_hash": content_hash,
        "launch_country": "PRK",
        "launch_date": None,
        "launch_time_local": None,
        "missile_count_min": 1,
        "missile_class": "ballistic",
        "range_class": None,
        "missile_name": None,
        "launch_site": None,
        "distance_km": None,
        "apogee_km": None,
        "is_background": False,
        "evidence": evidence,
        "char_start": start,
        "char_end": end,
        "attribute_evidence": {},
    }
    row.update(fields)
    return row


LAUNCHES = [
    _launch(
        "ap-main",
        "ap-1",
        "h-ap",
        "North Korea launched multiple ballistic missiles toward the sea on Sunday",
        launch_date="2026-01-04",
        launch_time_local="07:50",
        missile_count_min=2,
        launch_site="Pyongyang area",
        distance_km=900.0,
        attribute_evidence={"distance_km": _span("ap-1", "h-ap", AP_DISTANCE)},
    ),
    _launch(
        "ap-bg",
        "ap-1",
        "h-ap",
        "Last Sunday, North Korea had also conducted tests of cruise missiles.",
        launch_date="2025-12-28",
        missile_count_min=2,
        missile_class="cruise",
        is_background=True,
    ),
    _launch(
        "ht-main",
        "ht-1",
        "h-ht",
        "North Korea launched multiple ballistic missiles toward the sea on Sunday",
        launch_date="2026-01-04",
        launch_time_local="07:50",
        missile_count_min=2,
        launch_site="Pyongyang area",
        distance_km=900.0,
    ),
    _launch(
        "kbs-main",
        "kbs-1",
        "h-kbs",
        KBS_MAIN,
        launch_date="2026-01-04",
        launch_time_local="07:55",
        missile_count_min=2,
        launch_site="Sunan",
        distance_km=950.0,
    ),
    _launch(
        "kbs-night",
        "kbs-1",
        "h-kbs",
        KBS_NIGHT,
        launch_date="2026-01-04",
        launch_time_local="21:00",
        missile_class="cruise",
        launch_site="Wonsan",
    ),
    # a US report dates the launch by UTC: 22:50 on Saturday is 07:50 KST on Sunday
    _launch("cnn-main", "cnn-1", "h-cnn", CNN, launch_date="2026-01-03", launch_time_local="22:50"),
    _launch(
        "irn-old",
        "irn-1",
        "h-irn-old",
        "Iran fired a missile on Thursday, state media said.",
        launch_country="IRN",
        launch_date="2026-01-01",
    ),
    _launch(
        "irn-new",
        "irn-1",
        "h-irn-new",
        "Iran fired a ballistic missile on Monday, state media said.",
        launch_country="IRN",
        launch_date="2026-01-05",
    ),
    _launch("und-main", "und-1", "h-und", UNDATED, launch_country="IRN", missile_count_min=2),
]


def _reaction(mention_id, article_id, content_hash, evidence, **fields):
    start, end = _span(article_id, content_hash, evidence)
    row = {
        "mention_id": mention_id,
        "article_id": article_id,
        "content_hash": content_hash,
        "reactor_country": "KOR",
        "reactor_org": None,
        "reactor_actor": "Joint Chiefs of Staff",
        "reactor_role": None,
        "reaction_type": "monitoring_analysis",
        "target_country": None,
        "launch_date": None,
        "evidence": evidence,
        "char_start": start,
        "char_end": end,
    }
    row.update(fields)
    return row


JCS = "The Joint Chiefs of Staff said South Korea and U.S. authorities were analyzing the details."
REACTIONS = [
    _reaction("ap-jcs", "ap-1", "h-ap", JCS),
    _reaction("ht-jcs", "ht-1", "h-ht", JCS),  # the same statement in the copy: one reaction
    _reaction(
        "irn-unsc",
        "irn-1",
        "h-irn-new",
        "The United Nations Security Council met.",
        reactor_country=None,
        reactor_org="UN Security Council",
        reactor_actor=None,
        reaction_type="emergency_meeting",
    ),
]


def _event_id(key: str) -> str:
    return "le-" + hashlib.md5(key.encode()).hexdigest()[:16]


def _load_raw(warehouse: Path) -> None:
    con = duckdb.connect(str(warehouse))
    try:
        con.execute(SCHEMA_SQL.read_text())
        for article_id, content_hash, source, published_at, text, ingested_at in ARTICLES:
            con.execute(
                "insert into raw.articles values (?, ?, null, ?, null, ?, cast(left(?, 10) as date), 'field', ?,"
                " 'en', 'sample.jsonl', null, ?)",
                [article_id, content_hash, source, published_at, published_at, text, ingested_at],
            )
        links = link_stories(StoryInput(a[0], a[1], a[3], a[2], a[4]) for a in ARTICLES)
        for link in links:
            con.execute(
                "insert into raw.article_story_links values (?, ?, ?, ?, ?)",
                [link.article_id, link.content_hash, link.story_id, link.similarity, link.method],
            )
        for m in LAUNCHES:
            con.execute(
                "insert into raw.launch_mentions (mention_id, article_id, content_hash, launch_country, launch_date,"
                " launch_time_local, missile_count_min, missile_count_text, missile_class, range_class, missile_name,"
                " launch_site, distance_km, apogee_km, is_background, confidence, evidence, char_start, char_end,"
                " attribute_evidence, extractor_version, extracted_at)"
                " values (?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, 0.9, ?, ?, ?, ?, 'test', now())",
                [
                    m["mention_id"],
                    m["article_id"],
                    m["content_hash"],
                    m["launch_country"],
                    m["launch_date"],
                    m["launch_time_local"],
                    m["missile_count_min"],
                    m["missile_class"],
                    m["range_class"],
                    m["missile_name"],
                    m["launch_site"],
                    m["distance_km"],
                    m["apogee_km"],
                    m["is_background"],
                    m["evidence"],
                    m["char_start"],
                    m["char_end"],
                    json.dumps(m["attribute_evidence"]),
                ],
            )
        for r in REACTIONS:
            con.execute(
                "insert into raw.reaction_mentions values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0.9, ?, ?, ?, 'test', now())",
                [
                    r["mention_id"],
                    r["article_id"],
                    r["content_hash"],
                    r["reactor_country"],
                    r["reactor_org"],
                    r["reactor_actor"],
                    r["reactor_role"],
                    r["reaction_type"],
                    r["target_country"],
                    r["launch_date"],
                    r["evidence"],
                    r["char_start"],
                    r["char_end"],
                ],
            )
    finally:
        con.close()


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    if not (REFERENCE / "countries.csv").is_file():
        pytest.skip("pipelines/reference/*.csv not present: the dbt seeds need them")
    tmp = tmp_path_factory.mktemp("dbt")
    path = tmp / "warehouse.duckdb"
    _load_raw(path)
    env = {**os.environ, "LAUNCHWATCH_WAREHOUSE": str(path), "DO_NOT_TRACK": "1"}
    dbt = Path(sys.executable).with_name("dbt")
    result = subprocess.run(
        [
            str(dbt),
            "build",
            "--project-dir",
            str(DBT_PROJECT),
            "--profiles-dir",
            str(DBT_PROJECT),
            # keep the repo's target/ (manifest for Dagster) untouched
            "--target-path",
            str(tmp / "target"),
            "--log-path",
            str(tmp / "logs"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    return path


def _rows(warehouse: Path, sql: str) -> list[dict]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        cursor = con.execute(sql)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    finally:
        con.close()


def test_syndicated_copy_utc_report_and_salvo_are_one_event(warehouse):
    events = {
        (e["launch_date"].isoformat(), e["launch_time_local"]): e
        for e in _rows(warehouse, "select * from marts.fct_launch_events where launch_country = 'PRK'")
    }
    assert set(events) == {("2026-01-04", "07:50"), ("2026-01-04", "21:00"), ("2025-12-28", None)}
    morning = events[("2026-01-04", "07:50")]
    assert morning["launch_event_id"] == _event_id("PRK|2026-01-04")  # stable: derived from the event
    # AP + its Hindustan Times copy + KBS + CNN (UTC-dated, moved to the local day)
    assert morning["n_articles"] == 4
    assert morning["n_stories"] == 3
    assert morning["n_sources"] == 3  # AP, KBS World, CNN: the copy adds no source
    assert morning["missile_count_min"] == 2
    assert morning["missile_class"] == "ballistic"
    assert morning["distance_km"] == 900.0  # two stories say 900, one 950
    assert morning["launch_site"] == "Pyongyang area"
    night = events[("2026-01-04", "21:00")]
    assert night["launch_event_id"] == _event_id("PRK|2026-01-04|18")
    assert (night["missile_class"], night["launch_site"], night["n_articles"]) == ("cruise", "Wonsan", 1)
    background = events[("2025-12-28", None)]
    assert (background["missile_class"], background["is_background_only"]) == ("cruise", True)


def test_active_version_only_and_undated_mentions_kept_aside(warehouse):
    iran = _rows(warehouse, "select launch_date from marts.fct_launch_events where launch_country = 'IRN'")
    assert [r["launch_date"].isoformat() for r in iran] == ["2026-01-05"]  # the superseded text's date is gone
    undated = _rows(warehouse, "select mention_id, reason from intermediate.int_undated_launch_mentions")
    assert undated == [{"mention_id": "und-main", "reason": "no_launch_date"}]


def test_launches_per_month_has_zero_months_up_to_the_last_month_of_data(warehouse):
    rows = _rows(
        warehouse,
        "select launch_country, strftime(month, '%Y-%m') as month, n_launch_events, n_missiles_min"
        " from marts.fct_launches_per_month order by 1, 2",
    )
    assert [(r["launch_country"], r["month"], r["n_launch_events"], r["n_missiles_min"]) for r in rows] == [
        ("IRN", "2026-01", 1, 1),
        ("IRN", "2026-02", 0, 0),
        ("IRN", "2026-03", 0, 0),  # the undated article of March ends the data
        ("PRK", "2025-12", 1, 2),
        ("PRK", "2026-01", 2, 3),
        ("PRK", "2026-02", 0, 0),
        ("PRK", "2026-03", 0, 0),
    ]


def test_reactions_dedupe_quotes_and_leave_organisations_to_the_detail_mart(warehouse):
    by_country = _rows(warehouse, "select * from marts.fct_reactions_by_country")
    assert len(by_country) == 1
    assert by_country[0]["reactor_country"] == "KOR"
    assert (by_country[0]["n_reactions"], by_country[0]["n_launch_events_reacted_to"]) == (1, 1)
    assert by_country[0]["month"].isoformat() == "2026-01-01"
    detail = _rows(warehouse, "select mention_id, reactor_org, launch_event_id from marts.fct_reactions order by 1")
    assert [d["mention_id"] for d in detail] == ["ap-jcs", "ht-jcs", "irn-unsc"]
    assert detail[0]["launch_event_id"] == _event_id("PRK|2026-01-04")
    assert detail[2]["reactor_org"] == "UN Security Council"


def test_attribute_evidence_traces_every_value_to_its_sentence(warehouse):
    rows = _rows(
        warehouse,
        "select * from marts.fct_launch_attribute_evidence"
        f" where launch_event_id = '{_event_id('PRK|2026-01-04')}' and attribute = 'distance_km'"
        " order by article_id",
    )
    assert [(r["article_id"], r["value"], r["is_chosen"], r["decided_by"]) for r in rows] == [
        ("ap-1", "900.0", True, "rule"),
        ("ht-1", "900.0", True, "rule"),
        ("kbs-1", "950.0", False, "rule"),
    ]
    assert rows[0]["evidence"] == AP_DISTANCE
    for r in rows:
        assert TEXT[(r["article_id"], _hash_of(r["article_id"]))][r["char_start"] : r["char_end"]] == r["evidence"]


def _hash_of(article_id: str) -> str:
    return next(a[1] for a in ARTICLES if a[0] == article_id)
