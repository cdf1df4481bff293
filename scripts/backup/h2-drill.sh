#!/usr/bin/env bash
# The backup-and-restore drill for the embedded H2 database: backs up DATA-DIR with h2-backup.sh, restores it into a
# fresh directory with h2-restore.sh, and checks the copy against the source:
#   1. the tables and their row counts are equal;
#   2. the contents are equal, table by table (a digest over every row);
#   3. the audit log is complete: count, first and last entry, and a digest over all its entries;
#   4. the Flyway history came along, and Sleutelnet starts on the restored database and finds it up to date.
# The restored copy is deleted afterwards (it holds personal data) unless KEEP_DRILL_DATABASE=yes; it then stays in
# DRILL_DIR (default: a new directory beside DATA-DIR). As for h2-backup.sh: stop Sleutelnet first, or run it with
# AUTO_SERVER=TRUE. Run it at a quiet moment: if the source changes during the backup, the drill says so and fails.
#
#   scripts/backup/h2-drill.sh ./data
# Optional: SLEUTELNET_JAR or SLEUTELNET_CLASSPATH (see common.sh).
set -euo pipefail
source "$(dirname "$0")/common.sh"

[ $# -eq 1 ] || { echo "usage: $0 DATA-DIR" >&2; exit 2; }
data_dir="$(cd "$1" && pwd)"
[ -f "$data_dir/sleutelnet.mv.db" ] || fail "no database $data_dir/sleutelnet.mv.db"
drill_dir="${DRILL_DIR:-$data_dir-drill-$(date -u +%Y%m%d%H%M%S)}"
[ ! -e "$drill_dir" ] || fail "$drill_dir exists already"
WORK_DIR="$(mktemp -d)"
chmod 700 "$WORK_DIR"
export WORK_DIR
cleanup() {
  if [ "${KEEP_DRILL_DATABASE:-no}" != yes ]; then
    rm -rf "$drill_dir"
  fi
  rm -rf "$WORK_DIR"
}
trap cleanup EXIT
source_url="jdbc:h2:file:$data_dir/sleutelnet$H2_SETTINGS;AUTO_SERVER=TRUE;IFEXISTS=TRUE"
restored_url="jdbc:h2:file:$drill_dir/sleutelnet$H2_SETTINGS;IFEXISTS=TRUE"

# every table with its row count and a digest of its rows (each row's columns as text, binary ones in hex)
tables() {
  local selects
  selects="$(h2_query "$1" "select 'select ''' || table_name || ''', count(*), coalesce(rawtohex(hash(''SHA-256'', listagg(h, '''') within group (order by h))), ''-'') from (select rawtohex(hash(''SHA-256'', concat_ws(''|'', ' || listagg(case when data_type like 'binary%' then 'coalesce(rawtohex(\"' || column_name || '\"), ''~'')' else 'coalesce(cast(\"' || column_name || '\" as varchar), ''~'')' end, ', ') within group (order by ordinal_position) || '))) h from \"' || table_name || '\") x' from information_schema.columns where table_schema = 'public' and table_name in (select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE') group by table_name order by table_name")"
  [ -n "$selects" ] || fail "no tables in $1"
  h2_query "$1" "$(printf '%s\n' "$selects" | paste -sd'\n' | sed ':a;N;$!ba;s/\n/ union all /g') order by 1"
}

audit() {
  h2_query "$1" "select line from (select 1 k, 'entries: ' || count(*) || ', seq ' || coalesce(min(seq), 0) || ' to ' || coalesce(max(seq), 0) line from audit_entry union all select 2, (select 'first: ' || seq || ' ' || id || ' ' || occurred_at || ' ' || action from audit_entry order by seq limit 1) union all select 3, (select 'last: ' || seq || ' ' || id || ' ' || occurred_at || ' ' || action from audit_entry order by seq desc limit 1) union all select 4, 'digest: ' || coalesce(rawtohex(hash('SHA-256', listagg(concat_ws('|', id, seq, trace_id, occurred_at, actor_kind, coalesce(cast(actor_account as varchar), '~'), actor_name, action, purpose, coalesce(object_type, '~'), coalesce(object_id, '~'), coalesce(data_subjects, '~'), outcome, coalesce(error_code, '~'), origin_channel, coalesce(origin_detail, '~'), coalesce(client_address, '~'), coalesce(disclosure_recipient, '~'), coalesce(disclosure_legal_basis, '~')), char(10)) within group (order by seq))), '-') from audit_entry) x order by k"
}

flyway() {
  h2_query "$1" "select \"version\", \"description\", \"checksum\", \"success\" from \"flyway_schema_history\" order by \"installed_rank\""
}

say "drill: $data_dir/sleutelnet.mv.db -> fresh directory $drill_dir"
tables "$source_url" >"$WORK_DIR/before.txt"
"$SCRIPTS_DIR/h2-backup.sh" "$data_dir" "$WORK_DIR/sleutelnet.zip"
tables "$source_url" >"$WORK_DIR/source.txt"
if ! diff -q "$WORK_DIR/before.txt" "$WORK_DIR/source.txt" >/dev/null; then
  diff -u "$WORK_DIR/before.txt" "$WORK_DIR/source.txt" | cut -d'|' -f1-2 >&2 || true
  fail "the source changed while the backup was made; run the drill at a quiet moment (the backup itself is a consistent snapshot)"
fi
"$SCRIPTS_DIR/h2-restore.sh" "$WORK_DIR/sleutelnet.zip" "$drill_dir"
tables "$restored_url" >"$WORK_DIR/restored.txt"

check_restored "$source_url" "$restored_url"

start_app_and_check "$WORK_DIR/sleutelnet.log" --sleutelnet.data-dir="$drill_dir"
say "DRILL PASSED: $data_dir restored into $drill_dir and checked"
