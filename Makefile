# Targets for running, testing and maintaining the portal. `make help` lists them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PORT ?= 8000
HOST ?= 127.0.0.1
# Pinned front-end tools for the HTML checker and accessibility tests (not shipped to production).
NODE_TOOLS := .tools/node_modules
VNU_VERSION := 26.9.27
AXE_VERSION := 4.14.1

.DEFAULT_GOAL := help
.PHONY: help install run dev test lint format migrations-check deploy-check security-check messages tools clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-18s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed messages ## Create .venv and install the pinned dependencies

messages: $(VENV)/.installed ## Compile the UI translations (locale/*.po -> .mo) without GNU gettext
	DJANGO_SETTINGS_MODULE=portal.settings.dev $(PY) manage.py compile_translations

$(VENV)/secret_key: | $(VENV)/.installed
	$(PY) -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	chmod 600 $@

run: install $(VENV)/secret_key ## Migrate SQLite, load the demo content and serve the site as production would (with scheduled publishing)
	@export DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY="$$(cat $(VENV)/secret_key)" \
		SITE_HTTPS=0 SERVE_MEDIA=1 ALLOWED_HOSTS="$${ALLOWED_HOSTS:-localhost,127.0.0.1}" \
		WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)}"; \
	set -e; \
	$(PY) manage.py migrate --no-input -v 0; \
	$(PY) manage.py collectstatic --no-input -v 0; \
	$(PY) manage.py load_demo_content; \
	$(PY) manage.py purge_page_cache -v 0; \
	$(PY) manage.py ensure_editor --url "http://$(HOST):$(PORT)"; \
	$(PY) manage.py publish_scheduled_loop & scheduler=$$!; \
	trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(BIN)/gunicorn portal.wsgi:application --bind $(HOST):$(PORT) --workers 2 --access-logfile - --forwarded-allow-ips=""

dev: install ## Run Django's development server with DEBUG on
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo_content
	$(PY) manage.py runserver $(HOST):$(PORT)

tools: ## Install the HTML checker (vnu-jar) and axe-core from npm into .tools/
	@command -v npm >/dev/null || { echo "npm not found: HTML checker tests will be skipped"; exit 0; }; \
	test -f $(NODE_TOOLS)/vnu-jar/package.json -a -f $(NODE_TOOLS)/axe-core/axe.min.js || \
		npm install --silent --no-audit --no-fund --prefix .tools vnu-jar@$(VNU_VERSION) axe-core@$(AXE_VERSION)

test: install tools ## Run the whole test suite (DATABASE_URL=postgres://... for PostgreSQL)
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/pytest $(PYTEST_ARGS)

lint: install ## Check style and common bugs with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## Reformat the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

security-check: install ## Security linting: bandit fails on any finding not reviewed with a `# nosec <id>` comment
	$(BIN)/bandit -c pyproject.toml -r . -q

migrations-check: install ## Fail when a model change lacks its migration
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py makemigrations --check --dry-run

deploy-check: install ## Django's deployment checklist under production settings
	DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY="$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')" \
		ALLOWED_HOSTS=portal.example.org WAGTAILADMIN_BASE_URL=https://portal.example.org \
		$(PY) manage.py check --deploy --fail-level WARNING

# The site's own environment (DATABASE_URL, MEDIA_ROOT…) under production settings; `make run`'s key when
# SECRET_KEY is not set, so that these work for its SQLite setup too.
SITE_ENV = export DJANGO_SETTINGS_MODULE=portal.settings.production \
	SECRET_KEY="$${SECRET_KEY:-$$(cat $(VENV)/secret_key 2>/dev/null)}";

.PHONY: backup restore
backup: $(VENV)/.installed ## Archive the database and the media into BACKUP_DIR (docs/deploy.md#backups-and-restore)
	@$(SITE_ENV) $(PY) manage.py backup

restore: $(VENV)/.installed ## Replace the database and the media with ARCHIVE=path (asks first; YES=1 does not)
	@test -n "$(ARCHIVE)" || { echo "Usage: make restore ARCHIVE=backups/portal-YYYYmmdd-HHMMSS.tar.gz [YES=1]"; exit 2; }
	@$(SITE_ENV) $(PY) manage.py restore "$(ARCHIVE)" $(if $(YES),--yes)

clean: ## Remove the virtualenv, tools, collected static files and test media
	rm -rf $(VENV) .tools staticfiles .test-media .pytest_cache
