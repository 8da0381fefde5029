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

use super::councillors::{name_key, parse_side, Councillors};
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

/// A title with its full stop, before a surname alone ("Z. Gashi:").
const TITLE_DOT: &str = r"(?i:z|znj|mr|mrs|ms|dr|g|gđa|gdja)\.";

const TITLE: &str = r"(?i:z|znj|zonja|zoti|mr|mrs|ms|dr|g|gđa|gdja)\.?";

/// Reporting verbs (with their clitics) that end a minutes marker.
const VERB: &str = r"(?i:(?:e|i|u|ia|ka|kanë)\s+)?(?:tha|theksoi|k[eë]rkoi|vler[eë]soi|informoi|kujtoi|vuri|shpreh|kritikoi|mb[eë]shteti|prezantoi|sqaroi|propozoi|pyeti|foli|deklaroi|shtoi|konstatoi|p[eë]rgjigj\w*|premtoi|paralajm[eë]roi|kund[eë]rshtoi|arsyetoi|potencoi|rekomandoi|njoftoi|sipas|ceku|cekë|kërkon|said|asked|stated|rekao|rekla|izjavio|izjavila)\b";

static TRANSCRIPT: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"^(?:(?P<role>{ROLE}(?:\s*/\s*{ROLE})?(?:\s+\p{{Ll}}+){{0,5}}?)\s+|{TITLE}\s+)?(?:{TITLE_DOT}\s+(?P<surname>{NAME_WORD})\b|(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}))(?:\s*\((?P<g1>[^()\n]{{1,40}})\)|\s+[–—-]\s+(?P<g2>{GROUP})|,\s*(?:asamblist|k[eë]shilltar|deputet)\w*\s+(?:nga|i|e)\s+(?P<g3>{GROUP}))?\s*:"
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
        r"^(?:(?P<lead>(?i:nga\s+(?:radh[eë]t\s+e\s+)?(?:pozit|opozit)\w*|n[eë]\s+mb[eë]shtetje\s+t[eë]\s+propozimit\s+foli|n[eë]\s+hyrje\s+t[eë]\s+pik[eë]s|materialin\s+e\s+prezantoi)),?\s+)?(?:(?P<role>{ROLE}(?:\s+\p{{Ll}}+){{0,7}}?),?\s+)?(?:{TITLE}\s+)?(?:{TITLE_DOT}\s+(?P<surname>{NAME_WORD})\b|(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}))(?:\s*\((?P<g1>[^()\n]{{1,40}})\)|\s+[–—-]\s+(?P<g2>{GROUP})|,\s*(?:asamblist|k[eë]shilltar|deputet)\w*\s+(?:nga|i|e)\s+(?P<g3>{GROUP}))?,?\s+{VERB}"
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
    let name = c.name("name").or_else(|| c.name("surname"))?.as_str();
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
        speaker: without_role(&collapse(name)),
        group,
        side,
        end: start + c.get(0)?.end(),
    })
}

static ROLE_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^{ROLE}$")).expect("static regex"));

