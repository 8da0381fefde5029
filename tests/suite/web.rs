//! The web service through its router (`oneshot`, no sockets): every
//! endpoint, every error path, exports that match searches, the OpenAPI
//! document in step with the routes, and a live reload after an ingest.

use axum::http::StatusCode;
use axum::Router;
use serde_json::Value;

use super::util::{get, ingest_into, Fixture};
use arkiva::export::COLUMNS;
use arkiva::web::router;

fn app() -> (Fixture, Router) {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    (fixture, router(archive))
}

#[tokio::test]
async fn search_answers_with_the_cli_shape() {
    let (_fixture, app) = app();
    let reply = get(&app, "/api/search?q=keshilli+bursa").await;
    assert_eq!(reply.status, StatusCode::OK);
    let json = reply.json();
    assert!(json["total"].as_u64().unwrap() >= 1);
    let hit = &json["hits"][0];
    for key in [
        "id", "type", "title", "number", "date", "issuer", "source", "snippet", "score",
    ] {
        assert!(hit.get(key).is_some(), "hit has no {key}");
    }
    for facet in ["type", "year", "issuer"] {
        assert!(json["facets"][facet].is_object());
    }

    let all = get(&app, "/api/search?per_page=2&page=2").await.json();
    assert_eq!(all["total"], 7);
    assert_eq!(all["hits"].as_array().unwrap().len(), 2);

    let filtered = get(&app, "/api/search?type=kontrate&type=vendim&year=2021")
        .await
        .json();
    assert_eq!(filtered["total"], 4);
    let comma = get(&app, "/api/search?type=kontrate,vendim&year=2021")
        .await
        .json();
    assert_eq!(comma["total"], 4);
    // Disjunctive: the type facet still shows the unselected types of 2021.
    assert!(filtered["facets"]["type"].as_object().unwrap().len() >= 2);
}

#[tokio::test]
async fn bad_input_is_a_4xx_json_error_in_albanian_and_english() {
    let (_fixture, app) = app();
    let long = format!("/api/search?q={}", "a".repeat(600));
    let cases = [
        ("/api/search?from=31.02.2020", "invalid_parameter"),
        ("/api/search?to=dje", "invalid_parameter"),
        ("/api/search?type=ligj", "invalid_parameter"),
        ("/api/search?year=vjet", "invalid_parameter"),
        ("/api/search?sort=random", "invalid_parameter"),
        ("/api/search?per_page=0", "invalid_parameter"),
        ("/api/search?per_page=1000", "invalid_parameter"),
        ("/api/search?page=-1", "invalid_parameter"),
        ("/api/search?page=9999", "page_out_of_range"),
        (
            "/api/search?from=2021-05-01&to=2021-01-01",
            "invalid_date_range",
        ),
        (long.as_str(), "query_too_long"),
        ("/api/export.csv?type=ligj", "invalid_parameter"),
        ("/api/acts/0123456789abcdef", "not_found"),
        ("/api/acts/..%2F..%2Fetc%2Fpasswd", "not_found"),
        ("/api/nothing-here", "not_found"),
    ];
    for (uri, code) in cases {
        let reply = get(&app, uri).await;
        assert!(reply.status.is_client_error(), "{uri}: {}", reply.status);
        let json = reply.json();
        assert_eq!(json["error"], code, "{uri}");
        assert!(!json["message"].as_str().unwrap().is_empty());
        assert!(!json["message_en"].as_str().unwrap().is_empty());
    }
}

#[tokio::test]
async fn malformed_query_strings_are_searched_leniently() {
    let (_fixture, app) = app();
    for uri in [
        "/api/search?q=%ZZ%",
        "/api/search?q=%22unclosed",
        "/api/search?q=((((",
        "/api/search?q=title:",
        "/api/search?&&&=&q",
        "/api/search?q=%00%01",
        "/?q=%ZZ%&type=",
        "/?q=((",
        // `field:*` asks tantivy for acts with a value in that field; it
        // must not fail for unknown fields, stored-only fields or junk.
        "/api/search?q=nosuch:*",
        "/api/search?q=title:*",
        "/api/search?q=date:*%20bursave",
        "/api/search?q=%00%20:%20*",
        "/?q=nosuch:*",
    ] {
        let reply = get(&app, uri).await;
        assert_eq!(reply.status, StatusCode::OK, "{uri}");
    }
    // …and it is searched as the words before the colon.
    let total = |uri: &str| {
        let app = app.clone();
        let uri = uri.to_owned();
        async move { get(&app, &uri).await.json()["total"].as_u64().unwrap() }
    };
    let plain = total("/api/search?q=bursave").await;
    assert!(plain > 0);
    assert_eq!(total("/api/search?q=bursave:*").await, plain);
}

