//! The committed sample in `data/` and the unseen word-processor acts in
//! `tests/fixtures/unseen/`: both ingest cleanly and their header metadata
//! is read correctly.

use std::path::Path;

use serde::Deserialize;

use super::util::{all_acts, ingest_into, repo};
use arkiva::index::Archive;
use arkiva::ingest::Severity;
use arkiva::model::{Act, ActType};
use chrono::Datelike;

#[derive(Deserialize)]
struct Expected {
    file: String,
    #[serde(rename = "type")]
    act_type: String,
    date: Option<String>,
    number: Option<String>,
    #[serde(default)]
    number_alt: Vec<String>,
}

/// Share of files whose type, date and number all match, with the misses.
fn accuracy(acts: &[Act], expected: &[Expected], prefix: &str) -> (f64, Vec<String>) {
    let mut misses = Vec::new();
    for want in expected {
        let source = want.file.strip_prefix(prefix).unwrap_or(&want.file);
        let Some(act) = acts.iter().find(|a| a.source == source) else {
            misses.push(format!("{source}: not indexed"));
            continue;
        };
        let date = act.date.map(|d| d.to_string());
        let number_ok = act.number == want.number
            || act
                .number
                .as_ref()
                .is_some_and(|n| want.number_alt.contains(n));
        if act.act_type.slug() != want.act_type || date != want.date || !number_ok {
            misses.push(format!(
                "{source}: got ({}, {:?}, {:?}), want ({}, {:?}, {:?})",
                act.act_type, date, act.number, want.act_type, want.date, want.number
            ));
        }
    }
    let correct = expected.len() - misses.len();
    (correct as f64 / expected.len().max(1) as f64, misses)
}

fn ingest(dir: &Path) -> (Archive, arkiva::ingest::IngestReport, tempfile::TempDir) {
    let index = tempfile::TempDir::new().unwrap();
    let archive = Archive::open_or_create(index.path()).unwrap();
    let report = ingest_into(&archive, dir);
    (archive, report, index)
}

#[test]
fn the_sample_ingests_with_no_errors_and_its_metadata_is_read() {
    let (archive, report, _index) = ingest(&repo().join("data"));
    // The scans in data/skanuar/ have no text layer: until ingest runs OCR
    // (src/ocr) it indexes them by file name, with a warning each, and they
    // have no manifest entry.
    let is_scan = |source: &str| source.starts_with("skanuar/");
    let (scans, problems): (Vec<_>, Vec<_>) =
        report.problems.iter().partition(|p| is_scan(&p.source));
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(
        scans.iter().all(|p| p.severity == Severity::Warning),
        "{scans:#?}"
    );
    let acts = all_acts(&archive);
    assert!(acts.len() >= 300, "only {} records", acts.len());
    let pdfs = acts
        .iter()
        .filter(|a| a.source.ends_with(".pdf") && !is_scan(&a.source))
        .count();
    assert!(pdfs >= 150, "only {pdfs} PDFs");
    for kind in ActType::ALL {
        let n = acts.iter().filter(|a| a.act_type == kind).count();
        assert!(n >= 3, "only {n} acts of type {kind}");
    }
    let years: std::collections::BTreeSet<i32> = acts
        .iter()
        .filter_map(|a| a.date)
        .map(|d| d.year())
        .collect();
    assert_eq!(years, (2015..=2026).collect(), "the sample spans 2015–2026");

    // Authored acts (rendered by LibreOffice) and generated ones (LibreOffice
    // or standard-14 PDFs) are read as their manifests say.
    let mut expected: Vec<Expected> = Vec::new();
    for manifest in ["sample/manifest.json", "sample/generated-manifest.json"] {
        let text = std::fs::read_to_string(repo().join(manifest)).unwrap();
        expected.extend(serde_json::from_str::<Vec<Expected>>(&text).unwrap());
    }
    assert_eq!(expected.len(), pdfs, "every PDF has an expected entry");
    let (share, misses) = accuracy(&acts, &expected, "data/");
    assert!(
        share >= 0.95,
        "{share:.2} correct; misses:\n{}",
        misses.join("\n")
    );
}

#[test]
fn unseen_word_processor_acts_are_read_at_least_ninety_percent_right() {
    let dir = repo().join("tests/fixtures/unseen");
    let (archive, report, _index) = ingest(&dir);
    assert!(
        report
            .problems
            .iter()
            .all(|p| p.severity != Severity::Error),
        "{:#?}",
        report.problems
    );
    let acts = all_acts(&archive);
    let expected: Vec<Expected> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    assert_eq!(acts.len(), expected.len(), "every file is indexed");
    let (share, misses) = accuracy(&acts, &expected, "");
    eprintln!(
        "unseen acts: {:.0}% fully correct; misses:\n{}",
        share * 100.0,
        misses.join("\n")
    );
    assert!(share >= 0.9, "{share:.2} correct");
}
