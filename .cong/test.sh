#!/usr/bin/env bash
# ./cong test — every test, from a clean machine:
#   1. installs what the tests need (Debian: mariadb-server, chromium; npm: playwright-core);
#   2. online: builds, runs the unit tests, and fetches every plugin the offline phase needs;
#   3. inside a private network namespace that has only loopback (the network rule, and the Payara
#      Arquillian adapter's address — STACK.md): starts a private MariaDB, runs the persistence tests
#      (tenant-core *IT) and the Arquillian tests on Payara Micro (portal-web *IT) through Connector/J,
#      then starts the product on MariaDB and runs the Playwright + Chromium tests (e2e/tests), then the
#      isolation walk over every API operation (e2e/walk).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [ "${1:-}" != "--inside" ]; then
  missing=()
  command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
  command -v chromium >/dev/null || missing+=(chromium)
  command -v unshare >/dev/null || missing+=(util-linux)
  command -v ip >/dev/null || missing+=(iproute2)
  command -v mvn >/dev/null || missing+=(maven)
  command -v node >/dev/null || missing+=(nodejs npm)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "cong test: installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  echo "cong test: build and unit tests"
  # a failed earlier run leaves failsafe's summary behind, and failsafe would report that again
  find "$ROOT" -path '*/target/failsafe-reports' -prune -exec rm -rf {} + 2>/dev/null || true
  # -Dit.test=NoSuchIT lets failsafe fetch its providers now, while the network is there
  mvn -B verify -Dit.test=NoSuchIT -Dfailsafe.failIfNoSpecifiedTests=false
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
  exec unshare -n "$ROOT/.cong/test.sh" --inside
fi

# ---- inside the private network namespace ----
ip link set lo up
export PATH="$PATH:/usr/sbin"
WORK="$(mktemp -d /tmp/cong-test.XXXXXX)"
DB="$WORK/mariadb"
APP_PID=""
SINK_PID=""
cleanup() {
  # the product first, and wait for it: stopping it still writes (signed-in sessions end), so the database goes last
  if [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; then
    for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  [ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null || true
  mariadb-admin --no-defaults -uroot -proot -S "$DB/s" shutdown 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "cong test: starting a private MariaDB on 127.0.0.1:3306"
mkdir -p "$DB"
mariadb-install-db --no-defaults --datadir="$DB" --user=root --auth-root-authentication-method=normal \
  --skip-test-db >"$WORK/mariadb-install.log" 2>&1
mariadbd --no-defaults --datadir="$DB" --socket="$DB/s" --port=3306 --bind-address=127.0.0.1 --user=root \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci >"$WORK/mariadb.log" 2>&1 &
for _ in $(seq 60); do
  mariadb --no-defaults -uroot -S "$DB/s" -e "select 1" >/dev/null 2>&1 && break
  sleep 0.5
done
mariadb --no-defaults -uroot -S "$DB/s" <<'SQL'
CREATE DATABASE cong_persist CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE cong_it CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE cong_e2e CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'cong'@'127.0.0.1' IDENTIFIED BY 'cong';
CREATE USER 'cong'@'localhost' IDENTIFIED BY 'cong';
GRANT ALL ON *.* TO 'cong'@'127.0.0.1';
GRANT ALL ON *.* TO 'cong'@'localhost';
ALTER USER 'root'@'localhost' IDENTIFIED BY 'root';
SQL

JDBC="jdbc:mysql://127.0.0.1:3306"
export CONG_DB_USER=cong CONG_DB_PASSWORD=cong
export CONG_PERSIST_DB_URL="$JDBC/cong_persist"
export CONG_DB_URL="$JDBC/cong_it" CONG_DB_DATASOURCE_CLASS=com.mysql.cj.jdbc.MysqlDataSource

echo "cong test: persistence and Arquillian integration tests (offline, loopback only)"
# a failed earlier run leaves failsafe's summary behind, and failsafe would report that again
find "$ROOT" -path '*/target/failsafe-reports' -prune -exec rm -rf {} + 2>/dev/null || true
mvn -B -o verify -DskipUnitTests=true

echo "cong test: browser tests (Playwright + Chromium) against the product on MariaDB"
unset CONG_DB_URL CONG_DB_DATASOURCE_CLASS
# the product e-mails to an in-process SMTP server (e2e/support/mail-sink.mjs), which the tests read
export CONG_E2E_MAILDIR="$WORK/mail" CONG_E2E_SMTP_PORT=2525
node "$ROOT/e2e/support/mail-sink.mjs" >"$WORK/mail-sink.log" 2>&1 &
SINK_PID=$!
CONG_MAIL_ENABLED=true CONG_MAIL_HOST=127.0.0.1 CONG_MAIL_PORT=2525 CONG_MAIL_SECURITY=NONE CONG_MAIL_LINK_SCHEME=http \
CONG_MAIL_LINK_PORT=8080 CONG_JAVA_OPTS="-Xmx512m -XX:TieredStopAtLevel=1" "$ROOT/cong" run --port 8080 \
  --db "$JDBC/cong_e2e" --db-user cong --db-password cong >"$WORK/product.log" 2>&1 &
APP_PID=$!
for _ in $(seq 180); do
  curl -sf -o /dev/null http://vinhphuc.localhost:8080/health && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/product.log"; echo "cong test: the product did not start"; exit 1; }
  sleep 1
done
export CONG_BASE_PORT=8080 CONG_E2E_DB="mysql://cong:cong@127.0.0.1:3306/cong_e2e"
node --test --test-concurrency=1 e2e/tests/ || { tail -50 "$WORK/product.log"; exit 1; }
# the isolation walk over every API operation (e2e/walk): last, since it changes the walked units' data freely
echo "cong test: the isolation walk over every API operation"
node --test e2e/walk/ || { tail -50 "$WORK/product.log"; exit 1; }
