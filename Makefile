# The two commands a fresh machine needs: `make demo` and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: demo test venv lint typecheck bench clean lock

# Installs use the hash-checked locks in requirements/ (Python 3.11, linux x86_64), never a fresh resolution:
# runtime.lock for `make demo`, dev.lock (runtime + the test, build and batch extras) for `make test`.
# `make lock` refreshes them.
RUNTIME_LOCK := requirements/runtime.lock
DEV_LOCK := requirements/dev.lock
PIP := $(BIN)/python -m pip install -q --disable-pip-version-check
# --no-build-isolation: setuptools and wheel come from the lock too, so installing rasd itself needs no index
INSTALL_RASD := $(PIP) --no-deps --no-build-isolation -e .

$(BIN)/python:
	@command -v $(PY) >/dev/null 2>&1 || { echo "need $(PY) (Python >= 3.11) on PATH, or run: make PY=python3 ..."; exit 1; }
	$(PY) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python $(RUNTIME_LOCK) pyproject.toml
	$(PIP) --require-hashes -r $(RUNTIME_LOCK)
	$(INSTALL_RASD)
	touch $@

$(VENV)/.installed-test: $(BIN)/python $(DEV_LOCK) pyproject.toml
	$(PIP) --require-hashes -r $(DEV_LOCK)
	$(INSTALL_RASD)
	touch $@

# `make lock` re-resolves pyproject.toml into both locks, keeping every pin that still fits (after adding or changing
# a dependency in pyproject.toml, this is the one command to run); `make lock UPGRADE=1` moves everything to the
# newest releases. uv resolves against PyPI for CPython 3.11 on manylinux x86_64 and records every file's hash.
UV_VERSION ?= 0.13.9
LOCK_FLAGS = --quiet --generate-hashes --python-version 3.11 --python-platform x86_64-manylinux_2_28 \
	--custom-compile-command 'make lock' $(if $(UPGRADE),--upgrade)
lock: $(BIN)/python
	$(PIP) uv==$(UV_VERSION)
	$(BIN)/uv pip compile $(LOCK_FLAGS) pyproject.toml requirements/setup.in --extra test --extra build \
		--extra batch -o $(DEV_LOCK)
	$(BIN)/uv pip compile $(LOCK_FLAGS) pyproject.toml requirements/setup.in -c $(DEV_LOCK) -o $(RUNTIME_LOCK)

venv: $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/rasd demo
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/rasd ingest examples --db demo.db --quiet
	@echo "demo.db holds the example articles. Browse them: $(BIN)/rasd serve --db demo.db, then open http://127.0.0.1:8000/ (Ctrl-C stops)"

lint: $(VENV)/.installed-test
	$(BIN)/ruff check $(wildcard src tests scripts benchmarks)
	$(BIN)/ruff format --check $(wildcard src tests scripts benchmarks)

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

test: $(VENV)/.installed-test lint typecheck
	$(BIN)/python -m pytest -q

# `make bench` (~40 minutes on 2 busy cores, half of it bench_pipeline; needs SaudiNewsNet under $(SHARED)): the
# whole pipeline against its floors (reading, str.split), stage shares, both NER modes, cold start and peak memory
# in one run, written to benchmarks/results/pipeline.json; the layers' micro-benchmarks; events and claims on the
# tune half of the dev set (never the held-out half: the lead measures it once); rasd batch with 1 and 2 workers;
# the broken-lines run; the store (ingest against extract), merge and search P/R, and the web API's latency.
BENCH_N ?= 3000
bench: $(VENV)/.installed-test
	$(PIP) -e '.[bench]'
	$(BIN)/python benchmarks/bench_pipeline.py --shared $(SHARED) -n $(BENCH_N)
	$(BIN)/python benchmarks/bench_text.py
	$(BIN)/python benchmarks/bench_numbers.py --shared $(SHARED)
	$(BIN)/python benchmarks/bench_geo.py
	$(BIN)/python benchmarks/bench_time.py --data $(SHARED)/data/time/timeml-dev
	$(BIN)/python benchmarks/bench_ner.py --shared $(SHARED)
	$(BIN)/python benchmarks/bench_events.py --shared $(SHARED) --split tune --sample 3000
	$(BIN)/python benchmarks/bench_batch.py --shared $(SHARED) -n $(BENCH_N)
	$(BIN)/python benchmarks/bench_ingest.py --shared $(SHARED) -n $(BENCH_N)
	$(BIN)/python benchmarks/bench_merge.py
	$(BIN)/python benchmarks/bench_search.py
	$(BIN)/python benchmarks/bench_web.py --shared $(SHARED) -n $(BENCH_N) --json > benchmarks/results/web.json

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
