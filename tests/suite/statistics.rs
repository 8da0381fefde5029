//! The statistics page `/statistika` and its CSV files, checked against
//! the exports: every number a chart draws is recounted here from
//! `/api/export.csv` with the same filter.

use std::collections::{BTreeMap, HashMap};

use axum::http::StatusCode;
use axum::Router;

use super::util::{contract_registers, ingest_into, ingest_options, real_archive, repo};
use arkiva::index::Archive;
use arkiva::ingest;
use arkiva::web::router;

async fn get(app: &Router, uri: &str) -> (StatusCode, String, String) {
    let reply = super::util::get(app, uri).await;
    let text = String::from_utf8(reply.body).unwrap();
    (reply.status, reply.content_type, text)
}

/// A CSV body (BOM, CRLF) as maps from column name to cell.
fn parse_csv(body: &str) -> Vec<HashMap<String, String>> {
    let body = body
        .strip_prefix('\u{feff}')
        .expect("CSV starts with a BOM");
    assert!(body.is_empty() || body.contains("\r\n"), "CRLF line ends");
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            header
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_string))
                .collect()
        })
        .collect()
}

fn query(municipality: Option<&str>) -> String {
    municipality
        .map(|m| {
            form_urlencoded::Serializer::new(String::new())
                .append_pair("municipality", m)
                .finish()
        })
        .unwrap_or_default()
}

