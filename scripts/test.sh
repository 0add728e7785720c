#!/usr/bin/env bash
# `npm test`: every test — unit, dialog, HTTP, Azurite storage and Web Chat in headless Chromium.
# Sets up what the tests need first: the locked dependencies on a fresh clone, Chromium from
# Debian's packages; Azurite is started by its test.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/vitest ] || npm ci --no-audit --no-fund
bash scripts/ensure-chromium.sh
npx tsc --noEmit -p .
exec npx vitest run "$@"
