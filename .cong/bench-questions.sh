#!/usr/bin/env bash
# ./cong bench --questions — a benchmark, not a test (issue #12.7). The product on CPU 0 against a private MariaDB
# (durable commits: innodb_flush_log_at_trx_commit=1) on CPU 1, driven from CPU 1:
#   1. citizens' question submissions — each citizen loads the form, solves the proof-of-work challenge and sends it
#      from its own loopback address; submissions per second with p50/p99, then every receipt looked up by its
#      tracking code on its status page and counted in the database (0 lost is the target);
#   2. the published Q&A list (/hoi-dap) from the page cache against nginx serving a saved copy of it, as ./cong bench.
# Prints the machine, the settings and the figures with PASS/FAIL per target. Always exits 0.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT=18380
DB_PORT=3318
NGINX_PORT=18390
HOST="daotru.tamdao.vinhphuc.localhost"
DURATION="${BENCH_SECONDS:-15}"
WARM="${BENCH_WARM_SECONDS:-300}"
# the challenge's difficulty: the widget's work in the browser, not the server's (it checks one hash whatever the
# difficulty); lowered so that one core of the driver can be thousands of browsers
CHALLENGE="${BENCH_CHALLENGE_MAX_NUMBER:-1000}"
WORK="$(mktemp -d /tmp/cong-bench-questions.XXXXXX)"
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; then
    for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  stop_nginx
  stop_mariadb
  rm -rf "$WORK"
}
trap cleanup EXIT
source "$ROOT/.cong/bench-lib.sh"

need=()
command -v mariadbd >/dev/null || need+=(mariadb-server)
command -v wrk >/dev/null || need+=(wrk)
[ -x /usr/sbin/nginx ] || need+=(nginx-light)
command -v node >/dev/null || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
"$ROOT/cong" build >/dev/null

echo "bench-questions: machine — $(machine); $(mariadbd --version | awk '{print $3}')"
MARIADB_CPUS=1 start_mariadb "$DB_PORT" cong_bench --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=1
HTTP_THREADS="${CONG_HTTP_THREADS:-16}"
echo "bench-questions: settings — product -Xmx512m on CPU 0, $HTTP_THREADS request threads, 32 database"\
  "connections; MariaDB on CPU 1 (buffer pool 256 MB, a log flush per commit); driver on CPU 1;"\
  "challenge max number $CHALLENGE; per-address limits at their defaults (one sending per address)"
CONG_HTTP_THREADS="$HTTP_THREADS" CONG_JAVA_OPTS="-Xmx512m -XX:ThreadPriorityPolicy=1 -Dcong.citizen.challenge-max-number=$CHALLENGE" \
  taskset -c 0 "$ROOT/cong" run --port "$PORT" --data "$WORK/data" --db "jdbc:mysql://127.0.0.1:$DB_PORT/cong_bench" \
  --db-user cong --db-password cong >"$WORK/product.log" 2>&1 &
APP_PID=$!
for _ in $(seq 600); do
  curl -sf -o /dev/null "http://$HOST:$PORT/health" && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/product.log"; echo "bench-questions: the product did not start"; exit 0; }
  sleep 0.5
done
BEFORE=$(sql "select count(*) from cong_bench.question")

CONG_BASE_PORT=$PORT BENCH_CODES_FILE="$WORK/codes.tsv" taskset -c 1 node "$ROOT/e2e/bench/questions.mjs" \
  | tee "$WORK/questions.txt" || true
MEASURED="$(grep '^questions: measured' "$WORK/questions.txt" || true)"
if [ -z "$MEASURED" ]; then echo "bench-questions: the driver did not finish"; tail -20 "$WORK/product.log"; exit 0; fi
field() { echo "$MEASURED" | grep -o "$1=[0-9.]*" | cut -d= -f2; }
RATE=$(field rate); P50=$(field p50_ms); P99=$(field p99_ms); SENT=$(field sent); FOUND=$(field found); LOST=$(field lost)
TAKEN_ALL=$(grep -o 'taken=[0-9]*' "$WORK/questions.txt" | cut -d= -f2 | paste -sd+ | bc || echo "?")
STORED=$(( $(sql "select count(*) from cong_bench.question") - BEFORE ))
# every measured receipt's code is in the database, in the unit of the portal it was sent to
sql "create table cong_bench.bench_code (host varchar(255), code varchar(32))"
mariadb --no-defaults -uroot -S "$DB/s" --local-infile=1 -e "load data local infile '$WORK/codes.tsv'
  into table cong_bench.bench_code (host, code)"
IN_DB=$(sql "select count(*) from cong_bench.bench_code b join cong_bench.unit_host h on concat(h.hostname, '.localhost') = b.host
  join cong_bench.question q on q.tenant_id = h.unit_id
  and concat('PAKN.', date_format(q.received_day, '%Y%m%d'), '.', lpad(q.day_number, 4, '0')) = b.code" || echo "?")

echo "bench-questions: the published Q&A list, page cache against nginx"
curl -sf -H "Host: $HOST:$PORT" "http://127.0.0.1:$PORT/hoi-dap" >"$WORK/qa.html" \
  || { echo "bench-questions: /hoi-dap did not answer 200"; exit 0; }
warm "http://127.0.0.1:$PORT/hoi-dap" "$HOST"
read -r QA_RPS QA_P50 QA_P99 < <(drive "http://127.0.0.1:$PORT/hoi-dap" "$HOST")
kill "$APP_PID" 2>/dev/null || true
for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
start_nginx "$WORK/qa.html" "$NGINX_PORT"
warm "http://127.0.0.1:$NGINX_PORT/" "$HOST"
read -r NGINX_RPS NGINX_P50 NGINX_P99 < <(drive "http://127.0.0.1:$NGINX_PORT/" "$HOST")

echo
echo "Cổng questions benchmark — $(date -u +%Y-%m-%d), $(nproc) cores"
echo "question submissions: ${RATE:-?}/s (p50 ${P50:-?} ms, p99 ${P99:-?} ms), ${SENT:-?} sent in the measured round"
echo "  found on their status pages: ${FOUND:-?}; in the database under their portal's unit: $IN_DB;"\
  "stored in all rounds: $STORED of $TAKEN_ALL taken"
printf '%-34s %10s %9s %9s %9s\n' "page" "req/s" "p50 ms" "p99 ms" "× nginx"
printf '%-34s %10s %9s %9s %9s\n' "published Q&A list, page cache" "$QA_RPS" "$QA_P50" "$QA_P99" "$(ratio "$QA_RPS" "$NGINX_RPS")"
printf '%-34s %10s %9s %9s %9s\n' "nginx, saved copy of the list" "$NGINX_RPS" "$NGINX_P50" "$NGINX_P99" "1.000"
echo "target submissions ≥ 200/s:        $(at_least "${RATE:-0}" 200)"
echo "target 0 lost:                     $([ "${LOST:-1}" = 0 ] && [ "$IN_DB" = "${SENT:-x}" ] && [ "$STORED" = "$TAKEN_ALL" ] && echo PASS || echo FAIL)"
echo "target Q&A list ≥ 0.5 × nginx:     $(at_least "$(ratio "$QA_RPS" "$NGINX_RPS")" 0.5)"
