//! The HTML pages a citizen reads, in Albanian: the search page with its
//! facets, the page of one act, and the not-found and error pages.
//!
//! Handlers parse the request exactly as the API does (`params::parse`),
//! run the search off the async threads, and turn the result into a small
//! view model of ready-to-print strings; the askama templates under
//! `templates/` only lay it out (and escape it — only the snippet, already
//! escaped by the search, is inserted as is). Every link a page builds goes
//! through [`Current`], so facet toggles, pagination and exports all carry
//! the same canonical query.

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use chrono::NaiveDate;

use super::error::ApiError;
use super::params::{self, SearchParams, DEFAULT_PER_PAGE};
use super::relations::{ActContext, LinkedAct};
use super::{api, AppState};
use crate::analysis::fold;
use crate::links::Relation;
use crate::model::{operator_key, Act, ActType};
use crate::search::{self, Facets, Hit, SearchResponse, Sort, MAX_LIMIT};

/// How many values of a facet show before "Shfaq edhe N të tjera".
const FACET_TOP: usize = 8;
/// Page numbers shown on each side of the current page.
const PAGE_WINDOW: usize = 1;

// ---------------------------------------------------------------------------
// Handlers

pub async fn search(State(state): State<AppState>, RawQuery(query): RawQuery) -> Response {
    let params = match params::parse(query.as_deref()) {
        Ok(params) => params.knowing(&state.derived),
        Err(err) => return search_error(query.as_deref(), err),
    };
    let current = Current::from_params(&params);
    let mut request = params.request.clone();
    if browsing(&current) {
        request.sort = Sort::Newest;
    }
    let archive = state.archive.clone();
    let found = tokio::task::spawn_blocking(move || search::search(&archive, &request)).await;
    let response = match found {
        Ok(Ok(response)) => response,
        Ok(Err(err)) => return search_error(query.as_deref(), err.into()),
        Err(err) => return error_page(err.into()),
    };
    let page = SearchPage::new(&current, params.page, &response);
    render(StatusCode::OK, &page)
}

pub async fn act(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let found = match api::find(&state, &id).await {
        Ok(act) => api::context(&state, &act.id).await.map(|c| (act, c)),
        Err(err) => Err(err),
    };
    match found {
        Ok((act, context)) => render(StatusCode::OK, &ActPage::new(&act, &context, &headers)),
        Err(ApiError::NotFound) => message_page(
            StatusCode::NOT_FOUND,
            "Akti nuk u gjet",
            "Nuk ka asnjë akt me këtë lidhje. Ndoshta lidhja është shkruar gabim ose akti është hequr nga arkivi. Provoni ta gjeni me kërkim.",
        ),
        Err(err) => error_page(err),
    }
}

pub async fn not_found() -> Response {
    message_page(
        StatusCode::NOT_FOUND,
        "Faqja nuk u gjet",
        "Faqja që kërkuat nuk ekziston ose është zhvendosur. Provoni ta gjeni aktin me kërkim.",
    )
}

/// The search page with the error in an alert, the query kept in the box.
fn search_error(raw: Option<&str>, err: ApiError) -> Response {
    if matches!(err, ApiError::Internal(_)) {
        return error_page(err);
    }
    let page = SearchPage::invalid(raw, &err.body().message);
    render(err.status(), &page)
}

pub(super) fn render<T: Template>(status: StatusCode, page: &T) -> Response {
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(err) => error_page(ApiError::Internal(format!("template: {err}"))),
    }
}

/// An error as a page: its Albanian message and status; internal causes are
/// logged, never shown.
pub(super) fn error_page(err: ApiError) -> Response {
    if let ApiError::Internal(cause) = &err {
        tracing::error!(%cause, "page failed");
    }
    let heading = match err.status() {
        StatusCode::NOT_FOUND => "Nuk u gjet",
        StatusCode::GONE => "Akti është tërhequr nga publikimi",
        s if s.is_server_error() => "Ndodhi një gabim",
        _ => "Kërkesa nuk mund të kryhet",
    };
    message_page(err.status(), heading, &err.body().message)
}

pub(super) fn message_page(status: StatusCode, heading: &str, message: &str) -> Response {
    let page = MessagePage {
        status_text: format!("Gabim {}", status.as_u16()),
        heading: heading.to_string(),
        message: message.to_string(),
    };
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(err) => {
            tracing::error!(cause = %err, "error page failed");
            let html = "<!doctype html><html lang=\"sq\"><meta charset=\"utf-8\"><title>Gabim — arkiva</title>\
                        <h1>Ndodhi një gabim</h1><p>Ju lutemi provoni përsëri. <a href=\"/\">Kthehu në faqen kryesore</a></p></html>";
            (StatusCode::INTERNAL_SERVER_ERROR, Html(html)).into_response()
        }
    }
}

// ---------------------------------------------------------------------------
// The current query, and the links built from it

/// Which facet a value belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Facet {
    Type,
    Year,
    Issuer,
    Municipality,
    /// Values are an operator's name in any spelling; compared by key.
    Operator,
}

impl Facet {
    fn key(self) -> &'static str {
        match self {
            Facet::Type => "type",
            Facet::Year => "year",
            Facet::Issuer => "issuer",
            Facet::Municipality => "municipality",
            Facet::Operator => "operator",
        }
    }

    /// Whether two values of this facet select the same thing.
    fn same(self, a: &str, b: &str) -> bool {
        match self {
            Facet::Issuer | Facet::Municipality => fold(a) == fold(b),
            Facet::Operator => same_operator(a, b),
            Facet::Type | Facet::Year => a == b,
        }
    }
}

/// The query a page shows, in canonical form: what every link on the page
/// starts from.
#[derive(Debug, Clone, PartialEq)]
struct Current {
    q: String,
    types: Vec<ActType>,
    years: Vec<i32>,
    issuers: Vec<String>,
    municipalities: Vec<String>,
    operators: Vec<String>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    min_value: Option<f64>,
    max_value: Option<f64>,
    sort: Sort,
    per_page: usize,
    /// Only acts still in force.
    in_force: bool,
}

impl Default for Current {
    fn default() -> Self {
        Current {
            q: String::new(),
            types: Vec::new(),
            years: Vec::new(),
            issuers: Vec::new(),
            municipalities: Vec::new(),
            operators: Vec::new(),
            from: None,
            to: None,
            min_value: None,
            max_value: None,
            sort: Sort::Relevance,
            per_page: DEFAULT_PER_PAGE,
            in_force: false,
        }
    }
}

impl Current {
    fn from_params(params: &SearchParams) -> Current {
        let r = &params.request;
        let mut types = Vec::new();
        for t in &r.filter.types {
            if !types.contains(t) {
                types.push(*t);
            }
        }
        let mut years = Vec::new();
        for y in &r.filter.years {
            if !years.contains(y) {
                years.push(*y);
            }
        }
        Current {
            q: r.query.trim().to_string(),
            types,
            years,
            issuers: distinct(&r.filter.issuers, Facet::Issuer),
            municipalities: distinct(&r.filter.municipalities, Facet::Municipality),
            operators: distinct(&r.filter.operators, Facet::Operator),
            from: r.from,
            to: r.to,
            min_value: r.min_value,
            max_value: r.max_value,
            sort: r.sort,
            per_page: params.per_page,
            in_force: r.in_force_only,
        }
    }

