//! Dates as they are written in Kosovo municipal acts and registers.
//!
//! This module owns turning the date shapes found in decisions, regulations,
//! contracts and their CSV registers into [`chrono::NaiveDate`]:
//!
//! * numeric, day first: `12.03.2019`, `12.3.2019`, `12. 03. 2019`,
//!   `12/03/2019`, `12-03-2019`; in a cell also `21,01,2013` (seen in
//!   spreadsheet exports where the dot was swapped for a comma);
//! * ISO, year first: `2019-03-12` (also with a time after it in a cell);
//! * two-digit years: `04.02.10` → 2010 (`00`–`69` → 20xx, `70`–`99` →
//!   19xx, and the result must still fall in 1990–2100);
//! * Albanian month names in any case, with or without `ë`, in the plain and
//!   the definite (genitive) form, with an optional `të`/`te` before the
//!   month: `5 qershor 2020`, `04 KORRIK 2019`, `5 Qershor, 2020`,
//!   `5.qershor.2020`, `më 5 të qershorit 2020`, `12 nentor 2021`.
//!
//! The order is always day then month: Kosovo institutions never write the
//! month first, so `03/12/2019` is the 3rd of December. Impossible dates
//! (`31.02.2019`) and years outside 1990–2100 are rejected rather than
//! clamped, because a wrong date in an archive is worse than a missing one.
//!
//! [`parse_date`] reads a cell that holds one date; [`find_dates`] finds the
//! dates inside running text while staying clear of act numbers
//! (`01 Nr. 016-8123/19`), amounts (`1.234.567,00`) and phone numbers.

use chrono::NaiveDate;
use std::ops::Range;

/// Earliest year accepted: the municipal archives start after 1990.
const MIN_YEAR: i32 = 1990;
/// Latest year accepted; anything later is a typo or a number that is not a year.
const MAX_YEAR: i32 = 2100;

/// Albanian month names, folded (lowercase, `ë` → `e`), in the indefinite and
/// definite forms. `nendor` is a common spoken/written variant of `nentor`.
const MONTHS: &[(&str, u32)] = &[
    ("janar", 1),
    ("janari", 1),
    ("janarit", 1),
    ("shkurt", 2),
    ("shkurti", 2),
    ("shkurtit", 2),
    ("mars", 3),
    ("marsi", 3),
    ("marsit", 3),
    ("prill", 4),
    ("prilli", 4),
    ("prillit", 4),
    ("maj", 5),
    ("maji", 5),
    ("majit", 5),
    ("qershor", 6),
    ("qershori", 6),
    ("qershorit", 6),
    ("korrik", 7),
    ("korriku", 7),
    ("korrikut", 7),
    ("gusht", 8),
    ("gushti", 8),
    ("gushtit", 8),
    ("shtator", 9),
    ("shtatori", 9),
    ("shtatorit", 9),
    ("tetor", 10),
    ("tetori", 10),
    ("tetorit", 10),
    ("nentor", 11),
    ("nentori", 11),
    ("nentorit", 11),
    ("nendor", 11),
    ("nendori", 11),
    ("nendorit", 11),
    ("dhjetor", 12),
    ("dhjetori", 12),
    ("dhjetorit", 12),
];

/// Words that, right before a number, say it is not a date but an act
/// number, a phone or a protocol number (`Nr. 05-12-19`, `Tel: 22-12-19`).
const NOT_DATE_AFTER: &[&str] = &[
    "nr",
    "no",
    "nro",
    "numri",
    "prot",
    "protokolli",
    "tel",
    "telefon",
    "telefoni",
    "fax",
    "faks",
    "mob",
    "mobil",
    "cel",
    "celular",
];

/// How strict the matcher is. A cell is known to hold a date, so looser
/// shapes are safe there; in running text every extra shape is a chance to
/// mistake a number for a date.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Cell,
    Prose,
}

