# Forum CMS. `make help` lists the targets; CI runs `make test` as a person does.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed
# Two cores here: one pytest worker each.
PYTEST_WORKERS ?= 2

.DEFAULT_GOAL := help
.PHONY: help install demo serve test lint format messages bench bench-pages clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP) ## create .venv and install the pinned requirements

demo: install ## migrate, seed the demo site in eight languages and serve it on 127.0.0.1:8000
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo
	$(MANAGE) runserver 127.0.0.1:8000

serve: install ## serve the site without seeding
	$(MANAGE) runserver 127.0.0.1:8000

lint: install ## ruff check, ruff format --check, no missing migrations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run

test: lint ## lint, then the whole suite with its browser journeys (PostgreSQL when DATABASE_URL is set)
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadgroup -rs --durations=15

format: install ## format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install ## extract UI strings into locale/ (needs GNU gettext) and compile the catalogs
	$(MANAGE) makemessages --no-location --ignore=".venv/*" --ignore="static/*" --ignore="tests/*" \
		$$($(BIN)/python -c "from cms.languages import CODES; print(' '.join('-l ' + c for c in CODES))")
	$(MANAGE) compilecatalogs

bench: install ## print figures: page renders, plans, the competition, the campaigns' pledge
	DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/python bench/page_render.py
	DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/python bench/strategy_page.py
	$(BIN)/python bench/competition.py
	$(BIN)/python bench/competition_server.py
	$(BIN)/python bench/campaigns.py

bench-pages: install ## req/s of the public pages under gunicorn: uncached, cached, through nginx
	$(BIN)/python bench/pages.py $(BENCH_ARGS)

clean: ## remove the virtualenv, the SQLite database and collected files
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm static media test-artifacts .bench
