#!/usr/bin/env bash
# Install what the tests need (system packages, ./.venv with the test extra) and run them.
# Extra arguments go to pytest:  bash scripts/test.sh -k orders
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh test
py=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$py" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
.venv/bin/ruff check .
exec .venv/bin/python -m pytest "$@"
