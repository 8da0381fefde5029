//! A collector of every matching document's address, in index order: what
//! exports stream. Eight bytes per match, so a million matches cost 8 MB.

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

pub struct AllAddresses;

pub struct SegmentAddresses {
    segment: SegmentOrdinal,
    docs: Vec<DocId>,
}

impl Collector for AllAddresses {
    type Fruit = Vec<DocAddress>;
    type Child = SegmentAddresses;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        _reader: &SegmentReader,
    ) -> tantivy::Result<SegmentAddresses> {
        Ok(SegmentAddresses {
            segment,
            docs: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<DocAddress>>) -> tantivy::Result<Vec<DocAddress>> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl SegmentCollector for SegmentAddresses {
    type Fruit = Vec<DocAddress>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.docs.push(doc);
    }

    fn harvest(self) -> Vec<DocAddress> {
        let segment = self.segment;
        self.docs
            .into_iter()
            .map(|doc| DocAddress::new(segment, doc))
            .collect()
    }
}
