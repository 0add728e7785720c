#!/usr/bin/env bash
# Runs the compiled bot with the node options it is measured with: `npm start`, the Docker image and
# `npm run bench` all start it through here, so their options cannot drift apart. exec, so SIGTERM
# reaches node and in-flight turns are saved.
#   NODE_HEAP_MB (default 256): the V8 heap cap; V8 collects before it grows past it.
#   NODE_GC (default single): `single` runs V8's garbage collector on the main thread only. On the
#     1–2 cores a small container or App Service plan has, the parallel collector's helper threads
#     wait for a core behind the request work, and every turn in flight waits with them (the slowest
#     1 % of turns; README "Cost and memory of a turn"). `parallel` is Node's default, for 4+ cores.
set -euo pipefail
cd "$(dirname "$0")/.."
case "${NODE_GC:-single}" in
  single) gc=(--single-threaded-gc) ;;
  parallel) gc=() ;;
  *)
    echo "NODE_GC must be 'single' or 'parallel', not '${NODE_GC}'" >&2
    exit 1
    ;;
esac
exec node --max-old-space-size="${NODE_HEAP_MB:-256}" "${gc[@]}" "$@" dist/src/index.js
