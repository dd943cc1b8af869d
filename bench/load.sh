#!/usr/bin/env bash
# Load test: visitors of the public site (bench/locustfile.py) against the portal served as in a deployment
# (gunicorn, production settings, PostgreSQL, Redis), with latency and error budgets; exits with locust's code.
#
#   bench/load.sh                                  # 50 users, 5 users more per second, 5 minutes
#   USERS=10 DURATION=60s bench/load.sh            # a short trial
#   LOAD_REUSE=1 bench/load.sh                     # the database an earlier run kept, without building it
#
# Steps: the data set of the page benchmark (bench/lib.sh `build_data`: a fresh database, `migrate`,
# `load_demo_content`, then LOAD_ITEMS organisations, practices, resources and events with sessions by
# `bench/bench_data.py generate`; `collectstatic`); the portal's keys deleted from Redis (cached pages, form
# rate-limit counters), so the run starts as after a release; gunicorn with the production settings and the
# full-page cache of production (PAGE_CACHE_SECONDS=600 unless LOAD_PAGE_CACHE_SECONDS says otherwise); then
# `locust --headless` with bench/locustfile.py, whose header describes the visitors and the budgets. The run
# fails (exit 1) when more than 1 % of the requests failed or a request's p95 is over its budget.
#
# Written to bench/results/ (not committed): load.log (locust's output, with the machine's load average at
# the start and the end), load_stats.csv, load_stats_history.csv, load_failures.csv, load_exceptions.csv,
# load_visitors.csv (per visitor class), load.html (locust's report), load-server.log (what gunicorn logged,
# when anything). Not part of the test suite.
#
# Environment:
#   USERS                 simulated visitors (default 50)
#   SPAWN_RATE            visitors started per second (default 5)
#   DURATION              how long the load lasts, as locust's -t (default 5m)
#   LOAD_ITEMS            items of each kind generated on top of the demo content (default 60)
#   LOAD_DATABASE_URL     default postgres://root@127.0.0.1:5432/bench_load; its name must contain "bench": it is
#                         dropped and created again (an SQLite file, sqlite:////tmp/bench-load.sqlite3, works too)
#   LOAD_REDIS_URL        the cache, which must answer (default redis://127.0.0.1:6379/14)
#   LOAD_KEEP             1 (default): keep the database and its media afterwards; 0: remove them on exit
#   LOAD_REUSE            1: reuse the database (and media) of an earlier run instead of building it (default 0)
#   LOAD_MEDIA_ROOT       default /tmp/bench-load-media
#   LOAD_STATIC_ROOT      default /tmp/bench-load-static
#   LOAD_PORT             port of the portal (default 8092)
#   LOAD_WORKERS          gunicorn workers (default 2)
#   LOAD_THREADS          threads per worker (default 1: sync workers; more makes them gthread workers)
#   LOAD_PAGE_CACHE_SECONDS  the full-page cache's lifetime (default 600, production's; 0 turns it off)
#   LOAD_MAX_FAILURE_PERCENT, LOAD_BUDGET_<KIND>   the budgets (bench/locustfile.py)
#   PYTHON                default .venv/bin/python
set -euo pipefail

