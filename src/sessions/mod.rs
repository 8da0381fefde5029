//! Agenda items, outcomes and votes read from the text of Assembly minutes (procesverbal).
//!
//! Owns: [`read_minutes`] and its result types ([`Minutes`], [`AgendaItem`], [`Outcome`],
//! [`Votes`]). [`agenda`] splits minutes into numbered items; [`votes`] reads the outcome and
//! the for/against/abstain counts of one item, with the sentence they were read from.
//! [`turns`] splits an item's debate into speaker turns and, with the [`councillors`]
//! register, attributes each turn's group and side.
//!
//! Kosovo minutes write votes in prose ("u miratua me 24 vota për, 3 kundër dhe 2
//! abstenime"), so this is text reading, not data import. The reader is deliberately
//! conservative: an item whose outcome is not written is [`Outcome::EPanjohur`] and listed in
//! [`Minutes::unread`] rather than guessed, because a wrong vote shown to a reader is worse
//! than a missing one.
//!
//! [`record`] is the session as stored and served, [`identity`] reads which session an act
//! belongs to, [`build`] assembles sessions from the archive's acts and [`register`] reads
//! the sessions register; `crate::derived` runs [`build`] after every ingest.
//!
//! Must not touch: the index schema, the model, ingest or web — this module is pure and
//! synchronous.

pub mod agenda;
pub mod build;
pub mod councillors;
pub mod identity;
pub mod record;
pub mod register;
pub mod search;
pub mod turns;
pub mod votes;

#[cfg(test)]
mod eval_tests;
/// Pseudo-random byte strings (xorshift, fixed seed) read as lossy UTF-8:
/// the hostile inputs every reader here must survive.
#[cfg(test)]
pub(crate) fn random_texts(seed: u64, count: usize, len: usize) -> Vec<String> {
    let mut state = seed;
    (0..count)
        .map(|_| {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    (state & 0xFF) as u8
                })
                .collect();
            String::from_utf8_lossy(&bytes).into_owned()
        })
        .collect()
}
#[cfg(test)]
mod sample_tests;
#[cfg(test)]
mod turns_sample_tests;

use serde::{Deserialize, Serialize};

/// Text beyond this many bytes is ignored, so a hostile or broken extraction cannot make
/// the reader's work unbounded (real minutes are well under 1 MB).
pub const MAX_TEXT_BYTES: usize = 4 * 1024 * 1024;

/// What the Assembly decided on an item; serde names are the API values of issue 9.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    #[serde(rename = "miratuar")]
    Miratuar,
    #[serde(rename = "nuk_miratuar")]
    NukMiratuar,
    #[serde(rename = "shtyre")]
    Shtyre,
    #[serde(rename = "terhequr")]
    Terhequr,
    /// No outcome is written (or only votes, without the majority they needed).
    #[serde(rename = "e_panjohur")]
    EPanjohur,
}

/// Vote counts; `None` where the minutes do not state the count.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Votes {
    #[serde(rename = "for")]
    pub for_: Option<u32>,
    pub against: Option<u32>,
    pub abstain: Option<u32>,
}

impl Votes {
    pub fn is_empty(&self) -> bool {
        self.for_.is_none() && self.against.is_none() && self.abstain.is_none()
    }
}

/// One item of the agenda with what the minutes say about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaItem {
    /// The agenda position ("Pika 3" → 3).
    pub number: u32,
    pub title: String,
    pub outcome: Outcome,
    pub votes: Votes,
    /// The exact sentence(s) of the minutes the outcome and votes were read from, so a
    /// reader can check them.
    pub source_sentence: Option<String>,
    /// The text under the item (for later speaker-turn splitting).
    pub debate: String,
}

/// Everything read from one minutes text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Minutes {
    /// Items in agenda order, one per number.
    pub items: Vec<AgendaItem>,
    /// Numbers of the items whose outcome could not be read.
    pub unread: Vec<u32>,
}

