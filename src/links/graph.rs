//! The resolved links of a whole archive: which act cites, supplements,
//! amends or repeals which.
//!
//! Owns: [`LinkGraph`], built once per ingest from every act's text
//! ([`LinkGraph::build`]) and queried by act page, search and exports.
//! Must not touch the index or HTTP; it resolves through [`ActLookup`].

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::{find_references_except, merge, resolve, ActLookup, Relation};
use crate::model::{Act, ActId, ActType};

/// One resolved citation: `from`'s text refers to `to`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub from: ActId,
    pub to: ActId,
    pub relation: Relation,
    /// The citation as written.
    pub raw: String,
    /// The sentence it was found in, so a reader can check the relation.
    pub sentence: String,
}

/// Every resolved link, sorted by (from, to).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkGraph {
    pub links: Vec<Link>,
}

/// Register rows of contracts and notices cite nothing a reader follows;
/// reading their text would only cost time at scale.
fn may_cite(act_type: ActType) -> bool {
    !matches!(act_type, ActType::Kontrate | ActType::NjoftimPerKontrate)
}

impl LinkGraph {
    /// Reads the references of every act and keeps those that resolve to
    /// another act of the archive.
    pub fn build<'a>(
        acts: impl IntoIterator<Item = &'a Act>,
        lookup: &impl ActLookup,
    ) -> LinkGraph {
        let mut links = Vec::new();
        for act in acts.into_iter().filter(|a| may_cite(a.act_type)) {
            let refs = merge(find_references_except(&act.text, act.number.as_deref()));
            let mut seen = BTreeMap::new();
            for reference in refs.iter().filter(|r| !r.external) {
                let Some(to) = resolve(reference, lookup).filter(|to| *to != act.id) else {
                    continue;
                };
                // Two spellings of one target: keep the strongest relation.
                let link = Link {
                    from: act.id.clone(),
                    to: to.clone(),
                    relation: reference.relation,
                    raw: reference.raw.clone(),
                    sentence: reference.sentence.clone(),
                };
                match seen.get(&to) {
                    Some(Link { relation, .. }) if *relation >= link.relation => {}
                    _ => {
                        seen.insert(to, link);
                    }
                }
            }
            links.extend(seen.into_values());
        }
        links.sort_by(|a, b| (&a.from, &a.to).cmp(&(&b.from, &b.to)));
        LinkGraph { links }
    }

    /// What `id` refers to.
    pub fn outgoing<'a>(&'a self, id: &'a ActId) -> impl Iterator<Item = &'a Link> + 'a {
        self.links.iter().filter(move |l| &l.from == id)
    }

    /// What refers to `id`.
    pub fn incoming<'a>(&'a self, id: &'a ActId) -> impl Iterator<Item = &'a Link> + 'a {
        self.links.iter().filter(move |l| &l.to == id)
    }

    /// The act that repeals `id`, if any.
    pub fn repealed_by<'a>(&'a self, id: &'a ActId) -> Option<&'a Link> {
        self.incoming(id).find(|l| l.relation == Relation::Repeals)
    }

    /// Every repealed act: no longer in force.
    pub fn repealed(&self) -> BTreeSet<ActId> {
        self.links
            .iter()
            .filter(|l| l.relation == Relation::Repeals)
            .map(|l| l.to.clone())
            .collect()
    }
}
