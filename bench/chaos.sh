#!/usr/bin/env bash
# Chaos run (issue 17): one scenario per failure path of serve, produce, the router and enrich, each on
# its own embedded broker (started by the scenario, 127.0.0.1 only), with enrich and route as separate
# processes, clients that retry as a real client would, and an end-to-end check of every article
# (ExactlyOnceCheck: each article in each country topic the tagger, run offline, gives it, exactly once;
# none in the DLQ). Every wait has a deadline; a process that neither progresses nor exits within its
# deadline counts as stuck. One line per scenario, then:
#   scenarios=S passed=P lost=L duplicated=D stuck=K
# Exit 0 only when P = S and L = D = K = 0.
#
#   bash bench/chaos.sh [--only NAME[,NAME...]] [--keep]
# Work files and logs: $CHAOS_DIR (default a fresh temporary folder; kept with --keep or on failure).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
only=""; keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --only) only="$2"; shift 2;;
    --keep) keep=1; shift;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
W="${CHAOS_DIR:-$(mktemp -d /tmp/newsroute-chaos.XXXXXX)}"
mkdir -p "$W"
t_start=$(date +%s)
log() { echo "[chaos $(date +%H:%M:%S)] $*" >&2; }
# shellcheck source=lib.sh
. "$here/bench/lib.sh"

if [ ! -f "$here/app/target/newsroute.jar" ] || [ ! -f "$here/tools/target/newsroute-tools.jar" ] || [ -n "${CHAOS_REBUILD:-}" ]; then
  (cd "$here" && mvn -q -o -DskipTests -Dmaven.test.skip=true package -pl app,tools -am) >&2 || exit 2
fi
cp "$here/app/target/newsroute.jar" "$W/newsroute.jar"
cp "$here/tools/target/newsroute-tools.jar" "$W/newsroute-tools.jar"
JAR="$W/newsroute.jar"
# the fault checks are not in the product jar: they run from the tools jar beside it
TOOLS="$JAR:$W/newsroute-tools.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JOPTS=(-Xms32m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1)
# jvm: only as `jvm DIR NAME ARGS... &` (exec, so $! is the JVM and signals reach it)
jvm() { local d="$1" name="$2"; shift 2; exec "$JAVA" "${JOPTS[@]}" -Dnewsroute.log.dir="$d/logs/$name" "$@"; }

S=0; P=0; L=0; D=0; K=0
PIDS=()
free_port() { python3 -c "import socket;s=socket.socket();s.bind(('127.0.0.1',0));print(s.getsockname()[1]);s.close()"; }
await_exit() { # pid seconds: 0 when it exited in time (its status in $EXIT), 1 when still running
  local deadline=$(( $(date +%s) + $2 ))
  while kill -0 "$1" 2>/dev/null; do
    [ "$(date +%s)" -gt "$deadline" ] && return 1
    sleep 0.2
  done
  wait "$1" 2>/dev/null; EXIT=$?; return 0
}
stop_all() { # SIGCONT (a paused broker), SIGTERM, then kill -9 what is left after 15 s
  local p t0; t0=$(date +%s)
  for p in "${PIDS[@]}"; do kill -CONT "$p" 2>/dev/null; kill -TERM "$p" 2>/dev/null; done
  for p in "${PIDS[@]}"; do
    while kill -0 "$p" 2>/dev/null && [ $(( $(date +%s) - t0 )) -lt 15 ]; do sleep 0.2; done
    kill -9 "$p" 2>/dev/null; wait "$p" 2>/dev/null
  done
  PIDS=()
}
trap 'stop_all' EXIT

