# Shared by the backup scripts; sourced, not run. Bash, set -euo pipefail in the caller.
#
# How the scripts find Sleutelnet (needed to start it on a restored database, and for H2's own tools):
#   SLEUTELNET_JAR        the application jar (default: bootstrap/target/sleutelnet.jar of this checkout)
#   SLEUTELNET_CLASSPATH  instead of a jar: a Java class path holding the application and its libraries
#   JAVA                  the java command (default: java)

SCRIPTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$SCRIPTS_DIR/../.." && pwd)"
JAVA="${JAVA:-java}"
MAIN_CLASS=nl.sleutelnet.bootstrap.SleutelnetApplication
# the H2 settings of the embedded default (application.properties); the restored database is opened with them too
H2_SETTINGS=";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000"

# A private working directory (removed at exit) unless the caller gave one.
own_work_dir() {
  if [ -z "${WORK_DIR:-}" ]; then
    WORK_DIR="$(mktemp -d)"
    chmod 700 "$WORK_DIR"
    trap 'rm -rf "$WORK_DIR"' EXIT
  fi
  export WORK_DIR
}

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

# need COMMAND DEBIAN-PACKAGE: installs the package with apt-get when the command is missing (as root only)
need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" -ne 0 ]; then
    fail "'$1' is missing: install the Debian package $2 (sudo apt-get install -y $2)"
  fi
  say "installing $2 (for $1)"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

# The class path of the application: SLEUTELNET_CLASSPATH, or the libraries of SLEUTELNET_JAR extracted once.
app_classpath() {
  if [ -n "${SLEUTELNET_CLASSPATH:-}" ]; then
    printf '%s' "$SLEUTELNET_CLASSPATH"
    return
  fi
  local jar="${SLEUTELNET_JAR:-$REPO_DIR/bootstrap/target/sleutelnet.jar}"
  [ -f "$jar" ] || fail "no application jar at $jar: build it with ./mvnw -B -DskipTests package, or set SLEUTELNET_JAR"
  local extracted="${WORK_DIR:?}/extracted"
  if [ ! -d "$extracted" ]; then
    "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$extracted" >/dev/null
  fi
  printf '%s' "$extracted/$(basename "$jar"):$extracted/lib/*"
}

# h2_sql URL SQL: runs one statement with H2's shell (on the application's class path, so that the audit log's
# trigger classes load) and prints nothing.
h2_sql() {
  "$JAVA" -cp "$(app_classpath)" org.h2.tools.Shell -url "$1" -user "${H2_USER:-sa}" \
    -password "${H2_PASSWORD:-}" -sql "$2" >"$WORK_DIR/h2-shell.txt" 2>&1 || true
  # the shell answers 0 also when the statement failed; its output says so
  if grep -q '^Error: ' "$WORK_DIR/h2-shell.txt"; then
    cat "$WORK_DIR/h2-shell.txt" >&2
    if grep -qi "already in use\|locked by another" "$WORK_DIR/h2-shell.txt"; then
      say "Sleutelnet holds the database: stop it, or start it with AUTO_SERVER=TRUE in its database URL (see h2-backup.sh)"
    fi
    fail "H2 refused: $2"
  fi
}

# h2_query URL QUERY: prints the rows of a query, columns separated by '|', no header (H2's CSVWRITE, so that long
# values are not wrapped as the shell would). The file is written by the process that holds the database.
h2_query() {
  local out="$WORK_DIR/h2-query-$RANDOM$RANDOM.csv"
  local quoted="${2//\'/\'\'}"
  h2_sql "$1" "call csvwrite('$out', '$quoted', 'charset=UTF-8 fieldSeparator=| fieldDelimiter= escape= writeColumnHeader=false')"
  cat "$out"
  rm -f "$out"
}

