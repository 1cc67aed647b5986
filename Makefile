# The two commands: `make run` (set up, then run the pipeline on the sample corpus in data/inbox)
# and `make test` (set up, then run the tests). Both bootstrap .venv from nothing but python3.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.8
SYNCED := $(VENV)/.synced-$(UV_VERSION)
SHARED ?= ../shared
HOST ?= 127.0.0.1
PORT ?= 3000

# dbt and Great Expectations phone home by default; offline that only costs time.
export DO_NOT_TRACK := 1
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export GX_ANALYTICS_ENABLED := False

.PHONY: install manifest run test eval lint ui docs bench clean

$(BIN)/uv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# Re-synced only when the lock or the project metadata change: a second `make` skips the install.
$(SYNCED): pyproject.toml uv.lock | $(BIN)/uv
	$(BIN)/uv sync --frozen --python $(BIN)/python
	@touch $@

install: $(SYNCED)

manifest: install
	$(BIN)/python -c "from pipelines.transform import prepare_manifest; prepare_manifest()"

run: manifest
	$(BIN)/launchwatch run

test: manifest
	$(BIN)/pytest -q

# Dev set (needs ../shared) and, with the same scorer, sets of our own: the sample corpus against its
# hand-written truth, and the held-out sets bench/heldout*, each written apart from the extractor's rules
# (which of them a tuning round has read since is recorded in docs/extraction.md).
eval: install
	@if [ -f "$(SHARED)/eval/score.py" ]; then \
		mkdir -p build/eval && \
		echo "== dev set ($(SHARED)/eval/dev)" && \
		$(BIN)/launchwatch extract --input $(SHARED)/eval/dev/articles.jsonl --output build/eval/dev-pred.jsonl && \
		python3 $(SHARED)/eval/score.py --gold $(SHARED)/eval/dev/gold.jsonl --pred build/eval/dev-pred.jsonl \
			--json build/eval/dev-score.json; \
		echo "== sample corpus (data/inbox vs data/sample_truth.yaml)" && \
		$(BIN)/python bench/truth_to_gold.py data/sample_truth.yaml > build/eval/sample-gold.jsonl && \
		$(BIN)/launchwatch extract --input data/inbox --output build/eval/sample-pred.jsonl 2>/dev/null && \
		python3 $(SHARED)/eval/score.py --gold build/eval/sample-gold.jsonl --pred build/eval/sample-pred.jsonl \
			--json build/eval/sample-score.json && \
		for set in $$(cd bench && ls -d heldout*/ | tr -d /); do \
			echo "== held-out set bench/$$set (written apart from the extractor's rules; see docs/extraction.md)" && \
			$(BIN)/launchwatch extract --input bench/$$set/articles.jsonl --output build/eval/$$set-pred.jsonl \
				2>/dev/null && \
			python3 $(SHARED)/eval/score.py --gold bench/$$set/gold.jsonl --pred build/eval/$$set-pred.jsonl \
				--json build/eval/$$set-score.json | grep -v "^launch error" || exit 1; \
		done; \
	else echo "eval: $(SHARED)/eval not found, skipping"; fi

lint: manifest
	$(BIN)/ruff check pipelines tests bench
	$(BIN)/dg check defs

ui: manifest
	$(BIN)/launchwatch ui --host $(HOST) --port $(PORT)

docs: manifest
	cd dbt_project && LAUNCHWATCH_WAREHOUSE=$${LAUNCHWATCH_WAREHOUSE:-$(abspath data/warehouse.duckdb)} \
		../$(BIN)/dbt docs generate --profiles-dir .

bench: install
	$(BIN)/python bench/bench_extract.py

clean:
	rm -rf build data/warehouse.duckdb* data/published data/published.d data/.published.switch data/dagster data/dbt data/logs data/.lock \
		dbt_project/target dbt_project/logs
