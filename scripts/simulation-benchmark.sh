#!/usr/bin/env bash
# Times the simulation of issue 9: the default scenario (Maastricht 2022-2026) through the real use cases.
#   scripts/simulation-benchmark.sh [--runs N] [--seeds N] [--threads N]
# Builds the modules (no tests, nothing installed), then runs SimulationBenchmark from bootstrap's test sources:
# N single runs in one JVM (median), then N seeds in parallel. Defaults: 5 runs, 1000 seeds, threads = processors.
# Figures and the machine they came from: docs/performance.md, "Simulation".
set -euo pipefail
cd "$(dirname "$0")/.."
# one reactor build, so that the other modules come from their target/classes, never from ~/.m2; the last module
# built (bootstrap) writes the class path last
cp_file="$PWD/bootstrap/target/benchmark.classpath"
./mvnw -B -q -pl bootstrap -am test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" \
    -Dmdep.includeScope=test >/dev/null
classpath="bootstrap/target/test-classes:bootstrap/target/classes:$(cat "$cp_file")"
exec java -Xms512m -cp "$classpath" nl.sleutelnet.bootstrap.simulation.SimulationBenchmark "$@"
