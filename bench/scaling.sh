#!/usr/bin/env bash
# Penny on one server and on two (issue 13): the same machine, the same embedded MariaDB, first
# with PENNY_SERVERS=1, then PENNY_SERVERS=2 (two Payara servers in one Hazelcast cluster behind
# the launcher's proxy). Each round measures, through Penny's port:
#   - micro-charges per second (metered calls through the API, as bench/micro.sh: 64 connections,
#     30 s, 1,000 shoppers and one hot one), p50 and p99;
#   - store pages per second (a store's home page and a product page, anonymous, 64 connections);
#   - the CPU seconds the server JVMs and the database spent during the micro-charge run, per
#     micro-charge (from /proc: user + system time), so that a reader sees where the time goes.
# wrk runs on the same cores. Results go to bench/results/scaling.txt.
#
# Usage: bench/scaling.sh            (builds first)
#        BENCH_SKIP_BUILD=1 bench/scaling.sh
#        BENCH_ROUNDS="1" bench/scaling.sh   (one server only; the default is "1 2")
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${BENCH_DURATION:-30s}"
SECONDS_RUN="${DURATION%s}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
PORT="${BENCH_PORT:-18093}"
KC_PORT="${BENCH_KEYCLOAK_PORT:-18193}"
OUT=bench/results
mkdir -p "$OUT"
REPORT="$OUT/scaling.txt"
TICKS=$(getconf CLK_TCK)

source bench/stack.sh
bench_tools wrk
bench_build

{
  echo "# Penny on one server and on two $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r), $(java -version 2>&1 | head -1)"
  echo
} | tee "$REPORT"

# CPU ticks (user + system) of the processes whose command line matches $1 and holds $DATA.
ticks_of() {
  local total=0
  for pid in $(pgrep -f "$1"); do
    if tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$2" \
        || tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -q -- "$2"; then
      local t
      t=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
      total=$((total + t))
    fi
  done
  echo "$total"
}

round() {
  local servers="$1"
  local log="$OUT/scaling-$servers-server.log"
  local key
  key=$(python3 -c 'import base64,os; print(base64.b64encode(os.urandom(32)).decode())')
  bench_start "scaling$servers" "$log" PENNY_HTTP_PORT=$PORT PENNY_KEYCLOAK_PORT=$KC_PORT \
    PENNY_PAYMENTS_KEY="$key" PENNY_SERVERS="$servers" PENNY_CLUSTER_PORT=$((PORT + 20)) \
    PENNY_SETTLEMENT_EVERY_MINUTES=0

  bench_db
  sql < bench/micro-seed.sql

  local lua
  lua=$(mktemp /tmp/penny-scaling-XXXXXX.lua)
  python3 bench/micro_secrets.py "$key" "$lua"
  local base="http://127.0.0.1:$PORT"
  local url="$base/api/v1/stores/demo-books/metered"
  local product
  product=$(curl -s "$base/api/v1/stores/demo-books/products?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"][0]["url"])' | sed -E 's#https?://[^/]+##')

  # Warm-up: every server (the proxy spreads new connections over them).
  wrk -t2 -c16 -d30s -s "$lua" "$url" >/dev/null
  wrk -t2 -c16 -d10s "$base/s/demo-books/" >/dev/null
  wrk -t2 -c16 -d10s "$base$product" >/dev/null

  local server_before db_before server_after db_after result
  server_before=$(ticks_of "java" "$DATA")
  db_before=$(ticks_of "mariadbd" "$DATA")
  result=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$lua" "$url")
  server_after=$(ticks_of "java" "$DATA")
  db_after=$(ticks_of "mariadbd" "$DATA")
  local charges
  charges=$(echo "$result" | awk '/requests in/ {print $1}')
  {
    echo "## $servers server(s): $(grep -E '^Penny (started|cluster)' "$log" | tr '\n' ' ')"
    echo "### micro-charges: wrk -t2 -c$CONNECTIONS -d$DURATION --latency -s micro.lua"
    echo "$result" | grep -E "Requests/sec|requests in|50%|99%|Non-2xx|Socket errors"
    echo "CPU during the run: Penny's JVMs (servers, proxy, Keycloak idle) $(( (server_after - server_before) / TICKS )) s, database $(( (db_after - db_before) / TICKS )) s, of $((SECONDS_RUN * $(nproc))) s of the machine"
    python3 - "$charges" "$((server_after - server_before))" "$((db_after - db_before))" "$TICKS" <<'PY'
import sys
charges, server, db, ticks = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
print(f"per micro-charge: servers {server / ticks / charges * 1e3:.3f} ms CPU, database {db / ticks / charges * 1e3:.3f} ms CPU ({charges} charges)")
PY
    echo "### store pages: wrk -t2 -c$CONNECTIONS -d$DURATION (home page, then a product page)"
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$base/s/demo-books/" | grep -E "Requests/sec|50%|99%|Non-2xx"
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$base$product" | grep -E "Requests/sec|50%|99%|Non-2xx"
    echo "ledger afterwards: sum per currency $(sql -e "SELECT GROUP_CONCAT(CONCAT(currency, ' ', s)) FROM (SELECT currency, SUM(balance_micros) s FROM ledger_account GROUP BY currency) x"), wallets below zero $(sql -e "SELECT COUNT(*) FROM ledger_account WHERE kind = 'WALLET' AND balance_micros < 0")"
    echo
  } | tee -a "$REPORT"
  rm -f "$lua"
  kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  rm -rf "$DATA"
  trap - EXIT
}

for servers in ${BENCH_ROUNDS:-1 2}; do
  round "$servers"
done
echo "written to $REPORT"
