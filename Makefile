# One command installs and runs the demo (`make demo`); one installs and runs the whole test
# suite (`make test`). Both create .venv with the machine's python3 (3.11+).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PG_TEST_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/globalsell_test
# The demo-building tests run a second time with the demo's business date 52 weeks later: no test
# may depend on the day it runs (docs/adr/0069).
LATER_DEMO_DATE ?= 2027-11-24
DEMO_TESTS := tests/cli tests/integration/test_plan_demo.py tests/integration/test_customs_demo.py \
	tests/integration/test_assistant_demo.py tests/integration/test_crawl_demo.py

.PHONY: install demo serve test lint test-sqlite test-postgres messages

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

demo: install
	$(BIN)/globalsell demo --db globalsell.db

serve: install
	$(BIN)/globalsell serve

lint: install
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

test-sqlite: install
	$(BIN)/pytest -q
	@echo "== demo-building tests with the demo dated $(LATER_DEMO_DATE) =="
	GLOBALSELL_TEST_DEMO_DATE=$(LATER_DEMO_DATE) $(BIN)/pytest -q $(DEMO_TESTS)

test-postgres: install
	@if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then \
	  GLOBALSELL_TEST_DATABASE_URL=$(PG_TEST_URL) $(BIN)/pytest -q; \
	elif [ -n "$$GLOBALSELL_REQUIRE_POSTGRES" ]; then \
	  echo "PostgreSQL is required but not reachable on 127.0.0.1:5432"; exit 1; \
	else \
	  echo "PostgreSQL not reachable on 127.0.0.1:5432: PostgreSQL run skipped"; \
	fi

test: install
	bash scripts/ensure-services.sh
	$(MAKE) --no-print-directory lint
	@echo "== test suite on SQLite =="
	$(MAKE) --no-print-directory test-sqlite
	@echo "== test suite on PostgreSQL =="
	$(MAKE) --no-print-directory test-postgres

# Dashboard translations: extract every marked string, merge new ones into the zh_CN catalogue
# (then translate the empty msgstr entries; tests/web/test_i18n.py fails while any is empty).
messages: install
	$(BIN)/pybabel extract -F babel.cfg -k Nn_:1,2 --no-location --sort-output -o /tmp/globalsell-messages.pot .
	$(BIN)/pybabel update -i /tmp/globalsell-messages.pot -d src/globalsell/web/locale -l zh_CN --no-fuzzy-matching --width 100
