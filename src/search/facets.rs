//! Disjunctive facet counting and facet filtering in one pass.
//!
//! The query given to the searcher carries only the text and the date range;
//! this collector applies the facet filters itself. For every matching
//! document it knows which facet filters the document passes, so it can
//! count each facet while ignoring that facet's own selection (the usual
//! faceted-search convention: choosing "vendim" keeps the other types
//! visible with their counts), and it hands only the documents that pass
//! every filter to the inner collector (the page of hits).

use std::collections::{BTreeMap, HashMap, HashSet};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use crate::analysis::fold;
use crate::index::schema::names;
use crate::model::ActType;

/// The facet selection: several values of one facet combine with OR,
/// different facets with AND. Empty means "no filter".
#[derive(Debug, Clone, Default)]
pub struct FacetFilter {
    pub types: Vec<ActType>,
    pub years: Vec<i32>,
    /// Issuer names as a user typed them; compared folded.
    pub issuers: Vec<String>,
}

/// Counts per facet value, over every match.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Facets {
    #[serde(rename = "type")]
    pub types: BTreeMap<String, u64>,
    #[serde(rename = "year")]
    pub years: BTreeMap<String, u64>,
    #[serde(rename = "issuer")]
    pub issuers: BTreeMap<String, u64>,
}

/// What the collector returns: facet counts, the number of documents that
/// pass every filter, and the inner collector's fruit.
pub struct Faceted<F> {
    pub facets: Facets,
    pub total: u64,
    pub inner: F,
}

pub struct FacetCollector<C> {
    filter: FacetFilter,
    inner: C,
}

impl<C> FacetCollector<C> {
    pub fn new(filter: FacetFilter, inner: C) -> Self {
        FacetCollector { filter, inner }
    }
}

/// Per-segment counts, keyed by term ordinal for the string facets.
#[derive(Default)]
pub struct SegmentCounts {
    types: HashMap<String, u64>,
    years: HashMap<u64, u64>,
    issuers: HashMap<String, u64>,
    total: u64,
}

impl<C: Collector> Collector for FacetCollector<C> {
    type Fruit = Faceted<C::Fruit>;
    type Child = FacetSegmentCollector<C::Child>;

    fn for_segment(
        &self,
        segment_local_id: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        let fast = segment.fast_fields();
        let types = fast.str(names::TYPE)?;
        let issuers = fast.str(names::ISSUER_FACET)?;
        let wanted_types: Vec<&str> = self.filter.types.iter().map(|t| t.slug()).collect();
        let wanted_issuers: Vec<String> = self.filter.issuers.iter().map(|i| fold(i)).collect();
        Ok(FacetSegmentCollector {
            type_ords: selected_ords(types.as_ref(), |v| wanted_types.contains(&v))?,
            issuer_ords: selected_ords(issuers.as_ref(), |v| wanted_issuers.contains(&fold(v)))?,
            years_wanted: self.filter.years.iter().map(|&y| y as u64).collect(),
            filter_types: !self.filter.types.is_empty(),
            filter_years: !self.filter.years.is_empty(),
            filter_issuers: !self.filter.issuers.is_empty(),
            types,
            issuers,
            years: fast.u64(names::YEAR)?,
            type_counts: HashMap::new(),
            year_counts: HashMap::new(),
            issuer_counts: HashMap::new(),
            total: 0,
            inner: self.inner.for_segment(segment_local_id, segment)?,
        })
    }

    fn requires_scoring(&self) -> bool {
        self.inner.requires_scoring()
    }

    fn merge_fruits(
        &self,
        fruits: Vec<(SegmentCounts, <C::Child as SegmentCollector>::Fruit)>,
    ) -> tantivy::Result<Self::Fruit> {
        let mut facets = Facets::default();
        let mut total = 0;
        let mut inner = Vec::with_capacity(fruits.len());
        for (counts, fruit) in fruits {
            total += counts.total;
            merge(&mut facets.types, counts.types);
            merge(&mut facets.issuers, counts.issuers);
            let years = counts.years.into_iter().map(|(y, n)| (y.to_string(), n));
            merge(&mut facets.years, years);
            inner.push(fruit);
        }
        Ok(Faceted {
            facets,
            total,
            inner: self.inner.merge_fruits(inner)?,
        })
    }
}

