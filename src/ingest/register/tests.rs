//! Tests of reading whole registers: encodings, delimiters, header search,
//! row mapping, problems, errors, robustness on arbitrary bytes, and (when
//! the shared corpora are present) real municipal files.

use super::columns::Column;
use super::*;
use crate::ingest::amount::parse_amount;
use crate::ingest::dates::{find_dates, parse_date};

/// `(line, number, title, date, value)` of a row, as compared by [`check_rows`].
type RowSummary<'a> = (
    u64,
    Option<&'a str>,
    Option<&'a str>,
    Option<NaiveDate>,
    Option<f64>,
);

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

fn read(text: &str) -> Register {
    match read_register(text.as_bytes()) {
        Ok(r) => r,
        Err(e) => panic!("read_register failed: {e}\n{text}"),
    }
}

/// Compares the rows' `(line, number, title, date, value)`.
fn check_rows(reg: &Register, expected: &[RowSummary<'_>]) {
    let got: Vec<RowSummary<'_>> = reg
        .rows
        .iter()
        .map(|r| {
            (
                r.line,
                r.number.as_deref(),
                r.title.as_deref(),
                r.date,
                r.value_eur,
            )
        })
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn simple_register_all_columns() {
    let text = "Lloji;Nr.;Titulli;Data;Data e publikimit;Organi;Komuna;Skedari;Operatori;Vlera;Nr. i prokurimit;Procedura;Përshkrimi\n\
                Vendim;01 Nr. 016-8123/19;Për çerdhen;12.03.2019;15.03.2019;Kuvendi Komunal;Gjilan;akte/2019/v1.pdf;NTP Shembull;1.234,56;GJI-19-001;E hapur;Një  përshkrim\n";
    let reg = read(text);
    assert_eq!(reg.delimiter, Some(b';'));
    assert_eq!(reg.encoding, "UTF-8");
    assert!(reg.problems.is_empty(), "{:?}", reg.problems);
    use Column::*;
    assert_eq!(
        reg.columns,
        [
            Kind,
            Number,
            Title,
            Date,
            Published,
            Issuer,
            Municipality,
            File,
            Operator,
            Value,
            ProcurementNumber,
            Procedure,
            Text
        ]
        .map(Some)
    );
    let expected = RegisterRow {
        line: 2,
        kind: Some("Vendim".into()),
        number: Some("01 Nr. 016-8123/19".into()),
        title: Some("Për çerdhen".into()),
        date: d(2019, 3, 12),
        published: d(2019, 3, 15),
        issuer: Some("Kuvendi Komunal".into()),
        municipality: Some("Gjilan".into()),
        file: Some("akte/2019/v1.pdf".into()),
        operator: Some("NTP Shembull".into()),
        value_eur: Some(1234.56),
        procurement_number: Some("GJI-19-001".into()),
        procedure: Some("E hapur".into()),
        text: Some("Një  përshkrim".into()),
        cells: [
            "Vendim",
            "01 Nr. 016-8123/19",
            "Për çerdhen",
            "12.03.2019",
            "15.03.2019",
            "Kuvendi Komunal",
            "Gjilan",
            "akte/2019/v1.pdf",
            "NTP Shembull",
            "1.234,56",
            "GJI-19-001",
            "E hapur",
            "Një  përshkrim",
        ]
        .map(String::from)
        .to_vec(),
        ..RegisterRow::default()
    };
    assert_eq!(reg.rows, vec![expected]);
}

#[test]
fn title_lines_and_blank_rows_keep_physical_lines() {
    let text = "Regjistri i vendimeve të Kuvendit Komunal\n\
                \n\
                Viti 2019,,\n\
                Nr,Titulli,Data\n\
                1,Vendim A,12.03.2019\n\
                \n\
                ,,\n\
                2,Vendim B,13.03.2019\n";
    let reg = read(text);
    check_rows(
        &reg,
        &[
            (5, Some("1"), Some("Vendim A"), d(2019, 3, 12), None),
            (8, Some("2"), Some("Vendim B"), d(2019, 3, 13), None),
        ],
    );
    // The line of cells without values is reported; truly empty lines are
    // no row at all for the CSV reader.
    let reported: Vec<(u64, &str)> = reg
        .problems
        .iter()
        .map(|p| (p.line, p.reason.as_str()))
        .collect();
    assert_eq!(reported, [(7, "blank line")]);
    assert_eq!(reg.profile, profile::Profile::Headers);
}

#[test]
fn line_ends_crlf_cr_and_quoted_newlines() {
    let lf = "Nr,Titulli,Data\n1,\"Vendim\nme dy rreshta\",12.03.2019\n2,B,13.03.2019\n";
    let crlf = lf.replace('\n', "\r\n");
    let cr = lf.replace('\n', "\r");
    for text in [lf.to_owned(), crlf, cr] {
        let reg = read(&text);
        check_rows(
            &reg,
            &[
                (
                    2,
                    Some("1"),
                    Some("Vendim me dy rreshta"),
                    d(2019, 3, 12),
                    None,
                ),
                (4, Some("2"), Some("B"), d(2019, 3, 13), None),
            ],
        );
    }
}

#[test]
fn unreadable_cells_are_problems_and_other_rows_stay() {
    let text = "Nr,Data,Vlera,Data e publikimit\n\
                1,12.03.2019,100,\n\
                2,31.13.2019,200,\n\
                3,13.03.2019,abc,\n\
                4,14.03.2019,300,nesër\n\
                5,15.03.2019,N/A,-\n";
    let reg = read(text);
    check_rows(
        &reg,
        &[
            (2, Some("1"), None, d(2019, 3, 12), Some(100.0)),
            (6, Some("5"), None, d(2019, 3, 15), None),
        ],
    );
    let problem = |line, column: &str, reason: &str| RowProblem {
        line,
        column: Some(column.into()),
        reason: reason.into(),
    };
    assert_eq!(
        reg.problems,
        vec![
            problem(3, "Data", "cannot read date '31.13.2019'"),
            problem(4, "Vlera", "cannot read amount 'abc'"),
            problem(5, "Data e publikimit", "cannot read date 'nesër'"),
        ]
    );
}

#[test]
fn ragged_rows_and_stray_quotes() {
    let text = "Nr,Titulli,Data\n\
                1,\"\"\"Vendim\"\"\",12.03.2019,extra,cells\n\
                2,\"\"\"TALI\"\" sh.p.k\"\n\
                3\n\
                4,  'Rregullore'  ,\n";
    let reg = read(text);
    check_rows(
        &reg,
        &[
            (2, Some("1"), Some("Vendim"), d(2019, 3, 12), None),
            (3, Some("2"), Some("\"TALI\" sh.p.k"), None, None),
            (4, Some("3"), None, None, None),
            (5, Some("4"), Some("Rregullore"), None, None),
        ],
    );
    assert_eq!(
        reg.rows[0].cells.len(),
        5,
        "extra cells are kept for hashing"
    );
}

#[test]
fn repeated_header_rows_are_reported() {
    let text = "Nr;Titulli;Data\n1;A;12.03.2019\nNr;Titulli;Data\n2;B;13.03.2019\n";
    let reg = read(text);
    assert_eq!(reg.rows.len(), 2);
    assert_eq!(reg.problems.len(), 1, "{:?}", reg.problems);
    assert_eq!(reg.problems[0].line, 3);
    assert!(reg.problems[0].reason.contains("header row repeated"));
}

#[test]
fn amounts_and_dates_in_cells_of_many_shapes() {
    let text = "Nr\tData\tÇmimi i kontratës (€)\n\
                1\t12. 03. 2019\t€ 1,135,550.25\n\
                2\tmë 5 qershor 2020\t180.000,00 €\n\
                3\t04.02.10\t\"1,700,000.00\"\n\
                4\t2019-03-12 00:00:00\t12,50 EUR\n";
    let reg = read(text);
    assert_eq!(reg.delimiter, Some(b'\t'));
    check_rows(
        &reg,
        &[
            (2, Some("1"), None, d(2019, 3, 12), Some(1_135_550.25)),
            (3, Some("2"), None, d(2020, 6, 5), Some(180_000.0)),
            (4, Some("3"), None, d(2010, 2, 4), Some(1_700_000.0)),
            (5, Some("4"), None, d(2019, 3, 12), Some(12.5)),
        ],
    );
}

#[test]
fn legacy_encodings() {
    let text = "Lloji,Lënda,Data,Çmimi\r\nKontratë,Furnizim për çerdhe,12.03.2019,€ 1.500\r\n";
    for (enc, name) in [
        (encoding_rs::WINDOWS_1252, "windows-1252"),
        (encoding_rs::MACINTOSH, "macintosh"),
    ] {
        let (bytes, _, bad) = enc.encode(text);
        assert!(!bad);
        let reg = match read_register(&bytes) {
            Ok(r) => r,
            Err(e) => panic!("{name}: {e}"),
        };
        assert_eq!(reg.encoding, name);
        let row = &reg.rows[0];
        assert_eq!(row.kind.as_deref(), Some("Kontratë"));
        assert_eq!(row.title.as_deref(), Some("Furnizim për çerdhe"));
        assert_eq!(row.value_eur, Some(1500.0));
    }
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let reg = read_register(&utf16).expect("UTF-16LE register");
    assert_eq!(reg.encoding, "UTF-16LE");
    assert_eq!(reg.rows[0].kind.as_deref(), Some("Kontratë"));
}

#[test]
fn errors() {
    assert!(matches!(read_register(b""), Err(RegisterError::Empty)));
    assert!(matches!(
        read_register(b"\xEF\xBB\xBF \r\n\n"),
        Err(RegisterError::Empty)
    ));
    assert!(matches!(
        read_register(b",,,\n,,\n \"\" ,\n"),
        Err(RegisterError::Empty)
    ));

    let err = read_register(b"emri,mbiemri\nArta,Krasniqi\n").expect_err("not a register");
    let msg = err.to_string();
    assert!(msg.contains("not a register"), "{msg}");
    assert!(msg.contains("'emri', 'mbiemri'"), "{msg}");

    // Only one recognised column is not enough.
    let err = read_register(b"Titulli,Koment\nA,B\n").expect_err("one column");
    assert!(matches!(err, RegisterError::NotARegister { .. }));

    // The header must be within the first 10 rows.
    let mut late = "titull\n".repeat(10);
    late.push_str("Nr,Titulli\n1,A\n");
    assert!(matches!(
        read_register(late.as_bytes()),
        Err(RegisterError::NotARegister { .. })
    ));
    let mut in_time = "titull\n".repeat(9);
    in_time.push_str("Nr,Titulli\n1,A\n");
    assert_eq!(read(&in_time).rows[0].line, 11);

    let err = read_register(b"Nr,Titulli\n1,\"A\n2,B\n3,C\n").expect_err("runaway quote");
    match err {
        RegisterError::Csv { line, .. } => assert_eq!(line, 2),
        other => panic!("expected a CSV error, got {other}"),
    }
    // A quote left open on the very last line loses nothing else.
    let reg = read("Nr,Titulli\n1,\"A\n");
    assert_eq!(reg.rows[0].title.as_deref(), Some("A"));
}

/// A small linear congruential generator: reproducible pseudo-random input
/// without an external crate.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        let i = (self.next() as usize) % items.len();
        &items[i]
    }
}

