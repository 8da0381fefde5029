//! Splits a minutes text into agenda items, one per agenda number.
//!
//! Owns the heading shapes real Kosovo minutes use: "Pika 3 e rendit të ditës: …",
//! "Pika 3." / "Pika 3 – …", "Pika e tretë: …" (ordinals in words), "Për pikën 3 …" and
//! numbered lines "3. Shqyrtimi dhe miratimi i …". The "Rendi i ditës:" list at the top gives
//! titles; item bodies come from the body sections after it. An item is identified by its
//! number, so the list and the body never count an item twice.
//!
//! Must not read outcomes or votes (that is [`super::votes`]).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::analysis::fold;

/// Agenda numbers above this are not items (a year, an act number, an OCR slip).
pub const MAX_ITEM_NUMBER: u32 = 200;

/// One agenda item's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub number: u32,
    pub title: String,
    /// The lines under the item's heading, joined with '\n' ("" when only the agenda
    /// list names the item).
    pub body: String,
}

static PIKA_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:p\s?ika|ad\.?)\s*(?:nr\.?\s*|num[eë]r\s+|numri\s+)?(\d{1,4})\b\s*(?:[-–]?\s*(?:e|t[eë])\s+rendit\s+t[eë]\s+dit[eë]s)?\s*(?:/\s*ta[cč]ka\s*\d{1,4}\.?\s*dnevnog\s+reda)?\s*[.:–—-]?\s*(.*)$",
    )
    .expect("static regex")
});

static PIKA_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^pika\s+e\s+(\d{1,3}\s*-?\s*(?:r[eë]|t[eë])|\p{L}+)\s*(?:e\s+rendit\s+t[eë]\s+dit[eë]s)?\s*[.:–—-]?\s*(.*)$")
        .expect("static regex")
});

static PER_PIKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:p[eë]r|n[eë]|lidhur\s+me|te|tek|sa\s+i\s+p[eë]rket|n[eë]\s+lidhje\s+me)\s+pik(?:[eë]n|a|[eë]s)\s+(?:(\d{1,4})\b|e\s+(\p{L}+))")
        .expect("static regex")
});

static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,4}|[IVXL]{1,7})\s*[.)]\s+(\p{Lu}.*)$").expect("static regex")
});

/// "e parë" … "e njëzetë", folded.
const ORDINALS: [(&str, u32); 21] = [
    ("pare", 1),
    ("dyte", 2),
    ("trete", 3),
    ("katert", 4),
    ("peste", 5),
    ("gjashte", 6),
    ("shtate", 7),
    ("tete", 8),
    ("nente", 9),
    ("dhjete", 10),
    ("njembedhjete", 11),
    ("dymbedhjete", 12),
    ("trembedhjete", 13),
    ("katermbedhjete", 14),
    ("pesembedhjete", 15),
    ("gjashtembedhjete", 16),
    ("shtatembedhjete", 17),
    ("tetembedhjete", 18),
    ("nentembedhjete", 19),
    ("njezete", 20),
    ("njezet", 20),
];

/// The number an Albanian ordinal word stands for ("tretë", "trete" → 3).
pub fn ordinal(word: &str) -> Option<u32> {
    let w = fold(word);
    ORDINALS.iter().find(|(o, _)| *o == w).map(|&(_, n)| n)
}

/// A heading found on one line.
struct Heading {
    number: u32,
    title: String,
    /// "Për pikën 3, …": the line is itself part of the item's text.
    line_is_body: bool,
}

fn parse_number(digits: &str) -> Option<u32> {
    digits
        .parse::<u32>()
        .ok()
        .or_else(|| roman(digits))
        .filter(|n| (1..=MAX_ITEM_NUMBER).contains(n))
}

/// "VII" → 7: agenda lists and headings numbered in Roman numerals. Only
/// well-formed numerals up to L (50) are read, so a stray "IIV" is not an item.
fn roman(s: &str) -> Option<u32> {
    let value = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        _ => None,
    };
    let digits: Vec<u32> = s.chars().map(value).collect::<Option<_>>()?;
    let mut total = 0i64;
    for (k, &d) in digits.iter().enumerate() {
        match digits.get(k + 1) {
            Some(&next) if next > d => total -= i64::from(d),
            _ => total += i64::from(d),
        }
    }
    let n = u32::try_from(total).ok().filter(|&n| n > 0)?;
    (to_roman(n) == s).then_some(n)
}

