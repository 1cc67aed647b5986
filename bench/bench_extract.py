"""Extraction throughput against the floor of a bare spaCy blank("en") + sentencizer pass.

    .venv/bin/python bench/bench_extract.py [--articles 2000] [--repeats 5] [--seed 7]

Builds a synthetic corpus (our own sentence templates recombined with generated names, numbers, dates and
Zipf-distributed filler words, ~150-260 words per article, sentence order varied; no shared/ data), then in the same
run measures, several times each, (a) the floor: ``nlp.pipe`` of a blank English pipeline with a
sentencizer over the texts, (b) ``extract_events`` on every article, and (c) ``extract_many`` (one
process). Prints medians in articles/s and the ratio extraction time / floor time.
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import spacy

from pipelines.extract import extract_events, extract_many


def _words(block: str) -> list[str]:
    return block.split()


LAUNCHERS = ["North Korea", "Iran", "Russia", "China", "Yemen's Houthis", "Pakistan", "India", "the North",
             "Pyongyang", "Tehran", "Moscow", "Iran's Revolutionary Guards"]
REPORTERS = ["Japan", "South Korea", "the United States", "Israel", "Saudi Arabia", "Germany", "Australia",
             "Seoul", "Tokyo", "Washington"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
OPENERS = [
    "{L} fired {n} {cls} missiles toward the sea on {wd}, {R} officials said.",
    "{L} launched what appeared to be {n} {cls} missiles early {wd}, according to {R}'s military.",
    "{L} test-fired a {sys} from {site} on {wd} morning, state media reported on {wd2}.",
    "Officials in {R} said {L} conducted a launch of {n} {cls} missiles on {date}.",
    "{R}'s defense ministry said {L} fired a {cls} missile at {h}:{mm} a.m. on {wd}, the {ord} such launch "
    "since {month}.",
]
DETAILS = [
    "The missiles flew about {km} kilometers ({mi} miles) before falling into the water near {place}.",
    "It reached an altitude of roughly {alt} km, {person} of the defense ministry added.",
    "The launch took place at around {h}:{mm} a.m. local time from an area near {site}.",
    "{person}, a spokesperson, said the military was analyzing the flight data with its allies.",
    "The projectiles travelled between {km} and {km2} km, one official told {outlet}.",
    "A previous launch on {date} had sent a missile {km2} kilometers, {outlet} reported.",
]
REACTIONS = [
    "{R}'s government lodged a strong protest and called the launch a serious threat to regional peace.",
    "{person} said {R} remained prepared to counter any provocations.",
    "The UN Security Council scheduled an emergency meeting for {wd2}, diplomats said.",
    "{R} urged the government to halt further tests and return to talks, {person} said.",
    "NATO condemned the launch as a clear violation of international law.",
    "{R} said it was coordinating closely with {R2} and sharing information on the launch.",
]
# Open-class words of news prose, recombined with generated names and numbers so that spaCy's tokenizer
# cache sees a realistic stream of new strings (a small fixed vocabulary made the floor ~10x too fast).
WORDS = _words("""government officials economy budget election parliament minister agency statement pressure
negotiations talks region border province capital city village farmers workers companies investors market
prices inflation energy shipping port harbor coast island river valley highway bridge airport railway
hospital school university students teachers researchers scientists engineers analysts experts observers
diplomats envoys ambassador embassy treaty agreement sanctions restrictions exports imports trade growth
decline report survey estimate forecast figures percent quarter year month week season winter summer spring
autumn storm flood drought harvest festival ceremony anniversary museum stadium league team coach players
record crowd protest rally opposition party coalition reform law court judge ruling appeal investigation
police suspects charges prison release hostage refugees migrants aid relief convoy shelter reconstruction
satellite imagery construction facility plant reactor uranium fuel engine technology software network
signal broadcast newspaper editorial interview remarks speech visit delegation summit forum conference
committee council assembly vote ballot turnout campaign candidate leader spokesman spokeswoman adviser
commander general admiral colonel soldiers troops brigade battalion drills exercise maneuvers readiness
patrol vessel destroyer submarine aircraft jets bombers drones radar defense shield deterrence strategy
doctrine posture alliance partnership cooperation dialogue tension crisis warning threat concern response
""")
VERBS = _words("""said added noted warned announced reported stressed insisted argued claimed denied confirmed
expected planned approved rejected proposed delayed resumed suspended expanded reduced increased raised
lowered signed visited met discussed reviewed examined inspected praised criticized blamed urged called""")
SYLL = ["ka", "mi", "jo", "ren", "tae", "son", "hyu", "lin", "bar", "zad", "ov", "ski", "ham", "dor", "el",
        "ya", "nak", "ta", "ni", "gen", "chu", "wei", "pak", "ri", "mo", "sa", "vik", "tor", "an", "des"]
SYSTEMS = ["Hwasong-18", "KN-23", "Fateh-110", "Sarmat", "DF-41", "Burkan-3", "Ghauri", "Hwasong-19",
           "Agni-5", "Kheibar Shekan", "Iskander", "Pukguksong-3"]
SITES = ["Wonsan", "Sinpo", "the capital region", "Sunan", "Semnan", "Plesetsk", "Tongchang-ri", "Kusong"]
NUMS = ["two", "three", "several", "multiple", "a barrage of", "at least four", "eight", "a pair of"]
CLASSES = ["ballistic", "short-range ballistic", "cruise", "unidentified", "intermediate-range ballistic"]
OUTLETS = ["Reuters", "AP", "Yonhap", "Kyodo", "AFP", "NHK", "KBS", "Bloomberg"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth"]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLL) for _ in range(rng.randint(2, 3))).capitalize()


def _lexicon(seed: int, size: int = 40000) -> list[str]:
    """Open-class vocabulary by frequency rank: the common news words first, then generated word forms
    (real prose keeps meeting rare words; a few hundred recycled words let spaCy's tokenizer cache do all
    the work and made the floor several times too fast)."""
    rng = random.Random(seed)
    out, seen = list(WORDS), set(WORDS)
    while len(out) < size:
        w = "".join(rng.choice(SYLL) for _ in range(rng.randint(2, 4)))
        w += rng.choice(["", "", "s", "ed", "ing", "ion", "al", "ly"])
        if w not in seen:
            seen.add(w)
            out.append(w)
    return out


def _filler(rng: random.Random, lexicon: list[str], cum: list[float]) -> str:
    """A sentence of news prose: names, numbers, dates and Zipf-distributed (s=1) open-class words."""
    def word() -> str:
        return rng.choices(lexicon, cum_weights=cum)[0]

    subj = rng.choice([f"{_name(rng)} {_name(rng)}", f"the {word()} {word()}", f"{_name(rng)} officials",
                       f"the {rng.randint(2, 99)} {word()}s"])
    parts = [subj, rng.choice(VERBS)]
    for _ in range(rng.randint(2, 4)):
        kind = rng.random()
        if kind < 0.2:
            parts.append(f"{rng.randint(1, 9999):,}")
        elif kind < 0.3:
            parts.append(f"{rng.choice(MONTHS)} {rng.randint(1, 28)}")
        elif kind < 0.45:
            parts.append(f"in {_name(rng)}")
        elif kind < 0.55:
            parts.append(f"{rng.uniform(0, 100):.1f} percent")
        parts += [rng.choice(["the", "a", "its", "their", "new", "local", "recent"]), word(), word()]
        parts.append(rng.choice(["of", "in", "for", "with", "after", "over", "and", "while", "as"]))
    parts.append(word())
    text = " ".join(parts)
    return text[0].upper() + text[1:] + rng.choice([".", ".", ".", ", officials said.", ", according to data."])


def build_corpus(n: int, seed: int) -> list[dict[str, str]]:
    """Synthetic articles of ~150-260 words: a launch opener, details and reactions in varied order, filler
    prose with generated names, numbers and places (few strings repeat, as in real news)."""
    rng = random.Random(seed)
    lexicon = _lexicon(seed)
    cum = list(itertools.accumulate(1 / rank for rank in range(1, len(lexicon) + 1)))
    out = []
    for i in range(n):
        r, r2 = rng.sample(REPORTERS, 2)
        fill = {
            "L": rng.choice(LAUNCHERS), "n": rng.choice(NUMS), "cls": rng.choice(CLASSES),
            "wd": rng.choice(WEEKDAYS), "wd2": rng.choice(WEEKDAYS), "sys": rng.choice(SYSTEMS),
            "site": rng.choice(SITES), "km": rng.randint(80, 900), "km2": rng.randint(900, 1500),
            "mi": rng.randint(50, 560), "alt": rng.randint(20, 2000), "h": rng.randint(5, 11),
            "mm": f"{rng.randint(0, 59):02d}", "R": r, "R2": r2, "person": f"{_name(rng)} {_name(rng)}",
            "place": f"{_name(rng)} Island", "outlet": rng.choice(OUTLETS), "ord": rng.choice(ORD),
            "month": rng.choice(MONTHS).rstrip("."), "date": f"{rng.choice(MONTHS)} {rng.randint(1, 28)}",
        }
        body_sents = rng.sample(DETAILS, rng.randint(1, 3)) + rng.sample(REACTIONS, rng.randint(1, 3))
        body_sents = [s.format(**fill) for s in body_sents]
        target = rng.randint(150, 260)
        while sum(len(s.split()) for s in body_sents) < target - 25:
            body_sents.append(_filler(rng, lexicon, cum))
        rng.shuffle(body_sents)
        body = " ".join([rng.choice(OPENERS).format(**fill), *body_sents])
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

    # Every repetition gets its own corpus (another seed): a stream of news is read once, so neither the
    # floor nor the extractor may profit from a tokenizer cache warmed on the very same texts.
    corpora = [build_corpus(args.articles, args.seed + k) for k in range(args.repeats + 1)]
    corpus = corpora[0]
    words = statistics.mean(len(a["text"].split()) for c in corpora for a in c)
    floor_nlp = spacy.blank("en")
    floor_nlp.add_pipe("sentencizer")

    def floor(c: list[dict[str, str]]) -> None:
        for doc in floor_nlp.pipe([a["text"] for a in c], batch_size=64):
            list(doc.sents)

    def extract(c: list[dict[str, str]]) -> None:
        for a in c:
            extract_events(a["text"], article_id=a["id"], published_at=a["published_at"])

    def many(c: list[dict[str, str]]) -> None:
        list(extract_many(c))

    # warm caches (gazetteer compile, lexicon, common words) outside the timed runs, on a corpus of its own
    floor(corpus)
    extract(corpus)
    floors, extracts, manys = [], [], []
    for k in range(1, args.repeats + 1):
        c = corpora[k]
        # the same fresh corpus for all three, in rotating order so that no one always reads it first
        runs = [(floors, floor), (extracts, extract), (manys, many)]
        for store, fn in runs[k % 3 :] + runs[: k % 3]:
            store.append(_time(lambda fn=fn, c=c: fn(c)))
    n = len(corpus)
    f, e, m = statistics.median(floors), statistics.median(extracts), statistics.median(manys)
    print(f"corpus: {n} synthetic articles, mean {words:.0f} words; {args.repeats} repetitions (medians)")
    print(f"floor  spacy.blank('en')+sentencizer : {n / f:8.0f} articles/s ({f:.2f} s)")
    print(f"extract_events (one at a time)       : {n / e:8.0f} articles/s ({e:.2f} s)  ratio {e / f:.2f}x floor")
    print(f"extract_many (workers=1, nlp.pipe)   : {n / m:8.0f} articles/s ({m:.2f} s)  ratio {m / f:.2f}x floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
