"""Text in, events out (spec section 2). Pure functions: no DuckDB, no Dagster.

Pipeline per article: sentences (spaCy tokenizer, sentencizer rule) -> gazetteer mentions per sentence
(reference CSVs compiled to Aho-Corasick automata) -> launch clauses and reaction cues (lexicon.yaml) -> one launch per
(launcher, local day) with attributes merged from every sentence about it -> reaction rows tied to the
article's main launch. See docs/extraction.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from itertools import islice
from multiprocessing import Pool
from typing import Any

from pipelines.extract.dates import Anchor, day_heading, make_anchor
from pipelines.extract.gazetteer import anchors, gazetteer, lex_re
from pipelines.extract.launches import Launch, Scope, assemble, fill_attributes, find_scopes, is_bare_noun
from pipelines.extract.mentions import SentenceMentions, is_object_position, sentence_mentions
from pipelines.extract.reactions import Reactor, find_reactions, has_cue
from pipelines.extract.sentences import nlp, spans_from_doc

EXTRACTOR_VERSION: str = "0.8.44"

__all__ = ["EXTRACTOR_VERSION", "ExtractionError", "extract_events", "extract_many"]

# "has blocked new sanctions": a recap of earlier steps, not a new one
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+ed\b", re.IGNORECASE)
RESPONSE_FIRING = re.compile(
    r"\b(?:in\s+(?:response|retaliation)|retaliat\w*|drills?|(?:minutes|hours?)\s+after\s+the|show\s+(?:it|they)\s+could)\b",
    re.IGNORECASE)
# a headline's present-tense verb: "India tests Agni-5", "Pakistan flight-tests Shaheen-III"
HEADLINE_TESTS = re.compile(r"\s+(?:successfully\s+)?(?:[\w]+-)?tests\b", re.IGNORECASE)
LAUNCH_FIELDS = ("launch_time_local", "missile_count_min", "missile_count_text", "missile_class", "range_class",
                 "missile_name", "launch_site", "distance_km", "apogee_km")


# between two states of one subject, or after a headline's label
COORDINATED = re.compile(r"\s*(?:,|and|&)\s*(?:the\s+)?|\s*:.*", re.IGNORECASE | re.DOTALL)


def _default_launcher(title: str | None) -> str | None:
    """The launcher a headline names ("North Korea fires ..."), used when a sentence names none."""
    if not title:
        return None
    g = gazetteer()
    verbs = lex_re("launch_verbs")
    named = sorted(g.find("country", title) + g.find("actor", title), key=lambda m: m.start)
    for m in named:
        if is_object_position(title, m, []):
            continue  # "A missile over Japan, four fired in reply": the state flown over
        rest = title[m.end : m.end + 40]
        verb = verbs.search(rest)
        if verb and any(m.end <= o.start < m.end + verb.start() and not COORDINATED.fullmatch(title, m.end, o.start)
                        for o in named):
            # "U.S. confirms North Korea tested an ICBM", "Beijing urges restraint after North Korea tests ...": the
            # firing verb has a subject of its own (a coordinated one, "US and South Korea fire", starts here; a
            # label, "North Korea: US and South Korea fire missiles", names the story's launcher)
            continue
        if verb and is_bare_noun(title, m.end + verb.start(), verb.group(0)):
            verb = None  # "G7 leaders condemn North Korea's missile launches": a noun, no firing
        if verb or HEADLINE_TESTS.match(rest):
            if m.kind == "country":
                return m.key
            row = g.actors.get(m.key, {})
            if row.get("role") == "armed force":
                return row.get("country") or None
    return None


def _confidence(launch: Launch) -> float:
    c = 0.9
    if launch.background:
        c -= 0.15
    if launch.date is None:
        c -= 0.15
    if launch.attrs.get("missile_class") == "unknown":
        c -= 0.1
    if launch.hedged:
        c -= 0.05
    return round(max(c, 0.3), 2)


def _launch_dict(launch: Launch, text: str, article_id: str) -> dict[str, Any]:
    a, b = launch.evidence
    attrs = dict(launch.attrs)
    attrs.setdefault("missile_count_min", 1)
    attrs.setdefault("missile_class", "unknown")
    spans = dict(launch.spans)
    spans.setdefault("missile_count_min", (a, b))
    spans.setdefault("missile_class", (a, b))
    event: dict[str, Any] = {
        "article_id": article_id,
        "event_type": "missile_launch",
        "launch_country": launch.launcher,
        "launch_date": launch.date.isoformat() if launch.date else None,
    }
    for f in LAUNCH_FIELDS:
        event[f] = attrs.get(f)
    # the part of the day the words name, only when no clock time is given (the resolver uses the time then)
    event["launch_daypart"] = launch.daypart if event["launch_time_local"] is None else None
    event["is_background"] = launch.background
    event["confidence"] = _confidence(launch)
    event["evidence"] = text[a:b]
    event["char_start"], event["char_end"] = a, b
    evidence = {"launch_country": [a, b]}
    if launch.date:
        evidence["launch_date"] = [a, b]
    for f in LAUNCH_FIELDS:
        if event[f] is not None:
            evidence[f] = list(spans.get(f, (a, b)))
    if event["launch_daypart"] is not None and launch.daypart_span is not None:
        evidence["launch_daypart"] = list(launch.daypart_span)
    event["attribute_evidence"] = evidence
    return event


def extract_events(
    text: str,
    *,
    article_id: str,
    published_at: str,
    title: str | None = None,
    source: str | None = None,
) -> list[dict]:
    """Launch and reaction events of one article (spec section 2), offsets into ``text``."""
    return _extract(text, nlp()(text), article_id=article_id, published_at=published_at, title=title)


def _extract(text: str, doc: Any, *, article_id: str, published_at: str, title: str | None) -> list[dict]:
    g = gazetteer()
    spans = spans_from_doc(text, doc)
    # two automata of literal stems pick the sentences worth examining (a scan per sentence stops at its first
    # stem: cheaper than collecting every stem of the article)
    low = text.lower()
    launch_anchor, reaction_anchor = anchors("launch_anchors"), anchors("reaction_anchors")
    relevant = [(i, a, b) for i, (a, b) in enumerate(spans) if launch_anchor.found_in(low, a, b)]
    cue_idx = {i for i, (a, b) in enumerate(spans) if reaction_anchor.found_in(low, a, b)}
    ments: dict[int, SentenceMentions] = {}

    def mentions_of(i: int) -> SentenceMentions:
        if i not in ments:
            a, b = spans[i]
            ments[i] = sentence_mentions(text[a:b])
        return ments[i]

    # 1. launch clauses
    scopes: list[Scope] = []
    for i, a, b in relevant:
        sent = text[a:b]
        found = find_scopes(i, a, b, sent, mentions_of(i))
        scopes.extend(found)
    headline = _default_launcher(title)
    default = headline or next((s.launcher for s in scopes if s.launcher and s.verb), None)
    tz_cache: dict[str, Any] = {}

    def anchor_for(iso: str | None):  # type: ignore[no-untyped-def]
        key = iso or ""
        if key not in tz_cache:
            tz_cache[key] = make_anchor(published_at, g.country_tz.get(key) or None)
        return tz_cache[key]

    headed = _headed_days(text, spans, published_at) if scopes else {}
    for s in scopes:
        a, b = spans[s.sent]
        iso = s.launcher or default
        anchor = anchor_for(iso)
        if anchor is not None and (day := headed.get(s.sent)) is not None:
            # a live blog's entry under "Tuesday, January 16": its "this evening" and weekdays count from that day
            anchor = Anchor(day, True, anchor.site_utc_offset_h)
        fill_attributes(s, text[a:b], mentions_of(s.sent), anchor, g.country_tz.get(iso or "") or None)
    # a dated clause that names no launcher ("The launches began at 6:10 a.m. on Monday") in a story whose only
    # named launcher sits in a noun clause ("the motion condemning North Korea's missile launches")
    if default is None:
        named = next((x.launcher for x in scopes if x.launcher), None)
        for s in scopes:
            if s.launcher is None and s.date is not None:
                s.launcher = named
    launches = assemble(scopes, default, lambda iso: g.country_tz.get(iso) or None, headline is not None,
                        lambda: bool(lex_re("undisclosed_day_cues").search(text)))
    events = [_launch_dict(launch, text, article_id) for launch in launches]

    # 2. reactions, tied to the article's main launch
    main = next((lc for lc in launches if not lc.background), launches[0] if launches else None)
    launcher = main.launcher if main else default
    main_date: date | None = main.date if main else None
    launch_sents = {s.sent for s in scopes}
    # Two launchers with a launch of their own ("South Korea test-fired its first SLBM hours after North Korea
    # fired ..."): a reaction addresses the launcher the text last reported firing, not always the first.
    primary = {lc.launcher: lc for lc in reversed(launches) if not lc.background}
    # (a sentence's main clause decides: "hours after North Korea fired" does not move the target)
    firsts: dict[int, str] = {}
    for s in sorted(scopes, key=lambda s: (s.sent, s.start)):
        # (not a firing in answer to another: "minutes after the launch, South Korea's military fired two
        # missiles in a drill" leaves Seoul a reactor)
        if len(primary) > 1 and s.named and s.launcher in primary and s.offset_days is None \
                and not RESPONSE_FIRING.search(s.text):
            firsts.setdefault(s.sent, s.launcher)
    switch = sorted(firsts.items())
    last: Reactor | None = None
    home: str | None = None  # the first state that reacts in the article (Seoul in a Yonhap story)
    dateline = _dateline_state(text, g)  # "ISLAMABAD: ...": the state the story was filed from
    seen: set[tuple] = set()
    people: dict[str, Reactor] = {}  # persons introduced with a title, by name word ("Harris said")
    # a launch announced for a future window: what states say about it are reactions too
    planned = not launches and bool(lex_re("planned_launch_cues").search(text))
    for i in sorted(cue_idx | launch_sents):
        a, b = spans[i]
        sent = text[a:b]
        while switch and switch[0][0] <= i:
            launcher = switch.pop(0)[1]
            main_date = primary[launcher].date
        if i not in launch_sents and not has_cue(sent):
            continue  # no cue and no launch: nothing to find here (half the sentences the prefilter lets in)
        # (find_reactions scans every cue type only once a reactor other than the launcher turns up)
        pairs, last = find_reactions(sent, mentions_of(i), last, launcher, i in launch_sents, home, people,
                                     dateline=dateline if dateline != launcher else None)
        if home is None:
            home = next((r.country for r, _ in pairs if r.country and r.country != launcher), None)
        for r, rtype in pairs:
            addressed = planned or bool(lex_re("launch_nouns").search(sent))
            if not launches and not addressed and (rtype != "sanctions_or_legal" or _PERFECT.search(sent)):
                continue  # reactions need a launch (or launches they name), except new legal steps
            key = (i, r.country, r.org, r.actor, rtype)
            if key in seen:
                continue
            seen.add(key)
            events.append({
                "article_id": article_id,
                "event_type": "reaction",
                "reactor_country": r.country,
                "reactor_org": r.org,
                "reactor_actor": r.actor or (g.country_name.get(r.country or "") if r.country else None),
                "reactor_role": r.role,
                "reaction_type": rtype,
                "target_country": launcher,
                "launch_date": main_date.isoformat() if main_date and launches else None,
                "confidence": 0.75 if r.actor or r.org else 0.6,
                "evidence": sent,
                "char_start": a,
                "char_end": b,
            })
    return events


def _headed_days(text: str, spans: list[tuple[int, int]], published_at: str) -> dict[int, date]:
    """Sentence index -> the day of the live-blog day heading ("Tuesday, January 16") it stands under."""
    try:
        published = date.fromisoformat(published_at[:10])
    except ValueError:
        return {}
    out: dict[int, date] = {}
    day: date | None = None
    for i, (a, b) in enumerate(spans):
        heading = day_heading(text[a:b], published) if b - a <= 40 else None
        if heading is not None:
            day = heading
        elif day is not None:
            out[i] = day
    return out


# "ISLAMABAD:", "SEOUL, March 24 (Yonhap) --", "TOKYO (AP) -": the city an article was filed from
DATELINE = re.compile(r"\s*([A-Z][A-Z .'-]{2,30}?)\s*(?:,|:|\(|—|–|\s-)")


def _dateline_state(text: str, g: Any) -> str | None:
    """The state of the dateline's city, when the gazetteer knows the city as a whole."""
    m = DATELINE.match(text)
    if m is None:
        return None
    city = m.group(1).strip().title()
    found = g.find("country", city)
    return found[0].key if len(found) == 1 and found[0].end - found[0].start == len(city) else None


