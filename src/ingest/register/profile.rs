//! Register profiles: the layouts municipalities really publish, recognised
//! from a header row or, for a file without one, from the shape of its rows.
//!
//! * [`Profile::AnnualReport`]: the KRPP annual report on signed contracts,
//!   with its header row of about 25 columns (budget type … award
//!   criterion), mapped by header name ([`ANNUAL_HEADERS`]).
//! * [`Profile::Condensed`]: the condensed 16–17-column register without a
//!   header row, mapped by position ([`CONDENSED`], or
//!   [`CONDENSED_SHIFTED`] for rows whose codes sit one place right).
//! * [`Profile::Headers`]: any other file with a header row, mapped through
//!   the KRPP header names and then the generic synonyms of [`columns`].
//!
//! This module owns the detection and the column → [`Field`] maps; turning
//! a row of cells into a `RegisterRow` is `row.rs`. The layouts are
//! documented in `docs/registers.md`.

use serde::Serialize;

use super::codes;
use super::columns::{self, fold, Column};

/// How many non-blank rows from the top may hold the annual report's header:
/// the form puts the contracting authority's details (a dozen rows) above it.
pub const ANNUAL_HEADER_SEARCH_ROWS: usize = 40;

/// How many rows are looked at to recognise a register without a header.
const SHAPE_SAMPLE_ROWS: usize = 20;

/// How many header cells must name KRPP columns for the annual report.
const ANNUAL_MIN_FIELDS: usize = 15;

/// The layout a register was read with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Profile {
    AnnualReport,
    Condensed,
    Headers,
}

impl Profile {
    /// How the ingest report names the layout (Albanian).
    pub fn label(self) -> &'static str {
        match self {
            Profile::AnnualReport => {
                "raporti vjetor i KRPP-së për kontratat e nënshkruara (me rresht titujsh)"
            }
            Profile::Condensed => "regjistri i përmbledhur i kontratave (16–17 kolona, pa tituj)",
            Profile::Headers => "format i panjohur: kolonat u njohën nga titujt",
        }
    }
}

/// What a register cell holds. The first group is what any register may
/// have (the [`Column`]s); the rest are the columns of the KRPP forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Kind,
    Number,
    Title,
    /// The date of the row: for a contract, the signature date.
    SignatureDate,
    Published,
    Issuer,
    Municipality,
    File,
    Text,
    Operator,
    /// The signed contract price (`value_eur`).
    ContractPrice,
    ProcurementNumber,
    Procedure,
    BudgetType,
    ProcurementType,
    ValueClass,
    Classification,
    InitiationDate,
    NoticeDate,
    AwardNoticeDate,
    ImplementationPeriod,
    ClosingDate,
    EstimatedValue,
    AnnexPrice,
    Deductions,
    PaidTotal,
    OperatorSeat,
    OperatorOrigin,
    TenderRequests,
    OffersSubmitted,
    OffersRejected,
    Deadline,
    AwardCriterion,
}

impl From<Column> for Field {
    fn from(c: Column) -> Self {
        match c {
            Column::Kind => Field::Kind,
            Column::Number => Field::Number,
            Column::Title => Field::Title,
            Column::Date => Field::SignatureDate,
            Column::Published => Field::Published,
            Column::Issuer => Field::Issuer,
            Column::Municipality => Field::Municipality,
            Column::File => Field::File,
            Column::Operator => Field::Operator,
            Column::Value => Field::ContractPrice,
            Column::ProcurementNumber => Field::ProcurementNumber,
            Column::Procedure => Field::Procedure,
            Column::Text => Field::Text,
        }
    }
}

impl Field {
    /// The generic column this field is, for `Register::columns`.
    pub fn column(self) -> Option<Column> {
        Some(match self {
            Field::Kind => Column::Kind,
            Field::Number => Column::Number,
            Field::Title => Column::Title,
            Field::SignatureDate => Column::Date,
            Field::Published => Column::Published,
            Field::Issuer => Column::Issuer,
            Field::Municipality => Column::Municipality,
            Field::File => Column::File,
            Field::Operator => Column::Operator,
            Field::ContractPrice => Column::Value,
            Field::ProcurementNumber => Column::ProcurementNumber,
            Field::Procedure => Column::Procedure,
            Field::Text => Column::Text,
            _ => return None,
        })
    }

