# The one task runner. `make demo` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check

.PHONY: demo test lint bench clean

$(VENV)/.runtime: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) -e .
	touch $@

$(VENV)/.dev: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) -e '.[dev]'
	touch $@ $(VENV)/.runtime

demo: $(VENV)/.runtime
	$(BIN)/tender evaluate .
	$(BIN)/tender report .
	@echo; echo "== The whole procedure, on a copy of the example in reports/demo"
	rm -rf reports/demo
	$(BIN)/tender init reports/demo --from . --actor braun
	$(BIN)/tender import-bids bids/* --into reports/demo --actor braun
	$(BIN)/tender import-scores scores/* --into reports/demo --actor braun
	$(BIN)/tender evaluate reports/demo
	$(BIN)/tender seal technical reports/demo --actor mueller
	$(BIN)/tender open-prices reports/demo --actor braun --witness yilmaz
	$(BIN)/tender report reports/demo --actor braun --format json
	$(BIN)/tender seal final reports/demo --actor braun
	$(BIN)/tender report reports/demo --actor braun
	$(BIN)/tender audit verify reports/demo
	$(BIN)/tender audit verify reports/demo --head "$$($(BIN)/tender audit head reports/demo)"
	$(BIN)/tender verify reports/demo/reports/crm-hosting-2007-de.pdf

test: lint
	$(BIN)/pytest

lint: $(VENV)/.dev
	$(BIN)/ruff check tender tests bench
	$(BIN)/ruff format --check tender tests bench
	$(BIN)/mypy

$(VENV)/.bench: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) -e '.[dev,bench]'
	touch $@ $(VENV)/.dev $(VENV)/.runtime

bench: $(VENV)/.bench
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