/// Reads a cell or short string that holds one date.
///
/// Surrounding quotes and whitespace, a leading `më`/`me`, trailing
/// punctuation (`12.03.2019.`, `16.06.2015-`) and a trailing time
/// (`2019-03-12 00:00:00`) are ignored. A cell that starts with a date
/// followed by a separate note is that date (`08.05.2017 Aneksi
/// 28.06.2017` → 8 May 2017; `12.03.2019 - 15.03.2019` → 12 March). A cell
/// that does not start with a date still yields one when its text contains
/// exactly one (`Gjilan, 12.03.2019`); with none or several it is `None`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let t = s
        .trim()
        .trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace());
    let t = strip_on_prefix(t);
    if let Some((end, date)) = match_at(t, 0, Mode::Cell) {
        // A cell that opens with a date is that date, whatever note follows:
        // registers write "08.05.2017 Aneksi 28.06.2017" (signing date, then
        // an annex) or a range whose start is the date of the row.
        if is_trailing_junk(t.get(end..).unwrap_or("")) || right_context_ok(t, end) {
            return Some(date);
        }
    }
    // A cell like "Prishtinë, më 5 qershor 2020" still names one date;
    // several dates not at the start of the cell are ambiguous.
    let found = find_dates(t);
    match found.as_slice() {
        [(_, date)] => Some(*date),
        _ => None,
    }
}

/// Finds the dates in running text, in order, with their byte ranges.
///
/// A candidate must stand on its own: it may not be glued to letters or
/// digits, may not follow `.`, `/`, `-` or a digit-and-comma (which would
/// make it part of an act number, an amount or a phone number), and may not
/// follow a word such as `Nr.` or `Tel.`. Two dates joined by a dash
/// (`16.06.2015-20.06.2015`) are both found.
pub fn find_dates(text: &str) -> Vec<(Range<usize>, NaiveDate)> {
    let bytes = text.as_bytes();
    let mut out: Vec<(Range<usize>, NaiveDate)> = Vec::new();
    let mut last_end: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes.get(i).copied().unwrap_or(0);
        let prev_is_digit = i > 0 && bytes.get(i - 1).is_some_and(u8::is_ascii_digit);
        if !b.is_ascii_digit() || prev_is_digit {
            i += 1;
            continue;
        }
        // `i` is an ASCII digit, hence a char boundary.
        if left_context_ok(text, i, last_end) {
            if let Some((end, date)) = match_at(text, i, Mode::Prose) {
                if right_context_ok(text, end) {
                    out.push((i..end, date));
                    last_end = Some(end);
                    i = end;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

/// Strips a leading `më` / `me` ("on"), as in `më 5 qershor 2020`.
fn strip_on_prefix(t: &str) -> &str {
    for p in ["më", "Më", "MË", "me", "Me", "ME"] {
        if let Some(rest) = t.strip_prefix(p) {
            if rest.starts_with(|c: char| c.is_whitespace() || c == ':') {
                return rest.trim_start_matches(|c: char| c.is_whitespace() || c == ':');
            }
        }
    }
    t
}

/// After a date in a cell: nothing, punctuation (`12.03.2019.`,
/// `16.06.2015-`), or a time of day (`00:00:00`, `T10:00`).
fn is_trailing_junk(rest: &str) -> bool {
    let r = rest.trim_start_matches(|c: char| c.is_whitespace() || ".,;-–—)]".contains(c));
    if r.is_empty() {
        return true;
    }
    let r = r.strip_prefix(['T', 't']).unwrap_or(r);
    let digits = r.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && r.as_bytes().get(digits) == Some(&b':')
}

/// Whether a date may start at byte `i` of `text` (an ASCII digit).
fn left_context_ok(text: &str, i: usize, last_end: Option<usize>) -> bool {
    let before = text.get(..i).unwrap_or("");
    let mut rev = before.chars().rev();
    let Some(prev) = rev.next() else {
        return true;
    };
    if prev.is_alphanumeric() {
        return false;
    }
    let ok_char = if prev.is_whitespace() || "([{\"'«„“‘:;".contains(prev) {
        true
    } else if prev == ',' {
        // "Gjilan,12.03.2019" is a date; "1,12.03.20" is the tail of a number.
        !rev.next().is_some_and(|c| c.is_ascii_digit())
    } else if "-–—".contains(prev) {
        // Only the second half of a range "16.06.2015-20.06.2015".
        let dash_start = i - prev.len_utf8();
        let trimmed = before.get(..dash_start).unwrap_or("").trim_end();
        last_end == Some(trimmed.len())
    } else {
        false
    };
    ok_char && !follows_blocking_word(before)
}

/// Whether the word before the number (skipping spaces, `.` and `:`) is one
/// of [`NOT_DATE_AFTER`].
fn follows_blocking_word(before: &str) -> bool {
    let t = before.trim_end_matches(|c: char| c.is_whitespace() || c == '.' || c == ':');
    let word_start = t
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(idx, _)| idx);
    let Some(ws) = word_start else {
        return false;
    };
    let word = fold(t.get(ws..).unwrap_or(""));
    NOT_DATE_AFTER.contains(&word.as_str())
}

/// Whether a date that ended at `end` stands on its own.
fn right_context_ok(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let mut chars = rest.chars();
    let Some(next) = chars.next() else {
        return true;
    };
    if next.is_alphanumeric() {
        return false;
    }
    let after = chars.next();
    if ".,/".contains(next) && after.is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    if "-–—".contains(next) {
        // A dash followed by digits is fine only if a date starts there (a range).
        let tail = rest.get(next.len_utf8()..).unwrap_or("");
        let skipped = tail.len() - tail.trim_start().len();
        let start = end + next.len_utf8() + skipped;
        if text.as_bytes().get(start).is_some_and(u8::is_ascii_digit) {
            return match_at(text, start, Mode::Prose).is_some();
        }
    }
    true
}

/// A tiny cursor over `s` that only moves on char boundaries.
struct Cursor<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<char> {
        self.s.get(self.pos..)?.chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    /// Reads a whole run of ASCII digits: (value, number of digits). The
    /// value saturates so that long runs cannot overflow; callers check the
    /// length anyway.
    fn digits(&mut self) -> (u32, usize) {
        let mut value: u32 = 0;
        let mut n = 0;
        while let Some(c) = self.peek() {
            let Some(d) = c.to_digit(10) else {
                break;
            };
            value = value.saturating_mul(10).saturating_add(d);
            n += 1;
            self.pos += 1;
        }
        (value, n)
    }

    fn skip_spaces(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.bump();
        }
    }

    /// Skips spaces and the given punctuation.
    fn skip_seps(&mut self, seps: &str) {
        while self
            .peek()
            .is_some_and(|c| c.is_whitespace() || seps.contains(c))
        {
            self.bump();
        }
    }

    /// Reads a word of letters, folded.
    fn word(&mut self) -> String {
        let start = self.pos;
        while self.peek().is_some_and(char::is_alphabetic) {
            self.bump();
        }
        fold(self.s.get(start..self.pos).unwrap_or(""))
    }
}

/// Lowercases and removes the Albanian diacritics (`ë` → `e`, `ç` → `c`).
fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ë' | 'é' | 'è' | 'ê' => 'e',
            'ç' | 'č' | 'ć' => 'c',
            other => other,
        })
        .collect()
}

