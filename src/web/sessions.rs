//! Assembly sessions on the web: `/sessions` (the list), `/sessions/{id}`
//! (agenda, votes, decisions, speaker turns, documents, recordings),
//! `/sessions/turns` (searching what was said) and their JSON:
//! `/api/sessions`, `/api/sessions/{id}`, `/api/turns`.
//!
//! Owns: reading these routes' query strings (a bad value names its
//! parameter) and the pages' view models. Sessions come from
//! `state.derived`; filtering and turn search are
//! [`crate::sessions::search`]. The JSON is the serde form of the
//! `sessions::record` types; documents gain only their page's `url`.

use std::collections::BTreeSet;
use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::{json, Value};

use super::error::{ApiError, BadParam};
use super::pages::{error_page, format_date, message_page, render};
use super::params::MAX_QUERY_CHARS;
use super::AppState;
use crate::derived::Derived;
use crate::sessions::record::{Session, SessionId, SessionKind};
use crate::sessions::search::{parse_side, SessionFilter, TurnHit, TurnQuery};
use crate::sessions::turns::{Side, Turn};
use crate::sessions::Outcome;

/// Names (body, municipality, group) longer than this are not names.
const MAX_NAME_CHARS: usize = 200;
/// Turns one answer lists at most; `total` counts them all.
pub const MAX_TURNS: usize = 200;

// ---------------------------------------------------------------------------
// Parameters

#[derive(Debug, Default)]
struct Params {
    filter: SessionFilter,
    turns: TurnQuery,
}

fn bad(param: &'static str, value: &str, sq: &'static str, en: &'static str) -> ApiError {
    ApiError::BadParam(BadParam {
        param,
        value: value.chars().take(100).collect(),
        expected_sq: sq,
        expected_en: en,
    })
}

fn name(param: &'static str, value: &str) -> Result<String, ApiError> {
    if value.chars().count() > MAX_NAME_CHARS || value.chars().any(char::is_control) {
        return Err(bad(param, value, "një emër i shkurtër", "a short name"));
    }
    Ok(value.to_string())
}

/// Every key these routes read; others are ignored, empty values mean "any".
fn parse(raw: Option<&str>) -> Result<Params, ApiError> {
    let mut p = Params::default();
    for (key, value) in form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        match key.as_ref() {
            "year" => {
                let year = value
                    .parse::<i32>()
                    .ok()
                    .filter(|y| (1900..=2100).contains(y))
                    .ok_or_else(|| {
                        bad("year", value, "një vit, p.sh. 2020", "a year such as 2020")
                    })?;
                p.filter.year = Some(year);
                p.turns.year = Some(year);
            }
            "body" => p.filter.body = Some(name("body", value)?),
            "municipality" => p.filter.municipality = Some(name("municipality", value)?),
            "group" => p.turns.group = Some(name("group", value)?),
            "q" if value.chars().count() > MAX_QUERY_CHARS => {
                return Err(ApiError::QueryTooLong {
                    max: MAX_QUERY_CHARS,
                })
            }
            "q" => p.turns.q = value.to_string(),
            "side" => {
                p.turns.side =
                    Some(parse_side(value).ok_or_else(|| {
                        bad("side", value, "pozite ose opozite", "pozite or opozite")
                    })?)
            }
            "session" => {
                p.turns.session = Some(SessionId::parse(value).ok_or_else(|| {
                    bad("session", value, "id-në e një mbledhjeje", "a session id")
                })?)
            }
            _ => {}
        }
    }
    Ok(p)
}

async fn derived(state: &AppState) -> Result<Arc<Derived>, ApiError> {
    let cache = state.derived.clone();
    Ok(tokio::task::spawn_blocking(move || cache.get()).await?)
}

fn to_json(value: impl Serialize) -> Result<Json<Value>, ApiError> {
    serde_json::to_value(value)
        .map(Json)
        .map_err(|e| ApiError::Internal(e.to_string()))
}

// ---------------------------------------------------------------------------
// JSON

/// One row of `/api/sessions`.
#[derive(Serialize)]
struct Summary<'a> {
    id: &'a SessionId,
    date: NaiveDate,
    body: &'a str,
    ordinal: Option<u32>,
    kind: SessionKind,
    items_count: usize,
    recordings: &'a [String],
}

