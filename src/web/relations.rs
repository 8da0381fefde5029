//! What the act page and `/api/acts/{id}` add to an act: the acts it cites
//! and those that cite, supplement, amend or repeal it (from
//! `derived.links`), whether it is still in force, and the sessions it
//! belongs to.
//!
//! Owns: [`ActContext`] and the act's JSON envelope [`ActJson`] — the act's
//! own fields stay exactly the model's (and the exports'); these are extra
//! fields beside them. Must not change the model or read act text.

use serde::Serialize;

use crate::derived::Derived;
use crate::index::{Archive, IndexError};
use crate::links::{Link, Relation};
use crate::model::{Act, ActId};
use crate::sessions::record::SessionId;

/// Another act at the end of a link.
#[derive(Debug, Clone, Serialize)]
pub struct LinkedAct {
    pub id: ActId,
    pub title: String,
    pub relation: Relation,
    /// The sentence the citation was read from.
    pub sentence: String,
    pub url: String,
}

/// A session the act belongs to.
#[derive(Debug, Clone)]
pub struct SessionRef {
    pub id: SessionId,
    pub heading: String,
    pub date: chrono::NaiveDate,
}

#[derive(Debug, Clone, Default)]
pub struct ActContext {
    /// What the act cites, with the relation.
    pub cites: Vec<LinkedAct>,
    /// What cites it, with the relation.
    pub cited_by: Vec<LinkedAct>,
    pub repealed_by: Option<LinkedAct>,
    pub sessions: Vec<SessionRef>,
}

impl ActContext {
    /// Reads the titles of the linked acts from the archive (blocking).
    pub fn of(archive: &Archive, derived: &Derived, id: &ActId) -> Result<ActContext, IndexError> {
        let linked = |link: &Link, other: &ActId| -> Result<LinkedAct, IndexError> {
            let title = match archive.get(other)? {
                Some(act) if !act.title.trim().is_empty() => act.title,
                Some(act) => act.act_type.label().to_string(),
                None => format!("Akti {other}"),
            };
            Ok(LinkedAct {
                id: other.clone(),
                title,
                relation: link.relation,
                sentence: link.sentence.clone(),
                url: format!("/acts/{other}"),
            })
        };
        let cites = derived
            .links
            .outgoing(id)
            .map(|l| linked(l, &l.to))
            .collect::<Result<Vec<_>, _>>()?;
        let cited_by = derived
            .links
            .incoming(id)
            .map(|l| linked(l, &l.from))
            .collect::<Result<Vec<_>, _>>()?;
        let repealed_by = cited_by
            .iter()
            .find(|l| l.relation == Relation::Repeals)
            .cloned();
        let sessions = derived
            .sessions_of(id)
            .map(|s| SessionRef {
                id: s.id.clone(),
                heading: s.heading(),
                date: s.date,
            })
            .collect();
        Ok(ActContext {
            cites,
            cited_by,
            repealed_by,
            sessions,
        })
    }

    /// Acts citing this one with `relation`.
    pub fn incoming(&self, relation: Relation) -> Vec<&LinkedAct> {
        self.cited_by
            .iter()
            .filter(|l| l.relation == relation)
            .collect()
    }
}

/// `/api/acts/{id}`: every field of the act, plus its links, whether it is
/// in force and its sessions.
#[derive(Debug, Serialize)]
pub struct ActJson {
    #[serde(flatten)]
    pub act: Act,
    pub links: LinksJson,
    /// False once another act of the archive repeals it.
    pub in_force: bool,
    pub sessions: Vec<SessionId>,
}

#[derive(Debug, Serialize)]
pub struct LinksJson {
    pub cites: Vec<LinkedAct>,
    pub cited_by: Vec<LinkedAct>,
}

impl ActJson {
    pub fn new(act: Act, context: ActContext) -> ActJson {
        ActJson {
            act,
            in_force: context.repealed_by.is_none(),
            sessions: context.sessions.into_iter().map(|s| s.id).collect(),
            links: LinksJson {
                cites: context.cites,
                cited_by: context.cited_by,
            },
        }
    }
}