#[test]
fn no_panics_on_arbitrary_input() {
    // Bytes that matter to the parsers, plus anything at all.
    const BYTES: &[u8] =
        b"0123456789.,;|\t/-: \"'\r\n\xEF\xBB\xBF\xFF\xFE\x91\xDB\xEB\xE7\x80\x00eEmNrlqt";
    const PIECES: &[&str] = &[
        "12",
        "03",
        "2019",
        ".",
        ",",
        "-",
        "/",
        " ",
        "më ",
        "të ",
        "qershor",
        "nëntorit",
        "€",
        "ë",
        "ç",
        "Nr.",
        "Data",
        "Vlera",
        "Titulli",
        ";",
        "\"",
        "\n",
        "\r",
        "1.234,56",
        "31.02.",
        "𝔸",
        "1 234",
        "EUR",
        "\u{a0}",
    ];
    let mut rng = Lcg(0x5eed);
    for round in 0..3000 {
        let len = (rng.next() % 80) as usize;
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                if rng.next() & 3 == 0 {
                    rng.next() as u8
                } else {
                    *rng.pick(BYTES)
                }
            })
            .collect();
        let _ = read_register(&bytes);
        let lossy = String::from_utf8_lossy(&bytes);
        let _ = parse_date(&lossy);
        let _ = parse_amount(&lossy);
        for (r, _) in find_dates(&lossy) {
            assert!(lossy.get(r).is_some(), "bad range in round {round}");
        }

        let pieces = (rng.next() % 12) as usize;
        let text: String = (0..pieces).map(|_| *rng.pick(PIECES)).collect();
        let _ = read_register(text.as_bytes());
        let _ = parse_date(&text);
        let _ = parse_amount(&text);
        for (r, _) in find_dates(&text) {
            assert!(text.get(r).is_some(), "bad range for {text:?}");
        }
    }
}

