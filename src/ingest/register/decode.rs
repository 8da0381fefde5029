//! Turning the bytes of a register file into text, and guessing its field
//! delimiter.
//!
//! Municipal registers reach us from Excel on Windows (Windows-1252 or
//! Windows-1250), from old Macs (Mac Roman, where `ë` is byte 0x91 and `€`
//! is 0xDB), as UTF-8 with or without a byte-order mark, as UTF-16 from
//! "Unicode text" exports, and sometimes as a mix: a Mac Roman header line
//! pasted above a UTF-8 body. [`decode`] never fails; it picks the reading
//! that makes the most plausible Albanian text. [`sniff_delimiter`] picks
//! the delimiter that splits the first records into a consistent number of
//! fields.

use encoding_rs::{Encoding, MACINTOSH, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1250, WINDOWS_1252};

use super::mojibake;
use super::table::Note;

/// Text decoded from a file, with the name of the encoding that was used
/// and what had to be repaired or removed on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// An encoding name as `encoding_rs` spells it (`"UTF-8"`,
    /// `"windows-1252"`, `"macintosh"`, …) or, for a file whose lines are
    /// partly UTF-8 and partly a legacy encoding, `"UTF-8+<legacy name>"`.
    pub encoding: &'static str,
    /// Repairs made (lines read in another encoding, double-encoded UTF-8,
    /// lookalike letters, the legacy `[` for `ë`): one note per kind, on the
    /// first line concerned.
    pub repairs: Vec<Note>,
    /// Characters that could not be kept (U+FFFD, control characters) and
    /// were removed: one note per line.
    pub problems: Vec<Note>,
}

/// The single-byte encodings a Kosovo register may be in, in the order used
/// to break a tie in plausibility when chardetng has no opinion.
const LEGACY: [&Encoding; 3] = [WINDOWS_1252, WINDOWS_1250, MACINTOSH];

/// How many bytes of a file are scored when choosing a legacy encoding:
/// plenty to decide, cheap on large files.
const SCORE_WINDOW: usize = 256 * 1024;

/// Words so frequent in Albanian that finding them decoded is strong
/// evidence for an encoding (the ASCII ones, `dhe`, `e`, read the same in
/// every candidate and decide nothing, so only these count).
const COMMON_WORDS: [&str; 9] = ["të", "për", "në", "së", "një", "është", "çdo", "këtë", "ë"];

/// Decodes a register file. Never fails, and never produces U+FFFD: a byte
/// sequence that is not text in the chosen encoding is read in a legacy
/// encoding instead, and what still cannot be kept is removed and reported
/// in [`Decoded::problems`].
///
/// Order of decisions: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE); a
/// BOM-less UTF-16 file (recognised by its zero bytes); otherwise line by
/// line: a line that is valid UTF-8 is UTF-8, every other line is read in
/// the one single-byte encoding among Windows-1252, Windows-1250 and Mac
/// Roman whose reading of those lines looks most like Albanian (see
/// [`plausibility`]). Then the text is repaired ([`mojibake::repair`]).
pub fn decode(bytes: &[u8]) -> Decoded {
    let mut decoded = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        by_line(rest)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        decode_with(UTF_16LE, rest)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        decode_with(UTF_16BE, rest)
    } else if let Some(enc) = bomless_utf16(bytes) {
        decode_with(enc, bytes)
    } else {
        by_line(bytes)
    };
    let (mut repairs, problems) = mojibake::repair_text(&mut decoded.text);
    decoded.repairs.append(&mut repairs);
    decoded.problems = problems;
    decoded
}

fn decode_with(enc: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, _) = enc.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: enc.name(),
        repairs: Vec::new(),
        problems: Vec::new(),
    }
}

/// UTF-16 without a byte-order mark: ASCII-heavy text has a zero in every
/// other byte. Requires most of the high (or low) bytes to be zero and
/// almost none of the others, so that binary junk is not taken for text.
fn bomless_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = bytes.get(..bytes.len().min(4096))?;
    let pairs = sample.len() / 2;
    if pairs < 4 {
        return None;
    }
    let (mut even_zero, mut odd_zero) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        if pair.first() == Some(&0) {
            even_zero += 1;
        }
        if pair.get(1) == Some(&0) {
            odd_zero += 1;
        }
    }
    let mostly = |n: usize| n * 10 >= pairs * 7;
    let rarely = |n: usize| n * 10 <= pairs;
    if mostly(odd_zero) && rarely(even_zero) {
        Some(UTF_16LE)
    } else if mostly(even_zero) && rarely(odd_zero) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Splits into lines keeping the terminators; `\r`, `\n` and `\r\n` all end
