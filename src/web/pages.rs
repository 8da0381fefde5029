//! The HTML pages a citizen reads (placeholder until the templates land).

use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use super::AppState;

pub async fn search(State(_state): State<AppState>, RawQuery(_query): RawQuery) -> Response {
    Html("<!doctype html><html lang=\"sq\"><title>arkiva</title><h1>arkiva</h1></html>").into_response()
}

pub async fn act(State(_state): State<AppState>, Path(_id): Path<String>) -> Response {
    Html("<!doctype html><html lang=\"sq\"><title>arkiva</title></html>").into_response()
}

pub async fn not_found() -> Response {
    (StatusCode::NOT_FOUND, Html("<!doctype html><html lang=\"sq\"><title>Nuk u gjet</title><h1>Faqja nuk u gjet</h1></html>")).into_response()
}
