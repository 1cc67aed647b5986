"""Property-based tests: arbitrary input never raises, is always accounted for, and text is preserved."""

import hashlib
import html
import json
import tempfile
import unicodedata
from datetime import date
from pathlib import Path

from conftest import NOW
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipelines.ingest import MAX_TEXT_BYTES, REASONS, FileResult, read_file
from pipelines.ingest.normalise import normalise_text

ORIGINS = {"field", "front_matter", "html_meta", "dateline", "url"}
EXTENSIONS = [".json", ".jsonl", ".txt", ".md", ".html", ".htm", ".JSON", ".csv", ""]
FIELDS = ["id", "url", "source", "title", "published_at", "text", "language"]

PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)
# Objects that look like articles, so that field validation (not only parsing) is exercised: mostly
# well-typed values, sometimes anything at all.
DATES = ["2026-01-04", "2026-01-04T07:50:00+09:00", "2099-01-01", "not a date", ""]
field_values = st.text(max_size=20) | st.sampled_from(DATES) | json_values
article_like = st.fixed_dictionaries(
    {"text": st.text(min_size=1) | json_values, "published_at": st.sampled_from(DATES) | json_values},
    optional={name: field_values for name in ["id", "url", "source", "title", "language"]},
) | st.dictionaries(st.sampled_from(FIELDS), field_values)


def read_bytes(name: str, data: bytes) -> FileResult:
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp)
        path = inbox / name
        path.write_bytes(data)
        return read_file(path, inbox, now=NOW)


def assert_accounted(result: FileResult) -> None:
    assert result.articles or result.quarantine
    for record in result.quarantine:
        assert record.reason in REASONS, record
        assert record.source_file == result.source_file
    for article in result.articles:
        assert article.text.strip() and "\x00" not in article.text
        assert len(article.text.encode("utf-8")) <= MAX_TEXT_BYTES
        assert article.content_hash == hashlib.sha256(article.text.encode("utf-8")).hexdigest()
        assert article.article_id
        assert article.published_at_origin in ORIGINS
        assert article.published_date == date.fromisoformat(article.published_at[:10])
        # A day of tolerance, plus up to a day of time-zone offset between the date as written and UTC.
        assert article.published_date.toordinal() <= NOW.date().toordinal() + 2
    keys = [(a.article_id, a.content_hash) for a in result.articles]
    assert len(keys) == len(set(keys))


@PROPERTY_SETTINGS
@given(data=st.binary(max_size=3000), extension=st.sampled_from(EXTENSIONS))
@example(data=b"\xef\xbb\xbf", extension=".json")
@example(data=b"\xff\xfe" + "{}".encode("utf-16-le"), extension=".json")
@example(data=b"---\n- a\n---\n", extension=".md")
def test_random_bytes_never_raise_and_are_accounted_for(data: bytes, extension: str) -> None:
    assert_accounted(read_bytes("f" + extension, data))


@PROPERTY_SETTINGS
@given(value=json_values | article_like | st.lists(article_like, max_size=4))
def test_random_json_files_are_accounted_for(value: object) -> None:
    assert_accounted(read_bytes("f.json", json.dumps(value).encode("utf-8")))


@PROPERTY_SETTINGS
@given(lines=st.lists(json_values | article_like, min_size=1, max_size=6))
def test_random_jsonl_files_are_accounted_for(lines: list[object]) -> None:
    result = read_bytes("f.jsonl", "\n".join(json.dumps(line) for line in lines).encode("utf-8"))
    assert_accounted(result)
    located = {a.location for a in result.articles} | {q.location for q in result.quarantine}
    assert located <= {f"line {n}" for n in range(1, len(lines) + 1)}


@PROPERTY_SETTINGS
@given(front=st.dictionaries(st.sampled_from([*FIELDS, "date"]), json_values, max_size=4), body=st.text())
def test_random_front_matter_is_accounted_for(front: dict[str, object], body: str) -> None:
    content = "---\n" + json.dumps(front) + "\n---\n" + body  # JSON is YAML
    assert_accounted(read_bytes("f.md", content.encode("utf-8")))


# Text as an extractor would receive it: printable characters and newlines, already normalised.
clean_text = (
    st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(["\n", "\t"]), min_size=1)
    .map(lambda text: unicodedata.normalize("NFC", text).rstrip())
    .filter(lambda text: text.strip() != "" and text[0] not in " \t\n")
)


@PROPERTY_SETTINGS
@given(text=st.text())
def test_json_text_becomes_exactly_the_normalised_text(text: str) -> None:
    record = {"id": "x", "published_at": "2026-01-04", "text": text}
    result = read_bytes("f.json", json.dumps(record).encode("utf-8"))
    if result.articles:
        assert result.articles[0].text == normalise_text(text)


@PROPERTY_SETTINGS
@given(text=clean_text)
def test_offsets_into_clean_json_text_are_preserved(text: str) -> None:
    record = {"id": "x", "published_at": "2026-01-04", "text": text}
    (article,) = read_bytes("f.json", json.dumps(record, ensure_ascii=False).encode("utf-8")).articles
    # Equal strings: every span an extractor computes on the text it was given is the same span here.
    assert article.text == text


@PROPERTY_SETTINGS
@given(text=clean_text)
def test_offsets_into_clean_front_matter_bodies_are_preserved(text: str) -> None:
    content = "---\npublished_at: '2026-01-04'\n---\n" + text + "\n"
    (article,) = read_bytes("f.txt", content.encode("utf-8")).articles
    assert article.text == text


@PROPERTY_SETTINGS
@given(paragraphs=st.lists(st.text(min_size=1), min_size=1, max_size=4))
def test_random_html_is_accounted_for(paragraphs: list[str]) -> None:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = f'<html><head><meta property="article:published_time" content="2026-01-04"></head><body>{body}</body></html>'
    assert_accounted(read_bytes("f.html", page.encode("utf-8")))


@PROPERTY_SETTINGS
@given(text=st.text())
def test_normalise_text_is_idempotent(text: str) -> None:
    assert normalise_text(normalise_text(text)) == normalise_text(text)
