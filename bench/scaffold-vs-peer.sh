#!/bin/sh
# Measures scaffolding dagster-module with every compatible add-on (postgresql, schedules, deploy-git, deploy-rsync,
# workspace) beside a peer doing the same work in the same run:
#   1. in process: ModuleGen's ScaffoldService (bench/ScaffoldBench) vs hygen's runner (bench/peer/hygen-bench.js);
#   2. as whole processes: `modulegen new …` vs `hygen dagster new …`, each into a fresh folder.
# The hygen generator is built from ModuleGen's own output for the same inputs, so both write the same 16 files and
# inject the same workspace.yaml block (ModuleGen additionally validates, allocates the port, stages, and writes its
# answers file). hygen is installed from the npm registry into a temp folder (or taken from $PEERS/node_modules).
# The modulegen process is the native executable: $MODULEGEN, else published here for this machine's RID.
# In process, each side warms up for as many iterations as it measures, and the two alternate for several rounds (the
# machine's load drifts; one round each would compare different moments); the ratio is of the medians of the rounds.
# Usage: bench/scaffold-vs-peer.sh [in-process iterations, default 200] [process iterations, default 20] [in-process rounds, default 3]
set -eu

repo="$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)"
inproc="${1:-200}"
procs="${2:-20}"
rounds="${3:-3}"
work="$(mktemp -d "${TMPDIR:-/tmp}/modulegen-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "== building (Release)"
modulegen="${MODULEGEN:-}"
if [ -z "$modulegen" ]; then
    rid=$(dotnet --info 2>/dev/null | sed -n 's/^ *RID: *//p' | head -n 1)
    dotnet publish -c Release -r "$rid" -v quiet -nologo "$repo/src/ModuleGen.Mcp/ModuleGen.Mcp.csproj" -o "$work/modulegen" >/dev/null
    modulegen="$work/modulegen/modulegen"
fi
dotnet build -c Release -v quiet -nologo "$repo/bench/ScaffoldBench/ScaffoldBench.csproj" -o "$work/bench" >/dev/null

mkdir -p "$work/peer"
if [ -n "${PEERS:-}" ] && [ -x "$PEERS/node_modules/.bin/hygen" ]; then
    ln -s "$PEERS/node_modules" "$work/peer/node_modules"
else
    echo "== installing the peer (hygen) into $work/peer"
    (cd "$work/peer" && npm install --silent --no-audit --no-fund --no-save hygen@6 >/dev/null 2>&1)
fi
hygen="$work/peer/node_modules/.bin/hygen"

echo "== building the equivalent hygen generator from ModuleGen's output"
mkdir -p "$work/reference" && printf 'load_from:\n' > "$work/reference/workspace.yaml"
"$modulegen" new orders --template dagster-module --addon postgresql,schedules,deploy-git,deploy-rsync,workspace --workspace "$work/reference" >/dev/null
python3 "$repo/bench/peer/make-hygen-generator.py" "$work/reference" "$work/peer/_templates"

now_ms() { date +%s%N | awk '{ printf "%.3f", $1 / 1000000 }'; }

time_processes() { # $1 = label, rest = command (run in a fresh folder, $dir replaced)
    label="$1"; shift
    total=0; i=0; list=""
    while [ "$i" -lt "$procs" ]; do
        dir="$work/$label-$i"; mkdir -p "$dir"; printf 'load_from:\n' > "$dir/workspace.yaml"
        start="$(now_ms)"
        (cd "$dir" && "$@" >/dev/null 2>&1)
        end="$(now_ms)"
        elapsed="$(echo "$end $start" | awk '{ printf "%.3f", $1 - $2 }')"
        list="$list $elapsed"; i=$((i + 1)); rm -rf "$dir"
    done
    echo "$list" | tr ' ' '\n' | grep -v '^$' | sort -n | awk -v label="$label" -v n="$procs" '
        { v[NR] = $1; s += $1 } END { printf "%s iterations=%d median_ms=%.3f mean_ms=%.3f min_ms=%.3f\n", label, n, v[int((NR + 1) / 2)], s / NR, v[1] }'
}

median() { echo "$1" | sed -n 's/.*median_ms=\([0-9.]*\).*/\1/p'; }
median_of() { echo "$1" | tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "== in process ($rounds alternated rounds of $inproc iterations each, after at least 500 warm-up iterations)"
mg_rounds=""; hy_rounds=""; round=1
while [ "$round" -le "$rounds" ]; do
    mg_in="$("$work/bench/ScaffoldBench" "$inproc")"; echo "round $round: $mg_in"
    hy_in="$(node "$repo/bench/peer/hygen-bench.js" "$work/peer/node_modules" "$work/peer/_templates" "$inproc")"; echo "round $round: $hy_in"
    mg_rounds="$mg_rounds $(median "$mg_in")"; hy_rounds="$hy_rounds $(median "$hy_in")"; round=$((round + 1))
done

echo "== whole process ($procs runs each)"
mg_proc="$(time_processes modulegen-process "$modulegen" new orders --template dagster-module --addon postgresql,schedules,deploy-git,deploy-rsync,workspace --target modules/orders --workspace .)"; echo "$mg_proc"
mg_base="$(time_processes modulegen-startup "$modulegen" tools --workspace .)"; echo "$mg_base   (baseline: start, in-process server, tools/list, exit)"
hy_proc="$(HYGEN_TMPLS="$work/peer/_templates" time_processes hygen-process "$hygen" dagster new --name orders)"; echo "$hy_proc"

echo "== ratios (ModuleGen / hygen, median; below 1 means ModuleGen is faster)"
echo "in process:    $(median_of "$mg_rounds") ms / $(median_of "$hy_rounds") ms = $(echo "$(median_of "$mg_rounds") $(median_of "$hy_rounds")" | awk '{ printf "%.2f", $1 / $2 }') (medians of the $rounds rounds' medians)"
echo "whole process: $(median "$mg_proc") ms / $(median "$hy_proc") ms = $(echo "$(median "$mg_proc") $(median "$hy_proc")" | awk '{ printf "%.2f", $1 / $2 }')"
echo "scaffold share of the modulegen process: $(echo "$(median "$mg_proc") $(median "$mg_base")" | awk '{ printf "%.0f ms over the %.0f ms start-up baseline", $1 - $2, $2 }')"
