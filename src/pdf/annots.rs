//! Annotation appearances: the text a page shows in its annotations (form
//! fields, free text, stamps), which poppler draws with the page.
//!
//! Owns: choosing each annotation's normal appearance stream and the matrix
//! that maps it into the annotation's `/Rect` (ISO 32000-1 §12.5.5).
//!
//! Must not touch: interpreting the streams (`content`). Bounded by
//! [`MAX_ANNOTATIONS`] per page.

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::content::{apply, matrix, Matrix, IDENTITY};
use super::{get, number};

/// Annotations read per page, at most.
const MAX_ANNOTATIONS: usize = 1_000;
/// `/F` flags for which the annotation is not shown: Hidden and NoView.
const NOT_SHOWN: i64 = 2 | 32;

/// The normal appearance streams of the page's shown annotations, each with
/// the matrix that places it in its rectangle.
pub fn appearances(doc: &Document, page: &Dictionary) -> Vec<(ObjectId, Matrix)> {
    let Some(Ok(annots)) = get(doc, page, b"Annots").map(Object::as_array) else {
        return Vec::new();
    };
    annots
        .iter()
        .take(MAX_ANNOTATIONS)
        .filter_map(|a| doc.dereference(a).ok()?.1.as_dict().ok())
        .filter(|annot| shown(doc, annot))
        .filter_map(|annot| appearance(doc, annot))
        .collect()
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
}
