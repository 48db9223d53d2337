# Shared by the benchmarks (sourced): wrk driving, JIT warm-up, nginx as the peer, a private MariaDB, verdicts.
# The caller sets WORK (a private directory) and HOST (the Host header wrk sends).

# wrk from CPU 1, 32 connections, BENCH_SECONDS; prints "requests_per_second p50_ms p99_ms"
drive() { # url host
  taskset -c 1 wrk -t1 -c32 -d"${DURATION:-15}s" --latency -H "Host: $2" "$1" >"$WORK/wrk.txt" 2>&1
  # a figure of error pages is no figure: say so loudly (wrk counts them as requests)
  if grep -q "Non-2xx or 3xx responses" "$WORK/wrk.txt"; then
    echo "bench: $1 answered errors: $(grep 'Non-2xx' "$WORK/wrk.txt")" >&2
    echo "0 0 0"; return
  fi
  awk '/Requests\/sec/ {rps=$2}
       function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
       $1=="50%" {p50=ms($2)} $1=="99%" {p99=ms($2)}
       END {printf "%.0f %.2f %.2f\n", rps, p50, p99}' "$WORK/wrk.txt"
}

# JIT warm-up with two connections (on one core the C2 compiler thread competes with every busy request thread;
# under 32 connections its queue does not drain for minutes), in rounds of 15 s until the throughput is steady:
# three rounds in a row no more than 5% above the best so far, or WARM seconds
warm() { # url host
  local best=0 flat=0 spent=0 rps curve=""
  while [ "$spent" -lt "${WARM:-300}" ] && [ "$flat" -lt 3 ]; do
    rps="$(taskset -c 1 wrk -t1 -c2 -d15s -H "Host: $2" "$1" 2>/dev/null | awk '/Requests\/sec/ {printf "%.0f", $2}')"
    rps="${rps:-0}"; spent=$((spent + 15)); curve="$curve $rps"
    if [ "$rps" -le $((best * 105 / 100)) ]; then flat=$((flat + 1)); else flat=0; fi
    [ "$rps" -gt "$best" ] && best="$rps"
  done
  echo "bench: warm-up of $1 — ${spent} s, req/s per 15 s:$curve"
}

# nginx on CPU 0 serving one saved page for every path, as the peer of a cached page; stopped by stop_nginx
start_nginx() { # saved_html port
  mkdir -p "$WORK/www" "$WORK/nginx"
  cp "$1" "$WORK/www/page.html"
  # nginx's worker runs as nobody: mktemp's directory is private to root
  chmod o+rx "$WORK" "$WORK/www"; chmod o+r "$WORK/www/page.html"
  cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx; proxy_temp_path $WORK/nginx; fastcgi_temp_path $WORK/nginx;
  uwsgi_temp_path $WORK/nginx; scgi_temp_path $WORK/nginx;
  server { listen 127.0.0.1:$2; root $WORK/www; default_type "text/html; charset=UTF-8";
           location / { try_files /page.html =404; } }
}
CONF
  taskset -c 0 /usr/sbin/nginx -c "$WORK/nginx.conf"
}
stop_nginx() {
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -f "$WORK/nginx.pid"
}

# a private MariaDB (root over its socket, user cong/cong over 127.0.0.1) in $WORK/mariadb; extra server options
# after the port, e.g. a CPU list is the caller's (taskset in front of the call)
start_mariadb() { # port database [mariadbd options…]
  local port="$1" database="$2"; shift 2
  DB="$WORK/mariadb"; mkdir -p "$DB"
  mariadb-install-db --no-defaults --datadir="$DB" --user=root --skip-test-db >"$WORK/mariadb-install.log" 2>&1
  ${MARIADB_CPUS:+taskset -c "$MARIADB_CPUS"} mariadbd --no-defaults --datadir="$DB" --socket="$DB/s" --port="$port" \
    --bind-address=127.0.0.1 --user=root --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    "$@" >"$WORK/mariadb.log" 2>&1 &
  for _ in $(seq 60); do mariadb --no-defaults -uroot -S "$DB/s" -e "select 1" >/dev/null 2>&1 && break; sleep 0.5; done
  mariadb --no-defaults -uroot -S "$DB/s" <<SQL
CREATE DATABASE $database CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'cong'@'127.0.0.1' IDENTIFIED BY 'cong';
GRANT ALL ON $database.* TO 'cong'@'127.0.0.1';
SQL
}
stop_mariadb() {
  [ -n "${DB:-}" ] && mariadb-admin --no-defaults -uroot -S "$DB/s" shutdown 2>/dev/null || true
}
sql() { mariadb --no-defaults -uroot -S "$DB/s" -N -e "$1"; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }'; }
at_least() { awk -v v="$1" -v t="$2" 'BEGIN { print (v >= t ? "PASS" : "FAIL") }'; }
machine() {
  echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo),"\
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(java -version 2>&1 | head -1)"
}
