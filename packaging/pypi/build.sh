#!/usr/bin/env bash
# Builds the modulegen wheel for this machine: the native executable (Native AOT) and the built-in template packs,
# tagged for the platform the executable needs (make_wheel.py). Nothing is downloaded but what `dotnet pack` restores;
# the wheel is written by our own script with the standard library (no build backend, no index).
#
# Usage: packaging/pypi/build.sh OUTDIR [--from PACKAGE.nupkg|PUBLISH_DIR] [--platform-tag TAG]
#   With no --from it packs the RID tool package for this machine (`dotnet pack -r <RID>`, about a minute and a half on
#   two idle cores) into a temporary folder and wheels its executable, so the wheel carries the same bytes as the NuGet
#   package. --from reuses a RID tool package or a published folder (CI passes the package it has just packed).
#   --platform-tag names the wheel's platform where it cannot be read from the executable (macOS, Windows).
# Prints the wheel's path on the last line.
set -euo pipefail

root=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd)
[ $# -ge 1 ] || { echo "usage: $0 OUTDIR [--from PACKAGE.nupkg|PUBLISH_DIR] [--platform-tag TAG]" >&2; exit 2; }
outdir=$1; shift
from=""
tag=()
while [ $# -gt 0 ]; do
  case "$1" in
    --from) from=$2; shift 2 ;;
    --platform-tag) tag=(--platform-tag "$2"); shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
python=$(command -v python3 || command -v python) || { echo "python3 is required to write the wheel" >&2; exit 1; }

work=""
trap '[ -z "$work" ] || rm -rf "$work"' EXIT
if [ -z "$from" ]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/modulegen-wheel.XXXXXX")
  rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)
  echo "packing ModuleGen.$rid (Native AOT) into $work" >&2
  dotnet pack "$root/src/ModuleGen.Mcp" -c Release -r "$rid" -warnaserror -nologo -o "$work" >"$work/pack.log" 2>&1 ||
    { tail -n 30 "$work/pack.log" >&2; exit 1; }
  from=$(ls "$work"/ModuleGen."$rid".*.nupkg)
fi

"$python" "$root/packaging/pypi/make_wheel.py" "$from" "$outdir" ${tag[@]+"${tag[@]}"}
