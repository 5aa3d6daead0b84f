#!/usr/bin/env bash
# Checks the ModuleGen tool packages the way a user meets them: packs the three packages into a local folder feed,
# then, with a throwaway HOME and package cache (nothing reaches ~/.nuget or ~/.dotnet), installs and runs them with
# `dotnet tool install --tool-path` and with `dnx`:
#   ModuleGen            names one package per RID (linux-x64 -> ModuleGen.linux-x64, any -> ModuleGen.any);
#   ModuleGen.linux-x64  the Native AOT executable, which the SDK picks on linux-x64;
#   ModuleGen.any        framework-dependent, on the JIT, which the SDK picks on every platform without a native
#                        package. The SDK offers no switch to pick another platform's package (`--arch` does not change
#                        the RID on Linux), so this script installs ModuleGen.any by its id, as the SDK does there.
# Every installed command must answer `initialize` and `tools/list` over stdio, run as what it claims to be (native:
# no modulegen.dll beside it and no CoreCLR in the process; fallback: modulegen.dll on CoreCLR), and scaffold the
# dagster-module pack with `modulegen new` from the templates beside it, byte for byte the same in every form.
#
# Usage: tests/package/check-tool-package.sh [--feed DIR] [--keep]
#   --feed DIR  use the packages already in DIR (all three) instead of packing; else they are packed into a temp folder
#               (the native one compiles ahead of time: about a minute and a half on two cores).
#   --keep      keep the temp folder (feed, tool paths, workspaces) and print its path.
# Needs the .NET 10 SDK, a C toolchain for the native pack (INSTALL.md) and python3 (to speak MCP). Exits 1 when a
# check fails; the last line counts the checks.
set -euo pipefail

root=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd)
feed=""
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --feed) feed=$(CDPATH='' cd -- "$2" && pwd); shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "usage: $0 [--feed DIR] [--keep]" >&2; exit 2 ;;
  esac
done

work=$(mktemp -d "${TMPDIR:-/tmp}/modulegen-package.XXXXXX")
if [ "$keep" = 1 ]; then trap 'echo "kept: $work"' EXIT; else trap 'rm -rf "$work"' EXIT; fi

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props" | head -n 1)
passed=0; failed=0
ok() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }

# --- Pack ------------------------------------------------------------------------------------------------------------
if [ -z "$feed" ]; then
  feed="$work/feed"
  project="$root/src/ModuleGen.Mcp"
  # The three commands INSTALL.md gives, in its order.
  for rid in linux-x64 any ""; do
    start=$(date +%s)
    args=()
    [ -z "$rid" ] || args=(-r "$rid")
    if ! dotnet pack "$project" -c Release "${args[@]}" -o "$feed" -nologo >"$work/pack-${rid:-pointer}.log" 2>&1; then
      tail -n 30 "$work/pack-${rid:-pointer}.log"
      echo "FAIL dotnet pack ${args[*]:-}"; exit 1
    fi
    echo "pack ${rid:-ModuleGen (RID map)}: $(( $(date +%s) - start )) s"
  done
fi
for id in ModuleGen ModuleGen.linux-x64 ModuleGen.any; do
  package="$feed/$id.$version.nupkg"
  [ -f "$package" ] || { echo "FAIL $package is missing"; exit 1; }
  echo "size $id.$version.nupkg: $(stat -c %s "$package") bytes"
done

map=$(unzip -p "$feed/ModuleGen.$version.nupkg" tools/any/any/DotnetToolSettings.xml | tr -d '\r\n ')
check "ModuleGen maps linux-x64 to ModuleGen.linux-x64 and any to ModuleGen.any" \
  grep -q '<RuntimeIdentifierPackageRuntimeIdentifier="linux-x64"Id="ModuleGen.linux-x64"/><RuntimeIdentifierPackageRuntimeIdentifier="any"Id="ModuleGen.any"/>' <<<"$map"
