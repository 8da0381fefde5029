//! Image-only PDFs, as a scanner writes them: one JPEG per page drawn
//! across the whole page, no text layer. Used to make the sample scans in
//! `data/skanuar/` and the OCR test documents.

use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document, Stream};

use super::OcrError;
use crate::pdf::write::{save_with_pages, NewPage};

/// Every page is A4-wide (in points); its height follows the image's shape,
/// so a scan of an A4 page makes an A4 page.
const PAGE_WIDTH: f32 = 595.0;

/// A PDF with one page per JPEG (DCTDecode image XObject, no text).
pub fn image_only_pdf(jpegs: &[Vec<u8>]) -> Result<Vec<u8>, OcrError> {
    let mut doc = Document::with_version("1.4");
    let pages_id = doc.new_object_id();
    let mut pages = Vec::new();
    for (index, jpeg) in jpegs.iter().enumerate() {
        let info = jpeg_info(jpeg).ok_or(OcrError::NotJpeg { index })?;
        let color_space = match info.components {
            1 => "DeviceGray",
            4 => "DeviceCMYK",
            _ => "DeviceRGB",
        };
        let image = doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject",
                "Subtype" => "Image",
                "Width" => i64::from(info.width),
                "Height" => i64::from(info.height),
                "ColorSpace" => color_space,
                "BitsPerComponent" => 8,
                "Filter" => "DCTDecode",
            },
            jpeg.clone(),
        ));
        let height = PAGE_WIDTH * info.height as f32 / info.width as f32;
        let content = Content {
            operations: vec![
                Operation::new("q", vec![]),
                Operation::new(
                    "cm",
                    vec![
                        PAGE_WIDTH.into(),
                        0.into(),
                        0.into(),
                        height.into(),
                        0.into(),
                        0.into(),
                    ],
                ),
                Operation::new("Do", vec!["Im0".into()]),
                Operation::new("Q", vec![]),
            ],
        };
        pages.push(NewPage {
            content,
            resources: dictionary! { "XObject" => dictionary! { "Im0" => image } }.into(),
            width: PAGE_WIDTH,
            height,
        });
    }
    Ok(save_with_pages(doc, pages_id, pages))
}

#[derive(Debug, PartialEq, Eq)]
struct JpegInfo {
    width: u32,
    height: u32,
    components: u8,
}

/// Size and colour components from a JPEG's start-of-frame segment.
fn jpeg_info(bytes: &[u8]) -> Option<JpegInfo> {
    if !bytes.starts_with(&[0xff, 0xd8]) {
        return None;
    }
    let mut at = 2;
    loop {
        let marker = *bytes.get(at + 1)?;
        if bytes[at] != 0xff {
            return None;
        }
        if marker == 0xff || marker == 0xd8 || (0xd0..=0xd7).contains(&marker) {
            // Fill bytes and markers without a length.
            at += if marker == 0xff { 1 } else { 2 };
            continue;
        }
        let length = usize::from(u16::from_be_bytes([
            *bytes.get(at + 2)?,
            *bytes.get(at + 3)?,
        ]));
        // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
        if (0xc0..=0xcf).contains(&marker) && !matches!(marker, 0xc4 | 0xc8 | 0xcc) {
            let segment = bytes.get(at + 4..at + 2 + length)?;
            let height = u16::from_be_bytes([*segment.get(1)?, *segment.get(2)?]);
            let width = u16::from_be_bytes([*segment.get(3)?, *segment.get(4)?]);
            let components = *segment.get(5)?;
            return (width > 0 && height > 0).then_some(JpegInfo {
                width: width.into(),
                height: height.into(),
                components,
            });
        }
        if marker == 0xd9 || length < 2 {
            return None;
        }
        at += 2 + length;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The headers of a 640×480 grayscale baseline JPEG (no scan data).
    fn tiny_jpeg() -> Vec<u8> {
        let mut jpeg = vec![0xff, 0xd8];
        // APP0 JFIF, 16 bytes.
        jpeg.extend([0xff, 0xe0, 0x00, 0x10]);
        jpeg.extend(b"JFIF\0\x01\x01\x01\x00\x48\x00\x48\x00\x00");
        // SOF0: length 11, precision 8, height 480, width 640, 1 component.
        jpeg.extend([
            0xff, 0xc0, 0x00, 0x0b, 8, 0x01, 0xe0, 0x02, 0x80, 1, 1, 0x11, 0,
        ]);
        jpeg.extend([0xff, 0xd9]);
        jpeg
    }

    #[test]
    fn jpeg_size_is_read_from_the_frame_header() {
        assert_eq!(
            jpeg_info(&tiny_jpeg()),
            Some(JpegInfo {
                width: 640,
                height: 480,
                components: 1
            })
        );
        assert_eq!(jpeg_info(b"\x89PNG"), None);
        assert_eq!(jpeg_info(&tiny_jpeg()[..20]), None);
        assert_eq!(jpeg_info(&[0xff, 0xd8, 0xff]), None);
    }

    #[test]
    fn the_wrapped_pdf_has_one_image_per_page_and_no_text() {
        let pdf = image_only_pdf(&[tiny_jpeg(), tiny_jpeg()]).unwrap();
        let doc = Document::load_mem(&pdf).unwrap();
        let pages = doc.get_pages();
        assert_eq!(pages.len(), 2);
        for id in pages.values() {
            let images = super::super::page_images(&doc, *id);
            assert_eq!(images.len(), 1);
            assert_eq!(images[0].bytes, tiny_jpeg());
            assert_eq!((images[0].width, images[0].height), (640, 480));
        }
        let text = doc.extract_text(&[1]).unwrap_or_default();
        assert!(super::super::needs_ocr(&text));
    }

    #[test]
    fn a_png_is_refused() {
        assert!(matches!(
            image_only_pdf(&[tiny_jpeg(), b"\x89PNG\r\n".to_vec()]),
            Err(OcrError::NotJpeg { index: 1 })
        ));
    }
}
