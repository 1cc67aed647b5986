"""`.html` / `.htm`: main text and metadata through trafilatura, publication time from meta tags."""

import html
import logging
import re

import trafilatura

from pipelines.ingest.dates import parse_published_at
from pipelines.ingest.decoding import check_binary, declared_html_charset, decode_text
from pipelines.ingest.models import Rejected

# Publication-time meta tags in order of trust: Open Graph article tags first (set by the CMS for
# the article itself), then schema.org / Dublin Core / vendor tags.
_DATE_META_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "date",
)
_META_TAG = re.compile(r"<meta\b[^>]{0,2000}>", re.I)
_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""")
_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{1,64})"')
_HTML_LANG = re.compile(r"""<html\b[^>]{0,500}?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)""", re.I)
# Meta tags live in <head>; bounding the scan keeps a huge page cheap.
_HEAD_SCAN = 512 * 1024

# trafilatura logs an ERROR for every page it finds empty; that is a quarantine record here, not an error.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def read_html(data: bytes) -> tuple[dict[str, object], str]:
    """Return (fields, origin of a published_at among them)."""
    check_binary(data)
    markup, _ = decode_text(data, declared=declared_html_charset(data))
    if not markup.strip():
        raise Rejected("empty_file", "the file is empty or only whitespace")
    try:
        document = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"extensive_search": False},
        )
    except Exception as exc:  # a third-party parser on arbitrary markup: any failure means "no text"
        raise Rejected("html_no_text", f"trafilatura failed: {type(exc).__name__}: {exc}"[:300]) from None
    text = getattr(document, "text", None) if document is not None else None
    if not isinstance(text, str) or not text.strip():
        raise Rejected("html_no_text", "trafilatura found no main text")
    title = _string(getattr(document, "title", None))
    if title and text.split("\n", 1)[0].strip() == title:
        # trafilatura keeps the <h1> as the first line; the title is its own field, and left in the body
        # it would run into the first sentence.
        text = text.split("\n", 1)[1] if "\n" in text else text
    lang = _HTML_LANG.search(markup[:_HEAD_SCAN])
    fields: dict[str, object] = {
        "text": text,
        "title": title,
        "url": _string(getattr(document, "url", None)),
        "source": _string(getattr(document, "sitename", None)),
        "language": lang.group(1) if lang else None,
        "published_at": meta_published_at(markup),
    }
    return fields, "html_meta"


def meta_published_at(markup: str) -> str | None:
    """The first parseable publication time among the meta tags and JSON-LD, or None.

    Unlike a JSON field, a bad meta value is skipped rather than quarantined: templates often carry
    placeholders, and the dateline or URL may still date the story.
    """
    head = markup[:_HEAD_SCAN]
    found: dict[str, str] = {}
    for tag in _META_TAG.finditer(head):
        attributes = {
            name.lower(): html.unescape(value.strip("\"'")) for name, value in _ATTRIBUTE.findall(tag.group())
        }
        key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
        if key in _DATE_META_KEYS and "content" in attributes:
            found.setdefault(key, attributes["content"])
    candidates = [found[key] for key in _DATE_META_KEYS if key in found]
    candidates += _JSON_LD_DATE.findall(markup)
    for candidate in candidates:
        try:
            return parse_published_at(candidate).iso
        except ValueError:
            continue
    return None


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
