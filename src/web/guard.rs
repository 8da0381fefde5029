//! The edge's refusals, before any handler runs: a body where no route
//! takes one (413), a method other than GET or HEAD (405), and a request
//! not answered in time (408). Each answers with the same JSON error as
//! every other refusal, in Albanian and English.
//!
//! Owns only these checks; what a parameter may hold is `params`' job.

use std::time::Duration;

use axum::body::HttpBody as _;
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::ApiError;

/// Every route is read-only: a body or another method is a mistake or a
/// probe, refused before it costs anything.
pub async fn read_only(request: Request, next: Next) -> Response {
    let preflight = request.method() == Method::OPTIONS
        && request
            .headers()
            .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
    if !(matches!(*request.method(), Method::GET | Method::HEAD) || preflight) {
        let mut response = ApiError::MethodNotAllowed.into_response();
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    // A body announced by Content-Length or chunked encoding (or an HTTP/2
    // data frame) leaves the stream open; an empty body ends it at once.
    if !request.body().is_end_stream() {
        return ApiError::BodyNotAllowed.into_response();
    }
    next.run(request).await
}

/// Searches and pages answer within `limit` or fail with 408 (exports,
/// which may stream for minutes, are routed around this).
pub async fn deadline(limit: Duration, request: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => ApiError::Timeout.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::http::StatusCode;
    use axum::middleware::from_fn;
    use axum::routing::get;
    use axum::Router;
    use tower::ServiceExt;

    #[tokio::test(start_paused = true)]
    async fn a_slow_answer_becomes_a_json_408() {
        let app = Router::new()
            .route(
                "/slow",
                get(|| async {
                    tokio::time::sleep(Duration::from_secs(3600)).await;
                    "late"
                }),
            )
            .route("/quick", get(|| async { "now" }))
            .layer(from_fn(|r, n| deadline(Duration::from_secs(30), r, n)));
        let call = |uri: &'static str| {
            app.clone()
                .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        };
        assert_eq!(call("/quick").await.unwrap().status(), StatusCode::OK);
        let response = call("/slow").await.unwrap();
        assert_eq!(response.status(), StatusCode::REQUEST_TIMEOUT);
        let bytes = axum::body::to_bytes(response.into_body(), 4096)
            .await
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(json["error"], "timeout");
    }
}
