"""Per-sentence entity mentions and the position rules shared by launch and reaction extraction."""

from __future__ import annotations

import re

from pipelines.extract.gazetteer import Mention, gazetteer, icase

# Words after which a country is the object of something, not the one acting ("coordinating with the
# U.S.", "fired toward Japan", "urged China").
OBJECT_BEFORE = icase(
    r"\b(?:with|to|toward|towards|of|against|on|from|into|at|over|near|for|between|in|than|about|behind"
    r"|including|among\s+them|amid|across|after|before|since|following|urge|urged|urging|asked|asking|told|warned|accused|ally|allies|visit|visited|mention|mentioned|summon|summoned|summoning"
    r"|beside|under|like|unlike|outside|inside|within|off"
    # "an Unha-2 rocket crossed Japan", "missiles struck Israel": the ground flown over or hit
    r"|crossed|crossing|overflew|overflying|struck|hit|targeted|targeting|attacked|attacking"
    # "a new design that resembles Russia's Iskander": the state of a comparison
    r"|resembles|resembling|resemble|resembled|similar\s+to|modell?ed\s+on)\s+(?:the\s+|an?\s+)?"
    # "in central Israel", "toward southern Japan": a region word between preposition and country
    r"(?:(?:central|northern|southern|eastern|western|north(?:east|west)?ern|south(?:east|west)?ern)\s+)?$")
# A conjunction introduces a clause whose subject may follow: "after North Korea fired ...".
CONJ_BEFORE = icase(r"\b(?:after|before|since|following|when|as|while|because|until)\s+(?:the\s+)?$")
# Between a subject and its verb: "North Korea on Thursday fired", "the North's military also launched"
SUBJECT_GAP = icase(r"^(?:['’]s\s+\w+)?(?:\s+(?!and\b|or\b|said\b|says\b|that\b|to\b)[\w.-]+){0,3}\s+$")
# "agencies in Seoul", "authorities of South Korea": the preposition names whose office it is.
OFFICE_PREP = icase(
    r"\b(?:agencies|agency|authorities|officials|intelligence|military|governments?|forces|ministry|ministries|ministers"
    r"|leaders|command|office)"
    r"\s+(?:in|of|from)\s+(?:the\s+)?$")
WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
# Title words between a country and its person: "U.S. President", "Japan's Defense Minister", "Chinese counterpart"
TITLE_GAP = re.compile(r"(?:['’]s)?(?:\s+(?:[A-Z][\w.'’-]*|of|for|the|counterpart|foreign|defen[cs]e|minister|secretary"
                       r"|envoy|ambassador|president|leader))*\s+")
FRONTED_PLACE = icase(r"^\s*(?:in|at|from)\s+(?:the\s+)?$")
LIST_GAP = icase(r"^\s*(?:,|,?\s*and|,?\s*or)\s+(?:the\s+)?$")
# A country naming something that is not an official actor ("South Korean media", "the U.S. mainland").
NON_AGENT_AFTER = icase(
    r"^\s*(?:media|press|newspapers?|news|reporters?|experts?|analysts?|observers?|witness(?:es)?|civilians?"
    r"|people|citizens|spies|mainland|consulate|embassy|soil|waters|territory|airspace|coast|borders?"
    r"|sovereignty|interests|Independence|Peninsula|nuclear|economy|war|version|Army\s+Tactical|missiles?"
    r"|targets?|sites?|cities|city|capital|region|side|regime|dispatch|state\s+media|TV|television"
    # "our Japanese and Republic of Korea allies", "his South Korean counterpart": the addressees
    r"|allies|ally|partners?|counterparts?"
    # "a missile Seoul assessed to be a Hwasong-17": the state that judges the missile
    r"|assessed|assesses|believed|believes|estimated|estimates|judged|deemed)\b")
# "Seoul, March 13 (Jiji Press)--": a dateline names where the story was filed, not an actor
# ... and "DUBAI, United Arab Emirates (AP) -": the country of the dateline city, followed by the agency
DATELINE_AFTER = re.compile(
    r"^,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b(?:,\s*\d{4})?\s*(?:\(|--|—|–|-|/)"
    r"|^\s*\([A-Za-z .&'-]{2,40}\)\s*(?:--|—|–|-)")


class SentenceMentions:
    """Gazetteer hits of one sentence; systems and sites are looked up only when a launch clause asks."""

    def __init__(self, text: str) -> None:
        g = gazetteer()
        self.text = text
        found = g.find_agents(text)
        self.actors: list[Mention] = found["actor"]
        self.orgs: list[Mention] = [o for o in found["org"] if not _overlaps(o, self.actors)]
        self.countries: list[Mention] = [
            c for c in found["country"] if not _overlaps(c, self.actors) and not _overlaps(c, self.orgs)
        ]
        self._systems: list[Mention] | None = None
        self._sites: list[Mention] | None = None

    @property
    def systems(self) -> list[Mention]:
        if self._systems is None:
            self._systems = gazetteer().find("system", self.text)
        return self._systems

    @property
    def sites(self) -> list[Mention]:
        if self._sites is None:
            self._sites = gazetteer().find("site", self.text)
        return self._sites


def _overlaps(m: Mention, others: list[Mention]) -> bool:
    return any(m.start < o.end and o.start < m.end for o in others)


def sentence_mentions(text: str) -> SentenceMentions:
    return SentenceMentions(text)


def is_object_position(text: str, m: Mention, previous: list[Mention]) -> bool:
    """True when the mention is governed by a preposition or an object verb (or conjoined to one that is)."""
    before = text[max(0, m.start - 40) : m.start]
    if OFFICE_PREP.search(before):
        return False
    if OBJECT_BEFORE.search(before):
        return True
    if m.kind == "actor":
        # "spoke with U.S. President Donald Trump": the person's role is that of the country heading the title
        head = next((p for p in reversed(previous) if p.kind == "country" and p.end <= m.start), None)
        if head is not None and TITLE_GAP.fullmatch(text, head.end, m.start) \
                and WITH_BEFORE.search(text, max(0, head.start - 12), head.start):
            return True
    prior = [p for p in previous if p.end <= m.start and m.start - p.end <= 8]
    if prior:
        gap = text[prior[-1].end : m.start]
        # "with the U.S. and Japan" / "with the U.S., Japan": a list inherits its first member's role;
        # a comma after a body ("According to the JCS, North Korea fired") ends a phrase instead
        # "In Washington, the NSC spokesperson ...": a fronted place ends its phrase at the comma
        fronted = "," in gap and FRONTED_PLACE.match(text[: prior[-1].start])
        if LIST_GAP.match(gap) and (prior[-1].kind == "country" or "," not in gap) and not fronted:
            return is_object_position(text, prior[-1], [p for p in previous if p.end <= prior[-1].start])
    return False


def is_non_agent(text: str, m: Mention) -> bool:
    after = text[m.end : m.end + 30]
    return bool(NON_AGENT_AFTER.match(after) or DATELINE_AFTER.match(after))


def country_prefix(text: str, m: Mention, countries: list[Mention]) -> str | None:
    """Country written just before an actor ("South Korea's Joint Chiefs", "the North's defense ministry")."""
    for c in countries:
        if c.end <= m.start and m.start - c.end <= 2:
            return c.key
    return None
