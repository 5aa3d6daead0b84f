#!/bin/sh
# Measures the release build's budgets against their peers, each in one run (ratios taken within the run):
#   1. start-up: process start -> `initialize` and `tools/list` both answered, ModuleGen vs the Node reference server
#      @modelcontextprotocol/server-filesystem (bench/startup.mjs, alternated starts);
#   2. resident memory, idle and under load, against the same server (bench/memory.mjs);
#   3. scaffolding dagster-module with every compatible add-on against hygen, in process and as whole processes
#      (bench/scaffold-vs-peer.sh).
# The modulegen under test is $MODULEGEN, else the native executable published here. The peers come from
# $PEERS/node_modules, else they are installed from the npm registry with a throwaway HOME; the runs need no network.
# Usage: bench/budgets.sh [start-up runs, default 15] [scaffold in-process iterations, default 200] [scaffold processes, default 20]
#        [scaffold in-process rounds, default 3]
set -eu

repo="$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)"
runs="${1:-15}"
work="$(mktemp -d "${TMPDIR:-/tmp}/modulegen-budgets.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [ -z "${MODULEGEN:-}" ]; then
    rid=$(dotnet --info 2>/dev/null | sed -n 's/^ *RID: *//p' | head -n 1)
    echo "== publishing the native executable for $rid"
    dotnet publish -c Release -r "$rid" -nologo -v quiet "$repo/src/ModuleGen.Mcp/ModuleGen.Mcp.csproj" -o "$work/native" >/dev/null
    MODULEGEN="$work/native/modulegen"
fi
if [ -z "${PEERS:-}" ]; then
    PEERS="$work/peers"
    echo "== installing the peers into $PEERS"
    mkdir -p "$PEERS/home"
    (cd "$PEERS" && HOME="$PEERS/home" npm install --silent --no-audit --no-fund --no-save hygen@6 @modelcontextprotocol/server-filesystem >/dev/null 2>&1)
fi
export MODULEGEN PEERS

ws="$work/ws"
mkdir -p "$ws"
printf 'load_from:\n' >"$ws/workspace.yaml"
mkdir -p "$ws/modules/example" && printf "# example\n" >"$ws/modules/example/README.md" # something for the filesystem server to read
node_fs="node $PEERS/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js $ws"

echo "== machine: $(nproc) cores, load $(cut -d ' ' -f 1-3 /proc/loadavg) (1, 5, 15 min)"
echo "== modulegen: $MODULEGEN, $(stat -c %s "$MODULEGEN") bytes$( [ -e "$(dirname "$MODULEGEN")/modulegen.dll" ] && echo ' (framework-dependent)' || echo ' (native)')"

echo "== start-up: process start -> initialize and tools/list answered ($runs alternated starts each; the last line is the peer)"
node "$repo/bench/startup.mjs" "$runs" --list "modulegen=$MODULEGEN --workspace $ws" "node-fs=$node_fs"

echo "== resident memory (idle after initialize + tools/list + 1 s; peak under each server's own load)"
node "$repo/bench/memory.mjs" "$ws" "modulegen=$MODULEGEN --workspace $ws" "node-fs=$node_fs"

echo "== scaffold vs hygen"
sh "$repo/bench/scaffold-vs-peer.sh" "${2:-200}" "${3:-20}" "${4:-3}"

echo "== load after the run: $(cut -d ' ' -f 1-3 /proc/loadavg)"
