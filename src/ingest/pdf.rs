//! Text out of a PDF, page by page, on lopdf.
//!
//! Owns: loading a PDF from bytes and turning each page into text. A page
//! that fails is reported for that page only; the rest of the document is
//! kept. Parser panics on hostile files are caught here and become errors, so
//! no PDF can stop an ingest. Pages without a usable text layer are read
//! with OCR when an [`OcrReader`] is given (the OCR itself is [`crate::ocr`]'s).
//! Knows nothing of acts or metadata.

use std::cell::OnceCell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use super::{decrypt, repair};
use crate::ocr::{self, Tesseract};

use unicode_normalization::UnicodeNormalization;

/// The whole file could not be read as a PDF.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("not a PDF (the file does not start with %PDF-)")]
    NotPdf,
    #[error("cannot parse PDF: {0}")]
    Parse(String),
    #[error("the PDF has no pages")]
    NoPages,
    #[error("the PDF parser crashed on this file")]
    Crashed,
    #[error("encrypted (a password is needed)")]
    Encrypted,
}

/// The text of a PDF.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PdfText {
    pub pages: Vec<String>,
    /// Pages that could not be read: (page number, reason).
    pub failed_pages: Vec<(u32, String)>,
    /// Pages whose text was read by OCR (page numbers, from 1).
    pub ocr_pages: Vec<u32>,
    /// What went wrong short of failing a page (OCR failed).
    pub notes: Vec<String>,
    /// Pages that needed OCR while Tesseract is not installed.
    pub unread_scans: Vec<u32>,
}

/// Reads pages without a usable text layer with Tesseract, found on first
/// need, so a document with a text layer never runs it.
pub struct OcrReader<'a> {
    /// The PDF on disk, for rendering pages that hold no scan of their own.
    file: Option<&'a Path>,
    tesseract: OnceCell<Option<Tesseract>>,
}

impl<'a> OcrReader<'a> {
    pub fn new(file: Option<&'a Path>) -> OcrReader<'a> {
        OcrReader {
            file,
            tesseract: OnceCell::new(),
        }
    }

    fn tesseract(&self) -> Option<&Tesseract> {
        self.tesseract.get_or_init(Tesseract::detect).as_ref()
    }
}

impl PdfText {
    /// All pages joined, separated by a form feed so page breaks survive.
    pub fn joined(&self) -> String {
        self.pages.join("\n\u{c}\n")
    }
}

/// Extracts the text of every page from its text layer.
pub fn extract(bytes: &[u8]) -> Result<PdfText, PdfError> {
    extract_with(bytes, None)
}

/// Extracts the text of every page, reading pages without a usable text
/// layer with `ocr` when given.
pub fn extract_with(bytes: &[u8], ocr: Option<&OcrReader>) -> Result<PdfText, PdfError> {
    if !looks_like_pdf(bytes) {
        return Err(PdfError::NotPdf);
    }
    catch_unwind(AssertUnwindSafe(|| extract_inner(bytes, ocr))).unwrap_or(Err(PdfError::Crashed))
}

/// Real PDFs may carry a few bytes of junk before the header.
fn looks_like_pdf(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    head.windows(5).any(|w| w == b"%PDF-")
}

fn extract_inner(bytes: &[u8], ocr: Option<&OcrReader>) -> Result<PdfText, PdfError> {
    let mut doc = lopdf::Document::load_mem(bytes).map_err(|e| PdfError::Parse(e.to_string()))?;
    // Many municipal PDFs are "protected" with an empty user password; lopdf
    // tries that password while loading. Some that need no password it
    // still refuses (identity crypt filters, no /ID) or decrypts with the
    // wrong cipher (crypt filters by reference); `decrypt` opens those.
    if doc.is_encrypted() && !doc.was_encrypted() {
        doc = decrypt::open_without_password(bytes).ok_or(PdfError::Encrypted)?;
    } else if decrypt::filters_missed(&doc) {
        doc = decrypt::open_without_password(bytes).unwrap_or(doc);
    }
    // Streams without a usable /Length and broken page trees are read as
    // poppler reads them, so damaged files keep their text.
    repair::stream_lengths(&mut doc, bytes);
    repair::indirect_filters(&mut doc);
    let mut pages: Vec<(u32, lopdf::ObjectId)> = doc.get_pages().into_iter().collect();
    if pages.is_empty() {
        pages = repair::loose_pages(&doc);
    }
    if pages.is_empty() {
        return Err(PdfError::NoPages);
    }
    let mut text = PdfText::default();
    for (page, page_id) in pages {
        let result = catch_unwind(AssertUnwindSafe(|| crate::pdf::page_text(&doc, page_id)));
        match result {
            Ok(Ok(page_text)) => {
                let page_text = clean(&page_text);
                let page_text = match ocr.filter(|_| ocr::needs_ocr(&page_text)) {
                    Some(reader) => with_ocr(&doc, (page, page_id), page_text, reader, &mut text),
                    None => page_text,
                };
                text.pages.push(page_text);
            }
            Ok(Err(e)) => text.failed_pages.push((page, e.to_string())),
            Err(_) => text
                .failed_pages
                .push((page, "the PDF parser crashed on this page".to_string())),
        }
    }
    Ok(text)
}

/// The page's text read by OCR, or its text layer as it was when OCR is not
/// installed, fails, or reads less (a note says why).
fn with_ocr(
    doc: &lopdf::Document,
    (page, page_id): (u32, lopdf::ObjectId),
    layer: String,
    reader: &OcrReader,
    text: &mut PdfText,
) -> String {
    // Without Tesseract the file's warning lists these pages, and the
    // ingest run says how to install it once.
    let Some(tesseract) = reader.tesseract() else {
        text.unread_scans.push(page);
        return layer;
    };
    match ocr::ocr_page(doc, page_id, reader.file, page, tesseract) {
        Ok(read) if read.trim().len() > layer.trim().len() => {
            text.ocr_pages.push(page);
            clean(&read)
        }
        Ok(_) => layer,
        Err(e) => {
            text.notes.push(format!("page {page}: OCR failed: {e}"));
            layer
        }
    }
}

/// NFKC (PDFs carry ligatures such as "ﬁ"), no control characters, trimmed lines.
fn clean(raw: &str) -> String {
    let normalized: String = raw
        .nfkc()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect();
    normalized
        .lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_non_pdf_bytes() {
        assert!(matches!(extract(b"hello"), Err(PdfError::NotPdf)));
        assert!(matches!(extract(&[0u8; 10]), Err(PdfError::NotPdf)));
    }

    #[test]
    fn truncated_pdf_is_an_error_not_a_panic() {
        assert!(extract(b"%PDF-1.4\n1 0 obj << /Type /Catalog").is_err());
    }

    #[test]
    fn clean_normalizes_ligatures_and_spaces() {
        assert_eq!(
            clean("  ﬁnancat   e  \u{1}komunës \n\n x "),
            "financat e komunës\n\nx"
        );
    }
}
