//! Ingest of the fixture tree: records, metadata, reported problems,
//! idempotence, changed and moved files.

use chrono::NaiveDate;

use super::util::{all_acts, by_source, ingest_into, write, Fixture};
use arkiva::ingest::Severity;
use arkiva::model::ActType;

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn fixture_tree_gives_the_expected_records() {
    let fixture = Fixture::new();
    let (archive, report) = fixture.ingest();
    let acts = all_acts(&archive);
    let sources: Vec<&str> = acts.iter().map(|a| a.source.as_str()).collect();
    assert_eq!(
        sources,
        [
            "aktet/vendim-bursat.pdf",
            "aktet/word/akt.pdf",
            "regjistri-i-kontratave.csv#row=2",
            "regjistri-i-kontratave.csv#row=3",
            "regjistri-i-vendimeve.csv#row=3",
            "regjistri-me-gabim.csv#row=2",
            "regjistri-me-gabim.csv#row=4",
        ]
    );
    assert_eq!(report.added, 7);
    assert_eq!(report.ignored, ["shenime.txt"]);
    // 4 PDFs and 4 registers; 4 PDFs, 5 rows of their own and 1 bad row.
    assert_eq!((report.files, report.records, report.skipped()), (8, 10, 4));
}

#[test]
fn winansi_pdf_metadata_comes_from_its_header_and_register_row() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let acts = all_acts(&archive);
    let act = by_source(&acts, "aktet/vendim-bursat.pdf");
    assert_eq!(act.act_type, ActType::Vendim);
    assert_eq!(act.number.as_deref(), Some("01 Nr. 016-4471/21"));
    assert_eq!(act.date, day(2021, 3, 25));
    assert_eq!(act.issuer.as_deref(), Some("Kuvendi i Komunës"));
    assert_eq!(act.municipality, "Gjilan");
    // The register row names the file, so its title wins.
    assert_eq!(act.title, "Vendim për ndarjen e bursave");
    assert!(act.text.contains("Këshilli për bursa"), "{}", act.text);
    assert_eq!(act.sha256.len(), 64);
}

#[test]
fn word_processor_pdf_metadata_comes_from_its_header() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let acts = all_acts(&archive);
    let act = by_source(&acts, "aktet/word/akt.pdf");
    assert_eq!(act.act_type, ActType::Konkurs);
    assert_eq!(act.number.as_deref(), Some("05-112/2016-341"));
    assert_eq!(act.date, day(2016, 8, 15));
    assert_eq!(act.issuer.as_deref(), Some("Drejtoria për Arsim"));
    assert!(
        act.title
            .starts_with("Konkurs për plotësimin e vendeve të punës"),
        "{}",
        act.title
    );
    assert!(act.text.contains("mësimdhënës") || act.text.contains("Drejtoria për Arsim"));
}

#[test]
fn windows_1252_semicolon_register_rows_are_contracts() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let acts = all_acts(&archive);
    let row = by_source(&acts, "regjistri-i-kontratave.csv#row=2");
    assert_eq!(row.act_type, ActType::Kontrate);
    assert_eq!(row.title, "Mirëmbajtja e ndriçimit publik në qytet");
    assert!(row.operator.as_deref().unwrap().contains("N.T.P. Drita"));
    assert_eq!(row.value_eur, Some(180_000.0));
    assert_eq!(row.date, day(2021, 4, 12));
    assert_eq!(row.procurement_number.as_deref(), Some("653-21-011-211"));
    let second = by_source(&acts, "regjistri-i-kontratave.csv#row=3");
    assert_eq!(second.value_eur, Some(24_500.5));
}

