# Front door of the workbook. `make help` lists the targets.
# Quick start: `make report` (run every notebook, write HTML reports) and `make test`.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-from-lock

# Parameterised runs: PARAMS=params/file.yaml, or CORPUS=folder (with a manifest.csv), RUN=name.
PARAMS      ?= params/default.yaml
CORPUS      ?=
RUN         ?=
REPORTS_DIR ?= reports

.DEFAULT_GOAL := help
.PHONY: help venv report test bench bench-stages import-parquet lab notebooks lock clean-venv clean-reports

help: ## List the targets with a one-line description
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sort | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

venv: $(STAMP) ## Create .venv from requirements.lock (exact pins, hashes checked)

report: $(STAMP) ## Run every numbered notebook with papermill into reports/runs/<run>/ and export HTML
	$(BIN)/python -m helpers.workbook report --params "$(PARAMS)" --corpus "$(CORPUS)" --run "$(RUN)" --reports-dir "$(REPORTS_DIR)"

test: $(STAMP) ## Run helper unit tests and strict nbval over the notebooks
	$(BIN)/python -m pytest tests --nbval notebooks --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

bench: $(STAMP) ## Benchmarks at 1k/10k/100k articles: table, reports/benchmarks.csv and .png (SIZES="1000 10000" for less)
	PYTHONPATH=benchmarks:. $(BIN)/python benchmarks/run.py $(if $(SIZES),--sizes $(SIZES),)

bench-stages: $(STAMP) ## The older one-stage scripts (benchmarks/bench_*.py), each beside its peer
	@for script in benchmarks/bench_*.py; do echo "== $$script"; PYTHONPATH=benchmarks:. $(BIN)/python $$script || exit 1; done

import-parquet: $(STAMP) ## Make a corpus folder from Parquet shards: make import-parquet SHARDS='crawl/*.parquet' CORPUS=data/crawl
	@test -n "$(SHARDS)" -a -n "$(CORPUS)" || { echo "usage: make import-parquet SHARDS='crawl/part-*.parquet' CORPUS=new/folder"; exit 2; }
	$(BIN)/python -m helpers.workbook import-parquet "$(SHARDS)" "$(CORPUS)"

lab: $(STAMP) ## Open JupyterLab on the workbook
	$(BIN)/jupyter lab --notebook-dir=.

notebooks: $(STAMP) ## Re-execute the committed notebooks in place, top to bottom (after changing helpers/)
	$(BIN)/python -m helpers.workbook refresh

lock: ## Recompile requirements.lock (with hashes) and environment.yml from requirements.in
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links -o requirements.lock requirements.in
	$(BIN)/python -m helpers.workbook environment-yml

clean-reports: ## Delete generated reports
	rm -rf $(REPORTS_DIR)/runs $(REPORTS_DIR)/index.html

clean-venv: ## Delete the virtual environment
	rm -rf $(VENV)
