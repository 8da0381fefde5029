//! The DCAT-AP catalogue (`/api/catalog.jsonld`) through the router: one
//! dataset per published dataset and year with acts (per municipality when
//! there are several) and none for other years, every distribution URL
//! answering with exactly the acts the facets count, the DCAT-AP mandatory
//! properties present, a junk Host header kept out of the output, and the
//! pages' footer linking it.

use std::collections::BTreeSet;

use axum::http::StatusCode;
use axum::Router;
use serde_json::Value;

use super::util::{contract_registers, get_from, ingest_into, real_archive, Fixture};
use arkiva::export::datasets::DATASETS;
use arkiva::index::Archive;
use arkiva::web::router;

const BASE: &str = "http://example.org";

async fn get(app: &Router, uri: &str, host: &str) -> (StatusCode, String, Vec<u8>) {
    let reply = get_from(app, uri, Some(host)).await;
    (reply.status, reply.content_type, reply.body)
}

async fn json(app: &Router, uri: &str) -> Value {
    let (status, _, body) = get(app, uri, "example.org").await;
    assert_eq!(status, StatusCode::OK, "{uri}");
    serde_json::from_slice(&body).unwrap()
}

async fn catalog(app: &Router) -> Value {
    let (status, content_type, body) = get(app, "/api/catalog.jsonld", "example.org").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(content_type, "application/ld+json");
    serde_json::from_slice(&body).unwrap()
}

/// A non-empty value of `property`, or a language-tagged list with one.
fn has(node: &Value, property: &str) -> bool {
    match &node[property] {
        Value::String(s) => !s.is_empty(),
        Value::Array(items) => items
            .iter()
            .any(|i| i["@value"].as_str().is_some_and(|s| !s.is_empty())),
        Value::Object(o) => !o.is_empty(),
        _ => false,
    }
}

/// DCAT-AP's mandatory properties: catalogue title, description and
/// publisher; dataset title and description; distribution access URL;
/// agent name. Returns the datasets.
fn check_mandatory(catalog: &Value) -> Vec<Value> {
    assert_eq!(catalog["@type"], "dcat:Catalog");
    for property in ["dct:title", "dct:description"] {
        assert!(has(catalog, property), "catalogue: {property}");
    }
    assert!(
        has(&catalog["dct:publisher"], "foaf:name"),
        "catalogue publisher"
    );
    let datasets = catalog["dcat:dataset"].as_array().unwrap().clone();
    assert!(!datasets.is_empty());
    for d in &datasets {
        let id = d["@id"].as_str().unwrap();
        assert_eq!(d["@type"], "dcat:Dataset");
        for property in ["dct:title", "dct:description", "dct:temporal"] {
            assert!(has(d, property), "{id}: {property}");
        }
        assert!(has(&d["dct:publisher"], "foaf:name"), "{id}: publisher");
        assert!(has(&d["dcat:contactPoint"], "vcard:fn"), "{id}: contact");
        let distributions = d["dcat:distribution"].as_array().unwrap();
        assert!(distributions.len() >= 2, "{id}: CSV and NDJSON");
        for dist in distributions {
            assert!(has(dist, "dcat:accessURL"), "{id}: accessURL");
            assert!(has(dist, "dct:license"), "{id}: licence");
        }
    }
    // The votes dataset comes from the sessions, not the acts' facets
    // (tests/suite/votes.rs checks it); the act datasets are checked here.
    datasets
        .into_iter()
        .filter(|d| !d["dct:identifier"].as_str().unwrap().starts_with("votes"))
        .collect()
}

/// The identifiers the facets call for: each dataset over all years and in
/// each year with acts; per municipality (name, IRI slug) when several.
async fn expected_ids(app: &Router, municipalities: &[(&str, &str)]) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for d in &DATASETS {
        for (name, slug) in municipalities {
            let mut query: Vec<String> = d
                .query_pairs()
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            let prefix = if municipalities.len() > 1 {
                let name: String = form_urlencoded::byte_serialize(name.as_bytes()).collect();
                query.push(format!("municipality={name}"));
                format!("{}-{slug}", d.name)
            } else {
                d.name.to_string()
            };
            let found = json(app, &format!("/api/search?per_page=1&{}", query.join("&"))).await;
            if found["total"].as_u64().unwrap() == 0 {
                continue;
            }
            ids.insert(prefix.clone());
            for (year, n) in found["facets"]["year"].as_object().unwrap() {
                if n.as_u64().unwrap() > 0 {
                    ids.insert(format!("{prefix}-{year}"));
                }
            }
        }
    }
    ids
}

