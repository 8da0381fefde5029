//! Issue 8's open-data outputs checked by each standard's own tools
//! (`scripts/validate/open_data.py`: jsonschema for OCDS 1.1.5,
//! frictionless for the Data Package, rdflib for DCAT-AP, feedparser for
//! Atom), on the sample corpus and on the real registers of
//! `../shared/corpora/albanian-municipal/`; and one record's values the same
//! in CSV, NDJSON, OCDS and the API.
//!
//! The validators run from the Python virtual environment `.ci/run` makes
//! (`$ARKIVA_PYTHON`, else `~/.cache/arkiva-venv/bin/python`); without it
//! the validation tests skip with the command that installs it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use arkiva::index::Archive;
use arkiva::web::router;
use axum::http::StatusCode;
use axum::Router;
use serde_json::Value;
use tempfile::TempDir;

use super::util::{get, get_from, real_archive, repo, sample_archive};

fn sample() -> Router {
    router(sample_archive().clone())
}

fn real_registers() -> Option<Router> {
    real_archive().map(|archive| router(archive.clone()))
}

/// The Python with the validators installed, or `None` with how to get it.
fn validators() -> Option<PathBuf> {
    let python = std::env::var_os("ARKIVA_PYTHON")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache/arkiva-venv/bin/python"))
        })?;
    let ready = Command::new(&python)
        .args(["-c", "import frictionless, jsonschema, rdflib, feedparser"])
        .output()
        .is_ok_and(|o| o.status.success());
    if ready {
        Some(python)
    } else {
        eprintln!(
            "SKIP: the open-data validators are not installed at {} (run .ci/run, or: \
             python3 -m venv ~/.cache/arkiva-venv && \
             ~/.cache/arkiva-venv/bin/pip install -r scripts/validate/requirements.txt)",
            python.display()
        );
        None
    }
}

/// Runs one check of `open_data.py`; fails the test with the tool's words.
fn validate(python: &Path, what: &str, args: &[&Path]) {
    let output = Command::new(python)
        .arg(repo().join("scripts/validate/open_data.py"))
        .arg(what)
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{what} did not validate:\n{stdout}{stderr}"
    );
    eprintln!("{what}: {}", stdout.trim());
}

/// GETs `uri` (200 expected) into a file in `dir`.
async fn fetch(app: &Router, uri: &str, dir: &Path, name: &str) -> PathBuf {
    let reply = get(app, uri).await;
    assert_eq!(reply.status, StatusCode::OK, "{uri}: {}", reply.text());
    let path = dir.join(name);
    std::fs::write(&path, &reply.body).unwrap();
    path
}

fn ocds_schemas() -> Option<PathBuf> {
    let dir = repo().join("../shared/schemas/ocds-1.1.5");
    if dir.join("release-package-schema.json").exists() {
        Some(dir)
    } else {
        eprintln!(
            "SKIP: {} is absent (OCDS schemas not available)",
            dir.display()
        );
        None
    }
}

/// Every output an archive offers, validated: the Data Package folder
/// `arkiva export --format datapackage` writes, and through the router the
/// OCDS package, the DCAT-AP catalogue and Atom feeds.
async fn validate_outputs(archive: &Archive, python: &Path) {
    let app = &router(archive.clone());
    let dir = TempDir::new().unwrap();
    let folder = dir.path().join("paketa");
    arkiva::export::datapackage::write_folder(archive, &folder).unwrap();
    validate(
        python,
        "datapackage",
        &[&folder.join(arkiva::export::datapackage::DESCRIPTOR)],
    );
    if let Some(schemas) = ocds_schemas() {
        let package = fetch(app, "/api/ocds/releases.json", dir.path(), "ocds.json").await;
        validate(python, "ocds", &[&package, &schemas]);
    }
    let catalog = get_from(app, "/api/catalog.jsonld", Some("arkiva.example")).await;
    assert_eq!(catalog.status, StatusCode::OK);
    let catalog_file = dir.path().join("catalog.jsonld");
    std::fs::write(&catalog_file, &catalog.body).unwrap();
    validate(python, "dcat", &[&catalog_file]);
    for (i, uri) in [
        "/feed.atom",
        "/feed.atom?type=kontrate",
        "/feed.atom?q=rruga",
    ]
    .iter()
    .enumerate()
    {
        let feed = fetch(app, uri, dir.path(), &format!("feed-{i}.xml")).await;
        validate(python, "atom", &[&feed]);
    }
}

#[tokio::test]
async fn sample_outputs_validate_with_the_standards_tools() {
    let Some(python) = validators() else {
        return;
    };
    validate_outputs(sample_archive(), &python).await;
}

#[tokio::test]
async fn real_register_outputs_validate_with_the_standards_tools() {
    let (Some(python), Some(archive)) = (validators(), real_archive()) else {
        return;
    };
    validate_outputs(archive, &python).await;
}

/// The NDJSON export, keyed by id.
async fn ndjson_by_id(app: &Router, query: &str) -> BTreeMap<String, Value> {
    let text = get(app, &format!("/api/export.ndjson?{query}"))
        .await
        .text();
    text.lines()
        .map(|line| {
            let act: Value = serde_json::from_str(line).unwrap();
            (act["id"].as_str().unwrap().to_string(), act)
        })
        .collect()
}

/// The CSV export, each row as column → cell, keyed by id.
async fn csv_by_id(app: &Router, query: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    let body = get(app, &format!("/api/export.csv?{query}")).await.body;
    let body = body.strip_prefix(b"\xEF\xBB\xBF").expect("a UTF-8 BOM");
    let mut reader = csv::Reader::from_reader(body);
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|row| {
            let row = row.unwrap();
            let cells: BTreeMap<String, String> = headers
                .iter()
                .zip(row.iter())
                .map(|(h, c)| (h.to_string(), c.to_string()))
                .collect();
            (cells["id"].clone(), cells)
        })
        .collect()
}

