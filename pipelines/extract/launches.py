"""Launch mentions per sentence clause, then one launch per (launcher, day) per article."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from itertools import islice, pairwise
from typing import Any
from zoneinfo import ZoneInfo

from pipelines.extract.dates import (
    EXPLICIT_MD,
    FOREIGN_ZONE_AFTER,
    MONTH_ALT,
    ORDER_CUE,
    REPORT_BEFORE,
    WEEKDAY,
    WEEKDAYS,
    Anchor,
    DateHit,
    days_back,
    find_dates,
    find_offset,
    find_time,
    later_days,
    to_local,
    weekday_date,
)
from pipelines.extract.gazetteer import Mention, gazetteer, icase, lex_re
from pipelines.extract.mentions import (
    CONJ_BEFORE,
    SUBJECT_GAP,
    SentenceMentions,
    is_non_agent,
    is_object_position,
)
from pipelines.extract.quantities import find_count, find_distances, plural_missiles

CLASS_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("hypersonic", icase(r"\bhypersonic\b")),
    ("space_launch", icase(
        r"\b(?:space|satellite)\s+launch\s+vehicles?|\bcarrier\s+rockets?|\blaunch\s+vehicles?"
        r"|\b(?:launch\w*|put|carrying|carried|place\w*)\s+(?:[\w'’-]+\s+){0,4}satellites?\b|\bsatellite\s+launch")),
    ("cruise", icase(r"\bcruise\s+missiles?\b")),
    ("ballistic", re.compile(r"\bballistic\b|\b(?:ICBM|SLBM|IRBM|MRBM|SRBM)s?\b")),
]
CLASS_RANK = {"hypersonic": 4, "space_launch": 3, "cruise": 2, "ballistic": 2, "unknown": 0}
UNKNOWN_CUE = icase(r"\b(?:projectiles?|unidentified|missiles?|rockets?)\b")

RANGE_PATTERNS: list[tuple[str | None, re.Pattern[str]]] = [
    ("SLBM", icase(r"\bsubmarine[- ]launched\s+ballistic|\bSLBMs?\b")),
    ("ICBM", icase(r"\bintercontinental\b|\bICBMs?\b")),
    ("IRBM", icase(r"\bintermediate[- ]range\b|\bIRBMs?\b")),
    ("MRBM", icase(r"\bmedium[- ]range\s+ballistic|\bMRBMs?\b")),
    ("SRBM", icase(r"\b(?:short|close)[- ]range\s+ballistic|\bSRBMs?\b")),
    # A stated but ambiguous class ("medium long-range") overrides the system table with "unknown".
    (None, icase(r"\b(?:medium[- ]long|long|longer|extended)[- ]range\s+(?:\w+\s+)?ballistic")),
]
HEDGE = icase(r"\b(?:presumed|suspected|apparent(?:ly)?|believed|likely|possibl[ey]|may\s+have|appeared)\b")
BY_AGENT = icase(
    r"\b(?:fired|launched|shot)\s+(?:by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?|from\s+(?:the\s+)?(?:(?:[\w-]+\s+){1,4}?(?:in|of)\s+(?:the\s+)?)?)$"
    # "missiles slammed into Irbil overnight, in an attack claimed by Iran's Revolutionary Guards"
    r"|\b(?:attack|strike|barrage|salvo|launch)\s+claimed\s+by\s+(?:the\s+)?$")
# "they were fired from ...": a pronoun standing for the missiles of the previous sentence
PRONOUN_PASSIVE = icase(
    # ... or for the system of the previous sentence ("The same system was fired again on August 2", "two were
    # fired from near Hamhung")
    r"\b(?:(?:system|weapon|launcher|one|ones|two|three|four|both)\s+(?:were|was)\s+(?:\w+\s+)?(?:fired|launched)"
    r"|(?:they|it)\s+(?:(?:were|was)\s+(?:\w+\s+)?(?:fired|launched)"
    r"|(?:\w+\s+)?(?:flew|traveled|travelled|covered|reached|soared|climbed)))\b")
FAILED_MORE = icase(
    r"\b(?:two|three|four|five|both|another)\s+(?:more\s+)?(failed|exploded|blew\s+up|crashed|fizzled|broke\s+apart)\b"
    r"(?!\s+(?:attempts?|launch(?:es)?|tests?|tries|bids?)\b)")
PERFECT = icase(r"\b(?:has|have)\s+(?:\w+\s+)?(?:been\s+)?(?:fired|launched|tested|test-fired|conducted)\b")
# Only a list joins two dates: "on April 13 and July 12", "on Jan. 2, Jan. 5 and Jan. 9"
LIST_OF_DATES = re.compile(r"^(?:,\s*|,?\s*(?:and|or)\s+)(?:again\s+)?(?:(?:on|in)\s+)?$")
_DIGIT = re.compile(r"\d")
# "Eight days earlier, on Jan. 20, the Guard launched ...": a fronted offset opens a recalled, earlier firing
# (not "the missiles North Korea fired a day before, ...", counted back from the statement)
FRONTED_EARLIER = icase(
    r"^\W*(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few)\s+(?:days?|weeks?|months?)"
    r"\s+(?:earlier|before)\s*,")
# "at least three governments or armed groups fired ...": a generic plural subject, no launcher's own firing
GENERIC_SUBJECT = icase(
    r"\b(?:governments|countries|states|nations|militaries|(?:armed\s+|militant\s+)?groups|powers)\s+"
    r"(?:(?:have|had|also|all|each)\s+)?$")
# "the group struck ...", "the rebels fired ...": a non-state actor named earlier, not the story's state
GROUP_ANAPHOR = icase(r"\bthe\s+(?:group|militants|rebels|militia|movement)\s+(?:\w+\s+)?$")
BY_GROUP = re.compile(r"(?:fired|launched|shot)\s+by\s+the\s+(?:group|militants|rebels|militia|movement)\b",
                      re.IGNORECASE)
# "North Korean-made missiles", "supplied by Iran": a system of one state fired by another
MADE_BY = icase(r"-(?:made|built|designed|supplied)\b|\b(?:supplied|provided|made|built|bought)\s+(?:by|from)\b"
                # "a missile that resembles the U.S. Army Tactical Missile System": a comparison names no launcher
                r"|\bresembl\w*|\bsimilar\s+to\b|\bmodell?ed\s+on\b|\bversion\s+of\b")
# up to three modifiers between a possessive and its head noun ("Pyongyang's first ICBM launch")
_WORD = re.compile(r"[\w-]+")
# "The day before, the North had fired ...": a recalled launch dated from the story's launch, not from publication
PAST_PERFECT = icase(r"\bhad\s+(?:\w+\s+)?(?:fired|launched|tested|test-fired|conducted|carried\s+out)\b")
# "7.23am local time (22.23 GMT on Monday)": a clock in another zone that carries its own day
# ", a ballistic missile on", " and two rockets on": one more firing of a listed round-up
# a list item's weekday before its date ("two on Wednesday, Sept. 28"): the date hit starts after it
_ITEM_WEEKDAY = r"(?:(?:early\s+|late\s+)?(?:" + "|".join(WEEKDAYS) + r"),?\s+)?"
LISTED_ITEM = icase(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:an?\s+|one\s+|two\s+|three\s+|four\s+|several\s+|more\s+|\d+\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|projectiles?|ICBMs?|SRBMs?|IRBMs?|SLBMs?)\s+(?:early\s+|late\s+)?(?:on\s+)?"
    + _ITEM_WEEKDAY + "$")
# "two more on April 28", ", and another on May 31", "and a second one on July 28", "two more on each of"
COUNTED_ITEM = icase(
    r"(?:,|\band\b)\s*(?:and\s+)?(?:then\s+)?(?:another|one|two|three|four|five|six|several|more|\d+"
    r"|(?:a|the)\s+(?:second|third|fourth|fifth)(?:\s+one)?)(?:\s+(?:more|two|three|four|\d+))?"
    # ("..., and another blew up on May 31", "two on the evening of Sept. 29", "and another two on Oct. 1")
    r"(?:\s+(?:failed|exploded|blew\s+up|crashed|broke\s+apart|followed))?\s+(?:on\s+)?(?:each\s+of\s+)?"
    r"(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    + _ITEM_WEEKDAY + "$")
# "first flew on April 13 and tested again on July 12": the same system fired again, on a day of its own
AGAIN_ITEM = icase(
    r"^\s*,?\s*and\s+(?:then\s+)?(?:tested|fired|launched|flew|test-fired)\s+(?:it\s+|them\s+|one\s+)?again\s+"
    r"(?:on\s+)?" + _ITEM_WEEKDAY + "$")
# "first flight-tested on April 13, when ..., and again on July 12": the same firing again, on a day of its own
AGAIN_GAP = icase(r"(?:,\s*|\s)and\s+(?:then\s+)?again\s+(?:on\s+)?$")
# ", and on Oct. 4 it fired ...", "; on Aug. 24 a second rocket failed ...": the gap before the date
NEW_FIRING_GAP = icase(r"(?:,\s*and|;|,\s*then|\band\s+then)\s+(?:on\s+)?$")
DAYPARTS = ("morning", "afternoon", "evening", "night")
# "Thursday morning", "that evening", "in the afternoon", "late Monday night", "tonight"
DAYPART = icase(
    r"\b(?:(?:early|late)\s+)?(?:(?:that|this|the|in\s+the|on\s+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)"
    r"(morning|afternoon|evening|night)\b|\b(tonight|overnight|last\s+night)\b")
# "fired ballistic missiles in the morning and then launched cruise missiles in the evening"
THEN_SPLIT = icase(r",?\s+(?:and\s+)?(?:then|later|subsequently)\s+|;\s+|,\s+and\s+")
# " and cruise missiles that evening": a second missile object of the same firing verb
SHARED_OBJECT_SPLIT = re.compile(
    r",?\s+and\s+(?P<obj>(?:an?\s+|one\s+|two\s+|three\s+|four\s+|several\s+|more\s+|\d+\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|projectiles?|ICBMs?|SRBMs?|IRBMs?|SLBMs?)\b)", re.IGNORECASE)
_DAYPART_WORD = re.compile(r"morning|afternoon|evening|night", re.IGNORECASE)  # cheap precheck for DAYPART
DAYPART_GROUP = {"morning": 0, "afternoon": 1, "evening": 2, "night": 2}
PREVIOUS_DAY = re.compile(r"(?i)the\s+(?:day|night)\s+before|the\s+previous\s+(?:day|night)|(?:a|one)\s+day\s+earlier")
ZONED_DAY = icase(
    r"\b([01]?\d|2[0-3])[:.]?([0-5]\d)\s*(GMT|UTC)\s*(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
# "The launches followed a meeting on Friday", "the launch came after talks on Monday": a launch noun's clause
# whose later date belongs to another event
OTHER_EVENT = icase(
    r"\b(?:followed|follows|came\s+after|comes\s+after|preceded|ahead\s+of|before(?!\s+(?:dawn|sunrise|noon|midnight))"
    r"|began\s+with|started\s+with"
    # "The launches came as the allies began their exercise on Monday", "was a response to a meeting held on Friday"
    r"|(?:came|comes|come)\s+(?:just\s+)?(?:as|amid|while|when)|(?:an?|its)\s+(?:response|reply|answer)\s+to"
    # "on the first day of a window that the North had moved forward a day earlier"
    r"|window)\b")
# "have fired dozens of missiles since it resumed its offensive on March 18", "since the war began on Oct. 7":
# a day inside a "since" clause with a verb of its own dates that event (not "since it fired ... on July 12")
SINCE_EVENT_BEFORE = re.compile(
    r"\bsince\s+(?:[\w.'’-]+\s+){1,6}?(?P<verb>began|begun|broke\s+out|took\s+(?:office|power)|came\s+to\s+power"
    r"|met|held|won|left|took|made|gave|spoke|[a-z]+ed)\b[^,;]{0,60}$", re.IGNORECASE)
# "Biegun, who arrived in Seoul on Wednesday, discussed the launches": the day of the person's own act
PERSON_CLAUSE_BEFORE = icase(r",\s+who\s+(?:[\w'’-]+\s+){1,5}?$")
# a firing verb in the present tense after its subject ("North Korea launches a ...", "Iran fires missiles")
PRESENT_FIRING = re.compile(
    r"\b(?:North\s+Korea|the\s+North|Pyongyang|Iran|Russia|China|[A-Z][a-z]+)\s+(?:test-)?(?:launches|fires)\s+"
    r"(?:an?\s+|two\s+|three\s+|several\s+|multiple\s+|\d+\s+)?(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|ICBMs?|projectiles?)\b")
RESPONSE_TO = icase(r"\b(?:in\s+(?:response|retaliation|reaction)\s+to|in\s+retaliation\s+for|to\s+protest"
                    # "imposed new sanctions on Friday for its latest ICBM test": the act punishes an earlier launch
                    r"|(?:for|over)\s+(?:its|their|the|Pyongyang['’]s|Tehran['’]s)\s+(?:latest|recent|most\s+recent"
                    r"|repeated|continued|string\s+of|series\s+of))\b")
# (a nuclear test is not a launch: "a flurry that began with the North's fourth nuclear test on Jan. 6")
LAUNCH_WORD = icase(r"\b(?:launch(?:es)?|(?<!nuclear\s)tests?|test-firings?|firings?|attempts?|strikes?)\b")
# "the November 18 launch", "the Nov. 18 test of the Hwasong-17"
LAUNCH_NOUN_AFTER = icase(
    r"\s+(?!(?:[\w-]+\s+){0,2}?nuclear\s)(?:[\w-]+\s+){0,2}?(?:launch|launches|test|tests|test-firing|firing|flight\s+test)\b"
    r"(?!\s+(?:sites?|pads?))")
# a non-launch event as the subject of "came/followed ... N days after" ("The vote came a day after")
EVENT_HEAD = icase(
    r"\b(?:vote|voting|meeting|session|statement|remarks|comments|warning|drills?|exercises?|visit|summit|talks"
    r"|announcement|decision|veto|resolution|speech|trip|sanctions|report|move|call)\s+(?:\w+\s+){0,4}?"
    r"(?:came|comes|began|begins|took\s+place|was\s+held|were\s+held|followed|follows)(?:\s+\w+){0,4}\s*$")
# "earlier in the day", "earlier that day", "earlier on Thursday": an earlier firing of the same day
EARLIER_SAME_DAY = icase(r"\bearlier\s+(?:in\s+the\s+day|that\s+day|today|on\s+\w+day)\b")
SITE_RANK = {"site": 0, "area": 1, "city": 1, "county": 2, "province": 3}


# A clause of a sentence before it becomes a Scope: (start, end, background, offset days, vague offset)
Piece = tuple[int, int, bool, int | None, bool]


@dataclass
class Scope:
    """One clause of a sentence that reports a launch."""

    sent: int  # sentence index
    s_start: int  # sentence offsets in the article
    s_end: int
    start: int  # clause offsets within the sentence
    end: int
    text: str  # clause text
    background: bool
    offset_days: int | None = None
    offset_vague: bool = False
    launcher: str | None = None
    date: date | None = None
    vague_date: bool = False
    part_of_day: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)
    range_stated: bool = False
    verb: bool = False
    weak_launcher: str | None = None
    same_day: bool = False  # "hours earlier": dated by the main launch
    fallback_date: date | None = None  # the day of the statement that reports the launch
    fallback_used: bool = False
    strong: bool = False  # a firing verb in a simple past/passive: the text itself reports a launch
    extra_dates: list[date] = field(default_factory=list)  # further days of a listed "on X and Y"
    co_launchers: list[str] = field(default_factory=list)  # "South Korea and the United States fired": the second
    describes: bool = False  # only describes a missile ("the missile was an ICBM"): attributes, no launch
    generic: bool = False  # "governments or armed groups fired ...": no one launcher's firing
    anaphoric: bool = False  # "the group fired ...": the non-state launcher named before
    prev_day: bool = False  # "the day before, X had fired": the day before the story's launch
    days_back: int = 1  # ... or "two days earlier": that many days before it
    ahead: bool = False  # its day is a weekday read as the day after a bare publication date
    # "The vote came a day after X fired": the day of the other event (see fill_attributes)
    head_base: date | None = None
    daypart: str | None = None  # "Thursday morning", "that evening": the part of the day the words name
    named: bool = False  # the clause itself names its launcher (set at assembly)
    continues: bool = False  # "... and then launched cruise missiles in the evening": a second firing
    shares: Scope | None = None  # "... on Thursday morning and cruise missiles that evening": the first object's clause
    day_of: Scope | None = None  # "..., the same day South Korea test-fired ...": the clause whose day it shares
    site_day: bool = False  # the day is stated in the site's terms ("3:17 a.m. Wednesday local time")
    reporter_day: date | None = None  # the reporter's day a "Tuesday evening Washington time" was moved from
    intercepts: bool = False  # a description that reports the missile intercepted or shot down ("describes" too)


@dataclass
class Launch:
    launcher: str
    date: date | None
    background: bool
    evidence: tuple[int, int]
    attrs: dict[str, Any] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    range_stated: bool = False
    hedged: bool = False
    strong: bool = False
    daypart: str | None = None
    daypart_span: tuple[int, int] | None = None
    named: bool = False  # some clause that itself reports the firing names the launcher


def _launcher_capable(m: Mention) -> str | None:
    """Country of a mention that can be a launcher (countries, armed forces)."""
    if m.kind == "country":
        return m.key
    if m.kind == "actor":
        row = gazetteer().actors.get(m.key, {})
        if row.get("role") == "armed force":
            return row.get("country") or None
    return None


def _firing_command(text: str, m: Mention, verb_pos: int | None) -> str | None:
    """A military command that is the firing verb's own subject ("South Korea's military fired two Hyunmoo-2
    missiles in response"); in "the JCS said North Korea fired" it only reports."""
    if m.kind != "actor" or verb_pos is None or m.end > verb_pos:
        return None
    row = gazetteer().actors.get(m.key, {})
    gap = text[m.end : verb_pos]
    # "the South Korean military staged a drill, firing three missiles": the drill's subject fires
    if row.get("role") not in ("military command", "military") or not (
            SUBJECT_GAP.match(gap) or (PARTICIPLE_GAP.match(gap) and FIRING_PARTICIPLE.match(text, verb_pos))):
        return None
    return row.get("country") or None