/// a line, and they are the same byte in every encoding considered here.
fn split_lines(bytes: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes.get(i) {
            Some(b'\n') => {
                out.push(bytes.get(start..=i).unwrap_or_default());
                start = i + 1;
            }
            Some(b'\r') => {
                let end = if bytes.get(i + 1) == Some(&b'\n') {
                    i + 1
                } else {
                    i
                };
                out.push(bytes.get(start..=end).unwrap_or_default());
                start = end + 1;
                i = end;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        out.push(bytes.get(start..).unwrap_or_default());
    }
    out
}

/// Reads each line as UTF-8 when it is valid UTF-8, and the other lines in
/// one legacy encoding chosen by [`best_legacy`] over those lines. A legacy
/// line is almost never valid UTF-8 by accident once it holds a non-ASCII
/// byte (`ë` in Mac Roman is a lone continuation byte), so this reads a
/// legacy header pasted on a UTF-8 body, the reverse, and a UTF-8 file with
/// a few lines saved from another program, each line its own way.
fn by_line(bytes: &[u8]) -> Decoded {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: text.to_owned(),
            encoding: UTF_8.name(),
            repairs: Vec::new(),
            problems: Vec::new(),
        };
    }
    let lines = split_lines(bytes);
    let mut utf8_non_ascii = false;
    let mut invalid: Vec<u8> = Vec::new();
    let mut legacy_lines: Vec<u64> = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        match std::str::from_utf8(line) {
            Ok(s) => utf8_non_ascii |= !s.is_ascii(),
            Err(_) => {
                invalid.extend_from_slice(line);
                legacy_lines.push(n as u64 + 1);
            }
        }
    }
    let enc = best_legacy(&invalid);
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 4);
    for line in &lines {
        match std::str::from_utf8(line) {
            Ok(s) => text.push_str(s),
            Err(_) => text.push_str(&enc.decode_without_bom_handling(line).0),
        }
    }
    let mut repairs = Vec::new();
    if utf8_non_ascii {
        let first = legacy_lines.first().copied().unwrap_or(1);
        repairs.push(Note {
            line: Some(first),
            what: format!(
                "the file mixes encodings: {} line(s) are not UTF-8 and were read as {} (the others as UTF-8); first on this line",
                legacy_lines.len(),
                enc.name()
            ),
        });
    }
    Decoded {
        text,
        encoding: if utf8_non_ascii {
            mixed_name(enc)
        } else {
            enc.name()
        },
        repairs,
        problems: Vec::new(),
    }
}

