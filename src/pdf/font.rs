//! Fonts: from the bytes of a shown string to Unicode text and glyph widths.
//!
//! A font's `/ToUnicode` CMap wins when it maps a code; otherwise simple fonts
//! (Type1, TrueType, Type3) go through their encoding: a named base encoding
//! (WinAnsi, MacRoman, Standard, PDFDoc), the cleartext encoding of an
//! embedded Type1 program, then `/Differences` glyph names. Composite (Type0)
//! fonts take 2-byte Identity codes or the code spaces of an embedded CMap.
//! Widths come from `/Widths` or `/W`; where a font has none (the standard 14)
//! approximate metrics stand in, because spacing is computed from widths.

use lopdf::{Dictionary, Document, Object};
use unicode_normalization::UnicodeNormalization;

use super::cff;
use super::cid;
use super::cmap::{self, CMap};
use super::glyphs::GLYPHS;
use super::names;
use super::truetype;
use super::{get, number, stream_data};

/// One code of a shown string.
#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    pub text: String,
    /// Horizontal advance in text space units (glyph space / 1000 for most fonts).
    pub width: f32,
    /// A single-byte code 32: word spacing (`Tw`) applies to it.
    pub is_space: bool,
}

/// A font, reduced to what text extraction needs.
#[derive(Debug, Clone)]
pub struct Font {
    kind: Kind,
    to_unicode: Option<CMap>,
    /// Type3 fonts scale glyphs by their own matrix; 1.0 for the others.
    size_factor: f32,
}

#[derive(Debug, Clone)]
enum Kind {
    Simple {
        /// Unicode of each code by the encoding (before ToUnicode).
        chars: Box<[Option<String>]>,
        widths: Box<[f32]>,
    },
    Composite {
        encoding: CidEncoding,
        widths: std::collections::HashMap<u32, f32>,
        default_width: f32,
        /// Text by the embedded TrueType program, for codes ToUnicode leaves out.
        glyphs: Option<Box<CidGlyphs>>,
        /// The last-resort reading of CIDs that nothing else gives text for.
        guess: cid::Guess,
    },
}

/// CID → glyph id → text, read from a CIDFontType2's `/FontFile2`.
#[derive(Debug, Clone)]
struct CidGlyphs {
    /// `/CIDToGIDMap` as a stream; `None` is Identity (glyph id = CID).
    cid_to_gid: Option<Vec<u16>>,
    text: std::collections::HashMap<u16, String>,
}

impl CidGlyphs {
    fn text(&self, cid: u32) -> Option<String> {
        let gid = match &self.cid_to_gid {
            Some(map) => *map.get(usize::try_from(cid).ok()?)?,
            None => u16::try_from(cid).ok()?,
        };
        self.text.get(&gid).cloned()
    }
}

#[derive(Debug, Clone)]
enum CidEncoding {
    /// Two bytes per code, CID = code.
    Identity,
    /// A predefined CMap whose codes are text in a legacy or Unicode charset.
    Legacy(cid::Charset),
    Embedded(CMap),
}

/// Bounds `/W` expansion: a hostile range cannot allocate without limit.
const MAX_WIDTH_ENTRIES: usize = 70_000;

impl Font {
    /// Reads a font dictionary; never fails, missing parts fall back to defaults.
    pub fn load(doc: &Document, font: &Dictionary) -> Font {
        let to_unicode = get(doc, font, b"ToUnicode")
            .and_then(|o| stream_data(doc, o))
            .map(|data| CMap::parse(&data));
        let subtype = get(doc, font, b"Subtype").and_then(|o| o.as_name().ok());
        if subtype == Some(b"Type0") {
            let mut kind = composite(doc, font);
            // Guesses stand in only where no real source of text exists.
            if let Kind::Composite { guess, glyphs, .. } = &mut kind {
                if glyphs.is_some() || to_unicode.as_ref().is_some_and(CMap::maps_text) {
                    *guess = cid::Guess::Nothing;
                }
            }
            return Font {
                kind,
                to_unicode,
                size_factor: 1.0,
            };
        }
        let (scale, size_factor) = match subtype {
            Some(b"Type3") => type3_scale(doc, font),
            _ => (0.001, 1.0),
        };
        Font {
            kind: simple(doc, font, scale),
            to_unicode,
            size_factor,
        }
    }

