# shellcheck shell=bash
# Sourced by .ci/run: starts a throwaway nats-server with JetStream on loopback for
# the tests that want an external server, and exports SITREP_NATS_URL. The server
# keeps its streams in a temporary directory; both are gone when the sourcing shell
# exits. The nats and poll packages' in-process server tests run with or without it.
# Safe under `set -euo pipefail`; returns non-zero instead of exiting.

sitrep_nats_free_port() {
  local port i
  for i in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    # Nothing listening means the connect fails.
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

sitrep_nats_stop() {
  if [ -n "${SITREP_NATS_PID:-}" ]; then
    kill "$SITREP_NATS_PID" 2>/dev/null || true
    wait "$SITREP_NATS_PID" 2>/dev/null || true
  fi
  if [ -n "${SITREP_NATS_TMP:-}" ]; then
    rm -rf "$SITREP_NATS_TMP"
  fi
}

sitrep_nats_start() {
  local started=$SECONDS port prev try i
  if ! command -v nats-server >/dev/null 2>&1; then
    echo "nats: installing Debian's nats-server" >&2
    local sudo=
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
      $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nats-server >/dev/null || return 1
  fi
  SITREP_NATS_TMP=$(mktemp -d "${TMPDIR:-/tmp}/sitrep-nats.XXXXXX") || return 1
  # Chain onto whatever EXIT trap the sourcing script already has.
  prev=$(trap -p EXIT | sed -e "s/^trap -- '//" -e "s/' EXIT\$//")
  # shellcheck disable=SC2064
  trap "sitrep_nats_stop${prev:+; $prev}" EXIT

  for try in 1 2 3; do
    port=$(sitrep_nats_free_port) || return 1
    nats-server -a 127.0.0.1 -p "$port" -js -sd "$SITREP_NATS_TMP/js" \
      -l "$SITREP_NATS_TMP/server.log" &
    SITREP_NATS_PID=$!
    # Ready when it accepts connections; gone when the port was taken meanwhile.
    for i in $(seq 1 100); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        export SITREP_NATS_URL="nats://127.0.0.1:$port"
        echo "nats: $SITREP_NATS_URL ready in $((SECONDS - started))s" >&2
        return 0
      fi
      kill -0 "$SITREP_NATS_PID" 2>/dev/null || break
      sleep 0.1
    done
    kill "$SITREP_NATS_PID" 2>/dev/null || true
    wait "$SITREP_NATS_PID" 2>/dev/null || true
    SITREP_NATS_PID=
  done
  cat "$SITREP_NATS_TMP/server.log" >&2 || true
  return 1
}

sitrep_nats_start
