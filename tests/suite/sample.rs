//! The committed sample in `data/` and the unseen word-processor acts in
//! `tests/fixtures/unseen/`: both ingest cleanly and their header metadata
//! is read correctly.

use std::path::Path;

use serde::Deserialize;

use super::util::{all_acts, ingest_into, repo};
use arkiva::index::Archive;
use arkiva::ingest::Severity;
use arkiva::model::{Act, ActType};
use arkiva::ocr::Tesseract;
use arkiva::search::{self, SearchRequest};
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
    // The scans in data/skanuar/ (and scanned pages of some generated acts)
    // have no text layer: with Tesseract they are read by OCR (checked in
    // `scanned_acts_are_read_by_ocr_and_found`); without it the run says so
    // once, names each file and its pages, and indexes what it can.
    let is_scan = |source: &str| source.starts_with("skanuar/");
    if Tesseract::detect().is_some() {
        assert!(report.problems.is_empty(), "{:#?}", report.problems);
    } else {
        let (scans, problems): (Vec<_>, Vec<_>) = report
            .problems
            .iter()
            .partition(|p| p.reason.contains("OCR is off"));
        assert!(problems.is_empty(), "{problems:#?}");
        assert!(
            scans.iter().all(|p| p.severity == Severity::Warning),
            "{scans:#?}"
        );
        assert!(scans.iter().any(|p| is_scan(&p.source)), "{scans:#?}");
    }
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

/// Without Tesseract every scan is named in a warning, and how to install
/// it is said once for the run.
fn unread_scans_are_reported(problems: &[arkiva::ingest::Problem]) {
    let hints = problems
        .iter()
        .filter(|p| p.source.is_empty() && p.reason.contains(arkiva::ocr::INSTALL_HINT))
        .count();
    assert_eq!(hints, 1, "{problems:#?}");
    let mut unread: Vec<&str> = problems
        .iter()
        .filter(|p| !p.source.is_empty() && p.reason.contains("OCR is off"))
        .map(|p| p.source.as_str())
        .collect();
    unread.sort();
    let mut scans: Vec<String> = walkdir::WalkDir::new(repo().join("data/skanuar"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "pdf"))
        .map(|e| {
            let path = e.path().strip_prefix(repo().join("data/skanuar")).unwrap();
            path.to_string_lossy().into_owned()
        })
        .collect();
    scans.sort();
    assert!(!scans.is_empty());
    assert_eq!(unread, scans, "{problems:#?}");
}

/// A scan's header in `sample/scans/*.txt`: `# key: value` lines.
fn scan_header(text: &str, key: &str) -> String {
    let prefix = format!("# {key}: ");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no '{key}' in a scan's header"))
        .to_string()
}

#[test]
fn scanned_acts_are_read_by_ocr_and_found() {
    let (archive, report, _index) = ingest(&repo().join("data/skanuar"));
    if Tesseract::detect().is_none() {
        unread_scans_are_reported(&report.problems);
        eprintln!(
            "SKIP: tesseract is not installed ({}): the scans' warnings were checked, not their text",
            arkiva::ocr::INSTALL_HINT
        );
        return;
    }
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    let acts = all_acts(&archive);
    let mut sources: Vec<_> = std::fs::read_dir(repo().join("sample/scans"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    sources.sort();
    assert!(sources.len() >= 3, "the sample has scanned acts");
    for path in sources {
        let text = std::fs::read_to_string(&path).unwrap();
        let file = scan_header(&text, "file");
        let act = acts
            .iter()
            .find(|a| a.source == file)
            .unwrap_or_else(|| panic!("{file} is not indexed"));
        assert!(act.ocr, "{file}: text not marked as OCR'd");
        assert_eq!(act.act_type.slug(), scan_header(&text, "type"), "{file}");
        assert_eq!(
            act.number.as_deref(),
            Some(scan_header(&text, "number").as_str()),
            "{file}"
        );
        assert_eq!(
            act.date.map(|d| d.to_string()),
            Some(scan_header(&text, "date")),
            "{file}"
        );
        // Found by words of its title typed without diacritics.
        let title = scan_header(&text, "title");
        let words: Vec<String> = title
            .split_whitespace()
            .filter(|w| w.chars().count() >= 6)
            .take(3)
            .map(arkiva::analysis::fold)
            .collect();
        let request = SearchRequest {
            query: words.join(" "),
            limit: 3,
            ..Default::default()
        };
        let found = search::search(&archive, &request).unwrap();
        assert!(
            found.hits.iter().any(|h| h.id == act.id),
            "{file} is not found by {:?}",
            request.query
        );
    }
}
