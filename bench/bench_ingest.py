"""Ingest + load throughput against a floor measured in the same run.

Builds an inbox of N synthetic wire articles (one .json file each, our own sentence templates), then
times, over R repetitions each:
  floor:  read every file's bytes and json.loads it (the least any JSON ingest must do)
  ingest: pipelines.ingest.read_file on every file (decode, validate, normalise, resolve dates, hash)
  load:   ingest + pipelines.load.write_file_results into a fresh DuckDB warehouse, in 500-file batches
and prints medians in files/s and the ratio to the floor.

    .venv/bin/python bench/bench_ingest.py [--articles 5000] [--repeats 3]
"""

import argparse
import json
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pipelines.ingest import iter_inbox, read_file
from pipelines.load import apply_schema, connect, write_file_results

SENTENCES = [
    "North Korea fired {n} ballistic missiles toward the sea on {day}, South Korea's Joint Chiefs of Staff said.",
    "The missiles flew about {km} kilometers before landing outside Japan's exclusive economic zone.",
    "Japan's defense minister called the launch a serious threat to the peace and security of the region.",
    "South Korean and U.S. intelligence authorities were analyzing the details of the launch.",
    "The launch was the latest in a series of weapons tests this year, analysts said.",
    "The United States condemned the launch and urged Pyongyang to return to talks.",
    "Officials said the military remained ready to respond to any provocation.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def build_inbox(root: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    start = date(2020, 1, 1)
    for i in range(n):
        published = start + timedelta(days=rng.randrange(0, 2000))
        body = " ".join(s.format(n=rng.choice(["two", "a", "several"]), day=rng.choice(DAYS),
                                 km=rng.randrange(100, 1200)) for s in rng.sample(SENTENCES, 6))
        text = f"SEOUL (Wire) -- {body}\n" + " ".join(rng.sample(SENTENCES, 4))
        folder = root / str(published.year)
        folder.mkdir(exist_ok=True)
        (folder / f"a{i:06d}.json").write_text(json.dumps(
            {"id": f"bench-{i}", "source": "Wire", "published_at": published.isoformat(), "text": text}))


def floor(paths: list[Path]) -> None:
    for path in paths:
        json.loads(path.read_bytes())


def ingest(paths: list[Path], inbox: Path, now: datetime) -> list:
    return [read_file(path, inbox, now) for path in paths]


def load(paths: list[Path], inbox: Path, now: datetime, warehouse: Path) -> None:
    con = connect(warehouse)
    apply_schema(con)
    batch = []
    for path in paths:
        batch.append(read_file(path, inbox, now))
        if len(batch) >= 500:
            write_file_results(con, batch, now)
            batch = []
    if batch:
        write_file_results(con, batch, now)
    con.close()


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    now = datetime.now(UTC).replace(tzinfo=None)
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "inbox"
        inbox.mkdir()
        build_inbox(inbox, args.articles)
        paths = list(iter_inbox(inbox))
        results: dict[str, list[float]] = {"floor": [], "ingest": [], "load": []}
        for r in range(args.repeats):
            results["floor"].append(timed(floor, paths))
            results["ingest"].append(timed(ingest, paths, inbox, now))
            results["load"].append(timed(load, paths, inbox, now, Path(tmp) / f"w{r}.duckdb"))
        base = statistics.median(results["floor"])
        print(f"{len(paths)} files, {args.repeats} repetitions (medians)")
        for name, times in results.items():
            med = statistics.median(times)
            print(f"{name:7s} {len(paths) / med:10.0f} files/s   {med:7.2f} s   x{med / base:6.1f} floor")


if __name__ == "__main__":
    main()