# start_broker DIR [--broker-config K=V ...]: sets BOOT and BROKER
start_broker() {
  local d="$1"; shift; local port; port=$(free_port)
  mkdir -p "$d/logs"
  jvm "$d" broker -jar "$JAR" broker --port "$port" --data-dir "$d/kafka" \
    --broker-config transaction.abort.timed.out.transaction.cleanup.interval.ms=1000 "$@" > "$d/broker.out" 2>&1 &
  BROKER=$!; PIDS+=("$BROKER"); BOOT="127.0.0.1:$port"
  await_line "$d/broker.out" "running; bootstrap" 90
}
# start_pipeline DIR [route options]: enrich and route as their own processes; sets ENRICH and ROUTE
start_pipeline() {
  local d="$1"; shift
  jvm "$d" enrich -jar "$JAR" enrich -b "$BOOT" --set streams.state.dir="$d/state" > "$d/enrich.out" 2>&1 &
  ENRICH=$!; PIDS+=("$ENRICH")
  jvm "$d" route -jar "$JAR" route -b "$BOOT" --set router.instance.id=1 "$@" > "$d/route.out" 2>&1 &
  ROUTE=$!; PIDS+=("$ROUTE")
  await_line "$d/enrich.out" "Enriching" 90 && await_line "$d/route.out" "Routing" 90
}
articles() { # DIR N SEED: N generated articles in DIR/articles.jsonl
  "$JAVA" "${JOPTS[@]}" -Dnewsroute.log.dir="$1/logs/generate" -jar "$JAR" generate -n "$2" --size 800 --seed "$3" \
    --id-prefix "chaos$3" > "$1/articles.jsonl"
}
# check DIR FILES...: end to end (SETTLE seconds of reading after arrival, default 11: longer than the
# router's 10 s transaction timeout); sets LOST DUP from the checker's summary line
check() {
  local d="$1"; shift
  "$JAVA" "${JOPTS[@]}" -Dnewsroute.log.dir="$d/logs/check" -cp "$TOOLS" io.newsroute.tools.faults.ExactlyOnceCheck \
    -b "$BOOT" --timeout 90 --settle "${SETTLE:-11}" --articles "$@" > "$d/check.out" 2>> "$d/check.err"
  local line; line=$(grep '^articles=' "$d/check.out" | tail -n 1)
  LOST=$(sed -n 's/.*lost=\([0-9]*\).*/\1/p' <<<"$line"); DUP=$(sed -n 's/.*duplicated=\([0-9]*\).*/\1/p' <<<"$line")
  local dlq; dlq=$(sed -n 's/.*good_in_dlq=\([0-9]*\).*/\1/p' <<<"$line")
  LOST=$(( ${LOST:-999} + ${dlq:-0} )); DUP=${DUP:-0}
  CHECK="$line"
}
# report NAME STUCK DETAIL: one line; a scenario passes when nothing is lost, duplicated or stuck and DETAIL is empty
report() {
  local name="$1" stuck="$2" detail="$3" verdict=PASS
  S=$(( S + 1 )); L=$(( L + ${LOST:-0} )); D=$(( D + ${DUP:-0} )); K=$(( K + stuck ))
  if [ "${LOST:-0}" -ne 0 ] || [ "${DUP:-0}" -ne 0 ] || [ "$stuck" -ne 0 ] || [ -n "$detail" ]; then verdict=FAIL; else P=$(( P + 1 )); fi
  printf '%-28s %s lost=%s duplicated=%s stuck=%s %s %s\n' "$name" "$verdict" "${LOST:-0}" "${DUP:-0}" "$stuck" "${CHECK:-}" "$detail"
}
alive() { kill -0 "$1" 2>/dev/null; }
await_published() { # produce-output N seconds: until its progress shows at least N published
  local deadline=$(( $(date +%s) + $3 )) n
  while true; do
    n=$(grep -o '[0-9]* published' "$1" 2>/dev/null | tail -n 1 | tr -dc 0-9)
    [ "${n:-0}" -ge "$2" ] && return 0
    [ "$(date +%s)" -gt "$deadline" ] && { log "timed out waiting for $2 published in $1"; return 1; }
    sleep 0.1
  done
}

# --- finding 4: the router rides out a broker paused (SIGSTOP) mid-stream, without spinning or dying
sc_router_broker_paused() {
  local d="$W/router-paused" detail="" stuck=0; mkdir -p "$d"
  start_broker "$d" && start_pipeline "$d" || { LOST=0; DUP=0; CHECK=""; report router-broker-paused 1 "setup failed"; return; }
  articles "$d" 60 11
  head -n 30 "$d/articles.jsonl" > "$d/a.jsonl"; tail -n +31 "$d/articles.jsonl" > "$d/b.jsonl"
  jvm "$d" produce -jar "$JAR" produce -b "$BOOT" "$d/a.jsonl" > "$d/produce-a.out" 2>&1 &
  local pp=$!; await_exit "$pp" 60 || stuck=1
  kill -STOP "$BROKER"; sleep 8; kill -CONT "$BROKER"
  jvm "$d" produce -jar "$JAR" produce -b "$BOOT" "$d/b.jsonl" > "$d/produce-b.out" 2>&1 &
  pp=$!; await_exit "$pp" 90 || stuck=1
  check "$d" "$d/a.jsonl" "$d/b.jsonl"
  alive "$ROUTE" || detail="router exited after a pause it should ride out"
  alive "$ENRICH" || detail="$detail enrich exited"
  stop_all; report router-broker-paused "$stuck" "$detail"
}

