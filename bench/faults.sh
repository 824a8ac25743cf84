#!/usr/bin/env bash
# Fault run: N generated articles through separate processes (produce, 2x enrich, 2x route) on a 3-broker
# KRaft cluster (replication 3, min.insync.replicas 2), while it kill -9s and restarts one streams and one
# router instance, SIGTERM-stops a producer mid-chunk and publishes that chunk again, stops (SIGTERM) and
# restarts one broker, and SIGTERM-stops and restarts the other streams and router instances. Then checks with read_committed that every article is in each country
# topic it was tagged with exactly once and that no good one is in the DLQ, prints recovery times, and
# ends with one line: articles=N routed=M lost=L duplicated=D good_in_dlq=G (exit 1 on any loss/duplicate).
#
#   bash bench/faults.sh [--articles 10000] [--size 1500] [--chunks 20] [--keep]
# Work files and logs: $FAULTS_DIR (default a fresh temporary folder; kept with --keep or on failure).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles=10000; size=1500; chunks=20; keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) articles="$2"; shift 2;;
    --size) size="$2"; shift 2;;
    --chunks) chunks="$2"; shift 2;;
    --keep) keep=1; shift;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done

W="${FAULTS_DIR:-$(mktemp -d /tmp/newsroute-faults.XXXXXX)}"
mkdir -p "$W/logs" "$W/chunks"
t_start=$(date +%s)
now_ms() { date +%s%3N; }
log() { echo "[faults $(date +%H:%M:%S)] $*" >&2; }
# shellcheck source=lib.sh
. "$here/bench/lib.sh"

# build once, then run a private copy of the jar so a concurrent rebuild cannot change it under us
if [ ! -f "$here/app/target/newsroute.jar" ] || [ ! -f "$here/tools/target/newsroute-tools.jar" ] || [ -n "${FAULTS_REBUILD:-}" ]; then
  (cd "$here" && mvn -q -DskipTests -Dmaven.test.skip=true package -pl app,tools -am) >&2 || exit 2
fi
cp "$here/app/target/newsroute.jar" "$W/newsroute.jar"
cp "$here/tools/target/newsroute-tools.jar" "$W/newsroute-tools.jar"
JAR="$W/newsroute.jar"
# the fault checks are not in the product jar: they run from the tools jar beside it
TOOLS="$JAR:$W/newsroute-tools.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# jvm: only as `jvm NAME ARGS... &` (exec, so $! is the JVM itself and kill -9/-TERM reach it); jrun: in the foreground
jvm() { local name="$1"; shift
  exec "$JAVA" -Xms64m -Xmx${HEAP:-512m} -XX:+UseSerialGC -Dnewsroute.log.dir="$W/logs/$name" "$@"; }
jrun() { local name="$1"; shift
  "$JAVA" -Xms64m -Xmx${HEAP:-512m} -XX:+UseSerialGC -Dnewsroute.log.dir="$W/logs/$name" "$@"; }

