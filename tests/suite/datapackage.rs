//! The Frictionless Data Package: the descriptor the API serves, the
//! folder `export --format datapackage` writes, and that both agree with
//! the searches, the CSV exports and the field dictionary.

use std::path::Path;

use axum::http::StatusCode;
use axum::Router;
use serde_json::Value;

use super::util::{contract_registers, get_from, Fixture};
use arkiva::export::datapackage::{write_folder, DataPackageError, DESCRIPTOR};
use arkiva::export::datasets::{Dataset, DATASETS, VOTES};
use arkiva::export::fields::SCHEMA_VERSION;
use arkiva::export::COLUMNS;
use arkiva::index::Archive;
use arkiva::search::{self, SearchRequest};
use arkiva::web::router;

/// The small fixture plus registers of two more municipalities.
fn archive() -> (Fixture, Archive) {
    let fixture = Fixture::new();
    contract_registers(fixture.dir.path());
    let (archive, _) = fixture.ingest();
    (fixture, archive)
}

fn total(archive: &Archive, dataset: &Dataset) -> u64 {
    search::search(archive, &dataset.request()).unwrap().total
}

/// GETs `uri` as sent to `host`: the status and the body.
async fn get(app: &Router, uri: &str, host: Option<&str>) -> (StatusCode, Vec<u8>) {
    let reply = get_from(app, uri, host).await;
    (reply.status, reply.body)
}

/// The header and the number of data rows of a CSV export (BOM skipped).
fn read_csv(bytes: &[u8]) -> (Vec<String>, usize) {
    let body = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .expect("the CSV starts with a BOM");
    let mut reader = csv::Reader::from_reader(body);
    let header = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .inspect(|r| assert!(r.is_ok(), "{r:?}"))
        .count();
    (header, rows)
}