/// Tries to match a date starting exactly at byte `start`; returns the byte
/// offset just past it.
fn match_at(s: &str, start: usize, mode: Mode) -> Option<(usize, NaiveDate)> {
    let mut c = Cursor { s, pos: start };
    let (first, n1) = c.digits();
    match n1 {
        4 => match_iso(&mut c, first as i32),
        1 | 2 => match_day_first(&mut c, first, n1, mode),
        _ => None,
    }
}

/// `2019-03-12`, also `2019/03/12` and `2019.03.12`.
fn match_iso(c: &mut Cursor<'_>, year: i32) -> Option<(usize, NaiveDate)> {
    let sep = c.bump().filter(|ch| "-/.".contains(*ch))?;
    let (month, nm) = c.digits();
    if !(1..=2).contains(&nm) || c.bump() != Some(sep) {
        return None;
    }
    let (day, nd) = c.digits();
    if !(1..=2).contains(&nd) {
        return None;
    }
    Some((c.pos, make_date(year, month, day)?))
}

/// Day first: numeric `12.03.2019` or with a month name `5 qershor 2020`.
fn match_day_first(
    c: &mut Cursor<'_>,
    day: u32,
    day_digits: usize,
    mode: Mode,
) -> Option<(usize, NaiveDate)> {
    let after_day = c.pos;
    let seps: &str = match mode {
        Mode::Cell => ".,/-",
        Mode::Prose => "./-",
    };
    if let Some(sep) = c.peek().filter(|ch| seps.contains(*ch)) {
        c.bump();
        c.skip_spaces();
        if c.peek().is_some_and(|ch| ch.is_ascii_digit()) {
            return match_numeric_tail(c, day, day_digits, sep, mode);
        }
    }
    // Month-name shape: rewind to just after the day and read words.
    c.pos = after_day;
    match_month_name_tail(c, day)
}