/// Real registers from the shared corpora, read in place (never copied):
/// every file must read without panicking, and the Albanian registers that
/// have a header must yield rows with dates and values.
#[test]
fn shared_corpora() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora");
    if !root.is_dir() {
        println!("skipping: {} is absent", root.display());
        return;
    }
    let mut files = Vec::new();
    collect_csv(&root.join("csv-edge-cases"), &mut files);
    collect_csv(&root.join("albanian-municipal"), &mut files);
    if files.is_empty() {
        println!("skipping: no CSV files under {}", root.display());
        return;
    }
    for path in &files {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let _ = read_register(&bytes);
    }

    let gjilan = root.join(
        "albanian-municipal/opendatakosovo_open-contracting-data-standardifier/sample-csv/gjilan-2015-data.csv",
    );
    if let Ok(bytes) = std::fs::read(&gjilan) {
        let reg = read_register(&bytes).expect("Gjilan 2015 register");
        assert_eq!(reg.encoding, "macintosh");
        assert!(reg.rows.len() > 10, "{} rows", reg.rows.len());
        assert!(reg.rows.iter().all(|r| r.date.is_some()));
        assert!(reg.rows.iter().filter(|r| r.value_eur.is_some()).count() > 10);
        assert!(reg.rows.iter().all(|r| r.operator.is_some()));
    }
    let lipjan = root.join(
        "albanian-municipal/opendatakosovo_prishtina-contracts-importer/data/lipjan/2017.csv",
    );
    if let Ok(bytes) = std::fs::read(&lipjan) {
        let reg = read_register(&bytes).expect("Lipjan 2017 register");
        assert_eq!(reg.encoding, "UTF-8+macintosh");
        assert!(!reg.rows.is_empty());
        assert!(reg.columns.contains(&Some(Column::Date)));
    }
}

