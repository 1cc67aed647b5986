"""Blocking checks at every stage: a failure stops the assets downstream of it, publish included.

Each check reads the table its asset produced and hands it to `pipelines.quality`; the rules themselves
live in the suite files under `expectations/`.
"""

from datetime import timedelta

import dagster as dg
import pandas as pd

from pipelines.defs.resources import Warehouse
from pipelines.load.warehouse import accounted_files, extraction_errors, read_table
from pipelines.quality import CheckOutcome, unaccounted_files, validate_frame

ARTICLE_COLUMNS = ["article_id", "content_hash", "published_date", "published_at_origin", "language", "text"]


def _result(outcome: CheckOutcome) -> dg.AssetCheckResult:
    return dg.AssetCheckResult(
        passed=outcome.passed,
        severity=dg.AssetCheckSeverity.ERROR if not outcome.passed else dg.AssetCheckSeverity.WARN,
        metadata=outcome.metadata(),
        description=f"{outcome.n_failed_rows} failing value(s) in {outcome.n_rows} rows" if outcome.failures
        else f"{outcome.n_rows} rows passed",
    )


@dg.asset_check(asset="raw_articles", blocking=True, description="GE suite expectations/raw/articles.json")
def raw_articles_suite(warehouse: Warehouse) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        frame = read_table(con, "raw.articles", ARTICLE_COLUMNS)
    return _result(validate_frame(frame, "raw/articles"))


@dg.asset_check(asset="raw_articles", blocking=True,
                description="Every file under the inbox has rows in raw.articles or raw.article_quarantine")
def inbox_fully_accounted(warehouse: Warehouse) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        accounted = accounted_files(con)
    missing = unaccounted_files(warehouse.paths.inbox, accounted)
    return dg.AssetCheckResult(
        passed=not missing,
        metadata={"files_unaccounted": len(missing), "examples": missing[:5]},
        description=f"{len(missing)} inbox file(s) neither loaded nor quarantined" if missing
        else "every inbox file is accounted for",
    )


def _with_evidence_flags(mentions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Add `evidence_matches_text` (text[char_start:char_end] == evidence) and `dated_after_publication`."""
    merged = mentions.merge(articles, on=["article_id", "content_hash"], how="left")
    merged["evidence_matches_text"] = [
        isinstance(text, str) and text[int(start):int(end)] == evidence
        for text, start, end, evidence in zip(merged["text"], merged["char_start"], merged["char_end"],
                                              merged["evidence"], strict=True)
    ]
    if "launch_date" in merged:
        launch = pd.to_datetime(merged["launch_date"])
        published = pd.to_datetime(merged["published_date"])
        merged["dated_after_publication"] = (launch > published + timedelta(days=1)).fillna(False)
    return merged.drop(columns=["text"])


def _mentions_check(warehouse: Warehouse, table: str, suite: str) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        mentions = read_table(con, table)
        articles = read_table(con, "raw.articles", ["article_id", "content_hash", "published_date", "text"])
    frame = _with_evidence_flags(mentions, articles)
    if "reactor_country" in frame:
        frame["has_reactor"] = frame["reactor_country"].notna() | frame["reactor_org"].notna()
    return _result(validate_frame(frame, suite))


@dg.asset_check(asset="raw_launch_mentions", blocking=True,
                description="GE suite expectations/mentions/launch_mentions.json (enums, ranges, evidence offsets)")
def launch_mentions_suite(warehouse: Warehouse) -> dg.AssetCheckResult:
    return _mentions_check(warehouse, "raw.launch_mentions", "mentions/launch_mentions")


@dg.asset_check(asset="raw_reaction_mentions", blocking=True,
                description="GE suite expectations/mentions/reaction_mentions.json (taxonomy, evidence offsets)")
def reaction_mentions_suite(warehouse: Warehouse) -> dg.AssetCheckResult:
    return _mentions_check(warehouse, "raw.reaction_mentions", "mentions/reaction_mentions")


@dg.asset_check(asset="raw_launch_mentions", blocking=False,
                description="Articles the extractor failed on (kept in raw.articles, logged, not extracted)")
def articles_extracted_without_error(warehouse: Warehouse) -> dg.AssetCheckResult:
    # A warning, not a block: one article the extractor cannot handle must not hold back every other one.
    with warehouse.connect() as con:
        failed = extraction_errors(con)
    return dg.AssetCheckResult(
        passed=not failed,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"articles_failed": len(failed), "examples": [f"{a}: {e}" for a, e in failed[:5]]},
        description=f"the extractor failed on {len(failed)} article(s)" if failed else "no extraction errors",
    )


def _mart_check(mart: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=mart, name=f"{mart}_suite", blocking=True,
                    description=f"GE suite expectations/marts/{mart}.json")
    def _check(warehouse: Warehouse) -> dg.AssetCheckResult:
        with warehouse.connect() as con:
            frame = read_table(con, f"marts.{mart}")
        return _result(validate_frame(frame, f"marts/{mart}"))

    return _check


mart_suites = [_mart_check(m) for m in ("fct_launch_events", "fct_launches_per_month", "fct_reactions_by_country")]
