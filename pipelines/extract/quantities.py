"""Counts, distances and altitudes in one clause of text."""

from __future__ import annotations

import re
from functools import cache

from pipelines.extract.dates import MONTH_ALT
from pipelines.extract.gazetteer import icase, lexicon

MI_KM = 1.609344
NMI_KM = 1.852

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_UNIT = r"(?:km|kilomet(?:er|re)s?|nautical\s+miles?|nmi|miles?|mi)\b"
QUANTITY = icase(
    rf"(?:\b({_NUM})\s*(?:-|–|to|and)\s*)?\b({_NUM})\s*(?:-\s*)?({_UNIT})")
# Nearest cue before a number decides what it measures.
APOGEE_CUE = icase(r"altitude|apogee|peak\w*|height|heights|high\b")
DISTANCE_CUE = icase(
    r"\bfl(?:ew|own|ying|ight)\b|travel+ed|travel+ing|covered|distance|went|range\s+of\s+(?:about|around|some)?")
# A number followed by these is a position, not a flight ("1,200 km from Iran's borders", "off the coast").
POSITION_AFTER = icase(r"^\s*(?:\)\s*)?(?:from|off|away|east\s+of|west\s+of|north\s+of|south\s+of|short\s+of)\b")
DESIGN_CUE = icase(
    r"\b(?:typically|can\s+fly|could\s+fly|capable|designed|able\s+to|maximum\s+range|with\s+a\s+range|range\s+of\s+up\s+to"
    r"|can\s+reach|could\s+reach|can\s+travel|could\s+travel|can\s+hit|could\s+hit|can\s+carry"
    r"|ha(?:s|ve)\s+a\s+(?:\w+\s+)?range)\b")


def _num(text: str) -> float:
    return float(text.replace(",", ""))


def _to_km(value: float, unit: str) -> float:
    u = unit.lower()
    if u.startswith("naut") or u == "nmi":
        return value * NMI_KM
    if u.startswith("mi"):
        return value * MI_KM
    return value


def find_distances(text: str) -> tuple[float | None, float | None]:
    """(distance_km, apogee_km) reported in a clause; km wins over miles, the largest of a spread."""
    if DESIGN_CUE.search(text):
        return None, None
    found: dict[str, dict[bool, list[float]]] = {"distance": {True: [], False: []}, "apogee": {True: [], False: []}}
    for m in QUANTITY.finditer(text):
        if POSITION_AFTER.match(text[m.end() :]):
            continue
        window = text[max(0, m.start() - 60) : m.start()]
        apo = [c.end() for c in APOGEE_CUE.finditer(window)]
        dist = [c.end() for c in DISTANCE_CUE.finditer(window)]
        role = None
        if apo or dist:
            role = "apogee" if (max(apo) if apo else -1) > (max(dist) if dist else -1) else "distance"
        if role is None:
            continue
        is_km = not m.group(3).lower().startswith(("mi", "naut", "nmi"))
        values = [_num(m.group(2))] + ([_num(m.group(1))] if m.group(1) else [])
        found[role][is_km].extend(_to_km(v, m.group(3)) for v in values)
    out: list[float | None] = []
    for role in ("distance", "apogee"):
        vals = found[role][True] or found[role][False]
        out.append(round(max(vals), 1) if vals else None)
    return out[0], out[1]


@cache
def _count_re() -> tuple[re.Pattern[str], dict[str, int]]:
    words: dict[str, int] = {k.lower(): int(v) for k, v in lexicon()["count_words"].items()}
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    nouns = lexicon()["missile_nouns"]
    nouns = " ".join(nouns.split()).replace("| ", "|").replace(" |", "|")
    pat = icase(
        rf"(?<![\w.,-])(?:at\s+least\s+|as\s+many\s+as\s+|up\s+to\s+|another\s+)?(\d+|{alt})\s+"
        rf"((?:(?!of\b|and\b|or\b|with\b|from\b|to\b|into\b|that\b|a\b|an\b|the\b|[-–—]+\s)[\w'’\"-]+\s+){{0,5}}?)"
        rf"((?:missile\s+|rocket\s+)?(?:launch(?:es)?|{nouns})|rounds)\b")
    return pat, words


PLURAL_MISSILE = re.compile(r"\b(?:missiles|projectiles|rockets|ICBMs|SLBMs|IRBMs|MRBMs|SRBMs)\b")
ONE_OF = icase(r"\bone\s+of\b")
MONTH_BEFORE = icase(rf"\b(?:{MONTH_ALT})[a-z]*\.?,?\s+$")


def find_count(text: str) -> tuple[int, str] | None:
    """Largest stated count bound to a missile noun ("at least two", "a barrage of"); None if unstated."""
    pat, words = _count_re()
    best: tuple[int, str] | None = None
    for m in pat.finditer(text):
        if ONE_OF.match(text, m.start()) or MONTH_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # "one of", and the day of a date ("Jan. 14 Kyodo - A missile")
        token = " ".join(m.group(1).lower().split())
        n = int(token) if token.isdigit() else words.get(token)
        if n is None or n < 1 or n > 1000:
            continue
        noun = m.group(3).lower()
        # "a missile launch" is one event; a plural noun after "a/an" is a vague plural, not one
        if token in ("a", "an") and noun.endswith("s") and not noun.endswith("ss"):
            continue
        if best is None or n > best[0]:
            best = (n, text[m.start() : m.end()])  # original case (the match runs on lowercased text)
    return best


def plural_missiles(text: str) -> str | None:
    m = PLURAL_MISSILE.search(text)
    return m.group(0) if m else None
