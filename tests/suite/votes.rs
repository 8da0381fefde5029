//! The votes dataset over HTTP: `/api/votes.csv` and `/api/votes.json`
//! (Popolo) read the sessions in `derived.json`, filter by municipality and
//! year, refuse bad values with 400, and agree with each other.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use chrono::NaiveDate;

use super::util::{get, sample_archive};
use arkiva::derived::Derived;
use arkiva::index::Archive;
use arkiva::model::{ActId, ActType};
use arkiva::sessions::record::{
    DocumentRole, Session, SessionDocument, SessionId, SessionItem, SessionKind,
};
use arkiva::sessions::{Outcome, Votes};
use arkiva::web::router;

fn item(number: u32, outcome: Outcome, for_: Option<u32>) -> SessionItem {
    SessionItem {
        number,
        title: format!("Pika {number}: vendim për çështjen"),
        outcome,
        votes: Votes {
            for_,
            against: for_.map(|_| 1),
            abstain: None,
        },
        source_sentence: for_.map(|n| format!("U miratua me {n} vota për.")),
        acts: vec![],
        turns: vec![],
    }
}

fn session(municipality: &str, date: &str, items: Vec<SessionItem>) -> Session {
    let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
    let body = "Kuvendi i Komunës";
    Session {
        id: SessionId::new(municipality, date, body),
        municipality: municipality.into(),
        date,
        body: body.into(),
        ordinal: None,
        kind: SessionKind::Jashtezakonshme,
        items,
        unread: vec![],
        documents: vec![SessionDocument {
            id: ActId::from_key(&[municipality, &date.to_string()]),
            role: DocumentRole::Procesverbal,
            act_type: ActType::Procesverbal,
            title: "Procesverbali".into(),
            date: Some(date),
        }],
        recordings: vec![],
    }
}

/// An empty index whose `derived.json` holds three hand-made sessions.
fn archive_with_sessions() -> (tempfile::TempDir, Archive) {
    let dir = tempfile::tempdir().unwrap();
    let archive = Archive::open_or_create(dir.path()).unwrap();
    let derived = Derived {
        sessions: vec![
            session(
                "Gjakovë",
                "2021-05-20",
                vec![
                    item(1, Outcome::Miratuar, Some(20)),
                    item(2, Outcome::Terhequr, None),
                ],
            ),
            session(
                "Gjakovë",
                "2020-11-02",
                vec![item(1, Outcome::NukMiratuar, Some(9))],
            ),
            session("Viti", "2021-01-15", vec![item(4, Outcome::Miratuar, None)]),
        ],
        ..Derived::default()
    };
    derived.save(dir.path()).unwrap();
    (dir, archive)
}

/// CSV rows as maps (BOM and CRLF checked).
fn rows(body: &[u8]) -> Vec<BTreeMap<String, String>> {
    let text = std::str::from_utf8(body).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("BOM");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    reader
        .records()
        .map(|r| {
            header
                .iter()
                .cloned()
                .zip(r.unwrap().iter().map(String::from))
                .collect()
        })
        .collect()
}

/// CSV vs JSON: every item with an outcome of pass/fail or stated counts is
/// one vote event with the same id, result and counts.
fn assert_csv_and_json_agree(csv: &[BTreeMap<String, String>], json: &serde_json::Value) {
    let events = json["vote_events"].as_array().unwrap();
    let voted: Vec<&BTreeMap<String, String>> = csv
        .iter()
        .filter(|r| {
            matches!(r["outcome"].as_str(), "miratuar" | "nuk_miratuar")
                || !r["votes_for"].is_empty()
                || !r["votes_against"].is_empty()
                || !r["votes_abstain"].is_empty()
        })
        .collect();
    assert_eq!(voted.len(), events.len());
    for (row, event) in voted.iter().zip(events) {
        assert_eq!(
            event["id"],
            format!("{}-pika-{}", row["session_id"], row["item_number"])
        );
        let result = match row["outcome"].as_str() {
            "miratuar" => Some("pass"),
            "nuk_miratuar" => Some("fail"),
            _ => None,
        };
        assert_eq!(event["result"].as_str(), result);
        for (option, column) in [
            ("yes", "votes_for"),
            ("no", "votes_against"),
            ("abstain", "votes_abstain"),
        ] {
            let count = event["counts"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| c["option"] == option)
                .map(|c| c["value"].to_string());
            assert_eq!(count.unwrap_or_default(), row[column], "{option}");
        }
        assert_eq!(event["start_date"], row["date"].as_str());
    }
}

