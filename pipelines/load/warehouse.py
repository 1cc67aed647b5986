"""The working warehouse's raw layer: connection, DDL, and the idempotent writes of ingest and extract.

Writes go through Arrow tables registered on the connection (one statement per batch, not one per row),
so that loading stays linear at archive scale.
"""

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from pipelines.faults import fault_point
from pipelines.ingest import Article, FileResult, QuarantineRecord

DUPLICATE_REASON = "duplicate_article"

ARTICLE_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("content_hash", pa.string()),
        ("url", pa.string()),
        ("source", pa.string()),
        ("title", pa.string()),
        ("published_at", pa.string()),
        ("published_date", pa.date32()),
        ("published_at_origin", pa.string()),
        ("text", pa.string()),
        ("language", pa.string()),
        ("source_file", pa.string()),
        ("location", pa.string()),
        ("ingested_at", pa.timestamp("us")),
    ]
)
QUARANTINE_SCHEMA = pa.schema(
    [
        ("source_file", pa.string()),
        ("location", pa.string()),
        ("reason", pa.string()),
        ("detail", pa.string()),
        ("quarantined_at", pa.timestamp("us")),
    ]
)
INBOX_FILE_SCHEMA = pa.schema(
    [
        ("source_file", pa.string()),
        ("size_bytes", pa.int64()),
        ("mtime_ns", pa.int64()),
        ("sha256", pa.string()),
        ("n_articles", pa.int32()),
        ("n_quarantined", pa.int32()),
        ("scanned_at", pa.timestamp("us")),
    ]
)
_MENTION_KEY = [("mention_id", pa.string()), ("article_id", pa.string()), ("content_hash", pa.string())]
_MENTION_AUDIT = [("extractor_version", pa.string()), ("extracted_at", pa.timestamp("us"))]
_EVIDENCE = [("confidence", pa.float64()), ("evidence", pa.string()), ("char_start", pa.int32()),
             ("char_end", pa.int32())]
LAUNCH_MENTION_SCHEMA = pa.schema(
    [
        *_MENTION_KEY,
        ("launch_country", pa.string()),
        ("launch_date", pa.date32()),
        ("launch_time_local", pa.string()),
        ("launch_daypart", pa.string()),
        ("missile_count_min", pa.int32()),
        ("missile_count_text", pa.string()),
        ("missile_class", pa.string()),
        ("range_class", pa.string()),
        ("missile_name", pa.string()),
        ("launch_site", pa.string()),
        ("distance_km", pa.float64()),
        ("apogee_km", pa.float64()),
        ("is_background", pa.bool_()),
        *_EVIDENCE,
        ("attribute_evidence", pa.string()),
        *_MENTION_AUDIT,
    ]
)
REACTION_MENTION_SCHEMA = pa.schema(
    [
        *_MENTION_KEY,
        ("reactor_country", pa.string()),
        ("reactor_org", pa.string()),
        ("reactor_actor", pa.string()),
        ("reactor_role", pa.string()),
        ("reaction_type", pa.string()),
        ("target_country", pa.string()),
        ("launch_date", pa.date32()),
        *_EVIDENCE,
        *_MENTION_AUDIT,
    ]
)
EXTRACTION_LOG_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("content_hash", pa.string()),
        ("extractor_version", pa.string()),
        ("n_launch_mentions", pa.int32()),
        ("n_reaction_mentions", pa.int32()),
        ("extracted_at", pa.timestamp("us")),
        ("error", pa.string()),
    ]
)
STORY_LINK_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("content_hash", pa.string()),
        ("story_id", pa.string()),
        ("similarity", pa.float64()),
        ("method", pa.string()),
    ]
)
_AUDIT_COLUMNS = {"mention_id", "article_id", "content_hash", "extractor_version", "extracted_at"}
LAUNCH_COLUMNS = [n for n in LAUNCH_MENTION_SCHEMA.names if n not in _AUDIT_COLUMNS]
REACTION_COLUMNS = [n for n in REACTION_MENTION_SCHEMA.names if n not in _AUDIT_COLUMNS]


