//! Text out of a PDF, page by page, on lopdf.
//!
//! Owns: loading a PDF from bytes and turning each page into text. A page
//! that fails is reported for that page only; the rest of the document is
//! kept. Parser panics on hostile files are caught here and become errors, so
//! no PDF can stop an ingest. Knows nothing of acts or metadata.

use std::panic::{catch_unwind, AssertUnwindSafe};

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
}

impl PdfText {
    /// All pages joined, separated by a form feed so page breaks survive.
    pub fn joined(&self) -> String {
        self.pages.join("\n\u{c}\n")
    }
}

/// Extracts the text of every page.
pub fn extract(bytes: &[u8]) -> Result<PdfText, PdfError> {
    if !looks_like_pdf(bytes) {
        return Err(PdfError::NotPdf);
    }
    catch_unwind(AssertUnwindSafe(|| extract_inner(bytes))).unwrap_or(Err(PdfError::Crashed))
}

/// Real PDFs may carry a few bytes of junk before the header.
fn looks_like_pdf(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    head.windows(5).any(|w| w == b"%PDF-")
}

fn extract_inner(bytes: &[u8]) -> Result<PdfText, PdfError> {
    let mut doc = lopdf::Document::load_mem(bytes).map_err(|e| PdfError::Parse(e.to_string()))?;
    // Many municipal PDFs are "protected" with an empty user password; lopdf
    // tries that password while loading, and we try it again in case it did not.
    if doc.is_encrypted() && !doc.was_encrypted() {
        doc.decrypt("").map_err(|_| PdfError::Encrypted)?;
    }
    let pages: Vec<(u32, lopdf::ObjectId)> = doc.get_pages().into_iter().collect();
    if pages.is_empty() {
        return Err(PdfError::NoPages);
    }
    let mut text = PdfText::default();
    for (page, page_id) in pages {
        let result = catch_unwind(AssertUnwindSafe(|| crate::pdf::page_text(&doc, page_id)));
        match result {
            Ok(Ok(page_text)) => text.pages.push(clean(&page_text)),
            Ok(Err(e)) => text.failed_pages.push((page, e.to_string())),
            Err(_) => text
                .failed_pages
                .push((page, "the PDF parser crashed on this page".to_string())),
        }
    }
    Ok(text)
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
