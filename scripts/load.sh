#!/usr/bin/env bash
# Load test (issue 10): the service on loopback over a generated corpus of
# RECORDS records (default 100,000), driven by
#   1. wrk, closed loop, 64 connections, a mixed set of pages and searches;
#   2. oha, open loop at a fixed 300 searches/s (so slow answers are not
#      hidden by the client waiting), while full CSV exports stream;
#   3. the same as 2 while an ingest of another generated folder runs too.
# Prints requests/s, p50/p99, errors and non-2xx answers, and the server's
# peak memory. Needs wrk (apt) and oha (cargo install --locked oha); the numbers in
# BENCHMARKS.md come from this script:
#   bash scripts/load.sh            # WORK=/some/dir keeps the corpus and index
set -euo pipefail
cd "$(dirname "$0")/.."
records=${RECORDS:-100000}
seconds=${SECONDS_EACH:-30}
port=${PORT:-18111}
work=${WORK:-$(mktemp -d)}
for tool in wrk oha curl python3; do
  command -v $tool >/dev/null || { echo "SKIP: $tool is not installed (wrk: apt install wrk; oha: cargo install --locked oha)"; exit 0; }
done
cargo build --release --quiet --bins
bin=$PWD/target/release
base="$work/index-$records"
if [ ! -f "$base/meta.json" ]; then
  rm -rf "$work/corpus-$records" "$base"
  $bin/gen-corpus --records "$records" --out "$work/corpus-$records" >/dev/null
  rm -f "$work/corpus-$records/manifest.json"
  echo "== ingest of $records records"
  /usr/bin/time -f "ingest: %e s, peak RSS %M KB" $bin/arkiva ingest "$work/corpus-$records" --index "$base" --no-ocr 2>&1 | tail -n 2
fi
# The parallel ingest adds 20,000 records of its own: under a folder of
# their own, since a register is known by its path in the ingested folder
# (the same path would be the same register, its old rows replaced).
if [ ! -d "$work/extra/shtese" ]; then
  rm -rf "$work/extra"
  $bin/gen-corpus --records 20000 --max-pdfs 200 --seed 99 --out "$work/extra/shtese" >/dev/null
  rm -f "$work/extra/shtese/manifest.json"
fi
# Each run serves a fresh copy, so the parallel ingest starts from the same state.
index="$work/run-index"
rm -rf "$index" && cp -r "$base" "$index"

# The access log off (RUST_LOG=warn): writing it is not what is measured.
RUST_LOG=warn $bin/arkiva serve --index "$index" --addr "127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server=$!
cleanup() { kill $server 2>/dev/null || true; jobs -p | xargs -r kill 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
url="http://127.0.0.1:$port"

# The mixed set: searches as citizens type them (no diacritics, ç as q,
# inflected, a typo), phrases, facets, sorting, deep pages, the JSON API, act
# pages, sessions, the feed. Act ids are taken from the index itself.
searches="$work/searches.txt"; mixed="$work/mixed.txt"
python3 - "$url" "$searches" "$mixed" <<'PY'
import json, sys, urllib.parse, urllib.request
url, searches_file, mixed_file = sys.argv[1:]
words = ["vendim", "vendimi per ndarjen", "rregullore", "kontrate", "konkurs", "buxheti",
         "shkolla", "rruges", "ujesjellesi", "keshilli", "kuvendi i komunes", "subvencionim",
         "mesimdhenes", "pastrimi", "ndriqimi", "ndriçimi publik", "asfaltimi i rruges",
         "\"plan zhvillimor\"", "bursa studenteve", "tenderi", "drejtoria e arsimit",
         "procesverbal", "njoftim", "Gjilan", "mbeturinave", "vendimet -kontrate",
         "shendetesi OR arsim", "investime kapitale", "kontrata furnizim", "raporti financiar"]
filters = ["", "&type=vendim", "&year=2021", "&type=kontrate&sort=newest", "&page=3",
           "&year=2019&year=2020", "&sort=oldest", "&in_force=1"]
searches = []
for i, w in enumerate(words):
    q = urllib.parse.quote(w)
    f = filters[i % len(filters)]
    searches.append(f"/?q={q}{f}")
    searches.append(f"/api/search?q={q}{f}")
with open(searches_file, "w") as out:
    out.write("\n".join(url + p for p in searches) + "\n")
hits = json.load(urllib.request.urlopen(url + "/api/search?q=&per_page=100"))["hits"]
acts = [f"/acts/{h['id']}" for h in hits] + [f"/api/acts/{h['id']}" for h in hits[:30]]
sessions = json.load(urllib.request.urlopen(url + "/api/sessions"))
ids = [s["id"] for s in (sessions if isinstance(sessions, list) else sessions.get("sessions", []))][:10]
pages = ["/", "/sessions", "/feed.atom", "/feed.atom?type=vendim"] + [f"/sessions/{i}" for i in ids]
with open(mixed_file, "w") as out:
    out.write("\n".join(searches + acts + pages) + "\n")
PY
peak_file="$work/peak"; echo 0 >"$peak_file"
( while kill -0 $server 2>/dev/null; do
    awk '/^VmHWM:/ {print $2}' "/proc/$server/status" >"$peak_file" 2>/dev/null || true
    sleep 0.5
  done ) &

echo "== 1. wrk: 64 connections, ${seconds} s, mixed pages and searches ($(wc -l <"$mixed") paths)"
PATHS="$mixed" wrk -t2 -c64 -d"${seconds}s" --latency -s scripts/load/mixed.lua "$url" |
  grep -E "Requests/sec|Non-2xx|Socket errors|answers not 2xx|socket errors|p50"

# Full CSV exports one after another; each one that completes is counted,
# so the figures show the export really streamed during the searches.
exports() {
  local completed=0
  echo 0 >"$work/exports"
  while true; do
    if curl -sf "$url/api/export.csv" -o /dev/null; then
      completed=$((completed + 1)); echo $completed >"$work/exports"
    fi
  done
}
exports_done() {
  kill $streaming 2>/dev/null || true; wait $streaming 2>/dev/null || true
  echo "full CSV exports completed meanwhile: $(cat "$work/exports")"
}
open_loop() {
  oha -z "${seconds}s" -q 300 -c 64 --latency-correction --no-tui --urls-from-file "$searches" |
    grep -E "Requests/sec|Slowest|Fastest|Average|50.00%|99.00%|Status code distribution|\[[0-9]{3}\]|Error" || true
}

echo "== 2. oha: open loop, 300 searches/s, ${seconds} s, while full CSV exports stream"
exports & streaming=$!
sleep 1
open_loop
exports_done

echo "== 3. as 2, while an ingest of 20,000 more records runs"
exports & streaming=$!
( $bin/arkiva ingest "$work/extra" --index "$index" --no-ocr >"$work/ingest.log" 2>&1; echo "ingest: $(tail -n 2 "$work/ingest.log" | head -n 1)" ) & ingesting=$!
sleep 1
open_loop
exports_done
wait $ingesting || true
echo "server peak memory (VmHWM): $(( $(cat "$peak_file") / 1024 )) MiB"
