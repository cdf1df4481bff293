#!/usr/bin/env bash
# Poor man's sampling profiler: N thread dumps of a running JVM (jcmd Thread.print), one every INTERVAL seconds;
# counts, over the request threads (http-nio-*-exec-*), the first Sleutelnet frame and the top frame of each stack.
# Stops after MAX_SECONDS however many samples it has (jcmd itself takes a second or more on a busy machine).
#   scripts/perf/sample-stacks.sh <pid> [samples=20] [interval=0.5] [max_seconds=60]
set -euo pipefail
PID="$1"
SAMPLES="${2:-20}"
INTERVAL="${3:-0.5}"
DEADLINE=$(($(date +%s) + ${4:-60}))
DUMPS="$(mktemp -d)"
trap 'rm -rf "$DUMPS"' EXIT
for i in $(seq "$SAMPLES"); do
    (($(date +%s) < DEADLINE)) || break
    jcmd "$PID" Thread.print >"$DUMPS/$i.txt" 2>/dev/null || break
    sleep "$INTERVAL"
done
python3 - "$DUMPS" <<'PY'
import collections, glob, os, sys
where, top = collections.Counter(), collections.Counter()
total = 0
for name in glob.glob(os.path.join(sys.argv[1], "*.txt")):
    for block in open(name).read().split("\n\n"):
        if '"http-nio' not in block or "-exec-" not in block:
            continue
        frames = [l.strip()[3:].split("(")[0] for l in block.splitlines() if l.strip().startswith("at ")]
        if not frames:
            continue
        total += 1
        if any("TaskQueue" in f or "LinkedBlockingQueue" in f for f in frames[:10]) and not any(
                f.startswith("nl.sleutelnet") for f in frames):
            where["(idle: waiting for a request)"] += 1
            continue
        ours = [f for f in frames if f.startswith("nl.sleutelnet")]
        if not ours:
            where["(busy outside Sleutelnet code: Tomcat, Spring, Jackson)"] += 1
            top[frames[0]] += 1
            continue
        where[ours[0]] += 1
        top[frames[0]] += 1
print(f"{total} request-thread samples")
print("innermost Sleutelnet frame:")
for frame, n in where.most_common(12):
    print(f"  {100 * n / total:5.1f}%  {frame}")
print("top frame (busy threads):")
for frame, n in top.most_common(8):
    print(f"  {100 * n / total:5.1f}%  {frame}")
PY