async fn export(
    app: &Router,
    municipality: Option<&str>,
    extra: &str,
) -> Vec<HashMap<String, String>> {
    let (status, _, body) = get(
        app,
        &format!("/api/export.csv?{}&{extra}", query(municipality)),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    parse_csv(&body)
}

async fn stat(
    app: &Router,
    name: &str,
    municipality: Option<&str>,
) -> Vec<HashMap<String, String>> {
    let (status, content_type, body) = get(
        app,
        &format!("/statistika/{name}.csv?{}", query(municipality)),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{name}");
    assert!(content_type.starts_with("text/csv"));
    parse_csv(&body)
}

fn year(row: &HashMap<String, String>) -> String {
    row["date"].get(..4).unwrap_or("").to_string()
}

fn amount(cell: &str) -> f64 {
    if cell.is_empty() {
        0.0
    } else {
        cell.parse().unwrap()
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.01 + b.abs() * 1e-12
}

/// Every statistic for one filter, recounted from the export. Returns the
/// contract total, so callers can add the municipalities up.
async fn check_against_exports(app: &Router, m: Option<&str>) -> f64 {
    let all = export(app, m, "").await;
    // 1. Acts per year and type.
    let mut want: BTreeMap<(String, String), u64> = BTreeMap::new();
    for row in &all {
        *want.entry((year(row), row["type"].clone())).or_default() += 1;
    }
    let got: BTreeMap<(String, String), u64> = stat(app, "aktet-sipas-vitit", m)
        .await
        .iter()
        .map(|r| {
            (
                (r["year"].clone(), r["type"].clone()),
                r["acts"].parse().unwrap(),
            )
        })
        .collect();
    assert_eq!(got, want, "acts per year and type for {m:?}");

    // 2. Contract value per year.
    let contracts = export(app, m, "type=kontrate").await;
    let mut want: BTreeMap<String, (u64, u64, f64)> = BTreeMap::new();
    for row in &contracts {
        let e = want.entry(year(row)).or_default();
        e.0 += 1;
        if row["value_eur"].is_empty() {
            e.1 += 1;
        }
        e.2 += amount(&row["value_eur"]);
    }
    let got = stat(app, "vlera-e-kontratave", m).await;
    assert_eq!(got.len(), want.len(), "contract years for {m:?}");
    let mut total = 0.0;
    for r in &got {
        let (n, without, value) = want[&r["year"]];
        assert_eq!(r["contracts"], n.to_string());
        assert_eq!(r["contracts_without_value"], without.to_string());
        assert!(close(amount(&r["value_eur"]), value), "{r:?} vs {value}");
        total += value;
    }

    // 3. Top operators: each sum is the export's, and nobody left out has more.
    let mut by_key: HashMap<String, (u64, f64)> = HashMap::new();
    for row in contracts.iter().filter(|r| !r["operator_key"].is_empty()) {
        let e = by_key.entry(row["operator_key"].clone()).or_default();
        e.0 += 1;
        e.1 += amount(&row["value_eur"]);
    }
    let got = stat(app, "operatoret", m).await;
    assert_eq!(got.len(), by_key.len().min(10));
    for r in &got {
        let (n, value) = by_key[&r["operator_key"]];
        assert_eq!(r["contracts"], n.to_string());
        assert!(close(amount(&r["value_eur"]), value));
        let spellings: Vec<&str> = contracts
            .iter()
            .filter(|c| c["operator_key"] == r["operator_key"])
            .map(|c| c["operator"].as_str())
            .collect();
        assert!(spellings.contains(&r["operator"].as_str()), "{r:?}");
    }
    if let Some(last) = got.last() {
        let floor = amount(&last["value_eur"]);
        let listed: Vec<&str> = got.iter().map(|r| r["operator_key"].as_str()).collect();
        for (key, (_, value)) in &by_key {
            if !listed.contains(&key.as_str()) {
                assert!(*value <= floor + 0.01, "{key} ({value}) beats the top 10");
            }
        }
    }

    // 4. Procedures of contracts and procurement notices.
    let notices = export(app, m, "type=njoftim_per_kontrate").await;
    let mut want: BTreeMap<String, (u64, u64, f64)> = BTreeMap::new();
    for (rows, contract) in [(&contracts, true), (&notices, false)] {
        for row in rows.iter() {
            let e = want.entry(row["procedure"].trim().to_string()).or_default();
            if contract {
                e.0 += 1
            } else {
                e.1 += 1
            }
            e.2 += amount(&row["value_eur"]);
        }
    }
    let got = stat(app, "procedurat", m).await;
    assert_eq!(got.len(), want.len(), "procedures for {m:?}");
    for r in &got {
        let (c, n, v) = want[&r["procedure"]];
        assert_eq!(
            (r["contracts"].clone(), r["procurement_notices"].clone()),
            (c.to_string(), n.to_string())
        );
        assert!(close(amount(&r["value_eur"]), v));
    }

    // 5. Decisions per year.
    let mut want: BTreeMap<String, u64> = BTreeMap::new();
    for row in export(app, m, "type=vendim").await {
        *want.entry(year(&row)).or_default() += 1;
    }
    let got: BTreeMap<String, u64> = stat(app, "vendimet", m)
        .await
        .iter()
        .map(|r| (r["year"].clone(), r["decisions"].parse().unwrap()))
        .collect();
    assert_eq!(got, want);

    // 6. Publication delay per type.
    let mut want: BTreeMap<String, (Vec<i64>, u64)> = BTreeMap::new();
    for row in &all {
        let day = |c: &str| chrono::NaiveDate::parse_from_str(&row[c], "%Y-%m-%d").ok();
        if let (Some(d), Some(p)) = (day("date"), day("published")) {
            let e = want.entry(row["type"].clone()).or_default();
            let days = (p - d).num_days();
            if days < 0 {
                e.1 += 1
            } else {
                e.0.push(days)
            }
        }
    }
    let got = stat(app, "vonesa-e-publikimit", m).await;
    assert_eq!(got.len(), want.len());
    for r in &got {
        let (mut days, negative) = want[&r["type"]].clone();
        days.sort();
        assert_eq!(r["acts"], days.len().to_string());
        assert_eq!(r["negative_delays"], negative.to_string());
        if let Some(&max) = days.last() {
            assert_eq!(r["max_days"], max.to_string());
            let n = days.len();
            let median = (days[(n - 1) / 2] + days[n / 2]) as f64 / 2.0;
            assert_eq!(r["median_days"].parse::<f64>().unwrap(), median);
        }
    }
    total
}

/// The sample corpus (Gjilan) with the two contract registers of Gjakovë
/// and Viti beside it, so the municipality filter has something to split.
fn sample_app() -> (tempfile::TempDir, Router) {
    let dir = tempfile::TempDir::new().unwrap();
    let registers = dir.path().join("registers");
    contract_registers(&registers);
    let archive = Archive::open_or_create(&dir.path().join("index")).unwrap();
    let options = ingest_options(vec![repo().join("data"), registers]);
    ingest::run(&archive, &options).unwrap();
    (dir, router(archive))
}

#[tokio::test(flavor = "multi_thread")]
async fn statistics_of_the_sample_match_the_exports_for_every_municipality() {
    let (_dir, app) = sample_app();
    let (status, _, html) = get(&app, "/statistika").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        html.matches("<svg ").count(),
        arkiva::stats::Table::ALL.len(),
        "one chart per statistic"
    );
    assert!(html.contains("Mbledhjet, pikat dhe votimet sipas vitit"));
    assert_eq!(
        html.matches("role=\"img\"").count(),
        arkiva::stats::Table::ALL.len()
    );
    assert_eq!(
        html.matches("<caption id=").count(),
        arkiva::stats::Table::ALL.len()
    );
    assert!(!html.contains("<script"));
    // Every chart has data: the decision registers give publication dates
    // (contract notices' dates precede the signing, so contracts' delays
    // are negative and counted apart as data errors).
    assert!(!html.contains("Nuk ka të dhëna"), "{html}");
    let delays = stat(&app, "vonesa-e-publikimit", None).await;
    let decisions = delays.iter().find(|r| r["type"] == "vendim").unwrap();
    assert!(
        decisions["acts"].parse::<u64>().unwrap() >= 10,
        "{decisions:?}"
    );
    for m in ["Gjakovë", "Gjilan", "Viti"] {
        assert!(
            html.contains(&format!("<option value=\"{m}\">")),
            "{m} in the selector"
        );
    }
    assert!(html.contains("href=\"/statistika/operatoret.csv\""));

    let everything = check_against_exports(&app, None).await;
    let mut parts = 0.0;
    for m in ["Gjakovë", "Gjilan", "Viti"] {
        parts += check_against_exports(&app, Some(m)).await;
    }
    assert!(close(parts, everything), "{parts} vs {everything}");
    assert!(everything > 0.0);

    // The filter changes the numbers: Viti's contracts only, TALI first
    // (50 000 + 700 in two spellings' worth of records).
    let viti = stat(&app, "operatoret", Some("viti")).await;
    assert_eq!(viti[0]["operator_key"], "tali");
    assert_eq!(
        (viti[0]["contracts"].as_str(), viti[0]["value_eur"].as_str()),
        ("2", "50700")
    );
    let (_, _, page) = get(&app, "/statistika?municipality=Viti").await;
    assert!(page.contains("<option value=\"Viti\" selected>"));
    assert!(page.contains("/statistika/vlera-e-kontratave.csv?municipality=Viti"));
    assert!(
        page.contains("50.700,00 €"),
        "amounts as the site writes them"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn unknown_municipalities_are_empty_and_bad_parameters_are_4xx() {
    let dir = tempfile::TempDir::new().unwrap();
    contract_registers(&dir.path().join("registers"));
    let archive = Archive::open_or_create(&dir.path().join("index")).unwrap();
    ingest_into(&archive, &dir.path().join("registers"));
    let app = router(archive);

    let (status, _, html) = get(&app, "/statistika?municipality=Atlantis").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("nuk ka asnjë akt të komunës „Atlantis“"),
        "{html}"
    );
    assert!(!html.contains("<svg "));
    let empty = stat(&app, "vlera-e-kontratave", Some("Atlantis")).await;
    assert!(empty.is_empty());

    for uri in [
        "/statistika?municipality=Viti&municipality=Gjakov%C3%AB",
        &format!("/statistika?municipality={}", "x".repeat(200)),
        "/statistika/vendimet.csv?municipality=a&municipality=b",
    ] {
        let (status, _, body) = get(&app, uri).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}");
        assert!(body.contains("municipality"), "names the parameter: {body}");
    }
    let (status, _, _) = get(&app, "/statistika/nothing.csv").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = get(&app, "/statistika/vendimet").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Labels with quotes are escaped inside the charts: in Gjakovë TALI's
    // two spellings tie and the alphabetically first, `"TALI" sh.p.k`, labels it.
    let (_, _, html) = get(&app, "/statistika?municipality=Gjakov%C3%AB").await;
    assert!(html.contains(">&quot;TALI&quot; sh.p.k</text>"), "{html}");
    assert!(!html.contains("\"TALI\""));
}

/// The real registers: the page renders and each municipality's contract
/// total is the export's.
#[tokio::test(flavor = "multi_thread")]
async fn real_registers_statistics_match_the_exports() {
    let Some(archive) = real_archive() else {
        return;
    };
    let app = router(archive.clone());
    let (status, _, html) = get(&app, "/statistika").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        html.matches("<svg ").count(),
        arkiva::stats::Table::ALL.len()
    );
    let (_, _, facets) = get(&app, "/api/search?per_page=1").await;
    let facets: serde_json::Value = serde_json::from_str(&facets).unwrap();
    let municipalities: Vec<String> = facets["facets"]["municipality"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert!(municipalities.len() > 1, "{municipalities:?}");
    for m in &municipalities {
        let want: f64 = export(&app, Some(m), "type=kontrate")
            .await
            .iter()
            .map(|r| amount(&r["value_eur"]))
            .sum();
        let got: f64 = stat(&app, "vlera-e-kontratave", Some(m))
            .await
            .iter()
            .map(|r| amount(&r["value_eur"]))
            .sum();
        eprintln!("{m}: contracts worth {got:.2} €");
        // Per-year sums are rounded to cents.
        assert!(
            (got - want).abs() < 0.05 + want.abs() * 1e-9,
            "{m}: {got} vs {want}"
        );
        let (status, _, page) = get(&app, &format!("/statistika?{}", query(Some(m)))).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            page.matches("<svg ").count(),
            arkiva::stats::Table::ALL.len(),
            "{m}"
        );
    }
}