    /// A font for an unknown or missing font resource: WinAnsi with average widths.
    pub fn fallback() -> Font {
        Font {
            kind: Kind::Simple {
                chars: base_table(BaseEncoding::WinAnsi),
                widths: vec![0.5; 256].into_boxed_slice(),
            },
            to_unicode: None,
            size_factor: 1.0,
        }
    }

    pub fn size_factor(&self) -> f32 {
        self.size_factor
    }

    /// Splits a shown string into codes with their text and widths.
    pub fn decode(&self, bytes: &[u8]) -> Vec<Code> {
        let mut codes = Vec::new();
        let mut unread = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let rest = bytes.get(i..).unwrap_or_default();
            let len = self.code_len(rest).clamp(1, rest.len().max(1));
            let code_bytes = rest.get(..len).unwrap_or_default();
            let code = self.code(code_bytes);
            if code.text.is_empty() {
                unread.push((codes.len(), self.cid(cmap::be(code_bytes))));
            }
            codes.push(code);
            i += len;
        }
        self.guess_unread(&mut codes, &unread);
        codes
    }

    /// Fills codes left without text by the font's last-resort reading; the
    /// whole string is judged at once (see [`cid::guess_texts`]).
    fn guess_unread(&self, codes: &mut [Code], unread: &[(usize, u32)]) {
        let Kind::Composite { guess, .. } = &self.kind else {
            return;
        };
        if unread.is_empty() || *guess == cid::Guess::Nothing {
            return;
        }
        let cids: Vec<u32> = unread.iter().map(|(_, cid)| *cid).collect();
        let texts = cid::guess_texts(*guess, &cids);
        for ((index, _), text) in unread.iter().zip(texts) {
            if let (Some(code), Some(text)) = (codes.get_mut(*index), text) {
                code.text = text;
            }
        }
    }

    fn cid(&self, code: u32) -> u32 {
        match &self.kind {
            Kind::Composite {
                encoding: CidEncoding::Embedded(cmap),
                ..
            } => cmap.cid(code).unwrap_or(code),
            _ => code,
        }
    }

    fn code_len(&self, bytes: &[u8]) -> usize {
        match &self.kind {
            Kind::Simple { .. } => 1,
            Kind::Composite {
                encoding: CidEncoding::Embedded(cmap),
                ..
            } if cmap.has_codespaces() => cmap.code_len(bytes).unwrap_or(1),
            Kind::Composite {
                encoding: CidEncoding::Legacy(charset),
                ..
            } => cid::code_len(*charset, bytes),
            Kind::Composite { .. } => match &self.to_unicode {
                Some(tu) if tu.has_codespaces() => tu.code_len(bytes).unwrap_or(2),
                _ => 2,
            },
        }
    }

    fn code(&self, bytes: &[u8]) -> Code {
        let (code, len) = (cmap::be(bytes), bytes.len());
        let mapped = self
            .to_unicode
            .as_ref()
            .and_then(|cmap| cmap.lookup(code))
            .filter(|text| !text.is_empty() && !text.chars().all(|c| c == '\0'));
        match &self.kind {
            Kind::Simple { chars, widths } => {
                let index = usize::try_from(code).unwrap_or(0);
                // A ToUnicode entry of control characters is a broken map, not
                // text; but a tab is what Word deliberately writes for tab glyphs.
                let broken = |t: &str| t.chars().all(|c| c.is_control() && c != '\t');
                let mapped = mapped.filter(|text| !broken(text));
                let text = mapped.or_else(|| chars.get(index).cloned().flatten());
                Code {
                    text: text.unwrap_or_default(),
                    width: widths.get(index).copied().unwrap_or(0.5),
                    is_space: len == 1 && code == 32,
                }
            }
            Kind::Composite {
                encoding,
                widths,
                default_width,
                glyphs,
                ..
            } => {
                let cid = self.cid(code);
                if let CidEncoding::Legacy(charset) = encoding {
                    return legacy_code(*charset, bytes, mapped, *default_width);
                }
                let text = mapped.or_else(|| glyphs.as_ref().and_then(|g| g.text(cid)));
                Code {
                    text: text.unwrap_or_default(),
                    width: widths.get(&cid).copied().unwrap_or(*default_width),
                    is_space: len == 1 && code == 32,
                }
            }
        }
    }
}

