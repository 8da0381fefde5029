//! Workbooks assembled here (zip + XML), so every cell kind is known.

use std::io::Write;

use chrono::NaiveDate;
use zip::write::SimpleFileOptions;

use super::*;

/// A cell of a test workbook.
#[derive(Clone)]
enum C {
    S(&'static str),
    N(f64),
    /// A serial number with a date format (style 1).
    D(f64),
    /// A serial number with a date-time format (style 2).
    Dt(f64),
    B(bool),
    E(&'static str),
    /// An .ods date cell, its ISO value.
    Iso(&'static str),
    Blank,
}

/// A sheet's rows: sheet row number and cells from column A.
type Rows = Vec<(u32, Vec<C>)>;

fn zip(files: &[(&str, String)]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, body) in files {
        out.start_file(*name, options).unwrap();
        out.write_all(body.as_bytes()).unwrap();
    }
    out.finish().unwrap().into_inner()
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn column(i: usize) -> String {
    column_name(i)
}

fn sheet_xml(rows: &[(u32, Vec<C>)]) -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (r, cells) in rows {
        xml.push_str(&format!(r#"<row r="{r}">"#));
        for (i, c) in cells.iter().enumerate() {
            let at = format!("{}{r}", column(i));
            xml.push_str(&match c {
                C::S(s) => format!(
                    r#"<c r="{at}" t="inlineStr"><is><t>{}</t></is></c>"#,
                    esc(s)
                ),
                C::N(n) => format!(r#"<c r="{at}"><v>{n}</v></c>"#),
                C::D(n) => format!(r#"<c r="{at}" s="1"><v>{n}</v></c>"#),
                C::Dt(n) => format!(r#"<c r="{at}" s="2"><v>{n}</v></c>"#),
                C::B(b) => format!(r#"<c r="{at}" t="b"><v>{}</v></c>"#, u8::from(*b)),
                C::E(e) => format!(r#"<c r="{at}" t="e"><v>{e}</v></c>"#),
                C::Iso(_) => panic!("an ISO date cell is for .ods"),
                C::Blank => String::new(),
            });
        }
        xml.push_str("</row>");
    }
    xml.push_str("</sheetData></worksheet>");
    xml
}

/// An .xlsx with the given sheets; `date1904` sets the workbook's 1904
/// date system.
fn xlsx(sheets: &[(&str, Rows)], date1904: bool) -> Vec<u8> {
    let mut types = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#,
    );
    let mut book_sheets = String::new();
    let mut rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#,
    );
    let mut files = Vec::new();
    for (i, (name, rows)) in sheets.iter().enumerate() {
        let n = i + 1;
        types.push_str(&format!(r#"<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#));
        book_sheets.push_str(&format!(
            r#"<sheet name="{}" sheetId="{n}" r:id="rId{n}"/>"#,
            esc(name)
        ));
        rels.push_str(&format!(r#"<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#));
        files.push((format!("xl/worksheets/sheet{n}.xml"), sheet_xml(rows)));
    }
    types.push_str("</Types>");
    rels.push_str("</Relationships>");
    let pr = if date1904 {
        r#"<workbookPr date1904="1"/>"#
    } else {
        "<workbookPr/>"
    };
    let workbook = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{pr}<sheets>{book_sheets}</sheets></workbook>"#
    );
    let styles = r#"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="22" applyNumberFormat="1"/></cellXfs></styleSheet>"#;
    let root_rels = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    let mut all: Vec<(&str, String)> = vec![
        ("[Content_Types].xml", types),
        ("_rels/.rels", root_rels.to_owned()),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", rels),
        ("xl/styles.xml", styles.to_owned()),
    ];
    for (name, body) in &files {
        all.push((name.as_str(), body.clone()));
    }
    zip(&all)
}

const ODS_MIMETYPE: &str = "application/vnd.oasis.opendocument.spreadsheet";

/// An .ods with one sheet; `encrypted` marks its content as encrypted in
/// the manifest, as a password-protected file does.
fn ods(name: &str, rows: &[Vec<C>], encrypted: bool) -> Vec<u8> {
    let mut table = format!(r#"<table:table table:name="{}">"#, esc(name));
    for cells in rows {
        table.push_str("<table:table-row>");
        for c in cells {
            table.push_str(&match c {
                C::S(s) => format!(
                    r#"<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>"#,
                    esc(s)
                ),
                C::N(n) => format!(
                    r#"<table:table-cell office:value-type="float" office:value="{n}"><text:p>{n}</text:p></table:table-cell>"#
                ),
                C::D(_) | C::Dt(_) => panic!("use Iso for an .ods date"),
                C::Iso(v) => format!(
                    r#"<table:table-cell office:value-type="date" office:date-value="{v}"><text:p>{v}</text:p></table:table-cell>"#
                ),
                C::B(b) => format!(
                    r#"<table:table-cell office:value-type="boolean" office:boolean-value="{b}"><text:p>{b}</text:p></table:table-cell>"#
                ),
                C::E(_) | C::Blank => "<table:table-cell/>".to_owned(),
            });
        }
        table.push_str("</table:table-row>");
    }
    table.push_str("</table:table>");
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>{table}</office:spreadsheet></office:body></office:document-content>"#
    );
    let encryption = if encrypted {
        r#"<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="x"/></manifest:encryption-data>"#
    } else {
        ""
    };
    let manifest = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="{ODS_MIMETYPE}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">{encryption}</manifest:file-entry></manifest:manifest>"#
    );
    zip(&[
        ("mimetype", ODS_MIMETYPE.to_owned()),
        ("META-INF/manifest.xml", manifest),
        ("content.xml", content),
    ])
}

fn header() -> Vec<C> {
    vec![
        C::S("Nr."),
        C::S("Titulli"),
        C::S("Data"),
        C::S("Operatori"),
        C::S("Vlera"),
    ]
}

fn cells(t: &Table, line: u64) -> Vec<String> {
    t.rows
        .iter()
        .find(|r| r.line == line)
        .map(|r| r.cells.clone())
        .unwrap_or_default()
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn numbers_without_float_noise() {
    for (f, text) in [
        (86000.0, "86000"),
        (1135550.25, "1135550.25"),
        (86000.0 * 1.1, "94600"),
        ((0.1 + 0.7) * 10.0, "8"),
        (0.1 + 0.2, "0.3"),
        (-12.5, "-12.5"),
        (-0.0, "0"),
        (1e20, "100000000000000000000"),
        (0.000123, "0.000123"),
    ] {
        assert_eq!(number_text(f), text, "{f}");
    }
    assert_eq!(column_name(0), "A");
    assert_eq!(column_name(25), "Z");
    assert_eq!(column_name(26), "AA");
    assert_eq!(column_name(27), "AB");
    assert_eq!(column_name(701), "ZZ");
    assert_eq!(column_name(702), "AAA");
}

#[test]
fn xlsx_cells_as_a_csv_export_holds_them() {
    let rows = vec![
        (1, vec![C::S("Regjistri i kontratave 2015")]),
        (3, header()),
        (
            4,
            vec![
                C::N(17.0),
                C::S("Mirëmbajtja e rrugëve"),
                C::D(42005.0),
                C::S("TALI"),
                C::N(86000.0),
            ],
        ),
        (
            5,
            vec![
                C::N(18.0),
                C::S("Furnizim"),
                C::Dt(42005.5),
                C::S("Beni"),
                C::N(1135550.25),
            ],
        ),
        (
            6,
            vec![
                C::N(19.0),
                C::S("Servisim"),
                C::D(61.0),
                C::S("X"),
                C::N(86000.0 * 1.1),
            ],
        ),
        (
            7,
            vec![
                C::N(20.0),
                C::S("Kthim"),
                C::D(59.0),
                C::B(true),
                C::E("#DIV/0!"),
            ],
        ),
        (
            8,
            vec![C::Blank, C::S("Ora"), C::D(0.75), C::B(false), C::N(1.0)],
        ),
        (
            9,
            vec![C::N(21.0), C::S("Nr 60"), C::D(60.0), C::S("Y"), C::N(2.0)],
        ),
    ];
    let bytes = xlsx(&[("Kontratat", rows)], false);
    let sheets = read_sheets(&bytes, Format::Xlsx).unwrap();
    let t = &sheets[0].table;
    assert_eq!(sheets[0].name, "Kontratat");
    assert_eq!(t.delimiter, None);
    assert_eq!(
        cells(t, 4),
        ["17", "Mirëmbajtja e rrugëve", "01.01.2015", "TALI", "86000"]
    );
    assert_eq!(
        cells(t, 5),
        ["18", "Furnizim", "01.01.2015 12:00", "Beni", "1135550.25"]
    );
    // Serial 61 is 1 March 1900, 59 is 28 February: Excel's day 60 between.
    assert_eq!(cells(t, 6), ["19", "Servisim", "01.03.1900", "X", "94600"]);
    assert_eq!(cells(t, 7), ["20", "Kthim", "28.02.1900", "TRUE", ""]);
    assert_eq!(cells(t, 8), ["", "Ora", "18:00", "FALSE", "1"]);
    assert_eq!(cells(t, 9), ["21", "Nr 60", "60", "Y", "2"]);
    // Blank rows are rows too, so lines stay sheet rows.
    assert_eq!(cells(t, 2), ["", "", "", "", ""]);
    let notes: Vec<(Option<u64>, &str)> =
        t.notes.iter().map(|n| (n.line, n.what.as_str())).collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert_eq!(notes[0].0, Some(7));
    assert!(
        notes[0].1.starts_with("cell E7: holds the error #DIV/0!"),
        "{}",
        notes[0].1
    );
    assert_eq!(notes[1].0, Some(9));
    assert!(notes[1].1.contains("29.02.1900"), "{}", notes[1].1);

    let reg = read_register(&bytes, Format::Xlsx).unwrap();
    let got: Vec<(u64, Option<NaiveDate>, Option<f64>)> = reg
        .rows
        .iter()
        .map(|r| (r.line, r.date, r.value_eur))
        .collect();
    assert_eq!(
        got,
        [
            (4, date(2015, 1, 1), Some(86000.0)),
            (5, date(2015, 1, 1), Some(1135550.25)),
        ]
    );
    // Dates of 1900 are not plausible act dates, a time is not a date, and
    // day 60 does not exist: those rows are problems, not guesses.
    let lines: Vec<u64> = reg.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [6, 7, 8, 9]);
    assert_eq!(reg.notes.len(), 2);
}

#[test]
fn the_1904_date_system() {
    // 40543 days after 1 January 1904 is 1 January 2015; 0 is that day.
    let rows = vec![
        (1, header()),
        (
            2,
            vec![C::N(1.0), C::S("A"), C::D(40543.0), C::S("B"), C::N(5.0)],
        ),
        (
            3,
            vec![C::N(2.0), C::S("A"), C::D(0.0), C::S("B"), C::N(5.0)],
        ),
    ];
    let bytes = xlsx(&[("S", rows)], true);
    let t = &read_sheets(&bytes, Format::Xlsx).unwrap()[0].table;
    assert_eq!(cells(t, 2)[2], "01.01.2015");
    // Below 1, a serial is a time of day, in either system.
    assert_eq!(cells(t, 3)[2], "00:00");
}

#[test]
fn the_register_sheet_is_the_one_with_most_rows() {
    let meta = vec![
        (
            1,
            vec![
                C::S("Data e përgatitjes së raportit:"),
                C::S("Viti fiskal"),
                C::S("Emri zyrtar i Autoritetit Kontraktues"),
            ],
        ),
        (
            2,
            vec![C::D(42389.0), C::N(2016.0), C::S("Komuna e Gjilanit")],
        ),
    ];
    let data = vec![
        (1, header()),
        (
            2,
            vec![
                C::N(1.0),
                C::S("Ndërtimi"),
                C::D(42005.0),
                C::S("A"),
                C::N(10.0),
            ],
        ),
        (
            3,
            vec![
                C::N(2.0),
                C::S("Asfaltimi"),
                C::D(42006.0),
                C::S("B"),
                C::N(20.0),
            ],
        ),
    ];
    let empty = vec![];
    let bytes = xlsx(
        &[("Metadata", meta), ("Bosh", empty), ("Raporti", data)],
        false,
    );
    assert_eq!(read_sheets(&bytes, Format::Xlsx).unwrap().len(), 3);
    let reg = read_register(&bytes, Format::Xlsx).unwrap();
    assert_eq!(reg.rows.len(), 2);
    assert_eq!(reg.rows[1].title.as_deref(), Some("Asfaltimi"));
    let whole: Vec<&str> = reg
        .notes
        .iter()
        .filter(|n| n.line.is_none())
        .map(|n| n.what.as_str())
        .collect();
    assert!(whole[0].contains("sheet 'Raporti'"), "{whole:?}");
    assert!(
        whole.iter().any(|w| w.contains("sheet 'Metadata'")),
        "{whole:?}"
    );
}

#[test]
fn sheet_text_gets_the_csv_repairs() {
    let rows = vec![
        (1, header()),
        (
            2,
            vec![
                C::N(1.0),
                C::S("Mir[mbajtja n[ Prishtin["),
                C::D(42005.0),
                C::S("NdriҫimiÃ«"),
                C::N(1.0),
            ],
        ),
    ];
    let bytes = xlsx(&[("S", rows)], false);
    let t = &read_sheets(&bytes, Format::Xlsx).unwrap()[0].table;
    assert_eq!(cells(t, 2)[1], "Mirëmbajtja në Prishtinë");
    assert_eq!(cells(t, 2)[3], "Ndriçimië");
    assert_eq!(t.notes.len(), 3, "{:?}", t.notes);
}

#[test]
fn ods_cells_and_iso_dates() {
    let rows = vec![
        header(),
        vec![
            C::N(7.0),
            C::S("Çerdhe"),
            C::Iso("2015-12-10"),
            C::S("TALI"),
            C::N(86000.0),
        ],
        vec![
            C::N(8.0),
            C::S("Shkolla"),
            C::Iso("2015-12-11T14:30:00"),
            C::B(true),
            C::N(1135550.25),
        ],
    ];
    let bytes = ods("Fleta1", &rows, false);
    let sheets = read_sheets(&bytes, Format::Ods).unwrap();
    let t = &sheets[0].table;
    assert_eq!(cells(t, 2), ["7", "Çerdhe", "10.12.2015", "TALI", "86000"]);
    assert_eq!(
        cells(t, 3),
        ["8", "Shkolla", "11.12.2015 14:30", "TRUE", "1135550.25"]
    );
    // The bytes say OpenDocument even under another name.
    assert_eq!(read_sheets(&bytes, Format::Xlsx).unwrap()[0].table, *t);
    let reg = read_register(&bytes, Format::Ods).unwrap();
    assert_eq!(reg.rows[0].date, date(2015, 12, 10));
    assert_eq!(reg.rows[1].value_eur, Some(1135550.25));
}

#[test]
fn bad_workbooks_are_errors_not_panics() {
    let good = xlsx(&[("S", vec![(1, header())])], false);
    let cases: Vec<(&str, Vec<u8>, Format)> = vec![
        ("text", b"Nr,Titulli\n1,A\n".to_vec(), Format::Xlsx),
        ("empty", Vec::new(), Format::Xls),
        (
            "truncated",
            good.get(..good.len() / 2).unwrap().to_vec(),
            Format::Xlsx,
        ),
        (
            "zip without a workbook",
            zip(&[("a.txt", "x".to_owned())]),
            Format::Xlsx,
        ),
        (
            "OLE header then junk",
            {
                let mut b = OLE_MAGIC.to_vec();
                b.extend(std::iter::repeat_n(0xAB, 1000));
                b
            },
            Format::Xls,
        ),
        (
            "OLE junk named .xlsx",
            {
                let mut b = OLE_MAGIC.to_vec();
                b.extend(std::iter::repeat_n(0x00, 1000));
                b
            },
            Format::Xlsx,
        ),
    ];
    for (what, bytes, format) in cases {
        match read_register(&bytes, format) {
            Err(RegisterError::Spreadsheet(reason)) => assert!(!reason.is_empty(), "{what}"),
            other => panic!("{what}: {other:?}"),
        }
    }
    let locked = ods("S", &[header()], true);
    assert!(matches!(
        read_register(&locked, Format::Ods),
        Err(RegisterError::Protected)
    ));
    assert!(RegisterError::Protected.to_string().contains("password"));
    // Junk of every kind inside a real container.
    for cut in (100..good.len()).step_by(97) {
        let mut bytes = good.clone();
        bytes.truncate(cut);
        bytes.extend(std::iter::repeat_n(0x41, 64));
        let _ = read_register(&bytes, Format::Xlsx);
    }
}

#[test]
fn extensions() {
    assert_eq!(Format::from_extension("XLSX"), Some(Format::Xlsx));
    assert_eq!(Format::from_extension("xlsm"), Some(Format::Xlsx));
    assert_eq!(Format::from_extension("xls"), Some(Format::Xls));
    assert_eq!(Format::from_extension("ods"), Some(Format::Ods));
    assert_eq!(Format::from_extension("csv"), None);
}
