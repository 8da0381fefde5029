//! Which session an act belongs to, read from its text: the date, the body
//! (the Assembly or one of its committees), the ordinal and the kind.
//!
//! Owns: [`of_act`] and [`Identity`]. Each document names its session in
//! its own way: minutes "nga mbledhja e 7-të e rregullt e Kuvendit …, e
//! mbajtur më 4 korrik 2019"; an invitation "ju ftoj në mbledhjen e 8-të …,
//! e cila do të mbahet … më 28.03.2019"; a press release "në mbledhjen e
//! jashtëzakonshme të mbajtur sot" (its own date, or the day before for
//! "dje"); an Assembly act "Kuvendi i Komunës, në mbledhjen e mbajtur më
//! 12.03.2019, miraton …". Acts that name no session (the Mayor's decisions)
//! have none. Must not touch the index, ingest or HTTP.

use std::sync::LazyLock;

use chrono::{Duration, NaiveDate};
use regex::Regex;

use super::agenda::ordinal;
use super::record::SessionKind;
use super::{prefix, suffix};
use crate::ingest::dates::find_dates;
use crate::model::{Act, ActType};

/// The body every Assembly session belongs to.
pub const ASSEMBLY: &str = "Kuvendi i Komunës";

/// What identifies a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub date: NaiveDate,
    /// [`ASSEMBLY`] or "Komiteti për …".
    pub body: String,
    pub ordinal: Option<u32>,
    pub kind: Option<SessionKind>,
}

/// How far into a text the session is looked for: it is named in the
/// heading or the preamble, and a later mention is another session.
const HEAD_BYTES: usize = 2500;
/// How far after "mbledhja" its ordinal, kind, body and date are read.
const PHRASE_BYTES: usize = 260;

static SESSION_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:mbledhj|seanc)\p{L}*").expect("static regex"));
static ORDINAL_DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s+(?:e|s[eë]|t[eë])\s+(\d{1,3})\s*-?\s*(?:t[eë]|r[eë]|ë)\b")
        .expect("static regex")
});
static ORDINAL_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s+(?:e|s[eë]|t[eë])\s+(\p{L}+)").expect("static regex"));
static COMMITTEE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bkomitet\p{L}*\s+p[eë]r\s+(\p{Lu}\p{L}*(?:[ \t]+(?:dhe|e|t[eë]|\p{Lu}\p{L}*))*)",
    )
    .expect("static regex")
});
static ASSEMBLY_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:kuvend|asamblist)\p{L}*").expect("static regex"));
static HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:mbajtur|mbahet|mbajt|mbajtës|filloi)\b").expect("static regex")
});
static TODAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bsot(?:me|shme)?\b").expect("static regex"));
static YESTERDAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bdje(?:shme)?\b").expect("static regex"));

/// The session `act` belongs to, when its text names one.
pub fn of_act(act: &Act) -> Option<Identity> {
    let head = prefix(&act.text, HEAD_BYTES);
    match act.act_type {
        ActType::Procesverbal => minutes(head, act.date),
        ActType::Ftese => invitation(head),
        ActType::Komunikate => release(head, act.date),
        ActType::Vendim | ActType::Rregullore => adopted(head),
        _ => None,
    }
}

/// Minutes: the first session named; its date as written, else the minutes' own.
fn minutes(head: &str, own_date: Option<NaiveDate>) -> Option<Identity> {
    let phrase = phrases(head).next()?;
    let date = held_date(phrase.text).or(own_date)?;
    Some(phrase.identity(date))
}

/// An invitation: the session that "do të mbahet" on a date.
fn invitation(head: &str) -> Option<Identity> {
    phrases(head).find_map(|p| {
        let date = held_date(p.text)?;
        Some(p.identity(date))
    })
}

/// A press release about a session held today, yesterday or on a date.
fn release(head: &str, own_date: Option<NaiveDate>) -> Option<Identity> {
    phrases(head).find_map(|p| {
        if !p.names_body {
            return None;
        }
        // "mbajti sot mbledhjen", "miratuan dje, në mbledhjen": the day is
        // said just before the session as often as after it.
        let date = held_date(p.text)
            .or_else(|| relative_date(p.text, own_date?))
            .or_else(|| relative_date(suffix(p.before, 30), own_date?))?;
        Some(p.identity(date))
    })
}

