//! `gen-corpus`: writes a corpus of the Municipality of Gjilan's acts for
//! samples and benchmarks. Wiring only; the generator is `arkiva::corpus`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;

use arkiva::corpus::generate::{self, Plan, DEFAULT_SEED};

/// Generate a deterministic corpus of municipal acts (2015–2026) of any size.
///
/// Every kind of act is written at any scale. At most --max-pdfs documents
/// are written as PDFs (Helvetica, WinAnsi); every other record goes into the
/// yearly registers under OUT/regjistrat/: acts with their full text
/// (aktet-YEAR.csv) and signed contracts in the published layout
/// (kontratat-YEAR.csv). Decisions written as PDFs are also listed in
/// vendimet-YEAR.csv, which points at their files. So a million records take
/// minutes, not hours. The same seed gives the same bytes.
#[derive(Parser)]
#[command(name = "gen-corpus", version)]
struct Args {
    /// How many records (acts and register rows) to write.
    #[arg(long)]
    records: usize,
    /// Output folder.
    #[arg(long)]
    out: PathBuf,
    #[arg(long, default_value_t = DEFAULT_SEED)]
    seed: u64,
    /// At most this many documents (PDFs and word sources).
    #[arg(long, default_value_t = 2_000)]
    max_pdfs: usize,
    /// Also write word-processor sources for sample/render.py here (three in
    /// four documents then become sources instead of PDFs).
    #[arg(long)]
    word_sources: Option<PathBuf>,
    /// Where to write the expected metadata of the PDFs [default: OUT/manifest.json].
    #[arg(long)]
    manifest: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let mut plan = Plan::new(args.records, args.out.clone());
    plan.seed = args.seed;
    plan.max_pdfs = args.max_pdfs;
    plan.word_sources = args.word_sources;
    if let Some(manifest) = args.manifest {
        plan.manifest = manifest;
    }
    let started = Instant::now();
    match generate::run(&plan) {
        Ok(summary) => {
            println!(
                "Wrote {} records in {:.1} s to {}: {} PDFs, {} word sources, {} register rows.",
                summary.records,
                started.elapsed().as_secs_f64(),
                args.out.display(),
                summary.pdfs,
                summary.word_sources,
                summary.register_rows
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