/// What a JSON value looks like as a CSV cell (text cells that a
/// spreadsheet would run as formulas carry a leading apostrophe).
fn as_cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => arkiva::export::neutralize(s),
        Value::Number(n) => n.as_f64().unwrap().to_string(),
        other => other.to_string(),
    }
}

/// Every field of every contract equal in the NDJSON export, the CSV export
/// and `/api/acts/{id}`; the OCDS release carries the same title, date,
/// value, operator and procedure.
async fn same_values_everywhere(app: &Router) -> usize {
    let query = "type=kontrate";
    let ndjson = ndjson_by_id(app, query).await;
    let csv = csv_by_id(app, query).await;
    assert!(!ndjson.is_empty());
    assert_eq!(
        ndjson.keys().collect::<Vec<_>>(),
        csv.keys().collect::<Vec<_>>()
    );
    let ocds = get(app, &format!("/api/ocds/releases.json?{query}"))
        .await
        .json();
    let releases: BTreeMap<&str, &Value> = ocds["releases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["ocid"].as_str().unwrap(), r))
        .collect();
    assert_eq!(releases.len(), ndjson.len());
    for (id, act) in &ndjson {
        let fields = act.as_object().unwrap();
        assert_eq!(fields.len(), arkiva::export::COLUMNS.len(), "{id}");
        for (column, value) in fields {
            assert_eq!(csv[id][column], as_cell(value), "{id}: {column}");
        }
        let mut api = get(app, &format!("/api/acts/{id}")).await.json();
        // The API adds what the archive knows around the act (its links,
        // whether it is in force, its sessions); the act's own fields must agree.
        for around in ["links", "in_force", "sessions"] {
            assert!(api.get(around).is_some(), "{id}: no {around}");
            api.as_object_mut().unwrap().remove(around);
        }
        assert_eq!(&api, act, "{id}: the API and the NDJSON export differ");

        let release = releases[format!("ocds-arkiva-{id}").as_str()];
        let contract = &release["contracts"][0];
        assert_eq!(release["tender"]["title"], act["title"], "{id}");
        assert_eq!(contract["title"], act["title"], "{id}");
        assert_eq!(contract["value"]["amount"], act["value_eur"], "{id}");
        if let Some(date) = act["date"].as_str() {
            assert_eq!(contract["dateSigned"], format!("{date}T00:00:00Z"), "{id}");
        }
        assert_eq!(
            release["tender"]["value"]["amount"], act["estimated_value_eur"],
            "{id}"
        );
        if act["procurement_number"].is_string() {
            assert_eq!(release["tender"]["id"], act["procurement_number"], "{id}");
        }
        let supplier = &release["awards"][0]["suppliers"][0];
        assert_eq!(supplier["name"], act["operator"], "{id}");
        assert_eq!(release["buyer"]["name"], act["municipality"], "{id}");
        if act["procedure"].is_string() {
            assert_eq!(
                release["tender"]["procurementMethodDetails"], act["procedure"],
                "{id}"
            );
        }
    }
    ndjson.len()
}

#[tokio::test]
async fn a_contract_has_the_same_values_in_csv_ndjson_ocds_and_the_api() {
    let contracts = same_values_everywhere(&sample()).await;
    eprintln!("sample: {contracts} contracts compared field by field");
}

#[tokio::test]
async fn a_real_contract_has_the_same_values_in_csv_ndjson_ocds_and_the_api() {
    let Some(app) = real_registers() else {
        return;
    };
    let contracts = same_values_everywhere(&app).await;
    eprintln!("real registers: {contracts} contracts compared field by field");
}

/// The `href` values of the search page's export and feed links, `&`
/// unescaped, in page order.
fn export_links(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|href| href.starts_with("/api/") || href.starts_with("/feed.atom"))
        .map(|href| href.replace("&#38;", "&").replace("&amp;", "&"))
        .collect()
}

#[tokio::test]
async fn the_search_page_links_the_exports_and_feed_of_its_query() {
    let app = sample();
    let page = get(&app, "/?q=rruga&year=2023&type=kontrate&page=2").await;
    assert_eq!(page.status, StatusCode::OK);
    let links = export_links(&page.text());
    let query = "q=rruga&type=kontrate&year=2023";
    for path in [
        "/api/export.csv",
        "/api/export.ndjson",
        "/api/ocds/releases.json",
        "/feed.atom",
    ] {
        let href = format!("{path}?{query}");
        assert!(links.contains(&href), "{href} not in {links:?}");
        // Each link answers, with the acts the page counts.
        assert_eq!(get(&app, &href).await.status, StatusCode::OK, "{href}");
    }
    let total = get(&app, &format!("/api/search?{query}")).await.json()["total"]
        .as_u64()
        .unwrap();
    assert!(total > 0);
    let ndjson = get(&app, &format!("/api/export.ndjson?{query}"))
        .await
        .text();
    assert_eq!(ndjson.lines().count() as u64, total);
    let ocds = get(&app, &format!("/api/ocds/releases.json?{query}"))
        .await
        .json();
    assert_eq!(ocds["releases"].as_array().unwrap().len() as u64, total);

    // Decisions are not procurement: no OCDS link, the others stay.
    let decisions = export_links(&get(&app, "/?q=rruga&type=vendim").await.text());
    assert!(decisions.iter().any(|l| l.starts_with("/api/export.csv?")));
    assert!(
        !decisions.iter().any(|l| l.starts_with("/api/ocds/")),
        "{decisions:?}"
    );
}
