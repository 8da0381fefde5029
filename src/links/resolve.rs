//! Resolving a [`Reference`] to an archived act.
//!
//! Rules, in order; an ambiguous answer is `None`, never a guess:
//! 1. External references (laws, the statute, Government acts) resolve to nothing.
//! 2. With a number: the acts whose number agrees ([`numbers_agree`], on the
//!    keys of [`crate::index::ident`], so `01 Nr. 016-11402/16`,
//!    `01-016-11402/16` and `Nr. 016-11402/16` meet) and whose type and date
//!    do not contradict the reference. Exactly one act wins.
//! 3. Without a number that matched, with a type and a date: the acts of that
//!    type and date; one is it, several are told apart by the words of the
//!    cited title, and only a single best overlap wins. When a number was
//!    cited but matched nothing, a date match must also share title words.
//!
//! [`ActLookup`] is how acts are found: [`Archive`] implements it over the
//! index, [`MemoryLookup`] over a list (for tests and callers that hold acts).
//! This module reads the index; it never writes it.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use tantivy::collector::DocSetCollector;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::Term;

use crate::analysis::fold;
use crate::index::ident;
use crate::index::schema::to_datetime;
use crate::index::Archive;
use crate::model::{Act, ActId, ActType};

use super::Reference;

/// Most acts a lookup returns; a citation that matches more is ambiguous anyway.
const MAX_CANDIDATES: usize = 50;

/// An act as resolution needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub id: ActId,
    pub act_type: ActType,
    pub number: Option<String>,
    pub date: Option<NaiveDate>,
    pub title: String,
}

impl Candidate {
    pub fn of(act: &Act) -> Candidate {
        Candidate {
            id: act.id.clone(),
            act_type: act.act_type,
            number: act.number.clone(),
            date: act.date,
            title: act.title.clone(),
        }
    }
}

/// Finds acts for resolution.
pub trait ActLookup {
    /// Acts filed under any lookup key of `number` (a superset: resolution
    /// checks that the numbers agree).
    fn by_number(&self, number: &str) -> Vec<Candidate>;
    /// Acts of `act_type` dated `date`.
    fn by_date(&self, act_type: ActType, date: NaiveDate) -> Vec<Candidate>;
}

/// Acts held in memory, indexed by every lookup key of their numbers and
/// by type and date, so resolving all of an archive's references costs
/// one lookup each rather than a pass over every act.
#[derive(Debug, Clone, Default)]
pub struct MemoryLookup {
    acts: Vec<Candidate>,
    by_key: HashMap<String, Vec<usize>>,
    by_day: HashMap<(ActType, NaiveDate), Vec<usize>>,
}

impl MemoryLookup {
    pub fn of(acts: &[Act]) -> MemoryLookup {
        MemoryLookup::from_candidates(acts.iter().map(Candidate::of).collect())
    }

    pub fn from_candidates(acts: Vec<Candidate>) -> MemoryLookup {
        let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_day: HashMap<(ActType, NaiveDate), Vec<usize>> = HashMap::new();
        for (at, act) in acts.iter().enumerate() {
            for key in act.number.as_deref().map(ident::keys).unwrap_or_default() {
                let list = by_key.entry(key).or_default();
                // `keys` may give one key twice only in a row.
                if list.last() != Some(&at) {
                    list.push(at);
                }
            }
            if let Some(date) = act.date {
                by_day.entry((act.act_type, date)).or_default().push(at);
            }
        }
        MemoryLookup {
            acts,
            by_key,
            by_day,
        }
    }

    pub fn candidates(&self) -> &[Candidate] {
        &self.acts
    }

    /// The first [`MAX_CANDIDATES`] of `positions`, in the acts' order.
    fn take(&self, mut positions: Vec<usize>) -> Vec<Candidate> {
        positions.sort_unstable();
        positions.dedup();
        positions
            .into_iter()
            .take(MAX_CANDIDATES)
            .map(|at| self.acts[at].clone())
            .collect()
    }
}

impl ActLookup for MemoryLookup {
    fn by_number(&self, number: &str) -> Vec<Candidate> {
        let positions = ident::keys(number)
            .iter()
            .filter_map(|k| self.by_key.get(k))
            .flatten()
            .copied()
            .collect();
        self.take(positions)
    }

    fn by_date(&self, act_type: ActType, date: NaiveDate) -> Vec<Candidate> {
        let positions = self
            .by_day
            .get(&(act_type, date))
            .cloned()
            .unwrap_or_default();
        self.take(positions)
    }
}

impl ActLookup for Archive {
    fn by_number(&self, number: &str) -> Vec<Candidate> {
        let mut out: Vec<Candidate> = Vec::new();
        for key in ident::keys(number) {
            // An index error is "not found" here: resolution never guesses.
            for act in self
                .find(self.fields.ident, &key, MAX_CANDIDATES)
                .unwrap_or_default()
            {
                if !out.iter().any(|c| c.id == act.id) {
                    out.push(Candidate::of(&act));
                }
            }
            if out.len() >= MAX_CANDIDATES {
                break;
            }
        }
        out
    }

