"""Reaction statements: who (state, body or organisation) reacted how, one row per (reactor, type, sentence)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extract.gazetteer import Mention, any_match, find_each, gazetteer, icase, lex_re, reaction_res
from pipelines.extract.mentions import (
    LIST_GAP,
    OFFICE_PREP,
    SentenceMentions,
    is_non_agent,
    is_object_position,
)

# Pronouns and generic heads that continue the previous reactor ("it added", "The military is ...").
ANAPHOR = re.compile(
    r"^(?:He|She|Participants|Attendees|Members)\b"
    # "They demanded that Pyongyang ...": the body of the previous sentence, as the subject of a statement verb
    r"|^They(?=\s+(?:also\s+)?(?:said|demanded|urged|called|condemned|warned|pledged|agreed|expressed|stressed))\b|\b(?:[Ii]t|he|she)\s+(?:added|said|says|stated|noted)\b"
    r"|\b[Tt]he\s+(?:\d+-member\s+|full\s+|whole\s+)?(?:military|ministry|council|Council"
    r"|agency|government|office|spokesperson|spokesman|spokeswoman|bloc|alliance|ministers|leaders|command"
    # the text a body adopted speaks for it ("The text condemns the attacks")
    r"|text|statement|declaration|resolution)\b"
    # only as a subject: "the military is keeping ...", "the council met", not "the military act"
    r"(?=\s+(?:is|was|has|had|have|said|says|added|remains|will|would|kept|keeps|are|were|also|stated|announced"
    r"|urged|called|warned|convened|communicated|discussed|confirmed|met|meets|held|holds|[a-z]+ed"
    r"|condemns|calls|urges|demands|says|warns|expresses|stresses|notes)\b"
    r"|,\s+(?:among\s+them|including)\b)",
)
AT_REQUEST_BEFORE = icase(r"\bat\s+(?:the\s+)?$")
# "met at the request of the United States and Japan", "a session requested by Britain, France and Japan"
REQUEST_OF_BEFORE = icase(
    r"\b(?:at\s+the\s+request\s+of|requested\s+by)\s+(?:the\s+)?(?:[\w.'’ -]{0,60}?(?:,|\band\b)\s+(?:the\s+)?)?$")
REQUEST_AFTER = icase(r"^(?:['’]s)?\s*(?:own\s+)?request\b")
SAID_ANAPHOR = re.compile(r"(?:[Ii]t|he|she)\s+(?:added|said|says|stated|noted)")
REPORTING_AFTER = icase(r"^[^.;]{0,25}?\b(?:said|says|added|stated|announced|noted|told|wrote|reported)\b")
# "Japan's Defence Minister ... said": the state's possessive ahead of its office still opens the sentence
POSSESSOR_LEAD = re.compile(r"^\s*(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*['’]s\s+$")
MEMBER_BEFORE = re.compile(
    r",\s+(?:among\s+them|including)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}(?:[A-Z][\w.]*['’]s\s+)?$")
# "According to X" / "X said" / "citing X" in a launch sentence: X reports detection (monitoring_analysis).
SOURCE_BEFORE = icase(r"\b(?:according\s+to|citing(?:\s+sources\s+(?:at|in))?|sources\s+at)\s+(?:the\s+|a\s+)?$")
TAIL_BEFORE = re.compile(r",\s*(?:the\s+|a\s+)?$")
TAIL_LIST_BEFORE = re.compile(r"(?:,|\band)\s*(?:the\s+)?$")
RESOLUTION_AFTER = icase(r"^\s*(?:resolutions?|sanctions\s+committee|Resolution)\b")
CLAUSE_BREAK = re.compile(r";")
# "In Washington, a National Security Council spokesperson ...": the fronted place is the speaker's state
LOCATIVE_LEAD = re.compile(r"^\s*In\s+(?:the\s+)?$")
# A person's name after a generic title ("Foreign Minister Cho Tae-yul", "Defense Minister Nakatani Gen")
PERSON_AFTER = re.compile(r"^,?\s+((?:[A-Z][a-z]+[-']?[A-Za-z]*\s?){2,3})(?<!\s)")
# A full name as a person reactor ("Koro Bessho", "Yoon Suk-yeol"), not an office ("Joint Chiefs of Staff")
PERSON_NAME = re.compile(r"[A-Z][a-z]+[-'A-Za-z]*(?: [A-Z][a-z]+[-'A-Za-z]*){1,2}")
NAME_WORD = re.compile(r"[A-Z][a-z][-'A-Za-z]+")
# "failed to intercept", "whether interceptors had hit it": a cue under negation or in a question is no reaction
NEGATED_BEFORE = icase(
    r"\b(?:failed\s+to|did\s+not|didn.t|could\s+not|couldn.t|unable\s+to|no|whether|if|not\s+(?:to\s+)?(?:try|attempt)"
    r"\s+to|not\s+to\s+attempt|not\s+attempt(?:ed)?|no\s+attempt\s+to)\s+(?:\w+\s+)?(?:an?\s+)?$")


@dataclass(frozen=True)
class Reactor:
    country: str | None
    org: str | None
    actor: str | None
    role: str | None
    start: int
    end: int


def _resolve_actor(text: str, m: Mention, ments: SentenceMentions, last: Reactor | None,
                   home: str | None = None, dateline: str | None = None, launcher: str | None = None) -> Reactor | None:
    """The reactor an actor mention stands for. ``dateline``: the state of the city the story was filed from,
    for a body of no named state when no state has reacted yet and the last body named was the launcher's."""
    g = gazetteer()
    row = g.actors[m.key]
    prefix = next((c for c in ments.countries if c.end <= m.start and m.start - c.end <= 2), None)
    country = (prefix.key if prefix else None) or row["country"] or None
    if country is None:
        # "The White House National Security Council": the state of the body that heads the name
        head = next((a for a in ments.actors if a.end <= m.start and m.start - a.end <= 1), None)
        country = (g.actors[head.key]["country"] or None) if head is not None else None
    if row["org"]:
        return Reactor(None, row["org"], m.key, row["role"] or None, m.start, m.end)
    actor, start, end = m.key, prefix.start if prefix else m.start, m.end
    if row["role"] == m.key and any(0 < o.start - m.end <= 2 for o in ments.actors):
        return None  # "Prime Minister Shinzo Abe": the known person who follows is the reactor, with their state
    if row["role"] == m.key:
        # a generic title: the person who holds it is the actor ("Foreign Minister Cho Tae-yul")
        person = PERSON_AFTER.match(text[m.end : m.end + 40])
        if person:
            actor, end = person.group(1), m.end + person.end(1)
    if country is None:
        lead = [c for c in ments.countries if c.end < m.start and LOCATIVE_LEAD.match(text[: c.start])
                and text[c.end : c.end + 1] == ","]
        if lead:
            country = lead[0].key
    if country is None:
        # a body of no named state: the state the sentence is about, else the one reacting before
        subjects = [c for c in ments.countries
                    if not is_object_position(text, c, ments.countries) and not is_non_agent(text, c)
                    # a titled person of no named state is not of a state named after them ("Vice President
                    # Kamala Harris ... met the leaders of Japan")
                    and not (row["role"] == m.key and c.start > m.start)]
        if subjects:
            country = subjects[0].key
        elif home is not None:
            # "the National Security Council" in a Seoul story: the article's first reacting state
            country = home
        elif dateline is not None and (last is None or last.country == launcher):
            # "ISLAMABAD: ... the Foreign Office summoned India's envoy" after India's own statement
            country = dateline
        elif last is not None:
            country = last.country
    if country is None:
        return None
    return Reactor(country, None, actor, row["role"] or None, start, end)


