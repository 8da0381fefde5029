//! The sessions and councillors registers through a whole ingest: read by
//! their header (in a legacy encoding too), every bad row reported with its
//! line, no acts made of them, their rows kept in `derived.json`, and a
//! corrected file replacing its entry on the next run.

use arkiva::derived::Derived;
use arkiva::ingest::Severity;
use arkiva::sessions::turns::Side;
use tempfile::TempDir;

use super::util::{all_acts, ingest_into, windows_1252, write};

const SESSIONS: &str = "Data;Organi;Mbledhja;Lloji;Video\r\n\
    04.07.2019;Kuvendi i Komunës;7-të;e rregullt;https://www.youtube.com/watch?v=Qm7xK2pLw9A\r\n\
    25.03.2021;Komiteti për Politikë dhe Financa;e pestë;e jashtëzakonshme;https://kk.example/gjilan/v/1 https://kk.example/gjilan/v/2\r\n\
    12.03.2022;Kuvendi i Komunës;3;e rregullt;javascript:alert(1)\r\n";

const COUNCILLORS: &str = "Emri,Subjekti politik,Pozita,Mandati\n\
    Arbër Kadriu,LDK,pozitë,2017–2021\n\
    Vjosa Krasniqi,VV,opozitë,2017–2021\n\
    Besnik Gashi,PDK,neutral,2017–2021\n";

#[test]
fn side_registers_are_read_reported_kept_and_replaced_never_acts() {
    let data = TempDir::new().unwrap();
    let index = TempDir::new().unwrap();
    let root = data.path();
    // Windows-1252 with CRLF, as Excel on Windows saves it.
    write(root, "regjistrat/seancat.csv", windows_1252(SESSIONS));
    write(root, "regjistrat/keshilltaret.csv", COUNCILLORS);
    let archive = arkiva::index::Archive::open_or_create(index.path()).unwrap();
    let report = ingest_into(&archive, root);

    let mut errors: Vec<(&str, Option<u64>)> = report
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| (p.source.as_str(), p.line))
        .collect();
    errors.sort();
    assert_eq!(
        errors,
        vec![
            ("regjistrat/keshilltaret.csv", Some(4)),
            ("regjistrat/seancat.csv", Some(4)),
        ],
        "{:?}",
        report.problems
    );
    assert_eq!(report.warnings(), 0, "{:?}", report.problems);
    let seancat_error = report
        .problems
        .iter()
        .find(|p| p.source == "regjistrat/seancat.csv")
        .unwrap();
    assert!(seancat_error.reason.contains("javascript:alert(1)"));
    assert!(seancat_error.reason.contains("Video"));
    assert!(report
        .notes
        .iter()
        .any(|n| n.source == "regjistrat/seancat.csv"
            && n.reason.contains("read as sessions register")));
    assert!(report
        .notes
        .iter()
        .any(|n| n.source == "regjistrat/keshilltaret.csv"
            && n.reason.contains("read as councillors register")));
    assert_eq!(report.files, 2);
    assert_eq!(report.records, 6);
    assert_eq!(report.added, 0);
    assert!(all_acts(&archive).is_empty());

    let derived = Derived::load(index.path()).unwrap();
    let sessions = &derived.registers.sessions["regjistrat/seancat.csv"];
    assert_eq!(sessions.len(), 2);
    assert_eq!(sessions[0].body, "Kuvendi i Komunës");
    assert_eq!(sessions[1].ordinal, Some(5));
    assert_eq!(sessions[1].recordings.len(), 2);
    let councillors = &derived.registers.councillors["regjistrat/keshilltaret.csv"];
    assert_eq!(councillors.list.len(), 2);
    assert_eq!(councillors.list[0].name, "Arbër Kadriu");
    assert_eq!(councillors.list[1].side, Some(Side::Opozite));

    // The clerk fixes the bad rows; the next run replaces both entries.
    let fixed = SESSIONS.replace("javascript:alert(1)", "https://kk.example/gjilan/v/3");
    write(root, "regjistrat/seancat.csv", windows_1252(&fixed));
    write(
        root,
        "regjistrat/keshilltaret.csv",
        COUNCILLORS.replace("neutral", "opozitë"),
    );
    let report = ingest_into(&archive, root);
    assert_eq!(report.skipped(), 0, "{:?}", report.problems);
    let derived = Derived::load(index.path()).unwrap();
    assert_eq!(derived.registers.sessions.len(), 1);
    assert_eq!(
        derived.registers.sessions["regjistrat/seancat.csv"].len(),
        3
    );
    assert_eq!(
        derived.registers.councillors["regjistrat/keshilltaret.csv"]
            .list
            .len(),
        3
    );
    assert!(all_acts(&archive).is_empty());
}

#[test]
fn the_sample_archive_keeps_its_sessions_and_councillors_registers() {
    let archive = super::util::sample_archive();
    let derived = Derived::load(archive.dir()).unwrap();
    let sessions = &derived.registers.sessions["regjistrat/seancat.csv"];
    // The session of the 2019 minutes, as the minutes name it.
    let july = sessions
        .iter()
        .find(|s| s.date == chrono::NaiveDate::from_ymd_opt(2019, 7, 4).unwrap())
        .expect("the 7th regular session of 2019");
    assert_eq!(
        (july.body.as_str(), july.ordinal),
        ("Kuvendi i Komunës", Some(7))
    );
    assert!(sessions.len() >= 20);
    assert!(sessions.iter().all(
        |s| !s.recordings.is_empty() && s.recordings.iter().all(|u| u.starts_with("https://"))
    ));
    let councillors = derived.registers.all_councillors();
    // Sides as the minutes give them.
    let sadiku = councillors.lookup("z. Fatos Sadiku", 2015).unwrap();
    assert_eq!(sadiku.side, Some(Side::Pozite));
    let hasani = councillors.lookup("Kushtrim Hasani", 2019).unwrap();
    assert_eq!(hasani.side, Some(Side::Opozite));
    assert_eq!(
        councillors
            .lookup("Dragan Stojanović", 2023)
            .map(|c| c.group.as_str()),
        Some("Lista Serbe")
    );
}
