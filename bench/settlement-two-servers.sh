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
settle_start_more "$B"

BASE_A="http://127.0.0.1:$A"
BASE_B="http://127.0.0.1:$B"
settle_buyers "$BUYERS" $(( ROUNDS * 60 + 120 )) "$BASE_A" "$BASE_B"

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

{
  echo "# Penny settlement on two servers $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r), $(java -version 2>&1 | head -1)"
  echo "seeded: $SHOPPERS due tabs x $LINES lines over $STORES stores; two servers on one database; $ROUNDS rounds:"
  printf '%s' "$ROUNDS_DONE"
  echo "buying on $BUYERS of those tabs through both servers"
  settle_acknowledged_checks
  echo "tab charges beyond the seeded tabs' first: the buyers' tabs became due again and were charged in a later cycle"
  settle_checks "$SHOPPERS"
} | tee "$REPORT"
