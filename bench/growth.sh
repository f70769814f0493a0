#!/usr/bin/env bash
# Penny growth benchmark: does a big store cost what a small one does?
# Boots the stack as the launcher does (fresh embedded MariaDB, demo stores) with every cache off
# (PENNY_STOREFRONT_CACHE_SECONDS=0: no response cache, no catalog cache, so each request renders
# its page and reads the database), seeds bench/growth-seed.sql straight into the embedded
# database (1,000 stores of 20 products, "growth-small" with 100, "growth-big" with 100,000), then
# measures each page of the big store and the same page of the small store, in the same run, with
# wrk (2 threads, 8 connections, BENCH_SECONDS each after a warm-up) and reports the ratio of the
# median latencies. The issue's bound is a ratio of at most 2.
# Results go to bench/results/growth.txt; copy the figures you keep into bench/RESULTS.md.
#
# Usage: bench/growth.sh            (builds first)
#        BENCH_SKIP_BUILD=1 bench/growth.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH="${BENCH_SECONDS:-10}"
PORT="${BENCH_PORT:-18080}"
KC_PORT="${BENCH_KEYCLOAK_PORT:-18180}"
STORES="${BENCH_STORES:-1000}"
BIG="${BENCH_BIG_PRODUCTS:-100000}"
OUT=bench/results
mkdir -p "$OUT"
REPORT="$OUT/growth.txt"

source bench/stack.sh
bench_tools wrk
bench_build

LOG="$OUT/growth-server.log"
bench_start growth "$LOG" PENNY_HTTP_PORT=$PORT PENNY_KEYCLOAK_PORT=$KC_PORT PENNY_STOREFRONT_CACHE_SECONDS=0

# The embedded database: its server binary (and client beside it) and port, from the process list.
bench_db

START=$(date +%s)
{ echo "SET @other_stores = $STORES, @big_products = $BIG;"; cat bench/growth-seed.sql; } | sql
echo "seeded in $(( $(date +%s) - START )) s: $(sql -e "SELECT COUNT(*) FROM tenant") stores, $(sql -e "SELECT COUNT(*) FROM product") products"

BASE="http://127.0.0.1:$PORT"
tenant() { sql -e "SELECT id FROM tenant WHERE slug = '$1'"; }
nth_product() { # the id of the nth active product of shelf-3 of a store
  sql -e "SELECT p.id FROM product p JOIN category c ON c.tenant_id = p.tenant_id AND c.id = p.category_id
          WHERE p.tenant_id = $(tenant "$1") AND c.slug = 'shelf-3' AND p.status = 'ACTIVE' ORDER BY p.id LIMIT 1 OFFSET $2"
}
cursor() { printf 'p1:%s' "$1" | base64 | tr '+/' '-_' | tr -d '=\n'; }

BIG_DEEP=$(nth_product growth-big $(( BIG / 10 * 3 / 4 )))
SMALL_DEEP=$(nth_product growth-small 5)
BIG_PRODUCT=$(nth_product growth-big 100)
SMALL_PRODUCT=$(nth_product growth-small 1)
BIG_API_DEEP=$(sql -e "SELECT id FROM product WHERE tenant_id = $(tenant growth-big) AND status = 'ACTIVE' ORDER BY id LIMIT 1 OFFSET $(( BIG * 3 / 4 ))")
SMALL_API_DEEP=$(sql -e "SELECT id FROM product WHERE tenant_id = $(tenant growth-small) AND status = 'ACTIVE' ORDER BY id LIMIT 1 OFFSET 60")

