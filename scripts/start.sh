#!/usr/bin/env bash
# `npm start`: installs the locked dependencies on a fresh clone, then runs the bot (exec, so
# SIGTERM reaches node and the shutdown is graceful).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/botbuilder ] || npm ci --no-audit --no-fund >&2
exec node --import tsx src/index.ts
