"""Small date/time resolver for short spans (dateparser over whole articles is far too slow).

Dates resolve against an anchor: the publication date seen in the launch site's time zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from pipelines.extract.gazetteer import icase

MONTHS = {
    m: i
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for m in names
}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "a": 1,
}
# every spelling of a month, longest first (other modules build their month patterns from it)
MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_WD_ALT = "|".join(WEEKDAYS)

# the year: stated ("March 5, 2023"), relative ("on October 27 last year") or left to the publication date
_YEAR = r"(?:,?\s+(\d{4})|,?\s+(last|this)\s+year\b)?"
EXPLICIT_MD = icase(rf"\b({MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b{_YEAR}")
EXPLICIT_DM = icase(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_ALT})\b\.?{_YEAR}")
WEEKDAY = icase(
    rf"\b(?:(last|this|past|previous|early|late|on)\s+)?({_WD_ALT})\b(?:\s+(morning|afternoon|evening|night))?")
# "two hours after the launch," ending its phrase: an answer the same day to the story's launch
HOURS_AFTER_LAUNCH = (r"(?:(?:about|some|just|nearly|roughly|only)\s+)?(?:\w+\s+)?hours?\s+after\s+the\s+"
                      r"(?:[\w'’]+\s+)?(?:launch|firing|test)(?=\s*(?:,|\.|$))")
RELATIVE = icase(
    r"\b(yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today|hours\s+(?:earlier|later)"
    r"|within\s+hours"
    # "within six minutes of the launch", "an hour and 50 minutes after the North's launch": the main launch's day
    r"|within\s+(?:(?:a\s+few|\w+)\s+)?minutes\s+of\s+the\s+(?:[\w'’]+\s+)?(?:launch|firing|test)"
    r"|(?:an?\s+hour\s+and\s+(?:\w+\s+)?)?minutes\s+after\s+the\s+(?:[\w'’]+\s+)?(?:launch|firing|test)"
    # "staged a drill about two hours after the launch, firing a Hyunmoo-2": the main launch's day, no recall
    r"|" + HOURS_AFTER_LAUNCH
    + r"|overnight"
    r"|(?:earlier|later)\s+(?:in\s+the|that)\s+day|the\s+previous\s+day|the\s+day\s+before|(?:a|one)\s+day\s+earlier"
    r"|the\s+night\s+before|the\s+previous\s+night|last\s+night)\b")
# "hours earlier", "within hours", "earlier in the day", "later that day": the main launch's day
SAME_DAY_WORDS = (
    "hours", "within", "minutes", "an hour", "a hour", "earlier in", "later in", "earlier that", "later that")
# "Two days earlier it fired ...": a fronted count back, followed by its clause's subject
_DAYS_BACK = r"\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days\s+(?:earlier|before)"
DAYS_EARLIER = icase(
    _DAYS_BACK + r"(?=\s*,?\s+(?:it|the|north|iran|russia|china|pyongyang|tehran|[a-z]+\s+(?:fired|launched)))")
DAYS_BACK_HIT = icase(_DAYS_BACK + "$")
LATER = icase(r"\b(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+later"
              r"|the\s+(?:next|following)\s+day)\b")
# Past references without a day: a background launch with only these is not extracted.
VAGUE_PAST = icase(
    r"\b(?:last|earlier\s+this|this)\s+(?:week|month|year)\b|\bin\s+(?:early|mid|late)[- ]?(?:"
    + MONTH_ALT
    + r")\b|\brecent\s+(?:weeks|months|days)\b|\bsince\s+(?:\d{4}|the\s+start|early|last)\b|\bso\s+far\b"
    + r"|\bin\s+(?:19|20)\d\d\b"
    # "have attacked more than 100 ships since November 2023": a month (and year) names no day
    + r"|\bsince\s+(?:(?:early|late|mid)[- ]?)?(?:" + MONTH_ALT + r")\b(?!\.?\s+\d{1,2}\b)"
    # "fired two cruise missiles over the weekend": a weekend names no day
    + r"|\b(?:over|at|during|on)\s+the\s+weekend\b|\b(?:last|this\s+past)\s+weekend\b"
    # "carried out a hypersonic weapons test this summer": a season names no day
    + r"|\b(?:last|this|earlier\s+this|in\s+the|during\s+the|over\s+the)\s+(?:spring|summer|autumn|fall|winter)\b"
    # "The April rocket broke apart": a month names no day
    + r"|\bthe\s+(?:" + MONTH_ALT + r")\s+(?:launch|rocket|test|missile|firing|attempt)(?:es|s)?\b"
    # "put its first satellite into orbit last November": a month names no day
    + r"|\blast\s+(?:" + MONTH_ALT + r")\b(?!\s+\d)"
    + r"|\bin\s+(?:" + MONTH_ALT + r")\b(?!\s+\d)"
    # "last flown in November 2017": a month and a year name no day
    + r"|\bin\s+(?:(?:early|mid|late)[- ]?)?(?:" + MONTH_ALT + r")\s+(?:of\s+)?(?:19|20)\d\d\b")
OFFSET = icase(
    r"\b(?:about\s+|some\s+|just\s+|nearly\s+|roughly\s+|only\s+|(less|more)\s+than\s+)?(?:(\d{1,4}|"
    + "|".join(k for k in NUMBER_WORDS if k != "a")
    + r"|a|a\s+few|several)\s+)?(hours?|days?|weeks?|months?|years?)\s+(after|since|following)\b")
HOURS_AFTER_LAUNCH_RE = icase(HOURS_AFTER_LAUNCH)
# A date here dates something other than the launch (KCNA "signed the order ... on July 3").
ORDER_CUE = icase(r"\b(?:signed|issued|gave)\s+(?:the\s+|an?\s+)?order\b")

TIME = icase(
    r"\b(?:at\s+|around\s+|about\s+|approximately\s+|between\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*"
    # a window "6:45 and 7:03 a.m.", "8:48 and 8:57 p.m.": its first time, under the window's meridiem
    r"(?:(?:and|to|-|–)\s*\d{1,2}(?:[:.]\d{2})?\s*)?"
    r"(a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])"
    r"|\b(?:at|around|about)\s+([01]?\d|2[0-3]):([0-5]\d)\b(?!\s*(?:a\.?m|p\.?m))"
    r"|\b([01]?\d|2[0-3]):([0-5]\d)\s+(?=(?:local|KST|JST|GMT|UTC|South\s+Korean|Korean|Seoul|Pyongyang|Tokyo))")
ZONE = icase(
    # ("5:30 p.m. Tuesday, Washington time": the zone may follow the day)
    rf"^\s*(?:(?:on\s+)?(?:{_WD_ALT})\s*,?\s*)?"
    r"(?:\(\s*)?(KST|JST|GMT|UTC|ET|EST|EDT|PT|PST|PDT|local\s+time|(?:South\s+)?Korean?\s+time|Seoul\s+time"
    r"|Pyongyang\s+time|Japan(?:ese)?\s+time|Tokyo\s+time|Moscow\s+time|Tehran\s+time|Beijing\s+time"
    # the reporter's zone named by its city ("5:30 p.m. Washington time"): the Pentagon's and INDOPACOM's clocks
    r"|Washington\s+time|New\s+York\s+time|Eastern\s+time|Pacific\s+time|Hawaii\s+time)")
ZONE_TZ = {
    "kst": "Asia/Seoul", "jst": "Asia/Tokyo", "gmt": "UTC", "utc": "UTC", "et": "America/New_York",
    "est": "America/New_York", "edt": "America/New_York", "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "moscow time": "Europe/Moscow",
    "tehran time": "Asia/Tehran", "beijing time": "Asia/Shanghai", "tokyo time": "Asia/Tokyo",
    "japan time": "Asia/Tokyo", "japanese time": "Asia/Tokyo", "washington time": "America/New_York",
    "new york time": "America/New_York", "eastern time": "America/New_York", "pacific time": "America/Los_Angeles",
    "hawaii time": "Pacific/Honolulu",
}
NOT_LAUNCH_TIME = icase(
    r"\b(?:announced|said|reported|statement|briefing|issued|tweeted|posted)\s+(?:\w+\s+){0,2}$")


@dataclass(frozen=True)
class Anchor:
    """Publication moment seen from the launch site."""

    local_date: date
    date_only: bool
    site_utc_offset_h: float


def make_anchor(published_at: str, tz_name: str | None) -> Anchor | None:
    """Publication date in the site's zone; a bare date is taken as is (its zone is unknown).
    None when ``published_at`` cannot be read: then only dates that carry their year resolve."""
    try:
        tz = ZoneInfo(tz_name) if tz_name else ZoneInfo("UTC")
    except (KeyError, ValueError):
        tz = ZoneInfo("UTC")
    text = (published_at or "").strip()
    try:
        if len(text) <= 10:
            d = date.fromisoformat(text[:10])
            off = tz.utcoffset(datetime(d.year, d.month, d.day, 12)) or timedelta(0)
            return Anchor(d, True, off.total_seconds() / 3600)
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        off = tz.utcoffset(dt) or timedelta(0)
        return Anchor(dt.date(), True, off.total_seconds() / 3600)
    local = dt.astimezone(tz)
    off = local.utcoffset() or timedelta(0)
    return Anchor(local.date(), False, off.total_seconds() / 3600)


@dataclass(frozen=True)
class DateHit:
    value: date | None  # None: a past reference with no resolvable day
    start: int
    end: int
    text: str
    part_of_day: str | None = None
    ahead: bool = False  # a weekday read as the day after a bare publication date (see weekday_date)
    site: bool = False  # stated in the launch site's terms ("3:17 a.m. Wednesday local time", "Wednesday in Iraq")


def _year(stated: str | None, relative: str | None, anchor: Anchor | None, before: str = "") -> int | None:
    """The year of an explicit date: the stated one, "last year"/"this year" counted from the publication, or
    the year before when the date tells of "last year's" event ("Last year's exercise, which Putin oversaw on
    Oct. 26"); ``before`` is the clause's text up to the date."""
    if stated:
        return int(stated)
    if anchor is None:
        return None
    if relative:
        return anchor.local_date.year - (relative.lower() == "last")
    if LAST_YEARS_BEFORE.search(before[-90:]):
        return anchor.local_date.year - 1
    return None


LAST_YEARS_BEFORE = icase(r"\blast\s+year['’]s\b")
# holidays that name their day: "on Christmas morning", "on New Year's Eve"
HOLIDAY = icase(r"\b(?:on\s+)?(christmas|new\s+year['’]s)(?:\s+(day|eve|morning|night|evening))?\b")
HOLIDAYS = {("christmas", None): (12, 25), ("christmas", "eve"): (12, 24), ("new year's", None): (1, 1),
            ("new year's", "eve"): (12, 31)}


def _recent(month: int, day: int, year: int | None, anchor: date | None) -> date | None:
    """Month/day without a year: the latest such date not after the anchor (a day of slack for zones)."""
    try:
        if year:
            return date(year, month, day)
        if anchor is None:
            return None
        cand = date(anchor.year, month, day)
        if cand > anchor + timedelta(days=1):
            cand = date(anchor.year - 1, month, day)
        return cand
    except ValueError:
        return None


def weekday_date(word: str, qualifier: str | None, anchor: Anchor) -> date:
    target = WEEKDAYS[word.lower()]
    base = anchor.local_date
    delta = (base.weekday() - target) % 7
    q = (qualifier or "").lower()
    if q in ("last", "past", "previous") and delta == 0:
        delta = 7
    elif q not in ("last", "past", "previous") and delta == 6 and anchor.date_only and anchor.site_utc_offset_h >= 3:
        # A bare publication date is usually the outlet's (Western) day: "on Sunday" in a story dated
        # Saturday about an Asian launch is the next day there, not six days earlier.
        return base + timedelta(days=1)
    return base - timedelta(days=delta)


def find_dates(text: str, anchor: Anchor | None) -> list[DateHit]:
    """Every day-resolvable (or vague past) date expression in a short text, in order."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in EXPLICIT_MD.finditer(text):
        year = _year(m.group(3), m.group(4), anchor, text[: m.start()])
        d = _recent(MONTHS[m.group(1).lower()], int(m.group(2)), year, anchor.local_date if anchor else None)
        if d:
            hits.append(DateHit(d, m.start(), m.end(), m.group(0)))
            taken.append((m.start(), m.end()))
    for m in EXPLICIT_DM.finditer(text):
        if not free(m.start(), m.end()):
            continue
        year = _year(m.group(3), m.group(4), anchor, text[: m.start()])
        d = _recent(MONTHS[m.group(2).lower()], int(m.group(1)), year, anchor.local_date if anchor else None)
        if d:
            hits.append(DateHit(d, m.start(), m.end(), m.group(0)))
            taken.append((m.start(), m.end()))
    for m in HOLIDAY.finditer(text):
        # a holiday names a day only as a time ("on Christmas", "Christmas morning"), not in "Christmas celebrations"
        name, part = " ".join(m.group(1).lower().replace("’", "'").split()), (m.group(2) or "").lower() or None
        if not (m.group(0).lower().startswith("on") or part) or not free(m.start(), m.end()):
            continue
        month, day = HOLIDAYS.get((name, "eve" if part == "eve" else None), (0, 0))
        d = _recent(month, day, None, anchor.local_date if anchor else None) if month else None
        if d:
            hits.append(DateHit(d, m.start(), m.end(), m.group(0), part if part in ("morning", "evening", "night")
                                else None))
            taken.append((m.start(), m.end()))
    for m in WEEKDAY.finditer(text):
        if not free(m.start(), m.end()):
            # "Sunday, February 12": the explicit date already covers it
            continue
        near_explicit = any(abs(m.end() - a) <= 3 for a, _ in taken)
        if near_explicit:
            continue
        if anchor is None:
            continue
        d = weekday_date(m.group(2), m.group(1), anchor)
        hits.append(DateHit(d, m.start(), m.end(), m.group(0), (m.group(3) or "").lower() or None,
                            d > anchor.local_date))
        taken.append((m.start(), m.end()))
    for m in RELATIVE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        word = " ".join(m.group(1).lower().split())
        same_day = word.startswith(SAME_DAY_WORDS) or "hour" in word  # ("about two hours after the launch")
        if anchor is None and not same_day:
            continue
        back = 0 if word in ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today") \
            else 1
        if same_day:
            # "Hours earlier, X fired ...": the day of the story's main event (resolved at assembly)
            hits.append(DateHit(None, m.start(), m.end(), m.group(0), "same_day"))
            taken.append((m.start(), m.end()))
            continue
        part = "night" if "night" in word else None
        hits.append(DateHit(anchor.local_date - timedelta(days=back), m.start(), m.end(), m.group(0), part))
        taken.append((m.start(), m.end()))
    for m in DAYS_EARLIER.finditer(text):
        # "Two days earlier it fired two short-range missiles": counted back from the story's launch (at assembly)
        n = number(m.group(1))
        if anchor is not None and n and free(m.start(), m.end()):
            hits.append(DateHit(anchor.local_date - timedelta(days=n), m.start(), m.end(), m.group(0)))
            taken.append((m.start(), m.end()))
    for m in LATER.finditer(text):
        # "On Jan. 14, it fired two ..., and three days later launched two more": counted from the firing before
        if free(m.start(), m.end()):
            n = number(m.group(1)) if m.group(1) else 1
            days = 7 * n if (m.group(2) or "").lower().startswith("week") else n
            hits.append(DateHit(None, m.start(), m.end(), m.group(0), f"later:{days}"))
            taken.append((m.start(), m.end()))
    for m in VAGUE_PAST.finditer(text):
        if free(m.start(), m.end()):
            hits.append(DateHit(None, m.start(), m.end(), m.group(0)))
    # "a launch window which ran from Wednesday to Dec. 1": a span of days names none of them
    hits.sort(key=lambda h: h.start)
    spans = {i for i, (h1, h2) in enumerate(pairwise(hits)) if RANGE_FROM.search(text[max(0, h1.start - 10) : h1.start])
             and RANGE_TO.fullmatch(text[h1.end : h2.start])}
    hits = [h for i, h in enumerate(hits) if i not in spans and i - 1 not in spans]
    # "overnight Saturday into Sunday": a night attack runs into the later day, when its missiles fly
    hits = [h1 for h1, h2 in pairwise(hits)
            if h1.value is None or h2.value is None or not NIGHT_INTO.fullmatch(text, h1.end, h2.start)] + hits[-1:]
    # "(2057 GMT Monday)" dates the clock in another zone; "said on Thursday" dates the statement
    hits = [h for h in hits if not _in_zone_parenthesis(text, h)
            and not FUTURE_BEFORE.search(text[max(0, h.start - 40) : h.start])
            and not MODAL_BEFORE.search(text, max(0, h.start - 70), h.start)
            and not BEGAN_BEFORE.search(text[max(0, h.start - 40) : h.start])
            # "its most recent launch before Tuesday came on Saturday": a bound, not the day of anything told
            and not BOUND_BEFORE.search(text[max(0, h.start - 10) : h.start])
            # "its fourth nuclear test on Jan. 6", "the Jan. 6 nuclear test": the day of a test that is no launch
            and not NUCLEAR_TEST_BEFORE.search(text[max(0, h.start - 40) : h.start])
            and not NUCLEAR_TEST_AFTER.match(text, h.end)
            # "as the first anniversary of the October 7 attack approached": the day of the event remembered
            and not ANNIVERSARY_BEFORE.search(text[max(0, h.start - 30) : h.start])]
    out = []
    for h in hits:
        if DATELINE_AFTER.match(text, h.end):
            # the day the story was filed: like a statement's day, it dates the launch only when nothing else does
            out.append(DateHit(h.value, h.start, h.end, h.text, "statement", h.ahead))
        elif POSSESSIVE_AFTER.match(text, h.end):
            # "Monday's launch" dates the launch noun it modifies, even after "said"
            out.append(h)
        elif REPORT_BEFORE.search(text[: h.start]) or REPORT_AFTER.match(text, h.end) or (
                # ... only a day: "Earlier this month, the Houthis said they had targeted ..." stays a vague recall
                h.value is not None and FRONTED_REPORT_AFTER.match(text, h.end)
                and not text[: h.start].strip(" \"'“”")):
            out.append(DateHit(h.value, h.start, h.end, h.text, "statement", h.ahead))
        elif h.value is not None and (FOREIGN_ZONE_AFTER.match(text, h.end)
                                      or FOREIGN_ZONE_BEFORE.search(text[max(0, h.start - 30) : h.start])):
            # "Wednesday evening Washington time": the reporter's day, not the launch site's
            out.append(DateHit(h.value, h.start, h.end, h.text, "foreign:" + (h.part_of_day or ""), h.ahead))
        elif h.value is not None and SITE_ZONE_AFTER.match(text, h.end):
            out.append(DateHit(h.value, h.start, h.end, h.text, "site:" + (h.part_of_day or ""), h.ahead))
        else:
            out.append(h)
    out.sort(key=lambda h: h.start)
    # "state media reported on March 25 that Kim had overseen the launch the previous day": counted back from the
    # statement's day, not from the publication's
    stated = next((h for h in out if h.part_of_day == "statement" and h.value is not None), None)
    if stated is not None and stated.value is not None:
        out = [replace(h, value=stated.value - timedelta(days=1))
               if h.part_of_day != "statement" and h.start > stated.start and DAY_BEFORE_STATEMENT.fullmatch(h.text)
               else h for h in out]
    if any(h.value is not None and h.text.lower() != "overnight" for h in out):
        # "overnight and on the morning of Dec. 29": a stated day beats the vague night before publication
        out = [h for h in out if h.text.lower() != "overnight"]
    site = [h for h in out if (h.part_of_day or "").startswith("site:")]
    if site:
        # the day stated in the launch site's terms wins over the one in the reporter's zone
        out = [h for h in out if not (h.part_of_day or "").startswith("foreign:")]
    return [DateHit(h.value, h.start, h.end, h.text, h.part_of_day.split(":", 1)[1] or None, h.ahead, site=True)
            if h.part_of_day and h.part_of_day.startswith("site:") else h for h in out]


# the words around a day that make it another event's day, a bound or one end of a span
NUCLEAR_TEST_BEFORE = icase(r"\bnuclear\s+(?:weapons?\s+)?(?:test|explosion|detonation|blast)\s+(?:on\s+)?$")
NUCLEAR_TEST_AFTER = icase(r"\s+(?:\w+\s+)?nuclear\s+(?:test|explosion|detonation|blast)\b")
BOUND_BEFORE = icase(r"\b(?:before|until|till)\s+$")
RANGE_FROM = icase(r"\b(?:from|between)\s+$")
NIGHT_INTO = re.compile(r"\s+(?:night\s+)?into\s+(?:early\s+)?", re.IGNORECASE)
RANGE_TO = re.compile(r"\s*(?:to|through|until|till|and|-|–)\s*", re.IGNORECASE)

# "SEOUL, March 24 (Yonhap) --": the dateline dates the story, not the launch
# "SEOUL, Oct. 3 (Yonhap) --", "TOKYO, Oct. 3 Kyodo -": the day the story was filed
DATELINE_AFTER = re.compile(
    r"\s*(?:\([A-Za-z .&'-]{2,40}\)\s*(?:--|—|–|-|:)|[A-Z][A-Za-z&'-]+(?:\s[A-Z][A-Za-z&'-]+)?\s*(?:--|—|–|-|:)\s)")
# "who takes office on Tuesday", "talks will resume on Friday": a day of something still to come
FUTURE_BEFORE = icase(
    r"\b(?:will|shall|takes|take|starts|begins|opens|is\s+due|are\s+due|scheduled\s+to|due\s+to|set\s+to"
    r"|slated\s+to|expected\s+to|plans?\s+to|upcoming)\b[^,.;]{0,25}$")
# "could fire one around the election on Nov. 5": case-sensitive, so that the month "May" is no modal
MODAL_BEFORE = re.compile(
    r"\b(?:could|may|might)\b[^,.;]{0,25}$"
    # "the Security Council would discuss the launches behind closed doors on Thursday": a meeting to come
    r"|\bwould\s+(?:discuss|meet|hold|convene|consider|vote)\b[^,.;]{0,40}$")
# "the exercises, which began on Monday": the day another event began or ended
BEGAN_BEFORE = icase(
    r"\b(?:which|that|who)\s+(?:\w+\s+)?(?:began|begun|started|opened|ended|kicked\s+off|wrapped\s+up|concluded|closed)"
    r"\s+(?:on\s+)?$"
    # "the submarine, which was commissioned on August 29": a passive relative clause of another act
    r"|\b(?:which|that)\s+(?:was|were|had\s+been)\s+(?!launched|fired|test|tested|shot)\w+ed\s+(?:on\s+)?$")
# "On Sunday, the chief of the General Staff told Putin that ...": a fronted day of the report (no firing verb
# between the day and the reporting verb)
# (not when the event's own verb comes first: "On Tuesday, Iranian missiles hit what Tehran said were bases")
# ("since March 24, when it said it had launched the Hwasong-17": the day of the launch it recalls)
FRONTED_REPORT_AFTER = re.compile(
    r",\s+(?!when\b)(?:(?!fired|launched|tested|test-fired|hit\b|struck\b|what\b)[^.;:]){0,90}?"
    r"\b(?:said|says|told|announced|reported|confirmed)\b",
    re.IGNORECASE)
ANNIVERSARY_BEFORE = icase(r"\banniversary\s+of\s+(?:the\s+)?$")
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# "Wednesday evening Washington time", "Tuesday night in Washington", "Monday (ET)"
FOREIGN_ZONE_AFTER = icase(
    r"\s*,?\s*\(?(?:(?:in\s+)?(?:Washington|New\s+York|the\s+U\.?S\.?|U\.?S\.?|Eastern|GMT|UTC|ET|EST|EDT)"
    r"(?:\s+time)?\b)")
# "11:21 a.m. Hawaii time on Saturday": the reporter's zone named before the day
FOREIGN_ZONE_BEFORE = icase(
    r"\b(?:Hawaii|Washington|New\s+York|Eastern|Pacific|GMT|UTC|ET|EST|EDT|PT|PST|PDT)\s+time\s+$")
# "early Thursday morning in Korea", "Thursday, Seoul time", "Friday local time"
SITE_ZONE_AFTER = icase(
    r"\s*,?\s*\(?(?:(?:in|at)\s+(?:the\s+)?(?:Korea|Seoul|Pyongyang|Asia|Japan|Tokyo|the\s+region|Iraq|Iran|Israel"
    r"|Yemen|the\s+Gulf|the\s+Middle\s+East)\b"
    r"|(?:Korea|Korean|Seoul|Pyongyang|Japan|Tokyo|local)\s+time\b|KST\b|JST\b)")
REPORT_BEFORE = icase(
    r"\b(?:said|says|announced|reported|added|told(?:\s+[\w.'’-]+){1,4}?|(?:was|were)\s+told|met|convened|gathered|voted"
    # "North Korea confirmed Friday it test-fired ... the previous day"
    r"|confirmed|confirms|claimed|disclosed|revealed|acknowledged|stated|released|issued|published"
    # "revised its assessment on Friday, saying that both missiles flew around 600 kilometers"
    r"|(?:revised|updated|raised|lowered|corrected)\s+(?:its|their|the)\s+(?:\w+\s+)?(?:assessment|estimate|tally|count|figures?)"
    # ... "revised the count to one on Wednesday"
    r"(?:\s+(?:down\s+|up\s+)?(?:to|from)\s+[\w-]+)?"
    r")\s+(?:(?:early|late)\s+)?(?:on\s+)?$")
# "China and Russia on Thursday vetoed ...", "the military on Friday revised its assessment of the missiles
# fired a day earlier": the day of what was said or done about a launch, not of the launch
REPORT_AFTER = icase(
    r"\s+(?:\w+ly\s+)?(?:said|told|admitted|acknowledged|conceded|revised|vetoed|voted|met|held|convened|condemned|denounced|adopted|approved"
    r"|imposed|announced|reported|confirmed|released|published|claimed|warned|urged|called|discussed|agreed"
    r"|signed|issued|protested|lodged|rejected|blocked|passed|briefed|disclosed|revealed|corrected|updated"
    r"|estimated|assessed|summoned|criticized|criticised|slammed|accused|sanctioned|designated|blacklisted|identified)\b")


def _in_zone_parenthesis(text: str, hit: DateHit) -> bool:
    open_at = text.rfind("(", 0, hit.start)
    if open_at < 0 or text.find(")", open_at) < hit.start:
        return False
    close = text.find(")", hit.start)
    inside = text[open_at : close if close > 0 else len(text)]
    return bool(re.search(r"\b(?:GMT|UTC|ET|EST|EDT)\b", inside))


def number(words: str | None) -> int | None:
    """'12', 'twelve', 'a' -> the count; None for anything else ("a few", "several")."""
    key = " ".join((words or "").lower().split())
    return int(key) if key.isdigit() else NUMBER_WORDS.get(key)


DAY_BEFORE_STATEMENT = re.compile(r"(?i)the\s+previous\s+day|the\s+day\s+before|(?:a|one)\s+day\s+earlier")


def days_back(hit: DateHit) -> int | None:
    """'two days earlier' -> 2: a day hit that counts back from the story's launch (resolved at assembly)."""
    m = DAYS_BACK_HIT.match(hit.text)
    return number(m.group(1)) if m else None


def later_days(hit: DateHit) -> int | None:
    """'three days later' -> 3: a day hit counted forward from the firing before it ("the next day" -> 1)."""
    part = hit.part_of_day or ""
    return int(part.removeprefix("later:")) if part.startswith("later:") else None


def find_offset(text: str) -> tuple[int | None, int, int] | None:
    """'63 days after' -> (63, start, end); months/years -> (None, ...) because no day follows."""
    m = OFFSET.search(text)
    if not m:
        return None
    # "less than four weeks after": a bound, no day
    n = None if m.group(1) else number(m.group(2))
    unit = m.group(3).lower()
    if unit.startswith("hour"):
        if HOURS_AFTER_LAUNCH_RE.search(text[m.start() : m.end() + 60]):
            return None  # "... two hours after the launch, firing a Hyunmoo-2": no recalled firing follows
        return 0, m.start(), m.end()  # "hours after": the same day as the main launch
    if n is None:
        return None, m.start(), m.end()  # "days after", "a few weeks after": no day
    if unit.startswith("day"):
        return n, m.start(), m.end()
    if unit.startswith("week"):
        return 7 * n, m.start(), m.end()
    return None, m.start(), m.end()


@dataclass(frozen=True)
class TimeHit:
    hhmm: str
    start: int
    end: int
    zone: str | None


def find_time(text: str) -> TimeHit | None:
    """First clock time that is not an announcement time; '9:06 a.m. and 9:27 a.m.' -> 09:06."""
    for m in TIME.finditer(text):
        if NOT_LAUNCH_TIME.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        if m.group(3):
            h, mm = int(m.group(1)), int(m.group(2) or 0)
            pm = m.group(3).lower().startswith("p")
            if h > 12 or mm > 59:
                continue
            h = (h % 12) + (12 if pm else 0)
        elif m.group(4):
            h, mm = int(m.group(4)), int(m.group(5))
        else:
            h, mm = int(m.group(6)), int(m.group(7))
        zm = ZONE.match(text[m.end() :])
        zone = " ".join(zm.group(1).lower().split()) if zm else None
        return TimeHit(f"{h:02d}:{mm:02d}", m.start(), m.end(), zone)
    return None


def to_local(day: date | None, hhmm: str, zone: str | None, site_tz: str | None) -> tuple[date | None, str]:
    """Convert a time stated in another zone (GMT, ET, JST...) to the site's clock and calendar day."""
    tz_name = ZONE_TZ.get(zone or "")
    if not tz_name or not site_tz or tz_name == site_tz or day is None:
        return day, hhmm
    h, m = (int(x) for x in hhmm.split(":"))
    src = datetime(day.year, day.month, day.day, h, m, tzinfo=ZoneInfo(tz_name))
    local = src.astimezone(ZoneInfo(site_tz))
    return local.date(), f"{local.hour:02d}:{local.minute:02d}"


# A live blog's day heading, a line of its own: "Tuesday, January 16", "Saturday 19 February 2022", "Friday, Oct. 4"
DAY_HEADING = re.compile(
    rf"(?i:({_WD_ALT}))\s*,?\s+(?:(?i:({MONTH_ALT}))\.?\s+(\d{{1,2}})|(\d{{1,2}})\s+(?i:({MONTH_ALT}))\.?)"
    r"(?:,?\s+(\d{4}))?")


def day_heading(line: str, published: date) -> date | None:
    """The day a live blog's heading line names, in the year of publication (or the year before, for a day
    after it); None unless the whole line is such a heading and its weekday is that day's."""
    m = DAY_HEADING.fullmatch(line.strip())
    if m is None:
        return None
    month = MONTHS[(m.group(2) or m.group(5)).lower()]
    day = int(m.group(3) or m.group(4))
    year = int(m.group(6)) if m.group(6) else published.year
    try:
        value = date(year, month, day)
        if not m.group(6) and value > published:
            value = date(year - 1, month, day)
    except ValueError:
        return None
    return value if value.weekday() == WEEKDAYS[m.group(1).lower()] else None