#[test]
fn bad_inputs_are_reported_and_never_stop_the_run() {
    let fixture = Fixture::new();
    let (_, report) = fixture.ingest();
    let problem = |source: &str| {
        report
            .problems
            .iter()
            .find(|p| p.source == source)
            .unwrap_or_else(|| panic!("no problem reported for {source}: {:#?}", report.problems))
    };
    assert_eq!(problem("aktet/i-prere.pdf").severity, Severity::Error);
    let binary = problem("aktet/binar.pdf");
    assert_eq!(binary.severity, Severity::Error);
    assert!(binary.reason.contains("not a PDF"), "{}", binary.reason);
    assert_eq!(problem("bosh.csv").severity, Severity::Error);
    let bad_row = problem("regjistri-me-gabim.csv");
    assert_eq!(bad_row.line, Some(3));
    assert!(bad_row.reason.contains("31.13.2022"), "{}", bad_row.reason);
    // The saved report says the same.
    let saved = std::fs::read_to_string(fixture.index.path().join("ingest-report.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&saved).unwrap();
    let problems = json["problems"].as_array().unwrap();
    assert!(problems
        .iter()
        .any(|p| p["source"] == "aktet/binar.pdf" && p["severity"] == "error"));
    assert!(problems
        .iter()
        .any(|p| p["source"] == "regjistri-me-gabim.csv" && p["line"] == 3));
}

#[test]
fn ingesting_twice_changes_nothing() {
    let fixture = Fixture::new();
    let (archive, first) = fixture.ingest();
    let before = all_acts(&archive);
    let second = ingest_into(&archive, fixture.dir.path());
    assert_eq!((second.added, second.updated, second.removed), (0, 0, 0));
    // Unchanged files are not even read again (tests/suite/store.rs).
    assert!(second.unchanged_files > 0 && second.files < first.files);
    assert_eq!(all_acts(&archive), before);
}

#[test]
fn a_changed_register_row_replaces_its_record_and_a_dropped_row_goes() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let before = all_acts(&archive);
    let old = by_source(&before, "regjistri-me-gabim.csv#row=2").clone();
    write(
        fixture.dir.path(),
        "regjistri-me-gabim.csv",
        "Nr.,Data,Titulli\n00/2022,02.01.2022,Rresht i ri sipër\n03/2022,10.01.2022,Njoftim për orarin e ri të punës\n",
    );
    let report = ingest_into(&archive, fixture.dir.path());
    assert_eq!((report.added, report.updated, report.removed), (1, 1, 1));
    let after = all_acts(&archive);
    let changed = by_source(&after, "regjistri-me-gabim.csv#row=3");
    assert_eq!(
        changed.id, old.id,
        "a row keeps its id when a row is inserted above it"
    );
    assert_eq!(changed.title, "Njoftim për orarin e ri të punës");
    assert_eq!(after.len(), before.len());
}

#[test]
fn a_corrected_file_keeps_its_id() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let old = by_source(&all_acts(&archive), "aktet/vendim-bursat.pdf").clone();
    let corrected = arkiva::corpus::pdf::standard14(&[vec![
        arkiva::corpus::pdf::Line::plain("KOMUNA E GJILANIT"),
        arkiva::corpus::pdf::Line::title("VENDIM"),
        arkiva::corpus::pdf::Line::plain("Teksti i korrigjuar i vendimit për bursat."),
    ]]);
    write(fixture.dir.path(), "aktet/vendim-bursat.pdf", corrected);
    let report = ingest_into(&archive, fixture.dir.path());
    assert_eq!((report.added, report.updated), (0, 1));
    let new = by_source(&all_acts(&archive), "aktet/vendim-bursat.pdf").clone();
    assert_eq!(new.id, old.id);
    assert!(new.text.contains("korrigjuar"));
    assert_ne!(new.sha256, old.sha256);
}

#[test]
fn a_moved_file_keeps_its_id_and_a_copy_is_not_a_duplicate() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let before = all_acts(&archive);
    let word = by_source(&before, "aktet/word/akt.pdf").clone();
    let root = fixture.dir.path();
    std::fs::rename(
        root.join("aktet/word/akt.pdf"),
        root.join("aktet/zhvendosur.pdf"),
    )
    .unwrap();
    let report = ingest_into(&archive, root);
    assert_eq!((report.added, report.updated), (0, 1));
    let after = all_acts(&archive);
    assert_eq!(after.len(), before.len());
    assert_eq!(by_source(&after, "aktet/zhvendosur.pdf").id, word.id);

    // A copy under a second path is the same act: indexed once.
    std::fs::copy(
        root.join("aktet/zhvendosur.pdf"),
        root.join("aktet/kopje.pdf"),
    )
    .unwrap();
    let report = ingest_into(&archive, root);
    assert_eq!(report.added, 0);
    assert!(report
        .problems
        .iter()
        .any(|p| p.source == "aktet/kopje.pdf" && p.reason.contains("same content")));
    assert_eq!(all_acts(&archive).len(), before.len());
}