    /// The Albanian name of the column, as the KRPP form words it: the
    /// label of a `details` entry and of a column without a header.
    pub fn label(self) -> &'static str {
        match self {
            Field::Kind => "Lloji",
            Field::Number => "Numri",
            Field::Title => "Titulli i aktivitetit të prokurimit",
            Field::SignatureDate => "Data e nënshkrimit të kontratës",
            Field::Published => "Data e publikimit",
            Field::Issuer => "Organi",
            Field::Municipality => "Komuna",
            Field::File => "Skedari",
            Field::Text => "Përshkrimi",
            Field::Operator => "Emri i operatorit ekonomik",
            Field::ContractPrice => "Çmimi i kontratës",
            Field::ProcurementNumber => "Numri i prokurimit",
            Field::Procedure => "Procedura e prokurimit",
            Field::BudgetType => "Lloji i buxhetit",
            Field::ProcurementType => "Lloji i prokurimit",
            Field::ValueClass => "Vlera e prokurimit",
            Field::Classification => "Klasifikimi (FPP)",
            Field::InitiationDate => "Data e inicimit të aktivitetit të prokurimit",
            Field::NoticeDate => "Data e publikimit të njoftimit për kontratë",
            Field::AwardNoticeDate => "Data e publikimit të njoftimit për dhënie të kontratës",
            Field::ImplementationPeriod => "Afati për implementimin e kontratës",
            Field::ClosingDate => "Data e përmbylljes së kontratës",
            Field::EstimatedValue => "Vlera e parashikuar e kontratës",
            Field::AnnexPrice => "Çmimi i aneks kontratës",
            Field::Deductions => "Zbritjet nga kontrata",
            Field::PaidTotal => "Çmimi total i paguar",
            Field::OperatorSeat => "Selia e operatorit ekonomik",
            Field::OperatorOrigin => "OE vendor / jo vendor",
            Field::TenderRequests => "Numri i kërkesave për dosjen e tenderit",
            Field::OffersSubmitted => "Numri i ofertave të dorëzuara",
            Field::OffersRejected => "Numri i ofertave të refuzuara",
            Field::Deadline => "Afati kohor për pranimin e tenderëve",
            Field::AwardCriterion => "Kriteret për dhënie të kontratës",
        }
    }

    /// The code table of a coded column.
    pub fn code_table(self) -> Option<codes::CodeTable> {
        use codes::CodeTable as T;
        Some(match self {
            Field::BudgetType => T::BudgetType,
            Field::ProcurementType => T::ProcurementType,
            Field::ValueClass => T::ValueClass,
            Field::Procedure => T::Procedure,
            Field::OperatorOrigin => T::OperatorOrigin,
            Field::Deadline => T::Deadline,
            Field::AwardCriterion => T::AwardCriterion,
            _ => return None,
        })
    }
}

/// The condensed register, column by column (a 17th column, when present,
/// is empty in every file seen).
pub const CONDENSED: [Option<Field>; 16] = [
    Some(Field::BudgetType),
    Some(Field::ProcurementNumber),
    Some(Field::ProcurementType),
    Some(Field::ValueClass),
    Some(Field::Procedure),
    Some(Field::Classification),
    Some(Field::Title),
    Some(Field::SignatureDate),
    Some(Field::EstimatedValue),
    Some(Field::ContractPrice),
    Some(Field::AnnexPrice),
    Some(Field::Operator),
    Some(Field::OperatorSeat),
    Some(Field::OperatorOrigin),
    Some(Field::Deadline),
    Some(Field::AwardCriterion),
];

/// The condensed register's rows whose coded columns sit one place to the
/// right: the minimal-value section of Prishtina 2015 writes a two-digit
/// number (`15`) in column 2, the zero-padded procurement number (`001`) in
/// column 3, then type, value class and procedure, and no classification.
/// Column 2 is then kept only in `cells`.
pub const CONDENSED_SHIFTED: [Option<Field>; 16] = [
    Some(Field::BudgetType),
    None,
    Some(Field::ProcurementNumber),
    Some(Field::ProcurementType),
    Some(Field::ValueClass),
    Some(Field::Procedure),
    Some(Field::Title),
    Some(Field::SignatureDate),
    Some(Field::EstimatedValue),
    Some(Field::ContractPrice),
    Some(Field::AnnexPrice),
    Some(Field::Operator),
    Some(Field::OperatorSeat),
    Some(Field::OperatorOrigin),
    Some(Field::Deadline),
    Some(Field::AwardCriterion),
];

/// The field map of one condensed row: [`CONDENSED_SHIFTED`] when column 3
/// is a number of three or more digits (never a code) and columns 4–6 are a
/// type, a value class (1–4) and a procedure (1–7); [`CONDENSED`] otherwise.
pub fn condensed_fields(cells: &[String]) -> &'static [Option<Field>; 16] {
    if is_shifted(cells) {
        &CONDENSED_SHIFTED
    } else {
        &CONDENSED
    }
}

