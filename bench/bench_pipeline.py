"""The whole pipeline at scale: `launchwatch run` over N synthetic articles, then again with nothing new.

The second run is the baseline measured in the same session: it pays the fixed costs (imports, dbt,
checks, publish) but ingests and extracts nothing, so the difference is what N new articles cost.
Per-step durations come from the run's log. Repeat with --repeats for medians.

    .venv/bin/python bench/bench_pipeline.py [--articles 5000] [--repeats 1]
"""

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ingest import build_inbox  # the same synthetic articles as the ingest bench

LAUNCHWATCH = Path(sys.executable).with_name("launchwatch")
STEP = re.compile(r'Finished execution of step "([^"]+)" in ([0-9.]+)(ms|s|m)')


def run(home: Path) -> tuple[float, dict[str, float]]:
    env = {**os.environ, "LAUNCHWATCH_HOME": str(home), "DAGSTER_HOME": str(home / "dagster"),
           "DO_NOT_TRACK": "1", "GX_ANALYTICS_ENABLED": "False"}
    env.pop("LAUNCHWATCH_INBOX", None)
    start = time.perf_counter()
    result = subprocess.run([str(LAUNCHWATCH), "run"], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    log = sorted((home / "logs").glob("run-*.log"))[-1].read_text()
    steps: dict[str, float] = {}
    for name, value, unit in STEP.findall(log):
        steps[name] = float(value) * {"ms": 0.001, "s": 1, "m": 60}[unit]
    return elapsed, steps


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=1)
    args = parser.parse_args()
    firsts, seconds, step_runs = [], [], []
    for _ in range(args.repeats):
        with tempfile.TemporaryDirectory() as tmp:
            home = Path(tmp) / "home"
            (home / "inbox").mkdir(parents=True)
            build_inbox(home / "inbox", args.articles)
            first, steps = run(home)
            second, _ = run(home)
            firsts.append(first)
            seconds.append(second)
            step_runs.append(steps)
    first, second = statistics.median(firsts), statistics.median(seconds)
    print(f"{args.articles} articles, {args.repeats} repetition(s) (medians)")
    print(f"first run  (everything new): {first:7.1f} s   {args.articles / first:7.0f} articles/s end to end")
    print(f"second run (nothing new):    {second:7.1f} s   (fixed cost: imports, dbt, checks, publish)")
    print(f"cost of the new articles:    {first - second:7.1f} s   x{first / second:.1f} the no-change run")
    print("steps of the first run:")
    for name in step_runs[0]:
        print(f"  {name:55s} {statistics.median(s.get(name, 0.0) for s in step_runs):7.2f} s")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS of a run: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
