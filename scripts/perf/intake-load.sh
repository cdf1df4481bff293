#!/usr/bin/env bash
# Signal intake under load, against PostgreSQL, compared side by side with pgbench on the same server.
#
#   scripts/perf/intake-load.sh            # 60 s of warm-up for each (WARMUP), then 3 rounds of 20 s
#   ROUNDS=5 DURATION=30 CONNECTIONS=16 scripts/perf/intake-load.sh
#   PROFILE=1 scripts/perf/intake-load.sh  # also sample the request threads' stacks during the first app run
#
# Starts a throwaway Debian PostgreSQL 15 on 127.0.0.1 and the packaged application on it, with an account
# (role COORDINATOR) and an API token made through the staff UI and the API as an administrator would. Then per round:
#   pgbench   a custom script inserting one row into a table shaped like the signal table (LIKE signal INCLUDING ALL,
#             so with its keys, checks and indexes), one row per transaction, CONNECTIONS clients;
#   bare      the same wrk load against a bare Spring Boot application of the same Boot version
#             (nl.sleutelnet.perf.BareIntakeApplication in bootstrap's test sources: the same path and JSON body, bound
#             with Jackson, pgbench's single-row insert through JdbcClient in a transaction, 201; nothing else), on the
#             same PostgreSQL with the same heap: the ceiling any Spring web application has on this machine;
#   wrk       POST /api/v1/signalen with a valid signal (token, validation, personal-data screen, audit entry,
#             temperature watch, commit), CONNECTIONS connections, as fast as they go.
# The three run one after the other, in reversed order every other round. The ratios app/pgbench, bare/pgbench and
# app/bare are per round; after the rounds, wrk runs paced at HALF the median app throughput (the Lua
# delay() hook claims send slots, see report-signal.lua) and reports p50/p99 latency. Medians at the end.
# Output: a summary on stdout; the raw per-round lines in $OUT (default target/perf/intake-<time>.txt).
set -euo pipefail

source "$(dirname "$0")/lib.sh"
ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-60}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
HEAP="${HEAP:-512m}"
OUT="${OUT:-$PERF_ROOT/target/perf/intake-$(date -u +%Y%m%dT%H%M%SZ).txt}"

begin_load_run intake "$HEAP"

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

# the yardstick: a bare Spring Boot application doing pgbench's insert for the same request (see the top)
bare_app "$WORK/bare" BareIntakeApplication org.springframework.boot:spring-boot-starter-webmvc \
    org.springframework.boot:spring-boot-starter-jdbc org.postgresql:postgresql
start_java "$WORK/bare.log" -Xms"$HEAP" -Xmx"$HEAP" -cp "$BARE_CP" nl.sleutelnet.perf.BareIntakeApplication \
    --server.port=0 --server.address=127.0.0.1 \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/sleutelnet" \
    --spring.datasource.username=sleutelnet --spring.datasource.password=sleutelnet
BARE_PID="$JAVA_PID"
BARE_BASE="http://127.0.0.1:$(listening_port "$WORK/bare.log" "$BARE_PID" 300)" || { tail -50 "$WORK/bare.log" >&2; exit 1; }
log "bare application (pid $BARE_PID) on $BARE_BASE"

# prints "tps transactions"
run_pgbench() {
    PGUSER=sleutelnet pgbench -h 127.0.0.1 -p "$PG_PORT" -n -M prepared -c "$CONNECTIONS" -j "$THREADS" \
        -T "$1" -f "$WORK/insert.sql" sleutelnet 2>&1 |
        awk '/^tps = / {tps = $3} /^number of transactions actually processed/ {n = $NF} END {print tps, n}'
}

