# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test install migrate seed serve lint messages compilemessages clean worker

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

compilemessages: $(STAMP)
	$(PY) manage.py compilemessages --ignore=.venv -v 0

migrate: install compilemessages
	mkdir -p data
	$(PY) manage.py migrate --noinput -v 0

seed: migrate
	$(PY) manage.py seed_demo

# The task worker (e-mails, offers, reminders) runs beside the web server and stops with it.
demo: seed
	@echo "Serving on http://127.0.0.1:8000 with a task worker beside it (Ctrl-C stops both)."
	@bash -c 'trap "kill 0" EXIT; $(PY) manage.py db_worker --interval 2 & $(PY) manage.py runserver 127.0.0.1:8000'

worker: install
	$(PY) manage.py db_worker

# One worker per CPU (pytest-xdist), each with its own test database; a test file stays on one
# worker. `make test PYTEST_ARGS="-n 0 -k name"` runs in one process.
test: install compilemessages
	$(PY) -m pytest -n auto --dist loadfile $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Refresh the .po catalogues after changing UI strings (then translate them).
messages: install
	$(PY) manage.py makemessages -l da -l sv -l fi -l nb --ignore=.venv --ignore=data --no-obsolete

clean:
	rm -rf $(VENV) data/db.sqlite3 data/mail