/// Reads the agenda items, outcomes and votes of a minutes text. Never panics.
pub fn read_minutes(text: &str) -> Minutes {
    let text = prefix(text, MAX_TEXT_BYTES);
    let mut minutes = Minutes::default();
    for section in agenda::split(text) {
        let reading = votes::read_item(&section.body);
        if reading.outcome == Outcome::EPanjohur {
            minutes.unread.push(section.number);
        }
        minutes.items.push(AgendaItem {
            number: section.number,
            title: section.title,
            outcome: reading.outcome,
            votes: reading.votes,
            source_sentence: reading.source_sentence,
            debate: section.body,
        });
    }
    minutes
}

/// The longest prefix of `s` of at most `max` bytes that ends on a char boundary.
pub(crate) fn prefix(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The longest suffix of `s` of at most `max` bytes that starts on a char boundary.
pub(crate) fn suffix(s: &str, max: usize) -> &str {
    let mut start = s.len().saturating_sub(max);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcome_serde_names_are_the_api_values() {
        let names: Vec<String> = [
            Outcome::Miratuar,
            Outcome::NukMiratuar,
            Outcome::Shtyre,
            Outcome::Terhequr,
            Outcome::EPanjohur,
        ]
        .iter()
        .map(|o| serde_json::to_string(o).unwrap())
        .collect();
        assert_eq!(
            names,
            [
                "\"miratuar\"",
                "\"nuk_miratuar\"",
                "\"shtyre\"",
                "\"terhequr\"",
                "\"e_panjohur\""
            ]
        );
        let v = Votes {
            for_: Some(3),
            against: None,
            abstain: Some(0),
        };
        assert_eq!(
            serde_json::to_string(&v).unwrap(),
            r#"{"for":3,"against":null,"abstain":0}"#
        );
    }

    #[test]
    fn reads_a_small_minutes_text_and_lists_unread_items() {
        let text = "PROCESVERBAL\nPika 1 e rendit të ditës: Miratimi i procesverbalit\n\
                    Procesverbali u miratua me 24 vota për, 3 kundër dhe 2 abstenime.\n\
                    Pika 2 e rendit të ditës: Të ndryshme\nNuk pati diskutime.\n";
        let m = read_minutes(text);
        assert_eq!(m.items.len(), 2);
        assert_eq!(m.items[0].number, 1);
        assert_eq!(m.items[0].title, "Miratimi i procesverbalit");
        assert_eq!(m.items[0].outcome, Outcome::Miratuar);
        assert_eq!(
            m.items[0].votes,
            Votes {
                for_: Some(24),
                against: Some(3),
                abstain: Some(2)
            }
        );
        assert_eq!(
            m.items[0].source_sentence.as_deref(),
            Some("Procesverbali u miratua me 24 vota për, 3 kundër dhe 2 abstenime.")
        );
        assert_eq!(m.unread, vec![2]);
    }

    #[test]
    fn hostile_inputs_do_not_panic() {
        let mut inputs: Vec<String> = vec![
            String::new(),
            "Pika".into(),
            "Pika 999999999999999999999 e rendit".into(),
            "Pika 1\n".repeat(5000),
            "ë".repeat(100_000),
            "Për: 99999999999, Kundër: , Abstenim:".into(),
            "1. A\n2. B\n".repeat(2000),
            // Long single sentences: work must stay linear in their length.
            format!("Pika 1: A\n{}", "Kundër?".repeat(150_000)),
            format!(
                "Pika 1: A\nKuvendi vendosi {}",
                "që të shtyhet ".repeat(60_000)
            ),
            format!("Pika 1: A\n{}", "ë?".repeat(200_000)),
        ];
        inputs.extend(random_texts(0x9E37_79B9_7F4A_7C15, 200, 300));
        for input in &inputs {
            let m = read_minutes(input);
            assert!(m.items.iter().all(|i| i.number <= agenda::MAX_ITEM_NUMBER));
        }
    }

    #[test]
    fn truncate_keeps_char_boundaries() {
        assert_eq!(prefix("ëë", 3), "ë");
        assert_eq!(prefix("abc", 10), "abc");
        assert_eq!(suffix("ëë", 3), "ë");
        assert_eq!(suffix("abc", 10), "abc");
    }
}
