//! A segment's facet values as plain arrays by document: the ordinal of
//! each string facet and the year. Every search counts its facets over all
//! of its matches, and reading the columns' optional indexes for each one
//! was a fifth of a search's time; an array read is a load.
//!
//! Segments never change once written, so the arrays are built once per
//! segment and kept, keyed by segment id, in a process-wide cache bounded by
//! the documents it covers (20 bytes each): segments merged away are
//! dropped oldest first.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, OnceLock};

use tantivy::columnar::StrColumn;
use tantivy::index::SegmentId;
use tantivy::{DocId, SegmentReader};

use crate::index::schema::names;

/// No value: the ordinal of a document without this facet.
const NONE: u32 = u32::MAX;
/// The cache keeps arrays for at most this many documents (80 MB).
const MAX_CACHED_DOCS: usize = 4_000_000;

/// The four string facets' ordinals and the year of every document.
pub struct SegmentValues {
    ords: [Vec<u32>; 4],
    years: Vec<u32>,
}

impl SegmentValues {
    /// The ordinals (in the order of the columns given to [`of_segment`])
    /// and the year of `doc`.
    pub fn get(&self, doc: DocId) -> ([Option<u64>; 4], Option<u64>) {
        let at = doc as usize;
        let value = |v: Option<&u32>| v.copied().filter(|&v| v != NONE).map(u64::from);
        let ords = std::array::from_fn(|i| value(self.ords[i].get(at)));
        (ords, value(self.years.get(at)))
    }

    fn docs(&self) -> usize {
        self.years.len()
    }
}

#[derive(Default)]
struct Cache {
    segments: HashMap<SegmentId, Arc<SegmentValues>>,
    /// Oldest first, for eviction.
    order: VecDeque<SegmentId>,
    docs: usize,
}

fn cache() -> std::sync::MutexGuard<'static, Cache> {
    static CACHE: OnceLock<Mutex<Cache>> = OnceLock::new();
    CACHE
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner())
}

/// The values of `segment`, whose string facet columns are `columns`.
pub fn of_segment(
    segment: &SegmentReader,
    columns: &[Option<&StrColumn>; 4],
) -> tantivy::Result<Arc<SegmentValues>> {
    let id = segment.segment_id();
    if let Some(found) = cache().segments.get(&id) {
        return Ok(found.clone());
    }
    let values = Arc::new(read(segment, columns)?);
    let mut cache = cache();
    if !cache.segments.contains_key(&id) {
        cache.docs += values.docs();
        cache.segments.insert(id, values.clone());
        cache.order.push_back(id);
        while cache.docs > MAX_CACHED_DOCS && cache.order.len() > 1 {
            let Some(oldest) = cache.order.pop_front() else {
                break;
            };
            if let Some(gone) = cache.segments.remove(&oldest) {
                cache.docs -= gone.docs();
            }
        }
    }
    Ok(values)
}

fn read(
    segment: &SegmentReader,
    columns: &[Option<&StrColumn>; 4],
) -> tantivy::Result<SegmentValues> {
    let docs = segment.max_doc();
    let narrow = |v: Option<u64>| v.and_then(|v| u32::try_from(v).ok()).unwrap_or(NONE);
    let ords = columns.map(|column| {
        (0..docs)
            .map(|doc| narrow(column.and_then(|c| c.term_ords(doc).next())))
            .collect()
    });
    let years = segment.fast_fields().u64(names::YEAR)?;
    let years = (0..docs).map(|doc| narrow(years.first(doc))).collect();
    Ok(SegmentValues { ords, years })
}
