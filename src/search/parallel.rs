//! One search on every core: large segments are cut into ranges of
//! documents, and the ranges are collected side by side.
//!
//! tantivy's own executor spreads whole segments over threads, which does
//! nothing for an archive merged into one large segment (the usual shape
//! after a bulk ingest). A scorer can skip to any document, so a segment
//! can be read as independent ranges; each range has its own segment
//! collector, and the collector's `merge_fruits` joins them as it joins
//! segments. Owns nothing else: what is collected is the caller's business.

use std::ops::Range;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::query::{EnableScoring, Query, Weight};
use tantivy::{DocId, DocSet, Searcher, SegmentOrdinal, SegmentReader, TERMINATED};

/// Segments with fewer documents are collected whole: below this, starting
/// a thread costs more than it saves.
const SPLIT_MIN_DOCS: u32 = 1 << 16;

/// `searcher.search(query, collector)`, with each large segment collected
/// in as many ranges as the machine has cores. Same fruit, in less time.
pub(crate) fn search<C: Collector>(
    searcher: &Searcher,
    query: &dyn Query,
    collector: &C,
) -> tantivy::Result<C::Fruit> {
    search_in(searcher, query, collector, *THREADS, SPLIT_MIN_DOCS)
}

/// The machine's cores, asked once: on Linux the answer reads the cgroup
/// files, about 23 µs, which is 2% of a search.
static THREADS: std::sync::LazyLock<usize> =
    std::sync::LazyLock::new(|| std::thread::available_parallelism().map_or(1, |n| n.get()));

/// [`search`] on `threads` threads, cutting segments of `split_min` or
/// more documents.
fn search_in<C: Collector>(
    searcher: &Searcher,
    query: &dyn Query,
    collector: &C,
    threads: usize,
    split_min: DocId,
) -> tantivy::Result<C::Fruit> {
    let parts = parts(searcher, threads, split_min);
    if threads < 2 || parts.len() < 2 {
        return searcher.search(query, collector);
    }
    let scoring = if collector.requires_scoring() {
        EnableScoring::enabled_from_searcher(searcher)
    } else {
        EnableScoring::disabled_from_searcher(searcher)
    };
    let weight = query.weight(scoring)?;
    let weight = &*weight;
    let lanes = lanes(parts, threads);
    let fruits = std::thread::scope(|scope| {
        let mut lanes = lanes.into_iter();
        let mine = lanes.next().unwrap_or_default();
        let others: Vec<_> = lanes
            .map(|lane| scope.spawn(move || collect_lane(searcher, weight, collector, lane)))
            .collect();
        let mut fruits = collect_lane(searcher, weight, collector, mine)?;
        for other in others {
            let theirs = other.join().map_err(|_| {
                tantivy::TantivyError::InternalError("a search thread panicked".into())
            })?;
            fruits.extend(theirs?);
        }
        Ok::<_, tantivy::TantivyError>(fruits)
    })?;
    collector.merge_fruits(fruits)
}

/// A range of one segment's documents.
#[derive(Debug, Clone)]
struct Part {
    segment: SegmentOrdinal,
    docs: Range<DocId>,
    /// The whole segment: tantivy's own loop (with its fast paths) reads it.
    whole: bool,
}

/// Every segment, those of `split_min` documents or more cut into
/// `threads` equal ranges.
fn parts(searcher: &Searcher, threads: usize, split_min: DocId) -> Vec<Part> {
    let mut parts = Vec::new();
    for (ord, reader) in searcher.segment_readers().iter().enumerate() {
        let max = reader.max_doc();
        let pieces = if max >= split_min { threads as u32 } else { 1 };
        let step = max.div_ceil(pieces).max(1);
        for start in (0..max).step_by(step as usize) {
            parts.push(Part {
                segment: ord as SegmentOrdinal,
                docs: start..(start + step).min(max),
                whole: pieces == 1,
            });
        }
    }
    parts
}

/// The parts dealt to `threads` lanes, largest first, each to the lane with
/// the fewest documents so far.
fn lanes(mut parts: Vec<Part>, threads: usize) -> Vec<Vec<Part>> {
    parts.sort_by_key(|p| std::cmp::Reverse(p.docs.len()));
    let mut lanes: Vec<(usize, Vec<Part>)> = vec![(0, Vec::new()); threads];
    for part in parts {
        let lane = lanes
            .iter_mut()
            .min_by_key(|(docs, _)| *docs)
            .expect("at least one lane");
        lane.0 += part.docs.len();
        lane.1.push(part);
    }
    lanes.into_iter().map(|(_, parts)| parts).collect()
}

type Fruit<C> = <<C as Collector>::Child as SegmentCollector>::Fruit;