#[tokio::test]
async fn votes_are_served_filtered_and_agree_as_csv_and_popolo() {
    let (_dir, archive) = archive_with_sessions();
    let app = router(archive);
    let csv = get(&app, "/api/votes.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.content_type.starts_with("text/csv"));
    let all = rows(&csv.body);
    assert_eq!(all.len(), 4);
    assert_eq!(all[0]["kind"], "e_jashtezakonshme");
    assert_eq!(all[0]["votes_for"], "20");
    assert_eq!(all[1]["outcome"], "terhequr");
    let json = get(&app, "/api/votes.json").await;
    assert_eq!(json.status, StatusCode::OK);
    let json = json.json();
    assert_csv_and_json_agree(&all, &json);
    assert_eq!(json["vote_events"].as_array().unwrap().len(), 3);

    for (query, expected) in [
        ("municipality=gjakove", 3),
        ("municipality=GJAKOVË&year=2021", 2),
        ("year=2020", 1),
        ("municipality=Viti", 1),
        ("municipality=Prizren", 0),
        ("year=", 4),
    ] {
        let csv = rows(&get(&app, &format!("/api/votes.csv?{query}")).await.body);
        assert_eq!(csv.len(), expected, "{query}");
        let json = get(&app, &format!("/api/votes.json?{query}")).await.json();
        assert_csv_and_json_agree(&csv, &json);
    }
}

#[tokio::test]
async fn bad_filters_are_400_naming_the_parameter() {
    let (_dir, archive) = archive_with_sessions();
    let app = router(archive);
    let long = "a".repeat(101);
    for (query, param) in [
        ("year=dy-mijë", "year"),
        ("year=1700", "year"),
        ("year=99999999999", "year"),
        (&*format!("municipality={long}"), "municipality"),
    ] {
        for path in ["/api/votes.csv", "/api/votes.json"] {
            let reply = get(&app, &format!("{path}?{query}")).await;
            assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{path}?{query}");
            let body = reply.json();
            assert_eq!(body["error"], "invalid_parameter");
            assert!(body["message"]
                .as_str()
                .unwrap()
                .contains(&format!("'{param}'")));
        }
    }
}

/// The sample archive: whatever sessions it has, the two forms agree, and
/// every session of `derived.json` is in the CSV with all its items.
#[tokio::test]
async fn the_sample_archives_votes_agree_with_its_sessions() {
    let archive = sample_archive();
    let derived = Derived::load(archive.dir()).unwrap();
    let app = router(archive.clone());
    let csv = rows(&get(&app, "/api/votes.csv").await.body);
    let items: usize = derived.sessions.iter().map(|s| s.items.len()).sum();
    // The sample holds minutes with numbered items and written votes.
    assert!(items > 0, "the sample's sessions have agenda items");
    assert_eq!(csv.len(), items);
    let json = get(&app, "/api/votes.json").await.json();
    assert!(!json["vote_events"].as_array().unwrap().is_empty());
    assert_csv_and_json_agree(&csv, &json);
    // /api/sessions/{id} serves the same items with the same outcomes and counts.
    let list = get(&app, "/api/sessions").await.json();
    let ids: Vec<&str> = list["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), derived.sessions.len());
    for id in ids {
        let session = get(&app, &format!("/api/sessions/{id}")).await.json();
        let mine: Vec<&BTreeMap<String, String>> =
            csv.iter().filter(|r| r["session_id"] == id).collect();
        let items = session["items"].as_array().unwrap();
        assert_eq!(items.len(), mine.len(), "{id}");
        for (item, row) in items.iter().zip(mine) {
            assert_eq!(item["number"].to_string(), row["item_number"], "{id}");
            assert_eq!(
                item["outcome"].as_str(),
                Some(row["outcome"].as_str()),
                "{id}"
            );
            let count =
                |v: &serde_json::Value| v.as_u64().map(|n| n.to_string()).unwrap_or_default();
            assert_eq!(count(&item["votes"]["for"]), row["votes_for"], "{id}");
            assert_eq!(
                count(&item["votes"]["against"]),
                row["votes_against"],
                "{id}"
            );
            assert_eq!(
                count(&item["votes"]["abstain"]),
                row["votes_abstain"],
                "{id}"
            );
        }
    }
    // The statistics table is the same CSV recounted.
    let table = rows(
        &get(&app, "/statistika/mbledhjet-sipas-vitit.csv")
            .await
            .body,
    );
    let recounted = recount(&csv);
    let items_per_year: BTreeMap<String, u64> = table
        .iter()
        .map(|r| (r["year"].clone(), r["items"].parse().unwrap()))
        .collect();
    for (year, counts) in &recounted {
        assert_eq!(items_per_year.get(year), Some(&counts[1]), "{year}");
    }
}

/// `arkiva export --format votes-csv|votes-json` writes what the routes serve.
#[test]
fn the_cli_exports_votes_filtered_and_refuses_act_filters() {
    let (dir, _archive) = archive_with_sessions();
    let index = dir.path().to_str().unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_arkiva"))
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&[
        "export",
        "--format",
        "votes-csv",
        "--index",
        index,
        "--year",
        "2021",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = rows(&out.stdout);
    assert_eq!(csv.len(), 3);
    let out = run(&[
        "export",
        "--format",
        "votes-json",
        "--index",
        index,
        "--municipality",
        "gjakove",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["vote_events"].as_array().unwrap().len(), 2);
    let out = run(&[
        "export",
        "--format",
        "votes-csv",
        "--index",
        index,
        "--type",
        "vendim",
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--municipality and --year"));
}

/// The DCAT catalogue lists the votes dataset when there are sessions, its
/// CSV and Popolo distributions answering with every item.
#[tokio::test]
async fn the_catalogue_lists_the_votes_dataset_with_both_distributions() {
    let (_dir, archive) = archive_with_sessions();
    let app = router(archive);
    let catalog = get(&app, "/api/catalog.jsonld").await.json();
    let votes: Vec<&serde_json::Value> = catalog["dcat:dataset"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["dct:identifier"] == "votes")
        .collect();
    assert_eq!(votes.len(), 1);
    let node = votes[0];
    assert_eq!(
        node["dct:temporal"]["dcat:startDate"]["@value"],
        "2020-01-01"
    );
    assert_eq!(node["dct:temporal"]["dcat:endDate"]["@value"], "2021-12-31");
    let urls: Vec<&str> = node["dcat:distribution"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["dcat:downloadURL"]["@id"].as_str().unwrap())
        .collect();
    assert_eq!(urls.len(), 2);
    let csv_path = urls.iter().find(|u| u.ends_with("/api/votes.csv")).unwrap();
    let path = &csv_path[csv_path.find("/api/").unwrap()..];
    assert_eq!(rows(&get(&app, path).await.body).len(), 4);
    let json_path = urls
        .iter()
        .find(|u| u.ends_with("/api/votes.json"))
        .unwrap();
    let path = &json_path[json_path.find("/api/").unwrap()..];
    let events = get(&app, path).await.json();
    assert_eq!(events["vote_events"].as_array().unwrap().len(), 3);
}

/// Recounts one year's sessions, items, votes and outcomes from the votes CSV.
fn recount(csv: &[BTreeMap<String, String>]) -> BTreeMap<String, [u64; 5]> {
    let mut sessions: BTreeMap<String, std::collections::BTreeSet<String>> = BTreeMap::new();
    let mut years: BTreeMap<String, [u64; 5]> = BTreeMap::new();
    for row in csv {
        let year = row["date"][..4].to_string();
        sessions
            .entry(year.clone())
            .or_default()
            .insert(row["session_id"].clone());
        let counts = years.entry(year).or_default();
        counts[1] += 1;
        let outcome = row["outcome"].as_str();
        let voted = matches!(outcome, "miratuar" | "nuk_miratuar")
            || ["votes_for", "votes_against", "votes_abstain"]
                .iter()
                .any(|c| !row[*c].is_empty());
        counts[2] += u64::from(voted);
        counts[3] += u64::from(outcome == "miratuar");
        counts[4] += u64::from(outcome == "nuk_miratuar");
    }
    for (year, ids) in sessions {
        years.get_mut(&year).unwrap()[0] = ids.len() as u64;
    }
    years
}

/// The statistics table "Mbledhjet, pikat dhe votimet sipas vitit" is the
/// votes CSV recounted, with and without a municipality (sessions without
/// items have no CSV row, so the hand-made ones all have items).
#[tokio::test]
async fn the_sessions_statistics_recount_from_the_votes_csv() {
    let (_dir, archive) = archive_with_sessions();
    let app = router(archive);
    for query in ["", "municipality=Gjakov%C3%AB"] {
        let table = get(
            &app,
            &format!("/statistika/mbledhjet-sipas-vitit.csv?{query}"),
        )
        .await;
        assert_eq!(table.status, StatusCode::OK, "{query}");
        let table: BTreeMap<String, [u64; 5]> = rows(&table.body)
            .into_iter()
            .map(|r| {
                let n = |c: &str| r[c].parse::<u64>().unwrap();
                (
                    r["year"].clone(),
                    [
                        n("sessions"),
                        n("items"),
                        n("items_with_votes"),
                        n("approved"),
                        n("not_approved"),
                    ],
                )
            })
            .collect();
        let csv = rows(&get(&app, &format!("/api/votes.csv?{query}")).await.body);
        assert!(!table.is_empty());
        assert_eq!(table, recount(&csv), "{query}");
    }
}
