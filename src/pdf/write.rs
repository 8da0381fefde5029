//! Writing a PDF out of pages: the one place that assembles a page tree,
//! for the PDFs arkiva makes (the sample generator's acts, image-only scans).

use lopdf::content::Content;
use lopdf::{dictionary, Document, Object, ObjectId};

/// A page to add: its content and resources, and its size in points.
pub struct NewPage {
    pub content: Content,
    pub resources: Object,
    pub width: f32,
    pub height: f32,
}

/// `doc` with `pages` under the page tree `pages_id` (allocated by the
/// caller before its other objects, which keeps the generator's bytes as
/// they were) and a catalog, as bytes.
pub fn save_with_pages(mut doc: Document, pages_id: ObjectId, pages: Vec<NewPage>) -> Vec<u8> {
    let kids: Vec<Object> = pages
        .into_iter()
        .map(|page| {
            let bytes = page.content.encode().unwrap_or_default();
            let content_id = doc.add_object(lopdf::Stream::new(dictionary! {}, bytes));
            let page_id = doc.add_object(dictionary! {
                "Type" => "Page",
                "Parent" => pages_id,
                "Contents" => content_id,
                "Resources" => page.resources,
                "MediaBox" => vec![0.into(), 0.into(), page.width.into(), page.height.into()],
            });
            Object::Reference(page_id)
        })
        .collect();
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = doc.save_to(&mut out);
    out
}
