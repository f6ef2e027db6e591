#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests: its own cluster in a temporary folder,
# listening on 127.0.0.1 only (and a socket in that folder), trust authentication, no fsync.
# Never use it for a shop's data.
#
#   scripts/pg-test-server.sh start [DIR]   initdb into DIR (default: a new folder in $TMPDIR,
#                                           named on stderr) and start; prints the URL on stdout
#   scripts/pg-test-server.sh stop DIR      stop the server and delete DIR
#
# The server binaries are found as $PG_BIN/initdb, then /usr/lib/postgresql/<newest>/bin
# (Debian/Ubuntu's postgresql package), then initdb on PATH.  initdb refuses to run as
# root: as root the cluster belongs to the 'postgres' account (made by the package) or, if
# there is none, to a system account 'tokodesk-pg' made for it.
# The port is $PG_PORT, or a free one chosen by the kernel.  The URL names the database
# 'postgres' and the superuser 'tokodesk'; the tests create their own databases from it.
set -euo pipefail

find_bin() {
  if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ]; then echo "$PG_BIN"; return; fi
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  echo "PostgreSQL server programs not found (initdb); install the 'postgresql' package" >&2
  exit 3
}

as_owner() {  # run a command as the cluster's owner
  if [ "$(id -u)" = 0 ]; then runuser -u "$owner" -- "$@"; else "$@"; fi
}

pick_owner() {
  owner=$(id -un)
  if [ "$(id -u)" = 0 ]; then
    if id postgres >/dev/null 2>&1; then owner=postgres
    else
      id tokodesk-pg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin tokodesk-pg
      owner=tokodesk-pg
    fi
  fi
}

free_port() {
  python3 - <<'EOF'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
}

cmd=${1:-}
case "$cmd" in
  start)
    bin=$(find_bin)
    pick_owner
    dir=${2:-}
    if [ -z "$dir" ]; then
      dir=$(mktemp -d "${TMPDIR:-/tmp}/tokodesk-pg.XXXXXX")
      echo "cluster in $dir (stop it with: $0 stop $dir)" >&2
    fi
    mkdir -p "$dir"
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown "$owner" "$dir"
    as_owner test -w "$dir" || { echo "$owner cannot write in $dir (is a parent folder private?)" >&2; exit 1; }
    port=${PG_PORT:-$(free_port)}
    locale=C
    locale -a 2>/dev/null | grep -qix 'c.utf-\?8' && locale=C.UTF-8
    as_owner "$bin/initdb" -D "$dir/data" -U tokodesk --auth=trust -E UTF8 --locale="$locale" \
      >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # a test server: speed over durability (fsync off), enough connections for the
    # concurrency test, and it logs into the folder
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-k $dir -h 127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "$bin" >"$dir/bin"
    url="postgresql+psycopg://tokodesk@127.0.0.1:$port/postgres"
    echo "$url" >"$dir/url"
    echo "$url"
    ;;
  stop)
    dir=${2:?usage: pg-test-server.sh stop DIR}
    [ -d "$dir" ] || exit 0
    pick_owner
    if [ -f "$dir/data/postmaster.pid" ]; then
      bin=$(cat "$dir/bin" 2>/dev/null || find_bin)
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: pg-test-server.sh start [DIR] | stop DIR" >&2
    exit 2
    ;;
esac
