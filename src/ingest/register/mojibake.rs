//! Repairs of decoded register text: damage done before the file reached
//! us, which no choice of encoding undoes.
//!
//! * Double-encoded UTF-8: UTF-8 bytes once read as Windows-1252 (or Mac
//!   Roman) and saved again as UTF-8, so `ë` became `Ã«` (or `√´`). A pair
//!   is turned back only when it spells a character Albanian or Serbian text
//!   uses (see [`WANTED`]), so `Ç` before a quote stays as written.
//! * Lookalike Cyrillic letters inside Latin words (`ndriҫimit` with the
//!   Cyrillic `ҫ`, U+04AB): replaced by the Latin letter. Words written
//!   wholly in Cyrillic are Serbian and are left alone.
//! * The legacy `[` for `ë` of old registers typed with a keyboard or font
//!   that put `ë` on that key (`Prishtin[`, `mir[mbajtja`, `n[`). Repaired
//!   only when the file shows the pattern consistently: see [`bracket_e`].
//! * Characters that cannot be kept: U+FFFD (a character lost before the
//!   file was published, or an unpaired UTF-16 surrogate), control
//!   characters other than tab and line ends, and a stray byte-order mark.
//!   They are removed and each line that held one is a problem.
//!
//! Every repair is counted in a note (its kind, how many, the first line),
//! every removal is a problem with its line: nothing changes silently.
//! Knows nothing of CSV structure or columns.

use std::collections::HashMap;
use std::sync::OnceLock;

use encoding_rs::{Encoding, MACINTOSH, WINDOWS_1252};

use super::table::Note;

/// The characters a double-encoded pair may be repaired to: Albanian and
/// Serbian Latin letters, the other accented letters of names, and the
/// typographic punctuation and `€` that word processors insert.
const WANTED: &str = "ëçËÇčćđšžČĆĐŠŽéèêàáâäíìîóòôöúùûüÉÈÀÁÂÄÍÓÖÚÜñÑ‘’‚“”„–—…€°«»•\u{a0}";

/// Cyrillic letters that look like Latin ones, and the Latin letter meant.
const LOOKALIKES: &[(char, char)] = &[
    ('ҫ', 'ç'),
    ('Ҫ', 'Ç'),
    ('а', 'a'),
    ('е', 'e'),
    ('о', 'o'),
    ('р', 'p'),
    ('с', 'c'),
    ('х', 'x'),
    ('у', 'y'),
    ('і', 'i'),
    ('ј', 'j'),
    ('ѕ', 's'),
    ('А', 'A'),
    ('В', 'B'),
    ('Е', 'E'),
    ('К', 'K'),
    ('М', 'M'),
    ('Н', 'H'),
    ('О', 'O'),
    ('Р', 'P'),
    ('С', 'C'),
    ('Т', 'T'),
    ('Х', 'X'),
    ('І', 'I'),
    ('Ј', 'J'),
    ('Ѕ', 'S'),
];

/// A piece of text and the line it is on: a physical line of a CSV file,
/// or one cell of a spreadsheet (on its sheet row). Repairs work on pieces
/// so that both kinds of file are repaired alike and every note has a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub line: u64,
    pub text: String,
}

