#!/usr/bin/env bash
# `npm test`: every test — unit, dialog, HTTP, Azurite storage and Web Chat in headless Chromium.
# Sets up what the tests need first: the locked dependencies on a fresh clone, Chromium from
# Debian's packages; Azurite is started by its test.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/vitest ] || npm ci --no-audit --no-fund
bash scripts/ensure-chromium.sh
npx tsc --noEmit -p .
# The clinical core's files share their modules (vitest.config.ts), the rest run a process each. A file named on
# the command line runs in whichever project holds it; both runs happen even when the first fails, so one run
# reports every failure.
rc=0
npx vitest run --project clinical --isolate=false --passWithNoTests "$@" || rc=$?
npx vitest run --project app --passWithNoTests "$@" || rc=$?
exit "$rc"
