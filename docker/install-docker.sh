#!/usr/bin/env bash
# Installs Docker (Debian's docker.io + docker-compose 1.29) when missing, starts dockerd when no
# daemon answers, and waits until `docker info` answers. Idempotent: on a machine where Docker
# already runs it only says so.
#
#   docker/install-docker.sh            install if needed + start dockerd if needed
#   docker/install-docker.sh --stop     stop the dockerd that this script started (and only that one)
#
# Environment:
#   DOCKERD_LOG      dockerd's log file            (default /tmp/newsroute-dockerd.log)
#   DOCKERD_PIDFILE  where the pid of the dockerd we start is kept (default /tmp/newsroute-dockerd.pid)
#   DOCKER_WAIT_SECONDS  how long to wait for the daemon (default 60)
set -euo pipefail

DOCKERD_LOG="${DOCKERD_LOG:-/tmp/newsroute-dockerd.log}"
DOCKERD_PIDFILE="${DOCKERD_PIDFILE:-/tmp/newsroute-dockerd.pid}"
DOCKER_WAIT_SECONDS="${DOCKER_WAIT_SECONDS:-60}"

log() { printf '[install-docker] %s\n' "$*" >&2; }

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root (or sudo) to run: $*"; return 1; fi
}

docker_answers() { docker info >/dev/null 2>&1; }

stop_dockerd() {
  if [[ ! -f "$DOCKERD_PIDFILE" ]]; then
    log "no $DOCKERD_PIDFILE: this script started no dockerd, nothing to stop"
    return 0
  fi
  local pid
  pid=$(cat "$DOCKERD_PIDFILE")
  if alive "$pid"; then
    log "stopping dockerd (pid $pid)"
    as_root kill -TERM "$pid"
    local deadline=$((SECONDS + 30))
    while alive "$pid"; do
      if ((SECONDS >= deadline)); then
        log "dockerd (pid $pid) still alive after 30 s, sending KILL"
        as_root kill -KILL "$pid" || true
        break
      fi
      sleep 0.5
    done
    log "dockerd stopped"
  else
    log "dockerd pid $pid from $DOCKERD_PIDFILE is not running"
  fi
  rm -f "$DOCKERD_PIDFILE"
}

install_packages() {
  local missing=()
  command -v dockerd >/dev/null || missing+=(docker.io)
  command -v docker-compose >/dev/null || missing+=(docker-compose)
  if ((${#missing[@]} == 0)); then
    log "docker.io and docker-compose already installed ($(dockerd --version 2>/dev/null | head -1))"
    return 0
  fi
  log "installing ${missing[*]} with apt-get"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    docker.io docker-compose >/dev/null
  log "installed: $(dockerd --version | head -1); $(docker-compose version --short 2>/dev/null || true)"
}

# True when process $1 exists and is not a zombie.
alive() {
  [[ -n "$1" && -r "/proc/$1/stat" ]] && ! grep -qE '^[0-9]+ \(.*\) Z' "/proc/$1/stat" 2>/dev/null
}

launch_dockerd() {
  if [[ $(id -u) -ne 0 ]]; then
    log "starting dockerd needs root; run this script as root (or start Docker yourself)"
    return 1
  fi
  log "starting dockerd in the background (log: $DOCKERD_LOG)"
  # setsid: the daemon gets its own session, so it survives this shell; a background job of a
  # non-interactive shell is no group leader, so setsid execs dockerd in place and $! is its pid.
  setsid dockerd >"$DOCKERD_LOG" 2>&1 </dev/null &
  echo $! >"$DOCKERD_PIDFILE"
}

start_dockerd() {
  if docker_answers; then
    log "a Docker daemon already answers (server $(docker version --format '{{.Server.Version}}' 2>/dev/null)); not starting another"
    return 0
  fi
  local launched=0 pid=""
  [[ -f "$DOCKERD_PIDFILE" ]] && pid=$(cat "$DOCKERD_PIDFILE")
  if alive "$pid"; then
    log "dockerd we started earlier (pid $pid) is running but does not answer yet; waiting for it"
  else
    rm -f "$DOCKERD_PIDFILE"
    launch_dockerd
    launched=1
  fi
  local deadline=$((SECONDS + DOCKER_WAIT_SECONDS))
  until docker_answers; do
    if ((SECONDS >= deadline)); then
      log "dockerd did not answer within ${DOCKER_WAIT_SECONDS}s; last lines of $DOCKERD_LOG:"
      tail -n 30 "$DOCKERD_LOG" >&2 || true
      return 1
    fi
    if ! alive "$(cat "$DOCKERD_PIDFILE" 2>/dev/null)"; then
      if ((launched == 0)); then # the earlier one died meanwhile: start ours
        rm -f "$DOCKERD_PIDFILE"
        launch_dockerd
        launched=1
        continue
      fi
      log "dockerd exited; last lines of $DOCKERD_LOG:"
      tail -n 30 "$DOCKERD_LOG" >&2 || true
      rm -f "$DOCKERD_PIDFILE"
      return 1
    fi
    sleep 0.5
  done
  log "dockerd answers (server $(docker version --format '{{.Server.Version}}' 2>/dev/null), pid $(cat "$DOCKERD_PIDFILE"))"
}

case "${1:-}" in
  --stop) stop_dockerd ;;
  "") install_packages; start_dockerd ;;
  *) echo "usage: $0 [--stop]" >&2; exit 2 ;;
esac
