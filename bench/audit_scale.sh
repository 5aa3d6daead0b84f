#!/usr/bin/env bash
# Measures audit_workspace over 100 and 1,000 generated modules (half dagster-module with workspace/postgresql/schedules,
# half python-module; all registered with workspace_sync), in Release, with peak memory from /usr/bin/time -v when
# available. Usage: bash bench/audit_scale.sh [module counts…]   (default: 100 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release bench/AuditBench/AuditBench.csproj -v q -nologo > /dev/null
bin=bench/AuditBench/bin/Release/net10.0/AuditBench
for n in "${@:-100 1000}"; do
  for count in $n; do
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -v "$bin" "$count" 5 2> "/tmp/audit_scale_$count.time"
      grep -E "Maximum resident set size" "/tmp/audit_scale_$count.time" | sed "s/^\s*/  modules=$count /"
    else
      "$bin" "$count" 5
    fi
  done
done