# --- finding 4: a transaction timeout shorter than the commit (broker paused longer than it)
sc_txn_timeout() {
  local d="$W/txn-timeout" detail="" stuck=0; mkdir -p "$d"
  start_broker "$d" && start_pipeline "$d" --set producer.transaction.timeout.ms=2000 \
    || { LOST=0; DUP=0; CHECK=""; report txn-timeout-short 1 "setup failed"; return; }
  articles "$d" 60 12
  ( head -n 10 "$d/articles.jsonl"
    deadline=$(( $(date +%s) + 60 )); until [ -f "$d/go" ] || [ "$(date +%s)" -gt "$deadline" ]; do sleep 0.1; done
    tail -n +11 "$d/articles.jsonl" | while read -r l; do echo "$l"; sleep 0.1; done ) \
    | jvm "$d" produce -jar "$JAR" produce -b "$BOOT" --batch 2 --progress-every 200ms - > "$d/produce.out" 2>&1 &
  local pp=$!
  await_published "$d/produce.out" 10 60 || stuck=1
  touch "$d/go"; sleep 1
  kill -STOP "$BROKER"; sleep 5; kill -CONT "$BROKER"
  await_exit "$pp" 90 || stuck=1
  [ "${EXIT:-1}" -eq 0 ] || detail="produce exited $EXIT"
  check "$d" "$d/articles.jsonl"
  alive "$ROUTE" || detail="$detail router exited"
  stop_all; report txn-timeout-short "$stuck" "$detail"
}

# --- finding 7: a flood of retriable send failures (delivery timeouts while the broker is paused)
sc_bulk_retriable_flood() {
  local d="$W/bulk-flood" detail="" stuck=0; mkdir -p "$d"
  start_broker "$d" && start_pipeline "$d" || { LOST=0; DUP=0; CHECK=""; report bulk-retriable-flood 1 "setup failed"; return; }
  articles "$d" 80 13
  ( head -n 20 "$d/articles.jsonl"
    deadline=$(( $(date +%s) + 60 )); until [ -f "$d/go" ] || [ "$(date +%s)" -gt "$deadline" ]; do sleep 0.1; done
    tail -n +21 "$d/articles.jsonl" ) \
    | jvm "$d" produce -jar "$JAR" produce -b "$BOOT" --batch 10 --progress-every 200ms --set producer.delivery.timeout.ms=3000 \
        --set producer.request.timeout.ms=2000 --set producer.linger.ms=5 - > "$d/produce.out" 2>&1 &
  local pp=$!
  await_published "$d/produce.out" 20 60 || stuck=1
  kill -STOP "$BROKER"; touch "$d/go"; sleep 7; kill -CONT "$BROKER"
  grep -q "again after a retriable failure" -r "$d/logs/produce" || detail="no send failed while the broker was paused: the fault did not happen"
  await_exit "$pp" 120 || stuck=1
  [ "${EXIT:-1}" -eq 0 ] || detail="produce exited $EXIT: $(grep -c 'failed:' "$d/produce.out") failures listed"
  check "$d" "$d/articles.jsonl"
  stop_all; report bulk-retriable-flood "$stuck" "$detail"
}

