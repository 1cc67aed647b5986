"""Turn a hand-written truth file (data/sample_truth.yaml, tests/fixtures/*/truth.yaml) into the scorer's
gold format, so `make eval` also measures extraction on text the extractor was never tuned on.

    python bench/truth_to_gold.py data/sample_truth.yaml > build/eval/sample-gold.jsonl
"""

import json
import sys
from pathlib import Path

import yaml

LAUNCH_FIELDS = ["launch_country", "launch_date", "launch_time_local", "missile_count_min", "missile_class",
                 "range_class", "missile_name", "launch_site", "distance_km", "apogee_km", "is_background"]


def main(path: str) -> None:
    truth = yaml.safe_load(Path(path).read_text())
    for article in truth["articles"]:
        article_id = article.get("id")
        if article_id is None:
            continue  # no stated id (the HTML page): its derived id is not known by hand
        launches = [{f: launch.get(f) for f in LAUNCH_FIELDS} for launch in article.get("launches") or []]
        reactions = article.get("reactions") or []
        print(json.dumps({"article_id": article_id, "launches": launches, "reactions": reactions}))


if __name__ == "__main__":
    main(sys.argv[1])