fn collect_lane<C: Collector>(
    searcher: &Searcher,
    weight: &dyn Weight,
    collector: &C,
    lane: Vec<Part>,
) -> tantivy::Result<Vec<Fruit<C>>> {
    lane.into_iter()
        .map(|part| {
            let reader = searcher.segment_reader(part.segment);
            if part.whole {
                collector.collect_segment(weight, part.segment, reader)
            } else {
                collect_range(weight, collector, &part, reader)
            }
        })
        .collect()
}

/// The documents of `part.docs` that match, through a fresh segment
/// collector; deleted documents are left out as tantivy leaves them out.
fn collect_range<C: Collector>(
    weight: &dyn Weight,
    collector: &C,
    part: &Part,
    reader: &SegmentReader,
) -> tantivy::Result<Fruit<C>> {
    let mut child = collector.for_segment(part.segment, reader)?;
    let mut scorer = weight.scorer(reader, 1.0)?;
    let scoring = collector.requires_scoring();
    let alive = reader.alive_bitset();
    let mut doc = match scorer.doc() {
        doc if doc < part.docs.start => scorer.seek(part.docs.start),
        doc => doc,
    };
    while doc != TERMINATED && doc < part.docs.end {
        if alive.is_none_or(|a| a.is_alive(doc)) {
            let score = if scoring { scorer.score() } else { 0.0 };
            child.collect(doc, score);
        }
        doc = scorer.advance();
    }
    Ok(child.harvest())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::Archive;
    use crate::model::{Act, ActId, ActType};
    use crate::search::facets::{FacetCollector, FacetFilter};
    use tantivy::collector::TopDocs;
    use tantivy::query::QueryParser;

    fn part(docs: Range<DocId>) -> Part {
        Part {
            segment: 0,
            docs,
            whole: false,
        }
    }

    #[test]
    fn lanes_are_dealt_largest_first_to_the_emptiest() {
        let parts = vec![part(0..200), part(0..500), part(500..1000), part(0..300)];
        let sizes: Vec<usize> = lanes(parts, 2)
            .iter()
            .map(|lane| lane.iter().map(|p| p.docs.len()).sum())
            .collect();
        assert_eq!(sizes, [800, 700]);
    }

    /// An archive of `n` acts in one segment, a tenth of them deleted,
    /// with words, types and years spread unevenly over the documents.
    fn archive(n: usize) -> Archive {
        let archive = Archive::in_memory().unwrap();
        let mut writer = archive.writer().unwrap();
        let types = [ActType::Vendim, ActType::Kontrate, ActType::Rregullore];
        for i in 0..n {
            let mut act = Act::blank(ActId::from_key(&[&i.to_string()]), types[i % 3]);
            let words = ["rruga", "shkolla", "buxheti", "uji"];
            act.title = format!("Vendim {} {}", words[i % 4], words[i * i % 4]);
            act.text = format!("{} e {} nr {}", words[i % 3], words[(i / 7) % 4], i % 13);
            act.date = chrono::NaiveDate::from_ymd_opt(2015 + (i % 9) as i32, 1, 1);
            writer
                .add_document(archive.fields.to_document(&act))
                .unwrap();
        }
        writer.commit().unwrap();
        let segments = archive.index.searchable_segment_ids().unwrap();
        writer.merge(&segments).wait().unwrap();
        for i in (0..n).step_by(10) {
            let id = ActId::from_key(&[&i.to_string()]);
            writer.delete_term(tantivy::Term::from_field_text(
                archive.fields.id,
                id.as_str(),
            ));
        }
        writer.commit().unwrap();
        archive.reader.reload().unwrap();
        archive
    }

    #[test]
    fn ranges_collect_what_the_whole_segment_collects() {
        let archive = archive(1000);
        let searcher = archive.reader.searcher();
        assert_eq!(searcher.segment_readers().len(), 1);
        let parser = QueryParser::for_index(&archive.index, vec![archive.fields.text_family]);
        for text in ["rruga", "shkolla OR uji", "buxheti AND rruga", "*"] {
            let query = parser.parse_query(text).unwrap();
            let collector = FacetCollector::new(
                FacetFilter::default(),
                TopDocs::with_limit(50).order_by_score(),
            );
            let whole = searcher.search(&*query, &collector).unwrap();
            for threads in [2, 3, 7] {
                let split = search_in(&searcher, &*query, &collector, threads, 10).unwrap();
                assert_eq!(split.facets, whole.facets, "{text} on {threads} threads");
                assert_eq!(split.total, whole.total, "{text} on {threads} threads");
                assert_eq!(split.inner, whole.inner, "{text} on {threads} threads");
            }
            assert!(whole.total > 0, "{text} matches something");
        }
    }
}
