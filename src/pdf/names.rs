//! Glyph names outside the Adobe glyph list that still say which character
//! they draw: numeric names that encode a character code (`/a65`, `/G4B`,
//! `/c097`, `/C2c`), as producers of Type3 and subset fonts write them, and
//! IBM GCGIDs (`/LA010000`), as AFP converters write them.
//!
//! Owns: turning one such name into text, following poppler's second pass
//! over a simple font's encoding (GfxFont.cc) for the numeric forms.
//!
//! Must not touch: the glyph list itself (`glyphs`), `uniXXXX` names or
//! encodings (`font`). Called only for names the glyph list does not know.

/// Whether a name looks like `Xhh` with a hex letter among the digits: then,
/// as in poppler, all 2–3 character names of the font are read as hex codes.
pub fn is_hex_style(name: &[u8]) -> bool {
    match name {
        [first, a, b] => {
            first.is_ascii_alphabetic()
                && a.is_ascii_hexdigit()
                && b.is_ascii_hexdigit()
                && (a.is_ascii_alphabetic() || b.is_ascii_alphabetic())
        }
        _ => false,
    }
}

/// The character code a numeric glyph name stands for (poppler's rules):
/// `Xhh`/`hh` in hex when the font uses hex names, else the decimal digits
/// after a prefix of up to two letters. Only codes 0–255 count.
pub fn numeric_code(name: &[u8], hex: bool) -> Option<u8> {
    // `g` and digits names a glyph id (Skia, Word, Acrobat subsets), not a
    // character code; pdf.js reads no decimal number from them either.
    if !hex && glyph_id(name).is_some() {
        return None;
    }
    let digit = |i: usize| name.get(i).is_some_and(u8::is_ascii_digit);
    let n = name.len();
    let value = if hex && n == 3 && name[0].is_ascii_alphabetic() && is_hex(&name[1..]) {
        parse(&name[1..], 16)
    } else if hex && n == 2 && is_hex(name) {
        parse(name, 16)
    } else if !hex && (2..=4).contains(&n) && digit(0) && digit(1) {
        parse(name, 10)
    } else if (3..=5).contains(&n) && digit(1) && digit(2) {
        parse(name.get(1..)?, 10)
    } else if (4..=6).contains(&n) && digit(2) && digit(3) {
        parse(name.get(2..)?, 10)
    } else {
        None
    };
    value.and_then(|v| u8::try_from(v).ok())
}

fn is_hex(digits: &[u8]) -> bool {
    digits.iter().all(u8::is_ascii_hexdigit)
}

/// Leading digits in a radix, as C's `atoi`/`sscanf` read them.
fn parse(digits: &[u8], radix: u32) -> Option<u32> {
    let end = digits
        .iter()
        .position(|b| !char::from(*b).is_digit(radix))
        .unwrap_or(digits.len());
    let text = std::str::from_utf8(digits.get(..end)?).ok()?;
    u32::from_str_radix(text, radix).ok()
}

/// The glyph id in a name such as `/g24` or `/g0024`, as subsetting
/// producers name the glyphs of a TrueType program: four digits with a
/// leading zero or a hex letter are hex (`g003a`), other digits decimal.
pub fn glyph_id(name: &[u8]) -> Option<u16> {
    let digits = name.strip_prefix(b"g")?;
    let hex = digits.len() == 4
        && is_hex(digits)
        && (digits.first() == Some(&b'0') || !digits.iter().all(u8::is_ascii_digit));
    let value = if hex {
        parse(digits, 16)?
    } else if (1..=5).contains(&digits.len()) && digits.iter().all(u8::is_ascii_digit) {
        parse(digits, 10)?
    } else {
        return None;
    };
    u16::try_from(value).ok()
}

/// An IBM GCGID (graphic character global identifier) of the Latin set:
/// `LA010000` is `a`, `LA020000` is `A`, `ND01` to `ND10` the digits 1–9
/// and 0, plus the common punctuation. AFP-to-PDF converters name Type3
/// glyphs this way and encode them in EBCDIC, so neither the code nor the
/// glyph list gives the character.
pub fn gcgid(name: &[u8]) -> Option<char> {
    let (id, rest) = (name.get(..4)?, name.get(4..)?);
    if !rest.iter().all(|b| *b == b'0') || rest.len() > 4 {
        return None;
    }
    let number = std::str::from_utf8(id.get(2..)?).ok()?.parse::<u8>().ok()?;
    match id.get(..2)? {
        [b'L', letter] if letter.is_ascii_uppercase() => match number {
            1 => Some(char::from(letter.to_ascii_lowercase())),
            2 => Some(char::from(*letter)),
            _ => None,
        },
        b"ND" => match number {
            1..=9 => char::from_digit(u32::from(number), 10),
            10 => Some('0'),
            _ => None,
        },
        b"SP" => GCGID_SP.get(usize::from(number)).copied().flatten(),
        b"SM" => GCGID_SM.get(usize::from(number)).copied().flatten(),
        b"SC" => GCGID_SC.get(usize::from(number)).copied().flatten(),
        _ => None,
    }
}

