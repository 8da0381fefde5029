//! `/metrics` in the Prometheus text format, and the access log.
//!
//! Every answer is counted by route template (`/acts/{id}`, never the raw
//! path, so a stranger cannot grow the series without bound) and status,
//! and timed into a histogram; the gauges (acts, index and store size, last
//! ingest, exports streaming) are read when scraped. Written by hand: the
//! format is a few lines of text and the counters a map behind one lock.
//!
//! Owns only measuring; it does not change any answer.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::time::{Duration, Instant, UNIX_EPOCH};

use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::{ApiError, AppState, MAX_EXPORTS};
use crate::index::Archive;
use crate::store::manifest::Manifest;
use crate::store::{bytes_under, Store};

/// Upper bounds of the latency histogram's buckets, in seconds: from a
/// cached page (a millisecond) to the request timeout.
const BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0, 30.0,
];

/// The most of a request's path the access log keeps.
const LOGGED_PATH_CHARS: usize = 200;

/// The label of requests no route matched.
const UNMATCHED: &str = "unmatched";

/// Counters of every answer since the server started.
#[derive(Default)]
pub struct Metrics {
    routes: Mutex<BTreeMap<String, RouteStats>>,
}

#[derive(Default)]
struct RouteStats {
    by_status: BTreeMap<u16, u64>,
    /// Answers at or under each bound of [`BUCKETS`] (cumulative when rendered).
    buckets: [u64; BUCKETS.len()],
    seconds: f64,
    count: u64,
}

impl Metrics {
    fn record(&self, route: &str, status: StatusCode, took: Duration) {
        let seconds = took.as_secs_f64();
        let mut routes = self.routes.lock().unwrap_or_else(|p| p.into_inner());
        let stats = routes.entry(route.to_owned()).or_default();
        *stats.by_status.entry(status.as_u16()).or_insert(0) += 1;
        if let Some(bucket) = BUCKETS.iter().position(|&bound| seconds <= bound) {
            stats.buckets[bucket] += 1;
        }
        stats.seconds += seconds;
        stats.count += 1;
    }

    /// Everything in the Prometheus text exposition format.
    pub fn render(&self, gauges: &Gauges) -> String {
        let mut out = String::new();
        let routes = self.routes.lock().unwrap_or_else(|p| p.into_inner());
        header(
            &mut out,
            "arkiva_http_requests_total",
            "counter",
            "Answers given, by route template and status.",
        );
        for (route, stats) in routes.iter() {
            for (status, n) in &stats.by_status {
                let _ = writeln!(
                    out,
                    "arkiva_http_requests_total{{route=\"{}\",status=\"{status}\"}} {n}",
                    label(route)
                );
            }
        }
        let name = "arkiva_http_request_duration_seconds";
        header(&mut out, name, "histogram", "Time to the answer's headers (an export's streaming is not included), by route template.");
        for (route, stats) in routes.iter() {
            let route = label(route);
            let mut below = 0;
            for (bound, n) in BUCKETS.iter().zip(stats.buckets) {
                below += n;
                let _ = writeln!(
                    out,
                    "{name}_bucket{{route=\"{route}\",le=\"{bound}\"}} {below}"
                );
            }
            let _ = writeln!(
                out,
                "{name}_bucket{{route=\"{route}\",le=\"+Inf\"}} {}",
                stats.count
            );
            let _ = writeln!(out, "{name}_sum{{route=\"{route}\"}} {}", stats.seconds);
            let _ = writeln!(out, "{name}_count{{route=\"{route}\"}} {}", stats.count);
        }
        gauges.render(&mut out);
        out
    }
}

/// What is read from the archive when scraped.
#[derive(Debug, Default)]
pub struct Gauges {
    pub acts: u64,
    /// The index's own files, without the store.
    pub index_bytes: u64,
    pub store_bytes: u64,
    /// Seconds since 1970 of the last ingest's commit.
    pub last_ingest: Option<f64>,
    pub exports_streaming: usize,
}

impl Gauges {
    /// Walks the index folder: blocking, and as slow as its file count.
    pub fn read(archive: &Archive, exports_streaming: usize) -> Gauges {
        let store = Store::beside(archive.dir());
        let store_bytes = store.as_ref().map_or(0, |s| bytes_under(s.dir()));
        let all_bytes = if archive.dir().as_os_str().is_empty() {
            0
        } else {
            bytes_under(archive.dir())
        };
        let last_ingest = store
            .as_ref()
            .and_then(Manifest::settled_at)
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map(|d| d.as_secs_f64());
        Gauges {
            acts: archive.len(),
            index_bytes: all_bytes.saturating_sub(store_bytes),
            store_bytes,
            last_ingest,
            exports_streaming,
        }
    }

