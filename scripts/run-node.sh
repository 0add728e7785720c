#!/usr/bin/env bash
# Runs the compiled bot with the node options it is measured with: `npm start`, the Docker image and
# `npm run bench` all start it through here, so their options cannot drift apart. exec, so SIGTERM
# reaches node and in-flight turns are saved.
#   NODE_HEAP_MB (default 256): the V8 heap cap; V8 collects before it grows past it.
#   NODE_GC (default parallel, Node's own): `single` runs V8's garbage collector on the main thread
#     only. Measured on 2 cores (README "Cost and memory of a turn"): with other processes busy on the
#     same cores it shortened the slowest 1 % of turns by a fifth (the parallel collector's helper
#     threads waited for a core); on a quiet machine it lengthened them by a fifth. For a host that
#     shares its cores with other busy work.
set -euo pipefail
cd "$(dirname "$0")/.."
case "${NODE_GC:-parallel}" in
  single) gc=(--single-threaded-gc) ;;
  parallel) gc=() ;;
  *)
    echo "NODE_GC must be 'single' or 'parallel', not '${NODE_GC}'" >&2
    exit 1
    ;;
esac
exec node --max-old-space-size="${NODE_HEAP_MB:-256}" "${gc[@]}" "$@" dist/src/index.js