fn collect_csv(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_csv(&path, out);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ["csv", "tsv", "psv", "ssv", "txt"].contains(&e))
        {
            out.push(path);
        }
    }
}

// ---------------------------------------------------------------------
// Profiles, written rows in the shapes of the real registers (synthetic).
// ---------------------------------------------------------------------

/// A condensed register: 16 columns, no header row.
const CONDENSED: &str = "\
1,7,2,3,6,32,Transmetimi i seancave,27.01.2011,580,580,0,TELEVIZIONI SHEMBULL,FERIZAJ,1,1,1\n\
1+2,8,5,1,1,45,Ndertimi i bibliotekes,04.02.10,\"1,700,000.00\",\"1,502,443.20\",,\"NPSH \"\"MIZI\"\"\",Prishtinë,1,1,2\n\
,,,,,,,,,,,,,,,\n\
2,9,2,2,1,93,“Mirëmbajtja verore e rrugëve”,16.06.2015-,86000,\"€ 1,135,550.25\",N/A,\"\"\"Qlirimi\"\"\",Gjakovë,2,2,1\n\
1,10,1,4,7,22,Furnizim me letër,12.05.2011-31.12.2011,875,875,0,Duli Trade,Gjilan,1,1,1\n\
,,,,,,,,,\"7,528,235.74\",0,,,,,\n\
1,11,1,3,6,30,Furnizim me tonera,31.13.2011,100,100,0,Toner,Viti,1,1,1\n";