cd "$(dirname "$0")/.."
N="${LOAD_ITEMS:-60}"
case "$N" in ''|*[!0-9]*) echo "LOAD_ITEMS must be a number" >&2; exit 2 ;; esac
PY="${PYTHON:-.venv/bin/python}"
GUNICORN="$(dirname "$PY")/gunicorn"
LOCUST="$(dirname "$PY")/locust"
test -x "$PY" || { echo "$PY not found: run make install first" >&2; exit 1; }
test -x "$GUNICORN" || { echo "$GUNICORN not found: run make install first" >&2; exit 1; }
test -x "$LOCUST" || { echo "$LOCUST not found: run make install first (requirements-dev.txt)" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl not found (apt-get install curl)" >&2; exit 1; }

USERS="${USERS:-50}"
SPAWN_RATE="${SPAWN_RATE:-5}"
DURATION="${DURATION:-5m}"
PORT="${LOAD_PORT:-8092}"
KEEP="${LOAD_KEEP:-1}"
REUSE="${LOAD_REUSE:-0}"
WORKERS="${LOAD_WORKERS:-2}"
THREADS="${LOAD_THREADS:-1}"
RESULTS=bench/results

# Production settings, plain HTTP on this machine, a throwaway key.
export DJANGO_SETTINGS_MODULE=portal.settings.production
SECRET_KEY="$("$PY" -c 'import secrets; print(secrets.token_urlsafe(50))')"
export SECRET_KEY SITE_HTTPS=0 DEBUG=0 LOG_LEVEL=WARNING ALLOWED_HOSTS=127.0.0.1,localhost SERVE_MEDIA=1
export DATABASE_URL="${LOAD_DATABASE_URL:-postgres://root@127.0.0.1:5432/bench_load}"
export REDIS_URL="${LOAD_REDIS_URL:-redis://127.0.0.1:6379/14}"
export MEDIA_ROOT="${LOAD_MEDIA_ROOT:-/tmp/bench-load-media}"
export STATIC_ROOT="${LOAD_STATIC_ROOT:-/tmp/bench-load-static}"
export PAGE_CACHE_SECONDS="${LOAD_PAGE_CACHE_SECONDS:-600}"
export WAGTAILADMIN_BASE_URL="http://127.0.0.1:$PORT"
# The database search backend; mail (join requests' acknowledgements and notifications) goes nowhere.
export ELASTICSEARCH_URL="" EMAIL_URL="dummy://"

WORK="$(mktemp -d /tmp/bench-load-run.XXXXXX)"
portal_pgid=""
# shellcheck source=bench/lib.sh
. bench/lib.sh
# As deployed (docs/deploy.md): gunicorn's own worker class and timeout.
SERVER_OPTIONS=(--workers "$WORKERS" --threads "$THREADS")

cleanup() {
    local status=$?
    stop_server "$portal_pgid"
    mkdir -p "$RESULTS"
    for file in "$WORK/portal.log" "$WORK/portal.out"; do
        if test -s "$file"; then cat "$file"; fi
    done >"$RESULTS/load-server.log"
    if test -s "$RESULTS/load-server.log"; then
        log "The server logged something: see $RESULTS/load-server.log"
    else
        rm -f "$RESULTS/load-server.log"
    fi
    if [ "$KEEP" = 0 ]; then
        "$PY" bench/bench_data.py remove || true
        case "$MEDIA_ROOT" in /tmp/bench-*) rm -rf "$MEDIA_ROOT" ;; esac
    else
        log "Kept the database ($DATABASE_URL) and its media ($MEDIA_ROOT); LOAD_KEEP=0 removes them."
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

redis_answers "$REDIS_URL" || { echo "The load test needs Redis: set LOAD_REDIS_URL." >&2; exit 1; }
build_data "$N" "$REUSE" || exit 1
clear_redis "$REDIS_URL"

log "Starting gunicorn ($WORKERS workers, $THREADS threads each) on port $PORT"
portal_pgid="$(start_server portal "$PORT" portal.wsgi:application /health/)"

mkdir -p "$RESULTS"
rm -f "$RESULTS"/load_*.csv "$RESULTS/load.html"
log "Locust: $USERS users, $SPAWN_RATE more per second, for $DURATION"
{
    echo "Load test: $USERS users, spawn rate $SPAWN_RATE/s, $DURATION, $N items of each kind, $(nproc) CPUs"
    echo "Server: gunicorn, $WORKERS workers x $THREADS threads, PAGE_CACHE_SECONDS=$PAGE_CACHE_SECONDS"
    echo "Database: ${DATABASE_URL%%://*} ${DATABASE_URL##*/}; cache: Redis ${REDIS_URL##*/}"
    echo "Load at the start:$(uptime)"
} | tee "$RESULTS/load.log"
set +e
"$LOCUST" -f bench/locustfile.py --headless -u "$USERS" -r "$SPAWN_RATE" -t "$DURATION" \
    --host "http://127.0.0.1:$PORT" --csv "$RESULTS/load" --html "$RESULTS/load.html" --stop-timeout 15 \
    2>&1 | tee -a "$RESULTS/load.log"
status="${PIPESTATUS[0]}"
set -e
echo "Load at the end:$(uptime)" | tee -a "$RESULTS/load.log"
log "Locust exited with $status; figures in $RESULTS/load*"
exit "$status"
