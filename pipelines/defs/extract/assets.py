"""Extract: raw.articles -> raw.launch_mentions and raw.reaction_mentions (incremental by extractor version)."""

from collections import defaultdict
from datetime import UTC, datetime

import dagster as dg

from pipelines.defs.resources import Warehouse
from pipelines.extract import EXTRACTOR_VERSION, extract_many
from pipelines.load import articles_to_extract, pending_extractions, write_mentions
from pipelines.load.warehouse import row_count

BATCH_ARTICLES = 2000
PARALLEL_FROM = 400  # below this, starting a second process costs more than it saves


@dg.multi_asset(
    specs=[
        dg.AssetSpec("raw_launch_mentions", group_name="extract", deps=["raw_articles"], kinds={"duckdb"},
                     description="One row per launch per article version, with evidence offsets."),
        dg.AssetSpec("raw_reaction_mentions", group_name="extract", deps=["raw_articles"], kinds={"duckdb"},
                     description="One row per reaction statement, with evidence offsets."),
    ],
)
def extract_mentions(context: dg.AssetExecutionContext, warehouse: Warehouse):
    """Run the extractor over article versions not yet extracted by this extractor version."""
    totals = {"articles": 0, "launch_mentions": 0, "reaction_mentions": 0, "errors": 0}
    errors: dict[tuple[str, str], str] = {}

    def record_error(key: str, error: str) -> None:
        errors[_unkey(key)] = error
        context.log.warning(f"extractor failed on {key.replace(chr(0), ' ')}: {error}")

    with warehouse.connect() as con:
        pending = pending_extractions(con, EXTRACTOR_VERSION)
        workers = 2 if len(pending) >= PARALLEL_FROM else 1
        for start in range(0, len(pending), BATCH_ARTICLES):
            articles = articles_to_extract(con, pending[start : start + BATCH_ARTICLES])
            # One id can have several versions: key each input by (id, hash) and group the events back.
            keyed = [{**a, "article_id": _key(a["article_id"], a["content_hash"])} for a in articles]
            events = defaultdict(list)
            for event in extract_many(keyed, workers=workers, on_error=record_error):
                article_id, content_hash = _unkey(event["article_id"])
                events[(article_id, content_hash)].append({**event, "article_id": article_id})
            extracted = [(a["article_id"], a["content_hash"], events[(a["article_id"], a["content_hash"])])
                         for a in articles]
            counts = write_mentions(con, extracted, EXTRACTOR_VERSION, datetime.now(UTC).replace(tzinfo=None),
                                    errors=errors)
            for name in totals:
                totals[name] += counts[name]
        n_launch = row_count(con, "raw.launch_mentions")
        n_reaction = row_count(con, "raw.reaction_mentions")
    context.log.info(f"extract ({EXTRACTOR_VERSION}, {workers} worker(s)): {totals}")
    yield dg.MaterializeResult(
        asset_key="raw_launch_mentions",
        metadata={"extractor_version": EXTRACTOR_VERSION, "articles_extracted": totals["articles"],
                  "new_mentions": totals["launch_mentions"], "extraction_errors": totals["errors"],
                  "dagster/row_count": n_launch},
    )
    yield dg.MaterializeResult(
        asset_key="raw_reaction_mentions",
        metadata={"extractor_version": EXTRACTOR_VERSION, "new_mentions": totals["reaction_mentions"],
                  "dagster/row_count": n_reaction},
    )


def _key(article_id: str, content_hash: str) -> str:
    return f"{article_id}\x00{content_hash}"


def _unkey(key: str) -> tuple[str, str]:
    article_id, content_hash = key.split("\x00")
    return article_id, content_hash
