"""published_at parsing and the dateline / URL fallbacks, unit by unit."""

from datetime import UTC, date, datetime

import pytest

from pipelines.ingest.dates import dateline_date, is_future, parse_published_at, url_date

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2026-01-04", "2026-01-04"),
        ("2026-01-04T07:50:00+09:00", "2026-01-04T07:50:00+09:00"),
        ("2026-01-04 07:50+0900", "2026-01-04T07:50:00+09:00"),
        ("2026-01-04T07:50:00Z", "2026-01-04T07:50:00+00:00"),
        ("2026-01-04T07:50:00", "2026-01-04T07:50:00"),
        ("2026-01-04T07:50:00.123456789+09:00", "2026-01-04T07:50:00.123456+09:00"),
        (" 2026-01-04 ", "2026-01-04"),
        ("Sun, 04 Jan 2026 07:50:00 +0900", "2026-01-04T07:50:00+09:00"),
    ],
)
def test_accepted_published_at_forms(value: str, iso: str) -> None:
    assert parse_published_at(value).iso == iso


@pytest.mark.parametrize("value", ["20260104", "Jan 4, 2026", "2026-13-01", "2026-01-04T25:00", "yesterday", ""])
def test_rejected_published_at_forms(value: str) -> None:
    with pytest.raises(ValueError):
        parse_published_at(value)


def test_naive_datetime_is_compared_as_utc() -> None:
    assert is_future(parse_published_at("2026-11-26T13:00:00"), NOW)
    assert not is_future(parse_published_at("2026-11-26T11:00:00"), NOW)


def test_date_tomorrow_is_not_future_but_the_day_after_is() -> None:
    assert not is_future(parse_published_at("2026-11-26"), NOW)
    assert is_future(parse_published_at("2026-11-27"), NOW)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SEOUL, Jan. 4 (Yonhap) -- North Korea fired a missile.", date(2026, 1, 4)),
        ("TOKYO, March 3, 2023 (Reuters) - Japan said on Friday.", date(2023, 3, 3)),
        ("WASHINGTON, July 4, 2017 — The United States said.", date(2017, 7, 4)),
        ("LONDON, 4 January 2024 (Reuters) - Britain said.", date(2024, 1, 4)),
        ("SEOUL, Sept. 15 (Yonhap) -- Text.", date(2026, 9, 15)),
        ("By Kim Tong-hyung\nJuly 4, 2017\n\nSEOUL — Text.", date(2017, 7, 4)),
        ("Published: Jan 16, 2024 10:32 AM EST\n\nText.", date(2024, 1, 16)),
        ("By Staff | 2024-01-16\nText follows here.", date(2024, 1, 16)),
    ],
)
def test_dateline_and_byline_forms(text: str, expected: date) -> None:
    assert dateline_date(text, None, NOW) == expected


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL, South Korea (AP) – North Korea launched a missile.",
        "North Korea fired a missile on July 4, 2017, officials said in a long statement today.",
        "SEOUL, Feb. 30 (Yonhap) -- Text.",
        "",
    ],
)
def test_texts_without_a_dateline(text: str) -> None:
    assert dateline_date(text, None, NOW) is None


def test_dateline_beyond_the_first_lines_is_ignored() -> None:
    text = "\n".join(["A paragraph without dates."] * 8 + ["SEOUL, Jan. 4 (Yonhap) -- Text."])
    assert dateline_date(text, None, NOW) is None


def test_yearless_feb_29_takes_the_last_leap_year() -> None:
    assert dateline_date("SEOUL, Feb. 29 (Yonhap) -- Text.", None, NOW) == date(2024, 2, 29)


def test_yearless_dateline_takes_a_url_year_segment() -> None:
    assert dateline_date("SEOUL, Jan. 4 (Yonhap) -- Text.", "https://x.com/2019/news/a", NOW) == date(2019, 1, 4)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://apnews.com/2024/01/16/north-korea", date(2024, 1, 16)),
        ("https://www.reuters.com/world/asia/2024-01-16-north-korea/", date(2024, 1, 16)),
        ("https://news.example.com/20240116/story.html", date(2024, 1, 16)),
        ("https://en.yna.co.kr/view/AEN20240116000351315", date(2024, 1, 16)),
        ("https://example.com/2024/1/6/story", date(2024, 1, 6)),
        ("https://example.com/2024/13/45/story", None),
        ("https://example.com/2024/01/story", None),
        ("https://example.com/story?id=12345678901", None),
        ("https://2024-01-16.example.com/story", None),
        (None, None),
    ],
)
def test_url_dates(url: str | None, expected: date | None) -> None:
    assert url_date(url) == expected


def test_only_the_first_paragraph_can_hold_the_dateline() -> None:
    text = "North Korea fired a missile, officials said on Sunday.\nOn Jan. 3 - the day before - it warned."
    assert dateline_date(text, None, NOW) is None


def test_short_title_line_before_the_dateline_is_skipped() -> None:
    text = "North Korea fires missile\n\nSEOUL, Jan. 4 (Yonhap) -- North Korea fired a missile."
    assert dateline_date(text, None, NOW) == date(2026, 1, 4)
