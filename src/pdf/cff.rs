//! Embedded CFF font programs (`/FontFile3` of subtype `Type1C`,
//! `CIDFontType0C` or `OpenType` with a `CFF ` table): glyph names for text.
//!
//! Owns: a small, bounded reader of the parts of a CFF program that say which
//! glyph a code draws and what that glyph is called: the header, the Name,
//! Top DICT and String INDEXes, the Top DICT's `charset`, `Encoding`,
//! `CharStrings` and `ROS` entries, charset formats 0–2, encoding formats 0–1
//! with supplements, and the predefined charsets, encodings and standard
//! strings. Simple fonts use the built-in encoding (code → glyph name), CID
//! fonts whose CFF is not CID-keyed use the charset (glyph id → glyph name),
//! as poppler and pdf.js do for fonts without a usable ToUnicode map.
//!
//! Must not touch: charstrings, hinting or PDF objects (the caller hands in the
//! decoded program). Every offset is checked against the data and every loop
//! is bounded by the glyph count, itself a 16-bit INDEX count.

/// A parsed CFF font: just enough to name glyphs.
struct Cff<'a> {
    data: &'a [u8],
    strings: Index,
    charset: usize,
    encoding: usize,
    glyph_count: usize,
    cid_keyed: bool,
}

/// An INDEX: `count` items whose offsets (of `off_size` bytes) start at `offsets`.
#[derive(Clone, Copy)]
struct Index {
    count: usize,
    off_size: usize,
    offsets: usize,
    /// One before the first data byte: offsets in an INDEX are 1-based.
    base: usize,
    end: usize,
}

fn u8_at(data: &[u8], at: usize) -> Option<usize> {
    data.get(at).map(|b| usize::from(*b))
}

fn u16_at(data: &[u8], at: usize) -> Option<usize> {
    Some(u8_at(data, at)? << 8 | u8_at(data, at.checked_add(1)?)?)
}

impl Index {
    fn read(data: &[u8], at: usize) -> Option<Index> {
        let count = u16_at(data, at)?;
        if count == 0 {
            let end = at.checked_add(2)?;
            return Some(Index {
                count,
                off_size: 1,
                offsets: end,
                base: end,
                end,
            });
        }
        let off_size = u8_at(data, at + 2)?;
        if !(1..=4).contains(&off_size) {
            return None;
        }
        let offsets = at + 3;
        let base = offsets
            .checked_add((count + 1).checked_mul(off_size)?)?
            .checked_sub(1)?;
        let mut index = Index {
            count,
            off_size,
            offsets,
            base,
            end: 0,
        };
        index.end = base.checked_add(index.offset(data, count)?)?;
        Some(index)
    }

    fn offset(&self, data: &[u8], i: usize) -> Option<usize> {
        let at = self.offsets.checked_add(i.checked_mul(self.off_size)?)?;
        let bytes = data.get(at..at.checked_add(self.off_size)?)?;
        Some(
            bytes
                .iter()
                .fold(0usize, |acc, b| acc << 8 | usize::from(*b)),
        )
    }

    fn get<'a>(&self, data: &'a [u8], i: usize) -> Option<&'a [u8]> {
        if i >= self.count {
            return None;
        }
        let start = self.base.checked_add(self.offset(data, i)?)?;
        let end = self.base.checked_add(self.offset(data, i + 1)?)?;
        data.get(start..end)
    }
}

/// The font program inside an OpenType wrapper, or the data itself; some
/// producers put junk before the header, which pdf.js skips up to the first 1.
fn cff_data(program: &[u8]) -> Option<&[u8]> {
    if program.starts_with(b"OTTO") || program.starts_with(&[0, 1, 0, 0]) {
        return sfnt_table(program, b"CFF ");
    }
    let start = program.iter().take(64).position(|b| *b == 1)?;
    program.get(start..)
}

fn sfnt_table<'a>(data: &'a [u8], tag: &[u8; 4]) -> Option<&'a [u8]> {
    let count = u16_at(data, 4)?;
    (0..count).find_map(|i| {
        let record = 12 + i * 16;
        if data.get(record..record + 4)? != tag {
            return None;
        }
        let word = |at: usize| Some(u16_at(data, at)? << 16 | u16_at(data, at + 2)?);
        let offset = word(record + 8)?;
        let end = offset.checked_add(word(record + 12)?)?.min(data.len());
        data.get(offset..end)
    })
}

