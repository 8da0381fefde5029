//! From read inputs to [`Act`]s: merges what a PDF's header says with what a
//! register row says about the same file (the row wins), and derives the
//! stable ids of register rows from their natural key.
//!
//! Pure functions over typed values: no I/O, no index.

use std::path::Path;

use chrono::NaiveDate;

use super::header::{title_case, Header};
use super::municipality;
use super::register::RegisterRow;
use crate::analysis::fold;
use crate::model::{operator_key, Act, ActId, ActType};

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
    let shell = Shell {
        id,
        act_type,
        title,
        text,
        number: row.number.clone().or(header.number),
        date: row.date.or(header.date),
        issuer: row.issuer.as_deref().map(title_case).or(header.issuer),
        municipality: row
            .municipality
            .as_deref()
            .map(municipality::canonical)
            .or(header.municipality)
            .unwrap_or_else(|| default_municipality.to_string()),
        source: source.to_string(),
        sha256: sha256.to_string(),
        ocr,
    };
    assemble(shell, row)
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
    let act_type =
        row.kind
            .as_deref()
            .and_then(ActType::from_label)
            .unwrap_or(if contract_like(row) {
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
    let shell = Shell {
        id: row_id(&municipality, row),
        act_type,
        text: row.text.clone().unwrap_or_else(|| title.clone()),
        title,
        number: row.number.clone(),
        date: row.date,
        issuer: row.issuer.as_deref().map(title_case),
        municipality,
        source: format!("{register}#row={}", row.line),
        sha256: sha256.to_string(),
        ocr: false,
    };
    assemble(shell, row)
}

/// What the two kinds of act settle differently; the rest comes from the row.
struct Shell {
    id: ActId,
    act_type: ActType,
    title: String,
    text: String,
    number: Option<String>,
    date: Option<NaiveDate>,
    issuer: Option<String>,
    municipality: String,
    source: String,
    sha256: String,
    ocr: bool,
}

/// The act: the shell, the row's contract fields, and the row's further
/// details appended to the text (as `label: value` lines) so that they can
/// be searched and read.
fn assemble(shell: Shell, row: &RegisterRow) -> Act {
    let mut text = shell.text;
    let details: Vec<String> = row
        .details
        .iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(label, value)| format!("{label}: {value}"))
        .collect();
    if !details.is_empty() {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&details.join("\n"));
    }
    Act {
        id: shell.id,
        act_type: shell.act_type,
        title: shell.title,
        number: shell.number,
        date: shell.date,
        published: row.published,
        issuer: shell.issuer,
        municipality: shell.municipality,
        text,
        source: shell.source,
        sha256: shell.sha256,
        operator: row.operator.clone(),
        value_eur: row.value_eur,
        procurement_number: row.procurement_number.clone(),
        procedure: row.procedure.clone(),
        ocr: shell.ocr,
        operator_key: row.operator.as_deref().and_then(operator_key),
        operator_seat: row.operator_seat.clone(),
        operator_origin: row.operator_origin.clone(),
        estimated_value_eur: row.estimated_value_eur,
        annex_value_eur: row.annex_value_eur,
        paid_eur: row.paid_eur,
        procedure_code: row.procedure_code.clone(),
        procurement_type: row.procurement_type.clone(),
        procurement_type_code: row.procurement_type_code.clone(),
        value_class: row.value_class.clone(),
        value_class_code: row.value_class_code.clone(),
        award_criterion: row.award_criterion.clone(),
        award_criterion_code: row.award_criterion_code.clone(),
    }
}

/// A row that names an operator or a price records a contract.
fn contract_like(row: &RegisterRow) -> bool {
    row.operator.is_some() || row.value_eur.is_some()
}

