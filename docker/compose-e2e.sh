#!/usr/bin/env bash
# End-to-end check of docker-compose.yml: starts Kafka and the pipeline (streams scaled to 2),
# waits until the seed article (seeds/laos-japan-relations-in-the-spotlight.txt) has reached
# news.country.la and news.country.jp, reading from the HOST through the broker's external
# listener, then takes everything down again (also on failure or Ctrl-C). On failure it prints the
# containers' logs and exits non-zero.
#
# Images (no pull, no build here): KAFKA_IMAGE (default newsroute/kafka:4.4.0-local) and
# NEWSROUTE_IMAGE (default newsroute/app:local), both from docker/build-local-images.sh.
# Other settings: E2E_TIMEOUT_SECONDS (default 240), E2E_STREAMS_SCALE (default 2),
# KAFKA_HOST_PORT (default: 9092, or the first free of 29092 39092 49092 if 9092 is taken),
# COMPOSE_E2E_PROJECT (default newsroute-e2e).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

export KAFKA_IMAGE="${KAFKA_IMAGE:-newsroute/kafka:4.4.0-local}"
export NEWSROUTE_IMAGE="${NEWSROUTE_IMAGE:-newsroute/app:local}"
PROJECT="${COMPOSE_E2E_PROJECT:-newsroute-e2e}"
TIMEOUT="${E2E_TIMEOUT_SECONDS:-240}"
STREAMS_SCALE="${E2E_STREAMS_SCALE:-2}"
SEED_TITLE="Laos-Japan Relations in the Spotlight"
APP_JAR="$REPO_ROOT/app/target/newsroute.jar"
SUBSCRIBE_ERR="${TMPDIR:-/tmp}/newsroute-compose-e2e-subscribe.err"
SUBSCRIBER="$PROJECT-subscriber"

log() { printf '[compose-e2e %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

if command -v docker-compose >/dev/null; then
  compose_cmd=(docker-compose)
elif docker compose version >/dev/null 2>&1; then
  compose_cmd=(docker compose)
else
  die "neither docker-compose nor the docker compose plugin is installed (docker/install-docker.sh)"
fi
compose() { "${compose_cmd[@]}" -p "$PROJECT" -f "$REPO_ROOT/docker-compose.yml" "$@"; }

docker info >/dev/null 2>&1 || die "the Docker daemon does not answer (docker/install-docker.sh)"
for image in "$KAFKA_IMAGE" "$NEWSROUTE_IMAGE"; do
  docker image inspect "$image" >/dev/null 2>&1 \
    || die "image $image is missing: build it with docker/build-local-images.sh (nothing is pulled here)"
done

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [[ -z "${KAFKA_HOST_PORT:-}" ]]; then
  for candidate in 9092 29092 39092 49092; do
    if ! port_in_use "$candidate"; then KAFKA_HOST_PORT=$candidate; break; fi
  done
  [[ -n "${KAFKA_HOST_PORT:-}" ]] || die "ports 9092 29092 39092 49092 are all taken; set KAFKA_HOST_PORT"
fi
export KAFKA_HOST_PORT
BOOTSTRAP="localhost:$KAFKA_HOST_PORT"
if [[ -z "${NEWSROUTE_WEB_PORT:-}" ]]; then
  for candidate in 8080 28080 38080 48080; do
    if ! port_in_use "$candidate"; then NEWSROUTE_WEB_PORT=$candidate; break; fi
  done
  [[ -n "${NEWSROUTE_WEB_PORT:-}" ]] || die "ports 8080 28080 38080 48080 are all taken; set NEWSROUTE_WEB_PORT"
fi
export NEWSROUTE_WEB_PORT

succeeded=0
: >"$SUBSCRIBE_ERR"
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ $succeeded != 1 ]]; then
    if [[ -s "$SUBSCRIBE_ERR" ]]; then
      log "subscriber's errors (last 30 lines):"
      tail -n 30 "$SUBSCRIBE_ERR" >&2
    fi
    log "containers:"
    compose ps >&2 || true
    log "logs of every container (last 150 lines each):"
    compose logs --no-color --tail=150 >&2 || true
  fi
  docker rm -f "$SUBSCRIBER" >/dev/null 2>&1 || true
  log "taking the stack down (down -v)"
  compose down -v --remove-orphans --timeout 10 >/dev/null 2>&1 \
    || compose down -v --remove-orphans --timeout 10 >&2 || true
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

compose config -q || die "docker-compose.yml is not valid"

# A stack left over by an interrupted run would otherwise be reused.
compose down -v --remove-orphans --timeout 10 >/dev/null 2>&1 || true