INTERCEPTED = re.compile(r"\b(?:intercept(?:ed|s)?|shot\s+down|shoots\s+down|downed|destroyed)\b", re.IGNORECASE)
REPORTERS_OF_RELATIVE = re.compile(
    r"\b(?:that|which)\s+((?:[A-Z][\w.'’-]*\s+){1,3}(?:and\s+(?:[A-Z][\w.'’-]*\s+){1,3})?)"
    r"(?:said|say|says|reported|estimated|believed)\b")
PARTICIPLE_GAP = icase(r"^(?:\s+(?!said\b|says\b|that\b|and\b)[\w.-]+){1,6},\s+$")
FIRING_PARTICIPLE = icase(r"(?:firing|launching|test-firing)\b")


def _find_launcher(text: str, a: int, b: int, ments: SentenceMentions, verb_pos: int | None) -> str | None:
    cands = sorted(ments.countries + ments.actors, key=lambda m: m.start)
    # "fired by Yemen's Houthi militia" names the launcher whatever comes first
    for m in cands:
        if a <= m.start < b + 40 and (agent := BY_AGENT.search(text[max(0, m.start - 60) : m.start])) \
                and "outside" not in agent.group(0).lower():
            iso = _launcher_capable(m)
            if iso:
                return iso
    usable = []
    qualifiers = set()
    # "a launch that Seoul and Tokyo said sent a missile soaring": the states that report it
    reporters = [r.span(1) for r in REPORTERS_OF_RELATIVE.finditer(text, a, b)] if "that " in text or "which " in text \
        else []
    for m in cands:
        iso = _launcher_capable(m) or _firing_command(text, m, verb_pos)
        if not iso or not (a <= m.start < b):
            continue
        if any(x <= m.start < y for x, y in reporters):
            continue
        if verb_pos is not None and m.end <= verb_pos and INTERCEPTED.search(text, m.end, verb_pos):
            continue  # "Israel's Arrow system had intercepted a missile fired toward it": the defender
        # "after North Korea fired": a conjunction, not a preposition, when its verb follows at once
        subject = verb_pos is not None and m.end <= verb_pos and _subject_of_verb(text, m, verb_pos)
        # "A North Korean missile exploded after it was launched": the state that qualifies the missile fired it
        qualifier = m.kind == "country" and _qualifies_missile(text[m.end : m.end + 40])
        # ... also after a preposition when its missile is the verb's subject ("after Iranian missile strikes hit")
        subject = subject or (qualifier and verb_pos is not None and m.end <= verb_pos)
        if m.kind == "country" and (is_object_position(text, m, cands) or (is_non_agent(text, m) and not qualifier)) \
                and not subject:
            continue
        # a country that heads a reporting phrase ("South Korea's Joint Chiefs said", "The U.S. Pacific Command
        # said") is not the launcher
        if m.kind == "country" and (any(0 <= x.start - m.end <= 2 and not _launcher_capable(x) for x in ments.actors)
                                    or NAMED_REPORTER_AFTER.match(text, m.end) or REPORTERS_AFTER.match(text, m.end)
                                    or (verb_pos is not None and m.end <= verb_pos
                                        and STATE_SAID_AFTER.match(text, m.end, verb_pos))):
            continue
        usable.append((m, iso))
        if qualifier:
            qualifiers.add(m.start)
    if verb_pos is not None:
        before = [(m, iso) for m, iso in usable if m.end <= verb_pos]
        # "a North Korean missile crossed Japan ... when a Hwasong-12 flew": the state that qualifies the missile
        # beats a state named after it
        qualified = [(m, iso) for m, iso in before if m.start in qualifiers]
        if qualified and qualified[-1][1] != before[-1][1] and before[-1][0].start > qualified[-1][0].start \
                and not _subject_of_verb(text, before[-1][0], verb_pos):
            return qualified[-1][1]
        if before:
            return before[-1][1]
        # "damaged by what officials said was a Houthi missile": an acting state that qualifies the missile
        qualifying = [iso for m in cands if a <= m.start < b and m.start > verb_pos and (iso := _launcher_capable(m))
                      and _qualifies_missile(text[m.end : m.end + 40])]
        if qualifying:
            return qualifying[0]
    # a bare launch noun ("confirmed the launch") names its launcher only by a possessive ("Pyongyang's launch")
    # ... and only when the possessive owns the launch ("Pyongyang's first missile test"), not an office
    # ("India's external affairs ministry did not comment on Wednesday's test"); the owner may be a
    # preposition's object ("grave concern over North Korea's two missile tests")
    possessive = [(m, iso) for m in cands if a <= m.start < b and m.kind == "country"
                  and m.text.endswith(("'s", "’s")) and (iso := _launcher_capable(m))
                  and _owns_launch(text[m.end : m.end + 60])
                  and not any(x <= m.start < y for x, y in reporters)]
    if not usable and not possessive:
        return None
    if possessive:
        return possessive[0][1]
    return None


