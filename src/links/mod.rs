//! Links between acts: the citations one act's text makes to others, what
//! each citation does (amends, supplements, repeals or merely cites), and
//! which archived act it points at.
//!
//! This module owns reading references out of running text ([`find`]),
//! classifying them from the words around them ([`relation`]) and resolving
//! them to acts through a small lookup trait ([`resolve`]), and the graph
//! of a whole archive's resolved links ([`graph`]), which `crate::derived`
//! builds after every ingest. It is pure and synchronous: it does not write
//! to the index, change the model or know about ingest or the web.
//!
//! Relations serialize in ASCII (`ndryshon`, `ploteson`, `shfuqizon`,
//! `citon`) so they are safe in URLs, CSV headers and filters; the Albanian
//! label with diacritics is [`Relation::label`].

pub mod find;
pub mod graph;
pub mod relation;
pub mod resolve;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::ActType;

pub use find::{find_references, find_references_except};
pub use graph::{Link, LinkGraph};
pub use resolve::{resolve, ActLookup, Candidate, MemoryLookup};

/// What a citing act does to the act it cites.
///
/// Ordered from weakest to strongest, so that the strongest relation of an
/// act towards a target (an amending decision also *cites* its target in
/// the clause that keeps the rest in force) is the maximum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Relation {
    #[serde(rename = "citon")]
    Cites,
    #[serde(rename = "ploteson")]
    Supplements,
    #[serde(rename = "ndryshon")]
    Amends,
    #[serde(rename = "shfuqizon")]
    Repeals,
}

impl Relation {
    /// The machine form, as serialized.
    pub fn slug(self) -> &'static str {
        match self {
            Relation::Cites => "citon",
            Relation::Supplements => "ploteson",
            Relation::Amends => "ndryshon",
            Relation::Repeals => "shfuqizon",
        }
    }

    /// The Albanian verb a reader sees.
    pub fn label(self) -> &'static str {
        match self {
            Relation::Cites => "citon",
            Relation::Supplements => "plotëson",
            Relation::Amends => "ndryshon",
            Relation::Repeals => "shfuqizon",
        }
    }
}

/// One citation of an act found in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    /// The cited span as written ("Vendimit 01 Nr. 016-2041/21 të datës 30.09.2021").
    pub raw: String,
    /// The cited act's type, for acts a municipality issues (decisions,
    /// regulations); `None` for laws, the statute and other outside acts.
    pub act_type: Option<ActType>,
    /// The cited number as written ("01 Nr. 016-2041/21", "03/L-040").
    pub number: Option<String>,
    pub date: Option<NaiveDate>,
    /// The title as cited, from its "për …" ("për caktimin e shkallës së tatimit …").
    pub title_words: Option<String>,
    pub relation: Relation,
    /// True for acts outside the municipality's archive: laws, the statute,
    /// administrative instructions, acts of the Government or a ministry.
    /// Resolution skips them.
    pub external: bool,
    /// The sentence the citation was found in, so a reader can check it.
    pub sentence: String,
}

/// One reference per cited act: references to the same number (or, without
/// a number, the same type and date, or a title that begins the numbered
/// reference's title) are merged, keeping the first one's
/// span and the strongest relation with its sentence. An amending decision
/// names its target in the title, in each changed article and in the clause
/// that keeps the rest in force; as a link that is one "amends".
pub fn merge(refs: Vec<Reference>) -> Vec<Reference> {
    let mut out: Vec<Reference> = Vec::new();
    // Numbers split once: merging is quadratic in the references of a text.
    let mut parts: Vec<Option<(String, String)>> = Vec::new();
    for r in refs {
        let split = r.number.as_deref().map(resolve::split_number);
        let same = out
            .iter()
            .zip(&parts)
            .position(|(o, op)| same_target(o, op.as_ref(), &r, split.as_ref()));
        match same.and_then(|k| out.get_mut(k)) {
            Some(o) => {
                if r.relation > o.relation {
                    o.relation = r.relation;
                    o.sentence = r.sentence.clone();
                }
                if o.date.is_none() {
                    o.date = r.date;
                }
                if o.title_words.is_none() {
                    o.title_words = r.title_words.clone();
                }
            }
            None => {
                out.push(r);
                parts.push(split);
            }
        }
    }
    out
}

fn same_target(
    a: &Reference,
    a_parts: Option<&(String, String)>,
    b: &Reference,
    b_parts: Option<&(String, String)>,
) -> bool {
    if a.external != b.external || a.act_type != b.act_type {
        return false;
    }
    match (&a.number, &b.number) {
        (Some(_), Some(_)) => match (a_parts, b_parts) {
            (Some(x), Some(y)) => resolve::parts_agree(x, y),
            _ => false,
        },
        // "vendimit të datës 30.09.2021" after "Vendimit 01 Nr. 016-2041/21
        // të datës 30.09.2021": the same act when the dates agree.
        (Some(_), None) | (None, Some(_)) => {
            let (numbered, bare) = if a.number.is_some() { (a, b) } else { (b, a) };
            if bare.date.is_some() {
                return bare.date == numbered.date;
            }
            // "Rregullores për ndarjen e bursave" after "Rregullores 01 Nr.
            // 016-8123/19 … për ndarjen e bursave për studentët": the same
            // act when the bare title begins the numbered one's.
            match (&numbered.title_words, &bare.title_words) {
                (Some(full), Some(short)) => {
                    let (full, short) = (crate::analysis::fold(full), crate::analysis::fold(short));
                    short.split_whitespace().count() >= 3 && full.starts_with(&short)
                }
                _ => false,
            }
        }
        (None, None) => a.date.is_some() && a.date == b.date,
    }
}

#[cfg(test)]
mod tests;
