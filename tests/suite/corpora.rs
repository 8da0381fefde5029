//! Third-party data from `../shared/corpora/` (skipped where absent): real
//! Kosovo registers and PDFs from other projects' test suites. Read in
//! place, never copied into the repository.

use super::util::{all_acts, ingest_into, shared};
use arkiva::index::Archive;
use arkiva::ingest::pdf;

/// Word-level F1 of `got` against `want`, on NFKC-normalised lowercase words.
fn word_f1(got: &str, want: &str) -> f64 {
    use std::collections::HashMap;
    use unicode_normalization::UnicodeNormalization;
    let bag = |s: &str| {
        let mut m: HashMap<String, i64> = HashMap::new();
        for w in s
            .trim_start_matches('\u{feff}')
            .nfkc()
            .collect::<String>()
            .to_lowercase()
            .split_whitespace()
        {
            *m.entry(w.to_string()).or_insert(0) += 1;
        }
        m
    };
    let (g, w) = (bag(got), bag(want));
    let common: i64 = g
        .iter()
        .map(|(k, n)| (*n).min(*w.get(k).unwrap_or(&0)))
        .sum();
    let (gn, wn) = (
        g.values().sum::<i64>() as f64,
        w.values().sum::<i64>() as f64,
    );
    if common == 0 {
        return 0.0;
    }
    let (p, r) = (common as f64 / gn, common as f64 / wn);
    2.0 * p * r / (p + r)
}

#[test]
fn albanian_assembly_transcript_text_is_extracted() {
    let Some(dir) =
        shared("albanian-municipal/opendatakosovo_kosovo-assembly-transcripts-importer/data")
    else {
        return;
    };
    let bytes = std::fs::read(dir.join("trans_s_2014_04_23_16_5609_al.pdf")).unwrap();
    let want = std::fs::read_to_string(dir.join("trans_s_2014_04_23_16_5609_al.txt")).unwrap();
    let got = pdf::extract(&bytes).unwrap().joined();
    let f1 = word_f1(&got, &want);
    eprintln!("transcript word F1: {f1:.3}");
    assert!(f1 >= 0.85, "word F1 {f1:.3}");
}

#[test]
fn real_kosovo_registers_ingest_without_stopping() {
    let Some(dir) = shared("albanian-municipal/opendatakosovo_open-contracting-data-standardifier")
    else {
        return;
    };
    let index = tempfile::TempDir::new().unwrap();
    let archive = Archive::open_or_create(index.path()).unwrap();
    let report = ingest_into(&archive, &dir);
    let acts = all_acts(&archive);
    eprintln!("{report}");
    assert!(
        acts.len() >= 100,
        "only {} records from the Gjilan 2015 register",
        acts.len()
    );
    let with_value = acts.iter().filter(|a| a.value_eur.is_some()).count();
    assert!(
        with_value * 10 >= acts.len() * 9,
        "{with_value} of {} have a value",
        acts.len()
    );
    assert!(
        acts.iter().any(|a| a.title.contains('ë')),
        "Mac Roman decoded to ë"
    );
}

#[test]
fn hostile_pdfs_never_panic_the_extractor() {
    let Some(dir) = shared("pdf-robustness") else {
        return;
    };
    let mut files = Vec::new();
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "pdf" || e == "fuzz") {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut with_text = 0;
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        if let Ok(text) = pdf::extract(&bytes) {
            if !text.joined().trim().is_empty() {
                with_text += 1;
            }
        }
    }
    eprintln!("{} of {} hostile PDFs gave text", with_text, files.len());
    assert!(files.len() > 1000);
    assert!(with_text >= files.len() / 3);
}
