#!/usr/bin/env bash
# Start-up time and memory of Sleutelnet (embedded default: an H2 file database, a fresh data directory each run)
# next to a bare Spring Boot web application of the same Boot version (nl.sleutelnet.perf.BareWebApplication in
# bootstrap's test sources: one endpoint, on a class path of spring-boot-starter-webmvc alone), and next to a second
# yardstick, "stack": the same one-endpoint class on the class path of every Spring Boot starter and framework
# library Sleutelnet is built on (web MVC, Thymeleaf, Security with the OAuth2 client, springdoc, JDBC, Flyway,
# H2 and PostgreSQL drivers, Spring Session JDBC, the actuator, mail, Hibernate Validator), with an H2 file database,
# Boot's own auto-configuration and no code of Sleutelnet: what the chosen frameworks cost before Sleutelnet adds
# anything. It answers / behind Boot's default security, so it is asked with its (fixed) user and password.
#
#   scripts/perf/startup.sh               # 5 runs of each, every mode, first starts and restarts
#   RUNS=3 MODES="jar" STARTS=restart scripts/perf/startup.sh
#   APPS="bare sleutelnet" scripts/perf/startup.sh   # without the stack yardstick
#   BEFORE_JAR=/tmp/old/sleutelnet.jar APPS="bare stack before sleutelnet" scripts/perf/startup.sh
#                                         # a fourth application, "before": an earlier build's jar, started the same
#                                         # way as Sleutelnet (same data directory copy, same page), for a before/after
#                                         # side by side in one run
#
# Modes (the same launch style for both applications):
#   jar            java -jar sleutelnet.jar                       | java -cp bare.jar:<starter jars>
#   extracted      java -jar extracted/sleutelnet.jar             | the same class path
#                  (java -Djarmode=tools -jar sleutelnet.jar extract: the jars side by side instead of nested)
#   extracted-cds  the above with -XX:SharedArchiveFile=<archive>, the archive made by one training run with
#                  -XX:ArchiveClassesAtExit and -Dspring.context.exit=onRefresh (class-data sharing, JDK 17)
# Starts (STARTS):
#   first          Sleutelnet on a new data directory: every Flyway migration, the first administrator's password hash
#   restart        Sleutelnet on a data directory made by an earlier start (a copy of it per run): an ordinary restart
#   The bare application has no data; it is started the same way each time, side by side with each kind.
# Measured per start: milliseconds from launching java to the first 2xx answer (Sleutelnet: the sign-in page
# /inloggen; bare: /), polled every 20 ms; the CPU time the JVM used until then (all threads; on a busy machine the
# figure to compare, as waiting for a core does not count); RSS at that moment; heap in use after a full GC.
# Output: a table of medians and the ratios sleutelnet/bare, stack/bare and sleutelnet/stack on stdout; raw lines in $OUT.
set -euo pipefail

source "$(dirname "$0")/lib.sh"
RUNS="${RUNS:-5}"
APPS="${APPS:-bare stack sleutelnet}"
MODES="${MODES:-jar extracted extracted-cds}"
STARTS="${STARTS:-first restart}"
OUT="${OUT:-$PERF_ROOT/target/perf/startup-$(date -u +%Y%m%dT%H%M%SZ).txt}"

need_packages curl python3
JAR="$(app_jar)"
if [[ " $APPS " == *" before "* ]]; then
    [[ -f "${BEFORE_JAR:-}" ]] || { echo "APPS has 'before': set BEFORE_JAR to an earlier build's sleutelnet.jar" >&2; exit 2; }
fi
WORK="$(mktemp -d /tmp/sleutelnet-startup.XXXXXX)"
trap 'perf_cleanup; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$(dirname "$OUT")"

# --- the yardsticks: their class paths resolved from Maven Central (or ~/.m2), their one class compiled here
bare_app "$WORK/stack" BareWebApplication org.springframework.boot:spring-boot-starter-webmvc \
    org.springframework.boot:spring-boot-starter-thymeleaf org.springframework.boot:spring-boot-starter-security \
    org.springframework.boot:spring-boot-starter-security-oauth2-client \
    "org.springdoc:springdoc-openapi-starter-webmvc-api:$(pom_property springdoc.version)" org.springframework.boot:spring-boot-starter-jdbc \
    org.springframework.boot:spring-boot-starter-flyway org.flywaydb:flyway-database-postgresql \
    com.h2database:h2 org.postgresql:postgresql org.springframework.boot:spring-boot-session-jdbc \
    org.springframework.boot:spring-boot-starter-actuator org.springframework.boot:spring-boot-starter-mail \
    org.hibernate.validator:hibernate-validator
