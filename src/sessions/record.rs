//! A session of the Municipal Assembly or one of its committees as arkiva
//! stores and serves it: identity (municipality, date, body, ordinal, kind),
//! agenda items with outcome, votes and speaker turns, the documents that
//! belong to it and its recordings.
//!
//! Owns: the record types, whose serde form *is* the API shape of
//! `/api/sessions/{id}` and the source of the votes dataset, and
//! [`SessionId`]. Must not read text (that is [`super::identity`],
//! [`super::agenda`], [`super::votes`]) or touch the index or HTTP.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::turns::Turn;
use super::{Outcome, Votes};
use crate::model::{ActId, ActType};

/// A readable, stable id: `gjilan-2019-07-04-kuvendi`,
/// `gjilan-2025-07-17-komiteti-per-komunitete`. Made of what identifies a
/// session, never a counter, so a permalink survives re-ingesting.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SessionId(String);

/// Longest id accepted from a user (a committee's full name fits well within).
const MAX_ID_LEN: usize = 160;

impl SessionId {
    pub fn new(municipality: &str, date: NaiveDate, body: &str) -> SessionId {
        SessionId(format!("{}-{date}-{}", slug(municipality), slug(body)))
    }

    /// Accepts an id typed in a URL: lowercase ASCII letters, digits and
    /// single hyphens only, so it can never name a path or inject markup.
    pub fn parse(raw: &str) -> Option<SessionId> {
        let ok = !raw.is_empty()
            && raw.len() <= MAX_ID_LEN
            && raw
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        ok.then(|| SessionId(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SessionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Folded, lowercase ASCII words joined by single hyphens.
pub fn slug(s: &str) -> String {
    let folded = crate::analysis::fold(s);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.join("-")
}

/// Regular or extraordinary; serde names are the API values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SessionKind {
    #[serde(rename = "e_rregullt")]
    Rregullt,
    #[serde(rename = "e_jashtezakonshme")]
    Jashtezakonshme,
    /// A formal session (the oath of a new Assembly, a commemoration).
    #[serde(rename = "solemne")]
    Solemne,
}

impl SessionKind {
    pub fn slug(self) -> &'static str {
        match self {
            SessionKind::Rregullt => "e_rregullt",
            SessionKind::Jashtezakonshme => "e_jashtezakonshme",
            SessionKind::Solemne => "solemne",
        }
    }

    /// The Albanian words a reader sees ("mbledhja e 5-të *e rregullt*").
    pub fn label(self) -> &'static str {
        match self {
            SessionKind::Rregullt => "e rregullt",
            SessionKind::Jashtezakonshme => "e jashtëzakonshme",
            SessionKind::Solemne => "solemne",
        }
    }

    /// Reads a kind as minutes and registers write it.
    pub fn from_words(raw: &str) -> Option<SessionKind> {
        let k = crate::analysis::fold(raw);
        if k.contains("jashtezakonshm") || k.contains("extraordinary") || k.contains("vanredn") {
            Some(SessionKind::Jashtezakonshme)
        } else if k.contains("solemn") || k.contains("svecan") || k.contains("konstituiv") {
            Some(SessionKind::Solemne)
        } else if k.contains("rregullt") || k.contains("regular") || k.contains("redovn") {
            Some(SessionKind::Rregullt)
        } else {
            None
        }
    }
}

/// What a document is to its session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentRole {
    /// The invitation with the proposed agenda.
    Ftese,
    /// The minutes.
    Procesverbal,
    /// A decision or regulation the session adopted.
    Vendim,
    /// The press release published after it.
    Komunikate,
}

impl DocumentRole {
    pub fn of(act_type: ActType) -> Option<DocumentRole> {
        match act_type {
            ActType::Ftese => Some(DocumentRole::Ftese),
            ActType::Procesverbal => Some(DocumentRole::Procesverbal),
            ActType::Vendim | ActType::Rregullore => Some(DocumentRole::Vendim),
            ActType::Komunikate => Some(DocumentRole::Komunikate),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            DocumentRole::Ftese => "Ftesa",
            DocumentRole::Procesverbal => "Procesverbali",
            DocumentRole::Vendim => "Akt i miratuar",
            DocumentRole::Komunikate => "Komunikata për media",
        }
    }
}

