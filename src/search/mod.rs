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
    let text_query = query::text(archive, &request.query);
    let query = query::with_date_range(
        &archive.fields,
        text_query.box_clone(),
        request.from,
        request.to,
    );
    let searcher = archive.reader.searcher();
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
    })
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
    let text_query = query::text(archive, &request.query);
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
