//! Errors a client sees: a stable code, a message in Albanian and one in
//! English, and a 4xx status for anything the client can fix. Internal
//! causes are logged, never sent.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

use crate::export::ExportError;
use crate::index::IndexError;
use crate::search::SearchError;

/// A request parameter that could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct BadParam {
    pub param: &'static str,
    pub value: String,
    /// What was expected, in Albanian and in English.
    pub expected_sq: &'static str,
    pub expected_en: &'static str,
}

#[derive(Debug)]
pub enum ApiError {
    BadParam(BadParam),
    QueryTooLong {
        max: usize,
    },
    PageOutOfRange {
        page: usize,
        max: usize,
    },
    DateRange,
    /// `min_value` above `max_value`.
    ValueRange,
    NotFound,
    /// No session with this id (or not a session id at all).
    SessionNotFound,
    NoFile,
    /// Taken out of publication by `arkiva withdraw`: the reason and when.
    Withdrawn {
        reason: String,
        date: String,
    },
    /// Every export slot is streaming; try again in [`RETRY_AFTER_SECONDS`].
    Busy,
    /// A body sent where every route takes none.
    BodyNotAllowed,
    /// A method other than GET or HEAD.
    MethodNotAllowed,
    /// Not answered within [`super::REQUEST_TIMEOUT`].
    Timeout,
    Internal(String),
}

/// What a 429 asks the client to wait.
pub const RETRY_AFTER_SECONDS: u64 = 10;

#[derive(Serialize)]
pub struct ErrorBody {
    pub error: &'static str,
    pub message: String,
    pub message_en: String,
}

impl ApiError {
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::NotFound | ApiError::SessionNotFound | ApiError::NoFile => {
                StatusCode::NOT_FOUND
            }
            ApiError::Withdrawn { .. } => StatusCode::GONE,
            ApiError::Busy => StatusCode::TOO_MANY_REQUESTS,
            ApiError::BodyNotAllowed => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::Timeout => StatusCode::REQUEST_TIMEOUT,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
            _ => StatusCode::BAD_REQUEST,
        }
    }

    pub fn body(&self) -> ErrorBody {
        let (error, message, message_en) = match self {
            ApiError::BadParam(p) => (
                "invalid_parameter",
                format!(
                    "Parametri '{}' ka vlerë të pavlefshme '{}': pritet {}.",
                    p.param,
                    echoed(&p.value),
                    p.expected_sq
                ),
                format!(
                    "Parameter '{}' has an invalid value '{}': expected {}.",
                    p.param,
                    echoed(&p.value),
                    p.expected_en
                ),
            ),
            ApiError::QueryTooLong { max } => (
                "query_too_long",
                format!("Kërkimi është shumë i gjatë: lejohen deri në {max} shenja."),
                format!("The query is too long: at most {max} characters are allowed."),
            ),
            ApiError::PageOutOfRange { page, max } => (
                "page_out_of_range",
                format!(
                    "Faqja {page} është jashtë kufijve: faqja më e lartë e lejuar është {max}."
                ),
                format!("Page {page} is out of range: the highest allowed page is {max}."),
            ),
            ApiError::DateRange => (
                "invalid_date_range",
                "Data 'nga' duhet të jetë para datës 'deri'.".to_string(),
                "The 'from' date must not be after the 'to' date.".to_string(),
            ),
            ApiError::ValueRange => (
                "invalid_value_range",
                "Vlera 'min_value' nuk mund të jetë më e madhe se 'max_value'.".to_string(),
                "'min_value' must not be above 'max_value'.".to_string(),
            ),
            ApiError::NotFound => (
                "not_found",
                "Akti nuk u gjet.".to_string(),
                "The act was not found.".to_string(),
            ),
            ApiError::SessionNotFound => (
                "not_found",
                "Mbledhja nuk u gjet.".to_string(),
                "The session was not found.".to_string(),
            ),
            ApiError::NoFile => (
                "no_file",
                "Ky akt nuk ka skedar origjinal (vjen nga një regjistër).".to_string(),
                "This act has no original file (it comes from a register).".to_string(),
            ),
            ApiError::Withdrawn { reason, date } => (
                "withdrawn",
                format!("Ky akt është tërhequr nga publikimi më {date}. Arsyeja: {reason}"),
                format!("This act was withdrawn from publication on {date}. Reason: {reason}"),
            ),
            ApiError::Busy => (
                "busy",
                format!(
                    "Po shkarkohen shumë eksporte njëherësh. Provoni përsëri pas {RETRY_AFTER_SECONDS} sekondash."
                ),
                format!(
                    "Too many exports are streaming at once. Try again in {RETRY_AFTER_SECONDS} seconds."
                ),
            ),
            ApiError::BodyNotAllowed => (
                "body_not_allowed",
                "Kjo adresë nuk pranon përmbajtje në kërkesë: dërgoni GET pa trup.".to_string(),
                "This address takes no request body: send a GET without one.".to_string(),
            ),
            ApiError::MethodNotAllowed => (
                "method_not_allowed",
                "Lejohen vetëm kërkesat GET dhe HEAD.".to_string(),
                "Only GET and HEAD requests are allowed.".to_string(),
            ),
            ApiError::Timeout => (
                "timeout",
                "Kërkesa zgjati shumë. Provoni një kërkim më të ngushtë ose provoni përsëri."
                    .to_string(),
                "The request took too long. Try a narrower search or try again.".to_string(),
            ),
            ApiError::Internal(_) => (
                "internal",
                "Ndodhi një gabim në server. Ju lutemi provoni përsëri.".to_string(),
                "The server failed. Please try again.".to_string(),
            ),
        };
        ErrorBody {
            error,
            message,
            message_en,
        }
    }
}

