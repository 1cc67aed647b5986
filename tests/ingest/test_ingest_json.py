"""`.json` files: one object or a list of objects, field validation, normalisation, id derivation."""

import hashlib
import json
from datetime import date
from pathlib import Path

from conftest import NOW, Read, article_json

from pipelines.ingest import read_file

# A wire report in the shape of the real input (null url, curly quotes, an en dash, several paragraphs).
WIRE_REPORT = {
    "id": "wire-0001",
    "url": None,
    "source": "AP",
    "title": "North Korea fires ballistic missiles toward the sea",
    "published_at": "2026-01-04",
    "text": "SEOUL, South Korea (AP) – North Korea fired several ballistic missiles toward the sea on Sunday, "
            "South Korea’s military said.\nJapan’s defense minister called the launches “a serious threat”.",
    "language": "en",
}


def only_reason(result) -> str:
    assert not result.articles, result.articles
    assert len(result.quarantine) == 1, result.quarantine
    return result.quarantine[0].reason


def test_wire_report_loads_with_every_field(inbox: Path) -> None:
    (inbox / "wire-0001.json").write_text(json.dumps(WIRE_REPORT, ensure_ascii=False), encoding="utf-8")
    result = read_file(inbox / "wire-0001.json", inbox, now=NOW)
    (article,) = result.articles
    assert result.quarantine == []
    assert article.article_id == "wire-0001"
    assert article.source == "AP"
    assert article.url is None
    assert article.published_at == "2026-01-04"
    assert article.published_at_origin == "field"
    assert article.text == WIRE_REPORT["text"]
    assert article.location is None


def test_file_metadata_describes_the_bytes(read: Read) -> None:
    content = article_json()
    result = read("a.json", content)
    assert result.source_file == "a.json"
    assert result.size_bytes == len(content.encode())
    assert result.sha256 == hashlib.sha256(content.encode()).hexdigest()
    assert result.mtime_ns > 0


def test_content_hash_is_sha256_of_the_text(read: Read) -> None:
    (article,) = read("a.json", article_json(text="Missile launched.")).articles
    assert article.content_hash == hashlib.sha256(b"Missile launched.").hexdigest()


def test_missing_id_is_derived_from_content_hash(read: Read) -> None:
    (article,) = read("a.json", article_json(drop=["id"])).articles
    assert article.article_id == "sha256:" + article.content_hash[:16]


def test_blank_id_is_derived_from_content_hash(read: Read) -> None:
    (article,) = read("a.json", article_json(id="  ")).articles
    assert article.article_id.startswith("sha256:")


def test_numeric_id_is_kept_as_a_string(read: Read) -> None:
    (article,) = read("a.json", article_json(id=12345)).articles
    assert article.article_id == "12345"


def test_derived_id_is_stable_across_files(read: Read) -> None:
    first = read("a.json", article_json(drop=["id"])).articles[0]
    second = read("b.json", article_json(drop=["id"], source="Reuters")).articles[0]
    assert first.article_id == second.article_id


def test_language_defaults_to_en(read: Read) -> None:
    (article,) = read("a.json", article_json()).articles
    assert article.language == "en"


def test_language_is_kept_when_given(read: Read) -> None:
    (article,) = read("a.json", article_json(language="ko")).articles
    assert article.language == "ko"


def test_blank_optional_strings_become_null(read: Read) -> None:
    (article,) = read("a.json", article_json(title="  ", url="", source=None)).articles
    assert (article.title, article.url, article.source) == (None, None, None)


def test_unknown_fields_are_ignored(read: Read) -> None:
    assert read("a.json", article_json(extra={"nested": [1, 2]})).articles


def test_list_of_objects_gives_one_article_per_item(read: Read) -> None:
    items = [json.loads(article_json(id=f"a-{n}")) for n in range(3)]
    result = read("list.json", json.dumps(items))
    assert [a.location for a in result.articles] == ["item 1", "item 2", "item 3"]
    assert result.quarantine == []


def test_non_object_list_item_is_quarantined_alone(read: Read) -> None:
    items = [json.loads(article_json()), "just a string"]
    result = read("list.json", json.dumps(items))
    assert len(result.articles) == 1
    assert [(q.location, q.reason) for q in result.quarantine] == [("item 2", "not_an_object")]