fn mixed_name(enc: &'static Encoding) -> &'static str {
    if enc == MACINTOSH {
        "UTF-8+macintosh"
    } else if enc == WINDOWS_1250 {
        "UTF-8+windows-1250"
    } else {
        "UTF-8+windows-1252"
    }
}

/// Chooses among [`LEGACY`] by [`plausibility`]; on a tie, chardetng's guess
/// if it is one of them, else the first in [`LEGACY`] order.
fn best_legacy(bytes: &[u8]) -> &'static Encoding {
    let sample = bytes.get(..bytes.len().min(SCORE_WINDOW)).unwrap_or(bytes);
    let scores: Vec<(&'static Encoding, i64)> = LEGACY
        .iter()
        .map(|enc| {
            (
                *enc,
                plausibility(&enc.decode_without_bom_handling(sample).0),
            )
        })
        .collect();
    let best = scores.iter().map(|(_, s)| *s).max().unwrap_or(0);
    let tied: Vec<&'static Encoding> = scores
        .iter()
        .filter(|(_, s)| *s == best)
        .map(|(e, _)| *e)
        .collect();
    if tied.len() > 1 {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        detector.feed(sample, true);
        let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
        if tied.contains(&guess) {
            return guess;
        }
    }
    tied.first().copied().unwrap_or(WINDOWS_1252)
}

/// How much a decoded text looks like Albanian (with some Serbian) written
/// with Latin letters. ASCII reads the same in every candidate, so only what
/// differs is scored:
///
/// * every non-ASCII character, by [`char_score`]: `ë ç` highest;
/// * a non-letter glued between two letters (`t‘ka`, Mac Roman `ë` read as
///   Windows-1252) or ending a word after a letter (`Prishtin‘`) loses: in
///   a right reading, what sits inside a word is a letter;
/// * a decoded word among [`COMMON_WORDS`] (`të`, `për`, `në`…) gains.
fn plausibility(text: &str) -> i64 {
    let mut score = 0i64;
    let mut prev: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        if !c.is_ascii() {
            score += char_score(c);
            let after_letter = prev.is_some_and(char::is_alphabetic);
            let before_letter = next.is_some_and(char::is_alphabetic);
            if after_letter && !c.is_alphabetic() && (before_letter || c == '‘' || c == '√') {
                score -= 8;
            }
        }
        prev = Some(c);
    }
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if !word.is_ascii() && COMMON_WORDS.contains(&word.to_lowercase().as_str()) {
            score += 15;
        }
    }
    score
}
fn char_score(c: char) -> i64 {
    match c {
        'ë' | 'ç' | 'Ë' | 'Ç' => 10,
        'č' | 'ć' | 'đ' | 'š' | 'ž' | 'Č' | 'Ć' | 'Đ' | 'Š' | 'Ž' => 4,
        '€' => 3,
        'æ' | 'Æ' | 'ð' | 'Ð' | 'þ' | 'Þ' | 'ø' | 'Ø' | 'å' | 'Å' | 'ß' | 'ƒ' | 'ı' | 'œ' | 'Œ'
        | 'ª' | 'º' | 'ﬁ' | 'ﬂ' => -2,
        '’' | '‘' | '“' | '”' | '„' | '–' | '—' | '…' | '«' | '»' | '°' | '•' | '\u{a0}' => {
            1
        }
        c if c.is_control() || c == '\u{fffd}' => -10,
        c if c.is_alphabetic() => 1,
        _ => -5,
    }
}

/// Guesses the field delimiter among `,` `;` tab and `|`.
///
/// The first records (up to 30, quotes respected, so a newline inside a
/// quoted field does not end a record) are split with each candidate. The
/// winner is the one for which the most records share the same field count
/// above one — title lines above the header do not spoil the count — with
/// ties going to the larger field count, then to the order `,` `;` tab `|`.
/// A text where no candidate splits anything gives `,`.
pub fn sniff_delimiter(text: &str) -> u8 {
    const CANDIDATES: [u8; 4] = [b',', b';', b'\t', b'|'];
    let records = first_records(text, 30);
    let mut best: Option<(usize, usize, u8)> = None; // (agreeing records, fields, delim)
    for delim in CANDIDATES {
        let counts: Vec<usize> = records
            .iter()
            .map(|r| count_fields(r, delim))
            .filter(|n| *n > 1)
            .collect();
        let Some((fields, agreeing)) = mode(&counts) else {
            continue;
        };
        let better = match best {
            None => true,
            Some((a, f, _)) => agreeing > a || (agreeing == a && fields > f),
        };
        if better {
            best = Some((agreeing, fields, delim));
        }
    }
    best.map_or(b',', |(_, _, d)| d)
}

/// The most common value and how often it occurs; ties go to the larger value.
fn mode(values: &[usize]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for v in values {
        let n = values.iter().filter(|x| *x == v).count();
        let better = match best {
            None => true,
            Some((bv, bn)) => n > bn || (n == bn && *v > bv),
        };
        if better {
            best = Some((*v, n));
        }
    }
    best
}

/// The first `max` non-blank records of `text`, split on line ends that are
/// outside double quotes.
fn first_records(text: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut in_quotes = false;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if out.len() >= max {
            return out;
        }
        match c {
            '"' => in_quotes = !in_quotes,
            '\n' | '\r' if !in_quotes => {
                let rec = text.get(start..i).unwrap_or("");
                if !rec.trim().is_empty() {
                    out.push(rec);
                }
                start = i + 1;
            }
            _ => {}
        }
    }
    let last = text.get(start..).unwrap_or("");
    if out.len() < max && !last.trim().is_empty() {
        out.push(last);
    }
    out
}

