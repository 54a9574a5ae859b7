# Every target bootstraps .venv from the lock file (uv.lock) first.
# `make demo` and `make test` are the two commands the README promises.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# uv installs the locked versions; on a machine without it, a private copy goes to .uv/
UV := $(shell command -v uv 2>/dev/null || echo .uv/bin/uv)
DEMO_DB ?= $(or $(TMPDIR),/tmp)/tracker-demo.sqlite

.PHONY: demo test test-fast lint bench clean catalog

$(BIN)/tracker: pyproject.toml uv.lock
	@[ -x "$(UV)" ] || $(PYTHON) -m venv .uv
	@[ -x "$(UV)" ] || .uv/bin/pip install --quiet uv
	UV_COMPILE_BYTECODE=1 $(UV) sync --frozen --python $(PYTHON)
	@# bytecode for our own sources too, so start-up does not pay for compiling
	$(BIN)/python -m compileall -q tracker >/dev/null
	@touch $@

demo: $(BIN)/tracker
	$(BIN)/python -m tracker.demo --db sqlite:///$(DEMO_DB)

# the tests run in one process per core (pytest-xdist): each worker has its own template
# database (its pid in the name, on SQLite and PostgreSQL) and its own tmp_path; tests that
# share an expensive module fixture carry one xdist_group mark so it is built once
XDIST := -n auto --dist loadgroup

test: $(BIN)/tracker
	$(BIN)/python -m compileall -q tracker >/dev/null
	$(BIN)/pytest $(XDIST)

# everything but the multi-process tests (marked slow), for quick local runs; CI runs `make test`
test-fast: $(BIN)/tracker
	$(BIN)/pytest $(XDIST) -m "not slow"

lint: $(BIN)/tracker
	$(BIN)/ruff check tracker tests bench
	$(BIN)/mypy tracker

# after changing a report label: the Chinese catalog gains the new messages (untranslated
# ones fail tests/reports/test_i18n.py until their Chinese is written in the .po file)
LOCALE := tracker/reports/locale
catalog: $(BIN)/tracker
	$(BIN)/pybabel extract -F $(LOCALE)/babel.cfg -k N_ --no-location --width 100 \
		-o $(or $(TMPDIR),/tmp)/tracker.pot .
	$(BIN)/pybabel update -i $(or $(TMPDIR),/tmp)/tracker.pot -d $(LOCALE) -D tracker -l zh \
		--width 100 --ignore-obsolete

# every benchmark of bench/, each figure beside its floor; BENCH_ARGS="--full" adds scale 1.0
bench: $(BIN)/tracker
	$(BIN)/python -m compileall -q tracker >/dev/null
	$(BIN)/python bench/all.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .uv .pytest_cache .ruff_cache .mypy_cache
