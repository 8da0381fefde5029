//! Annotation appearances: the text a page shows in its annotations (form
//! fields, free text, stamps), which poppler draws with the page.
//!
//! Owns: choosing each annotation's normal appearance stream and the matrix
//! that maps it into the annotation's `/Rect` (ISO 32000-1 §12.5.5); and,
//! for text and choice fields and free-text annotations that have no
//! appearance stream (or whose form asks for new ones), the text poppler
//! would generate an appearance for, placed in the rectangle ([`generated`]).
//!
//! Must not touch: interpreting the streams (`content`). Bounded by
//! [`MAX_ANNOTATIONS`] per page.

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::content::{apply, matrix, Matrix, IDENTITY};
use super::layout::Glyph;
use super::{get, number};

/// Annotations read per page, at most.
const MAX_ANNOTATIONS: usize = 1_000;
/// `/F` flags for which the annotation is not shown: Hidden and NoView.
const NOT_SHOWN: i64 = 2 | 32;

/// The normal appearance streams of the page's shown annotations, each with
/// the matrix that places it in its rectangle.
pub fn appearances(doc: &Document, page: &Dictionary) -> Vec<(ObjectId, Matrix)> {
    shown_annotations(doc, page)
        .filter(|annot| generated_value(doc, annot).is_none())
        .filter_map(|annot| appearance(doc, annot))
        .collect()
}

/// The page's annotations that a viewer shows (at most [`MAX_ANNOTATIONS`]).
fn shown_annotations<'a>(
    doc: &'a Document,
    page: &'a Dictionary,
) -> impl Iterator<Item = &'a Dictionary> + 'a {
    let annots = match get(doc, page, b"Annots").map(Object::as_array) {
        Some(Ok(annots)) => annots.as_slice(),
        _ => &[],
    };
    annots
        .iter()
        .take(MAX_ANNOTATIONS)
        .filter_map(|a| doc.dereference(a).ok()?.1.as_dict().ok())
        .filter(|annot| shown(doc, annot))
}

/// Parent links followed to find an inherited field entry, at most.
const MAX_PARENTS: usize = 32;
/// Characters of generated text per annotation, at most.
const MAX_GENERATED: usize = 10_000;
/// Field flags (`/Ff`): a password field, whose value no viewer shows.
const PASSWORD: i64 = 1 << 13;

/// The text of the page's shown annotations that carry a value but no
/// appearance to draw it: text and choice fields without `/AP /N` (or all
/// of them when the form sets `/NeedAppearances`), and free-text
/// annotations without one. Viewers (poppler, pdf.js) generate an
/// appearance from the value for these, so the value is on the page; each
/// line is one glyph run at the top left of the annotation's `/Rect`.
pub fn generated(doc: &Document, page: &Dictionary) -> Vec<Glyph> {
    shown_annotations(doc, page)
        .flat_map(|annot| generated_glyphs(doc, annot))
        .collect()
}

/// The value an appearance must be generated for, if this annotation needs one.
fn generated_value(doc: &Document, annot: &Dictionary) -> Option<String> {
    let subtype = get(doc, annot, b"Subtype")?.as_name().ok()?;
    let value = match subtype {
        b"FreeText" if appearance(doc, annot).is_none() => free_text(doc, annot)?,
        b"Widget" if need_appearances(doc) || appearance(doc, annot).is_none() => {
            field_value(doc, annot)?
        }
        _ => return None,
    };
    let value: String = value.chars().take(MAX_GENERATED).collect();
    (!value.trim().is_empty()).then_some(value)
}

/// `/NeedAppearances` in the document's interactive form: every field's
/// appearance is to be made anew from its value (poppler does so).
fn need_appearances(doc: &Document) -> bool {
    let Ok(catalog) = doc.catalog() else {
        return false;
    };
    get(doc, catalog, b"AcroForm")
        .and_then(|form| form.as_dict().ok())
        .and_then(|form| get(doc, form, b"NeedAppearances"))
        .and_then(|need| need.as_bool().ok())
        .unwrap_or(false)
}

/// A free-text annotation's text: `/Contents`, else its rich text without markup.
fn free_text(doc: &Document, annot: &Dictionary) -> Option<String> {
    text_entry(doc, annot, b"Contents")
        .filter(|text| !text.trim().is_empty())
        .or_else(|| text_entry(doc, annot, b"RC").map(|rich| strip_markup(&rich)))
}