impl<'a> Summary<'a> {
    fn of(s: &'a Session) -> Summary<'a> {
        Summary {
            id: &s.id,
            date: s.date,
            body: &s.body,
            ordinal: s.ordinal,
            kind: s.kind,
            items_count: s.items.len(),
            recordings: &s.recordings,
        }
    }
}

pub async fn api_list(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let filter = parse(query.as_deref())?.filter;
    let derived = derived(&state).await?;
    let sessions: Vec<Summary> = filter
        .apply(&derived.sessions)
        .into_iter()
        .map(Summary::of)
        .collect();
    to_json(json!({ "total": sessions.len(), "sessions": sessions }))
}

/// The session's serde form, each document with the URL of its page.
fn session_json(session: &Session) -> Result<Json<Value>, ApiError> {
    let Json(mut value) = to_json(session)?;
    if let Some(documents) = value.get_mut("documents").and_then(Value::as_array_mut) {
        for document in documents.iter_mut().filter_map(Value::as_object_mut) {
            if let Some(id) = document.get("id").and_then(Value::as_str) {
                let url = format!("/acts/{id}");
                document.insert("url".into(), url.into());
            }
        }
    }
    Ok(Json(value))
}

pub async fn api_session(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let id = SessionId::parse(&id).ok_or(ApiError::SessionNotFound)?;
    let derived = derived(&state).await?;
    let session = derived.session(&id).ok_or(ApiError::SessionNotFound)?;
    session_json(session)
}

/// Turns matching `q` (every word's stem), `side`, `group`, `year`, `session`.
pub async fn api_turns(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let turns = parse(query.as_deref())?.turns;
    let derived = derived(&state).await?;
    let hits = tokio::task::spawn_blocking(move || turns.run(&derived.sessions)).await?;
    let shown = &hits[..hits.len().min(MAX_TURNS)];
    to_json(json!({ "total": hits.len(), "turns": shown }))
}

// ---------------------------------------------------------------------------
// Pages

struct Choice {
    value: String,
    label: String,
    selected: bool,
}

fn choices(values: impl IntoIterator<Item = String>, chosen: Option<&str>) -> Vec<Choice> {
    let chosen = chosen.map(crate::analysis::fold);
    values
        .into_iter()
        .map(|v| Choice {
            selected: chosen.as_deref() == Some(crate::analysis::fold(&v).as_str()),
            label: v.clone(),
            value: v,
        })
        .collect()
}

struct SessionRow {
    href: String,
    heading: String,
    date: String,
    iso: String,
    items: usize,
    recording: Option<String>,
}

#[derive(Template)]
#[template(path = "sessions.html")]
struct ListPage {
    rows: Vec<SessionRow>,
    years: Vec<Choice>,
    bodies: Vec<Choice>,
    filtered: bool,
}

pub async fn list_page(State(state): State<AppState>, RawQuery(query): RawQuery) -> Response {
    let params = match parse(query.as_deref()) {
        Ok(p) => p,
        Err(err) => return error_page(err),
    };
    let derived = match derived(&state).await {
        Ok(d) => d,
        Err(err) => return error_page(err),
    };
    let filter = params.filter;
    let years: BTreeSet<i32> = derived.sessions.iter().map(Session::year).collect();
    let bodies: BTreeSet<String> = derived.sessions.iter().map(|s| s.body.clone()).collect();
    let page = ListPage {
        rows: filter
            .apply(&derived.sessions)
            .into_iter()
            .map(|s| SessionRow {
                href: format!("/sessions/{}", s.id),
                heading: s.heading(),
                date: format_date(s.date),
                iso: s.date.to_string(),
                items: s.items.len(),
                recording: s.recordings.first().cloned(),
            })
            .collect(),
        years: choices(
            years.into_iter().rev().map(|y| y.to_string()),
            filter.year.map(|y| y.to_string()).as_deref(),
        ),
        bodies: choices(bodies, filter.body.as_deref()),
        filtered: filter != SessionFilter::default(),
    };
    render(StatusCode::OK, &page)
}

/// A YouTube video's privacy-enhanced embed URL, or `None` for any other URL.
fn youtube_embed(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let rest = rest
        .strip_prefix("www.")
        .or_else(|| rest.strip_prefix("m."))
        .unwrap_or(rest);
    let cut = |s: &str| s.split(['?', '&', '#', '/']).next().map(str::to_string);
    let id = if let Some(r) = rest.strip_prefix("youtu.be/") {
        cut(r)
    } else if let Some(r) = rest.strip_prefix("youtube.com/watch?") {
        r.split('&')
            .find_map(|kv| kv.strip_prefix("v="))
            .and_then(cut)
    } else {
        [
            "youtube.com/live/",
            "youtube.com/embed/",
            "youtube-nocookie.com/embed/",
        ]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .and_then(cut)
    }?;
    let valid = (6..=32).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    valid.then(|| format!("https://www.youtube-nocookie.com/embed/{id}"))
}

struct Recording {
    embed: Option<String>,
    href: Option<String>,
    url: String,
}

fn recording(url: &str) -> Recording {
    let web = url.starts_with("https://") || url.starts_with("http://");
    Recording {
        embed: youtube_embed(url),
        href: web.then(|| url.to_string()),
        url: url.to_string(),
    }
}

pub(super) fn outcome_label(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Miratuar => "Miratuar",
        Outcome::NukMiratuar => "Nuk u miratua",
        Outcome::Shtyre => "Shtyrë",
        Outcome::Terhequr => "Tërhequr",
        Outcome::EPanjohur => "E panjohur",
    }
}

