#!/usr/bin/env bash
# Backs up the embedded H2 database (the default: sleutelnet.mv.db in the data directory, sleutelnet.data-dir) into a
# zip file with H2's BACKUP TO, which copies a transactionally consistent state.
#
# While Sleutelnet runs, H2 lets no other process open the file, unless the application was started with
# AUTO_SERVER=TRUE in its database URL:
#   SPRING_DATASOURCE_URL='jdbc:h2:file:./data/sleutelnet;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;AUTO_SERVER=TRUE'
# then this script backs up the running application (the zip is written by the application's process). Otherwise
# stop Sleutelnet first; this script then opens the file itself.
#
#   scripts/backup/h2-backup.sh ./data /backups/sleutelnet-$(date +%F).zip
#
# The zip holds personal data: it is written readable by its owner only.
set -euo pipefail
source "$(dirname "$0")/common.sh"

[ $# -eq 2 ] || { echo "usage: $0 DATA-DIR BACKUP.zip" >&2; exit 2; }
data_dir="$(cd "$1" && pwd)"
[ -f "$data_dir/sleutelnet.mv.db" ] || fail "no database $data_dir/sleutelnet.mv.db"
out="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
own_work_dir
umask 077
say "backing up $data_dir/sleutelnet.mv.db"
h2_sql "jdbc:h2:file:$data_dir/sleutelnet$H2_SETTINGS;AUTO_SERVER=TRUE;IFEXISTS=TRUE" "BACKUP TO '$out'"
[ -s "$out" ] || fail "no backup was written to $out"
say "backup written: $out ($(du -h "$out" | cut -f1))"
