//! A page's scanned images, as files Tesseract reads.
//!
//! JPEG streams (DCTDecode) are passed through untouched; 8-bit gray or RGB
//! and 1-bit gray pixels (uncompressed or Flate, LZW, ... compressed) become
//! PGM/PPM files, which take a dozen bytes of header. JBIG2, CCITT fax and
//! JPEG 2000 are not decoded here; such pages are rendered by poppler.

use std::collections::HashSet;

use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

/// Decoded pixels of one image may take at most this much, against
/// decompression bombs (a 600 dpi A4 RGB scan is about 100 MiB).
const MAX_PIXELS_BYTES: usize = 256 * 1024 * 1024;

/// Form XObjects nest; deeper than this is a hostile or broken file.
const MAX_FORM_DEPTH: usize = 8;

/// The encoding of [`PageImage::bytes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    Jpeg,
    /// Binary PGM (P5), 8-bit gray.
    Pgm,
    /// Binary PPM (P6), 8-bit RGB.
    Ppm,
}

/// An embedded image, ready for Tesseract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageImage {
    /// Its name in the resources, e.g. `Im0`.
    pub name: String,
    pub width: u32,
    pub height: u32,
    pub format: ImageFormat,
    pub bytes: Vec<u8>,
}

/// The images of a page and the ones left out, with why.
#[derive(Debug, Clone, Default)]
pub struct PageScan {
    /// Largest (in pixels) first.
    pub images: Vec<PageImage>,
    /// `name: reason` for every image that could not be converted.
    pub skipped: Vec<String>,
}

/// The page's image XObjects, including those inside Form XObjects, largest
/// first. Images in encodings this module does not decode are left out.
pub fn page_images(doc: &Document, page: ObjectId) -> Vec<PageImage> {
    scan_page(doc, page).images
}

/// As [`page_images`], also saying which images were skipped and why.
pub fn scan_page(doc: &Document, page: ObjectId) -> PageScan {
    let mut scan = PageScan::default();
    let mut seen = HashSet::new();
    if let Ok((direct, ids)) = doc.get_page_resources(page) {
        let referenced = ids.iter().filter_map(|id| doc.get_dictionary(*id).ok());
        for resources in direct.into_iter().chain(referenced) {
            collect(doc, resources, 0, &mut seen, &mut scan);
        }
    }
    scan.images
        .sort_by_key(|image| std::cmp::Reverse(u64::from(image.width) * u64::from(image.height)));
    scan
}

/// Walks one /Resources dictionary's /XObject entries.
fn collect(
    doc: &Document,
    resources: &Dictionary,
    depth: usize,
    seen: &mut HashSet<ObjectId>,
    scan: &mut PageScan,
) {
    let Some(xobjects) = deref_dict(doc, resources.get(b"XObject").ok()) else {
        return;
    };
    for (name, value) in xobjects.iter() {
        let name = String::from_utf8_lossy(name).into_owned();
        // The same image drawn twice (or a reference cycle) is taken once.
        if let Object::Reference(id) = value {
            if !seen.insert(*id) {
                continue;
            }
        }
        let Ok((_, Object::Stream(stream))) = doc.dereference(value) else {
            continue;
        };
        match stream.dict.get(b"Subtype").and_then(Object::as_name) {
            Ok(b"Image") => match convert(doc, stream) {
                Ok((width, height, format, bytes)) => scan.images.push(PageImage {
                    name,
                    width,
                    height,
                    format,
                    bytes,
                }),
                Err(reason) => scan.skipped.push(format!("{name}: {reason}")),
            },
            Ok(b"Form") if depth < MAX_FORM_DEPTH => {
                if let Some(inner) = deref_dict(doc, stream.dict.get(b"Resources").ok()) {
                    collect(doc, inner, depth + 1, seen, scan);
                }
            }
            Ok(b"Form") => scan.skipped.push(format!("{name}: forms nested too deep")),
            _ => {}
        }
    }
}

fn deref_dict<'a>(doc: &'a Document, object: Option<&'a Object>) -> Option<&'a Dictionary> {
    doc.dereference(object?).ok()?.1.as_dict().ok()
}

type Converted = (u32, u32, ImageFormat, Vec<u8>);

