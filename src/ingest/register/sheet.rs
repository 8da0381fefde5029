//! Spreadsheet registers (`.xlsx`, `.xlsm`, `.xls`, `.ods`), read with
//! calamine into the same [`Table`] a CSV file becomes, so that one code
//! path reads both.
//!
//! Owns turning cells into the text a CSV export of the sheet would hold:
//!
//! * numbers as plain decimals without binary noise: `86000`, not
//!   `86000.0`; `1135550.25`; 15 significant digits, as Excel shows them;
//! * date cells (serial numbers with a date format, in the 1900 system with
//!   its fictitious 29 February 1900, or the 1904 system when the workbook
//!   says so; ISO dates in `.ods`) as `dd.mm.yyyy`, with ` HH:MM` when the
//!   cell has a time of day; a time alone as `HH:MM`;
//! * booleans as `TRUE`/`FALSE`, as Excel exports them;
//! * error cells (`#DIV/0!`, `#N/A`…) as empty cells, each reported as a
//!   [`Note`] naming the cell and the error;
//! * text through the same repairs as a CSV file ([`mojibake::repair`]).
//!
//! A row's line is its sheet row number (1-based), columns start at `A`
//! even when the sheet's first columns are empty, as in a CSV export.
//!
//! Which sheet: a workbook may hold a metadata sheet, code lists or a
//! second register beside the one it publishes. Every sheet is read into a
//! table ([`read_sheets`]); [`read_register`] reads each with
//! [`super::read_table`] and keeps the sheet that gives the most rows (the
//! first of equals). A metadata sheet is a register of one row at most, so
//! it loses to the data sheet. Every other sheet with content is named in a
//! note, so nothing is skipped silently; a workbook where no sheet is a
//! register gives the first sheet's error.
//!
//! Bad workbooks: a corrupt file, a password-protected one, or a reader
//! panic become a [`RegisterError`], never a panic. Knows nothing of
//! columns or acts.

use std::io::Cursor;
use std::panic::{catch_unwind, AssertUnwindSafe};

use calamine::{Data, Ods, OdsError, Range, Reader, Xls, XlsError, Xlsx, XlsxError};
use chrono::{NaiveDate, NaiveDateTime};

use super::mojibake::{self, Piece};
use super::table::{Note, Table, TableRow};
use super::{Register, RegisterError};

/// The spreadsheet formats read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Office Open XML: `.xlsx`, `.xlsm`.
    Xlsx,
    /// The binary Excel 97–2003 format.
    Xls,
    /// OpenDocument spreadsheet.
    Ods,
}

impl Format {
    /// The format a file extension names (any case), if it is a spreadsheet.
    pub fn from_extension(extension: &str) -> Option<Format> {
        match extension.to_ascii_lowercase().as_str() {
            "xlsx" | "xlsm" => Some(Format::Xlsx),
            "xls" => Some(Format::Xls),
            "ods" => Some(Format::Ods),
            _ => None,
        }
    }
}

/// One sheet of a workbook as a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub table: Table,
}

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const ODS_MIME: &[u8] = b"application/vnd.oasis.opendocument.spreadsheet";
const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Reads every sheet of a workbook, in workbook order.
///
/// The reader follows the bytes rather than the name where they disagree:
/// a zip container is `.ods` when it starts with the OpenDocument mime
/// type or is so named, else `.xlsx`; an OLE container
/// is `.xls`, except under an `.xlsx` name, where it is an encrypted
/// workbook (Office puts password-protected `.xlsx` files in one).
pub fn read_sheets(bytes: &[u8], named: Format) -> Result<Vec<Sheet>, RegisterError> {
    let format = if bytes.starts_with(ZIP_MAGIC) {
        // An OpenDocument file stores its `mimetype` first, uncompressed.
        let head = bytes.get(..bytes.len().min(128)).unwrap_or(bytes);
        let opendocument = head.windows(ODS_MIME.len()).any(|w| w == ODS_MIME);
        if named == Format::Ods || opendocument {
            Format::Ods
        } else {
            Format::Xlsx
        }
    } else if bytes.starts_with(OLE_MAGIC) {
        if named == Format::Xlsx {
            Format::Xlsx
        } else {
            Format::Xls
        }
    } else {
        return Err(RegisterError::Spreadsheet(
            "the file is neither a zip container (.xlsx, .ods) nor an OLE one (.xls): corrupt, or not a spreadsheet".to_owned(),
        ));
    };
    let read = catch_unwind(AssertUnwindSafe(|| open(bytes, format)));
    read.unwrap_or_else(|_| {
        Err(RegisterError::Spreadsheet(
            "the spreadsheet reader failed on this file (internal error); it is probably corrupt"
                .to_owned(),
        ))
    })
}

