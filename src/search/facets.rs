//! Disjunctive facet counting and facet filtering in one pass.
//!
//! The query given to the searcher carries only the text and the date range;
//! this collector applies the facet filters itself. For every matching
//! document it knows which facet filters the document passes, so it can
//! count each facet while ignoring that facet's own selection (the usual
//! faceted-search convention: choosing "vendim" keeps the other types
//! visible with their counts), and it hands only the documents that pass
//! every filter to the inner collector (the page of hits).
//!
//! The facets: type, year, issuer, municipality, and the operator, counted by
//! `operator_key` (one firm however its name is spelled) and labelled with
//! the spelling most of its records use.

pub(super) mod values;

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use crate::analysis::fold;
use crate::index::schema::{names, FACET_SEP};
use crate::model::{operator_key, ActType};

/// At most this many operators are listed in a response's operator facet
/// (the most frequent, and every selected one): a register of a city can
/// name thousands. Counts are over every match either way.
pub const OPERATOR_FACET_LIMIT: usize = 100;
/// The same bound for issuers: a national archive has thousands of offices.
pub const ISSUER_FACET_LIMIT: usize = 100;
/// Kosovo and Albania together have under 100 municipalities; this bound
/// only keeps a hostile or mistaken register from making every answer huge.
pub const MUNICIPALITY_FACET_LIMIT: usize = 500;

/// The facet selection: several values of one facet combine with OR,
/// different facets with AND. Empty means "no filter".
#[derive(Debug, Clone, Default)]
pub struct FacetFilter {
    pub types: Vec<ActType>,
    pub years: Vec<i32>,
    /// Issuer names as a user typed them; compared folded.
    pub issuers: Vec<String>,
    /// Municipality names as a user typed them; compared folded.
    pub municipalities: Vec<String>,
    /// Operators by any spelling of their name or by their key; compared
    /// by [`operator_key`], so `Tali SHPK` selects `"TALI" sh.p.k` too.
    pub operators: Vec<String>,
}

/// Counts per facet value, over every match.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Facets {
    #[serde(rename = "type")]
    pub types: BTreeMap<String, u64>,
    #[serde(rename = "year")]
    pub years: BTreeMap<String, u64>,
    #[serde(rename = "issuer")]
    pub issuers: BTreeMap<String, u64>,
    #[serde(rename = "municipality")]
    pub municipalities: BTreeMap<String, u64>,
    /// By operator key: every spelling of one firm counts under one key.
    #[serde(rename = "operator")]
    pub operators: BTreeMap<String, OperatorCount>,
}

/// One operator of the operator facet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OperatorCount {
    /// The spelling most of the matching records use (ties: the first in
    /// alphabetical order), to show for the key.
    pub label: String,
    pub count: u64,
}

/// What the collector returns: facet counts, the number of documents that
/// pass every filter, and the inner collector's fruit.
pub struct Faceted<F> {
    pub facets: Facets,
    pub total: u64,
    /// Documents collected before any facet filter: what the query alone
    /// matches, so the search needs no separate count of it.
    pub matched: u64,
    pub inner: F,
}

