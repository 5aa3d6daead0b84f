#!/bin/sh
# Measures ModuleGen's two start-up budgets against their floors, each ratio taken within this one run:
#   1. MCP ready (process start -> `initialize` and `tools/list` answered): the native `modulegen` against the smallest
#      Native AOT stdio server the same MCP SDK makes, with one tool (bench/MinimalServer), alternated starts
#      (bench/startup.mjs); also `modulegen --toolsets minimal` and `--read-only`, and the Node reference server
#      (@modelcontextprotocol/server-filesystem) in the same alternated starts, for the second ratio;
#   2. a CLI verb as a whole process: `modulegen new` (dagster-module with every compatible add-on into a fresh folder)
#      against `hygen` writing the same files, alternated runs.
# $MODULEGEN and $MINIMAL name executables already built; else both are published here for this machine's RID. hygen
# and the Node server come from $PEERS/node_modules, else they are installed from the npm registry into a temp folder
# with a throwaway HOME.
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
    echo "== installing hygen and the Node filesystem server into $PEERS"
    mkdir -p "$PEERS/home"
    (cd "$PEERS" && HOME="$PEERS/home" npm install --silent --no-audit --no-fund --no-save hygen@6 @modelcontextprotocol/server-filesystem >/dev/null 2>&1)
fi
hygen="$PEERS/node_modules/.bin/hygen"
node_fs="$PEERS/node_modules/@modelcontextprotocol/server-filesystem"

echo "== machine: $(nproc) cores, load $(cut -d ' ' -f 1-3 /proc/loadavg) (1, 5, 15 min)"
echo "== modulegen $(stat -c %s "$MODULEGEN") bytes; minimal server $(stat -c %s "$MINIMAL") bytes"

ws="$work/ws"
mkdir -p "$ws"
printf 'load_from:\n' >"$ws/workspace.yaml"
echo "== node server-filesystem $(node -p "require('$node_fs/package.json').version")"
echo "== MCP ready: process start -> initialize and tools/list answered ($runs alternated starts each; ratios against the"
echo "   floor, the last line, and against the Node server; targets: modulegen <= 1.5x the floor)"
node "$repo/bench/startup.mjs" "$runs" --list --peer=node-server-filesystem \
    "modulegen=$MODULEGEN --workspace $ws" \
    "modulegen-minimal-set=$MODULEGEN --workspace $ws --toolsets minimal" \
    "modulegen-read-only=$MODULEGEN --workspace $ws --read-only" \
    "node-server-filesystem=node $node_fs/dist/index.js $ws" \
    "minimal-sdk-server=$MINIMAL"

echo "== CLI: modulegen new vs hygen, whole processes ($procs alternated runs each)"
mkdir -p "$work/reference" "$work/peer"
printf 'load_from:\n' >"$work/reference/workspace.yaml"
addons="postgresql,schedules,deploy-git,deploy-rsync,workspace"
"$MODULEGEN" new orders --template dagster-module --addon "$addons" --workspace "$work/reference" >/dev/null
python3 "$repo/bench/peer/make-hygen-generator.py" "$work/reference" "$work/peer/_templates"

# Wall time and CPU time (user + sys of the process and its children, which load does not inflate) of each run.
MODULEGEN="$MODULEGEN" HYGEN="$hygen" WORK="$work" ADDONS="$addons" PROCS="$procs" python3 - <<'PY'
import os, resource, statistics, subprocess, time
work, procs = os.environ["WORK"], int(os.environ["PROCS"])
commands = {
    "modulegen new": ([os.environ["MODULEGEN"], "new", "orders", "--template", "dagster-module", "--addon", os.environ["ADDONS"],
                       "--target", "modules/orders", "--workspace", "."], {}),
    "hygen": ([os.environ["HYGEN"], "dagster", "new", "--name", "orders"], {"HYGEN_TMPLS": f"{work}/peer/_templates"}),
}
wall = {k: [] for k in commands}; cpu = {k: [] for k in commands}
for i in range(procs):
    for side, (argv, extra) in commands.items():
        folder = f"{work}/run-{i}-{side.split()[0]}"
        os.makedirs(folder)
        with open(f"{folder}/workspace.yaml", "w") as f:
            f.write("load_from:\n")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(argv, cwd=folder, env={**os.environ, **extra}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        wall[side].append((time.perf_counter() - started) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu[side].append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
        subprocess.run(["rm", "-rf", folder], check=True)
for side in commands:
    print(f"{side:14} wall median {statistics.median(wall[side]):7.1f} ms, min {min(wall[side]):7.1f} ms; CPU median {statistics.median(cpu[side]):7.1f} ms")
ratio = lambda d: statistics.median(d["modulegen new"]) / statistics.median(d["hygen"])
print(f"ratio (medians): wall {ratio(wall):.2f}, CPU {ratio(cpu):.2f} (target <= 0.20)")
PY
echo "== load after the run: $(cut -d ' ' -f 1-3 /proc/loadavg)"
