//! Search: a typed [`SearchRequest`] in, a [`SearchResponse`] out.
//!
//! Synchronous and free of HTTP: the CLI calls it directly, the web service
//! from a blocking task, and both print the same shapes. Query text is parsed
//! leniently (bad syntax is searched as well as it can be, never an error);
//! facet counts are disjunctive and cover every match, not just the page.

mod all;
mod facets;
mod query;
pub mod render;
mod snippet;
mod typo;

use std::str::FromStr;

use chrono::NaiveDate;
use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::{DocAddress, Order, Score, SegmentReader};

use crate::index::schema::names;
use crate::index::{Archive, IndexError};
use crate::model::{ActId, ActType};
pub use facets::{FacetFilter, Facets};

/// The largest page a request may ask for.
pub const MAX_LIMIT: usize = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    #[default]
    Relevance,
    Newest,
    Oldest,
}

#[derive(Debug, thiserror::Error)]
#[error("unknown sort order '{0}' (expected relevance, newest or oldest)")]
pub struct UnknownSort(String);

impl FromStr for Sort {
    type Err = UnknownSort;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "relevance" => Ok(Sort::Relevance),
            "newest" => Ok(Sort::Newest),
            "oldest" => Ok(Sort::Oldest),
            other => Err(UnknownSort(other.to_string())),
        }
    }
}

/// A validated search.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    /// Words (all must match), `"phrases"`, `-exclusions`, `OR`. Empty matches everything.
    pub query: String,
    pub filter: FacetFilter,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub sort: Sort,
    pub limit: usize,
    pub offset: usize,
}

impl Default for SearchRequest {
    fn default() -> Self {
        SearchRequest {
            query: String::new(),
            filter: FacetFilter::default(),
            from: None,
            to: None,
            sort: Sort::Relevance,
            limit: 20,
            offset: 0,
        }
    }
}

