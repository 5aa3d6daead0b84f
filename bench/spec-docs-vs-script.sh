#!/usr/bin/env bash
# check_docs as a user runs it (`modulegen docs check`, one whole process) beside a short Python script that scans the
# same documents for IDs and citations (bench/peer/scan_ids.py), on generated module-pipeline sets of 5,000 and 20,000
# requirements (3 scenarios each, a task per two). Runs alternate; prints the median CPU time (user + system, from
# /usr/bin/time) and peak memory of each, and the ratio. Usage: bash bench/spec-docs-vs-script.sh [runs] [modulegen]
# (default 5 runs; the installed native command artifacts/tool/modulegen that .ci/run leaves, else `modulegen` on PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
modulegen=${2:-$PWD/artifacts/tool/modulegen}
[ -x "$modulegen" ] || modulegen=$(command -v modulegen) || { echo "no modulegen: run .ci/run or pass its path" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release bench/SpecDocsBench -v q -nologo >/dev/null
# The interpreter itself, not the command `python3` names: a version manager's shim (pyenv's is a shell script) spends
# more CPU starting than the script does, and measuring it would flatter modulegen.
python=$(python3 -c 'import sys; print(sys.executable)')

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
measure() { # prints "cpu_seconds peak_kib" of one run of the command
  /usr/bin/time -f '%U %S %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
  awk '{ printf "%.3f %d\n", $1 + $2, $3 }' "$work/time"
}

echo "modulegen: $modulegen ($("$modulegen" --version)); $python $("$python" -c 'import sys; print(sys.version.split()[0])'); load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-13s %-9s %-16s %-16s %s\n' requirements MiB "modulegen CPU s" "script CPU s" "ratio (peak MiB: modulegen, script)"
for n in 5000 20000; do
  root="$work/set-$n"
  dotnet run -c Release --no-build --project bench/SpecDocsBench -- --write "$root" "$n"
  docs="$root/modules/bench/docs"
  size=$(du -sm "$docs" | cut -f1)
  : >"$work/mg"; : >"$work/py"
  for _ in $(seq "$runs"); do
    measure "$modulegen" docs check bench --workspace "$root" --format json >>"$work/mg"
    measure "$python" bench/peer/scan_ids.py "$docs" >>"$work/py"
  done
  mg=$(cut -d' ' -f1 "$work/mg" | median); py=$(cut -d' ' -f1 "$work/py" | median)
  mgmem=$(cut -d' ' -f2 "$work/mg" | median); pymem=$(cut -d' ' -f2 "$work/py" | median)
  printf '%-13s %-9s %-16s %-16s %s\n' "$n" "$size" "$mg" "$py" \
    "$(awk -v a="$mg" -v b="$py" -v c="$mgmem" -v d="$pymem" 'BEGIN { printf "%.2fx (%.0f, %.0f)", a / b, c / 1024, d / 1024 }')"
done
