#!/usr/bin/env bash
# archive-wal.sh — PostgreSQL's archive_command: copies one finished WAL segment into the WAL archive.
#   WAL セグメントを保管ディレクトリへコピーします (postgresql.conf の archive_command から呼ばれます)。
#
#   archive_command = '/opt/casemanagement/deploy/backup/archive-wal.sh %p %f /var/backups/casemanagement/wal'
#
# Runs as the postgres user, in the data directory (%p is relative to it). Exit 0 only when the segment is safely
# on disk: copy to a temporary name, fsync, rename. A segment already archived with the same content is success
# (PostgreSQL may retry after a crash); a different file under the same name is an error, never overwritten.
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: archive-wal.sh <%p path> <%f name> <archive directory>" >&2
  exit 2
fi
src=$1
name=$2
archive=$3
dest="$archive/$name"

if [ -e "$dest" ]; then
  if cmp -s "$src" "$dest"; then
    exit 0
  fi
  echo "archive-wal: $dest exists with different content; refusing to overwrite" >&2
  exit 1
fi

tmp="$archive/.$name.tmp.$$"
cp "$src" "$tmp"
sync "$tmp"
mv "$tmp" "$dest"
sync "$archive"