/// Splits a text into its physical lines, terminators kept (`\n`, `\r\n`
/// and a lone `\r` each end one line, as in [`super::table`]).
pub fn lines(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let end = match bytes.get(i) {
            Some(b'\r') if bytes.get(i + 1) == Some(&b'\n') => Some(i + 2),
            Some(b'\r' | b'\n') => Some(i + 1),
            _ => None,
        };
        if let Some(end) = end {
            out.push(Piece {
                line: out.len() as u64 + 1,
                text: text.get(start..end).unwrap_or("").to_owned(),
            });
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < text.len() {
        out.push(Piece {
            line: out.len() as u64 + 1,
            text: text.get(start..).unwrap_or("").to_owned(),
        });
    }
    out
}

/// Repairs a whole text (a CSV file) line by line; see [`repair`].
pub fn repair_text(text: &mut String) -> (Vec<Note>, Vec<Note>) {
    let mut pieces = lines(text);
    let notes = repair(&mut pieces);
    *text = pieces.into_iter().map(|p| p.text).collect();
    notes
}

/// Applies every repair to the pieces of one file (or sheet); returns the
/// repairs made (one note per kind, on its first line) and the problems
/// (one per line that lost a character).
pub fn repair(pieces: &mut [Piece]) -> (Vec<Note>, Vec<Note>) {
    let mut repairs = Vec::new();
    repairs.extend(double_encoded(pieces));
    repairs.extend(lookalikes(pieces));
    repairs.extend(bracket_e(pieces));
    let problems = unreadable(pieces);
    (repairs, problems)
}

/// Applies `fix` to every piece; `fix` returns how many repairs it made.
/// Returns the total and the first line repaired.
fn each(
    pieces: &mut [Piece],
    mut fix: impl FnMut(&str) -> Option<(String, usize)>,
) -> Option<(usize, u64)> {
    let mut total = 0;
    let mut first = None;
    for piece in pieces.iter_mut() {
        if let Some((fixed, n)) = fix(&piece.text) {
            if n > 0 {
                total += n;
                first.get_or_insert(piece.line);
                piece.text = fixed;
            }
        }
    }
    first.map(|line| (total, line))
}

/// Byte values of the characters a single-byte encoding decodes to, for
/// reading decoded text back into the bytes it came from.
fn reverse_table(enc: &'static Encoding) -> HashMap<char, u8> {
    let mut map = HashMap::new();
    for b in 0x80..=0xFFu8 {
        let bytes = [b];
        let (text, _) = enc.decode_without_bom_handling(&bytes);
        if let Some(c) = text.chars().next() {
            map.insert(c, b);
        }
    }
    // Latin-1 readers turn 0x80–0x9F into C1 controls; take them back too.
    for b in 0x80..=0x9Fu8 {
        map.entry(char::from(b)).or_insert(b);
    }
    map
}

fn reverse(enc: &'static Encoding) -> &'static HashMap<char, u8> {
    static CP1252: OnceLock<HashMap<char, u8>> = OnceLock::new();
    static MAC: OnceLock<HashMap<char, u8>> = OnceLock::new();
    if enc == MACINTOSH {
        MAC.get_or_init(|| reverse_table(MACINTOSH))
    } else {
        CP1252.get_or_init(|| reverse_table(WINDOWS_1252))
    }
}

/// Turns `Ã«` back into `ë` (and `√´`, Mac Roman's reading, likewise),
/// with whichever of the two readings repairs more.
fn double_encoded(pieces: &mut [Piece]) -> Option<Note> {
    let count = |table| -> usize { pieces.iter().map(|p| undo_double(&p.text, table).1).sum() };
    let (cp1252, mac) = (reverse(WINDOWS_1252), reverse(MACINTOSH));
    let table = if count(cp1252) >= count(mac) {
        cp1252
    } else {
        mac
    };
    let (count, line) = each(pieces, |t| {
        let (fixed, n) = undo_double(t, table);
        Some((fixed, n))
    })?;
    Some(Note {
        line: Some(line),
        what: format!(
            "{count} double-encoded characters repaired (UTF-8 read as a single-byte encoding and saved again, e.g. 'Ã«' for 'ë'); first on this line"
        ),
    })
}

/// The repaired text and how many sequences were repaired.
fn undo_double(text: &str, table: &HashMap<char, u8>) -> (String, usize) {
    if text.is_ascii() {
        return (String::new(), 0);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut count = 0;
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if let Some((repaired, used)) = utf8_sequence_at(&chars, i, table) {
            count += 1;
            out.push(repaired);
            i += used;
        } else {
            out.push(c);
            i += 1;
        }
    }
    (out, count)
}

/// A UTF-8 sequence spelled by the characters from `i`, each read back as
/// its byte: the character it encodes (if [`WANTED`]) and the number of
/// characters used.
fn utf8_sequence_at(chars: &[char], i: usize, table: &HashMap<char, u8>) -> Option<(char, usize)> {
    let lead = *table.get(chars.get(i)?)?;
    let len = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => return None,
    };
    let mut bytes = vec![lead];
    for k in 1..len {
        let b = *table.get(chars.get(i + k)?)?;
        if !(0x80..=0xBF).contains(&b) {
            return None;
        }
        bytes.push(b);
    }
    let decoded = std::str::from_utf8(&bytes).ok()?.chars().next()?;
    WANTED.contains(decoded).then_some((decoded, len))
}

/// Replaces Cyrillic lookalikes inside words that also hold Latin letters.
fn lookalikes(pieces: &mut [Piece]) -> Option<Note> {
    let map: HashMap<char, char> = LOOKALIKES.iter().copied().collect();
    let (count, line) = each(pieces, |text| {
        text.chars()
            .any(|c| map.contains_key(&c))
            .then(|| latin_words(text, &map))
    })?;
    Some(Note {
        line: Some(line),
        what: format!(
            "{count} Cyrillic letters inside Latin words replaced by the Latin letter they look like (e.g. 'ҫ' → 'ç'); first on this line"
        ),
    })
}

/// `text` with the lookalikes of its Latin words replaced, and how many.
fn latin_words(text: &str, map: &HashMap<char, char>) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut count = 0;
    let mut word = String::new();
    let mut flush = |word: &mut String, out: &mut String| {
        let latin = word
            .chars()
            .any(|c| c.is_ascii_alphabetic() || "ëçËÇ".contains(c));
        for c in word.chars() {
            match map.get(&c) {
                Some(l) if latin => {
                    count += 1;
                    out.push(*l);
                }
                _ => out.push(c),
            }
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    (out, count)
}

fn is_vowel(c: char) -> bool {
    "aeëiouyAEËIOUY".contains(c)
}

/// How a `[` sits in the text.
#[derive(PartialEq)]
enum Bracket {
    /// Between two letters (`mir[mbajtja`), or ending a word after a
    /// consonant (`Prishtin[`, `n[`): where `ë` would be.
    LikeE,
    /// Anywhere else: a real bracket.
    Genuine,
}

fn classify(prev: Option<char>, next: Option<char>) -> Bracket {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    match (prev, next) {
        (Some(p), _) if letter(Some(p)) && letter(next) => Bracket::LikeE,
        (Some(p), n)
            if letter(Some(p)) && !is_vowel(p) && !n.is_some_and(char::is_alphanumeric) =>
        {
            Bracket::LikeE
        }
        _ => Bracket::Genuine,
    }
}

/// The legacy `[` for `ë`. The rule: every `[` in the file must sit where
/// `ë` would (see [`Bracket::LikeE`]), there must be at least two of them,
/// and the file must hold no `]` (a genuine bracket would). Then each `[`
/// becomes `ë`, or `Ë` after a capital that is not followed by a lower-case
/// letter. One genuine bracket anywhere leaves the whole file as written.
fn bracket_e(pieces: &mut [Piece]) -> Option<Note> {
    let mut like_e = 0;
    for piece in pieces.iter() {
        if piece.text.contains(']') {
            return None;
        }
        let chars: Vec<char> = piece.text.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if *c != '[' {
                continue;
            }
            let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
            if classify(prev, chars.get(i + 1).copied()) == Bracket::Genuine {
                return None;
            }
            like_e += 1;
        }
    }
    if like_e < 2 {
        return None;
    }
    let (count, line) = each(pieces, |text| {
        text.contains('[').then(|| brackets_to_e(text))
    })?;
    Some(Note {
        line: Some(line),
        what: format!(
            "{count} '[' read as 'ë' (the file writes 'ë' as '[' throughout, e.g. 'Prishtin['); first on this line"
        ),
    })
}

/// Every `[` of `text` as `ë` (`Ë` in a capitalised word), and how many.
fn brackets_to_e(text: &str) -> (String, usize) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut count = 0;
    for (i, c) in chars.iter().enumerate() {
        if *c != '[' {
            out.push(*c);
            continue;
        }
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let next = chars.get(i + 1).copied();
        let capital = prev.is_some_and(char::is_uppercase) && !next.is_some_and(char::is_lowercase);
        out.push(if capital { 'Ë' } else { 'ë' });
        count += 1;
    }
    (out, count)
}