def test_empty_list_is_empty_file(read: Read) -> None:
    assert only_reason(read("a.json", "[]")) == "empty_file"


def test_top_level_scalar_is_not_an_object(read: Read) -> None:
    assert only_reason(read("a.json", '"hello"')) == "not_an_object"


def test_invalid_json_reports_byte_offset(read: Read) -> None:
    result = read("a.json", '{"text": "é", oops}')
    assert only_reason(result) == "invalid_json"
    # 'é' is two bytes: the error at character 14 is at byte 15.
    assert result.quarantine[0].location == "byte 15"


def test_deep_nesting_is_rejected_without_recursion_error(read: Read) -> None:
    assert only_reason(read("a.json", "[" * 100_000 + "]" * 100_000)) == "too_deeply_nested"


def test_nesting_at_the_limit_is_accepted(read: Read) -> None:
    nested: object = 1
    for _ in range(19):  # 19 levels inside the article object: 20 in all
        nested = [nested]
    assert read("a.json", article_json(extra=nested)).articles


def test_brackets_inside_strings_do_not_count_as_nesting(read: Read) -> None:
    assert read("a.json", article_json(note="[" * 100)).articles


def test_huge_integer_literal_is_invalid_json(read: Read) -> None:
    assert only_reason(read("a.json", '{"text": "x", "n": ' + "9" * 5000 + "}")) == "invalid_json"


def test_text_number_is_wrong_field_type(read: Read) -> None:
    assert only_reason(read("a.json", article_json(text=42))) == "wrong_field_type"


def test_published_at_list_is_wrong_field_type(read: Read) -> None:
    assert only_reason(read("a.json", article_json(published_at=["2026-01-04"]))) == "wrong_field_type"


def test_title_object_is_wrong_field_type(read: Read) -> None:
    assert only_reason(read("a.json", article_json(title={"en": "x"}))) == "wrong_field_type"


def test_boolean_id_is_wrong_field_type(read: Read) -> None:
    assert only_reason(read("a.json", article_json(id=True))) == "wrong_field_type"


def test_absent_text_is_missing_text(read: Read) -> None:
    assert only_reason(read("a.json", article_json(drop=["text"]))) == "missing_text"


def test_null_text_is_missing_text(read: Read) -> None:
    assert only_reason(read("a.json", article_json(text=None))) == "missing_text"


def test_whitespace_text_is_empty_text(read: Read) -> None:
    assert only_reason(read("a.json", article_json(text=" \n\t "))) == "empty_text"


def test_text_over_one_mib_is_too_large(read: Read) -> None:
    # 600,000 characters of two-byte UTF-8: under the limit in characters, over it in bytes.
    assert only_reason(read("a.json", article_json(text="é" * 600_000))) == "too_large"


def test_text_of_exactly_one_mib_is_accepted(read: Read) -> None:
    assert read("a.json", article_json(text="x" * 1024 * 1024)).articles


def test_escaped_nul_in_text_is_nul_bytes(read: Read) -> None:
    assert only_reason(read("a.json", article_json(text="before\u0000after"))) == "nul_bytes"


def test_lone_surrogate_is_undecodable_text(read: Read) -> None:
    assert only_reason(read("a.json", '{"text": "bad \\ud800 char", "published_at": "2026-01-04"}')) == (
        "undecodable_text"
    )


def test_text_is_normalised_to_nfc_lf_and_no_trailing_space(read: Read) -> None:
    raw = "  Cafe\u0301 line one \r\nline two\rline three \n\n"
    (article,) = read("a.json", article_json(text=raw)).articles
    assert article.text == "  Café line one \nline two\nline three"


def test_same_article_twice_in_a_file_is_one_article(read: Read) -> None:
    item = json.loads(article_json())
    result = read("list.json", json.dumps([item, item]))
    assert len(result.articles) == 1
    assert result.quarantine == []


def test_same_id_with_other_text_is_a_second_version(read: Read) -> None:
    items = [json.loads(article_json()), json.loads(article_json(text="Updated story text."))]
    assert len(read("list.json", json.dumps(items)).articles) == 2