impl<'a> Cff<'a> {
    fn parse(program: &'a [u8]) -> Option<Cff<'a>> {
        let data = cff_data(program)?;
        let header_size = u8_at(data, 2)?;
        let names = Index::read(data, header_size)?;
        let top_dicts = Index::read(data, names.end)?;
        let strings = Index::read(data, top_dicts.end)?;
        let top = top_dict(top_dicts.get(data, 0)?);
        let char_strings = Index::read(data, top.char_strings?)?;
        Some(Cff {
            data,
            strings,
            charset: top.charset,
            encoding: top.encoding,
            glyph_count: char_strings.count,
            cid_keyed: top.ros,
        })
    }

    /// The name of a string id: a standard string or one from the String INDEX.
    fn string(&self, sid: usize) -> Option<Vec<u8>> {
        match STANDARD_STRINGS.get(sid) {
            Some(name) => Some(name.as_bytes().to_vec()),
            None => Some(
                self.strings
                    .get(self.data, sid - STANDARD_STRINGS.len())?
                    .to_vec(),
            ),
        }
    }

    /// String ids by glyph id (glyph 0 is `.notdef`, SID 0).
    fn charset_sids(&self) -> Vec<usize> {
        let n = self.glyph_count;
        match self.charset {
            0 => (0..n.min(229)).collect(),
            1 => EXPERT_CHARSET
                .iter()
                .take(n)
                .map(|s| usize::from(*s))
                .collect(),
            2 => EXPERT_SUBSET_CHARSET
                .iter()
                .take(n)
                .map(|s| usize::from(*s))
                .collect(),
            offset => custom_charset(self.data, offset, n),
        }
    }

    /// (code, glyph name) pairs of the built-in encoding; `None` for the
    /// predefined Standard encoding, which the caller already assumes.
    fn encoding(&self) -> Option<Vec<(u8, Vec<u8>)>> {
        let sids = self.charset_sids();
        let pairs: Vec<(u8, usize)> = match self.encoding {
            0 => return None,
            1 => EXPERT_ENCODING
                .iter()
                .filter(|(_, sid)| sids.contains(&usize::from(*sid)))
                .map(|(code, sid)| (*code, usize::from(*sid)))
                .collect(),
            offset => custom_encoding(self.data, offset, &sids)?,
        };
        let named: Vec<(u8, Vec<u8>)> = pairs
            .into_iter()
            .filter_map(|(code, sid)| Some((code, self.string(sid)?)))
            .collect();
        (!named.is_empty()).then_some(named)
    }
}

/// The Top DICT entries this reader needs.
#[derive(Default)]
struct TopDict {
    charset: usize,
    encoding: usize,
    char_strings: Option<usize>,
    ros: bool,
}

/// Walks a DICT's operand/operator stream, keeping the last operand of each operator.
fn top_dict(dict: &[u8]) -> TopDict {
    let mut top = TopDict::default();
    let mut operand: Option<i64> = None;
    let mut i = 0;
    while let Some(&b0) = dict.get(i) {
        let b1 = dict.get(i + 1).map(|b| i64::from(*b)).unwrap_or(0);
        let (value, len) = match b0 {
            28 => (
                Some(
                    i16::from_be_bytes([
                        dict.get(i + 1).copied().unwrap_or(0),
                        dict.get(i + 2).copied().unwrap_or(0),
                    ])
                    .into(),
                ),
                3,
            ),
            29 => (
                dict.get(i + 1..i + 5)
                    .map(|w| i64::from(i32::from_be_bytes([w[0], w[1], w[2], w[3]]))),
                5,
            ),
            30 => (None, real_len(dict.get(i + 1..).unwrap_or_default()) + 1),
            32..=246 => (Some(i64::from(b0) - 139), 1),
            247..=250 => (Some((i64::from(b0) - 247) * 256 + b1 + 108), 2),
            251..=254 => (Some(-(i64::from(b0) - 251) * 256 - b1 - 108), 2),
            12 => {
                if b1 == 30 {
                    top.ros = true;
                }
                operand = None;
                i += 2;
                continue;
            }
            0..=21 => {
                let value = operand.take().and_then(|v| usize::try_from(v).ok());
                match (b0, value) {
                    (15, Some(v)) => top.charset = v,
                    (16, Some(v)) => top.encoding = v,
                    (17, Some(v)) => top.char_strings = Some(v),
                    _ => {}
                }
                i += 1;
                continue;
            }
            _ => (None, 1),
        };
        operand = value;
        i += len;
    }
    top
}

/// The length of a packed-BCD real: up to the nibble 0xF.
fn real_len(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .position(|b| b >> 4 == 0xF || b & 0xF == 0xF)
        .map_or(bytes.len(), |p| p + 1)
}

/// Charset formats 0 (a SID per glyph), 1 and 2 (ranges with 8- or 16-bit counts).
fn custom_charset(data: &[u8], offset: usize, n: usize) -> Vec<usize> {
    let mut sids = vec![0];
    let Some(format) = u8_at(data, offset) else {
        return sids;
    };
    let mut at = offset + 1;
    while sids.len() < n {
        match format {
            0 => match u16_at(data, at) {
                Some(sid) => sids.push(sid),
                None => break,
            },
            1 | 2 => {
                let first = u16_at(data, at);
                let left = if format == 1 {
                    u8_at(data, at + 2)
                } else {
                    u16_at(data, at + 2)
                };
                let (Some(first), Some(left)) = (first, left) else {
                    break;
                };
                let room = n - sids.len();
                sids.extend((first..=first + left).take(room));
                at += if format == 1 { 3 } else { 4 };
                continue;
            }
            _ => break,
        }
        at += 2;
    }
    sids
}

/// Encoding formats 0 (a code per glyph) and 1 (code ranges), then the
/// supplements (code → SID) when the format's high bit is set.
fn custom_encoding(data: &[u8], offset: usize, sids: &[usize]) -> Option<Vec<(u8, usize)>> {
    let format = u8_at(data, offset)?;
    let count = u8_at(data, offset + 1)?;
    let mut pairs = Vec::new();
    let mut gid = 1;
    let mut at = offset + 2;
    match format & 0x7F {
        0 => {
            for i in 0..count {
                let code = data.get(at + i)?;
                pairs.extend(sids.get(gid).map(|sid| (*code, *sid)));
                gid += 1;
            }
            at += count;
        }
        1 => {
            for _ in 0..count {
                let first = u8_at(data, at)?;
                let left = u8_at(data, at + 1)?;
                for code in (first..=first + left).filter_map(|c| u8::try_from(c).ok()) {
                    pairs.extend(sids.get(gid).map(|sid| (code, *sid)));
                    gid += 1;
                }
                at += 2;
            }
        }
        _ => return None,
    }
    if format & 0x80 != 0 {
        let supplements = u8_at(data, at)?;
        for i in 0..supplements {
            let record = at + 1 + i * 3;
            let code = data.get(record)?;
            pairs.push((*code, u16_at(data, record + 1)?));
        }
    }
    Some(pairs)
}

/// The built-in encoding of a simple CFF font: (code, glyph name) pairs, or
/// `None` for the Standard encoding, CID-keyed programs and unreadable data.
pub fn builtin_encoding(program: &[u8]) -> Option<Vec<(u8, Vec<u8>)>> {
    let cff = Cff::parse(program)?;
    if cff.cid_keyed {
        return None;
    }
    cff.encoding()
}

/// Glyph names by glyph id of a CFF program that is not CID-keyed; for a
/// CID-keyed one the charset holds CIDs, not names, so there is nothing to give.
pub fn glyph_names(program: &[u8]) -> Option<Vec<Vec<u8>>> {
    let cff = Cff::parse(program)?;
    if cff.cid_keyed {
        return None;
    }
    let names: Vec<Vec<u8>> = cff
        .charset_sids()
        .into_iter()
        .map(|sid| cff.string(sid).unwrap_or_default())
        .collect();
    (names.len() > 1).then_some(names)
}

/// The 391 standard strings (CFF spec, Appendix A): SIDs below 391 name these.
const STANDARD_STRINGS: [&str; 391] = [
    ".notdef",
    "space",
    "exclam",
    "quotedbl",
    "numbersign",
    "dollar",
    "percent",
    "ampersand",
    "quoteright",
    "parenleft",
    "parenright",
    "asterisk",
    "plus",
    "comma",
    "hyphen",
    "period",
    "slash",
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "colon",
    "semicolon",
    "less",
    "equal",
    "greater",
    "question",
    "at",
    "A",
    "B",
    "C",
    "D",
    "E",
    "F",
    "G",
    "H",
    "I",
    "J",
    "K",
    "L",
    "M",
    "N",
    "O",
    "P",
    "Q",
    "R",
    "S",
    "T",
    "U",
    "V",
    "W",
    "X",
    "Y",
    "Z",
    "bracketleft",
    "backslash",
    "bracketright",
    "asciicircum",
    "underscore",
    "quoteleft",
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "w",
    "x",
    "y",
    "z",
    "braceleft",
    "bar",
    "braceright",
    "asciitilde",
    "exclamdown",
    "cent",
    "sterling",
    "fraction",
    "yen",
    "florin",
    "section",
    "currency",
    "quotesingle",
    "quotedblleft",
    "guillemotleft",
    "guilsinglleft",
    "guilsinglright",
    "fi",
    "fl",
    "endash",
    "dagger",
    "daggerdbl",
    "periodcentered",
    "paragraph",
    "bullet",
    "quotesinglbase",
    "quotedblbase",
    "quotedblright",
    "guillemotright",
    "ellipsis",
    "perthousand",
    "questiondown",
    "grave",
    "acute",
    "circumflex",
    "tilde",
    "macron",
    "breve",
    "dotaccent",
    "dieresis",
    "ring",
    "cedilla",
    "hungarumlaut",
    "ogonek",
    "caron",
    "emdash",
    "AE",
    "ordfeminine",
    "Lslash",
    "Oslash",
    "OE",
    "ordmasculine",
    "ae",
    "dotlessi",
    "lslash",
    "oslash",
    "oe",
    "germandbls",
    "onesuperior",
    "logicalnot",
    "mu",
    "trademark",
    "Eth",
    "onehalf",
    "plusminus",
    "Thorn",
    "onequarter",
    "divide",
    "brokenbar",
    "degree",
    "thorn",
    "threequarters",
    "twosuperior",
    "registered",
    "minus",
    "eth",
    "multiply",
    "threesuperior",
    "copyright",
    "Aacute",
    "Acircumflex",
    "Adieresis",
    "Agrave",
    "Aring",
    "Atilde",
    "Ccedilla",
    "Eacute",
    "Ecircumflex",
    "Edieresis",
    "Egrave",
    "Iacute",
    "Icircumflex",
    "Idieresis",
    "Igrave",
    "Ntilde",
    "Oacute",
    "Ocircumflex",
    "Odieresis",
    "Ograve",
    "Otilde",
    "Scaron",
    "Uacute",
    "Ucircumflex",
    "Udieresis",
    "Ugrave",
    "Yacute",
    "Ydieresis",
    "Zcaron",
    "aacute",
    "acircumflex",
    "adieresis",
    "agrave",
    "aring",
    "atilde",
    "ccedilla",
    "eacute",
    "ecircumflex",
    "edieresis",
    "egrave",
    "iacute",
    "icircumflex",
    "idieresis",
    "igrave",
    "ntilde",
    "oacute",
    "ocircumflex",
    "odieresis",
    "ograve",
    "otilde",
    "scaron",
    "uacute",
    "ucircumflex",
    "udieresis",
    "ugrave",
    "yacute",
    "ydieresis",
    "zcaron",
    "exclamsmall",
    "Hungarumlautsmall",
    "dollaroldstyle",
    "dollarsuperior",
    "ampersandsmall",
    "Acutesmall",
    "parenleftsuperior",
    "parenrightsuperior",
    "twodotenleader",
    "onedotenleader",
    "zerooldstyle",
    "oneoldstyle",
    "twooldstyle",
    "threeoldstyle",
    "fouroldstyle",
    "fiveoldstyle",
    "sixoldstyle",
    "sevenoldstyle",
    "eightoldstyle",
    "nineoldstyle",
    "commasuperior",
    "threequartersemdash",
    "periodsuperior",
    "questionsmall",
    "asuperior",
    "bsuperior",
    "centsuperior",
    "dsuperior",
    "esuperior",
    "isuperior",
    "lsuperior",
    "msuperior",
    "nsuperior",
    "osuperior",
    "rsuperior",
    "ssuperior",
    "tsuperior",
    "ff",
    "ffi",
    "ffl",
    "parenleftinferior",
    "parenrightinferior",
    "Circumflexsmall",
    "hyphensuperior",
    "Gravesmall",
    "Asmall",
    "Bsmall",
    "Csmall",
    "Dsmall",
    "Esmall",
    "Fsmall",
    "Gsmall",
    "Hsmall",
    "Ismall",
    "Jsmall",
    "Ksmall",
    "Lsmall",
    "Msmall",
    "Nsmall",
    "Osmall",
    "Psmall",
    "Qsmall",
    "Rsmall",
    "Ssmall",
    "Tsmall",
    "Usmall",
    "Vsmall",
    "Wsmall",
    "Xsmall",
    "Ysmall",
    "Zsmall",
    "colonmonetary",
    "onefitted",
    "rupiah",
    "Tildesmall",
    "exclamdownsmall",
    "centoldstyle",
    "Lslashsmall",
    "Scaronsmall",
    "Zcaronsmall",
    "Dieresissmall",
    "Brevesmall",
    "Caronsmall",
    "Dotaccentsmall",
    "Macronsmall",
    "figuredash",
    "hypheninferior",
    "Ogoneksmall",
    "Ringsmall",
    "Cedillasmall",
    "questiondownsmall",
    "oneeighth",
    "threeeighths",
    "fiveeighths",
    "seveneighths",
    "onethird",
    "twothirds",
    "zerosuperior",
    "foursuperior",
    "fivesuperior",
    "sixsuperior",
    "sevensuperior",
    "eightsuperior",
    "ninesuperior",
    "zeroinferior",
    "oneinferior",
    "twoinferior",
    "threeinferior",
    "fourinferior",
    "fiveinferior",
    "sixinferior",
    "seveninferior",
    "eightinferior",
    "nineinferior",
    "centinferior",
    "dollarinferior",
    "periodinferior",
    "commainferior",
    "Agravesmall",
    "Aacutesmall",
    "Acircumflexsmall",
    "Atildesmall",
    "Adieresissmall",
    "Aringsmall",
    "AEsmall",
    "Ccedillasmall",
    "Egravesmall",
    "Eacutesmall",
    "Ecircumflexsmall",
    "Edieresissmall",
    "Igravesmall",
    "Iacutesmall",
    "Icircumflexsmall",
    "Idieresissmall",
    "Ethsmall",
    "Ntildesmall",
    "Ogravesmall",
    "Oacutesmall",
    "Ocircumflexsmall",
    "Otildesmall",
    "Odieresissmall",
    "OEsmall",
    "Oslashsmall",
    "Ugravesmall",
    "Uacutesmall",
    "Ucircumflexsmall",
    "Udieresissmall",
    "Yacutesmall",
    "Thornsmall",
    "Ydieresissmall",
    "001.000",
    "001.001",
    "001.002",
    "001.003",
    "Black",
    "Bold",
    "Book",
    "Light",
    "Medium",
    "Regular",
    "Roman",
    "Semibold",
];

/// The predefined Expert charset (Appendix C), as SIDs by glyph id.
const EXPERT_CHARSET: [u16; 166] = [
    0, 1, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 13, 14, 15, 99, 239, 240, 241, 242,
    243, 244, 245, 246, 247, 248, 27, 28, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259,
    260, 261, 262, 263, 264, 265, 266, 109, 110, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276,
    277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295,
    296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314,
    315, 316, 317, 318, 158, 155, 163, 319, 320, 321, 322, 323, 324, 325, 326, 150, 164, 169, 327,
    328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346,
    347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365,
    366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378,
];

/// The predefined ExpertSubset charset (Appendix C), as SIDs by glyph id.
const EXPERT_SUBSET_CHARSET: [u16; 87] = [
    0, 1, 231, 232, 235, 236, 237, 238, 13, 14, 15, 99, 239, 240, 241, 242, 243, 244, 245, 246,
    247, 248, 27, 28, 249, 250, 251, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264,
    265, 266, 109, 110, 267, 268, 269, 270, 272, 300, 301, 302, 305, 314, 315, 158, 155, 163, 320,
    321, 322, 323, 324, 325, 326, 150, 164, 169, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336,
    337, 338, 339, 340, 341, 342, 343, 344, 345, 346,
];

/// The predefined Expert encoding (Appendix B): (code, SID) pairs.
const EXPERT_ENCODING: [(u8, u16); 165] = [
    (32, 1),
    (33, 229),
    (34, 230),
    (36, 231),
    (37, 232),
    (38, 233),
    (39, 234),
    (40, 235),
    (41, 236),
    (42, 237),
    (43, 238),
    (44, 13),
    (45, 14),
    (46, 15),
    (47, 99),
    (48, 239),
    (49, 240),
    (50, 241),
    (51, 242),
    (52, 243),
    (53, 244),
    (54, 245),
    (55, 246),
    (56, 247),
    (57, 248),
    (58, 27),
    (59, 28),
    (60, 249),
    (61, 250),
    (62, 251),
    (63, 252),
    (65, 253),
    (66, 254),
    (67, 255),
    (68, 256),
    (69, 257),
    (73, 258),
    (76, 259),
    (77, 260),
    (78, 261),
    (79, 262),
    (82, 263),
    (83, 264),
    (84, 265),
    (86, 266),
    (87, 109),
    (88, 110),
    (89, 267),
    (90, 268),
    (91, 269),
    (93, 270),
    (94, 271),
    (95, 272),
    (96, 273),
    (97, 274),
    (98, 275),
    (99, 276),
    (100, 277),
    (101, 278),
    (102, 279),
    (103, 280),
    (104, 281),
    (105, 282),
    (106, 283),
    (107, 284),
    (108, 285),
    (109, 286),
    (110, 287),
    (111, 288),
    (112, 289),
    (113, 290),
    (114, 291),
    (115, 292),
    (116, 293),
    (117, 294),
    (118, 295),
    (119, 296),
    (120, 297),
    (121, 298),
    (122, 299),
    (123, 300),
    (124, 301),
    (125, 302),
    (126, 303),
    (161, 304),
    (162, 305),
    (163, 306),
    (166, 307),
    (167, 308),
    (168, 309),
    (169, 310),
    (170, 311),
    (172, 312),
    (175, 313),
    (178, 314),
    (179, 315),
    (182, 316),
    (183, 317),
    (184, 318),
    (188, 158),
    (189, 155),
    (190, 163),
    (191, 319),
    (192, 320),
    (193, 321),
    (194, 322),
    (195, 323),
    (196, 324),
    (197, 325),
    (200, 326),
    (201, 150),
    (202, 164),
    (203, 169),
    (204, 327),
    (205, 328),
    (206, 329),
    (207, 330),
    (208, 331),
    (209, 332),
    (210, 333),
    (211, 334),
    (212, 335),
    (213, 336),
    (214, 337),
    (215, 338),
    (216, 339),
    (217, 340),
    (218, 341),
    (219, 342),
    (220, 343),
    (221, 344),
    (222, 345),
    (223, 346),
    (224, 347),
    (225, 348),
    (226, 349),
    (227, 350),
    (228, 351),
    (229, 352),
    (230, 353),
    (231, 354),
    (232, 355),
    (233, 356),
    (234, 357),
    (235, 358),
    (236, 359),
    (237, 360),
    (238, 361),
    (239, 362),
    (240, 363),
    (241, 364),
    (242, 365),
    (243, 366),
    (244, 367),
    (245, 368),
    (246, 369),
    (247, 370),
    (248, 371),
    (249, 372),
    (250, 373),
    (251, 374),
    (252, 375),
    (253, 376),
    (254, 377),
    (255, 378),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn index(items: &[&[u8]]) -> Vec<u8> {
        if items.is_empty() {
            return vec![0, 0];
        }
        let mut out = (items.len() as u16).to_be_bytes().to_vec();
        out.push(2);
        let mut offset = 1u16;
        out.extend(offset.to_be_bytes());
        for item in items {
            offset += item.len() as u16;
            out.extend(offset.to_be_bytes());
        }
        for item in items {
            out.extend_from_slice(item);
        }
        out
    }

    fn int(value: usize) -> Vec<u8> {
        let mut out = vec![29];
        out.extend((value as i32).to_be_bytes());
        out
    }

    /// A CFF program with `glyphs` empty charstrings and the given tables.
    fn program(
        charset: &[u8],
        encoding: &[u8],
        strings: &[&[u8]],
        glyphs: usize,
        ros: bool,
    ) -> Vec<u8> {
        let names = index(&[b"F"]);
        let strings = index(strings);
        let ros_bytes: &[u8] = if ros { &[139, 139, 139, 12, 30] } else { &[] };
        let dict_len = ros_bytes.len() + 18;
        let top_len = 2 + 1 + 4 + dict_len;
        let charset_at = 4 + names.len() + top_len + strings.len() + 2;
        let encoding_at = charset_at + charset.len();
        let strings_at = encoding_at + encoding.len();
        let mut dict = ros_bytes.to_vec();
        for (value, op) in [(charset_at, 15), (encoding_at, 16), (strings_at, 17)] {
            dict.extend(int(value));
            dict.push(op);
        }
        let mut out = vec![1, 0, 4, 1];
        out.extend(names);
        out.extend(index(&[&dict]));
        out.extend(strings);
        out.extend([0, 0]);
        out.extend_from_slice(charset);
        out.extend_from_slice(encoding);
        let empty: Vec<&[u8]> = vec![b"\x0e"; glyphs];
        out.extend(index(&empty));
        out
    }

    #[test]
    fn format0_encoding_and_charset_with_custom_strings() {
        // Glyphs: .notdef, A (SID 34), "uni2200" (SID 391), edieresis (SID 209).
        let charset = [0, 0, 34, 1, 0x87, 0, 209];
        let encoding = [0, 3, 0x41, 0x42, 0xEB];
        let data = program(&charset, &encoding, &[b"uni2200"], 4, false);
        let pairs = builtin_encoding(&data).unwrap();
        assert_eq!(
            pairs,
            vec![
                (0x41, b"A".to_vec()),
                (0x42, b"uni2200".to_vec()),
                (0xEB, b"edieresis".to_vec())
            ]
        );
        let names = glyph_names(&data).unwrap();
        assert_eq!(names[3], b"edieresis");
    }

    #[test]
    fn range_formats_and_supplements() {
        // Charset format 1: SIDs 66..=68 (a, b, c); format 2 the same with a 16-bit count.
        let encoding = [0x81, 1, 0x61, 2, 1, 0x20, 0, 1];
        for charset in [vec![1, 0, 66, 2], vec![2, 0, 66, 0, 2]] {
            let data = program(&charset, &encoding, &[], 4, false);
            let pairs = builtin_encoding(&data).unwrap();
            assert_eq!(pairs[0], (0x61, b"a".to_vec()));
            assert_eq!(pairs[2], (0x63, b"c".to_vec()));
            assert_eq!(pairs[3], (0x20, b"space".to_vec()));
        }
    }

    #[test]
    fn predefined_tables() {
        // Patch the dict's charset and Encoding offsets to predefined ids.
        let mut data = program(&[], &[], &[], 3, false);
        let dict_at = data.iter().position(|b| *b == 29).unwrap();
        let mut predefined = |charset: i32, encoding: i32| {
            data[dict_at + 1..dict_at + 5].copy_from_slice(&charset.to_be_bytes());
            data[dict_at + 7..dict_at + 11].copy_from_slice(&encoding.to_be_bytes());
            data.clone()
        };
        // ISOAdobe charset with the Standard encoding: nothing to add.
        let iso = predefined(0, 0);
        assert_eq!(builtin_encoding(&iso), None);
        assert_eq!(glyph_names(&iso).unwrap()[2], b"exclam");
        let expert = predefined(1, 1);
        assert_eq!(
            builtin_encoding(&expert).unwrap(),
            vec![(0x20, b"space".to_vec()), (0x21, b"exclamsmall".to_vec())]
        );
        assert_eq!(STANDARD_STRINGS[390], "Semibold");
        assert_eq!(EXPERT_CHARSET.len(), 166);
    }

    #[test]
    fn cid_keyed_and_hostile_programs_give_nothing() {
        let data = program(&[0, 0, 1, 0, 2], &[], &[], 3, true);
        assert_eq!(glyph_names(&data), None);
        assert_eq!(builtin_encoding(&data), None);
        for cut in 0..data.len() {
            let _ = glyph_names(&data[..cut]);
            let _ = builtin_encoding(&data[..cut]);
        }
        assert_eq!(glyph_names(b""), None);
        assert_eq!(glyph_names(&[1, 0, 4, 4, 0xFF, 0xFF, 4]), None);
    }

    #[test]
    fn opentype_wrapper() {
        let cff = program(&[0, 0, 34], &[0, 1, 0x41], &[], 2, false);
        let mut otf = b"OTTO\x00\x01\x00\x00\x00\x00\x00\x00".to_vec();
        otf.extend_from_slice(b"CFF ");
        otf.extend([0, 0, 0, 0, 0, 0, 0, 28]);
        otf.extend((cff.len() as u32).to_be_bytes());
        otf.extend(cff);
        assert_eq!(builtin_encoding(&otf).unwrap(), vec![(0x41, b"A".to_vec())]);
    }
}