STACK_CP="$BARE_CP"
# the stack yardstick's settings: an H2 file in $1 like Sleutelnet's embedded default, Spring Session's table made by
# Boot, Boot's default user with a fixed password (STACK_PASSWORD) so that / can be asked for
STACK_PASSWORD="yardstick"
stack_args() {
    echo --spring.datasource.url="jdbc:h2:file:$1/data/yardstick" --spring.session.jdbc.initialize-schema=always \
        --spring.security.user.password="$STACK_PASSWORD"
}
bare_app "$WORK/bare" BareWebApplication org.springframework.boot:spring-boot-starter-webmvc

# --- the extracted Sleutelnet and the class-data sharing archives (one training run each)
if [[ " $MODES " == *" extracted"* ]]; then
    java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" >/dev/null
    if [[ " $APPS " == *" before "* ]]; then
        java -Djarmode=tools -jar "$BEFORE_JAR" extract --destination "$WORK/extracted-before" >/dev/null
    fi
fi
if [[ " $MODES " == *" extracted-cds "* ]]; then
    log "training runs for the class-data sharing archives"
    java -XX:ArchiveClassesAtExit="$WORK/sleutelnet.jsa" -Dspring.context.exit=onRefresh \
        -jar "$WORK/extracted/sleutelnet.jar" --server.port=0 --sleutelnet.data-dir="$WORK/training" \
        >"$WORK/training-sleutelnet.log" 2>&1
    java -XX:ArchiveClassesAtExit="$WORK/bare.jsa" -Dspring.context.exit=onRefresh -cp "$BARE_CP" \
        nl.sleutelnet.perf.BareWebApplication --server.port=0 >"$WORK/training-bare.log" 2>&1
    if [[ " $APPS " == *" before "* ]]; then
        java -XX:ArchiveClassesAtExit="$WORK/before.jsa" -Dspring.context.exit=onRefresh \
            -jar "$WORK/extracted-before/sleutelnet.jar" --server.port=0 --sleutelnet.data-dir="$WORK/training-before" \
            >"$WORK/training-before.log" 2>&1
    fi
    if [[ " $APPS " == *" stack "* ]]; then
        java -XX:ArchiveClassesAtExit="$WORK/stack.jsa" -Dspring.context.exit=onRefresh -cp "$STACK_CP" \
            nl.sleutelnet.perf.BareWebApplication --server.port=0 $(stack_args "$WORK/training-stack") \
            >"$WORK/training-stack.log" 2>&1
    fi
fi

# --- the data directory that restarts start on: made by one start of Sleutelnet, then stopped
if [[ " $STARTS " == *" restart "* ]]; then
    log "preparing a data directory for the restarts"
    start_java "$WORK/prepare.log" -jar "$JAR" --server.port=0 --server.address=127.0.0.1 \
        --sleutelnet.data-dir="$WORK/prepared-data"
    port="$(listening_port "$WORK/prepare.log" "$JAVA_PID" 300)" || { tail -30 "$WORK/prepare.log" >&2; exit 1; }
    wait_http "http://127.0.0.1:$port/inloggen" 300 "$JAVA_PID" || { tail -30 "$WORK/prepare.log" >&2; exit 1; }
    stop_pid "$JAVA_PID"
    PERF_PIDS=()
fi

