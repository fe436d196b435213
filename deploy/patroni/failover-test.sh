#!/usr/bin/env bash
# Failover test of a local Patroni cluster (issue 7 point 7). Run by hand, as root, on a Debian 12 machine with
# postgresql-15, patroni and etcd-server installed; not part of ./test. It:
#   1. starts one etcd and three Patroni-managed PostgreSQL 15 servers on 127.0.0.1 (synchronous_mode: true),
#   2. runs a client that INSERTs one row per statement through the libpq multi-host string with
#      target_session_attrs=primary (like Npgsql's Target Session Attributes=primary) and records every write that
#      was acknowledged,
#   3. kills the primary (SIGKILL to its Patroni and its postmaster: the machine "dies"),
#   4. keeps writing until the new primary has taken WRITES_AFTER writes, then reports the longest time without an
#      acknowledged write and checks that every acknowledged row is on the new primary.
# Exit code 0 when no acknowledged write was lost. Environment: BASE_PORT (default 25400), WRITES_AFTER (200),
# KEEP=1 keeps the temporary folder. Timing of the local cluster: ttl 20 s, loop_wait 5 s, retry_timeout 5 s.
set -euo pipefail

BASE_PORT=${BASE_PORT:-25400}
WRITES_AFTER=${WRITES_AFTER:-200}
PGBIN=/usr/lib/postgresql/15/bin
ETCD_CLIENT=$((BASE_PORT)); ETCD_PEER=$((BASE_PORT + 1))
WORK=$(mktemp -d /tmp/cm-patroni-XXXXXX)
chown postgres: "$WORK"; chmod 755 "$WORK"
# The servers run as postgres from here: a working directory postgres cannot see (or one that disappears) stops them.
cd "$WORK"
PIDS=()

