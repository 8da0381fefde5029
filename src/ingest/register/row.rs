//! One data row of a register: telling rows that are not data (blank, a
//! repeated header, totals) from contract rows, and turning the cells of a
//! data row into a [`RegisterRow`] through a column → [`Field`] map.
//!
//! A row whose own date (the signature date) or value (the contract price)
//! cannot be read is not guessed at: it becomes a [`RowProblem`] and is not
//! indexed. Other amounts and dates that cannot be read are kept as written
//! in `details` and reported as a warning, so the contract is still found.
//! Knows nothing of how the field map was chosen (`profile.rs`).

use super::codes;
use super::columns;
use super::profile::Field;
use super::{one_line, shorten, value_of, RegisterRow, RowProblem};
use crate::ingest::{amount, dates};

/// Folded first words of a cell that make a row a totals row.
const TOTALS_WORDS: &[&str] = &["gjithsej", "totali", "total", "shuma", "shuma totale"];

/// Why a row is not a data row, `None` for a data row.
pub fn not_data(
    cells: &[String],
    fields: &[Option<Field>],
    header: Option<&[String]>,
) -> Option<String> {
    if cells.iter().all(String::is_empty) {
        return Some("blank line".to_owned());
    }
    if let Some(header) = header {
        if is_repeated_header(cells, header) {
            return Some("the header row repeated".to_owned());
        }
    }
    if let Some(cell) = totals_label(cells, fields) {
        return Some(format!(
            "totals row ('{}'), not a contract",
            shorten(cell, 60)
        ));
    }
    if has_identity(cells, fields) {
        if krpp_form(fields) && only_numbers(cells, fields) {
            return Some(format!(
                "only a code and a label ('{}'), not a contract: a legend line",
                shorten(&non_empty(cells).join(" | "), 80)
            ));
        }
        return None;
    }
    let amounts = cells
        .iter()
        .zip(fields.iter().chain(std::iter::repeat(&None)))
        .any(|(c, f)| is_amount_field(*f) && read_amount(c).is_some());
    if amounts {
        return Some(
            "totals row: amounts without a title, operator or number, not a contract".to_owned(),
        );
    }
    Some(format!(
        "row without a title, operator, number or amount, nothing to index (cells: {})",
        shorten(&non_empty(cells).join(" | "), 80)
    ))
}

fn non_empty(cells: &[String]) -> Vec<&str> {
    cells
        .iter()
        .filter(|c| !c.is_empty())
        .map(String::as_str)
        .collect()
}

/// The KRPP layouts (annual report, condensed register) have a budget-type
/// column; registers read by header names do not.
fn krpp_form(fields: &[Option<Field>]) -> bool {
    fields.contains(&Some(Field::BudgetType))
}

/// A row whose only values are in number and code columns (or columns
/// the layout does not name): the code
/// legends printed under the KRPP form's table (`Kodi | Llojet e
/// prokurimit`, `4 | Konkurs projektimi`) land in those columns, and a
/// contract always has a title, an operator, a date or an amount besides.
fn only_numbers(cells: &[String], fields: &[Option<Field>]) -> bool {
    cells
        .iter()
        .zip(fields.iter().chain(std::iter::repeat(&None)))
        .filter(|(c, _)| value_of(c).is_some())
        .all(|(_, f)| {
            matches!(
                f,
                None | Some(
                    Field::Number
                        | Field::ProcurementNumber
                        | Field::BudgetType
                        | Field::ProcurementType
                        | Field::ValueClass
                        | Field::Procedure
                        | Field::Classification
                )
            )
        })
}

/// A cell outside the text columns that opens with a totals word
/// (`Gjithsej`, `TOTALI (15+16-17) :`).
fn totals_label<'a>(cells: &'a [String], fields: &[Option<Field>]) -> Option<&'a str> {
    cells
        .iter()
        .zip(fields.iter().chain(std::iter::repeat(&None)))
        .filter(|(_, f)| !matches!(f, Some(Field::Title | Field::Text | Field::Operator)))
        .map(|(c, _)| c)
        .find(|c| {
            let folded = columns::fold(c);
            TOTALS_WORDS
                .iter()
                .any(|w| folded == *w || folded.strip_prefix(w).is_some_and(|r| r.starts_with(' ')))
        })
        .map(String::as_str)
}

/// Whether the row names something: a title, operator, number, text, file.
fn has_identity(cells: &[String], fields: &[Option<Field>]) -> bool {
    cells.iter().zip(fields).any(|(c, f)| {
        matches!(
            f,
            Some(
                Field::Title
                    | Field::Operator
                    | Field::Number
                    | Field::ProcurementNumber
                    | Field::Text
                    | Field::File
                    | Field::Kind
            )
        ) && value_of(c).is_some()
    })
}

