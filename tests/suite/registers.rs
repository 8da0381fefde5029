//! The real municipal registers of `../shared/corpora/albanian-municipal/`
//! (skipped where absent), read in place: every data row is read or
//! reported with its line, no field holds U+FFFD, dates and contract prices
//! are read for at least 98% of the contract rows, and a few facts read by
//! hand from the files (an amount, a date, an operator) come out right.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use arkiva::ingest::register::profile::Profile;
use arkiva::ingest::register::{read_register, table, Register, RegisterRow};
use chrono::NaiveDate;

use super::util::shared;

const ROOT: &str = "albanian-municipal";

/// Every CSV file under `dir`, sorted.
fn csv_files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")))
        .collect();
    out.sort();
    out
}

/// What reading one file gave.
struct Outcome {
    name: String,
    profile: Profile,
    data_rows: usize,
    read: usize,
    reported: usize,
    /// Signature dates written in the file, and how many were read.
    dates: (usize, usize),
    /// Amounts written in the file (contract price, estimated value, annex
    /// price, total paid), and how many were read.
    amounts: (usize, usize),
    /// Rows read with both a signature date and a contract price: how
    /// complete the register is (many rows simply have no date or price).
    complete: usize,
}

fn pct((written, read): (usize, usize)) -> f64 {
    if written == 0 {
        return 100.0;
    }
    100.0 * read as f64 / written as f64
}