/// "Kryetari Maliqi" (role, then surname) reads as a two-word name; the role goes.
fn without_role(name: &str) -> String {
    match name.split_once(' ') {
        Some((first, rest)) if ROLE_WORD.is_match(first) => rest.to_string(),
        _ => name.to_string(),
    }
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
        // A group the minutes write wins over the register's (a councillor may have
        // changed group), so the side then comes from that group's side in the term.
        if turn.side.is_none() {
            if let Some(g) = &turn.group {
                turn.side = councillors.group_side(g, year);
            }
        }
        if let Some(c) = councillors.lookup(&turn.speaker, year) {
            let same_group = turn
                .group
                .as_deref()
                .is_none_or(|g| name_key(g) == name_key(&c.group));
            if turn.group.is_none() && !c.group.is_empty() {
                turn.group = Some(c.group.clone());
            }
            if turn.side.is_none() && same_group {
                turn.side = c.side;
            }
            if turn.side.is_none() {
                if let Some(g) = &turn.group {
                    turn.side = councillors.group_side(g, year);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Turn {
        let turns = split_turns(text);
        assert_eq!(turns.len(), 1, "{text:?} → {turns:?}");
        turns.into_iter().next().unwrap()
    }

    fn t(
        speaker: &str,
        group: Option<&str>,
        side: Option<Side>,
    ) -> (String, Option<String>, Option<Side>) {
        (speaker.to_string(), group.map(str::to_string), side)
    }

    fn who(turn: &Turn) -> (String, Option<String>, Option<Side>) {
        (turn.speaker.clone(), turn.group.clone(), turn.side)
    }

    #[test]
    fn name_with_group_in_parentheses_and_colon() {
        let turn = one("Arben Gashi (LDK): Faleminderit, kryesues!");
        assert_eq!(who(&turn), t("Arben Gashi", Some("LDK"), None));
        assert_eq!(turn.text, "Faleminderit, kryesues!");
    }

    #[test]
    fn reported_speech_with_group() {
        let turn = one("Driton Berisha, asamblist nga PDK, tha se buxheti është i pamjaftueshëm.");
        assert_eq!(who(&turn), t("Driton Berisha", Some("PDK"), None));
        assert!(turn
            .text
            .starts_with("Driton Berisha, asamblist nga PDK, tha se"));
    }

    #[test]
    fn asamblisti_with_group_after_the_name() {
        let turn = one("Asamblisti Valon Krasniqi (VV) kërkoi sqarime për tenderin.");
        assert_eq!(who(&turn), t("Valon Krasniqi", Some("VV"), None));
    }

    #[test]
    fn chair_with_name_and_role_alone() {
        let turn = one("Kryesuesja Mimoza Hoxha: E hap mbledhjen.");
        assert_eq!(who(&turn), t("Mimoza Hoxha", None, None));
        assert_eq!(turn.text, "E hap mbledhjen.");
        let turn = one("KRYETARI: Vazhdojmë!");
        assert_eq!(who(&turn), t("KRYETARI", None, None));
        assert_eq!(turn.text, "Vazhdojmë!");
    }

    #[test]
    fn title_before_name_and_all_caps_names() {
        let turn = one("Z. Besnik Rama: Kam një pyetje.");
        assert_eq!(who(&turn), t("Besnik Rama", None, None));
        let turn = one("ALBULENA HAXHIU: Faleminderit, kryetar!");
        assert_eq!(turn.speaker, "ALBULENA HAXHIU");
    }

    #[test]
    fn dash_group_and_director_role() {
        let turn = one("Dragan Petrović – Lista Serbe: Hvala.");
        assert_eq!(who(&turn), t("Dragan Petrović", Some("Lista Serbe"), None));
        let turn = one("Drejtori për arsim Ilir Mehmeti: Shkollat janë gati.");
        assert_eq!(who(&turn), t("Ilir Mehmeti", None, None));
    }

    #[test]
    fn bilingual_role_and_side_in_place_of_group() {
        let turn = one("Kryesuesi/Predsedavajući Faton Ahmeti: Fillojmë / Počinjemo.");
        assert_eq!(turn.speaker, "Faton Ahmeti");
        let turn = one("Lirije Kastrati (opozita): Nuk pajtohem.");
        assert_eq!(who(&turn), t("Lirije Kastrati", None, Some(Side::Opozite)));
    }

    #[test]
    fn side_from_the_written_role() {
        let turn =
            one("Asamblistja e opozitës, znj. Lindita Ramadani, u shpreh kritike ndaj planit.");
        assert_eq!(who(&turn), t("Lindita Ramadani", None, Some(Side::Opozite)));
        let turn = one("Asamblisti i grupit që e mbështet ekzekutivin, z. Muhamet Halili, e vlerësoi të dobishme.");
        assert_eq!(who(&turn), t("Muhamet Halili", None, Some(Side::Pozite)));
        let turn = one("Në mbështetje të propozimit foli asamblisti i pozitës, Sabri Sylejmani, sipas\ntë cilit plani është i mirë.");
        assert_eq!(who(&turn), t("Sabri Sylejmani", None, Some(Side::Pozite)));
        let turn = one("Nga opozita, asamblisti Ardian Morina vlerësoi se afati është i shkurtër.");
        assert_eq!(who(&turn), t("Ardian Morina", None, Some(Side::Opozite)));
    }

    #[test]
    fn narration_is_not_a_turn_and_turns_run_to_the_next_marker() {
        let text = "Kuvendi e shqyrtoi raportin. Pika u diskutua gjatë.\n\
                    Arben Gashi (LDK): Pajtohem.\nKam edhe një vërejtje. Kuvendi e mori në dijeni.\n\
                    Vjosa Krasniqi (VV): Jo.";
        let turns = split_turns(text);
        assert_eq!(turns.len(), 2);
        assert_eq!(
            turns[0].text,
            "Pajtohem. Kam edhe një vërejtje. Kuvendi e mori në dijeni."
        );
        assert_eq!(turns[1].text, "Jo.");
    }

    #[test]
    fn plain_sentences_and_headings_are_not_markers() {
        for text in [
            "Pika 1 e rendit të ditës: Buxheti",
            "Kuvendi e mori në dijeni informatën.",
            "Kryesuesja propozoi këtë rend dite.",
            "Procesmbajtësja: Kryesuesja e Kuvendit:",
            "Rendi i ditës: 1. Buxheti",
            "Komuna e Gjilanit, Kuvendi i Komunës, tha se",
            "arben gashi: faleminderit",
        ] {
            assert!(
                split_turns(text).is_empty(),
                "{text:?} → {:?}",
                split_turns(text)
            );
        }
    }

    #[test]
    fn role_then_surname_keeps_the_surname() {
        let turn = one("Kryetari Maliqi u përgjigj se procedura ka filluar.");
        assert_eq!(turn.speaker, "Maliqi");
        let turn = one("Drejtoresha Lirije Mustafa sqaroi se tarifa ulet.");
        assert_eq!(turn.speaker, "Lirije Mustafa");
    }

    #[test]
    fn side_serde_names() {
        assert_eq!(serde_json::to_string(&Side::Pozite).unwrap(), "\"pozite\"");
        assert_eq!(
            serde_json::to_string(&Side::Opozite).unwrap(),
            "\"opozite\""
        );
    }

    const REGISTER: &str = "Emri,Subjekti politik,Pozita,Mandati\n\
        Arben Gashi,LDK,pozitë,2021–2025\n\
        Vjosa Krasniqi,VV,opozitë,2021–2025\n\
        Dragan Petrović,Lista Serbe,pozitë,2021–2025\n\
        Driton Berisha,PDK,opozitë,2021–2025\n\
        Lirije Kastrati,AAK,,2021–2025\n\
        Valon Krasniqi,VV,,2021–2025\n\
        Shpresa Rama,LDK,pozitë,2021–2025\n\
        Besnik Rama,PDK,opozitë,2017–2021\n";

    /// Invented minutes of one item: every marker shape, with narration in between.
    const MINUTES: &str =
        "Kryesuesja e Kuvendit e hapi shqyrtimin e pikës dhe ia dha fjalën drejtorit.\n\
Drejtori për financa Ilir Mehmeti: Projektbuxheti për vitin 2023 është 24 milionë euro.\n\
Arben Gashi (LDK): E mbështesim, sepse investimet kapitale rriten.\n\
Vjosa Krasniqi (VV): Nuk pajtohemi. Fshatrat janë lënë anash.\n\
Driton Berisha, asamblist nga PDK, tha se buxheti nuk i përfshin subvencionet për bujqit. \
Asamblisti Valon Krasniqi kërkoi sqarime për tenderin e rrugëve.\n\
Dragan Petrović – Lista Serbe: Tražimo prevod materijala. Kërkojmë përkthimin e materialeve.\n\
Z. Gashi: Përkthimi do të bëhet.\n\
Asamblistja e opozitës, znj. Lirije Kastrati, vuri në dukje se afati ishte i shkurtër.\n\
Nga radhët e pozitës, asamblistja Shpresa Rama vlerësoi se buxheti është i balancuar.\n\
KRYESUESJA: Kalojmë në votim.\n\
Për propozimin votuan 20 asamblistë, kundër ishin 9.\n\
Besnik Rama (PDK): Kërkoj që vota ime të shënohet kundër.\n";

    #[test]
    fn invented_minutes_are_split_and_attributed() {
        let mut turns = split_turns(MINUTES);
        let (register, errors) = Councillors::from_csv(REGISTER);
        assert!(errors.is_empty());
        attribute(&mut turns, &register, 2022);
        let got: Vec<_> = turns.iter().map(who).collect();
        use Side::*;
        assert_eq!(
            got,
            vec![
                t("Ilir Mehmeti", None, None),
                t("Arben Gashi", Some("LDK"), Some(Pozite)),
                t("Vjosa Krasniqi", Some("VV"), Some(Opozite)),
                t("Driton Berisha", Some("PDK"), Some(Opozite)),
                // No side in the register: the VV group of 2021–2025 is opposition.
                t("Valon Krasniqi", Some("VV"), Some(Opozite)),
                t("Dragan Petrović", Some("Lista Serbe"), Some(Pozite)),
                // Surname only; Besnik Rama's term is over, so Gashi is unambiguous.
                t("Gashi", Some("LDK"), Some(Pozite)),
                // The minutes say opposition; AAK has no side in the register.
                t("Lirije Kastrati", Some("AAK"), Some(Opozite)),
                t("Shpresa Rama", Some("LDK"), Some(Pozite)),
                t("KRYESUESJA", None, None),
                // Not in 2022's register; the written group maps to that term's side.
                t("Besnik Rama", Some("PDK"), Some(Opozite)),
            ]
        );
        assert_eq!(turns[2].text, "Nuk pajtohemi. Fshatrat janë lënë anash.");
        assert_eq!(
            turns[9].text,
            "Kalojmë në votim. Për propozimin votuan 20 asamblistë, kundër ishin 9."
        );
    }

    #[test]
    fn written_group_and_side_are_never_overwritten() {
        let (register, _) = Councillors::from_csv(REGISTER);
        let mut turns =
            split_turns("Arben Gashi (PDK): Tani jam në PDK.\nVjosa Krasniqi (pozita): Po.");
        attribute(&mut turns, &register, 2022);
        assert_eq!(
            who(&turns[0]),
            t("Arben Gashi", Some("PDK"), Some(Side::Opozite))
        );
        assert_eq!(
            who(&turns[1]),
            t("Vjosa Krasniqi", Some("VV"), Some(Side::Pozite))
        );
    }

    #[test]
    fn hostile_inputs_do_not_panic() {
        let mut inputs: Vec<String> = vec![
            String::new(),
            ":".into(),
            "\n\n\n".into(),
            "Arben Gashi (".into(),
            "Z.".into(),
            "ë. Ë. ë.".repeat(10_000),
            "Arben Gashi (LDK): x\n".repeat(20_000),
            "A. ".repeat(100_000),
            format!("Asamblisti {}", "Emri ".repeat(100_000)),
            "KRYETARI:".repeat(50_000),
        ];
        inputs.extend(crate::sessions::random_texts(
            0x9E37_79B9_7F4A_7C15,
            200,
            300,
        ));
        let (register, _) = Councillors::from_csv(REGISTER);
        for input in &inputs {
            let mut turns = split_turns(input);
            attribute(&mut turns, &register, 2022);
            assert!(turns.len() <= input.len());
        }
        assert_eq!(
            split_turns(&"Arben Gashi (LDK): x\n".repeat(20_000)).len(),
            20_000
        );
    }
}
