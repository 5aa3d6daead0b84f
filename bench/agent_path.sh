#!/bin/sh
# Replays the five agent requests of tests/ModuleGen.Mcp.Tests/EndToEnd/AgentPathTests over stdio and prints, per
# request, the tool calls an agent following the skill made and the bytes of tool results a model saw (per call the
# larger of the text blocks and the structured content). The server under test is $MODULEGEN_TEST_SERVER (the native
# executable), else the JIT build beside the tests. Usage: bench/agent_path.sh (builds the tests first).
set -eu

repo="$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)"
report="$(mktemp "${TMPDIR:-/tmp}/modulegen-agent-path.XXXXXX")"
trap 'rm -f "$report"' EXIT

dotnet build "$repo/tests/ModuleGen.Mcp.Tests" -nologo -v quiet >/dev/null
MODULEGEN_AGENT_REPORT="$report" dotnet test "$repo/tests/ModuleGen.Mcp.Tests" --no-build -nologo \
    --filter "FullyQualifiedName~EndToEnd.AgentPathTests" >/dev/null || echo "some requests failed: run the tests for details" >&2

echo "== server: ${MODULEGEN_TEST_SERVER:-JIT build}; commit $(git -C "$repo" rev-parse --short HEAD)"
printf '%-70s %6s %9s\n' "request" "calls" "bytes"
sort -u "$report" | while IFS="$(printf '\t')" read -r request calls bytes detail; do
    printf '%-70s %6s %9s\n' "$request" "${calls% calls}" "${bytes% bytes}"
done
echo "== per call (tool=bytes, ! = refused):"
sort -u "$report" | cut -f 1,4 | sed 's/\t/\n    /'