def test_utf8_bom_is_accepted(read: Read) -> None:
    assert read("a.json", b"\xef\xbb\xbf" + article_json().encode()).articles


def test_cp1252_file_is_decoded(read: Read) -> None:
    data = json.dumps({"text": "Kim’s café", "published_at": "2026-01-04"}, ensure_ascii=False).encode("cp1252")
    (article,) = read("a.json", data).articles
    assert article.text == "Kim’s café"


def test_bytes_neither_utf8_nor_cp1252_are_undecodable_text(read: Read) -> None:
    # 0x81 is undefined in cp1252 and invalid as a lone UTF-8 byte.
    assert only_reason(read("a.json", b'{"text": "bad \x81 byte"}')) == "undecodable_text"


def test_raw_nul_byte_is_nul_bytes(read: Read) -> None:
    assert only_reason(read("a.json", article_json().encode() + b"\x00")) == "nul_bytes"


def test_known_binary_signature_is_binary_file(read: Read) -> None:
    assert only_reason(read("a.json", b"%PDF-1.7\n" + b"x" * 100)) == "binary_file"


def test_control_bytes_are_binary_file(read: Read) -> None:
    assert only_reason(read("a.json", bytes(range(32)) * 10)) == "binary_file"


def test_zero_byte_file_is_empty_file(read: Read) -> None:
    assert only_reason(read("a.json", b"")) == "empty_file"


def test_whitespace_file_is_empty_file(read: Read) -> None:
    assert only_reason(read("a.json", "  \n\n ")) == "empty_file"


def test_published_date_is_the_date_as_written(read: Read) -> None:
    # 01:00 in Seoul is the previous day in UTC; the calendar date stays the one written.
    (article,) = read("a.json", article_json(published_at="2026-01-04T01:00:00+09:00")).articles
    assert article.published_at == "2026-01-04T01:00:00+09:00"
    assert article.published_date == date(2026, 1, 4)


def test_zulu_datetime_is_normalised_to_offset(read: Read) -> None:
    (article,) = read("a.json", article_json(published_at="2026-01-04T07:50Z")).articles
    assert article.published_at == "2026-01-04T07:50:00+00:00"


def test_unparseable_published_at_is_quarantined(read: Read) -> None:
    assert only_reason(read("a.json", article_json(published_at="last Sunday"))) == "unparseable_published_at"


def test_impossible_calendar_date_is_unparseable(read: Read) -> None:
    assert only_reason(read("a.json", article_json(published_at="2026-02-30"))) == "unparseable_published_at"


def test_published_at_in_future_is_quarantined(read: Read) -> None:
    assert only_reason(read("a.json", article_json(published_at="2027-01-01"))) == "published_at_in_future"


def test_published_at_within_one_day_tolerance_is_accepted(read: Read) -> None:
    assert read("a.json", article_json(published_at="2026-11-26T06:00:00+00:00")).articles


def test_missing_published_at_falls_back_to_dateline(read: Read) -> None:
    text = "SEOUL, Jan. 14 (Yonhap) -- North Korea fired a missile."
    (article,) = read("a.json", article_json(drop=["published_at"], text=text)).articles
    assert (article.published_at, article.published_at_origin) == ("2026-01-14", "dateline")


def test_null_published_at_falls_back_to_url(read: Read) -> None:
    url = "https://apnews.com/article/2024/01/16/north-korea-missile"
    (article,) = read("a.json", article_json(published_at=None, url=url)).articles
    assert (article.published_at, article.published_at_origin) == ("2024-01-16", "url")


def test_dateline_wins_over_url(read: Read) -> None:
    text = "TOKYO, March 3, 2023 (Reuters) - Japan said."
    url = "https://example.com/2024/01/16/story"
    (article,) = read("a.json", article_json(drop=["published_at"], text=text, url=url)).articles
    assert article.published_at_origin == "dateline"
    assert article.published_at == "2023-03-03"


def test_no_date_anywhere_is_no_publication_date(read: Read) -> None:
    assert only_reason(read("a.json", article_json(drop=["published_at"]))) == "no_publication_date"