    /// The query and filters (what an export needs), in a fixed order.
    fn filter_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if !self.q.is_empty() {
            pairs.push(("q", self.q.clone()));
        }
        pairs.extend(self.types.iter().map(|t| ("type", t.slug().to_string())));
        pairs.extend(self.years.iter().map(|y| ("year", y.to_string())));
        pairs.extend(self.issuers.iter().map(|i| ("issuer", i.clone())));
        pairs.extend(
            self.municipalities
                .iter()
                .map(|m| ("municipality", m.clone())),
        );
        pairs.extend(self.operators.iter().map(|o| ("operator", o.clone())));
        if let Some(from) = self.from {
            pairs.push(("from", from.to_string()));
        }
        if let Some(to) = self.to {
            pairs.push(("to", to.to_string()));
        }
        if let Some(min) = self.min_value {
            pairs.push(("min_value", min.to_string()));
        }
        if let Some(max) = self.max_value {
            pairs.push(("max_value", max.to_string()));
        }
        if self.in_force {
            pairs.push(("in_force", "1".to_string()));
        }
        pairs
    }

    /// Everything a page link carries: the filters, the view, the page.
    fn pairs(&self, page: usize) -> Vec<(&'static str, String)> {
        let mut pairs = self.filter_pairs();
        if self.sort != Sort::Relevance {
            pairs.push(("sort", sort_value(self.sort).to_string()));
        }
        if self.per_page != DEFAULT_PER_PAGE {
            pairs.push(("per_page", self.per_page.to_string()));
        }
        if page > 1 {
            pairs.push(("page", page.to_string()));
        }
        pairs
    }

    /// The link to a page of this search.
    fn href(&self, page: usize) -> String {
        with_query("/", &self.pairs(page))
    }

    fn feed_href(&self) -> String {
        with_query("/feed.atom", &self.filter_pairs())
    }

    fn export_href(&self, path: &str) -> String {
        with_query(path, &self.filter_pairs())
    }

    fn is_selected(&self, facet: Facet, value: &str) -> bool {
        match facet {
            Facet::Type => self.types.iter().any(|t| t.slug() == value),
            Facet::Year => self.years.iter().any(|y| y.to_string() == value),
            Facet::Issuer | Facet::Municipality | Facet::Operator => {
                self.names(facet).iter().any(|i| facet.same(i, value))
            }
        }
    }

    /// The selected values of a facet chosen by name.
    fn names(&self, facet: Facet) -> &[String] {
        match facet {
            Facet::Issuer => &self.issuers,
            Facet::Municipality => &self.municipalities,
            Facet::Operator => &self.operators,
            Facet::Type | Facet::Year => &[],
        }
    }

    fn names_mut(&mut self, facet: Facet) -> Option<&mut Vec<String>> {
        match facet {
            Facet::Issuer => Some(&mut self.issuers),
            Facet::Municipality => Some(&mut self.municipalities),
            Facet::Operator => Some(&mut self.operators),
            Facet::Type | Facet::Year => None,
        }
    }

    /// This query with `value` of `facet` added, or removed if it was
    /// selected (the caller links to its first page).
    fn toggled(&self, facet: Facet, value: &str) -> Current {
        let mut next = self.clone();
        let selected = self.is_selected(facet, value);
        match facet {
            Facet::Type => {
                if selected {
                    next.types.retain(|t| t.slug() != value);
                } else if let Ok(t) = value.parse::<ActType>() {
                    next.types.push(t);
                }
            }
            Facet::Year => {
                if selected {
                    next.years.retain(|y| y.to_string() != value);
                } else if let Ok(y) = value.parse::<i32>() {
                    next.years.push(y);
                }
            }
            Facet::Issuer | Facet::Municipality | Facet::Operator => {
                if let Some(names) = next.names_mut(facet) {
                    if selected {
                        names.retain(|i| !facet.same(i, value));
                    } else {
                        names.push(value.to_string());
                    }
                }
            }
        }
        next
    }

    fn active_count(&self) -> usize {
        self.types.len()
            + self.years.len()
            + self.issuers.len()
            + self.municipalities.len()
            + self.operators.len()
            + usize::from(self.from.is_some())
            + usize::from(self.to.is_some())
            + usize::from(self.min_value.is_some())
            + usize::from(self.max_value.is_some())
    }

    /// How many facet values are selected (the badge on "Filtrat").
    fn facet_count(&self) -> usize {
        self.types.len()
            + self.years.len()
            + self.issuers.len()
            + self.municipalities.len()
            + self.operators.len()
    }

    /// The same words and view without any filter.
    fn without_filters(&self) -> Current {
        Current {
            q: self.q.clone(),
            sort: self.sort,
            per_page: self.per_page,
            ..Current::default()
        }
    }
}

/// With no words to rank by, the page lists the newest acts first, unless
/// the user chose an order.
fn browsing(current: &Current) -> bool {
    current.q.is_empty() && current.sort == Sort::Relevance
}

/// Two spellings of one operator (`Tali SHPK`, `"TALI" sh.p.k`).
fn same_operator(a: &str, b: &str) -> bool {
    match (operator_key(a), operator_key(b)) {
        (Some(a), Some(b)) => a == b,
        _ => fold(a) == fold(b),
    }
}

/// The values in first-seen order, each meaning kept once.
fn distinct(values: &[String], facet: Facet) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        if !out.iter().any(|have| facet.same(have, v)) {
            out.push(v.clone());
        }
    }
    out
}

/// The query and filters of a search in their canonical order, as the
/// page's links carry them (the feed names and links itself by them).
pub(super) fn canonical_pairs(params: &SearchParams) -> Vec<(&'static str, String)> {
    Current::from_params(params).filter_pairs()
}

fn sort_value(sort: Sort) -> &'static str {
    match sort {
        Sort::Relevance => "relevance",
        Sort::Newest => "newest",
        Sort::Oldest => "oldest",
    }
}

