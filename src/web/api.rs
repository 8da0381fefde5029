//! JSON API handlers: extract, call the library off the async threads, map.

use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use super::error::ApiError;
use super::relations::{ActContext, ActJson};
use super::{params, stream, AppState};
use crate::export::{self, Format};
use crate::model::{Act, ActId};
use crate::search::{self, SearchResponse};

pub async fn search(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Json<SearchResponse>, ApiError> {
    let params = params::parse(query.as_deref())?.knowing(&state.derived);
    let archive = state.archive.clone();
    let response =
        tokio::task::spawn_blocking(move || search::search(&archive, &params.request)).await??;
    Ok(Json(response))
}

pub async fn act(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<ActJson>, ApiError> {
    let act = find(&state, &id).await?;
    let context = context(&state, &act.id).await?;
    Ok(Json(ActJson::new(act, context)))
}

/// The act's links, force and sessions, with the linked acts' titles.
pub async fn context(state: &AppState, id: &ActId) -> Result<ActContext, ApiError> {
    let archive = state.archive.clone();
    let cache = state.derived.clone();
    let id = id.clone();
    Ok(tokio::task::spawn_blocking(move || ActContext::of(&archive, &cache.get(), &id)).await??)
}

/// The act with this id; `Withdrawn` for one taken out of publication,
/// `NotFound` for anything else — also for ids that are not ids.
pub async fn find(state: &AppState, id: &str) -> Result<Act, ApiError> {
    let id = ActId::parse(id).ok_or(ApiError::NotFound)?;
    let archive = state.archive.clone();
    tokio::task::spawn_blocking(move || match archive.get(&id)? {
        Some(act) => Ok(act),
        None => Err(withdrawn(&archive, &id)),
    })
    .await?
}

/// Why an act the index lacks is gone, if it was withdrawn.
fn withdrawn(archive: &crate::index::Archive, id: &ActId) -> ApiError {
    let Some(store) = crate::store::Store::beside(archive.dir()) else {
        return ApiError::NotFound;
    };
    match crate::store::withdrawn::Withdrawals::load(&store) {
        Ok(list) => match list.get(id) {
            Some(w) => ApiError::Withdrawn {
                reason: w.reason.clone(),
                date: w.at.get(..10).unwrap_or(&w.at).to_owned(),
            },
            None => ApiError::NotFound,
        },
        Err(e) => ApiError::Internal(e.to_string()),
    }
}

pub async fn file(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let act = find(&state, &id).await?;
    let path = state.archive.original(&act).ok_or(ApiError::NoFile)?;
    let bytes = tokio::fs::read(&path)
        .await
        .map_err(|e| ApiError::Internal(format!("{}: {e}", path.display())))?;
    let name = download_name(&act);
    let disposition = format!("inline; filename=\"{name}\"");
    let headers = [
        (
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/pdf"),
        ),
        (
            header::CONTENT_DISPOSITION,
            HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("inline")),
        ),
    ];
    Ok((headers, bytes).into_response())
}

/// The file name of the source, reduced to characters every browser keeps.
fn download_name(act: &Act) -> String {
    let base = act.source_file().rsplit('/').next().unwrap_or("akt.pdf");
    let clean: String = base
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if clean.ends_with(".pdf") {
        clean
    } else {
        format!("{}.pdf", act.id)
    }
}

pub async fn export_csv(state: State<AppState>, query: RawQuery) -> Result<Response, ApiError> {
    export_as(state, query, Format::Csv).await
}

pub async fn export_ndjson(state: State<AppState>, query: RawQuery) -> Result<Response, ApiError> {
    export_as(state, query, Format::Ndjson).await
}

/// One OCDS release package of the matching contracts and procurement notices.
pub async fn ocds_releases(state: State<AppState>, query: RawQuery) -> Result<Response, ApiError> {
    export_as(state, query, Format::Ocds).await
}

async fn export_as(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    format: Format,
) -> Result<Response, ApiError> {
    let request = params::parse(query.as_deref())?
        .knowing(&state.derived)
        .request;
    let slot = state
        .exports
        .clone()
        .try_acquire_owned()
        .map_err(|_| ApiError::Busy)?;
    let archive = state.archive.clone();
    let ocds = state.ocds.clone();
    let body = stream::from_blocking(move |out| {
        // The slot is held until the export has written its last byte (or
        // its reader went away).
        let _slot = slot;
        export::export_with(&archive, &request, format, &ocds, out).map(|_count| ())
    });
    let disposition = format!(
        "attachment; filename=\"arkiva-{}.{}\"",
        if format == Format::Ocds {
            "ocds"
        } else {
            "aktet"
        },
        format.extension()
    );
    let headers = [
        (
            header::CONTENT_TYPE,
            HeaderValue::from_static(format.media_type()),
        ),
        (
            header::CONTENT_DISPOSITION,
            HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")),
        ),
    ];
    Ok((headers, body).into_response())
}

/// Reads `?municipality=&year=` of a votes export; other keys are ignored,
/// as in every export.
pub fn votes_filter(raw: Option<&str>) -> Result<export::votes::Filter, ApiError> {
    let mut filter = export::votes::Filter::default();
    for (key, value) in form_urlencoded::parse(raw.unwrap_or_default().as_bytes()) {
        let value = value.trim();
        match key.as_ref() {
            "municipality" if !value.is_empty() => {
                if value.chars().count() > 100 {
                    return Err(ApiError::BadParam(super::error::BadParam {
                        param: "municipality",
                        value: value.chars().take(40).collect(),
                        expected_sq: "emri i një komune, deri në 100 shenja",
                        expected_en: "a municipality's name, at most 100 characters",
                    }));
                }
                filter.municipality = Some(value.to_string());
            }
            "year" if !value.is_empty() => {
                let year = value
                    .parse::<i32>()
                    .ok()
                    .filter(|y| (1900..=2100).contains(y));
                let Some(year) = year else {
                    return Err(ApiError::BadParam(super::error::BadParam {
                        param: "year",
                        value: value.chars().take(40).collect(),
                        expected_sq: "një vit nga 1900 deri në 2100",
                        expected_en: "a year from 1900 to 2100",
                    }));
                };
                filter.year = Some(year);
            }
            _ => {}
        }
    }
    Ok(filter)
}

/// The votes dataset as CSV: one row per agenda item of the selected sessions.
pub async fn votes_csv(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let filter = votes_filter(query.as_deref())?;
    let derived = state.derived.clone();
    let body = stream::from_blocking(move |out| {
        export::votes::write_csv(&derived.get().sessions, &filter, out).map(|_count| ())
    });
    let headers = [
        (
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/csv; charset=utf-8"),
        ),
        (
            header::CONTENT_DISPOSITION,
            HeaderValue::from_static("attachment; filename=\"arkiva-votimet.csv\""),
        ),
    ];
    Ok((headers, body).into_response())
}

/// The votes dataset as Popolo vote events, with absolute URLs on this host.
pub async fn votes_json(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let filter = votes_filter(query.as_deref())?;
    let base = super::pages::origin(&headers).unwrap_or_default();
    let derived = state.derived.clone();
    let events = tokio::task::spawn_blocking(move || {
        export::votes::vote_events(&derived.get().sessions, &filter, &base)
    })
    .await?;
    Ok(Json(events))
}

/// The Frictionless Data Package of every dataset, its resources the
/// absolute URLs of their CSV exports (relative to this document when the
/// request has no usable Host).
pub async fn datapackage(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    let archive = state.archive.clone();
    let mut about =
        tokio::task::spawn_blocking(move || export::datapackage::About::of(&archive)).await??;
    let origin = super::pages::origin(&headers);
    about.homepage = origin.as_ref().map(|o| format!("{o}/"));
    let api = origin.map(|o| format!("{o}/api/")).unwrap_or_default();
    Ok(Json(export::datapackage::descriptor(&about, |dataset| {
        export::datapackage::export_url(&api, dataset)
    })))
}

/// The DCAT-AP 3 catalogue (JSON-LD), with absolute URLs on this host.
pub async fn catalog(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let base = super::pages::origin(&headers).unwrap_or_default();
    let archive = state.archive.clone();
    let catalog =
        tokio::task::spawn_blocking(move || export::catalog::catalog(&archive, &base)).await??;
    let content_type = HeaderValue::from_static(export::catalog::MEDIA_TYPE);
    Ok(([(header::CONTENT_TYPE, content_type)], Json(catalog)).into_response())
}

pub async fn healthz(State(state): State<AppState>) -> Json<Value> {
    Json(json!({ "status": "ok", "acts": state.archive.len() }))
}

pub async fn openapi() -> Json<Value> {
    Json(super::openapi::document())
}

pub async fn not_found() -> ApiError {
    ApiError::NotFound
}
