"""Turn a hand-written truth file (data/sample_truth.yaml, tests/fixtures/*/truth.yaml) into the scorer's
gold format, so `make eval` also measures extraction on text the extractor was never tuned on.

    python bench/truth_to_gold.py data/sample_truth.yaml > build/eval/sample-gold.jsonl
"""

import json
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipelines.ingest import read_file

LAUNCH_FIELDS = ["launch_country", "launch_date", "launch_time_local", "missile_count_min", "missile_class",
                 "range_class", "missile_name", "launch_site", "distance_km", "apogee_km", "is_background"]


def main(path: str) -> None:
    truth = yaml.safe_load(Path(path).read_text())
    inbox = Path(path).resolve().parent / "inbox"
    for article in truth["articles"]:
        article_id = article.get("id")
        if article_id is None and article.get("source_file"):
            # no stated id (the HTML page): the id ingest derives from its content, so its extractions are scored
            read = read_file(inbox / article["source_file"], inbox)
            article_id = read.articles[0].article_id if len(read.articles) == 1 else None
        if article_id is None:
            continue
        launches = [{f: launch.get(f) for f in LAUNCH_FIELDS} for launch in article.get("launches") or []]
        reactions = article.get("reactions") or []
        print(json.dumps({"article_id": article_id, "launches": launches, "reactions": reactions}))


if __name__ == "__main__":
    main(sys.argv[1])
