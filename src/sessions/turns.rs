//! Who said what: splits the debate under an agenda item into speaker turns and attributes
//! each turn's political group and side (pozitë / opozitë).
//!
//! Owns: [`split_turns`], [`attribute`], [`Turn`] and [`Side`]. Two families of speaker
//! markers are read:
//! * transcript shape, at a line start: "KRYETARI:", "ARBEN GASHI:", "Emri Mbiemri (LDK): …",
//!   "Z. Emri Mbiemri: …", "Emri Mbiemri – Lista Serbe: …", "Kryesuesja Emri Mbiemri: …",
//!   "Drejtori për arsim Emri Mbiemri: …", "Kryesuesi/Predsedavajući Emri Mbiemri: …";
//! * minutes (reported speech) shape, at a sentence start: "Emri Mbiemri, asamblist nga PDK,
//!   tha se …", "Asamblisti Emri Mbiemri (VV) kërkoi …", "Asamblistja e opozitës, znj. Emri
//!   Mbiemri, vlerësoi …", "Nga opozita, asamblisti Emri Mbiemri vlerësoi …", "Në mbështetje
//!   të propozimit foli asamblisti i pozitës, Emri Mbiemri, sipas të cilit …".
//!
//! A turn runs until the next marker. Text before the first marker is not a turn (it is the
//! chair's or the recorder's narration, with nobody to attribute it to). A side is taken
//! from what the minutes write ("asamblisti i opozitës", "(pozita)") before the register is
//! asked, because the minutes are the record of that day.
//!
//! Must not touch: the index, the model, ingest or web; it does not split items (that is
//! [`super::agenda`]).

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::councillors::{parse_side, Councillors};
use crate::analysis::fold;

/// The governing side or the opposition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Pozite,
    Opozite,
}

/// One speaker's turn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Turn {
    /// The name as written (spaces collapsed, titles dropped), or the role when the marker
    /// names none ("KRYETARI").
    pub speaker: String,
    pub group: Option<String>,
    pub side: Option<Side>,
    /// What the turn says: after the colon for transcript markers, the whole reported
    /// sentence(s) for minutes markers.
    pub text: String,
}

/// Debates beyond this many bytes are cut, so work stays bounded on hostile input.
pub const MAX_DEBATE_BYTES: usize = 1024 * 1024;

/// Words that open a role ("Kryesuesja e Kuvendit", "Drejtori për arsim"); Albanian,
/// Serbian and English.
const ROLE: &str = r"(?i:asamblist(?:i|ja|e)?|k[eë]shilltar(?:i|ja|e)?|kryesues(?:i|ja)|kryetar(?:i|ja)|n[eë]nkryetar(?:i|ja)|z[eë]vend[eë]s\w*|drejtor(?:i|esha|ja|eshë|eshe)?|shef(?:i|ja)|deputet(?:i|ja|e)?|ministr(?:i|ja)|predsedavaju[cćč][ia]|predsednik|predsednica|odbornik|odbornica|direktor(?:ka)?|chair(?:person|man|woman)?|councillor|director|mayor)";

/// A capitalised name word ("Arben", "ÇITAKU", "Hoxha-Berisha", "O’Neill").
const NAME_WORD: &str = r"\p{Lu}[\p{L}’'\-]*\p{L}";

/// A political group: an acronym or capitalised words ("LDK", "Lista Serbe", "Nisma").
const GROUP: &str = r"\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2}";

const TITLE: &str = r"(?i:z|znj|zonja|zoti|mr|mrs|ms|dr|g|gđa|gdja)\.?";

/// Reporting verbs (with their clitics) that end a minutes marker.
const VERB: &str = r"(?i:(?:e|i|u|ia|ka|kanë)\s+)?(?:tha|theksoi|k[eë]rkoi|vler[eë]soi|informoi|kujtoi|vuri|shpreh|kritikoi|mb[eë]shteti|prezantoi|sqaroi|propozoi|pyeti|foli|deklaroi|shtoi|konstatoi|p[eë]rgjigj\w*|premtoi|paralajm[eë]roi|kund[eë]rshtoi|arsyetoi|potencoi|rekomandoi|njoftoi|sipas|ceku|cekë|kërkon|said|asked|stated|rekao|rekla|izjavio|izjavila)\b";

static TRANSCRIPT: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"^(?:(?P<role>{ROLE}(?:\s*/\s*{ROLE})?(?:\s+\p{{Ll}}+){{0,5}}?)\s+|{TITLE}\s+)?(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})(?:\s*\((?P<g1>[^()\n]{{1,40}})\)|\s+[–—-]\s+(?P<g2>{GROUP})|,\s*(?:asamblist|k[eë]shilltar|deputet)\w*\s+(?:nga|i|e)\s+(?P<g3>{GROUP}))?\s*:"
    );
    Regex::new(&pattern).expect("static regex")
});

/// A role alone before a colon ("KRYETARI:", "Kryesuesja:"), transcript shape.
static ROLE_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?P<role>{ROLE}(?:\s*/\s*{ROLE})?(?:\s+(?:e|i)\s+kuvendit)?)\s*:"
    ))
    .expect("static regex")
});

static MINUTES: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"^(?:(?P<lead>(?i:nga\s+(?:radh[eë]t\s+e\s+)?(?:pozit|opozit)\w*|n[eë]\s+mb[eë]shtetje\s+t[eë]\s+propozimit\s+foli|n[eë]\s+hyrje\s+t[eë]\s+pik[eë]s|materialin\s+e\s+prezantoi)),?\s+)?(?:(?P<role>{ROLE}(?:\s+\p{{Ll}}+){{0,7}}?),?\s+)?(?:{TITLE}\s+)?(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})(?:\s*\((?P<g1>[^()\n]{{1,40}})\)|\s+[–—-]\s+(?P<g2>{GROUP})|,\s*(?:asamblist|k[eë]shilltar|deputet)\w*\s+(?:nga|i|e)\s+(?P<g3>{GROUP}))?,?\s+{VERB}"
    );
    Regex::new(&pattern).expect("static regex")
});

