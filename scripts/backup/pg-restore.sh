#!/usr/bin/env bash
# Restores a backup made by pg-backup.sh into a NEW database on the server of PGHOST/PGPORT (it refuses an existing
# one: a restore never writes over data). Owners and grants are restored as they were; to restore onto a server that
# lacks the roles, set PG_RESTORE_OPTIONS="--no-owner --no-privileges" and grant the application's role afterwards
# (see docs/privacy.md on the roles).
#
#   PGHOST=.. PGPORT=.. PGUSER=.. PGPASSWORD=.. scripts/backup/pg-restore.sh sleutelnet.dump sleutelnet_restored
set -euo pipefail
source "$(dirname "$0")/common.sh"

[ $# -eq 2 ] || { echo "usage: PGHOST=.. PGPORT=.. PGUSER=.. PGPASSWORD=.. $0 DUMP-FILE NEW-DATABASE" >&2; exit 2; }
dump="$1"
target="$2"
[ -f "$dump" ] || fail "no backup file $dump"
need pg_restore postgresql-client
if [ "$(psql --no-password -d postgres -Atc "select count(*) from pg_database where datname = '$target'")" != 0 ]; then
  fail "database $target exists already; a restore goes into a new database"
fi
say "creating database $target and restoring $dump into it"
createdb --no-password --template=template0 "$target"
# shellcheck disable=SC2086 # the options are words on purpose
pg_restore --no-password --exit-on-error ${PG_RESTORE_OPTIONS:-} --dbname="$target" "$dump"
say "restored into $target"
