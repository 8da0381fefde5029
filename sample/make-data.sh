#!/usr/bin/env bash
# Rebuilds the committed sample in data/ from scratch:
#   1. gen-corpus (default seed) writes registers, standard-14 PDFs and
#      word-processor sources for generated acts;
#   2. sample/render.py lays out the authored acts (sample/acts/) and the
#      generated sources with LibreOffice into data/aktet/;
#   3. sample/make-scans.py makes the scanned acts (sample/scans/) into
#      image-only PDFs in data/skanuar/ (needs poppler-utils too);
#   4. sample/make-side-registers.py writes data/regjistrat/seancat.csv and
#      keshilltaret.csv from the minutes, invitations and press releases,
#      then adds a row for every other session an ingest of the sample finds.
# Needs LibreOffice (Debian: libreoffice-writer-nogui) and fonts-liberation.
set -euo pipefail
cd "$(dirname "$0")/.."

records=${RECORDS:-280}
max_pdfs=${MAX_PDFS:-130}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

rm -rf data/dokumente data/regjistrat
cargo run --release --quiet --bin gen-corpus -- \
  --records "$records" --max-pdfs "$max_pdfs" --out data \
  --word-sources "$tmp/word" --manifest sample/generated-manifest.json
python3 sample/render.py --extra "$tmp/word"
python3 sample/make-scans.py
# 4. the sessions and councillors registers, read off the minutes,
#    invitations and press releases just rendered.
cargo build --release --quiet --bin arkiva
arkiva="${CARGO_TARGET_DIR:-target}/release/arkiva"
python3 sample/make-side-registers.py --arkiva "$arkiva"
# Then every session arkiva finds in the sample (Assembly acts name many) gets
# its recording row too.
"$arkiva" ingest data --index "$tmp/index" --no-ocr >/dev/null
python3 sample/make-side-registers.py --arkiva "$arkiva" --derived "$tmp/index/derived.json"
du -sh data