def _starts_within(text: str, n_words: int, *patterns: Any) -> bool:
    """One of ``patterns`` matches at the start of one of the first ``n_words`` words of ``text``."""
    return any(p.match(text, w.start()) for w in islice(_WORD.finditer(text), n_words) for p in patterns)


def _owns_launch(after: str) -> bool:
    """The words after a possessive name a launch or a missile within a few words (of its own phrase: "By Seoul's
    count, Sunday's launch was ..." is no launch of Seoul's)."""
    comma = after.find(",")
    return _starts_within(after if comma < 0 else after[:comma], 4, lex_re("launch_nouns"), lex_re("missile_nouns"))


# "U.S. and South Korean officials later said both had tested ...": the state's people who report it
REPORTERS_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?\s+(?:[a-z]+\s+)?"
    r"(?:officials?|authorities|government|sources|officers|diplomats|media)\s+"
    r"(?:\w+ly\s+|later\s+|also\s+|have\s+|had\s+)?(?:said|say|says|told|reported|believed?|believes|estimated"
    r"|assessed|confirmed)\b")
# "Japan initially said two ballistic missiles had been fired": the state reports a firing it did not make (but
# "North Korea said it had fired", "Iran said its forces launched" report their own)
STATE_SAID_AFTER = re.compile(
    r"(?:\s+\w+ly)?\s+(?:said|says|reported|told\s+\w+)\s+(?:that\s+)?(?!it\b|they\b|its\b|their\b)"
    r"(?:an?|the|two|three|four|one|several|\d+)\b", re.IGNORECASE)
# "U.S. Pacific Command said", "South Korean Navy officials told": a named body of that state reporting
NAMED_REPORTER_AFTER = re.compile(
    r"(?:\s+[A-Z][\w.&'-]*){1,4}\s+(?:officials?\s+)?(?:said|says|told|reported|announced|confirmed|added|stated)\b")


def _qualifies_missile(after: str) -> bool:
    """The words right after a country are its missile ("Houthi missile", "Iranian ballistic missiles")."""
    return _starts_within(after, 2, lex_re("missile_nouns"))


def _subject_of_verb(text: str, m: Mention, verb_pos: int) -> bool:
    # ("after North Korea said it had tested": the state reports its own firing)
    return bool(CONJ_BEFORE.search(text[max(0, m.start - 20) : m.start])
                and (SUBJECT_GAP.match(text[m.end : verb_pos]) or SELF_REPORT_GAP.match(text[m.end : verb_pos])))


SELF_REPORT_GAP = re.compile(r"^\s+(?:said|says|claimed|claims|announced|confirmed)\s+(?:that\s+)?(?:it|they)\s+"
                             r"(?:had\s+|has\s+|have\s+)?(?:successfully\s+)?$", re.IGNORECASE)


def _weak_launcher(text: str, a: int, b: int, ments: SentenceMentions) -> str | None:
    """Last resort when neither the clause nor the article names a launcher: "off North Korea's coast"."""
    for m in sorted(ments.countries, key=lambda m: m.start):
        if a <= m.start < b and m.text.endswith(("'s", "’s")):
            return m.key
    return None


# "analyzing whether it was a hypersonic weapon": an open question, not an assessment
OPEN_QUESTION = icase(r"\b(?:whether|if)\b[^.;,]{0,40}$")


def _class_of(text: str) -> str | None:
    for name, pat in CLASS_PATTERNS:
        if any(not OPEN_QUESTION.search(text[max(0, m.start() - 50) : m.start()]) for m in pat.finditer(text)):
            return name
    return "unknown" if UNKNOWN_CUE.search(text) else None


def _range_of(text: str) -> tuple[bool, str | None]:
    for name, pat in RANGE_PATTERNS:
        if pat.search(text):
            return True, name
    return False, None


# Bare forms of a firing verb that are a noun after a determiner or noun ("the launch", "ballistic missile
# launches", "Pyongyang's firing") or an unrealised act after a modal or "to" ("could fire", "plans to launch")
BARE_FORMS = {"launch", "launches", "fire", "fires", "firing", "launching", "test-fire", "test-launch", "put"}
NOT_A_FIRING_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|this|that|these|those|such|any|latest|recent|multiple|several|missile"
    r"|missiles|ballistic|cruise|rocket|satellite|test|first|second|third|new|further|more|of|for|after|before"
    r"|may|might|could|would|will|can|should|must|to|not)|['’]s)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


# "had tried to launch the missile four times": attempts that happened
TRIED_TO_BEFORE = re.compile(r"\b(?:tried|attempted|trying|attempting|failed|fails|failing)\s+to\s+$", re.IGNORECASE)


def is_bare_noun(text: str, start: int, verb: str) -> bool:
    """A bare firing form at ``start`` that is a noun or an unrealised act, not a firing that happened."""
    if verb.lower() not in BARE_FORMS:
        return False
    if COMPOUND_HEAD_AFTER.match(text, start + len(verb)):
        return True  # "strike enemy launch sites": the first half of a compound noun
    return bool(NOT_A_FIRING_BEFORE.search(text, max(0, start - 40), start)) \
        and not TRIED_TO_BEFORE.search(text, max(0, start - 30), start)


COMPOUND_HEAD_AFTER = re.compile(
    r"\s+(?:sites?|pads?|stands?|towers?|gantr(?:y|ies)|facilit(?:y|ies)|complex|platforms?|windows?|tubes?|silos?"
    r"|control|units?|preparations?|committee|schedule|areas?|points?|positions?|locations?|capabilit(?:y|ies))\b",
    re.IGNORECASE)


def _launch_noun(clause: str) -> re.Match[str] | None:
    """The first launch noun of a clause that is a noun: not "to launch" or "could launch" (a verb)."""
    for m in lex_re("launch_nouns").finditer(clause):
        if not INFINITIVE_BEFORE.search(clause, max(0, m.start() - 20), m.start()):
            return m
    return None


INFINITIVE_BEFORE = re.compile(r"\b(?:to|may|might|could|would|will|can)\s+$", re.IGNORECASE)


def _launch_verb(clause: str, systems: list[Mention], offset: int) -> int | None:
    """Position of a verb that reports a launch: a firing verb near its missile object (or a passive
    subject), or an impact verb after its missile subject ("missiles struck"); None when there is none."""
    missiles = lex_re("missile_nouns")
    objs = [(m.start(), m.end()) for m in missiles.finditer(clause)]
    objs += [(m.start - offset, m.end - offset) for m in systems]
    pron = PRONOUN_PASSIVE.search(clause)
    for v in lex_re("launch_verbs").finditer(clause):
        if lex_re("non_missile_objects").match(clause, v.end() + 1):
            continue
        if is_bare_noun(clause, v.start(), v.group(0)):
            continue  # "North Korea's missile launches", "could fire one": a noun or an unrealised act
        if v.start() > 0 and clause[v.start() - 1] == "-" and v.group(0).lower().startswith("launched"):
            continue  # a compound adjective ("submarine-launched missile threat"), not a firing
        if pron and pron.start() <= v.start() < pron.end():
            return v.start()
        if any(0 <= s - v.end() <= 80 for s, _ in objs):
            return v.start()
        # missile before the verb only as a passive/participle ("a missile fired by", "were launched")
        if v.group(0).lower().endswith("ed") and any(0 <= v.start() - e <= 60 for _, e in objs):
            return v.start()
        # ... past a relative clause: "The Ababeel, which has a range of 2,200 km, was first flight-tested on"
        if v.group(0).lower().endswith("ed") and any(
                0 <= v.start() - e <= 160 and RELATIVE_THEN_PASSIVE.fullmatch(clause, e, v.start()) for _, e in objs):
            return v.start()
    # "carried out a missile test", "conducted a hypersonic weapons test": the missile inside the phrase
    for v in lex_re("test_phrases").finditer(clause):
        if any(v.start() < s and e <= v.end() for s, e in objs):
            return v.start()
    for v in lex_re("impact_verbs").finditer(clause):
        if VEHICLE_SUBJECT.search(clause, max(0, v.start() - 40), v.start()):
            continue  # "a Ukrainian passenger jet crashed shortly after take-off": no missile's flight
        if (pron and pron.start() <= v.start() < pron.end()) or any(0 <= v.start() - e <= 60 for _, e in objs):
            return v.start()
    # "Two more failed on April 28, and another blew up on May 31": failed firings of the missiles just told of
    failed = FAILED_MORE.search(clause)
    return failed.start(1) if failed else None