/// A code of a legacy predefined CMap. Its CID is unknown without Adobe's
/// CMap files, so `/W` cannot be consulted: narrow characters take half an
/// em, the rest the font's default width.
fn legacy_code(charset: cid::Charset, bytes: &[u8], mapped: Option<String>, dw: f32) -> Code {
    let text = mapped
        .or_else(|| cid::text(charset, bytes))
        .unwrap_or_default();
    let width = if !text.is_empty() && cid::is_narrow(&text) {
        0.5
    } else {
        dw
    };
    Code {
        is_space: bytes == b" ",
        text,
        width,
    }
}

fn type3_scale(doc: &Document, font: &Dictionary) -> (f32, f32) {
    let matrix: Vec<f32> = get(doc, font, b"FontMatrix")
        .and_then(|o| o.as_array().ok())
        .map(|a| a.iter().filter_map(number).collect())
        .unwrap_or_default();
    match matrix.as_slice() {
        [a, _, _, d, ..] if a.is_finite() && d.is_finite() && *a != 0.0 => {
            (a.abs(), (d.abs() * 1000.0).clamp(0.01, 100.0))
        }
        _ => (0.001, 1.0),
    }
}

fn composite(doc: &Document, font: &Dictionary) -> Kind {
    let encoding = match get(doc, font, b"Encoding") {
        Some(Object::Name(name)) => cid::predefined(name)
            .map(|(charset, _)| CidEncoding::Legacy(charset))
            .unwrap_or(CidEncoding::Identity),
        Some(stream @ Object::Stream(_)) => stream_data(doc, stream)
            .map(|data| CidEncoding::Embedded(CMap::parse(&data)))
            .unwrap_or(CidEncoding::Identity),
        _ => CidEncoding::Identity,
    };
    let descendant = get(doc, font, b"DescendantFonts")
        .and_then(|o| o.as_array().ok())
        .and_then(|a| a.first())
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_dict().ok());
    let default_width = descendant
        .and_then(|d| get(doc, d, b"DW"))
        .and_then(number)
        .unwrap_or(1000.0)
        / 1000.0;
    let widths = descendant
        .and_then(|d| get(doc, d, b"W"))
        .and_then(|o| o.as_array().ok())
        .map(|w| cid_widths(doc, w))
        .unwrap_or_default();
    let glyphs = descendant.and_then(|d| cid_glyphs(doc, d));
    let guess = match (&encoding, descendant) {
        (CidEncoding::Legacy(_), _) | (_, None) => cid::Guess::Nothing,
        (_, Some(d)) => identity_guess(doc, d),
    };
    Kind::Composite {
        encoding,
        widths,
        default_width,
        glyphs,
        guess,
    }
}

/// The facts [`cid::guess`] decides by: ordering, name, embedding, CIDToGIDMap.
fn identity_guess(doc: &Document, descendant: &Dictionary) -> cid::Guess {
    let name = |key: &[u8]| get(doc, descendant, key).and_then(|o| o.as_name().ok());
    let ordering = get(doc, descendant, b"CIDSystemInfo")
        .and_then(|o| o.as_dict().ok())
        .and_then(|info| get(doc, info, b"Ordering"))
        .and_then(|o| o.as_str().ok())
        .unwrap_or_default();
    let descriptor = get(doc, descendant, b"FontDescriptor").and_then(|o| o.as_dict().ok());
    let has = |key: &[u8]| descriptor.is_some_and(|fd| fd.has(key));
    let program = if has(b"FontFile2") {
        cid::Program::TrueType
    } else if has(b"FontFile") || has(b"FontFile3") {
        cid::Program::Other
    } else {
        cid::Program::None
    };
    let gid_map_stream = matches!(
        get(doc, descendant, b"CIDToGIDMap"),
        Some(Object::Stream(_))
    );
    cid::guess(
        ordering,
        name(b"BaseFont").unwrap_or_default(),
        program,
        gid_map_stream,
    )
}

