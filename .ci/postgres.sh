# shellcheck shell=bash
# Sourced by .ci/run: starts a throwaway PostgreSQL server on loopback for the
# postgres package's tests and exports SITREP_POSTGRES_URL. The server lives in a
# temporary directory and is stopped (and the directory removed) when the sourcing
# shell exits. Safe under `set -euo pipefail`; returns non-zero instead of exiting.
#
# Debian's postgresql package installs its binaries under /usr/lib/postgresql/N/bin,
# off PATH, so that is where we look before installing anything.

sitrep_pg_bindir() {
  local d
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v initdb)")"
    return 0
  fi
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
      echo "$d"
      return 0
    fi
  done
  return 1
}

# sitrep_pg_as runs a command as the server's owner: initdb and postgres refuse to
# run as root.
sitrep_pg_as() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

sitrep_pg_free_port() {
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

sitrep_postgres_stop() {
  if [ -n "${SITREP_PG_DATA:-}" ] && [ -d "$SITREP_PG_DATA" ]; then
    sitrep_pg_as "$SITREP_PG_BIN/pg_ctl" -D "$SITREP_PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "${SITREP_PG_TMP:-}" ]; then
    rm -rf "$SITREP_PG_TMP"
  fi
}

sitrep_postgres_start() {
  local started=$SECONDS bin port prev
  if ! bin=$(sitrep_pg_bindir); then
    echo "postgres: installing Debian's postgresql" >&2
    if [ "$(id -u)" -eq 0 ]; then
      DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
    else
      sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
    fi
    bin=$(sitrep_pg_bindir) || { echo "postgres: no initdb after install" >&2; return 1; }
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --no-create-home postgres || return 1
  fi
  SITREP_PG_BIN=$bin
  SITREP_PG_TMP=$(mktemp -d "${TMPDIR:-/tmp}/sitrep-pg.XXXXXX") || return 1
  SITREP_PG_DATA=$SITREP_PG_TMP/data
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$SITREP_PG_TMP" || return 1
  fi
  # Chain onto whatever EXIT trap the sourcing script already has.
  prev=$(trap -p EXIT | sed -e "s/^trap -- '//" -e "s/' EXIT\$//")
  # shellcheck disable=SC2064
  trap "sitrep_postgres_stop${prev:+; $prev}" EXIT

  # trust on loopback only: the server is throwaway and listens on 127.0.0.1 alone.
  # C.UTF-8 makes text compare by code point, as SQLite does.
  sitrep_pg_as "$bin/initdb" -D "$SITREP_PG_DATA" -U sitrep --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 >"$SITREP_PG_TMP/initdb.log" 2>&1 ||
    { cat "$SITREP_PG_TMP/initdb.log" >&2; return 1; }

  local try
  for try in 1 2 3; do
    port=$(sitrep_pg_free_port) || return 1
    # fsync off: the data is thrown away, and durability is not what the tests test.
    if sitrep_pg_as "$bin/pg_ctl" -D "$SITREP_PG_DATA" -l "$SITREP_PG_TMP/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$SITREP_PG_TMP -c fsync=off -c max_connections=200" \
      start >/dev/null; then
      break
    fi
    port=
  done
  if [ -z "$port" ]; then
    cat "$SITREP_PG_TMP/server.log" >&2
    return 1
  fi
  sitrep_pg_as "$bin/createdb" -h 127.0.0.1 -p "$port" -U sitrep sitrep || return 1
  # The extensions the migrations use, created once in public. Otherwise the first
  # test schema to migrate creates them inside itself (CREATE EXTENSION uses the
  # first schema of the search path), and dropping that schema at the end of its
  # test drops them with every other test schema's index that depends on them,
  # deadlocking with those tests' queries.
  sitrep_pg_as "$bin/psql" -q -h 127.0.0.1 -p "$port" -U sitrep -d sitrep \
    -c "CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public" >/dev/null || return 1
  sitrep_pg_as "$bin/psql" -q -h 127.0.0.1 -p "$port" -U sitrep -d sitrep \
    -c "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public" >/dev/null 2>&1 || true
  export SITREP_POSTGRES_URL="postgres://sitrep@127.0.0.1:$port/sitrep?sslmode=disable"
  # The server's binaries, for tests that start and stop a cluster of their own (the
  # nats package's PostgreSQL restart test: stopping this shared one would break the
  # tests of other packages running at the same time).
  export SITREP_PG_BIN
  echo "postgres: $SITREP_POSTGRES_URL ready in $((SECONDS - started))s" >&2
}

sitrep_postgres_start