    fn render(&self, out: &mut String) {
        let mut gauge = |name: &str, help: &str, value: String| {
            header(out, name, "gauge", help);
            let _ = writeln!(out, "{name} {value}");
        };
        gauge(
            "arkiva_acts",
            "Acts in the index (withdrawn acts are not).",
            self.acts.to_string(),
        );
        gauge(
            "arkiva_index_bytes",
            "Size of the index's files on disk, without the store.",
            self.index_bytes.to_string(),
        );
        gauge(
            "arkiva_store_bytes",
            "Size of the store of ingested originals on disk.",
            self.store_bytes.to_string(),
        );
        if let Some(at) = self.last_ingest {
            gauge(
                "arkiva_last_ingest_timestamp_seconds",
                "When the last ingest committed, in seconds since 1970.",
                format!("{at:.3}"),
            );
        }
        gauge(
            "arkiva_exports_streaming",
            "Exports streaming now.",
            self.exports_streaming.to_string(),
        );
        gauge(
            "arkiva_exports_max",
            "Exports that may stream at once.",
            MAX_EXPORTS.to_string(),
        );
    }
}

fn header(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
}

/// A label value with the three characters the format escapes.
fn label(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// Times and counts every answer, and writes the access log line (target
/// `arkiva::access`). The log names the path but never the query string:
/// what a citizen searched for is theirs.
pub async fn observe(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or(UNMATCHED, |p| p.as_str())
        .to_owned();
    let method = request.method().clone();
    // Cut: a stranger's path can be as long as the request line allows.
    let path: String = request
        .uri()
        .path()
        .chars()
        .take(LOGGED_PATH_CHARS)
        .collect();
    let started = Instant::now();
    let response = next.run(request).await;
    let took = started.elapsed();
    state.metrics.record(&route, response.status(), took);
    tracing::info!(
        target: "arkiva::access",
        %method,
        path,
        route,
        status = response.status().as_u16(),
        ms = took.as_secs_f64() * 1000.0,
    );
    response
}

pub async fn scrape(State(state): State<AppState>) -> Result<Response, ApiError> {
    let archive = state.archive.clone();
    let streaming = MAX_EXPORTS.saturating_sub(state.exports.available_permits());
    let gauges = tokio::task::spawn_blocking(move || Gauges::read(&archive, streaming)).await?;
    let body = state.metrics.render(&gauges);
    let kind = "text/plain; version=0.0.4; charset=utf-8";
    Ok(([(header::CONTENT_TYPE, kind)], body).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_histogram_is_cumulative_and_labels_are_escaped() {
        let metrics = Metrics::default();
        metrics.record("/acts/{id}", StatusCode::OK, Duration::from_millis(3));
        metrics.record(
            "/acts/{id}",
            StatusCode::NOT_FOUND,
            Duration::from_millis(40),
        );
        metrics.record("/a\"b", StatusCode::OK, Duration::from_secs(60));
        let text = metrics.render(&Gauges::default());
        assert!(
            text.contains("arkiva_http_requests_total{route=\"/acts/{id}\",status=\"200\"} 1\n")
        );
        assert!(
            text.contains("arkiva_http_requests_total{route=\"/acts/{id}\",status=\"404\"} 1\n")
        );
        let bucket = |le: &str| {
            format!("arkiva_http_request_duration_seconds_bucket{{route=\"/acts/{{id}}\",le=\"{le}\"}} ")
        };
        assert!(text.contains(&format!("{}0\n", bucket("0.0025"))));
        assert!(text.contains(&format!("{}1\n", bucket("0.005"))));
        assert!(text.contains(&format!("{}2\n", bucket("0.05"))));
        assert!(text.contains(&format!("{}2\n", bucket("+Inf"))));
        // Slower than every bound: only in +Inf.
        assert!(text.contains("route=\"/a\\\"b\",le=\"30\"} 0\n"));
        assert!(text.contains("route=\"/a\\\"b\",le=\"+Inf\"} 1\n"));
        assert!(!text.contains("arkiva_last_ingest_timestamp_seconds"));
    }
}