fn open(bytes: &[u8], format: Format) -> Result<Vec<Sheet>, RegisterError> {
    let cursor = Cursor::new(bytes);
    match format {
        Format::Xlsx => {
            let mut book = Xlsx::new(cursor).map_err(xlsx_error)?;
            sheets(&mut book, xlsx_error)
        }
        Format::Xls => {
            let mut book = Xls::new(cursor).map_err(xls_error)?;
            sheets(&mut book, xls_error)
        }
        Format::Ods => {
            let mut book = Ods::new(cursor).map_err(ods_error)?;
            sheets(&mut book, ods_error)
        }
    }
}

fn xlsx_error(e: XlsxError) -> RegisterError {
    match e {
        XlsxError::Password => RegisterError::Protected,
        e => RegisterError::Spreadsheet(e.to_string()),
    }
}

fn xls_error(e: XlsError) -> RegisterError {
    match e {
        XlsError::Password => RegisterError::Protected,
        e => RegisterError::Spreadsheet(e.to_string()),
    }
}

fn ods_error(e: OdsError) -> RegisterError {
    match e {
        OdsError::Password => RegisterError::Protected,
        e => RegisterError::Spreadsheet(e.to_string()),
    }
}

fn sheets<RS, R: Reader<RS>>(
    book: &mut R,
    error: impl Fn(R::Error) -> RegisterError,
) -> Result<Vec<Sheet>, RegisterError>
where
    RS: std::io::Read + std::io::Seek,
{
    let mut out = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(&error)?;
        out.push(Sheet {
            table: table_of(&range),
            name,
        });
    }
    Ok(out)
}

/// Reads the register of a workbook: the sheet that reads as a register
/// with the most rows; see the module documentation.
pub fn read_register(bytes: &[u8], named: Format) -> Result<Register, RegisterError> {
    let sheets = read_sheets(bytes, named)?;
    let mut best: Option<(String, Register)> = None;
    let mut first_error = None;
    let mut others = Vec::new();
    for sheet in sheets {
        if sheet
            .table
            .rows
            .iter()
            .all(|r| r.cells.iter().all(|c| c.trim().is_empty()))
        {
            continue;
        }
        match super::read_table(sheet.table) {
            Ok(register) => {
                let better = best
                    .as_ref()
                    .is_none_or(|(_, b)| register.rows.len() > b.rows.len());
                if better {
                    if let Some((name, _)) = best.take() {
                        others.push(format!(
                            "sheet '{name}' also reads as a register, with fewer rows; not read"
                        ));
                    }
                    best = Some((sheet.name, register));
                } else {
                    others.push(format!(
                        "sheet '{}' also reads as a register, with fewer rows; not read",
                        sheet.name
                    ));
                }
            }
            Err(e) => {
                others.push(format!("sheet '{}' not read: {e}", sheet.name));
                first_error.get_or_insert(e);
            }
        }
    }
    let Some((name, mut register)) = best else {
        return Err(first_error.unwrap_or(RegisterError::Empty));
    };
    let mut notes: Vec<Note> = others
        .into_iter()
        .map(|what| Note { line: None, what })
        .collect();
    if !notes.is_empty() {
        notes.insert(
            0,
            Note {
                line: None,
                what: format!(
                    "the register is read from sheet '{name}'; line numbers are its rows"
                ),
            },
        );
    }
    notes.append(&mut register.notes);
    register.notes = notes;
    Ok(register)
}

/// A sheet's cells as a table: one row per sheet row from the first row
/// with content, columns from `A`.
fn table_of(range: &Range<Data>) -> Table {
    let mut notes = Vec::new();
    let mut rows = Vec::new();
    let Some((first_row, first_col)) = range.start() else {
        return Table::default();
    };
    for (i, row) in range.rows().enumerate() {
        let line = u64::from(first_row) + i as u64 + 1;
        let mut cells = vec![String::new(); first_col as usize];
        for (j, cell) in row.iter().enumerate() {
            let column = first_col as usize + j;
            cells.push(cell_text(cell, &mut |what| {
                notes.push(Note {
                    line: Some(line),
                    what: format!("cell {}{line}: {what}", column_name(column)),
                });
            }));
        }
        rows.push(TableRow { line, cells });
    }
    repair_cells(&mut rows, &mut notes);
    notes.sort_by_key(|n| n.line);
    Table {
        rows,
        encoding: "spreadsheet",
        delimiter: None,
        notes,
    }
}

