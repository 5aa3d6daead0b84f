#!/bin/sh
# Times update_module on the 16-file Dagster module (dagster-module with postgresql, schedules, deploy-git, deploy-rsync,
# workspace) after its pack changed and the user edited two files (see bench/UpdateBench/Program.cs):
#   1. in process: UpdateService, the workspace opened per call, the engine kept (bench/UpdateBench);
#   2. as a whole process: `modulegen call update_module` on modules/orders, each run on a fresh copy of the prepared workspace;
#   3. the same module N times (N = 50 by default): update_module's check of all N in process and `modulegen update --check`
#      as a whole process, then the update of all N (`UpdateService.UpdateAll`, `modulegen update --all`), each update on a
#      fresh copy.
# Usage: bench/update-dagster.sh [in-process iterations, default 100] [process iterations, default 20] [modules, default 50]
set -eu

repo="$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)"
inproc="${1:-100}"
procs="${2:-20}"
many="${3:-50}"
work="$(mktemp -d "${TMPDIR:-/tmp}/modulegen-update-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "== building (Release)"
dotnet build -c Release -v quiet -nologo "$repo/src/ModuleGen.Mcp/ModuleGen.Mcp.csproj" -o "$work/modulegen" >/dev/null
dotnet build -c Release -v quiet -nologo "$repo/bench/UpdateBench/UpdateBench.csproj" -o "$work/bench" >/dev/null
modulegen="$work/modulegen/modulegen"

echo "== in process ($inproc iterations, after warm-up)"
"$work/bench/UpdateBench" "$inproc"

echo "== whole process ($procs runs, each on a fresh copy)"
"$work/bench/UpdateBench" --prepare "$work/prepared"
now_ms() { date +%s%N | awk '{ printf "%.3f", $1 / 1000000 }'; }
list=""; i=0
while [ "$i" -lt "$procs" ]; do
    rm -rf "$work/run" && cp -r "$work/prepared" "$work/run"
    start="$(now_ms)"
    "$modulegen" call update_module --args '{"target_dir": "modules/orders"}' --workspace "$work/run" >"$work/out.txt" 2>&1
    end="$(now_ms)"
    grep -q '"merge"' "$work/out.txt" || { cat "$work/out.txt"; exit 1; }
    list="$list $(echo "$end $start" | awk '{ printf "%.3f", $1 - $2 }')"; i=$((i + 1))
done
echo "$list" | tr ' ' '\n' | grep -v '^$' | sort -n | awk -v n="$procs" '
    { v[NR] = $1; s += $1 } END { printf "update-process iterations=%d median_ms=%.3f mean_ms=%.3f min_ms=%.3f\n", n, v[int((NR + 1) / 2)], s / NR, v[1] }'
echo "== one run's output"
cat "$work/out.txt"

echo "== $many modules in process (check, then update of all; $(( procs / 2 )) iterations after warm-up)"
"$work/bench/UpdateBench" --many "$many" "$(( procs / 2 ))"

echo "== $many modules as whole processes ($(( procs / 2 )) runs each; every update on a fresh copy)"
"$work/bench/UpdateBench" --prepare-many "$many" "$work/many"
time_runs() { # label, then the command; prints the timing summary line
    label="$1"; shift; list=""; i=0
    while [ "$i" -lt "$(( procs / 2 ))" ]; do
        [ "$label" = "update-all-process" ] && { rm -rf "$work/run" && cp -r "$work/many" "$work/run"; }
        start="$(now_ms)"
        set +e; "$@" >"$work/out.txt" 2>&1; code=$?; set -e
        end="$(now_ms)"
        case "$label:$code" in check-process:5|update-all-process:0) ;; *) cat "$work/out.txt"; echo "exit $code"; exit 1 ;; esac
        list="$list $(echo "$end $start" | awk '{ printf "%.3f", $1 - $2 }')"; i=$((i + 1))
    done
    echo "$list" | tr ' ' '\n' | grep -v '^$' | sort -n | awk -v n="$(( procs / 2 ))" -v label="$label" -v m="$many" '
        { v[NR] = $1; s += $1 } END { printf "%s modules=%d runs=%d median_ms=%.3f mean_ms=%.3f min_ms=%.3f\n", label, m, n, v[int((NR + 1) / 2)], s / NR, v[1] }'
}
time_runs check-process "$modulegen" update --check --format json --workspace "$work/many"
time_runs update-all-process "$modulegen" update --all --format json --workspace "$work/run"