fn with_query(path: &str, pairs: &[(&'static str, String)]) -> String {
    if pairs.is_empty() {
        return path.to_string();
    }
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (key, value) in pairs {
        out.append_pair(key, value);
    }
    format!("{path}?{}", out.finish())
}

// ---------------------------------------------------------------------------
// Pure formatting helpers

/// A date as citizens write it: `12.03.2019`.
pub(super) fn format_date(date: NaiveDate) -> String {
    date.format("%d.%m.%Y").to_string()
}

/// A count with thousands separated by dots: `12.345`.
pub(super) fn format_count(n: u64) -> String {
    group_thousands(&n.to_string())
}

fn group_thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// An amount in euro as written in Kosovo: `180.000,00 €`.
pub(super) fn format_eur(value: f64) -> String {
    let cents = (value.abs() * 100.0).round() as u64;
    let sign = if value < 0.0 && cents > 0 { "-" } else { "" };
    format!(
        "{sign}{},{:02} €",
        group_thousands(&(cents / 100).to_string()),
        cents % 100
    )
}

/// "1 rezultat", "2 rezultate", "Asnjë rezultat".
fn results_text(total: u64) -> String {
    match total {
        0 => "Asnjë rezultat".to_string(),
        1 => "1 rezultat".to_string(),
        n => format!("{} rezultate", format_count(n)),
    }
}

/// The page numbers to show: the first, the last and a window around the
/// current one; `None` stands for a gap ("…"). A gap of one page shows
/// that page instead.
fn page_numbers(current: usize, last: usize) -> Vec<Option<usize>> {
    if last == 0 {
        return Vec::new();
    }
    let current = current.clamp(1, last);
    let low = current.saturating_sub(PAGE_WINDOW).max(1);
    let high = (current + PAGE_WINDOW).min(last);
    let mut out = Vec::new();
    match low {
        1 => {}
        2 => out.push(Some(1)),
        3 => out.extend([Some(1), Some(2)]),
        _ => out.extend([Some(1), None]),
    }
    out.extend((low..=high).map(Some));
    match last - high {
        0 => {}
        1 => out.push(Some(last)),
        2 => out.extend([Some(last - 1), Some(last)]),
        _ => out.extend([None, Some(last)]),
    }
    out
}

/// The last page a search may show (never past what `params` accepts).
fn last_page(total: u64, per_page: usize) -> usize {
    let per_page = per_page.max(1);
    let pages = usize::try_from(total)
        .unwrap_or(usize::MAX)
        .div_ceil(per_page);
    pages.min(MAX_LIMIT / per_page)
}

/// A registry number with "Nr." in front unless it already says so.
fn display_number(number: &str) -> String {
    if number.to_lowercase().contains("nr") {
        number.to_string()
    } else {
        format!("Nr. {number}")
    }
}

/// An act's text as paragraphs of lines: blank lines and page breaks end a
/// paragraph, single line breaks are kept within it.
fn paragraphs(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut para: Vec<String> = Vec::new();
    let text = text.replace("\r\n", "\n").replace(['\r', '\u{c}'], "\n\n");
    for line in text.split('\n') {
        let line: String = line
            .chars()
            .filter(|c| !c.is_control() || *c == '\t')
            .collect();
        let line = line.trim_end();
        if line.trim().is_empty() {
            if !para.is_empty() {
                out.push(std::mem::take(&mut para));
            }
        } else {
            para.push(line.to_string());
        }
    }
    if !para.is_empty() {
        out.push(para);
    }
    out
}

fn type_label(slug: &str) -> String {
    slug.parse::<ActType>()
        .map(|t| t.label().to_string())
        .unwrap_or_else(|_| slug.to_string())
}

// ---------------------------------------------------------------------------
// The search page

struct SortOption {
    value: &'static str,
    label: &'static str,
    selected: bool,
}

struct Hidden {
    name: &'static str,
    value: String,
}

struct FacetLink {
    facet: &'static str,
    value: String,
    label: String,
    count: String,
    href: String,
    selected: bool,
}

struct FacetGroup {
    key: &'static str,
    title: &'static str,
    top: Vec<FacetLink>,
    more: Vec<FacetLink>,
}

struct Chip {
    label: String,
    href: String,
}

struct HitView {
    href: String,
    title: String,
    type_label: String,
    date: Option<String>,
    date_iso: String,
    number: Option<String>,
    issuer: Option<String>,
    /// Shown when the archive holds more than one municipality.
    municipality: Option<String>,
    operator: Option<String>,
    value: Option<String>,
    snippet: String,
    /// A later act repealed this one.
    repealed: bool,
}

struct PageLink {
    number: Option<usize>,
    href: String,
    current: bool,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    page_title: String,
    q: String,
    from: String,
    to: String,
    /// The "only acts in force" box is ticked.
    in_force: bool,
    min_value: String,
    max_value: String,
    sorts: Vec<SortOption>,
    hidden: Vec<Hidden>,
    error: Option<String>,
    options_open: bool,
    filters_open: bool,
    facet_count: usize,
    active_count: usize,
    groups: Vec<FacetGroup>,
    total_text: String,
    query_shown: Option<String>,
    total_note: String,
    show_exports: bool,
    export_csv: String,
    export_json: String,
    /// The OCDS package of this search, when it holds procurement.
    export_ocds: Option<String>,
    /// This search's Atom feed (`/feed.atom` with the same filters).
    feed: String,
    feed_title: String,
    chips: Vec<Chip>,
    clear_href: String,
    hits: Vec<HitView>,
    first_number: usize,
    beyond_last: bool,
    first_page_href: String,
    pages: Vec<PageLink>,
    prev_href: Option<String>,
    next_href: Option<String>,
    /// Said when the results were widened to acts with some of the words
    /// (see `SearchResponse::all_words`).
    widened: Option<String>,
}

/// What a page says when acts with only some of the words were added.
/// Whether the OCDS export of this search would hold a release: contracts
/// or procurement notices match (the type facet counts every type, so the
/// type filter decides which of them are in the results).
fn holds_procurement(current: &Current, facets: &Facets) -> bool {
    [ActType::Kontrate, ActType::NjoftimPerKontrate]
        .into_iter()
        .filter(|t| current.types.is_empty() || current.types.contains(t))
        .any(|t| facets.types.get(t.slug()).is_some_and(|&n| n > 0))
}

fn widened_notice(all_words: u64) -> String {
    match all_words {
        0 => "Asnjë akt nuk i përmban të gjitha fjalët e kërkimit. Më poshtë janë aktet që përmbajnë më shumë prej tyre.".to_string(),
        1 => "Vetëm 1 akt i përmban të gjitha fjalët e kërkimit dhe renditet i pari. Pas tij vijnë aktet që përmbajnë më shumë prej tyre.".to_string(),
        n => format!("Vetëm {} akte i përmbajnë të gjitha fjalët e kërkimit dhe renditen të parat. Pas tyre vijnë aktet që përmbajnë më shumë prej tyre.", format_count(n)),
    }
}

impl SearchPage {
    fn new(current: &Current, page: usize, response: &SearchResponse) -> SearchPage {
        let last = last_page(response.total, current.per_page);
        let numbers = if last > 1 {
            page_numbers(page, last)
        } else {
            Vec::new()
        };
        let pages = numbers
            .into_iter()
            .map(|n| PageLink {
                number: n,
                href: n.map(|n| current.href(n)).unwrap_or_default(),
                current: n == Some(page),
            })
            .collect();
        let mut note = Vec::new();
        if !response.hits.is_empty() && last > 1 {
            let first = (page - 1) * current.per_page + 1;
            let shown_to = first + response.hits.len() - 1;
            note.push(format!(
                "po shfaqen {}–{}",
                format_count(first as u64),
                format_count(shown_to as u64)
            ));
        }
        if browsing(current) && response.total > 1 {
            note.push("nga më të rejat".to_string());
        }
        let title = if current.q.is_empty() {
            "arkiva — Aktet e Komunës së Gjilanit".to_string()
        } else {
            format!("„{}” — Kërkimi — arkiva", current.q)
        };
        SearchPage {
            page_title: title,
            q: current.q.clone(),
            from: current.from.map(|d| d.to_string()).unwrap_or_default(),
            to: current.to.map(|d| d.to_string()).unwrap_or_default(),
            min_value: current.min_value.map(|v| v.to_string()).unwrap_or_default(),
            max_value: current.max_value.map(|v| v.to_string()).unwrap_or_default(),
            in_force: current.in_force,
            sorts: sort_options(current.sort),
            hidden: hidden_inputs(current),
            error: None,
            options_open: current.from.is_some()
                || current.in_force
                || current.to.is_some()
                || current.min_value.is_some()
                || current.max_value.is_some()
                || current.sort != Sort::Relevance,
            filters_open: false,
            facet_count: current.facet_count(),
            active_count: current.active_count(),
            groups: facet_groups(current, &response.facets),
            total_text: results_text(response.total),
            query_shown: (!current.q.is_empty()).then(|| current.q.clone()),
            total_note: note.join(" · "),
            widened: response.all_words.map(widened_notice),
            show_exports: response.total > 0,
            export_csv: current.export_href("/api/export.csv"),
            export_json: current.export_href("/api/export.ndjson"),
            export_ocds: holds_procurement(current, &response.facets)
                .then(|| current.export_href("/api/ocds/releases.json")),
            feed: current.feed_href(),
            feed_title: super::feed::title(&current.filter_pairs()),
            chips: chips(current),
            clear_href: current.without_filters().href(1),
            hits: response
                .hits
                .iter()
                .map(|h| hit_view(h, response.facets.municipalities.len() > 1))
                .collect(),
            first_number: (page - 1) * current.per_page + 1,
            beyond_last: response.hits.is_empty() && response.total > 0,
            first_page_href: current.href(1),
            prev_href: (page > 1 && page <= last + 1).then(|| current.href(page - 1)),
            next_href: (page < last).then(|| current.href(page + 1)),
            pages,
        }
    }

    /// The page for a request that could not be read: the alert, the words
    /// kept in the box, nothing else.
    fn invalid(raw: Option<&str>, message: &str) -> SearchPage {
        let q = form_urlencoded::parse(raw.unwrap_or("").as_bytes())
            .find(|(k, _)| k == "q")
            .map(|(_, v)| {
                v.trim()
                    .chars()
                    .take(params::MAX_QUERY_CHARS)
                    .collect::<String>()
            })
            .unwrap_or_default();
        let current = Current {
            q,
            ..Current::default()
        };
        let empty = SearchResponse {
            total: 0,
            hits: Vec::new(),
            facets: Facets::default(),
            all_words: None,
        };
        let mut page = SearchPage::new(&current, 1, &empty);
        page.page_title = "Gabim në kërkim — arkiva".to_string();
        page.error = Some(message.to_string());
        page.total_text = String::new();
        page.query_shown = None;
        page.show_exports = false;
        page
    }
}

fn sort_options(sort: Sort) -> Vec<SortOption> {
    [
        (Sort::Relevance, "Më të rëndësishmet"),
        (Sort::Newest, "Më të rejat"),
        (Sort::Oldest, "Më të vjetrat"),
    ]
    .into_iter()
    .map(|(s, label)| SortOption {
        value: sort_value(s),
        label,
        selected: s == sort,
    })
    .collect()
}

/// The selected facets, kept when the form is sent again.
fn hidden_inputs(current: &Current) -> Vec<Hidden> {
    let mut hidden: Vec<Hidden> = current
        .filter_pairs()
        .into_iter()
        .filter(|(name, _)| {
            matches!(
                *name,
                "type" | "year" | "issuer" | "municipality" | "operator"
            )
        })
        .map(|(name, value)| Hidden { name, value })
        .collect();
    if current.per_page != DEFAULT_PER_PAGE {
        hidden.push(Hidden {
            name: "per_page",
            value: current.per_page.to_string(),
        });
    }
    hidden
}

fn facet_groups(current: &Current, facets: &Facets) -> Vec<FacetGroup> {
    let selected_types: Vec<String> = current.types.iter().map(|t| t.slug().to_string()).collect();
    let selected_years: Vec<String> = current.years.iter().map(|y| y.to_string()).collect();
    let listed = |counts: &std::collections::BTreeMap<String, u64>| -> Vec<(String, u64)> {
        counts.iter().map(|(k, n)| (k.clone(), *n)).collect()
    };
    // Operators are listed under their commonest spelling; a link selects
    // every spelling of the same key.
    let operators = facets
        .operators
        .values()
        .map(|o| (o.label.clone(), o.count))
        .collect();
    let groups = [
        (Facet::Type, "Lloji", listed(&facets.types), selected_types),
        (Facet::Year, "Viti", listed(&facets.years), selected_years),
        (
            Facet::Municipality,
            "Komuna",
            listed(&facets.municipalities),
            current.municipalities.clone(),
        ),
        (
            Facet::Issuer,
            "Organi",
            listed(&facets.issuers),
            current.issuers.clone(),
        ),
        (
            Facet::Operator,
            "Operatori ekonomik",
            operators,
            current.operators.clone(),
        ),
    ];
    groups
        .into_iter()
        .filter_map(|(facet, title, values, selected)| {
            let mut values: Vec<(String, u64)> = values;
            // A selected value keeps its link (to remove it) even when nothing matches it.
            for s in selected {
                if !values.iter().any(|(v, _)| facet.same(v, &s)) {
                    values.push((s, 0));
                }
            }
            if values.is_empty() {
                return None;
            }
            match facet {
                Facet::Year => values.sort_by(|a, b| b.0.cmp(&a.0)),
                _ => values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))),
            }
            let links: Vec<FacetLink> = values
                .into_iter()
                .map(|(value, count)| FacetLink {
                    facet: facet.key(),
                    label: match facet {
                        Facet::Type => type_label(&value),
                        _ => value.clone(),
                    },
                    count: format_count(count),
                    href: current.toggled(facet, &value).href(1),
                    selected: current.is_selected(facet, &value),
                    value,
                })
                .collect();
            let (top, more) = split_facet(links, facet);
            Some(FacetGroup {
                key: facet.key(),
                title,
                top,
                more,
            })
        })
        .collect()
}

