"""Metadata + body -> Article (spec section 1), shared by every file format.

Format readers gather the raw fields (JSON keys, front matter, HTML metadata) and call build_article,
which validates types, normalises the text, derives the id and resolves published_at, raising Rejected
for the first problem found.
"""

import re
from collections.abc import Mapping
from datetime import date, datetime

from pipelines.ingest.dates import (
    ParsedDate,
    dateline_date,
    from_datetime,
    is_future,
    parse_published_at,
    url_date,
)
from pipelines.ingest.models import MAX_TEXT_BYTES, Article, Rejected
from pipelines.ingest.normalise import clean_optional, content_hash, normalise_text

DEFAULT_LANGUAGE = "en"
_OPTIONAL_STRINGS = ("url", "source", "title", "language")
# Lone surrogates come from JSON escapes like "\ud800"; they are not Unicode text and cannot be
# written as UTF-8 into the warehouse.
_SURROGATE = re.compile("[\ud800-\udfff]")


def build_article(
    fields: Mapping[str, object],
    *,
    date_origin: str,
    source_file: str,
    location: str | None,
    now: datetime,
) -> Article:
    """`date_origin` names where a published_at in `fields` came from: field, front_matter or html_meta."""
    text = _text(fields)
    digest = content_hash(text)
    article_id = _article_id(fields.get("id"), digest)
    meta = {name: _optional_string(fields, name) for name in _OPTIONAL_STRINGS}
    published, origin = _published_at(fields.get("published_at"), date_origin, text, meta["url"], now)
    if is_future(published, now):
        raise Rejected(
            "published_at_in_future",
            f"published_at {published.iso} ({origin}) is after {now.isoformat()} + 1 day",
        )
    return Article(
        article_id=article_id,
        content_hash=digest,
        url=meta["url"],
        source=meta["source"],
        title=meta["title"],
        published_at=published.iso,
        published_date=published.day,
        published_at_origin=origin,
        text=text,
        language=meta["language"] or DEFAULT_LANGUAGE,
        source_file=source_file,
        location=location,
    )


def _text(fields: Mapping[str, object]) -> str:
    raw = fields.get("text")
    if raw is None:
        raise Rejected("missing_text", "no text field" if "text" not in fields else "text is null")
    if not isinstance(raw, str):
        raise Rejected("wrong_field_type", f"text is {_type_name(raw)}, expected a string")
    _check_unicode("text", raw)
    # A cheap bound first: a string of more than MAX_TEXT_BYTES characters is over the limit in bytes.
    if len(raw) > MAX_TEXT_BYTES:
        raise Rejected("too_large", f"text has {len(raw)} characters, limit {MAX_TEXT_BYTES} bytes")
    text = normalise_text(raw)
    if not text.strip():
        raise Rejected("empty_text", "text is empty" if not raw else "text is only whitespace")
    if "\x00" in text:
        raise Rejected("nul_bytes", f"text contains U+0000 at character {text.index(chr(0))}")
    size = len(text.encode("utf-8"))
    if size > MAX_TEXT_BYTES:
        raise Rejected("too_large", f"text is {size} bytes of UTF-8, limit {MAX_TEXT_BYTES}")
    return text


def _article_id(value: object, digest: str) -> str:
    # Integers are accepted because numeric ids are common in CMS exports and unambiguous as strings.
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if value is not None and not isinstance(value, str):
        raise Rejected("wrong_field_type", f"id is {_type_name(value)}, expected a string")
    if isinstance(value, str):
        _check_unicode("id", value)
        if value.strip():
            return value.strip()
    return "sha256:" + digest[:16]


def _optional_string(fields: Mapping[str, object], name: str) -> str | None:
    value = fields.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise Rejected("wrong_field_type", f"{name} is {_type_name(value)}, expected a string or null")
    _check_unicode(name, value)
    return clean_optional(value)


def _published_at(value: object, date_origin: str, text: str, url: str | None, now: datetime) -> tuple[ParsedDate, str]:
    if isinstance(value, str) and value.strip():
        try:
            return parse_published_at(value), date_origin
        except ValueError as exc:
            raise Rejected("unparseable_published_at", f"{date_origin}: {exc}") from None
    if isinstance(value, date):  # YAML front matter types its dates (datetime is a date subclass)
        return from_datetime(value), date_origin
    if value is not None and not isinstance(value, str):
        raise Rejected("wrong_field_type", f"published_at is {_type_name(value)}, expected a string")
    found = dateline_date(text, url, now)
    if found is not None:
        return from_datetime(found), "dateline"
    found = url_date(url)
    if found is not None:
        return from_datetime(found), "url"
    raise Rejected(
        "no_publication_date",
        "no published_at and no date in the metadata, the dateline or the URL",
    )


def _check_unicode(name: str, value: str) -> None:
    match = _SURROGATE.search(value)
    if match:
        raise Rejected(
            "undecodable_text",
            f"{name} holds a lone surrogate U+{ord(match.group()):04X} at character {match.start()}",
        )


def _type_name(value: object) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)
