//! Composite (Type0) fonts that carry no usable ToUnicode map.
//!
//! Owns two readings that need no font program:
//!
//! * Predefined legacy CMaps (`90ms-RKSJ-H`, `EUC-H`, `GBK-EUC-H`,
//!   `B5pc-H`, `KSCms-UHC-H`, `UniJIS-UCS2-H`, ...). Their names say the shown
//!   bytes are text in a national charset (Shift-JIS, EUC-JP, GBK, Big5,
//!   EUC-KR/UHC, UTF-16/8/32), so the charset's lead-byte ranges split the
//!   string into codes and `encoding_rs` turns each code into text, as
//!   poppler does through its CMap + Unicode-map tables.
//! * Last-resort readings of Identity CIDs ([`identity_guess`]) for fonts
//!   whose program gives no text or that are not embedded at all.
//!
//! Must not touch: parsing font programs (`truetype`, `cff`) or CMap streams
//! (`cmap`); this module only interprets names and code bytes.

use encoding_rs::Encoding;

/// The charset a predefined CMap's codes are written in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Charset {
    ShiftJis,
    EucJp,
    /// GB 2312 / GBK in EUC form.
    Gbk,
    /// `GBK2K`: GB 18030 with its 4-byte codes.
    Gb18030,
    Big5,
    /// EUC-KR and its superset UHC (code page 949).
    EucKr,
    Utf16,
    Utf8,
    Utf32,
    /// The 7-bit two-byte forms (`H`, `V`, `GB-H`, `KSC-H`): the EUC
    /// charset with the high bit of both bytes cleared.
    Raw7(&'static Encoding),
}

/// A predefined CMap by name: its charset and whether it writes vertically.
pub fn predefined(name: &[u8]) -> Option<(Charset, bool)> {
    let name = std::str::from_utf8(name).ok()?;
    let vertical = name == "V" || name.ends_with("-V");
    let charset = if name.contains("RKSJ") {
        Charset::ShiftJis
    } else if name.contains("UCS2") || name.contains("UTF16") {
        Charset::Utf16
    } else if name.contains("UTF8") {
        Charset::Utf8
    } else if name.contains("UTF32") {
        Charset::Utf32
    } else if name.contains("GBK2K") {
        Charset::Gb18030
    } else if name.starts_with("GB") && (name.contains("EUC") || name.starts_with("GBK")) {
        Charset::Gbk
    } else if name.contains("B5") {
        Charset::Big5
    } else if name.starts_with("KSC") && (name.contains("EUC") || name.contains("UHC")) {
        Charset::EucKr
    } else if name.starts_with("CNS") {
        // EUC-TW has no decoder here; leave it to the other readings.
        return None;
    } else if name.contains("EUC") {
        Charset::EucJp
    } else {
        match name {
            "H" | "V" | "78-H" | "Add-H" | "Add-V" | "Ext-H" | "Ext-V" => {
                Charset::Raw7(encoding_rs::EUC_JP)
            }
            "GB-H" | "GB-V" | "GBT-H" | "GBT-V" => Charset::Raw7(encoding_rs::GBK),
            "KSC-H" | "KSC-V" => Charset::Raw7(encoding_rs::EUC_KR),
            _ => return None,
        }
    };
    Some((charset, vertical))
}

/// The length of the code starting `bytes`, by the charset's lead-byte ranges.
pub fn code_len(charset: Charset, bytes: &[u8]) -> usize {
    let Some(&lead) = bytes.first() else {
        return 1;
    };
    let second = bytes.get(1).copied().unwrap_or(0);
    let len = match charset {
        Charset::ShiftJis => match lead {
            0x81..=0x9F | 0xE0..=0xFC => 2,
            _ => 1,
        },
        Charset::EucJp => match lead {
            0x8F => 3,
            0x8E | 0xA1..=0xFE => 2,
            _ => 1,
        },
        Charset::Gb18030 if (0x81..=0xFE).contains(&lead) && second.is_ascii_digit() => 4,
        Charset::Gbk | Charset::Gb18030 | Charset::Big5 | Charset::EucKr => match lead {
            0x81..=0xFE => 2,
            _ => 1,
        },
        Charset::Utf16 if (0xD8..=0xDB).contains(&lead) => 4,
        Charset::Utf16 | Charset::Raw7(_) => 2,
        Charset::Utf8 => match lead {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        },
        Charset::Utf32 => 4,
    };
    len.min(bytes.len())
}

