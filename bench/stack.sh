# Shared by the benchmark scripts (sourced, not run): the tools they need, the build, and one
# Penny started on a fresh embedded database, stopped again when the script exits.
#
#   bench_tools wrk hey       install what is missing (Debian packages)
#   bench_build               mvn package unless BENCH_SKIP_BUILD is set
#   bench_start NAME LOG [VAR=value ...]
#                             start Penny (data in /tmp/penny-NAME-*, output in LOG, the
#                             variables in its environment), wait for "Penny ready"; sets
#                             DATA and SERVER
#   bench_db                  finds the embedded MariaDB whose command line names $DATA: sets
#                             MARIADBD and DB_PORT; then sql runs its client on database penny

bench_tools() {
  local missing=()
  for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  if [ "${#missing[@]}" -gt 0 ]; then
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

bench_build() {
  [ -n "${BENCH_SKIP_BUILD:-}" ] || mvn -q -B -DskipTests package
}

bench_start() {
  local name="$1" log="$2"
  shift 2
  DATA=$(mktemp -d "/tmp/penny-$name-XXXXXX")
  env PENNY_DATA_DIR="$DATA" "$@" java -Xmx1g -jar launcher/target/penny-launcher.jar >"$log" 2>&1 &
  SERVER=$!
  trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$DATA"' EXIT
  for _ in $(seq 1 240); do
    grep -q "^Penny ready" "$log" && return 0
    if ! kill -0 "$SERVER" 2>/dev/null; then echo "server died; see $log"; exit 1; fi
    sleep 0.5
  done
  echo "server not ready; see $log"
  exit 1
}

bench_db() {
  local line
  line=$(ps -eo args | awk -v d="$DATA" '$1 ~ /bin\/mariadbd$/ && index($0, d) { print; exit }')
  MARIADBD=${line%% *}
  DB_PORT=$(sed -E 's/.*--port=([0-9]+).*/\1/' <<< "$line")
}

sql() {
  "$(dirname "$MARIADBD")/mariadb" --skip-ssl --protocol=TCP -h 127.0.0.1 -P "$DB_PORT" \
    -u root -pembedded -N -B penny "$@"
}