/// Words the case-insensitive regexes would take as names; a name word must really be
/// capitalised, checked after matching.
fn capitalised_name(name: &str) -> bool {
    name.split_whitespace()
        .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
}

/// A marker found at `start`: where its text begins and what it says about the speaker.
struct Marker {
    start: usize,
    text_start: usize,
    speaker: String,
    group: Option<String>,
    side: Option<Side>,
    /// Where the marker itself ends (no other marker can start inside it).
    end: usize,
}

fn side_of_phrase(phrase: &str) -> Option<Side> {
    let f = fold(phrase);
    if f.contains("opozit") {
        Some(Side::Opozite)
    } else if f.contains("pozit") || f.contains("mbeshtet ekzekutivin") {
        Some(Side::Pozite)
    } else {
        None
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn marker_at(text: &str, start: usize, line_start: bool) -> Option<Marker> {
    // A marker is short; look at a bounded window so a huge line costs little.
    let mut end = (start + 400).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let window = &text[start..end];
    let (c, keep) = if line_start {
        if let Some(c) = TRANSCRIPT.captures(window) {
            (c, false)
        } else if let Some(c) = ROLE_ONLY.captures(window) {
            let role = collapse(&c["role"]);
            return Some(Marker {
                start,
                text_start: start + c.get(0)?.end(),
                side: side_of_phrase(&role),
                speaker: role,
                group: None,
                end: start + c.get(0)?.end(),
            });
        } else {
            (MINUTES.captures(window)?, true)
        }
    } else {
        (MINUTES.captures(window)?, true)
    };
    let name = c.name("name")?.as_str();
    if !capitalised_name(name) {
        return None;
    }
    let group = ["g1", "g2", "g3"]
        .iter()
        .find_map(|g| c.name(g))
        .map(|m| collapse(m.as_str()));
    let written: String = ["lead", "role"]
        .iter()
        .filter_map(|g| c.name(g).map(|m| m.as_str()))
        .collect::<Vec<_>>()
        .join(" ");
    // "(pozita)" in place of a party names the side, not a group.
    let (group, side) = match group {
        Some(g) if parse_side(&g).is_some() => (None, parse_side(&g)),
        g => (g, side_of_phrase(&written)),
    };
    Some(Marker {
        start,
        text_start: if keep { start } else { start + c.get(0)?.end() },
        speaker: collapse(name),
        group,
        side,
        end: start + c.get(0)?.end(),
    })
}

/// Titles before which a full stop does not end a sentence ("z. Arben").
fn ends_with_abbreviation(before: &str) -> bool {
    let word = before
        .trim_end_matches('.')
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let w = fold(word);
    TITLE_WORDS.contains(&w.as_str()) || (w.chars().count() == 1)
}

const TITLE_WORDS: &[&str] = &[
    "z", "znj", "mr", "mrs", "ms", "dr", "g", "gda", "gdja", "nr", "prof", "sh", "etj",
];

/// Candidate marker positions: every line start, and every sentence start inside a line.
fn candidates(text: &str) -> Vec<(usize, bool)> {
    let mut out = vec![(0, true)];
    let bytes = text.as_bytes();
    for (i, ch) in text.char_indices() {
        match ch {
            '\n' => out.push((i + 1, true)),
            '.' | '!' | '?' | ';' => {
                let mut j = i + 1;
                while j < bytes.len() && bytes[j] == b' ' {
                    j += 1;
                }
                if j > i + 1 && j < bytes.len() && !ends_with_abbreviation(&text[..=i]) {
                    out.push((j, false));
                }
            }
            _ => {}
        }
    }
    out
}

/// Splits a debate into speaker turns. Never panics; text before the first marker is
/// dropped (see the module doc).
pub fn split_turns(debate: &str) -> Vec<Turn> {
    let mut end = debate.len().min(MAX_DEBATE_BYTES);
    while !debate.is_char_boundary(end) {
        end -= 1;
    }
    let text = &debate[..end];
    let mut markers: Vec<Marker> = Vec::new();
    let mut consumed = 0;
    for (pos, line_start) in candidates(text) {
        if pos < consumed || pos >= text.len() {
            continue;
        }
        if let Some(m) = marker_at(text, pos, line_start) {
            consumed = m.end;
            markers.push(m);
        }
    }
    let mut turns = Vec::with_capacity(markers.len());
    for (i, m) in markers.iter().enumerate() {
        let stop = markers.get(i + 1).map_or(text.len(), |n| n.start);
        let body = text.get(m.text_start..stop).unwrap_or("");
        turns.push(Turn {
            speaker: m.speaker.clone(),
            group: m.group.clone(),
            side: m.side,
            text: collapse(body),
        });
    }
    turns
}

/// Fills each turn's group and side from the register of `year`'s term where the minutes
/// do not write them; a side missing with a group written comes from that term's group →
/// side map. What the minutes write is never overwritten.
pub fn attribute(turns: &mut [Turn], councillors: &Councillors, year: i32) {
    for turn in turns {
        if let Some(c) = councillors.lookup(&turn.speaker, year) {
            if turn.group.is_none() && !c.group.is_empty() {
                turn.group = Some(c.group.clone());
            }
            if turn.side.is_none() {
                turn.side = c.side;
            }
        }
        if turn.side.is_none() {
            if let Some(g) = &turn.group {
                turn.side = councillors.group_side(g, year);
            }
        }
    }
}
