#!/usr/bin/env bash
# Whole-process figures for BENCHMARKS.md, each beside its peer in the same run:
#   1. process start -> initialize answered (and -> first tools/list answered), CPU used and peak memory at that
#      point: modulegen ReadyToRun and framework-dependent against @modelcontextprotocol/server-filesystem run with
#      node directly, interleaved, repeated ROUNDS times (bench/startup.mjs);
#   2. resident memory idle and peak under load, on a workspace of 1,000 scaffolded modules (bench/memory.mjs).
# Prints the machine first (cores, memory, OS, .NET, node, load). Linux only.
# The Node server comes from $NODE_PEERS/node_modules (default /tmp/npmtools) or is installed from npm into a temp folder.
# Usage: bash bench/process.sh [runs per round, default 20] [rounds, default 3]
set -euo pipefail

repo="$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)"
runs="${1:-20}"
rounds="${2:-3}"
work="$(mktemp -d "${TMPDIR:-/tmp}/modulegen-process.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "== machine"
echo "cores: $(nproc); memory: $(free -m | awk '/^Mem:/ { print $2 " MB" }'); os: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
echo ".NET SDK $(dotnet --version); runtime $(dotnet --list-runtimes | awk '/NETCore.App/ { print $2 }' | tail -1); node $(node --version)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== building"
dotnet build -c Release -v quiet -nologo "$repo/src/ModuleGen.Mcp/ModuleGen.Mcp.csproj" -o "$work/fdd" >/dev/null
dotnet publish "$repo/src/ModuleGen.Mcp" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -v quiet -nologo -o "$work/r2r" >/dev/null

peers="${NODE_PEERS:-/tmp/npmtools}"
if [ ! -f "$peers/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js" ]; then
  echo "== installing @modelcontextprotocol/server-filesystem into $work/peer"
  peers="$work/peer"; mkdir -p "$peers"
  (cd "$peers" && npm install --silent --no-audit --no-fund --no-save @modelcontextprotocol/server-filesystem >/dev/null 2>&1)
fi
fs_server="$peers/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js"
echo "peer: @modelcontextprotocol/server-filesystem $(node -p "require('$peers/node_modules/@modelcontextprotocol/server-filesystem/package.json').version")"

mkdir -p "$work/ws" "$work/fsroot"
echo "== start-up: $rounds rounds of $runs interleaved runs (ratios are to node-fs; lower is better)"
for round in $(seq 1 "$rounds"); do
  echo "-- round $round (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  node "$repo/bench/startup.mjs" "$runs" --list \
    "modulegen-r2r=$work/r2r/modulegen --workspace $work/ws" \
    "modulegen-fdd=$work/fdd/modulegen --workspace $work/ws" \
    "node-fs=node $fs_server $work/fsroot"
done

echo "== memory (workspace of 1,000 scaffolded modules)"
audit_ws="$(dotnet run -c Release --project "$repo/bench/ModuleGen.Benchmarks" -- generate-audit 1000 | sed -n 's/ (.*//p')"
node "$repo/bench/memory.mjs" "$audit_ws" \
  "modulegen-r2r=$work/r2r/modulegen --workspace $audit_ws" \
  "node-fs=node $fs_server $audit_ws"
