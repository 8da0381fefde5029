//! Repairs to a loaded document that poppler makes and lopdf does not.
//!
//! Owns: giving stream objects whose `/Length` is missing or unusable their
//! data back (up to `endstream`, as poppler reads them), making stream
//! `/Filter` and `/DecodeParms` given by reference direct (lopdf reads only
//! direct ones), and finding the pages of a document whose page tree is broken. Works on an already loaded
//! [`Document`] and the bytes it came from.
//!
//! Must not touch: loading, decryption, or reading text (`ingest::pdf` and
//! `crate::pdf`). Every scan is bounded by [`crate::pdf::MAX_STREAM`] or
//! [`MAX_PAGES`].

use lopdf::{Document, Object, ObjectId};

use crate::pdf::MAX_STREAM;

/// Pages collected from a broken page tree, at most.
pub const MAX_PAGES: usize = 10_000;

/// Gives each stream lopdf left empty for want of a usable `/Length` the
/// bytes between `stream` and the next `endstream`. Returns how many were
/// repaired. Encrypted documents are left alone: their raw bytes would
/// need decrypting, and lopdf has already done that for the streams it read.
pub fn stream_lengths(doc: &mut Document, bytes: &[u8]) -> usize {
    if doc.was_encrypted() || doc.is_encrypted() {
        return 0;
    }
    // lopdf counts stream positions from the header, not from the file start.
    let base = bytes.windows(5).position(|w| w == b"%PDF-").unwrap_or(0);
    let Some(body) = bytes.get(base..) else {
        return 0;
    };
    let mut repaired = 0;
    for object in doc.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if !stream.content.is_empty() {
            continue;
        }
        let Some(data) = stream.start_position.and_then(|start| data_at(body, start)) else {
            continue;
        };
        if !data.is_empty() {
            stream.set_content(data.to_vec());
            repaired += 1;
        }
    }
    repaired
}

/// Replaces each stream's `/Filter` and `/DecodeParms` given by reference
/// (`/Filter 3 0 R` with `3 0 obj [/FlateDecode]`) with the object itself:
/// the format allows it and poppler follows it, but lopdf then finds no
/// filter and leaves the stream compressed. Returns how many were changed.
pub fn indirect_filters(doc: &mut Document) -> usize {
    let mut direct = Vec::new();
    for (id, object) in &doc.objects {
        let Object::Stream(stream) = object else {
            continue;
        };
        for key in [&b"Filter"[..], b"DecodeParms"] {
            if let Ok(Object::Reference(target)) = stream.dict.get(key) {
                if let Ok(value) = doc.get_object(*target) {
                    direct.push((*id, key, value.clone()));
                }
            }
        }
    }
    let changed = direct.len();
    for (id, key, value) in direct {
        if let Some(Object::Stream(stream)) = doc.objects.get_mut(&id) {
            stream.dict.set(key, value);
        }
    }
    changed
}