fn side_label(side: Side) -> &'static str {
    match side {
        Side::Pozite => "pozitë",
        Side::Opozite => "opozitë",
    }
}

fn count(n: Option<u32>) -> String {
    n.map_or_else(|| "–".to_string(), |n| n.to_string())
}

struct Link {
    href: String,
    text: String,
    note: String,
}

struct TurnView {
    speaker: String,
    group: Option<String>,
    side: Option<&'static str>,
    text: String,
}

fn turn_view(turn: &Turn) -> TurnView {
    TurnView {
        speaker: turn.speaker.clone(),
        group: turn.group.clone(),
        side: turn.side.map(side_label),
        text: turn.text.clone(),
    }
}

struct ItemView {
    number: u32,
    title: String,
    outcome: &'static str,
    outcome_class: &'static str,
    votes_for: String,
    against: String,
    abstain: String,
    source: Option<String>,
    acts: Vec<Link>,
    turns: Vec<TurnView>,
    /// Turns of the item before the side/group/word filter.
    all_turns: usize,
}

#[derive(Template)]
#[template(path = "session.html")]
struct SessionPage {
    heading: String,
    date: String,
    iso: String,
    municipality: String,
    /// `/sessions/{id}`: where the turn filter sends its query.
    path: String,
    json_href: String,
    recordings: Vec<Recording>,
    items: Vec<ItemView>,
    unread: Vec<u32>,
    documents: Vec<Link>,
    /// The turn filter's current values and choices.
    q: String,
    sides: Vec<Choice>,
    groups: Vec<Choice>,
    has_turns: bool,
    filtering: bool,
    turns_href: String,
}

pub async fn session_page(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
) -> Response {
    let not_found = || {
        message_page(
            StatusCode::NOT_FOUND,
            "Mbledhja nuk u gjet",
            "Nuk ka asnjë mbledhje me këtë lidhje. Shihni listën e mbledhjeve te /sessions.",
        )
    };
    let Some(id) = SessionId::parse(&id) else {
        return not_found();
    };
    let filter = match parse(query.as_deref()) {
        Ok(p) => p.turns,
        Err(err) => return error_page(err),
    };
    let derived = match derived(&state).await {
        Ok(d) => d,
        Err(err) => return error_page(err),
    };
    let Some(session) = derived.session(&id) else {
        return not_found();
    };
    render(StatusCode::OK, &SessionPage::new(session, &filter))
}

impl SessionPage {
    fn new(session: &Session, filter: &TurnQuery) -> SessionPage {
        let wanted = crate::sessions::search::stems(&filter.q);
        let group = filter.group.as_deref().map(crate::analysis::fold);
        let title_of = |id: &crate::model::ActId| {
            session
                .documents
                .iter()
                .find(|d| &d.id == id)
                .map_or_else(|| format!("Akti {id}"), |d| d.title.clone())
        };
        let items = session
            .items
            .iter()
            .map(|item| ItemView {
                number: item.number,
                title: item.title.clone(),
                outcome: outcome_label(item.outcome),
                outcome_class: match item.outcome {
                    Outcome::Miratuar => "ok",
                    Outcome::NukMiratuar => "no",
                    _ => "other",
                },
                votes_for: count(item.votes.for_),
                against: count(item.votes.against),
                abstain: count(item.votes.abstain),
                source: item.source_sentence.clone(),
                acts: item
                    .acts
                    .iter()
                    .map(|id| Link {
                        href: format!("/acts/{id}"),
                        text: title_of(id),
                        note: String::new(),
                    })
                    .collect(),
                turns: item
                    .turns
                    .iter()
                    .filter(|t| filter.turn_matches(t, group.as_deref(), &wanted))
                    .map(turn_view)
                    .collect(),
                all_turns: item.turns.len(),
            })
            .collect();
        let groups: BTreeSet<String> = session
            .items
            .iter()
            .flat_map(|i| i.turns.iter().filter_map(|t| t.group.clone()))
            .collect();
        let side = filter.side.map(|s| match s {
            Side::Pozite => "pozite",
            Side::Opozite => "opozite",
        });
        let mut sides = choices(["pozite".to_string(), "opozite".to_string()], side);
        for (choice, label) in sides.iter_mut().zip(["Pozita", "Opozita"]) {
            choice.label = label.to_string();
        }
        SessionPage {
            heading: session.heading(),
            date: format_date(session.date),
            iso: session.date.to_string(),
            municipality: session.municipality.clone(),
            path: format!("/sessions/{}", session.id),
            json_href: format!("/api/sessions/{}", session.id),
            recordings: session.recordings.iter().map(|u| recording(u)).collect(),
            items,
            unread: session.unread.clone(),
            documents: session
                .documents
                .iter()
                .map(|d| Link {
                    href: format!("/acts/{}", d.id),
                    text: d.title.clone(),
                    note: match d.date {
                        Some(date) => format!("{}, {}", d.role.label(), format_date(date)),
                        None => d.role.label().to_string(),
                    },
                })
                .collect(),
            q: filter.q.clone(),
            sides,
            groups: choices(groups, filter.group.as_deref()),
            has_turns: session.items.iter().any(|i| !i.turns.is_empty()),
            filtering: !filter.q.is_empty() || filter.side.is_some() || filter.group.is_some(),
            turns_href: format!("/sessions/turns?session={}", session.id),
        }
    }
}

