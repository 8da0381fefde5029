//! Text out of scanned pages: OCR with Tesseract.
//!
//! Many municipal acts are scans with no text layer. This module decides
//! whether a page's extracted text is usable ([`needs_ocr`]), finds the
//! page's scanned image ([`page_images`]) or renders the page with poppler
//! ([`render_page`]), and reads it with the external `tesseract` program
//! ([`Tesseract`]); [`ocr_page`] ties these together.
//!
//! Owns: the external OCR and rendering programs (run with a timeout, killed
//! when they overrun), image XObject decoding into files Tesseract reads, and
//! [`image_only_pdf`], which wraps JPEGs into a PDF with no text layer (for
//! the sample scans and the tests). Must not touch: loading PDFs or their
//! text layer (`ingest::pdf`), metadata, the index. Nothing here panics on
//! any input; every failure is an [`OcrError`].

mod images;
mod run;
mod tesseract;
mod wrap;

use std::path::Path;
use std::time::Duration;

pub use images::{page_images, scan_page, ImageFormat, PageImage, PageScan};
pub use run::render_page;
pub use tesseract::{Tesseract, INSTALL_HINT};
pub use wrap::image_only_pdf;

/// Why a page could not be read by OCR.
#[derive(Debug, thiserror::Error)]
pub enum OcrError {
    #[error("{program} is not installed ({hint})")]
    ToolMissing {
        program: &'static str,
        hint: &'static str,
    },
    #[error("{program} ran longer than {seconds} s and was stopped")]
    Timeout { program: String, seconds: u64 },
    #[error("{program} failed: {message}")]
    Failed { program: String, message: String },
    #[error("cannot run {program}: {source}")]
    Io {
        program: String,
        #[source]
        source: std::io::Error,
    },
    #[error("page {page} has no image OCR can read{reasons} and no file to render it from")]
    NoImage { page: u32, reasons: String },
    #[error("not a JPEG image (image {index})")]
    NotJpeg { index: usize },
}

/// How long one page may take to render or to recognise. A 300 dpi A4 page
/// takes Tesseract a few seconds; a minute means it is stuck.
pub const PAGE_TIMEOUT: Duration = Duration::from_secs(120);

/// Below this width an embedded image is more likely a logo or a stamp than
/// the scan of the page (a 100 dpi A4 scan is about 830 px wide), so the
/// page is rendered instead when the file is at hand.
const MIN_SCAN_WIDTH: u32 = 800;

/// True when a page's text layer is unusable: fewer than 20 letters (a scan,
/// or only a page number), or more than 30% of its non-whitespace
/// characters neither letters, digits nor punctuation — what a broken font
/// encoding yields (private-use glyphs, control characters, U+FFFD).
pub fn needs_ocr(text: &str) -> bool {
    let mut letters = 0usize;
    let mut visible = 0usize;
    let mut garbage = 0usize;
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        visible += 1;
        if c.is_alphabetic() {
            letters += 1;
        } else if !(c.is_numeric() || is_punctuation(c)) {
            garbage += 1;
        }
    }
    letters < 20 || garbage * 10 > visible * 3
}

/// ASCII punctuation and symbols plus the typographic marks Albanian acts use.
fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '–' | '—'
                | '„'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '«'
                | '»'
                | '…'
                | '€'
                | '§'
                | '°'
                | '•'
                | '·'
                | '²'
                | '³'
                | '½'
        )
}

/// OCR of one page: the largest embedded scan when there is one, otherwise
/// the page rendered by poppler from `pdf_path`. `page_number` is 1-based,
/// as pdftoppm counts.
pub fn ocr_page(
    doc: &lopdf::Document,
    page_id: lopdf::ObjectId,
    pdf_path: Option<&Path>,
    page_number: u32,
    tesseract: &Tesseract,
) -> Result<String, OcrError> {
    let scan = scan_page(doc, page_id);
    let largest = scan.images.first();
    let usable = largest.filter(|image| image.width >= MIN_SCAN_WIDTH || pdf_path.is_none());
    if let Some(image) = usable {
        let dpi = images::page_dpi(doc, page_id, image.width);
        return tesseract.recognize_at(&image.bytes, dpi, PAGE_TIMEOUT);
    }
    match pdf_path {
        Some(path) => {
            let png = render_page(path, page_number, PAGE_TIMEOUT)?;
            tesseract.recognize_at(&png, Some(run::RENDER_DPI), PAGE_TIMEOUT)
        }
        None => Err(OcrError::NoImage {
            page: page_number,
            reasons: describe_skipped(&scan.skipped),
        }),
    }
}

fn describe_skipped(skipped: &[String]) -> String {
    if skipped.is_empty() {
        String::new()
    } else {
        format!(" (skipped: {})", skipped.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_with_a_sentence_does_not_need_ocr() {
        assert!(!needs_ocr(
            "Kuvendi i Komunës së Gjilanit, në mbledhjen e mbajtur më 26.03.2015, merr këtë:"
        ));
    }

    #[test]
    fn an_empty_or_nearly_empty_page_needs_ocr() {
        assert!(needs_ocr(""));
        assert!(needs_ocr("  \n\u{c}\n "));
        assert!(needs_ocr("- 3 -"));
        // 19 letters is one short of the bar, 20 reaches it.
        assert!(needs_ocr("abcdefghij klmnopqrs 123"));
        assert!(!needs_ocr("abcdefghij klmnopqrst 123"));
    }

    #[test]
    fn broken_font_garbage_needs_ocr() {
        // 30 letters and 20 private-use glyphs: 40% garbage.
        let text = format!("{} {}", "a".repeat(30), "\u{e001}".repeat(20));
        assert!(needs_ocr(&text));
        // 30% exactly is still text; above it is not.
        let text = format!("{} {}", "ë".repeat(70), "\u{fffd}".repeat(30));
        assert!(!needs_ocr(&text));
        let text = format!("{} {}", "ç".repeat(69), "\u{fffd}".repeat(31));
        assert!(needs_ocr(&text));
    }

    #[test]
    fn digits_and_punctuation_are_not_garbage() {
        let text = "Vlera: 150.000,00 € — „subvencione” (neni 12, § 2) 01 Nr. 016-4521/15 Gjilan";
        assert!(!needs_ocr(text));
    }

    #[test]
    fn skipped_images_are_listed_in_the_error() {
        assert_eq!(describe_skipped(&[]), "");
        assert_eq!(
            describe_skipped(&["Im0: JBIG2Decode".to_string()]),
            " (skipped: Im0: JBIG2Decode)"
        );
    }
}
