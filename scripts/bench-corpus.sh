#!/usr/bin/env bash
# Times gen-corpus at 20,000 and 1,000,000 records and ingests the 20,000-record
# corpus (and, with INGEST_1M=1, the million). Figures go to BENCHMARKS.md.
# Writes to a temporary folder (needs ~4 GB free for the million).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bins
work=${WORK:-$(mktemp -d)}
echo "work folder: $work"

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %M KB peak RSS" "$@"
}

for n in 20000 1000000; do
  rm -rf "$work/c$n"
  measure "gen-corpus --records $n" ./target/release/gen-corpus --records "$n" --out "$work/c$n"
  du -sh "$work/c$n"
done

rm -rf "$work/i20000"
measure "ingest 20000" ./target/release/arkiva ingest "$work/c20000" --index "$work/i20000"
if [ "${INGEST_1M:-0}" = 1 ]; then
  rm -rf "$work/i1000000"
  measure "ingest 1000000" ./target/release/arkiva ingest "$work/c1000000" --index "$work/i1000000"
fi
