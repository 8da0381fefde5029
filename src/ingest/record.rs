//! From read inputs to [`Act`]s: merges what a PDF's header says with what a
//! register row says about the same file (the row wins), and derives the
//! stable ids of register rows from their natural key.
//!
//! Pure functions over typed values: no I/O, no index.

use std::path::Path;

use super::header::{title_case, Header};
use super::municipality;
use super::register::RegisterRow;
use crate::model::{Act, ActId, ActType};

/// A PDF as ingest has read it.
pub struct PdfRecord<'a> {
    /// Path relative to the ingested folder.
    pub source: &'a str,
    pub sha256: &'a str,
    pub text: String,
    /// Some pages were read by OCR.
    pub ocr: bool,
    pub header: Header,
    /// The register row that names this file, if any.
    pub row: Option<&'a RegisterRow>,
}

/// The act a PDF makes, before its id is settled (see `ingest::ids`).
pub fn act_from_pdf(pdf: PdfRecord<'_>, default_municipality: &str, id: ActId) -> Act {
    let PdfRecord {
        source,
        sha256,
        text,
        ocr,
        header,
        row,
    } = pdf;
    let empty = RegisterRow::default();
    let row = row.unwrap_or(&empty);
    let act_type = row
        .kind
        .as_deref()
        .and_then(ActType::from_label)
        .or(header.act_type)
        .or_else(|| type_from_file_name(source))
        .unwrap_or(ActType::Tjeter);
    let title = row
        .title
        .clone()
        .or(header.title)
        .unwrap_or_else(|| title_from_file_name(source));
    Act {
        id,
        act_type,
        title,
        number: row.number.clone().or(header.number),
        date: row.date.or(header.date),
        published: row.published,
        issuer: row.issuer.as_deref().map(title_case).or(header.issuer),
        municipality: row
            .municipality
            .as_deref()
            .map(municipality::canonical)
            .or(header.municipality)
            .unwrap_or_else(|| default_municipality.to_string()),
        text,
        source: source.to_string(),
        sha256: sha256.to_string(),
        operator: row.operator.clone(),
        value_eur: row.value_eur,
        procurement_number: row.procurement_number.clone(),
        procedure: row.procedure.clone(),
        ocr,
    }
}

/// The act a register row without a file makes.
pub fn act_from_row(
    register: &str,
    sha256: &str,
    row: &RegisterRow,
    default_municipality: &str,
) -> Act {
    let municipality = row
        .municipality
        .as_deref()
        .map(municipality::canonical)
        .unwrap_or_else(|| default_municipality.to_string());
    let contract_like = row.operator.is_some() || row.value_eur.is_some();
    let act_type = row
        .kind
        .as_deref()
        .and_then(ActType::from_label)
        .unwrap_or(if contract_like {
            ActType::Kontrate
        } else {
            ActType::Tjeter
        });
    let title = row
        .title
        .clone()
        .or_else(|| row.text.clone())
        .or_else(|| row.number.clone())
        .unwrap_or_else(|| format!("Rreshti {} i regjistrit", row.line));
    Act {
        id: row_id(&municipality, row),
        act_type,
        text: row.text.clone().unwrap_or_else(|| title.clone()),
        title,
        number: row.number.clone(),
        date: row.date,
        published: row.published,
        issuer: row.issuer.as_deref().map(title_case),
        municipality,
        source: format!("{register}#row={}", row.line),
        sha256: sha256.to_string(),
        operator: row.operator.clone(),
        value_eur: row.value_eur,
        procurement_number: row.procurement_number.clone(),
        procedure: row.procedure.clone(),
        ocr: false,
    }
}

/// A row's id comes from its natural key — the act or procurement number
/// with the date — else from all its values, so inserting a row above it
/// never changes it.
fn row_id(municipality: &str, row: &RegisterRow) -> ActId {
    let date = row.date.map(|d| d.to_string()).unwrap_or_default();
    if let Some(number) = &row.number {
        return ActId::from_key(&["row", municipality, "nr", number, &date]);
    }
    if let Some(number) = &row.procurement_number {
        return ActId::from_key(&["row", municipality, "prokurim", number, &date]);
    }
    let cells = row.cells.join("\u{1f}");
    ActId::from_key(&["row", municipality, "cells", &cells])
}

/// The id of an act from a file that the index has never seen.
pub fn file_id(municipality: &str, source: &str) -> ActId {
    ActId::from_key(&["file", municipality, source])
}

fn file_stem(source: &str) -> &str {
    Path::new(source)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(source)
}

fn type_from_file_name(source: &str) -> Option<ActType> {
    ActType::from_label(file_stem(source)).filter(|t| *t != ActType::Tjeter)
}

/// "vendim-bursat-2019" → "Vendim bursat 2019".
fn title_from_file_name(source: &str) -> String {
    let words = file_stem(source).replace(['-', '_'], " ");
    let mut chars = words.trim().chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => source.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn row() -> RegisterRow {
        RegisterRow {
            line: 7,
            kind: Some("Vendim".into()),
            number: Some("01 Nr. 016-45/19".into()),
            title: Some("Vendim për bursat".into()),
            date: NaiveDate::from_ymd_opt(2019, 3, 12),
            issuer: Some("KUVENDI I KOMUNËS".into()),
            cells: vec!["a".into(), "b".into()],
            ..RegisterRow::default()
        }
    }

    #[test]
    fn the_row_wins_over_the_header() {
        let header = Header {
            act_type: Some(ActType::Njoftim),
            title: Some("Njoftim".into()),
            number: Some("99/2019".into()),
            date: NaiveDate::from_ymd_opt(2018, 1, 1),
            issuer: Some("Zyra për Informim".into()),
            municipality: Some("Gjilan".into()),
        };
        let r = row();
        let pdf = PdfRecord {
            source: "aktet/a.pdf",
            sha256: "00",
            text: "tekst".into(),
            ocr: false,
            header,
            row: Some(&r),
        };
        let act = act_from_pdf(pdf, "Gjilan", file_id("Gjilan", "aktet/a.pdf"));
        assert_eq!(act.act_type, ActType::Vendim);
        assert_eq!(act.number.as_deref(), Some("01 Nr. 016-45/19"));
        assert_eq!(act.date, NaiveDate::from_ymd_opt(2019, 3, 12));
        assert_eq!(act.issuer.as_deref(), Some("Kuvendi i Komunës"));
    }

    #[test]
    fn row_ids_follow_the_natural_key_not_the_line() {
        let a = row();
        let mut moved = row();
        moved.line = 40;
        assert_eq!(
            act_from_row("r.csv", "00", &a, "Gjilan").id,
            act_from_row("r.csv", "00", &moved, "Gjilan").id
        );
        let mut other = row();
        other.number = Some("01 Nr. 016-46/19".into());
        assert_ne!(
            act_from_row("r.csv", "00", &a, "Gjilan").id,
            act_from_row("r.csv", "00", &other, "Gjilan").id
        );
    }

    #[test]
    fn file_names_give_a_fallback_type_and_title() {
        assert_eq!(
            type_from_file_name("x/vendim-bursat.pdf"),
            Some(ActType::Vendim)
        );
        assert_eq!(type_from_file_name("x/scan001.pdf"), None);
        assert_eq!(
            title_from_file_name("x/vendim-bursat_2019.pdf"),
            "Vendim bursat 2019"
        );
    }
}
