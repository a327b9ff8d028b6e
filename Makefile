# The two commands a fresh machine needs: `make demo` and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: demo test venv lint typecheck bench clean

$(BIN)/python:
	@command -v $(PY) >/dev/null 2>&1 || { echo "need $(PY) (Python >= 3.11) on PATH, or run: make PY=python3 ..."; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test,build]'
	touch $@

venv: $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/rasd demo examples

lint: $(VENV)/.installed-test
	$(BIN)/ruff check $(wildcard src tests scripts benchmarks)
	$(BIN)/ruff format --check $(wildcard src tests scripts benchmarks)

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

test: $(VENV)/.installed-test lint typecheck
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python benchmarks/bench_ingest.py --shared $(SHARED)
	$(BIN)/python benchmarks/bench_cold_start.py
	$(BIN)/python benchmarks/bench_text.py
	$(BIN)/python benchmarks/bench_numbers.py
	$(BIN)/python benchmarks/bench_geo.py
	$(BIN)/python benchmarks/bench_time.py
	$(BIN)/python benchmarks/bench_ner.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
