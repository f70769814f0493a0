#!/usr/bin/env bash
# Penny storefront benchmark: boots the stack once (fresh embedded database, demo stores,
# Hibernate statistics on), then measures on loopback
#   - peak throughput with wrk, 64 connections, 30 s per endpoint: store home, product page,
#     products API, and /ops/ping (a trivial servlet: the server's ceiling);
#   - latency at a fixed 1,500 req/s on the product page with hey (60 workers x 25 req/s);
#   - SQL statements per page, from Hibernate's statistics, cold and cached.
# Results go to bench/results/latest.txt; copy the figures you keep into bench/RESULTS.md.
#
# Usage: bench/run.sh            (builds first)
#        BENCH_SKIP_BUILD=1 bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${BENCH_DURATION:-30s}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
PORT="${BENCH_PORT:-18080}"
OUT=bench/results
mkdir -p "$OUT"
REPORT="$OUT/latest.txt"

source bench/stack.sh
bench_tools wrk hey
bench_build

LOG="$OUT/server.log"
bench_start bench "$LOG" PENNY_HTTP_PORT=$PORT PENNY_SQL_STATS=true

BASE="http://127.0.0.1:$PORT"
PRODUCT_ID=$(curl -s "$BASE/api/v1/stores/demo-books/products?limit=1" | sed -E 's/.*"data":\[\{"object":"product","id":([0-9]+).*/\1/')
OTHER_ID=$((PRODUCT_ID + 1))
stats() { curl -s "$BASE/ops/sql-stats" | sed -E 's/.*"prepared_statements":([0-9]+).*/\1/'; }
statements() { # statements one GET costs
  local before after; before=$(stats); curl -s -o /dev/null "$BASE$1"; after=$(stats); echo $((after - before));
}

{
  echo "# Penny benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r), $(java -version 2>&1 | head -1)"
  echo "server: $(grep '^Penny started' "$LOG")"
  echo
  echo "## SQL statements per request (Hibernate statistics)"
  echo "store home, first request after start (store itself cold): $(statements /s/demo-books/)"
  echo "coffee store home, first request (store itself cold):        $(statements /s/demo-coffee/)"
  echo "store home, cached:                                          $(statements /s/demo-books/)"
  echo "product page, cold (store warm):                             $(statements /s/demo-books/p/$OTHER_ID)"
  echo "product page, cached:                                        $(statements /s/demo-books/p/$OTHER_ID)"
  echo "category page, cold:                                         $(statements /s/demo-books/c/fiction)"
  echo "category page, cached:                                       $(statements /s/demo-books/c/fiction)"
  echo "search page (never cached):                                  $(statements '/s/demo-books/search?q=salt')"
  echo "products API, 20 per page, first request:                    $(statements /api/v1/stores/demo-books/products)"
  echo "products API, 20 per page, cached:                           $(statements /api/v1/stores/demo-books/products)"
  echo
} | tee "$REPORT"

# Warm-up: let the JIT compile the hot paths before measuring.
for path in /s/demo-books/ "/s/demo-books/p/$PRODUCT_ID" /api/v1/stores/demo-books/products /ops/ping; do
  wrk -t2 -c16 -d10s "$BASE$path" >/dev/null
done

run_wrk() {
  echo "## $1 ($2): wrk -t2 -c$CONNECTIONS -d$DURATION --latency ${3:-}"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency ${3:+-H "$3"} "$BASE$2" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors"
  echo
}
{
  run_wrk "trivial endpoint (ceiling)" /ops/ping
  run_wrk "store home" /s/demo-books/
  run_wrk "product page" "/s/demo-books/p/$PRODUCT_ID"
  run_wrk "products API" /api/v1/stores/demo-books/products
  # Credentials bypass the response cache: Faces renders the page from the (warm) catalog cache on
  # every request. (Cookies do not: shared pages show nothing personal; see bench/checkout.sh.)
  run_wrk "product page rendered on every request" "/s/demo-books/p/$PRODUCT_ID" "Authorization: Bearer bench"
  echo "## product page at a fixed 1,500 req/s: hey -z $DURATION -c 60 -q 25"
  hey -z "$DURATION" -c 60 -q 25 "$BASE/s/demo-books/p/$PRODUCT_ID" | grep -E "Requests/sec|Average|50%|90%|99%|\[[0-9]+\]"
} | tee -a "$REPORT"
echo "written to $REPORT"
