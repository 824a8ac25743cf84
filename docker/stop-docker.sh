#!/usr/bin/env bash
# Stops the dockerd that docker/install-docker.sh started (only that one; a daemon that was
# already running before is left alone).
set -euo pipefail
exec "$(dirname "$0")/install-docker.sh" --stop