def _article_args(article: Mapping[str, Any]) -> tuple[str, str, str, str | None, str | None]:
    return (
        article.get("text") or "",
        str(article.get("article_id") or article.get("id") or ""),
        str(article.get("published_at") or ""),
        article.get("title"),
        article.get("source"),
    )


class ExtractionError(RuntimeError):
    """The extractor failed on one article (a bug to fix, with the article's text as the test case)."""


# (article_id, events, error): the error is set, and events empty, when the extractor raised.
ChunkResult = list[tuple[str, list[dict], str | None]]


def _extract_chunk(chunk: list[tuple[str, str, str, str | None, str | None]]) -> ChunkResult:
    """Each article's events, or the error it raised: one bad article must not take its chunk down."""
    texts = [c[0] for c in chunk]
    out: ChunkResult = []
    for (text, aid, pub, title, _source), doc in zip(chunk, nlp().pipe(texts, batch_size=64), strict=True):
        try:
            out.append((aid, _extract(text, doc, article_id=aid, published_at=pub, title=title), None))
        except Exception as exc:  # reported per article through on_error
            out.append((aid, [], f"{type(exc).__name__}: {exc}"))
    return out


def _chunks(it: Iterable[Mapping[str, Any]], size: int) -> Iterator[list[tuple]]:
    iterator = iter(it)
    while chunk := [_article_args(a) for a in islice(iterator, size)]:
        yield chunk


def extract_many(
    articles: Iterable[Mapping[str, Any]],
    workers: int = 1,
    on_error: Callable[[str, str], None] | None = None,
) -> Iterator[dict]:
    """Events of many articles in input order; a process pool over chunks when ``workers`` > 1.

    An article the extractor fails on yields no events and is passed to ``on_error(article_id, error)``;
    without ``on_error`` it raises ExtractionError, naming the article.
    """
    if workers <= 1:
        yield from _events(map(_extract_chunk, _chunks(articles, 64)), on_error)
        return
    with Pool(workers) as pool:
        yield from _events(pool.imap(_extract_chunk, _chunks(articles, 64)), on_error)


def _events(results: Iterable[ChunkResult], on_error: Callable[[str, str], None] | None) -> Iterator[dict]:
    for chunk in results:
        for article_id, events, error in chunk:
            if error is None:
                yield from events
            elif on_error is None:
                raise ExtractionError(f"{article_id}: {error}")
            else:
                on_error(article_id, error)
