#!/usr/bin/env bash
# base-backup.sh — the daily online base backup (pg_basebackup, tar + gzip, WAL streamed into the backup),
# recorded as a row of backup_runs in the application's database (shown on /Admin/Status), then old backups and
# the WAL they no longer need are removed.
#   毎日のベースバックアップを取り、結果を backup_runs に記録し、保存期間を過ぎたものを削除します。
#
# Usage: base-backup.sh [--backup-dir DIR] [--keep-days N] [--checkpoint fast|spread]
# Settings (environment, usually from /etc/casemanagement/backup.env through the systemd unit):
#   BACKUP_DIR   root of the backups (default /var/backups/casemanagement): base/<stamp>/ and wal/
#   KEEP_DAYS    base backups older than this are deleted, the newest one always kept (default 14)
#   CHECKPOINT   fast or spread (default spread: gentle on a busy server)
#   PG_BIN       PostgreSQL client programs (default /usr/lib/postgresql/15/bin)
#   PGHOST PGPORT PGUSER PGDATABASE (PGPASSWORD or ~/.pgpass): a superuser or a role with REPLICATION that may
#   INSERT into backup_runs; PGDATABASE is the application's database (default casemanagement).
# Layout of one backup: base/<stamp>/base.tar.gz, pg_wal.tar.gz, backup_manifest, backup_label (a copy, read by
# restore.sh), finished_at (epoch seconds). A run in progress writes base/.<stamp>.partial and renames it at the end.
set -euo pipefail

BACKUP_DIR=${BACKUP_DIR:-/var/backups/casemanagement}
KEEP_DAYS=${KEEP_DAYS:-14}
CHECKPOINT=${CHECKPOINT:-spread}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
export PGDATABASE=${PGDATABASE:-casemanagement}

while [ $# -gt 0 ]; do
  case $1 in
    --backup-dir) BACKUP_DIR=$2; shift 2 ;;
    --keep-days) KEEP_DAYS=$2; shift 2 ;;
    --checkpoint) CHECKPOINT=$2; shift 2 ;;
    *) echo "base-backup: unknown option $1" >&2; exit 2 ;;
  esac
done

stamp=$(date -u +%Y%m%dT%H%M%SZ)
started_at=$(date -u +%Y-%m-%dT%H:%M:%S.%NZ)
base="$BACKUP_DIR/base"
partial="$base/.$stamp.partial"
final="$base/$stamp"
log=$(mktemp)
mkdir -p "$base" "$BACKUP_DIR/wal"

record() { # succeeded error size
  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 \
    -v started_at="$started_at" -v host="$(hostname)" -v label="$stamp" -v path="$final" \
    -v size="$3" -v succeeded="$1" -v error="$2" <<'SQL'
INSERT INTO backup_runs (started_at, finished_at, host, label, path, size_bytes, succeeded, error)
VALUES (:'started_at', clock_timestamp(), :'host', :'label', :'path', NULLIF(:'size', '')::bigint, :'succeeded', NULLIF(:'error', ''));
SQL
}

fail() {
  local message
  message=$(tail -n 5 "$log" | tr '\n' ' ')
  echo "base-backup: FAILED: $message" >&2
  rm -rf "$partial"
  record false "${message:-failed}" "" || echo "base-backup: could not record the failure in backup_runs" >&2
  rm -f "$log"
  exit 1
}
trap fail ERR

"$PG_BIN/pg_basebackup" -D "$partial" -Ft -z -X stream --checkpoint="$CHECKPOINT" \
  -l "casemanagement $stamp" --no-password 2>"$log"
tar -xzOf "$partial/base.tar.gz" backup_label > "$partial/backup_label" 2>>"$log"
date -u +%s > "$partial/finished_at"
mv "$partial" "$final"
size=$(du -sb "$final" | cut -f1)
record true "" "$size" 2>>"$log"
trap - ERR
rm -f "$log"
echo "base-backup: $final ($size bytes)"

# Retention: delete base backups older than KEEP_DAYS (never the newest), then the WAL older than the oldest kept
# backup's start segment (pg_archivecleanup keeps that segment and everything after it).
newest=$(ls -1 "$base" | grep -E '^[0-9]{8}T[0-9]{6}Z$' | sort | tail -n 1)
cutoff=$(( $(date -u +%s) - KEEP_DAYS * 86400 ))
for dir in "$base"/*Z; do
  name=$(basename "$dir")
  if [ "$name" != "$newest" ] && [ -f "$dir/finished_at" ] && [ "$(cat "$dir/finished_at")" -lt "$cutoff" ]; then
    echo "base-backup: removing expired $dir"
    rm -rf "$dir"
  fi
done
oldest=$(ls -1 "$base" | grep -E '^[0-9]{8}T[0-9]{6}Z$' | sort | head -n 1)
start_wal=$(sed -n 's/^START WAL LOCATION: .* (file \([0-9A-F]\{24\}\))$/\1/p' "$base/$oldest/backup_label")
if [ -n "$start_wal" ]; then
  "$PG_BIN/pg_archivecleanup" "$BACKUP_DIR/wal" "$start_wal"
fi
