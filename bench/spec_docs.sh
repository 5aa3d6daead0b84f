#!/usr/bin/env bash
# Measures check_docs on a generated module (500 requirements, 1,500 scenarios, 300 tasks) in Release.
# Usage: bash bench/spec_docs.sh [runs]   (default 15 warm runs after one cold run)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/SpecDocsBench/SpecDocsBench.csproj -- "${1:-15}"
