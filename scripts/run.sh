#!/usr/bin/env bash
# Install TokoDesk into ./.venv (first time, or after an update) and start it.
# Arguments go to the app:  bash scripts/run.sh --demo   |   bash scripts/run.sh --db FILE
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh gui
py=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$py" -m venv .venv
stamp=.venv/.installed-$(cat pyproject.toml | cksum | cut -d' ' -f1)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e .
  touch "$stamp"
fi
exec .venv/bin/tokodesk "$@"