/// The first values show; the rest fold away, but a selected value is never
/// hidden. Types and years are short lists and always show whole.
fn split_facet(links: Vec<FacetLink>, facet: Facet) -> (Vec<FacetLink>, Vec<FacetLink>) {
    if matches!(facet, Facet::Type | Facet::Year) || links.len() <= FACET_TOP + 2 {
        return (links, Vec::new());
    }
    let (mut top, mut more) = (Vec::new(), Vec::new());
    for (i, link) in links.into_iter().enumerate() {
        if i < FACET_TOP || link.selected {
            top.push(link);
        } else {
            more.push(link);
        }
    }
    (top, more)
}

/// One removable chip per active filter.
fn chips(current: &Current) -> Vec<Chip> {
    let mut chips = Vec::new();
    for t in &current.types {
        chips.push(Chip {
            label: t.label().to_string(),
            href: current.toggled(Facet::Type, t.slug()).href(1),
        });
    }
    for y in &current.years {
        chips.push(Chip {
            label: y.to_string(),
            href: current.toggled(Facet::Year, &y.to_string()).href(1),
        });
    }
    for facet in [Facet::Municipality, Facet::Issuer, Facet::Operator] {
        for value in current.names(facet) {
            chips.push(Chip {
                label: value.clone(),
                href: current.toggled(facet, value).href(1),
            });
        }
    }
    if let Some(min) = current.min_value {
        chips.push(Chip {
            label: format!("Vlera nga {}", format_eur(min)),
            href: Current {
                min_value: None,
                ..current.clone()
            }
            .href(1),
        });
    }
    if let Some(max) = current.max_value {
        chips.push(Chip {
            label: format!("Vlera deri në {}", format_eur(max)),
            href: Current {
                max_value: None,
                ..current.clone()
            }
            .href(1),
        });
    }
    if let Some(from) = current.from {
        chips.push(Chip {
            label: format!("Nga {}", format_date(from)),
            href: Current {
                from: None,
                ..current.clone()
            }
            .href(1),
        });
    }
    if let Some(to) = current.to {
        chips.push(Chip {
            label: format!("Deri më {}", format_date(to)),
            href: Current {
                to: None,
                ..current.clone()
            }
            .href(1),
        });
    }
    chips
}