/// An act that belongs to a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionDocument {
    pub id: ActId,
    pub role: DocumentRole,
    #[serde(rename = "type")]
    pub act_type: ActType,
    pub title: String,
    pub date: Option<NaiveDate>,
}

/// One agenda item with what the minutes (or, without minutes, the
/// invitation) say about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionItem {
    /// The agenda position.
    pub number: u32,
    pub title: String,
    pub outcome: Outcome,
    pub votes: Votes,
    /// The sentence of the minutes the outcome and votes were read from.
    pub source_sentence: Option<String>,
    /// Acts the item produced or discussed (decisions adopted under it).
    pub acts: Vec<ActId>,
    /// The debate split into speaker turns.
    pub turns: Vec<Turn>,
}

/// A session: the unit `/sessions/{id}` shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub id: SessionId,
    pub municipality: String,
    pub date: NaiveDate,
    /// "Kuvendi i Komunës", "Komiteti për Politikë dhe Financa", …
    pub body: String,
    /// "mbledhja e 5-të" → 5.
    pub ordinal: Option<u32>,
    pub kind: SessionKind,
    pub items: Vec<SessionItem>,
    /// Agenda numbers whose outcome the minutes do not let arkiva read.
    pub unread: Vec<u32>,
    pub documents: Vec<SessionDocument>,
    /// Video recording URLs (http/https only).
    pub recordings: Vec<String>,
}

impl Session {
    pub fn year(&self) -> i32 {
        use chrono::Datelike;
        self.date.year()
    }

    /// The act ids of the documents with this role.
    pub fn documents_of(&self, role: DocumentRole) -> impl Iterator<Item = &SessionDocument> {
        self.documents.iter().filter(move |d| d.role == role)
    }

    /// "Mbledhja e 5-të e rregullt e Kuvendit të Komunës", or without an ordinal "Mbledhja e rregullt …".
    pub fn heading(&self) -> String {
        let ordinal = self
            .ordinal
            .map(|n| format!(" e {n}-{}", ordinal_suffix(n)))
            .unwrap_or_default();
        format!("Mbledhja{ordinal} {} – {}", self.kind.label(), self.body)
    }
}

/// "1-rë", "2-të": Albanian writes -rë after 1 and -të after every other number.
pub fn ordinal_suffix(n: u32) -> &'static str {
    if n == 1 {
        "rë"
    } else {
        "të"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_readable_and_only_safe_ids_parse() {
        let date = NaiveDate::from_ymd_opt(2025, 7, 17).unwrap();
        let id = SessionId::new("Gjilan", date, "Komiteti për Politikë dhe Financa");
        assert_eq!(
            id.as_str(),
            "gjilan-2025-07-17-komiteti-per-politike-dhe-financa"
        );
        assert_eq!(SessionId::parse(id.as_str()), Some(id));
        for bad in ["", "../x", "A-b", "a b", "<script>", &"a".repeat(200)] {
            assert_eq!(SessionId::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn kinds_read_as_written() {
        assert_eq!(
            SessionKind::from_words("e jashtëzakonshme"),
            Some(SessionKind::Jashtezakonshme)
        );
        assert_eq!(
            SessionKind::from_words("E RREGULLT"),
            Some(SessionKind::Rregullt)
        );
        assert_eq!(
            SessionKind::from_words("solemne"),
            Some(SessionKind::Solemne)
        );
        assert_eq!(SessionKind::from_words("xyz"), None);
        assert_eq!(
            serde_json::to_value(SessionKind::Jashtezakonshme).unwrap(),
            "e_jashtezakonshme"
        );
    }
}
