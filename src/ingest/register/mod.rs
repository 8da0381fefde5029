//! A register: a file (CSV, or a spreadsheet read by [`sheet`]) listing a
//! municipality's acts or contracts, one record per row.
//!
//! This module owns reading such a file into typed rows: [`decode`] the bytes
//! (legacy encodings included) into a [`Table`], recognise its layout
//! ([`profile`]: the KRPP annual report by its header, the condensed
//! register without a header by the shape of its rows, else any header row
//! whose [`columns`] are recognised), read what the rows above the header
//! say of the register ([`metadata`]), then turn each data row into a
//! [`RegisterRow`] (`row.rs`; coded columns through [`codes`]). A row whose
//! date or value cannot be read is not guessed at: it becomes a
//! [`RowProblem`] naming the line, the column and the offending value, and
//! the other rows are still read; blank lines, repeated headers and totals
//! rows are reported the same way, never indexed.
//!
//! Cell clean-up, applied to every field: surrounding whitespace and stray
//! quotes are removed (`"Vendim"` → `Vendim`, `"Vendim` → `Vendim`,
//! `“Vendim”` → `Vendim`, but `"TALI" sh.p.k` keeps its quotes), inner runs of whitespace become one
//! space (except in `text` and `file`, kept as written), and an empty cell or
//! a "nothing here" placeholder (`-`, `/`, `N/A`, `nuk ka`…) is `None`.

pub mod codes;
pub mod columns;
pub mod decode;
pub mod metadata;
pub mod mojibake;
pub mod profile;
mod row;
pub mod sheet;
pub mod table;

#[cfg(test)]
mod tests;

use chrono::NaiveDate;
use columns::Column;
use metadata::RegisterMeta;
use profile::{Field, Profile};
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
    /// Rows that were not read, with why: a date or value that cannot be
    /// read, a blank line, a repeated header, a totals row.
    pub problems: Vec<RowProblem>,
    /// Cells of rows that were read but kept as written because they could
    /// not be read (a secondary date or amount).
    pub warnings: Vec<RowProblem>,
    /// The encoding the file was read with (see [`decode::Decoded`]).
    pub encoding: &'static str,
    /// The field delimiter, e.g. `b';'`; `None` for a spreadsheet.
    pub delimiter: Option<u8>,
    /// For each column, the generic column it was recognised as.
    pub columns: Vec<Option<Column>>,
    /// The layout the register was read with.
    pub profile: Profile,
    /// The physical line of the header row; `None` for a register without one.
    pub header_line: Option<u64>,
    /// What the rows above the header say of the register (municipality, year).
    pub meta: RegisterMeta,
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

/// A row that was skipped (or, in `Register::warnings`, a cell kept as
/// written), and why.
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
        "not a register: neither a known layout (KRPP annual report, condensed 16-column register) nor a header row with at least 2 recognised columns in the first {searched} rows; first row: {}",
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
/// The layout is recognised first ([`profile`]): the KRPP annual report by
/// its header (searched in the first [`profile::ANNUAL_HEADER_SEARCH_ROWS`]
/// non-blank rows, below the form's authority details), then the condensed
/// register without a header by the shape of its rows, then any header row
/// among the first [`HEADER_SEARCH_ROWS`] with at least two recognised
/// columns. Every later row becomes a [`RegisterRow`] or a [`RowProblem`]:
/// blank rows, repeats of the header and totals rows are reported with
/// their line, and so are rows whose date or value cannot be read. Rows
/// above the header give the register's [`metadata`]. Cells past the
/// layout's width are kept only in `cells`; missing ones are `None`.
pub fn read_table(table: Table) -> Result<Register, RegisterError> {
    let Table {
        rows: table_rows,
        encoding,
        delimiter,
        notes,
    } = table;
    let rows: Vec<(u64, Vec<String>)> = table_rows
        .into_iter()
        .map(|TableRow { line, cells }| (line, cells.iter().map(|c| clean_cell(c)).collect()))
        .collect();
    let layout = find_layout(&rows)?;
    let meta = metadata::from_rows(
        &rows
            .iter()
            .take(layout.data_from)
            .map(|(_, c)| c.clone())
            .collect::<Vec<_>>(),
    );
    let header = layout.header.as_deref();
    let mut register = Register {
        rows: Vec::new(),
        problems: Vec::new(),
        warnings: Vec::new(),
        encoding,
        delimiter,
        notes,
        columns: layout
            .fields
            .iter()
            .map(|f| f.and_then(|f| f.column()))
            .collect(),
        profile: layout.profile,
        header_line: layout
            .data_from
            .checked_sub(1)
            .and_then(|i| rows.get(i))
            .map(|(line, _)| *line),
        meta,
    };
    // The line after each row, to tell how many lines a row spans.
    let next_lines: Vec<Option<u64>> = rows
        .iter()
        .skip(layout.data_from + 1)
        .map(|(l, _)| Some(*l))
        .chain(std::iter::once(None))
        .collect();
    for ((line, cells), next_line) in rows.into_iter().skip(layout.data_from).zip(next_lines) {
        let fields: &[Option<Field>] = match layout.profile {
            Profile::Condensed => profile::condensed_fields(&cells),
            _ => &layout.fields,
        };
        if let Some(reason) = row::not_data(&cells, fields, header) {
            register.problems.push(RowProblem {
                line,
                column: None,
                reason,
            });
            continue;
        }
        if let Some(problem) = shape_problem(line, next_line, &cells, &layout) {
            register.problems.push(problem);
            continue;
        }
        let (built, mut warnings) = row::build(line, cells, fields, header);
        register.warnings.append(&mut warnings);
        match built {
            Ok(row) => register.rows.push(row),
            Err(mut p) => register.problems.append(&mut p),
        }
    }
    Ok(register)
}