/// Checks one register and measures it.
fn check(path: &Path, name: &str) -> Outcome {
    let bytes = std::fs::read(path).unwrap();
    let reg = read_register(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    let table = table::from_csv(&bytes).unwrap();
    // Every table row below the header is read or reported, once.
    let expected: BTreeSet<u64> = table
        .rows
        .iter()
        .map(|r| r.line)
        .filter(|l| reg.header_line.is_none_or(|h| *l > h))
        .collect();
    let read: BTreeSet<u64> = reg.rows.iter().map(|r| r.line).collect();
    let reported: BTreeSet<u64> = reg.problems.iter().map(|p| p.line).collect();
    assert!(
        read.is_disjoint(&reported),
        "{name}: a line both read and reported"
    );
    let got: BTreeSet<u64> = read.union(&reported).copied().collect();
    assert_eq!(got, expected, "{name}: rows read + reported != data rows");
    for row in &reg.rows {
        check_no_replacement(name, row);
    }
    // A cell that could not be read is a problem (the row's own date or
    // price) or a warning (another amount); every other written cell was read.
    let failed = |what: &str| {
        reg.problems
            .iter()
            .chain(&reg.warnings)
            .filter(|p| p.reason.starts_with(&format!("cannot read {what}")))
            .filter(|p| what == "amount" || p.column.as_deref().is_some_and(is_signature))
            .count()
    };
    let dates_read = reg.rows.iter().filter(|r| r.date.is_some()).count();
    let amounts_read: usize = reg
        .rows
        .iter()
        .map(|r| {
            [
                r.value_eur,
                r.estimated_value_eur,
                r.annex_value_eur,
                r.paid_eur,
            ]
            .iter()
            .flatten()
            .count()
        })
        .sum();
    Outcome {
        name: name.to_owned(),
        profile: reg.profile,
        data_rows: expected.len(),
        read: read.len(),
        reported: reported.len(),
        dates: (dates_read + failed("date"), dates_read),
        amounts: (amounts_read + failed("amount"), amounts_read),
        complete: reg
            .rows
            .iter()
            .filter(|r| r.date.is_some() && r.value_eur.is_some())
            .count(),
    }
}

/// The signature-date column, by header or by its name in a register
/// without a header.
fn is_signature(column: &str) -> bool {
    let c = column.to_lowercase();
    c.contains("nënshkrimit të kontratës") || c.contains("nenshkrimit te kontrates")
}

fn check_no_replacement(name: &str, row: &RegisterRow) {
    let texts = [
        &row.title,
        &row.operator,
        &row.operator_seat,
        &row.procurement_number,
        &row.procedure,
        &row.procurement_type,
        &row.value_class,
        &row.award_criterion,
        &row.operator_origin,
    ];
    let details = row.details.iter().flat_map(|(k, v)| [k, v]);
    for text in texts.into_iter().flatten().chain(details).chain(&row.cells) {
        assert!(
            !text.contains('\u{fffd}'),
            "{name}:{}: U+FFFD in '{text}'",
            row.line
        );
    }
}

fn read_file(rel: &str) -> Option<Register> {
    let path = shared(&format!("{ROOT}/{rel}"))?;
    Some(read_register(&std::fs::read(path).unwrap()).unwrap())
}

fn row_at(reg: &Register, line: u64) -> &RegisterRow {
    reg.rows
        .iter()
        .find(|r| r.line == line)
        .unwrap_or_else(|| panic!("no row read at line {line}: {:?}", reg.problems))
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn every_municipal_register_is_read_or_reported() {
    let Some(root) = shared(ROOT) else { return };
    let mut outcomes = Vec::new();
    for path in csv_files(&root) {
        let name = path
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let bytes = std::fs::read(&path).unwrap();
        if name.ends_with("-metadata.csv") || name.ends_with("expense/2011.csv") {
            // A metadata sheet and a budget expense table: not registers.
            let err = read_register(&bytes).err();
            assert!(
                err.is_some_and(|e| e.to_string().starts_with("not a register")),
                "{name} should be 'not a register'"
            );
            continue;
        }
        outcomes.push(check(&path, &name));
    }
    print_table(&outcomes);
    assert_eq!(
        outcomes.len(),
        41,
        "35 condensed + 5 wide + 1 annual report"
    );
    for o in &outcomes {
        assert!(
            pct(o.dates) >= 98.0 && pct(o.amounts) >= 98.0,
            "{}: dates read {:.1}%, amounts read {:.1}%",
            o.name,
            pct(o.dates),
            pct(o.amounts)
        );
    }
}

/// The per-file table (also in `docs/registers.md`).
fn print_table(outcomes: &[Outcome]) {
    println!(
        "| file | profile | data rows | read | reported | dates read | amounts read | rows with date and price |"
    );
    println!("|---|---|---:|---:|---:|---:|---:|---:|");
    for o in outcomes {
        println!(
            "| {} | {:?} | {} | {} | {} | {}/{} ({:.1}%) | {}/{} ({:.1}%) | {:.1}% |",
            o.name
                .replace("opendatakosovo_", "")
                .replace("gjakova-procurement-data-importer/data/procurements/", "")
                .replace("prishtina-contracts-importer/data/", "")
                .replace("open-contracting-data-standardifier/sample-csv/", ""),
            o.profile,
            o.data_rows,
            o.read,
            o.reported,
            o.dates.1,
            o.dates.0,
            pct(o.dates),
            o.amounts.1,
            o.amounts.0,
            pct(o.amounts),
            100.0 * o.complete as f64 / o.read.max(1) as f64,
        );
    }
    let sum = |f: fn(&Outcome) -> usize| outcomes.iter().map(f).sum::<usize>();
    println!(
        "| total ({} files) | | {} | {} | {} | {}/{} ({:.1}%) | {}/{} ({:.1}%) | {:.1}% |",
        outcomes.len(),
        sum(|o| o.data_rows),
        sum(|o| o.read),
        sum(|o| o.reported),
        sum(|o| o.dates.1),
        sum(|o| o.dates.0),
        pct((sum(|o| o.dates.0), sum(|o| o.dates.1))),
        sum(|o| o.amounts.1),
        sum(|o| o.amounts.0),
        pct((sum(|o| o.amounts.0), sum(|o| o.amounts.1))),
        100.0 * sum(|o| o.complete) as f64 / sum(|o| o.read).max(1) as f64,
    );
}

fn approx(got: Option<f64>, want: f64) -> bool {
    got.is_some_and(|g| (g - want).abs() < 0.005)
}

/// Facts read by hand from the condensed registers.
#[test]
fn condensed_registers_spot_checks() {
    let p = "opendatakosovo_gjakova-procurement-data-importer/data/procurements";
    if let Some(reg) = read_file(&format!("{p}/Ferizaj/2011.csv")) {
        assert_eq!(reg.profile, Profile::Condensed);
        let r = row_at(&reg, 1);
        assert_eq!(r.date, date(2011, 1, 27));
        assert!(approx(r.value_eur, 580.0));
        assert_eq!(r.operator.as_deref(), Some("TELEVIZIONI FESTINA"));
        assert_eq!(r.operator_seat.as_deref(), Some("FERIZAJ"));
        assert_eq!(r.procurement_type.as_deref(), Some("Shërbime"));
        assert_eq!(r.procurement_type_code.as_deref(), Some("2"));
        assert_eq!(r.value_class.as_deref(), Some("Vlerë e vogël"));
        assert_eq!(r.procedure_code.as_deref(), Some("6"));
        let blank = reg.problems.iter().find(|p| p.line == 53).unwrap();
        assert_eq!(blank.reason, "blank line");
    }
    if let Some(reg) = read_file(&format!("{p}/Prishtina/2010.csv")) {
        let r = row_at(&reg, 1);
        assert_eq!(r.date, date(2010, 2, 4), "04.02.10");
        let r = row_at(&reg, 2);
        assert_eq!(r.date, date(2010, 7, 29));
        assert!(
            approx(r.estimated_value_eur, 1_700_000.0),
            "\"1,700,000.00\""
        );
        assert!(approx(r.value_eur, 1_502_443.20));
        assert_eq!(r.operator.as_deref(), Some("Bedi nderton"));
        assert_eq!(
            r.award_criterion.as_deref(),
            Some("Tenderi ekonomikisht më i favorshëm")
        );
        assert!(r
            .details
            .iter()
            .any(|(k, v)| k == "Lloji i buxhetit" && v.ends_with("(1+2)")));
    }
    if let Some(reg) = read_file(&format!("{p}/Prishtina/2015.csv")) {
        // The minimal-value section: coded columns one place to the right.
        let r = row_at(&reg, 292);
        assert_eq!(r.procurement_number.as_deref(), Some("001"));
        assert_eq!(r.procurement_type.as_deref(), Some("Furnizim"));
        assert_eq!(r.value_class.as_deref(), Some("Vlerë minimale"));
        assert_eq!(r.procedure.as_deref(), Some("Procedura e vlerës minimale"));
        assert_eq!(r.date, date(2015, 1, 12));
        assert!(approx(r.value_eur, 900.0));
        assert_eq!(r.operator.as_deref(), Some("NTP \"Ora\""));
    }
    if let Some(reg) = read_file(&format!("{p}/Gjilan/2011.csv")) {
        let r = row_at(&reg, 2);
        assert_eq!(r.operator.as_deref(), Some("NPSH \"MIZI\""));
        assert!(approx(r.value_eur, 8365.0));
    }
    if let Some(reg) = read_file(&format!("{p}/Gjilan/2016.csv")) {
        let totals = reg.problems.iter().find(|p| p.line == 93).unwrap();
        assert!(totals.reason.starts_with("totals row"), "{totals:?}");
    }
    if let Some(reg) = read_file(&format!("{p}/Gjakova/2011.csv")) {
        let r = row_at(&reg, 1);
        assert_eq!(r.operator.as_deref(), Some("Qlirimi"), "stray quotes");
        assert!(approx(r.value_eur, 5506.80));
        let r = row_at(&reg, 3);
        assert_eq!(r.date, date(2011, 5, 12), "start of 12.05.2011-31.12.2011");
        assert!(approx(r.value_eur, 80_000.0));
    }
    if let Some(reg) = read_file(&format!("{p}/Gjakova/2015.csv")) {
        let r = row_at(&reg, 4);
        assert_eq!(r.date, date(2015, 6, 16), "16.06.2015-");
        assert_eq!(r.operator.as_deref(), Some("Pro Vet"));
    }
    if let Some(reg) = read_file(&format!("{p}/Vitia/2016.csv")) {
        let r = row_at(&reg, 1);
        assert!(approx(r.estimated_value_eur, 86_000.0));
        assert!(approx(r.value_eur, 73_152.12));
        assert_eq!(r.date, date(2016, 5, 1));
    }
    if let Some(reg) = read_file(&format!("{p}/Vitia/2015.csv")) {
        let joined = reg.problems.iter().find(|p| p.line == 43).unwrap();
        assert!(joined.reason.contains("joined"), "{joined:?}");
    }
    if let Some(reg) = read_file(&format!("{p}/Hani i Elezit/2012.csv")) {
        let r = row_at(&reg, 1);
        assert_eq!(r.operator.as_deref(), Some("shpk. \"Eskavatori\""));
        assert!(approx(r.value_eur, 9800.0));
        assert_eq!(r.date, date(2012, 1, 17));
    }
    if let Some(reg) = read_file(&format!("{p}/Ferizaj/2013.csv")) {
        let r = row_at(&reg, 109);
        assert!(approx(r.value_eur, 20_503.90), "20’503.90 €");
    }
}

/// Facts read by hand from the annual report and the wide registers.
#[test]
fn annual_report_and_wide_registers_spot_checks() {
    let data = "opendatakosovo_open-contracting-data-standardifier/sample-csv/gjilan-2015-data.csv";
    if let Some(reg) = read_file(data) {
        assert_eq!(reg.profile, Profile::AnnualReport);
        assert_eq!(reg.header_line, Some(1));
        let r = row_at(&reg, 2);
        assert!(approx(r.value_eur, 1_135_550.25), "€ 1,135,550.25");
        assert!(approx(r.estimated_value_eur, 180_000.0));
        assert!(approx(r.paid_eur, 340_665.08));
        assert_eq!(r.date, date(2015, 6, 2));
        assert_eq!(r.operator.as_deref(), Some("CDC"));
        assert_eq!(r.procurement_type.as_deref(), Some("Punë"));
        assert_eq!(r.award_criterion.as_deref(), Some("Çmimi më i ulët"));
        assert_eq!(r.operator_origin.as_deref(), Some("vendor"));
        let r = row_at(&reg, 6);
        assert_eq!(r.operator.as_deref(), Some("\"TALI\" sh.p.k"));
        assert!(approx(r.value_eur, 54_777.20));
    }
    let wide = "opendatakosovo_prishtina-contracts-importer/data";
    if let Some(reg) = read_file(&format!("{wide}/lipjan/2017.csv")) {
        assert_eq!(reg.profile, Profile::Headers);
        let r = row_at(&reg, 2);
        assert_eq!(r.operator.as_deref(), Some("Ardi"));
        assert_eq!(r.date, date(2017, 1, 18));
        assert!(approx(r.estimated_value_eur, 40_000.0));
        assert!(approx(r.paid_eur, 30_000.0));
        assert!(r.title.as_deref().unwrap().ends_with("Komunës së Lipjanit"));
    }
    if let Some(reg) = read_file(&format!("{wide}/procurements/new/2017.csv")) {
        let r = row_at(&reg, 2);
        assert_eq!(r.operator.as_deref(), Some("DLD group"));
        assert_eq!(r.date, date(2017, 7, 4));
        assert!(approx(r.value_eur, 48_746.0));
        assert_eq!(r.procedure.as_deref(), Some("Procedura e hapur"));
        assert_eq!(r.procurement_type.as_deref(), Some("Furnizim"));
    }
}

/// Where a row's municipality comes from: its own cell, else the register's
/// metadata sheet, else a folder named after a municipality, else the
/// `--municipality` flag (here `Gjilan`).
#[test]
fn municipality_from_cell_metadata_folder_or_flag() {
    use super::util::{all_acts, ingest_into, write};
    let dir = tempfile::TempDir::new().unwrap();
    let root = dir.path();
    let condensed = "2,1,2,3,6,50,Mirëmbajtja dimërore e rrugëve,17.01.2012,\"10,000.00\",\"9,800.00\",0,\"shpk. \"\"Eskavatori\"\"\",Ferizaj,1,1,1\n";
    write(root, "Hani i Elezit/2012.csv", condensed);
    write(
        root,
        "raporte/viti-2015-data.csv",
        "Lloji i Buxhetit,Numri rendor i prokurimit,Lloji i prokurimit,Vlera e prokurimit,Procedura e prokurimit,Klasifikimi,Titulli i aktivitetit të prokurimit,Data e inicimit,Data e publikimit të njoftimit për kontratë,Data e publikimit të njoftimit për dhënie të kontratës,Data e nënshkrimit të kontratës,Afatet për implementimin e kontratës,Data e përmbylljes së kontratës,Vlera e parashikuar e kontratës,Çmimi i kontratës,Çmimi i Aneks kontratës,Zbritjet nga kontrata,Çmimi total i paguar për kontratën,Emri i OE të cilit i është dhënë kontrata,OE vendor (1) ; Jo vendor (2),Numri i kërkesave për DT,numri i ofertave të dorëzuara,Numri i ofertave të refuzuara,Afati kohor për pranimin tenderëve,Kriteret për dhënie kontratës\n\
         2,001,1,2,1,11,Furnizimi me derivate të naftës,02.01.2015,09.01.2015,30.01.2015,09.02.2015,12 muaj,N/A,\"€ 95,000.00\",\"€ 95,000.00\",N/A,N/A,\"€ 90,000.00\",KUSHTRIMI PETROLL,1,5,3,0,1,1\n",
    );
    write(
        root,
        "raporte/viti-2015-metadata.csv",
        "Data e përgatitjes së raportit:,Viti fiskal : ,Emri zyrtar i Autoritetit Kontraktues,Kodi buxhetor\n20.01.2016,2015,Komuna e Vitisë,Vi 100\n",
    );
    write(
        root,
        "Ferizaj/me-komune.csv",
        "Nr,Titulli,Data,Komuna\n1,Vendim për rrugët,12.03.2019,Kamenicë\n",
    );
    write(
        root,
        "tjera/regjistri.csv",
        "Nr,Titulli,Data\n1,Vendim për parqet,12.03.2019\n",
    );
    let index = tempfile::TempDir::new().unwrap();
    let archive = arkiva::index::Archive::open_or_create(index.path()).unwrap();
    let report = ingest_into(&archive, root);
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    let acts = all_acts(&archive);
    let municipality_of = |source: &str| {
        acts.iter()
            .find(|a| a.source.starts_with(source))
            .unwrap_or_else(|| panic!("no act from {source}: {acts:#?}"))
            .municipality
            .clone()
    };
    assert_eq!(municipality_of("Hani i Elezit/2012.csv"), "Hani i Elezit");
    assert_eq!(municipality_of("raporte/viti-2015-data.csv"), "Viti");
    assert_eq!(municipality_of("Ferizaj/me-komune.csv"), "Kamenicë");
    assert_eq!(municipality_of("tjera/regjistri.csv"), "Gjilan");
    assert_eq!(acts.len(), 4, "the metadata sheet is no act");

    let note = |source: &str| {
        report
            .notes
            .iter()
            .filter(|n| n.source == source)
            .map(|n| n.reason.clone())
            .collect::<Vec<_>>()
            .join("; ")
    };
    assert!(note("raporte/viti-2015-metadata.csv").contains("metadata sheet"));
    assert!(note("Hani i Elezit/2012.csv").contains("pa tituj"));
    assert!(note("tjera/regjistri.csv").contains("format i panjohur"));
    let summary = |source: &str| {
        report
            .registers
            .iter()
            .find(|r| r.source == source)
            .unwrap()
            .clone()
    };
    assert_eq!(
        summary("Hani i Elezit/2012.csv").profile,
        Profile::Condensed
    );
    assert_eq!(
        summary("Hani i Elezit/2012.csv").municipality_from,
        Some("folder")
    );
    let annual = summary("raporte/viti-2015-data.csv");
    assert_eq!(annual.profile, Profile::AnnualReport);
    assert_eq!(annual.municipality_from, Some("metadata"));
    assert_eq!((annual.rows, annual.reported), (1, 0));
}

/// Issue 7's operator line over the real registers: a search for an
/// operator's name finds every record whose operator column names it, in
/// every municipality, and the operator facet puts its spellings under one
/// entry. "Names it" is judged from the raw cell alone (letters and digits
/// of the folded cell contain the folded name), not from `operator_key`.
#[test]
fn real_operators_are_found_across_municipalities_with_spellings_grouped() {
    use arkiva::search::{search, FacetFilter, SearchRequest};

    let Some(archive) = super::util::real_archive() else {
        return;
    };
    let acts = super::util::all_acts(archive);
    let squash = |s: &str| -> String {
        arkiva::analysis::fold(s)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    // Operators read by hand in several municipalities' registers, each
    // with one of the spellings found there.
    for (name, another_spelling) in [
        ("Atom Med", "N.T.SH. ,,Atom-Med,,"),
        ("Berisha Company", "shpk. \"Berisha Company\""),
        ("Arbeni Tours", "NT “ARBENI TOURS”"),
    ] {
        let named: BTreeSet<&str> = acts
            .iter()
            .filter(|a| {
                a.operator
                    .as_deref()
                    .is_some_and(|o| squash(o).contains(&squash(name)))
            })
            .map(|a| a.id.as_str())
            .collect();
        let municipalities: BTreeSet<&str> = acts
            .iter()
            .filter(|a| named.contains(a.id.as_str()))
            .map(|a| a.municipality.as_str())
            .collect();
        let spellings: BTreeSet<&str> = acts
            .iter()
            .filter(|a| named.contains(a.id.as_str()))
            .filter_map(|a| a.operator.as_deref())
            .collect();
        eprintln!(
            "{name}: {} records, {} municipalities, {} spellings",
            named.len(),
            municipalities.len(),
            spellings.len()
        );
        assert!(municipalities.len() >= 3, "{name}: {municipalities:?}");
        assert!(spellings.len() >= 3, "{name}: {spellings:?}");

        let run = |query: &str, filter: FacetFilter| {
            let request = SearchRequest {
                query: query.into(),
                filter,
                limit: 1000,
                ..Default::default()
            };
            search(archive, &request).unwrap()
        };
        let found = run(name, FacetFilter::default());
        let hits: BTreeSet<&str> = found.hits.iter().map(|h| h.id.as_str()).collect();
        let missed: Vec<_> = named.difference(&hits).collect();
        assert!(missed.is_empty(), "{name}: search missed {missed:?}");
        // Joint bids ("Arlindi shpk dhe Berisha Company", "X & Y") are
        // contracts with a consortium, a facet entry of its own; every other
        // spelling is under the firm's one entry.
        let joint =
            |o: &str| o.contains('&') || o.contains('+') || o.to_lowercase().contains(" dhe ");
        let alone = acts
            .iter()
            .filter(|a| named.contains(a.id.as_str()))
            .filter(|a| !a.operator.as_deref().is_some_and(joint))
            .count();
        let key = arkiva::model::operator_key(name).unwrap();
        let group = &found.facets.operators[&key];
        assert_eq!(group.count, alone as u64, "{name}: {group:?}");

        let filter = FacetFilter {
            operators: vec![another_spelling.into()],
            ..Default::default()
        };
        let by_operator = run("", filter);
        assert_eq!(
            by_operator.total, alone as u64,
            "{name}: the lookup by '{another_spelling}'"
        );
        let exact: BTreeSet<&str> = by_operator.hits.iter().map(|h| h.id.as_str()).collect();
        assert!(
            exact.is_subset(&named),
            "{name}: the lookup by '{another_spelling}'"
        );
    }
}
