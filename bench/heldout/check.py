#!/usr/bin/env python3
"""Sanity checks for the held-out set: parsing, ids, schema, word counts, weekdays vs dates.

    python3 bench/heldout/check.py
"""
import datetime as dt
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).parent
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LAUNCH_KEYS = {"launch_country", "launch_date", "launch_time_local", "missile_count_min", "missile_class",
               "range_class", "missile_name", "launch_site", "distance_km", "apogee_km", "is_background"}
REACTION_KEYS = {"reactor_country", "reactor_org", "reactor_actor", "reaction_type"}
CLASSES = {"ballistic", "cruise", "hypersonic", "space_launch", "unknown"}
RANGES = {None, "SRBM", "MRBM", "IRBM", "ICBM", "SLBM"}
TYPES = {"condemnation", "threat_assessment", "monitoring_analysis", "emergency_meeting", "allied_coordination",
         "call_for_restraint", "military_readiness", "sanctions_or_legal", "diplomatic_engagement"}
MONTH_NAMES = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
MONTHS.update({"January": 1, "February": 2, "August": 8, "September": 9, "October": 10, "November": 11,
               "December": 12, "Sep": 9, "Mar": 3, "Apr": 4})


def read(name):
    rows = []
    for _i, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            rows.append(json.loads(line))  # raises on a bad line
    return rows


def main():
    arts, gold = read("articles.jsonl"), read("gold.jsonl")
    errors = []
    ids = [a["id"] for a in arts]
    gids = [g["article_id"] for g in gold]
    if len(set(ids)) != len(ids):
        errors.append("duplicate article ids")
    if ids != gids:
        errors.append("article ids and gold ids differ")
    by_id = {g["article_id"]: g for g in gold}
    for a in arts:
        aid = a["id"]
        if set(a) != {"id", "url", "source", "title", "published_at", "text", "language"} or a["language"] != "en":
            errors.append(f"{aid}: article fields")
        n = len(a["text"].split())
        print(f"{aid}: {n} words")
        if not 120 <= n <= 350:
            errors.append(f"{aid}: {n} words")
        pub = dt.date.fromisoformat(a["published_at"][:10])
        g = by_id[aid]
        if not g.get("notes"):
            errors.append(f"{aid}: no notes")
        keys = set()
        for x in g["launches"]:
            if set(x) != LAUNCH_KEYS:
                errors.append(f"{aid}: launch keys {sorted(set(x) ^ LAUNCH_KEYS)}")
            if x["missile_class"] not in CLASSES or x["range_class"] not in RANGES:
                errors.append(f"{aid}: enum")
            key = (x["launch_country"], x["launch_date"])
            if key in keys:
                errors.append(f"{aid}: duplicate launch key {key}")
            keys.add(key)
            d = dt.date.fromisoformat(x["launch_date"])
            wd = DAYS[d.weekday()]
            # a launch within a week of publication must be named by its weekday somewhere in the text,
            # unless the text dates it explicitly or by an offset
            explicit = re.search(rf"\b{d.strftime('%B')[:3]}\w*\.? {d.day}\b", a["text"])
            if abs((pub - d).days) <= 6 and not x["is_background"] and wd not in a["text"] and not explicit:
                errors.append(f"{aid}: main launch {d} is a {wd}, not named in text")
            print(f"{aid} pub {pub} {DAYS[pub.weekday()][:3]} | {x['launch_country']} {d} {wd[:3]}"
                  f"{' bg' if x['is_background'] else ''}")
        for r in g["reactions"]:
            if set(r) != REACTION_KEYS or r["reaction_type"] not in TYPES:
                errors.append(f"{aid}: reaction {r}")
            if not (r["reactor_country"] or r["reactor_org"]):
                errors.append(f"{aid}: reactor without country or org")
        # every 'Weekday' in the text must fall within the week before publication (or the day after,
        # for US-dated stories about an Asian morning); report them for review
        for wd in set(re.findall(r"\b({})\b".format("|".join(DAYS)), a["text"])):
            cands = [pub + dt.timedelta(k) for k in range(-6, 2) if DAYS[(pub + dt.timedelta(k)).weekday()] == wd]
            print(f"   {aid}: '{wd}' -> {', '.join(map(str, cands))}")
        # explicit 'Month day' dates in the text: print their weekday for review
        for m, day in re.findall(r"\b({})\.? (\d{{1,2}})\b".format("|".join(MONTHS)), a["text"]):
            year = pub.year if MONTHS[m] <= pub.month else pub.year - 1
            yr = re.search(rf"{m}\.? {day}, (\d{{4}})", a["text"])
            if yr:
                year = int(yr.group(1))
            d = dt.date(year, MONTHS[m], int(day))
            print(f"   {aid}: '{m} {day}' -> {d} {DAYS[d.weekday()]}")
    n_neg = sum(1 for g in gold if not g["launches"])
    print(f"{len(arts)} articles, {n_neg} without launches, "
          f"{sum(len(g['launches']) for g in gold)} launches, {sum(len(g['reactions']) for g in gold)} reactions")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