# the pgbench round: sets PG (tps) and PG_CPU (server CPU ms per transaction)
pgbench_round() {
    local before after result
    before="$(pg_cpu_ms)"
    result="$(run_pgbench "$DURATION")"
    sleep 1   # let the postmaster reap pgbench's backends, or their CPU time is in no count
    after="$(pg_cpu_ms)"
    PG="${result% *}"
    PG_CPU="$(awk -v c=$((after - before)) -v n="${result#* }" 'BEGIN {printf "%.3f", c / n}')"
}

# a wrk round against the application at $1 (pid $2): sets LINE (wrk's PERF line), JVM_CPU and SERVER_CPU (JVM and
# PostgreSQL CPU ms per request)
wrk_round() {
    local jvm0 pg0 jvm1 pg1 n
    jvm0="$(proc_cpu_ms "$2")"; pg0="$(pg_cpu_ms)"
    LINE="$(BASE="$1" run_wrk "$DURATION" "$CONNECTIONS")"
    jvm1="$(proc_cpu_ms "$2")"; pg1="$(pg_cpu_ms)"
    n="$(field requests "$LINE")"
    JVM_CPU="$(awk -v c=$((jvm1 - jvm0)) -v n="$n" 'BEGIN {printf "%.2f", c / n}')"
    SERVER_CPU="$(awk -v c=$((pg1 - pg0)) -v n="$n" 'BEGIN {printf "%.3f", c / n}')"
}

# the bare application's round: sets BARE_LINE, BARE_CPU and BARE_PG_CPU
bare_round() {
    wrk_round "$BARE_BASE" "$BARE_PID"
    BARE_LINE="$LINE"; BARE_CPU="$JVM_CPU"; BARE_PG_CPU="$SERVER_CPU"
}

# Sleutelnet's round: sets APP_LINE, APP_CPU and APP_PG_CPU
app_round() {
    wrk_round "$BASE" "$APP_PID"
    APP_LINE="$LINE"; APP_CPU="$JVM_CPU"; APP_PG_CPU="$SERVER_CPU"
}

{
    echo "# intake-load $(date -u +%FT%TZ) rounds=$ROUNDS duration=${DURATION}s connections=$CONNECTIONS threads=$THREADS heap=$HEAP"
    echo "# $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
} | tee "$OUT"
log "warm-up: ${WARMUP}s of each"
run_wrk "$WARMUP" "$CONNECTIONS" >/dev/null
BASE="$BARE_BASE" run_wrk "$WARMUP" "$CONNECTIONS" >/dev/null
run_pgbench "$WARMUP" >/dev/null

declare -a PG_TPS APP_RPS BARE_RPS RATIOS BARE_RATIOS APP_BARE CPU_APP_BARE CPU_RATIOS P50 P99 ERRORS
PROFILER=""
for round in $(seq "$ROUNDS"); do
    ((round % 2)) && pgbench_round && bare_round
    if [[ "$round" == 1 && "${PROFILE:-0}" == 1 ]]; then
        # thread dumps in the middle of the first app run: where the request threads spend their time
        (sleep $((DURATION / 4)); "$PERF_ROOT/scripts/perf/sample-stacks.sh" "$APP_PID" 20 0.2 \
            $((DURATION / 2)) >"$WORK/profile.txt") &
        PROFILER=$!
    fi
    app_round
    if [[ -n "$PROFILER" ]]; then wait "$PROFILER"; tee -a "$OUT" <"$WORK/profile.txt"; PROFILER=""; fi
    ((round % 2)) || { bare_round; pgbench_round; }
    app="$(field rps "$APP_LINE")"
    bare="$(field rps "$BARE_LINE")"
    ratio="$(awk -v a="$app" -v p="$PG" 'BEGIN {printf "%.3f", a / p}')"
    bare_ratio="$(awk -v b="$bare" -v p="$PG" 'BEGIN {printf "%.3f", b / p}')"
    app_bare="$(awk -v a="$app" -v b="$bare" 'BEGIN {printf "%.3f", a / b}')"
    # the same from CPU time: the bare application's JVM + server CPU per request against Sleutelnet's per signal
    cpu_app_bare="$(awk -v b="$BARE_CPU" -v bs="$BARE_PG_CPU" -v a="$APP_CPU" -v s="$APP_PG_CPU" 'BEGIN {printf "%.3f", (b + bs) / (a + s)}')"
    # what the ratio would be if both had the same CPU to themselves: CPU per row against CPU per signal
    cpu_ratio="$(awk -v p="$PG_CPU" -v a="$APP_CPU" -v s="$APP_PG_CPU" 'BEGIN {printf "%.3f", p / (a + s)}')"
    signals="$(psql -h 127.0.0.1 -p "$PG_PORT" -U sleutelnet -d sleutelnet -tAc 'select count(*) from signal')"
    PG_TPS+=("$PG"); APP_RPS+=("$app"); RATIOS+=("$ratio"); CPU_RATIOS+=("$cpu_ratio")
    BARE_RPS+=("$bare"); BARE_RATIOS+=("$bare_ratio"); APP_BARE+=("$app_bare"); CPU_APP_BARE+=("$cpu_app_bare")
    ERRORS+=($(($(field non201 "$APP_LINE") + $(field errors "$APP_LINE") + $(field non201 "$BARE_LINE") + $(field errors "$BARE_LINE"))))
    echo "round $round: bare Boot application $bare requests/s (CPU $BARE_CPU ms/request in its JVM + $BARE_PG_CPU ms in PostgreSQL), bare/pgbench $bare_ratio, app/bare $app_bare (by CPU $cpu_app_bare), not-201 $(field non201 "$BARE_LINE"), socket errors $(field errors "$BARE_LINE")" | tee -a "$OUT"
    echo "round $round: pgbench $PG tps (server CPU $PG_CPU ms/row), app $app signals/s (CPU $APP_CPU ms/signal in the JVM + $APP_PG_CPU ms in PostgreSQL), ratio $ratio, CPU ratio $cpu_ratio, not-201 $(field non201 "$APP_LINE"), socket errors $(field errors "$APP_LINE"), signals stored $signals" | tee -a "$OUT"
done

HALF="$(awk -v r="$(median "${APP_RPS[@]}")" 'BEGIN {printf "%.0f", r / 2}')"
for round in $(seq "$ROUNDS"); do
    line="$(RATE="$HALF" run_wrk "$DURATION" "$CONNECTIONS")"
    P50+=("$(field p50_ms "$line")"); P99+=("$(field p99_ms "$line")")
    ERRORS+=($(($(field non201 "$line") + $(field errors "$line"))))
    echo "paced round $round: offered $HALF/s, achieved $(field rps "$line")/s, p50 $(field p50_ms "$line") ms, p90 $(field p90_ms "$line") ms, p99 $(field p99_ms "$line") ms, max $(field max_ms "$line") ms, not-201 $(field non201 "$line")" | tee -a "$OUT"
done

{
    echo "median: pgbench $(median "${PG_TPS[@]}") tps, app $(median "${APP_RPS[@]}") signals/s, ratio app/pgbench $(median "${RATIOS[@]}") (target >= 0.5); CPU ratio $(median "${CPU_RATIOS[@]}")"
    echo "median: bare Boot application $(median "${BARE_RPS[@]}") requests/s, bare/pgbench $(median "${BARE_RATIOS[@]}"), app/bare $(median "${APP_BARE[@]}") (by CPU $(median "${CPU_APP_BARE[@]}"))"
    echo "median at $HALF/s (half the app's throughput): p50 $(median "${P50[@]}") ms, p99 $(median "${P99[@]}") ms"
    echo "errors over all runs (non-201 answers and socket errors): $(( $(printf '%s+' "${ERRORS[@]}")0 ))"
} | tee -a "$OUT"