fn to_roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 7] = [
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, numeral) in TABLE {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

/// A title without the list punctuation around it ("Të ndryshme." → "Të ndryshme").
fn clean_title(s: &str) -> String {
    s.trim()
        .trim_end_matches([':', ';', ',', '.'])
        .trim()
        .to_string()
}

fn starts_lowercase(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_lowercase())
}

/// A "Pika …" or "Për pikën …" heading (the numbered-line shape is handled by the caller,
/// since it needs the running number).
fn pika_heading(line: &str) -> Option<Heading> {
    let (number, rest) = if let Some(c) = PIKA_NUMBER.captures(line) {
        (parse_number(&c[1])?, c.get(2).map_or("", |m| m.as_str()))
    } else if let Some(c) = PIKA_ORDINAL.captures(line) {
        // "Pika e tretë" or "Pika e 3-të".
        let word = &c[1];
        let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
        let number = if digits.is_empty() {
            ordinal(word)?
        } else {
            parse_number(&digits)?
        };
        (number, c.get(2).map_or("", |m| m.as_str()))
    } else if let Some(c) = PER_PIKEN.captures(line) {
        let number = match (c.get(1), c.get(2)) {
            (Some(d), _) => parse_number(d.as_str())?,
            (None, Some(w)) => ordinal(w.as_str())?,
            _ => return None,
        };
        return Some(Heading {
            number,
            title: String::new(),
            line_is_body: true,
        });
    } else {
        return None;
    };
    // "Pika 3 e rendit të ditës u shty …": prose, not a title.
    if starts_lowercase(rest) {
        return Some(Heading {
            number,
            title: String::new(),
            line_is_body: true,
        });
    }
    Some(Heading {
        number,
        title: clean_title(rest),
        line_is_body: false,
    })
}

fn numbered(line: &str) -> Option<(u32, String)> {
    let c = NUMBERED.captures(line)?;
    Some((parse_number(&c[1])?, clean_title(&c[2])))
}

/// "Rendi i ditës:" (or "… propozoi rendin e ditës, i cili u miratua:"), introducing the list.
fn is_agenda_intro(line: &str) -> bool {
    let f = fold(line);
    let f = f.trim();
    let names = ["rendi i dites", "rendin e dites", "rend dite", "dnevni red"];
    // "RENDI I DITËS" alone, also letter-spaced as typewritten headings are ("R E N D D I T E").
    let squeezed: String = f
        .trim_end_matches(':')
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if matches!(squeezed.as_str(), "rendiidites" | "renddite" | "dnevnired") {
        return true;
    }
    f.ends_with(':') && names.iter().any(|n| f.contains(n))
}

/// Whether `lines[i]` ("1. …") opens a run of consecutive numbered lines (2., 3., … with
/// lowercase continuation lines between): the agenda list, even when its introduction
/// is not recognized (it may span lines or end in a vote).
fn opens_numbered_run(lines: &[String], i: usize) -> bool {
    let Some((1, _)) = lines.get(i).and_then(|l| numbered(l)) else {
        return false;
    };
    for l in lines.iter().skip(i + 1).take(4) {
        match numbered(l) {
            Some((n, _)) => return n == 2,
            None if is_title_continuation(l) => continue,
            None => return false,
        }
    }
    false
}

/// A line that can continue a wrapped agenda title: not a sentence of its own.
fn is_title_continuation(line: &str) -> bool {
    !line.is_empty() && (starts_lowercase(line) || !line.ends_with('.'))
}

