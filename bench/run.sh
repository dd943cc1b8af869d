#!/usr/bin/env bash
# Benchmark the public pages as production serves them (gunicorn, 2 sync workers), without and with the
# full-page cache, each figure divided by a minimal Django view measured in the same round.
#
#   bench/run.sh [N]            # N items of each kind on top of the demo content (default 60, or BENCH_ITEMS)
#   BENCH_ROUNDS=1 BENCH_DURATION=3s bench/run.sh 20     # a quick try
#
# Steps: a fresh database (`bench/bench_data.py fresh`), `manage.py migrate`, `manage.py
# load_demo_content`, then N organisations, N practices, N resources and N events with 2 to 5
# sessions each, in English, published (`bench/bench_data.py generate`); `collectstatic`. Then
# `bench/targets.py` finds one English page of each public kind (home, six listings, nine kinds of
# detail page, an event schedule, a search, the sitemap) and counts the SQL queries of a warm request
# to each, in-process with the page cache off, and weighs the home page with its CSS and JS (gzip -6).
#
# Two phases, one portal server each, on BENCH_PORT: "uncached" (PAGE_CACHE_SECONDS=0) then "cached"
# (PAGE_CACHE_SECONDS=600). Beside it runs the minimal view (bench/minimal_app.py: 20 KB of HTML, no
# database) on BENCH_MINIMAL_PORT under the same gunicorn options. Each phase runs BENCH_ROUNDS rounds;
# a round measures the minimal view and every target once (each round starts one target further on),
# so that ratios are taken within the round: for each, one request whose status is recorded, a
# BENCH_WARMUP warm-up, then `wrk -t2 -c8 -d<BENCH_DURATION> --latency --timeout 10s`, the server's queue
# drained after each wrk run (requests wrk abandons at its end are still served), and the share of the
# CPUs that other processes (not these servers, wrk, Redis or PostgreSQL) took meanwhile recorded (the
# report marks runs above 10 %: a test suite running beside lowers every figure). While wrk runs,
# every other local server is stopped with SIGSTOP (hence gunicorn's `--timeout 0`: a resumed master
# must not take its workers for hung ones). Both phases use the same cache backend: Redis
# (BENCH_REDIS_URL, its `portal:*` keys deleted before each phase) when it answers, else the
# local-memory cache; the page cache is the only difference. The search backend is the database's;
# media are served by Django (SERVE_MEDIA=1), as with `make run`.
#
# bench/report.py prints the table (medians over rounds of req/s, p50, p99 and req/s divided by the
# minimal view's) and writes it to bench/results/pages-<sqlite|postgresql>-<N>.md, with the raw
# figures in pages-<…>-<N>.json. A target that answered other than 200, or for which wrk counted
# non-2xx/3xx responses or socket errors, is flagged; what the servers logged goes to pages-<…>-<N>.log.
# About 20 minutes with the defaults on 2 cores (4 of them building the data, 2 more for Lighthouse).
# Not part of the test suite.
#
# Environment:
#   BENCH_ITEMS           items of each kind when N is not given (default 60)
#   BENCH_DATABASE_URL    default sqlite:////tmp/bench-pages-N.sqlite3; postgres://root@127.0.0.1:5432/bench_pages_N
#                         for PostgreSQL. Its name must contain "bench": it is dropped and created again.
#   BENCH_KEEP            1 (default): keep the database and its media afterwards; 0: remove them on exit
#   BENCH_REUSE           1: reuse the database (and media) of an earlier run with BENCH_KEEP=1 instead of
#                         building it again (default 0)
#   BENCH_MEDIA_ROOT      default /tmp/bench-pages-N-media (images and documents of the demo content)
#   BENCH_STATIC_ROOT     default /tmp/bench-pages-static (collectstatic writes there; the page weight reads it)
#   BENCH_ROUNDS          rounds per phase (default 3)
#   BENCH_DURATION        wrk's -d for each measurement (default 5s)
#   BENCH_WARMUP          wrk run before each measurement, not counted (default 1s)
#   BENCH_QUIET_WAIT      seconds each measurement may wait for other processes (a test suite...) to take at
#                         most 10 % of the CPUs before it starts (default 0: no waiting, the report only says)
#   BENCH_PORT            port of the portal server (default 8090)
#   BENCH_MINIMAL_PORT    port of the minimal view (default 8091)
#   BENCH_REDIS_URL       cache of both phases if Redis answers there (default redis://127.0.0.1:6379/15)
#   BENCH_SEARCH_WORD     word of the search target (default: the first of naloxone, outreach, prevention,
#                         housing, harm that at least 5 English pages match)
#   BENCH_COMPARE_URL     another site to measure in the same rounds, e.g. http://127.0.0.1:8000 (not stopped
#                         while others run: only the local servers of this script are)
#   BENCH_COMPARE_PATHS   its paths, space-separated (default "/"), e.g. "/ /blog/ /blog/some-post/ /search/?q=bread";
#                         each is a "compare" row of the table, divided by the same minimal view
#   BENCH_LIGHTHOUSE      1: run bench/lighthouse.sh against the cached server at the end (home, the practice
#                         examples, a resource, the schedule) and add its table to the report (default 0)
#   PYTHON                default .venv/bin/python
set -euo pipefail