/// One image XObject as a JPEG or PNM file, or why it cannot be.
fn convert(doc: &Document, stream: &Stream) -> Result<Converted, String> {
    let dict = &stream.dict;
    let dimension = |key: &[u8]| -> Result<u32, String> {
        dict.get_deref(key, doc)
            .and_then(Object::as_i64)
            .ok()
            .and_then(|v| u32::try_from(v).ok())
            .filter(|v| *v > 0)
            .ok_or_else(|| format!("no valid /{}", String::from_utf8_lossy(key)))
    };
    let (width, height) = (dimension(b"Width")?, dimension(b"Height")?);
    let filters: Vec<Vec<u8>> = match dict.get_deref(b"Filter", doc) {
        Ok(Object::Name(name)) => vec![name.clone()],
        Ok(Object::Array(names)) => names
            .iter()
            .filter_map(|n| n.as_name().ok().map(<[u8]>::to_vec))
            .collect(),
        _ => Vec::new(),
    };
    match filters.last().map(Vec::as_slice) {
        Some(b"DCTDecode" | b"DCT") => {
            let jpeg = decode(stream, &filters[..filters.len() - 1])?;
            Ok((width, height, ImageFormat::Jpeg, jpeg))
        }
        Some(other @ (b"JBIG2Decode" | b"CCITTFaxDecode" | b"CCF" | b"JPXDecode")) => Err(format!(
            "{} is not decoded here",
            String::from_utf8_lossy(other)
        )),
        _ => {
            let pixels = decode(stream, &filters)?;
            to_pnm(doc, dict, width, height, &pixels)
        }
    }
}

/// The stream's bytes after `filters` (a prefix of its own), bounded.
fn decode(stream: &Stream, filters: &[Vec<u8>]) -> Result<Vec<u8>, String> {
    if filters.is_empty() {
        if stream.content.len() > MAX_PIXELS_BYTES {
            return Err("image larger than the decoding bound".into());
        }
        return Ok(stream.content.clone());
    }
    // lopdf decodes a stream's whole filter chain, so a JPEG wrapped in
    // ASCII85 is decoded from a copy naming only the outer filters.
    let mut dict = stream.dict.clone();
    let names: Vec<Object> = filters.iter().map(|f| Object::Name(f.clone())).collect();
    dict.set("Filter", Object::Array(names));
    let outer = Stream::new(dict, stream.content.clone());
    outer
        .decompressed_content_with_limit(MAX_PIXELS_BYTES)
        .map_err(|e| format!("cannot decompress: {e}"))
}

/// Gray or RGB pixels as a binary PGM/PPM file.
fn to_pnm(
    doc: &Document,
    dict: &Dictionary,
    width: u32,
    height: u32,
    pixels: &[u8],
) -> Result<Converted, String> {
    let stencil = matches!(dict.get(b"ImageMask"), Ok(Object::Boolean(true)));
    let bits = if stencil {
        1
    } else {
        dict.get_deref(b"BitsPerComponent", doc)
            .and_then(Object::as_i64)
            .unwrap_or(8)
    };
    let components = if stencil {
        1
    } else {
        color_components(doc, dict)?
    };
    let (w, h) = (width as usize, height as usize);
    let (format, row_bytes, samples) = match (components, bits) {
        (1, 8) => (ImageFormat::Pgm, w, w),
        (3, 8) => (ImageFormat::Ppm, w.saturating_mul(3), w.saturating_mul(3)),
        (1, 1) => (ImageFormat::Pgm, w.div_ceil(8), w),
        _ => {
            return Err(format!(
                "{components} components of {bits} bits are not decoded here"
            ))
        }
    };
    let needed = row_bytes.saturating_mul(h);
    if needed > MAX_PIXELS_BYTES || samples.saturating_mul(h) > MAX_PIXELS_BYTES {
        return Err("image larger than the decoding bound".into());
    }
    if pixels.len() < needed {
        return Err(format!(
            "{} bytes of pixels, {needed} expected",
            pixels.len()
        ));
    }
    let magic = if format == ImageFormat::Pgm {
        "P5"
    } else {
        "P6"
    };
    let mut out = format!("{magic}\n{width} {height}\n255\n").into_bytes();
    if bits == 8 {
        out.extend_from_slice(&pixels[..needed]);
    } else {
        // A 1 bit is white unless /Decode [1 0] inverts it; a stencil mask
        // paints (black) where its bit is 0, the same reading.
        let inverted = decode_inverted(dict);
        out.reserve(w * h);
        for row in pixels[..needed].chunks(row_bytes) {
            out.extend((0..w).map(|x| {
                let bit = row[x / 8] >> (7 - x % 8) & 1 == 1;
                if bit != inverted {
                    255
                } else {
                    0
                }
            }));
        }
    }
    Ok((width, height, format, out))
}