# The admin's product list needs a member: make the demo owner "owner-books" an owner of both
# growth stores (Keycloak groups /tenants/<slug>/owner, as opening a store does) and sign in.
KC="http://127.0.0.1:$KC_PORT"
TOKEN=$(curl -s -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
  "$KC/realms/master/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
kc() { curl -s -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
id_of() { sed -E 's/.*"id":"([^"]+)".*/\1/' | head -1; }
new_group() { # parent id, name -> id
  kc -i -X POST -d "{\"name\":\"$2\"}" "$KC/admin/realms/penny/groups/$1/children" | tr -d '\r' | awk -F/ '/^[Ll]ocation:/ { print $NF }'
}
TENANTS=$(kc "$KC/admin/realms/penny/group-by-path/tenants" | id_of)
OWNER=$(kc "$KC/admin/realms/penny/users?exact=true&username=owner-books" | id_of)
for slug in growth-big growth-small; do
  STORE_GROUP=$(new_group "$TENANTS" "$slug")
  OWNERS=$(new_group "$STORE_GROUP" owner)
  new_group "$STORE_GROUP" staff >/dev/null
  kc -X PUT "$KC/admin/realms/penny/users/$OWNER/groups/$OWNERS" >/dev/null
done
JAR=$(mktemp)
LOGIN_PAGE=$(curl -s -L -c "$JAR" -b "$JAR" "$BASE/signin?return=/admin/growth-big/products")
ACTION=$(echo "$LOGIN_PAGE" | grep -o 'id="kc-form-login"[^>]*action="[^"]*"' | sed -E 's/.*action="([^"]*)".*/\1/; s/&amp;/\&/g')
curl -s -L -c "$JAR" -b "$JAR" -o /dev/null -d username=owner-books -d password=penny-demo "$ACTION"
SESSION=$(awk '$6 == "JSESSIONID" && $1 ~ /127.0.0.1/ { print $7 }' "$JAR" | tail -1)
rm -f "$JAR"
[ -n "$SESSION" ] || { echo "could not sign in for the admin list"; exit 1; }
ADMIN_COOKIE="Cookie: JSESSIONID=$SESSION"
BIG_ADMIN_DEEP=$(sql -e "SELECT id FROM product WHERE tenant_id = $(tenant growth-big) AND status = 'ACTIVE' ORDER BY id DESC LIMIT 1 OFFSET $(( BIG * 3 / 4 ))")
SMALL_ADMIN_DEEP=$(sql -e "SELECT id FROM product WHERE tenant_id = $(tenant growth-small) AND status = 'ACTIVE' ORDER BY id DESC LIMIT 1 OFFSET 60")

pages=(
  "store home|/s/%s/|/s/%s/"
  "category, first page|/s/%s/c/shelf-3|/s/%s/c/shelf-3"
  "category, deep page|/s/%s/c/shelf-3?after=$BIG_DEEP|/s/%s/c/shelf-3?after=$SMALL_DEEP"
  "search, two words|/s/%s/search?q=walnut+lamp|/s/%s/search?q=walnut+lamp"
  "search, one common word|/s/%s/search?q=copper|/s/%s/search?q=copper"
  "product page|/s/%s/p/$BIG_PRODUCT|/s/%s/p/$SMALL_PRODUCT"
  "API, first page|/api/v1/stores/%s/products|/api/v1/stores/%s/products"
  "API, deep cursor|/api/v1/stores/%s/products?cursor=$(cursor "$BIG_API_DEEP")|/api/v1/stores/%s/products?cursor=$(cursor "$SMALL_API_DEEP")"
  "admin products, first|/admin/%s/products|/admin/%s/products"
  "admin products, deep|/admin/%s/products?after=$BIG_ADMIN_DEEP|/admin/%s/products?after=$SMALL_ADMIN_DEEP"
)

headers() { case "$1" in /admin/*) echo "$ADMIN_COOKIE" ;; *) echo "X-Bench: 1" ;; esac; }
p50() { # median latency of a path in ms, and requests/s
  local out; out=$(wrk -t2 -c8 -d"${SECONDS_EACH}s" --latency -H "$(headers "$1")" "$BASE$1")
  local status; status=$(curl -s -o /dev/null -w '%{http_code}' -H "$(headers "$1")" "$BASE$1")
  [ "$status" = 200 ] || { echo "$1 answered $status" >&2; exit 1; }
  echo "$out" | awk '/^ +50%/ { v=$2; if (v ~ /us$/) { sub(/us/,"",v); v=v/1000 } else if (v ~ /ms$/) { sub(/ms/,"",v) } else if (v ~ /s$/) { sub(/s/,"",v); v=v*1000 } printf "%.2f ", v } /Requests\/sec/ { printf "%s", $2 }'
}

{
  echo "# Penny growth benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r), $(java -version 2>&1 | head -1)"
  echo "platform: $(sql -e "SELECT COUNT(*) FROM tenant") stores, $(sql -e "SELECT COUNT(*) FROM product") products; growth-big $BIG products, growth-small 100"
  echo "caches off (PENNY_STOREFRONT_CACHE_SECONDS=0); wrk -t2 -c8 -d${SECONDS_EACH}s per page after a ${SECONDS_EACH}s warm-up"
  echo
  printf '| %-24s | %12s | %12s | %14s | %14s | %5s |\n' page "big p50 ms" "small p50 ms" "big req/s" "small req/s" ratio
  printf '|%s|\n' "--------------------------|-------------:|-------------:|---------------:|---------------:|------:"
} | tee "$REPORT"

WORST=0
for entry in "${pages[@]}"; do
  IFS='|' read -r name big_path small_path <<<"$entry"
  big_path=$(printf "$big_path" growth-big); small_path=$(printf "$small_path" growth-small)
  wrk -t2 -c8 -d"${SECONDS_EACH}s" -H "$(headers "$big_path")" "$BASE$big_path" >/dev/null
  wrk -t2 -c8 -d"${SECONDS_EACH}s" -H "$(headers "$small_path")" "$BASE$small_path" >/dev/null
  read -r big_ms big_rps <<<"$(p50 "$big_path")"
  read -r small_ms small_rps <<<"$(p50 "$small_path")"
  ratio=$(awk -v b="$big_ms" -v s="$small_ms" 'BEGIN { printf "%.2f", b / s }')
  printf '| %-24s | %12s | %12s | %14s | %14s | %5s |\n' "$name" "$big_ms" "$small_ms" "$big_rps" "$small_rps" "$ratio" | tee -a "$REPORT"
  WORST=$(awk -v w="$WORST" -v r="$ratio" 'BEGIN { print (r > w ? r : w) }')
done
echo | tee -a "$REPORT"
echo "worst ratio: $WORST (bound: 2)" | tee -a "$REPORT"