/// Text from an embedded TrueType program, as poppler reads fonts without ToUnicode.
fn cid_glyphs(doc: &Document, descendant: &Dictionary) -> Option<Box<CidGlyphs>> {
    let subtype = get(doc, descendant, b"Subtype").and_then(|o| o.as_name().ok());
    let descriptor = get(doc, descendant, b"FontDescriptor").and_then(|o| o.as_dict().ok())?;
    if subtype == Some(b"CIDFontType0") {
        return cff_cid_glyphs(doc, descriptor);
    }
    if subtype != Some(b"CIDFontType2") {
        return None;
    }
    let program = get(doc, descriptor, b"FontFile2").and_then(|o| stream_data(doc, o))?;
    let text = truetype::glyph_text(&program);
    if text.is_empty() {
        return None;
    }
    let cid_to_gid = match get(doc, descendant, b"CIDToGIDMap") {
        Some(stream @ Object::Stream(_)) => stream_data(doc, stream).map(|data| {
            data.chunks_exact(2)
                .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
                .collect()
        }),
        _ => None,
    };
    Some(Box::new(CidGlyphs { cid_to_gid, text }))
}

/// A CIDFontType0 whose CFF is not CID-keyed: CID = glyph id, named by the charset.
fn cff_cid_glyphs(doc: &Document, descriptor: &Dictionary) -> Option<Box<CidGlyphs>> {
    let program = get(doc, descriptor, b"FontFile3").and_then(|o| stream_data(doc, o))?;
    let text: std::collections::HashMap<u16, String> = cff::glyph_names(&program)?
        .iter()
        .enumerate()
        .filter_map(|(gid, name)| Some((u16::try_from(gid).ok()?, glyph_to_unicode(name)?)))
        .collect();
    (!text.is_empty()).then(|| {
        Box::new(CidGlyphs {
            cid_to_gid: None,
            text,
        })
    })
}

