#!/usr/bin/env bash
# Penny shopping benchmark: boots the stack once (fresh embedded database, demo stores, the
# sandbox acquirer at zero latency, card-attempt limits raised for one client), then on loopback
#   - a product page for a shopper with a non-empty cart (the guest cart's cookie sent), wrk;
#   - add-to-cart per second (each request a new guest adding one item: a cart and a line
#     written, the cookie set), wrk with a POST;
#   - orders placed and paid per second through the whole checkout path (add, place, payment
#     step, card posted to the checkout zone, order page confirming with the zone), with the p50
#     and p99 of one order's five requests, bench/checkout_load.py.
# Results go to bench/results/checkout.txt; copy the figures you keep into bench/RESULTS.md.
#
# Usage: bench/checkout.sh            (builds first)
#        BENCH_SKIP_BUILD=1 bench/checkout.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${BENCH_DURATION:-30s}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
PORT="${BENCH_PORT:-18081}"
ORDERS="${BENCH_ORDERS:-400}"
WORKERS="${BENCH_WORKERS:-8}"
OUT=bench/results
mkdir -p "$OUT"
REPORT="$OUT/checkout.txt"

source bench/stack.sh
bench_tools wrk
bench_build

LOG="$OUT/checkout-server.log"
bench_start bench "$LOG" PENNY_HTTP_PORT=$PORT PENNY_SANDBOX_LATENCY_MS=0 PENNY_CHECKOUT_ATTEMPTS_PER_CLIENT=10000000 PENNY_CHECKOUT_ATTEMPTS_PER_STORE=10000000

BASE="http://127.0.0.1:$PORT"
PRODUCT=$(curl -s "$BASE/s/demo-books/" | grep -o 'href="/s/demo-books/p/[0-9]*' | head -1 | grep -o '[0-9]*$')
VARIANT=$(curl -s "$BASE/s/demo-books/p/$PRODUCT" | grep -o 'value="[0-9]*" data-sku' | head -1 | grep -o '[0-9]*')
COOKIE=$(curl -s -o /dev/null -D - -X POST -d "variant=$VARIANT&quantity=1" "$BASE/s/demo-books/cart/add" \
  | grep -i '^Set-Cookie: penny_cart=' | sed -E 's/^[Ss]et-[Cc]ookie: (penny_cart=[^;]*).*/\1/')
[ -n "$COOKIE" ] || { echo "no cart cookie"; exit 1; }
WRK_ADD=$(mktemp /tmp/penny-add-XXXXXX.lua)
cat >"$WRK_ADD" <<LUA
wrk.method = "POST"
wrk.body = "variant=$VARIANT&quantity=1"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
LUA

{
  echo "# Penny shopping benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r), $(java -version 2>&1 | head -1)"
  echo "server: $(grep '^Penny started' "$LOG")"
  echo "product $PRODUCT, variant $VARIANT; the cart cookie holds one item"
  echo
} | tee "$REPORT"

# Warm-up.
wrk -t2 -c16 -d10s -H "Cookie: $COOKIE" "$BASE/s/demo-books/p/$PRODUCT" >/dev/null
wrk -t2 -c16 -d10s -s "$WRK_ADD" "$BASE/s/demo-books/cart/add" >/dev/null
python3 bench/checkout_load.py "$BASE" "$PORT" 60 4 >/dev/null

{
  echo "## product page with a non-empty cart: wrk -t2 -c$CONNECTIONS -d$DURATION --latency -H 'Cookie: penny_cart=...'"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $COOKIE" "$BASE/s/demo-books/p/$PRODUCT" \
    | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors"
  echo "cache on that page: $(curl -s -o /dev/null -D - -H "Cookie: $COOKIE" "$BASE/s/demo-books/p/$PRODUCT" | grep -i x-penny-cache | tr -d '\r')"
  echo
  echo "## add to cart (a new guest cart each time): wrk -t2 -c$CONNECTIONS -d$DURATION --latency, POST"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WRK_ADD" "$BASE/s/demo-books/cart/add" \
    | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors"
  echo
  echo "## orders placed and paid: $ORDERS orders, $WORKERS shoppers at once (bench/checkout_load.py)"
  python3 bench/checkout_load.py "$BASE" "$PORT" "$ORDERS" "$WORKERS"
} | tee -a "$REPORT"
rm -f "$WRK_ADD"
echo "written to $REPORT"
