//! Search: a typed [`SearchRequest`] in, a [`SearchResponse`] out.
//!
//! Synchronous and free of HTTP: the CLI calls it directly, the web service
//! from a blocking task, and both print the same shapes. Query text is parsed
//! leniently (bad syntax is searched as well as it can be, never an error);
//! facet counts are disjunctive and cover every match, not just the page.

pub(crate) mod all;
mod facets;
mod parallel;
mod query;
pub mod render;
mod repealed;
mod snippet;
mod typo;

use std::str::FromStr;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::{DocAddress, Score, SegmentReader};

use crate::index::{Archive, IndexError};
use crate::model::{ActId, ActType};
pub use facets::{
    FacetFilter, Facets, OperatorCount, ISSUER_FACET_LIMIT, MUNICIPALITY_FACET_LIMIT,
    OPERATOR_FACET_LIMIT,
};
use repealed::Excluding;
pub use repealed::Repealed;
pub use snippet::escape as escape_html;

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
    /// Words (all must match; below 10 such acts, acts with some follow),
    /// `"phrases"`, `-exclusions`, `OR`. Empty matches everything.
    pub query: String,
    pub filter: FacetFilter,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Acts whose `value_eur` is at least this many euros (acts without a
    /// value are then left out).
    pub min_value: Option<f64>,
    /// Acts whose `value_eur` is at most this many euros.
    pub max_value: Option<f64>,
    pub sort: Sort,
    pub limit: usize,
    pub offset: usize,
    /// Acts no longer in force (repealed by a later act), as the caller
    /// knows them from the links between acts; hits are marked with it.
    pub repealed: Arc<Repealed>,
    /// Leave the acts in `repealed` out.
    pub in_force_only: bool,
}

