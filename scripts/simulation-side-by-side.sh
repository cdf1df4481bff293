#!/usr/bin/env bash
# Compares the simulation's speed of an older revision with this working tree, side by side in one JVM:
#   scripts/simulation-side-by-side.sh REV [ROUNDS]        e.g. scripts/simulation-side-by-side.sh 5612953 10
# Builds both (REV from `git archive` into a temporary directory; one reactor each, nothing installed), then runs
# SimulationSideBySide from bootstrap's test sources: single runs alternate between REV (A) and this tree (B).
# Figures and the machine they came from: docs/performance.md, "Simulation".
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:?usage: scripts/simulation-side-by-side.sh REV [ROUNDS]}
rounds=${2:-10}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/a"
git archive "$rev" | tar -x -C "$tmp/a"
# one reactor build per tree, so that the modules come from their target/classes, never from ~/.m2
build() {
    (cd "$1" && ./mvnw -B -q -pl bootstrap -am test-compile dependency:build-classpath \
        -Dmdep.outputFile="$1/bootstrap/target/benchmark.classpath" -Dmdep.includeScope=test >/dev/null)
    echo "$1/bootstrap/target/test-classes:$1/bootstrap/target/classes:$(cat "$1/bootstrap/target/benchmark.classpath")" \
        >"$2"
}
build "$tmp/a" "$tmp/a.classpath"
build "$PWD" "$tmp/b.classpath"
java -Xms1g -cp bootstrap/target/test-classes nl.sleutelnet.bootstrap.simulation.SimulationSideBySide \
    "$tmp/a.classpath" "$tmp/b.classpath" "$rounds"