#[tokio::test]
async fn acts_and_their_original_files() {
    let (fixture, app) = app();
    let hits = get(&app, "/api/search?q=bursave&type=vendim").await.json();
    let id = hits["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["source"] == "aktet/vendim-bursat.pdf")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let act = get(&app, &format!("/api/acts/{id}")).await;
    assert_eq!(act.status, StatusCode::OK);
    let act = act.json();
    for column in COLUMNS {
        assert!(act.get(column).is_some(), "act has no {column}");
    }
    assert!(act["text"].as_str().unwrap().contains("Këshilli për bursa"));

    let file = get(&app, &format!("/acts/{id}/file")).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.content_type, "application/pdf");
    assert!(
        file.disposition.contains("vendim-bursat.pdf"),
        "{}",
        file.disposition
    );
    let original = std::fs::read(fixture.dir.path().join("aktet/vendim-bursat.pdf")).unwrap();
    assert!(file.body == original, "the file is served byte for byte");

    // Still served after the source folder changes.
    std::fs::remove_file(fixture.dir.path().join("aktet/vendim-bursat.pdf")).unwrap();
    assert!(get(&app, &format!("/acts/{id}/file")).await.body == original);

    // A register row has no file.
    let row = get(&app, "/api/search?type=kontrate").await.json();
    let row_id = row["hits"][0]["id"].as_str().unwrap().to_string();
    let reply = get(&app, &format!("/acts/{row_id}/file")).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert_eq!(reply.json()["error"], "no_file");
    assert_eq!(
        get(&app, "/acts/zzz/file").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn csv_export_has_every_match_and_parses_back_to_the_same_records() {
    let (_fixture, app) = app();
    for query in [
        "",
        "q=bursave",
        "type=kontrate",
        "year=2021&type=vendim",
        "q=keshilli&from=2021-01-01",
    ] {
        let total = get(&app, &format!("/api/search?{query}")).await.json()["total"]
            .as_u64()
            .unwrap();
        let csv = get(&app, &format!("/api/export.csv?{query}")).await;
        assert_eq!(csv.status, StatusCode::OK);
        assert!(csv.content_type.starts_with("text/csv"));
        assert!(csv.disposition.contains("attachment"));
        assert!(csv.body.starts_with(b"\xEF\xBB\xBF"), "UTF-8 BOM first");
        let mut reader = csv::Reader::from_reader(&csv.body[3..]);
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_string)
            .collect();
        assert_eq!(header, COLUMNS);
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(
            rows.len() as u64,
            total,
            "export of '{query}' has every match"
        );
        for row in &rows {
            let act = get(&app, &format!("/api/acts/{}", &row[0])).await.json();
            assert_eq!(row[2], *act["title"].as_str().unwrap());
            assert_eq!(&row[4], act["date"].as_str().unwrap_or(""));
            match act["value_eur"].as_f64() {
                Some(v) => assert_eq!(row[12].parse::<f64>().unwrap(), v),
                None => assert_eq!(&row[12], ""),
            }
        }

        let ndjson = get(&app, &format!("/api/export.ndjson?{query}")).await;
        assert_eq!(ndjson.status, StatusCode::OK);
        let lines: Vec<Value> = ndjson
            .text()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len() as u64, total);
    }
}