start=$SECONDS
log "starting $PROJECT: kafka=$KAFKA_IMAGE app=$NEWSROUTE_IMAGE streams x$STREAMS_SCALE, host bootstrap $BOOTSTRAP"
compose up -d --no-build --scale "streams=$STREAMS_SCALE" >&2 || die "docker-compose up failed"
log "stack up (kafka healthy) after $((SECONDS - start)) s"

# Subscribes from the host for at most $2 seconds to country $1 and prints what arrives (JSON lines).
# E2E_SUBSCRIBER=image (default): `newsroute subscribe` of the app image in the host's network
# namespace, i.e. the same jar as the services, through localhost:$KAFKA_HOST_PORT like any host
# client. E2E_SUBSCRIBER=host: java -jar app/target/newsroute.jar on the host itself.
subscribe() {
  local args=(subscribe --bootstrap-servers "$BOOTSTRAP" --country "$1" --from-beginning --json
    --max-messages 1 --timeout "$2")
  # The subscriber stops by itself after $2 s; `timeout` only guards against a hung one.
  if [[ "${E2E_SUBSCRIBER:-image}" == host ]]; then
    timeout --kill-after=5 "$(($2 + 40))" java -jar "$APP_JAR" "${args[@]}" 2>>"$SUBSCRIBE_ERR"
  else
    timeout --kill-after=5 "$(($2 + 40))" docker run --rm --name "$SUBSCRIBER" --network host \
      "$NEWSROUTE_IMAGE" "${args[@]}" 2>>"$SUBSCRIBE_ERR"
    local rc=$?
    docker rm -f "$SUBSCRIBER" >/dev/null 2>&1 || true # left running only if timeout struck
    return "$rc"
  fi
}

# Fails fast when a service keeps crashing (restart: on-failure would retry it forever).
check_services() {
  local id name status restarts code
  for id in $(compose ps -q); do
    read -r name status restarts code < <(docker inspect \
      --format '{{.Name}} {{.State.Status}} {{.RestartCount}} {{.State.ExitCode}}' "$id")
    if ((restarts >= 3)); then
      die "container ${name#/} keeps failing ($restarts restarts, last exit code $code)"
    fi
  done
}

deadline=$((start + TIMEOUT))
for country in LA JP; do
  topic="news.country.${country,,}"
  found=""
  while [[ -z "$found" ]]; do
    remaining=$((deadline - SECONDS))
    ((remaining > 0)) || die "the seed article did not reach $topic within ${TIMEOUT}s"
    check_services
    out=$(subscribe "$country" "$((remaining < 20 ? remaining : 20))") || true
    if grep -qF "$SEED_TITLE" <<<"$out"; then
      found=yes
    elif [[ -n "$out" ]]; then
      log "something else on $topic: ${out:0:200}"
    fi
  done
  log "seed article read from $topic at $BOOTSTRAP after $((SECONDS - start)) s"
done

# The one-shot producer must have finished cleanly.
producer_id=$(compose ps -q producer)
producer_state=""
until [[ "$producer_state" == exited* ]]; do
  ((SECONDS < deadline)) || die "the producer did not finish within ${TIMEOUT}s"
  producer_state=$(docker inspect --format '{{.State.Status}} {{.State.ExitCode}}' "$producer_id")
  [[ "$producer_state" == exited* ]] || sleep 1
done
[[ "$producer_state" == "exited 0" ]] || die "the producer ended with: $producer_state"

# the web view: the trends API lists both seed countries, and /metrics has Kafka Streams metrics
web="http://localhost:$NEWSROUTE_WEB_PORT"
until curl -fsS "$web/api/countries?since=P1D" 2>/dev/null | grep -q '"code":"LA"' \
    && curl -fsS "$web/api/countries?since=P1D" | grep -q '"code":"JP"'; do
  ((SECONDS < deadline)) || die "the web view at $web did not list LA and JP within ${TIMEOUT}s"
  check_services
  sleep 1
done
curl -fsS "$web/metrics" | grep -q '^kafka_stream_' || die "$web/metrics has no Kafka Streams metrics"
log "web view at $web lists LA and JP after $((SECONDS - start)) s"

running=$(compose ps -q streams | xargs docker inspect --format '{{.State.Status}}' | grep -c running || true)
[[ "$running" == "$STREAMS_SCALE" ]] || die "expected $STREAMS_SCALE streams containers running, found $running"

succeeded=1
log "PASSED in $((SECONDS - start)) s: seed article on news.country.la and news.country.jp ($STREAMS_SCALE streams instances, producer exited 0)"
