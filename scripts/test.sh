#!/usr/bin/env bash
# The whole test suite: formatting, lints, unit and integration tests.
# Parts that need a tool the machine lacks skip with a message; .ci/run
# installs every such tool first, so in CI nothing skips.
set -euo pipefail
cd "$(dirname "$0")/.."

if cargo fmt --version >/dev/null 2>&1; then
  echo "== cargo fmt --check"
  cargo fmt --all -- --check
  # The fuzz crate is a workspace of its own, so --all does not reach it.
  cargo fmt --manifest-path fuzz/Cargo.toml -- --check
else
  echo "SKIP: rustfmt is not installed (rustup component add rustfmt)"
fi

if cargo clippy --version >/dev/null 2>&1; then
  echo "== cargo clippy"
  cargo clippy --all-targets --quiet -- -D warnings
else
  echo "SKIP: clippy is not installed (rustup component add clippy)"
fi

if [ ! -d ../shared/corpora ]; then
  echo "NOTE: ../shared/corpora is absent: tests on third-party data will skip"
fi

echo "== cargo test"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cargo test --all-targets 2>&1 | tee "$log"
# One closing line over every test binary, so the total is read in one place.
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($i ~ /^passed/) p += $(i-1); if ($i ~ /^failed/) f += $(i-1) } }
     END { printf "total: %d passed, %d failed\n", p, f }' "$log"

# A short, time-bounded run of every fuzz target (it prints its own SKIP
# when cargo-fuzz is missing). After the tests, so a plain test failure
# shows first.
echo "== fuzz smoke run"
bash scripts/fuzz-smoke.sh
