"""published_at: parsing, validation and the fallbacks of spec section 1 (dateline, URL).

Resolution order (documented in docs/ingest.md): the field itself, else metadata inside the file (front
matter, HTML meta tags), else the dateline at the top of the text, else a date in the URL. File-system
times are never used: a copied archive would otherwise be dated the day it was copied.
"""

import re
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import NamedTuple

# How far past `now` a publication time may lie before it is called an error: time zones and clock
# skew between a newsroom and this machine easily account for a day, more than that is bad data.
FUTURE_TOLERANCE = timedelta(days=1)

# ISO 8601 in its extended (dashed) form only: a bare "20260104" is more often an id than a date.
_ISO = re.compile(
    r"\d{4}-\d{2}-\d{2}"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?"
)


class ParsedDate(NamedTuple):
    iso: str  # normalised ISO string: "2026-01-04" or "2026-01-04T07:50:00+09:00"
    day: date  # the calendar date as written (not converted to UTC)
    has_time: bool
    value: datetime  # for comparisons; naive values are read as UTC


def from_datetime(value: datetime | date) -> ParsedDate:
    """A YAML-typed date / datetime (front matter) or one parsed below."""
    if isinstance(value, datetime):
        compare = value if value.tzinfo else value.replace(tzinfo=UTC)
        return ParsedDate(value.isoformat(), value.date(), True, compare)
    return ParsedDate(value.isoformat(), value, False, datetime(value.year, value.month, value.day, tzinfo=UTC))


def parse_published_at(value: str) -> ParsedDate:
    """ISO 8601 date or datetime (RFC 2822 too, which feeds and some meta tags use). Raises ValueError."""
    text = value.strip()
    if _ISO.fullmatch(text):
        if len(text) == 10:
            return from_datetime(date.fromisoformat(text))
        # fromisoformat wants "." before fractions and at most 6 digits of them.
        text = re.sub(r"[.,](\d{1,6})\d*", r".\1", text)
        return from_datetime(datetime.fromisoformat(text))
    if re.fullmatch(r"[A-Za-z]{3},? +\d{1,2} +[A-Za-z]{3} +\d{4} +\d{1,2}:\d{2}(:\d{2})? *\S*", text):
        try:
            return from_datetime(parsedate_to_datetime(text))
        except (TypeError, ValueError, IndexError):
            pass
    raise ValueError(f"not an ISO 8601 date or datetime: {value[:80]!r}")


def is_future(parsed: ParsedDate, now: datetime) -> bool:
    now = now if now.tzinfo else now.replace(tzinfo=UTC)
    limit = now + FUTURE_TOLERANCE
    if parsed.has_time:
        return parsed.value > limit
    return parsed.day > limit.astimezone(UTC).date()


# --- dateline and byline -----------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DATE_PATTERNS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b", re.I),  # Jan. 4 / January 4, 2024
    re.compile(rf"\b{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?\b", re.I),  # 4 January 2024
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<num>[01]\d)-(?P<day>[0-3]\d)\b"),  # 2024-01-04
)
# A dateline is the opening of the first paragraph up to the dash or agency credit that ends it:
# "SEOUL, Jan. 4 (Yonhap) --", "TOKYO, March 3, 2023 (Reuters) -", "WASHINGTON, July 4, 2017 —".
_DATELINE_END = re.compile(r"\s(?:--|—|–|-)\s|\)\s*(?:--|—|–|-|:)")
_DATELINE_MAX = 120
# Byline lines ("July 4, 2017", "Published: Jan 16, 2024 10:32 AM", "By Kim | 2024-01-16") are short.
_BYLINE_MAX = 80
_HEAD_LINES = 6


class _Found(NamedTuple):
    month: int
    day: int
    year: int | None


def _find_date(fragment: str) -> _Found | None:
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(fragment):
            groups = match.groupdict()
            month = int(groups["num"]) if groups.get("num") else _MONTHS[groups["mon"][:3].lower()]
            year = int(groups["year"]) if groups.get("year") else None
            found = _Found(month, int(groups["day"]), year)
            if _valid(found.year or 2000, found.month, found.day):
                return found
    return None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def dateline_date(text: str, url: str | None, now: datetime) -> date | None:
    """The publication day given by a byline or dateline at the top of the text, or None.

    Only the head of the text is looked at: short byline lines ("July 4, 2017") before the first
    paragraph, then the dateline that opens that first paragraph, up to its dash or agency credit.
    Later paragraphs are never read, so that a date in the story ("On Jan. 3 - the day before -") is
    not taken for the story's own. A dateline without a year (Yonhap's "SEOUL, Jan. 4 (Yonhap) --")
    takes its year from the URL when the URL has one, else the latest such day not after `now`
    (year-less datelines are a convention of current news).
    """
    lines = [line.strip() for line in text[:4000].split("\n")]
    for line in [line for line in lines if line][:_HEAD_LINES]:
        if line.startswith("#"):
            continue  # a Markdown heading: the title, never dated here
        if _is_byline(line):
            found = _find_date(line)
            # A short line with "June 5" but no year is more likely a heading than a byline.
            if found is not None and found.year is not None:
                return _complete(found, url, now)
            continue
        end = _DATELINE_END.search(line[: _DATELINE_MAX + 5])
        found = _find_date(line[: end.start() + 1]) if end and end.start() <= _DATELINE_MAX else None
        return _complete(found, url, now) if found is not None else None
    return None


def _is_byline(line: str) -> bool:
    # Short, not a sentence, not a dateline paragraph.
    return len(line) <= _BYLINE_MAX and not line.endswith(".") and _DATELINE_END.search(line) is None


def _complete(found: _Found, url: str | None, now: datetime) -> date | None:
    if found.year is not None:
        return date(found.year, found.month, found.day)
    url_year = url_year_of(url)
    if url_year is not None and _valid(url_year, found.month, found.day):
        return date(url_year, found.month, found.day)
    latest = (now + FUTURE_TOLERANCE).date()
    for year in range(latest.year, latest.year - 8, -1):  # 8 years always include a Feb 29
        if _valid(year, found.month, found.day) and date(year, found.month, found.day) <= latest:
            return date(year, found.month, found.day)
    return None


# --- URL -----------------------------------------------------------------------------------------------

_URL_DATES = (
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?=[/._-]|$)"),  # /2024/01/16/
    re.compile(r"[/_-](?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),  # /2024-01-16-slug
    re.compile(r"(?<![0-9])(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?![0-9])"),  # /20240116/
    re.compile(r"(?<=[/=])[A-Z]{2,4}(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)\d{6,}"),  # Yonhap AEN...
)
_URL_YEAR = re.compile(r"/(?P<y>(?:19|20)\d{2})/")


def url_date(url: str | None) -> date | None:
    """A full date in the URL's path (/2024/01/16/, -2024-01-16-, /20240116/, Yonhap's AEN20240116...)."""
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url, flags=re.I)
    for pattern in _URL_DATES:
        for match in pattern.finditer(path):
            year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
            if _valid(year, month, day):
                return date(year, month, day)
    return None


def url_year_of(url: str | None) -> int | None:
    found = url_date(url)
    if found is not None:
        return found.year
    match = _URL_YEAR.search(url or "")
    return int(match["y"]) if match else None
