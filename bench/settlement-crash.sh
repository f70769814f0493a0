#!/usr/bin/env bash
# Penny settlement crash harness (issue 12): seeds BENCH_SHOPPERS due tabs (default 2,000 x 50
# lines over 20 stores), then CRASHES times over (default 20): starts Penny on the same data
# folder, starts a settlement run, waits a random 0.5-10 s and kills the server, the launcher and
# the database with SIGKILL (as a power cut would), while buyers keep paying metered calls on the
# tabs of BENCH_BUYERS of those shoppers (default 200) through the server. Then a last start lets
# the janitor finish what the crashes left (its lease is two minutes) and a last run completes.
# Checks: every due tab charged exactly once, by Penny's records and by the sandbox acquirer's
# own; every line collected; every purchase the server acknowledged (answered 201) is in the
# purchases and the ledger; the ledger balanced. Results go to bench/results/settlement-crash.txt.
#
# Usage: bench/settlement-crash.sh          (builds first)
#        BENCH_SKIP_BUILD=1 BENCH_CRASHES=20 bench/settlement-crash.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SHOPPERS="${BENCH_SHOPPERS:-2000}"
LINES="${BENCH_LINES:-50}"
STORES="${BENCH_STORES:-20}"
CRASHES="${BENCH_CRASHES:-20}"
BUYERS="${BENCH_BUYERS:-200}"
PORT="${BENCH_PORT:-18085}"
KC_PORT="${BENCH_KEYCLOAK_PORT:-18185}"
BASE="http://127.0.0.1:$PORT"

source bench/stack.sh
source bench/settlement-lib.sh
bench_build
settle_init crash
REPORT="$OUT/settlement-crash.txt"
: > "$OUT/settlement-server-$PORT.log"

settle_start_first "$PORT" "$KC_PORT"
settle_seed "$PORT" "$SHOPPERS" "$LINES" "$STORES"
# Buyers until the crashes are over (stopped below); they retry through every restart.
settle_buyers "$BUYERS" 86400 "$BASE"

CYCLES=""
for i in $(seq 1 "$CRASHES"); do
  settle_run "$BASE"
  WAIT=$(python3 -c 'import random; print(round(random.uniform(0.5, 10), 2))')
  sleep "$WAIT"
  BEFORE=$(settle_charged)
  settle_kill_all
  CYCLES="$CYCLES$i: killed after ${WAIT}s with $BEFORE charges succeeded"$'\n'
  settle_start_first "$PORT" "$KC_PORT"
done

settle_buyers_stop

# The janitor finishes charges the crashes left (their lease runs out after two minutes); a last
# run charges what was never claimed.
settle_run "$BASE"
settle_wait_runs "$BASE"
sleep 150
settle_run "$BASE"
settle_wait_runs "$BASE"
sleep 15

{
  echo "# Penny settlement crash harness $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r), $(java -version 2>&1 | head -1)"
  echo "seeded: $SHOPPERS due tabs x $LINES lines over $STORES stores; $CRASHES SIGKILLs (server, launcher, database) during settlement runs:"
  printf '%s' "$CYCLES"
  echo "buying on $BUYERS of those tabs through the server until the last crash"
  settle_acknowledged_checks
  echo "tab charges beyond the seeded tabs' first: the buyers' tabs became due again and were charged in a later cycle"
  settle_checks "$SHOPPERS"
} | tee "$REPORT"