cd "$(dirname "$0")/.."
N="${1:-${BENCH_ITEMS:-60}}"
case "$N" in ''|*[!0-9]*) echo "usage: bench/run.sh [N] (items of each kind, default 60)" >&2; exit 2 ;; esac
PY="${PYTHON:-.venv/bin/python}"
GUNICORN="$(dirname "$PY")/gunicorn"
test -x "$PY" || { echo "$PY not found: run make install first" >&2; exit 1; }
test -x "$GUNICORN" || { echo "$GUNICORN not found: run make install first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk not found (apt-get install wrk)" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl not found (apt-get install curl)" >&2; exit 1; }
CLK_TCK="$(getconf CLK_TCK)"

ROUNDS="${BENCH_ROUNDS:-3}"
DURATION="${BENCH_DURATION:-5s}"
WARMUP="${BENCH_WARMUP:-1s}"
PORT="${BENCH_PORT:-8090}"
MINIMAL_PORT="${BENCH_MINIMAL_PORT:-8091}"
KEEP="${BENCH_KEEP:-1}"
REUSE="${BENCH_REUSE:-0}"
REDIS_URL_WANTED="${BENCH_REDIS_URL:-redis://127.0.0.1:6379/15}"
COMPARE_URL="${BENCH_COMPARE_URL:-}"
COMPARE_PATHS="${BENCH_COMPARE_PATHS:-/}"
LIGHTHOUSE="${BENCH_LIGHTHOUSE:-0}"
QUIET_WAIT="${BENCH_QUIET_WAIT:-0}"
case "$ROUNDS" in ''|*[!0-9]*|0) echo "BENCH_ROUNDS must be a positive number" >&2; exit 2 ;; esac
case "$QUIET_WAIT" in ''|*[!0-9]*) echo "BENCH_QUIET_WAIT must be a number of seconds" >&2; exit 2 ;; esac

# Production settings, plain HTTP on this machine, a throwaway key.
export DJANGO_SETTINGS_MODULE=portal.settings.production
SECRET_KEY="$("$PY" -c 'import secrets; print(secrets.token_urlsafe(50))')"
export SECRET_KEY SITE_HTTPS=0 DEBUG=0 LOG_LEVEL=WARNING ALLOWED_HOSTS=127.0.0.1,localhost SERVE_MEDIA=1
export DATABASE_URL="${BENCH_DATABASE_URL:-sqlite:////tmp/bench-pages-$N.sqlite3}"
export MEDIA_ROOT="${BENCH_MEDIA_ROOT:-/tmp/bench-pages-$N-media}"
export STATIC_ROOT="${BENCH_STATIC_ROOT:-/tmp/bench-pages-static}"
export WAGTAILADMIN_BASE_URL="http://127.0.0.1:$PORT"
# The database search backend; mail goes nowhere.
export ELASTICSEARCH_URL="" EMAIL_URL="dummy://"
unset PAGE_CACHE_SECONDS

WORK="$(mktemp -d /tmp/bench-pages-run.XXXXXX)"
MANIFEST="$WORK/manifest.tsv"
: >"$MANIFEST"
portal_pgid=""
minimal_pgid=""

# log, start_server, stop_server, build_data, redis_answers, clear_redis.
# shellcheck source=bench/lib.sh
. bench/lib.sh
# The options of both servers: sync workers, never timed out (see pause_server).
SERVER_OPTIONS=(--workers 2 --worker-class sync --timeout 0)

# --- Servers ------------------------------------------------------------------------------------

pause_server() { test -z "$1" || kill -STOP -- "-$1"; }
resume_server() { test -z "$1" || kill -CONT -- "-$1"; }

cleanup() {
    local status=$?
    stop_server "$portal_pgid"
    stop_server "$minimal_pgid"
    if [ "$KEEP" = 0 ]; then
        "$PY" bench/bench_data.py remove || true
        case "$MEDIA_ROOT" in /tmp/bench-*) rm -rf "$MEDIA_ROOT" ;; esac
    elif ((status == 0)); then
        log "Kept the database ($DATABASE_URL) and its media ($MEDIA_ROOT); BENCH_KEEP=0 removes them."
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- Data ---------------------------------------------------------------------------------------

