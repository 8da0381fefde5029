//! Writes simple PDFs with a standard-14 font (Helvetica) in WinAnsi
//! encoding — the other kind of PDF municipal offices publish besides
//! word-processor output with embedded subset fonts.

use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document, Object, StringFormat};

use crate::pdf::write::{save_with_pages, NewPage};

/// A line of text on a page.
#[derive(Debug, Clone)]
pub struct Line {
    pub text: String,
    pub bold: bool,
    pub centered: bool,
}

impl Line {
    pub fn plain(text: impl Into<String>) -> Line {
        Line {
            text: text.into(),
            bold: false,
            centered: false,
        }
    }

    pub fn title(text: impl Into<String>) -> Line {
        Line {
            text: text.into(),
            bold: true,
            centered: true,
        }
    }
}

const PAGE_WIDTH: f32 = 595.0;
const PAGE_HEIGHT: f32 = 842.0;
const MARGIN: f32 = 72.0;
const FONT_SIZE: f32 = 11.0;
const LEADING: f32 = 15.0;
/// Helvetica's average glyph width as a share of the font size, for centring.
const AVERAGE_WIDTH: f32 = 0.5;

/// A PDF with one page per entry of `pages`; lines too long for the page
/// are wrapped at word boundaries.
pub fn standard14(pages: &[Vec<Line>]) -> Vec<u8> {
    let mut doc = Document::with_version("1.4");
    let pages_id = doc.new_object_id();
    let font = |base: &str| {
        dictionary! {
            "Type" => "Font",
            "Subtype" => "Type1",
            "BaseFont" => base.to_string(),
            "Encoding" => "WinAnsiEncoding",
        }
    };
    let regular = doc.add_object(font("Helvetica"));
    let bold = doc.add_object(font("Helvetica-Bold"));
    let resources = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => regular, "F2" => bold },
    });
    let pages = pages
        .iter()
        .map(|lines| NewPage {
            content: page_content(lines),
            resources: resources.into(),
            width: PAGE_WIDTH,
            height: PAGE_HEIGHT,
        })
        .collect();
    save_with_pages(doc, pages_id, pages)
}

fn page_content(lines: &[Line]) -> Content {
    let mut operations = Vec::new();
    let mut y = PAGE_HEIGHT - MARGIN;
    let max_chars = ((PAGE_WIDTH - 2.0 * MARGIN) / (FONT_SIZE * AVERAGE_WIDTH)) as usize;
    for line in lines {
        for text in wrap(&line.text, max_chars) {
            let width = text.chars().count() as f32 * FONT_SIZE * AVERAGE_WIDTH;
            let x = if line.centered {
                ((PAGE_WIDTH - width) / 2.0).max(MARGIN)
            } else {
                MARGIN
            };
            let font = if line.bold { "F2" } else { "F1" };
            operations.extend([
                Operation::new("BT", vec![]),
                Operation::new("Tf", vec![font.into(), FONT_SIZE.into()]),
                Operation::new("Td", vec![x.into(), y.into()]),
                Operation::new(
                    "Tj",
                    vec![Object::String(win_ansi(&text), StringFormat::Literal)],
                ),
                Operation::new("ET", vec![]),
            ]);
            y -= LEADING;
        }
        if line.text.is_empty() {
            y -= LEADING;
        }
    }
    Content { operations }
}

fn wrap(text: &str, max_chars: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > max_chars {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// Windows-1252 bytes, which is what WinAnsiEncoding means for these letters.
fn win_ansi(text: &str) -> Vec<u8> {
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    bytes.into_owned()
}
