#!/usr/bin/env bash
# Streams an export of every record of a generated corpus through the web
# service and reports the server's peak anonymous memory (RssAnon: the heap,
# not the mapped index pages), the time, and whether the CSV round-trips.
#   RECORDS=100000 bash scripts/bench-export.sh
set -euo pipefail
cd "$(dirname "$0")/.."
records=${RECORDS:-100000}
port=${PORT:-18099}
work=${WORK:-$(mktemp -d)}
cargo build --release --quiet --bins
bin=./target/release

if [ ! -f "$work/index-$records/meta.json" ]; then
  rm -rf "$work/corpus-$records" "$work/index-$records"
  $bin/gen-corpus --records "$records" --out "$work/corpus-$records" >/dev/null
  $bin/arkiva ingest "$work/corpus-$records" --index "$work/index-$records" | tail -n 2
fi

$bin/arkiva serve --index "$work/index-$records" --addr "127.0.0.1:$port" >/dev/null &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done

peak=0
sample() { awk '/^RssAnon:/ {print $2}' "/proc/$server/status"; }
idle=$(sample)
start=$(date +%s.%N)
curl -sf "http://127.0.0.1:$port/api/export.csv" -o "$work/export.csv" &
download=$!
while kill -0 $download 2>/dev/null; do
  now=$(sample); [ "$now" -gt "$peak" ] && peak=$now
  sleep 0.05
done
wait $download
end=$(date +%s.%N)

total=$(curl -sf "http://127.0.0.1:$port/api/search?per_page=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
rows=$(python3 - "$work/export.csv" "$port" <<'PY'
import csv, json, sys, urllib.request
csv.field_size_limit(1 << 30)
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    assert header[0] == "id" and header[1] == "type", header
    n = 0
    for row in reader:
        assert len(row) == len(header), row[:2]
        n += 1
        if n % 500 == 1:  # same values as the API says, for a sample of rows
            act = json.load(urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[2]}/api/acts/{row[0]}"))
            record = dict(zip(header, row))
            assert record["title"].lstrip("'") == act["title"].lstrip("'"), row[0]
            assert record["date"] == (act["date"] or ""), row[0]
            assert record["type"] == act["type"], row[0]
            value = act["value_eur"]
            assert (record["value_eur"] == "" if value is None else float(record["value_eur"]) == value), row[0]
print(n)
PY
)
size=$(du -m "$work/export.csv" | cut -f1)
secs=$(echo "$end - $start" | bc)
echo "records: $records, search total: $total, CSV rows: $rows"
echo "export: ${size} MB in ${secs} s; server RssAnon idle ${idle} KB, peak ${peak} KB"
[ "$rows" = "$total" ] || { echo "row count differs from the search total"; exit 1; }
