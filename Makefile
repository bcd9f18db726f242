# Two commands on a fresh machine: `make demo` (install + build the example story)
# and `make test` (install + run the tests). Both install into .venv here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install demo test lint bench-install browser clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,ray]'
	touch $@

demo: install
	HF_HUB_OFFLINE=1 $(BIN)/storyline build examples --out out/demo --fresh
	@echo "story: out/demo/story.json, out/demo/story.md, out/demo/report.html"

bench-install: install
	$(BIN)/pip install --quiet -e '.[dev,ray,bench]'

browser:
	@sh scripts/install-browser.sh

test: install browser
	$(BIN)/ruff check .
	$(BIN)/python -m mypy
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q -m "slow or not slow"

# ruff and mypy with the settings in pyproject.toml (`make test` runs them first)
lint: install
	$(BIN)/ruff check .
	$(BIN)/python -m mypy

clean:
	rm -rf $(VENV) out .pytest_cache
