#!/usr/bin/env bash
# Builds one platform's release files into OUTDIR, the same way on a release runner and in CI (.ci/run runs it for
# linux-x64 on every change, so the release workflow calls only commands that are tested):
#   RID (linux-x64, linux-arm64, osx-arm64, osx-x64, win-x64): the ModuleGen.<RID> tool package with the native
#       executable (Native AOT, which compiles for the platform it runs on), and the modulegen wheel made from that
#       package's executable and packs (packaging/pypi/build.sh), into OUTDIR/nuget and OUTDIR/pypi;
#   any: ModuleGen.any, the framework-dependent tool package for every other platform.
#   --pointer also packs ModuleGen, the package that names one package per RID (no build; one runner does it).
#   --platform-tag TAG names the wheel's platform where it cannot be read from the executable (macOS, Windows).
# Packs are made with the release's RID list (-p:ModuleGenRelease=true, see ModuleGen.Mcp.csproj) and warnings as
# errors. The Roslyn analyzers are skipped: the code-style and .NET analyzers run in the build CI makes of the same
# sources (`dotnet build -warnaserror`, no `#if` in src/), and trim and AOT are checked here by the native compiler's
# whole-program analysis of the executable, as errors (per file, the trim analyzer alone cost about 70 s of CPU on
# ModuleGen.Core, more than the Release compile). The compiler's own warnings stay errors. Output of the packs goes to
# stdout; the last lines name the files made.
set -euo pipefail

root=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd)
[ $# -ge 2 ] || { echo "usage: $0 RID OUTDIR [--pointer] [--platform-tag TAG]" >&2; exit 2; }
rid=$1; outdir=$2; shift 2
pointer=0
tag=()
while [ $# -gt 0 ]; do
  case "$1" in
    --pointer) pointer=1; shift ;;
    --platform-tag) tag=(--platform-tag "$2"); shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
version=$("$root/packaging/release/version.sh")
mkdir -p "$outdir/nuget"
outdir=$(CDPATH='' cd -- "$outdir" && pwd)
pack=(dotnet pack "$root/src/ModuleGen.Mcp" -c Release -warnaserror -nologo -p:ModuleGenRelease=true -p:RunAnalyzers=false -o "$outdir/nuget")

"${pack[@]}" -r "$rid"
made=("$outdir/nuget/ModuleGen.$rid.$version.nupkg")
if [ "$rid" != any ]; then
  made+=("$("$root/packaging/pypi/build.sh" "$outdir/pypi" --from "${made[0]}" ${tag[@]+"${tag[@]}"} | tail -n 1)")
fi
if [ "$pointer" = 1 ]; then
  "${pack[@]}" --no-build
  made+=("$outdir/nuget/ModuleGen.$version.nupkg")
fi
for file in "${made[@]}"; do
  [ -f "$file" ] || { echo "missing: $file" >&2; exit 1; }
  echo "made $file"
done