#[test]
fn condensed_register_by_row_shape() {
    let reg = read(CONDENSED);
    assert_eq!(reg.profile, profile::Profile::Condensed);
    assert_eq!(reg.header_line, None);
    let lines: Vec<u64> = reg.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [1, 2, 4, 5]);

    let r = &reg.rows[0];
    assert_eq!(r.procurement_number.as_deref(), Some("7"));
    assert_eq!(r.title.as_deref(), Some("Transmetimi i seancave"));
    assert_eq!(r.date, d(2011, 1, 27));
    assert_eq!(r.value_eur, Some(580.0));
    assert_eq!(r.estimated_value_eur, Some(580.0));
    assert_eq!(r.annex_value_eur, Some(0.0));
    assert_eq!(r.operator.as_deref(), Some("TELEVIZIONI SHEMBULL"));
    assert_eq!(r.operator_seat.as_deref(), Some("FERIZAJ"));
    assert_eq!(r.procurement_type.as_deref(), Some("Shërbime"));
    assert_eq!(r.procurement_type_code.as_deref(), Some("2"));
    assert_eq!(r.value_class.as_deref(), Some("Vlerë e vogël"));
    assert_eq!(r.value_class_code.as_deref(), Some("3"));
    assert_eq!(
        r.procedure.as_deref(),
        Some("Procedura e kuotimit të çmimeve")
    );
    assert_eq!(r.procedure_code.as_deref(), Some("6"));
    assert_eq!(r.operator_origin.as_deref(), Some("vendor"));
    assert_eq!(r.award_criterion.as_deref(), Some("Çmimi më i ulët"));
    assert_eq!(r.award_criterion_code.as_deref(), Some("1"));
    assert!(r
        .details
        .contains(&("Klasifikimi (FPP)".into(), "32".into())));
    assert!(r
        .details
        .contains(&("Lloji i buxhetit".into(), "Të hyrat vetanake (1)".into())));
    assert!(r.details.contains(&(
        "Afati kohor për pranimin e tenderëve".into(),
        "Afat kohor normal (1)".into()
    )));

    let r = &reg.rows[1];
    assert_eq!(r.date, d(2010, 2, 4), "04.02.10");
    assert_eq!(r.estimated_value_eur, Some(1_700_000.0));
    assert_eq!(r.value_eur, Some(1_502_443.2));
    assert_eq!(r.operator.as_deref(), Some("NPSH \"MIZI\""));
    assert_eq!(r.procurement_type.as_deref(), Some("Punë"));
    assert_eq!(
        r.award_criterion.as_deref(),
        Some("Tenderi ekonomikisht më i favorshëm")
    );

    let r = &reg.rows[2];
    assert_eq!(r.date, d(2015, 6, 16), "16.06.2015-");
    assert_eq!(r.estimated_value_eur, Some(86_000.0));
    assert_eq!(r.value_eur, Some(1_135_550.25));
    assert_eq!(r.annex_value_eur, None, "N/A is no value");
    assert_eq!(
        r.title.as_deref(),
        Some("Mirëmbajtja verore e rrugëve"),
        "curly quotes"
    );
    assert_eq!(r.operator.as_deref(), Some("Qlirimi"), "stray quotes");
    assert_eq!(r.operator_origin.as_deref(), Some("jo vendor"));

    let r = &reg.rows[3];
    assert_eq!(r.date, d(2011, 5, 12), "a range: its start");
    assert!(r.details.contains(&(
        "Data e nënshkrimit, siç është shkruar".into(),
        "12.05.2011-31.12.2011".into()
    )));
    assert_eq!(r.value_class.as_deref(), Some("Vlerë minimale"));
    assert_eq!(r.procedure.as_deref(), Some("Procedura e vlerës minimale"));

    let reported: Vec<(u64, &str)> = reg
        .problems
        .iter()
        .map(|p| (p.line, p.reason.as_str()))
        .collect();
    assert_eq!(reported.len(), 3, "{reported:?}");
    assert_eq!(reported[0], (3, "blank line"));
    assert_eq!(reported[1].0, 6);
    assert!(reported[1].1.starts_with("totals row"), "{reported:?}");
    assert_eq!(reported[2], (7, "cannot read date '31.13.2011'"));
    assert_eq!(
        reg.problems[2].column.as_deref(),
        Some("column 8 (Data e nënshkrimit të kontratës)")
    );
}