/// Every distribution, fetched: 200 and exactly the acts the facets count
/// (a year's count in the year facet; over all years, the search total).
async fn check_distributions(app: &Router, datasets: &[Value]) {
    for d in datasets {
        for dist in d["dcat:distribution"].as_array().unwrap() {
            let url = dist["dcat:downloadURL"]["@id"].as_str().unwrap();
            assert_eq!(dist["dcat:accessURL"]["@id"].as_str(), Some(url));
            let path = url.strip_prefix(BASE).expect("absolute URL on the host");
            let query = path.split_once('?').map_or("", |(_, q)| q);
            let year = d["dct:identifier"]
                .as_str()
                .unwrap()
                .rsplit('-')
                .next()
                .and_then(|y| y.parse::<i32>().ok());
            let expected = match year {
                // A year's distribution holds the year facet's count of the
                // dataset's search without the year.
                Some(year) => {
                    let filter = format!("year={year}");
                    assert!(query.split('&').any(|p| p == filter), "{url}");
                    let rest: Vec<&str> = query.split('&').filter(|p| *p != filter).collect();
                    let found =
                        json(app, &format!("/api/search?per_page=1&{}", rest.join("&"))).await;
                    found["facets"]["year"][year.to_string()].as_u64().unwrap()
                }
                None => json(app, &format!("/api/search?per_page=1&{query}")).await["total"]
                    .as_u64()
                    .unwrap(),
            };
            let (status, _, body) = get(app, path, "example.org").await;
            assert_eq!(status, StatusCode::OK, "{url}");
            let rows = if path.starts_with("/api/export.csv") {
                csv::Reader::from_reader(&body[3..])
                    .records()
                    .map(Result::unwrap)
                    .count()
            } else if path.starts_with("/api/export.ndjson") {
                body.split(|b| *b == b'\n')
                    .filter(|l| !l.is_empty())
                    .count()
            } else {
                assert!(path.starts_with("/api/ocds/releases.json"), "{url}");
                let package: Value = serde_json::from_slice(&body).unwrap();
                package["releases"].as_array().unwrap().len()
            };
            assert!(expected > 0, "{url}: an empty distribution");
            assert_eq!(rows as u64, expected, "{url}");
        }
    }
}