/// An act of the Assembly: "në mbledhjen e mbajtur më …"; no date, no session.
fn adopted(head: &str) -> Option<Identity> {
    phrases(head).find_map(|p| {
        let date = held_date(p.text)?;
        let mut identity = p.identity(date);
        // A decision's preamble names the Assembly before "në mbledhjen".
        if !p.names_body && p.kind.is_none() && p.ordinal.is_none() {
            identity.body = ASSEMBLY.to_owned();
        }
        Some(identity)
    })
}

/// One mention of a session and the words after it.
struct Phrase<'a> {
    text: &'a str,
    /// The words just before the session word.
    before: &'a str,
    ordinal: Option<u32>,
    kind: Option<SessionKind>,
    committee: Option<String>,
    names_body: bool,
}

impl Phrase<'_> {
    fn identity(&self, date: NaiveDate) -> Identity {
        Identity {
            date,
            body: self
                .committee
                .clone()
                .unwrap_or_else(|| ASSEMBLY.to_owned()),
            ordinal: self.ordinal,
            kind: self.kind,
        }
    }
}

fn phrases(head: &str) -> impl Iterator<Item = Phrase<'_>> {
    SESSION_WORD.find_iter(head).map(move |m| {
        let text = prefix(&head[m.end()..], PHRASE_BYTES);
        // The kind and the body are read before the date: "mbledhja e 5-të e
        // rregullt e Kuvendit …, e mbajtur më …"; what follows the date may
        // be about another session.
        let until_held = HELD.find(text).map_or(text, |h| &text[..h.start()]);
        let committee = COMMITTEE
            .captures(until_held)
            .and_then(|c| c.get(1))
            .map(|name| format!("Komiteti për {}", name.as_str().trim()));
        // "Kuvendi i Komunës, në mbledhjen …" names the body just before.
        let before = suffix(&head[..m.start()], 100);
        let names_body = committee.is_some()
            || ASSEMBLY_WORD.is_match(until_held)
            || ASSEMBLY_WORD.is_match(before);
        Phrase {
            text,
            before,
            ordinal: read_ordinal(text),
            kind: SessionKind::from_words(prefix(until_held, 80)),
            committee,
            names_body,
        }
    })
}

fn read_ordinal(after: &str) -> Option<u32> {
    if let Some(c) = ORDINAL_DIGITS.captures(after) {
        return c
            .get(1)?
            .as_str()
            .parse()
            .ok()
            .filter(|n| (1..=500).contains(n));
    }
    let word = ORDINAL_WORD.captures(after)?.get(1)?.as_str();
    ordinal(word)
}

/// The first date after "mbajtur" / "mbahet" in a phrase.
fn held_date(phrase: &str) -> Option<NaiveDate> {
    let held = HELD.find(phrase)?;
    let after = prefix(&phrase[held.end()..], 80);
    find_dates(after).first().map(|(_, date)| *date)
}

