#!/usr/bin/env bash
# Penny settlement benchmark (issue 12): BENCH_SHOPPERS shoppers x BENCH_LINES tab lines over
# BENCH_STORES stores (default 1,000 x 100 over 100: 100,000 micro-charges), every tab due by age;
# one settlement run (the Jakarta Batch job, started through the sandbox API) charges every tab
# through the checkout zone and settles every store. Reports the run's wall time, the server's heap
# while it runs (jstat, every second), and checks afterwards: every tab charged exactly once (by
# Penny's records and by the sandbox acquirer's own), every line collected, the ledger balanced.
# Results go to bench/results/settlement-<lines>.txt; copy the figures you keep into RESULTS.md.
#
# Usage: bench/settlement.sh                       (builds first)
#        BENCH_SKIP_BUILD=1 BENCH_SHOPPERS=3000 bench/settlement.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SHOPPERS="${BENCH_SHOPPERS:-1000}"
LINES="${BENCH_LINES:-100}"
STORES="${BENCH_STORES:-100}"
PORT="${BENCH_PORT:-18084}"
KC_PORT="${BENCH_KEYCLOAK_PORT:-18184}"
OUT=bench/results
mkdir -p "$OUT"
REPORT="$OUT/settlement-$((SHOPPERS * LINES)).txt"

source bench/stack.sh
bench_build

ZONE_SECRET=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
LOG="$OUT/settlement-server.log"
bench_start settlement "$LOG" PENNY_HTTP_PORT=$PORT PENNY_KEYCLOAK_PORT=$KC_PORT \
  PENNY_CHECKOUT_API_SECRET="$ZONE_SECRET" PENNY_SETTLEMENT_EVERY_MINUTES=0

bench_db
BASE="http://127.0.0.1:$PORT"

SEED=$(mktemp /tmp/penny-settlement-seed-XXXXXX.sql)
{
  echo "SET @stores = $STORES; SET @shoppers = $SHOPPERS; SET @lines = $LINES;"
  python3 bench/settlement_cards.py "$BASE" "$ZONE_SECRET" "$SHOPPERS"
  cat bench/settlement-seed.sql
} > "$SEED"
SEED_START=$(date +%s)
sql < "$SEED"
SEED_SECONDS=$(( $(date +%s) - SEED_START ))

# A store API key for the sandbox call (only its SHA-256 is stored).
KEY="penny_benchsettle1_$(python3 -c 'import secrets; print(secrets.token_urlsafe(24)[:32])')"
HASH=$(printf '%s' "$KEY" | sha256sum | cut -d' ' -f1)
sql -e "INSERT INTO api_key (tenant_id, lookup_id, secret_hash, name, created_by, created_at)
        SELECT id, 'benchsettle1', '$HASH', 'Settlement benchmark', 'bench', NOW(6)
        FROM tenant WHERE slug = 'settle-001'"

SERVER_PID=$(pgrep -P "$SERVER" java | head -1 || true)
[ -n "$SERVER_PID" ] || SERVER_PID=$SERVER
HEAP="$OUT/settlement-heap.txt"
jstat -gc "$SERVER_PID" 1000 > "$HEAP" 2>/dev/null &
JSTAT=$!

# One run, start to end: its wall time in seconds.
settle_run() {
  local start end status
  start=$(date +%s.%N)
  curl -sf -X POST -H "Authorization: Bearer $KEY" "$BASE/api/v1/stores/settle-001/sandbox/settlement-runs" >/dev/null
  while :; do
    status=$(curl -sf -H "Authorization: Bearer $KEY" "$BASE/api/v1/stores/settle-001/sandbox/settlement-runs/latest" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
    [ "$status" != "running" ] && break
    sleep 0.5
  done
  end=$(date +%s.%N)
  python3 -c "print(round($end - $start, 1), '$status')"
}

# The first run charges every tab (its settlements are of the day before: empty); the second,
# a day later on the sandbox clock, builds the day's settlements of every store.
read -r CHARGE_SECONDS CHARGE_STATUS < <(settle_run)
curl -sf -X POST -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" \
  -d '{"advance_hours": 25}' "$BASE/api/v1/stores/settle-001/sandbox/clock" >/dev/null
read -r SETTLE_SECONDS STATUS < <(settle_run)
kill "$JSTAT" 2>/dev/null || true

# Heap used (S0U + S1U + EU + OU, KiB) while the run went on.
HEAP_MAX=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > m) m = used } END { printf "%.0f", m / 1024 }' "$HEAP")
HEAP_LAST=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8 } END { printf "%.0f", used / 1024 }' "$HEAP")