fn hit_view(hit: &Hit, show_municipality: bool) -> HitView {
    HitView {
        href: format!("/acts/{}", hit.id),
        title: hit.title.clone(),
        type_label: hit.act_type.label().to_string(),
        date: hit.date.map(format_date),
        date_iso: hit.date.map(|d| d.to_string()).unwrap_or_default(),
        number: hit.number.as_deref().map(display_number),
        issuer: hit.issuer.clone(),
        municipality: Some(hit.municipality.clone())
            .filter(|m| show_municipality && !m.trim().is_empty()),
        operator: hit.operator.clone(),
        value: hit.value_eur.map(format_eur),
        // A register row's text is often just its title: no need to say it twice.
        snippet: if same_words(&plain_snippet(&hit.snippet), &hit.title) {
            String::new()
        } else {
            hit.snippet.clone()
        },
        repealed: !hit.in_force,
    }
}

/// A snippet's text without marks and entities.
fn plain_snippet(snippet: &str) -> String {
    snippet
        .replace("<mark>", "")
        .replace("</mark>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    words(a) == words(b)
}

// ---------------------------------------------------------------------------
// The act page

struct MetaRow {
    label: &'static str,
    value: String,
    href: Option<String>,
    iso: Option<String>,
    missing: bool,
    class: &'static str,
}

impl MetaRow {
    fn text(label: &'static str, value: Option<String>) -> MetaRow {
        let missing = value.is_none();
        MetaRow {
            label,
            value: value.unwrap_or_else(|| "Nuk është shënuar".to_string()),
            href: None,
            iso: None,
            missing,
            class: "",
        }
    }

    fn date(label: &'static str, date: Option<NaiveDate>) -> MetaRow {
        MetaRow {
            iso: date.map(|d| d.to_string()),
            ..MetaRow::text(label, date.map(format_date))
        }
    }

    fn link(
        label: &'static str,
        value: Option<String>,
        href: impl FnOnce(&str) -> String,
    ) -> MetaRow {
        let href = value.as_deref().map(href);
        MetaRow {
            href,
            ..MetaRow::text(label, value)
        }
    }
}

#[derive(Template)]
#[template(path = "act.html")]
struct ActPage {
    title: String,
    type_label: String,
    meta: Vec<MetaRow>,
    file_href: Option<String>,
    json_href: String,
    permalink: String,
    permalink_path: String,
    paragraphs: Vec<Vec<String>>,
    /// The text was read by OCR from a scan.
    ocr: bool,
    back_href: String,
    back_text: &'static str,
    /// "Ky akt nuk është më në fuqi": the act that repealed it.
    repealed_by: Option<RelatedLink>,
    /// Cited by, amended by, supplemented by, repealed by, cites — only those with links.
    relations: Vec<RelationSection>,
    /// The sessions the act belongs to.
    sessions: Vec<RelatedLink>,
}

/// A link to another act (or a session) with a note on what it is.
struct RelatedLink {
    href: String,
    text: String,
    note: String,
}

struct RelationSection {
    /// For the heading's id, so the section is labelled by it.
    slug: &'static str,
    heading: &'static str,
    links: Vec<RelatedLink>,
}

/// What a citing act does, as the "Citon" list says it.
fn relation_label(relation: Relation) -> &'static str {
    match relation {
        Relation::Cites => "e citon",
        Relation::Supplements => "e plotëson",
        Relation::Amends => "e ndryshon",
        Relation::Repeals => "e shfuqizon",
    }
}

fn relation_sections(context: &ActContext) -> Vec<RelationSection> {
    let link = |l: &LinkedAct, note: String| RelatedLink {
        href: l.url.clone(),
        text: l.title.clone(),
        note,
    };
    let incoming = |relation| {
        context
            .incoming(relation)
            .into_iter()
            .map(|l| link(l, String::new()))
            .collect::<Vec<_>>()
    };
    let sections = [
        ("citohet-nga", "Citohet nga", incoming(Relation::Cites)),
        (
            "ndryshohet-nga",
            "Ndryshohet nga",
            incoming(Relation::Amends),
        ),
        (
            "plotesohet-nga",
            "Plotësohet nga",
            incoming(Relation::Supplements),
        ),
        (
            "shfuqizohet-nga",
            "Shfuqizohet nga",
            incoming(Relation::Repeals),
        ),
        (
            "citon",
            "Citon",
            context
                .cites
                .iter()
                .map(|l| link(l, relation_label(l.relation).to_string()))
                .collect(),
        ),
    ];
    sections
        .into_iter()
        .filter(|(_, _, links)| !links.is_empty())
        .map(|(slug, heading, links)| RelationSection {
            slug,
            heading,
            links,
        })
        .collect()
}

