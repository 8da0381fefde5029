//! Hostile input at the web edge (issue 10, part 3): security headers on
//! every answer, markup sent through the query, the facets and the acts'
//! own text always escaped, and random query strings never a 5xx.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use proptest::prelude::*;
use tower::ServiceExt;

use super::util::{get, ingest_into, write};
use arkiva::index::Archive;
use arkiva::web::router;

/// Markup a stranger might send or an act might carry.
const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "javascript:alert(1)",
];

/// An archive whose acts carry the payloads in their titles and texts.
fn hostile_archive() -> (tempfile::TempDir, Archive) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut csv = String::from("Nr.,Data,Titulli,Përshkrimi\n");
    for (k, payload) in PAYLOADS.iter().enumerate() {
        let quoted = payload.replace('"', "\"\"");
        csv.push_str(&format!(
            "{}/2024,0{}.02.2024,\"Vendim {quoted} për bursat\",\"Teksti {quoted}\"\n",
            k + 1,
            k + 1
        ));
    }
    write(&data, "regjistri.csv", csv);
    let archive = Archive::open_or_create(&dir.path().join("index")).unwrap();
    ingest_into(&archive, &data);
    (dir, archive)
}

fn escaped_everywhere(body: &str, uri: &str) {
    for raw in [
        "<script>alert",
        "<img src=x",
        "<svg onload",
        "href=\"javascript:",
    ] {
        assert!(!body.contains(raw), "{uri} lets {raw:?} through");
    }
}

#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    let (_dir, archive) = hostile_archive();
    let app = router(archive);
    for uri in [
        "/",
        "/nope",
        "/api/search?q=bursat",
        "/api/nope",
        "/sessions",
        "/statistika",
        "/api/export.csv",
    ] {
        let response = app
            .clone()
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("script-src 'none'"), "{uri}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{uri}: {csp}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{uri}");
        assert_eq!(headers["x-frame-options"], "DENY", "{uri}");
        assert!(headers.contains_key("referrer-policy"), "{uri}");
    }
}

#[tokio::test]
async fn markup_in_queries_facets_and_acts_is_escaped() {
    let (_dir, archive) = hostile_archive();
    let acts = super::util::all_acts(&archive);
    assert_eq!(acts.len(), PAYLOADS.len());
    let app = router(archive);
    let mut uris: Vec<String> = Vec::new();
    for payload in PAYLOADS {
        let p: String = form_urlencoded::byte_serialize(payload.as_bytes()).collect();
        for param in [
            "q",
            "issuer",
            "municipality",
            "operator",
            "type",
            "year",
            "sort",
        ] {
            uris.push(format!("/?{param}={p}"));
        }
        uris.push(format!("/?q=bursat&issuer={p}"));
        uris.push(format!("/sessions?body={p}&year={p}"));
        uris.push(format!("/sessions/turns?q={p}&group={p}"));
        uris.push(format!("/statistika?municipality={p}"));
        uris.push(format!("/feed.atom?q={p}"));
        uris.push(format!("/acts/{p}"));
        uris.push(format!("/sessions/{p}"));
    }
    uris.push("/?q=bursat".into());
    uris.push("/feed.atom?q=bursat".into());
    uris.extend(acts.iter().map(|a| format!("/acts/{}", a.id)));
    for uri in &uris {
        let reply = get(&app, uri).await;
        assert!(reply.status.as_u16() < 500, "{uri}: {}", reply.status);
        escaped_everywhere(&reply.text(), uri);
    }
    // The acts are found, and what they say is shown, escaped.
    let page = get(&app, "/?q=bursat").await.text();
    assert!(
        page.contains("&lt;script&gt;")
            || page.contains("&#60;script&#62;")
            || page.contains("&lt;script")
    );
}

/// Paths a query string can be sent to, and the parameters they read.
const PATHS: &[&str] = &[
    "/",
    "/api/search",
    "/feed.atom",
    "/api/export.csv",
    "/api/export.ndjson",
    "/api/ocds/releases.json",
    "/api/sessions",
    "/api/turns",
    "/api/votes.csv",
    "/sessions",
    "/sessions/turns",
    "/statistika",
    "/api/catalog.jsonld",
];
const KEYS: &[&str] = &[
    "q",
    "type",
    "year",
    "issuer",
    "municipality",
    "operator",
    "from",
    "to",
    "min_value",
    "max_value",
    "sort",
    "page",
    "per_page",
    "in_force",
    "side",
    "group",
    "session",
    "body",
    "x",
];

fn pair() -> impl Strategy<Value = (String, String)> {
    (
        prop_oneof![
            prop::sample::select(KEYS).prop_map(str::to_owned),
            "\\PC{0,8}"
        ],
        prop_oneof![
            "\\PC{0,40}",
            "-?[0-9]{1,25}(\\.[0-9]{0,5})?",
            "[0-9]{1,4}-[0-9]{1,2}-[0-9]{1,2}",
            prop::sample::select(PAYLOADS).prop_map(str::to_owned),
        ],
    )
}

fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: std::sync::OnceLock<tokio::runtime::Runtime> = std::sync::OnceLock::new();
    RUNTIME.get_or_init(|| tokio::runtime::Runtime::new().unwrap())
}

fn app() -> &'static Router {
    static APP: std::sync::OnceLock<(tempfile::TempDir, Router)> = std::sync::OnceLock::new();
    &APP.get_or_init(|| {
        let (dir, archive) = hostile_archive();
        (dir, router(archive))
    })
    .1
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Whatever a stranger puts in a query string: never a 5xx, never a panic.
    #[test]
    fn random_query_strings_never_get_a_server_error(
        path in prop::sample::select(PATHS),
        pairs in prop::collection::vec(pair(), 0..6),
        raw_tail in "[!-~]{0,30}",
    ) {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (k, v) in &pairs {
            query.append_pair(k, v);
        }
        let mut uri = format!("{path}?{}", query.finish());
        // Some bytes as typed, unencoded, when they still make a valid URI.
        if Request::get(format!("{uri}&{raw_tail}")).body(Body::empty()).is_ok() {
            uri = format!("{uri}&{raw_tail}");
        }
        let reply = runtime().block_on(get(app(), &uri));
        prop_assert!(reply.status.as_u16() < 500, "{uri}: {}", reply.status);
        prop_assert_ne!(reply.status, StatusCode::REQUEST_TIMEOUT, "{}", uri);
    }
}

#[tokio::test]
async fn exports_beyond_the_limit_answer_429_with_retry_after() {
    use http_body_util::BodyExt;
    let app = router(super::util::sample_archive().clone());
    let request = |uri: &str| Request::get(uri).body(Body::empty()).unwrap();
    // Exports nobody reads: each holds its slot (the sample's CSV is larger
    // than what the stream buffers, so none can finish).
    let mut unread = Vec::new();
    for _ in 0..arkiva::web::MAX_EXPORTS {
        let response = app
            .clone()
            .oneshot(request("/api/export.csv"))
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        unread.push(response);
    }
    let busy = app
        .clone()
        .oneshot(request("/api/export.ndjson"))
        .await
        .unwrap();
    assert_eq!(busy.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(busy.headers()["retry-after"], "10");
    let body = busy.into_body().collect().await.unwrap().to_bytes();
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(json["error"], "busy");
    assert!(json["message"]
        .as_str()
        .unwrap()
        .contains("Provoni përsëri"));
    // Searches are not exports: they still answer.
    assert_eq!(
        get(&app, "/api/search?q=bursat").await.status,
        StatusCode::OK
    );
    // Readers that go away give their slots back.
    drop(unread);
    let started = std::time::Instant::now();
    loop {
        let again = app
            .clone()
            .oneshot(request("/api/export.csv"))
            .await
            .unwrap();
        if again.status() == StatusCode::OK {
            break;
        }
        assert!(started.elapsed().as_secs() < 10, "slots never came back");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// One request with `method` and `body` to `uri`.
async fn send(app: &Router, method: &str, uri: &str, body: &'static str) -> (StatusCode, String) {
    let mut request = Request::builder().method(method).uri(uri);
    if !body.is_empty() {
        request = request.header("content-length", body.len());
    }
    let response = app
        .clone()
        .oneshot(request.body(Body::from(body)).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let bytes = http_body_util::BodyExt::collect(response.into_body())
        .await
        .unwrap()
        .to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

#[tokio::test]
async fn bodies_and_other_methods_are_refused_with_json() {
    let (_dir, archive) = hostile_archive();
    let app = router(archive);
    for uri in ["/", "/api/search?q=bursat", "/api/export.csv", "/metrics"] {
        let (status, body) = send(&app, "GET", uri, "q=bursat").await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{uri}");
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(json["error"], "body_not_allowed", "{uri}");
        assert!(json["message"].as_str().unwrap().contains("përmbajtje"));

        for method in ["POST", "PUT", "DELETE", "PATCH"] {
            let (status, body) = send(&app, method, uri, "").await;
            assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED, "{method} {uri}");
            let json: serde_json::Value = serde_json::from_str(&body).unwrap();
            assert_eq!(json["error"], "method_not_allowed", "{method} {uri}");
        }
        let (status, _) = send(&app, "HEAD", uri, "").await;
        assert!(status.is_success(), "HEAD {uri}: {status}");
    }
}

#[tokio::test]
async fn a_huge_bad_value_is_not_echoed_whole() {
    let (_dir, archive) = hostile_archive();
    let app = router(archive);
    let huge = "x".repeat(20_000);
    let (status, body) = send(&app, "GET", &format!("/api/search?type={huge}"), "").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.len() < 2_000, "{} bytes came back", body.len());
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["error"], "invalid_parameter");
}