fn is_shifted(cells: &[String]) -> bool {
    let small = |i: usize, max: u8| {
        cells
            .get(i)
            .and_then(|c| c.parse::<u8>().ok())
            .is_some_and(|n| (1..=max).contains(&n))
    };
    let long_number = cells
        .get(2)
        .is_some_and(|c| c.len() >= 3 && c.bytes().all(|b| b.is_ascii_digit()));
    long_number && small(3, 9) && small(4, 4) && small(5, 7)
}

/// Header beginnings (folded, see [`columns::fold`]) of the KRPP forms'
/// columns: the annual report, and the wider planning-and-contract
/// registers that reuse its wording. A header matches when it starts with
/// one of them; the first field that matches wins, so the more specific
/// wordings come first.
pub const ANNUAL_HEADERS: &[(Field, &[&str])] = &[
    (Field::BudgetType, &["lloji i buxhetit", "buxheti"]),
    (
        Field::ProcurementNumber,
        &[
            "numri rendor i prokurimit",
            "nr i prokurimit",
            "numri i prokurimit",
            "numri prokurimit",
        ],
    ),
    (Field::ProcurementType, &["lloji i prokurimit"]),
    (Field::ValueClass, &["vlera e prokurimit"]),
    (Field::Procedure, &["procedura e prokurimit"]),
    (Field::Classification, &["klasifikimi"]),
    (Field::Title, &["titulli i aktivitetit"]),
    (Field::InitiationDate, &["data e inicimit"]),
    (
        Field::AwardNoticeDate,
        &["data e publikimit te njoftimit per dhenie"],
    ),
    (
        Field::NoticeDate,
        &["data e publikimit te njoftimit per kontrate"],
    ),
    (Field::SignatureDate, &["data e nenshkrimit te kontrates"]),
    (
        Field::ImplementationPeriod,
        &["afatet per implementimin", "afati per implementimin"],
    ),
    (
        Field::ClosingDate,
        &["data e permbylljes", "data e mbylljes"],
    ),
    (Field::EstimatedValue, &["vlera e parashikuar"]),
    (
        Field::AnnexPrice,
        &["cmimi i aneks", "vlera totale e aneks"],
    ),
    (Field::PaidTotal, &["cmimi total i paguar"]),
    (
        Field::ContractPrice,
        &["cmimi i kontrates", "vlera totale e kontrates"],
    ),
    (Field::Deductions, &["zbritjet"]),
    (Field::Operator, &["emri i oe", "emri i operatorit"]),
    // The wide registers head the local/foreign code column just `OE`.
    (Field::OperatorOrigin, &["oe vendor", "oe"]),
    (Field::OperatorSeat, &["selia e oe", "selia e operatorit"]),
    (
        Field::TenderRequests,
        &["numri i kerkesave per dt", "nr i oe qe kane shkarkuar"],
    ),
    (
        Field::OffersSubmitted,
        &["numri i ofertave te dorezuara", "nr i oe qe kane dorezuar"],
    ),
    (Field::OffersRejected, &["numri i ofertave te refuzuara"]),
    (Field::Deadline, &["afati kohor per pranimin"]),
    (Field::AwardCriterion, &["kriteret per dhenie"]),
];

/// The KRPP field a header names, if any.
fn krpp_field(header: &str) -> Option<Field> {
    let folded = fold(header);
    if folded.is_empty() {
        return None;
    }
    ANNUAL_HEADERS
        .iter()
        .find(|(_, names)| {
            names
                .iter()
                .any(|n| folded == *n || folded.starts_with(&format!("{n} ")))
        })
        .map(|(f, _)| *f)
}

/// Assigns a field to each header cell through [`ANNUAL_HEADERS`], each
/// field at most once (the first cell wins: the wide registers repeat
/// annex columns, and the first annex is the one this model keeps).
fn krpp_fields(headers: &[String]) -> Vec<Option<Field>> {
    let mut taken = Vec::new();
    headers
        .iter()
        .map(|h| {
            let f = krpp_field(h).filter(|f| !taken.contains(f))?;
            taken.push(f);
            Some(f)
        })
        .collect()
}