impl Default for SearchRequest {
    fn default() -> Self {
        SearchRequest {
            query: String::new(),
            filter: FacetFilter::default(),
            from: None,
            to: None,
            min_value: None,
            max_value: None,
            sort: Sort::Relevance,
            limit: 20,
            offset: 0,
            repealed: Arc::default(),
            in_force_only: false,
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
    pub municipality: String,
    /// A contract's economic operator, as written.
    pub operator: Option<String>,
    /// A contract's signed price, in euros.
    pub value_eur: Option<f64>,
    pub source: String,
    /// False when a later act repealed this one.
    pub in_force: bool,
    /// HTML-escaped text with the matched words in `<mark>…</mark>`.
    pub snippet: String,
    pub score: Score,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchResponse {
    pub total: u64,
    pub hits: Vec<Hit>,
    pub facets: Facets,
    /// Present when too few acts have every word and the results were
    /// widened to acts with some of them: how many acts have every word
    /// (they rank first, the rest by how many words they have).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub all_words: Option<u64>,
}

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("limit must be between 1 and {MAX_LIMIT}, got {0}")]
    Limit(usize),
    #[error("'from' ({from}) is after 'to' ({to})")]
    DateRange { from: NaiveDate, to: NaiveDate },
    #[error("'{param}' must be a finite number of euros, got {value}")]
    Value { param: &'static str, value: f64 },
    #[error("'min_value' ({min}) is above 'max_value' ({max})")]
    ValueRange { min: f64, max: f64 },
    #[error(transparent)]
    Index(#[from] IndexError),
    #[error("search failed: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}

pub fn search(archive: &Archive, request: &SearchRequest) -> Result<SearchResponse, SearchError> {
    validate(request)?;
    let searcher = archive.reader.searcher();
    // Most searches stop at the first stage: run it at once and let its own
    // count of matches decide, instead of counting them in a pass before.
    let words = query::Words::new(&request.query);
    let strict = Chosen {
        text: words.strict(archive),
        rescore: words.rescore(archive),
        all_words: None,
    };
    let first = collect_page(archive, &searcher, request, &strict)?;
    let (chosen, found) = if first.matched >= FEW || request.query.trim().is_empty() {
        (strict, first)
    } else {
        let chosen = choose(archive, &searcher, request)?;
        let found = collect_page(archive, &searcher, request, &chosen)?;
        (chosen, found)
    };
    // The words' family terms, what decided the match, mark the text.
    let mut snippets = snippet::Snippets::new(&searcher, &*chosen.text, &archive.fields)?;
    let hits = found
        .inner
        .into_iter()
        .map(|(score, address)| {
            let mut hit = hit(archive, &searcher, &mut snippets, score, address)?;
            hit.in_force = !request.repealed.contains(&hit.id);
            Ok(hit)
        })
        .collect::<Result<_, SearchError>>()?;
    Ok(SearchResponse {
        total: found.total,
        hits,
        facets: found.facets,
        all_words: chosen.all_words,
    })
}

/// One pass of the chosen query within the request's restrictions: the
/// facet counts, the totals, and the request's page of (score, address) in
/// its order. When the chosen query has a `rescore`, the best acts are
/// collected (at least [`query::RESCORE_WINDOW`], or the whole way to the
/// page's end), and those of the window have its score added and are
/// ranked again among themselves before the page is cut.
fn collect_page(
    archive: &Archive,
    searcher: &tantivy::Searcher,
    request: &SearchRequest,
    chosen: &Chosen,
) -> Result<facets::Faceted<Vec<(Score, DocAddress)>>, SearchError> {
    let query = restricted(archive, chosen.text.box_clone(), request);
    let rescoring = chosen.rescore.as_ref();
    let end = request.offset + request.limit;
    let top = match rescoring {
        Some(_) => TopDocs::with_limit(end.max(query::RESCORE_WINDOW)),
        None => TopDocs::for_doc_range(request.offset..end),
    };
    let order = request.sort;
    let keyed = top.tweak_score(move |segment: &SegmentReader| {
        let values = facets::values::of_segment(segment).ok();
        move |doc, score| Ranked::new(order, score, date_key(&values, doc, order))
    });
    let collector = facets::FacetCollector::new(request.filter.clone(), keyed);
    let mut found = parallel::search(searcher, &*query, &excluding(archive, request, collector))?;
    let mut ranked = std::mem::take(&mut found.inner);
    if let Some(more) = rescoring {
        // Only the window is ranked again, and the acts below it keep their
        // order: one ranking whatever the page, so pages never overlap.
        let window = ranked.len().min(query::RESCORE_WINDOW);
        rescore(searcher, more, &mut ranked[..window])?;
        ranked.truncate(end);
        ranked.drain(..request.offset.min(ranked.len()));
    }
    Ok(found.map(|_| ranked.into_iter().map(|(r, a)| (r.score(), a)).collect()))
}

/// A hit's place in a sort: relevance puts the score first and breaks ties
/// newest first (the same notice year after year); the date orders put the
/// date first and break ties by score.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
enum Ranked {
    ByScore(Score, i64),
    ByDate(i64, Score),
}

impl Ranked {
    fn new(sort: Sort, score: Score, date: i64) -> Ranked {
        match sort {
            Sort::Relevance => Ranked::ByScore(score, date),
            Sort::Newest | Sort::Oldest => Ranked::ByDate(date, score),
        }
    }

    fn score(self) -> Score {
        match self {
            Ranked::ByScore(score, _) | Ranked::ByDate(_, score) => score,
        }
    }

    fn plus(self, more: Score) -> Ranked {
        match self {
            Ranked::ByScore(score, date) => Ranked::ByScore(score + more, date),
            Ranked::ByDate(date, score) => Ranked::ByDate(date, score + more),
        }
    }
}

/// Adds the rescoring leaves' scores to each hit and sorts the hits again,
/// best first. Each leaf's scorer walks each segment once, in document
/// order, skipping to the hits.
fn rescore(
    searcher: &tantivy::Searcher,
    more: &query::Rescore,
    ranked: &mut [(Ranked, DocAddress)],
) -> tantivy::Result<()> {
    use tantivy::query::{EnableScoring, Scorer};
    use tantivy::{DocSet, TERMINATED};

    let scoring = EnableScoring::enabled_from_searcher(searcher);
    let weights = more
        .leaves
        .iter()
        .map(|(leaf, weight)| Ok((leaf.weight(scoring)?, *weight)))
        .collect::<tantivy::Result<Vec<_>>>()?;
    let mut by_address: Vec<usize> = (0..ranked.len()).collect();
    by_address.sort_by_key(|&i| ranked[i].1);
    let mut segment = None;
    let mut scorers: Vec<(Box<dyn Scorer>, Score)> = Vec::new();
    for i in by_address {
        let address = ranked[i].1;
        if segment != Some(address.segment_ord) {
            let reader = searcher.segment_reader(address.segment_ord);
            scorers = weights
                .iter()
                .map(|(w, weight)| Ok((w.scorer(reader, 1.0)?, *weight)))
                .collect::<tantivy::Result<_>>()?;
            segment = Some(address.segment_ord);
        }
        let mut added = 0.0;
        for (scorer, weight) in &mut scorers {
            if scorer.doc() != TERMINATED && scorer.doc() < address.doc_id {
                scorer.seek(address.doc_id);
            }
            if scorer.doc() == address.doc_id {
                added += *weight * scorer.score();
            }
        }
        ranked[i].0 = ranked[i].0.plus(added);
    }
    // Best first, as TopDocs gives them; equal keys keep index order.
    ranked.sort_by(|a, b| {
        b.0.partial_cmp(&a.0)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.1.cmp(&b.1))
    });
    Ok(())
}

/// The text query a request runs with, and how it was reached.
struct Chosen {
    text: Box<dyn tantivy::query::Query>,
    /// What is added to the best acts' scores before they are ranked
    /// again (see [`query::Words::rescore`]).
    rescore: Option<query::Rescore>,
    /// Widened to acts with some of the words: how many have all of them.
    all_words: Option<u64>,
}

/// Every word must match; when that finds fewer than [`FEW`] acts, near
/// spellings of the words are tried (typos), and then acts with some of the
/// words are added after those with all of them, in the buckets of
/// Meilisearch's "frequency" matching strategy (see [`query::Words::relaxed`]),
/// so a long question never comes back empty, or short of its second-best
/// act, because one word is missing.
/// Searches and exports share this, so an export holds exactly the result
/// set a page shows.
fn choose(
    archive: &Archive,
    searcher: &tantivy::Searcher,
    request: &SearchRequest,
) -> Result<Chosen, SearchError> {
    let words = query::Words::new(&request.query);
    let strict = words.strict(archive);
    let mut total = count(archive, searcher, request, &*strict)?;
    let mut chosen = Chosen {
        text: strict,
        rescore: words.rescore(archive),
        all_words: None,
    };
    if total >= FEW || request.query.trim().is_empty() {
        return Ok(chosen);
    }
    let mut words_used = words;
    if let Some(typos) = words_used.with_typos(archive, searcher) {
        let query = typos.strict(archive);
        let with_typos = count(archive, searcher, request, &*query)?;
        if with_typos > total {
            total = with_typos;
            chosen.text = query;
            chosen.rescore = typos.rescore(archive);
            words_used = typos;
        }
    }
    if total >= FEW {
        return Ok(chosen);
    }
    if let Some(relaxed) = words_used.relaxed(archive, searcher, chosen.text.box_clone()) {
        if count(archive, searcher, request, &*relaxed)? > total {
            chosen = Chosen {
                text: relaxed,
                rescore: words_used.rescore(archive),
                all_words: Some(total),
            };
        }
    }
    Ok(chosen)
}

/// Fewer matches with every word than this and typo tolerance is tried,
/// then acts with some of the words are added.
const FEW: u64 = 10;

/// A text query within the request's dates and value range.
fn restricted(
    archive: &Archive,
    text: Box<dyn tantivy::query::Query>,
    request: &SearchRequest,
) -> Box<dyn tantivy::query::Query> {
    let dated = query::with_date_range(&archive.fields, text, request.from, request.to);
    query::with_value_range(&archive.fields, dated, request.min_value, request.max_value)
}

/// `collector` without the repealed acts when the request leaves them out.
fn excluding<C>(archive: &Archive, request: &SearchRequest, collector: C) -> Excluding<C> {
    Excluding {
        inner: collector,
        repealed: request.in_force_only.then(|| request.repealed.clone()),
        id_field: archive.fields.id,
    }
}

/// Matches of a text query within the request's dates and values. Facet selections
/// are left out on purpose: the stage is chosen for the text alone, so
/// clicking a facet never switches stages and its count stays true.
fn count(
    archive: &Archive,
    searcher: &tantivy::Searcher,
    request: &SearchRequest,
    text: &dyn tantivy::query::Query,
) -> Result<u64, SearchError> {
    let query = restricted(archive, text.box_clone(), request);
    let counted = excluding(archive, request, tantivy::collector::Count);
    Ok(searcher.search(&*query, &counted)? as u64)
}

/// Every act that matches a request's query, dates and facet filters (its
/// paging and sort are ignored), in index order — for exports. The
/// addresses are valid for `searcher` only.
pub fn matching(
    archive: &Archive,
    searcher: &tantivy::Searcher,
    request: &SearchRequest,
) -> Result<Vec<DocAddress>, SearchError> {
    validate_ranges(request)?;
    let text_query = choose(archive, searcher, request)?.text;
    let query = restricted(archive, text_query, request);
    let collector = facets::FacetCollector::new(request.filter.clone(), all::AllAddresses);
    let found = searcher.search(&*query, &excluding(archive, request, collector))?;
    Ok(found.inner)
}

fn validate(request: &SearchRequest) -> Result<(), SearchError> {
    if !(1..=MAX_LIMIT).contains(&request.limit) {
        return Err(SearchError::Limit(request.limit));
    }
    validate_ranges(request)
}

fn validate_ranges(request: &SearchRequest) -> Result<(), SearchError> {
    if let (Some(from), Some(to)) = (request.from, request.to) {
        if from > to {
            return Err(SearchError::DateRange { from, to });
        }
    }
    for (param, value) in [
        ("min_value", request.min_value),
        ("max_value", request.max_value),
    ] {
        if let Some(value) = value.filter(|v| !v.is_finite()) {
            return Err(SearchError::Value { param, value });
        }
    }
    if let (Some(min), Some(max)) = (request.min_value, request.max_value) {
        if min > max {
            return Err(SearchError::ValueRange { min, max });
        }
    }
    Ok(())
}

/// The key of `doc` in its date order (relevance breaks ties newest
/// first): undated acts last either way. Read from the segment's cached
/// arrays, since every match is keyed, not only the page.
fn date_key(
    values: &Option<Arc<facets::values::SegmentValues>>,
    doc: tantivy::DocId,
    sort: Sort,
) -> i64 {
    match (values.as_ref().and_then(|v| v.date_secs(doc)), sort) {
        (None, _) => i64::MIN,
        (Some(secs), Sort::Oldest) => -secs,
        (Some(secs), Sort::Relevance | Sort::Newest) => secs,
    }
}

fn hit(
    archive: &Archive,
    searcher: &tantivy::Searcher,
    snippets: &mut snippet::Snippets,
    score: Score,
    address: DocAddress,
) -> Result<Hit, SearchError> {
    let act = archive.load(searcher, address)?;
    Ok(Hit {
        snippet: snippets.for_text(&act.text),
        id: act.id,
        act_type: act.act_type,
        title: act.title,
        number: act.number,
        date: act.date,
        issuer: act.issuer,
        municipality: act.municipality,
        operator: act.operator,
        value_eur: act.value_eur,
        source: act.source,
        in_force: true,
        score,
    })
}
