# Shell helpers shared by bench/chaos.sh and bench/faults.sh (sourced, not run). Each script defines
# its own log() before sourcing this file.

# await_line FILE PATTERN SECONDS: polls FILE until a line matches PATTERN; 1 (logged) after SECONDS
await_line() {
  local deadline=$(( $(date +%s) + $3 ))
  until grep -q "$2" "$1" 2>/dev/null; do
    [ "$(date +%s)" -gt "$deadline" ] && { log "timed out waiting for '$2' in $1"; return 1; }
    sleep 0.2
  done
}