#[test]
fn condensed_register_with_a_17th_column_and_a_joined_row() {
    let text = "\"2\",\"17\",\"5\",\"2\",\"1\",\"45\",\"Mirëmbajtja teknike\",\"02.06.2015\",\"180000\",\"1135550.25\",\"N/A\",\"CDC\",\"\",\"1\",\"1\",\"1\",\"\"\n\
                \"2\",\"18\",\"5\",\"2\",\"1\",\"45\",\"Rruga\",\"10.08.2015\",\"60000\",\"79831.68\",\"0\",\"PRO GROUP\",\"Viti”,”1”,”1”,”1”\n\
                \",19\",\"5\",\"2\",\"1\",\"45\",\"Parku\",\"27.07.2015\",\"83814.78\",\"83814.78\",\"0\",\"PARKU\",\"Viti\",\"1\",\"1\",\"1\",\"\"\n\
                \"2\",\"20\",\"2\",\"2\",\"1\",\"93\",\"Pastrimi\",\"22.01.2015\",\"50000\",\"118906.9\",\"\",\"Termo\",\"\",\"1\",\"1\",\"1\",\"\"\n";
    let reg = read(text);
    assert_eq!(reg.profile, profile::Profile::Condensed);
    let lines: Vec<u64> = reg.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [1, 4]);
    assert_eq!(reg.rows[0].value_eur, Some(1_135_550.25));
    assert_eq!(reg.problems.len(), 1);
    assert_eq!(reg.problems[0].line, 2);
    assert!(
        reg.problems[0].reason.contains("joined"),
        "{:?}",
        reg.problems
    );
}

