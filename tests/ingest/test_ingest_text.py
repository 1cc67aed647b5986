"""`.txt` and `.md` files: body as text, YAML front matter, Markdown heading, date fallbacks."""

from datetime import date

from conftest import Read

BODY = "SEOUL, Jan. 14 (Yonhap) -- North Korea fired a ballistic missile into the East Sea on Sunday."


def test_plain_text_file_is_one_article_dated_by_its_dateline(read: Read) -> None:
    (article,) = read("story.txt", BODY + "\n").articles
    assert article.text == BODY
    assert (article.published_at, article.published_at_origin) == ("2026-01-14", "dateline")
    assert article.title is None
    assert article.location is None


def test_front_matter_supplies_the_metadata(read: Read) -> None:
    content = (
        "---\nid: yna-1\ntitle: N. Korea fires missile\nsource: Yonhap\n"
        "url: https://en.yna.co.kr/view/AEN20240114000351315\npublished_at: '2024-01-14T15:55:00+09:00'\n"
        "language: en\n---\n\n" + BODY + "\n"
    )
    (article,) = read("story.md", content).articles
    assert article.article_id == "yna-1"
    assert article.title == "N. Korea fires missile"
    assert article.source == "Yonhap"
    assert article.url == "https://en.yna.co.kr/view/AEN20240114000351315"
    assert (article.published_at, article.published_at_origin) == ("2024-01-14T15:55:00+09:00", "front_matter")
    assert article.text == BODY


def test_front_matter_date_key_is_published_at(read: Read) -> None:
    (article,) = read("story.txt", "---\ndate: 2024-01-16\n---\nNo dateline here.\n").articles
    assert (article.published_date, article.published_at_origin) == (date(2024, 1, 16), "front_matter")


def test_front_matter_wins_over_the_dateline(read: Read) -> None:
    (article,) = read("story.txt", "---\npublished_at: 2024-01-14\n---\n" + BODY).articles
    assert article.published_at == "2024-01-14"


def test_yaml_typed_datetime_keeps_its_offset(read: Read) -> None:
    (article,) = read("story.txt", "---\ndate: 2024-01-14T15:55:00+09:00\n---\nBody.\n").articles
    assert article.published_at == "2024-01-14T15:55:00+09:00"


def test_numeric_front_matter_title_is_a_string(read: Read) -> None:
    (article,) = read("story.md", "---\ntitle: 1984\ndate: 2024-01-16\n---\nBody.\n").articles
    assert article.title == "1984"


def test_front_matter_list_title_is_wrong_field_type(read: Read) -> None:
    result = read("story.md", "---\ntitle: [a, b]\ndate: 2024-01-16\n---\nBody.\n")
    assert [q.reason for q in result.quarantine] == ["wrong_field_type"]


def test_front_matter_bad_date_is_unparseable_published_at(read: Read) -> None:
    result = read("story.md", "---\ndate: next week\n---\n" + BODY)
    assert [q.reason for q in result.quarantine] == ["unparseable_published_at"]


def test_invalid_yaml_is_invalid_front_matter(read: Read) -> None:
    result = read("story.md", "---\ntitle: [unclosed\n---\n" + BODY)
    assert [q.reason for q in result.quarantine] == ["invalid_front_matter"]


def test_opening_rule_without_closing_rule_is_body(read: Read) -> None:
    (article,) = read("story.md", "---\n" + BODY + "\n").articles
    assert article.text == "---\n" + BODY


def test_front_matter_without_body_is_empty_text(read: Read) -> None:
    result = read("story.md", "---\ntitle: x\ndate: 2024-01-16\n---\n\n")
    assert [q.reason for q in result.quarantine] == ["empty_text"]


def test_markdown_heading_is_the_title_and_leaves_the_body(read: Read) -> None:
    (article,) = read("story.md", "# North Korea fires missile\n\n" + BODY + "\n").articles
    assert article.title == "North Korea fires missile"
    assert article.text == BODY


def test_front_matter_title_wins_over_heading(read: Read) -> None:
    (article,) = read("story.md", "---\ntitle: From front matter\n---\n# Heading\n\n" + BODY).articles
    assert article.title == "From front matter"
    assert article.text.startswith("# Heading")


def test_heading_in_a_txt_file_is_just_text(read: Read) -> None:
    (article,) = read("story.txt", "# Heading\n\n" + BODY).articles
    assert article.title is None
    assert article.text.startswith("# Heading")


def test_byline_date_line_dates_the_story(read: Read) -> None:
    content = "By Hyung-Jin Kim\nJuly 4, 2017\n\nSEOUL, South Korea (AP) — North Korea fired a missile.\n"
    (article,) = read("story.txt", content).articles
    assert (article.published_at, article.published_at_origin) == ("2017-07-04", "dateline")


def test_date_inside_a_story_sentence_is_not_a_dateline(read: Read) -> None:
    content = "SEOUL, South Korea (AP) — North Korea recalled its launch of July 4, 2017, in a statement.\n"
    result = read("story.txt", content)
    assert [q.reason for q in result.quarantine] == ["no_publication_date"]


def test_yearless_dateline_takes_the_year_from_the_url(read: Read) -> None:
    content = "---\nurl: https://en.yna.co.kr/view/AEN20190104000351315\n---\nSEOUL, Jan. 4 (Yonhap) -- Text.\n"
    (article,) = read("story.txt", content).articles
    assert article.published_at == "2019-01-04"
    assert article.published_at_origin == "dateline"


def test_yearless_dateline_without_url_is_the_latest_such_day(read: Read) -> None:
    # NOW is 2026-11-25: Dec. 24 has not come yet this year, so it is last year's.
    (article,) = read("story.txt", "SEOUL, Dec. 24 (Yonhap) -- Text.\n").articles
    assert article.published_at == "2025-12-24"


def test_empty_txt_is_empty_file(read: Read) -> None:
    assert [q.reason for q in read("story.txt", b"").quarantine] == ["empty_file"]


def test_whitespace_md_is_empty_file(read: Read) -> None:
    assert [q.reason for q in read("story.md", "\n \n").quarantine] == ["empty_file"]


def test_text_without_any_date_is_no_publication_date(read: Read) -> None:
    assert [q.reason for q in read("story.txt", "North Korea fired a missile.").quarantine] == ["no_publication_date"]


def test_windows_line_endings_become_lf(read: Read) -> None:
    (article,) = read("story.txt", BODY + "\r\nSecond paragraph.\r\n").articles
    assert article.text == BODY + "\nSecond paragraph."


def test_binary_txt_is_binary_file(read: Read) -> None:
    assert [q.reason for q in read("story.txt", b"PK\x03\x04" + bytes(200)).quarantine] == ["binary_file"]


def test_yaml_date_in_a_string_field_is_a_string(read: Read) -> None:
    (article,) = read("story.md", "---\ntitle: 2024-01-16\ndate: 2024-01-16\n---\nBody.\n").articles
    assert article.title == "2024-01-16"
