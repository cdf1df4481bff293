#!/usr/bin/env bash
# Where a report's time goes under load: a JFR recording of the application and pg_stat_statements of PostgreSQL
# while wrk posts signals as fast as it can (the same stack as intake-load.sh).
#
#   scripts/perf/profile-intake.sh              # 20 s warm-up, 20 s recorded
#   DURATION=30 CONNECTIONS=8 scripts/perf/profile-intake.sh
#
# Prints: the throughput, the hottest Sleutelnet/Spring/driver frames (self time, and the Sleutelnet frames on the
# stack, from jdk.ExecutionSample), and the 25 statements that cost PostgreSQL the most time with their call counts
# per signal. The recording stays in $OUT_DIR (default target/perf/profile-<time>/intake.jfr).
set -euo pipefail

source "$(dirname "$0")/lib.sh"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-20}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
HEAP="${HEAP:-512m}"
OUT_DIR="${OUT_DIR:-$PERF_ROOT/target/perf/profile-$(date -u +%Y%m%dT%H%M%SZ)}"
OUT="$OUT_DIR/summary.txt"
mkdir -p "$OUT_DIR"

APP_JAVA_OPTS="-XX:FlightRecorderOptions:stackdepth=512" PG_STATEMENTS=1 begin_load_run profile "$HEAP"
log "warm-up: ${WARMUP}s"
run_wrk "$WARMUP" "$CONNECTIONS" >/dev/null
reset_statements
jcmd "$APP_PID" JFR.start name=intake settings=profile >/dev/null
line="$(run_wrk "$DURATION" "$CONNECTIONS")"
jcmd "$APP_PID" JFR.dump name=intake filename="$OUT_DIR/intake.jfr" >/dev/null
jcmd "$APP_PID" JFR.stop name=intake >/dev/null
n="$(field requests "$line")"
echo "throughput: $(field rps "$line") signals/s ($n in ${DURATION}s, not-201 $(field non201 "$line"))"

jfr print --events jdk.ExecutionSample --stack-depth 512 "$OUT_DIR/intake.jfr" >"$OUT_DIR/samples.txt"
python3 - "$OUT_DIR/samples.txt" <<'PYEOF'
import re, sys, collections
samples, own, on_stack = 0, collections.Counter(), collections.Counter()
frames = []
def flush():
    global samples
    if not frames:
        return
    samples += 1
    own[frames[0]] += 1
    for f in set(frames):
        on_stack[f] += 1
for line in open(sys.argv[1]):
    line = line.strip()
    if line.startswith("jdk.ExecutionSample"):
        flush(); frames = []
    m = re.match(r"([\w.$<>]+)\(.*\)\s+line:", line)
    if m:
        frames.append(m.group(1))
flush()
print(f"{samples} execution samples")
print("hottest frames (self):")
for f, c in own.most_common(25):
    print(f"  {100 * c / samples:5.1f} %  {f}")
print("frames on the stack (inclusive; Sleutelnet's and the first 40 others):")
others = 0
for f, c in on_stack.most_common():
    if not f.startswith("nl.sleutelnet"):
        others += 1
        if others > 40:
            continue
    if c < samples / 100:
        break
    print(f"  {100 * c / samples:5.1f} %  {f}")
PYEOF
echo "statements per signal (calls / $n signals), by PostgreSQL time:"
top_statements 30 | awk -v n="$n" 'NR > 2 && $1 ~ /^[0-9]+$/ {printf "  %6.2f per signal  ", $1 / n} {print}'