RELATIVE_THEN_PASSIVE = re.compile(
    r",\s+(?:which|that|whose)\b[^;]{1,120}?,\s+(?:was|were|had\s+been|has\s+been)\s+(?:first\s+|successfully\s+|"
    r"again\s+|last\s+|also\s+)?(?:flight-|test-)?", re.IGNORECASE)
# the subject right before an impact verb is a vehicle, not a missile
VEHICLE_SUBJECT = re.compile(
    r"\b(?:(?:passenger|fighter)\s+jets?|planes?|airliners?|aircraft|helicopters?)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE)


def _verb_in(text: str, a: int, b: int, ments: SentenceMentions) -> int | None:
    """``_launch_verb`` of the clause ``text[a:b]``, with the sentence's systems that fall inside it."""
    return _launch_verb(text[a:b], [m for m in ments.systems if a <= m.start < b], a)


# "air defenses intercepted a ballistic missile", "shot down two rockets": the missile as the object of its
# interception (the missile as subject, "the missile was intercepted", is an impact verb's)
_INTERCEPTED_OBJECT = (r"\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+|several\s+|multiple\s+)?(?:[\w-]+\s+){0,2}?"
                       r"(?:missiles?|rockets?|projectiles?)\b")
INTERCEPTED_MISSILE = icase(r"\b(?:intercepted|shot\s+down|downed)" + _INTERCEPTED_OBJECT)
# ... and in a timeline's historical present ("Saudi air defenses shoot down a Burkan-2H ...")
INTERCEPTS_MISSILE = icase(r"\b(?:intercepted|shot\s+down|downed|intercepts?|shoots?\s+down)" + _INTERCEPTED_OBJECT)
# "• Nov. 4, 2017: Saudi air defenses shoot down a Burkan-2H ...": an entry of a dated timeline
TIMELINE_ENTRY = icase(
    rf"^\s*(?:[-–—•*]+\s*)?(?:(?:{MONTH_ALT})[a-z]*\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+(?:{MONTH_ALT})[a-z]*(?:\s+\d{{4}})?)\s*[:–—-]\s")
# ... of another missile than the story's ("intercepted another missile", "Last year, ... intercepted")
OTHER_INTERCEPTION = icase(r"\b(?:another|other|earlier|previous|last\s+(?:year|month))\b")


def find_scopes(idx: int, s_start: int, s_end: int, text: str, ments: SentenceMentions) -> list[Scope]:
    """Clauses of one sentence that report a launch (main clause and an 'N days after ...' clause)."""
    negatives: list[tuple[int, int]] | None = None  # found when a clause first needs them (most have no firing)
    pieces: list[Piece] = []
    off = find_offset(text)
    if off is not None and _offset_from_other_event(text, off[2]):
        # "On May 14, four days after Moon's inauguration, the North fired ...": the offset counts from an event
        # the text does not date, so it dates nothing; the clause keeps a day of its own or is a vague recall
        pieces.append((0, len(text), False, None, True))
    elif off is not None:
        days, o_start, o_end = off
        pieces.append((0, o_start, False, None, False))
        if REPORTED_REFERENT.match(text, o_end):
            # "two days after Pyongyang said it had tested a cruise missile over the weekend": the offset counts
            # to the statement; the firing has only the day the clause itself gives
            days = None
        pieces.append((o_end, len(text), True, days, days is None))
    else:
        pieces.append((0, len(text), False, None, False))
    # "Iran launched 170 drones late on Saturday, followed in the early hours of Sunday by 120 missiles": the
    # second part is a firing of its own, with its own day
    # "Monday's ICBM was the North's first since July 12, when it launched a Hwasong-18": the recalled firing
    # after "since <day>, when" is a background launch of that day
    pieces = [p for piece in pieces for p in _split_since_when(text, piece)]
    # "the North's first launch since it fired a Hwasong-18 on Dec. 18": the firing after "since" is recalled
    pieces = [p for piece in pieces for p in _split_since_firing(text, piece)]
    # "the Hwasong-18, which the North first flew on April 13", "the ones the North fired on Wednesday": a
    # relative clause that dates a firing of its own recalls another launch
    relative: dict[int, int] = {}  # start of such a relative clause -> position of its firing verb
    pieces = [p for piece in pieces for p in _split_relative_firing(text, piece, relative)]
    # "the North fired two missiles on Friday, after flight tests on Jan. 5 and Jan. 11": the tests it came after
    # are background launches of their own days
    pieces = [p for piece in pieces for p in _split_after_launch(text, piece)]
    # start of a "followed ... by" piece -> (start, verb position) of the firing it follows
    followed: dict[int, tuple[int, int]] = {}
    pieces = [p for piece in pieces for p in _split_followed(text, piece, followed)]
    shared: set[int] = set()  # starts of pieces whose firing verb is the previous piece's
    # "... on September 15, the same day South Korea test-fired its first SLBM": a second firing of that day
    same_day: set[int] = set()
    pieces = [p for piece in pieces for p in _split_same_day(text, piece, same_day)]
    # "On Saturday it fired two missiles; before that it launched one on Sunday, Sept. 25, ...": a firing of its own
    pieces = [p for piece in pieces for p in _split_semicolon(text, piece, ments, shared)]
    pieces = [p for piece in pieces for p in _split_and_firing(text, piece, ments)]
    pieces = [p for piece in pieces for p in _split_firings(text, piece, ments, shared)]
    scopes: list[Scope] = []
    for a, b, bg_clause, days, vague in pieces:
        clause = text[a:b]
        v = _verb_in(text, a, b, ments)
        if v is None and a in relative:
            v = relative[a] - a
        is_verb = v is not None or (a in shared and bool(scopes))
        describes = False
        noun = None if is_verb else _launch_noun(clause)
        intercepts = False
        if not (is_verb or noun) and a == 0 and TIMELINE_ENTRY.match(text) \
                and (hit := INTERCEPTS_MISSILE.search(clause)) is not None:
            noun = hit  # a timeline's entry of an interception is a launch of that day
        if not (is_verb or noun):
            # "Saudi air defenses intercepted a ballistic missile over Riyadh on Saturday evening": the target's
            # side of a firing; its day stands in for a launch day the text does not give (see assemble)
            intercepts = INTERCEPTED_MISSILE.search(clause) is not None and not OTHER_INTERCEPTION.search(clause)
            if not intercepts and not lex_re("description_cues").search(clause):
                continue
            describes = True
        if negatives is None:
            negatives = [(m.start(), m.end()) for m in lex_re("negative_cues").finditer(text)]
        if negatives and _vetoed(text, a, b, a + (v if v is not None else noun.start() if noun else 0), negatives,
                                 whole=describes or (a in shared)):
            continue
        scope = Scope(idx, s_start, s_end, a, b, clause, background=bg_clause, offset_days=days,
                      offset_vague=vague, verb=is_verb, describes=describes, intercepts=intercepts)
        if lex_re("background_cues").search(clause) or FRONTED_EARLIER.match(clause):
            scope.background = True
        scope.strong = is_verb and not PERFECT.search(clause)
        scope.launcher = _find_launcher(text, a, b, ments, (a + v) if v is not None else None)
        scope.weak_launcher = _weak_launcher(text, a, b, ments)
        if scope.launcher is None and a in followed:
            # "Iran launched 170 drones ..., followed ... by 120 missiles": the subject of the firing it follows
            first, verb_pos = followed[a]
            scope.launcher = _find_launcher(text, first, a, ments, verb_pos)
        if scope.launcher is not None and v is not None and (joint := _joint_subject(text, a, a + v, ments)):
            # (the first state's zone dates the firing: "Early Wednesday" at the Korean site, not in Washington)
            scope.launcher, scope.co_launchers = joint[0], joint[1:]
        by_group = v is not None and BY_GROUP.match(clause, v) is not None
        if by_group:
            # "missiles fired by the group": the non-state actor named earlier, whoever shot them down
            scope.launcher = None
        if scope.launcher is None and v is not None:
            subject = text[max(a, a + v - 40) : a + v]
            scope.generic = bool(GENERIC_SUBJECT.search(subject))
            scope.anaphoric = by_group or bool(GROUP_ANAPHOR.search(subject))
        if a in shared and scopes:
            # "... fired ballistic missiles on Thursday morning and cruise missiles that evening": the second
            # object shares the first firing's verb, subject and day
            prev = scopes[-1]
            scope.strong, scope.launcher, scope.weak_launcher = prev.strong, prev.launcher, prev.weak_launcher
            scope.background = scope.background or prev.background
            scope.shares = prev
        if a in same_day and scopes:
            scope.day_of = scopes[-1]
        if scopes and scopes[-1].end == a and not bg_clause and scopes[-1].offset_days is None:
            # the second firing of "X fired ... and then launched ...": same subject
            scope.continues = True
            scope.launcher = scope.launcher or scopes[-1].launcher
        scopes.append(scope)
    return scopes


REPORTED_REFERENT = icase(
    r"\s*(?:the\s+)?(?:[\w'’.-]+\s+){1,4}?(?:said|announced|claimed|reported|confirmed|disclosed)\s+(?:that\s+)?"
    r"(?:it|they|the\s+\w+)\s+(?:had\s+)?")


def _offset_from_other_event(text: str, end: int) -> bool:
    """The offset's referent, up to its comma, names no launch, and a firing follows the comma."""
    comma = text.find(",", end)
    if comma < 0:
        return False
    # "eight days after Iran's Revolutionary Guard, which runs its own space program, put a satellite into orbit":
    # the comma opens a relative clause of the referent, whose own verb, a firing, follows it
    if (rel := RELATIVE_OPEN.match(text, comma)) and (close := RELATIVE_CLOSE.search(text, rel.end())) \
            and lex_re("launch_verbs").match(text, close.end()):
        return False
    ref = text[end:comma]
    if any(lex_re(k).search(ref) for k in ("launch_nouns", "launch_verbs", "missile_nouns")):
        return False
    return lex_re("launch_verbs").search(text, comma) is not None


RELATIVE_OPEN = re.compile(r",\s+(?:which|who|whose)\b", re.IGNORECASE)
RELATIVE_CLOSE = re.compile(r",\s*")
FOLLOWED_BY = re.compile(r",\s+(?=followed\s(?:[^.;]{0,50}?\s)?by\s)")


SINCE_BEFORE = icase(r"\bsince\s+(?:the\s+)?$")
# ("had never been flight-tested until April 15, when the first attempt blew up": likewise)
SINCE_WHEN = icase(r"\b(?:since|until)\s+(?:the\s+)?([^,;]{3,30}?),\s+when\s+")


SINCE_FIRING = icase(
    r"\bsince\s+(?=(?:[\w'’-]+\s+){1,3}?(?:last\s+|first\s+)?(?:fired|launched|tested|test-fired|test-launched)\b)")


def _names_a_day(text: str) -> bool:
    """An explicit date or a weekday occurs in ``text``."""
    return EXPLICIT_MD.search(text) is not None or WEEKDAY.search(text) is not None


def _split_since_firing(text: str, piece: Piece) -> list[Piece]:
    """Split at "since" when a firing with a day of its own follows: a background launch of that day."""
    a, b, bg, days, vague = piece
    m = SINCE_FIRING.search(text[a:b])
    if m is None or days is not None or vague or not _names_a_day(text[a + m.end() : b]):
        return [piece]
    return [(a, a + m.start(), bg, days, vague), (a + m.end(), b, True, None, False)]


def _split_since_when(text: str, piece: Piece) -> list[Piece]:
    a, b, bg, days, vague = piece
    m = SINCE_WHEN.search(text[a:b])
    if m is None or days is not None:
        return [piece]
    # ("first since May 12, when it fired ..., and its first ICBM test since March 24, when it said ...": each)
    return [(a, a + m.start(1), bg, days, vague), *_split_since_when(text, (a + m.start(1), b, True, days, vague))]


RELATIVE_FIRING = icase(
    r"(?:,\s+which|\bthe\s+ones?(?:\s+that)?)\s+(?!(?:was|were|is|are|has|have|had|will|would)\b)"
    r"(?=(?:[\w'’.-]+\s+){1,3}?(?:first\s+|last\s+|also\s+|previously\s+)?"
    r"(fired|launched|flew|tested|test-fired|test-launched)\b)")


def _split_relative_firing(text: str, piece: Piece, relative: dict[int, int]) -> list[Piece]:
    """Split at a relative clause whose own firing carries a day: a background launch of that day (its missile
    is the antecedent, so the clause's verb reports the firing without an object of its own)."""
    a, b, bg, days, vague = piece
    if days is not None or vague:
        return [piece]
    m = RELATIVE_FIRING.search(text[a:b])
    if m is None or not _names_a_day(text[a + m.end() : b]):
        return [piece]
    start = a + m.end()
    relative[start] = a + m.start(1)  # the verb the lookahead found
    return [(a, a + m.start(), bg, days, vague), (start, b, True, None, False)]


SAME_DAY_COMMA = re.compile(r",\s+(?:on\s+)?the\s+same\s+day\s+(?:that\s+)?", re.IGNORECASE)


def _split_same_day(text: str, piece: Piece, same_day: set[int]) -> list[Piece]:
    """Split at ", the same day <firing>": the second part takes the first part's day, not its offset."""
    a, b, bg, days, vague = piece
    m = SAME_DAY_COMMA.search(text, a, b)
    if m is None or not _firing_follows(text[m.end() : b], 0, words=8) \
            or lex_re("launch_verbs").search(text[a : m.start()]) is None:
        return [piece]
    same_day.add(m.end())
    return [(a, m.start(), bg, days, vague), (m.end(), b, bg, None, False)]


# "South Korea and the United States fired", "the South Korean and US militaries each fired": a joint subject
JOINT_AND = re.compile(r"^\s+and\s+(?:the\s+)?$")
JOINT_TO_VERB = re.compile(
    r"^(?:['’]s)?(?:\s+(?:militaries|forces|armies|navies|troops|soldiers|military|army))?"
    r"(?:\s+(?:have|has|had))?(?:\s+(?:each|both|jointly|also|together|then))?\s+$", re.IGNORECASE)


def _joint_subject(text: str, a: int, verb_pos: int, ments: SentenceMentions) -> list[str] | None:
    """The two states of a coordinated subject right before the firing verb, in the order written."""
    states = [m for m in ments.countries if a <= m.start and m.end <= verb_pos and _launcher_capable(m)]
    for first, second in pairwise(states):
        if JOINT_AND.match(text[first.end : second.start]) and JOINT_TO_VERB.match(text[second.end : verb_pos]) \
                and first.key != second.key:
            return [first.key, second.key]
    return None


# two lowercase words in a row: prose, not a dateline ("New Delhi:", "SEOUL (AP) -")
PROSE = re.compile(r"\b[a-z]+\s+[a-z]+\b")
AFTER_COMMA = re.compile(r",\s+(?:just\s+|shortly\s+|soon\s+|days\s+|weeks\s+)?after\s+", re.IGNORECASE)


def _split_after_launch(text: str, piece: Piece) -> list[Piece]:
    """Split at ", after <launch noun> ..." when the part before reports a firing of its own."""
    a, b, bg, days, vague = piece
    if days is not None:
        return [piece]
    for m in AFTER_COMMA.finditer(text, a, b):
        if not _starts_within(text[m.end() : b], 8, lex_re("launch_nouns")) or not _DIGIT.search(text, m.end(), b):
            continue
        if lex_re("launch_verbs").search(text[a : m.start()]) is None:
            continue
        return [(a, m.start(), bg, days, vague), (m.end(), b, True, days, vague)]
    return [piece]


def _split_semicolon(text: str, piece: Piece, ments: SentenceMentions, shared: set[int]) -> list[Piece]:
    """Split at a semicolon that opens a firing of its own: both parts have a firing verb. A second part whose
    missile is only a pro-form ("launched one on Sunday") shares the first part's verb and subject."""
    a, b, bg, days, vague = piece
    cut = text.find(";", a, b)
    if cut < 0 or not _firing_follows(text[cut + 1 : b], 0, words=8):
        return [piece]
    rest = cut + 1
    while rest < b and text[rest].isspace():
        rest += 1
    if _verb_in(text, a, cut, ments) is None:
        return [piece]
    if _verb_in(text, rest, b, ments) is None:
        shared.add(rest)
    return [(a, cut, bg, days, vague), (rest, b, bg, days, vague)]


# ", and state media said it had fired two cruise missiles ... early on Sunday": a second firing after "and"
AND_FIRING = icase(r",\s+and\s+(?=(?:[\w'’.-]+\s+){0,5}?(?:fired|launched|test-fired|test-launched|tested)\b)")


def _split_and_firing(text: str, piece: Piece, ments: SentenceMentions) -> list[Piece]:
    """Split at ", and" when each part has a firing verb and a day of its own ("On Tuesday it fired two
    missiles ..., and state media said it had fired two cruise missiles early on Sunday")."""
    a, b, bg, days, vague = piece
    if days is not None or vague:
        return [piece]
    for m in AND_FIRING.finditer(text[a:b]):
        cut, rest = a + m.start(), a + m.end()
        if not (_names_a_day(text[a:cut]) and _names_a_day(text[rest:b])):
            continue
        if _verb_in(text, a, cut, ments) is None \
                or _verb_in(text, rest, b, ments) is None:
            continue
        return [(a, cut, bg, days, vague), *_split_and_firing(text, (rest, b, bg, days, vague), ments)]
    return [piece]


def _split_followed(text: str, piece: Piece, followed: dict[int, tuple[int, int]]) -> list[Piece]:
    a, b, bg, days, vague = piece
    m = FOLLOWED_BY.search(text, a, b)
    # only after a firing ("launched 170 drones ..."), not "the Hwasong-18 rolled through the square, followed by"
    verb = lex_re("launch_verbs").search(text[a : m.start()]) if m is not None else None
    if m is None or verb is None or not lex_re("missile_nouns").search(text[m.end() : b]):
        return [piece]
    followed[m.end()] = (a, a + verb.start())  # the firing's verb, for its subject (found once, here)
    return [(a, m.start(), bg, days, vague), (m.end(), b, bg, days, vague)]


# Where one clause of a sentence ends and another begins: a negative cue ("deployed", "capable of") in another
# clause does not veto the firing ("It was the first launch since Dec. 18, when it fired ..., and came weeks after
# troops were deployed")
SEGMENT_BREAK = re.compile(
    r",\s+(?:and|but|while|when|which|where|as|after|though|although|saying|adding|who|urging|calling|demanding"
    r"|defying|ignoring|despite|in\s+defiance|retaliating|responding|avenging|in\s+retaliation)\b"
    r"|;|\s[—–]\s|\s--\s")


def _vetoed(text: str, a: int, b: int, pos: int, negatives: list[tuple[int, int]], whole: bool = False) -> bool:
    """A negative cue inside the clause segment that holds the launch word at ``pos`` (or anywhere in the piece
    ``a:b`` when ``whole``)."""
    if not whole:
        breaks = [m.start() for m in SEGMENT_BREAK.finditer(text, a, b)]
        a = max((x for x in breaks if x <= pos), default=a)
        b = min((x for x in breaks if x > pos), default=b)
    return any(s < b and e > a and not (s > pos and DESCRIPTIVE_CUE.match(text, s)) for s, e in negatives)


# Capability and design words after the launch word describe the missile fired ("conducted the first flight test
# of Ababeel, a ... missile capable of delivering multiple warheads"); before it they make the firing generic
DESCRIPTIVE_CUE = icase(r"capable\s+of|designed\s+to|able\s+to|typically")


def _split_firings(text: str, piece: Piece, ments: SentenceMentions, shared: set[int]) -> list[Piece]:
    """Split "fired X on Thursday morning and then launched Y in the evening" into two firings: only when
    both parts have their own firing verb and the second names its own part of the day; or "fired X on Thursday
    morning and Y that evening", a second missile object of the same verb at another part of the day (its start
    goes into ``shared``)."""
    a, b, bg, days, vague = piece
    if len(_DAYPART_WORD.findall(text, a, b)) < 2 or sum(1 for _ in DAYPART.finditer(text[a:b])) < 2:
        return [piece]
    for m in THEN_SPLIT.finditer(text[a:b]):
        cut, rest = a + m.start(), a + m.end()
        first, second = text[a:cut], text[rest:b]
        if not DAYPART.search(second) or not DAYPART.search(first):
            continue
        if _verb_in(text, a, cut, ments) is None:
            continue
        if _verb_in(text, rest, b, ments) is None:
            continue
        return [(a, cut, bg, days, vague), (rest, b, bg, days, vague)]
    # "fired ballistic missiles on Thursday morning and cruise missiles that evening": one verb, two objects
    for m in SHARED_OBJECT_SPLIT.finditer(text, a, b):
        cut, rest = m.start(), m.start("obj")
        first, second = text[a:cut], text[rest:b]
        d1, d2 = DAYPART.search(first), DAYPART.search(second)
        if not d1 or not d2 or d2.start() > 40:
            continue
        g1 = DAYPART_GROUP.get((d1.group(1) or "").lower())
        g2 = DAYPART_GROUP.get((d2.group(1) or "").lower())
        if g1 is None or g2 is None or g1 == g2:
            continue
        if _verb_in(text, a, cut, ments) is None:
            continue
        shared.add(rest)
        return [(a, cut, bg, days, vague), (rest, b, bg, days, vague)]
    return [piece]


# "had flown on", "was launched early on", "fired two missiles on": a day the firing verb itself governs
FIRING_ON_BEFORE = icase(r"\b(?:fired|launched|flown|flew|tested|test-fired|test-launched)\b[^,.;]{0,40}?\bon\s+$")


def daypart_of_clock(hhmm: str) -> str:
    """The part of the day a local clock time falls in (the warehouse's daypart_of macro)."""
    h = int(hhmm[:2])
    return "morning" if 5 <= h < 12 else "afternoon" if 12 <= h < 17 else "evening" if 17 <= h < 22 else "night"


def _listed_dates(clause: str, dated: list[DateHit]) -> list[date]:
    """Further firing days after the clause's first date, each chained to the one before it: a list ("on April 13
    and July 12"), list items ("..., a ballistic missile on Wednesday", "two more on April 28, and another on May
    31", "a second one on July 28"), or a new firing of the same subject (", and on Oct. 4 it fired ...")."""
    out: list[date] = []
    prev = dated[0]
    for h in dated[1:]:
        gap = clause[prev.end : h.start]
        if (LIST_OF_DATES.search(clause[dated[0].end : h.start]) or LIST_OF_DATES.search(gap)
                or LISTED_ITEM.match(gap) or COUNTED_ITEM.search(gap) or AGAIN_ITEM.match(gap) or AGAIN_GAP.search(gap)
                or (NEW_FIRING_GAP.search(gap) and _firing_follows(clause, h.end))):
            if h.value not in out and h.value != dated[0].value:
                out.append(h.value)
            prev = h
        elif prev is dated[0]:
            break
    return out


def _firing_follows(clause: str, pos: int, words: int = 6) -> bool:
    """A firing verb (or an impact verb after its subject) within a few words after ``pos``."""
    starts = [pos + m.start() for m in islice(_WORD.finditer(clause[pos : pos + 10 * words]), words)]
    verbs, impacts = lex_re("launch_verbs"), lex_re("impact_verbs")
    return any(verbs.match(clause, at) or impacts.match(clause, at) for at in starts)


def _dates_since_event(clause: str, start: int) -> bool:
    """The date at ``start`` closes a "since <subject> <verb> ..." clause whose verb is not a firing."""
    m = SINCE_EVENT_BEFORE.search(clause, max(0, start - 100), start)
    if m is None:
        return False
    verb = lex_re("launch_verbs").match(m.group("verb"))
    return verb is None or verb.end() < len(m.group("verb"))


def _daypart(clause: str, part_of_day: str | None) -> str | None:
    """The part of the day the clause names for its launch (not for a statement, not in another zone)."""
    if part_of_day in DAYPARTS:
        return part_of_day
    if not _DAYPART_WORD.search(clause):
        return None
    for m in DAYPART.finditer(clause):
        if FOREIGN_ZONE_AFTER.match(clause, m.end()) or REPORT_BEFORE.search(clause[: m.start()]):
            continue
        word = (m.group(1) or m.group(2)).lower()
        return word if word in DAYPARTS else "night"
    return None


# a verb of what was said or done about a launch, between a day and the launch noun it would date
ACT_BETWEEN = icase(
    r"\band\s+(?:\w+ly\s+)?(?:condemned|denounced|criticized|criticised|protested|discussed|called|urged|said"
    r"|announced|reported|confirmed|agreed|vowed|warned|detected|analy[sz]ed|responded)\b"
    # "addressed the Security Council on Thursday ..., defending his country's test of a new ICBM"
    r"|,\s+(?:defending|justifying|hailing|praising|explaining)\b")


def _first_day(text: str, anchor: Anchor | None) -> date | None:
    """The first day-resolved date of ``text``."""
    return next((h.value for h in find_dates(text, anchor) if h.value is not None), None)


def fill_attributes(scope: Scope, full_text: str, ments: SentenceMentions, anchor: Anchor | None,
                    site_tz: str | None = None) -> None:
    """Date and every attribute stated inside the clause."""
    clause = scope.text
    foreign_day = False
    if scope.offset_days is not None and (head := EVENT_HEAD.search(full_text[: scope.start])):
        # "The vote came a day after North Korea fired ...": the offset counts from the vote's day (its own
        # date, else the story's day), not from the launch the article reports
        scope.head_base = _first_day(full_text[: head.start()], anchor) or (anchor.local_date if anchor else None)
    elif scope.offset_days is not None:
        # "Pakistan on Wednesday recalled its ambassador, a day after ... strikes hit": the day of the act the
        # offset is counted from (used only when that clause reports no launch of its own)
        cue = find_offset(full_text)
        scope.head_base = _first_day(full_text[: cue[1]], anchor) if cue is not None else None
        if cue is not None and not PROSE.search(full_text, 0, cue[1]) and (comma := full_text.find(",", cue[2])) > 0:
            # "A day after India test-fired its longest-range missile, China on Tuesday said ...": the act after
            # the fronted offset
            scope.head_base = _first_day(full_text[comma:], anchor)
    if not ORDER_CUE.search(full_text):
        hits = find_dates(clause, anchor)
        if not scope.verb and (other := OTHER_EVENT.search(clause)):
            # "The launches followed a meeting in Washington on Friday": that day is the meeting's; but "followed a
            # failed ICBM test on November 3" recalls a launch
            hits = [h for h in hits if h.start < other.start() or LAUNCH_WORD.search(clause[other.end() : h.start])]
        if not scope.verb:
            # (and "the North's first launch since the Sept. 3 nuclear test": the day the count starts from)
            hits = [h for h in hits if not PERSON_CLAUSE_BEFORE.search(clause[max(0, h.start - 50) : h.start])
                    and not SINCE_BEFORE.search(clause[max(0, h.start - 12) : h.start])]
        kept = [h for h in hits if not _dates_since_event(clause, h.start)] if "since" in clause.lower() else hits
        # ("have fired dozens of missiles since the war began on Oct. 7": a running count, no launch of that day)
        since_event, hits = len(kept) < len(hits) and PERFECT.search(clause) is not None, kept
        if not scope.verb and (noun := _launch_noun(clause)) is not None:
            # "held phone talks on Wednesday morning and jointly condemned the launch": the day dates the talks
            hits = [h for h in hits if h.start > noun.start() or not ACT_BETWEEN.search(clause[h.end : noun.start()])]
        if not scope.verb and (resp := RESPONSE_TO.search(clause)):
            # "imposed new sanctions on Thursday, in response to Tehran's missile attack this month": the day
            # before the cue is the response's
            hits = [h for h in hits if h.start > resp.start()]
        elif scope.verb and (resp := RESPONSE_TO.search(clause)):
            # "have fired four missiles in response to North Korea's launch of a ballistic missile on Tuesday": a
            # day after the launch the firing answers dates that launch, not the answer
            hits = [h for h in hits if h.start < resp.end() or not (
                lex_re("launch_nouns").search(clause[resp.end() : h.start])
                or lex_re("launch_verbs").search(clause[resp.end() : h.start]))]
        bound = [h for h in hits if h.value is not None and LAUNCH_NOUN_AFTER.match(clause, h.end)]
        if bound:
            # "to discuss the November 18 launch": a date that modifies the launch noun dates the launch
            hits = bound + [h for h in hits if h not in bound]
        dated = [h for h in hits if h.value is not None and h.part_of_day != "statement"]
        same_day = [h for h in hits if h.part_of_day == "same_day"]
        # "said earlier this month" / "said hours earlier" are statement times with no day of their own
        statement_days = [h.value for h in hits if h.part_of_day == "statement" and h.value is not None]
        if not dated and not statement_days and anchor is not None and scope.verb and PRESENT_FIRING.search(clause):
            # "6:57 a.m. -- North Korea launches a ballistic missile": a live report in the present tense is
            # of the day it was published, when nothing else dates the launch
            scope.fallback_date = anchor.local_date
        if statement_days:
            # "X said on Monday it had fired ...": Monday only if nothing dates the launch itself; of
            # several statement days the earliest (a launch precedes every report of it)
            scope.fallback_date = min(statement_days)
        if len(dated) > 1 and not FIRING_ON_BEFORE.search(clause[max(0, dated[0].start - 60) : dated[0].start]):
            # "On October 26th Gerasimov appeared ... to report that the Burevestnik had flown on October 21st":
            # the day the firing verb governs beats a fronted day of something else
            governed = [h for h in dated[1:] if FIRING_ON_BEFORE.search(clause[max(0, h.start - 60) : h.start])]
            if governed:
                dated = [governed[0]] + [h for h in dated if h is not governed[0]]
        if dated:
            scope.date, scope.part_of_day = dated[0].value, dated[0].part_of_day
            scope.ahead = dated[0].ahead
            scope.site_day = dated[0].site
            if PREVIOUS_DAY.fullmatch(dated[0].text) and (scope.background or PAST_PERFECT.search(clause)):
                scope.prev_day = True
            elif (back := days_back(dated[0])) is not None:
                scope.prev_day, scope.days_back = True, back
            foreign_day = bool(scope.part_of_day and scope.part_of_day.startswith("foreign:"))
            if foreign_day:
                # "Wednesday evening Washington time" alone: the next day at an Asian site
                scope.part_of_day = scope.part_of_day.split(":", 1)[1] or None
                # (a Washington afternoon is already the next morning in East Asia)
                site_offset = _utc_offset_h(site_tz, scope.date)
                if (scope.part_of_day in ("evening", "night") and site_offset >= 3) or (
                        scope.part_of_day == "afternoon" and site_offset >= 7):
                    scope.reporter_day = scope.date
                    scope.date += timedelta(days=1)
                    scope.part_of_day = "morning"
            if dated[0].text.lower().startswith("late") and "night" in dated[0].text.lower():
                scope.part_of_day = "night"
            # "after launches on April 13 and July 12": one launch per listed day
            # a round-up "fired a cruise missile on Monday, a ballistic missile on Wednesday and ..." likewise
            scope.extra_dates = _listed_dates(clause, dated)
            # "On Jan. 14, it fired two ..., and three days later launched two more": a firing of its own day
            later = next((h for h in hits if later_days(h) is not None and h.start > dated[0].end), None)
            if later is not None and lex_re("launch_verbs").search(clause, later.end) is not None:
                scope.extra_dates.append(scope.date + timedelta(days=later_days(later) or 0))
        elif same_day and not any(h.value is None and h.part_of_day is None and h.start < same_day[0].start
                                  for h in hits):
            # (not after a vague day: "came in late November 2017, when it fired ... and declared, hours later")
            scope.same_day = True
        elif anchor is not None and ("GMT" in clause or "UTC" in clause) and (zd := ZONED_DAY.search(clause)):
            # "7.23am local time (22.23 GMT on Monday)": Monday 22:23 GMT is Tuesday morning in Korea
            day = weekday_date(zd.group(4), None, anchor)
            scope.date, _ = to_local(day, f"{int(zd.group(1)):02d}:{zd.group(2)}", zd.group(3).lower(), site_tz)
        elif any(h.part_of_day != "statement" and later_days(h) is None for h in hits) or since_event:
            scope.vague_date = True
    # a part of the day in the reporter's zone ("Tuesday night in Washington") names none at the site
    scope.daypart = None if foreign_day else _daypart(clause, scope.part_of_day)
    # clock times, distances and altitudes all need a digit: most clauses skip those scans
    has_digit = _DIGIT.search(clause) is not None
    t = find_time(clause) if has_digit else None
    if t is not None:
        hhmm = t.hhmm
        if scope.date is not None and t.zone:
            # "9:30 p.m. ET on Tuesday" is Wednesday morning in Korea: day and clock move together (a day stated in
            # the site's terms, "5:30 p.m. ET, or 1:30 a.m. Wednesday in Iraq", is already the site's)
            day, hhmm = to_local(scope.date, t.hhmm, t.zone, site_tz)
            if not scope.site_day:
                scope.date = day
        scope.attrs["launch_time_local"] = (hhmm, None if scope.date is not None else t.zone)
    c = find_count(clause)
    if c is not None:
        scope.attrs["missile_count_min"] = (c[0], c[1])
    elif scope.verb:
        plural = plural_missiles(clause)
        if plural:
            scope.attrs["missile_count_min"] = (2, plural)
    cls = _class_of(clause)
    if cls:
        scope.attrs["missile_class"] = cls
    stated, rng = _range_of(clause)
    if stated:
        scope.range_stated = True
        if rng:
            scope.attrs["range_class"] = rng
    in_clause = [m for m in ments.systems if scope.start <= m.start < scope.end]
    if in_clause:
        scope.attrs["system"] = in_clause[0].key
    sites = [m for m in ments.sites if scope.start <= m.start < scope.end]
    if sites:
        scope.attrs["sites"] = [m.key for m in sites]
    dist, apo = find_distances(clause) if has_digit else (None, None)
    if dist is not None:
        scope.attrs["distance_km"] = dist
    if apo is not None:
        scope.attrs["apogee_km"] = apo
    scope.attrs["hedged"] = bool(HEDGE.search(clause))


def _utc_offset_h(tz_name: str | None, day: date) -> float:
    if not tz_name:
        return 0.0
    try:
        off = datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(tz_name)).utcoffset()
    except (KeyError, ValueError):
        return 0.0
    return off.total_seconds() / 3600 if off else 0.0