#[tokio::test]
async fn health_and_pages() {
    let (_fixture, app) = app();
    let health = get(&app, "/healthz").await;
    assert_eq!(health.status, StatusCode::OK);
    assert_eq!(health.json()["acts"], 7);
    let page = get(&app, "/?q=keshilli").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.content_type.starts_with("text/html"));
    assert!(page.text().contains("lang=\"sq\""));
    assert_eq!(
        get(&app, "/no/such/page").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(&app, "/acts/0123456789abcdef").await.status,
        StatusCode::NOT_FOUND
    );
}

/// Writes a derived store with one session into the fixture's index, so
/// the session routes have something to answer with; returns its id.
fn one_session(fixture: &Fixture) -> arkiva::sessions::record::SessionId {
    use arkiva::sessions::record::{Session, SessionId, SessionKind};
    let date = chrono::NaiveDate::from_ymd_opt(2021, 3, 25).unwrap();
    let id = SessionId::new("Gjilan", date, "Kuvendi i Komunës");
    let derived = arkiva::derived::Derived {
        sessions: vec![Session {
            id: id.clone(),
            municipality: "Gjilan".into(),
            date,
            body: "Kuvendi i Komunës".into(),
            ordinal: Some(1),
            kind: SessionKind::Rregullt,
            items: vec![],
            unread: vec![],
            documents: vec![],
            recordings: vec![],
        }],
        ..Default::default()
    };
    derived.save(fixture.index.path()).unwrap();
    id
}