def sentence_reactors(text: str, ments: SentenceMentions, last: Reactor | None,
                      home: str | None = None, people: dict[str, Reactor] | None = None,
                      dateline: str | None = None, launcher: str | None = None) -> list[Reactor]:
    """Every candidate reactor in a sentence, in order (objects of prepositions/verbs excluded); ``people`` maps
    the name words of persons named earlier in the article to them ("Harris said" after "Vice President Kamala
    Harris")."""
    out: list[Reactor] = []
    everything = sorted(ments.countries + ments.actors + ments.orgs, key=lambda m: m.start)
    for m in ments.actors:
        r = _resolve_actor(text, m, ments, last, home, dateline, launcher)
        cited = SOURCE_BEFORE.search(text[max(0, m.start - 30) : m.start])
        # "..., in Washington, the Pentagon said": a body that says something is its clause's subject
        speaks = REPORTING_AFTER.match(text[m.end : m.end + 14])
        # "the ministers, among them Germany's foreign minister, said": a member named in passing, not the speaker
        member = MEMBER_BEFORE.search(text[max(0, m.start - 40) : m.start])
        if r is not None and not member and (cited or speaks or not is_object_position(text, m, everything)):
            out.append(r)
    for m in ments.orgs:
        if RESOLUTION_AFTER.match(text[m.end :]) or is_object_position(text, m, everything):
            continue
        out.append(Reactor(None, m.key, None, None, m.start, m.end))
    actor_spans = [(r.start, r.end) for r in out]
    for m in ments.countries:
        # "South Korea's Joint Chiefs": the actor already carries the country
        if any(0 <= a - m.end <= 2 or (m.start < b and a < m.end) for a, b in actor_spans):
            continue
        if is_object_position(text, m, everything) or is_non_agent(text, m):
            continue
        out.append(Reactor(m.key, None, None, None, m.start, m.end))
    if people:
        taken = [(m.start, m.end) for m in everything] + [(r.start, r.end) for r in out]
        for w in NAME_WORD.finditer(text):
            known = people.get(w.group(0))
            # "Harris said": a person the article introduced with a title; not "Kim Jong Un" (a longer name)
            here = Mention("actor", "", w.start(), w.end(), "")
            if (known is None or any(a < w.end() and w.start() < b for a, b in taken)
                    or NAME_WORD.match(text, w.end() + 1) or is_object_position(text, here, everything)):
                continue
            out.append(Reactor(known.country, known.org, known.actor, known.role, w.start(), w.end()))
    named_before = sorted((r for r in out if r.actor or r.org), key=lambda r: r.start)
    for am in ANAPHOR.finditer(text):
        # "Japan's Chief Cabinet Secretary says the government is analysing": a body named earlier in the same
        # sentence, else the previous sentence's
        prior = [r for r in named_before if r.end <= am.start()]
        ref = prior[-1] if prior and not am.group(0).lower().startswith(("it ", "he ", "she ")) else last
        if ref is not None:
            out.append(Reactor(ref.country, ref.org, ref.actor, ref.role, am.start(), am.end()))
    return sorted(out, key=lambda r: r.start)