/// The text of one code; `None` when the charset has no character for it.
pub fn text(charset: Charset, code: &[u8]) -> Option<String> {
    let (encoding, raised);
    let bytes = match charset {
        Charset::ShiftJis => {
            encoding = encoding_rs::SHIFT_JIS;
            code
        }
        Charset::EucJp => {
            encoding = encoding_rs::EUC_JP;
            code
        }
        Charset::Gbk => {
            encoding = encoding_rs::GBK;
            code
        }
        Charset::Gb18030 => {
            encoding = encoding_rs::GB18030;
            code
        }
        Charset::Big5 => {
            encoding = encoding_rs::BIG5;
            code
        }
        Charset::EucKr => {
            encoding = encoding_rs::EUC_KR;
            code
        }
        Charset::Utf16 => {
            encoding = encoding_rs::UTF_16BE;
            code
        }
        Charset::Utf8 => {
            encoding = encoding_rs::UTF_8;
            code
        }
        Charset::Utf32 => {
            let word: [u8; 4] = code.try_into().ok()?;
            return char::from_u32(u32::from_be_bytes(word))
                .filter(|c| !c.is_control())
                .map(String::from);
        }
        Charset::Raw7(euc) => {
            encoding = euc;
            raised = code.iter().map(|b| b | 0x80).collect::<Vec<u8>>();
            &raised
        }
    };
    let text = encoding.decode_without_bom_handling_and_without_replacement(bytes)?;
    (!text.is_empty() && !text.chars().any(char::is_control)).then(|| text.into_owned())
}

/// Whether a character is set half-width in CJK fonts (ASCII, half-width
/// katakana and Hangul): legacy codes carry no CID to look `/W` up by, so
/// such characters take half an em and the rest the font's default width.
pub fn is_narrow(text: &str) -> bool {
    text.chars()
        .all(|c| matches!(c, ' '..='~' | '\u{FF61}'..='\u{FFDC}' | '\u{A5}' | '\u{203E}'))
}

/// How to read the CIDs of an Identity-encoded font when neither ToUnicode
/// nor the font program gives text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Guess {
    /// `Adobe-UCS` ordering: a CID is a Unicode code point by definition.
    Unicode,
    /// An Adobe CJK ordering: only CIDs 1–95 (and Japan1's half-width copy
    /// at 231–325) are known here, the ASCII set of every such collection;
    /// the rest needs Adobe's CID→Unicode tables, which arkiva lacks.
    CjkAscii {
        japan1: bool,
    },
    /// A font known to keep the standard Macintosh glyph order for its first
    /// 258 glyphs (the Windows core fonts and their Liberation clones), whose
    /// CIDs are glyph ids: glyph 3 is space, 36 'A', 68 'a'.
    MacOrder,
    /// Unknown font whose CIDs are either glyph ids of such a font or, as
    /// many producers write them, Unicode: decided per shown string.
    Evidence,
    Nothing,
}

/// Which font program a CIDFont embeds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Program {
    None,
    TrueType,
    Other,
}

/// Fonts whose first 258 glyphs are in the Macintosh order (by the name
/// without subset tag and style). Arial Unicode MS is left out: its order differs.
const MAC_ORDER_FONTS: [&str; 10] = [
    "Arial",
    "TimesNewRoman",
    "CourierNew",
    "Verdana",
    "Tahoma",
    "Georgia",
    "TrebuchetMS",
    "CenturyGothic",
    "Liberation",
    "OpenSans",
];

/// Microsoft's ClearType fonts number their glyphs in an order of their own:
/// glyph ids of them cannot be read without the font.
const OTHER_ORDER_FONTS: [&str; 7] = [
    "Calibri",
    "Cambria",
    "Candara",
    "Consolas",
    "Constantia",
    "Corbel",
    "Segoe",
];

