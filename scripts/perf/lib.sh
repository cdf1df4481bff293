# Shared helpers for the whole-application measurements in scripts/perf (sourced, not run).
# Everything started here is stopped by perf_cleanup, which the scripts install as an EXIT trap.

PERF_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PERF_PIDS=()
PERF_PG_DATA=""

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# Installs Debian packages that are missing (apt-get only when needed).
need_packages() {
    local missing=()
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    if ((${#missing[@]})); then
        log "installing ${missing[*]}"
        local sudo=""
        [[ $(id -u) -eq 0 ]] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# The packaged application; built once with the Maven wrapper when missing.
app_jar() {
    local jar="$PERF_ROOT/bootstrap/target/sleutelnet.jar"
    if [[ ! -f "$jar" ]]; then
        log "building the application jar (./mvnw -B -q -DskipTests package)"
        (cd "$PERF_ROOT" && ./mvnw -B -q -DskipTests package) >&2
    fi
    echo "$jar"
}

# A free TCP port on the loopback interface (for PostgreSQL; the application binds port 0, see listening_port).
free_port() {
    python3 - <<'EOF'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
}

# Runs "$@" every 20 ms until it succeeds; fails when process $2 (if given) ended first or after $1 seconds. $3 says
# what is awaited, for the message.
poll_until() {
    local limit="$1" pid="$2" what="$3" deadline
    shift 3
    deadline=$(($(date +%s) + limit))
    until "$@"; do
        if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
            log "process $pid ended before $what"
            return 1
        fi
        if (($(date +%s) > deadline)); then
            log "no $what within $limit s"
            return 1
        fi
        sleep 0.02
    done
}

# The port a Sleutelnet (or Boot) application started with --server.port=0 took, from Tomcat's line in its log:
# the operating system hands out the port when it is bound, so no other process can take it between choosing and
# binding (choosing a free port first and passing it on was a race). $1 log, $2 pid, $3 seconds at most.
listening_port() {
    poll_until "$3" "$2" "a port in $1" grep -qs "Tomcat started on port" "$1" || return 1
    sed -n 's/.*Tomcat started on port \([0-9][0-9]*\).*/\1/p' "$1" | head -1
}

# A property of the root pom.xml, e.g. pom_property spring-boot.version.
pom_property() {
    sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$PERF_ROOT/pom.xml"
}

# A yardstick application from bootstrap's test sources (nl.sleutelnet.perf.<class>), built beside Sleutelnet with
# nothing but the given Spring Boot starters and libraries of the same Boot version: resolves their class path with the
# Maven wrapper (from Maven Central or ~/.m2, versions from Boot's BOM), compiles the one class into a jar (class-data
# sharing archives classes from jars only) and sets BARE_CP to the jar and its libraries, BOOT_VERSION to the version.
# $1 a fresh directory, $2 the class's simple name, then groupId:artifactId of each dependency (groupId:artifactId:version
# for one that Boot's BOM does not manage).
bare_app() {
    local dir="$1" class="$2" dep_plugin deps="" coordinate group artifact version
    shift 2
    BOOT_VERSION="$(pom_property spring-boot.version)"
    dep_plugin="$(pom_property dependency-plugin.version)"
    for coordinate in "$@"; do
        IFS=: read -r group artifact version <<<"$coordinate"
        deps+="<dependency><groupId>$group</groupId><artifactId>$artifact</artifactId>"
        [[ -n "$version" ]] && deps+="<version>$version</version>"
        deps+="</dependency>"
    done
    mkdir -p "$dir/classes"
    cat >"$dir/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>nl.sleutelnet.perf</groupId>
  <artifactId>bare</artifactId>
  <version>1</version>
  <dependencyManagement><dependencies><dependency>
    <groupId>org.springframework.boot</groupId><artifactId>spring-boot-dependencies</artifactId>
    <version>$BOOT_VERSION</version><type>pom</type><scope>import</scope>
  </dependency></dependencies></dependencyManagement>
  <dependencies>$deps</dependencies>
  <build><plugins><plugin>
    <groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId>
    <version>$dep_plugin</version>
  </plugin></plugins></build>
</project>
EOF
    log "resolving $* (Spring Boot $BOOT_VERSION) for $class"
    (cd "$PERF_ROOT" && ./mvnw -B -q -f "$dir/pom.xml" dependency:build-classpath -Dmdep.outputFile="$dir/cp.txt") >&2
    javac --release 17 -parameters -d "$dir/classes" -cp "$(cat "$dir/cp.txt")" \
        "$PERF_ROOT/bootstrap/src/test/java/nl/sleutelnet/perf/$class.java"
    jar cf "$dir/bare.jar" -C "$dir/classes" .
    BARE_CP="$dir/bare.jar:$(cat "$dir/cp.txt")"
}

# Runs a PostgreSQL tool as the owner of the data directory (Debian's PostgreSQL refuses root).
as_pg() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# Starts a throwaway PostgreSQL 15 in $1 (a fresh directory) on 127.0.0.1:$2, TCP only, trust for loopback.
# Creates the role and database 'sleutelnet' (password 'sleutelnet').
start_postgres() {
    local dir="$1" port="$2"
    need_packages postgresql-15 postgresql-client-15
    PERF_PG_DATA="$dir"
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
    as_pg "$PG_BIN/initdb" -D "$dir" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
    cat >>"$dir/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = ''
max_connections = 200
shared_buffers = 256MB
EOF
    if [[ "${PG_STATEMENTS:-0}" == 1 ]]; then
        # per-statement counts and times, read with top_statements
        echo "shared_preload_libraries = 'pg_stat_statements'" >>"$dir/postgresql.conf"
    fi
    as_pg "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w start >/dev/null
    psql -h 127.0.0.1 -p "$port" -U postgres -q -v ON_ERROR_STOP=1 \
        -c "create role sleutelnet login password 'sleutelnet'" \
        -c "create database sleutelnet owner sleutelnet" >/dev/null
    log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
}

# The statements that cost PostgreSQL the most time since the last reset (needs PG_STATEMENTS=1 at start).
top_statements() {
    psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d sleutelnet -P pager=off -c \
        "select calls, round(total_exec_time::numeric, 1) as total_ms, round(mean_exec_time::numeric, 3) as mean_ms,
                left(regexp_replace(query, '\\s+', ' ', 'g'), 150) as query
         from pg_stat_statements where dbid = (select oid from pg_database where datname = 'sleutelnet')
         order by total_exec_time desc limit ${1:-25}"
}

reset_statements() {
    psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d sleutelnet -q -c "create extension if not exists pg_stat_statements" \
        -c "select pg_stat_statements_reset()" >/dev/null
}

stop_postgres() {
    if [[ -n "$PERF_PG_DATA" && -f "$PERF_PG_DATA/postmaster.pid" ]]; then
        as_pg "$PG_BIN/pg_ctl" -D "$PERF_PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
    fi
    PERF_PG_DATA=""
}

# Starts a java process in the background, its output in $1; its pid is in JAVA_PID (and stopped by perf_cleanup).
# Not in $(...): the pid must be remembered in this shell.
start_java() {
    local out="$1"
    shift
    (cd "$(dirname "$out")" && exec java "$@") >"$out" 2>&1 &
    JAVA_PID=$!
    PERF_PIDS+=("$JAVA_PID")
}

# Waits until $1 answers 2xx (polling every 20 ms), at most $2 seconds; fails if process $3 died.
wait_http() {
    poll_until "$2" "${3:-}" "an answer from $1" curl -fs -o /dev/null "$1"
}

# Stops one process we started (TERM, then KILL after 20 s) and waits for it.
stop_pid() {
    local pid="$1"
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
}

perf_cleanup() {
    local pid
    for pid in "${PERF_PIDS[@]}"; do stop_pid "$pid"; done
    PERF_PIDS=()
    stop_postgres
}

# CPU time (user + system, its own and that of its ended children) of a process, in milliseconds; 0 if it ended.
proc_cpu_ms() {
    awk -v hz="$(getconf CLK_TCK)" '{printf "%d\n", ($14 + $15 + $16 + $17) * 1000 / hz}' "/proc/$1/stat" 2>/dev/null ||
        echo 0
}

# CPU time of the throwaway PostgreSQL server: the postmaster, its live children and the ones that ended.
pg_cpu_ms() {
    local postmaster total child
    postmaster="$(head -1 "$PERF_PG_DATA/postmaster.pid")"
    total="$(proc_cpu_ms "$postmaster")"
    for child in $(ps -o pid= --ppid "$postmaster"); do
        total=$((total + $(proc_cpu_ms "$child")))
    done
    echo "$total"
}

# Resident set size of a process in MiB.
rss_mib() {
    awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"
}

# Used heap after a full collection, in MiB (jcmd GC.run, then GC.heap_info; G1 and Serial both print "used").
heap_after_gc_mib() {
    local pid="$1"
    jcmd "$pid" GC.run >/dev/null
    jcmd "$pid" GC.heap_info | awk '
        /garbage-first heap|def new generation|tenured generation/ {
            for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); sum += v }
        }
        END { printf "%.1f", sum / 1024 }'
}

# The median of the numbers given as arguments.
median() {
    printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.4g\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# Signs in to the staff UI as an administrator, creates an account with role $4 and prints a fresh API token.
# $1 base url, $2 admin username, $3 admin password, $4 role, $5 new username.
issue_token() {
    local base="$1" admin="$2" password="$3" role="$4" user="$5" jar csrf id
    jar="$(mktemp)"
    csrf="$(curl -fsS -c "$jar" -b "$jar" "$base/inloggen" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
    curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$admin" \
        --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/inloggen"
    csrf="$(curl -fsS -c "$jar" -b "$jar" "$base/" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
    [[ -n "$csrf" ]] || { log "sign-in as $admin failed"; rm -f "$jar"; return 1; }
    id="$(curl -fsS -c "$jar" -b "$jar" -H "X-CSRF-TOKEN: $csrf" -H 'Content-Type: application/json' \
        -d "{\"gebruikersnaam\": \"$user\", \"naam\": \"Belasting $user\", \"rollen\": [\"$role\"], \"buurten\": [],
             \"wachtwoord\": \"$(head -c 24 /dev/urandom | base64 | tr -d '/+=')\"}" \
        "$base/api/v1/gebruikers" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')"
    curl -fsS -c "$jar" -b "$jar" -H "X-CSRF-TOKEN: $csrf" -H 'Content-Type: application/json' \
        -d '{"naam": "belastingtest"}' "$base/api/v1/gebruikers/$id/tokens" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["geheim"])'
    rm -f "$jar"
}

# PostgreSQL and the packaged application on it, with a coordinator's API token: sets PG_PORT, APP_PID, BASE,
# TOKEN and BUURTEN (all buurt codes of the register, comma-separated) and exports TOKEN, THREADS, BUURTEN for wrk.
# $1 a fresh work directory, $2 the heap size (-Xms = -Xmx, so that heap figures compare). APP_JAVA_OPTS: more JVM
# options for the application (split on spaces).
start_stack() {
    local work="$1" heap="$2" app_port admin_password
    PG_PORT="$(free_port)"
    start_postgres "$work/pg" "$PG_PORT"
    admin_password="perf-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
    SLEUTELNET_ADMIN_PASSWORD="$admin_password" start_java "$work/app.log" -Xms"$heap" -Xmx"$heap" ${APP_JAVA_OPTS:-} \
        -jar "$(app_jar)" --server.port=0 --server.address=127.0.0.1 --sleutelnet.data-dir="$work/data" \
        --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/sleutelnet" \
        --spring.datasource.username=sleutelnet --spring.datasource.password=sleutelnet
    APP_PID="$JAVA_PID"
    app_port="$(listening_port "$work/app.log" "$APP_PID" 300)" || { tail -50 "$work/app.log" >&2; return 1; }
    BASE="http://127.0.0.1:$app_port"
    wait_http "$BASE/actuator/health" 300 "$APP_PID" || { tail -50 "$work/app.log" >&2; return 1; }
    log "application (pid $APP_PID) on $BASE"
    TOKEN="$(issue_token "$BASE" admin "$admin_password" COORDINATOR perf.load)"
    BUURTEN="$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/buurten" |
        python3 -c 'import json, sys; print(",".join(b["code"] for b in json.load(sys.stdin)["buurten"]))')"
    THREADS="${THREADS:-2}"
    export TOKEN THREADS BUURTEN
    log "signals spread over $(tr ',' '\n' <<<"$BUURTEN" | wc -l) buurten"
}

# wrk with report-signal.lua: prints its PERF line. $1 seconds, $2 connections; RATE in the environment paces it.
# The start of a load run (intake-load.sh, soak.sh): installs what it needs, builds the jar when missing, makes a work
# directory $WORK (removed at exit, with everything started), the directory of $OUT, and starts PostgreSQL and the
# application with the given heap.
begin_load_run() { # name heap
    need_packages wrk postgresql-15 postgresql-client-15 curl python3
    app_jar >/dev/null
    WORK="$(mktemp -d "/tmp/sleutelnet-$1.XXXXXX")"
    chmod 755 "$WORK"
    trap 'perf_cleanup; rm -rf "$WORK"' EXIT
    trap 'exit 130' INT TERM
    mkdir -p "$(dirname "$OUT")"
    start_stack "$WORK" "$2"
}

run_wrk() {
    wrk -t"$THREADS" -c"$2" -d"$1"s --timeout 10s -s "$PERF_ROOT/scripts/perf/report-signal.lua" "$BASE" | grep '^PERF'
}

# A field of a PERF line: field rps "$line".
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