/// The shown value of a text or choice field (`/FT`, `/V`, `/Ff` inherited
/// through `/Parent`); none for buttons, signatures and password fields.
fn field_value(doc: &Document, annot: &Dictionary) -> Option<String> {
    let kind = inherited(doc, annot, b"FT")?.as_name().ok()?;
    if kind != b"Tx" && kind != b"Ch" {
        return None;
    }
    let flags = inherited(doc, annot, b"Ff")
        .and_then(|f| f.as_i64().ok())
        .unwrap_or(0);
    if kind == b"Tx" && flags & PASSWORD != 0 {
        return None;
    }
    match inherited(doc, annot, b"V")? {
        Object::String(bytes, _) => Some(text_string(bytes)),
        // A multiple-choice list box: its selected options, one a line.
        Object::Array(items) => Some(
            items
                .iter()
                .filter_map(|item| match doc.dereference(item).ok()?.1 {
                    Object::String(bytes, _) => Some(text_string(bytes)),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        _ => None,
    }
}

/// A field entry from the widget or the nearest field above it.
fn inherited<'a>(doc: &'a Document, annot: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    let mut dict = annot;
    for _ in 0..MAX_PARENTS {
        if let Some(value) = get(doc, dict, key) {
            return Some(value);
        }
        dict = get(doc, dict, b"Parent")?.as_dict().ok()?;
    }
    None
}

fn text_entry(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<String> {
    match get(doc, dict, key)? {
        Object::String(bytes, _) => Some(text_string(bytes)),
        // Rich text may also come as a stream.
        stream @ Object::Stream(_) => super::stream_data(doc, stream).map(|b| text_string(&b)),
        _ => None,
    }
}

/// A PDF text string (UTF-16 or UTF-8 with a byte-order mark, else PDFDocEncoding).
fn text_string(bytes: &[u8]) -> String {
    if let Some(utf16) = bytes.strip_prefix(b"\xFE\xFF") {
        // Lossy: one bad surrogate must not cost the whole value.
        let units: Vec<u16> = utf16
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    lopdf::decode_text_string(&Object::string_literal(bytes.to_vec()))
        .unwrap_or_else(|_| String::from_utf8_lossy(bytes).into_owned())
}

/// Rich text (XHTML) as plain text: tags dropped, paragraph and line-break
/// tags as line breaks, the five XML entities decoded.
fn strip_markup(rich: &str) -> String {
    let mut text = String::new();
    let mut rest = rich;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            rest = "";
            break;
        };
        let tag = rest[open + 1..open + close].trim_start_matches('/');
        let name = tag.split(|c: char| c.is_whitespace() || c == '/').next();
        if matches!(name, Some("p" | "br" | "P" | "BR")) && !text.ends_with('\n') {
            text.push('\n');
        }
        rest = &rest[open + close + 1..];
    }
    text.push_str(rest);
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The generated text as glyph runs: one per line, from the top of the
/// rectangle down, at the `/DA` font size (12 when absent or automatic).
fn generated_glyphs(doc: &Document, annot: &Dictionary) -> Vec<Glyph> {
    let (Some(value), Some(rect)) = (generated_value(doc, annot), rectangle(doc, annot, b"Rect"))
    else {
        return Vec::new();
    };
    let size = appearance_font_size(doc, annot).unwrap_or(12.0);
    let lines: Vec<&str> = value.lines().filter(|l| !l.trim().is_empty()).collect();
    // A single line sits in the middle of its box, as poppler draws it;
    // several run down from the top.
    let top = if lines.len() == 1 {
        ((rect[1] + rect[3]) / 2.0 + size * 0.35).min(rect[3])
    } else {
        rect[3] - 2.0 - size * 0.8
    };
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let y = top - i as f32 * size * 1.15;
            let x = rect[0] + 2.0;
            // Width is unknown without the font; half the size per character
            // is a fair average for layout's gaps.
            let end = x + size * 0.5 * line.chars().count() as f32;
            Glyph::oriented((x, y), (end, y), (1.0, 0.0), size, line.trim().to_string())
        })
        .collect()
}

/// The font size set by `/DA` (`/Font size Tf`), inherited; none for 0 (auto size).
fn appearance_font_size(doc: &Document, annot: &Dictionary) -> Option<f32> {
    let da = match inherited(doc, annot, b"DA")? {
        Object::String(bytes, _) => bytes.clone(),
        _ => return None,
    };
    let words: Vec<&[u8]> = da.split(|b| b.is_ascii_whitespace()).collect();
    let tf = words.iter().rposition(|w| *w == b"Tf")?;
    let size: f32 = std::str::from_utf8(words.get(tf.checked_sub(1)?)?)
        .ok()?
        .parse()
        .ok()?;
    (size.is_finite() && size > 0.5 && size < 200.0).then_some(size)
}

fn shown(doc: &Document, annot: &Dictionary) -> bool {
    let flags = get(doc, annot, b"F")
        .and_then(|f| f.as_i64().ok())
        .unwrap_or(0);
    let popup = get(doc, annot, b"Subtype").and_then(|s| s.as_name().ok()) == Some(b"Popup");
    flags & NOT_SHOWN == 0 && !popup
}

/// `/AP /N`: a stream, or a dictionary of streams chosen by `/AS`.
fn appearance(doc: &Document, annot: &Dictionary) -> Option<(ObjectId, Matrix)> {
    let normal = get(doc, annot, b"AP")?.as_dict().ok()?.get(b"N").ok()?;
    let id = match normal {
        Object::Reference(id) => match doc.get_object(*id).ok()? {
            Object::Stream(_) => *id,
            Object::Dictionary(states) => state(doc, annot, states)?,
            _ => return None,
        },
        Object::Dictionary(states) => state(doc, annot, states)?,
        _ => return None,
    };
    let stream = doc.get_object(id).ok()?.as_stream().ok()?;
    Some((id, placement(doc, annot, &stream.dict)))
}

fn state(doc: &Document, annot: &Dictionary, states: &Dictionary) -> Option<ObjectId> {
    let name = get(doc, annot, b"AS")?.as_name().ok()?;
    states.get(name).ok()?.as_reference().ok()
}

/// The matrix that maps the form's transformed `/BBox` onto the annotation's `/Rect`.
fn placement(doc: &Document, annot: &Dictionary, form: &Dictionary) -> Matrix {
    let (Some(rect), Some(bbox)) = (
        rectangle(doc, annot, b"Rect"),
        rectangle(doc, form, b"BBox"),
    ) else {
        return IDENTITY;
    };
    let form_matrix = get(doc, form, b"Matrix")
        .and_then(|o| o.as_array().ok())
        .and_then(|a| matrix(a))
        .unwrap_or(IDENTITY);
    let corners = [
        apply(&form_matrix, bbox[0], bbox[1]),
        apply(&form_matrix, bbox[2], bbox[1]),
        apply(&form_matrix, bbox[0], bbox[3]),
        apply(&form_matrix, bbox[2], bbox[3]),
    ];
    let (min_x, max_x) = span(corners.iter().map(|c| c.0));
    let (min_y, max_y) = span(corners.iter().map(|c| c.1));
    let scale = |to: f32, from: f32| {
        if from.abs() > f32::EPSILON {
            to / from
        } else {
            1.0
        }
    };
    let sx = scale(rect[2] - rect[0], max_x - min_x);
    let sy = scale(rect[3] - rect[1], max_y - min_y);
    // The form's own matrix is applied by the interpreter; this comes after it.
    [sx, 0.0, 0.0, sy, rect[0] - min_x * sx, rect[1] - min_y * sy]
}

fn span(values: impl Iterator<Item = f32>) -> (f32, f32) {
    values.fold((f32::MAX, f32::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)))
}

