//! A register: a file (CSV, or a spreadsheet read by [`sheet`]) listing a
//! municipality's acts or contracts, one record per row.
//!
//! This module owns reading such a file into typed rows: [`decode`] the bytes
//! (legacy encodings included), [`decode::sniff_delimiter`], find the header
//! row among the first rows (title lines above it are skipped), recognise its
//! [`columns`], then turn each data row into a [`RegisterRow`]. A row whose
//! date or value cannot be read is not guessed at: it becomes a
//! [`RowProblem`] naming the line, the column and the offending value, and
//! the other rows are still read.
//!
//! Cell clean-up, applied to every field: surrounding whitespace and stray
//! quotes are removed (`"Vendim"` → `Vendim`, `"Vendim` → `Vendim`, but
//! `"TALI" sh.p.k` keeps its quotes), inner runs of whitespace become one
//! space (except in `text` and `file`, kept as written), and an empty cell or
//! a "nothing here" placeholder (`-`, `/`, `N/A`, `nuk ka`…) is `None`.

pub mod columns;
pub mod decode;
pub mod mojibake;
pub mod sheet;
pub mod table;

#[cfg(test)]
mod tests;

use chrono::NaiveDate;
use columns::Column;
use serde::Serialize;
pub use table::{Note, Table, TableRow};

/// How many rows from the top may hold the header; rows above it are titles.
const HEADER_SEARCH_ROWS: usize = 10;

/// Cells that mean "no value" rather than a value that cannot be read
/// (`nan` is what data-frame exports write for an empty cell).
const PLACEHOLDERS: &[&str] = &[
    "-", "--", "---", "—", "–", "/", "//", "n/a", "n.a.", "n.a", "na", "nuk ka", "s'ka", "ska",
    "x", "xx", "?", "null", "none", "nil", "nan", "#n/a", "#value!", "#ref!",
];

/// A register read from a CSV file.
#[derive(Debug, Clone, PartialEq)]
pub struct Register {
    /// The rows that were read, in file order.
    pub rows: Vec<RegisterRow>,
    /// Rows that were skipped because a date or value could not be read.
    pub problems: Vec<RowProblem>,
    /// The encoding the file was read with (see [`decode::Decoded`]).
    pub encoding: &'static str,
    /// The field delimiter, e.g. `b';'`; `None` for a spreadsheet.
    pub delimiter: Option<u8>,
    /// For each header cell, the column it was recognised as.
    pub columns: Vec<Option<Column>>,
    /// What reading the file's bytes or cells noticed (repairs, removed
    /// characters, error cells, sheets not read); see [`table::Note`].
    pub notes: Vec<Note>,
}

/// One data row of a register.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RegisterRow {
    /// 1-based physical line of the row in the file (its first line, for a
    /// row with a quoted newline).
    pub line: u64,
    /// Raw type label as written (e.g. "Vendim", "Kontratë").
    pub kind: Option<String>,
    pub number: Option<String>,
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    pub published: Option<NaiveDate>,
    pub issuer: Option<String>,
    pub municipality: Option<String>,
    /// A path as written in the cell.
    pub file: Option<String>,
    pub operator: Option<String>,
    pub value_eur: Option<f64>,
    pub procurement_number: Option<String>,
    /// The procedure's name (Albanian): as written, or from its code.
    pub procedure: Option<String>,
    /// The procedure's code as written in a coded register (`1`…`7`).
    pub procedure_code: Option<String>,
    /// Goods, services, works…: the name and the code as written.
    pub procurement_type: Option<String>,
    pub procurement_type_code: Option<String>,
    /// Large, medium, small or minimal value: the name and the code.
    pub value_class: Option<String>,
    pub value_class_code: Option<String>,
    /// Lowest price or most economically advantageous tender.
    pub award_criterion: Option<String>,
    pub award_criterion_code: Option<String>,
    /// The estimated value of the contract, in euros.
    pub estimated_value_eur: Option<f64>,
    /// The price of annexes to the contract, in euros.
    pub annex_value_eur: Option<f64>,
    /// The total paid under the contract, in euros.
    pub paid_eur: Option<f64>,
    /// The operator's seat (a town), as written.
    pub operator_seat: Option<String>,
    /// Whether the operator is local or foreign, in Albanian (`vendor`, `jo vendor`).
    pub operator_origin: Option<String>,
    /// Further facts of the row worth reading but without a field of their
    /// own (other dates, bids received…): Albanian label and value.
    pub details: Vec<(String, String)>,
    /// Description / përshkrimi / përmbajtja.
    pub text: Option<String>,
    /// Every cell of the row, trimmed, for hashing a row without a natural key.
    pub cells: Vec<String>,
}

