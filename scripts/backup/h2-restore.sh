#!/usr/bin/env bash
# Restores a backup made by h2-backup.sh into a NEW data directory (it refuses one that holds a database already: a
# restore never writes over data). Start Sleutelnet on it with --sleutelnet.data-dir=NEW-DATA-DIR (or
# SLEUTELNET_DATA_DIR), or move sleutelnet.mv.db into the usual data directory while Sleutelnet is stopped.
#
#   scripts/backup/h2-restore.sh /backups/sleutelnet-2026-11-28.zip ./data-restored
set -euo pipefail
source "$(dirname "$0")/common.sh"

[ $# -eq 2 ] || { echo "usage: $0 BACKUP.zip NEW-DATA-DIR" >&2; exit 2; }
[ -f "$1" ] || fail "no backup file $1"
[ ! -e "$2/sleutelnet.mv.db" ] || fail "$2 holds a database already; a restore goes into a new directory"
umask 077
mkdir -p "$2"
own_work_dir
"$JAVA" -cp "$(app_classpath)" org.h2.tools.Restore -file "$1" -dir "$2" -db sleutelnet
[ -f "$2/sleutelnet.mv.db" ] || fail "the backup held no database named sleutelnet"
say "restored into $2/sleutelnet.mv.db"