lean() { ! unzip -Z1 "$1" | grep '^tools/' | grep -v -e '/DotnetToolSettings.xml$' -e '/templates/' | grep -E '\.(dbg|pdb|xml)$'; }
check "ModuleGen.linux-x64 carries no symbols or XML docs" lean "$feed/ModuleGen.linux-x64.$version.nupkg"
check "ModuleGen.any carries no symbols or XML docs" lean "$feed/ModuleGen.any.$version.nupkg"

# --- A throwaway user ------------------------------------------------------------------------------------------------
real_cache=${NUGET_PACKAGES:-$HOME/.nuget/packages}
cached_before=$(ls -d "$real_cache"/modulegen* 2>/dev/null || true)
export HOME="$work/home" DOTNET_CLI_HOME="$work/home" NUGET_PACKAGES="$work/nuget-packages"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
mkdir -p "$HOME" "$work/ws-probe"
dnx=(dotnet dnx)
dotnet_dir=$(dirname "$(readlink -f "$(command -v dotnet)")")
[ -x "$dotnet_dir/dnx" ] && dnx=("$dotnet_dir/dnx")

# Speaks MCP to a command: initialize, then tools/list; prints "<server name> <version> <tool count> <native|jit>".
# The runtime is read from the server process (the command itself, or the child `dnx` starts): CoreCLR with
# modulegen.dll mapped is the JIT build; a `modulegen` executable without CoreCLR is the native one.
mcp_probe() {
  python3 - "$@" <<'PY'
import json, os, subprocess, sys
p = subprocess.Popen(sys.argv[1:], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
def send(message):
    p.stdin.write(json.dumps(message) + "\n"); p.stdin.flush()
def answer(request_id):
    for line in p.stdout:
        message = json.loads(line)
        if message.get("id") == request_id:
            if "error" in message: sys.exit(f"request {request_id} failed: {message['error']}")
            return message["result"]
    sys.exit(f"stdout closed before the answer to request {request_id}")
def descendants(pid):
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat: parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            except OSError: continue
            children.setdefault(parent, []).append(int(entry))
    found, queue = [], [pid]
    while queue:
        current = queue.pop(); found.append(current); queue.extend(children.get(current, []))
    return found
def runtime():
    for pid in descendants(p.pid):
        try:
            with open(f"/proc/{pid}/maps") as maps: mapped = maps.read()
            exe = os.readlink(f"/proc/{pid}/exe")
        except OSError: continue
        if "/modulegen.dll" in mapped and "libcoreclr.so" in mapped: return "jit"
        if os.path.basename(exe) == "modulegen" and "libcoreclr.so" not in mapped: return "native"
    return "unknown"
send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {},
      "clientInfo": {"name": "check-tool-package", "version": "1"}}})
server = answer(1)["serverInfo"]
send({"jsonrpc": "2.0", "method": "notifications/initialized"})
send({"jsonrpc": "2.0", "id": 2, "method": "tools/list"})
tools = [tool["name"] for tool in answer(2)["tools"]]
kind = runtime()
p.stdin.close(); p.wait(timeout=30)
print(server["name"], server["version"], len(tools) if "build_context" in tools else 0, kind)
PY
}

