#!/usr/bin/env bash
# Cold start under load: how fast does a freshly started `enrich` service (a new JVM, as after a
# restart or a deploy) work through a backlog, every 10 s over its first 3 minutes?
#   bench/cold-start.sh                    # 300,000 generated 4 KB articles pre-loaded, 180 s
#   bench/cold-start.sh --articles 200000 --seconds 120 --java-opts "-Xmx1g"
# A broker (`newsroute broker`) in its own JVM; the articles are pre-loaded into news.articles.raw
# (`generate | produce -`); then `enrich` and `route` start as separate JVMs, as in production, and
# GroupProgress prints every interval the articles enrich has committed (exactly-once: finished) and
# their rate, with the enrich JVM's CPU seconds in that interval (/proc). The last lines compare the
# first minute with the last: steady means within 10% of the last minute's rate.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ARTICLES=300000 DURATION=180 INTERVAL=10 JAVA_OPTS_ENRICH="${ENRICH_JAVA_OPTS:-}"
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) ARTICLES="$2"; shift 2;;
    --seconds) DURATION="$2"; shift 2;;
    --interval) INTERVAL="$2"; shift 2;;
    --java-opts) JAVA_OPTS_ENRICH="$2"; shift 2;;
    -h|--help) sed -n '2,10p' "$0"; exit 0;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
log() { echo "[cold-start $(date +%H:%M:%S)] $*" >&2; }

APP_JAR="$ROOT/app/target/newsroute.jar" BENCH_JAR="$ROOT/bench/target/newsroute-bench.jar"
if [ ! -f "$APP_JAR" ] || [ ! -f "$BENCH_JAR" ] || [ -n "${COLD_START_REBUILD:-}" ]; then
  (cd "$ROOT" && mvn -q -o -B -pl app,bench -am package -Dmaven.test.skip=true) >&2
fi
W="$(mktemp -d /tmp/newsroute-cold-start.XXXXXX)"
cp "$APP_JAR" "$W/newsroute.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PORT=$(python3 -c "import socket;s=socket.socket();s.bind(('127.0.0.1',0));print(s.getsockname()[1])")
BOOT="127.0.0.1:$PORT"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$W"; }
trap cleanup EXIT

"$JAVA" -Xmx2g -Dnewsroute.log.dir="$W/logs" -jar "$W/newsroute.jar" broker --port "$PORT" --data-dir "$W/broker" \
  > "$W/broker.out" 2>&1 &
PIDS+=($!)
deadline=$((SECONDS + 120))
until grep -q "running; bootstrap" "$W/broker.out" 2>/dev/null; do
  ((SECONDS < deadline)) || { cat "$W/broker.out" >&2; log "the broker did not start within 120 s"; exit 1; }
  sleep 0.5
done
log "broker on $BOOT; pre-loading $ARTICLES articles"
t0=$SECONDS
"$JAVA" -jar "$W/newsroute.jar" generate -n "$ARTICLES" --seed 11 --id-prefix cold \
  | "$JAVA" -Dnewsroute.log.dir="$W/logs" -jar "$W/newsroute.jar" produce -b "$BOOT" - > "$W/produce.out" 2>&1 \
  || { tail -5 "$W/produce.out" >&2; log "pre-load failed"; exit 1; }
log "pre-loaded in $((SECONDS - t0)) s; starting enrich and route (new JVMs) ${JAVA_OPTS_ENRICH:+with $JAVA_OPTS_ENRICH}"

# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS_ENRICH -Dnewsroute.log.dir="$W/logs/enrich" -jar "$W/newsroute.jar" enrich -b "$BOOT" \
  --metrics-port off > "$W/enrich.out" 2>&1 &
ENRICH=$!; PIDS+=($ENRICH)
"$JAVA" -Dnewsroute.log.dir="$W/logs/route" -jar "$W/newsroute.jar" route -b "$BOOT" --metrics-port off \
  > "$W/route.out" 2>&1 &
PIDS+=($!)

ticks=$(getconf CLK_TCK)
cpu_s() { awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$1/stat" 2>/dev/null || echo 0; }
prev_cpu=0
printf '%-6s %10s %9s %12s %14s\n' t_s committed aps enrich_cpu_s cpu_s_per_1k
"$JAVA" -cp "$ROOT/bench/target/newsroute-bench.jar" io.newsroute.bench.GroupProgress \
  "$BOOT" newsroute-enrich news.articles.raw "$INTERVAL" "$DURATION" | while read -r line; do
  t=${line#t_s=}; t=${t%% *}
  committed=${line#*committed=}; committed=${committed%% *}
  aps=${line##*aps=}
  cpu=$(cpu_s "$ENRICH")
  d_cpu=$(awk -v a="$cpu" -v b="$prev_cpu" 'BEGIN { printf "%.2f", a - b }')
  per1k=$(awk -v c="$d_cpu" -v r="$aps" -v i="$INTERVAL" 'BEGIN { n = r * i; if (n > 0) printf "%.3f", c / n * 1000; else print "-" }')
  prev_cpu=$cpu
  printf '%-6s %10s %9s %12s %14s\n' "$t" "$committed" "$aps" "$d_cpu" "$per1k"
  echo "$t $aps $committed" >> "$W/series"
done
kill -0 "$ENRICH" 2>/dev/null || { tail -20 "$W/enrich.out" >&2; log "enrich died"; exit 1; }
grep -h "warmed up" "$W/enrich.out" "$W"/logs/enrich/*.log 2>/dev/null | sed 's/^/enrich: /' || true
awk -v total="$ARTICLES" -v i="$INTERVAL" '
  { t[NR] = $1; a[NR] = $2; c[NR] = $3 }
  END {
    per_min = int(60 / i); n = NR
    for (k = n - per_min + 1; k <= n; k++) last += a[k]; last /= per_min
    for (k = 1; k <= per_min; k++) first += a[k]; first /= per_min
    steady = "never"
    for (k = 1; k <= n; k++) if (a[k] >= 0.9 * last) { steady = t[k] " s"; break }
    drained = (c[n] >= total) ? " (backlog drained: the last minute is not a full-speed figure)" : ""
    printf "first_minute_aps=%.0f last_minute_aps=%.0f first/last=%.2f within_10pct_of_last_minute_at=%s%s\n",
      first, last, (last > 0 ? first / last : 0), steady, drained
  }' "$W/series"