/// The KRPP annual report: the authority's details above the header, the
/// 25-column header, contract rows, a totals row and trailing blank rows.
#[test]
fn annual_report_by_header() {
    let header = "Lloji i Buxhetit,Numri rendor i prokurimit,Lloji i prokurimit,Vlera e prokurimit,Procedura e prokurimit,Klasifikimi (2 shifrat e para të FPP),Titulli i aktivitetit të prokurimit,Data e inicimit të aktivitetetit të prokurimit,Data e publikimit të njoftimit për kontratë,Data e publikimit të njoftimit për dhënie të kontratës,Data e nënshkrimit të kontratës ( ne rast anulimi data e njoftimit për anulim),Afatet për implementimin e kontratës (shkruaj daten e fillimit dhe të përfundimit),Data e përmbylljes së kontratës,Vlera e parashikuar e kontratës  ,\"Çmimi i kontratës, duke përfshirë të gjitha taksat etj. \",\"Çmimi i  Aneks kontratës, duke përfshirë të gjitha taksat etj. \",Zbritjet nga kontrata për shkak të ndalesave ,Çmimi total i paguar për kontratën,Emri i OE të cilit i është dhënë kontrata ,OE  vendor (1) ; Jo vendor (2),Numri i kërkesave për DT,numri i ofertave të dorëzuara,Numri i ofertave të refuzuara,Afati kohor për pranimin  tenderëve ,Kriteret për dhënie kontratës,";
    let text = format!(
        "RAPORTI VJETOR PËR KONTRATAT E NËNSHKRUARA PUBLIKE,,,,\n\
         Data e përgatitjes së raportit:,,20.01.2016,,Viti fiskal : ,2015\n\
         Emri zyrtar i Autoritetit Kontraktues,,,,Komuna e Vitisë\n\
         {header}\n\
         2,017,5,2,1,45,Mirëmbajtja e objekteve,02.03.2015,05.03.2015,15.05.2015,02.06.2015,3 vite,02.06.2018,\"€ 180,000.00\",\"€ 1,135,550.25\",N/A,N/A,\"€ 340,665.08\",\"\"\"TALI\"\" sh.p.k\",1,26,7,0,1,2,\n\
         ,003,,,,,Ankand,15.07.2015,23.07.2015,04.08.2015,05.08.2015,7 ditë,25.006.2016,N/A,\"€ 5,317.00\",N/A,N/A,\"€ 5,317.00\",Ahmet,1,2,2,0,1,1,\n\
         ,,,,,,,,,,,,,\"5327436.06\",\"7300821.48\",\"25203.61\",,\"2676309.46\",,,,,,,,\n\
         \"TOTALI (15+16-17) :\",,,,,,,,,,,,,,,\"7326025.09\",,,,,,,,,,\n\
         ,,,,,,,,,,,,,,,,,,,,,,,,,\n\
         ,Kodi,Llojet e prokurimit,,,,,,,,,,,,,,,,,,,,,,,\n\
         ,1,Furnizim,,,,,,,,,,,,,,,,,,,,,,,\n\
         Te kolona 7,\"Titulli i aktivitetit, si në njoftim\",,,,,,,,,,,,,,,,,,,,,,,,\n"
    );
    let reg = read(&text);
    assert_eq!(reg.profile, profile::Profile::AnnualReport);
    assert_eq!(reg.header_line, Some(4));
    assert_eq!(reg.meta.municipality.as_deref(), Some("Viti"));
    assert_eq!(reg.meta.year, Some(2015));
    assert_eq!(reg.rows.len(), 2, "{:?}", reg.problems);
    let r = &reg.rows[0];
    assert_eq!(r.procurement_number.as_deref(), Some("017"));
    assert_eq!(r.date, d(2015, 6, 2));
    assert_eq!(r.estimated_value_eur, Some(180_000.0));
    assert_eq!(r.value_eur, Some(1_135_550.25));
    assert_eq!(r.annex_value_eur, None);
    assert_eq!(r.paid_eur, Some(340_665.08));
    assert_eq!(r.operator.as_deref(), Some("\"TALI\" sh.p.k"));
    assert_eq!(r.operator_origin.as_deref(), Some("vendor"));
    assert_eq!(
        r.award_criterion.as_deref(),
        Some("Tenderi ekonomikisht më i favorshëm")
    );
    for (label, value) in [
        ("Data e inicimit të aktivitetit të prokurimit", "02.03.2015"),
        ("Data e publikimit të njoftimit për kontratë", "05.03.2015"),
        (
            "Data e publikimit të njoftimit për dhënie të kontratës",
            "15.05.2015",
        ),
        ("Afati për implementimin e kontratës", "3 vite"),
        ("Data e përmbylljes së kontratës", "02.06.2018"),
        ("Numri i kërkesave për dosjen e tenderit", "26"),
        ("Numri i ofertave të dorëzuara", "7"),
        ("Numri i ofertave të refuzuara", "0"),
    ] {
        assert!(
            r.details.contains(&(label.into(), value.into())),
            "{label}: {:?}",
            r.details
        );
    }
    // An impossible closing date is kept as written and reported as a warning.
    let r = &reg.rows[1];
    assert_eq!(r.procurement_type, None);
    assert!(r.details.contains(&(
        "Data e përmbylljes së kontratës".into(),
        "25.006.2016".into()
    )));
    assert_eq!(reg.warnings.len(), 1);
    assert!(reg.warnings[0].reason.ends_with("kept as written"));
    let reported: Vec<u64> = reg.problems.iter().map(|p| p.line).collect();
    assert_eq!(reported, [7, 8, 9, 10, 11, 12]);
    for legend in &reg.problems[3..] {
        assert!(legend.reason.contains("legend line"), "{legend:?}");
    }
    assert!(
        reg.problems[1].reason.contains("TOTALI"),
        "{:?}",
        reg.problems
    );
}