/// Runs the text repairs of a CSV file over the cells of a sheet.
fn repair_cells(rows: &mut [TableRow], notes: &mut Vec<Note>) {
    let mut pieces: Vec<Piece> = rows
        .iter()
        .flat_map(|r| {
            r.cells.iter().map(|c| Piece {
                line: r.line,
                text: c.clone(),
            })
        })
        .collect();
    let (mut repairs, mut problems) = mojibake::repair(&mut pieces);
    let mut repaired = pieces.into_iter();
    for row in rows.iter_mut() {
        for cell in row.cells.iter_mut() {
            if let Some(piece) = repaired.next() {
                *cell = piece.text;
            }
        }
    }
    notes.append(&mut repairs);
    notes.append(&mut problems);
}

/// `A`, `B`, … `Z`, `AA`… for a 0-based column index.
fn column_name(mut index: usize) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// The text of one cell; `note` receives what is worth reporting.
fn cell_text(cell: &Data, note: &mut impl FnMut(String)) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(true) => "TRUE".to_owned(),
        Data::Bool(false) => "FALSE".to_owned(),
        Data::DateTime(dt) if dt.is_duration() => duration_text(dt.as_f64()),
        Data::DateTime(dt) => serial_date_text(dt, note),
        Data::DateTimeIso(s) => iso_date_text(s),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => {
            note(format!("holds the error {e}; read as empty"));
            String::new()
        }
    }
}

/// A number as a CSV export shows it: at most 15 significant digits (what
/// lies beyond is binary noise, `95895.32000000001`), no exponent, no
/// trailing `.0`.
pub fn number_text(f: f64) -> String {
    if !f.is_finite() {
        return f.to_string();
    }
    let rounded: f64 = format!("{f:.14e}").parse().unwrap_or(f);
    if rounded == 0.0 {
        return "0".to_owned();
    }
    format!("{rounded}")
}

/// A date cell (a serial number in the workbook's date system) as
/// `dd.mm.yyyy`, ` HH:MM` added for a time of day; below 1, a time alone.
/// Serial 60 of the 1900 system is 29 February 1900, a day Excel invented
/// (it took 1900 for a leap year): it is reported and kept as a number.
fn serial_date_text(dt: &calamine::ExcelDateTime, note: &mut impl FnMut(String)) -> String {
    let serial = dt.as_f64();
    let (y, m, d, hh, mm, ss, _) = dt.to_ymd_hms_milli();
    if (0.0..1.0).contains(&serial) {
        return time_text(hh, mm, ss);
    }
    let Some(date) = NaiveDate::from_ymd_opt(i32::from(y), u32::from(m), u32::from(d)) else {
        note(format!(
            "date serial {} is {d:02}.{m:02}.{y}, a day that does not exist (Excel counts 29 February 1900); kept as a number",
            number_text(serial)
        ));
        return number_text(serial);
    };
    let day = date.format("%d.%m.%Y").to_string();
    if (hh, mm, ss) == (0, 0, 0) {
        day
    } else {
        format!("{day} {}", time_text(hh, mm, ss))
    }
}

fn time_text(hh: u8, mm: u8, ss: u8) -> String {
    if ss == 0 {
        format!("{hh:02}:{mm:02}")
    } else {
        format!("{hh:02}:{mm:02}:{ss:02}")
    }
}

/// A duration in days as `H:MM`.
fn duration_text(days: f64) -> String {
    let minutes = (days * 24.0 * 60.0).round() as i64;
    format!("{}:{:02}", minutes / 60, (minutes % 60).abs())
}

/// An ISO date (`.ods`: `2015-12-10`, `2015-12-10T14:30:00`) as
/// `dd.mm.yyyy` (and ` HH:MM` for a time of day); anything else as written.
fn iso_date_text(s: &str) -> String {
    if let Ok(date) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return date.format("%d.%m.%Y").to_string();
    }
    for pattern in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S"] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, pattern) {
            let time = dt.time().format("%H:%M").to_string();
            let day = dt.date().format("%d.%m.%Y").to_string();
            return if time == "00:00" {
                day
            } else {
                format!("{day} {time}")
            };
        }
    }
    s.to_owned()
}

#[cfg(test)]
#[path = "sheet_tests.rs"]
mod tests;
