//! Embedded TrueType programs (`/FontFile2`): glyph ids back to Unicode.
//!
//! Owns: reading a font program's table directory and its `cmap` and `post`
//! tables, to give text to fonts that carry no ToUnicode map, as poppler
//! does. A Unicode `cmap` subtable is inverted (glyph → character); where it
//! is missing, `post` glyph names go through the glyph list.
//!
//! Must not touch: PDF objects (the caller hands in the decoded bytes) or
//! glyph outlines. Every offset and length is checked against the data and
//! every table walk is capped, because font programs in the wild are hostile
//! or truncated as often as PDFs are.

use std::collections::HashMap;

use super::font::glyph_to_unicode;

/// A bound on mappings taken from one font: a glyph id is 16 bits, and a
/// format-12 group may claim a far larger range than the font has glyphs.
const MAX_ENTRIES: usize = 70_000;

/// Glyph id → text, from the font's Unicode `cmap` or else its `post` names.
pub fn glyph_text(data: &[u8]) -> HashMap<u16, String> {
    let from_cmap = unicode_cmap(data).map(|pairs| invert(&pairs));
    match from_cmap {
        Some(map) if !map.is_empty() => map,
        _ => post_names(data).unwrap_or_default(),
    }
}

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    let bytes = data.get(at..at.checked_add(2)?)?;
    Some(u16::from_be_bytes([*bytes.first()?, *bytes.get(1)?]))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    let bytes = data.get(at..at.checked_add(4)?)?;
    let mut word = [0u8; 4];
    word.copy_from_slice(bytes);
    Some(u32::from_be_bytes(word))
}

/// A table's bytes by its tag, from the table directory at the start of the font.
fn table<'a>(data: &'a [u8], tag: &[u8; 4]) -> Option<&'a [u8]> {
    let count = usize::from(u16_at(data, 4)?);
    (0..count).find_map(|i| {
        let record = 12 + i * 16;
        if data.get(record..record + 4)? != tag {
            return None;
        }
        let offset = usize::try_from(u32_at(data, record + 8)?).ok()?;
        let length = usize::try_from(u32_at(data, record + 12)?).ok()?;
        // Truncated fonts are common: keep what is there.
        let end = offset.checked_add(length)?.min(data.len());
        data.get(offset..end)
    })
}

/// The offset, within `cmap`, of the subtable for one platform and encoding.
fn subtable(cmap: &[u8], platform: u16, encoding: u16) -> Option<usize> {
    let count = usize::from(u16_at(cmap, 2)?);
    (0..count).find_map(|i| {
        let record = 4 + i * 8;
        let matches = u16_at(cmap, record)? == platform && u16_at(cmap, record + 2)? == encoding;
        matches
            .then(|| u32_at(cmap, record + 4))
            .flatten()
            .and_then(|o| usize::try_from(o).ok())
    })
}

/// (Unicode scalar, glyph id) pairs from the best Unicode subtable; the
/// symbol subtable's private-use codes count as Latin-1 when nothing better exists.
fn unicode_cmap(data: &[u8]) -> Option<Vec<(u32, u16)>> {
    let cmap = table(data, b"cmap")?;
    const UNICODE: [(u16, u16); 6] = [(3, 10), (0, 4), (3, 1), (0, 3), (0, 1), (0, 0)];
    let found = UNICODE
        .iter()
        .filter_map(|(p, e)| subtable(cmap, *p, *e))
        .find_map(|offset| read_subtable(cmap, offset).filter(|p| !p.is_empty()));
    if found.is_some() {
        return found;
    }
    let symbol = read_subtable(cmap, subtable(cmap, 3, 0)?)?;
    Some(
        symbol
            .into_iter()
            .map(|(c, g)| (if c & 0xFF00 == 0xF000 { c & 0xFF } else { c }, g))
            .collect(),
    )
}

/// Glyph → text; the lowest code wins where several map to one glyph.
fn invert(pairs: &[(u32, u16)]) -> HashMap<u16, String> {
    let mut sorted: Vec<&(u32, u16)> = pairs.iter().collect();
    sorted.sort_unstable();
    let mut map = HashMap::new();
    for (code, gid) in sorted {
        let usable = char::from_u32(*code).filter(|c| !c.is_control() && *gid != 0);
        if let Some(c) = usable {
            map.entry(*gid).or_insert_with(|| String::from(c));
        }
    }
    map
}

