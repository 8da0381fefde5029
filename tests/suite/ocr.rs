//! OCR of scanned acts (src/ocr): an Albanian paragraph printed, rasterised
//! and wrapped into an image-only PDF is read back at least 95% right, and
//! the sample scans in data/skanuar/ are found and read. Skips with a
//! message when tesseract or pdftoppm is absent (.ci/run installs both).

use std::path::{Path, PathBuf};
use std::process::Command;

use super::util::repo;
use arkiva::corpus::pdf::{standard14, Line};
use arkiva::ocr::{self, ImageFormat, Tesseract};
use lopdf::Document;

/// Tesseract with Albanian data, and pdftoppm; `None` (with a message) when absent.
fn tools() -> Option<Tesseract> {
    let pdftoppm = Command::new("pdftoppm").arg("-v").output().is_ok();
    match Tesseract::detect() {
        Some(t) if pdftoppm => Some(t),
        _ => {
            eprintln!(
                "SKIP: tesseract or pdftoppm is not installed ({})",
                ocr::INSTALL_HINT
            );
            None
        }
    }
}

/// Character accuracy: 1 − edit distance / reference length, on text with
/// runs of whitespace made single spaces.
fn accuracy(reference: &str, read: &str) -> f64 {
    let normal = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let (a, b): (Vec<char>, Vec<char>) = (
        normal(reference).chars().collect(),
        normal(read).chars().collect(),
    );
    1.0 - levenshtein(&a, &b) as f64 / a.len().max(1) as f64
}

fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

/// The paragraph as a scanner would publish it: printed (standard-14 PDF),
/// rasterised at 300 dpi in gray, wrapped into an image-only PDF.
fn scanned(text: &str, dir: &Path) -> Vec<u8> {
    let printed = dir.join("shtypur.pdf");
    std::fs::write(&printed, standard14(&[vec![Line::plain(text)]])).unwrap();
    let out = Command::new("pdftoppm")
        .args(["-r", "300", "-gray", "-jpeg", "-singlefile"])
        .arg(&printed)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    ocr::image_only_pdf(&[out.stdout]).unwrap()
}

fn first_page(doc: &Document) -> lopdf::ObjectId {
    *doc.get_pages().get(&1).expect("a first page")
}

#[test]
fn a_scanned_albanian_paragraph_is_read_at_least_95_percent_right() {
    let Some(tesseract) = tools() else { return };
    let reference =
        std::fs::read_to_string(repo().join("tests/fixtures/ocr/paragraf.txt")).unwrap();
    let dir = tempfile::TempDir::new().unwrap();
    let pdf = scanned(reference.trim(), dir.path());
    let doc = Document::load_mem(&pdf).unwrap();
    let page = first_page(&doc);

    let text_layer = doc.extract_text(&[1]).unwrap_or_default();
    assert!(ocr::needs_ocr(&text_layer), "{text_layer:?}");
    let images = ocr::page_images(&doc, page);
    assert_eq!(images.len(), 1);
    assert_eq!(images[0].format, ImageFormat::Jpeg);

    let read = ocr::ocr_page(&doc, page, None, 1, &tesseract).unwrap();
    let share = accuracy(&reference, &read);
    eprintln!(
        "OCR character accuracy ({}): {:.4}",
        tesseract.languages, share
    );
    assert!(share >= 0.95, "{share:.4}; read:\n{read}");
    assert!(!ocr::needs_ocr(&read));
}

#[test]
fn a_page_without_an_embedded_image_is_rendered_by_poppler() {
    let Some(tesseract) = tools() else { return };
    let dir = tempfile::TempDir::new().unwrap();
    let path = dir.path().join("tekst.pdf");
    std::fs::write(
        &path,
        standard14(&[vec![Line::plain(
            "Vendim për çështjet e ndriçimit publik në Komunën e Gjilanit",
        )]]),
    )
    .unwrap();
    let doc = Document::load(&path).unwrap();
    let page = first_page(&doc);
    assert!(ocr::page_images(&doc, page).is_empty());
    let read = ocr::ocr_page(&doc, page, Some(&path), 1, &tesseract).unwrap();
    assert!(read.contains("ndriçimit publik"), "{read}");
    // Without the file there is nothing to read.
    assert!(ocr::ocr_page(&doc, page, None, 1, &tesseract).is_err());
}

/// `(PDF path, title)` of every sample scan, from its source in sample/scans/.
fn sample_scans() -> Vec<(PathBuf, String)> {
    let mut scans = Vec::new();
    for entry in std::fs::read_dir(repo().join("sample/scans")).unwrap() {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let meta = |key: &str| {
            source
                .lines()
                .find_map(|l| l.strip_prefix(&format!("# {key}: ")))
                .unwrap()
                .to_string()
        };
        scans.push((
            repo().join("data/skanuar").join(meta("file")),
            meta("title"),
        ));
    }
    scans.sort();
    scans
}

#[test]
fn the_sample_scans_have_no_text_layer_and_ocr_reads_their_titles() {
    let scans = sample_scans();
    assert!(scans.len() >= 3, "{} sample scans", scans.len());
    let tesseract = tools();
    for (path, title) in scans {
        let doc = Document::load(&path).unwrap();
        let page = first_page(&doc);
        assert!(ocr::needs_ocr(&doc.extract_text(&[1]).unwrap_or_default()));
        let images = ocr::page_images(&doc, page);
        assert_eq!(images.len(), 1, "{}", path.display());
        assert!(std::fs::metadata(&path).unwrap().len() < 300 * 1024);
        let Some(tesseract) = &tesseract else {
            continue;
        };
        let read = ocr::ocr_page(&doc, page, Some(&path), 1, tesseract)
            .unwrap()
            .to_lowercase();
        let missing: Vec<&str> = title
            .split_whitespace()
            .filter(|w| !read.contains(&w.to_lowercase()))
            .collect();
        assert!(
            missing.is_empty(),
            "{}: {missing:?} not read",
            path.display()
        );
    }
}

#[test]
fn levenshtein_counts_edits() {
    let chars = |s: &str| s.chars().collect::<Vec<_>>();
    assert_eq!(levenshtein(&chars("çështje"), &chars("ceshtje")), 2);
    assert_eq!(levenshtein(&chars(""), &chars("abc")), 3);
    assert_eq!(accuracy("a  b\nc", "a b c"), 1.0);
}
