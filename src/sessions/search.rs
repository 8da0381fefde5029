//! Finding sessions and speaker turns: the filters behind `/sessions`,
//! `/api/sessions` and `/api/turns`.
//!
//! Owns: [`SessionFilter`] and [`TurnQuery`] with their matching. A turn
//! matches a text query when it holds the stem of every query word under the
//! crate's `sq_stem` analysis (so "buxheti" finds "buxhetin", "buxhetit",
//! "Buxheti"), and its side, group (folded), year and session equal the ones
//! asked. Pure and synchronous over [`Session`] values; must not touch the
//! index, the file system or HTTP.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Serialize;

use super::record::{Session, SessionId};
use super::turns::{Side, Turn};
use crate::analysis::{self, fold};

/// Which sessions a list shows; `None` is "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionFilter {
    pub year: Option<i32>,
    /// Compared folded, as a whole name ("kuvendi i komunes" finds "Kuvendi i Komunës").
    pub body: Option<String>,
    pub municipality: Option<String>,
}

impl SessionFilter {
    pub fn matches(&self, session: &Session) -> bool {
        self.year.is_none_or(|y| session.year() == y)
            && same(self.body.as_deref(), &session.body)
            && same(self.municipality.as_deref(), &session.municipality)
    }

    /// The matching sessions, in the store's order (newest first).
    pub fn apply<'a>(&self, sessions: &'a [Session]) -> Vec<&'a Session> {
        sessions.iter().filter(|s| self.matches(s)).collect()
    }
}

fn same(wanted: Option<&str>, value: &str) -> bool {
    wanted.is_none_or(|w| fold(w.trim()) == fold(value.trim()))
}

/// A search over speaker turns; empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TurnQuery {
    /// Words every matching turn holds (by stem).
    pub q: String,
    pub side: Option<Side>,
    /// A political group, compared folded ("ldk" finds "LDK").
    pub group: Option<String>,
    pub year: Option<i32>,
    pub session: Option<SessionId>,
}

/// One turn found, with where it was said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TurnHit {
    pub session: SessionId,
    pub date: NaiveDate,
    pub body: String,
    /// The agenda item's number and title.
    pub item: u32,
    pub item_title: String,
    #[serde(flatten)]
    pub turn: Turn,
}

/// The stems `sq_stem` gives a text (stop words dropped).
pub fn stems(text: &str) -> BTreeSet<String> {
    let mut analyzer = analysis::stemmed_query();
    analysis::terms(&mut analyzer, text).into_iter().collect()
}

impl TurnQuery {
    /// True when the query restricts nothing but the text.
    pub fn only_text(&self) -> bool {
        self.side.is_none() && self.group.is_none() && self.year.is_none() && self.session.is_none()
    }

    /// Every matching turn, sessions newest first, items and turns in order.
    pub fn run(&self, sessions: &[Session]) -> Vec<TurnHit> {
        let wanted = stems(&self.q);
        let group = self.group.as_deref().map(|g| fold(g.trim()));
        let mut hits = Vec::new();
        for session in sessions {
            if self.year.is_some_and(|y| session.year() != y)
                || self.session.as_ref().is_some_and(|id| id != &session.id)
            {
                continue;
            }
            for item in &session.items {
                for turn in &item.turns {
                    if !self.turn_matches(turn, group.as_deref(), &wanted) {
                        continue;
                    }
                    hits.push(TurnHit {
                        session: session.id.clone(),
                        date: session.date,
                        body: session.body.clone(),
                        item: item.number,
                        item_title: item.title.clone(),
                        turn: turn.clone(),
                    });
                }
            }
        }
        hits
    }

    /// Side, group and words of one turn (the session's filters are checked by [`TurnQuery::run`]).
    pub fn turn_matches(
        &self,
        turn: &Turn,
        folded_group: Option<&str>,
        wanted: &BTreeSet<String>,
    ) -> bool {
        if self.side.is_some_and(|s| turn.side != Some(s)) {
            return false;
        }
        if let Some(group) = folded_group {
            if turn.group.as_deref().map(|g| fold(g.trim())).as_deref() != Some(group) {
                return false;
            }
        }
        if wanted.is_empty() {
            return true;
        }
        let have = stems(&turn.text);
        wanted.iter().all(|w| have.contains(w))
    }
}

