#!/bin/sh
# Prints the one version of ModuleGen: <Version> in Directory.Build.props, which the executable (`--version`, the MCP
# serverInfo), the NuGet packages, the wheel, server.json and the plugin manifests all carry (VersionTests checks them).
# With --tag TAG (a release tag such as v1.2.0) it fails unless the tag names that version, so a release cannot ship
# packages whose version differs from its tag.
set -eu
root=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd)
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props" | head -n 1)
[ -n "$version" ] || { echo "no <Version> in Directory.Build.props" >&2; exit 1; }
if [ "${1:-}" = --tag ]; then
  [ "${2:-}" = "v$version" ] || { echo "the tag ${2:-<none>} does not name version $version (Directory.Build.props): tag v$version, or change the version first" >&2; exit 1; }
fi
echo "$version"
