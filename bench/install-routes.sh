#!/usr/bin/env bash
# The install routes of INSTALL.md, timed the way a new user meets them, with the real Claude Code CLI where a client
# is involved (BENCHMARKS.md, "Install routes"). Each route runs with a throwaway HOME; nothing reaches the real one.
#   plugin  a fresh clone (git clone of this repository at --ref), `claude plugin marketplace add`, then the clock
#           starts: `claude plugin install modulegen@modulegen`, then `claude mcp list` until the plugin's server shows
#           Connected (each try waits at most Claude Code's 30 s). Then it waits for the background native build and
#           reports what .modulegen-server holds. The NuGet cache is the warm one (NUGET_PACKAGES, else ~/.nuget/packages).
#   pip     a fresh venv, `pip install --no-index WHEEL`, then the installed modulegen's first tools/list over stdio;
#           then `claude mcp add` of that command and `claude mcp list` (Connected?).
#   pipx    `claude mcp add … -- pipx run --spec WHEEL modulegen` and `claude mcp list`, cold (first run installs).
#   uvx     `claude mcp add … -- uvx --from WHEEL modulegen` and `claude mcp list`, cold; where uv is installed.
#   dnx     `dotnet dnx ModuleGen --yes --add-source FEED` with an empty package cache: first tools/list over stdio;
#           then `claude mcp add` of the same command and `claude mcp list` (Connected?).
# Usage: bench/install-routes.sh [--claude PATH] [--wheel WHEEL] [--feed DIR] [--ref REF] [ROUTE...]
#   --claude  the claude executable; else @anthropic-ai/claude-code is installed from npm into a temporary prefix.
#   --wheel   a modulegen wheel (packaging/pypi/build.sh); needed by pip, pipx and uvx.
#   --feed    a folder with the ModuleGen packages (tests/package/check-tool-package.sh --keep); needed by dnx.
#   --ref     what the plugin route clones (default HEAD; `main` before this work, for the comparison).
# Prints the machine and its load, then one line per route: "route: N s to <what> (…)". Linux only.
set -euo pipefail

repo=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
claude=""; wheel=""; feed=""; ref=HEAD; routes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --claude) claude=$2; shift 2 ;;
    --wheel) wheel=$(readlink -f "$2"); shift 2 ;;
    --feed) feed=$(readlink -f "$2"); shift 2 ;;
    --ref) ref=$2; shift 2 ;;
    *) routes+=("$1"); shift ;;
  esac
done
[ ${#routes[@]} -gt 0 ] || routes=(pip pipx uvx dnx plugin)
work=$(mktemp -d "${TMPDIR:-/tmp}/modulegen-routes.XXXXXX")
trap 'rm -rf "$work"' EXIT
warm_nuget=${NUGET_PACKAGES:-$HOME/.nuget/packages}
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DISABLE_AUTOUPDATER=1 CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1

echo "cores: $(nproc); $(. /etc/os-release && echo "$PRETTY_NAME"); .NET SDK $(dotnet --version); node $(node --version)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -z "$claude" ]; then
  npm install --silent --no-audit --no-fund --prefix "$work/claude" @anthropic-ai/claude-code >/dev/null
  claude="$work/claude/node_modules/.bin/claude"
fi
echo "claude $("$claude" --version)"

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# A throwaway user with a git project to run `claude` in; prints the project's path.
user() {
  local home="$work/home-$1"
  mkdir -p "$home/project"
  git -C "$home/project" init -q
  echo "$home/project"
}

# Runs claude as that user in its project.
as_user() {
  local project=$1; shift
  (cd "$project" && HOME="$(dirname "$project")" "$claude" "$@")
}

# `claude mcp list` until the server named $2 shows Connected (at most $3 tries); prints the tries and the last line.
until_connected() {
  local project=$1 name=$2 tries=$3 try line
  for try in $(seq 1 "$tries"); do
    line=$(as_user "$project" mcp list 2>&1 | grep -F "$name:" || true)
    case $line in *Connected*) echo "$try try(s): ${line##* - }"; return 0 ;; esac
    sleep 2
  done
  echo "not connected after $tries tries: ${line##* - }"
  return 1
}

# Process start -> initialize answered and -> tools/list answered, in ms, for a command; prints "init N ms, tools/list N ms".
first_list() {
  python3 - "$@" <<'PY'
import json, subprocess, sys, time
start = time.monotonic()
p = subprocess.Popen(sys.argv[1:], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
def ask(message):
    p.stdin.write(json.dumps(message) + "\n"); p.stdin.flush()
    for line in p.stdout:
        answer = json.loads(line)
        if answer.get("id") == message["id"]:
            return answer["result"]
    sys.exit("stdout closed")
ask({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}}})
init = time.monotonic()
p.stdin.write(json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}) + "\n")
tools = ask({"jsonrpc": "2.0", "id": 2, "method": "tools/list"})["tools"]
listed = time.monotonic()
p.stdin.close(); p.wait(timeout=60)
print(f"init {1000 * (init - start):.0f} ms, tools/list {1000 * (listed - start):.0f} ms ({len(tools)} tools)")
PY
}

