# Shell functions shared by bench/run.sh and bench/load.sh: sourced, never run by itself.
#
# The caller sets PY (the virtualenv's python), GUNICORN (its gunicorn), WORK (a scratch directory that
# holds the servers' pid files and logs), DATABASE_URL and MEDIA_ROOT, and SERVER_OPTIONS, an array of the
# gunicorn options that differ between the two (workers, worker class, threads, timeout).

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# start_server NAME PORT APP PROBE [VAR=value...]: gunicorn in a session of its own, ready once PROBE (a
# path) answers; prints its process group.
start_server() {
    local name="$1" port="$2" app="$3" probe="$4"
    shift 4
    if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
        echo "Port $port is already in use: choose another one (see the script's header)." >&2
        return 1
    fi
    rm -f "$WORK/$name.pid"
    env "$@" setsid --fork "$GUNICORN" "$app" --bind "127.0.0.1:$port" "${SERVER_OPTIONS[@]}" \
        --log-level warning --error-logfile "$WORK/$name.log" --forwarded-allow-ips="" \
        --no-control-socket --pid "$WORK/$name.pid" </dev/null >"$WORK/$name.out" 2>&1
    local waited=0
    until test -s "$WORK/$name.pid" && curl -s -o /dev/null --max-time 5 "http://127.0.0.1:$port$probe"; do
        sleep 0.5
        waited=$((waited + 1))
        if ((waited > 120)); then
            echo "The $name server did not start; its log:" >&2
            tail -n 30 "$WORK/$name.log" >&2
            if test -s "$WORK/$name.pid"; then stop_server "$(cat "$WORK/$name.pid")"; fi
            return 1
        fi
    done
    cat "$WORK/$name.pid"
}

stop_server() {
    local pgid="$1" waited=0
    test -n "$pgid" || return 0
    kill -TERM -- "-$pgid" 2>/dev/null || return 0
    kill -CONT -- "-$pgid" 2>/dev/null || true
    while kill -0 -- "-$pgid" 2>/dev/null; do
        sleep 0.2
        waited=$((waited + 1))
        if ((waited > 100)); then
            kill -KILL -- "-$pgid" 2>/dev/null || true
            break
        fi
    done
}

# build_data N REUSE: a fresh database of DATABASE_URL with the demo content and N generated items of each
# kind (`bench/bench_data.py`), or with REUSE=1 the one an earlier run kept, migrated; then collectstatic.
build_data() {
    # Each step checks its own status: `set -e` does not apply inside a function called as `build_data || ...`.
    local items="$1" reuse="$2"
    "$PY" bench/bench_data.py check || return 1
    if [ "$reuse" = 1 ]; then
        log "Reusing $DATABASE_URL"
        "$PY" manage.py migrate --no-input -v 0 || return 1
    else
        log "Fresh database $DATABASE_URL; migrating"
        "$PY" bench/bench_data.py fresh || return 1
        case "$MEDIA_ROOT" in /tmp/bench-*) rm -rf "$MEDIA_ROOT" ;; esac
        "$PY" manage.py migrate --no-input -v 0 || return 1
        log "Loading the demo content"
        "$PY" manage.py load_demo_content -v 0 >&2 || return 1
        log "Generating $items items of each kind"
        "$PY" bench/bench_data.py generate --items "$items" || return 1
    fi
    "$PY" manage.py collectstatic --no-input -v 0 >&2
}

# redis_answers URL: exit 0 when Redis answers there, else say so on standard error.
redis_answers() {
    "$PY" - "$1" <<'EOF'
import sys

import redis

try:
    redis.Redis.from_url(sys.argv[1], socket_connect_timeout=1, socket_timeout=1).ping()
except redis.RedisError as error:
    print(f"Redis at {sys.argv[1]} does not answer ({error})", file=sys.stderr)
    sys.exit(1)
EOF
}

# clear_redis URL: delete the portal's keys (cached pages, fragments, rate-limit counters) in that Redis database.
clear_redis() {
    "$PY" - "$1" <<'EOF'
import sys

import redis

client = redis.Redis.from_url(sys.argv[1])
keys = list(client.scan_iter("portal:*", count=1000))
for start in range(0, len(keys), 1000):
    client.delete(*keys[start : start + 1000])
EOF
}