impl<F> Faceted<F> {
    /// The same counts around `f` of the inner fruit.
    pub fn map<G>(self, f: impl FnOnce(F) -> G) -> Faceted<G> {
        Faceted {
            facets: self.facets,
            total: self.total,
            matched: self.matched,
            inner: f(self.inner),
        }
    }
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

/// The string facets, in the order of [`Dims`]' arrays.
const STR_FACETS: [&str; 4] = [
    names::TYPE,
    names::ISSUER_FACET,
    names::MUNICIPALITY,
    names::OPERATOR_FACET,
];

/// Per-segment counts, by value.
#[derive(Default)]
pub struct SegmentCounts {
    strings: [HashMap<String, u64>; 4],
    years: HashMap<u64, u64>,
    total: u64,
    matched: u64,
}

/// Whether a stored facet value is selected.
type Wanted = Box<dyn Fn(&str) -> bool>;

impl FacetFilter {
    /// For each string facet, whether a stored value is selected, or `None`
    /// when that facet is not filtered.
    fn wanted(&self) -> [Option<Wanted>; 4] {
        let folded =
            |values: &[String]| -> HashSet<String> { values.iter().map(|v| fold(v)).collect() };
        let types: Vec<&'static str> = self.types.iter().map(|t| t.slug()).collect();
        let issuers = folded(&self.issuers);
        let municipalities = folded(&self.municipalities);
        let operators: HashSet<String> = self
            .operators
            .iter()
            .filter_map(|o| operator_key(o))
            .collect();
        let types: Wanted = Box::new(move |v| types.contains(&v));
        let issuers: Wanted = Box::new(move |v| issuers.contains(&fold(v)));
        let municipalities: Wanted = Box::new(move |v| municipalities.contains(&fold(v)));
        let operators: Wanted = Box::new(move |v| operators.contains(split_operator(v).0));
        [
            (!self.types.is_empty()).then_some(types),
            (!self.issuers.is_empty()).then_some(issuers),
            (!self.municipalities.is_empty()).then_some(municipalities),
            (!self.operators.is_empty()).then_some(operators),
        ]
    }
}

/// An `operator_facet` value as (key, spelling).
fn split_operator(value: &str) -> (&str, &str) {
    value.split_once(FACET_SEP).unwrap_or((value, value))
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
        let mut dims = Vec::with_capacity(STR_FACETS.len());
        for (name, wanted) in STR_FACETS.into_iter().zip(self.filter.wanted()) {
            let column = fast.str(name)?;
            let selected = match &wanted {
                Some(wanted) => Some(selected_ords(column.as_ref(), wanted)?),
                None => None,
            };
            let terms = column.as_ref().map_or(0, |c| c.num_terms());
            dims.push(Dim {
                column,
                selected,
                counts: vec![0; terms],
            });
        }
        let dims: [Dim; 4] = dims
            .try_into()
            .unwrap_or_else(|_| unreachable!("one dimension per string facet"));
        let values = values::of_segment(segment)?;
        let filtered = dims.iter().any(|d| d.selected.is_some()) || !self.filter.years.is_empty();
        Ok(FacetSegmentCollector {
            filtered,
            dims,
            values,
            years_wanted: (!self.filter.years.is_empty())
                .then(|| self.filter.years.iter().map(|&y| y as u64).collect()),
            year_counts: Vec::new(),
            total: 0,
            matched: 0,
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
        let mut strings: [BTreeMap<String, u64>; 4] = Default::default();
        let mut years = BTreeMap::new();
        let mut total = 0;
        let mut matched = 0;
        let mut inner = Vec::with_capacity(fruits.len());
        for (counts, fruit) in fruits {
            total += counts.total;
            matched += counts.matched;
            for (into, from) in strings.iter_mut().zip(counts.strings) {
                merge(into, from);
            }
            merge(
                &mut years,
                counts.years.into_iter().map(|(y, n)| (y.to_string(), n)),
            );
            inner.push(fruit);
        }
        let [types, issuers, municipalities, operators] = strings;
        let facets = Facets {
            types,
            years,
            issuers: most_frequent(issuers, ISSUER_FACET_LIMIT, &self.filter.issuers),
            municipalities: most_frequent(
                municipalities,
                MUNICIPALITY_FACET_LIMIT,
                &self.filter.municipalities,
            ),
            operators: group_operators(operators, &self.filter.operators),
        };
        Ok(Faceted {
            facets,
            total,
            matched,
            inner: self.inner.merge_fruits(inner)?,
        })
    }
}

fn merge(into: &mut BTreeMap<String, u64>, counts: impl IntoIterator<Item = (String, u64)>) {
    for (key, n) in counts {
        *into.entry(key).or_insert(0) += n;
    }
}

/// The `limit` highest counts (ties: alphabetical), and every value the
/// filter selects (compared folded), so a chosen value never disappears.
fn most_frequent(
    counts: BTreeMap<String, u64>,
    limit: usize,
    selected: &[String],
) -> BTreeMap<String, u64> {
    if counts.len() <= limit {
        return counts;
    }
    let selected: HashSet<String> = selected.iter().map(|v| fold(v)).collect();
    let keep = top_keys(counts.iter().map(|(k, n)| (k, *n)), limit);
    counts
        .into_iter()
        .filter(|(value, _)| keep.contains(value) || selected.contains(&fold(value)))
        .collect()
}

/// The `limit` keys with the highest counts (ties: alphabetical).
fn top_keys<'a>(counts: impl Iterator<Item = (&'a String, u64)>, limit: usize) -> HashSet<String> {
    let mut ranked: Vec<(&String, u64)> = counts.collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    ranked
        .into_iter()
        .take(limit)
        .map(|(k, _)| k.clone())
        .collect()
}