/// 1 for DeviceGray-like spaces, 3 for RGB-like ones; others are refused.
fn color_components(doc: &Document, dict: &Dictionary) -> Result<usize, String> {
    let space = dict
        .get_deref(b"ColorSpace", doc)
        .map_err(|_| "no /ColorSpace".to_string())?;
    let (family, param) = match space {
        Object::Name(name) => (name.as_slice(), None),
        Object::Array(items) => (
            items.first().and_then(|o| o.as_name().ok()).unwrap_or(b""),
            items.get(1),
        ),
        _ => return Err("a /ColorSpace of the wrong type".into()),
    };
    match family {
        b"DeviceGray" | b"G" | b"CalGray" => Ok(1),
        b"DeviceRGB" | b"RGB" | b"CalRGB" => Ok(3),
        // An ICC profile stream says how many components it has in /N.
        b"ICCBased" => {
            let n = param
                .and_then(|p| doc.dereference(p).ok())
                .and_then(|(_, o)| o.as_stream().ok())
                .and_then(|s| s.dict.get(b"N").and_then(Object::as_i64).ok());
            match n {
                Some(1) => Ok(1),
                Some(3) => Ok(3),
                other => Err(format!("ICCBased with {other:?} components")),
            }
        }
        other => Err(format!(
            "colour space {} is not decoded here",
            String::from_utf8_lossy(other)
        )),
    }
}

fn decode_inverted(dict: &Dictionary) -> bool {
    let first = dict
        .get(b"Decode")
        .and_then(Object::as_array)
        .ok()
        .and_then(|a| a.first())
        .and_then(|o| o.as_float().ok());
    first.is_some_and(|v| v >= 0.5)
}

/// The resolution of an image drawn across the page's width, from the
/// page's /MediaBox (in points, 72 to the inch); `None` when unknown or
/// implausible, and Tesseract then estimates it itself.
pub(crate) fn page_dpi(doc: &Document, page: ObjectId, image_width: u32) -> Option<u32> {
    let page_dict = doc.get_dictionary(page).ok()?;
    let media_box = inherited(doc, page_dict, b"MediaBox")?;
    let numbers: Vec<f32> = media_box
        .as_array()
        .ok()?
        .iter()
        .filter_map(|o| o.as_float().ok())
        .collect();
    let [x0, _, x1, _] = numbers[..] else {
        return None;
    };
    let inches = (x1 - x0).abs() / 72.0;
    let dpi = (image_width as f32 / inches).round();
    (70.0..=1200.0).contains(&dpi).then_some(dpi as u32)
}