class WarehouseError(RuntimeError):
    """The warehouse cannot be opened or written: locked, corrupt, or not writable. Message is one line."""


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open a DuckDB file, turning DuckDB's lock and corruption errors into one actionable line."""
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        message = str(exc)
        if "not a valid duckdb database" in message.lower():
            raise WarehouseError(
                f"{path} is not a DuckDB database (corrupt or overwritten); "
                "move it aside and run again to rebuild it from the inbox"
            ) from exc
        if "lock" in message.lower():
            raise WarehouseError(
                f"{path} is locked by another process (a running pipeline or an open client); "
                "wait for it to finish or close that client"
            ) from exc
        raise WarehouseError(f"cannot open {path}: {message.splitlines()[0]}") from exc
    except (duckdb.SerializationException, duckdb.InvalidInputException, duckdb.InternalException) as exc:
        raise WarehouseError(
            f"{path} is not a readable DuckDB warehouse ({str(exc).splitlines()[0]}); "
            "move it aside and run again to rebuild it from the inbox"
        ) from exc


def apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the raw tables if they do not exist (every statement in schema.sql is idempotent)."""
    con.execute(files("pipelines.load").joinpath("schema.sql").read_text(encoding="utf-8"))


def known_files(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[int, int]]:
    """source_file -> (size_bytes, mtime_ns) of every file an earlier run read: unchanged files are skipped."""
    rows = con.execute("select source_file, size_bytes, mtime_ns from raw.inbox_files").fetchall()
    return {name: (size, mtime) for name, size, mtime in rows}


def write_file_results(
    con: duckdb.DuckDBPyConnection, results: Sequence[FileResult], ingested_at: datetime
) -> dict[str, int]:
    """Load one batch of read files in one transaction; idempotent per file.

    A file read again replaces its own quarantine rows. Articles are insert-or-ignore on
    (article_id, content_hash), so a re-read adds nothing; the same article arriving from a second file
    is recorded against that file as `duplicate_article` (so every file stays accounted for).
    """
    articles: list[Article] = []
    quarantine: list[QuarantineRecord] = []
    seen: dict[tuple[str, str], str] = {}
    for result in results:
        quarantine.extend(result.quarantine)
        for article in result.articles:
            key = (article.article_id, article.content_hash)
            where = _where(article)
            if key in seen and seen[key] != where:
                first_file, _, first_location = seen[key].partition("\x00")
                quarantine.append(_duplicate(article.article_id, article.content_hash, article.source_file,
                                             article.location, first_file, first_location or None))
                continue
            seen[key] = where
            articles.append(article)

    con.begin()
    try:
        batch = pa.Table.from_pylist(
            [{**_article_row(a), "ingested_at": ingested_at} for a in articles], schema=ARTICLE_SCHEMA
        )
        con.register("article_batch", batch)
        existing = con.execute(
            """
            select b.article_id, b.content_hash, b.source_file, b.location, a.source_file, a.location
            from article_batch b
            join raw.articles a using (article_id, content_hash)
            where a.source_file <> b.source_file or a.location is distinct from b.location
            """
        ).fetchall()
        for article_id, content_hash, file, location, first_file, first_location in existing:
            quarantine.append(_duplicate(article_id, content_hash, file, location, first_file, first_location))
        con.execute("insert or ignore into raw.articles by name select * from article_batch")
        con.unregister("article_batch")

        names = [r.source_file for r in results]
        con.execute("delete from raw.article_quarantine where source_file in (select unnest(?))", [names])
        qbatch = pa.Table.from_pylist(
            [{**_quarantine_row(q), "quarantined_at": ingested_at} for q in quarantine],
            schema=QUARANTINE_SCHEMA,
        )
        con.register("quarantine_batch", qbatch)
        con.execute("insert into raw.article_quarantine by name select * from quarantine_batch")
        con.unregister("quarantine_batch")

        n_quarantined: dict[str, int] = {}
        for q in quarantine:
            n_quarantined[q.source_file] = n_quarantined.get(q.source_file, 0) + 1
        fbatch = pa.Table.from_pylist(
            [
                {
                    "source_file": r.source_file,
                    "size_bytes": r.size_bytes,
                    "mtime_ns": r.mtime_ns,
                    "sha256": r.sha256,
                    "n_articles": len(r.articles),
                    "n_quarantined": n_quarantined.get(r.source_file, 0),
                    "scanned_at": ingested_at,
                }
                for r in results
            ],
            schema=INBOX_FILE_SCHEMA,
        )
        con.register("file_batch", fbatch)
        con.execute("insert or replace into raw.inbox_files by name select * from file_batch")
        con.unregister("file_batch")
        fault_point("ingest.before_commit")
        con.commit()
    except Exception:
        con.rollback()
        raise
    new_articles = len(articles) - len(existing)
    return {"files": len(results), "articles": len(articles), "new_articles": new_articles,
            "quarantined": len(quarantine)}


def pending_extractions(con: duckdb.DuckDBPyConnection, extractor_version: str) -> list[tuple[str, str]]:
    """Article versions never extracted, or extracted by another extractor version."""
    return con.execute(
        """
        select a.article_id, a.content_hash
        from raw.articles a
        left join raw.article_extractions e using (article_id, content_hash)
        where e.extractor_version is null or e.extractor_version <> ?
        order by a.published_date, a.article_id, a.content_hash
        """,
        [extractor_version],
    ).fetchall()


def articles_to_extract(
    con: duckdb.DuckDBPyConnection, keys: Sequence[tuple[str, str]]
) -> list[dict[str, Any]]:
    """The fields the extractor needs, for a batch of (article_id, content_hash) keys."""
    if not keys:
        return []
    con.register("wanted", pa.table({"article_id": [k[0] for k in keys], "content_hash": [k[1] for k in keys]}))
    rows = con.execute(
        """
        select a.article_id, a.content_hash, a.text, a.published_at, a.title, a.source
        from raw.articles a join wanted using (article_id, content_hash)
        order by a.published_date, a.article_id, a.content_hash
        """
    ).fetchall()
    con.unregister("wanted")
    names = ["article_id", "content_hash", "text", "published_at", "title", "source"]
    return [dict(zip(names, row, strict=True)) for row in rows]


def mention_id(article_id: str, content_hash: str, event: Mapping[str, Any]) -> str:
    """Stable id from what the mention says and where, so an analyst override keeps pointing at it."""
    if event.get("event_type") == "missile_launch":
        what = [event.get("launch_country"), event.get("launch_date"), event.get("is_background")]
    else:
        what = [event.get("reactor_country"), event.get("reactor_org"), event.get("reactor_actor"),
                event.get("reaction_type")]
    raw = json.dumps([article_id, content_hash, event.get("event_type"), event.get("char_start"),
                      event.get("char_end"), *what], default=str)
    return hashlib.sha256(raw.encode()).hexdigest()[:24]


def write_mentions(
    con: duckdb.DuckDBPyConnection,
    extracted: Iterable[tuple[str, str, list[dict[str, Any]]]],
    extractor_version: str,
    extracted_at: datetime,
    errors: Mapping[tuple[str, str], str] | None = None,
) -> dict[str, int]:
    """Replace the mentions of each (article_id, content_hash) with this extraction, in one transaction.

    `errors` names the articles the extractor failed on: they are logged with the error and no mentions,
    so one bad article never stops the run, and is retried when the extractor version changes.
    """
    errors = errors or {}
    launches: list[dict[str, Any]] = []
    reactions: list[dict[str, Any]] = []
    log: list[dict[str, Any]] = []
    for article_id, content_hash, events in extracted:
        n_launch = n_reaction = 0
        ids: set[str] = set()
        for event in events:
            mid = mention_id(article_id, content_hash, event)
            suffix = 1
            while mid in ids:  # two identical mentions in one article: keep both, ids stay deterministic
                mid = f"{mention_id(article_id, content_hash, event)}-{suffix}"
                suffix += 1
            ids.add(mid)
            base = {"mention_id": mid, "article_id": article_id, "content_hash": content_hash,
                    "extractor_version": extractor_version, "extracted_at": extracted_at}
            if event.get("event_type") == "missile_launch":
                row = {**base, **{c: event.get(c) for c in LAUNCH_COLUMNS}}
                row["attribute_evidence"] = json.dumps(event.get("attribute_evidence") or {})
                launches.append(row)
                n_launch += 1
            elif event.get("event_type") == "reaction":
                reactions.append({**base, **{c: event.get(c) for c in REACTION_COLUMNS}})
                n_reaction += 1
        log.append({"article_id": article_id, "content_hash": content_hash,
                    "extractor_version": extractor_version, "n_launch_mentions": n_launch,
                    "n_reaction_mentions": n_reaction, "extracted_at": extracted_at,
                    "error": errors.get((article_id, content_hash))})

    con.begin()
    try:
        keys = pa.table({"article_id": [r["article_id"] for r in log],
                         "content_hash": [r["content_hash"] for r in log]})
        con.register("extracted_keys", keys)
        for table in ("raw.launch_mentions", "raw.reaction_mentions", "raw.article_extractions"):
            con.execute(
                f"delete from {table} t using extracted_keys k "
                "where t.article_id = k.article_id and t.content_hash = k.content_hash"
            )
        con.unregister("extracted_keys")
        _insert(con, "raw.launch_mentions", launches, LAUNCH_MENTION_SCHEMA)
        _insert(con, "raw.reaction_mentions", reactions, REACTION_MENTION_SCHEMA)
        _insert(con, "raw.article_extractions", log, EXTRACTION_LOG_SCHEMA)
        fault_point("extract.before_commit")
        con.commit()
    except Exception:
        con.rollback()
        raise
    return {"articles": len(log), "launch_mentions": len(launches), "reaction_mentions": len(reactions),
            "errors": sum(1 for row in log if row["error"])}


def write_story_links(con: duckdb.DuckDBPyConnection, links: Iterable[Any]) -> int:
    """Replace the syndication links: they are recomputed over every article version on each run."""
    rows = [
        {"article_id": link.article_id, "content_hash": link.content_hash, "story_id": link.story_id,
         "similarity": float(link.similarity), "method": link.method}
        for link in links
    ]
    con.begin()
    try:
        con.execute("delete from raw.article_story_links")
        _insert(con, "raw.article_story_links", rows, STORY_LINK_SCHEMA)
        con.commit()
    except Exception:
        con.rollback()
        raise
    return len(rows)


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]], schema: pa.Schema) -> None:
    if not rows:
        return
    dates = {f.name for f in schema if pa.types.is_date32(f.type)}
    batch = pa.Table.from_pylist(
        [{n: _as_date(r.get(n)) if n in dates else r.get(n) for n in schema.names} for r in rows], schema=schema
    )
    con.register("insert_batch", batch)
    con.execute(f"insert into {table} by name select * from insert_batch")
    con.unregister("insert_batch")


def _as_date(value: Any) -> Any:
    """The extractor speaks ISO strings; Arrow's date32 wants date objects."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _where(article: Article) -> str:
    return f"{article.source_file}\x00{article.location or ''}"