fn merge(into: &mut BTreeMap<String, u64>, counts: impl IntoIterator<Item = (String, u64)>) {
    for (key, n) in counts {
        *into.entry(key).or_insert(0) += n;
    }
}

/// The ordinals of the dictionary values that `wanted` accepts.
fn selected_ords(
    column: Option<&StrColumn>,
    wanted: impl Fn(&str) -> bool,
) -> tantivy::Result<HashSet<u64>> {
    let mut ords = HashSet::new();
    let Some(column) = column else {
        return Ok(ords);
    };
    let mut stream = column.dictionary().stream()?;
    let mut ord = 0u64;
    while stream.advance() {
        if std::str::from_utf8(stream.key()).is_ok_and(&wanted) {
            ords.insert(ord);
        }
        ord += 1;
    }
    Ok(ords)
}

pub struct FacetSegmentCollector<S> {
    types: Option<StrColumn>,
    issuers: Option<StrColumn>,
    years: Column<u64>,
    type_ords: HashSet<u64>,
    issuer_ords: HashSet<u64>,
    years_wanted: HashSet<u64>,
    filter_types: bool,
    filter_years: bool,
    filter_issuers: bool,
    type_counts: HashMap<u64, u64>,
    year_counts: HashMap<u64, u64>,
    issuer_counts: HashMap<u64, u64>,
    total: u64,
    inner: S,
}

fn first_ord(column: Option<&StrColumn>, doc: DocId) -> Option<u64> {
    column.and_then(|c| c.term_ords(doc).next())
}

impl<S: SegmentCollector> SegmentCollector for FacetSegmentCollector<S> {
    type Fruit = (SegmentCounts, S::Fruit);

    fn collect(&mut self, doc: DocId, score: Score) {
        let type_ord = first_ord(self.types.as_ref(), doc);
        let issuer_ord = first_ord(self.issuers.as_ref(), doc);
        let year = self.years.first(doc);
        let pass_type = !self.filter_types || type_ord.is_some_and(|o| self.type_ords.contains(&o));
        let pass_year = !self.filter_years || year.is_some_and(|y| self.years_wanted.contains(&y));
        let pass_issuer =
            !self.filter_issuers || issuer_ord.is_some_and(|o| self.issuer_ords.contains(&o));
        if let (true, true, Some(o)) = (pass_year, pass_issuer, type_ord) {
            *self.type_counts.entry(o).or_insert(0) += 1;
        }
        if let (true, true, Some(y)) = (pass_type, pass_issuer, year) {
            *self.year_counts.entry(y).or_insert(0) += 1;
        }
        if let (true, true, Some(o)) = (pass_type, pass_year, issuer_ord) {
            *self.issuer_counts.entry(o).or_insert(0) += 1;
        }
        if pass_type && pass_year && pass_issuer {
            self.total += 1;
            self.inner.collect(doc, score);
        }
    }

    fn harvest(self) -> Self::Fruit {
        let counts = SegmentCounts {
            types: named(self.types.as_ref(), self.type_counts),
            issuers: named(self.issuers.as_ref(), self.issuer_counts),
            years: self.year_counts,
            total: self.total,
        };
        (counts, self.inner.harvest())
    }
}

/// Replaces term ordinals by their values.
fn named(column: Option<&StrColumn>, counts: HashMap<u64, u64>) -> HashMap<String, u64> {
    let Some(column) = column else {
        return HashMap::new();
    };
    let mut out = HashMap::with_capacity(counts.len());
    for (ord, n) in counts {
        let mut value = String::new();
        if column.ord_to_str(ord, &mut value).unwrap_or(false) {
            out.insert(value, n);
        }
    }
    out
}