def _merge(launch: Launch, scope: Scope, site_tz: str | None) -> None:
    g = gazetteer()
    span = (scope.s_start, scope.s_end)
    a = scope.attrs
    launcher = launch.launcher
    if "launch_time_local" in a and "launch_time_local" not in launch.attrs:
        hhmm, zone = a["launch_time_local"]
        _, hhmm = to_local(launch.date, hhmm, zone, site_tz)
        launch.attrs["launch_time_local"] = hhmm
        launch.spans["launch_time_local"] = span
    if "missile_count_min" in a:
        n, phrase = a["missile_count_min"]
        if n > launch.attrs.get("missile_count_min", 0):
            launch.attrs["missile_count_min"] = n
            launch.attrs["missile_count_text"] = phrase
            launch.spans["missile_count_min"] = span
            launch.spans["missile_count_text"] = span
    system = g.systems.get(a.get("system", ""))
    if system and system["launch_country"] not in ("", launcher):
        system = None
    if system and "missile_name" not in launch.attrs:
        launch.attrs["missile_name"] = system["name"]
        launch.spans["missile_name"] = span
    cls = a.get("missile_class")
    sys_cls = system["missile_class"] if system else ""
    if sys_cls and CLASS_RANK.get(sys_cls, 0) > CLASS_RANK.get(cls or "", -1):
        cls = sys_cls
    if cls and CLASS_RANK[cls] > CLASS_RANK.get(launch.attrs.get("missile_class", ""), -1):
        launch.attrs["missile_class"] = cls
        launch.spans["missile_class"] = span
    explicit_after_ambiguous = a.get("range_class") and not launch.attrs.get("range_class")
    if scope.range_stated and (not launch.range_stated or explicit_after_ambiguous):
        # text beats the system table; an explicit class ("ICBM") beats an earlier ambiguous "long-range"
        launch.range_stated = True
        launch.attrs.pop("range_class", None)
        launch.spans.pop("range_class", None)
        if a.get("range_class"):
            launch.attrs["range_class"] = a["range_class"]
            launch.spans["range_class"] = span
    elif not launch.range_stated and system and system["range_class"] and "range_class" not in launch.attrs:
        launch.attrs["range_class"] = system["range_class"]
        launch.spans["range_class"] = span
    for site in a.get("sites", []):
        row = g.sites[site]
        if row["launch_country"] != launcher:
            continue
        cur = launch.attrs.get("launch_site")
        if cur is None or SITE_RANK[row["kind"]] < SITE_RANK[g.sites[cur]["kind"]]:
            launch.attrs["launch_site"] = site
            launch.spans["launch_site"] = span
    for key in ("distance_km", "apogee_km"):
        if key in a and key not in launch.attrs:
            launch.attrs[key] = a[key]
            launch.spans[key] = span
    launch.hedged = launch.hedged or a.get("hedged", False) or scope.fallback_used
    # a firing dated only by "in 2023" / "this year" is a recap, not a report of this launch
    strong = scope.strong and not _recap_date(scope)
    if strong and not launch.strong:
        # evidence: the first sentence that itself reports the firing, not a headline-like noun mention
        launch.evidence = span
    launch.strong = launch.strong or strong