route_pip() {
  [ -n "$wheel" ] || { echo "pip: skipped (no --wheel)"; return; }
  local project start venv="$work/venv"
  project=$(user pip)
  start=$(now)
  python3 -m venv --without-pip "$venv"
  python3 -m pip --python "$venv/bin/python" install --quiet --no-index "$wheel"
  echo "pip: $(since "$start") s to installed (venv + pip install --no-index, $(du -sh "$venv" | cut -f1) on disk); first start: $(first_list "$venv/bin/modulegen" --workspace "$project")"
  as_user "$project" mcp add modulegen -- "$venv/bin/modulegen" >/dev/null
  start=$(now)
  echo "pip: claude mcp list $(until_connected "$project" modulegen 1) in $(since "$start") s"
}

route_pipx() {
  [ -n "$wheel" ] && command -v pipx >/dev/null || { echo "pipx: skipped (no --wheel, or pipx not installed)"; return; }
  local project start
  project=$(user pipx)
  as_user "$project" mcp add modulegen -- pipx run --pip-args=--no-index --spec "$wheel" modulegen >/dev/null
  start=$(now)
  echo "pipx run: claude mcp list $(until_connected "$project" modulegen 3) in $(since "$start") s (cold: pipx installs on the first run)"
  start=$(now)
  echo "pipx run: again $(until_connected "$project" modulegen 1) in $(since "$start") s (warm)"
}

route_uvx() {
  [ -n "$wheel" ] && command -v uvx >/dev/null || { echo "uvx: skipped (no --wheel, or uv not installed)"; return; }
  local project start
  project=$(user uvx)
  as_user "$project" mcp add modulegen -- uvx --offline --from "$wheel" modulegen >/dev/null
  start=$(now)
  echo "uvx: claude mcp list $(until_connected "$project" modulegen 3) in $(since "$start") s (cold)"
}

route_dnx() {
  [ -n "$feed" ] || { echo "dnx: skipped (no --feed)"; return; }
  local project start
  project=$(user dnx)
  echo "dnx: first start from the feed, empty package cache: $(HOME="$(dirname "$project")" NUGET_PACKAGES="$work/dnx-cache" \
    first_list dotnet dnx ModuleGen --yes --add-source "$feed" -- --workspace "$project")"
  as_user "$project" mcp add modulegen -- dotnet dnx ModuleGen --yes --add-source "$feed" >/dev/null
  start=$(now)
  echo "dnx: claude mcp list $(NUGET_PACKAGES="$work/dnx-cache" until_connected "$project" modulegen 1) in $(since "$start") s (package cached)"
}

route_plugin() {
  local project clone="$work/clone" start cache
  project=$(user plugin)
  git clone -q "$repo" "$clone" && git -C "$clone" checkout -q "$ref"
  as_user "$project" plugin marketplace add "$clone" >/dev/null
  start=$(now)
  as_user "$project" plugin install modulegen@modulegen >/dev/null
  echo "plugin ($ref = $(git -C "$clone" rev-parse --short HEAD)): $(NUGET_PACKAGES="$warm_nuget" until_connected "$project" plugin:modulegen:modulegen 60) $(since "$start") s after plugin install"
  cache="$clone/.modulegen-server"
  start=$(now)
  while [ -d "$cache/.lock" ] || [ -d "$cache/.build.lock" ] || pgrep -f "$clone/bin/modulegen-launch" >/dev/null; do sleep 2; done
  echo "plugin: background build done $(since "$start") s later; $cache holds $(du -sh "$cache" | cut -f1): $(cd "$cache" && ls -A | tr '\n' ' ')"
}

for route in "${routes[@]}"; do
  "route_$route"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