/// "sot" is the release's own date, "dje" the day before.
fn relative_date(phrase: &str, own: NaiveDate) -> Option<NaiveDate> {
    let near = prefix(phrase, 120);
    if TODAY.is_match(near) {
        Some(own)
    } else if YESTERDAY.is_match(near) {
        own.checked_sub_signed(Duration::days(1))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ActId;

    fn act(t: ActType, date: Option<NaiveDate>, text: &str) -> Act {
        Act {
            date,
            text: text.to_owned(),
            ..Act::blank(ActId::from_key(&[text]), t)
        }
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn minutes_name_their_session() {
        let text = "KUVENDI I KOMUNËS\n01 Nr. 06-7310/19\nData: 04 KORRIK 2019\nPROCESVERBAL\n\
                    nga mbledhja e 7-të e rregullt e Kuvendit të Komunës së Gjilanit\n\
                    Mbledhja u mbajt në sallën e Kuvendit dhe filloi në ora 10:15.";
        let id = of_act(&act(ActType::Procesverbal, Some(ymd(2019, 7, 4)), text)).unwrap();
        assert_eq!(
            id,
            Identity {
                date: ymd(2019, 7, 4),
                body: ASSEMBLY.into(),
                ordinal: Some(7),
                kind: Some(SessionKind::Rregullt)
            }
        );
        let text = "PROCESVERBAL\nnga mbledhja e tretë e jashtëzakonshme e Kuvendit të Komunës së Gjilanit, e mbajtur më 12 mars 2020, në sallën";
        let id = of_act(&act(ActType::Procesverbal, Some(ymd(2020, 3, 20)), text)).unwrap();
        assert_eq!(
            (id.date, id.ordinal, id.kind),
            (
                ymd(2020, 3, 12),
                Some(3),
                Some(SessionKind::Jashtezakonshme)
            )
        );
    }

    #[test]
    fn invitations_name_the_day_they_invite_to() {
        let text = "Komiteti për Komunitete\nGjilan, 11.07.2025\nFTESË\npër mbledhjen e Komitetit për Komunitete\n\
                    Të nderuar anëtarë, ju ftoj në mbledhjen e Komitetit për Komunitete, e cila do të mbahet të enjten, më\n\
                    17 korrik 2025, në ora 11:00. … për mbledhjen e 7-të të rregullt të Kuvendit, që do të mbahet më 31.07.2025.";
        let id = of_act(&act(ActType::Ftese, Some(ymd(2025, 7, 11)), text)).unwrap();
        assert_eq!(id.date, ymd(2025, 7, 17));
        assert_eq!(id.body, "Komiteti për Komunitete");
        let text = "FTESË\nju ftoj në mbledhjen e 8-të të rregullt të Kuvendit të Komunës, e cila do të mbahet të enjten, më 28.03.2019, me fillim në ora 10:00";
        let id = of_act(&act(ActType::Ftese, Some(ymd(2019, 3, 20)), text)).unwrap();
        assert_eq!(
            (id.date, id.body.as_str(), id.ordinal),
            (ymd(2019, 3, 28), ASSEMBLY, Some(8))
        );
    }

    #[test]
    fn releases_and_adopted_acts() {
        let text = "KOMUNIKATË PËR MEDIA\nKuvendi i Komunës së Gjilanit, në mbledhjen e jashtëzakonshme të mbajtur sot, miratoi propozim-buxhetin";
        let id = of_act(&act(ActType::Komunikate, Some(ymd(2017, 8, 30)), text)).unwrap();
        assert_eq!(
            (id.date, id.kind),
            (ymd(2017, 8, 30), Some(SessionKind::Jashtezakonshme))
        );
        let text = "KOMUNIKATË PËR MEDIA\nKuvendi i Komunës së Gjilanit mbajti sot mbledhjen e 7-të të rregullt, në të cilën miratoi";
        let id = of_act(&act(ActType::Komunikate, Some(ymd(2019, 7, 4)), text)).unwrap();
        assert_eq!((id.date, id.ordinal), (ymd(2019, 7, 4), Some(7)));
        let text = "Asamblistët e Komunës së Gjilanit miratuan dje, në mbledhjen e 7-të të rregullt, vendimin";
        let id = of_act(&act(ActType::Komunikate, Some(ymd(2020, 7, 31)), text)).unwrap();
        assert_eq!(id.date, ymd(2020, 7, 30));
        let text = "Në mbledhjen e djeshme të Kuvendit të Komunës u miratua";
        let id = of_act(&act(ActType::Komunikate, Some(ymd(2017, 8, 31)), text)).unwrap();
        assert_eq!(id.date, ymd(2017, 8, 30));
        let mayor = "Kryetarja Aliu priti sot në takim përfaqësuesit e bizneseve";
        assert_eq!(
            of_act(&act(ActType::Komunikate, Some(ymd(2022, 1, 1)), mayor)),
            None
        );
        let text = "nenit 33 të Statutit të Komunës së Gjilanit, Kuvendi i Komunës, në mbledhjen e mbajtur më\n12.03.2019, miraton këtë\nRREGULLORE";
        let id = of_act(&act(ActType::Rregullore, Some(ymd(2019, 3, 12)), text)).unwrap();
        assert_eq!((id.date, id.body.as_str()), (ymd(2019, 3, 12), ASSEMBLY));
        let text = "neneve 32 dhe 33 të Statutit të Komunës, në seancën e mbajtur më 31/10/2019, miraton këtë";
        assert_eq!(
            of_act(&act(ActType::Rregullore, None, text)).unwrap().date,
            ymd(2019, 10, 31)
        );
        let mayor = "Kryetari i Komunës së Gjilanit merr këtë VENDIM për ndarjen e bursave";
        assert_eq!(of_act(&act(ActType::Vendim, None, mayor)), None);
    }

    #[test]
    fn survives_hostile_text() {
        for text in super::super::random_texts(7, 200, 3000) {
            for t in [
                ActType::Procesverbal,
                ActType::Ftese,
                ActType::Komunikate,
                ActType::Vendim,
            ] {
                let _ = of_act(&act(t, Some(ymd(2020, 1, 1)), &text));
            }
        }
        let long = "mbledhja e 7-të ".repeat(10_000);
        let _ = of_act(&act(ActType::Procesverbal, None, &long));
    }
}