fn field_names(resource: &Value) -> Vec<String> {
    resource["schema"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_written_folder_holds_every_dataset_as_its_schema_says() {
    let (_fixture, archive) = archive();
    let out = tempfile::TempDir::new().unwrap();
    let dir = out.path().join("paketa");
    let written = write_folder(&archive, &dir).unwrap();
    let descriptor: Value =
        serde_json::from_slice(&std::fs::read(dir.join(DESCRIPTOR)).unwrap()).unwrap();
    assert_eq!(descriptor["profile"], "tabular-data-package");
    assert_eq!(descriptor["version"], SCHEMA_VERSION);
    assert_eq!(descriptor["name"], "arkiva-aktet");
    for place in ["Gjakovë", "Gjilan", "Viti"] {
        assert!(descriptor["title"].as_str().unwrap().contains(place));
    }
    let resources = descriptor["resources"].as_array().unwrap();
    assert_eq!(resources.len(), DATASETS.len() + 1);
    assert_eq!(written.len(), DATASETS.len() + 1);
    // The votes dataset last: its CSV has its own columns and one row per item of derived.json.
    let votes = resources.last().unwrap();
    assert_eq!(votes["name"], VOTES.name);
    assert_eq!(votes["path"], VOTES.csv_file());
    let (header, rows) = read_csv(&std::fs::read(dir.join(VOTES.csv_file())).unwrap());
    assert_eq!(header, field_names(votes));
    let items: usize = arkiva::derived::Derived::load(archive.dir())
        .unwrap()
        .sessions
        .iter()
        .map(|s| s.items.len())
        .sum();
    assert_eq!(rows, items);
    assert_eq!(written.last().unwrap(), &(VOTES.name, items as u64));
    let mut some_contracts = false;
    for ((resource, dataset), (name, count)) in resources.iter().zip(&DATASETS).zip(&written) {
        assert_eq!(resource["name"], dataset.name);
        assert_eq!(*name, dataset.name);
        assert_eq!(resource["path"], dataset.csv_file());
        assert_eq!(field_names(resource), COLUMNS);
        let (header, rows) = read_csv(&std::fs::read(dir.join(dataset.csv_file())).unwrap());
        assert_eq!(header, field_names(resource), "{}", dataset.name);
        assert_eq!(rows as u64, total(&archive, dataset), "{}", dataset.name);
        assert_eq!(rows as u64, *count);
        some_contracts |= dataset.name == "contracts" && rows >= 8;
    }
    assert!(some_contracts, "the contracts of the three registers");
    // Only the package: no temporary files left behind.
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut expected: Vec<String> = DATASETS.iter().map(|d| d.csv_file()).collect();
    expected.push(VOTES.csv_file());
    expected.push(DESCRIPTOR.to_string());
    expected.sort();
    assert_eq!(files, expected);
}

#[test]
fn a_folder_with_files_is_refused_and_left_as_it_was() {
    let (_fixture, archive) = archive();
    let out = tempfile::TempDir::new().unwrap();
    std::fs::write(out.path().join("shenime.txt"), "mos më fshi").unwrap();
    let err = write_folder(&archive, out.path()).unwrap_err();
    assert!(matches!(err, DataPackageError::NotEmpty(_)), "{err}");
    let names: Vec<_> = std::fs::read_dir(out.path()).unwrap().collect();
    assert_eq!(names.len(), 1);
    assert_eq!(
        std::fs::read_to_string(out.path().join("shenime.txt")).unwrap(),
        "mos më fshi"
    );
    // A file where the folder should be is refused too; an empty folder is used.
    let file = out.path().join("shenime.txt");
    assert!(write_folder(&archive, &file).is_err());
    let empty = tempfile::TempDir::new().unwrap();
    write_folder(&archive, empty.path()).unwrap();
    assert!(empty.path().join(DESCRIPTOR).is_file());
    assert!(!Path::new(&empty.path().join(".datapackage.json.partial")).exists());
}

#[tokio::test]
async fn the_api_descriptor_points_at_exports_that_answer() {
    let (_fixture, archive) = archive();
    let app = router(archive.clone());
    let (status, body) = get(&app, "/api/datapackage.json", Some("arkiva.example:8080")).await;
    assert_eq!(status, StatusCode::OK);
    let descriptor: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(descriptor["homepage"], "http://arkiva.example:8080/");
    assert_eq!(descriptor["licenses"][0]["name"], "CC0-1.0");
    let resources = descriptor["resources"].as_array().unwrap();
    assert_eq!(resources.len(), DATASETS.len() + 1);
    let votes = resources.last().unwrap();
    assert_eq!(votes["path"], "http://arkiva.example:8080/api/votes.csv");
    let (status, csv) = get(&app, "/api/votes.csv", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(read_csv(&csv).0, field_names(votes));
    for (resource, dataset) in resources.iter().zip(&DATASETS) {
        assert_eq!(resource["name"], dataset.name);
        assert_eq!(field_names(resource), COLUMNS);
        assert_eq!(resource["schema"]["primaryKey"][0], "id");
        let url = resource["path"].as_str().unwrap();
        let path = url
            .strip_prefix("http://arkiva.example:8080")
            .unwrap_or_else(|| panic!("not absolute: {url}"));
        assert!(path.starts_with("/api/export.csv"), "{path}");
        let (status, csv) = get(&app, path, Some("arkiva.example:8080")).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        let (header, rows) = read_csv(&csv);
        assert_eq!(header, COLUMNS);
        assert_eq!(rows as u64, total(&archive, dataset), "{path}");
    }
    // Without a usable Host the paths are relative to the descriptor.
    let (status, body) = get(&app, "/api/datapackage.json", Some("bad host/")).await;
    assert_eq!(status, StatusCode::OK);
    let descriptor: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(
        descriptor["resources"][1]["path"],
        "export.csv?type=kontrate"
    );
    assert!(descriptor.get("homepage").is_none());
}

#[test]
fn an_archive_of_one_municipality_is_named_after_it() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let about = arkiva::export::datapackage::About::of(&archive).unwrap();
    assert_eq!(about.municipalities, ["Gjilan"]);
    let descriptor = arkiva::export::datapackage::descriptor(&about, |d| d.csv_file());
    assert_eq!(descriptor["name"], "arkiva-gjilan");
    assert_eq!(descriptor["contributors"][0]["role"], "publisher");
    let all = search::search(&archive, &SearchRequest::default()).unwrap();
    assert!(all.total > 0);
}