# "In 2023, Pyongyang launched its first spy satellite": a lead that names a year recaps (a full date, as in the
# dateline "WASHINGTON, Oct 27, 2021 (AFP) -", is no recap)
YEAR = re.compile(r"(?<!\d, )\b(?:19|20)\d\d\b|\blast\s+year\b", re.IGNORECASE)


def _recap_date(scope: Scope) -> bool:
    """Dated only vaguely, as a recap is ("in 2023", "earlier this month"); not in a lead without a year ("fired two
    cruise missiles over the weekend", "had carried out a hypersonic weapons test this summer"), which reports the
    story's own launch without its day."""
    return scope.vague_date and (scope.sent != 0 or YEAR.search(scope.text) is not None)


def _system_state(scope: Scope, default_launcher: str | None) -> str | None:
    """The state a dated clause's system belongs to, when the clause names no launcher and the story's launcher
    is another ("On October 18 last year, ... a flight test of the Ababeel" in an essay on India's tests)."""
    system = gazetteer().systems.get(scope.attrs.get("system", ""))
    # (a clause of the main launch's day counts as dated: "Six minutes after the launch, ... fired a Hyunmoo-2")
    if (scope.date is None and not scope.same_day) or system is None or MADE_BY.search(scope.text):
        return None
    return system["launch_country"] if system["launch_country"] not in ("", default_launcher) else None


