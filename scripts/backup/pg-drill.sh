#!/usr/bin/env bash
# The backup-and-restore drill for PostgreSQL: backs up the database PGDATABASE with pg-backup.sh, restores it into
# a fresh database with pg-restore.sh, and checks the copy against the source:
#   1. the tables and their row counts are equal;
#   2. the contents are equal, table by table (a digest over every row);
#   3. the audit log is complete: count, first and last entry, and a digest over all its entries;
#   4. the Flyway history came along, and Sleutelnet starts on the restored database and finds it up to date.
# The fresh database is dropped afterwards (it is a full copy of personal data) unless KEEP_DRILL_DATABASE=yes.
# Run it at a quiet moment: if the source changes while the backup is made, the drill says so and fails.
#
#   PGHOST=.. PGPORT=.. PGUSER=.. PGPASSWORD=.. PGDATABASE=sleutelnet scripts/backup/pg-drill.sh
# Optional: DRILL_DATABASE (name of the fresh database), SLEUTELNET_JAR or SLEUTELNET_CLASSPATH (see common.sh).
set -euo pipefail
source "$(dirname "$0")/common.sh"

: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD) to the database to drill}"
need psql postgresql-client
export PGTZ=UTC
source_db="$PGDATABASE"
target_db="${DRILL_DATABASE:-${source_db}_drill_$(date -u +%Y%m%d%H%M%S)}"
WORK_DIR="$(mktemp -d)"
export WORK_DIR
chmod 700 "$WORK_DIR"
cleanup() {
  if [ "${KEEP_DRILL_DATABASE:-no}" != yes ] && [ -n "${restored:-}" ]; then
    dropdb --no-password --if-exists "$target_db" && say "dropped the drill database $target_db"
  fi
  rm -rf "$WORK_DIR"
}
trap cleanup EXIT

sql() { psql --no-password -X -q -At -F ' | ' -d "$1" -c "$2"; }
flyway() { sql "$1" "select version, description, checksum, success from flyway_schema_history order by installed_rank"; }

# every table of the schema with its row count and a digest of its rows (in a fixed order)
tables() {
  local query
  query="$(sql "$1" "select string_agg(format('select %L, count(*), coalesce(md5(string_agg(md5(t::text), '''' order by md5(t::text))), ''-'') from %I t', table_name, table_name), ' union all ' order by table_name) from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'")"
  [ -n "$query" ] || fail "no tables in database $1"
  sql "$1" "$query order by 1"
}

audit() {
  sql "$1" "select 'entries: ' || count(*) || ', seq ' || coalesce(min(seq), 0) || ' to ' || coalesce(max(seq), 0) from audit_entry"
  sql "$1" "select 'first: ' || seq || ' ' || id || ' ' || occurred_at || ' ' || action from audit_entry order by seq limit 1"
  sql "$1" "select 'last: ' || seq || ' ' || id || ' ' || occurred_at || ' ' || action from audit_entry order by seq desc limit 1"
  sql "$1" "select 'digest: ' || coalesce(md5(string_agg(a::text, E'\n' order by a.seq)), '-') from audit_entry a"
}

say "drill: $source_db on ${PGHOST:-local}:${PGPORT:-5432} -> fresh database $target_db"
tables "$source_db" >"$WORK_DIR/before.txt"
"$SCRIPTS_DIR/pg-backup.sh" "$WORK_DIR/sleutelnet.dump"
tables "$source_db" >"$WORK_DIR/source.txt"
if ! diff -q "$WORK_DIR/before.txt" "$WORK_DIR/source.txt" >/dev/null; then
  diff -u "$WORK_DIR/before.txt" "$WORK_DIR/source.txt" | cut -d'|' -f1-2 >&2 || true
  fail "the source changed while the backup was made; run the drill at a quiet moment (the backup itself is a consistent snapshot)"
fi
if [ "$(sql postgres "select count(*) from pg_database where datname = '$target_db'")" != 0 ]; then
  fail "database $target_db exists already; the drill restores into a new one"
fi
restored=yes   # from here on the drill database is ours to drop, also when the restore fails half-way
"$SCRIPTS_DIR/pg-restore.sh" "$WORK_DIR/sleutelnet.dump" "$target_db"
tables "$target_db" >"$WORK_DIR/restored.txt"

check_restored "$source_db" "$target_db"

start_app_and_check "$WORK_DIR/sleutelnet.log" \
  --spring.datasource.url="jdbc:postgresql://${PGHOST:-localhost}:${PGPORT:-5432}/$target_db" \
  --spring.datasource.username="${PGUSER:-$(id -un)}" --spring.datasource.password="${PGPASSWORD:-}"
say "DRILL PASSED: $source_db restored into $target_db and checked"