/// The `03.2019` part of `12.03.2019`, after the first separator.
fn match_numeric_tail(
    c: &mut Cursor<'_>,
    day: u32,
    day_digits: usize,
    sep: char,
    mode: Mode,
) -> Option<(usize, NaiveDate)> {
    let (month, month_digits) = c.digits();
    if !(1..=2).contains(&month_digits) {
        return None;
    }
    // Both separators must agree (`12.03-2019` is not a date) and only the
    // dotted form has spaces after the dot (`12. 03. 2019`).
    if sep == '.' {
        if c.bump() != Some('.') {
            return None;
        }
        c.skip_spaces();
    } else if c.bump() != Some(sep) {
        return None;
    }
    let (y, year_digits) = c.digits();
    let year = match year_digits {
        4 => y as i32,
        2 => {
            // In prose "1.2.10" is more often a section number than a date,
            // so a two-digit year needs the full `dd.mm.yy` shape there.
            if mode == Mode::Prose && (day_digits != 2 || month_digits != 2) {
                return None;
            }
            expand_two_digit_year(y)
        }
        _ => return None,
    };
    Some((c.pos, make_date(year, month, day)?))
}

/// The ` të qershorit 2020` part of `5 të qershorit 2020`, after the day.
fn match_month_name_tail(c: &mut Cursor<'_>, day: u32) -> Option<(usize, NaiveDate)> {
    c.skip_seps(".,-");
    let mut word = c.word();
    if word == "te" {
        c.skip_seps(".,-");
        word = c.word();
    }
    let month = MONTHS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|(_, m)| *m)?;
    c.skip_seps(".,-");
    // "5 qershor të vitit 2020" / "5 qershor viti 2020".
    if !c.peek().is_some_and(|ch| ch.is_ascii_digit()) {
        let save = c.pos;
        let mut w = c.word();
        if w == "te" || w == "i" {
            c.skip_seps(".,-");
            w = c.word();
        }
        if w == "vitit" || w == "viti" {
            c.skip_seps(".,-");
        } else {
            c.pos = save;
        }
    }
    let (year, year_digits) = c.digits();
    if year_digits != 4 {
        return None;
    }
    Some((c.pos, make_date(year as i32, month, day)?))
}

/// `00`–`69` → 2000–2069, `70`–`99` → 1970–1999 (then range-checked).
fn expand_two_digit_year(y: u32) -> i32 {
    let y = y as i32;
    if y < 70 {
        2000 + y
    } else {
        1900 + y
    }
}