RECALL_SLOT = -1  # an earlier firing of the main launcher on the main day, recalled "hours after"


def _local_clock(scope: Scope) -> bool:
    """The clause states its clock time in the site's own terms ("On Sunday night ... at 10:38 p.m.")."""
    t = scope.attrs.get("launch_time_local")
    return t is not None and t[1] is None


def _same_day_recall(scope: Scope) -> bool:
    """The clause after "N hours after" reports its own earlier firing: a firing verb in the simple past with a
    missile object, and the text says it came earlier ("earlier in the day", "that morning")."""
    if scope.offset_days != 0 or not scope.strong or scope.attrs.get("missile_class") in (None, "unknown"):
        return False
    return bool(EARLIER_SAME_DAY.search(scope.text)) or scope.daypart in ("morning", "afternoon")


def assemble(scopes: list[Scope], default_launcher: str | None, site_tz_of,  # type: ignore[no-untyped-def]
             headline_launcher: bool = True, day_undisclosed: Callable[[], bool] = lambda: False) -> list[Launch]:
    """Group clause mentions into launches: the story's main launch plus dated background launches.

    ``headline_launcher``: the default launcher comes from the headline (not merely from another clause).
    ``day_undisclosed``: whether the text says the launch day is not known ("did not say when the test took
    place"), so the day of a statement about it does not stand in for it. Asked only when the main clause has no
    day of its own (a search of the whole article: the rest of the assembly together cost less)."""
    last_named: str | None = None
    for s in scopes:
        s.named = s.launcher is not None
        if s.named:
            last_named = s.launcher if s.strong else last_named
        elif s.anaphoric and last_named:
            s.launcher = last_named
        elif not s.generic:
            s.launcher = _system_state(s, default_launcher) or default_launcher or s.weak_launcher
    scopes = [s for s in scopes if s.launcher]
    # a clause listing several days ("launches on April 13 and July 12") stands for one launch per day
    scopes = [x for s in scopes for x in [s, *(replace(s, date=d, extra_dates=[]) for d in s.extra_dates)]]
    # ... and a joint firing by two states ("the South Korean and US militaries each fired") one launch per state
    scopes = [x for s in scopes for x in [s, *(replace(s, launcher=c, co_launchers=[]) for c in s.co_launchers)]]
    # "has test-fired more than 30 missiles this year": a present-perfect tally with no day is a recap
    scopes = [s for s in scopes if not (s.vague_date and s.date is None and s.verb and not s.strong)]
    descriptions = [s for s in scopes if s.describes]
    scopes = [s for s in scopes if not s.describes]
    main_scope = next((s for s in scopes if not s.background), None)
    if main_scope is None:
        main_launcher, main_date = None, None
    else:
        main_launcher = main_scope.launcher
        mains = [s for s in scopes if not s.background and s.launcher == main_launcher]
        # (when the text says the day is not known, a later dated mention is another firing: "It did not say when
        # the launch took place. ... On Oct. 25, Putin oversaw an exercise that included the launch of a Yars")
        # (with a day of its own the main clause, first of mains, keeps it either way)
        undisclosed = main_scope.date is None and day_undisclosed()
        main_date = main_scope.date if undisclosed else next((s.date for s in mains if s.date), None)
        # ("fired two cruise missiles over the weekend, officials said on Tuesday": the text gives no day)
        if main_date is None and not undisclosed and not main_scope.vague_date:
            # the day the missile was intercepted, told from the target's side (not a background paragraph's)
            main_date = next((s.date for s in descriptions if s.intercepts and s.date and not s.background), None)
        if main_date is None and not undisclosed and not main_scope.vague_date:
            # a launch precedes every statement about it: the earliest statement day
            main_date = min((s.fallback_date for s in mains if s.fallback_date), default=None)
            if main_date is not None:
                main_scope.fallback_used = True
    # "North Korea fired an ICBM on Tuesday" in a Washington story, then "at 3:17 a.m. Wednesday local time": the
    # reporter's day names the site's next day, for every mention of the main launch by that day
    if main_date is not None:
        moved = next((s for s in mains if s.reporter_day is not None and s.date == main_date), None)
        local = next((s for s in mains if s.site_day and s.offset_days is None and s.date is not None
                      and s.date == main_date + timedelta(days=1)), None)
        reporter_day = moved.reporter_day if moved is not None else main_date if local is not None else None
        if reporter_day is not None:
            site_day = main_date if moved is not None else main_date + timedelta(days=1)
            for s in scopes:
                if s.launcher == main_launcher and s.date == reporter_day and not s.site_day:
                    s.date = site_day
            main_date = site_day
    # "the missile it tested last month ... Experts say it flew higher than any before": when the story's first
    # firing is dated only by a month, its later undated mentions recall that launch, not a new one
    first_firing = next((s for s in scopes if s.verb and s.strong), None)
    recalled_only = main_date is None and first_firing is not None and _recap_date(first_firing)
    for s in scopes:
        if s.ahead and main_date is not None and s.date is not None and s.date > main_date:
            # "On Sunday" in a Saturday story whose launch is that Saturday: the Sunday before (a look back at
            # the week), not the day after publication
            s.date -= timedelta(days=7)
    launches: dict[tuple[str, date | None, int | None], Launch] = {}
    order: list[tuple[str, date | None, int | None]] = []
    # the clause before "N days after" in the same sentence: its statement day may be the offset's base
    heads = {}
    for s in scopes:
        if s.offset_days is None and not s.offset_vague:
            heads.setdefault(s.sent, s)

    # A morning and an evening firing of the main launcher on the main day are two launches: each part of the
    # day named by a clause with its own firing verb opens a slot; the first slot is the main launch.
    slots: list[int] = []
    worded = False  # a clock alone never splits: some clause must name a part of the day
    for s in scopes:
        if s.continues and s.date is None:
            s.date = next((p.date for p in scopes if p.sent == s.sent and p.end == s.start), None)
        part = s.daypart or (daypart_of_clock(s.attrs["launch_time_local"][0]) if "launch_time_local" in s.attrs
                             and s.attrs["launch_time_local"][1] is None else None)
        if (main_date is not None and s.verb and part and not s.background and s.offset_days is None
                and s.launcher == main_launcher and s.date in (None, main_date)
                and DAYPART_GROUP[part] not in slots):
            slots.append(DAYPART_GROUP[part])
            worded = worded or s.daypart is not None

    def slot_of(scope: Scope) -> int | None:
        if len(slots) < 2 or not worded:
            return None
        group = DAYPART_GROUP.get(scope.daypart or "")
        if group is None and "launch_time_local" in scope.attrs:
            group = DAYPART_GROUP[daypart_of_clock(scope.attrs["launch_time_local"][0])]
        return group if group in slots[1:] else None

    def add(key: tuple[str, date | None], scope: Scope, background: bool, own_day: bool = True,
            recall: bool = False) -> None:
        if recall:
            slot = RECALL_SLOT
        elif own_day and key == (main_launcher, main_date):
            slot = slot_of(scope)
        else:
            # a second object of one firing verb at another part of the day: a launch of its own
            slot = DAYPART_GROUP.get(scope.daypart or "") if scope.shares is not None and background else None
        full = (*key, slot)
        if full not in launches:
            launches[full] = Launch(key[0], key[1], background, (scope.s_start, scope.s_end))
            order.append(full)
        launch = launches[full]
        launch.named = launch.named or (scope.named and scope.strong)
        if own_day and scope.daypart and launch.daypart is None:
            launch.daypart, launch.daypart_span = scope.daypart, (scope.s_start, scope.s_end)
        _merge(launch, scope, site_tz_of(key[0]))

    for s in scopes:
        if s.shares is not None and s.date is None:
            s.date = s.shares.date  # "... on Thursday morning and cruise missiles that evening": Thursday
        if s.day_of is not None and s.date is None:
            s.date = s.day_of.date
        if s.same_day and s.date is None:
            s.date = main_date
        if s.prev_day and s is not main_scope and main_date is not None:
            s.date = main_date - timedelta(days=s.days_back)
        if s.offset_days is not None or s.offset_vague:
            head = heads.get(s.sent)
            # "X said on Friday it had tested ..., a day after a launch": counted from the statement day
            base = head.fallback_date if head is not None and head.date is None and head.fallback_date else main_date
            if head is None and s.head_base is not None:
                base = s.head_base
            # "first since May 9, when it fired ..., five days after a barrage": counted from the recalled firing
            # the offset follows, not from the story's launch
            recalled = next((p for p in scopes if p.sent == s.sent and p.background and p.date is not None
                             and p.offset_days is None and 0 <= s.start - p.end < 40), None)
            if recalled is not None:
                base = recalled.date
            if s.date is None and s.offset_days is not None and base is not None:
                s.date = base - timedelta(days=s.offset_days)
            if s.date is not None and s.date == main_date and s.launcher == main_launcher and _same_day_recall(s):
                # "fired cruise missiles at 7:20 p.m., 12 hours after it launched ballistic missiles earlier in
                # the day": an earlier firing of the same day, a launch of its own
                add((s.launcher, s.date), s, True, recall=True)
                continue
            if s.date is None or (s.date == main_date and s.launcher == main_launcher):
                continue
            # "hours after North Korea fired ...": another launcher's launch the same day is no recall; "The vote
            # came a day after X fired" in a story that reports no other launch: that launch is the story's
            add((s.launcher, s.date), s, s.date != main_date and not (main_date is None and s.head_base is not None))
            continue
        if s.background:
            if s.date is None:
                continue
            if s.date == main_date and s.launcher == main_launcher:
                add((main_launcher, main_date), s, False)
            else:
                add((s.launcher, s.date), s, True)
            continue
        if s.launcher != main_launcher:
            if s.date is not None:
                add((s.launcher, s.date), s, False)
            continue
        if s.date is None or s.date == main_date:
            if s.date is None and s.vague_date and s is not main_scope:
                continue  # "earlier this month": another, undated launch
            add((main_launcher, main_date), s, False)
        elif (main_date is not None and s.date == main_date - timedelta(days=1)
              and s.part_of_day in ("night", "evening") and not _local_clock(s)):
            # "late Monday night" in Washington is Tuesday morning in Asia: the same launch
            add((main_launcher, main_date), s, False, own_day=False)
        else:
            add((s.launcher, s.date), s, main_date is not None and s.date < main_date)
    for s in descriptions:
        # a description adds attributes to a launch already reported, never a launch of its own
        key = (s.launcher, main_date if s.date is None else s.date, None)
        if key in launches and not (s.background and key == (main_launcher, main_date, None)):
            _merge(launches[key], s, site_tz_of(key[0]))
    # An undated launch known only from nouns ("North Korea's missile tests") or from a present perfect
    # ("has fired dozens of missiles") is commentary, not a reported event.
    # Undated, and no clause names who fired ("glide vehicles launched atop rockets" in an essay whose only named
    # state is another clause's "India has tested ..."): a generic description, unless the headline names a launcher.
    return [lc for lc in (launches[k] for k in order)
            if lc.date is not None or (lc.strong and (lc.named or headline_launcher) and not recalled_only)]
