#!/usr/bin/env bash
# `npm start`: installs the locked dependencies on a fresh clone, builds dist/ when the sources
# changed, then runs the bot (exec, so SIGTERM reaches node and the shutdown is graceful).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/botbuilder ] || npm ci --no-audit --no-fund >&2
bash scripts/build.sh >&2
# The heap is capped (NODE_HEAP_MB, default 256): V8 then collects before it grows, and the process
# stays near 250 MB under load instead of climbing past 500 MB of uncollected garbage.
exec node --max-old-space-size="${NODE_HEAP_MB:-256}" dist/src/index.js