/// `/W [c [w1 w2 ...] c_first c_last w ...]`, in text space units.
fn cid_widths(doc: &Document, w: &[Object]) -> std::collections::HashMap<u32, f32> {
    let mut widths = std::collections::HashMap::new();
    let resolve = |o: &Object| doc.dereference(o).ok().map(|(_, o)| o.clone());
    let items: Vec<Object> = w.iter().filter_map(resolve).collect();
    let mut i = 0;
    while let Some(first) = items.get(i).and_then(number) {
        let first = first as u32;
        match (items.get(i + 1), items.get(i + 2)) {
            (Some(Object::Array(list)), _) => {
                for (k, width) in list.iter().filter_map(number).enumerate() {
                    if widths.len() >= MAX_WIDTH_ENTRIES {
                        break;
                    }
                    let cid = first.saturating_add(u32::try_from(k).unwrap_or(u32::MAX));
                    widths.insert(cid, width / 1000.0);
                }
                i += 2;
            }
            (Some(last), Some(width)) => {
                if let (Some(last), Some(width)) = (number(last), number(width)) {
                    let mut cid = first;
                    while cid <= last as u32 && widths.len() < MAX_WIDTH_ENTRIES {
                        widths.insert(cid, width / 1000.0);
                        cid = match cid.checked_add(1) {
                            Some(next) => next,
                            None => break,
                        };
                    }
                }
                i += 3;
            }
            _ => break,
        }
    }
    widths
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum BaseEncoding {
    Standard,
    WinAnsi,
    MacRoman,
    PdfDoc,
}

fn simple(doc: &Document, font: &Dictionary, scale: f32) -> Kind {
    let base_font = get(doc, font, b"BaseFont")
        .and_then(|o| o.as_name().ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .unwrap_or_default();
    let descriptor = get(doc, font, b"FontDescriptor").and_then(|o| o.as_dict().ok());
    let encoding = get(doc, font, b"Encoding");
    let base = match encoding {
        Some(Object::Name(name)) => named_encoding(name),
        Some(Object::Dictionary(dict)) => get(doc, dict, b"BaseEncoding")
            .and_then(|o| o.as_name().ok())
            .and_then(named_encoding),
        _ => None,
    };
    let mut chars = base_table(base.unwrap_or_else(|| default_encoding(doc, font)));
    if base.is_none() {
        let builtin =
            descriptor.and_then(|d| type1_builtin(doc, d).or_else(|| cff_builtin(doc, d)));
        if let Some(builtin) = builtin {
            apply_differences(&mut chars, &builtin, false);
        }
    }
    if let Some(Object::Dictionary(dict)) = encoding {
        if let Some(Object::Array(diffs)) = get(doc, dict, b"Differences") {
            let pairs = differences(doc, diffs);
            apply_differences(&mut chars, &pairs, base.is_some());
            truetype_glyph_ids(doc, descriptor, &pairs, &mut chars);
        }
    }
    let widths = simple_widths(doc, font, descriptor, &base_font, &chars, scale);
    Kind::Simple { chars, widths }
}

/// Differences names that are glyph ids of the embedded TrueType program
/// (`/g24`, `/g0024`): the program's own cmap or post table says what they draw.
fn truetype_glyph_ids(
    doc: &Document,
    descriptor: Option<&Dictionary>,
    pairs: &[(u8, Vec<u8>)],
    chars: &mut [Option<String>],
) {
    let ids: Vec<(u8, u16)> = pairs
        .iter()
        .filter(|(_, name)| glyph_to_unicode(name).is_none())
        .filter_map(|(code, name)| Some((*code, names::glyph_id(name)?)))
        .collect();
    if ids.is_empty() {
        return;
    }
    let program = descriptor
        .and_then(|d| get(doc, d, b"FontFile2"))
        .and_then(|o| stream_data(doc, o));
    let Some(text) = program.map(|p| truetype::glyph_text(&p)) else {
        return;
    };
    for (code, gid) in ids {
        if let (Some(slot), Some(t)) = (chars.get_mut(usize::from(code)), text.get(&gid)) {
            *slot = Some(t.clone());
        }
    }
}

/// Fonts without `/Encoding`: TrueType ones are in practice WinAnsi, Type1 ones Standard.
fn default_encoding(doc: &Document, font: &Dictionary) -> BaseEncoding {
    match get(doc, font, b"Subtype").and_then(|o| o.as_name().ok()) {
        Some(b"TrueType") => BaseEncoding::WinAnsi,
        _ => BaseEncoding::Standard,
    }
}

fn named_encoding(name: &[u8]) -> Option<BaseEncoding> {
    match name {
        b"WinAnsiEncoding" => Some(BaseEncoding::WinAnsi),
        b"MacRomanEncoding" => Some(BaseEncoding::MacRoman),
        b"StandardEncoding" => Some(BaseEncoding::Standard),
        b"PDFDocEncoding" => Some(BaseEncoding::PdfDoc),
        _ => None,
    }
}

/// `[n /name /name m /name]` → (code, glyph name) pairs.
pub fn differences(doc: &Document, diffs: &[Object]) -> Vec<(u8, Vec<u8>)> {
    let mut pairs = Vec::new();
    let mut code: Option<i64> = None;
    for item in diffs {
        match doc.dereference(item).map(|(_, o)| o) {
            Ok(Object::Integer(n)) => code = Some(*n),
            Ok(Object::Name(name)) => {
                if let Some(c) = code.and_then(|c| u8::try_from(c).ok()) {
                    pairs.push((c, name.clone()));
                }
                code = code.and_then(|c| c.checked_add(1));
            }
            _ => {}
        }
    }
    pairs
}

/// `named_base`: the encoding names its base, whose characters then win over
/// numeric names that merely repeat their code.
fn apply_differences(chars: &mut [Option<String>], pairs: &[(u8, Vec<u8>)], named_base: bool) {
    let hex = pairs.iter().any(|(_, name)| names::is_hex_style(name));
    for (code, name) in pairs {
        if let Some(slot) = chars.get_mut(usize::from(*code)) {
            let base = slot.take().filter(|_| named_base);
            *slot = glyph_to_unicode(name).or_else(|| unlisted_name(name, hex, *code, base));
        }
    }
}

/// A name the glyph list lacks: a GCGID, or a numeric name read as poppler
/// does. Where the number is the code itself the base encoding's character
/// wins, as in pdf.js: such names only echo the code they sit at. A name that
/// says nothing at all leaves the code as the character (the base encoding's,
/// else Latin-1), which is what both poppler (`mapUnknownCharNames`) and
/// pdf.js do: producers of such fonts mostly keep codes at their ASCII places.
fn unlisted_name(name: &[u8], hex: bool, code: u8, base: Option<String>) -> Option<String> {
    if name.is_empty() || name.starts_with(b".notdef") {
        return None;
    }
    if let Some(c) = names::gcgid(name) {
        return Some(String::from(c));
    }
    let number = match names::numeric_code(name, hex) {
        Some(number) if number != code || base.is_none() => number,
        _ => return base.or_else(|| latin1(code)),
    };
    latin1(number)
}

fn latin1(code: u8) -> Option<String> {
    Some(char::from(code))
        .filter(|c| !c.is_control())
        .map(String::from)
}

/// The encoding of an embedded Type1 program: `dup 65 /A put` in its cleartext part.
fn type1_builtin(doc: &Document, descriptor: &Dictionary) -> Option<Vec<(u8, Vec<u8>)>> {
    let data = get(doc, descriptor, b"FontFile").and_then(|o| stream_data(doc, o))?;
    let clear_end = data
        .windows(6)
        .position(|w| w == b"eexec")
        .unwrap_or(data.len());
    let clear = data.get(..clear_end)?;
    let text = String::from_utf8_lossy(clear);
    let words: Vec<&str> = text.split_ascii_whitespace().collect();
    let pairs: Vec<(u8, Vec<u8>)> = words
        .windows(4)
        .filter_map(|w| match w {
            ["dup", code, name, "put"] => {
                let name = name.strip_prefix('/')?;
                Some((code.parse().ok()?, name.as_bytes().to_vec()))
            }
            _ => None,
        })
        .collect();
    (!pairs.is_empty()).then_some(pairs)
}

/// The built-in encoding of an embedded CFF program (`/FontFile3`).
fn cff_builtin(doc: &Document, descriptor: &Dictionary) -> Option<Vec<(u8, Vec<u8>)>> {
    let data = get(doc, descriptor, b"FontFile3").and_then(|o| stream_data(doc, o))?;
    cff::builtin_encoding(&data)
}

/// A glyph name to Unicode: the glyph list, `uniXXXX`, `uXXXX`, ligature
/// components joined by `_`, and suffixes such as `.sc` dropped.
pub fn glyph_to_unicode(name: &[u8]) -> Option<String> {
    let name = std::str::from_utf8(name).ok()?;
    let base = name.split('.').next().unwrap_or(name);
    if let Ok(i) = GLYPHS.binary_search_by(|(n, _)| n.cmp(&base)) {
        return GLYPHS
            .get(i)
            .and_then(|(_, c)| char::from_u32(*c))
            .map(String::from);
    }
    if base.contains('_') {
        let parts: Option<String> = base
            .split('_')
            .map(|p| glyph_to_unicode(p.as_bytes()))
            .collect();
        return parts;
    }
    if let Some(hex) = base.strip_prefix("uni") {
        if hex.len() >= 4 && hex.len() % 4 == 0 && hex.chars().all(|c| c.is_ascii_hexdigit()) {
            let units: Vec<u16> = hex
                .as_bytes()
                .chunks(4)
                .filter_map(|c| u16::from_str_radix(std::str::from_utf8(c).ok()?, 16).ok())
                .collect();
            return Some(String::from_utf16_lossy(&units));
        }
    }
    if let Some(hex) = base.strip_prefix('u') {
        if (4..=6).contains(&hex.len()) && hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return u32::from_str_radix(hex, 16)
                .ok()
                .and_then(char::from_u32)
                .map(String::from);
        }
    }
    None
}

/// The 256 characters of a base encoding.
pub fn base_table(base: BaseEncoding) -> Box<[Option<String>]> {
    (0u8..=255)
        .map(|b| base_char(base, b).map(String::from))
        .collect()
}

fn base_char(base: BaseEncoding, b: u8) -> Option<char> {
    match base {
        BaseEncoding::WinAnsi => single_byte(encoding_rs::WINDOWS_1252, b),
        BaseEncoding::MacRoman => single_byte(encoding_rs::MACINTOSH, b),
        BaseEncoding::Standard => standard_char(b),
        BaseEncoding::PdfDoc => pdfdoc_char(b),
    }
    .filter(|c| !c.is_control())
}

fn single_byte(encoding: &'static encoding_rs::Encoding, b: u8) -> Option<char> {
    let bytes = [b];
    let (text, _) = encoding.decode_without_bom_handling(&bytes);
    text.chars().next().filter(|c| *c != '\u{FFFD}')
}

/// StandardEncoding: ASCII with curly quotes, and its own high half.
fn standard_char(b: u8) -> Option<char> {
    const HIGH: &str = "¡¢£⁄¥ƒ§¤'“«‹›ﬁﬂ\u{0}–†‡·\u{0}¶•‚„”»…‰\u{0}¿";
    match b {
        0x27 => Some('’'),
        0x60 => Some('‘'),
        0x20..=0x7E => Some(char::from(b)),
        0xA1..=0xBF => HIGH
            .chars()
            .nth(usize::from(b - 0xA1))
            .filter(|c| *c != '\0'),
        0xC1..=0xCF => "`´ˆ˜¯˘˙¨\u{0}˚¸\u{0}˝˛ˇ"
            .chars()
            .nth(usize::from(b - 0xC1))
            .filter(|c| *c != '\0'),
        0xD0 => Some('—'),
        0xE1 => Some('Æ'),
        0xE3 => Some('ª'),
        0xE8 => Some('Ł'),
        0xE9 => Some('Ø'),
        0xEA => Some('Œ'),
        0xEB => Some('º'),
        0xF1 => Some('æ'),
        0xF5 => Some('ı'),
        0xF8 => Some('ł'),
        0xF9 => Some('ø'),
        0xFA => Some('œ'),
        0xFB => Some('ß'),
        _ => None,
    }
}

/// PDFDocEncoding: Latin-1 with punctuation and a few letters in 0x18–0x1F, 0x80–0xA0.
fn pdfdoc_char(b: u8) -> Option<char> {
    const LOW: &str = "˘ˇˆ˙˝˛˚˜";
    const HIGH: &str = "•†‡…—–ƒ⁄‹›−‰„“”‘’‚™ﬁﬂŁŒŠŸŽıłœšž\u{0}€";
    match b {
        0x18..=0x1F => LOW.chars().nth(usize::from(b - 0x18)),
        0x80..=0xA0 => HIGH
            .chars()
            .nth(usize::from(b - 0x80))
            .filter(|c| *c != '\0'),
        _ => Some(char::from(b)),
    }
}

fn simple_widths(
    doc: &Document,
    font: &Dictionary,
    descriptor: Option<&Dictionary>,
    base_font: &str,
    chars: &[Option<String>],
    scale: f32,
) -> Box<[f32]> {
    let first = get(doc, font, b"FirstChar").and_then(number).unwrap_or(0.0);
    let listed: Vec<Option<f32>> = get(doc, font, b"Widths")
        .and_then(|o| o.as_array().ok())
        .map(|a| {
            a.iter()
                .map(|o| doc.dereference(o).ok().and_then(|(_, o)| number(o)))
                .collect()
        })
        .unwrap_or_default();
    let missing = descriptor
        .and_then(|d| get(doc, d, b"MissingWidth"))
        .and_then(number)
        .filter(|w| *w > 0.0);
    (0..256usize)
        .map(|code| {
            let index = (code as f32 - first) as isize;
            let from_list = usize::try_from(index)
                .ok()
                .and_then(|i| listed.get(i).copied().flatten())
                .filter(|w| w.is_finite() && *w >= 0.0);
            match (from_list, missing) {
                (Some(w), _) => w * scale,
                (None, _) if listed.is_empty() => {
                    standard_width(base_font, chars.get(code).and_then(|c| c.as_deref()))
                }
                (None, Some(w)) => w * scale,
                (None, None) => {
                    standard_width(base_font, chars.get(code).and_then(|c| c.as_deref()))
                }
            }
        })
        .collect()
}

/// Approximate standard-14 advance widths (text space units) for one character.
fn standard_width(base_font: &str, text: Option<&str>) -> f32 {
    if base_font.contains("Courier") {
        return 0.6;
    }
    let times = base_font.contains("Times");
    let table: &[u16; 95] = if times { &TIMES } else { &HELVETICA };
    // Accented letters take the width of their base letter.
    let c = text.and_then(|t| t.nfd().next()).unwrap_or(' ');
    let width = u32::from(c)
        .checked_sub(32)
        .and_then(|i| table.get(usize::try_from(i).ok()?))
        .copied()
        .unwrap_or(if times { 500 } else { 556 });
    f32::from(width) / 1000.0
}

/// Helvetica widths of ASCII 32..=126.
const HELVETICA: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // sp..
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0..?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @..O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P.._
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // `..o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p..~
];