# start_app_and_check LOG ARGS...: starts Sleutelnet on the restored database with the given arguments, waits until it
# is ready, checks that Flyway found the schema up to date (the history came along), and stops it again.
start_app_and_check() {
  local log="$1"
  shift
  need curl curl
  # Port 0: the operating system hands out a free port when Tomcat binds it, so no other process can take it
  # between choosing and binding (choosing a free port first and passing it on was a race); the port is read
  # from Tomcat's start-up line in the log.
  local port=""
  say "starting Sleutelnet on the restored database (log $log)"
  "$JAVA" -Xmx512m -cp "$(app_classpath)" "$MAIN_CLASS" --server.port=0 \
    --sleutelnet.polls.housekeeping.enabled=false --sleutelnet.retention.enabled=false \
    --spring.main.banner-mode=off "$@" >"$log" 2>&1 &
  local pid=$!
  local ready=""
  for _ in $(seq 1 1200); do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -40 "$log" >&2
      fail "Sleutelnet stopped at start-up on the restored database"
    fi
    # the log appears when the started process opens it, which may be a moment after this loop begins
    if [ -z "$port" ] && [ -f "$log" ]; then
      port="$(sed -n 's/.*Tomcat started on port \([0-9][0-9]*\).*/\1/p' "$log" | head -1)"
      [ -n "$port" ] && say "Sleutelnet listens on port $port"
    fi
    if [ -n "$port" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" = 200 ]; then
      ready=yes
      break
    fi
    sleep 0.5
  done
  if [ -z "$ready" ]; then
    kill "$pid" 2>/dev/null || true
    fail "Sleutelnet was not ready within 600 s on the restored database"
  fi
  local status
  status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/inloggen")"
  kill "$pid"
  wait "$pid" || true
  [ "$status" = 200 ] || fail "the sign-in page answered $status"
  if ! grep -q "is up to date. No migration necessary" "$log"; then
    grep -i "flyway\|migrat" "$log" >&2 || true
    fail "Flyway did not find the restored schema up to date (was the history restored?)"
  fi
  say "OK: Sleutelnet started on the restored database, schema up to date, sign-in page answered 200"
}

# check_restored SOURCE RESTORED: the checks every drill makes once $WORK_DIR/source.txt and restored.txt hold the
# tables (name | rows | digest) of both: row counts, contents, the audit log and the Flyway history, through the
# drill's own functions audit and flyway (each takes a database: a URL for H2, a name for PostgreSQL).
check_restored() {
  cut -d'|' -f1-2 "$WORK_DIR/source.txt" >"$WORK_DIR/source-counts.txt"
  cut -d'|' -f1-2 "$WORK_DIR/restored.txt" >"$WORK_DIR/restored-counts.txt"
  compare "tables and row counts" "$WORK_DIR/source-counts.txt" "$WORK_DIR/restored-counts.txt"
  compare "table contents (digest per table)" "$WORK_DIR/source.txt" "$WORK_DIR/restored.txt"
  audit "$1" >"$WORK_DIR/source-audit.txt"
  audit "$2" >"$WORK_DIR/restored-audit.txt"
  compare "audit log (count, first, last, digest of all entries)" "$WORK_DIR/source-audit.txt" \
    "$WORK_DIR/restored-audit.txt"
  sed 's/^/    /' "$WORK_DIR/restored-audit.txt" >&2
  flyway "$1" >"$WORK_DIR/source-flyway.txt"
  flyway "$2" >"$WORK_DIR/restored-flyway.txt"
  compare "Flyway history (schema version $(tail -1 "$WORK_DIR/restored-flyway.txt" | cut -d'|' -f1 | tr -d ' '))" \
    "$WORK_DIR/source-flyway.txt" "$WORK_DIR/restored-flyway.txt"
  say "row counts of the restored database:"
  column -t -s '|' -o '|' "$WORK_DIR/restored-counts.txt" 2>/dev/null | sed 's/^/    /' >&2 ||
    sed 's/^/    /' "$WORK_DIR/restored-counts.txt" >&2
}

# compare WHAT SOURCE-FILE RESTORED-FILE: equal, or show the difference and fail
compare() {
  if diff -u "$2" "$3" >&2; then
    say "OK: $1 equal ($(wc -l <"$2" | tr -d ' ') lines)"
  else
    fail "$1 differ between the source and the restored database (source -, restored +)"
  fi
}
