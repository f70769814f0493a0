#!/bin/bash
# The floor under charging 10,000 tabs of 100 lines over 100 stores as Penny records a charge today:
# the four per-line writes (claim each line, one coverage row per line, the line's charge id on
# success, one share row per store and charge) done as four set-based statements on 1,000,000
# lines, in MariaDB alone (no Java, no checkout zone, no ledger). Uses the MariaDB the launcher
# unpacked (MARIADB_BASE, default $PENNY_DATA_DIR/mariadb-base or ~/.penny/mariadb-base: start
# Penny once first); a scratch server on its own data directory and port, removed afterwards.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
B=${MARIADB_BASE:-${PENNY_DATA_DIR:-$HOME/.penny}/mariadb-base}
W=$(mktemp -d /tmp/penny-floor.XXXXXX)
PORT=${FLOOR_PORT:-43306}
[ -x "$B/bin/mariadbd" ] || { echo "No MariaDB at $B (start Penny once, or set MARIADB_BASE)"; exit 2; }
mkdir -p "$W/data" "$W/tmp"
"$B/scripts/mariadb-install-db" --no-defaults --basedir="$B" --datadir="$W/data" --user=root \
  --auth-root-authentication-method=normal --force --skip-name-resolve > "$W/install.log" 2>&1
"$B/bin/mariadbd" --no-defaults --basedir="$B" --datadir="$W/data" --tmpdir="$W/tmp" --port="$PORT" \
  --socket="$W/sock" --skip-name-resolve --innodb-buffer-pool-size=512M --user=root --skip-ssl \
  > "$W/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$W"' EXIT
for _ in $(seq 1 60); do [ -S "$W/sock" ] && break; sleep 1; done
M=("$B/bin/mariadb" --no-defaults --skip-ssl -uroot --socket="$W/sock")
start=$(date +%s.%N)
"${M[@]}" < "$HERE/settlement-floor-schema.sql"
echo "seed 1,000,000 tab lines: $(echo "$(date +%s.%N) - $start" | bc) s"
"${M[@]}" < "$HERE/settlement-floor-writes.sql"
"${M[@]}" -e "SELECT COUNT(*) AS coverage_rows FROM lb.tab_charge_line;
  SELECT COUNT(*) AS share_rows FROM lb.tab_charge_share;"
