#!/bin/sh
# Measures ModuleGen's two start-up budgets against their floors, each ratio taken within this one run:
#   1. MCP ready (process start -> `initialize` and `tools/list` answered): the native `modulegen` against the smallest
#      Native AOT stdio server the same MCP SDK makes, with one tool (bench/MinimalServer), alternated starts
#      (bench/startup.mjs); also `modulegen --toolsets minimal` and `--read-only`;
#   2. a CLI verb as a whole process: `modulegen new` (dagster-module with every compatible add-on into a fresh folder)
#      against `hygen` writing the same files, alternated runs.
# $MODULEGEN and $MINIMAL name executables already built; else both are published here for this machine's RID. hygen
# comes from $PEERS/node_modules, else it is installed from the npm registry into a temp folder.
# Usage: bench/startup-floor.sh [start-up runs, default 20] [CLI runs, default 20]
set -eu

repo="$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)"
runs="${1:-20}"
procs="${2:-20}"
work="$(mktemp -d "${TMPDIR:-/tmp}/modulegen-floor.XXXXXX")"
trap 'rm -rf "$work"' EXIT
rid=$(dotnet --info 2>/dev/null | sed -n 's/^ *RID: *//p' | head -n 1)

if [ -z "${MODULEGEN:-}" ]; then
    echo "== publishing modulegen (Native AOT, $rid)"
    dotnet publish -c Release -r "$rid" -nologo -v quiet "$repo/src/ModuleGen.Mcp/ModuleGen.Mcp.csproj" -o "$work/modulegen" >/dev/null
    MODULEGEN="$work/modulegen/modulegen"
fi
if [ -z "${MINIMAL:-}" ]; then
    echo "== publishing the minimal server (Native AOT, $rid)"
    dotnet publish -c Release -r "$rid" -nologo -v quiet "$repo/bench/MinimalServer/MinimalServer.csproj" -o "$work/minimal" >/dev/null
    MINIMAL="$work/minimal/minimal-mcp"
fi
if [ -z "${PEERS:-}" ]; then
    PEERS="$work/peers"
    echo "== installing hygen into $PEERS"
    mkdir -p "$PEERS/home"
    (cd "$PEERS" && HOME="$PEERS/home" npm install --silent --no-audit --no-fund --no-save hygen@6 >/dev/null 2>&1)
fi
hygen="$PEERS/node_modules/.bin/hygen"

echo "== machine: $(nproc) cores, load $(cut -d ' ' -f 1-3 /proc/loadavg) (1, 5, 15 min)"
echo "== modulegen $(stat -c %s "$MODULEGEN") bytes; minimal server $(stat -c %s "$MINIMAL") bytes"

ws="$work/ws"
mkdir -p "$ws"
printf 'load_from:\n' >"$ws/workspace.yaml"
echo "== MCP ready: process start -> initialize and tools/list answered ($runs alternated starts each; the last line is the floor)"
node "$repo/bench/startup.mjs" "$runs" --list \
    "modulegen=$MODULEGEN --workspace $ws" \
    "modulegen-minimal-set=$MODULEGEN --workspace $ws --toolsets minimal" \
    "modulegen-read-only=$MODULEGEN --workspace $ws --read-only" \
    "minimal-sdk-server=$MINIMAL"

echo "== CLI: modulegen new vs hygen, whole processes ($procs alternated runs each)"
mkdir -p "$work/reference" "$work/peer"
printf 'load_from:\n' >"$work/reference/workspace.yaml"
addons="postgresql,schedules,deploy-git,deploy-rsync,workspace"
"$MODULEGEN" new orders --template dagster-module --addon "$addons" --workspace "$work/reference" >/dev/null
python3 "$repo/bench/peer/make-hygen-generator.py" "$work/reference" "$work/peer/_templates"

now_ns() { date +%s%N; }
mg=""; hy=""; i=0
while [ "$i" -lt "$procs" ]; do
    for side in modulegen hygen; do
        dir="$work/run-$side-$i"; mkdir -p "$dir"; printf 'load_from:\n' >"$dir/workspace.yaml"
        start=$(now_ns)
        if [ "$side" = modulegen ]; then
            (cd "$dir" && "$MODULEGEN" new orders --template dagster-module --addon "$addons" --target modules/orders --workspace . >/dev/null 2>&1)
            mg="$mg $(( ($(now_ns) - start) / 1000 ))"
        else
            (cd "$dir" && HYGEN_TMPLS="$work/peer/_templates" "$hygen" dagster new --name orders >/dev/null 2>&1)
            hy="$hy $(( ($(now_ns) - start) / 1000 ))"
        fi
        rm -rf "$dir"
    done
    i=$((i + 1))
done
median_ms() { echo "$1" | tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] / 1000 }'; }
min_ms() { echo "$1" | tr ' ' '\n' | grep -v '^$' | sort -n | awk 'NR == 1 { printf "%.1f", $1 / 1000 }'; }
echo "modulegen new: median $(median_ms "$mg") ms, min $(min_ms "$mg") ms"
echo "hygen:         median $(median_ms "$hy") ms, min $(min_ms "$hy") ms"
echo "ratio (median): $(echo "$(median_ms "$mg") $(median_ms "$hy")" | awk '{ printf "%.2f", $1 / $2 }') (target <= 0.20)"
echo "== load after the run: $(cut -d ' ' -f 1-3 /proc/loadavg)"
