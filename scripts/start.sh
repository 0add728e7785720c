#!/usr/bin/env bash
# `npm start`: installs the locked dependencies on a fresh clone, builds dist/ when the sources
# changed, then runs the bot (exec, so SIGTERM reaches node and the shutdown is graceful).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/botbuilder ] || npm ci --no-audit --no-fund >&2
bash scripts/build.sh >&2
# The node options (the heap cap, NODE_HEAP_MB; the collector, NODE_GC) are set in run-node.sh.
exec bash scripts/run-node.sh