VIOLATION = icase(r"violat|in\s+violation|breach|flagrant|brazen")


def _launcher_speaks(text: str, r: Reactor, cue_start: int, launcher: str | None, rtype: str) -> bool:
    """The launcher right before a cue is its subject ("North Korea strongly condemned"); for a call for
    restraint it is the addressee instead ("said North Korea must comply")."""
    if r.country != launcher or r.org is not None or rtype == "call_for_restraint":
        return False
    if VIOLATION.match(text, cue_start):
        return False  # "saying Pyongyang had violated every resolution": the launcher is the accused
    if rtype == "threat_assessment" and not text[r.end : cue_start].strip():
        return False  # "the North Korean threat had become global": an adjective of the threat, not its speaker
    gap = text[r.end : cue_start]
    return "," not in gap and len(gap.split()) <= 1


def _nearest_group(text: str, before: list[Reactor]) -> list[Reactor]:
    """The reactor closest before a cue, with those listed with it ("South Korean and U.S. authorities"):
    in "..., which North Korea condemns" the condemner is the nearest actor, not every state named earlier."""
    if not before:
        return []
    group = [before[-1]]
    head = group[-1].start  # where the listed item begins, its state's possessive included
    for r in reversed(before[:-1]):
        gap = text[r.end : head]
        if r.actor is None and r.org is None and r.country == group[-1].country and TITLE_GAP.match(gap):
            head = r.start  # "South Korea's Foreign Minister Park Jin": the possessive of the listed person
            continue
        if not LIST_GAP.match(gap + " ") and gap.strip() not in ("", ",", "and", "or"):
            break
        group.append(r)
        head = r.start
    return group


