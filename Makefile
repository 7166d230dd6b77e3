# Two entry points (see README): `make run` builds the seeds' graph and serves it; `make test` runs the tests.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup system run build test bench clean

$(BIN)/borderkg: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,browser]'
	touch $(BIN)/borderkg

setup: $(BIN)/borderkg

# System packages: Java for the HermiT reasoner, Debian's Chromium for the browser test.
system:
	@command -v java >/dev/null || (apt-get update -qq && apt-get install -y -qq default-jre-headless)
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)

build: setup
	$(BIN)/borderkg build seeds --out build

run: build
	@echo "graph: build/graph.trig (merged Turtle: build/graph.ttl, SHACL report: build/report.txt)"
	$(BIN)/borderkg serve build

# mypy first (types are checked, not only hinted); the tests include every module's doctests
# (tests/test_doctests.py) and the README's Python examples (tests/test_readme.py).
test: system setup
	$(BIN)/mypy -p borderkg
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_linear.py
	$(BIN)/python bench/bench_html.py
	$(BIN)/python bench/bench_serve.py
	$(BIN)/python bench/bench_names.py
	$(BIN)/python bench/bench_scale.py --sizes 1000 10000

clean:
	rm -rf build $(VENV)
