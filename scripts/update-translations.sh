#!/usr/bin/env bash
# Collect every translatable string (Qt tr() in tokodesk/ui, QT_TRANSLATE_NOOP in the domain
# and services) into resources/i18n/*.ts, then compile the .qm files the app loads.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
mapfile -t sources < <(git ls-files 'tokodesk/*.py')
for lang in en; do
  "$bin/pyside6-lupdate" "${sources[@]}" -ts "resources/i18n/tokodesk_${lang}.ts"
  "$bin/pyside6-lrelease" "resources/i18n/tokodesk_${lang}.ts" -qm "resources/i18n/tokodesk_${lang}.qm" || true
done