/// A page attribute from the page or its nearest ancestor that has it.
fn inherited<'a>(doc: &'a Document, mut node: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    for _ in 0..32 {
        if let Ok(value) = node.get_deref(key, doc) {
            return Some(value);
        }
        node = node.get_deref(b"Parent", doc).ok()?.as_dict().ok()?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    /// A one-page document whose resources hold `image` as /Im0.
    fn page_with(image: Stream) -> (Document, ObjectId) {
        let mut doc = Document::with_version("1.4");
        let image_id = doc.add_object(image);
        let page = doc.add_object(dictionary! {
            "Type" => "Page",
            "MediaBox" => vec![0.into(), 0.into(), 72.into(), 72.into()],
            "Resources" => dictionary! { "XObject" => dictionary! { "Im0" => image_id } },
        });
        (doc, page)
    }

    fn image_dict(width: i64, height: i64) -> Dictionary {
        dictionary! {
            "Type" => "XObject",
            "Subtype" => "Image",
            "Width" => width,
            "Height" => height,
        }
    }

    #[test]
    fn a_flate_gray_image_becomes_a_pgm() {
        // Repetitive enough that lopdf's compress() keeps the Flate version.
        let pixels: Vec<u8> = (0..300u32).map(|i| (i % 3 * 100) as u8).collect();
        let mut dict = image_dict(100, 3);
        dict.set("ColorSpace", "DeviceGray");
        dict.set("BitsPerComponent", 8);
        let mut stream = Stream::new(dict, pixels.clone());
        stream.compress().unwrap();
        assert_eq!(stream.filters().unwrap(), vec![b"FlateDecode".as_slice()]);
        let (doc, page) = page_with(stream);
        let images = page_images(&doc, page);
        assert_eq!(images.len(), 1);
        assert_eq!(images[0].format, ImageFormat::Pgm);
        let mut want = b"P5\n100 3\n255\n".to_vec();
        want.extend(pixels);
        assert_eq!(images[0].bytes, want);
        assert_eq!(page_dpi(&doc, page, 300), Some(300));
    }

    #[test]
    fn a_one_bit_image_is_expanded_to_gray() {
        let mut dict = image_dict(10, 1);
        dict.set("ColorSpace", "DeviceGray");
        dict.set("BitsPerComponent", 1);
        // 1010101010 then padding.
        let (doc, page) = page_with(Stream::new(dict, vec![0b1010_1010, 0b1000_0000]));
        let images = page_images(&doc, page);
        let pixels = &images[0].bytes[b"P5\n10 1\n255\n".len()..];
        assert_eq!(pixels, [255, 0, 255, 0, 255, 0, 255, 0, 255, 0]);
    }

    #[test]
    fn a_jpeg_is_passed_through_and_jbig2_is_skipped_with_a_reason() {
        let mut dict = image_dict(4, 4);
        dict.set("ColorSpace", "DeviceGray");
        dict.set("Filter", "DCTDecode");
        let (mut doc, page) = page_with(Stream::new(dict, b"\xff\xd8jpeg".to_vec()));
        let mut jbig2 = image_dict(100, 100);
        jbig2.set("Filter", "JBIG2Decode");
        let jbig2_id = doc.add_object(Stream::new(jbig2, vec![1, 2, 3]));
        let form = doc.add_object(Stream::new(
            dictionary! {
                "Subtype" => "Form",
                "Resources" => dictionary! { "XObject" => dictionary! { "Im1" => jbig2_id } },
            },
            Vec::new(),
        ));
        let xobjects = doc
            .get_dictionary_mut(page)
            .unwrap()
            .get_mut(b"Resources")
            .unwrap()
            .as_dict_mut()
            .unwrap()
            .get_mut(b"XObject")
            .unwrap()
            .as_dict_mut()
            .unwrap();
        xobjects.set("Fm0", form);
        let scan = scan_page(&doc, page);
        assert_eq!(scan.images.len(), 1);
        assert_eq!(scan.images[0].format, ImageFormat::Jpeg);
        assert_eq!(scan.images[0].bytes, b"\xff\xd8jpeg");
        assert_eq!(scan.skipped.len(), 1, "{:?}", scan.skipped);
        assert!(scan.skipped[0].starts_with("Im1: JBIG2Decode"));
    }

    #[test]
    fn short_or_absurd_images_are_skipped_not_panicked_on() {
        let mut dict = image_dict(1000, 1000);
        dict.set("ColorSpace", "DeviceRGB");
        let (doc, page) = page_with(Stream::new(dict, vec![0; 10]));
        let scan = scan_page(&doc, page);
        assert!(scan.images.is_empty());
        assert!(scan.skipped[0].contains("expected"), "{:?}", scan.skipped);

        let mut dict = image_dict(i64::MAX, -3);
        dict.set("ColorSpace", "DeviceGray");
        let (doc, page) = page_with(Stream::new(dict, vec![0; 10]));
        assert!(page_images(&doc, page).is_empty());

        let mut dict = image_dict(1 << 30, 1 << 30);
        dict.set("ColorSpace", "DeviceRGB");
        let (doc, page) = page_with(Stream::new(dict, vec![0; 10]));
        assert!(page_images(&doc, page).is_empty());
    }

    #[test]
    fn a_form_that_contains_itself_ends() {
        let mut doc = Document::with_version("1.4");
        let form_id = doc.new_object_id();
        let form = Stream::new(
            dictionary! {
                "Subtype" => "Form",
                "Resources" => dictionary! { "XObject" => dictionary! { "Fm0" => form_id } },
            },
            Vec::new(),
        );
        doc.objects.insert(form_id, Object::Stream(form));
        let page = doc.add_object(dictionary! {
            "Type" => "Page",
            "Resources" => dictionary! { "XObject" => dictionary! { "Fm0" => form_id } },
        });
        assert!(page_images(&doc, page).is_empty());
    }
}