/// Fields in one record for a delimiter, ignoring delimiters inside quotes.
fn count_fields(record: &str, delim: u8) -> usize {
    let mut in_quotes = false;
    let mut n = 1;
    for b in record.bytes() {
        if b == b'"' {
            in_quotes = !in_quotes;
        } else if b == delim && !in_quotes {
            n += 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str =
        "Lloji,Titulli\nVendim,Këshilli Komunal për çerdhe\nKontratë,Ëndrra e Çlirimit, €\n";

    fn encode(enc: &'static Encoding, text: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = enc.encode(text);
        assert!(!unmappable, "{} cannot encode the sample", enc.name());
        bytes.into_owned()
    }

    fn check(bytes: &[u8], text: &str, encoding: &str) {
        let d = decode(bytes);
        assert_eq!(d.encoding, encoding);
        assert_eq!(d.text, text);
    }

    #[test]
    fn bom_and_utf() {
        let mut with_bom = b"\xEF\xBB\xBF".to_vec();
        with_bom.extend_from_slice(SAMPLE.as_bytes());
        check(&with_bom, SAMPLE, "UTF-8");
        check(SAMPLE.as_bytes(), SAMPLE, "UTF-8");

        let le: Vec<u8> = SAMPLE.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let mut le_bom = vec![0xFF, 0xFE];
        le_bom.extend_from_slice(&le);
        check(&le_bom, SAMPLE, "UTF-16LE");
        check(&le, SAMPLE, "UTF-16LE");

        let be: Vec<u8> = SAMPLE.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let mut be_bom = vec![0xFE, 0xFF];
        be_bom.extend_from_slice(&be);
        check(&be_bom, SAMPLE, "UTF-16BE");
        check(&be, SAMPLE, "UTF-16BE");

        check(b"", "", "UTF-8");
    }

    #[test]
    fn windows_1252() {
        let bytes = encode(WINDOWS_1252, SAMPLE);
        assert!(bytes.contains(&0xEB) && bytes.contains(&0xE7) && bytes.contains(&0x80));
        check(&bytes, SAMPLE, "windows-1252");
    }

    #[test]
    fn windows_1252_with_only_e_umlaut() {
        // ë is 0xEB in both Windows code pages; with no ç to tell them apart
        // the tie goes to Windows-1252, the usual one for Albanian.
        let text = "Titulli\nKëshilli i Komunës\n";
        check(&encode(WINDOWS_1252, text), text, "windows-1252");
    }

    #[test]
    fn windows_1250() {
        let text = "Naziv,Opština\nOdluka,Skupština opštine Gračanica\nUgovor,Đurđevdan, čćžš\n";
        check(&encode(WINDOWS_1250, text), text, "windows-1250");
    }

    #[test]
    fn mac_roman() {
        let bytes = encode(MACINTOSH, SAMPLE);
        assert!(bytes.contains(&0x91) && bytes.contains(&0xDB));
        check(&bytes, SAMPLE, "macintosh");
    }

    #[test]
    fn mixed_mac_roman_header_and_utf8_body() {
        let header = "Data e nënshkrimit të kontratës,Çmimi\r\n";
        let body = "12.03.2019,€ 1.000\r\nPërfundimi i çerdhes,2.000\r\n";
        let mut bytes = encode(MACINTOSH, header);
        bytes.extend_from_slice(body.as_bytes());
        check(&bytes, &format!("{header}{body}"), "UTF-8+macintosh");
    }

    #[test]
    fn cr_only_lines_split_for_mixed_detection() {
        let header = "Lënda\r";
        let body = "Çerdhe\r";
        let mut bytes = encode(WINDOWS_1252, header);
        bytes.extend_from_slice(body.as_bytes());
        check(&bytes, &format!("{header}{body}"), "UTF-8+windows-1252");
    }

    #[test]
    fn utf8_file_with_one_windows_1252_line() {
        let head = "Titulli,Vlera\nMirëmbajtja e çerdheve,100\n";
        let odd = "Rregullimi i rrugës në fshat,200\n";
        let tail = "Furnizim për shkollë,300\n";
        let mut bytes = head.as_bytes().to_vec();
        bytes.extend(encode(WINDOWS_1252, odd));
        bytes.extend_from_slice(tail.as_bytes());
        let d = decode(&bytes);
        assert_eq!(d.text, format!("{head}{odd}{tail}"));
        assert_eq!(d.encoding, "UTF-8+windows-1252");
        assert_eq!(d.repairs.len(), 1);
        assert_eq!(d.repairs[0].line, Some(3));
        // With a BOM, too.
        let mut with_bom = b"\xEF\xBB\xBF".to_vec();
        with_bom.extend_from_slice(&bytes);
        assert_eq!(decode(&with_bom).text, format!("{head}{odd}{tail}"));
    }

    #[test]
    fn mac_roman_chosen_by_albanian_words() {
        // Only ë (0x91): Windows-1252 reads it as ‘ without error.
        let text = "Titulli\nPunimet në rrugë të qytetit për vitin\nNdërtimi i shkollës së re\n";
        let bytes = encode(MACINTOSH, text);
        assert!(bytes.contains(&0x91));
        check(&bytes, text, "macintosh");
    }

    #[test]
    fn no_replacement_character_is_ever_produced() {
        // An unpaired surrogate in UTF-16 and a literal U+FFFD in UTF-8.
        let mut le: Vec<u8> = vec![0xFF, 0xFE];
        for unit in "Titulli\nRrug"
            .encode_utf16()
            .chain([0xD800])
            .chain("ë\n".encode_utf16())
        {
            le.extend_from_slice(&unit.to_le_bytes());
        }
        let d = decode(&le);
        assert_eq!(d.text, "Titulli\nRrugë\n");
        assert_eq!(d.problems.len(), 1);
        assert_eq!(d.problems[0].line, Some(2));
        let d = decode("a\nb\u{fffd}c\n".as_bytes());
        assert_eq!(d.text, "a\nbc\n");
        assert_eq!(d.problems[0].line, Some(2));
        let junk: Vec<u8> = (0..=255u8).cycle().take(2000).collect();
        assert!(!decode(&junk).text.contains('\u{fffd}'));
    }

    #[test]
    fn repairs_run_after_decoding() {
        let d = decode("Titulli\nMirÃ«mbajtja\nPrishtin[,n[ fshat\nndriҫimi\n".as_bytes());
        assert_eq!(
            d.text,
            "Titulli\nMirëmbajtja\nPrishtinë,në fshat\nndriçimi\n"
        );
        let lines: Vec<Option<u64>> = d.repairs.iter().map(|n| n.line).collect();
        assert_eq!(lines, [Some(2), Some(4), Some(3)]);
    }

    #[test]
    fn never_fails_on_junk() {
        let junk: Vec<u8> = (0..=255u8).cycle().take(2000).collect();
        let d = decode(&junk);
        assert!(!d.text.is_empty());
    }

    fn check_delim(text: &str, expected: u8) {
        assert_eq!(
            sniff_delimiter(text) as char,
            expected as char,
            "sniff_delimiter({text:?})"
        );
    }

    #[test]
    fn delimiters() {
        let cases: &[(&str, u8)] = &[
            ("a,b,c\n1,2,3\n", b','),
            ("a;b;c\n1;2;3\n", b';'),
            ("a\tb\tc\n1\t2\t3\n", b'\t'),
            ("a|b|c\n1|2|3\n", b'|'),
            // Decimal commas inside a semicolon file.
            (
                "Lloji;Data;Vlera\nVendim;12.03.2019;1,5\nVendim;13.03.2019;2,5\n",
                b';',
            ),
            // Commas inside quoted fields do not count.
            ("\"a,x\";b\n\"1,2,3\";2\n\"4,5\";6\n", b';'),
            // A newline inside quotes does not end a record.
            ("a;b\n\"x\ny,z\";2\n3;4\n", b';'),
            // A title line above the header does not spoil the count.
            (
                "Regjistri i vendimeve 2019\nNr;Titulli;Data\n1;A;12.03.2019\n2;B, C;13.03.2019\n",
                b';',
            ),
            // CR-only line ends.
            ("a;b;c\r1;2;3\r4;5;6\r", b';'),
            ("just one field\nand another\n", b','),
            ("", b','),
        ];
        for (text, expected) in cases {
            check_delim(text, *expected);
        }
    }
}
