#!/usr/bin/env bash
# Bounded soak: signal intake at half the measured capacity for DURATION seconds, against PostgreSQL.
#
#   scripts/perf/soak.sh                  # 240 s in 4 segments
#   DURATION=3600 SEGMENTS=12 scripts/perf/soak.sh
#   RATE=40 scripts/perf/soak.sh          # a fixed rate instead of half the measured capacity
#
# Starts a throwaway PostgreSQL 15 and the packaged application as scripts/perf/intake-load.sh does, warms up, and
# measures the capacity (wrk as fast as CONNECTIONS connections go, CAPACITY_SECONDS). Then sends signals at half that
# rate (wrk paced by report-signal.lua) in SEGMENTS equal parts; before the first and after every part, a full GC
# (jcmd GC.run) and the heap in use (GC.heap_info). Passes when no answer was other than 201 and no socket error
# happened, and the heap after the last part is at most the heap before the first plus TOLERANCE_PERCENT (10) %.
set -euo pipefail

source "$(dirname "$0")/lib.sh"
DURATION="${DURATION:-240}"
SEGMENTS="${SEGMENTS:-4}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
HEAP="${HEAP:-512m}"
CAPACITY_SECONDS="${CAPACITY_SECONDS:-20}"
TOLERANCE_PERCENT="${TOLERANCE_PERCENT:-10}"
OUT="${OUT:-$PERF_ROOT/target/perf/soak-$(date -u +%Y%m%dT%H%M%SZ).txt}"

begin_load_run soak "$HEAP"

{
    echo "# soak $(date -u +%FT%TZ) duration=${DURATION}s segments=$SEGMENTS connections=$CONNECTIONS heap=$HEAP"
    echo "# $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
} | tee "$OUT"
run_wrk 15 "$CONNECTIONS" >/dev/null
if [[ -z "${RATE:-}" ]]; then
    capacity="$(field rps "$(run_wrk "$CAPACITY_SECONDS" "$CONNECTIONS")")"
    RATE="$(awk -v c="$capacity" 'BEGIN {printf "%.0f", c / 2}')"
    echo "capacity ${capacity} signals/s; soak at $RATE/s" | tee -a "$OUT"
fi
export RATE

errors=0
heap_start="$(heap_after_gc_mib "$APP_PID")"
echo "heap after full GC before the soak: $heap_start MiB (RSS $(rss_mib "$APP_PID") MiB)" | tee -a "$OUT"
segment_seconds=$((DURATION / SEGMENTS))
for segment in $(seq "$SEGMENTS"); do
    line="$(run_wrk "$segment_seconds" "$CONNECTIONS")"
    bad=$(($(field non201 "$line") + $(field errors "$line")))
    errors=$((errors + bad))
    heap="$(heap_after_gc_mib "$APP_PID")"
    echo "segment $segment: $(field requests "$line") requests at $(field rps "$line")/s, p50 $(field p50_ms "$line") ms, p99 $(field p99_ms "$line") ms, not 201 or failed $bad; heap after full GC $heap MiB, RSS $(rss_mib "$APP_PID") MiB" | tee -a "$OUT"
done
signals="$(psql -h 127.0.0.1 -p "$PG_PORT" -U sleutelnet -d sleutelnet -tAc 'select count(*) from signal')"
verdict="$(awk -v s="$heap_start" -v e="$heap" -v t="$TOLERANCE_PERCENT" -v err="$errors" \
    'BEGIN {print (err == 0 && e <= s * (1 + t / 100)) ? "PASS" : "FAIL"}')"
{
    echo "signals stored: $signals; errors: $errors; heap after full GC $heap_start -> $heap MiB ($(awk -v s="$heap_start" -v e="$heap" 'BEGIN {printf "%+.1f", (e - s) / s * 100}') %)"
    echo "$verdict (zero errors, heap growth at most $TOLERANCE_PERCENT %)"
} | tee -a "$OUT"
[[ "$verdict" == PASS ]]