/// A row that was skipped, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RowProblem {
    /// 1-based physical line of the row.
    pub line: u64,
    /// The header of the offending column as written in the file.
    pub column: Option<String>,
    /// Plain English, with the offending value, e.g. `cannot read date '31.13.2019'`.
    pub reason: String,
}

/// Why a file could not be read as a register at all.
#[derive(Debug, thiserror::Error)]
pub enum RegisterError {
    #[error("empty file: no rows to read")]
    Empty,
    #[error(
        "not a register: no header row with at least 2 recognised columns in the first {searched} rows; headers found: {}",
        list_headers(.headers)
    )]
    NotARegister {
        /// The cells of the first non-empty row, as written.
        headers: Vec<String>,
        searched: usize,
    },
    #[error("CSV structure error at line {line}: {reason}")]
    Csv { line: u64, reason: String },
    #[error("cannot read the spreadsheet: {0}")]
    Spreadsheet(String),
    #[error("the workbook is password-protected: save it without a password and ingest it again")]
    Protected,
}

fn list_headers(headers: &[String]) -> String {
    if headers.is_empty() {
        return "(none)".to_owned();
    }
    headers
        .iter()
        .map(|h| format!("'{}'", shorten(h, 60)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads a register from the bytes of a CSV file: [`table::from_csv`], then
/// [`read_table`].
pub fn read_register(bytes: &[u8]) -> Result<Register, RegisterError> {
    read_table(table::from_csv(bytes)?)
}

/// Reads a register file by its name: a spreadsheet
/// ([`sheet::read_register`]) when the extension names one, else CSV.
pub fn read_register_file(path: &std::path::Path, bytes: &[u8]) -> Result<Register, RegisterError> {
    let format = path
        .extension()
        .and_then(|e| e.to_str())
        .and_then(sheet::Format::from_extension);
    match format {
        Some(format) => sheet::read_register(bytes, format),
        None => read_register(bytes),
    }
}

/// Reads a register from a table of cells (a CSV file or a spreadsheet).
///
/// The header is the first non-blank row, among the first
/// [`HEADER_SEARCH_ROWS`], in which at least two cells are recognised as
/// columns; every later row becomes a [`RegisterRow`], except blank rows and
/// repeats of the header (skipped silently) and rows with an unreadable date,
/// publication date or value (each such cell a [`RowProblem`]). Cells past
/// the header's width are kept only in `cells`; missing ones are `None`.
pub fn read_table(table: Table) -> Result<Register, RegisterError> {
    let mut header: Option<(Vec<String>, Vec<Option<Column>>)> = None;
    let mut first_non_empty: Option<Vec<String>> = None;
    let mut seen_rows = 0usize;
    let mut rows = Vec::new();
    let mut problems = Vec::new();

    for TableRow { line, cells } in table.rows {
        let cells: Vec<String> = cells.iter().map(|c| clean_cell(c)).collect();
        let blank = cells.iter().all(String::is_empty);
        match &header {
            None => {
                if blank {
                    continue;
                }
                seen_rows += 1;
                if first_non_empty.is_none() {
                    first_non_empty = Some(cells.clone());
                }
                let assigned = columns::assign_columns(&cells);
                if assigned.iter().flatten().count() >= 2 {
                    header = Some((cells, assigned));
                } else if seen_rows >= HEADER_SEARCH_ROWS {
                    break;
                }
            }
            Some((names, cols)) => {
                if blank || is_repeated_header(&cells, names) {
                    continue;
                }
                match build_row(line, cells, names, cols) {
                    Ok(row) => rows.push(row),
                    Err(mut p) => problems.append(&mut p),
                }
            }
        }
    }

    let Some((_, columns)) = header else {
        return match first_non_empty {
            None => Err(RegisterError::Empty),
            Some(headers) => Err(RegisterError::NotARegister {
                headers,
                searched: HEADER_SEARCH_ROWS,
            }),
        };
    };
    Ok(Register {
        rows,
        problems,
        encoding: table.encoding,
        delimiter: table.delimiter,
        columns,
        notes: table.notes,
    })
}

/// Trims whitespace and stray quotes around a cell.
fn clean_cell(raw: &str) -> String {
    let mut t = raw.trim();
    loop {
        let before = t;
        if t.len() >= 2
            && ((t.starts_with('"') && t.ends_with('"'))
                || (t.starts_with('\'') && t.ends_with('\'')))
        {
            // A wrapped value: `"Vendim"`.
            t = t.get(1..t.len() - 1).unwrap_or(t).trim();
        } else if t.matches('"').count() == 1 && (t.starts_with('"') || t.ends_with('"')) {
            // One lone quote at an edge: `"Vendim` or `Vendim"`.
            t = t.trim_matches('"').trim();
        }
        if t == before {
            return t.to_owned();
        }
    }
}

/// A data row that repeats the header (exports that repeat it per page).
fn is_repeated_header(cells: &[String], header: &[String]) -> bool {
    let non_empty = cells.iter().filter(|c| !c.is_empty()).count();
    non_empty >= 2
        && cells
            .iter()
            .zip(header)
            .all(|(c, h)| c.is_empty() || columns::fold(c) == columns::fold(h))
}

/// `None` for empty cells and placeholders, the cleaned value otherwise.
fn value_of(cell: &str) -> Option<&str> {
    let lower = cell.to_lowercase();
    if cell.is_empty() || PLACEHOLDERS.contains(&lower.as_str()) {
        None
    } else {
        Some(cell)
    }
}

/// Collapses runs of whitespace (newlines from quoted fields included).
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Shortens a value for a message, on a char boundary.
fn shorten(s: &str, max_chars: usize) -> String {
    let mut chars = s.chars();
    let head: String = chars.by_ref().take(max_chars).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

fn build_row(
    line: u64,
    cells: Vec<String>,
    names: &[String],
    cols: &[Option<Column>],
) -> Result<RegisterRow, Vec<RowProblem>> {
    let mut row = RegisterRow {
        line,
        ..RegisterRow::default()
    };
    let mut problems = Vec::new();
    for ((cell, col), name) in cells.iter().zip(cols).zip(names) {
        let (Some(col), Some(value)) = (col, value_of(cell)) else {
            continue;
        };
        let problem = |what: &str| RowProblem {
            line,
            column: Some(name.clone()),
            reason: format!("cannot read {what} '{}'", shorten(value, 80)),
        };
        match col {
            Column::Date | Column::Published => match crate::ingest::dates::parse_date(value) {
                Some(date) if *col == Column::Date => row.date = Some(date),
                Some(date) => row.published = Some(date),
                None => problems.push(problem("date")),
            },
            Column::Value => match crate::ingest::amount::parse_amount(value) {
                Some(v) => row.value_eur = Some(v),
                None => problems.push(problem("amount")),
            },
            Column::Kind => row.kind = Some(one_line(value)),
            Column::Number => row.number = Some(one_line(value)),
            Column::Title => row.title = Some(one_line(value)),
            Column::Issuer => row.issuer = Some(one_line(value)),
            Column::Municipality => row.municipality = Some(one_line(value)),
            Column::Operator => row.operator = Some(one_line(value)),
            Column::ProcurementNumber => row.procurement_number = Some(one_line(value)),
            Column::Procedure => row.procedure = Some(one_line(value)),
            Column::File => row.file = Some(value.to_owned()),
            Column::Text => row.text = Some(value.to_owned()),
        }
    }
    if problems.is_empty() {
        row.cells = cells;
        Ok(row)
    } else {
        Err(problems)
    }
}
