//! What arkiva reads from one file, in the structured form that both
//! `arkiva extract --json` prints and the isolated PDF worker sends back to
//! an ingest run (see [`super::isolate`]).
//!
//! Owns the [`Extraction`] types, their JSON, and the in-process reading of
//! one file into them. Does not parse PDFs itself ([`super::pdf`] does) nor
//! read metadata ([`super::header`] does); knows nothing of the index.

use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::header::{self, Header};
use super::pdf::{self, PdfError, PdfText};
use crate::model::ActType;

/// How to read a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ExtractOptions {
    /// Read pages without a usable text layer with OCR (when Tesseract is
    /// installed; otherwise a warning says so).
    pub ocr: bool,
}

/// The warning of a PDF with no text at all.
const NO_TEXT: &str = "no text layer (a scan?)";

/// Everything arkiva reads from one file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The file as it was named on the command line or found by ingest.
    pub file: String,
    pub pages: Vec<Page>,
    pub failed_pages: Vec<FailedPage>,
    pub metadata: Metadata,
    pub warnings: Vec<String>,
    /// Pages without a usable text layer that OCR could not read because
    /// Tesseract is not installed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unread_scans: Vec<u32>,
}

/// The text of one page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page {
    /// 1-based page number.
    pub number: u32,
    pub text: String,
    /// True when the text came from OCR rather than the text layer.
    pub ocr: bool,
}

/// A page that could not be read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FailedPage {
    pub number: u32,
    pub reason: String,
}

/// What the header parser found in the text (every field may be missing).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    #[serde(rename = "type")]
    pub act_type: Option<ActType>,
    pub number: Option<String>,
    pub date: Option<NaiveDate>,
    pub issuer: Option<String>,
    pub title: Option<String>,
    pub municipality: Option<String>,
}

/// Why a file could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    // The fields are not named `source`: the message already carries them,
    // and a source would print twice in an error chain.
    #[error("cannot read {file}: {error}")]
    Read { file: String, error: std::io::Error },
    #[error("{file}: {error}")]
    Pdf { file: String, error: PdfError },
}

/// What the isolated worker writes on standard output: the extraction, or
/// why the file could not be read. A worker that cannot say either (it
/// crashed, ran out of time or memory) is judged by how it ended instead.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum WorkerReply {
    Failed { file: String, error: String },
    Read(Extraction),
}

impl Extraction {
    /// Builds the extraction of `file` from a PDF's text.
    pub fn from_pdf(file: &str, text: &PdfText) -> Extraction {
        let pages = numbered_pages(text);
        let joined = text.joined();
        let mut warnings = text.notes.clone();
        if joined.trim().is_empty() {
            warnings.push(NO_TEXT.to_string());
        }
        Extraction {
            file: file.to_string(),
            pages,
            failed_pages: text
                .failed_pages
                .iter()
                .map(|(number, reason)| FailedPage {
                    number: *number,
                    reason: reason.clone(),
                })
                .collect(),
            metadata: Metadata::from(header::read(&joined)),
            warnings,
            unread_scans: text.unread_scans.clone(),
        }
    }

    /// Back to the form ingest works on.
    pub fn to_pdf_text(&self) -> PdfText {
        PdfText {
            ocr_pages: self
                .pages
                .iter()
                .filter(|p| p.ocr)
                .map(|p| p.number)
                .collect(),
            notes: self
                .warnings
                .iter()
                .filter(|w| *w != NO_TEXT)
                .cloned()
                .collect(),
            pages: self.pages.iter().map(|p| p.text.clone()).collect(),
            unread_scans: self.unread_scans.clone(),
            failed_pages: self
                .failed_pages
                .iter()
                .map(|p| (p.number, p.reason.clone()))
                .collect(),
        }
    }

    /// The text as pdftotext prints it: every page followed by a form feed.
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        for page in &self.pages {
            out.push_str(&page.text);
            out.push_str("\n\u{c}");
        }
        out
    }
}

/// [`PdfText`] keeps the pages it read in order and the failed ones apart,
/// by number; page numbers run from 1, so the read pages take the numbers
/// the failed ones leave free.
fn numbered_pages(text: &PdfText) -> Vec<Page> {
    let failed: Vec<u32> = text.failed_pages.iter().map(|(n, _)| *n).collect();
    let numbers = (1u32..).filter(|n| !failed.contains(n));
    text.pages
        .iter()
        .zip(numbers)
        .map(|(page_text, number)| Page {
            number,
            text: page_text.clone(),
            ocr: text.ocr_pages.contains(&number),
        })
        .collect()
}

impl From<Header> for Metadata {
    fn from(header: Header) -> Metadata {
        Metadata {
            act_type: header.act_type,
            number: header.number,
            date: header.date,
            issuer: header.issuer,
            title: header.title,
            municipality: header.municipality,
        }
    }
}

/// Reads one file in this process.
pub fn extract_file(path: &Path, options: ExtractOptions) -> Result<Extraction, ExtractError> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|error| ExtractError::Read {
        file: file.clone(),
        error,
    })?;
    let reader = options.ocr.then(|| pdf::OcrReader::new(Some(path)));
    let text = pdf::extract_with(&bytes, reader.as_ref()).map_err(|error| ExtractError::Pdf {
        file: file.clone(),
        error,
    })?;
    Ok(Extraction::from_pdf(&file, &text))
}

/// What the worker prints for `path`: always a reply, never an error.
pub fn worker_reply(path: &Path, options: ExtractOptions) -> WorkerReply {
    match extract_file(path, options) {
        Ok(extraction) => WorkerReply::Read(extraction),
        Err(e) => WorkerReply::Failed {
            file: path.display().to_string(),
            error: match e {
                // The parent names the file itself; it wants the reason only.
                ExtractError::Pdf { error, .. } => error.to_string(),
                ExtractError::Read { error, .. } => format!("cannot read file: {error}"),
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(pages: &[&str], failed: &[u32]) -> PdfText {
        PdfText {
            pages: pages.iter().map(|p| p.to_string()).collect(),
            failed_pages: failed.iter().map(|n| (*n, "bad".to_string())).collect(),
            ..PdfText::default()
        }
    }

    #[test]
    fn read_pages_take_the_numbers_failed_pages_leave_free() {
        let extraction = Extraction::from_pdf("a.pdf", &text(&["one", "three"], &[2]));
        let numbers: Vec<u32> = extraction.pages.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [1, 3]);
        assert_eq!(extraction.failed_pages[0].number, 2);
        assert_eq!(extraction.to_pdf_text(), text(&["one", "three"], &[2]));
    }

    #[test]
    fn plain_text_ends_every_page_with_a_form_feed() {
        let extraction = Extraction::from_pdf("a.pdf", &text(&["one", "two"], &[]));
        assert_eq!(extraction.plain_text(), "one\n\u{c}two\n\u{c}");
    }

    #[test]
    fn worker_replies_round_trip_through_json() {
        let read = WorkerReply::Read(Extraction::from_pdf("a.pdf", &text(&["x"], &[])));
        let failed = WorkerReply::Failed {
            file: "b.pdf".into(),
            error: "not a PDF".into(),
        };
        for reply in [read, failed] {
            let json = serde_json::to_string(&reply).unwrap();
            assert_eq!(serde_json::from_str::<WorkerReply>(&json).unwrap(), reply);
        }
    }
}