vendor=sqlite
case "$DATABASE_URL" in postgres*) vendor=postgresql ;; esac
build_data "$N" "$REUSE" || exit 1

# Redis if it answers (both phases), else each worker's local memory.
cache_url=""
if redis_answers "$REDIS_URL_WANTED"; then
    cache_url="$REDIS_URL_WANTED"
else
    echo "The cache of both phases is each worker's local memory." >&2
fi
export REDIS_URL="$cache_url"

clear_cache() {
    test -n "$cache_url" || return 0
    clear_redis "$cache_url"
}

log "Finding the targets and counting their queries"
clear_cache
# Two lists: target ids, and their paths (or, for compare rows, their full addresses). The minimal view first.
ids=(minimal)
paths=(/)
while IFS=$'\t' read -r id path; do
    ids+=("$id")
    paths+=("$path")
done < <("$PY" bench/targets.py --output "$WORK/targets.json")
test "${#ids[@]}" -gt 1 || { echo "No targets found." >&2; exit 1; }
if [ -n "$COMPARE_URL" ]; then
    read -r -a compare_paths <<<"$COMPARE_PATHS"
    for index in "${!compare_paths[@]}"; do
        ids+=("compare-$((index + 1))")
        paths+=("${COMPARE_URL%/}${compare_paths[$index]}")
    done
fi

# The path of the target with this id.
path_of() {
    local index
    for index in "${!ids[@]}"; do
        if [ "${ids[$index]}" = "$1" ]; then
            printf '%s' "${paths[$index]}"
        fi
    done
}

# --- Measuring ----------------------------------------------------------------------------------

# CPU time so far, in clock ticks: "busy total ours", ours being the processes of this script's servers
# and those of Redis and PostgreSQL, which serve them.
cpu_snapshot() {
    awk -v portal="${portal_pgid:--1}" -v minimal="${minimal_pgid:--1}" 'BEGIN {
        getline line < "/proc/stat"; split(line, cpu, " ")
        busy = cpu[2] + cpu[3] + cpu[4] + cpu[7] + cpu[8] + cpu[9]
        for (i = 1; i < ARGC; i++) {
            if ((getline line < ARGV[i]) > 0) {
                name = line; sub(/^[^(]*\(/, "", name); sub(/\)[^)]*$/, "", name)
                sub(/^.*\) /, "", line); split(line, field, " ")
                if (field[3] == portal || field[3] == minimal || name == "redis-server" || name == "postgres") {
                    ours += field[12] + field[13]
                }
            }
            close(ARGV[i])
        }
        print busy, busy + cpu[5] + cpu[6], ours + 0
    }' /proc/[0-9]*/stat
}

# other_share BEFORE AFTER "WRK_USER WRK_SYS": the percentage of the CPUs that processes other than this
# script's servers and wrk used between two snapshots.
other_share() {
    awk -v b="$1" -v a="$2" -v w="$3" -v hz="$CLK_TCK" 'BEGIN {
        split(b, x, " "); split(a, y, " "); split(w, z, " ")
        total = y[2] - x[2]; other = (y[1] - x[1]) - (y[3] - x[3]) - (z[1] + z[2]) * hz
        if (other < 0) other = 0
        printf "%.1f", (total > 0 ? 100 * other / total : 0)
    }'
}

# With BENCH_QUIET_WAIT, wait (that many seconds at most) until other processes take at most 10 % of the CPUs.
wait_quiet() {
    local waited=0 before after share
    ((QUIET_WAIT > 0)) || return 0
    while :; do
        before="$(cpu_snapshot)"
        sleep 1
        after="$(cpu_snapshot)"
        share="$(other_share "$before" "$after" "0 0")"
        if awk -v share="$share" 'BEGIN { exit !(share <= 10) }'; then
            return 0
        fi
        waited=$((waited + 1))
        if ((waited >= QUIET_WAIT)); then
            log "    other processes still take $share % of the CPUs after ${waited} s: measuring anyway"
            return 0
        fi
    done
}

# Wait until the server behind BASE has answered what it had queued: requests wrk gave up at its end
# are still served, and would otherwise run into the next measurement. Two requests, one per worker.
drain() {
    local base="$1" first second
    curl -s -o /dev/null --max-time 120 "$base" & first=$!
    curl -s -o /dev/null --max-time 120 "$base" & second=$!
    wait "$first" "$second" || true
}