/// The field map of an annual report header, `None` when `headers` is not
/// one: at least [`ANNUAL_MIN_FIELDS`] cells name KRPP columns and they are
/// at least four in five of the non-empty cells (the wide planning
/// registers share many names but carry dozens of other columns).
pub fn annual_report(headers: &[String]) -> Option<Vec<Option<Field>>> {
    let fields = krpp_fields(headers);
    let matched = fields.iter().flatten().count();
    let non_empty = headers.iter().filter(|h| !h.is_empty()).count();
    (matched >= ANNUAL_MIN_FIELDS && matched * 5 >= non_empty * 4).then_some(fields)
}

/// The field map of any other header: the KRPP names first (they are more
/// specific: `Vlera e prokurimit` is a value class, not a value), then the
/// generic synonyms for the cells and fields still free.
pub fn header_fields(headers: &[String]) -> Vec<Option<Field>> {
    let mut fields = krpp_fields(headers);
    let synonyms = columns::assign_columns(headers);
    for (slot, column) in fields.iter_mut().zip(synonyms) {
        if slot.is_none() {
            *slot = column.map(Field::from);
        }
    }
    // A field named twice (by KRPP wording and by a synonym) keeps its first cell.
    let mut seen = Vec::new();
    for slot in fields.iter_mut() {
        if let Some(f) = *slot {
            if seen.contains(&f) {
                *slot = None;
            } else {
                seen.push(f);
            }
        }
    }
    fields
}

/// True for a row shaped like the condensed register: 16 cells (or 17,
/// the last empty), the procurement type, value class and procedure empty
/// or a single code (or shifted one place, see [`CONDENSED_SHIFTED`]), the signature date empty or a date, and the two
/// amounts empty, a placeholder or an amount.
pub fn is_condensed_row(cells: &[String]) -> bool {
    let width_ok = cells.len() == 16 || (cells.len() == 17 && cells[16].is_empty());
    if !width_ok {
        return false;
    }
    let coded = |i: usize| cells[i].is_empty() || codes::is_code(&cells[i]);
    let date = |i: usize| {
        let c = &cells[i];
        c.is_empty() || crate::ingest::dates::parse_date(c).is_some()
    };
    let amount = |i: usize| {
        let c = &cells[i];
        super::value_of(c).is_none() || crate::ingest::amount::parse_amount(c).is_some()
    };
    let codes_in_place = is_shifted(cells) || (coded(2) && coded(3) && coded(4));
    codes_in_place && date(7) && amount(8) && amount(9)
}

/// True when the rows (blank ones already left out) are a condensed
/// register: the first row is one (so a header row above 16-column data
/// is never taken for data) and so are four in five of the first
/// [`SHAPE_SAMPLE_ROWS`] (one odd row is allowed in a short file: a stray
/// quote can join two rows into one wider row).
pub fn looks_condensed<'a>(rows: impl Iterator<Item = &'a [String]>) -> bool {
    let sample: Vec<bool> = rows.take(SHAPE_SAMPLE_ROWS).map(is_condensed_row).collect();
    let misses = sample.iter().filter(|ok| !**ok).count();
    sample.first() == Some(&true) && misses <= (sample.len() / 5).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| (*c).to_owned()).collect()
    }

    #[test]
    fn krpp_headers_are_specific() {
        assert_eq!(
            krpp_field("Vlera e prokurimit"),
            Some(Field::ValueClass),
            "a value class, not a value"
        );
        assert_eq!(
            krpp_field("Data e publikimit të njoftimit për dhënie të kontratës"),
            Some(Field::AwardNoticeDate)
        );
        assert_eq!(
            krpp_field("Çmimi i  Aneks kontratës, duke përfshirë të gjitha taksat etj. "),
            Some(Field::AnnexPrice)
        );
        assert_eq!(
            krpp_field("Çmimi total i paguar për kontratën"),
            Some(Field::PaidTotal)
        );
        assert_eq!(krpp_field("Planifikuar"), None);
    }

    #[test]
    fn condensed_rows_by_shape() {
        let row = strings(&[
            "1",
            "7",
            "2",
            "3",
            "6",
            "32",
            "Titull",
            "27.01.2011",
            "580",
            "580",
            "0",
            "OE",
            "Ferizaj",
            "1",
            "1",
            "1",
        ]);
        assert!(is_condensed_row(&row));
        let mut wide = row.clone();
        wide.push(String::new());
        assert!(is_condensed_row(&wide), "17th column empty");
        let mut header = row.clone();
        header[2] = "Lloji i prokurimit".to_owned();
        assert!(!is_condensed_row(&header));
        assert!(!looks_condensed(
            [header.as_slice(), row.as_slice()].into_iter()
        ));
        assert!(looks_condensed(
            [row.as_slice(), row.as_slice()].into_iter()
        ));
    }
}
