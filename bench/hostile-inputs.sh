#!/usr/bin/env bash
# Time to refuse each hostile template pack and hostile YAML file, as a user meets it: one `modulegen call` process per
# case (start-up included), beside its peer in the same run — the same call on a workspace whose pack and files are
# sound. A case "hangs" when it has not answered after $LIMIT seconds (default 120); the old code hung for ever on a
# FIFO or device at template.yaml and took over a minute on a self-recursive template.
# Prints: case, exit code, seconds, error code answered, and the ratio to the sound peer. Linux only.
# Usage: bash bench/hostile-inputs.sh [path to a built modulegen executable or modulegen.dll]
set -euo pipefail

repo="$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)"
exe="${1:-$repo/src/ModuleGen.Mcp/bin/Debug/net10.0/modulegen.dll}"
limit="${LIMIT:-120}"
work="$(mktemp -d "${TMPDIR:-/tmp}/modulegen-hostile.XXXXXX")"
trap 'rm -rf "$work"' EXIT
case "$exe" in *.dll) run=(dotnet "$exe") ;; *) run=("$exe") ;; esac

echo "== machine"
echo "cores: $(nproc); load average at start: $(cut -d' ' -f1-3 /proc/loadavg); executable: $exe"

pack() { # pack <workspace> <name> <destination> <source text>
  local dir="$1/.modulegen/templates/$2"
  mkdir -p "$dir/files"
  printf 'name: %s\nversion: 1.0.0\ndescription: bench pack\nvariables:\n  name:\n    type: string\n    default: x\nfiles:\n  - source: a.txt.sbn\n    destination: "%s"\n' "$2" "$3" >"$dir/template.yaml"
  printf '%s' "$4" >"$dir/files/a.txt.sbn"
}

bomb='{{ d = 0
func f
  d = d + 1
  if d < 40
    f
    f
    f
    f
  end
  d = d - 1
end
f }}'

setup() { # setup <case> -> prints the workspace
  local ws="$work/$1"
  mkdir -p "$ws"
  case "$1" in
    sound) pack "$ws" p out.txt 'hello {{ name }}' ;;
    fifo) pack "$ws" p out.txt x; rm "$ws/.modulegen/templates/p/template.yaml"; mkfifo "$ws/.modulegen/templates/p/template.yaml" ;;
    dev-zero | dev-urandom) pack "$ws" p out.txt x; ln -sf "/dev/${1#dev-}" "$ws/.modulegen/templates/p/template.yaml" ;;
    source-fifo) pack "$ws" p out.txt x; rm "$ws/.modulegen/templates/p/files/a.txt.sbn"; mkfifo "$ws/.modulegen/templates/p/files/a.txt.sbn" ;;
    render-bomb) pack "$ws" p out.txt "$bomb" ;;
    git-hook) pack "$ws" p .git/hooks/pre-commit x ;;
    100k-files)
      pack "$ws" p out.txt x
      { printf 'name: p\nversion: 1.0.0\ndescription: x\nfiles:\n  - &f {source: a.txt.sbn, destination: a}\n'
        yes '  - *f' | head -n 99999; } >"$ws/.modulegen/templates/p/template.yaml" ;;
    deep-yaml) pack "$ws" p out.txt x; python3 -c 'import sys; sys.stdout.write("x: " + "[" * 32768 + "]" * 32768 + "\n")' >"$ws/modulegen.yaml" ;;
  esac
  echo "$ws"
}

measure() { # measure <case> <tool> <arguments>
  local ws out code start end
  ws="$(setup "$1")"
  start=$(date +%s.%N)
  set +e
  out="$(timeout "$limit" "${run[@]}" call "$2" --args "$3" --workspace "$ws" 2>/dev/null)"
  code=$?
  set -e
  end=$(date +%s.%N)
  local seconds errors
  seconds=$(echo "$end - $start" | bc)
  errors=$(printf '%s' "$out" | python3 -c 'import json,sys
try:
    d = json.load(sys.stdin); s = d.get("structuredContent") or d
    print(",".join(sorted({e.get("code", "?") for e in s.get("errors", [])})) or "none")
except Exception: print("unparsed")')
  [ "$code" = 124 ] && errors="HANG (no answer in ${limit} s)"
  printf '%s\t%s\t%s\t%s\n' "$1" "$code" "$seconds" "$errors"
}

echo "== cases (case, exit code, seconds, error codes)"
scaffold='{"template":"p","target_dir":"out"}'
results="$work/results.tsv"
{
  measure sound scaffold "$scaffold"
  for c in fifo dev-zero dev-urandom source-fifo render-bomb git-hook 100k-files deep-yaml; do
    measure "$c" scaffold "$scaffold"
  done
} | tee "$results"

echo "== ratio to the sound scaffold in this run"
awk -F'\t' 'NR == 1 { base = $3 } { printf "%-12s %6.2f s  x%.1f\n", $1, $3, $3 / base }' "$results"
outside=$(find "$work" -path '*/.git/hooks/pre-commit' | wc -l)
echo "files written into .git/: $outside; hangs: $(grep -c HANG "$results" || true)"
