#!/usr/bin/env python3
"""Format checks shared by the held-out sets (`bench/heldout*/`): each set's `check.py` calls `main` with its
own limits.

Checks: both files parse; ids are unique, carry the set's prefix and are identical across files; article fields
and word counts; optionally `published_at` with a UTC offset and `url` null; every gold launch and reaction
carries every field with a valid enum value (a string or number attribute may be a non-empty list of acceptable
values); no launch dated after the publication day (+1 for US-dated stories); no duplicate reaction row; every
"YYYY-MM-DD (Weekday)" written in the notes names the right weekday; enough negatives. Exits 1 when a problem is
found. Standard library only.
"""

import datetime as dt
import json
import re
from pathlib import Path

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
    for attr in ("distance_km", "apogee_km"):
        for v in values(x[attr]):
            if v is not None and not (isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0):
                problems.append(f"{aid}: {attr} {v!r}")
    if not isinstance(x["is_background"], bool):
        problems.append(f"{aid}: is_background {x['is_background']!r}")


def main(folder: Path, *, prefix: str, words: tuple[int, int] = (60, 600), zoned: bool = False,
         min_negatives: int = 4) -> int:
    """Check ``folder``'s articles.jsonl and gold.jsonl; print the problems and a summary; 1 if any problem."""
    articles = read_jsonl(folder / "articles.jsonl")
    gold = read_jsonl(folder / "gold.jsonl")
    problems = []
    ids = [a.get("id") for a in articles]
    gids = [g.get("article_id") for g in gold]
    if len(set(ids)) != len(ids) or len(set(gids)) != len(gids):
        problems.append("duplicate ids")
    if set(ids) != set(gids):
        problems.append(f"id mismatch: {sorted(set(ids) ^ set(gids))}")
    for a in articles:
        aid = a.get("id")
        if set(a) != ARTICLE_FIELDS or not str(aid).startswith(prefix) or a["language"] != "en":
            problems.append(f"{aid}: article fields/id/language")
        stamp = dt.datetime.fromisoformat(a["published_at"])
        if zoned and stamp.utcoffset() is None:
            problems.append(f"{aid}: published_at without a UTC offset")
        if zoned and a["url"] is not None:
            problems.append(f"{aid}: url should be null")
        n_words = len(a["text"].split())
        if not words[0] <= n_words <= words[1]:
            problems.append(f"{aid}: {n_words} words")
    published = {a["id"]: dt.datetime.fromisoformat(a["published_at"]).date() for a in articles}
    for g in gold:
        aid = g["article_id"]
        for x in g["launches"]:
            check_launch(aid, x, problems)
            day = x.get("launch_date")
            if day and aid in published and dt.date.fromisoformat(day) > published[aid] + dt.timedelta(days=1):
                problems.append(f"{aid}: launch_date {day} after publication")
        rows = [json.dumps(r, sort_keys=True) for r in g["reactions"]]
        if len(rows) != len(set(rows)):
            problems.append(f"{aid}: duplicate reaction rows")
        for r in g["reactions"]:
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
    if negatives < min_negatives:
        problems.append(f"only {negatives} negatives")
    for p in problems:
        print("problem:", p)
    n_weekdays = sum(len(WEEKDAY_RE.findall(g.get("notes", ""))) for g in gold)
    print(
        f"{len(articles)} articles, {len(gold)} gold rows, {negatives} negatives, "
        f"{sum(len(g['launches']) for g in gold)} launches, {sum(len(g['reactions']) for g in gold)} reactions, "
        f"{n_weekdays} weekday claims checked"
    )
    return 1 if problems else 0