fn make_date(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    fn check(input: &str, expected: Option<NaiveDate>) {
        assert_eq!(parse_date(input), expected, "parse_date({input:?})");
    }

    #[test]
    fn numeric_shapes() {
        let cases: &[(&str, Option<NaiveDate>)] = &[
            ("12.03.2019", d(2019, 3, 12)),
            ("12.3.2019", d(2019, 3, 12)),
            ("1.3.2019", d(2019, 3, 1)),
            ("12. 03. 2019", d(2019, 3, 12)),
            ("12/03/2019", d(2019, 3, 12)),
            ("12-03-2019", d(2019, 3, 12)),
            ("2019-03-12", d(2019, 3, 12)),
            ("2019-3-2", d(2019, 3, 2)),
            ("2019/03/12", d(2019, 3, 12)),
            ("21,01,2013", d(2013, 1, 21)),
            ("  12.03.2019  ", d(2019, 3, 12)),
            ("\"12.03.2019\"", d(2019, 3, 12)),
            ("03/12/2019", d(2019, 12, 3)),
        ];
        for (input, expected) in cases {
            check(input, *expected);
        }
    }

    #[test]
    fn trailing_junk_and_times() {
        let cases: &[(&str, Option<NaiveDate>)] = &[
            ("12.03.2019.", d(2019, 3, 12)),
            ("16.06.2015-", d(2015, 6, 16)),
            ("16.06.2015 -", d(2015, 6, 16)),
            ("12.03.2019,", d(2019, 3, 12)),
            ("2019-03-12 00:00:00", d(2019, 3, 12)),
            ("2019-03-12T10:30:00Z", d(2019, 3, 12)),
            ("12.03.2019 9:15", d(2019, 3, 12)),
            ("12.03.2019x", None),
            ("12.03.2019 (e hënë)", d(2019, 3, 12)),
        ];
        for (input, expected) in cases {
            check(input, *expected);
        }
    }

    #[test]
    fn two_digit_years() {
        let cases: &[(&str, Option<NaiveDate>)] = &[
            ("04.02.10", d(2010, 2, 4)),
            ("4.2.10", d(2010, 2, 4)),
            ("03.05.11", d(2011, 5, 3)),
            ("31.12.69", d(2069, 12, 31)),
            ("01.01.00", d(2000, 1, 1)),
            ("01.01.99", d(1999, 1, 1)),
            ("01.01.90", d(1990, 1, 1)),
            // 1985 is before the archive's range.
            ("01.01.85", None),
            ("01.01.70", None),
            ("01.01.201", None),
        ];
        for (input, expected) in cases {
            check(input, *expected);
        }
    }

    #[test]
    fn month_names() {
        let cases: &[(&str, Option<NaiveDate>)] = &[
            ("më 5 qershor 2020", d(2020, 6, 5)),
            ("Më 5 qershor 2020", d(2020, 6, 5)),
            ("04 KORRIK 2019", d(2019, 7, 4)),
            ("5 Qershor, 2020", d(2020, 6, 5)),
            ("5.qershor.2020", d(2020, 6, 5)),
            ("5. qershor 2020", d(2020, 6, 5)),
            ("5-qershor-2020", d(2020, 6, 5)),
            ("me 12 nentor 2021", d(2021, 11, 12)),
            ("12 nëntor 2021", d(2021, 11, 12)),
            ("12 NËNTOR 2021", d(2021, 11, 12)),
            ("1 dhjetor 2019", d(2019, 12, 1)),
            ("1 janar 2019", d(2019, 1, 1)),
            ("28 shkurt 2019", d(2019, 2, 28)),
            ("29 shkurt 2019", None),
            ("29 shkurt 2020", d(2020, 2, 29)),
            ("3 mars 2019", d(2019, 3, 3)),
            ("3 prill 2019", d(2019, 4, 3)),
            ("3 maj 2019", d(2019, 5, 3)),
            ("3 gusht 2019", d(2019, 8, 3)),
            ("3 shtator 2019", d(2019, 9, 3)),
            ("3 tetor 2019", d(2019, 10, 3)),
            ("më 5 të qershorit 2020", d(2020, 6, 5)),
            ("5 te qershorit 2020", d(2020, 6, 5)),
            ("10 janarit 2018", d(2018, 1, 10)),
            ("10 shkurtit 2018", d(2018, 2, 10)),
            ("10 marsit 2018", d(2018, 3, 10)),
            ("10 prillit 2018", d(2018, 4, 10)),
            ("10 majit 2018", d(2018, 5, 10)),
            ("10 korrikut 2018", d(2018, 7, 10)),
            ("10 gushtit 2018", d(2018, 8, 10)),
            ("10 shtatorit 2018", d(2018, 9, 10)),
            ("10 tetorit 2018", d(2018, 10, 10)),
            ("10 nëntorit 2018", d(2018, 11, 10)),
            ("10 dhjetorit 2018", d(2018, 12, 10)),
            ("5 qershor të vitit 2020", d(2020, 6, 5)),
            ("5 qershor 20", None),
            ("5 qershorxx 2020", None),
            ("qershor 2020", None),
        ];
        for (input, expected) in cases {
            check(input, *expected);
        }
    }

    #[test]
    fn rejects_impossible_and_out_of_range() {
        let cases: &[(&str, Option<NaiveDate>)] = &[
            ("31.02.2019", None),
            ("31.13.2019", None),
            ("00.01.2019", None),
            ("12.03.1989", None),
            ("12.03.2101", None),
            ("12.03.2100", d(2100, 3, 12)),
            ("01.01.1990", d(1990, 1, 1)),
            ("123.03.2019", None),
            ("12.03.20191", None),
            ("12.03-2019", None),
            ("2019", None),
            ("", None),
            ("   ", None),
            ("3 vite", None),
            ("N/A", None),
            ("nga 12.03.2019 deri 15.03.2019", None),
        ];
        for (input, expected) in cases {
            check(input, *expected);
        }
    }

    #[test]
    fn one_date_inside_a_cell() {
        check("Gjilan, 12.03.2019", d(2019, 3, 12));
        check("Prishtinë, më 5 qershor 2020", d(2020, 6, 5));
        check("12.03.2019 ora 10:00", d(2019, 3, 12));
        check("08.05.2017 Aneksi 28.06.2017", d(2017, 5, 8));
        check("12.03.2019 - 15.03.2019", d(2019, 3, 12));
        check("12.03.2019/1", None);
        check("12.03.2019.5", None);
    }

    /// Runs `find_dates` and compares the matched substrings and dates.
    fn check_find(text: &str, expected: &[(&str, Option<NaiveDate>)]) {
        let found = find_dates(text);
        let got: Vec<(&str, Option<NaiveDate>)> = found
            .iter()
            .map(|(r, date)| (text.get(r.clone()).unwrap_or("<bad range>"), Some(*date)))
            .collect();
        assert_eq!(got, expected, "find_dates({text:?})");
    }

    #[test]
    fn finds_dates_in_prose() {
        check_find(
            "Kuvendi Komunal në seancën e mbajtur më 12.03.2019 miratoi vendimin.",
            &[("12.03.2019", d(2019, 3, 12))],
        );
        check_find("Gjilan, 12.03.2019", &[("12.03.2019", d(2019, 3, 12))]);
        check_find("Gjilan,12.03.2019", &[("12.03.2019", d(2019, 3, 12))]);
        check_find(
            "Vendimi hyn në fuqi më 5 të qershorit 2020 dhe zbatohet nga 1 korrik 2020.",
            &[
                ("5 të qershorit 2020", d(2020, 6, 5)),
                ("1 korrik 2020", d(2020, 7, 1)),
            ],
        );
        check_find(
            "afati 16.06.2015-20.06.2015 (pesë ditë)",
            &[
                ("16.06.2015", d(2015, 6, 16)),
                ("20.06.2015", d(2015, 6, 20)),
            ],
        );
        check_find(
            "prej 16.06.2015 – 20.06.2015.",
            &[
                ("16.06.2015", d(2015, 6, 16)),
                ("20.06.2015", d(2015, 6, 20)),
            ],
        );
        check_find("(04.02.10)", &[("04.02.10", d(2010, 2, 4))]);
        check_find("data: 2019-03-12;", &[("2019-03-12", d(2019, 3, 12))]);
        check_find(
            "Nënshkruar më 04 KORRIK 2019, në Gjilan",
            &[("04 KORRIK 2019", d(2019, 7, 4))],
        );
        check_find("Datë: 12. 03. 2019", &[("12. 03. 2019", d(2019, 3, 12))]);
        check_find(
            "Çmimi: 2.500,00 €, nënshkruar më 31.12.2019.",
            &[("31.12.2019", d(2019, 12, 31))],
        );
    }

    #[test]
    fn avoids_numbers_that_are_not_dates() {
        let cases = [
            "01 Nr. 016-8123/19",
            "Nr. 05-12-19",
            "Nr.05-12-19",
            "nr. prot. 12.03.19",
            "Vlera 1.234.567,00 euro",
            "shuma 1.10.10,00",
            "Tel: 044 123 456",
            "Tel. 22-12-19",
            "tel 038/200-30-100",
            "044.12.12.12",
            "neni 1.2.10 i rregullores",
            "vendimi 01/12/03/2019",
            "12.03.2019/1",
            "12.03.20191",
            "x12.03.2019",
            "12.03.2019abc",
            "31.02.2019",
            "1,12.03.20",
            "10 qershor",
        ];
        for text in cases {
            check_find(text, &[]);
        }
    }

    #[test]
    fn ranges_are_byte_offsets_with_multibyte_text() {
        let text = "Më ëëë 5 nëntor 2021 çç";
        let found = find_dates(text);
        assert_eq!(found.len(), 1);
        let (r, date) = &found[0];
        assert_eq!(text.get(r.clone()), Some("5 nëntor 2021"));
        assert_eq!(Some(*date), d(2021, 11, 5));
    }
}
