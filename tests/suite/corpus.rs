//! `gen-corpus`: deterministic for a seed, every kind at any scale, and its
//! output ingests cleanly with the metadata it says it wrote.

use std::path::Path;

use arkiva::corpus::generate::{self, Plan};
use arkiva::index::Archive;
use arkiva::ingest::Severity;
use arkiva::model::ActType;

use super::util::{all_acts, ingest_into};

fn generate(dir: &Path, records: usize, max_pdfs: usize, seed: u64) -> generate::Summary {
    let mut plan = Plan::new(records, dir.to_path_buf());
    plan.max_pdfs = max_pdfs;
    plan.seed = seed;
    generate::run(&plan).unwrap()
}

/// Every file below `dir` with its bytes, sorted by path.
fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let rel = entry
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            files.push((rel, std::fs::read(entry.path()).unwrap()));
        }
    }
    files
}

#[test]
fn the_same_seed_writes_the_same_bytes() {
    let (a, b, c) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    generate(a.path(), 300, 40, 7);
    generate(b.path(), 300, 40, 7);
    generate(c.path(), 300, 40, 8);
    let first = tree(a.path());
    assert!(first.len() > 40);
    assert!(first == tree(b.path()), "same seed, different output");
    assert!(first != tree(c.path()), "another seed, same output");
}

#[test]
fn a_generated_corpus_ingests_cleanly_with_the_metadata_it_claims() {
    let dir = tempfile::tempdir().unwrap();
    let summary = generate(dir.path(), 1_200, 150, 2015);
    assert_eq!(summary.records, 1_200);
    assert_eq!(summary.pdfs, 150, "documents are bounded by max_pdfs");
    for kind in ActType::ALL.iter() {
        assert!(
            summary.by_kind.get(kind.slug()).copied().unwrap_or(0) > 0,
            "no {kind}"
        );
    }

    let index = tempfile::tempdir().unwrap();
    let archive = Archive::open_or_create(index.path()).unwrap();
    let report = ingest_into(&archive, dir.path());
    let errors: Vec<_> = report
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The corpus has scanned pages: without Tesseract they are reported,
    // which is right, and is all that may be reported.
    let ocr = arkiva::ocr::Tesseract::detect().is_some();
    if !ocr {
        eprintln!("tesseract is not installed: the scanned pages' warnings are allowed");
    }
    let unexpected: Vec<_> = report
        .problems
        .iter()
        .filter(|p| {
            ocr || !(p.reason.starts_with("OCR is off") || p.reason.contains("OCR is off;"))
        })
        .collect();
    assert!(unexpected.is_empty(), "{unexpected:#?}");
    let acts = all_acts(&archive);
    assert_eq!(
        acts.len(),
        1_200,
        "every record is one act, none lost, none doubled"
    );

    // Each PDF reads back as the generator wrote it.
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("manifest.json")).unwrap()).unwrap();
    let expected = manifest.as_array().unwrap();
    assert_eq!(expected.len(), 150);
    let mut wrong = Vec::new();
    for want in expected {
        let file = want["file"].as_str().unwrap();
        let act = acts.iter().find(|a| a.source == file).unwrap();
        let got = (
            act.act_type.slug(),
            act.date.map(|d| d.to_string()),
            act.number.clone(),
        );
        let want = (
            want["type"].as_str().unwrap(),
            want["date"].as_str().map(str::to_string),
            want["number"].as_str().map(str::to_string),
        );
        if (got.0, &got.1, &got.2) != (want.0, &want.1, &want.2) {
            wrong.push(format!("{file}: {got:?} != {want:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));

    // Register rows carry their facts: contracts have operators and values.
    let contracts: Vec<_> = acts
        .iter()
        .filter(|a| a.act_type == ActType::Kontrate && a.source.contains("#row="))
        .collect();
    assert!(!contracts.is_empty());
    assert!(contracts
        .iter()
        .all(|a| a.value_eur.is_some() && a.operator.is_some() && a.procurement_number.is_some()));
    let rows_with_text = acts
        .iter()
        .filter(|a| a.source.contains("aktet-") && a.text.split_whitespace().count() >= 150)
        .count();
    assert!(
        rows_with_text > 0,
        "acts written as rows carry their full text"
    );
}