# --- finding 1: serve answers 503 at its ack timeout while the first send is still in flight; the
# client retries until 202, and no 202 may be given for an article that is then lost
sc_serve_ack_race() {
  local d="$W/serve-race" detail="" stuck=0 port; mkdir -p "$d"
  start_broker "$d" && start_pipeline "$d" || { LOST=0; DUP=0; CHECK=""; report serve-ack-race 1 "setup failed"; return; }
  articles "$d" 10 14
  port=$(free_port)
  jvm "$d" serve -jar "$JAR" serve -b "$BOOT" --port "$port" --ack-timeout 1s --set producer.delivery.timeout.ms=4000 \
    --set producer.request.timeout.ms=3000 > "$d/serve.out" 2>&1 &
  local sp=$!; PIDS+=("$sp")
  local deadline=$(( $(date +%s) + 60 ))
  until curl -s "http://127.0.0.1:$port/health" >/dev/null 2>&1 || [ "$(date +%s)" -gt "$deadline" ]; do sleep 0.2; done
  post() { # each article: POST until 202, as a client with a 40 s budget would
    local line end code
    while read -r line; do
      end=$(( $(date +%s) + 40 )); code=0
      while [ "$code" != 202 ] && [ "$(date +%s)" -le "$end" ]; do
        code=$(curl -s -o "$d/answer" -w '%{http_code}' --max-time 10 -H 'Content-Type: application/json' \
          --data-binary "$line" "http://127.0.0.1:$port/articles")
        echo "$code" >> "$d/codes"
        [ "$code" = 202 ] || sleep 0.5
      done
      [ "$code" = 202 ] || stuck=1
    done
  }
  post < <(head -n 1 "$d/articles.jsonl")   # the producer knows the topic's leaders before the pause
  kill -STOP "$BROKER"
  ( sleep 7; kill -CONT "$BROKER" ) &
  local resume=$!
  post < <(tail -n +2 "$d/articles.jsonl")
  wait "$resume"
  # the fault must have happened: a send failed after its request had been answered 503
  grep -rqs "Publishing article .* failed: org.apache.kafka" "$d/logs/serve" \
    || detail="no send failed after the ack timeout: the race was not exercised"
  check "$d" "$d/articles.jsonl"
  stop_all; report serve-ack-race "$stuck" "$detail"
}

# --- finding 5: an ACL denies creating one country topic: its records are dead-lettered with the reason,
# routed to their other countries, and every other article flows; the router neither spins nor stops
sc_acl_denies_topic_creation() {
  local d="$W/acl-create" detail="" stuck=0; mkdir -p "$d"
  start_broker "$d" --broker-config authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer \
    --broker-config allow.everyone.if.no.acl.found=true \
    || { LOST=0; DUP=0; CHECK=""; report acl-denies-topic-creation 1 "setup failed"; return; }
  "$JAVA" "${JOPTS[@]}" -cp "$TOOLS" io.newsroute.tools.faults.ChaosAcl -b "$BOOT" deny CREATE news.country.kp > "$d/acl.out" 2>&1 \
    || { LOST=0; DUP=0; CHECK=""; report acl-denies-topic-creation 1 "cannot set the ACL"; return; }
  start_pipeline "$d" || { LOST=0; DUP=0; CHECK=""; report acl-denies-topic-creation 1 "pipeline did not start"; return; }
  articles "$d" 40 15
  printf '%s\n' '{"id":"chaos-kp-1","title":"Pyongyang talks","body":"PYONGYANG, North Korea - Officials in North Korea met envoys from France on Monday. North Korea said the talks in Pyongyang would continue, and France agreed."}' > "$d/kp.jsonl"
  jvm "$d" produce -jar "$JAR" produce -b "$BOOT" "$d/articles.jsonl" > "$d/produce.out" 2>&1 &
  local pp=$!; await_exit "$pp" 60 || stuck=1
  jvm "$d" produce -jar "$JAR" produce -b "$BOOT" "$d/kp.jsonl" > "$d/produce-kp.out" 2>&1 &
  pp=$!; await_exit "$pp" 60 || stuck=1
  check "$d" "$d/articles.jsonl" "$d/kp.jsonl"
  # the KP article is, by design, missing from news.country.kp (1) and in the DLQ (1), in its other countries
  if [ "$LOST" -eq 2 ] && grep -q "missing copies: 1," "$d/check.out" && grep -q "in the DLQ: 1$" "$d/check.out"; then
    LOST=0; CHECK="$CHECK (the KP article: dead-lettered, as expected)"
  else
    detail="the KP article was not dead-lettered exactly once with its copy elsewhere"
  fi
  alive "$ROUTE" || detail="$detail router exited"
  grep -rqs "not routed to \[news.country.kp" "$d/logs/route" "$d/route.out" \
    || detail="$detail no dead-letter for the uncreatable topic in the router log"
  stop_all; report acl-denies-topic-creation "$stuck" "$detail"
}

