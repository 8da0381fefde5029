//! Bulk exports: every act matching a search, streamed to any `Write`.
//!
//! The columns are the document model's fields in the order of
//! [`COLUMNS`] (the schema's `names::MODEL`), so CSV, NDJSON and the
//! index never disagree. Rows are read from the index one at a time and
//! written at once: memory stays flat whatever the size of the export.
//! Knows nothing of HTTP; the web service and the CLI both call [`export`].
//! [`ocds`] writes contracts and procurement notices as an OCDS release package;
//! [`votes`] writes the sessions' agenda items and votes (CSV and Popolo JSON);
//! [`quickwit`] Quickwit's index configuration and documents.

pub mod catalog;
pub mod datapackage;
pub mod datasets;
pub mod fields;
pub mod ocds;
pub mod quickwit;
pub mod votes;

use std::io::Write;
use std::str::FromStr;

use crate::index::schema::names;
use crate::index::{Archive, IndexError};
use crate::model::Act;
use crate::search::{self, SearchError, SearchRequest};

/// The export columns, in their documented, stable order.
pub const COLUMNS: [&str; names::MODEL.len()] = names::MODEL;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Ndjson,
    /// One OCDS 1.1 release package (contracts and procurement notices only).
    Ocds,
}

impl Format {
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Ndjson => "application/x-ndjson",
            Format::Ocds => "application/json",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Ndjson => "ndjson",
            Format::Ocds => "json",
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unknown export format '{0}' (expected csv, ndjson or ocds)")]
pub struct UnknownFormat(String);

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "csv" => Ok(Format::Csv),
            "ndjson" | "jsonl" => Ok(Format::Ndjson),
            "ocds" => Ok(Format::Ocds),
            other => Err(UnknownFormat(other.to_string())),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Search(#[from] SearchError),
    #[error(transparent)]
    Index(#[from] IndexError),
    #[error("cannot write the export: {0}")]
    Write(#[from] std::io::Error),
    #[error("cannot write a CSV row: {0}")]
    Csv(#[from] csv::Error),
}

/// Writes every act matching `request` (paging ignored) and returns how many.
pub fn export(
    archive: &Archive,
    request: &SearchRequest,
    format: Format,
    out: impl Write,
) -> Result<u64, ExportError> {
    export_with(archive, request, format, &ocds::Options::default(), out)
}

/// [`export`] with the OCDS package's options (ocid prefix, uri). For OCDS
/// the count is of releases: acts other than contracts and notices are left out.
pub fn export_with(
    archive: &Archive,
    request: &SearchRequest,
    format: Format,
    ocds_options: &ocds::Options,
    out: impl Write,
) -> Result<u64, ExportError> {
    let searcher = archive.reader.searcher();
    let addresses = search::matching(archive, &searcher, request)?;
    let acts = addresses
        .into_iter()
        .map(|address| archive.load(&searcher, address));
    match format {
        Format::Csv => write_csv(acts, out),
        Format::Ndjson => write_ndjson(acts, out),
        Format::Ocds => ocds::write_package(acts, ocds_options, out),
    }
}

/// The UTF-8 byte-order mark: without it Excel reads ë and ç as mojibake.
pub(crate) const BOM: &[u8] = b"\xEF\xBB\xBF";

fn write_csv(
    acts: impl Iterator<Item = Result<Act, IndexError>>,
    mut out: impl Write,
) -> Result<u64, ExportError> {
    out.write_all(BOM)?;
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record(COLUMNS)?;
    let mut count = 0;
    for act in acts {
        writer.write_record(csv_row(&act?))?;
        count += 1;
    }
    writer.flush()?;
    Ok(count)
}

fn write_ndjson(
    acts: impl Iterator<Item = Result<Act, IndexError>>,
    mut out: impl Write,
) -> Result<u64, ExportError> {
    let mut count = 0;
    for act in acts {
        serde_json::to_writer(&mut out, &act?).map_err(std::io::Error::from)?;
        out.write_all(b"\n")?;
        count += 1;
    }
    out.flush()?;
    Ok(count)
}

/// One CSV row in [`COLUMNS`] order, read from the act's JSON form (whose
/// keys are the column names), so a field added to the model is exported
/// without touching this function: text is neutralised, amounts are plain
/// numbers (`180000.5`), booleans `true`/`false`, a missing value empty.
pub fn csv_row(act: &Act) -> Vec<String> {
    let json = serde_json::to_value(act).unwrap_or_default();
    COLUMNS
        .iter()
        .map(|column| match json.get(column) {
            Some(serde_json::Value::String(s)) => neutralize(s),
            Some(serde_json::Value::Number(n)) => {
                n.as_f64().map(|v| v.to_string()).unwrap_or_default()
            }
            Some(serde_json::Value::Bool(b)) => b.to_string(),
            _ => String::new(),
        })
        .collect()
}

/// A text cell that a spreadsheet would run as a formula gets a leading
/// apostrophe (OWASP's advice against CSV injection). Amounts are written
/// as numbers by the caller and never pass through here.
pub fn neutralize(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralized_and_plain_text_is_not() {
        assert_eq!(neutralize("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralize("+381"), "'+381");
        assert_eq!(neutralize("-5"), "'-5");
        assert_eq!(neutralize("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralize("Vendim për bursat"), "Vendim për bursat");
        assert_eq!(neutralize(""), "");
    }

    #[test]
    fn rows_follow_the_columns_with_amounts_as_numbers() {
        use crate::model::{ActId, ActType};
        let act = Act {
            title: "=Furnizim".into(),
            date: chrono::NaiveDate::from_ymd_opt(2015, 4, 10),
            municipality: "Viti".into(),
            source: "r.csv#row=2".into(),
            operator: Some("TALI".into()),
            value_eur: Some(50_000.5),
            operator_key: Some("tali".into()),
            estimated_value_eur: Some(60_000.0),
            paid_eur: Some(1.25),
            procedure_code: Some("1".into()),
            ..Act::blank(ActId::from_key(&["x"]), ActType::Kontrate)
        };
        let row = csv_row(&act);
        assert_eq!(row.len(), COLUMNS.len());
        let cell = |name: &str| row[COLUMNS.iter().position(|c| *c == name).unwrap()].as_str();
        assert_eq!(cell(names::TITLE), "'=Furnizim");
        assert_eq!(cell(names::DATE), "2015-04-10");
        assert_eq!(cell(names::VALUE_EUR), "50000.5");
        assert_eq!(cell(names::ESTIMATED_VALUE_EUR), "60000");
        assert_eq!(cell(names::PAID_EUR), "1.25");
        assert_eq!(cell(names::ANNEX_VALUE_EUR), "");
        assert_eq!(cell(names::OPERATOR_KEY), "tali");
        assert_eq!(cell(names::PROCEDURE_CODE), "1");
        assert_eq!(cell(names::OCR), "false");
    }

    #[test]
    fn columns_are_the_model_fields_in_order() {
        assert_eq!(COLUMNS[0], "id");
        assert_eq!(COLUMNS[1], "type");
        // The columns of the first exports keep their places; later ones follow.
        assert_eq!(COLUMNS[15], "ocr");
        assert_eq!(COLUMNS[16], "operator_key");
    }
}