cleanup() {
  for p in "${PIDS[@]}"; do kill -9 -- "-$p" 2>/dev/null || true; done
  for n in 1 2 3; do
    if [[ -f $WORK/pg$n/data/postmaster.pid ]]; then kill -9 "$(head -1 "$WORK/pg$n/data/postmaster.pid")" 2>/dev/null || true; fi
  done
  [[ ${KEEP:-0} == 1 ]] && echo "kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

for port in $ETCD_CLIENT $ETCD_PEER $((BASE_PORT + 11)) $((BASE_PORT + 12)) $((BASE_PORT + 13)) $((BASE_PORT + 21)) $((BASE_PORT + 22)) $((BASE_PORT + 23)); do
  if ss -ltn "sport = :$port" | grep -q LISTEN; then echo "port $port is busy; set BASE_PORT" >&2; exit 2; fi
done

now() { date +%s.%N; }

echo "starting etcd on 127.0.0.1:$ETCD_CLIENT"
setsid runuser -u postgres -- etcd --name e1 --data-dir "$WORK/etcd" \
  --listen-client-urls "http://127.0.0.1:$ETCD_CLIENT" --advertise-client-urls "http://127.0.0.1:$ETCD_CLIENT" \
  --listen-peer-urls "http://127.0.0.1:$ETCD_PEER" --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER" \
  --initial-cluster "e1=http://127.0.0.1:$ETCD_PEER" >"$WORK/etcd.log" 2>&1 &
PIDS+=($!)

for n in 1 2 3; do
  pg=$((BASE_PORT + 10 + n)); api=$((BASE_PORT + 20 + n))
  mkdir -p "$WORK/pg$n"; chown postgres: "$WORK/pg$n"; chmod 700 "$WORK/pg$n"
  cat >"$WORK/pg$n.yml" <<YML
scope: cm-failover-test
name: pg$n
restapi: {listen: 127.0.0.1:$api, connect_address: 127.0.0.1:$api}
etcd3: {hosts: 127.0.0.1:$ETCD_CLIENT}
bootstrap:
  dcs:
    ttl: 20
    loop_wait: 5
    retry_timeout: 5
    synchronous_mode: true
    synchronous_mode_strict: true
    postgresql:
      use_pg_rewind: true
      parameters: {wal_level: replica, hot_standby: "on", wal_log_hints: "on", synchronous_commit: "on", max_wal_senders: 10}
  initdb: [{encoding: UTF8}, {locale: C.UTF-8}]
  pg_hba: ["host replication all 127.0.0.1/32 trust", "host all all 127.0.0.1/32 trust", "local all all trust"]
postgresql:
  listen: 127.0.0.1:$pg
  connect_address: 127.0.0.1:$pg
  data_dir: $WORK/pg$n/data
  bin_dir: $PGBIN
  pgpass: $WORK/pg$n/pgpass
  authentication:
    superuser: {username: postgres, password: postgres}
    replication: {username: postgres, password: postgres}
  parameters: {unix_socket_directories: $WORK/pg$n}
YML
  chown postgres: "$WORK/pg$n.yml"
  setsid runuser -u postgres -- patroni "$WORK/pg$n.yml" >"$WORK/pg$n.log" 2>&1 &
  PIDS+=($!)
done

cluster() { curl -s "http://127.0.0.1:$((BASE_PORT + 21))/cluster" || curl -s "http://127.0.0.1:$((BASE_PORT + 22))/cluster" || curl -s "http://127.0.0.1:$((BASE_PORT + 23))/cluster"; }
members() { cluster | python3 -c "import json,sys; [print(m['name'], m['role'], m['state']) for m in json.load(sys.stdin).get('members', [])]" 2>/dev/null || true; }
roles() { members | awk '{ printf "%s:%s:%s ", $1, $2, $3 }'; }

echo -n "waiting for a leader, a synchronous standby and a second replica"
for _ in $(seq 1 180); do
  r=$(roles)
  # Patroni 3.0.2 reports a healthy replica as "running", later versions as "streaming".
  if [[ $r == *leader:running* && $r =~ sync_standby:(running|streaming) && $(grep -Eo '(replica|sync_standby):(running|streaming)' <<<"$r" | wc -l) -ge 2 ]]; then break; fi
  echo -n .; sleep 1
done
echo; echo "cluster: $(roles)"
[[ $(roles) == *sync_standby* ]] || { echo "no synchronous standby came up; see $WORK/*.log" >&2; KEEP=1; exit 2; }

HOSTS="host=127.0.0.1,127.0.0.1,127.0.0.1 port=$((BASE_PORT + 11)),$((BASE_PORT + 12)),$((BASE_PORT + 13))"
CS="$HOSTS user=postgres dbname=postgres connect_timeout=2 target_session_attrs=primary"
psql -X -q "$CS" -c "CREATE TABLE IF NOT EXISTS failover_probe (id bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT clock_timestamp())"

ACKED=$WORK/acked.txt; : >"$ACKED"
writer() {
  local i=0
  while [[ ! -f $WORK/stop ]]; do
    i=$((i + 1))
    # Acknowledged = psql printed the row back after COMMIT (autocommit) returned.
    if out=$(psql -X -q -t -A "$CS" -c "INSERT INTO failover_probe (id) VALUES ($i) RETURNING id" 2>/dev/null) && [[ $out == "$i" ]]; then
      echo "$i $(now)" >>"$ACKED"
    fi
  done
}
writer &
WRITER=$!

until [[ $(wc -l <"$ACKED") -ge 200 ]]; do sleep 0.2; done
LEADER=$(members | awk '$2 == "leader" { print $1 }')
n=${LEADER#pg}
BEFORE=$(wc -l <"$ACKED")
KILLED_AT=$(now)
kill -9 -- "-${PIDS[$n]}" 2>/dev/null || true
kill -9 "$(head -1 "$WORK/pg$n/data/postmaster.pid")" 2>/dev/null || true
echo "killed primary $LEADER at $(date -u -d "@${KILLED_AT%.*}" +%T) after $BEFORE acknowledged writes"

until [[ $(wc -l <"$ACKED") -ge $((BEFORE + WRITES_AFTER)) ]]; do
  if (( $(echo "$(now) - $KILLED_AT > 180" | bc) )); then echo "no new primary within 180 s; see $WORK/*.log" >&2; KEEP=1; break; fi
  sleep 0.2
done
touch "$WORK/stop"; wait "$WRITER" || true
echo "cluster after: $(roles)"

# Longest stretch without an acknowledged write, and the first write after the kill.
read -r GAP FIRST_AFTER < <(awk -v k="$KILLED_AT" '
  NR > 1 { d = $2 - prev; if (d > gap) gap = d }
  $2 > k && !first { first = $2 - k }
  { prev = $2 }
  END { printf "%.2f %.2f\n", gap, first }' "$ACKED")

psql -X -q -t -A "$CS" -c "SELECT id FROM failover_probe ORDER BY id" >"$WORK/present.txt"
LOST=$(cut -d' ' -f1 "$ACKED" | sort -n | comm -23 - <(sort -n "$WORK/present.txt") | wc -l)
TOTAL=$(wc -l <"$ACKED")

echo "acknowledged writes: $TOTAL ($BEFORE before the kill)"
echo "longest time without an acknowledged write: $GAP s (first write on the new primary $FIRST_AFTER s after the kill)"
echo "acknowledged writes missing on the new primary: $LOST"
[[ $LOST == 0 ]]