impl ActPage {
    fn new(act: &Act, context: &ActContext, headers: &HeaderMap) -> ActPage {
        let path = format!("/acts/{}", act.id);
        let host = headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .filter(|h| valid_host(h));
        let permalink = match origin(headers) {
            Some(origin) => format!("{origin}{path}"),
            None => path.clone(),
        };
        let (back_href, back_text) = match back_link(headers, host) {
            Some(href) => (href, "Kthehu te rezultatet"),
            None => ("/".to_string(), "Kërko në të gjitha aktet"),
        };
        let filtered = |facet: Facet, value: &str| Current::default().toggled(facet, value).href(1);
        let slug = act.act_type.slug();
        let mut meta = vec![
            MetaRow {
                href: Some(filtered(Facet::Type, slug)),
                ..MetaRow::text("Lloji", Some(act.act_type.label().to_string()))
            },
            MetaRow::text("Numri", act.number.clone()),
            MetaRow::date("Data", act.date),
            MetaRow::date("Data e publikimit", act.published),
            MetaRow::link("Organi", act.issuer.clone(), |i| filtered(Facet::Issuer, i)),
            MetaRow::link(
                "Komuna",
                Some(act.municipality.clone()).filter(|m| !m.trim().is_empty()),
                |m| filtered(Facet::Municipality, m),
            ),
        ];
        meta.extend(contract_rows(act, |o| filtered(Facet::Operator, o)));
        meta.push(MetaRow::text("Burimi", Some(source_text(&act.source))));
        meta.push(MetaRow {
            class: "mono",
            ..MetaRow::text(
                "Gjurma SHA-256",
                Some(act.sha256.clone()).filter(|s| !s.is_empty()),
            )
        });
        let from_pdf = act.source_file().to_lowercase().ends_with(".pdf");
        ActPage {
            title: act.title.clone(),
            type_label: act.act_type.label().to_string(),
            meta,
            file_href: from_pdf.then(|| format!("{path}/file")),
            ocr: act.ocr,
            json_href: format!("/api/acts/{}", act.id),
            permalink,
            permalink_path: path,
            paragraphs: paragraphs(&act.text),
            back_href,
            back_text,
            repealed_by: context.repealed_by.as_ref().map(|l| RelatedLink {
                href: l.url.clone(),
                text: l.title.clone(),
                note: String::new(),
            }),
            relations: relation_sections(context),
            sessions: context
                .sessions
                .iter()
                .map(|s| RelatedLink {
                    href: format!("/sessions/{}", s.id),
                    text: s.heading.clone(),
                    note: format_date(s.date),
                })
                .collect(),
        }
    }
}

/// A contract's rows: the main ones always for a contract (marked missing
/// when the register left them empty), the rest only when present.
fn contract_rows(act: &Act, operator_href: impl Fn(&str) -> String) -> Vec<MetaRow> {
    let contract = act.act_type == ActType::Kontrate;
    let coded = |name: &Option<String>, code: &Option<String>| match (name, code) {
        (Some(name), Some(code)) if name != code => Some(format!("{name} (kodi {code})")),
        (Some(name), _) => Some(name.clone()),
        (None, Some(code)) => Some(format!("kodi {code}")),
        (None, None) => None,
    };
    let eur = |v: Option<f64>| v.map(format_eur);
    let rows = [
        ("Operatori ekonomik", act.operator.clone(), "", true),
        ("Selia e operatorit", act.operator_seat.clone(), "", false),
        (
            "Operatori vendor / i huaj",
            act.operator_origin.clone(),
            "",
            false,
        ),
        ("Vlera", eur(act.value_eur), "amount", true),
        (
            "Vlera e parashikuar",
            eur(act.estimated_value_eur),
            "amount",
            false,
        ),
        ("Vlera e aneksit", eur(act.annex_value_eur), "amount", false),
        ("Gjithsej e paguar", eur(act.paid_eur), "amount", false),
        ("Nr. i prokurimit", act.procurement_number.clone(), "", true),
        (
            "Lloji i prokurimit",
            coded(&act.procurement_type, &act.procurement_type_code),
            "",
            false,
        ),
        (
            "Klasa e vlerës",
            coded(&act.value_class, &act.value_class_code),
            "",
            false,
        ),
        (
            "Procedura",
            coded(&act.procedure, &act.procedure_code),
            "",
            true,
        ),
        (
            "Kriteri i dhënies",
            coded(&act.award_criterion, &act.award_criterion_code),
            "",
            false,
        ),
    ];
    rows.into_iter()
        .filter(|(_, value, _, main)| value.is_some() || (contract && *main))
        .map(|(label, value, class, _)| {
            let missing = value.is_none();
            let href = (label == "Operatori ekonomik")
                .then(|| value.as_deref().map(&operator_href))
                .flatten();
            MetaRow {
                class: if missing { "" } else { class },
                href,
                ..MetaRow::text(label, value)
            }
        })
        .collect()
}

/// "regjistri.csv#row=4" → "regjistri.csv, rreshti 4".
fn source_text(source: &str) -> String {
    match source.split_once("#row=") {
        Some((file, row)) => format!("{file}, rreshti {row}"),
        None => source.to_string(),
    }
}

/// `scheme://host` of this request, when its Host header is a plain host.
pub(super) fn origin(headers: &HeaderMap) -> Option<String> {
    headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| valid_host(h))
        .map(|host| format!("{}://{host}", scheme(headers)))
}

fn valid_host(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 255
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'))
}

fn scheme(headers: &HeaderMap) -> &'static str {
    let forwarded = headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .map(|v| v.trim().eq_ignore_ascii_case("https"));
    if forwarded == Some(true) {
        "https"
    } else {
        "http"
    }
}

/// Back to the search the reader came from, when the referrer is a search
/// page of this site.
fn back_link(headers: &HeaderMap, host: Option<&str>) -> Option<String> {
    let host = host?;
    let referer = headers.get(header::REFERER)?.to_str().ok()?;
    let rest = referer
        .strip_prefix("http://")
        .or_else(|| referer.strip_prefix("https://"))?;
    let path = rest.strip_prefix(host)?;
    (path == "/" || path.starts_with("/?")).then(|| path.to_string())
}

// ---------------------------------------------------------------------------
// Not found and errors

#[derive(Template)]
#[template(path = "message.html")]
struct MessagePage {
    status_text: String,
    heading: String,
    message: String,
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::model::ActId;

    fn current(raw: &str) -> Current {
        Current::from_params(&params::parse(Some(raw)).unwrap())
    }

    #[test]
    fn toggling_a_facet_adds_and_removes_it_and_resets_the_page() {
        let c = current("q=bursa&type=vendim&sort=newest&page=3");
        let add = c.toggled(Facet::Year, "2019").href(1);
        assert_eq!(add, "/?q=bursa&type=vendim&year=2019&sort=newest");
        let remove = c.toggled(Facet::Type, "vendim").href(1);
        assert_eq!(remove, "/?q=bursa&sort=newest");
        let both = c.toggled(Facet::Type, "kontrate");
        assert_eq!(both.types, [ActType::Vendim, ActType::Kontrate]);
        assert_eq!(both.toggled(Facet::Type, "kontrate"), c);
    }