/// The stream data starting at `start`: everything up to the next
/// `endstream`, without the end-of-line before it; `None` when there is no
/// `endstream` within [`MAX_STREAM`] bytes.
fn data_at(body: &[u8], start: usize) -> Option<&[u8]> {
    let rest = body.get(start..)?;
    let window = &rest[..rest.len().min(MAX_STREAM)];
    let end = find(window, b"endstream")?;
    let data = &window[..end];
    let data = data.strip_suffix(b"\n").unwrap_or(data);
    Some(data.strip_suffix(b"\r").unwrap_or(data))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Every `/Type /Page` object in object order, for a document whose page
/// tree gives no pages (a missing `/Pages`, a tree without `/Kids` or
/// `/Type`, a loop). Numbered from 1 as `Document::get_pages` numbers them.
pub fn loose_pages(doc: &Document) -> Vec<(u32, ObjectId)> {
    doc.objects
        .iter()
        .filter(|(_, object)| is_page(object))
        .take(MAX_PAGES)
        .zip(1u32..)
        .map(|((id, _), number)| (number, *id))
        .collect()
}

fn is_page(object: &Object) -> bool {
    let Ok(dict) = object.as_dict() else {
        return false;
    };
    dict.get(b"Type")
        .and_then(Object::as_name)
        .is_ok_and(|name| name == b"Page")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-page PDF whose content stream (object 4) has `length_entry` as
    /// its dictionary, with an xref table at the right offsets.
    fn pdf_with_stream_dict(length_entry: &str, garbage: &str) -> Vec<u8> {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R \
             /Resources << /Font << /F1 5 0 R >> >> >>"
                .to_string(),
            format!("<< {length_entry} >>\nstream\nBT /F1 12 Tf 20 50 Td (Hello) Tj ET\nendstream"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
        ];
        let mut out = format!("{garbage}%PDF-1.4\n").into_bytes();
        let base = garbage.len();
        let mut offsets = Vec::new();
        for (i, body) in objects.iter().enumerate() {
            offsets.push(out.len() - base);
            out.extend(format!("{} 0 obj\n{body}\nendobj\n", i + 1).bytes());
        }
        let xref = out.len() - base;
        out.extend(b"xref\n0 6\n0000000000 65535 f \n");
        for offset in offsets {
            out.extend(format!("{offset:010} 00000 n \n").bytes());
        }
        out.extend(
            format!("trailer << /Root 1 0 R /Size 6 >>\nstartxref\n{xref}\n%%EOF\n").bytes(),
        );
        out
    }

    fn content_of(doc: &Document) -> Vec<u8> {
        doc.get_object((4, 0))
            .and_then(Object::as_stream)
            .map(|s| s.content.clone())
            .unwrap_or_default()
    }

    #[test]
    fn a_stream_without_length_gets_its_data_up_to_endstream() {
        let bytes = pdf_with_stream_dict("", "");
        let mut doc = Document::load_mem(&bytes).unwrap();
        assert!(content_of(&doc).is_empty(), "lopdf leaves it empty");
        assert_eq!(stream_lengths(&mut doc, &bytes), 1);
        assert_eq!(content_of(&doc), b"BT /F1 12 Tf 20 50 Td (Hello) Tj ET");
    }

    #[test]
    fn a_stream_with_an_unusable_length_and_junk_before_the_header() {
        let bytes = pdf_with_stream_dict("/Length /Nonsense", "junk\r\n");
        let mut doc = Document::load_mem(&bytes).unwrap();
        stream_lengths(&mut doc, &bytes);
        assert_eq!(content_of(&doc), b"BT /F1 12 Tf 20 50 Td (Hello) Tj ET");
    }

    #[test]
    fn a_stream_with_a_good_length_is_left_alone() {
        let bytes = pdf_with_stream_dict("/Length 35", "");
        let mut doc = Document::load_mem(&bytes).unwrap();
        assert_eq!(stream_lengths(&mut doc, &bytes), 0);
        assert_eq!(content_of(&doc), b"BT /F1 12 Tf 20 50 Td (Hello) Tj ET");
    }

    #[test]
    fn a_stream_without_endstream_stays_empty() {
        assert_eq!(data_at(b"BT ET", 0), None);
        assert_eq!(data_at(b"ab", 7), None);
        assert_eq!(data_at(b"BT ET\r\nendstream", 0), Some(&b"BT ET"[..]));
    }

    #[test]
    fn a_filter_given_by_reference_is_made_direct() {
        let bytes = pdf_with_stream_dict("/Length 35 /Filter 6 0 R", "");
        let mut doc = Document::load_mem(&bytes).unwrap();
        let filters = doc.add_object(vec![Object::Name(b"ASCIIHexDecode".to_vec())]);
        assert_eq!(filters, (6, 0));
        let stream = doc.get_object_mut((4, 0)).unwrap().as_stream_mut().unwrap();
        stream.set_content(b"42 54 20 45 54>".to_vec());
        let undecoded = stream.decompressed_content().unwrap_or_default();
        assert_ne!(undecoded, b"BT ET", "lopdf alone cannot");
        assert_eq!(indirect_filters(&mut doc), 1);
        let stream = doc.get_object((4, 0)).unwrap().as_stream().unwrap();
        assert_eq!(stream.decompressed_content().unwrap(), b"BT ET");
    }

    #[test]
    fn pages_are_found_without_a_page_tree() {
        let bytes = pdf_with_stream_dict("/Length 35", "");
        let mut doc = Document::load_mem(&bytes).unwrap();
        // The catalog loses its page tree.
        doc.objects.remove(&(2, 0));
        assert!(doc.get_pages().is_empty());
        assert_eq!(loose_pages(&doc), vec![(1, (3, 0))]);
    }
}
