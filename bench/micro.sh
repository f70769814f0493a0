#!/usr/bin/env bash
# Penny micro-charges benchmark (issue 11): metered calls paid through the HTTP API
# (POST /api/v1/stores/demo-books/metered, a spending key each, 0.000001 USD each, a new
# Idempotency-Key each), 64 connections for 30 s, spread over 1,000 shoppers (half paying from
# the wallet, half on the tab) and one hot shopper who makes one call in four; then the same
# through the naive ledger (one JPA transaction per charge, same rules and rows), and the trivial
# endpoint (/ops/ping), in the same run on the same database. Afterwards the ledger is checked:
# every currency sums to zero and every account's balance equals its entries.
# Results go to bench/results/micro.txt; copy the figures you keep into bench/RESULTS.md.
#
# Usage: bench/micro.sh            (builds first)
#        BENCH_SKIP_BUILD=1 bench/micro.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${BENCH_DURATION:-30s}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
PORT="${BENCH_PORT:-18083}"
KC_PORT="${BENCH_KEYCLOAK_PORT:-18183}"
OUT=bench/results
mkdir -p "$OUT"
REPORT="$OUT/micro.txt"

source bench/stack.sh
bench_tools wrk
bench_build

PAYMENTS_KEY=$(python3 -c 'import base64,os; print(base64.b64encode(os.urandom(32)).decode())')
LOG="$OUT/micro-server.log"
bench_start micro "$LOG" PENNY_HTTP_PORT=$PORT PENNY_KEYCLOAK_PORT=$KC_PORT \
  PENNY_PAYMENTS_KEY="$PAYMENTS_KEY" PENNY_BENCH_NAIVE_LEDGER=true

bench_db
sql < bench/micro-seed.sql

GROUP=$(mktemp /tmp/penny-micro-XXXXXX.lua)
NAIVE=$(mktemp /tmp/penny-micro-naive-XXXXXX.lua)
python3 bench/micro_secrets.py "$PAYMENTS_KEY" "$GROUP"
python3 bench/micro_secrets.py "$PAYMENTS_KEY" "$NAIVE" naive
BASE="http://127.0.0.1:$PORT"
URL="$BASE/api/v1/stores/demo-books/metered"

{
  echo "# Penny micro-charges benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r), $(java -version 2>&1 | head -1)"
  echo "server: $(grep '^Penny started' "$LOG")"
  echo "seeded: $(sql -e "SELECT COUNT(*) FROM spending_key WHERE shopper LIKE 'bench-%'") spending keys, $(sql -e "SELECT COUNT(*) FROM tab WHERE shopper LIKE 'bench-%'") tabs"
  echo
} | tee "$REPORT"

# Warm-up: both paths and the trivial endpoint.
wrk -t2 -c16 -d30s -s "$GROUP" "$URL" >/dev/null
wrk -t2 -c16 -d10s -s "$NAIVE" "$URL" >/dev/null
wrk -t2 -c16 -d5s "$BASE/ops/ping" >/dev/null

measure() {
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" \
    | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors|not 201"
}
{
  echo "## trivial endpoint /ops/ping: wrk -t2 -c$CONNECTIONS -d$DURATION --latency"
  measure "$BASE/ops/ping"
  echo
  echo "## micro-charges, group-committing ledger: wrk -t2 -c$CONNECTIONS -d$DURATION --latency -s micro.lua"
  measure -s "$GROUP" "$URL"
  echo
  echo "## micro-charges, naive ledger (one JPA transaction per charge): same, Penny-Bench-Ledger: naive"
  measure -s "$NAIVE" "$URL"
  echo
  echo "## the ledger afterwards"
  echo "micro-purchases: $(sql -e "SELECT COUNT(*) FROM micro_purchase WHERE shopper LIKE 'bench-%'")"
  echo "sum of balances per currency (must be 0): $(sql -e "SELECT GROUP_CONCAT(CONCAT(currency, ' ', s)) FROM (SELECT currency, SUM(balance_micros) s FROM ledger_account GROUP BY currency) x")"
  echo "accounts whose balance differs from their entries (must be 0): $(sql -e "
    SELECT COUNT(*) FROM ledger_account a
    LEFT JOIN (SELECT credit_account id, SUM(amount_micros) t FROM ledger_transfer GROUP BY credit_account) c ON c.id = a.id
    LEFT JOIN (SELECT debit_account id, SUM(amount_micros) t FROM ledger_transfer GROUP BY debit_account) d ON d.id = a.id
    WHERE a.balance_micros <> COALESCE(c.t, 0) - COALESCE(d.t, 0)")"
  echo "wallets below zero (must be 0): $(sql -e "SELECT COUNT(*) FROM ledger_account WHERE kind = 'WALLET' AND balance_micros < 0")"
} | tee -a "$REPORT"
rm -f "$GROUP" "$NAIVE"
echo "written to $REPORT"
