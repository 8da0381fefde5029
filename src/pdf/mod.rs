//! Position-aware text extraction from one PDF page, on lopdf's object model.
//!
//! Owns: interpreting a page's content streams (and the Form XObjects they
//! draw) into positioned glyphs ([`content`]), decoding font encodings and
//! ToUnicode maps ([`font`], [`cmap`]), and laying glyphs out as reading-order
//! text ([`layout`]): spaces from gaps, lines from baselines, two-column
//! pages column by column, hyphenated line ends joined.
//!
//! Must not touch: loading or decrypting documents, catching parser panics
//! and text clean-up after extraction (all in `ingest::pdf`), or anything
//! about acts. Every limit on hostile input lives here: decompression per
//! stream, XObject depth and cycles, operations per page.
//!
//! The public API is [`page_text`] and [`PageError`]; [`write`] is the one
//! place that assembles PDFs arkiva makes itself (sample acts, scans).

mod annots;
mod cff;
mod cid;
mod cmap;
mod content;
mod font;
mod glyphs;
mod layout;
mod lexer;
mod names;
mod truetype;
pub mod write;

use lopdf::{Dictionary, Document, Object, ObjectId};

/// A page whose text could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    #[error("page object {0:?} is missing or not a dictionary")]
    NoPage(ObjectId),
    #[error("page content is too large: {0}")]
    TooLarge(String),
    #[error("page content cannot be parsed: {0}")]
    Content(String),
}

/// A bound on how much one stream may inflate, against decompression bombs.
pub const MAX_STREAM: usize = 64 * 1024 * 1024;

/// The text of one page in reading order; lines separated by `\n`.
pub fn page_text(doc: &Document, page: ObjectId) -> Result<String, PageError> {
    let page_dict = doc
        .get_dictionary(page)
        .map_err(|_| PageError::NoPage(page))?;
    let data = doc
        .get_page_content_with_limit(page, MAX_STREAM)
        .map_err(|e| PageError::TooLarge(e.to_string()))?;
    let resources = page_resources(doc, page);
    let appearances = annots::appearances(doc, page_dict);
    let mut glyphs = content::run_with_appearances(doc, &data, &resources, &appearances)?;
    glyphs.extend(annots::generated(doc, page_dict));
    Ok(layout::text(glyphs))
}

/// The page's resource dictionaries, nearest first (inherited ones after).
fn page_resources(doc: &Document, page: ObjectId) -> Vec<&Dictionary> {
    let Ok((direct, ids)) = doc.get_page_resources(page) else {
        return Vec::new();
    };
    direct
        .into_iter()
        .chain(ids.into_iter().filter_map(|id| doc.get_dictionary(id).ok()))
        .collect()
}

/// A dictionary entry with references followed.
fn get<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    let object = dict.get(key).ok()?;
    doc.dereference(object).ok().map(|(_, o)| o)
}

/// A number operand or entry as f32, finite only.
fn number(object: &Object) -> Option<f32> {
    match object {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
    .filter(|n| n.is_finite())
}

/// A stream's decoded bytes (raw bytes when a filter is unknown), bounded by [`MAX_STREAM`].
fn stream_data(doc: &Document, object: &Object) -> Option<Vec<u8>> {
    let (_, object) = doc.dereference(object).ok()?;
    let stream = object.as_stream().ok()?;
    match stream.decompressed_content_with_limit(MAX_STREAM) {
        Ok(data) => Some(data),
        Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. })) => None,
        Err(_) => (stream.content.len() <= MAX_STREAM).then(|| stream.content.clone()),
    }
}
