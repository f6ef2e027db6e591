#!/usr/bin/env bash
# Install what the tests need (system packages, ./.venv with the test extra) and run them:
# ruff, then pytest over tests/ on SQLite, then the database-backed tests (tests/db,
# tests/services, tests/documents, tests/cli, tests/pg) again on PostgreSQL.
# Extra arguments go to both pytest runs:  bash scripts/test.sh -k orders
#
# PostgreSQL (TOKODESK_TEST_PG):
#   auto (default)  TOKODESK_TEST_PG_URL if set, else a throw-away server started here
#                   (scripts/pg-test-server.sh) when PostgreSQL's programs are installed,
#                   else the PostgreSQL run is left out (said at the end)
#   required        the same, but a missing PostgreSQL fails the run (CI: .ci/run)
#   off             SQLite only
set -euo pipefail
cd "$(dirname "$0")/.."
pg_mode=${TOKODESK_TEST_PG:-auto}
bash scripts/system-packages.sh test
[ "$pg_mode" = required ] && bash scripts/system-packages.sh postgres
py=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$py" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
.venv/bin/ruff check .

pg_url=${TOKODESK_TEST_PG_URL:-}
pg_dir=""
stop_pg() { [ -n "$pg_dir" ] && bash scripts/pg-test-server.sh stop "$pg_dir"; return 0; }
trap stop_pg EXIT
if [ "$pg_mode" != off ] && [ -z "$pg_url" ]; then
  base=${TMPDIR:-/tmp}
  [ "$(id -u)" = 0 ] && base=/tmp  # as root the server runs as 'postgres', which must reach it
  pg_dir="$base/tokodesk-pg-$$"
  if ! pg_url=$(bash scripts/pg-test-server.sh start "$pg_dir"); then
    pg_url=""
    [ "$pg_mode" = required ] && { echo "PostgreSQL test server did not start" >&2; exit 1; }
  fi
fi

status=0
unset TOKODESK_TEST_PG_URL
echo "== pytest on SQLite"
.venv/bin/python -m pytest "$@" || status=$?
if [ -n "$pg_url" ] && [ "$pg_mode" != off ]; then
  echo "== pytest on PostgreSQL (${pg_url%%@*}@…)"
  TOKODESK_TEST_PG_URL=$pg_url .venv/bin/python -m pytest tests/db tests/services tests/documents tests/cli \
    tests/pg "$@" || { s=$?; [ $s -ne 5 ] && [ $status -eq 0 ] && status=$s; }  # 5: -k chose none
elif [ "$pg_mode" != off ]; then
  echo "== PostgreSQL run left out: no PostgreSQL server programs (install 'postgresql', or set TOKODESK_TEST_PG_URL)"
fi
exit $status
