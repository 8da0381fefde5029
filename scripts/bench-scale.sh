#!/usr/bin/env bash
# Issue 11's whole scaling table in one command: the scaling benchmark
# (benches/scale.rs: arkiva beside SQLite FTS5, in one run per size), then
# arkiva beside Datasette over HTTP on the same records for each size
# (scripts/bench-http.sh), then both tables with the machine they ran on.
#   WORK=/tmp/scale bash scripts/bench-scale.sh                    # 10k and 100k
#   SIZES=10000,100000,1000000 WORK=/tmp/scale bash scripts/bench-scale.sh
# WORK keeps corpora, indexes and databases between runs (about 25 GB with the
# million). Needs wrk (apt) and python3 for the HTTP part, which is skipped
# with a message without them.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${SIZES:-10000,100000}
work=${WORK:-/tmp/scale}
mkdir -p "$work"

machine() {
  local cpu
  cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
  echo "Machine: $(nproc) cores ($cpu), $(awk '/^MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) memory, Linux $(uname -r), $(rustc --version)."
}

echo "== scaling benchmark for $sizes records (progress in $work/scale.log)"
ARKIVA_SCALE=$sizes WORK=$work cargo bench --bench scale >"$work/scale-table.md" 2>"$work/scale.log" ||
  { tail -n 30 "$work/scale.log" >&2; exit 1; }

http_rows=()
http_header=()
for records in ${sizes//,/ }; do
  echo "== over HTTP, $records records"
  out=$(RECORDS=$records WORK=$work bash scripts/bench-http.sh)
  if ! grep -q '^|' <<<"$out"; then
    echo "$out"
    continue
  fi
  mapfile -t http_header < <(grep '^|' <<<"$out" | head -n 2)
  http_rows+=("$(grep '^|' <<<"$out" | tail -n 1)")
done

echo
machine
echo
echo "arkiva beside SQLite FTS5 (cargo bench --bench scale):"
echo
cat "$work/scale-table.md"
if [ ${#http_rows[@]} -gt 0 ]; then
  echo
  echo "arkiva beside Datasette over HTTP (scripts/bench-http.sh):"
  echo
  printf '%s\n' "${http_header[@]}" "${http_rows[@]}"
fi