/// A rectangle entry as `[x0 y0 x1 y1]`, normalized so x0 ≤ x1 and y0 ≤ y1.
fn rectangle(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<[f32; 4]> {
    let values: Vec<f32> = get(doc, dict, key)?
        .as_array()
        .ok()?
        .iter()
        .filter_map(|o| number(doc.dereference(o).ok()?.1))
        .collect();
    let &[a, b, c, d] = values.get(..4)? else {
        return None;
    };
    Some([a.min(c), b.min(d), a.max(c), b.max(d)])
}

#[cfg(test)]
mod tests {
    use lopdf::{dictionary, Stream};

    use super::*;

    /// A page with no content of its own and one annotation per `(flags, text)`.
    fn page_with_annotations(doc: &mut Document, annotations: &[(i64, &str)]) -> ObjectId {
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        });
        let mut annots = Vec::new();
        for (i, (flags, text)) in annotations.iter().enumerate() {
            let y = 700 - 40 * i as i64;
            let content = format!("BT /F1 10 Tf 2 2 Td ({text}) Tj ET");
            // No /Subtype: many producers leave it out of appearance streams.
            let form = doc.add_object(Stream::new(
                dictionary! {
                    "BBox" => vec![0.into(), 0.into(), 100.into(), 20.into()],
                    "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
                },
                content.into_bytes(),
            ));
            annots.push(Object::Reference(doc.add_object(dictionary! {
                "Type" => "Annot", "Subtype" => "FreeText", "F" => *flags,
                "Rect" => vec![72.into(), y.into(), 172.into(), (y + 20).into()],
                "AP" => dictionary! { "N" => form },
            })));
        }
        let contents = doc.add_object(Stream::new(dictionary! {}, Vec::new()));
        doc.add_object(dictionary! {
            "Type" => "Page", "Contents" => contents, "Annots" => annots,
        })
    }

    #[test]
    fn shown_annotations_give_their_text_in_place() {
        let mut doc = Document::new();
        let page = page_with_annotations(&mut doc, &[(4, "lart"), (2, "fshehur"), (0, "poshte")]);
        assert_eq!(crate::pdf::page_text(&doc, page).unwrap(), "lart\nposhte");
    }

    #[test]
    fn the_appearance_is_fitted_into_the_rectangle() {
        let mut doc = Document::new();
        let form = Dictionary::from_iter(vec![(
            "BBox",
            Object::Array(vec![0.into(), 0.into(), 50.into(), 10.into()]),
        )]);
        let annot = Dictionary::from_iter(vec![(
            "Rect",
            Object::Array(vec![200.into(), 100.into(), 100.into(), 120.into()]),
        )]);
        doc.add_object(Object::Null);
        assert_eq!(
            placement(&doc, &annot, &form),
            [2.0, 0.0, 0.0, 2.0, 100.0, 100.0]
        );
    }

    /// A page with the given annotations and no content of its own.
    fn page_with(doc: &mut Document, annots: Vec<Dictionary>) -> ObjectId {
        let annots: Vec<Object> = annots
            .into_iter()
            .map(|a| Object::Reference(doc.add_object(a)))
            .collect();
        let contents = doc.add_object(Stream::new(dictionary! {}, Vec::new()));
        doc.add_object(dictionary! {
            "Type" => "Page", "Contents" => contents, "Annots" => annots,
        })
    }

    fn rect(y: i64) -> Object {
        vec![72.into(), y.into(), 272.into(), (y + 20).into()].into()
    }

    #[test]
    fn fields_without_appearances_show_their_values() {
        let mut doc = Document::new();
        // The value and type live on the parent field, as in split fields.
        let parent = doc.add_object(dictionary! {
            "FT" => "Tx", "V" => Object::string_literal(b"Emri i plot\xEB".to_vec()),
        });
        let mut utf16 = vec![0xFE, 0xFF];
        utf16.extend("Załącznik".encode_utf16().flat_map(|u| u.to_be_bytes()));
        let annots = vec![
            dictionary! { "Subtype" => "Widget", "Parent" => parent, "Rect" => rect(700),
            "DA" => Object::string_literal("/Helv 10 Tf 0 g") },
            dictionary! { "Subtype" => "FreeText", "Rect" => rect(600),
            "Contents" => Object::string_literal(utf16) },
            dictionary! { "Subtype" => "FreeText", "Rect" => rect(500),
            "RC" => Object::string_literal(
                    b"<body><p>Rreshti &amp; nj\xEB</p><p>dy</p></body>".to_vec()) },
            dictionary! { "Subtype" => "Widget", "FT" => "Tx", "Ff" => PASSWORD, "Rect" => rect(400),
            "V" => Object::string_literal("sekret") },
            dictionary! { "Subtype" => "Widget", "FT" => "Btn", "Rect" => rect(300),
            "V" => Object::string_literal("Off") },
        ];
        let page = page_with(&mut doc, annots);
        assert_eq!(
            crate::pdf::page_text(&doc, page).unwrap(),
            "Emri i plotë\nZałącznik\nRreshti & një\ndy"
        );
    }

    #[test]
    fn need_appearances_replaces_the_stale_appearance() {
        let mut doc = Document::new();
        let stale = doc.add_object(Stream::new(
            dictionary! { "BBox" => vec![0.into(), 0.into(), 100.into(), 20.into()] },
            b"BT /F1 10 Tf 2 2 Td (old) Tj ET".to_vec(),
        ));
        let annot = dictionary! { "Subtype" => "Widget", "FT" => "Ch", "Rect" => rect(700),
        "V" => Object::string_literal("new"), "AP" => dictionary! { "N" => stale } };
        let page = page_with(&mut doc, vec![annot]);
        let form = doc.add_object(dictionary! { "NeedAppearances" => true });
        let pages = doc.add_object(dictionary! { "Type" => "Pages", "Kids" => vec![page.into()] });
        let catalog = doc.add_object(dictionary! {
            "Type" => "Catalog", "Pages" => pages, "AcroForm" => form,
        });
        doc.trailer.set("Root", catalog);
        assert_eq!(crate::pdf::page_text(&doc, page).unwrap(), "new");
    }

    #[test]
    fn the_font_size_comes_from_the_default_appearance() {
        let da = |s: &str| dictionary! { "DA" => Object::string_literal(s) };
        let doc = Document::new();
        assert_eq!(
            appearance_font_size(&doc, &da("1 0 0 rg /F1 9.5 Tf")),
            Some(9.5)
        );
        assert_eq!(appearance_font_size(&doc, &da("/F1 0 Tf")), None);
        assert_eq!(appearance_font_size(&doc, &da("Tf")), None);
        assert_eq!(appearance_font_size(&doc, &dictionary! {}), None);
    }
}