/// Times-Roman widths of ASCII 32..=126.
const TIMES: [u16; 95] = [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, // sp..
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, // 0..?
    921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, // @..O
    556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, // P.._
    333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, // `..o
    500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, // p..~
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn winansi_and_macroman_albanian_letters() {
        let win = base_table(BaseEncoding::WinAnsi);
        assert_eq!(win[0xEB].as_deref(), Some("ë"));
        assert_eq!(win[0xE7].as_deref(), Some("ç"));
        assert_eq!(win[0xCB].as_deref(), Some("Ë"));
        assert_eq!(win[0xC7].as_deref(), Some("Ç"));
        let mac = base_table(BaseEncoding::MacRoman);
        assert_eq!(mac[0x91].as_deref(), Some("ë"));
        assert_eq!(mac[0x8D].as_deref(), Some("ç"));
        assert_eq!(mac[0xE8].as_deref(), Some("Ë"));
        assert_eq!(mac[0x82].as_deref(), Some("Ç"));
    }

    #[test]
    fn standard_and_pdfdoc_tables() {
        assert_eq!(standard_char(0x27), Some('’'));
        assert_eq!(standard_char(0xAE), Some('ﬁ'));
        assert_eq!(standard_char(0xD0), Some('—'));
        assert_eq!(pdfdoc_char(0x92), Some('™'));
        assert_eq!(pdfdoc_char(0xEB), Some('ë'));
    }

    #[test]
    fn glyph_names() {
        assert_eq!(glyph_to_unicode(b"edieresis").as_deref(), Some("ë"));
        assert_eq!(glyph_to_unicode(b"ccedilla").as_deref(), Some("ç"));
        assert_eq!(glyph_to_unicode(b"uni00EB").as_deref(), Some("ë"));
        assert_eq!(
            glyph_to_unicode(b"uni00650308").as_deref(),
            Some("e\u{308}")
        );
        assert_eq!(glyph_to_unicode(b"u1F600").as_deref(), Some("😀"));
        assert_eq!(glyph_to_unicode(b"T_h").as_deref(), Some("Th"));
        assert_eq!(glyph_to_unicode(b"a.sc").as_deref(), Some("a"));
        assert_eq!(glyph_to_unicode(b"g123"), None);
    }

    #[test]
    fn differences_array() {
        let doc = Document::new();
        let diffs = vec![
            Object::Integer(65),
            Object::Name(b"Edieresis".to_vec()),
            Object::Name(b"ccedilla".to_vec()),
            Object::Integer(200),
            Object::Name(b"fi".to_vec()),
        ];
        let mut chars = base_table(BaseEncoding::Standard);
        apply_differences(&mut chars, &differences(&doc, &diffs), false);
        assert_eq!(chars[65].as_deref(), Some("Ë"));
        assert_eq!(chars[66].as_deref(), Some("ç"));
        assert_eq!(chars[67].as_deref(), Some("C"));
        assert_eq!(chars[200].as_deref(), Some("ﬁ"));
    }

    #[test]
    fn unlisted_names_numeric_gcgid_and_pass_through() {
        let doc = Document::new();
        let name = |n: &str| Object::Name(n.as_bytes().to_vec());
        let diffs = vec![
            Object::Integer(65),
            name("a66"),
            name("LA020000"),
            name("BT"),
            name(".notdef"),
            Object::Integer(192),
            name("a192"),
        ];
        let mut chars = base_table(BaseEncoding::Standard);
        apply_differences(&mut chars, &differences(&doc, &diffs), false);
        assert_eq!(chars[65].as_deref(), Some("B"));
        assert_eq!(chars[66].as_deref(), Some("A"));
        assert_eq!(chars[67].as_deref(), Some("C"));
        assert_eq!(chars[68], None);
        assert_eq!(chars[192].as_deref(), Some("À"));
        // Hex names once any name of the font is hex-only.
        let diffs = vec![Object::Integer(1), name("G4B"), name("G61")];
        apply_differences(&mut chars, &differences(&doc, &diffs), false);
        assert_eq!(chars[1].as_deref(), Some("K"));
        assert_eq!(chars[2].as_deref(), Some("a"));
    }

    #[test]
    fn standard14_widths_follow_base_letters() {
        assert_eq!(standard_width("Helvetica", Some("ë")), 0.556);
        assert_eq!(standard_width("Times-Bold", Some(" ")), 0.25);
        assert_eq!(standard_width("Courier", Some("W")), 0.6);
    }
}
