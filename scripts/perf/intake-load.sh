#!/usr/bin/env bash
# Signal intake under load, against PostgreSQL, compared side by side with pgbench on the same server.
#
#   scripts/perf/intake-load.sh            # 3 rounds of 20 s
#   ROUNDS=5 DURATION=30 CONNECTIONS=16 scripts/perf/intake-load.sh
#   PROFILE=1 scripts/perf/intake-load.sh  # also sample the request threads' stacks during the first app run
#
# Starts a throwaway Debian PostgreSQL 15 on 127.0.0.1 and the packaged application on it, with an account
# (role COORDINATOR) and an API token made through the staff UI and the API as an administrator would. Then per round:
#   pgbench   a custom script inserting one row into a table shaped like the signal table (LIKE signal INCLUDING ALL,
#             so with its keys, checks and indexes), one row per transaction, CONNECTIONS clients;
#   wrk       POST /api/v1/signalen with a valid signal (token, validation, personal-data screen, audit entry,
#             temperature watch, commit), CONNECTIONS connections, as fast as they go.
# The ratio app/pgbench is per round; after the rounds, wrk runs paced at HALF the median app throughput (the Lua
# delay() hook claims send slots, see report-signal.lua) and reports p50/p99 latency. Medians at the end.
# Output: a summary on stdout; the raw per-round lines in $OUT (default target/perf/intake-<time>.txt).
set -euo pipefail

source "$(dirname "$0")/lib.sh"
ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-20}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
HEAP="${HEAP:-512m}"
OUT="${OUT:-$PERF_ROOT/target/perf/intake-$(date -u +%Y%m%dT%H%M%SZ).txt}"

need_packages wrk postgresql-15 postgresql-client-15 curl python3
app_jar >/dev/null
WORK="$(mktemp -d /tmp/sleutelnet-intake.XXXXXX)"
chmod 755 "$WORK"
trap 'perf_cleanup; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$(dirname "$OUT")"

start_stack "$WORK" "$HEAP"

# the pgbench table: the signal table's shape, in a schema of its own beside the application's tables
psql -h 127.0.0.1 -p "$PG_PORT" -U sleutelnet -d sleutelnet -q -v ON_ERROR_STOP=1 \
    -c "create schema bench" -c "create table bench.signal_row (like public.signal including all)"
cat >"$WORK/insert.sql" <<'EOF'
\set intensity random(1, 5)
insert into bench.signal_row (id, tracking_code, reporter_kind, reporter_id, reporter_label, how_obtained, intensity,
    description, observed_at, received_at, last_observed_at, assignee, status, version)
values (gen_random_uuid(), substr(md5(random()::text), 1, 11), 'STAFF', gen_random_uuid(), 'intake.load',
    'CONVERSATION', :intensity, 'Belastingtest: onrust bij het winkelcentrum over de nieuwe plannen', now(), now(),
    now(), gen_random_uuid(), 'RECEIVED', 1);
EOF

run_pgbench() {
    PGUSER=sleutelnet pgbench -h 127.0.0.1 -p "$PG_PORT" -n -M prepared -c "$CONNECTIONS" -j "$THREADS" \
        -T "$1" -f "$WORK/insert.sql" sleutelnet 2>&1 | awk '/^tps = / {print $3}'
}

{
    echo "# intake-load $(date -u +%FT%TZ) rounds=$ROUNDS duration=${DURATION}s connections=$CONNECTIONS threads=$THREADS heap=$HEAP"
    echo "# $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
} | tee "$OUT"
log "warm-up: ${WARMUP}s of each"
run_wrk "$WARMUP" "$CONNECTIONS" >/dev/null
run_pgbench "$WARMUP" >/dev/null

declare -a PG_TPS APP_RPS RATIOS P50 P99 ERRORS
for round in $(seq "$ROUNDS"); do
    if ((round % 2)); then
        pg="$(run_pgbench "$DURATION")"
        if [[ "$round" == 1 && "${PROFILE:-0}" == 1 ]]; then
            # thread dumps during the middle of the first app run: where the request threads spend their time
            (sleep $((DURATION / 4)); "$PERF_ROOT/scripts/perf/sample-stacks.sh" "$APP_PID" 20 \
                "$(awk -v d="$DURATION" 'BEGIN {print d / 40}')" >"$WORK/profile.txt") &
            PROFILER=$!
        fi
        line="$(run_wrk "$DURATION" "$CONNECTIONS")"
        if [[ -n "${PROFILER:-}" ]]; then wait "$PROFILER"; cat "$WORK/profile.txt" | tee -a "$OUT"; PROFILER=""; fi
    else
        line="$(run_wrk "$DURATION" "$CONNECTIONS")"
        pg="$(run_pgbench "$DURATION")"
    fi
    app="$(field rps "$line")"
    ratio="$(awk -v a="$app" -v p="$pg" 'BEGIN {printf "%.3f", a / p}')"
    signals="$(psql -h 127.0.0.1 -p "$PG_PORT" -U sleutelnet -d sleutelnet -tAc 'select count(*) from signal')"
    PG_TPS+=("$pg"); APP_RPS+=("$app"); RATIOS+=("$ratio")
    ERRORS+=($(($(field non201 "$line") + $(field errors "$line"))))
    echo "round $round: pgbench ${pg} tps, app ${app} signals/s, ratio $ratio, not-201 $(field non201 "$line"), socket errors $(field errors "$line"), signals stored $signals" | tee -a "$OUT"
done

HALF="$(awk -v r="$(median "${APP_RPS[@]}")" 'BEGIN {printf "%.0f", r / 2}')"
for round in $(seq "$ROUNDS"); do
    line="$(RATE="$HALF" run_wrk "$DURATION" "$CONNECTIONS")"
    P50+=("$(field p50_ms "$line")"); P99+=("$(field p99_ms "$line")")
    ERRORS+=($(($(field non201 "$line") + $(field errors "$line"))))
    echo "paced round $round: offered $HALF/s, achieved $(field rps "$line")/s, p50 $(field p50_ms "$line") ms, p90 $(field p90_ms "$line") ms, p99 $(field p99_ms "$line") ms, max $(field max_ms "$line") ms, not-201 $(field non201 "$line")" | tee -a "$OUT"
done

{
    echo "median: pgbench $(median "${PG_TPS[@]}") tps, app $(median "${APP_RPS[@]}") signals/s, ratio app/pgbench $(median "${RATIOS[@]}") (target >= 0.5)"
    echo "median at $HALF/s (half the app's throughput): p50 $(median "${P50[@]}") ms, p99 $(median "${P99[@]}") ms"
    echo "errors over all runs (non-201 answers and socket errors): $(( $(printf '%s+' "${ERRORS[@]}")0 ))"
} | tee -a "$OUT"
