#!/usr/bin/env bash
# Coverage-guided fuzzing of the parsers that read outside input: the PDF
# text extractor, the register readers, the date/amount/number parsers and
# the search query (fuzz/fuzz_targets/). Each target runs for FUZZ_SECONDS
# (default 45) from seeds copied into a fresh temporary folder; any crash,
# hang (over 10 s on one input) or memory blow-up (over 2 GB) fails the run
# and names the reproducer.
#
#   bash scripts/fuzz-smoke.sh                    # the CI smoke run
#   FUZZ_SECONDS=600 bash scripts/fuzz-smoke.sh   # a longer session
#   FUZZ_SECONDS=600 bash scripts/fuzz-smoke.sh query pdf_extract
#
# Runs on the stable toolchain: `-s none` (no sanitizer) is the one
# cargo-fuzz mode that needs no nightly-only rustc flag. Memory errors are
# not what is hunted here (the parsers fuzzed have no unsafe code);
# panics, hangs and runaway allocations are.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "SKIP: cargo-fuzz is not installed (cargo install cargo-fuzz)"
  exit 0
fi

seconds=${FUZZ_SECONDS:-45}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(pdf_extract register dates_amounts query)
fi
corpora=${ARKIVA_SHARED_CORPORA:-../shared/corpora}
# Its own target folder (gitignored), so fuzz builds, whose flags differ,
# never invalidate the main build.
target_dir=${FUZZ_TARGET_DIR:-fuzz/target}
# 16 codegen units instead of cargo-fuzz's 1, so LLVM works on both cores
# of the build (tantivy, axum and lopdf, all instrumented, dominate the run's
# time), for slightly slower fuzzing.
build=(-s none --release --codegen-units 16 --target-dir "$target_dir")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Seeds are copied (never into the repository): libFuzzer writes the inputs
# it finds into its corpus folder, and ../shared is read-only in CI.
copy_files() { # destination, then file names on stdin
  local dest=$1 n=0 f
  while IFS= read -r f; do
    n=$((n + 1))
    cp "$f" "$dest/$n-$(basename "$f")"
  done
}
# At most $1 of the names on stdin, spread evenly over the sorted list.
spread() {
  sort | awk -v max="$1" '{ line[NR] = $0 } END { step = NR / max; if (step < 1) step = 1;
    for (i = 1; i <= NR && (i - 1) / step < max; i += step) print line[int(i)] }' | head -n "$1"
}
# One seed file per line of the input, for the text targets.
lines_to_files() { # destination, prefix
  local dest=$1 prefix=$2 n=0 line
  while IFS= read -r line; do
    n=$((n + 1))
    printf '%s' "$line" >"$dest/$prefix-$n"
  done
}

for t in "${targets[@]}"; do mkdir -p "$work/$t"; done
have_corpora=true
if [ ! -d "$corpora" ]; then
  have_corpora=false
  echo "NOTE: $corpora is absent: fuzzing from the handmade seeds and the committed sample only"
fi

# pdf_extract: small files of the PDF robustness corpora, and the sample's own PDFs.
if [ -d "$work/pdf_extract" ]; then
  if $have_corpora && [ -d "$corpora/pdf-robustness" ]; then
    find "$corpora/pdf-robustness" -type f -iname '*.pdf' -size -50k | spread 300 |
      copy_files "$work/pdf_extract"
  fi
  find data -type f -iname '*.pdf' -size -50k | spread 20 | copy_files "$work/pdf_extract"
  printf '%%PDF-1.4\n%%%%EOF\n' >"$work/pdf_extract/hand-empty.pdf"
fi