fn ids(datasets: &[Value]) -> BTreeSet<String> {
    datasets
        .iter()
        .map(|d| d["dct:identifier"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn one_municipality_one_dataset_per_year_with_acts() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let app = router(archive);
    let (_, _, page) = get(&app, "/", "example.org").await;
    assert!(String::from_utf8_lossy(&page).contains("href=\"/api/catalog.jsonld\""));
    let catalog = catalog(&app).await;
    let datasets = check_mandatory(&catalog);
    let expected = expected_ids(&app, &[("Gjilan", "gjilan")]).await;
    assert_eq!(ids(&datasets), expected);
    // The fixture's contracts are of 2021 only: no contracts of other years.
    assert!(expected.contains("contracts-2021"));
    assert!(!expected.contains("contracts-2022") && expected.contains("acts-2022"));
    assert_eq!(
        catalog["dct:publisher"]["foaf:name"][0]["@value"],
        "Komuna e Gjilanit"
    );
    let contracts = datasets
        .iter()
        .find(|d| d["dct:identifier"] == "contracts-2021")
        .unwrap();
    assert_eq!(
        contracts["dct:temporal"]["dcat:startDate"]["@value"],
        "2021-01-01"
    );
    let urls: Vec<&str> = contracts["dcat:distribution"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["dcat:downloadURL"]["@id"].as_str().unwrap())
        .collect();
    assert_eq!(
        urls,
        [
            "http://example.org/api/export.csv?type=kontrate&year=2021",
            "http://example.org/api/export.ndjson?type=kontrate&year=2021",
            "http://example.org/api/ocds/releases.json?type=kontrate&year=2021",
        ]
    );
    check_distributions(&app, &datasets).await;
}

#[tokio::test]
async fn several_municipalities_each_publish_their_own_datasets() {
    let dir = tempfile::TempDir::new().unwrap();
    contract_registers(dir.path());
    let index = tempfile::TempDir::new().unwrap();
    let archive = Archive::open_or_create(index.path()).unwrap();
    ingest_into(&archive, dir.path());
    let app = router(archive);
    let catalog = catalog(&app).await;
    let datasets = check_mandatory(&catalog);
    let expected = expected_ids(&app, &[("Gjakovë", "gjakove"), ("Viti", "viti")]).await;
    assert_eq!(ids(&datasets), expected);
    for id in ["contracts-gjakove-2014", "contracts-viti-2015"] {
        assert!(expected.contains(id), "{id}");
    }
    assert!(!expected.contains("contracts-gjakove-2015"));
    // The catalogue is the archive's; each dataset its municipality's.
    assert_eq!(
        catalog["dct:publisher"]["@id"],
        "http://example.org/api/catalog.jsonld#publisher"
    );
    let gjakove = datasets
        .iter()
        .find(|d| d["dct:identifier"] == "contracts-gjakove-2014")
        .unwrap();
    assert_eq!(
        gjakove["dct:publisher"]["foaf:name"][0]["@value"],
        "Komuna e Gjakovës"
    );
    assert!(gjakove["dct:title"][0]["@value"]
        .as_str()
        .unwrap()
        .contains("Komuna e Gjakovës, 2014"));
    check_distributions(&app, &datasets).await;
}

#[tokio::test]
async fn a_junk_host_header_stays_out_of_the_catalogue() {
    let dir = tempfile::TempDir::new().unwrap();
    contract_registers(dir.path());
    let index = tempfile::TempDir::new().unwrap();
    let archive = Archive::open_or_create(index.path()).unwrap();
    ingest_into(&archive, dir.path());
    let app = router(archive);
    let (status, _, body) = get(&app, "/api/catalog.jsonld", "evil.example/<x>\"").await;
    assert_eq!(status, StatusCode::OK);
    let text = String::from_utf8(body).unwrap();
    assert!(!text.contains("evil"), "{text}");
    let catalog: Value = serde_json::from_str(&text).unwrap();
    // Without a usable host, URLs are relative to the site.
    assert_eq!(catalog["@id"], "/api/catalog.jsonld");
    let dist = &catalog["dcat:dataset"][0]["dcat:distribution"][0];
    assert!(dist["dcat:accessURL"]["@id"]
        .as_str()
        .unwrap()
        .starts_with("/api/export.csv?"));
}

/// The real registers (several municipalities; skipped where absent): the
/// catalogue has every mandatory property and exactly the datasets the
/// facets call for, each municipality's published by it.
#[tokio::test]
async fn the_real_registers_are_catalogued_per_municipality_and_year() {
    let Some(archive) = real_archive() else {
        return;
    };
    let app = router(archive.clone());
    let catalog = catalog(&app).await;
    let datasets = check_mandatory(&catalog);
    let facets = json(&app, "/api/search?per_page=1").await;
    let names: Vec<String> = facets["facets"]["municipality"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert!(names.len() > 1, "{names:?}");
    let slugs: Vec<String> = names
        .iter()
        .map(|n| arkiva::analysis::fold(n).replace(' ', "-"))
        .collect();
    let pairs: Vec<(&str, &str)> = names
        .iter()
        .zip(&slugs)
        .map(|(n, s)| (n.as_str(), s.as_str()))
        .collect();
    assert_eq!(ids(&datasets), expected_ids(&app, &pairs).await);
    for d in &datasets {
        let id = d["dct:identifier"].as_str().unwrap();
        let (name, _) = pairs
            .iter()
            .find(|(_, slug)| id.contains(&format!("-{slug}")))
            .unwrap_or_else(|| panic!("{id}: no municipality"));
        let publisher = d["dct:publisher"]["foaf:name"][1]["@value"].as_str();
        assert_eq!(publisher, Some(format!("Municipality of {name}").as_str()));
    }
}