/// A value as an error message repeats it: at most [`ECHO_CHARS`]
/// characters, so a huge parameter does not come back huge.
fn echoed(value: &str) -> String {
    match value.char_indices().nth(ECHO_CHARS) {
        Some((end, _)) => format!("{}…", &value[..end]),
        None => value.to_string(),
    }
}

const ECHO_CHARS: usize = 100;

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(cause) = &self {
            tracing::error!(%cause, "request failed");
        }
        let mut response = (self.status(), Json(self.body())).into_response();
        if let ApiError::Busy = self {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER_SECONDS));
        }
        response
    }
}

impl From<BadParam> for ApiError {
    fn from(p: BadParam) -> Self {
        ApiError::BadParam(p)
    }
}

impl From<SearchError> for ApiError {
    fn from(e: SearchError) -> Self {
        match e {
            SearchError::DateRange { .. } => ApiError::DateRange,
            SearchError::ValueRange { .. } => ApiError::ValueRange,
            SearchError::Value { param, value } => ApiError::BadParam(BadParam {
                param,
                value: value.to_string(),
                expected_sq: "një shumë në euro",
                expected_en: "an amount in euros",
            }),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl From<IndexError> for ApiError {
    fn from(e: IndexError) -> Self {
        ApiError::Internal(e.to_string())
    }
}

impl From<ExportError> for ApiError {
    fn from(e: ExportError) -> Self {
        match e {
            ExportError::Search(s) => s.into(),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl From<tokio::task::JoinError> for ApiError {
    fn from(e: tokio::task::JoinError) -> Self {
        ApiError::Internal(e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_value_is_cut_in_the_message() {
        let long = "ë".repeat(5000);
        let error = ApiError::BadParam(BadParam {
            param: "type",
            value: long,
            expected_sq: "një lloj",
            expected_en: "a type",
        });
        let body = error.body();
        assert!(body.message.chars().count() < 200, "{}", body.message);
        assert!(body
            .message_en
            .contains(&format!("'{}…'", "ë".repeat(ECHO_CHARS))));
        assert_eq!(echoed("vendim"), "vendim");
    }
}