/// `SPnn`: space and punctuation, by number.
const GCGID_SP: [Option<char>; 21] = [
    None,
    Some(' '),  // SP01 space
    Some('!'),  // SP02 exclamation mark
    Some('"'),  // SP03 quotation mark
    None,       // SP04 (not a plain character)
    Some('\''), // SP05 apostrophe
    Some('('),  // SP06 left parenthesis
    Some(')'),  // SP07 right parenthesis
    Some(','),  // SP08 comma
    Some('_'),  // SP09 low line
    Some('-'),  // SP10 hyphen
    Some('.'),  // SP11 period
    Some('/'),  // SP12 slash
    Some(':'),  // SP13 colon
    Some(';'),  // SP14 semicolon
    Some('?'),  // SP15 question mark
    Some('¿'),  // SP16 inverted question mark
    None,
    None,
    None,
    None,
];

/// `SMnn`: symbols, by number.
const GCGID_SM: [Option<char>; 8] = [
    None,
    Some('#'),  // SM01 number sign
    Some('%'),  // SM02 percent
    Some('&'),  // SM03 ampersand
    Some('*'),  // SM04 asterisk
    Some('@'),  // SM05 at sign
    Some('['),  // SM06 left bracket
    Some('\\'), // SM07 backslash
];

/// `SCnn`: currency signs, by number.
const GCGID_SC: [Option<char>; 6] = [
    None,
    None,
    Some('£'), // SC02 pound
    Some('$'), // SC03 dollar
    Some('¢'), // SC04 cent
    Some('¥'), // SC05 yen
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_names_follow_poppler() {
        assert_eq!(numeric_code(b"a65", false), Some(65));
        assert_eq!(numeric_code(b"a192", false), Some(192));
        assert_eq!(numeric_code(b"c097", false), Some(97));
        assert_eq!(numeric_code(b"65", false), Some(65));
        assert_eq!(numeric_code(b"ab65", false), Some(65));
        assert_eq!(numeric_code(b"G4B", true), Some(0x4B));
        assert_eq!(numeric_code(b"C41", true), Some(0x41));
        assert_eq!(numeric_code(b"C41", false), Some(41));
        assert_eq!(numeric_code(b"a999", false), None);
        assert_eq!(numeric_code(b"g3", false), None);
        assert_eq!(numeric_code(b"g100", false), None);
        assert_eq!(numeric_code(b"", true), None);
        assert!(is_hex_style(b"G4B"));
        assert!(!is_hex_style(b"G41"));
    }

    #[test]
    fn glyph_id_names() {
        assert_eq!(glyph_id(b"g0024"), Some(0x24));
        assert_eq!(glyph_id(b"g003a"), Some(0x3A));
        assert_eq!(glyph_id(b"g1009"), Some(1009));
        assert_eq!(glyph_id(b"g24"), Some(24));
        assert_eq!(glyph_id(b"g"), None);
        assert_eq!(glyph_id(b"g99999"), None);
        assert_eq!(glyph_id(b"grave"), None);
    }

    #[test]
    fn gcgids() {
        assert_eq!(gcgid(b"LA010000"), Some('a'));
        assert_eq!(gcgid(b"LW020000"), Some('W'));
        assert_eq!(gcgid(b"ND100000"), Some('0'));
        assert_eq!(gcgid(b"ND03"), Some('3'));
        assert_eq!(gcgid(b"SP110000"), Some('.'));
        assert_eq!(gcgid(b"SC030000"), Some('$'));
        assert_eq!(gcgid(b"LA030000"), None);
        assert_eq!(gcgid(b"SP990000"), None);
        assert_eq!(gcgid(b"LA01000"), Some('a'));
        assert_eq!(gcgid(b"L"), None);
    }
}
