#!/usr/bin/env bash
# Penny settlement on two servers at once (issue 12): two Penny servers on one database (the
# second on the first one's MariaDB, Keycloak and keys) start settlement runs at the same moment,
# ROUNDS times over (default 10), while shoppers keep buying on the very tabs being charged through
# both servers; in every round the second server is killed with SIGKILL 1-8 s into the runs and
# started again. Checks: every due tab charged exactly once, by Penny's records and by the sandbox
# acquirer's own; every purchase a server acknowledged is in the ledger; the ledger balanced.
# Results go to bench/results/settlement-two-servers.txt.
#
# Usage: bench/settlement-two-servers.sh      (builds first)
#        BENCH_SKIP_BUILD=1 BENCH_ROUNDS=10 bench/settlement-two-servers.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SHOPPERS="${BENCH_SHOPPERS:-2000}"
LINES="${BENCH_LINES:-50}"
STORES="${BENCH_STORES:-20}"
ROUNDS="${BENCH_ROUNDS:-10}"
BUYERS="${BENCH_BUYERS:-200}"
A="${BENCH_PORT:-18085}"
B=$((A + 1))
KC="${BENCH_KEYCLOAK_PORT:-18185}"

source bench/stack.sh
source bench/settlement-lib.sh
bench_build
settle_init two-servers
REPORT="$OUT/settlement-two-servers.txt"
: > "$OUT/settlement-server-$A.log"
: > "$OUT/settlement-server-$B.log"

settle_start_first "$A" "$KC"
settle_seed "$A" "$SHOPPERS" "$LINES" "$STORES"
# Spending keys for the first BUYERS shoppers, paying on their tab in settle-001.
sql -e "INSERT INTO spending_key (public_id, shopper, label, daily_cap_micros, currency, funding,
          store_id, created_at)
        SELECT CONCAT('spk_', LOWER(LPAD(HEX(seq), 24, '0'))), CONCAT('settle-shopper-', seq),
               'Harness', 500000000, 'USD', 'TAB', (SELECT id FROM tenant WHERE slug = 'settle-001'),
               NOW(6)
        FROM seq_1_to_100000 WHERE seq <= $BUYERS"
settle_start_more "$B"

BASE_A="http://127.0.0.1:$A"
BASE_B="http://127.0.0.1:$B"
BUY_SECONDS=$(( ROUNDS * 60 + 120 ))
python3 bench/tab_buyers.py "$PAYMENTS_KEY" "$BUYERS" "$BUY_SECONDS" "$DATA/acknowledged.txt" \
  "$BASE_A" "$BASE_B" > "$DATA/buyers.txt" &
BUYING=$!

# Both servers start a settlement run at the same moment.
both_run() {
  settle_run "$BASE_A" & local a=$!
  settle_run "$BASE_B" & local b=$!
  wait "$a" "$b"
}

ROUNDS_DONE=""
for i in $(seq 1 "$ROUNDS"); do
  both_run
  WAIT=$(python3 -c 'import random; print(round(random.uniform(1, 8), 2))')
  sleep "$WAIT"
  BEFORE=$(settle_charged)
  settle_kill_server "$B"
  ROUNDS_DONE="$ROUNDS_DONE$i: both started a run; second server killed after ${WAIT}s with $BEFORE charges succeeded"$'\n'
  settle_start_more "$B"
done

# Both run again at once to the end; the janitors finish what the kills left (lease: two minutes).
both_run
settle_wait_runs "$BASE_A"
settle_wait_runs "$BASE_B"
sleep 150
both_run
settle_wait_runs "$BASE_A"
settle_wait_runs "$BASE_B"
wait "$BUYING"
sleep 15
ACKED=$(wc -l < "$DATA/acknowledged.txt")
# The acknowledged ids go into a table of one session (they are far too many for a command line).
python3 - "$DATA/acknowledged.txt" > "$DATA/acknowledged.sql" <<'PY'
import sys
ids = [line.strip()[3:] for line in open(sys.argv[1]) if line.strip()]
print("CREATE TEMPORARY TABLE acked (id BIGINT PRIMARY KEY);")
for i in range(0, len(ids), 1000):
    print("INSERT IGNORE INTO acked VALUES " + ",".join(f"({x})" for x in ids[i:i + 1000]) + ";")
print("SELECT (SELECT COUNT(*) FROM acked),"
      " (SELECT COUNT(*) FROM acked a LEFT JOIN micro_purchase m ON m.id = a.id WHERE m.id IS NULL),"
      " (SELECT COUNT(*) FROM acked a LEFT JOIN ledger_transfer t ON t.id = a.id"
      "  AND t.kind = 'PURCHASE' WHERE t.id IS NULL);")
PY
read -r DISTINCT MISSING_PURCHASES MISSING_TRANSFERS < <(sql < "$DATA/acknowledged.sql")

{
  echo "# Penny settlement on two servers $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r), $(java -version 2>&1 | head -1)"
  echo "seeded: $SHOPPERS due tabs x $LINES lines over $STORES stores; two servers on one database; $ROUNDS rounds:"
  printf '%s' "$ROUNDS_DONE"
  echo "buyers on $BUYERS of those tabs through both servers: $(cat "$DATA/buyers.txt")"
  echo "acknowledged purchases: $ACKED answers, $DISTINCT distinct purchases"
  echo "acknowledged purchases missing from the purchases (must be 0): $MISSING_PURCHASES"
  echo "acknowledged purchases missing from the ledger (must be 0): $MISSING_TRANSFERS"
  echo "tab charges beyond the seeded tabs' first: the buyers' tabs became due again and were charged in a later cycle"
  settle_checks "$SHOPPERS"
} | tee "$REPORT"