/// `key␟spelling` counts to one entry per key, labelled with its commonest
/// spelling; only the [`OPERATOR_FACET_LIMIT`] most frequent keys and the
/// selected ones are kept.
fn group_operators(
    counts: BTreeMap<String, u64>,
    selected: &[String],
) -> BTreeMap<String, OperatorCount> {
    let mut by_key: BTreeMap<String, (u64, String, u64)> = BTreeMap::new();
    for (value, n) in counts {
        let (key, spelling) = split_operator(&value);
        let entry = by_key
            .entry(key.to_string())
            .or_insert_with(|| (0, spelling.to_string(), 0));
        entry.0 += n;
        // BTreeMap order: a spelling seen later is alphabetically later, so
        // it wins only with strictly more records.
        if n > entry.2 {
            entry.1 = spelling.to_string();
            entry.2 = n;
        }
    }
    let selected: HashSet<String> = selected.iter().filter_map(|o| operator_key(o)).collect();
    let keep = top_keys(by_key.iter().map(|(k, v)| (k, v.0)), OPERATOR_FACET_LIMIT);
    by_key
        .into_iter()
        .filter(|(key, _)| keep.contains(key) || selected.contains(key))
        .map(|(key, (count, label, _))| (key, OperatorCount { label, count }))
        .collect()
}

/// Which of the dictionary's values `wanted` accepts, by ordinal.
fn selected_ords(
    column: Option<&StrColumn>,
    wanted: impl Fn(&str) -> bool,
) -> tantivy::Result<Vec<bool>> {
    let Some(column) = column else {
        return Ok(Vec::new());
    };
    let mut ords = Vec::with_capacity(column.num_terms());
    let mut stream = column.dictionary().stream()?;
    while stream.advance() {
        ords.push(std::str::from_utf8(stream.key()).is_ok_and(&wanted));
    }
    Ok(ords)
}

/// One string facet in one segment. Counts and selections are arrays by
/// term ordinal: a search counts every match, so a hash per document would
/// cost more than the rest of the count.
struct Dim {
    column: Option<StrColumn>,
    /// Whether each ordinal is selected; `None` when the facet is not filtered.
    selected: Option<Vec<bool>>,
    counts: Vec<u64>,
}

impl Dim {
    fn passes(&self, ord: Option<u32>) -> bool {
        match &self.selected {
            None => true,
            Some(selected) => {
                ord.is_some_and(|o| selected.get(o as usize).copied().unwrap_or(false))
            }
        }
    }
}

pub struct FacetSegmentCollector<S> {
    /// Whether any facet is filtered; without filters every match counts
    /// everywhere, the common case, which skips the per-facet bookkeeping.
    filtered: bool,
    dims: [Dim; 4],
    values: std::sync::Arc<values::SegmentValues>,
    years_wanted: Option<HashSet<u64>>,
    /// (year, count): a few dozen years at most, so a scan beats a hash.
    year_counts: Vec<(u32, u64)>,
    total: u64,
    matched: u64,
    inner: S,
}

impl<S> FacetSegmentCollector<S> {
    fn count_year(&mut self, year: u32) {
        match self.year_counts.iter_mut().find(|(y, _)| *y == year) {
            Some((_, n)) => *n += 1,
            None => self.year_counts.push((year, 1)),
        }
    }
}

impl<S: SegmentCollector> SegmentCollector for FacetSegmentCollector<S> {
    type Fruit = (SegmentCounts, S::Fruit);

