//! The web service: the JSON API, the search pages and the exports, on
//! axum. The only module that knows HTTP: handlers extract typed requests,
//! call the synchronous library on blocking threads, and map the result
//! (status codes live here and nowhere else).

mod api;
mod charts;
mod error;
pub mod feed;
mod guard;
pub mod metrics;
pub mod openapi;
mod pages;
pub mod params;
mod relations;
mod security_headers;
mod sessions;
mod statistics;
mod stream;

use std::net::SocketAddr;
use std::time::Duration;

use axum::http::Method;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::get;
use axum::Router;
use tower_http::compression::CompressionLayer;
use tower_http::cors::{Any, CorsLayer};
use tower_http::trace::TraceLayer;

use crate::index::Archive;
pub use error::{ApiError, ErrorBody};

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    pub archive: Archive,
    /// One permit per export that may stream at once: a stranger cannot tie
    /// up every blocking thread with exports.
    pub exports: std::sync::Arc<tokio::sync::Semaphore>,
    /// The OCDS package's options (the ocid prefix).
    pub ocds: crate::export::ocds::Options,
    /// Sessions and links between acts, re-read after an ingest.
    pub derived: crate::derived::Cache,
    /// Answers counted and timed for `/metrics`.
    pub metrics: std::sync::Arc<metrics::Metrics>,
}

/// Searches and pages answer within this or fail with 408; exports, which
/// may stream for minutes, are not bound by it.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// Exports streaming at once; the next answers 429 until one ends.
pub const MAX_EXPORTS: usize = 4;

/// The whole application, without a server (tests call it with `oneshot`).
pub fn router(archive: Archive) -> Router {
    router_with(archive, crate::export::ocds::Options::default())
}

/// [`router`] with the OCDS options `arkiva serve --ocid-prefix` sets.
pub fn router_with(archive: Archive, ocds: crate::export::ocds::Options) -> Router {
    let derived = crate::derived::Cache::new(archive.dir());
    let state = AppState {
        archive,
        ocds,
        derived,
        exports: std::sync::Arc::new(tokio::sync::Semaphore::new(MAX_EXPORTS)),
        metrics: Default::default(),
    };
    let cors = CorsLayer::new()
        .allow_methods([Method::GET])
        .allow_origin(Any);
    let api = Router::new()
        .route("/api/search", get(api::search))
        .route("/api/acts/{id}", get(api::act))
        .route("/api/sessions", get(sessions::api_list))
        .route("/api/sessions/{id}", get(sessions::api_session))
        .route("/api/turns", get(sessions::api_turns))
        .route("/api/openapi.json", get(api::openapi))
        .route("/api/datapackage.json", get(api::datapackage))
        .route("/api/catalog.jsonld", get(api::catalog))
        .route("/api/{*rest}", get(api::not_found))
        .layer(cors.clone());
    let pages = Router::new()
        .route("/", get(pages::search))
        .route("/acts/{id}", get(pages::act))
        .route("/acts/{id}/file", get(api::file))
        .route("/healthz", get(api::healthz))
        .route("/metrics", get(metrics::scrape))
        .route("/feed.atom", get(feed::feed))
        .route("/sessions", get(sessions::list_page))
        .route("/sessions/turns", get(sessions::turns_page))
        .route("/sessions/{id}", get(sessions::session_page))
        .route("/statistika", get(statistics::page))
        .route("/statistika/{file}", get(statistics::csv))
        .fallback(pages::not_found);
    let exports = Router::new()
        .route("/api/export.csv", get(api::export_csv))
        .route("/api/export.ndjson", get(api::export_ndjson))
        .route("/api/ocds/releases.json", get(api::ocds_releases))
        .route("/api/votes.csv", get(api::votes_csv))
        .route("/api/votes.json", get(api::votes_json))
        .layer(cors);
    let deadline = from_fn(|request, next| guard::deadline(REQUEST_TIMEOUT, request, next));
    // Outermost last: every answer, refusals included, is observed.
    Router::new()
        .merge(api.merge(pages).layer(deadline))
        .merge(exports)
        .layer(from_fn(guard::read_only))
        .layer(security_headers::layer())
        .layer(CompressionLayer::new())
        .layer(from_fn_with_state(state.clone(), metrics::observe))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Serves until Ctrl-C, then finishes the requests in flight.
pub async fn serve(
    archive: Archive,
    ocds: crate::export::ocds::Options,
    addr: SocketAddr,
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let local = listener.local_addr()?;
    println!(
        "arkiva po shërben në http://{local}/ (serving at http://{local}/) — Ctrl-C për ta ndalur"
    );
    axum::serve(listener, router_with(archive, ocds))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}

/// Serves on a bound listener until `shutdown` completes (tests bind port 0).
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    archive: Archive,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(archive))
        .with_graceful_shutdown(shutdown)
        .await
}
