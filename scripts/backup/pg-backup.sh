#!/usr/bin/env bash
# Backs up Sleutelnet's PostgreSQL database into one file (pg_dump, custom format), while the application runs:
# pg_dump reads one consistent snapshot. The Flyway history (flyway_schema_history) is part of the dump.
#
#   PGHOST=db.example PGPORT=5432 PGUSER=sleutelnet PGPASSWORD=... PGDATABASE=sleutelnet \
#     scripts/backup/pg-backup.sh /backups/sleutelnet-$(date +%F).dump
#
# The file holds personal data: it is written readable by its owner only; keep it as the register of processing says.
set -euo pipefail
source "$(dirname "$0")/common.sh"

[ $# -eq 1 ] || { echo "usage: PGHOST=.. PGPORT=.. PGUSER=.. PGPASSWORD=.. PGDATABASE=.. $0 DUMP-FILE" >&2; exit 2; }
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD) to the database to back up}"
need pg_dump postgresql-client
umask 077
say "backing up database $PGDATABASE on ${PGHOST:-local}:${PGPORT:-5432} with $(pg_dump --version)"
pg_dump --no-password --format=custom --compress=6 --file="$1" "$PGDATABASE"
say "backup written: $1 ($(du -h "$1" | cut -f1))"