# the title between a state's possessive and its official's name ("Japan's Foreign Minister Yoshimasa Hayashi")
TITLE_GAP = re.compile(r"^\s+(?:[A-Z][\w.-]*\s+){1,4}$")


def _clause_end(text: str, pos: int) -> int:
    m = re.compile(r"[,;.]").search(text, pos)
    return m.start() if m else len(text)


def _says(text: str, r: Reactor) -> int | None:
    """End of "said" right after a reactor ("The JCS said", "It said"), else None."""
    m = REPORTING_AFTER.match(text[r.start :])
    return r.start + m.end() if m and m.end() <= (r.end - r.start) + 12 else None


def _reported_by(text: str, r: Reactor, speaker: Reactor) -> bool:
    """A bare state inside the clause a named body reports ("The JCS said South Korea and Japan ...");
    not one of a new clause (", and authorities of ...") or an office named by a preposition."""
    if r.actor is not None or r.org is not None or r.start <= speaker.end:
        return False
    said_end = _says(text, speaker) or speaker.end
    between = text[said_end : r.start]
    if r.start < said_end or between.lstrip().startswith(","):
        return False
    return not re.search(r",\s*(?:and|but|while)\b|;", between) and not OFFICE_PREP.search(text[: r.start])


CALL_CUE = icase(r"\b(?:(?:phone|telephone)\s+(?:talks|call|conversation)|by\s+(?:tele)?phone)")
# "spoke with U.S. President", "held phone talks with his Japanese counterpart": the other side of the call
PARTNER_BEFORE = re.compile(r"\b(?:with|to)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$")


CueHits = dict[str, list[re.Match[str]]]


def cue_hits(text: str) -> CueHits:
    """The reaction cues of a sentence, by reaction type (in the lexicon's order); empty lists where none."""
    return find_each(reaction_res(), text)


def has_cue(text: str) -> bool:
    """A reaction cue of any type in the sentence (the scan stops at the first type that has one)."""
    return any_match(reaction_res().values(), text)


