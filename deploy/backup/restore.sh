#!/usr/bin/env bash
# restore.sh — builds a new data directory from a base backup and replays archived WAL up to a chosen time
# (point-in-time recovery), optionally starts it and waits until recovery has ended.
#   ベースバックアップから新しいデータディレクトリを作り、指定した時刻まで WAL を適用して復元します。
#
# Usage:
#   restore.sh --target-time '2026-11-20 17:15:00+09' --data-dir /var/lib/postgresql/15/restored \
#              [--backup base/<stamp> | --backup-dir /var/backups/casemanagement] [--wal-dir DIR] \
#              [--start --port 5433]
# --target-time  any timestamptz PostgreSQL accepts; give the zone (+09 for JST). Transactions that committed at or
#                before it are kept, later ones are not. 'latest' replays every archived WAL segment.
# --backup       the base backup to start from; default: the newest one in <backup-dir>/base that finished before
#                the target time (a backup is usable only up from its end).
# --data-dir     must not exist or be empty. Never point it at a running server's data.
# --start        start the restored server (pg_ctl, on --port, socket in the data directory) and wait until it has
#                replayed up to the target and been promoted; it then takes writes on a new timeline.
# As root, files are handed to the postgres user and the server runs as postgres (PostgreSQL refuses root).
# The restored server has archive_mode off: check the data first, then point archiving at a fresh directory.
set -euo pipefail

BACKUP_DIR=${BACKUP_DIR:-/var/backups/casemanagement}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
target=""
data=""
backup=""
wal=""
start=false
port=5433

while [ $# -gt 0 ]; do
  case $1 in
    --target-time) target=$2; shift 2 ;;
    --data-dir) data=$2; shift 2 ;;
    --backup) backup=$2; shift 2 ;;
    --backup-dir) BACKUP_DIR=$2; shift 2 ;;
    --wal-dir) wal=$2; shift 2 ;;
    --start) start=true; shift ;;
    --port) port=$2; shift 2 ;;
    *) echo "restore: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$target" ] || { echo "restore: --target-time is required (e.g. '2026-11-20 17:15:00+09', or latest)" >&2; exit 2; }
[ -n "$data" ] || { echo "restore: --data-dir is required" >&2; exit 2; }
wal=${wal:-$BACKUP_DIR/wal}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "$target" = latest ]; then
  target_epoch=$(date -u +%s)
else
  target_epoch=$(date -u -d "$target" +%s) || { echo "restore: cannot read the time '$target'" >&2; exit 2; }
fi

if [ -z "$backup" ]; then
  for dir in $(ls -1d "$BACKUP_DIR"/base/*Z 2>/dev/null | sort -r); do
    if [ -f "$dir/finished_at" ] && [ "$(cat "$dir/finished_at")" -le "$target_epoch" ]; then
      backup=$dir
      break
    fi
  done
  [ -n "$backup" ] || { echo "restore: no base backup in $BACKUP_DIR/base finished before $target" >&2; exit 1; }
fi
[ -f "$backup/base.tar.gz" ] || { echo "restore: $backup has no base.tar.gz" >&2; exit 1; }
if [ -e "$data" ] && [ -n "$(ls -A "$data")" ]; then
  echo "restore: $data is not empty; choose a new directory" >&2
  exit 1
fi

echo "restore: base backup $backup, WAL from $wal, target $target -> $data"
mkdir -p "$data"
chmod 0700 "$data"
tar -xzf "$backup/base.tar.gz" -C "$data"
if [ -f "$backup/pg_wal.tar.gz" ]; then
  tar -xzf "$backup/pg_wal.tar.gz" -C "$data/pg_wal"
fi

# A Debian cluster keeps its configuration in /etc/postgresql, outside the backup: give the restored one its own.
if [ ! -f "$data/postgresql.conf" ]; then
  printf "# written by restore.sh: the backup held no postgresql.conf\nlisten_addresses = 'localhost'\n" > "$data/postgresql.conf"
fi
if [ ! -f "$data/pg_hba.conf" ]; then
  printf "# written by restore.sh\nlocal all postgres peer\nhost all all 127.0.0.1/32 scram-sha-256\n" > "$data/pg_hba.conf"
fi

{
  echo "# --- restore.sh $(date -u +%Y-%m-%dT%H:%M:%SZ): point-in-time recovery from $backup ---"
  echo "restore_command = 'cp \"$wal/%f\" \"%p\"'"
  if [ "$target" != latest ]; then
    echo "recovery_target_time = '$target'"
    echo "recovery_target_action = 'promote'"
  fi
  echo "archive_mode = off"
} >> "$data/postgresql.auto.conf"
touch "$data/recovery.signal"
if [ "$(id -u)" -eq 0 ]; then
  chown -R postgres:postgres "$data"
fi

if [ "$start" != true ]; then
  echo "restore: ready. Start it with: pg_ctl -D $data -o '-p $port' -l $data/restore.log start"
  exit 0
fi

as_postgres "$PG_BIN/pg_ctl" -D "$data" -l "$data/restore.log" -w -t 300 \
  -o "-p $port -c unix_socket_directories='$data' -c listen_addresses=127.0.0.1" start
# pg_ctl returns once the server takes (read-only) connections; recovery may still be replaying.
for _ in $(seq 1 1500); do
  if ! as_postgres "$PG_BIN/pg_ctl" -D "$data" status > /dev/null; then
    echo "restore: the server stopped during recovery:" >&2
    tail -n 20 "$data/restore.log" >&2
    exit 1
  fi
  if [ "$(as_postgres "$PG_BIN/psql" -X -h "$data" -p "$port" -U postgres -d postgres -Atc 'SELECT pg_is_in_recovery()' 2>/dev/null)" = f ]; then
    echo "restore: recovered to $target and promoted; listening on port $port"
    exit 0
  fi
  sleep 0.2
done
echo "restore: recovery did not finish within 5 minutes; see $data/restore.log" >&2
exit 1