# --- finding 6: a fatal streams error (enrich may not write its output) ends enrich with a non-zero
# exit instead of replacing its thread forever; after the fix (ACL removed) and a restart, nothing is lost
sc_fatal_streams_error() {
  local d="$W/fatal-streams" detail="" stuck=0; mkdir -p "$d"
  start_broker "$d" --broker-config authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer \
    --broker-config allow.everyone.if.no.acl.found=true \
    || { LOST=0; DUP=0; CHECK=""; report fatal-streams-error 1 "setup failed"; return; }
  start_pipeline "$d" || { LOST=0; DUP=0; CHECK=""; report fatal-streams-error 1 "pipeline did not start"; return; }
  "$JAVA" "${JOPTS[@]}" -cp "$TOOLS" io.newsroute.tools.faults.ChaosAcl -b "$BOOT" deny WRITE news.articles.enriched > "$d/acl.out" 2>&1
  articles "$d" 30 16
  jvm "$d" produce -jar "$JAR" produce -b "$BOOT" "$d/articles.jsonl" > "$d/produce.out" 2>&1 &
  local pp=$!; await_exit "$pp" 60 || stuck=1
  if await_exit "$ENRICH" 90; then
    [ "$EXIT" -ne 0 ] || detail="enrich exited 0 after a fatal error"
  else
    stuck=1; detail="enrich neither progressed nor exited after a fatal error"
  fi
  "$JAVA" "${JOPTS[@]}" -cp "$TOOLS" io.newsroute.tools.faults.ChaosAcl -b "$BOOT" allow WRITE news.articles.enriched >> "$d/acl.out" 2>&1
  kill -9 "$ENRICH" 2>/dev/null
  jvm "$d" enrich2 -jar "$JAR" enrich -b "$BOOT" --set streams.state.dir="$d/state" > "$d/enrich2.out" 2>&1 &
  PIDS+=("$!")
  check "$d" "$d/articles.jsonl"
  stop_all; report fatal-streams-error "$stuck" "$detail"
}