    fn by_date(&self, act_type: ActType, date: NaiveDate) -> Vec<Candidate> {
        let of_type: Box<dyn Query> = Box::new(TermQuery::new(
            Term::from_field_text(self.fields.act_type, act_type.slug()),
            IndexRecordOption::Basic,
        ));
        let on_date: Box<dyn Query> = Box::new(TermQuery::new(
            Term::from_field_date(self.fields.date, to_datetime(date)),
            IndexRecordOption::Basic,
        ));
        let query = BooleanQuery::new(vec![(Occur::Must, of_type), (Occur::Must, on_date)]);
        let searcher = self.reader.searcher();
        let Ok(addresses) = searcher.search(&query, &DocSetCollector) else {
            return Vec::new();
        };
        addresses
            .into_iter()
            .take(MAX_CANDIDATES)
            .filter_map(|a| self.load(&searcher, a).ok())
            .map(|act| Candidate::of(&act))
            .collect()
    }
}

/// The archived act `reference` points at, if exactly one fits.
pub fn resolve(reference: &Reference, lookup: &impl ActLookup) -> Option<ActId> {
    if reference.external {
        return None;
    }
    let fits = |c: &Candidate| {
        reference.act_type.is_none_or(|t| t == c.act_type)
            && match (reference.date, c.date) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
    };
    if let Some(number) = &reference.number {
        let found: Vec<Candidate> = lookup
            .by_number(number)
            .into_iter()
            .filter(|c| {
                c.number
                    .as_deref()
                    .is_some_and(|n| numbers_agree(number, n))
            })
            .filter(fits)
            .collect();
        match unique(found.iter().map(|c| &c.id)) {
            Unique::One(id) => return Some(id.clone()),
            Unique::Many => return None,
            Unique::None => {}
        }
    }
    let (Some(t), Some(date)) = (reference.act_type, reference.date) else {
        return None;
    };
    let found = lookup.by_date(t, date);
    let cited = title_words(reference.title_words.as_deref().unwrap_or(""));
    let need_words = reference.number.is_some() || found.len() > 1;
    if !need_words {
        return match unique(found.iter().map(|c| &c.id)) {
            Unique::One(id) => Some(id.clone()),
            _ => None,
        };
    }
    if cited.is_empty() {
        return None;
    }
    let scored: Vec<(usize, &Candidate)> = found
        .iter()
        .map(|c| (title_words(&c.title).intersection(&cited).count(), c))
        .filter(|(s, _)| *s > 0)
        .collect();
    let best = scored.iter().map(|(s, _)| *s).max()?;
    let winners = scored
        .iter()
        .filter(|(s, _)| *s == best)
        .map(|(_, c)| &c.id);
    match unique(winners) {
        Unique::One(id) => Some(id.clone()),
        _ => None,
    }
}

enum Unique<'a> {
    None,
    One(&'a ActId),
    Many,
}

fn unique<'a>(ids: impl Iterator<Item = &'a ActId>) -> Unique<'a> {
    let mut seen: Option<&ActId> = None;
    for id in ids {
        match seen {
            None => seen = Some(id),
            Some(s) if s == id => {}
            Some(_) => return Unique::Many,
        }
    }
    seen.map_or(Unique::None, Unique::One)
}

/// The words of a title that tell acts apart: folded, four letters or more,
/// not the words every title has.
fn title_words(title: &str) -> BTreeSet<String> {
    const COMMON: &[&str] = &[
        "vendim",
        "vendimi",
        "vendimit",
        "rregullore",
        "rregullores",
        "komunes",
        "komunen",
        "gjilanit",
        "kuvendit",
        "kryetarit",
        "ndryshimin",
        "plotesimin",
        "shfuqizimin",
        "caktimin",
        "dates",
        "vitin",
        "per",
    ];
    fold(title)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4 && !COMMON.contains(w))
        .map(str::to_string)
        .collect()
}

/// The parts of a number without its label: (`before`, `after`), e.g.
/// `01 Nr. 016-11402/16` → (`01`, `0161140216`), `016-11402/16` → (``, `0161140216`).
pub(super) fn split_number(raw: &str) -> (String, String) {
    const LABEL: &[&str] = &["nr", "no", "numri", "prot", "protokollit"];
    let folded = fold(raw);
    let parts: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .collect();
    match parts.iter().rposition(|p| LABEL.contains(p)) {
        Some(i) => (parts[..i].concat(), parts[i + 1..].concat()),
        None => (String::new(), parts.concat()),
    }
}

/// Whether two act numbers name the same act: equal once labels, spaces and
/// separators are dropped (`01 Nr. 016-11402/16` = `01-016-11402/16`), or
/// one leaves out the office prefix the other has (`Nr. 016-11402/16`).
/// Two different prefixes (`01 Nr. …`, `02 Nr. …`) never agree.
pub fn numbers_agree(a: &str, b: &str) -> bool {
    parts_agree(&split_number(a), &split_number(b))
}

/// [`numbers_agree`] on numbers already split by [`split_number`].
pub(super) fn parts_agree((pa, ta): &(String, String), (pb, tb): &(String, String)) -> bool {
    if ta.is_empty() || tb.is_empty() {
        return false;
    }
    let whole_a = format!("{pa}{ta}");
    let whole_b = format!("{pb}{tb}");
    whole_a == whole_b || ((pa.is_empty() || pb.is_empty()) && ta == tb)
}
