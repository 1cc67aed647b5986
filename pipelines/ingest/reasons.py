"""Quarantine reason codes (spec section 1): the documented list behind raw.article_quarantine.reason.

Codes are stable snake_case identifiers that dashboards and tests match on: add new ones, never rename.
docs/ingest.md carries the same table (reason_table()); tests/ingest/test_ingest_docs.py keeps them in sync.
"""

REASONS: dict[str, str] = {
    # The file as a whole
    "unreadable_file": "the file could not be opened or read (permission denied, vanished, I/O error)",
    "not_regular_file": "a FIFO, socket or device node; never opened, so a run cannot block on it",
    "symlink_not_followed": "a symbolic link that leaves the inbox, loops, dangles or names a directory",
    "unsupported_extension": "the extension is not one of .json .jsonl .txt .md .html .htm",
    "too_large": "the file is over MAX_FILE_BYTES (not read), or an article's text is over MAX_TEXT_BYTES",
    "empty_file": "the file holds no article: zero bytes, only whitespace, an empty list or only blank lines",
    "binary_file": "the bytes are not text (a known binary signature or many control bytes)",
    "nul_bytes": "text that contains NUL characters, which the warehouse cannot store faithfully",
    "undecodable_text": "not UTF-8, not an HTML page's declared charset, not clean cp1252 (Windows Latin-1)",
    # Structure
    "invalid_json": "a .json file that is not valid JSON (location: byte offset of the error)",
    "invalid_jsonl_line": "a line of a .jsonl file that is not valid JSON",
    "too_deeply_nested": "JSON nested deeper than MAX_JSON_DEPTH levels; rejected before parsing",
    "not_an_object": "a JSON value (file, list item or line) that is not an object",
    "invalid_front_matter": "a .txt/.md file whose leading --- front matter --- block is not valid YAML",
    "html_no_text": "an HTML file from which no main text could be extracted",
    # Fields
    "wrong_field_type": "a field has the wrong type (text not a string, published_at a list, ...)",
    "missing_text": "the article has no text field (or it is null)",
    "empty_text": "the article's text is empty or only whitespace",
    "no_publication_date": "no published_at field, metadata date, dateline date or URL date",
    "unparseable_published_at": "published_at (field or front matter) is not an ISO 8601 date or datetime",
    "published_at_in_future": "published_at is more than one day after the time of the run",
}


def reason_table() -> str:
    """The Markdown table of docs/ingest.md; tests/ingest/test_ingest_docs.py checks the two agree."""
    rows = ["| reason | meaning |", "|---|---|"]
    rows += [f"| `{code}` | {meaning} |" for code, meaning in REASONS.items()]
    return "\n".join(rows)
