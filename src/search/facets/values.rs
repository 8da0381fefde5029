//! A segment's per-document values that every search reads for every match,
//! as plain arrays: the ordinal of each string facet, the year, and the date
//! (the tie-break of equal scores and the key of the date orders). Reading
//! them through the columns' optional indexes for each match was a fifth of
//! a search's time, and the date column another tenth; an array read is a
//! load, and a document's facet values share one cache line.
//!
//! Segments never change once written, so the arrays are built once per
//! segment and kept, keyed by segment id, in a process-wide cache bounded by
//! the documents it covers (28 bytes each): segments merged away are
//! dropped oldest first.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, OnceLock};

use tantivy::index::SegmentId;
use tantivy::{DocId, SegmentReader};

use super::STR_FACETS;
use crate::index::schema::names;

/// No value: the ordinal of a document without this facet.
const NONE: u32 = u32::MAX;
/// No date: sorts before every real one.
const NO_DATE: i64 = i64::MIN;
/// The cache keeps arrays for at most this many documents (112 MB).
const MAX_CACHED_DOCS: usize = 4_000_000;

/// The four string facets' ordinals (in the order of [`STR_FACETS`]), the
/// year, and the date of every document.
pub struct SegmentValues {
    /// Per document: the four ordinals, then the year.
    rows: Vec<[u32; 5]>,
    /// Per document: seconds since the epoch.
    dates: Vec<i64>,
}

impl SegmentValues {
    /// The string facets' ordinals and the year of `doc`.
    pub fn get(&self, doc: DocId) -> ([Option<u32>; 4], Option<u32>) {
        let row = self.rows.get(doc as usize).copied().unwrap_or([NONE; 5]);
        let value = |v: u32| (v != NONE).then_some(v);
        (std::array::from_fn(|i| value(row[i])), value(row[4]))
    }

    /// The date of `doc`, in seconds since the epoch.
    pub fn date_secs(&self, doc: DocId) -> Option<i64> {
        self.dates
            .get(doc as usize)
            .copied()
            .filter(|&d| d != NO_DATE)
    }

    fn docs(&self) -> usize {
        self.rows.len()
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

/// The values of `segment`.
pub fn of_segment(segment: &SegmentReader) -> tantivy::Result<Arc<SegmentValues>> {
    let id = segment.segment_id();
    if let Some(found) = cache().segments.get(&id) {
        return Ok(found.clone());
    }
    let values = Arc::new(read(segment)?);
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

fn read(segment: &SegmentReader) -> tantivy::Result<SegmentValues> {
    let fast = segment.fast_fields();
    let docs = segment.max_doc();
    let narrow = |v: Option<u64>| v.and_then(|v| u32::try_from(v).ok()).unwrap_or(NONE);
    let mut columns = Vec::with_capacity(STR_FACETS.len());
    for name in STR_FACETS {
        columns.push(fast.str(name)?);
    }
    // A segment whose acts are all undated has no year or date column.
    let years = fast.column_opt::<u64>(names::YEAR)?;
    let rows = (0..docs)
        .map(|doc| {
            let mut row = [NONE; 5];
            for (slot, column) in row.iter_mut().zip(&columns) {
                *slot = narrow(column.as_ref().and_then(|c| c.term_ords(doc).next()));
            }
            row[4] = narrow(years.as_ref().and_then(|c| c.first(doc)));
            row
        })
        .collect();
    let dates = fast.column_opt::<tantivy::DateTime>(names::DATE)?;
    let dates = (0..docs)
        .map(|doc| {
            dates
                .as_ref()
                .and_then(|c| c.first(doc))
                .map_or(NO_DATE, |d| d.into_timestamp_secs())
        })
        .collect();
    Ok(SegmentValues { rows, dates })
}