# register: CSV edge cases and real municipal registers, and the sample's registers.
if [ -d "$work/register" ]; then
  if $have_corpora; then
    find "$corpora/csv-edge-cases" "$corpora/albanian-municipal" -type f \
      \( -iname '*.csv' -o -iname '*.tsv' -o -iname '*.psv' -o -iname '*.ssv' -o -iname '*.xlsx' \) \
      -size -100k 2>/dev/null | spread 200 | copy_files "$work/register"
  fi
  find data -type f \( -iname '*.csv' -o -iname '*.xlsx' -o -iname '*.ods' \) -size -100k |
    spread 20 | copy_files "$work/register"
  printf 'Nr.;Data;Titulli;Vlera\n01/2021;12.03.2024;Vendim "bursat";1.234,56 €\n' >"$work/register/hand-1.csv"
  printf 'Data e seancës,Lloji,Nr.\n2021-03-25,e rregullt,e tretë\n' >"$work/register/hand-sessions.csv"
  printf 'Emri,Mandati,Grupi,Pozita\nArta Krasniqi,2021-2025,LDK,opozita\n' >"$work/register/hand-councillors.csv"
fi

# Handmade strings for the text targets: dates, amounts, numbers, queries.
handmade_dates=$(
  cat <<'SEEDS'
12.03.2024
më 5 qershor 2020
Gjilan, 25.03.2021
2019-03-12 00:00:00
16.06.2015-20.06.2015
08.05.2017 Aneksi 28.06.2017
1.234,56 €
€ 1,135,550.25
1 234 567,89
55.700.00
12,50 EUR
e njëzetetretë
01 Nr. 016-4471/21
SEEDS
)
handmade_queries=$(
  cat <<'SEEDS'
vendim "bursat"
type:vendim AND
nosuch:* title:* bursat
"ndarjen e bursave" -rregullore
bursa OR fermer
q=bursat&type=vendim&from=2021-01-01&to=2021-12-31&sort=newest
q=ndri%C3%A7imi&min_value=1000&max_value=200000&page=2&per_page=5
q=%22&year=2021,2022&in_force=po
SEEDS
)
# A bounded sample of Albanian sentences and words, when the corpora are there.
sentences() {
  if $have_corpora && [ -d "$corpora/albanian-text" ]; then
    find "$corpora/albanian-text" -type f -name '*.conllu' | sort | head -n 2 |
      xargs -r grep -h '^# text = ' | sed 's/^# text = //' | head -n 150
    find "$corpora/albanian-text" -type f -name 'fjalet.txt' | head -n 1 | xargs -r head -n 50
  fi
}
if [ -d "$work/dates_amounts" ]; then
  printf '%s\n' "$handmade_dates" | lines_to_files "$work/dates_amounts" hand
  sentences | grep '[0-9]' | head -n 100 | lines_to_files "$work/dates_amounts" text || true
fi
if [ -d "$work/query" ]; then
  printf '%s\n' "$handmade_queries" | lines_to_files "$work/query" hand
  sentences | head -n 100 | lines_to_files "$work/query" text || true
fi

echo "== cargo fuzz build"
build_log="$work/build.log"
if ! cargo fuzz build "${build[@]}" >"$build_log" 2>&1; then
  cat "$build_log" >&2
  echo "FAILED: cargo fuzz build" >&2
  exit 1
fi

failed=()
for t in "${targets[@]}"; do
  seeds=$(find "$work/$t" -type f | wc -l)
  echo "== fuzz $t: ${seconds}s from $seeds seeds"
  log="$work/$t.log"
  if cargo fuzz run "${build[@]}" "$t" "$work/$t" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 >"$log" 2>&1; then
    grep -a -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 || tail -n 1 "$log"
  else
    echo "FAILED: fuzz target $t" >&2
    tail -n 60 "$log" >&2
    # The panic message is above the backtrace that tail shows.
    grep -a -A2 'panicked at' "$log" >&2 || true
    grep -a -E 'Test unit written to|artifact_prefix' "$log" >&2 || true
    failed+=("$t")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in ${failed[*]}; reproduce with: cargo fuzz run -s none --release <target> <file>" >&2
  exit 1
fi
echo "fuzz: ${targets[*]}: no findings in ${seconds}s each"
