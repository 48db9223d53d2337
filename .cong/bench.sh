#!/usr/bin/env bash
# ./cong bench — a benchmark, not a test: the product pinned to CPU 0 against nginx serving a saved copy of the
# same article page on CPU 0, both driven by wrk from CPU 1 over loopback. Prints requests/s, p50, p99 and the
# ratios to nginx, the heap used, and PASS/FAIL per target. Always exits 0.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION="${BENCH_SECONDS:-15}"
# JIT warm-up per instance, at most: on one core the JVM compiles Payara's, Faces' and our hot paths for minutes;
# the warm-up stops earlier once the throughput is steady (see warm)
WARM="${BENCH_WARM_SECONDS:-300}"
HOST="daotru.tamdao.vinhphuc.localhost"
PORT=18080
NGINX_PORT=18090
WORK="$(mktemp -d /tmp/cong-bench.XXXXXX)"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  stop_nginx
  pkill -f -- "--port $PORT" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
source "$ROOT/.cong/bench-lib.sh"

need=()
command -v wrk >/dev/null || need+=(wrk)
[ -x /usr/sbin/nginx ] || need+=(nginx-light)
command -v jcmd >/dev/null || need+=(openjdk-17-jdk-headless)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
"$ROOT/cong" build >/dev/null

# ThreadPriorityPolicy=1: the JIT's compiler threads run at a higher OS priority than request threads (it needs
# root, else the JVM warns and ignores it) — on one core they otherwise starve behind the load; steady-state
# figures are the same, warm-up is about twice as fast (portal-web README, Benchmark)
start_product() { # extra JVM options
  CONG_JAVA_OPTS="-Xmx512m -XX:ThreadPriorityPolicy=1 $1" taskset -c 0 "$ROOT/cong" run --port "$PORT" --data "$WORK/data" \
    >"$WORK/product.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 240); do
    curl -sf -o /dev/null "http://$HOST:$PORT/health" && return 0
    sleep 0.5
  done
  echo "bench: the product did not start"; tail -20 "$WORK/product.log"; exit 0
}
stop_product() {
  pkill -f -- "--port $PORT" || true
  while curl -s -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; do sleep 0.5; done
}
echo "bench: starting the product (page cache on) on CPU 0"
start_product ""
ARTICLE="$(curl -s "http://$HOST:$PORT/" | grep -o '/bai-viet/[a-z0-9-]*' | head -1)"
curl -sf -H "Host: $HOST:$PORT" "http://127.0.0.1:$PORT$ARTICLE" >"$WORK/article.html" \
  || { echo "bench: the article page $ARTICLE did not answer 200"; exit 0; }
warm "http://127.0.0.1:$PORT$ARTICLE" "$HOST"
warm "http://127.0.0.1:$PORT/" "$HOST"
read -r CACHED_RPS CACHED_P50 CACHED_P99 < <(drive "http://127.0.0.1:$PORT$ARTICLE" "$HOST")
read -r HOME_RPS HOME_P50 HOME_P99 < <(drive "http://127.0.0.1:$PORT/" "$HOST")
JPID="$(pgrep -f -- "payara-micro.jar.*--port $PORT" | head -1)"
jcmd "$JPID" GC.run >/dev/null 2>&1 || true
# heap in use after a full GC: every generation's "used", whichever collector the JVM chose on one core
HEAP_MB="$(jcmd "$JPID" GC.heap_info 2>/dev/null | grep -v -e Metaspace -e 'class space' \
  | awk '{for (i=1;i<NF;i++) if ($i=="used") {v=$(i+1); sub(/K,?/,"",v); sum+=v}} END {if (sum) printf "%.0f", sum/1024}')"
stop_product

echo "bench: the product with the page cache off"
start_product "-Dcong.page-cache.enabled=false"
warm "http://127.0.0.1:$PORT$ARTICLE" "$HOST"
read -r RENDER_RPS RENDER_P50 RENDER_P99 < <(drive "http://127.0.0.1:$PORT$ARTICLE" "$HOST")
stop_product

echo "bench: nginx serving the saved article on CPU 0"
start_nginx "$WORK/article.html" "$NGINX_PORT"
warm "http://127.0.0.1:$NGINX_PORT/" "$HOST"
read -r NGINX_RPS NGINX_P50 NGINX_P99 < <(drive "http://127.0.0.1:$NGINX_PORT/" "$HOST")

echo
echo "Cổng benchmark — $(date -u +%Y-%m-%d), $(nproc) cores, wrk -c32 ${DURATION}s, product and nginx on CPU 0, wrk on CPU 1"
printf '%-34s %10s %9s %9s %9s\n' "page" "req/s" "p50 ms" "p99 ms" "× nginx"
printf '%-34s %10s %9s %9s %9s\n' "article, page cache" "$CACHED_RPS" "$CACHED_P50" "$CACHED_P99" "$(ratio "$CACHED_RPS" "$NGINX_RPS")"
printf '%-34s %10s %9s %9s %9s\n' "article, rendered (cache off)" "$RENDER_RPS" "$RENDER_P50" "$RENDER_P99" "$(ratio "$RENDER_RPS" "$NGINX_RPS")"
printf '%-34s %10s %9s %9s %9s\n' "unit home page (cache on)" "$HOME_RPS" "$HOME_P50" "$HOME_P99" "$(ratio "$HOME_RPS" "$NGINX_RPS")"
printf '%-34s %10s %9s %9s %9s\n' "nginx, saved copy of the article" "$NGINX_RPS" "$NGINX_P50" "$NGINX_P99" "1.000"
echo "heap used after GC with the demo data: ${HEAP_MB:-?} MB (max 512 MB)"
echo "target cached ≥ 0.5 × nginx:     $(at_least "$(ratio "$CACHED_RPS" "$NGINX_RPS")" 0.5)"
echo "target rendered ≥ 0.025 × nginx: $(at_least "$(ratio "$RENDER_RPS" "$NGINX_RPS")" 0.025)"
echo "target heap ≤ 512 MB:            $(awk -v h="${HEAP_MB:-9999}" 'BEGIN { print (h <= 512 ? "PASS" : "FAIL") }')"