struct HitView {
    href: String,
    session: String,
    date: String,
    item: String,
    turn: TurnView,
}

#[derive(Template)]
#[template(path = "turns.html")]
struct TurnsPage {
    q: String,
    sides: Vec<Choice>,
    group: String,
    year: String,
    session: String,
    searched: bool,
    total: usize,
    hits: Vec<HitView>,
}

pub async fn turns_page(State(state): State<AppState>, RawQuery(query): RawQuery) -> Response {
    let query = match parse(query.as_deref()) {
        Ok(p) => p.turns,
        Err(err) => return error_page(err),
    };
    let derived = match derived(&state).await {
        Ok(d) => d,
        Err(err) => return error_page(err),
    };
    let run = query.clone();
    let hits = match tokio::task::spawn_blocking(move || run.run(&derived.sessions)).await {
        Ok(hits) => hits,
        Err(err) => return error_page(err.into()),
    };
    render(StatusCode::OK, &TurnsPage::new(&query, &hits))
}

impl TurnsPage {
    fn new(query: &TurnQuery, hits: &[TurnHit]) -> TurnsPage {
        let side = query.side.map(|s| match s {
            Side::Pozite => "pozite",
            Side::Opozite => "opozite",
        });
        let mut sides = choices(["pozite".to_string(), "opozite".to_string()], side);
        for (choice, label) in sides.iter_mut().zip(["Pozita", "Opozita"]) {
            choice.label = label.to_string();
        }
        TurnsPage {
            q: query.q.clone(),
            sides,
            group: query.group.clone().unwrap_or_default(),
            year: query.year.map(|y| y.to_string()).unwrap_or_default(),
            session: query
                .session
                .as_ref()
                .map(|s| s.to_string())
                .unwrap_or_default(),
            searched: !query.q.is_empty() || !query.only_text(),
            total: hits.len(),
            hits: hits
                .iter()
                .take(MAX_TURNS)
                .map(|h| HitView {
                    href: format!("/sessions/{}#pika-{}", h.session, h.item),
                    session: h.body.clone(),
                    date: format_date(h.date),
                    item: format!("Pika {}: {}", h.item, h.item_title),
                    turn: turn_view(&h.turn),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn youtube_urls_embed_without_cookies_and_others_do_not() {
        let embed = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ";
        for url in [
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://youtube.com/watch?feature=x&v=dQw4w9WgXcQ#t=3",
            "https://youtu.be/dQw4w9WgXcQ?t=10",
            "https://www.youtube.com/live/dQw4w9WgXcQ",
        ] {
            assert_eq!(youtube_embed(url).as_deref(), Some(embed), "{url}");
        }
        for url in [
            "https://vimeo.com/123456",
            "https://www.youtube.com/watch?v=<script>",
            "javascript:alert(1)",
            "https://evil.example/youtube.com/watch?v=dQw4w9WgXcQ",
        ] {
            assert_eq!(youtube_embed(url), None, "{url}");
        }
        assert!(recording("javascript:alert(1)").href.is_none());
    }

    #[test]
    fn bad_parameters_name_themselves() {
        for (raw, param) in [
            ("year=vjet", "year"),
            ("year=20200", "year"),
            ("side=qendra", "side"),
            ("session=..%2Fx", "session"),
        ] {
            match parse(Some(raw)) {
                Err(ApiError::BadParam(p)) => assert_eq!(p.param, param, "{raw}"),
                other => panic!("{raw}: {other:?}"),
            }
        }
        let p = parse(Some("year=2020&side=opozit%C3%AB&q=buxheti&body=")).unwrap();
        assert_eq!(p.turns.year, Some(2020));
        assert_eq!(p.turns.side, Some(Side::Opozite));
        assert_eq!(p.filter.body, None);
    }
}
