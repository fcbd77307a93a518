# PlugInnovation portal: the one command surface. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
PG_URL ?= postgres://portal:portal@127.0.0.1:5432/portal

.DEFAULT_GOAL := help
.PHONY: help run setup test test-postgres test-browser lint format bench-import bench-search bench-statistics \
        check-migrations check-deploy postgres ci clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-17s %s\n", $$1, $$2}'

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Reinstall only when a requirements file changes.
$(VENV)/.installed-runtime: requirements.txt | $(BIN)/activate
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/activate
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed-runtime

$(VENV)/.installed-browser: requirements.txt requirements-dev.txt requirements-browser.txt | $(BIN)/activate
	$(PY) -m pip install --quiet -r requirements-browser.txt
	touch $@ $(VENV)/.installed-dev $(VENV)/.installed-runtime

# Full URLs (sitemap, canonical links, API, e-mails) follow the address served on.
setup run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)

setup: $(VENV)/.installed-runtime ## Create .venv, install, migrate, load demo content
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo
	$(MANAGE) rebuild_search_index

run: setup ## Install, migrate, load demo content, print admin login, serve on SQLite
	@$(MANAGE) ensure_demo_admin --url http://$(HOST):$(PORT)/admin/
	@echo "Serving the portal at http://$(HOST):$(PORT)/ (Ctrl+C stops)"
	$(MANAGE) runserver $(HOST):$(PORT)

# Test processes (pytest-xdist): one per CPU; PYTEST_WORKERS=0 runs them in this process.
PYTEST_WORKERS ?= auto

test: $(VENV)/.installed-dev ## Run the whole test suite on SQLite
	$(BIN)/pytest -n $(PYTEST_WORKERS)

postgres: ## Start the local PostgreSQL 15 cluster and create the portal role if missing
	bash scripts/ensure_postgres.sh

test-postgres: $(VENV)/.installed-dev postgres ## Run the whole test suite on PostgreSQL
	DATABASE_URL=$(PG_URL) $(BIN)/pytest -n $(PYTEST_WORKERS)

VNU_JAR := tools/node_modules/vnu-jar/build/dist/vnu.jar

# The Nu Html Checker, pinned in tools/package-lock.json; runs on the system Java.
$(VNU_JAR): tools/package.json tools/package-lock.json
	cd tools && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

test-browser: $(VENV)/.installed-browser $(VNU_JAR) ## Browser tests (Chromium, axe-core, HTML validity) against a live server
	VNU_JAR=$(VNU_JAR) $(BIN)/pytest browser_tests -p no:cacheprovider

lint: $(VENV)/.installed-dev ## ruff, import layers (lint-imports), module and function size
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	$(PY) scripts/check_code_size.py

format: $(VENV)/.installed-dev ## Fix lint and formatting where ruff can
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check-migrations: $(VENV)/.installed-dev ## Fail if models changed without a migration
	$(MANAGE) makemigrations --check --dry-run

check-deploy: $(VENV)/.installed-dev ## manage.py check --deploy with production settings (dummy secrets)
	DJANGO_SETTINGS_MODULE=portal.settings.production \
	SECRET_KEY="$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(64))')" \
	ALLOWED_HOSTS=portal.example.se DATABASE_URL=$(PG_URL) \
	$(MANAGE) check --deploy --fail-level WARNING

bench-import: $(VENV)/.installed-dev ## Benchmark: import 1 000 generated export files on SQLite
	$(PY) bench/import_reports.py

bench-search: $(VENV)/.installed-dev postgres ## Benchmark: 200 searches over 10 000 reports on PostgreSQL
	$(PY) bench/search_requests.py

bench-statistics: $(VENV)/.installed-dev postgres ## Benchmark: statistics and evidence pages, 10 000 reports on PostgreSQL
	$(PY) bench/evidence_pages.py

ci: ## What CI runs (.ci/run)
	bash .ci/run

clean: ## Remove the venv and local state (database, media)
	rm -rf $(VENV) var