/// A row's id comes from its natural key — the act or procurement number
/// with the date — else from all its values, so inserting a row above it
/// never changes it. One procurement number and date can carry several
/// records (lots, framework contracts with several operators), so the key of
/// a procurement row, and of any contract, adds what tells them apart: the
/// operator (its key, so a respelling does not matter), the price and the
/// title (a lot's name).
fn row_id(municipality: &str, row: &RegisterRow) -> ActId {
    let date = row.date.map(|d| d.to_string()).unwrap_or_default();
    let (kind, number) = match (&row.number, &row.procurement_number) {
        (Some(number), _) => ("nr", number),
        (None, Some(number)) => ("prokurim", number),
        (None, None) => {
            let cells = row.cells.join("\u{1f}");
            return ActId::from_key(&["row", municipality, "cells", &cells]);
        }
    };
    if kind == "nr" && !contract_like(row) {
        return ActId::from_key(&["row", municipality, kind, number, &date]);
    }
    let operator = row.operator.as_deref().and_then(operator_key);
    let value = row.value_eur.map(|v| format!("{v:.2}")).unwrap_or_default();
    let title = row.title.as_deref().map(fold).unwrap_or_default();
    let contract = [operator.as_deref().unwrap_or(""), &value, &title];
    ActId::from_key(
        &[
            &["row", municipality, kind, number, &date][..],
            &contract[..],
        ]
        .concat(),
    )
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

    fn contract(operator: &str, value: f64) -> RegisterRow {
        RegisterRow {
            line: 3,
            procurement_number: Some("653-15-001-211".into()),
            title: Some("Furnizim me material zyre".into()),
            date: NaiveDate::from_ymd_opt(2015, 2, 3),
            operator: Some(operator.into()),
            value_eur: Some(value),
            ..RegisterRow::default()
        }
    }

    #[test]
    fn contracts_of_one_procurement_are_distinct_acts() {
        let id = |r: &RegisterRow| act_from_row("r.csv", "00", r, "Gjilan").id;
        let a = contract("\"TALI\" sh.p.k", 1200.0);
        assert_ne!(id(&a), id(&contract("Iliria Sh.p.k.", 1200.0)));
        assert_ne!(id(&a), id(&contract("\"TALI\" sh.p.k", 800.0)));
        let mut lot = a.clone();
        lot.title = Some("Furnizim me material higjienik".into());
        assert_ne!(id(&a), id(&lot));
        // Planned lots of one procurement, with no operator or price yet.
        let mut planned = lot.clone();
        (planned.operator, planned.value_eur) = (None, None);
        let mut other_lot = planned.clone();
        other_lot.title = Some("Furnizim me material zyre - Lot 2".into());
        assert_ne!(id(&planned), id(&other_lot));
        // The same contract read again, on another line or respelled, keeps its id.
        let mut again = contract("Tali SHPK", 1200.0);
        again.line = 90;
        assert_eq!(id(&a), id(&again));
    }

    #[test]
    fn contract_fields_and_details_reach_the_act() {
        let mut r = contract("\"TALI\" sh.p.k", 1200.0);
        r.estimated_value_eur = Some(1500.0);
        r.annex_value_eur = Some(100.0);
        r.paid_eur = Some(1300.0);
        r.procedure = Some("Procedurë e hapur".into());
        r.procedure_code = Some("1".into());
        r.procurement_type = Some("Furnizim".into());
        r.procurement_type_code = Some("1".into());
        r.operator_seat = Some("Gjilan".into());
        r.operator_origin = Some("vendor".into());
        r.details = vec![("Numri i ofertave".into(), "4".into())];
        let act = act_from_row("r.csv", "00", &r, "Gjilan");
        assert_eq!(act.act_type, ActType::Kontrate);
        assert_eq!(act.operator.as_deref(), Some("\"TALI\" sh.p.k"));
        assert_eq!(act.operator_key.as_deref(), Some("tali"));
        assert_eq!(act.estimated_value_eur, Some(1500.0));
        assert_eq!(act.annex_value_eur, Some(100.0));
        assert_eq!(act.paid_eur, Some(1300.0));
        assert_eq!(act.procedure_code.as_deref(), Some("1"));
        assert_eq!(act.procurement_type.as_deref(), Some("Furnizim"));
        assert_eq!(act.operator_seat.as_deref(), Some("Gjilan"));
        assert!(act.text.ends_with("Numri i ofertave: 4"), "{}", act.text);
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