fn collapse(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

struct Building {
    title: String,
    lines: Vec<String>,
}

/// Splits `text` into its agenda items, in agenda-number order.
pub fn split(text: &str) -> Vec<Section> {
    let mut agenda: BTreeMap<u32, String> = BTreeMap::new();
    let mut items: BTreeMap<u32, Building> = BTreeMap::new();
    let mut in_agenda = false;
    let mut last_agenda = 0u32;
    // The last line of the agenda list: items headed only by their title start after it.
    let mut agenda_end = 0usize;
    let mut current: Option<u32> = None;
    let mut last_body = 0u32;
    // Lines of a heading's title still to come: (item, lines left, title may be the next
    // line even if it starts with a capital).
    let mut title_wanted: Option<(u32, u8, bool)> = None;

    let lines: Vec<String> = text.lines().map(collapse).collect();
    for (i, line) in lines.iter().enumerate() {
        let line = line.clone();

        if in_agenda {
            if line.is_empty() {
                if !agenda.is_empty() {
                    in_agenda = false;
                }
                continue;
            }
            if let Some((n, title)) = numbered(&line) {
                if n == last_agenda + 1 {
                    agenda.insert(n, title);
                    last_agenda = n;
                    agenda_end = i;
                    continue;
                }
            }
            // A wrapped title: lowercase, or a place name when the next line goes on
            // with the list.
            let list_goes_on = lines
                .get(i + 1)
                .and_then(|l| numbered(l))
                .is_some_and(|(n, _)| n == last_agenda + 1);
            if starts_lowercase(&line) || (list_goes_on && is_title_continuation(&line)) {
                if let Some(t) = agenda.get_mut(&last_agenda) {
                    t.push(' ');
                    t.push_str(&line);
                    agenda_end = i;
                    continue;
                }
            }
            in_agenda = false;
        }

        if current.is_none() && agenda.is_empty() {
            if is_agenda_intro(&line) {
                in_agenda = true;
                continue;
            }
            if opens_numbered_run(&lines, i) {
                if let Some((n, title)) = numbered(&line) {
                    agenda.insert(n, title);
                    last_agenda = n;
                    agenda_end = i;
                    in_agenda = true;
                    continue;
                }
            }
        }

        let heading = pika_heading(&line).or_else(|| {
            numbered(&line)
                .filter(|(n, _)| *n == last_body + 1)
                .map(|(number, title)| Heading {
                    number,
                    title,
                    line_is_body: false,
                })
        });
        if let Some(h) = heading {
            let entry = items.entry(h.number).or_insert_with(|| Building {
                title: String::new(),
                lines: Vec::new(),
            });
            if entry.title.is_empty() {
                entry.title = h.title.clone();
            }
            if h.line_is_body {
                entry.lines.push(line.clone());
            }
            title_wanted = if h.line_is_body {
                None
            } else {
                Some((h.number, 2, h.title.is_empty()))
            };
            current = Some(h.number);
            last_body = h.number;
            continue;
        }

        let Some(n) = current else { continue };
        let Some(item) = items.get_mut(&n) else {
            continue;
        };
        if let Some((wanted, left, any_case)) = title_wanted {
            title_wanted = None;
            if wanted == n && !line.is_empty() {
                let first = line.chars().next().unwrap_or(' ');
                let continues = starts_lowercase(&line) || matches!(first, '"' | '„' | '“' | '«');
                if item.title.is_empty() && any_case && !agenda.contains_key(&n) {
                    item.title = clean_title(&line);
                    continue;
                }
                if !item.title.is_empty() && continues {
                    item.title.push(' ');
                    item.title.push_str(&line);
                    if left > 1 {
                        title_wanted = Some((n, left - 1, false));
                    }
                    continue;
                }
            }
        }
        item.lines.push(line);
    }

    // No numbered heading anywhere, but an agenda list: the items are headed
    // by their titles alone, as the list wrote them.
    if items.is_empty() && agenda.len() >= 2 {
        items = bodies_under_titles(&lines, agenda_end + 1, &agenda);
    }

    let mut numbers: Vec<u32> = agenda.keys().chain(items.keys()).copied().collect();
    numbers.sort_unstable();
    numbers.dedup();
    numbers
        .into_iter()
        .map(|n| {
            let built = items.remove(&n);
            let title = match (&built, agenda.get(&n)) {
                (_, Some(t)) if !t.is_empty() => clean_title(t),
                (Some(b), _) => clean_title(&b.title),
                _ => String::new(),
            };
            let body = built
                .map(|b| b.lines.join("\n").trim().to_string())
                .unwrap_or_default();
            Section {
                number: n,
                title,
                body,
            }
        })
        .collect()
}

/// Shortest title line (folded characters) that may head an item: "Të ndryshme" is
/// short, but shorter lines are too often something else.
const MIN_TITLE_KEY: usize = 10;

/// A title as compared: folded, letters and digits only, single spaces.
fn title_key(s: &str) -> String {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a line heads the item titled `key`: the title itself (perhaps with
/// a closing stop), or its first line when the heading wraps.
fn heads(line: &str, key: &str) -> bool {
    let line_key = title_key(line);
    if line_key.len() < MIN_TITLE_KEY.min(key.len()) {
        return false;
    }
    line_key == key || (key.starts_with(&line_key) && line_key.len() * 10 >= key.len() * 6)
}

/// Item bodies found by the agenda titles repeated as headings, in agenda
/// order after the list; an item whose title is never repeated gets none.
fn bodies_under_titles(
    lines: &[String],
    start: usize,
    agenda: &BTreeMap<u32, String>,
) -> BTreeMap<u32, Building> {
    let mut starts: Vec<(u32, usize)> = Vec::new();
    let mut from = start;
    for (&n, title) in agenda {
        let key = title_key(title);
        if let Some(j) = (from..lines.len()).find(|&j| heads(&lines[j], &key)) {
            starts.push((n, j));
            from = j + 1;
        }
    }
    let mut out = BTreeMap::new();
    for (k, &(n, j)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(lines.len(), |&(_, next)| next);
        // A wrapped heading's second line is still the title.
        let key = title_key(&agenda[&n]);
        let mut body_from = j + 1;
        if title_key(&lines[j]) != key
            && body_from < end
            && key.ends_with(&title_key(&lines[body_from]))
        {
            body_from += 1;
        }
        let body = lines.get(body_from..end).unwrap_or_default().to_vec();
        out.insert(
            n,
            Building {
                title: agenda[&n].clone(),
                lines: body,
            },
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(text: &str) -> Vec<(u32, String, String)> {
        split(text)
            .into_iter()
            .map(|s| (s.number, s.title, s.body))
            .collect()
    }

    #[test]
    fn pika_n_e_rendit_te_dites() {
        let s = shape(
            "Hyrje.\nPika 1 e rendit të ditës: Miratimi i procesverbalit\nU miratua.\n\
             Pika 2 e rendit të ditës – Buxheti 2024\nDiskutim.\nMiratohet.",
        );
        assert_eq!(
            s,
            vec![
                (1, "Miratimi i procesverbalit".into(), "U miratua.".into()),
                (2, "Buxheti 2024".into(), "Diskutim.\nMiratohet.".into()),
            ]
        );
    }

    #[test]
    fn ordinal_headings_up_to_twenty() {
        assert_eq!(ordinal("tretë"), Some(3));
        assert_eq!(ordinal("NJËZETË"), Some(20));
        assert_eq!(ordinal("nentembedhjete"), Some(19));
        assert_eq!(ordinal("tjetër"), None);
        let s = shape("Pika e parë: A\nX.\nPika e dymbëdhjetë: B\nY.");
        assert_eq!(s[0].0, 1);
        assert_eq!(s[1], (12, "B".into(), "Y.".into()));
    }

    #[test]
    fn pika_dot_heading_takes_title_from_next_line_without_agenda() {
        let s = shape("Pika 1.\nPlani i punës\nPër: 3, Kundër: 0\n");
        assert_eq!(
            s,
            vec![(1, "Plani i punës".into(), "Për: 3, Kundër: 0".into())]
        );
    }

    #[test]
    fn agenda_list_gives_titles_and_body_is_not_double_counted() {
        let text = "Rendi i ditës:\n1. Procesverbali\n2. Buxheti i rishikuar\nper vitin 2025\n\n\
                    1. Procesverbali\nU miratua.\n2. Buxheti i rishikuar\nU shty.\n";
        let s = shape(text);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0], (1, "Procesverbali".into(), "U miratua.".into()));
        assert_eq!(
            s[1],
            (
                2,
                "Buxheti i rishikuar per vitin 2025".into(),
                "U shty.".into()
            )
        );
    }

    #[test]
    fn agenda_items_without_body_are_kept_and_numbered_lists_in_bodies_are_not_items() {
        let text = "Rendi i ditës:\n1. A\n2. B\n3. C\n\nPika 1: A\nMiratohet.\n\
                    Pika 2: B\nKërkesat:\n1. Rruga\n2. Ujësjellësi\n";
        let s = shape(text);
        assert_eq!(s.len(), 3);
        assert_eq!(s[1].2, "Kërkesat:\n1. Rruga\n2. Ujësjellësi");
        assert_eq!(s[2], (3, "C".into(), String::new()));
    }

    #[test]
    fn agenda_run_without_a_recognized_intro_and_letter_spaced_intro() {
        let text = "Kryesuesja propozoi këtë rend dite, i cili u miratua me 26 vota për dhe 3\n\
                    abstenime:\n1. Procesverbali\n2. Qendra rinore në\nPërlepnicë\n3. Buxheti\n\
                    Pika 1 e rendit të ditës: Procesverbali\nU miratua.\n\
                    Pika 2 e rendit të ditës: Qendra rinore në\nPërlepnicë\nU miratua.\n";
        let s = shape(text);
        assert_eq!(s.len(), 3);
        assert_eq!(s[0], (1, "Procesverbali".into(), "U miratua.".into()));
        assert_eq!(s[1].1, "Qendra rinore në Përlepnicë");
        assert_eq!(s[2], (3, "Buxheti".into(), String::new()));
        let s = shape("R E N D D I T E\n1. A;\n2. B.\nRendi u miratua.\nPika 1\nX.\nPika 2\nY.");
        assert_eq!(s[0], (1, "A".into(), "X.".into()));
        assert_eq!(s[1], (2, "B".into(), "Y.".into()));
    }

    #[test]
    fn per_piken_line_is_part_of_the_body() {
        let s = shape("Për pikën 4 të rendit të ditës, Kuvendi votoi: 18 për.\nPër pikën e pestë, pa diskutim.");
        assert_eq!(s[0].0, 4);
        assert!(s[0].2.starts_with("Për pikën 4"));
        assert_eq!(s[1].0, 5);
    }

    #[test]
    fn bilingual_and_ocr_spaced_headings() {
        let s = shape(
            "Pika 2 e rendit të ditës / Tačka 2 dnevnog reda: Buxheti / Budžet\nX\n\
             Pika  3  e  rendit  të  ditës : Plani  i  mbeturinave\n\"Gjilani i pastër\"\nY",
        );
        assert_eq!(s[0], (2, "Buxheti / Budžet".into(), "X".into()));
        assert_eq!(
            s[1],
            (
                3,
                "Plani i mbeturinave \"Gjilani i pastër\"".into(),
                "Y".into()
            )
        );
    }

    #[test]
    fn prose_starting_with_pika_keeps_the_sentence_in_the_body() {
        let s = shape("Pika 3 e rendit të ditës u shty për seancën e ardhshme.");
        assert_eq!(s[0].0, 3);
        assert_eq!(s[0].1, "");
        assert!(s[0].2.contains("u shty"));
    }

    #[test]
    fn roman_ad_and_ne_piken_headings() {
        let text = "Rendi i ditës:\nI. Miratimi i procesverbalit\nII. Rishikimi i buxhetit\n\n\
                    I. MIRATIMI I PROCESVERBALIT\nU miratua.\nII. RISHIKIMI I BUXHETIT\nU shty.\n";
        let items = split(text);
        assert_eq!(items.iter().map(|s| s.number).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(items[1].title, "Rishikimi i buxhetit");
        assert_eq!(items[1].body, "U shty.");
        let text =
            "Ad. 1 – Miratimi i procesverbalit\nU miratua.\nAd. 2 – Raporti\nNuk u miratua.\n";
        assert_eq!(split(text)[1].body, "Nuk u miratua.");
        let text = "Në pikën 1 të rendit të ditës u shqyrtua procesverbali. U miratua.\n\
                    Në pikën 2 të rendit të ditës u shqyrtua raporti.\n";
        let items = split(text);
        assert_eq!(items.len(), 2);
        assert!(items[1].body.starts_with("Në pikën 2"));
        let text =
            "Pika e 1-rë: Raporti i punës\nU mor në dijeni.\nPika e 2-të: Buxheti\nU miratua.\n";
        assert_eq!(
            split(text).iter().map(|s| s.number).collect::<Vec<_>>(),
            [1, 2]
        );
        let text = "Lidhur me pikën e parë të rendit të ditës, procesverbali u miratua.\n\
                    Te pika e dytë, drejtori informoi.\n";
        assert_eq!(
            split(text).iter().map(|s| s.number).collect::<Vec<_>>(),
            [1, 2]
        );
        assert_eq!(roman("XIV"), Some(14));
        assert_eq!(roman("IIV"), None);
        assert_eq!(roman("C"), None);
    }

    #[test]
    fn items_headed_only_by_their_agenda_title() {
        let text = "RENDI I DITËS\n\n1. Miratimi i procesverbalit nga seanca e kaluar\n\
                    2. Propozim-vendimi për subvencionimin e fermerëve për vitin 2027\n\n\
                    Rendi i ditës u miratua pa ndryshime.\n\n\
                    Miratimi i procesverbalit nga seanca e kaluar\n\nProcesverbali u miratua.\n\n\
                    Propozim-vendimi për subvencionimin e fermerëve\npër vitin 2027\n\n\
                    Pas diskutimit u miratua.\n";
        let items = split(text);
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].body, "Procesverbali u miratua.");
        assert_eq!(items[1].body, "Pas diskutimit u miratua.");
    }

    #[test]
    fn years_and_huge_numbers_are_not_items() {
        assert!(shape("Pika 2024: x\n2019. Viti\nPika 99999999999: y").is_empty());
    }
}
