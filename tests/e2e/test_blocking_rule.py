"""Data that breaks a blocking rule stops publish and leaves the previous snapshot untouched."""

import json
import shutil

from tests.conftest import REPO, launchwatch

PLACEHOLDER_DATE_ARTICLE = {
    "id": "feed-epoch-001",
    "source": "Example Feed",
    "title": "North Korea fires ballistic missile",
    # A feed that lost its dates emits the epoch: a real, parseable date that would file every launch this
    # story reports under January 1970. The raw/articles suite refuses dates before 1990.
    "published_at": "1970-01-01",
    "text": "SEOUL (Example) -- North Korea fired a ballistic missile into the sea on Thursday, "
            "South Korea's Joint Chiefs of Staff said.",
}


def test_rule_breaking_article_blocks_publish_and_keeps_the_snapshot(tmp_path):
    home = tmp_path / "home"
    inbox = home / "inbox"
    inbox.mkdir(parents=True)
    for name in ("kbs-20240114-irbm.json", "kyodo-20240114-irbm.json"):
        found = next((REPO / "data" / "inbox").rglob(name))
        shutil.copy(found, inbox / name)
    first = launchwatch(home, "run")
    assert first.returncode == 0, first.stderr[-2000:]
    snapshot = home / "published" / "launchwatch.duckdb"
    published_run = (home / "published").resolve()
    before = snapshot.read_bytes()

    (inbox / "epoch.json").write_text(json.dumps(PLACEHOLDER_DATE_ARTICLE))
    second = launchwatch(home, "run")

    assert second.returncode == 1
    assert "raw_articles_suite" in second.stderr
    assert second.stderr.strip().count("\n") == 0, "one line, no traceback"
    assert (home / "published").resolve() == published_run
    assert snapshot.read_bytes() == before
