//! The acts no longer in force, and leaving them out of a search.
//!
//! Thousands of acts can be repealed in a large archive; a query clause
//! excluding each id cost a walk of the whole id dictionary per search
//! (tens of milliseconds at 100,000 acts). Instead each index segment's
//! repealed documents are found once, kept as a bit set beside the ids
//! (segments never change, so a set stays right until the ids do), and
//! [`Excluding`] skips them while collecting.
//!
//! Owns that exclusion; which acts are repealed is `links`' finding.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::index::SegmentId;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{BitSet, DocId, DocSet, Score, SegmentOrdinal, SegmentReader, Term, TERMINATED};

use crate::model::ActId;

/// The repealed acts' ids, with their documents per segment found on demand.
#[derive(Debug, Default)]
pub struct Repealed {
    ids: BTreeSet<ActId>,
    docs: Mutex<HashMap<SegmentId, Arc<BitSet>>>,
}

impl Repealed {
    pub fn new(ids: BTreeSet<ActId>) -> Repealed {
        Repealed {
            ids,
            docs: Mutex::default(),
        }
    }

    pub fn contains(&self, id: &ActId) -> bool {
        self.ids.contains(id)
    }

    pub fn ids(&self) -> &BTreeSet<ActId> {
        &self.ids
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The documents of `segment` whose id field holds a repealed id.
    fn docs_of(&self, id_field: Field, segment: &SegmentReader) -> tantivy::Result<Arc<BitSet>> {
        let key = segment.segment_id();
        if let Some(found) = self.lock().get(&key) {
            return Ok(found.clone());
        }
        let mut docs = BitSet::with_max_value(segment.max_doc());
        let inverted = segment.inverted_index(id_field)?;
        for id in &self.ids {
            let term = Term::from_field_text(id_field, id.as_str());
            if let Some(mut postings) = inverted.read_postings(&term, IndexRecordOption::Basic)? {
                let mut doc = postings.doc();
                while doc != TERMINATED {
                    docs.insert(doc);
                    doc = postings.advance();
                }
            }
        }
        let docs = Arc::new(docs);
        self.lock().insert(key, docs.clone());
        Ok(docs)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<SegmentId, Arc<BitSet>>> {
        self.docs.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl From<BTreeSet<ActId>> for Repealed {
    fn from(ids: BTreeSet<ActId>) -> Repealed {
        Repealed::new(ids)
    }
}

/// `inner`, without the repealed documents when `repealed` is given.
pub struct Excluding<C> {
    pub inner: C,
    pub repealed: Option<Arc<Repealed>>,
    pub id_field: Field,
}

pub struct ExcludingSegment<S> {
    inner: S,
    skip: Option<Arc<BitSet>>,
}

impl<C: Collector> Collector for Excluding<C> {
    type Fruit = C::Fruit;
    type Child = ExcludingSegment<C::Child>;

    fn for_segment(
        &self,
        segment_local_id: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        let skip = match &self.repealed {
            Some(repealed) if !repealed.is_empty() => {
                Some(repealed.docs_of(self.id_field, segment)?)
            }
            _ => None,
        };
        Ok(ExcludingSegment {
            inner: self.inner.for_segment(segment_local_id, segment)?,
            skip,
        })
    }

    fn requires_scoring(&self) -> bool {
        self.inner.requires_scoring()
    }

    fn merge_fruits(
        &self,
        fruits: Vec<<C::Child as SegmentCollector>::Fruit>,
    ) -> tantivy::Result<Self::Fruit> {
        self.inner.merge_fruits(fruits)
    }
}

impl<S: SegmentCollector> SegmentCollector for ExcludingSegment<S> {
    type Fruit = S::Fruit;

    fn collect(&mut self, doc: DocId, score: Score) {
        if self.skip.as_ref().is_some_and(|skip| skip.contains(doc)) {
            return;
        }
        self.inner.collect(doc, score);
    }

    fn harvest(self) -> Self::Fruit {
        self.inner.harvest()
    }
}
