#!/usr/bin/env bash
# arkiva and Datasette over HTTP on the same records (issue 11). Both serve
# what the scaling benchmark left in WORK for RECORDS records: arkiva the
# index it built from memory, Datasette the SQLite FTS5 database. Each is
# driven by wrk on loopback with the same searches, each asking for the top
# 10 and the type, year and issuer counts over every match. Prints requests/s
# of each, the ratio, and each server's peak memory while serving.
# scripts/bench-scale.sh runs this after the benchmark for every size.
#   ARKIVA_SCALE=100000 WORK=/tmp/scale cargo bench --bench scale   # first
#   RECORDS=100000 WORK=/tmp/scale bash scripts/bench-http.sh
# Needs wrk (apt) and python3 (Datasette is installed into a venv in WORK).
set -euo pipefail
cd "$(dirname "$0")/.."
records=${RECORDS:-100000}
work=${WORK:-/tmp/scale}
seconds=${SECONDS_EACH:-20}
index="$work/memory-$records"
db="$work/fts5-$records.db"
command -v wrk >/dev/null || { echo "SKIP: wrk is not installed (apt install wrk)"; exit 0; }
if [ ! -f "$index/meta.json" ] || [ ! -f "$db" ]; then
  echo "no benchmark output for $records records in $work: run ARKIVA_SCALE=$records WORK=$work cargo bench --bench scale" >&2
  exit 1
fi
venv="$work/datasette-venv"
[ -x "$venv/bin/datasette" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q datasette; }
cargo build --release --quiet --bin arkiva

arkiva_port=18461; datasette_port=18462
RUST_LOG=warn target/release/arkiva serve --index "$index" --addr "127.0.0.1:$arkiva_port" >"$work/arkiva-http.log" 2>&1 &
arkiva=$!
# Facets over every match of a common word take Datasette longer than its
# default limits (1 s per query, 200 ms per facet); without raising them it
# answers sooner but without the counts.
"$venv/bin/datasette" serve "$db" -p "$datasette_port" \
  --setting sql_time_limit_ms 100000 --setting facet_time_limit_ms 100000 >"$work/datasette.log" 2>&1 &
datasette=$!
trap 'kill $arkiva $datasette 2>/dev/null || true' EXIT
for port in $arkiva_port $datasette_port; do
  for _ in $(seq 300); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done
done

# The scaling benchmark's query set, as URLs of each service.
table="fts5-$records/acts.json"
python3 - "$work" "$table" <<'PY'
import sys, urllib.parse
work, table = sys.argv[1:]
queries = [("vendim", "", ""), ("kontrate", "", ""), ("shkolla", "", ""), ("buxheti", "", ""),
           ("vendimi per ndarjen", "", ""), ("kuvendi i komunes", "", ""),
           ("asfaltimi i rruges", "", ""), ("mirembajtja e rrugeve lokale", "", ""),
           ('"plan zhvillimor"', "", ""), ('"kuvendi i komunes"', "", ""),
           ("vendim", "vendim", "2021"), ("furnizim", "kontrate", "2020")]
arkiva, datasette = [], []
for q, kind, year in queries:
    quoted = urllib.parse.quote(q)
    filters = (f"&type={kind}" if kind else "") + (f"&year={year}" if year else "")
    arkiva.append(f"/api/search?q={quoted}&per_page=10{filters}")
    datasette.append(f"/{table}?_search={quoted}&_facet=type&_facet=year&_facet=issuer&_size=10{filters}")
open(f"{work}/http-arkiva.txt", "w").write("\n".join(arkiva) + "\n")
open(f"{work}/http-datasette.txt", "w").write("\n".join(datasette) + "\n")
PY
# Every URL must answer 200 with the counts before anything is timed.
for url in $(sed "s#^#http://127.0.0.1:$arkiva_port#" "$work/http-arkiva.txt"); do
  curl -sf "$url" | grep -q '"facets"' || { echo "arkiva: no facets for $url" >&2; exit 1; }
done
started=$(date +%s)
for url in $(sed "s#^#http://127.0.0.1:$datasette_port#" "$work/http-datasette.txt"); do
  curl -sf "$url" | grep -q '"facet_results"' || { echo "datasette: no facets for $url" >&2; exit 1; }
done
# Datasette is driven for at least three times as long as it took to answer
# the 12 searches one by one, so every connection completes some: at a
# million records one answer takes longer than the usual run.
one_by_one=$(($(date +%s) - started))
datasette_seconds=$((3 * one_by_one > seconds ? 3 * one_by_one : seconds))

# One service under wrk for some seconds: "requests/s not-2xx p50-ms p99-ms
# timeouts". The timeout is long so a slow answer is measured, not dropped.
drive() { # port paths-file seconds
  PATHS="$2" wrk -t2 -c8 -d"${3}s" --timeout 300s -s scripts/load/mixed.lua "http://127.0.0.1:$1" |
    awk '/Requests\/sec/ {rps=$2} /answers not 2xx/ {bad=$4} /^p50/ {p50=$2; p99=$5}
      /^socket errors/ {timeouts=$NF} END {print rps, bad, p50, p99, timeouts}'
}
read -r a_rps a_bad a_p50 a_p99 a_timeouts < <(drive $arkiva_port "$work/http-arkiva.txt" "$seconds")
read -r d_rps d_bad d_p50 d_p99 d_timeouts < <(drive $datasette_port "$work/http-datasette.txt" "$datasette_seconds")
peak() { awk '/^VmHWM:/ {print int($2 / 1024)}' "/proc/$1/status"; }
echo "| records | arkiva req/s | Datasette req/s | ratio | arkiva p50 / p99 (ms) | Datasette p50 / p99 (ms) | not 2xx / timeouts | peak memory (VmHWM): arkiva / Datasette |"
echo "|---|---|---|---|---|---|---|---|"
ratio=$(python3 -c "print(f'{$a_rps / $d_rps:.0f}' if $d_rps > 0 else 'n/a (Datasette answered nothing)')")
echo "| $records (Datasette driven ${datasette_seconds} s) | $a_rps | $d_rps | ${ratio}× | $a_p50 / $a_p99 | $d_p50 / $d_p99 | $a_bad, $a_timeouts / $d_bad, $d_timeouts | $(peak $arkiva) / $(peak $datasette) MiB |"