/// Picks the reading for an Identity font from its `/CIDSystemInfo`
/// ordering, its name, whether a program is embedded and whether
/// `/CIDToGIDMap` is a stream (producers that write one mostly use Unicode
/// as CIDs and map them to glyphs; embedded fonts with an identity map use
/// glyph ids, which only a known glyph order can read).
///
/// An embedded TrueType program with an identity CIDToGIDMap makes its CIDs
/// glyph ids whatever ordering it claims; with no cmap or post to name the
/// glyphs there is nothing honest to read (producers such as the
/// "80000001-Identity-H" ones label arbitrary glyph ids "Japan1").
pub fn guess(ordering: &[u8], base_font: &[u8], program: Program, gid_map_stream: bool) -> Guess {
    let embedded = program != Program::None;
    let glyph_ids = program == Program::TrueType && !gid_map_stream;
    match ordering {
        b"UCS" => return Guess::Unicode,
        b"Japan1" | b"GB1" | b"CNS1" | b"Korea1" if glyph_ids => return Guess::Nothing,
        b"Japan1" => return Guess::CjkAscii { japan1: true },
        b"GB1" | b"CNS1" | b"Korea1" => return Guess::CjkAscii { japan1: false },
        _ => {}
    }
    let name = String::from_utf8_lossy(base_font);
    let name = name.split_once('+').map_or(&*name, |(_, rest)| rest);
    let name: String = name
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if MAC_ORDER_FONTS.iter().any(|f| name.starts_with(f)) && !name.starts_with("ArialUnicode") {
        return Guess::MacOrder;
    }
    if OTHER_ORDER_FONTS.iter().any(|f| name.starts_with(f)) && !gid_map_stream {
        return Guess::Nothing;
    }
    if !embedded || gid_map_stream {
        Guess::Evidence
    } else {
        Guess::Nothing
    }
}

/// Texts for the CIDs of one shown string by a [`Guess`].
///
/// For `MacOrder` and `Evidence` fonts both candidate readings are made, the
/// CIDs as glyph ids in the Macintosh order and the CIDs as Unicode (many
/// producers write Unicode CIDs even for Arial, and poppler's last resort
/// reads them so), and the one giving more letters, digits and spaces wins:
/// the wrong reading of a word turns into punctuation, control codes or
/// accented letters ("Arial" as glyph ids reads "^êá~ä", "VATCode" written
/// as glyph ids reads "9$7&RGH" as Unicode). A tie goes to the font's prior:
/// glyph ids for a known Macintosh-order font, Unicode otherwise.
pub fn guess_texts(guess: Guess, cids: &[u32]) -> Vec<Option<String>> {
    match guess {
        Guess::Nothing => vec![None; cids.len()],
        Guess::CjkAscii { japan1 } => cids.iter().map(|&c| cjk_ascii(c, japan1)).collect(),
        Guess::Unicode => cids.iter().map(|&c| unicode_text(c)).collect(),
        Guess::MacOrder | Guess::Evidence => {
            let mac: Vec<Option<String>> = cids
                .iter()
                .map(|&c| super::truetype::mac_text(usize::try_from(c).ok()?))
                .collect();
            let unicode: Vec<Option<String>> = cids.iter().map(|&c| unicode_text(c)).collect();
            let (mac_score, unicode_score) = (wordiness(&mac), wordiness(&unicode));
            let prefer_mac = mac_score > unicode_score
                || (mac_score == unicode_score && guess == Guess::MacOrder);
            if prefer_mac {
                mac
            } else {
                unicode
            }
        }
    }
}

fn unicode_text(cid: u32) -> Option<String> {
    char::from_u32(cid)
        .filter(|c| !c.is_control() && !('\u{E000}'..='\u{F8FF}').contains(c))
        .map(String::from)
}

/// How word-like a reading is: ASCII letters, digits and spaces count
/// twice, other letters once, and Latin Extended-B / IPA letters
/// (U+0180–U+02FF) not at all: CIDs of Cyrillic or Greek glyphs of an Arial
/// read as Unicode land there, and real text is rarely made of them.
fn wordiness(texts: &[Option<String>]) -> usize {
    texts
        .iter()
        .flatten()
        .flat_map(|t| t.chars())
        .map(|c| match c {
            ' ' => 2,
            c if c.is_ascii_alphanumeric() => 2,
            '\u{180}'..='\u{2FF}' => 0,
            c if c.is_alphanumeric() => 1,
            _ => 0,
        })
        .sum()
}

