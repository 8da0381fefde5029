//! Text fidelity of the PDF extractor, measured on third-party PDFs under
//! `../shared/corpora/` (skipped where absent, read in place, never copied):
//! the PDFBox test files with their expected text, and Albanian Assembly
//! transcripts with the text published beside them.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use unicode_normalization::UnicodeNormalization;

use super::util::shared;

/// The PDFBox files: pdftotext scores 0.857 here, lopdf's extract_text 0.739.
const FIDELITY_BAR: f64 = 0.86;
const ALBANIAN_BAR: f64 = 0.99;

/// Word-multiset F1 on NFKC words; two empty texts agree fully.
fn word_f1(got: &str, want: &str) -> f64 {
    let bag = |s: &str| {
        let mut words: HashMap<String, i64> = HashMap::new();
        let normal: String = s.trim_start_matches('\u{feff}').nfkc().collect();
        for word in normal.split_whitespace() {
            *words.entry(word.to_string()).or_insert(0) += 1;
        }
        words
    };
    let (got, want) = (bag(got), bag(want));
    let (got_n, want_n) = (got.values().sum::<i64>(), want.values().sum::<i64>());
    if got_n == 0 && want_n == 0 {
        return 1.0;
    }
    let common: i64 = got
        .iter()
        .map(|(w, n)| (*n).min(want.get(w).copied().unwrap_or(0)))
        .sum();
    if common == 0 {
        return 0.0;
    }
    let (p, r) = (common as f64 / got_n as f64, common as f64 / want_n as f64);
    2.0 * p * r / (p + r)
}

/// All pages of a PDF as arkiva reads them; an unreadable file is empty text.
fn arkiva_text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    arkiva::ingest::pdf::extract(&bytes)
        .map(|text| text.pages.join("\n"))
        .unwrap_or_default()
}

fn pdfs_with_text(dir: &Path, expected: impl Fn(&Path) -> PathBuf) -> Vec<(PathBuf, PathBuf)> {
    let mut pairs: Vec<(PathBuf, PathBuf)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")))
        .map(|p| {
            let txt = expected(&p);
            (p, txt)
        })
        .filter(|(_, txt)| txt.exists())
        .collect();
    pairs.sort();
    pairs
}

#[test]
fn pdfbox_text_fidelity_beats_pdftotext() {
    let Some(dir) = shared("pdf-robustness/pdfbox") else {
        return;
    };
    let pairs = pdfs_with_text(&dir, |p| {
        let mut name = p.as_os_str().to_owned();
        name.push(".txt");
        PathBuf::from(name)
    });
    assert!(
        !pairs.is_empty(),
        "no PDF with expected text under {}",
        dir.display()
    );
    let mut total = 0.0;
    for (pdf, txt) in &pairs {
        let want = String::from_utf8_lossy(&std::fs::read(txt).unwrap()).into_owned();
        let f1 = word_f1(&arkiva_text(pdf), &want);
        total += f1;
        println!(
            "{f1:.3} {}",
            pdf.strip_prefix(&dir).unwrap_or(pdf).display()
        );
    }
    let mean = total / pairs.len() as f64;
    println!(
        "pdfbox fidelity: mean word F1 {mean:.3} over {} files",
        pairs.len()
    );
    assert!(mean >= FIDELITY_BAR, "mean F1 {mean:.3} < {FIDELITY_BAR}");
}

fn albanian_letters(text: &str) -> usize {
    text.nfc()
        .filter(|c| matches!(c, 'ë' | 'ç' | 'Ë' | 'Ç'))
        .count()
}

#[test]
fn albanian_transcripts_keep_every_letter() {
    let Some(dir) =
        shared("albanian-municipal/opendatakosovo_kosovo-assembly-transcripts-importer/data")
    else {
        return;
    };
    let pairs = pdfs_with_text(&dir, |p| p.with_extension("txt"));
    assert!(
        !pairs.is_empty(),
        "no transcript with text under {}",
        dir.display()
    );
    for (pdf, txt) in &pairs {
        let want = std::fs::read_to_string(txt).unwrap();
        let got = arkiva_text(pdf);
        let f1 = word_f1(&got, &want);
        let (got_letters, want_letters) = (albanian_letters(&got), albanian_letters(&want));
        println!(
            "{f1:.4} F1, ë/ç/Ë/Ç {got_letters} of {want_letters}: {}",
            pdf.file_name().unwrap_or_default().to_string_lossy()
        );
        assert!(
            f1 >= ALBANIAN_BAR,
            "{}: F1 {f1:.4} < {ALBANIAN_BAR}",
            pdf.display()
        );
        assert!(
            got_letters * 100 >= want_letters * 99,
            "{}: {got_letters} ë/ç/Ë/Ç, the reference has {want_letters}",
            pdf.display()
        );
    }
}