    #[test]
    fn issuers_toggle_by_folded_name_and_are_encoded() {
        let c = current("issuer=Kuvendi+i+Komun%C3%ABs");
        assert!(c.is_selected(Facet::Issuer, "kuvendi i komunes"));
        assert_eq!(c.toggled(Facet::Issuer, "Kuvendi i Komunës").href(1), "/");
        let added = Current::default()
            .toggled(Facet::Issuer, "Zyra & Prokurimi")
            .href(1);
        assert_eq!(added, "/?issuer=Zyra+%26+Prokurimi");
    }

    #[test]
    fn exports_carry_query_and_filters_but_not_the_page() {
        let c = current(
            "q=rruga&year=2023&from=2023-01-01&to=12.05.2023&sort=oldest&page=2&per_page=50",
        );
        assert_eq!(
            c.export_href("/api/export.csv"),
            "/api/export.csv?q=rruga&year=2023&from=2023-01-01&to=2023-05-12"
        );
        assert_eq!(
            c.href(2),
            "/?q=rruga&year=2023&from=2023-01-01&to=2023-05-12&sort=oldest&per_page=50&page=2"
        );
        assert_eq!(
            Current::default().export_href("/api/export.ndjson"),
            "/api/export.ndjson"
        );
    }

    #[test]
    fn page_numbers_show_ends_window_and_gaps() {
        assert_eq!(page_numbers(1, 1), [Some(1)]);
        assert_eq!(page_numbers(1, 3), [Some(1), Some(2), Some(3)]);
        assert_eq!(page_numbers(1, 10), [Some(1), Some(2), None, Some(10)]);
        assert_eq!(
            page_numbers(6, 12),
            [Some(1), None, Some(5), Some(6), Some(7), None, Some(12)]
        );
        // A gap of a single page shows the page.
        assert_eq!(
            page_numbers(4, 7),
            [
                Some(1),
                Some(2),
                Some(3),
                Some(4),
                Some(5),
                Some(6),
                Some(7)
            ]
        );
        assert_eq!(page_numbers(10, 10), [Some(1), None, Some(9), Some(10)]);
        // Never more than seven entries, so they fit one row on a phone.
        assert!((1..=50).all(|p| page_numbers(p, 50).len() <= 7));
        assert!(page_numbers(1, 0).is_empty());
        assert_eq!(last_page(0, 20), 0);
        assert_eq!(last_page(41, 20), 3);
        assert_eq!(last_page(1_000_000, 20), MAX_LIMIT / 20);
    }

    #[test]
    fn dates_amounts_and_counts_read_as_in_kosovo() {
        let d = NaiveDate::from_ymd_opt(2019, 3, 2).unwrap();
        assert_eq!(format_date(d), "02.03.2019");
        assert_eq!(format_eur(180_000.0), "180.000,00 €");
        assert_eq!(format_eur(172_418.6), "172.418,60 €");
        assert_eq!(format_eur(999.999), "1.000,00 €");
        assert_eq!(format_eur(0.5), "0,50 €");
        assert_eq!(format_count(1234567), "1.234.567");
        assert_eq!(results_text(0), "Asnjë rezultat");
        assert_eq!(results_text(1), "1 rezultat");
        assert_eq!(results_text(1500), "1.500 rezultate");
        assert_eq!(display_number("016-8123/19"), "Nr. 016-8123/19");
        assert_eq!(display_number("01 Nr. 016-8123/19"), "01 Nr. 016-8123/19");
    }

    #[test]
    fn text_keeps_paragraphs_and_lines() {
        let p = paragraphs("A\nB\r\n\n\nC\u{c}D\n");
        assert_eq!(p, vec![vec!["A", "B"], vec!["C"], vec!["D"]]);
        assert!(paragraphs(" \n\n").is_empty());
    }

    #[test]
    fn a_snippet_that_only_repeats_the_title_is_dropped() {
        assert!(same_words(
            &plain_snippet("<mark>Asfaltimi</mark> i rrugëve &quot;X&quot;"),
            "Asfaltimi i rrugëve \"X\""
        ));
        assert!(!same_words("Asfaltimi i rrugëve …", "Asfaltimi"));
    }

    #[test]
    fn back_link_only_to_our_own_search() {
        let mut h = HeaderMap::new();
        h.insert(
            header::REFERER,
            "http://arkiva.test/?q=bursa&page=2".parse().unwrap(),
        );
        assert_eq!(
            back_link(&h, Some("arkiva.test")).as_deref(),
            Some("/?q=bursa&page=2")
        );
        assert_eq!(back_link(&h, Some("tjeter.test")), None);
        h.insert(
            header::REFERER,
            "http://arkiva.test/acts/abc".parse().unwrap(),
        );
        assert_eq!(back_link(&h, Some("arkiva.test")), None);
    }

    fn sample_response() -> SearchResponse {
        let mut types = BTreeMap::new();
        types.insert("vendim".to_string(), 12);
        types.insert("kontrate".to_string(), 3);
        let mut years = BTreeMap::new();
        years.insert("2019".to_string(), 10);
        years.insert("2023".to_string(), 5);
        let mut issuers = BTreeMap::new();
        issuers.insert("Kuvendi i Komunës".to_string(), 15);
        SearchResponse {
            total: 45,
            hits: vec![Hit {
                id: ActId::parse("0123456789abcdef").unwrap(),
                act_type: ActType::Vendim,
                title: "Vendim për <bursat> & ndihmat".to_string(),
                number: Some("01 Nr. 016-8123/19".to_string()),
                date: NaiveDate::from_ymd_opt(2019, 3, 12),
                issuer: Some("Kuvendi i Komunës".to_string()),
                municipality: "Gjilan".to_string(),
                operator: None,
                value_eur: None,
                source: "aktet/2019/vendim.pdf".to_string(),
                in_force: true,
                snippet: "ndarja e <mark>bursave</mark> &amp; ndihmave".to_string(),
                score: 1.5,
            }],
            facets: Facets {
                types,
                years,
                issuers,
                ..Facets::default()
            },
            all_words: None,
        }
    }

    #[test]
    fn municipality_and_operator_facets_and_value_chips() {
        let mut response = sample_response();
        response.facets.municipalities.insert("Gjilan".into(), 30);
        response.facets.municipalities.insert("Gjakovë".into(), 15);
        response.facets.operators.insert(
            "tali".into(),
            crate::search::OperatorCount {
                label: "TALI".into(),
                count: 4,
            },
        );
        let c = current("operator=Tali+SHPK&municipality=gjakove&min_value=1000");
        let html = SearchPage::new(&c, 1, &response).render().unwrap();
        assert!(html.contains("<h2 id=\"facet-municipality\">Komuna</h2>"));
        assert!(html.contains("<h2 id=\"facet-operator\">Operatori ekonomik</h2>"));
        // The selected spelling and the facet's label are one operator: its
        // link removes the filter, and the selected municipality is marked.
        assert!(html.contains("data-value=\"TALI\" href=\"/?municipality=gjakove&#38;min_value=1000\" aria-current=\"true\""), "{html}");
        assert!(html.contains("data-value=\"Gjakovë\""));
        assert!(html.contains("Vlera nga 1.000,00 €"));
        assert!(html.contains("name=\"min_value\" id=\"min_value\" value=\"1000\""));
        assert!(html.contains("<input type=\"hidden\" name=\"operator\" value=\"Tali SHPK\">"));
        // Hits name their municipality when the archive holds several.
        assert!(html.contains("<span class=\"municipality\">Gjilan</span>"));
    }

