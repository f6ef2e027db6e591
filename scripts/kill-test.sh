#!/usr/bin/env bash
# The full crash-safety run (docs/CRASH-SAFETY.md): start the writer, kill it with SIGKILL at
# a random moment, check the database it leaves, again and again; print the figures.
#
#   bash scripts/kill-test.sh                 # 20 + 200 kills in a new temporary folder
#   KILLS=500 NEW_FILES=50 SEED=7 bash scripts/kill-test.sh /tmp/kills
#
# NEW_FILES kills (20) each hit a new file during its first start, around the migration;
# then KILLS kills (200) hit one database that lives on from kill to kill.
#
# Exit status 0 when every check after every kill passed.  The work folder (database, the
# writer's journal, copies of any failed kill under failures/) is kept and its path printed.
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${KILLS:-200}
new_files=${NEW_FILES:-20}
seed=${SEED:-1}
dir=${1:-$(mktemp -d "${TMPDIR:-/tmp}/tokodesk-kill-test.XXXXXX")}
py=.venv/bin/python
[ -x "$py" ] || py=${PYTHON:-python3}
export QT_QPA_PLATFORM=offscreen

echo "TokoDesk kill test: $new_files + $kills kills, seed $seed, work folder $dir"
echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "commit:  $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- tokodesk 2>/dev/null || echo ' (tokodesk/ has uncommitted changes)')"
echo "machine: $(uname -sr), $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || uname -m)"
echo "python:  $("$py" -c 'import platform, sqlite3; print(platform.python_version(), "/ SQLite", sqlite3.sqlite_version)')"
echo "disk:    $(df -PT "$(dirname "$dir")" | awk 'NR == 2 {print $2 " (" $1 ")"}')"
echo

start=$(date +%s)
status=0
"$py" -m tests.crash.check --kills "$kills" --new-files "$new_files" --seed "$seed" --dir "$dir" || status=$?
echo "wall clock (s)  $(($(date +%s) - start))"
echo "work folder: $dir"
exit "$status"