    fn collect(&mut self, doc: DocId, score: Score) {
        self.matched += 1;
        let (ords, year) = self.values.get(doc);
        if !self.filtered {
            for (dim, ord) in self.dims.iter_mut().zip(ords) {
                if let Some(count) = ord.and_then(|o| dim.counts.get_mut(o as usize)) {
                    *count += 1;
                }
            }
            if let Some(y) = year {
                self.count_year(y);
            }
            self.total += 1;
            self.inner.collect(doc, score);
            return;
        }
        let passes: [bool; 4] = std::array::from_fn(|i| self.dims[i].passes(ords[i]));
        let pass_year = self
            .years_wanted
            .as_ref()
            .is_none_or(|wanted| year.is_some_and(|y| wanted.contains(&u64::from(y))));
        // Each facet is counted over the documents that pass every *other*
        // filter, so a selection never hides its own alternatives.
        for (i, (dim, ord)) in self.dims.iter_mut().zip(ords).enumerate() {
            let others = pass_year && (0..passes.len()).all(|j| j == i || passes[j]);
            if let (true, Some(count)) = (others, ord.and_then(|o| dim.counts.get_mut(o as usize)))
            {
                *count += 1;
            }
        }
        let all_strings = passes.iter().all(|&p| p);
        if let (true, Some(y)) = (all_strings, year) {
            self.count_year(y);
        }
        if all_strings && pass_year {
            self.total += 1;
            self.inner.collect(doc, score);
        }
    }

    fn harvest(self) -> Self::Fruit {
        let strings = self.dims.map(|d| named(d.column.as_ref(), d.counts));
        let counts = SegmentCounts {
            strings,
            years: self
                .year_counts
                .into_iter()
                .map(|(y, n)| (u64::from(y), n))
                .collect(),
            total: self.total,
            matched: self.matched,
        };
        (counts, self.inner.harvest())
    }
}

/// Replaces term ordinals by their values, in one pass over the
/// dictionary: looking each ordinal up alone decompresses its block again
/// every time, which for an operator facet of thousands of values was most
/// of a search's cost.
fn named(column: Option<&StrColumn>, counts: Vec<u64>) -> HashMap<String, u64> {
    let Some(column) = column else {
        return HashMap::new();
    };
    let (ords, ns): (Vec<u64>, Vec<u64>) = counts
        .into_iter()
        .enumerate()
        .filter(|(_, n)| *n > 0)
        .map(|(ord, n)| (ord as u64, n))
        .unzip();
    let mut out = HashMap::with_capacity(ords.len());
    let mut ns = ns.into_iter();
    let _ = column.dictionary().sorted_ords_to_term_cb(&ords, |bytes| {
        if let Some(n) = ns.next() {
            out.insert(String::from_utf8_lossy(bytes).into_owned(), n);
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operators_group_by_key_under_their_commonest_spelling() {
        let sep = FACET_SEP;
        let counts: BTreeMap<String, u64> = [
            (format!("tali{sep}\"TALI\" sh.p.k"), 1),
            (format!("tali{sep}TALI"), 3),
            (format!("tali{sep}Tali SHPK"), 2),
            (format!("iliria{sep}Iliria Sh.p.k."), 1),
        ]
        .into_iter()
        .collect();
        let grouped = group_operators(counts, &[]);
        assert_eq!(
            grouped["tali"],
            OperatorCount {
                label: "TALI".into(),
                count: 6
            }
        );
        assert_eq!(grouped["iliria"].count, 1);
        assert_eq!(grouped.len(), 2);
    }

    #[test]
    fn a_long_facet_keeps_the_most_frequent_and_the_selected() {
        let counts: BTreeMap<String, u64> = (0..150u64)
            .map(|k| (format!("Zyra {k:03}"), k + 1))
            .collect();
        let kept = most_frequent(counts.clone(), ISSUER_FACET_LIMIT, &["zyra 000".into()]);
        assert_eq!(kept.len(), ISSUER_FACET_LIMIT + 1);
        assert_eq!(kept["Zyra 149"], 150);
        assert_eq!(kept["Zyra 000"], 1, "the selected value stays");
        assert!(!kept.contains_key("Zyra 001"));
        assert_eq!(most_frequent(counts.clone(), 500, &[]), counts);
    }
}
