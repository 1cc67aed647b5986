"""`.txt` and `.md`: the body is the text; optional YAML front matter carries the metadata fields."""

import re
from datetime import date

import yaml
from frontmatter.default_handlers import YAMLHandler

from pipelines.ingest.decoding import check_binary, decode_text
from pipelines.ingest.models import Rejected

_YAML = YAMLHandler()
# Front matter keys -> article fields. `date` is what Jekyll / Hugo / Pandoc write for published_at.
_ALIASES = {"published_at": "published_at", "date": "published_at", "published": "published_at"}
_FIELDS = ("id", "url", "source", "title", "language")
_MAX_FRONT_MATTER = 64 * 1024
_HEADING = re.compile(r"#[ \t]+(?P<title>[^\n]*?)[ \t#]*(?:\n|\Z)")
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\n)+")


def read_text(data: bytes, *, markdown: bool) -> tuple[dict[str, object], str]:
    """Return (fields, origin of a published_at among them). fields["text"] is the body."""
    check_binary(data)
    text, _ = decode_text(data)
    if not text.strip():
        raise Rejected("empty_file", "the file is empty or only whitespace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fields, body = _split_front_matter(text)
    if markdown and not fields.get("title"):
        heading = _HEADING.match(body)
        if heading:
            # The heading is the title; leaving it in the body would glue it to the first sentence.
            fields["title"] = heading.group("title")
            body = _LEADING_BLANK_LINES.sub("", body[heading.end() :], count=1)
    fields["text"] = body
    return fields, "front_matter"


def _split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """Front matter only when the file opens with a `---` line and a closing `---` line follows, and
    the block is a YAML mapping; otherwise the `---` was a Markdown rule and everything is body."""
    if not _YAML.detect(text):
        return {}, text
    try:
        block, body = _YAML.split(text)
    except ValueError:
        return {}, text
    if len(block) > _MAX_FRONT_MATTER:
        raise Rejected("invalid_front_matter", f"front matter over {_MAX_FRONT_MATTER} characters")
    try:
        metadata = _YAML.load(block)
    except (yaml.YAMLError, RecursionError, ValueError, TypeError) as exc:
        # ValueError / TypeError: PyYAML's constructors on values such as a timestamp with day 99.
        first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise Rejected("invalid_front_matter", f"YAML error: {first_line[:200]}") from None
    if not isinstance(metadata, dict):
        return {}, text
    # The closing `---` line's own newline starts the body; blank lines after it are layout.
    body = _LEADING_BLANK_LINES.sub("", body, count=1)
    return _fields(metadata), body


def _fields(metadata: dict[object, object]) -> dict[str, object]:
    fields: dict[str, object] = {}
    for key, value in metadata.items():
        name = _ALIASES.get(str(key).lower()) or (str(key).lower() if str(key).lower() in _FIELDS else None)
        if name is None or (name in fields and fields[name] is not None):
            continue
        fields[name] = _scalar(name, value)
    return fields


def _scalar(name: str, value: object) -> object:
    # YAML types bare words: `title: 1984` is an int, `title: 2024-01-16` a date. They are what the
    # author wrote, so they become strings; a YAML date stays typed only as published_at. Lists,
    # mappings and booleans are left to be rejected as wrong_field_type.
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, date) and name != "published_at":
        return value.isoformat()
    return value