free_ports() { python3 -c "
import socket
ss=[socket.socket() for _ in range($1)]
[s.bind(('127.0.0.1',0)) for s in ss]
print(' '.join(str(s.getsockname()[1]) for s in ss))
[s.close() for s in ss]"; }
read -r P1 P2 P3 C1 C2 C3 <<<"$(free_ports 6)"
PORTS=($P1 $P2 $P3); CPORTS=($C1 $C2 $C3)
QUORUM="1@127.0.0.1:$C1,2@127.0.0.1:$C2,3@127.0.0.1:$C3"
BOOT="127.0.0.1:$P1,127.0.0.1:$P2,127.0.0.1:$P3"
CLUSTER_ID=$(python3 -c "import uuid,base64;print(base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip('='))")

declare -A PID
EVENTS="$W/events.log"; : > "$EVENTS"
event() { echo "$(now_ms) $1 $2 $3" >> "$EVENTS"; }

start_broker() { # n
  local n=$1 i=$(( $1 - 1 ))
  HEAP=768m jvm "broker-$n" -jar "$JAR" broker --node-id "$n" --port "${PORTS[$i]}" --controller-port "${CPORTS[$i]}" \
    --controller-quorum "$QUORUM" --cluster-id "$CLUSTER_ID" --data-dir "$W/broker-$n" \
    --broker-config min.insync.replicas=2 \
    --broker-config transaction.abort.timed.out.transaction.cleanup.interval.ms=1000 \
    >> "$W/logs/broker-$n.out" 2>&1 &
  PID[broker-$n]=$!
}

COMMON=(-b "$BOOT" --set topic.replication.factor=3 --set topic.min.insync.replicas=2 --set topic.partitions=3)
start_enrich() { # n
  local n=$1
  jvm "enrich-$n" -jar "$JAR" enrich "${COMMON[@]}" --set streams.state.dir="$W/state-$n" \
    --set streams.session.timeout.ms=10000 --set streams.heartbeat.interval.ms=1000 \
    >> "$W/logs/enrich-$n.out" 2>&1 &
  PID[enrich-$n]=$!
}
start_route() { # n
  local n=$1
  jvm "route-$n" -jar "$JAR" route "${COMMON[@]}" --set router.instance.id="$n" \
    --set consumer.group.instance.id="router-$n" --set consumer.session.timeout.ms=10000 \
    >> "$W/logs/route-$n.out" 2>&1 &
  PID[route-$n]=$!
}
stop_all() { # on an early exit: SIGTERM everything, kill -9 what is still there after 30 s
  local t0; t0=$(date +%s)
  for k in "${!PID[@]}"; do kill -TERM "${PID[$k]}" 2>/dev/null; done
  for k in "${!PID[@]}"; do
    while kill -0 "${PID[$k]}" 2>/dev/null && [ $(( $(date +%s) - t0 )) -lt 30 ]; do sleep 0.2; done
    kill -9 "${PID[$k]}" 2>/dev/null; wait "${PID[$k]}" 2>/dev/null
  done
}
trap 'stop_all' EXIT

# SIGTERM a process and report how long it took to exit
term_and_time() { # name
  local name=$1 t0 t1
  t0=$(now_ms); kill -TERM "${PID[$name]}"; wait "${PID[$name]}" 2>/dev/null; t1=$(now_ms)
  echo "shutdown $name (SIGTERM): exited in $(( t1 - t0 )) ms" | tee -a "$W/shutdowns.log" >&2
}

log "work dir $W; cluster $CLUSTER_ID on $BOOT"
for n in 1 2 3; do start_broker $n; done
for n in 1 2 3; do await_line "$W/logs/broker-$n.out" "running; bootstrap" 180 || exit 2; done
log "3 brokers up after $(( $(date +%s) - t_start )) s"

log "generating $articles articles"
jrun generate -jar "$JAR" generate -n "$articles" --size "$size" --seed 7 --id-prefix fault > "$W/articles.jsonl" || exit 2
per=$(( (articles + chunks - 1) / chunks ))
split -l "$per" -d -a 3 --additional-suffix=.jsonl "$W/articles.jsonl" "$W/chunks/chunk-"
rm "$W/articles.jsonl"

for n in 1 2; do start_enrich $n; start_route $n; done
jvm monitor -cp "$TOOLS" io.newsroute.tools.faults.ProgressMonitor -b "$BOOT" \
  --group newsroute-enrich=news.articles.raw --group newsroute-router=news.articles.enriched \
  --out "$W/progress.log" >> "$W/logs/monitor.out" 2>&1 &
PID[monitor]=$!
for n in 1 2; do
  await_line "$W/logs/enrich-$n.out" "Enriching" 120 || exit 2
  await_line "$W/logs/route-$n.out" "Routing" 120 || exit 2
done
log "pipeline up after $(( $(date +%s) - t_start )) s"

# the producer: one process per chunk, one after another, in the background; a chunk whose producer was
# stopped (SIGTERM) is published again from its start (the streams side drops ids it has already seen)
( for f in "$W"/chunks/chunk-*.jsonl; do
    while true; do
      jvm produce -jar "$JAR" produce "${COMMON[@]}" "$f" >> "$W/logs/produce.out" 2>&1 &
      echo $! > "$W/produce.pid"; wait $!; rc=$?
      [ "$rc" -eq 143 ] && { echo "produce $f stopped by SIGTERM; publishing it again" >> "$W/logs/produce.out"; continue; }
      [ "$rc" -ne 0 ] && echo "produce $f failed ($rc)" >> "$W/logs/produce.out"
      break
    done
  done; rm -f "$W/produce.pid" ) &
PRODUCER=$!
term_producer() { # SIGTERM the running produce process (not our child: poll until it is gone)
  local pid t0; pid=$(cat "$W/produce.pid" 2>/dev/null) || { log "producer already done"; return; }
  t0=$(now_ms); kill -TERM "$pid" 2>/dev/null || return
  while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  echo "shutdown produce (SIGTERM): exited in $(( $(now_ms) - t0 )) ms; the chunk is published again" | tee -a "$W/shutdowns.log" >&2
}
t_produce=$(now_ms)
at() { # wait until N seconds after the producer started
  local target=$(( t_produce + $1 * 1000 ))
  while [ "$(now_ms)" -lt "$target" ]; do sleep 0.2; done
}

# one fault about every 20 s, so each one's recovery can be seen before the next
at 8;   log "kill -9 enrich-1"; kill -9 "${PID[enrich-1]}"; wait "${PID[enrich-1]}" 2>/dev/null
event kill-9 enrich-1 newsroute-enrich; sleep 2; start_enrich 1
at 30;  log "kill -9 route-1"; kill -9 "${PID[route-1]}"; wait "${PID[route-1]}" 2>/dev/null
event kill-9 route-1 newsroute-router; sleep 2; start_route 1
at 50;  log "SIGTERM produce"; term_producer
at 56;  log "SIGTERM broker-2"; event stop broker-2 '*'; term_and_time broker-2
at 76;  log "restart broker-2"; event restart broker-2 '*'; start_broker 2
at 98;  log "SIGTERM enrich-2"; event sigterm enrich-2 newsroute-enrich; term_and_time enrich-2; start_enrich 2
at 120; log "SIGTERM route-2"; event sigterm route-2 newsroute-router; term_and_time route-2; start_route 2

wait "$PRODUCER"
log "producer done after $(( ( $(now_ms) - t_produce ) / 1000 )) s: $(grep -c '^read' "$W/logs/produce.out") chunks, $(grep -c 'failed [1-9]' "$W/logs/produce.out") with failures"

jrun check -cp "$TOOLS" io.newsroute.tools.faults.ExactlyOnceCheck -b "$BOOT" --timeout 240 --articles "$W"/chunks/chunk-*.jsonl \
  > "$W/check.out" 2>> "$W/logs/check.err"
rc=$?
sleep 1
kill -TERM "${PID[monitor]}"; wait "${PID[monitor]}" 2>/dev/null; unset 'PID[monitor]'
"$JAVA" -cp "$TOOLS" io.newsroute.tools.faults.RecoveryReport --progress "$W/progress.log" --events "$EVENTS" >&2

for k in route-1 route-2 enrich-1 enrich-2; do term_and_time "$k"; unset "PID[$k]"; done
# the brokers all at once: stopped one after another, the last one would wait for a quorum that is gone
t0=$(now_ms); for n in 1 2 3; do kill -TERM "${PID[broker-$n]}" 2>/dev/null; done
for n in 1 2 3; do
  until ! kill -0 "${PID[broker-$n]}" 2>/dev/null || [ $(( $(now_ms) - t0 )) -gt 60000 ]; do sleep 0.1; done
  if kill -0 "${PID[broker-$n]}" 2>/dev/null; then
    echo "shutdown broker-$n (SIGTERM, all brokers at once): still running after 60 s, killed" | tee -a "$W/shutdowns.log" >&2
    kill -9 "${PID[broker-$n]}"
  else
    echo "shutdown broker-$n (SIGTERM, all brokers at once): exited within $(( $(now_ms) - t0 )) ms" | tee -a "$W/shutdowns.log" >&2
  fi
  wait "${PID[broker-$n]}" 2>/dev/null; unset "PID[broker-$n]"
done
trap - EXIT
grep -v '^articles=' "$W/check.out" >&2
log "wall time $(( $(date +%s) - t_start )) s; work dir $W"
summary=$(grep '^articles=' "$W/check.out" | tail -n 1)
[ "$rc" -eq 0 ] && [ "$keep" -eq 0 ] && [ -z "${FAULTS_DIR:-}" ] && rm -rf "$W"
echo "${summary:-articles=$articles routed=0 lost=$articles duplicated=0 good_in_dlq=0}"
exit "$rc"