/// The layout of a register: its profile, which row the data starts at,
/// the header (when it has one) and the field of each column.
struct Layout {
    profile: Profile,
    /// Index (in the table's rows) of the first row after the header.
    data_from: usize,
    header: Option<Vec<String>>,
    fields: Vec<Option<Field>>,
}

fn find_layout(rows: &[(u64, Vec<String>)]) -> Result<Layout, RegisterError> {
    let non_blank = || {
        rows.iter()
            .enumerate()
            .filter(|(_, (_, c))| c.iter().any(|c| !c.is_empty()))
    };
    let Some((_, (_, first))) = non_blank().next() else {
        return Err(RegisterError::Empty);
    };
    let header_layout = |profile, i: usize, cells: &Vec<String>, fields| Layout {
        profile,
        data_from: i + 1,
        header: Some(cells.clone()),
        fields,
    };
    for (i, (_, cells)) in non_blank().take(profile::ANNUAL_HEADER_SEARCH_ROWS) {
        if let Some(fields) = profile::annual_report(cells) {
            return Ok(header_layout(Profile::AnnualReport, i, cells, fields));
        }
    }
    if profile::looks_condensed(non_blank().map(|(_, (_, c))| c.as_slice())) {
        return Ok(Layout {
            profile: Profile::Condensed,
            data_from: 0,
            header: None,
            fields: profile::CONDENSED.to_vec(),
        });
    }
    for (i, (_, cells)) in non_blank().take(HEADER_SEARCH_ROWS) {
        let fields = profile::header_fields(cells);
        if fields.iter().flatten().count() >= 2 {
            return Ok(header_layout(Profile::Headers, i, cells, fields));
        }
    }
    Err(RegisterError::NotARegister {
        headers: first.clone(),
        searched: HEADER_SEARCH_ROWS,
    })
}

/// A row of a register without a header that does not have the layout's
/// width: a stray quote has joined it with the lines after it (or cut it),
/// so its cells cannot be trusted to be in their columns. `next_line` is
/// the line of the next row, if any.
fn shape_problem(
    line: u64,
    next_line: Option<u64>,
    cells: &[String],
    layout: &Layout,
) -> Option<RowProblem> {
    if layout.profile != Profile::Condensed {
        return None;
    }
    let width = cells
        .iter()
        .rposition(|c| !c.is_empty())
        .map_or(0, |i| i + 1);
    if width <= profile::CONDENSED.len() + 1 {
        return None;
    }
    let joined = match next_line {
        Some(next) if next > line + 1 => format!(
            "; a quote in the row joined lines {line}–{} into one row",
            next - 1
        ),
        _ if cells.iter().any(|c| c.contains('\n')) => {
            "; a quote in the row joined it with the line(s) after it".to_owned()
        }
        _ => String::new(),
    };
    Some(RowProblem {
        line,
        column: None,
        reason: format!(
            "row has {width} cells where the condensed register has {}{joined}; its cells are not where the layout expects them",
            profile::CONDENSED.len()
        ),
    })
}

/// Trims whitespace and stray quotes around a cell.
fn clean_cell(raw: &str) -> String {
    let mut t = raw.trim();
    loop {
        let before = t;
        if t.chars().count() >= 2 && is_wrapped(t) {
            // A wrapped value: `"Vendim"`, `“Vendim”`.
            let mut inner = t.chars();
            inner.next();
            inner.next_back();
            t = inner.as_str().trim();
        } else if t.matches('"').count() == 1 && (t.starts_with('"') || t.ends_with('"')) {
            // One lone quote at an edge: `"Vendim` or `Vendim"`.
            t = t.trim_matches('"').trim();
        }
        if t == before {
            return t.to_owned();
        }
    }
}

/// Whether a cell is wrapped in one pair of quotes, straight or curly
/// (word processors turn `"` into `“ ”`, and some exports into `” ”`).
fn is_wrapped(t: &str) -> bool {
    let (Some(first), Some(last)) = (t.chars().next(), t.chars().next_back()) else {
        return false;
    };
    let curly = |c: char| c == '“' || c == '”' || c == '„';
    (first == '"' && last == '"')
        || (first == '\'' && last == '\'')
        || (curly(first) && curly(last))
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