/// A character that cannot be kept in an indexed field.
fn is_unreadable(c: char) -> bool {
    c == '\u{fffd}' || c == '\u{feff}' || (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

/// Removes [`is_unreadable`] characters; one problem per line that held
/// any, naming them and the word they were in.
fn unreadable(pieces: &mut [Piece]) -> Vec<Note> {
    let mut notes: Vec<(u64, Vec<char>, String)> = Vec::new();
    for piece in pieces.iter_mut() {
        let Some(at) = piece.text.find(is_unreadable) else {
            continue;
        };
        let found: Vec<char> = piece.text.chars().filter(|c| is_unreadable(*c)).collect();
        let word = word_around(&piece.text, at);
        piece.text.retain(|c| !is_unreadable(c));
        match notes.last_mut() {
            Some((line, chars, _)) if *line == piece.line => chars.extend(found),
            _ => notes.push((piece.line, found, word)),
        }
    }
    notes
        .into_iter()
        .map(|(line, found, word)| {
            let codes: Vec<String> = found
                .iter()
                .map(|c| format!("U+{:04X}", u32::from(*c)))
                .collect();
            let word: String = word.chars().filter(|c| !is_unreadable(*c)).collect();
            Note {
                line: Some(line),
                what: format!(
                    "{} unreadable character(s) removed ({}) in '{}'",
                    found.len(),
                    codes.join(" "),
                    word.trim()
                ),
            }
        })
        .collect()
}

/// The word around byte `offset` (delimited by whitespace or CSV
/// punctuation), for a message.
fn word_around(text: &str, offset: usize) -> String {
    let stop = |c: char| c.is_whitespace() || ",;|\"".contains(c);
    let start = text
        .get(..offset)
        .and_then(|t| t.rfind(stop).map(|i| i + 1))
        .unwrap_or(0);
    let end = text
        .get(offset..)
        .and_then(|t| t.find(stop).map(|i| offset + i))
        .unwrap_or(text.len());
    let word: String = text
        .get(start..end)
        .unwrap_or("")
        .chars()
        .take(40)
        .collect();
    word
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(input: &str) -> (String, Vec<Note>, Vec<Note>) {
        let mut text = input.to_owned();
        let (repairs, problems) = repair_text(&mut text);
        (text, repairs, problems)
    }

    #[test]
    fn pieces_are_physical_lines() {
        let lines: Vec<(u64, String)> = lines("a\nb\r\nc\rd")
            .into_iter()
            .map(|p| (p.line, p.text))
            .collect();
        let want = [(1, "a\n"), (2, "b\r\n"), (3, "c\r"), (4, "d")];
        assert_eq!(lines, want.map(|(l, t)| (l, t.to_owned())));
    }

    #[test]
    fn double_encoded_utf8() {
        let (t, r, p) = fixed("Titulli\nMirÃ«mbajtja e rrugÃ«ve nÃ« KaÃ§anik, Ã‡mimi â‚¬ 5\n");
        assert_eq!(t, "Titulli\nMirëmbajtja e rrugëve në Kaçanik, Çmimi € 5\n");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].line, Some(2));
        assert!(p.is_empty());
        let (t, _, _) = fixed("Mir√´mbajtja e rrug√´ve\n");
        assert_eq!(t, "Mirëmbajtja e rrugëve\n");
        // Genuine text with Ç before a quote mark stays as written.
        let (t, r, _) = fixed("UÇ“ Ç‹ x\n");
        assert_eq!(t, "UÇ“ Ç‹ x\n");
        assert!(r.is_empty());
    }

    #[test]
    fn cyrillic_lookalikes() {
        let (t, r, _) = fixed("Ndriҫimi publik, UҪK\nОпштина Гњилане\n");
        assert_eq!(t, "Ndriçimi publik, UÇK\nОпштина Гњилане\n");
        assert_eq!(r.len(), 1);
    }

    #[test]
    fn legacy_bracket_for_e() {
        let (t, r, _) = fixed("Prishtin[,Mir[mbajtja n[ shkoll[\nRRUG[ T[ REJA\n");
        assert_eq!(t, "Prishtinë,Mirëmbajtja në shkollë\nRRUGË TË REJA\n");
        assert_eq!(r.len(), 1);
        assert!(r[0].what.starts_with("6 '['"), "{}", r[0].what);
    }

    #[test]
    fn genuine_brackets_are_kept() {
        // A bracket opening a word is genuine: nothing is repaired.
        for text in [
            "Prishtin[ n[ [per dokumentet\n",
            "Lot [2] mir[mbajtja n[\n",
            "vetëm një: n[\n",
            "a[b] c\n",
            "Ujë [e pijshme]\n",
        ] {
            let (t, r, _) = fixed(text);
            assert_eq!(t, text);
            assert!(r.is_empty());
        }
        // After a vowel at word end it is not `ë` either.
        let (t, _, _) = fixed("shtëpia[ n[ t[\n");
        assert_eq!(t, "shtëpia[ n[ t[\n");
    }

    #[test]
    fn unreadable_characters_are_problems() {
        let (t, r, p) = fixed("a,b\nPrishtin\u{fffd},x\u{81}\u{81}y\nok\n\u{1}z\n");
        assert_eq!(t, "a,b\nPrishtin,xy\nok\nz\n");
        assert!(r.is_empty());
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].line, Some(2));
        assert!(p[0].what.contains("U+FFFD U+0081 U+0081"), "{}", p[0].what);
        assert!(p[0].what.ends_with("in 'Prishtin'"), "{}", p[0].what);
        assert_eq!(p[1].line, Some(4));
    }
}