{
  echo "# Penny settlement benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r), $(java -version 2>&1 | head -1)"
  echo "seeded: $SHOPPERS shoppers x $LINES lines over $STORES stores = $((SHOPPERS * LINES)) micro-charges (seed ${SEED_SECONDS}s)"
  echo "run 1 (charges every due tab): ${CHARGE_SECONDS} s, $CHARGE_STATUS; run 2 (a day later, builds the settlements): ${SETTLE_SECONDS} s, $STATUS"
  echo "runs: $(sql -e "SELECT GROUP_CONCAT(CONCAT(tabs_done, '/', tabs_total, ' tabs, ', stores_done, '/', stores_total, ' stores, ', ROUND(TIMESTAMPDIFF(MICROSECOND, started_at, finished_at) / 1e6, 1), ' s') SEPARATOR '; ') FROM settlement_run")"
  echo "heap used during the run: max ${HEAP_MAX} MiB, at the end ${HEAP_LAST} MiB (-Xmx1g)"
  echo "tab charges succeeded: $(sql -e "SELECT COUNT(*) FROM tab_charge WHERE shopper LIKE 'settle-shopper-%' AND status = 'SUCCEEDED'") of $SHOPPERS tabs; other states: $(sql -e "SELECT COALESCE(GROUP_CONCAT(CONCAT(status, ' ', n)), 'none') FROM (SELECT status, COUNT(*) n FROM tab_charge WHERE shopper LIKE 'settle-shopper-%' AND status <> 'SUCCEEDED' GROUP BY status) x")"
  echo "tabs charged more than once in a cycle (must be 0): $(sql -e "SELECT COUNT(*) FROM (SELECT tab_account, cycle FROM tab_charge GROUP BY tab_account, cycle, part HAVING COUNT(*) > 1) x")"
  echo "captures per tab charge at the sandbox acquirer (must all be 1): $(sql -e "SELECT COALESCE(GROUP_CONCAT(DISTINCT n), 'none') FROM (SELECT COUNT(*) n FROM vault.sandbox_transaction t JOIN vault.payment p ON t.request_id = CONCAT(p.public_id, '-capture') WHERE p.store = 'penny' AND p.order_ref LIKE 'charge-tab-%' GROUP BY SUBSTRING_INDEX(p.order_ref, '-a', 1)) x" 2>/dev/null || echo 'not readable')"
  echo "lines still open (must be 0): $(sql -e "SELECT COUNT(*) FROM micro_purchase WHERE shopper LIKE 'settle-shopper-%' AND tab_charge_id IS NULL")"
  echo "settlements built: $(sql -e "SELECT COUNT(*) FROM settlement s JOIN tenant t ON t.id = s.tenant_id WHERE t.slug LIKE 'settle-%'") (gross $(sql -e "SELECT SUM(gross_micros) / 1e6 FROM settlement s JOIN tenant t ON t.id = s.tenant_id WHERE t.slug LIKE 'settle-%'"), card fees $(sql -e "SELECT SUM(card_fee_micros) / 1e6 FROM settlement s JOIN tenant t ON t.id = s.tenant_id WHERE t.slug LIKE 'settle-%'"), saved by batching $(sql -e "SELECT SUM(standalone_fee_micros - card_fee_micros) / 1e6 FROM settlement s JOIN tenant t ON t.id = s.tenant_id WHERE t.slug LIKE 'settle-%'"))"
  echo "sum of balances per currency (must be 0): $(sql -e "SELECT GROUP_CONCAT(CONCAT(currency, ' ', s)) FROM (SELECT currency, SUM(balance_micros) s FROM ledger_account GROUP BY currency) x")"
  echo "accounts whose balance differs from their entries (must be 0): $(sql -e "
    SELECT COUNT(*) FROM ledger_account a
    LEFT JOIN (SELECT credit_account id, SUM(amount_micros) t FROM ledger_transfer GROUP BY credit_account) c ON c.id = a.id
    LEFT JOIN (SELECT debit_account id, SUM(amount_micros) t FROM ledger_transfer GROUP BY debit_account) d ON d.id = a.id
    WHERE a.balance_micros <> COALESCE(c.t, 0) - COALESCE(d.t, 0)")"
} | tee "$REPORT"