/// A register with a header that is not a known layout (the wide planning
/// registers) is read through header names and says so.
#[test]
fn unknown_layout_falls_back_to_header_names() {
    let text = "Planifikuar,Buxheti,Numri prokurimit,Lloji i prokurimit,Vlera e prokurimit,Procedura e prokutimit,Titulli i aktivitetit te prokurimit,Vlera e parashikuar e kontratës,OE,Emri i OE të cilit i është dhënë kontrata,Data e nënshkrimit të kontratës,\"Vlera totale e kontratës, duke përfshirë të gjitha taksat\",Statusi,Drejtoria\n\
                ,1+2,144,1,2,1,Furnizimi me aparate,\"50,000.00\",1,DLD group,04.07.17,\"48,746.00\",4,Administrata\n";
    let reg = read(text);
    assert_eq!(reg.profile, profile::Profile::Headers);
    let r = &reg.rows[0];
    assert_eq!(
        r.value_class.as_deref(),
        Some("Vlerë e mesme"),
        "not a value"
    );
    assert_eq!(r.value_eur, Some(48_746.0));
    assert_eq!(r.estimated_value_eur, Some(50_000.0));
    assert_eq!(r.procedure.as_deref(), Some("Procedura e hapur"));
    assert_eq!(r.procurement_type.as_deref(), Some("Furnizim"));
    assert_eq!(r.operator.as_deref(), Some("DLD group"));
    assert_eq!(r.operator_origin.as_deref(), Some("vendor"));
    assert_eq!(r.date, d(2017, 7, 4));
}

#[test]
fn a_header_over_sixteen_columns_is_not_the_condensed_layout() {
    let text = "Nr,Titulli,Data,a,b,c,d,e,f,g,h,i,j,k,l,m\n\
                1,2,3,4,5,6,Titull,27.01.2011,580,580,0,OE,Vendi,1,1,1\n";
    let reg = read(text);
    assert_eq!(reg.profile, profile::Profile::Headers);
    assert_eq!(reg.header_line, Some(1));
}

#[test]
fn neither_a_layout_nor_headers_is_not_a_register() {
    // A budget expense table: no header row, not 16 columns.
    let expense = "Komunat,0,Gjakovë,Paga dhe Meditje,Pagat neto ,,,,\" 8,449,569.67 \",2011\n\
                   Komunat,0,Gjakovë,Paga dhe Meditje,Tatimi në të ardhura,,,,\" 38,643.67 \",2011\n";
    let err = read_register(expense.as_bytes()).unwrap_err();
    assert!(err.to_string().starts_with("not a register"), "{err}");
    // A metadata sheet alone is no register either.
    let meta = "Data e përgatitjes së raportit:,Viti fiskal : ,Emri zyrtar i Autoritetit Kontraktues\n20.01.2016,2016,Komuna e Gjilanit\n";
    let err = read_register(meta.as_bytes()).unwrap_err();
    assert!(err.to_string().starts_with("not a register"), "{err}");
}

#[test]
fn condensed_rows_with_codes_one_place_right() {
    let text =
        "1,3,1,2,1,30,Furnizim me tonera,24.02.2012,\"17,000.00\",\"9,596.00\",0,Cipa,Viti,1,1,1\n\
                ,15,001,1,4,7,Furnizimi me orë dore,12.01.2015,,900,,NTP \"\"Ora\"\", ,,,\n";
    let reg = read(text);
    assert_eq!(reg.profile, profile::Profile::Condensed);
    assert!(reg.problems.is_empty(), "{:?}", reg.problems);
    let r = &reg.rows[1];
    assert_eq!(r.procurement_number.as_deref(), Some("001"));
    assert_eq!(r.procurement_type_code.as_deref(), Some("1"));
    assert_eq!(r.value_class.as_deref(), Some("Vlerë minimale"));
    assert_eq!(r.procedure_code.as_deref(), Some("7"));
    assert_eq!(r.value_eur, Some(900.0));
    assert!(!r.details.iter().any(|(k, _)| k == "Klasifikimi (FPP)"));
}