/// One subtable's (code, glyph id) pairs, for formats 0, 4, 6 and 12.
fn read_subtable(cmap: &[u8], offset: usize) -> Option<Vec<(u32, u16)>> {
    let sub = cmap.get(offset..)?;
    match u16_at(sub, 0)? {
        0 => Some(
            (0..256u32)
                .filter_map(|c| Some((c, u16::from(*sub.get(6 + c as usize)?))))
                .collect(),
        ),
        4 => format4(sub),
        6 => format6(sub),
        12 => format12(sub),
        _ => None,
    }
}

fn format4(sub: &[u8]) -> Option<Vec<(u32, u16)>> {
    let segments = usize::from(u16_at(sub, 6)? / 2);
    let ends = 14;
    let starts = ends + 2 * segments + 2;
    let deltas = starts + 2 * segments;
    let range_offsets = deltas + 2 * segments;
    let mut pairs = Vec::new();
    for s in 0..segments {
        let end = u16_at(sub, ends + 2 * s)?;
        let start = u16_at(sub, starts + 2 * s)?;
        let delta = u16_at(sub, deltas + 2 * s)?;
        let range_at = range_offsets + 2 * s;
        let range_offset = usize::from(u16_at(sub, range_at)?);
        for code in start..=end.max(start) {
            if code == 0xFFFF || pairs.len() >= MAX_ENTRIES {
                break;
            }
            let gid = if range_offset == 0 {
                code.wrapping_add(delta)
            } else {
                let at = range_at + range_offset + 2 * usize::from(code - start);
                match u16_at(sub, at) {
                    Some(0) | None => continue,
                    Some(g) => g.wrapping_add(delta),
                }
            };
            pairs.push((u32::from(code), gid));
        }
    }
    Some(pairs)
}

fn format6(sub: &[u8]) -> Option<Vec<(u32, u16)>> {
    let first = u16_at(sub, 6)?;
    let count = u16_at(sub, 8)?;
    Some(
        (0..count)
            .map_while(|i| {
                let gid = u16_at(sub, 10 + 2 * usize::from(i))?;
                Some((u32::from(first) + u32::from(i), gid))
            })
            .collect(),
    )
}

fn format12(sub: &[u8]) -> Option<Vec<(u32, u16)>> {
    let groups = usize::try_from(u32_at(sub, 12)?).ok()?;
    let mut pairs = Vec::new();
    for g in 0..groups {
        let at = 16usize.checked_add(g.checked_mul(12)?)?;
        let (Some(start), Some(end), Some(first_gid)) =
            (u32_at(sub, at), u32_at(sub, at + 4), u32_at(sub, at + 8))
        else {
            break;
        };
        for (code, gid) in (start..=end).zip(first_gid..) {
            if pairs.len() >= MAX_ENTRIES {
                return Some(pairs);
            }
            let Ok(gid) = u16::try_from(gid) else { break };
            pairs.push((code, gid));
        }
    }
    Some(pairs)
}

/// Glyph → text from a format 2.0 `post` table's glyph names.
fn post_names(data: &[u8]) -> Option<HashMap<u16, String>> {
    let post = table(data, b"post")?;
    if u32_at(post, 0)? != 0x0002_0000 {
        return None;
    }
    let glyphs = u16_at(post, 32)?;
    let names_at = 34 + 2 * usize::from(glyphs);
    let custom = pascal_strings(post.get(names_at..)?);
    let mut map = HashMap::new();
    for gid in 0..glyphs {
        let index = usize::from(u16_at(post, 34 + 2 * usize::from(gid))?);
        let text = match index.checked_sub(MAC_NAMES_LEN) {
            None => mac_text(index),
            Some(i) => custom.get(i).and_then(|name| glyph_to_unicode(name)),
        };
        if let Some(text) = text.filter(|t| !t.is_empty()) {
            map.insert(gid, text);
        }
    }
    Some(map)
}