    #[test]
    fn search_page_renders_results_facets_and_links() {
        let c = current("q=bursa&type=vendim&page=2");
        let html = SearchPage::new(&c, 2, &sample_response()).render().unwrap();
        assert!(html.contains("<html lang=\"sq\">"));
        assert_eq!(html.matches("<h1").count(), 1);
        assert!(html.contains("Kalo te rezultatet"));
        assert!(html.contains("<p class=\"total\"><strong>45 rezultate</strong> për „bursa”"));
        // The title is escaped, the snippet is not.
        assert!(html.contains("Vendim për &#60;bursat&#62; &#38; ndihmat"));
        assert!(html.contains("ndarja e <mark>bursave</mark> &amp; ndihmave"));
        assert!(html.contains("<time datetime=\"2019-03-12\">12.03.2019</time>"));
        assert!(html.contains("href=\"/acts/0123456789abcdef\""));
        // The selected type links to its removal; another adds itself.
        assert!(html.contains("data-facet=\"type\" data-value=\"vendim\" href=\"/?q=bursa\" aria-current=\"true\">Vendim <span class=\"count\">12</span>"));
        assert!(html.contains(
            "data-value=\"kontrate\" href=\"/?q=bursa&#38;type=vendim&#38;type=kontrate\""
        ));
        assert!(html.contains("<input type=\"hidden\" name=\"type\" value=\"vendim\">"));
        assert!(html.contains("aria-current=\"page\">2</a>"));
        assert!(html.contains("Shkarko CSV") && html.contains("Shkarko JSON"));
        assert!(html.contains("/api/export.csv?q=bursa&#38;type=vendim\""));
        assert!(html.contains("Të dhëna të hapura"));
    }

    #[test]
    fn a_widened_search_says_how_many_acts_have_every_word() {
        let render = |all_words| {
            let response = SearchResponse {
                all_words,
                ..sample_response()
            };
            SearchPage::new(&current("q=bursa+master"), 1, &response)
                .render()
                .unwrap()
        };
        assert!(!render(None).contains("class=\"notice\""));
        assert!(render(Some(0)).contains("Asnjë akt nuk i përmban të gjitha fjalët"));
        assert!(render(Some(1)).contains("Vetëm 1 akt i përmban të gjitha fjalët"));
        assert!(render(Some(3)).contains("Vetëm 3 akte i përmbajnë të gjitha fjalët"));
    }

    #[test]
    fn search_page_without_results_suggests_and_errors_show_an_alert() {
        let empty = SearchResponse {
            total: 0,
            hits: Vec::new(),
            facets: Facets::default(),
            all_words: None,
        };
        let html = SearchPage::new(&current("q=xyz"), 1, &empty)
            .render()
            .unwrap();
        assert!(html.contains("Asnjë rezultat</strong> për „xyz”"));
        assert!(html.contains("Sugjerime"));
        assert!(!html.contains("class=\"export\""));

        let html = SearchPage::invalid(
            Some("q=bursa&year=abc"),
            "Parametri 'year' ka vlerë të pavlefshme.",
        )
        .render()
        .unwrap();
        assert!(html.contains("role=\"alert\""));
        assert!(html.contains("Parametri"));
        assert!(html.contains("value=\"bursa\""));
    }

    #[test]
    fn act_page_renders_contract_fields_and_escapes_text() {
        let act = Act {
            title: "Asfaltimi i rrugëve".to_string(),
            date: NaiveDate::from_ymd_opt(2023, 6, 14),
            municipality: "Gjilan".to_string(),
            text: "Neni 1\n<script>x</script>\n\nNeni 2".to_string(),
            source: "regjistri.csv#row=7".to_string(),
            sha256: "ab".repeat(32),
            operator: Some("\"Asfalti\" SH.P.K.".to_string()),
            value_eur: Some(180_000.0),
            procurement_number: Some("653-23-011-511".to_string()),
            operator_key: operator_key("\"Asfalti\" SH.P.K."),
            operator_seat: Some("Gjilan".to_string()),
            estimated_value_eur: Some(200_000.0),
            paid_eur: Some(150_000.5),
            procedure_code: Some("1".to_string()),
            procurement_type: Some("Punë".to_string()),
            procurement_type_code: Some("3".to_string()),
            ..Act::blank(ActId::parse("0123456789abcdef").unwrap(), ActType::Kontrate)
        };
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, "arkiva.test".parse().unwrap());
        let html = ActPage::new(&act, &ActContext::default(), &headers)
            .render()
            .unwrap();
        assert_eq!(html.matches("<h1").count(), 1);
        assert!(html.contains("180.000,00 €"));
        assert!(html.contains("Operatori ekonomik"));
        assert!(
            html.contains("href=\"/?operator=%22Asfalti%22+SH.P.K.\""),
            "{html}"
        );
        assert!(html.contains("200.000,00 €") && html.contains("150.000,50 €"));
        assert!(html.contains("Punë (kodi 3)"));
        assert!(html.contains("href=\"/?municipality=Gjilan\""));
        // Absent optional contract fields are not listed.
        assert!(!html.contains("Vlera e aneksit"));
        assert!(html.contains("Lidhja e përhershme: <a href=\"/acts/0123456789abcdef\">http://arkiva.test/acts/0123456789abcdef</a>"));
        assert!(!html.contains("<script>x"));
        assert!(html.contains("<p>Neni 1<br>"));
        // A register row has no original PDF to download.
        assert!(!html.contains("class=\"original"));
        assert!(!html.contains("OCR"));
        let pdf = Act {
            source: "aktet/2023/kontrate.PDF".to_string(),
            ocr: true,
            ..act
        };
        let html = ActPage::new(&pdf, &ActContext::default(), &headers)
            .render()
            .unwrap();
        assert!(html.contains("href=\"/acts/0123456789abcdef/file\">Shkarko origjinalin (PDF)</a>"));
        assert!(html.contains("lexua me OCR"));
    }

    #[test]
    fn message_page_renders() {
        let html = MessagePage {
            status_text: "Gabim 404".to_string(),
            heading: "Faqja nuk u gjet".to_string(),
            message: "Provoni me kërkim.".to_string(),
        }
        .render()
        .unwrap();
        assert!(html.contains("<h1>Faqja nuk u gjet</h1>"));
        assert!(html.contains("role=\"search\""));
    }
}