/// CIDs 1–95 of the Adobe CJK collections are ASCII space..tilde; Japan1
/// repeats them half-width at 231–325 and has the yen sign for backslash.
fn cjk_ascii(cid: u32, japan1: bool) -> Option<String> {
    let offset = match cid {
        1..=95 => cid - 1,
        231..=325 if japan1 => cid - 231,
        _ => return None,
    };
    let c = char::from_u32(0x20 + offset)?;
    Some(String::from(if japan1 && c == '\\' { '¥' } else { c }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_guesses_by_ordering_and_name() {
        use Program::{None as Bare, Other, TrueType};
        assert_eq!(guess(b"UCS", b"X", TrueType, false), Guess::Unicode);
        let japan1 = Guess::CjkAscii { japan1: true };
        assert_eq!(guess(b"Japan1", b"X", TrueType, true), japan1);
        assert_eq!(guess(b"Japan1", b"X", Other, false), japan1);
        assert_eq!(guess(b"Japan1", b"X", TrueType, false), Guess::Nothing);
        assert_eq!(
            guess(b"Identity", b"AB+Arial,Bold", Bare, false),
            Guess::MacOrder
        );
        assert_eq!(
            guess(b"Identity", b"Times New Roman", Bare, false),
            Guess::MacOrder
        );
        assert_eq!(
            guess(b"Identity", b"X+Open-Sans", TrueType, true),
            Guess::MacOrder
        );
        assert_eq!(
            guess(b"Identity", b"ArialUnicodeMS", Bare, false),
            Guess::Evidence
        );
        assert_eq!(guess(b"Identity", b"Calibri", Bare, false), Guess::Nothing);
        assert_eq!(
            guess(b"Identity", b"Calibri", TrueType, true),
            Guess::Evidence
        );
        assert_eq!(guess(b"Identity", b"FooFont", Bare, false), Guess::Evidence);
        assert_eq!(
            guess(b"Identity", b"AB+Foo", TrueType, false),
            Guess::Nothing
        );
    }

    fn joined(guess: Guess, cids: &[u32]) -> String {
        guess_texts(guess, cids).into_iter().flatten().collect()
    }

    /// CIDs of a word as glyph ids in the Macintosh order (ASCII + 29 less 32).
    fn mac_ids(text: &str) -> Vec<u32> {
        text.chars().map(|c| u32::from(c) - 29).collect()
    }

    #[test]
    fn identity_readings() {
        assert_eq!(mac_ids("Hi 1"), [43, 76, 3, 20]);
        assert_eq!(joined(Guess::MacOrder, &mac_ids("Hi 1")), "Hi 1");
        assert_eq!(joined(Guess::Evidence, &mac_ids("Hi 1")), "Hi 1");
        assert_eq!(joined(Guess::Evidence, &mac_ids("VATCode")), "VATCode");
        // A Macintosh-order font may still be shown with Unicode CIDs.
        let unicode: Vec<u32> = "Arial".chars().map(u32::from).collect();
        assert_eq!(joined(Guess::MacOrder, &unicode), "Arial");
        let unicode: Vec<u32> = "Courier New".chars().map(u32::from).collect();
        assert_eq!(joined(Guess::MacOrder, &unicode), "Courier New");
        // Cyrillic glyph ids of Arial are no Unicode text ("ɎɅȺ" if read so).
        assert_eq!(joined(Guess::MacOrder, &[0x24E, 0x245, 0x23A]), "");
        // The glyph order is known only up to glyph 257.
        assert_eq!(joined(Guess::MacOrder, &[43, 600]), "H");
        assert_eq!(
            joined(Guess::Evidence, &[0x3042, 0x41, 0x20, 0x431]),
            "あA б"
        );
        assert_eq!(joined(Guess::Unicode, &[0x41, 0xE000, 0x0]), "A");
        assert_eq!(
            joined(Guess::CjkAscii { japan1: false }, &[53, 73, 1, 900]),
            "Th "
        );
        assert_eq!(joined(Guess::CjkAscii { japan1: true }, &[61, 264]), "¥A");
        assert_eq!(joined(Guess::Nothing, &[43]), "");
        assert_eq!(guess_texts(Guess::Evidence, &[u32::MAX, 0]), [None, None]);
    }

    fn split(charset: Charset, bytes: &[u8]) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = bytes;
        while !rest.is_empty() {
            let len = code_len(charset, rest).max(1);
            let (code, tail) = rest.split_at(len);
            out.push(text(charset, code).unwrap_or_else(|| "?".into()));
            rest = tail;
        }
        out
    }

    #[test]
    fn names_choose_charsets() {
        assert_eq!(predefined(b"90ms-RKSJ-H"), Some((Charset::ShiftJis, false)));
        assert_eq!(predefined(b"90ms-RKSJ-V"), Some((Charset::ShiftJis, true)));
        assert_eq!(predefined(b"EUC-H"), Some((Charset::EucJp, false)));
        assert_eq!(predefined(b"GBK-EUC-H"), Some((Charset::Gbk, false)));
        assert_eq!(predefined(b"GBKp-EUC-H"), Some((Charset::Gbk, false)));
        assert_eq!(predefined(b"GB-EUC-V"), Some((Charset::Gbk, true)));
        assert_eq!(predefined(b"GBK2K-H"), Some((Charset::Gb18030, false)));
        assert_eq!(predefined(b"B5pc-H"), Some((Charset::Big5, false)));
        assert_eq!(predefined(b"ETen-B5-H"), Some((Charset::Big5, false)));
        assert_eq!(predefined(b"KSC-EUC-H"), Some((Charset::EucKr, false)));
        assert_eq!(predefined(b"KSCms-UHC-H"), Some((Charset::EucKr, false)));
        assert_eq!(predefined(b"UniJIS-UCS2-H"), Some((Charset::Utf16, false)));
        assert_eq!(predefined(b"UniGB-UTF16-V"), Some((Charset::Utf16, true)));
        assert_eq!(
            predefined(b"V"),
            Some((Charset::Raw7(encoding_rs::EUC_JP), true))
        );
        assert_eq!(predefined(b"Identity-H"), None);
        assert_eq!(predefined(b"CNS-EUC-H"), None);
    }

    #[test]
    fn shift_jis_mixes_one_and_two_byte_codes() {
        // "aあｱ" : ASCII, hiragana (2 bytes), half-width katakana (1 byte).
        let parts = split(Charset::ShiftJis, &[b'a', 0x82, 0xA0, 0xB1]);
        assert_eq!(parts, ["a", "あ", "ｱ"]);
    }

    #[test]
    fn euc_charsets_decode() {
        assert_eq!(split(Charset::EucJp, &[0xA4, 0xA2, b'1']), ["あ", "1"]);
        assert_eq!(split(Charset::Gbk, &[0xD6, 0xD0, b' ']), ["中", " "]);
        assert_eq!(split(Charset::Big5, &[0xA4, 0xA4]), ["中"]);
        assert_eq!(split(Charset::EucKr, &[0xC7, 0xD1]), ["한"]);
        assert_eq!(
            split(Charset::Raw7(encoding_rs::EUC_JP), &[0x24, 0x22]),
            ["あ"]
        );
    }

    #[test]
    fn unicode_charsets_decode() {
        assert_eq!(
            split(Charset::Utf16, &[0x30, 0x42, 0xD8, 0x3D, 0xDE, 0x00]),
            ["あ", "😀"]
        );
        assert_eq!(split(Charset::Utf8, "aé中".as_bytes()), ["a", "é", "中"]);
        assert_eq!(split(Charset::Utf32, &[0, 0, 0x30, 0x42]), ["あ"]);
    }

    #[test]
    fn truncated_and_invalid_codes_are_safe() {
        assert_eq!(code_len(Charset::ShiftJis, &[0x82]), 1);
        assert_eq!(code_len(Charset::Gb18030, &[0x81, 0x30]), 2);
        assert_eq!(code_len(Charset::Utf16, &[]), 1);
        assert_eq!(text(Charset::ShiftJis, &[0x82]), None);
        assert_eq!(text(Charset::Utf32, &[0, 0x11, 0, 0]), None);
        assert_eq!(text(Charset::EucJp, &[0x01]), None);
    }

    #[test]
    fn narrow_characters() {
        assert!(is_narrow("a"));
        assert!(is_narrow("ｱ"));
        assert!(!is_narrow("あ"));
    }
}