/// The length-prefixed names that follow the index array of `post` 2.0.
fn pascal_strings(mut data: &[u8]) -> Vec<&[u8]> {
    let mut names = Vec::new();
    while let Some((&len, rest)) = data.split_first() {
        let Some(name) = rest.get(..usize::from(len)) else {
            break;
        };
        names.push(name);
        data = rest.get(usize::from(len)..).unwrap_or_default();
    }
    names
}

/// Number of standard Macintosh glyph names that `post` indices below refer to.
const MAC_NAMES_LEN: usize = 258;

/// Text of a standard Macintosh glyph: 3..=97 are ASCII space..tilde, the rest named.
pub(super) fn mac_text(index: usize) -> Option<String> {
    if (3..=97).contains(&index) {
        let byte = u8::try_from(index - 3 + 0x20).ok()?;
        return Some(String::from(char::from(byte)));
    }
    let name = MAC_HIGH.get(index.checked_sub(98)?)?;
    glyph_to_unicode(name.as_bytes())
}

/// Standard Macintosh glyph names 98..=257, in order.
const MAC_HIGH: [&str; 160] = [
    "Adieresis",
    "Aring",
    "Ccedilla",
    "Eacute",
    "Ntilde",
    "Odieresis",
    "Udieresis",
    "aacute",
    "agrave",
    "acircumflex",
    "adieresis",
    "atilde",
    "aring",
    "ccedilla",
    "eacute",
    "egrave",
    "ecircumflex",
    "edieresis",
    "iacute",
    "igrave",
    "icircumflex",
    "idieresis",
    "ntilde",
    "oacute",
    "ograve",
    "ocircumflex",
    "odieresis",
    "otilde",
    "uacute",
    "ugrave",
    "ucircumflex",
    "udieresis",
    "dagger",
    "degree",
    "cent",
    "sterling",
    "section",
    "bullet",
    "paragraph",
    "germandbls",
    "registered",
    "copyright",
    "trademark",
    "acute",
    "dieresis",
    "notequal",
    "AE",
    "Oslash",
    "infinity",
    "plusminus",
    "lessequal",
    "greaterequal",
    "yen",
    "mu",
    "partialdiff",
    "summation",
    "product",
    "pi",
    "integral",
    "ordfeminine",
    "ordmasculine",
    "Omega",
    "ae",
    "oslash",
    "questiondown",
    "exclamdown",
    "logicalnot",
    "radical",
    "florin",
    "approxequal",
    "Delta",
    "guillemotleft",
    "guillemotright",
    "ellipsis",
    "space",
    "Agrave",
    "Atilde",
    "Otilde",
    "OE",
    "oe",
    "endash",
    "emdash",
    "quotedblleft",
    "quotedblright",
    "quoteleft",
    "quoteright",
    "divide",
    "lozenge",
    "ydieresis",
    "Ydieresis",
    "fraction",
    "currency",
    "guilsinglleft",
    "guilsinglright",
    "fi",
    "fl",
    "daggerdbl",
    "periodcentered",
    "quotesinglbase",
    "quotedblbase",
    "perthousand",
    "Acircumflex",
    "Ecircumflex",
    "Aacute",
    "Edieresis",
    "Egrave",
    "Iacute",
    "Icircumflex",
    "Idieresis",
    "Igrave",
    "Oacute",
    "Ocircumflex",
    "apple",
    "Ograve",
    "Uacute",
    "Ucircumflex",
    "Ugrave",
    "dotlessi",
    "circumflex",
    "tilde",
    "macron",
    "breve",
    "dotaccent",
    "ring",
    "cedilla",
    "hungarumlaut",
    "ogonek",
    "caron",
    "Lslash",
    "lslash",
    "Scaron",
    "scaron",
    "Zcaron",
    "zcaron",
    "brokenbar",
    "Eth",
    "eth",
    "Yacute",
    "yacute",
    "Thorn",
    "thorn",
    "minus",
    "multiply",
    "onesuperior",
    "twosuperior",
    "threesuperior",
    "onehalf",
    "onequarter",
    "threequarters",
    "franc",
    "Gbreve",
    "gbreve",
    "Idotaccent",
    "Scedilla",
    "scedilla",
    "Cacute",
    "cacute",
    "Ccaron",
    "ccaron",
    "dcroat",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// A font with one table: the table directory, then the table at offset 28.
    fn font_with(tag: &[u8; 4], table: &[u8]) -> Vec<u8> {
        let mut font = vec![0, 1, 0, 0, 0, 1, 0, 16, 0, 0, 0, 0];
        font.extend_from_slice(tag);
        font.extend_from_slice(&[0; 4]);
        font.extend_from_slice(&28u32.to_be_bytes());
        font.extend_from_slice(&u32::try_from(table.len()).unwrap().to_be_bytes());
        font.extend_from_slice(table);
        font
    }

    fn words(values: &[u16]) -> Vec<u8> {
        values.iter().flat_map(|v| v.to_be_bytes()).collect()
    }

    #[test]
    fn format4_cmap_is_inverted() {
        // One (3,1) subtable: 'A'..'C' → glyphs 5..7 by delta, 'ë' → 9 by the glyph array.
        let mut cmap = words(&[0, 1, 3, 1]);
        cmap.extend_from_slice(&12u32.to_be_bytes());
        let sub = words(&[
            4,
            0,
            0,
            6,
            0,
            0,
            0, // format, length, language, segCountX2, search fields
            0x43,
            0xEB,
            0xFFFF,
            0, // ends, pad
            0x41,
            0xEB,
            0xFFFF, // starts
            (5u16).wrapping_sub(0x41),
            0,
            1, // deltas
            0,
            4,
            0, // range offsets: the second points two words on
            9, // glyph array
        ]);
        cmap.extend_from_slice(&sub);
        let map = glyph_text(&font_with(b"cmap", &cmap));
        assert_eq!(map.get(&5).map(String::as_str), Some("A"));
        assert_eq!(map.get(&7).map(String::as_str), Some("C"));
        assert_eq!(map.get(&9).map(String::as_str), Some("ë"));
        assert_eq!(map.len(), 4);
    }

    #[test]
    fn format12_groups_are_capped_to_glyph_ids() {
        let mut cmap = words(&[0, 1, 3, 10]);
        cmap.extend_from_slice(&12u32.to_be_bytes());
        cmap.extend_from_slice(&words(&[12, 0]));
        for v in [40u32, 0, 2, 0x61, 0x63, 3, 0x10, 0xFFFF_FFFF, 0xFFFE] {
            cmap.extend_from_slice(&v.to_be_bytes());
        }
        let map = glyph_text(&font_with(b"cmap", &cmap));
        assert_eq!(map.get(&3).map(String::as_str), Some("a"));
        assert_eq!(map.get(&5).map(String::as_str), Some("c"));
        assert!(map.len() <= 5, "{}", map.len());
    }

    #[test]
    fn post_names_when_there_is_no_cmap() {
        let mut post = 0x0002_0000u32.to_be_bytes().to_vec();
        post.extend_from_slice(&[0; 28]);
        post.extend_from_slice(&words(&[4, 0, 36, 115, 258]));
        post.extend_from_slice(b"\x07uni00E7");
        let map = glyph_text(&font_with(b"post", &post));
        assert_eq!(map.get(&1).map(String::as_str), Some("A"));
        assert_eq!(map.get(&2).map(String::as_str), Some("ë"));
        assert_eq!(map.get(&3).map(String::as_str), Some("ç"));
        assert!(!map.contains_key(&0));
    }

    #[test]
    fn symbol_cmap_maps_private_use_codes() {
        let mut cmap = words(&[0, 1, 3, 0]);
        cmap.extend_from_slice(&12u32.to_be_bytes());
        cmap.extend_from_slice(&words(&[6, 0, 0, 0xF041, 2, 7, 8]));
        let font = font_with(b"cmap", &cmap);
        assert_eq!(glyph_text(&font).get(&7).map(String::as_str), Some("A"));
        assert_eq!(glyph_text(&font).get(&8).map(String::as_str), Some("B"));
    }

    #[test]
    fn garbage_and_truncation_do_not_panic() {
        for len in 0..64 {
            let junk: Vec<u8> = (0..len).map(|i| (i * 37 % 251) as u8).collect();
            let _ = glyph_text(&junk);
        }
        let mut cmap = words(&[0, 1, 3, 1]);
        cmap.extend_from_slice(&0xFFFF_FFF0u32.to_be_bytes());
        assert!(glyph_text(&font_with(b"cmap", &cmap)).is_empty());
    }
}
