#!/usr/bin/env bash
# Benchmark the search page on SQLite and PostgreSQL with N generated resources (default 50000).
#
#   bench/search.sh [N] [search_bench.py options, e.g. --timeout 60 --repeat 10]
#
# Each database is created fresh, loaded, measured and dropped; the tables are printed and written
# to bench/results/search-<sqlite|postgresql>-<N>.md. PostgreSQL is skipped, with a message, when
# the server does not answer. Not part of the test suite.
#
# Environment: BENCH_SQLITE_URL (default sqlite:////tmp/bench-search-N.sqlite3),
# BENCH_POSTGRES_URL (default postgres://root@127.0.0.1:5432/bench_search_N),
# PYTHON (default .venv/bin/python).
set -euo pipefail

cd "$(dirname "$0")/.."
N="${1:-50000}"
case "$N" in ''|*[!0-9]*) echo "usage: bench/search.sh [N] [search_bench.py options]" >&2; exit 2 ;; esac
shift $(( $# > 0 ? 1 : 0 ))
PY="${PYTHON:-.venv/bin/python}"
test -x "$PY" || { echo "$PY not found: run make install first" >&2; exit 1; }

# Production settings, with a throwaway key: nothing is served.
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-portal.settings.production}"
SECRET_KEY="$("$PY" -c 'import secrets; print(secrets.token_urlsafe(50))')"
export SECRET_KEY SITE_HTTPS=0 LOG_LEVEL=WARNING
# The database search backend and the in-process cache are what is measured.
export ELASTICSEARCH_URL="" REDIS_URL=""

sqlite_url="${BENCH_SQLITE_URL:-sqlite:////tmp/bench-search-$N.sqlite3}"
postgres_url="${BENCH_POSTGRES_URL:-postgres://root@127.0.0.1:5432/bench_search_$N}"
args=(--records "$N" "$@")

"$PY" bench/search_bench.py "${args[@]}" --database-url "$sqlite_url"

if "$PY" bench/search_bench.py --check-database --database-url "$postgres_url"; then
    "$PY" bench/search_bench.py "${args[@]}" --database-url "$postgres_url"
else
    echo "PostgreSQL skipped." >&2
fi
