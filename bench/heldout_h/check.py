#!/usr/bin/env python3
"""Sanity checks for the held-out set H (run from the repo root or anywhere).

    python3 bench/heldout_h/check.py

Checks: both files parse; ids are unique, prefixed `heldouth-`, numbered 001-022 and identical
across files; article fields, `url` null and word counts (80-550); every gold launch and reaction
carries every field with a valid enum value (a string or number attribute may be a non-empty list of
acceptable values; a list of numbers may not hold null, which the scorer cannot compare); every
"YYYY-MM-DD (Weekday)" written in the notes names the right weekday; at least four negatives and 18
articles with a launch; no reaction listed twice for one (reactor, reaction_type).
Exits 1 on the first list of problems. Standard library only.
"""

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLE_FIELDS = {"id", "url", "source", "title", "published_at", "text", "language"}
LAUNCH_FIELDS = {
    "launch_country",
    "launch_date",
    "launch_time_local",
    "missile_count_min",
    "missile_class",
    "range_class",
    "missile_name",
    "launch_site",
    "distance_km",
    "apogee_km",
    "is_background",
}
REACTION_FIELDS = {"reactor_country", "reactor_org", "reactor_actor", "reaction_type"}
CLASSES = {"ballistic", "cruise", "hypersonic", "space_launch", "unknown"}
RANGES = {None, "SRBM", "MRBM", "IRBM", "ICBM", "SLBM"}
TYPES = {
    "condemnation",
    "threat_assessment",
    "monitoring_analysis",
    "emergency_meeting",
    "allied_coordination",
    "call_for_restraint",
    "military_readiness",
    "sanctions_or_legal",
    "diplomatic_engagement",
}
WEEKDAY_RE = re.compile(r"(\d{4}-\d{2}-\d{2}) \((Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\)")


def read_jsonl(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def values(v):
    """A gold attribute may list every acceptable value."""
    return v if isinstance(v, list) else [v]


def check_launch(aid, x, problems):
    if set(x) != LAUNCH_FIELDS:
        problems.append(f"{aid}: launch fields {sorted(set(x) ^ LAUNCH_FIELDS)}")
        return
    for attr in LAUNCH_FIELDS - {"launch_country", "launch_date", "is_background"}:
        if isinstance(x[attr], list) and not x[attr]:
            problems.append(f"{aid}: empty list for {attr}")
    if not re.fullmatch(r"[A-Z]{3}", x["launch_country"]):
        problems.append(f"{aid}: launch_country {x['launch_country']!r}")
    if x["launch_date"] is not None:
        dt.date.fromisoformat(x["launch_date"])
    for t in values(x["launch_time_local"]):
        if t is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", t):
            problems.append(f"{aid}: launch_time_local {t!r}")
    for n in values(x["missile_count_min"]):
        if not (isinstance(n, int) and not isinstance(n, bool) and n >= 1):
            problems.append(f"{aid}: missile_count_min {n!r}")
    for c in values(x["missile_class"]):
        if c not in CLASSES:
            problems.append(f"{aid}: missile_class {c!r}")
    for r in values(x["range_class"]):
        if r not in RANGES:
            problems.append(f"{aid}: range_class {r!r}")
    for attr in ("missile_name", "launch_site"):
        for s in values(x[attr]):
            if s is not None and not (isinstance(s, str) and s.strip()):
                problems.append(f"{aid}: {attr} {s!r}")
    for attr in ("distance_km", "apogee_km", "missile_count_min"):
        if isinstance(x[attr], list) and None in x[attr]:
            problems.append(f"{aid}: null inside the list for {attr}")
    for attr in ("distance_km", "apogee_km"):
        for v in values(x[attr]):
            if v is not None and not (isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0):
                problems.append(f"{aid}: {attr} {v!r}")
    if not isinstance(x["is_background"], bool):
        problems.append(f"{aid}: is_background {x['is_background']!r}")


def main():
    articles = read_jsonl(HERE / "articles.jsonl")
    gold = read_jsonl(HERE / "gold.jsonl")
    problems = []
    ids = [a.get("id") for a in articles]
    gids = [g.get("article_id") for g in gold]
    if len(set(ids)) != len(ids) or len(set(gids)) != len(gids):
        problems.append("duplicate ids")
    if sorted(ids) != [f"heldouth-{i:03d}" for i in range(1, 23)]:
        problems.append("ids are not heldouth-001 ... heldouth-022")
    if set(ids) != set(gids):
        problems.append(f"id mismatch: {sorted(set(ids) ^ set(gids))}")
    for a in articles:
        aid = a.get("id")
        if set(a) != ARTICLE_FIELDS or not str(aid).startswith("heldouth-") or a["language"] != "en":
            problems.append(f"{aid}: article fields/id/language")
        if a.get("url") is not None or not (a.get("source") and a.get("title")):
            problems.append(f"{aid}: url must be null, source and title set")
        dt.datetime.fromisoformat(a["published_at"])
        words = len(a["text"].split())
        if not 80 <= words <= 550:
            problems.append(f"{aid}: {words} words")
    for g in gold:
        aid = g["article_id"]
        for x in g["launches"]:
            check_launch(aid, x, problems)
        seen = set()
        for r in g["reactions"]:
            key = (r.get("reactor_country"), r.get("reactor_org"), r.get("reaction_type"))
            if key in seen:
                problems.append(f"{aid}: reaction listed twice {key}")
            seen.add(key)
            if set(r) != REACTION_FIELDS or r["reaction_type"] not in TYPES:
                problems.append(f"{aid}: reaction {r}")
            if not (r["reactor_country"] or r["reactor_org"]):
                problems.append(f"{aid}: reaction without reactor")
        if not g.get("notes"):
            problems.append(f"{aid}: no notes")
        for day, name in WEEKDAY_RE.findall(g.get("notes", "")):
            if dt.date.fromisoformat(day).strftime("%A") != name:
                problems.append(f"{aid}: {day} is not a {name}")
    negatives = sum(1 for g in gold if not g["launches"])
    if negatives < 4:
        problems.append(f"only {negatives} negatives")
    if len(gold) - negatives < 18:
        problems.append(f"only {len(gold) - negatives} articles with a launch")
    for p in problems:
        print("problem:", p)
    n_weekdays = sum(len(WEEKDAY_RE.findall(g.get("notes", ""))) for g in gold)
    print(
        f"{len(articles)} articles, {len(gold)} gold rows, {negatives} negatives, "
        f"{sum(len(g['launches']) for g in gold)} launches, {sum(len(g['reactions']) for g in gold)} reactions, "
        f"{n_weekdays} weekday claims checked"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