def find_reactions(
    text: str, ments: SentenceMentions, last: Reactor | None, launcher: str | None, is_launch_sentence: bool,
    home: str | None = None, people: dict[str, Reactor] | None = None,
    dateline: str | None = None,
) -> tuple[list[tuple[Reactor, str]], Reactor | None]:
    """(reactor, reaction_type) pairs in one sentence, and the reactor to carry into the next sentence.

    ``people`` (name word -> person) is read, and extended with the titled persons this sentence introduces.
    ``dateline``: the state of the city the story was filed from, if it is not the launcher."""
    reactors = sentence_reactors(text, ments, last, home, people, dateline, launcher)
    if people is not None:
        for r in reactors:
            if r.actor and r.role and r.actor != r.role and r.country != launcher and PERSON_NAME.fullmatch(r.actor):
                for word in r.actor.split():
                    people.setdefault(word, r)
    # the sentence's first named body is its subject in news prose: pronouns in the next sentence refer to it
    new_last = next((r for r in reactors if r.actor or r.org), reactors[0] if reactors else last)
    # nobody but the launcher (whose statements are not reactions) can react here: skip the cue scan
    if all(r.country == launcher and r.org is None for r in reactors) or lex_re("historical_cues").search(text):
        return [], new_last
    found: list[tuple[Reactor, str]] = []
    breaks = [0] + [m.end() for m in CLAUSE_BREAK.finditer(text)]
    cues = cue_hits(text)  # (after the return above: most sentences name no one but the launcher)
    any_cue = any(cues.values())
    # "urged Pyongyang to refrain from destabilizing actions": words inside a call for restraint are its object
    restraint = [(c.start(), _clause_end(text, c.end())) for c in cues["call_for_restraint"]]
    for rtype, hits in cues.items():
        for cue in hits:
            if rtype != "call_for_restraint" and any(a < cue.start() and cue.end() <= b for a, b in restraint):
                continue
            if rtype in ("military_readiness", "monitoring_analysis") and NEGATED_BEFORE.search(
                    text[max(0, cue.start() - 30) : cue.start()]):
                continue  # "failed to intercept"
            clause_start = max(b for b in breaks if b <= cue.start())
            # (a body may run into its cue: "The Security Council met", cue "Council met")
            in_clause = [r for r in reactors if clause_start <= r.start < cue.start()]
            if in_clause and _launcher_speaks(text, in_clause[-1], cue.start(), launcher, rtype):
                continue  # "..., which North Korea condemns": the launcher's own words
            before = _nearest_group(text, [r for r in in_clause if not (r.country == launcher and r.org is None)])
            chosen = before
            if not before:
                # '"... closely cooperating with the U.S.," it said': the quoted words are the speaker's
                chosen = [r for r in reactors if r.start >= cue.end() and (
                    REPORTING_AFTER.match(text[r.end :]) or SAID_ANAPHOR.fullmatch(text[r.start : r.end]))]
            for r in chosen:
                found.append((r, rtype))
    if is_launch_sentence:
        # a body cited for the facts of a launch reports detection; if it said something typed
        # ("a violation", "a threat"), that statement is its reaction instead
        typed = {(r.country, r.org) for r, _ in found}
        for r in reactors:
            if (r.country, r.org) in typed:
                continue
            before = text[max(0, r.start - 30) : r.start]
            # "according to X", "citing X", or a trailing ", X said": X is the source of the detection
            reports = REPORTING_AFTER.match(text[r.end :])
            cited = SOURCE_BEFORE.search(before) or (TAIL_BEFORE.search(before) and reports)
            if cited and (r.actor or r.org):
                found.append((r, "monitoring_analysis"))
            elif (r.actor and r is reactors[0] and reports
                  and not POSSESSOR_LEAD.sub("", text[: r.start]).strip(" \"'‘“")):
                # "South Korea's Joint Chiefs of Staff said the missile flew ...": the subject reports the facts
                found.append((r, "monitoring_analysis"))
            elif (r.actor is None and r.org is None and reports and TAIL_LIST_BEFORE.search(before)
                  and text[: r.start].rstrip().endswith((",", "and"))):
                # "..., South Korea and Japan said": states cited for the facts of the launch
                found.append((r, "monitoring_analysis"))
    # "Abe spoke with U.S. President Donald Trump by phone": a call has two sides, the one spoken with reacts too
    if any_cue and CALL_CUE.search(text):
        subjects = {(r.country, r.org) for r, t in found if t == "allied_coordination"}
        for m in sorted(ments.actors + ments.countries, key=lambda m: m.start):
            if not PARTNER_BEFORE.search(text, max(0, m.start - 50), m.start):
                continue
            r = _resolve_actor(text, m, ments, last, home, dateline, launcher) if m.kind == "actor" \
                else Reactor(m.key, None, None, None, m.start, m.end)
            if subjects and r is not None and (r.country, r.org) not in subjects:
                found.append((r, "allied_coordination"))
                break
    # "The Security Council scheduled an emergency meeting at Israel's request": the requester asked for it
    if cues["emergency_meeting"]:
        for c in ments.countries:
            if (AT_REQUEST_BEFORE.search(text[max(0, c.start - 12) : c.start]) and REQUEST_AFTER.match(text[c.end :])) \
                    or REQUEST_OF_BEFORE.search(text[max(0, c.start - 100) : c.start]):
                found.append((Reactor(c.key, None, None, None, c.start, c.end), "emergency_meeting"))
    # "The JCS said South Korea, the United States and Japan shared data": states inside the reported clause
    # are what the speaker says, so the speaker is the reactor
    speaker = next((r for r in reactors if (r.actor or r.org) and _says(text, r) is not None), None)
    if speaker is not None:
        found = [(speaker if _reported_by(text, r, speaker) else r, t) for r, t in found]
    # a bare state ("South Korea remains prepared") speaks through the body the sentence names for it
    named = {}
    for r in reactors:
        if r.actor and r.country and r.country not in named:
            named[r.country] = r
    found = [(named.get(r.country, r) if r.actor is None and r.org is None else r, t) for r, t in found]
    out = []
    seen = set()
    for r, rtype in found:
        if r.country is not None and r.country == launcher:
            continue  # the launcher's own statements are not reactions
        key = (r.country, r.org, r.actor, rtype)
        if key in seen:
            continue
        seen.add(key)
        out.append((r, rtype))
    return out, new_last