#[tokio::test]
async fn the_openapi_document_lists_every_endpoint_and_each_answers() {
    let (fixture, app) = app();
    let doc = get(&app, "/api/openapi.json").await.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths: Vec<String> = doc["paths"].as_object().unwrap().keys().cloned().collect();
    let routes = [
        "/api/search",
        "/api/acts/{id}",
        "/acts/{id}/file",
        "/api/export.csv",
        "/api/export.ndjson",
        "/api/ocds/releases.json",
        "/api/datapackage.json",
        "/api/catalog.jsonld",
        "/api/votes.csv",
        "/api/votes.json",
        "/api/openapi.json",
        "/healthz",
        "/metrics",
        "/feed.atom",
        "/statistika/{file}",
        "/api/sessions",
        "/api/sessions/{id}",
        "/api/turns",
    ];
    let mut sorted_paths = paths.clone();
    sorted_paths.sort();
    let mut sorted_routes: Vec<String> = routes.iter().map(|r| r.to_string()).collect();
    sorted_routes.sort();
    assert_eq!(sorted_paths, sorted_routes);
    let some_pdf = get(&app, "/api/search?q=bursave&type=vendim").await.json();
    let id = some_pdf["hits"][0]["id"].as_str().unwrap().to_string();
    let session = one_session(&fixture);
    for path in paths {
        let id = if path.starts_with("/api/sessions/") {
            session.as_str()
        } else {
            &id
        };
        let uri = path.replace("{id}", id).replace("{file}", "vendimet.csv");
        let reply = get(&app, &uri).await;
        assert_eq!(reply.status, StatusCode::OK, "{uri}");
        // Every documented query parameter is accepted.
        let params = doc["paths"][&path]["get"]["parameters"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        for param in params.iter().filter(|p| p["in"] == "query") {
            let name = param["name"].as_str().unwrap();
            let value = match name {
                "type" => "vendim",
                "year" => "2021",
                "from" | "to" => "2021-03-25",
                "sort" => "newest",
                "page" | "per_page" => "1",
                "side" => "opozite",
                "session" => session.as_str(),
                _ if param["schema"]["type"] == "number" => "1000",
                _ if param["schema"]["enum"].is_array() => {
                    param["schema"]["enum"][0].as_str().unwrap()
                }
                _ => "bursave",
            };
            let reply = get(&app, &format!("{uri}?{name}={value}")).await;
            assert_eq!(reply.status, StatusCode::OK, "{uri}?{name}={value}");
        }
    }
}

#[test]
fn a_running_server_shows_newly_ingested_acts_within_seconds() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let app = router(archive);
    let before = runtime
        .block_on(get(&app, "/api/search?q=vullnetar"))
        .json()["total"]
        .as_u64()
        .unwrap();
    assert_eq!(before, 0);
    // Another process (here, another handle on the same index) ingests a new act.
    super::util::write(
        fixture.dir.path(),
        "regjistri-i-ri.csv",
        "Nr.,Data,Titulli\n77/2022,01.03.2022,Thirrje për vullnetarë në aksionin e pastrimit\n",
    );
    let writer = arkiva::index::Archive::open(fixture.index.path()).unwrap();
    ingest_into(&writer, fixture.dir.path());
    let started = std::time::Instant::now();
    loop {
        let total = runtime
            .block_on(get(&app, "/api/search?q=vullnetar"))
            .json()["total"]
            .as_u64()
            .unwrap();
        if total == 1 {
            break;
        }
        assert!(
            started.elapsed().as_secs() < 10,
            "the new act did not appear within 10 s"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

/// The router over the two contract registers of `util::contract_registers`.
fn contracts_app() -> (tempfile::TempDir, tempfile::TempDir, Router) {
    let dir = tempfile::TempDir::new().unwrap();
    super::util::contract_registers(dir.path());
    let index = tempfile::TempDir::new().unwrap();
    let archive = arkiva::index::Archive::open_or_create(index.path()).unwrap();
    ingest_into(&archive, dir.path());
    (dir, index, router(archive))
}

#[tokio::test]
async fn municipality_operator_and_value_filters_and_facets() {
    let (_dir, _index, app) = contracts_app();
    let all = get(&app, "/api/search").await.json();
    assert_eq!(all["total"], 6);
    assert_eq!(all["facets"]["municipality"]["Gjakovë"], 3);
    assert_eq!(all["facets"]["municipality"]["Viti"], 3);
    assert_eq!(all["facets"]["operator"]["tali"]["label"], "TALI");
    assert_eq!(all["facets"]["operator"]["tali"]["count"], 4);

    let total = |json: Value| json["total"].as_u64().unwrap();
    let cases = [
        ("/api/search?municipality=gjakove", 3),
        ("/api/search?municipality=Viti&municipality=Gjakov%C3%AB", 6),
        ("/api/search?operator=%22TALI%22+sh.p.k", 4),
        ("/api/search?operator=tali&municipality=Viti", 2),
        ("/api/search?operator=N.T.P.+Iliria", 2),
        ("/api/search?min_value=3000&max_value=12.000,00", 3),
        ("/api/search?min_value=10000", 2),
        ("/api/search?max_value=700&operator=tali", 1),
        ("/api/search?min_value=&max_value=", 6),
    ];
    for (uri, want) in cases {
        let reply = get(&app, uri).await;
        assert_eq!(reply.status, StatusCode::OK, "{uri}");
        assert_eq!(total(reply.json()), want, "{uri}");
    }
    // An export carries the same filters and the contract columns.
    let csv = get(&app, "/api/export.csv?operator=Tali+SHPK&municipality=Viti")
        .await
        .text();
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(csv.contains(",tali,"), "{csv}");

    // The search page shows the municipality and operator facets.
    let page = get(&app, "/?operator=tali").await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    assert!(html.contains("id=\"facet-municipality\""));
    assert!(html.contains("id=\"facet-operator\""));
    assert!(html.contains("data-facet=\"operator\" data-value=\"TALI\""));
}

#[tokio::test]
async fn bad_amounts_and_ranges_are_4xx_errors_naming_the_parameter() {
    let (_dir, _index, app) = contracts_app();
    let cases = [
        (
            "/api/search?min_value=shumë",
            "invalid_parameter",
            "min_value",
        ),
        (
            "/api/search?max_value=-10",
            "invalid_parameter",
            "max_value",
        ),
        (
            "/api/search?max_value=1e999",
            "invalid_parameter",
            "max_value",
        ),
        (
            "/api/export.csv?min_value=abc",
            "invalid_parameter",
            "min_value",
        ),
        (
            "/api/search?min_value=5000&max_value=100",
            "invalid_value_range",
            "min_value",
        ),
    ];
    for (uri, code, param) in cases {
        let reply = get(&app, uri).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{uri}");
        let json = reply.json();
        assert_eq!(json["error"], code, "{uri}");
        assert!(json["message"].as_str().unwrap().contains(param), "{uri}");
        assert!(
            json["message_en"].as_str().unwrap().contains(param),
            "{uri}"
        );
    }
    // The page says it in Albanian, keeping the words in the box.
    let page = get(&app, "/?q=tali&min_value=abc").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    let html = page.text();
    assert!(
        html.contains("Parametri &#39;min_value&#39;") || html.contains("Parametri 'min_value'"),
        "{html}"
    );
    assert!(html.contains("value=\"tali\""));
}

/// The OCDS 1.1.5 schemas beside the repository, or `None` with a message.
fn ocds_schemas() -> Option<(Value, Value)> {
    let dir = super::util::repo().join("../shared/schemas/ocds-1.1.5");
    let read = |name: &str| -> Option<Value> {
        let text = std::fs::read_to_string(dir.join(name)).ok()?;
        serde_json::from_str(&text).ok()
    };
    match (
        read("release-package-schema.json"),
        read("release-schema.json"),
    ) {
        (Some(package), Some(release)) => Some((package, release)),
        _ => {
            eprintln!(
                "SKIP: the OCDS 1.1.5 schemas are absent from {} (schema validation not run)",
                dir.display()
            );
            None
        }
    }
}

#[tokio::test]
async fn ocds_releases_validate_against_the_schema_and_match_the_ndjson() {
    let (_dir, index, app) = contracts_app();
    let reply = get(&app, "/api/ocds/releases.json?municipality=Viti").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply.content_type.starts_with("application/json"));
    assert!(reply.disposition.contains("arkiva-ocds.json"));
    let package = reply.json();
    let releases = package["releases"].as_array().unwrap();
    assert_eq!(releases.len(), 3);

    // The same record, value for value, in NDJSON and OCDS.
    let ndjson = get(&app, "/api/export.ndjson?municipality=Viti")
        .await
        .text();
    for line in ndjson.lines() {
        let act: Value = serde_json::from_str(line).unwrap();
        let ocid = format!("ocds-arkiva-{}", act["id"].as_str().unwrap());
        let release = releases
            .iter()
            .find(|r| r["ocid"] == ocid.as_str())
            .unwrap_or_else(|| panic!("no release {ocid}"));
        assert_eq!(release["tag"], serde_json::json!(["contract"]));
        assert_eq!(release["tender"]["title"], act["title"]);
        assert_eq!(release["contracts"][0]["title"], act["title"]);
        assert_eq!(release["contracts"][0]["value"]["amount"], act["value_eur"]);
        assert_eq!(release["awards"][0]["value"]["amount"], act["value_eur"]);
        let signed = format!("{}T00:00:00Z", act["date"].as_str().unwrap());
        assert_eq!(release["contracts"][0]["dateSigned"], signed.as_str());
        assert_eq!(release["date"], signed.as_str());
        let supplier = &release["awards"][0]["suppliers"][0];
        assert_eq!(supplier["name"], act["operator"]);
        assert_eq!(supplier["id"], act["operator_key"]);
        assert_eq!(release["buyer"]["name"], act["municipality"]);
    }

    // `serve --ocid-prefix` reaches the API.
    let options = arkiva::export::ocds::Options {
        ocid_prefix: "ocds-test01-".into(),
        ..Default::default()
    };
    let prefixed = arkiva::web::router_with(open_archive(&index), options);
    let ocids = get(&prefixed, "/api/ocds/releases.json").await.json();
    assert!(ocids["releases"][0]["ocid"]
        .as_str()
        .unwrap()
        .starts_with("ocds-test01-"));

    // Acts other than contracts and notices are not releases.
    let (_fixture, pdfs) = self::app();
    let none = get(&pdfs, "/api/ocds/releases.json?type=vendim")
        .await
        .json();
    assert_eq!(none["releases"], serde_json::json!([]));

    let Some((package_schema, release_schema)) = ocds_schemas() else {
        return;
    };
    // The package schema refers to the release schema by URL: served from the file.
    let url = release_schema["id"].as_str().unwrap().to_string();
    let registry = jsonschema::Registry::new()
        .add(url.as_str(), release_schema)
        .unwrap()
        .prepare()
        .unwrap();
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .with_registry(&registry)
        .build(&package_schema)
        .unwrap();
    let all = get(&app, "/api/ocds/releases.json").await.json();
    assert_eq!(all["releases"].as_array().unwrap().len(), 6);
    // OCDS has no valid empty package (releases: minItems 1): a filter that
    // matches no contract still gets a well-formed, empty document.
    assert!(!validator.is_valid(&none));
    // The release schema is really applied through the reference.
    let mut broken = package.clone();
    broken["releases"][0]["tag"] = serde_json::json!(["nope"]);
    assert!(!validator.is_valid(&broken));
    for candidate in [&package, &all] {
        let errors: Vec<String> = validator
            .iter_errors(candidate)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
}

fn open_archive(index: &tempfile::TempDir) -> arkiva::index::Archive {
    arkiva::index::Archive::open(index.path()).unwrap()
}

/// Each entry of an Atom feed: (id, category term, updated), read with a
/// real XML parser (which fails on anything not well-formed).
fn feed_entries(xml: &str) -> (String, Vec<(String, String, String)>) {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let (mut title, mut entries, mut path) = (String::new(), Vec::new(), Vec::<String>::new());
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => {
                let name = e.name().into_inner().to_string();
                if name == "entry" {
                    entries.push((String::new(), String::new(), String::new()));
                }
                path.push(name);
            }
            Event::Empty(e) if e.name().into_inner() == "category" => {
                let term = e.try_get_attribute("term").unwrap().unwrap();
                entries.last_mut().unwrap().1 = term
                    .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .unwrap()
                    .into_owned();
            }
            Event::Text(t) => {
                let text = t
                    .xml_content(quick_xml::XmlVersion::Implicit1_0)
                    .into_owned();
                match path.iter().map(String::as_str).collect::<Vec<_>>()[..] {
                    ["feed", "title"] => title.push_str(&text),
                    ["feed", "entry", "id"] => entries.last_mut().unwrap().0.push_str(&text),
                    ["feed", "entry", "updated"] => entries.last_mut().unwrap().2.push_str(&text),
                    _ => {}
                }
            }
            Event::End(_) => {
                path.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    (title, entries)
}

#[tokio::test]
async fn atom_feeds_hold_the_newest_matching_acts() {
    let (_fixture, app) = app();
    let feed = get(&app, "/feed.atom?q=komunes&type=vendim").await;
    assert_eq!(feed.status, StatusCode::OK);
    assert_eq!(feed.content_type, "application/atom+xml; charset=utf-8");
    let (title, entries) = feed_entries(&feed.text());
    assert_eq!(title, "Aktet e reja për «komunes»: Vendim");
    let expected = get(
        &app,
        "/api/search?q=komunes&type=vendim&sort=newest&per_page=50",
    )
    .await
    .json();
    let ids: Vec<String> = expected["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| format!("urn:arkiva:act:{}", h["id"].as_str().unwrap()))
        .collect();
    assert!(ids.len() >= 2, "{expected}");
    assert_eq!(entries.iter().map(|e| e.0.clone()).collect::<Vec<_>>(), ids);
    assert!(entries.iter().all(|e| e.1 == "vendim"));
    let dates: Vec<&str> = entries.iter().map(|e| e.2.as_str()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    // Parameters are read as the API reads them.
    for bad in ["type=ligj", "from=31.02.2020", "min_value=shumë", "page=0"] {
        let reply = get(&app, &format!("/feed.atom?{bad}")).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(reply.json()["error"], "invalid_parameter", "{bad}");
    }
    // The search page links the feed of its own query.
    let page = get(&app, "/?q=komunes&type=vendim&page=1").await.text();
    let href = "/feed.atom?q=komunes&#38;type=vendim";
    assert!(page.contains(&format!(
        r#"<link rel="alternate" type="application/atom+xml" title="Aktet e reja për «komunes»: Vendim" href="{href}">"#
    )), "{page}");
    assert!(page.contains(&format!(r#"href="{href}""#)));
    assert!(page.contains("Ndiq këtë kërkim (Atom)"));
}