# feed_site DIR ARTICLES.jsonl: an RSS feed of the articles (content in the feed, links that 404, so the
# feed's content is used) served on 127.0.0.1; the same articles as JSON lines with those links in
# DIR/feed-articles.jsonl (same ids for the checker); sets FEED and HTTPD
feed_site() {
  local d="$1" src="$2" port; port=$(free_port); mkdir -p "$d/site"
  python3 - "$src" "$d/site/rss.xml" "$d/feed-articles.jsonl" "$port" <<'PY'
import json, sys, html
src, rss, out, port = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
items, lines = [], []
for i, line in enumerate(open(src, encoding="utf-8")):
    a = json.loads(line)
    link = "http://127.0.0.1:%s/gone/%d" % (port, i)
    paras = [p for p in a["body"].split("\n\n") if p.strip()]
    content = "".join("<p>%s</p>" % html.escape(p) for p in paras)
    items.append("<item><title>%s</title><link>%s</link><guid>%s</guid><description>%s</description></item>"
                 % (html.escape(a["title"]), link, link, html.escape(content)))
    lines.append(json.dumps({"url": link, "title": a["title"], "body": "\n\n".join(p.strip() for p in paras)}))
open(rss, "w", encoding="utf-8").write('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Chaos</title>'
                                       + "".join(reversed(items)) + "</channel></rss>")
open(out, "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY
  (cd "$d/site" && exec python3 -m http.server --bind 127.0.0.1 "$port") > "$d/httpd.out" 2>&1 &
  HTTPD=$!; PIDS+=("$HTTPD"); FEED="http://127.0.0.1:$port/rss.xml"
  local deadline=$(( $(date +%s) + 30 ))
  until curl -sf "$FEED" >/dev/null 2>&1 || [ "$(date +%s)" -gt "$deadline" ]; do sleep 0.2; done
}
# as_files DIR JSONL: each line its own .json file in DIR (written elsewhere, then moved in)
as_files() {
  python3 - "$1" "$2" <<'PY'
import json, os, sys
d, src = sys.argv[1], sys.argv[2]
os.makedirs(d, exist_ok=True)
for i, line in enumerate(open(src, encoding="utf-8")):
    tmp = os.path.join(d, ".tmp-%d" % i)
    open(tmp, "w", encoding="utf-8").write(line)
    os.replace(tmp, os.path.join(d, "a-%03d.json" % i))
PY
}

# --- finding 2: kill -9 of one producer process running --watch and --feed together (one state file,
# one deduplicator), restarted at once: every file and feed item arrives, none twice
sc_watch_feed_kill9() {
  local d="$W/watch-feed" detail="" stuck=0; mkdir -p "$d/inbox"
  start_broker "$d" && start_pipeline "$d" || { LOST=0; DUP=0; CHECK=""; report watch-feed-kill-9 1 "setup failed"; return; }
  articles "$d" 60 17
  head -n 30 "$d/articles.jsonl" > "$d/watch.jsonl"; tail -n +31 "$d/articles.jsonl" > "$d/feed-src.jsonl"
  feed_site "$d" "$d/feed-src.jsonl"
  local args=(produce -b "$BOOT" --watch "$d/inbox" --settle 200ms --rescan-interval 2s --feed "$FEED" --poll-interval 1s --rate 100)
  jvm "$d" produce1 -jar "$JAR" "${args[@]}" > "$d/produce1.out" 2>&1 &
  local pp=$!; PIDS+=("$pp")
  await_line "$d/produce1.out" "State in" 60 || stuck=1
  as_files "$d/inbox" <(head -n 15 "$d/watch.jsonl")
  sleep 1.5; kill -9 "$pp"; wait "$pp" 2>/dev/null
  as_files "$d/inbox/more" <(tail -n +16 "$d/watch.jsonl")
  jvm "$d" produce2 -jar "$JAR" "${args[@]}" > "$d/produce2.out" 2>&1 &
  PIDS+=("$!")
  check "$d" "$d/watch.jsonl" "$d/feed-articles.jsonl"
  stop_all; report watch-feed-kill-9 "$stuck" "$detail"
}

# --- finding 3: an unreadable subfolder (the producer runs as nobody) must not stop the watcher: the
# other files arrive at once, the locked ones once the folder is readable again
sc_unreadable_folder() {
  local d="$W/unreadable" detail="" stuck=0; mkdir -p "$d/inbox/locked"
  start_broker "$d" && start_pipeline "$d" || { LOST=0; DUP=0; CHECK=""; report unreadable-folder 1 "setup failed"; return; }
  articles "$d" 30 18
  head -n 10 "$d/articles.jsonl" > "$d/locked.jsonl"; tail -n +11 "$d/articles.jsonl" > "$d/open.jsonl"
  as_files "$d/inbox/locked" "$d/locked.jsonl"; as_files "$d/inbox" "$d/open.jsonl"
  chmod 000 "$d/inbox/locked"; chown -R nobody "$d/inbox"; mkdir -p "$d/logs/produce"; chmod -R a+rwx "$d/logs"
  chmod a+rx "$d" "$W"; chmod a+r "$JAR"
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u nobody -- "$JAVA" "${JOPTS[@]}" -Dnewsroute.log.dir="$d/logs/produce" -jar "$JAR" produce -b "$BOOT" \
      --watch "$d/inbox" --settle 200ms --rescan-interval 2s > "$d/produce.out" 2>&1 &
  else
    jvm "$d" produce -jar "$JAR" produce -b "$BOOT" --watch "$d/inbox" --settle 200ms --rescan-interval 2s > "$d/produce.out" 2>&1 &
  fi
  local pp=$!; PIDS+=("$pp")
  SETTLE=1 check "$d" "$d/open.jsonl"
  local open_lost=$LOST open_dup=$DUP
  alive "$pp" || detail="the watcher exited on an unreadable folder"
  chmod 755 "$d/inbox/locked"
  check "$d" "$d/open.jsonl" "$d/locked.jsonl"
  LOST=$(( LOST > open_lost ? LOST : open_lost )); DUP=$(( DUP > open_dup ? DUP : open_dup ))
  stop_all; report unreadable-folder "$stuck" "$detail"
}

for sc in router_broker_paused txn_timeout bulk_retriable_flood serve_ack_race acl_denies_topic_creation fatal_streams_error \
          watch_feed_kill9 unreadable_folder; do
  [ -n "$only" ] && [[ ",$only," != *",$sc,"* ]] && continue
  LOST=0; DUP=0; CHECK=""; EXIT=""
  log "scenario $sc"
  "sc_$sc"
done
trap - EXIT
log "wall time $(( $(date +%s) - t_start )) s; work dir $W"
ok=0; [ "$P" -eq "$S" ] && [ "$L" -eq 0 ] && [ "$D" -eq 0 ] && [ "$K" -eq 0 ] && [ "$S" -gt 0 ] && ok=1
[ "$ok" -eq 1 ] && [ "$keep" -eq 0 ] && [ -z "${CHAOS_DIR:-}" ] && rm -rf "$W"
echo "scenarios=$S passed=$P lost=$L duplicated=$D stuck=$K"
[ "$ok" -eq 1 ]