fn is_amount_field(f: Option<Field>) -> bool {
    matches!(
        f,
        Some(
            Field::ContractPrice
                | Field::EstimatedValue
                | Field::AnnexPrice
                | Field::PaidTotal
                | Field::Deductions
        )
    )
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

/// The name of column `i` in messages: its header as written, or for a
/// register without a header its number and KRPP name.
pub fn column_name(i: usize, field: Option<Field>, header: Option<&[String]>) -> String {
    match header.and_then(|h| h.get(i)) {
        Some(name) => name.clone(),
        None => match field {
            Some(f) => format!("column {} ({})", i + 1, f.label()),
            None => format!("column {}", i + 1),
        },
    }
}

/// What building a row gives: the row, or why it is not indexed; and the
/// cells kept as written because they could not be read.
pub type Built = (Result<RegisterRow, Vec<RowProblem>>, Vec<RowProblem>);

/// Turns the cells of a data row into a [`RegisterRow`].
pub fn build(
    line: u64,
    cells: Vec<String>,
    fields: &[Option<Field>],
    header: Option<&[String]>,
) -> Built {
    let mut row = RegisterRow {
        line,
        ..RegisterRow::default()
    };
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    for (i, (cell, field)) in cells.iter().zip(fields).enumerate() {
        let (Some(field), Some(value)) = (*field, value_of(cell)) else {
            continue;
        };
        let problem = |what: &str| RowProblem {
            line,
            column: Some(column_name(i, Some(field), header)),
            reason: format!("cannot read {what} '{}'", shorten(value, 80)),
        };
        match fill(&mut row, field, value) {
            Fill::Done => {}
            Fill::Unreadable(what) => problems.push(problem(what)),
            Fill::KeptAsWritten(what) => {
                let mut p = problem(what);
                p.reason.push_str("; kept as written");
                warnings.push(p);
            }
        }
    }
    if problems.is_empty() {
        row.cells = cells;
        (Ok(row), warnings)
    } else {
        (Err(problems), Vec::new())
    }
}

/// The outcome of filling one field.
enum Fill {
    Done,
    /// The row's own date or value: the row is not indexed.
    Unreadable(&'static str),
    /// A secondary date or amount: kept as written in `details`.
    KeptAsWritten(&'static str),
}

fn fill(row: &mut RegisterRow, field: Field, value: &str) -> Fill {
    if let Some(table) = field.code_table() {
        fill_coded(row, field, codes::read(table, &one_line(value)));
        return Fill::Done;
    }
    let text = || Some(one_line(value));
    match field {
        Field::SignatureDate => match read_date(value) {
            Some(date) => {
                row.date = Some(date);
                // A range or a note (`20.01.2012-20.01.2014`): the start is
                // the date, and the cell as written is kept.
                if dates::find_dates(value).len() > 1 {
                    detail(row, "Data e nënshkrimit, siç është shkruar", value);
                }
            }
            None => return Fill::Unreadable("date"),
        },
        Field::Published => match read_date(value) {
            Some(date) => row.published = Some(date),
            None => return Fill::Unreadable("date"),
        },
        Field::ContractPrice => match read_amount(value) {
            Some(v) => row.value_eur = Some(v),
            None => return Fill::Unreadable("amount"),
        },
        Field::EstimatedValue | Field::AnnexPrice | Field::PaidTotal | Field::Deductions => {
            let Some(v) = read_amount(value) else {
                detail(row, field.label(), value);
                return Fill::KeptAsWritten("amount");
            };
            match field {
                Field::EstimatedValue => row.estimated_value_eur = Some(v),
                Field::AnnexPrice => row.annex_value_eur = Some(v),
                Field::PaidTotal => row.paid_eur = Some(v),
                _ => detail(row, field.label(), &format!("{v:.2}")),
            }
        }
        Field::InitiationDate | Field::NoticeDate | Field::AwardNoticeDate | Field::ClosingDate => {
            match read_date(value) {
                Some(d) => detail(row, field.label(), &d.format("%d.%m.%Y").to_string()),
                None => {
                    detail(row, field.label(), value);
                    return Fill::KeptAsWritten("date");
                }
            }
        }
        Field::Kind => row.kind = text(),
        Field::Number => row.number = text(),
        Field::Title => row.title = text(),
        Field::Issuer => row.issuer = text(),
        Field::Municipality => row.municipality = text(),
        Field::Operator => row.operator = text(),
        Field::OperatorSeat => row.operator_seat = text(),
        Field::ProcurementNumber => row.procurement_number = text(),
        Field::File => row.file = Some(value.to_owned()),
        Field::Text => row.text = Some(value.to_owned()),
        _ => detail(row, field.label(), &one_line(value)),
    }
    Fill::Done
}

/// A coded column: name and code into their fields, or into `details` for
/// the columns without a field (budget type, tender deadline).
fn fill_coded(row: &mut RegisterRow, field: Field, coded: codes::Coded) {
    let codes::Coded { name, code } = coded;
    match field {
        Field::ProcurementType => (row.procurement_type, row.procurement_type_code) = (name, code),
        Field::ValueClass => (row.value_class, row.value_class_code) = (name, code),
        Field::Procedure => (row.procedure, row.procedure_code) = (name, code),
        Field::AwardCriterion => (row.award_criterion, row.award_criterion_code) = (name, code),
        Field::OperatorOrigin => {
            row.operator_origin = name.or(code.map(|c| format!("kodi {c}")));
        }
        _ => {
            let shown = match (name, code) {
                (Some(n), Some(c)) => format!("{n} ({c})"),
                (Some(n), None) => n,
                (None, Some(c)) => format!("kodi {c}"),
                (None, None) => return,
            };
            detail(row, field.label(), &shown);
        }
    }
}

fn detail(row: &mut RegisterRow, label: &str, value: &str) {
    row.details.push((label.to_owned(), value.to_owned()));
}

/// An amount cell: [`amount::parse_amount`], also with the typographic
/// apostrophe as thousands separator (`20’503.90 €`, seen in Ferizaj 2013).
fn read_amount(cell: &str) -> Option<f64> {
    amount::parse_amount(cell).or_else(|| {
        cell.contains('’')
            .then(|| amount::parse_amount(&cell.replace('’', "'")))
            .flatten()
    })
}

/// A date cell: [`dates::parse_date`], also with a comma for one of the
/// dots (`24,10.2014`, a slip of the keypad seen in several registers).
fn read_date(cell: &str) -> Option<chrono::NaiveDate> {
    dates::parse_date(cell).or_else(|| {
        let digits_and_marks = cell
            .trim()
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
        (digits_and_marks && cell.contains(',') && cell.contains('.'))
            .then(|| dates::parse_date(&cell.trim().replace(',', ".")))
            .flatten()
    })
}