def _duplicate(article_id: str, content_hash: str, file: str, location: str | None, first_file: str,
               first_location: str | None) -> QuarantineRecord:
    """The record that keeps a second copy of a loaded article accounted for, naming the first."""
    return QuarantineRecord(
        source_file=file,
        location=location,
        reason=DUPLICATE_REASON,
        detail=f"article {article_id} ({content_hash[:12]}) already loaded from "
        f"{first_file}{' ' + first_location if first_location else ''}",
    )


def _article_row(article: Article) -> dict[str, Any]:
    return {name: getattr(article, name) for name in ARTICLE_SCHEMA.names if name != "ingested_at"}


def _quarantine_row(record: QuarantineRecord) -> dict[str, Any]:
    return {
        "source_file": record.source_file,
        "location": record.location,
        "reason": record.reason,
        "detail": record.detail,
    }


def row_count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    """Rows in a raw table (for run metadata)."""
    return con.table(table).count("*").fetchall()[0][0]


def quarantine_by_reason(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Current quarantine rows per reason code."""
    rows = con.execute(
        "select reason, count(*) from raw.article_quarantine group by reason order by reason"
    ).fetchall()
    return {reason: n for reason, n in rows}


def accounted_files(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Inbox-relative files that have a row in raw.articles or raw.article_quarantine."""
    rows = con.execute(
        "select source_file from raw.articles union select source_file from raw.article_quarantine"
    ).fetchall()
    return {name for (name,) in rows}


def read_table(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """A whole table (or some of its columns) as a DataFrame, for the quality checks."""
    relation = con.table(table)
    if columns:
        relation = relation.select(*columns)
    return relation.df()


def unlinked_article_count(con: duckdb.DuckDBPyConnection) -> int:
    """Article versions with no syndication link yet: zero means the links are up to date."""
    return con.execute(
        """
        select count(*) from raw.articles a
        anti join raw.article_story_links l using (article_id, content_hash)
        """
    ).fetchall()[0][0]


def extraction_errors(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(article_id, error) of every article version the current extraction failed on."""
    return con.execute(
        "select article_id, error from raw.article_extractions where error is not null order by article_id"
    ).fetchall()