# launch command per application and mode (after the java executable); $3 the run's directory
command_for() {
    local app="$1" mode="$2" dir="$3"
    local cds=()
    [[ "$mode" == extracted-cds ]] && cds=(-XX:SharedArchiveFile="$WORK/$app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
    if [[ "$app" == bare ]]; then
        echo "${cds[@]}" -cp "$BARE_CP" nl.sleutelnet.perf.BareWebApplication
    elif [[ "$app" == stack ]]; then
        echo "${cds[@]}" -cp "$STACK_CP" nl.sleutelnet.perf.BareWebApplication $(stack_args "$dir")
    elif [[ "$app" == before && "$mode" == jar ]]; then
        echo -jar "$BEFORE_JAR"
    elif [[ "$app" == before ]]; then
        echo -jar "$WORK/extracted-before/sleutelnet.jar"
    elif [[ "$mode" == jar ]]; then
        echo -jar "$JAR"
    else
        echo "${cds[@]}" -jar "$WORK/extracted/sleutelnet.jar"
    fi
}

# one start: sets RESULT to "millis cpu_millis rss_mib heap_mib" (not in $(...), so that the EXIT trap knows the process)
measure() {
    local app="$1" mode="$2" run="$3" kind="$4" port path credentials start end cpu rss heap dir
    dir="$WORK/run-$app-$mode-$kind-$run"
    mkdir -p "$dir"
    [[ ( "$app" == sleutelnet || "$app" == before ) && "$kind" == restart ]] && cp -a "$WORK/prepared-data" "$dir/data"
    path=/
    [[ "$app" == sleutelnet || "$app" == before ]] && path=/inloggen
    credentials=""
    [[ "$app" == stack ]] && credentials="user:$STACK_PASSWORD@"
    # shellcheck disable=SC2046
    start=$(date +%s%N)
    start_java "$dir/out.log" $(command_for "$app" "$mode" "$dir") --server.port=0 --server.address=127.0.0.1 \
        --sleutelnet.data-dir="$dir/data"
    # port 0 and the port from the log (see listening_port in lib.sh); then the first 2xx answer, as before
    port="$(listening_port "$dir/out.log" "$JAVA_PID" 300)" || { tail -30 "$dir/out.log" >&2; exit 1; }
    wait_http "http://${credentials}127.0.0.1:$port$path" 300 "$JAVA_PID" || { tail -30 "$dir/out.log" >&2; exit 1; }
    end=$(date +%s%N)
    cpu="$(proc_cpu_ms "$JAVA_PID")"
    rss="$(rss_mib "$JAVA_PID")"
    heap="$(heap_after_gc_mib "$JAVA_PID")"
    stop_pid "$JAVA_PID"
    PERF_PIDS=()
    RESULT="$(((end - start) / 1000000)) $cpu $rss $heap"
}

{
    echo "# startup $(date -u +%FT%TZ) runs=$RUNS modes=$MODES starts=$STARTS boot=$BOOT_VERSION"
    echo "# $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
} | tee "$OUT"
declare -A MS CPU RSS HEAP
for run in $(seq "$RUNS"); do
    for kind in $STARTS; do
        for mode in $MODES; do
            order="$APPS"
            ((run % 2)) || order="$(tr ' ' '\n' <<<"$APPS" | tac | tr '\n' ' ')"
            for app in $order; do
                measure "$app" "$mode" "$run" "$kind"
                read -r ms cpu rss heap <<<"$RESULT"
                key="$app.$mode.$kind"
                MS[$key]+="$ms "; CPU[$key]+="$cpu "; RSS[$key]+="$rss "; HEAP[$key]+="$heap "
                echo "run $run $kind $mode $app: first answer ${ms} ms, CPU ${cpu} ms, RSS ${rss} MiB, heap after GC ${heap} MiB" | tee -a "$OUT"
            done
        done
    done
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
{
    printf '%-8s %-14s %-17s %10s %10s %9s %9s\n' start mode app "start ms" "CPU ms" "RSS MiB" "heap MiB"
    for kind in $STARTS; do
        for mode in $MODES; do
            for app in $APPS; do
                # shellcheck disable=SC2086
                printf '%-8s %-14s %-17s %10s %10s %9s %9s\n' "$kind" "$mode" "$app" "$(median ${MS[$app.$mode.$kind]})" \
                    "$(median ${CPU[$app.$mode.$kind]})" "$(median ${RSS[$app.$mode.$kind]})" "$(median ${HEAP[$app.$mode.$kind]})"
            done
            # shellcheck disable=SC2086
            for pair in sleutelnet/bare stack/bare sleutelnet/stack before/stack sleutelnet/before; do
                a="${pair%/*}"; b="${pair#*/}"
                [[ " $APPS " == *" $a "* && " $APPS " == *" $b "* ]] || continue
                printf '%-8s %-14s %-17s %10s %10s %9s %9s\n' "$kind" "$mode" "$pair" \
                    "$(ratio "$(median ${MS[$a.$mode.$kind]})" "$(median ${MS[$b.$mode.$kind]})")" \
                    "$(ratio "$(median ${CPU[$a.$mode.$kind]})" "$(median ${CPU[$b.$mode.$kind]})")" \
                    "$(ratio "$(median ${RSS[$a.$mode.$kind]})" "$(median ${RSS[$b.$mode.$kind]})")" \
                    "$(ratio "$(median ${HEAP[$a.$mode.$kind]})" "$(median ${HEAP[$b.$mode.$kind]})")"
            done
        done
        # shellcheck disable=SC2086
        if [[ " $MODES " == *" jar "* && " $MODES " == *" extracted-cds "* ]]; then
            echo "$kind: Sleutelnet, extracted + CDS against java -jar: $(ratio "$(median ${MS[sleutelnet.extracted-cds.$kind]})" \
                "$(median ${MS[sleutelnet.jar.$kind]})")x the start-up time"
        fi
    done
} | tee -a "$OUT"
