"""Extraction throughput against the floor of a bare spaCy blank("en") + sentencizer pass.

    .venv/bin/python bench/bench_extract.py [--articles 2000] [--repeats 5] [--seed 7]

Builds a synthetic corpus (our own sentence templates recombined; no shared/ data), then in the same
run measures, several times each, (a) the floor: ``nlp.pipe`` of a blank English pipeline with a
sentencizer over the texts, (b) ``extract_events`` on every article, and (c) ``extract_many`` (one
process). Prints medians in articles/s and the ratio extraction time / floor time.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import spacy

from pipelines.extract import extract_events, extract_many

LAUNCHERS = ["North Korea", "Iran", "Russia", "China", "Yemen's Houthis", "Pakistan"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OPENERS = [
    "{L} fired {n} {cls} missiles toward the sea on {wd}, officials said.",
    "{L} launched what appeared to be {n} {cls} missiles early {wd}, according to regional militaries.",
    "{L} test-fired a {sys} from {site} on {wd} morning, state media reported.",
    "Officials said {L} conducted a launch of {n} {cls} missiles on {wd}.",
]
DETAILS = [
    "The missiles flew about {km} kilometers ({mi} miles) before falling into the water.",
    "It reached an altitude of roughly {alt} km, the defense ministry added.",
    "The launch took place at around {h}:{mm} a.m. local time from an area near {site}.",
    "Military officers said they were analyzing the flight data with their allies.",
    "The projectiles travelled between {km} and {km2} km, one official said.",
]
REACTIONS = [
    "Japan's government lodged a strong protest and called the launch a serious threat to regional peace.",
    "South Korea's Joint Chiefs of Staff said it remained prepared to counter any provocations.",
    "The UN Security Council scheduled an emergency meeting for later in the week.",
    "Washington urged the government to halt further tests and return to talks.",
    "NATO condemned the launch as a clear violation of international law.",
]
FILLER = [
    "Analysts said the test was likely meant to signal resolve ahead of a political meeting.",
    "The region has seen rising tensions over the past year, with several rounds of talks stalled.",
    "Economic pressure has grown as trade with neighbours slowed sharply, according to estimates.",
    "Experts believe the program has advanced faster than expected despite years of restrictions.",
    "The announcement came as leaders prepared for a summit on security cooperation in the capital.",
    "Observers noted that previous statements had promised a measured response to outside pressure.",
    "Officials declined to say whether further activity was expected in coming days.",
    "Satellite images published by researchers showed construction at several facilities.",
]
SYSTEMS = ["Hwasong-18", "KN-23", "Fateh-110", "Sarmat", "DF-41", "Burkan-3", "Ghauri"]
SITES = ["Wonsan", "Sinpo", "the capital region", "Sunan", "Semnan", "Plesetsk"]
NUMS = ["two", "three", "several", "multiple", "a barrage of", "at least four"]
CLASSES = ["ballistic", "short-range ballistic", "cruise", "unidentified"]


def build_corpus(n: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        fill = {
            "L": rng.choice(LAUNCHERS), "n": rng.choice(NUMS), "cls": rng.choice(CLASSES),
            "wd": rng.choice(WEEKDAYS), "sys": rng.choice(SYSTEMS), "site": rng.choice(SITES),
            "km": rng.randint(80, 900), "km2": rng.randint(900, 1500), "mi": rng.randint(50, 560),
            "alt": rng.randint(20, 2000), "h": rng.randint(5, 11), "mm": f"{rng.randint(0, 59):02d}",
        }
        sents = [rng.choice(OPENERS)]
        sents += rng.sample(DETAILS, 2) + rng.sample(REACTIONS, 2) + rng.sample(FILLER, 5)
        body = " ".join(s.format(**fill) for s in sents)
        while len(body.split()) < 190:
            body += " " + rng.choice(FILLER)
        out.append({"id": f"bench-{i}", "text": body, "published_at": "2024-03-10", "title": None})
    return out


def _time(fn) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    corpus = build_corpus(args.articles, args.seed)
    texts = [a["text"] for a in corpus]
    words = statistics.mean(len(t.split()) for t in texts)
    floor_nlp = spacy.blank("en")
    floor_nlp.add_pipe("sentencizer")

    def floor() -> None:
        for doc in floor_nlp.pipe(texts, batch_size=64):
            list(doc.sents)

    def extract() -> None:
        for a in corpus:
            extract_events(a["text"], article_id=a["id"], published_at=a["published_at"])

    def many() -> None:
        list(extract_many(corpus))

    extract()  # warm caches (gazetteer compile, lexicon) outside the timed runs
    floors, extracts, manys = [], [], []
    for _ in range(args.repeats):
        floors.append(_time(floor))
        extracts.append(_time(extract))
        manys.append(_time(many))
    n = len(corpus)
    f, e, m = statistics.median(floors), statistics.median(extracts), statistics.median(manys)
    print(f"corpus: {n} synthetic articles, mean {words:.0f} words; {args.repeats} repetitions (medians)")
    print(f"floor  spacy.blank('en')+sentencizer : {n / f:8.0f} articles/s ({f:.2f} s)")
    print(f"extract_events (one at a time)       : {n / e:8.0f} articles/s ({e:.2f} s)  ratio {e / f:.2f}x floor")
    print(f"extract_many (workers=1, nlp.pipe)   : {n / m:8.0f} articles/s ({m:.2f} s)  ratio {m / f:.2f}x floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