# Scaffolds the dagster-module pack into a fresh workspace and prints the tree's digest (paths and contents).
scaffold() {
  local ws=$1; shift
  mkdir -p "$ws"
  "$@" new orders --template dagster-module --addon postgresql,schedules,workspace --no-input --workspace "$ws" \
    >"$ws.log" 2>&1 || { cat "$ws.log" >&2; return 1; }
  [ -f "$ws/modules/orders/src/orders/definitions.py" ] || return 1
  (cd "$ws" && find . -type f ! -path './.modulegen/*' -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
}

# One form of the command: its protocol answers, its runtime, and its scaffold.
digests=()
exercise() {
  local name=$1 expected=$2; shift 2
  local probe
  if probe=$(mcp_probe "$@" --workspace "$work/ws-probe" 2>&1); then
    read -r server_name server_version tool_count runtime <<<"$probe"
    check "$name: initialize and tools/list answered ($server_name $server_version, $tool_count tools)" \
      test "$server_name $server_version" = "modulegen $version" -a "$tool_count" -gt 0
    check "$name: the server process is the $expected build (found: $runtime)" test "$runtime" = "$expected"
  else
    fail "$name: initialize and tools/list: $probe"
  fi
  local digest
  if digest=$(scaffold "$work/ws-$(echo "$name" | tr -c 'a-z0-9\n' '-')" "$@"); then
    ok "$name: modulegen new scaffolded dagster-module (tree $digest)"
    digests+=("$digest")
  else
    fail "$name: modulegen new of dagster-module"
  fi
}

# The folder the installed command really runs from, and the package it came from, byte for byte.
installed_from() {
  local tools=$1 id=$2
  cmp -s "$feed/$id.$version.nupkg" "$tools/.store/"*/"$version/$(echo "$id" | tr 'A-Z' 'a-z')/$version/$(echo "$id" | tr 'A-Z' 'a-z').$version.nupkg"
}

# --- dotnet tool install ---------------------------------------------------------------------------------------------
native_tools="$work/tools-native"
if dotnet tool install --tool-path "$native_tools" --add-source "$feed" ModuleGen --version "$version" >"$work/install-native.log" 2>&1; then
  ok "dotnet tool install ModuleGen (linux-x64): $(tail -n 1 "$work/install-native.log")"
  check "install picked ModuleGen.linux-x64 from the local feed" installed_from "$native_tools" ModuleGen.linux-x64
  program=$(dirname "$(readlink -f "$native_tools/modulegen")")
  check "native: one executable, no modulegen.dll beside it ($(stat -c %s "$program/modulegen") bytes)" \
    test -x "$program/modulegen" -a ! -e "$program/modulegen.dll" -a "$(head -c 4 "$program/modulegen" | tail -c 3)" = ELF
  check "native: the built-in packs are beside the executable" test -f "$program/templates/packs/dagster-module/template.yaml"
  exercise "tool install (native)" native "$native_tools/modulegen"
else
  cat "$work/install-native.log"; fail "dotnet tool install ModuleGen"
fi

fallback_tools="$work/tools-fallback"
if dotnet tool install --tool-path "$fallback_tools" --add-source "$feed" ModuleGen.any --version "$version" >"$work/install-any.log" 2>&1; then
  ok "dotnet tool install ModuleGen.any: $(tail -n 1 "$work/install-any.log")"
  check "install took ModuleGen.any from the local feed" installed_from "$fallback_tools" ModuleGen.any
  program=$(find "$fallback_tools/.store" -name modulegen.dll -printf '%h\n' | head -n 1)
  check "fallback: modulegen.dll and the built-in packs side by side" \
    test -f "$program/modulegen.dll" -a -f "$program/templates/packs/dagster-module/template.yaml"
  exercise "tool install (fallback)" jit "$fallback_tools/modulegen"
else
  cat "$work/install-any.log"; fail "dotnet tool install ModuleGen.any"
fi

# --- dnx -------------------------------------------------------------------------------------------------------------
exercise "dnx ModuleGen" native "${dnx[@]}" ModuleGen --yes --add-source "$feed" --
exercise "dnx ModuleGen.any" jit "${dnx[@]}" ModuleGen.any --yes --add-source "$feed" --

# --- Same output, nothing leaked -------------------------------------------------------------------------------------
check "every form scaffolded the same bytes (${#digests[*]} trees)" \
  test "${#digests[*]}" -eq 4 -a "$(printf '%s\n' "${digests[@]}" | sort -u | wc -l)" -eq 1
cached_after=$(ls -d "$real_cache"/modulegen* 2>/dev/null || true)
check "nothing reached the real package cache ($real_cache)" test "$cached_before" = "$cached_after"

echo "$passed checks passed, $failed failed"
[ "$failed" -eq 0 ]
