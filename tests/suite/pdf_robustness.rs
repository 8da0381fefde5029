//! Every PDF of the third-party robustness corpus (parser regression files,
//! fuzzer crash reproducers, encrypted and damaged files) through the real
//! ingest path, each read by an isolated worker: the run must survive, every
//! file must get a verdict, and none may run out of time.
//!
//! The corpus stays where it is (read-only, never copied); the index is a
//! temporary directory.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Instant;

use super::util::{all_acts, ingest_with, shared};
use arkiva::index::Archive;
use arkiva::ingest::Worker;
use tempfile::TempDir;

/// Files of the corpus from which pdftotext (poppler) reads some text.
const PDFTOTEXT_WITH_TEXT: usize = 872;

/// What the ingest of the corpus gave, per PDF.
struct Outcome {
    pdfs: Vec<String>,
    seconds: f64,
    /// Source → has non-empty text in the index.
    with_text: HashMap<String, bool>,
    /// Source → reasons in the report.
    problems: HashMap<String, Vec<String>>,
}

impl Outcome {
    fn reasons(&self) -> impl Iterator<Item = (&String, &String)> {
        self.problems
            .iter()
            .flat_map(|(source, reasons)| reasons.iter().map(move |r| (source, r)))
    }

    fn sources_where(&self, needle: &str) -> Vec<&String> {
        let mut sources: Vec<&String> = self
            .reasons()
            .filter(|(_, r)| r.contains(needle))
            .map(|(s, _)| s)
            .collect();
        sources.sort();
        sources.dedup();
        sources
    }

    /// A copy of an earlier file is indexed once; it has text when that one has.
    fn has_text(&self, source: &str) -> bool {
        if let Some(has) = self.with_text.get(source) {
            return *has;
        }
        let first = self.problems.get(source).and_then(|reasons| {
            reasons
                .iter()
                .find_map(|r| r.strip_prefix("same content as '")?.split('\'').next())
        });
        first.is_some_and(|first| self.with_text.get(first) == Some(&true))
    }

    fn text_count(&self) -> usize {
        self.pdfs.iter().filter(|s| self.has_text(s)).count()
    }
}

/// The corpus is ingested once for all the tests of this file.
fn outcome() -> Option<&'static Outcome> {
    static OUTCOME: OnceLock<Option<Outcome>> = OnceLock::new();
    OUTCOME
        .get_or_init(|| shared("pdf-robustness").map(|root| ingest_corpus(&root)))
        .as_ref()
}

fn ingest_corpus(root: &Path) -> Outcome {
    let index = TempDir::new().unwrap();
    let archive = Archive::open_or_create(index.path()).unwrap();
    // As the issue asks: OCR off, the text layer only.
    let worker = Worker::arkiva(PathBuf::from(env!("CARGO_BIN_EXE_arkiva")), false);
    let started = Instant::now();
    // The run itself must come back: no file may take the process down.
    let report = ingest_with(&archive, root, worker, false);
    let seconds = started.elapsed().as_secs_f64();
    let mut problems: HashMap<String, Vec<String>> = HashMap::new();
    for problem in report.problems {
        problems
            .entry(problem.source)
            .or_default()
            .push(problem.reason);
    }
    let with_text = all_acts(&archive)
        .into_iter()
        .map(|act| (act.source, !act.text.trim().is_empty()))
        .collect();
    Outcome {
        pdfs: pdf_sources(root),
        seconds,
        with_text,
        problems,
    }
}

/// Every `.pdf` below `root`, as ingest names it (relative, `/`-separated).
fn pdf_sources(root: &Path) -> Vec<String> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            e.path()
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("pdf"))
        })
        .filter_map(|e| {
            let relative = e.path().strip_prefix(root).ok()?;
            let parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            Some(parts.join("/"))
        })
        .collect()
}

#[test]
fn every_robustness_pdf_gets_a_verdict_and_none_runs_out_of_time() {
    let Some(outcome) = outcome() else { return };
    let without_verdict: Vec<&String> = outcome
        .pdfs
        .iter()
        .filter(|s| !outcome.with_text.contains_key(*s) && !outcome.problems.contains_key(*s))
        .collect();
    let timed_out = outcome.sources_where("timed out");
    let cpu = outcome.sources_where("CPU time limit");
    let memory = outcome.sources_where("memory limit");
    let crashed = outcome.sources_where("crashed");
    let skipped = outcome
        .pdfs
        .iter()
        .filter(|s| !outcome.with_text.contains_key(*s))
        .count();
    eprintln!(
        "pdf-robustness: {} PDFs in {:.1} s; {} with text (pdftotext: {PDFTOTEXT_WITH_TEXT}); \
         {} not indexed; {} timed out, {} over the CPU limit, {} over the memory limit, {} crashed",
        outcome.pdfs.len(),
        outcome.seconds,
        outcome.text_count(),
        skipped,
        timed_out.len(),
        cpu.len(),
        memory.len(),
        crashed.len(),
    );
    for source in memory.iter().chain(&crashed) {
        eprintln!("  {source}: {:?}", outcome.problems[*source]);
    }
    assert!(outcome.pdfs.len() > 1000, "the corpus is there");
    assert!(
        without_verdict.is_empty(),
        "no verdict for {without_verdict:?}"
    );
    assert!(
        timed_out.is_empty() && cpu.is_empty(),
        "over the time limit: {timed_out:?} {cpu:?}"
    );
}

#[test]
fn as_many_robustness_pdfs_have_text_as_pdftotext_finds() {
    let Some(outcome) = outcome() else { return };
    let count = outcome.text_count();
    eprintln!("pdf-robustness: {count} PDFs with text (pdftotext: {PDFTOTEXT_WITH_TEXT})");
    assert!(
        count >= PDFTOTEXT_WITH_TEXT,
        "{count} < {PDFTOTEXT_WITH_TEXT}"
    );
}
