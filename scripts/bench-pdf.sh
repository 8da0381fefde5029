#!/usr/bin/env bash
# PDF text extraction speed (issue 6): pages per second over every PDF of
# ../shared/corpora/pdf-robustness, arkiva (`arkiva extract --no-ocr`, one
# process per file) beside poppler's `pdftotext` (one process per file), in
# the same run, on the same files. Pages are counted once with `pdfinfo`
# (files it cannot read count no pages for either tool).
#   bash scripts/bench-pdf.sh            # needs poppler-utils (pdftotext, pdfinfo)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${CORPUS:-../shared/corpora/pdf-robustness}
if [ ! -d "$corpus" ]; then
  echo "SKIP: $corpus is absent" >&2
  exit 0
fi
for tool in pdftotext pdfinfo; do
  command -v $tool >/dev/null || { echo "SKIP: $tool is not installed (apt-get install poppler-utils)" >&2; exit 0; }
done
cargo build --release --quiet --bin arkiva
bin=./target/release/arkiva
list=$(mktemp)
trap 'rm -f "$list"' EXIT
find "$corpus" -type f -iname '*.pdf' | sort >"$list"
files=$(wc -l <"$list")

pages=0
while IFS= read -r f; do
  n=$(timeout 10 pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}') || n=0
  pages=$((pages + ${n:-0}))
done <"$list"

run() { # tool args... : seconds for every file, each with a 30 s limit
  local start end
  start=$(date +%s.%N)
  while IFS= read -r f; do
    timeout 30 "$@" "$f" >/dev/null 2>&1 </dev/null || true
  done <"$list"
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

arkiva_s=$(run $bin extract --no-ocr)
poppler_s=$(run sh -c 'pdftotext "$0" -')
rate() { echo "scale=1; $pages / $1" | bc -l; }
echo "files: $files, pages (pdfinfo): $pages"
printf "arkiva extract: %8.1f s  %8s pages/s\n" "$arkiva_s" "$(rate "$arkiva_s")"
printf "pdftotext:      %8.1f s  %8s pages/s\n" "$poppler_s" "$(rate "$poppler_s")"
echo "ratio arkiva/pdftotext (pages/s): $(echo "scale=2; $poppler_s / $arkiva_s" | bc -l)"