# measure PHASE ROUND ID URL DRAIN_URL: the status of one request, a warm-up, then the measured wrk run,
# with the share of the CPUs other processes used meanwhile (not this script's servers, not wrk).
measure() {
    local phase="$1" round="$2" id="$3" url="$4" drain_url="$5" status file before after wrk_cpu other
    file="$WORK/$phase-$round-$id.txt"
    status="$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 "$url" || true)"
    wrk -t2 -c8 -d"$WARMUP" --timeout 10s "$url" >/dev/null 2>&1 || true
    if [ -n "$drain_url" ]; then drain "$drain_url"; fi
    wait_quiet
    before="$(cpu_snapshot)"
    local TIMEFORMAT='%U %S'
    { time wrk -t2 -c8 -d"$DURATION" --latency --timeout 10s "$url" >"$file" 2>&1; } 2>"$file.cpu" || true
    after="$(cpu_snapshot)"
    wrk_cpu="$(tail -n 1 "$file.cpu")"
    other="$(other_share "$before" "$after" "$wrk_cpu")"
    if [ -n "$drain_url" ]; then drain "$drain_url"; fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$phase" "$round" "$id" "$url" "$status" "$file" "$other" >>"$MANIFEST"
}

# run_phase PHASE PAGE_CACHE_SECONDS
run_phase() {
    local phase="$1" seconds="$2" round offset index position id url drain_url count="${#ids[@]}"
    clear_cache
    log "Phase $phase: PAGE_CACHE_SECONDS=$seconds, cache ${cache_url:-local memory}"
    portal_pgid="$(start_server "$phase" "$PORT" portal.wsgi:application /health/ PAGE_CACHE_SECONDS="$seconds")"
    for ((round = 1; round <= ROUNDS; round++)); do
        log "  round $round of $ROUNDS"
        offset=$(((round - 1) % count))
        for ((index = 0; index < count; index++)); do
            position=$(((index + offset) % count))
            id="${ids[$position]}"
            case "$id" in
                minimal)
                    pause_server "$portal_pgid"; resume_server "$minimal_pgid"
                    url="http://127.0.0.1:$MINIMAL_PORT/"
                    drain_url="$url" ;;
                compare-*)
                    pause_server "$portal_pgid"; pause_server "$minimal_pgid"
                    url="${paths[$position]}"
                    drain_url="" ;;
                *)
                    pause_server "$minimal_pgid"; resume_server "$portal_pgid"
                    url="http://127.0.0.1:$PORT${paths[$position]}"
                    drain_url="http://127.0.0.1:$PORT/health/" ;;
            esac
            measure "$phase" "$round" "$id" "$url" "$drain_url"
        done
    done
    resume_server "$portal_pgid"
}

log "Starting the minimal view"
minimal_pgid="$(start_server minimal "$MINIMAL_PORT" bench.minimal_app:application / -u DJANGO_SETTINGS_MODULE)"
pause_server "$minimal_pgid"

run_phase uncached 0
stop_server "$portal_pgid"
portal_pgid=""
run_phase cached 600

lighthouse_args=()
if [ "$LIGHTHOUSE" = 1 ]; then
    log "Lighthouse against the cached server"
    pause_server "$minimal_pgid"
    resume_server "$portal_pgid"
    lighthouse_paths="$(path_of home) $(path_of list-practices) $(path_of detail-resource) $(path_of schedule)"
    if LIGHTHOUSE_PATHS="$lighthouse_paths" bench/lighthouse.sh "http://127.0.0.1:$PORT" >"$WORK/lighthouse.md"; then
        lighthouse_args=(--lighthouse "$WORK/lighthouse.md")
    else
        log "Lighthouse failed; the report goes without it."
    fi
fi
stop_server "$portal_pgid"
portal_pgid=""
stop_server "$minimal_pgid"
minimal_pgid=""

mkdir -p bench/results
# What the servers logged (warnings, errors with their tracebacks), kept beside the report when not empty.
server_log="bench/results/pages-$vendor-$N.log"
rm -f "$server_log"
for name in uncached cached minimal; do
    for file in "$WORK/$name.log" "$WORK/$name.out"; do
        if test -s "$file"; then
            { echo "--- $name server: $(basename "$file")"; cat "$file"; } >>"$server_log"
        fi
    done
done
if test -s "$server_log"; then log "The servers logged something: see $server_log"; fi
"$PY" bench/report.py --targets "$WORK/targets.json" --manifest "$MANIFEST" --items "$N" --rounds "$ROUNDS" \
    --duration "$DURATION" --warmup "$WARMUP" --cache "${cache_url:-local memory}" \
    --compare-url "$COMPARE_URL" "${lighthouse_args[@]}" \
    --output "bench/results/pages-$vendor-$N.md" --raw "bench/results/pages-$vendor-$N.json"