/// Reads a side as a URL writes it: `pozite` / `opozite` (with or without ë, any case).
pub fn parse_side(raw: &str) -> Option<Side> {
    match fold(raw.trim()).as_str() {
        "pozite" | "pozita" | "position" => Some(Side::Pozite),
        "opozite" | "opozita" | "opposition" => Some(Side::Opozite),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sessions::record::{SessionItem, SessionKind};
    use crate::sessions::{Outcome, Votes};

    fn turn(speaker: &str, group: Option<&str>, side: Option<Side>, text: &str) -> Turn {
        Turn {
            speaker: speaker.into(),
            group: group.map(Into::into),
            side,
            text: text.into(),
        }
    }

    fn session(date: &str, body: &str, turns: Vec<Turn>) -> Session {
        let date: NaiveDate = date.parse().unwrap();
        Session {
            id: SessionId::new("Gjilan", date, body),
            municipality: "Gjilan".into(),
            date,
            body: body.into(),
            ordinal: Some(3),
            kind: SessionKind::Rregullt,
            items: vec![SessionItem {
                number: 2,
                title: "Buxheti".into(),
                outcome: Outcome::Miratuar,
                votes: Votes::default(),
                source_sentence: None,
                acts: vec![],
                turns,
            }],
            unread: vec![],
            documents: vec![],
            recordings: vec![],
        }
    }

    fn sessions() -> Vec<Session> {
        vec![
            session(
                "2021-02-10",
                "Kuvendi i Komunës",
                vec![turn(
                    "Ana Krasniqi",
                    Some("VV"),
                    Some(Side::Opozite),
                    "Buxheti nuk mjafton.",
                )],
            ),
            session(
                "2020-12-20",
                "Kuvendi i Komunës",
                vec![
                    turn(
                        "Arben Gashi",
                        Some("LDK"),
                        Some(Side::Pozite),
                        "Ky buxhet është i mirë për shkollat.",
                    ),
                    turn(
                        "Ana Krasniqi",
                        Some("VV"),
                        Some(Side::Opozite),
                        "Kundërshtojmë buxhetin e vitit 2021, pa investime.",
                    ),
                    turn(
                        "Besa Berisha",
                        Some("VV"),
                        Some(Side::Opozite),
                        "Rrugët e fshatrave janë harruar.",
                    ),
                    turn("KRYESUESI", None, None, "Kalojmë te votimi i buxhetit."),
                ],
            ),
        ]
    }

    #[test]
    fn the_oppositions_turns_on_the_budget_of_a_year() {
        let all = sessions();
        let query = TurnQuery {
            q: "buxheti".into(),
            side: Some(Side::Opozite),
            year: Some(2020),
            ..Default::default()
        };
        let hits = query.run(&all);
        let speakers: Vec<&str> = hits.iter().map(|h| h.turn.speaker.as_str()).collect();
        assert_eq!(speakers, ["Ana Krasniqi"]);
        assert_eq!(hits[0].date.to_string(), "2020-12-20");
        assert_eq!(hits[0].item, 2);
    }

    #[test]
    fn words_match_by_stem_and_all_must_be_there() {
        let all = sessions();
        let q = |q: &str| {
            TurnQuery {
                q: q.into(),
                ..Default::default()
            }
            .run(&all)
            .len()
        };
        // buxheti / buxhet / buxhetin / buxhetit: one stem.
        assert_eq!(q("buxhetin"), 4);
        assert_eq!(q("BUXHETI investime"), 1);
        assert_eq!(q("rruget"), 1);
        assert_eq!(q("buxheti rrugët"), 0);
        assert_eq!(q(""), 5);
    }

    #[test]
    fn group_and_session_filters() {
        let all = sessions();
        let vv = TurnQuery {
            group: Some("vv".into()),
            ..Default::default()
        };
        assert_eq!(vv.run(&all).len(), 3);
        let one = TurnQuery {
            group: Some("vv".into()),
            session: Some(all[0].id.clone()),
            ..Default::default()
        };
        assert_eq!(one.run(&all).len(), 1);
        let pozite = TurnQuery {
            side: parse_side("Pozitë"),
            ..Default::default()
        };
        assert_eq!(pozite.run(&all).len(), 1);
        assert_eq!(parse_side("tjeter"), None);
    }

    #[test]
    fn session_filter_folds_names() {
        let all = sessions();
        let f = SessionFilter {
            body: Some("kuvendi i komunes".into()),
            year: Some(2021),
            ..Default::default()
        };
        assert_eq!(f.apply(&all).len(), 1);
        let none = SessionFilter {
            municipality: Some("Prishtinë".into()),
            ..Default::default()
        };
        assert!(none.apply(&all).is_empty());
    }
}
