//! A table of text cells with the physical line of each row: what a CSV
//! file becomes before any register logic sees it, and what a spreadsheet
//! sheet is turned into, so that both are read by the same code.
//!
//! Owns CSV structure: decoding the bytes ([`super::decode`]), line ends,
//! the delimiter, and refusing a quoted field that swallows the rest of the
//! file. Knows nothing of columns or registers.

use serde::Serialize;

use super::decode;
use super::RegisterError;

/// Rows of cells, as written (untrimmed), blank rows included.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub rows: Vec<TableRow>,
    /// The encoding the text was read with (see [`decode::Decoded`]).
    pub encoding: &'static str,
    /// The CSV field delimiter; `None` for a spreadsheet.
    pub delimiter: Option<u8>,
    /// What reading the bytes or cells noticed: repairs made, characters
    /// removed, cells holding spreadsheet errors. Each is reported; none
    /// stops the file.
    pub notes: Vec<Note>,
}

/// Something noticed while reading a file into a table, in plain English:
/// on one line (a sheet row, for a spreadsheet) or about the whole file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub line: Option<u64>,
    pub what: String,
}

/// One row: its 1-based physical line (its first line, for a row with a
/// quoted newline; the sheet row for a spreadsheet) and its cells.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableRow {
    pub line: u64,
    pub cells: Vec<String>,
}

/// Reads CSV bytes into a table: [`decode::decode`]; line ends normalised
/// (`\r\n`, `\r` → `\n`, one for one, so line numbers stay physical);
/// [`decode::sniff_delimiter`]; then the rows.
pub fn from_csv(bytes: &[u8]) -> Result<Table, RegisterError> {
    let decoded = decode::decode(bytes);
    let text = normalize_line_ends(&decoded.text);
    if text.trim().is_empty() {
        return Err(RegisterError::Empty);
    }
    let delimiter = decode::sniff_delimiter(&text);
    if let Some(line) = runaway_quote_line(&text, delimiter) {
        return Err(RegisterError::Csv {
            line,
            reason: "a quoted field is never closed, so it swallows the rest of the file"
                .to_owned(),
        });
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        let line = reader.position().line();
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(line, |p| p.line());
                return Err(RegisterError::Csv {
                    line,
                    reason: e.to_string(),
                });
            }
        }
        let line = record
            .position()
            .map_or(line, |p| physical_line(&text, p.byte(), p.line()));
        rows.push(TableRow {
            line,
            cells: record.iter().map(str::to_owned).collect(),
        });
    }
    Ok(Table {
        rows,
        encoding: decoded.encoding,
        delimiter: Some(delimiter),
        notes: notes(decoded.repairs, decoded.problems),
    })
}

/// The line a record really starts on: the csv reader gives a record that
/// follows empty lines (which it skips) the position of the first of them.
fn physical_line(text: &str, byte: u64, line: u64) -> u64 {
    let start = usize::try_from(byte).unwrap_or(usize::MAX);
    let skipped = text
        .as_bytes()
        .get(start..)
        .map_or(0, |rest| rest.iter().take_while(|b| **b == b'\n').count());
    line + skipped as u64
}

/// Repairs and problems in line order.
fn notes(mut repairs: Vec<Note>, mut problems: Vec<Note>) -> Vec<Note> {
    repairs.append(&mut problems);
    repairs.sort_by_key(|n| n.line);
    repairs
}

/// `\r\n` and lone `\r` become `\n`. Every line end stays one line end, so
/// physical line numbers are unchanged, and the csv reader (which counts
/// `\n`) numbers CR-only files correctly.
fn normalize_line_ends(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_owned();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The line where a quoted field opens that is never closed and spans more
/// than its own line: the csv reader would silently fold every following row
/// into that one field. A quote left open on the very last line only loses
/// that line's closing quote, so it is let through.
fn runaway_quote_line(text: &str, delimiter: u8) -> Option<u64> {
    let bytes = text.as_bytes();
    let mut line: u64 = 1;
    // Line where the open quote started, and whether a later line with
    // content has been folded into it.
    let mut open_at: Option<(u64, bool)> = None;
    let mut past_newline = false;
    let mut at_field_start = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes.get(i).copied().unwrap_or(0);
        if let Some((start, swallowed)) = open_at {
            if b == b'"' {
                if bytes.get(i + 1) == Some(&b'"') {
                    i += 1;
                } else {
                    open_at = None;
                    at_field_start = false;
                }
            } else if b == b'\n' {
                line += 1;
                past_newline = true;
            } else if past_newline && !b.is_ascii_whitespace() && !swallowed {
                open_at = Some((start, true));
            }
        } else if b == b'"' && at_field_start {
            open_at = Some((line, false));
            past_newline = false;
            at_field_start = false;
        } else if b == b'\n' {
            line += 1;
            at_field_start = true;
        } else {
            at_field_start = b == delimiter;
        }
        i += 1;
    }
    open_at.and_then(|(start, swallowed)| swallowed.then_some(start))
}