/// One result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub id: ActId,
    #[serde(rename = "type")]
    pub act_type: ActType,
    pub title: String,
    pub number: Option<String>,
    pub date: Option<NaiveDate>,
    pub issuer: Option<String>,
    pub source: String,
    /// HTML-escaped text with the matched words in `<mark>…</mark>`.
    pub snippet: String,
    pub score: Score,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchResponse {
    pub total: u64,
    pub hits: Vec<Hit>,
    pub facets: Facets,
    /// No act has every word; the hits have the most of them. Present
    /// (and `true`) only then.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub relaxed: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("limit must be between 1 and {MAX_LIMIT}, got {0}")]
    Limit(usize),
    #[error("'from' ({from}) is after 'to' ({to})")]
    DateRange { from: NaiveDate, to: NaiveDate },
    #[error(transparent)]
    Index(#[from] IndexError),
    #[error("search failed: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}

pub fn search(archive: &Archive, request: &SearchRequest) -> Result<SearchResponse, SearchError> {
    validate(request)?;
    let searcher = archive.reader.searcher();
    let chosen = choose(archive, &searcher, request)?;
    let text_query = chosen.text;
    let query = query::with_date_range(
        &archive.fields,
        text_query.box_clone(),
        request.from,
        request.to,
    );
    let page = TopDocs::for_doc_range(request.offset..request.offset + request.limit);
    let (facets, total, top) = match request.sort {
        Sort::Relevance => {
            let collector =
                facets::FacetCollector::new(request.filter.clone(), page.order_by_score());
            let found = searcher.search(&*query, &collector)?;
            (found.facets, found.total, found.inner)
        }
        Sort::Newest | Sort::Oldest => {
            let order = if request.sort == Sort::Newest {
                Order::Desc
            } else {
                Order::Asc
            };
            let by_date = page.tweak_score(move |segment: &SegmentReader| {
                let dates = segment.fast_fields().date(names::DATE).ok();
                move |doc, score| {
                    (
                        date_key(dates.as_ref().and_then(|c| c.first(doc)), order),
                        score,
                    )
                }
            });
            let collector = facets::FacetCollector::new(request.filter.clone(), by_date);
            let found = searcher.search(&*query, &collector)?;
            let top = found
                .inner
                .into_iter()
                .map(|((_, score), a)| (score, a))
                .collect();
            (found.facets, found.total, top)
        }
    };
    let snippets = snippet::Snippets::new(&searcher, &*text_query, &archive.fields)?;
    let hits = top
        .into_iter()
        .map(|(score, address)| hit(archive, &searcher, &snippets, score, address))
        .collect::<Result<_, SearchError>>()?;
    Ok(SearchResponse {
        total,
        hits,
        facets,
        relaxed: chosen.relaxed,
    })
}

/// The text query a request runs with, and how it was reached.
struct Chosen {
    text: Box<dyn tantivy::query::Query>,
    /// Not every word matched: acts with more of the words come first.
    relaxed: bool,
}

/// Every word must match; when that finds fewer than [`FEW`] acts, near
/// spellings of the words are tried (typos); when nothing at all matches,
/// acts with the most words come first. Searches and exports share this,
/// so an export holds exactly the result set a page shows.
fn choose(
    archive: &Archive,
    searcher: &tantivy::Searcher,
    request: &SearchRequest,
) -> Result<Chosen, SearchError> {
    let strict = query::strict(archive, &request.query);
    let mut total = count(archive, searcher, request, &*strict)?;
    let mut chosen = Chosen {
        text: strict,
        relaxed: false,
    };
    if total >= FEW || request.query.trim().is_empty() {
        return Ok(chosen);
    }
    if let Some(typos) = query::with_typos(archive, searcher, &request.query) {
        let with_typos = count(archive, searcher, request, &*typos)?;
        if with_typos > total {
            total = with_typos;
            chosen.text = typos;
        }
    }
    // No act has every word: those with the most of the words come first
    // (Meilisearch's matching strategy), so a long question never comes
    // back empty because one word is missing.
    if total == 0 {
        if let Some(relaxed) = query::relaxed(archive, &request.query, chosen.text.box_clone()) {
            if count(archive, searcher, request, &*relaxed)? > 0 {
                chosen = Chosen {
                    text: relaxed,
                    relaxed: true,
                };
            }
        }
    }
    Ok(chosen)
}

/// Fewer strict matches than this and typo tolerance is tried.
const FEW: u64 = 10;

/// Matches of a text query within the request's dates. Facet selections
/// are left out on purpose: the stage is chosen for the text alone, so
/// clicking a facet never switches stages and its count stays true.
fn count(
    archive: &Archive,
    searcher: &tantivy::Searcher,
    request: &SearchRequest,
    text: &dyn tantivy::query::Query,
) -> Result<u64, SearchError> {
    let query = query::with_date_range(&archive.fields, text.box_clone(), request.from, request.to);
    Ok(searcher.search(&*query, &tantivy::collector::Count)? as u64)
}

/// Every act that matches a request's query, dates and facet filters (its
/// paging and sort are ignored), in index order — for exports. The
/// addresses are valid for `searcher` only.
pub fn matching(
    archive: &Archive,
    searcher: &tantivy::Searcher,
    request: &SearchRequest,
) -> Result<Vec<DocAddress>, SearchError> {
    validate_dates(request)?;
    let text_query = choose(archive, searcher, request)?.text;
    let query = query::with_date_range(&archive.fields, text_query, request.from, request.to);
    let collector = facets::FacetCollector::new(request.filter.clone(), all::AllAddresses);
    let found = searcher.search(&*query, &collector)?;
    Ok(found.inner)
}

fn validate(request: &SearchRequest) -> Result<(), SearchError> {
    if !(1..=MAX_LIMIT).contains(&request.limit) {
        return Err(SearchError::Limit(request.limit));
    }
    validate_dates(request)
}

fn validate_dates(request: &SearchRequest) -> Result<(), SearchError> {
    if let (Some(from), Some(to)) = (request.from, request.to) {
        if from > to {
            return Err(SearchError::DateRange { from, to });
        }
    }
    Ok(())
}

/// A sort key that puts undated acts last in either order.
fn date_key(date: Option<tantivy::DateTime>, order: Order) -> i64 {
    match (date, order) {
        (None, _) => i64::MIN,
        (Some(d), Order::Desc) => d.into_timestamp_secs(),
        (Some(d), Order::Asc) => -d.into_timestamp_secs(),
    }
}

fn hit(
    archive: &Archive,
    searcher: &tantivy::Searcher,
    snippets: &snippet::Snippets,
    score: Score,
    address: DocAddress,
) -> Result<Hit, SearchError> {
    let act = archive.load(searcher, address)?;
    Ok(Hit {
        snippet: snippets.for_act(&act),
        id: act.id,
        act_type: act.act_type,
        title: act.title,
        number: act.number,
        date: act.date,
        issuer: act.issuer,
        source: act.source,
        score,
    })
}
