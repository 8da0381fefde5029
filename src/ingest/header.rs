//! Metadata from the text of an act: type, title, number, date, issuer and
//! municipality, read from the header block that Kosovo municipal acts carry:
//!
//! ```text
//! REPUBLIKA E KOSOVËS / REPUBLIKA KOSOVA / REPUBLIC OF KOSOVO
//! KOMUNA E GJILANIT / OPŠTINA GNJILANE / MUNICIPALITY OF GJILAN
//! KUVENDI I KOMUNËS
//! 01 Nr. 016-8123/19
//! Gjilan, 12.03.2019
//! Në bazë të nenit 12 … të Ligjit Nr. 03/L-040 … merr këtë:
//! V E N D I M
//! për miratimin e …
//! ```
//!
//! Owns only the reading of that text; every field is a best guess and may
//! be missing. A register row that describes the same file overrides these
//! guesses (see `ingest::record`). Knows nothing of PDFs or the index.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::dates::find_dates;
use super::municipality;
use crate::analysis::fold;
use crate::model::ActType;

/// What the header of an act says about it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Header {
    pub act_type: Option<ActType>,
    pub title: Option<String>,
    pub number: Option<String>,
    pub date: Option<NaiveDate>,
    pub issuer: Option<String>,
    pub municipality: Option<String>,
}

/// Title words, folded and without spaces, longest first so that
/// "NJOFTIM PËR KONTRATË" wins over "NJOFTIM".
const TITLE_WORDS: &[(&str, ActType)] = &[
    ("njoftimperkontrat", ActType::NjoftimPerKontrate),
    ("njoftimperdheniekontrat", ActType::NjoftimPerKontrate),
    ("njoftimperdhenie", ActType::NjoftimPerKontrate),
    ("njoftimperanulim", ActType::NjoftimPerKontrate),
    ("njoftimperprokurim", ActType::NjoftimPerKontrate),
    ("njoftimikontrat", ActType::NjoftimPerKontrate),
    ("komunikat", ActType::Komunikate),
    ("procesverbal", ActType::Procesverbal),
    ("rregullor", ActType::Rregullore),
    ("vendim", ActType::Vendim),
    ("kontrat", ActType::Kontrate),
    ("konkurs", ActType::Konkurs),
    ("shpallj", ActType::Shpallje),
    ("njoftim", ActType::Njoftim),
    ("raport", ActType::Raport),
    ("ftes", ActType::Ftese),
];

/// Title phrases that stand alone on their line in mixed case
/// ("Komunikatë për media"), folded, letters only.
const FULL_TITLES: &[&str] = &[
    "komunikatepermedia",
    "komunikatepershtyp",
    "njoftimperkontrate",
    "njoftimpermedia",
    "procesverbali",
];

/// How far into the text the header and title are looked for.
const HEADER_LINES: usize = 60;
/// A title line is a line, not a paragraph.
const MAX_TITLE_LINE: usize = 120;
const MAX_TITLE: usize = 300;

/// Reads the header of an act's text (the first page is enough).
pub fn read(text: &str) -> Header {
    let first_page = text.split('\u{c}').next().unwrap_or(text);
    let lines: Vec<&str> = first_page
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(HEADER_LINES)
        .collect();
    let title_at = lines.iter().position(|l| title_word(l).is_some());
    let header_zone = &lines[..title_at.unwrap_or(lines.len().min(12))];
    Header {
        act_type: title_at.and_then(|i| title_word(lines[i])),
        title: title_at.map(|i| title(&lines[i..])),
        number: number(header_zone).or_else(|| number(&lines)),
        date: date(header_zone, &lines, text),
        issuer: issuer(header_zone).or_else(|| signed_by(text)),
        municipality: lines.iter().find_map(|l| municipality::from_header_line(l)),
    }
}

/// The act type named by a title line: `VENDIM`, `V E N D I M`,
/// `NJOFTIM PËR KONTRATË`, `Vendim` alone, `PROCESVERBAL nga mbledhja …`.
/// Body sentences ("Vendimi hyn në fuqi …") are not title lines: the title
/// word must be written in capitals or stand alone on its line.
fn title_word(line: &str) -> Option<ActType> {
    if line.chars().count() > MAX_TITLE_LINE {
        return None;
    }
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    let key: String = fold(&letters.iter().collect::<String>());
    let (word, act_type) = TITLE_WORDS.iter().find(|(w, _)| key.starts_with(w))?;
    let in_capitals = letters.iter().take(word.len()).all(|c| c.is_uppercase());
    let alone = key.len() <= word.len() + 2 || FULL_TITLES.contains(&key.as_str());
    (in_capitals || alone).then_some(*act_type)
}

/// The title: the title line (de-spaced, sentence case) and the subtitle
/// lines that follow it ("për miratimin e …").
fn title(lines: &[&str]) -> String {
    let mut title = sentence_case(&despace(lines[0]));
    for (i, line) in lines.iter().enumerate().skip(1) {
        let continues = if i == 1 {
            starts_subtitle(line)
        } else {
            starts_lowercase(line)
        };
        let ended = title.ends_with(['.', ':', ';']);
        // An open quotation ("Flaka e / Janarit 2026") always continues.
        let open_quote = title.matches('"').count() % 2 == 1;
        if !(continues || open_quote) || ended || title.len() + line.len() > MAX_TITLE {
            break;
        }
        title.push(' ');
        title.push_str(&sentence_case(line));
    }
    title.trim_end_matches([':', ',', ';']).trim().to_string()
}

fn starts_lowercase(line: &str) -> bool {
    line.chars().next().is_some_and(char::is_lowercase)
}

fn starts_subtitle(line: &str) -> bool {
    const LEADS: &[&str] = &[
        "per ", "mbi ", "nga ", "lidhur ", "rreth ", "ne ", "e ", "i ",
    ];
    let folded = fold(line);
    starts_lowercase(line) || LEADS.iter().any(|lead| folded.starts_with(lead))
}

/// `V E N D I M` → `VENDIM`; `N J O F T I M  P Ë R …` keeps word gaps.
fn despace(line: &str) -> String {
    let tokens: Vec<&str> = line.split(' ').collect();
    let spaced = tokens.iter().filter(|t| t.chars().count() == 1).count();
    if tokens.len() < 4 || spaced * 10 < tokens.len() * 8 {
        return line.to_string();
    }
    // Double spaces separate words in a letter-spaced line.
    line.split("  ")
        .map(|word| word.replace(' ', ""))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lines written in capitals become sentence case ("KONTRATË PËR …" →
/// "Kontratë për …"); mixed-case lines are kept as written.
fn sentence_case(line: &str) -> String {
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    let upper = line.chars().filter(|c| c.is_uppercase()).count();
    if letters == 0 || upper * 10 < letters * 7 {
        return line.to_string();
    }
    let lower = line.to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

static NUMBER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        (?P<code>\b\d{1,3}\s+)?
        (?P<label>
            \bnr\s*\.?\s*(?:i\s+(?:l[eë]nd[eë]s|protokollit|prokurimit|kontrat[eë]s|aktit)|prot(?:okollit)?|ref)?\s*\.?
          | \bnumri(?:\s+i\s+(?:protokollit|aktit|l[eë]nd[eë]s|prokurimit|kontrat[eë]s))?
          | \bprotokolli
        )
        \s*[:.]?\s*
        (?P<value>[0-9A-Za-z][0-9A-Za-z./\-]*)",
    )
    .expect("number pattern is valid")
});

/// The registry number from the first line that carries a `Nr.`-style label
/// at its start, after an office code (`01 Nr. …`), after a date, or in a
/// line written in capitals. Law references in prose ("Ligjit Nr. 03/L-040")
/// are not numbers of the act.
fn number(lines: &[&str]) -> Option<String> {
    lines.iter().find_map(|line| number_in_line(line))
}

fn number_in_line(line: &str) -> Option<String> {
    for caps in NUMBER_LABEL.captures_iter(line) {
        let (Some(whole), Some(value)) = (caps.get(0), caps.name("value")) else {
            continue;
        };
        let value_text = value.as_str().trim_end_matches(['.', ',', '-', '/']);
        if !value_text.chars().any(|c| c.is_ascii_digit()) || is_law_number(value_text) {
            continue;
        }
        let before = line.get(..whole.start()).unwrap_or("").trim();
        if !number_context_ok(before) {
            continue;
        }
        return Some(match caps.name("code") {
            Some(code) => {
                let end = value.start() + value_text.len();
                line.get(code.start()..end)
                    .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))?
            }
            None => value_text.to_string(),
        });
    }
    None
}

/// Kosovo laws are numbered `03/L-040`; an act's own number never has `/L-`.
fn is_law_number(value: &str) -> bool {
    value.to_ascii_uppercase().contains("/L-")
}

fn number_context_ok(before: &str) -> bool {
    if before.is_empty()
        || before
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace())
    {
        return true;
    }
    let has_lowercase = before.chars().any(char::is_lowercase);
    !has_lowercase || !find_dates(before).is_empty() || ends_with_place(before)
}

/// The act's date. In order of trust: a date labelled (`Data:`) or after a
/// place name (`Gjilan, 12.03.2019`) in the header; a date on a short header
/// line; a place-and-date line anywhere (the signature block); the first date
/// of the header; the first date of the text.
fn date(header_zone: &[&str], lines: &[&str], text: &str) -> Option<NaiveDate> {
    let placed = |ls: &[&str]| ls.iter().find_map(|l| placed_date(l));
    let short = |ls: &[&str]| ls.iter().find_map(|l| date_dominated(l));
    let all_lines: Vec<&str> = text.lines().map(str::trim).collect();
    placed(header_zone)
        .or_else(|| short(header_zone))
        .or_else(|| placed(&all_lines))
        .or_else(|| {
            header_zone
                .iter()
                .find_map(|l| find_dates(l).first().map(|(_, d)| *d))
        })
        .or_else(|| {
            lines
                .iter()
                .find_map(|l| find_dates(l).first().map(|(_, d)| *d))
        })
}

/// A date on a line that holds little else (a number, a word or two), as
/// header lines do; prose wrapped short by the layout holds more.
fn date_dominated(line: &str) -> Option<NaiveDate> {
    let (range, date) = find_dates(line).into_iter().next()?;
    let rest = format!("{} {}", line.get(..range.start)?, line.get(range.end..)?);
    (rest.split_whitespace().count() <= 3).then_some(date)
}

/// A date that follows a label or a place name on a short line.
fn placed_date(line: &str) -> Option<NaiveDate> {
    if line.chars().count() > 90 {
        return None;
    }
    find_dates(line).into_iter().find_map(|(range, date)| {
        let before = line.get(..range.start)?;
        let before = before
            .trim_end()
            .trim_end_matches([':', ',', '.'])
            .trim_end();
        let folded = fold(before);
        let before = if folded.ends_with(" me") || folded == "me" {
            before.get(..before.len().saturating_sub(3))?.trim_end()
        } else {
            before
        };
        let before = before.trim_end_matches([':', ',']).trim_end();
        let label = fold(before);
        let labelled = ["data", "date", "dt", "date e", "datë"]
            .iter()
            .any(|l| label.ends_with(l));
        (labelled || ends_with_place(before)).then_some(date)
    })
}

/// The text ends with a place name: a known municipality ("… Gjilan",
/// "Prishtina"), or it is nothing but one or two capitalized words
/// ("Livoç"). Capitalized words in prose ("të Ligjit") are not places.
fn ends_with_place(before: &str) -> bool {
    let before = before.trim_end_matches([',', ' ', ':']);
    let words: Vec<&str> = before.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    let capitalized = |w: &&str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
    };
    municipality::is_place_name(last)
        || (words.len() <= 2 && words.iter().all(capitalized) && !is_label_word(last))
}

fn is_label_word(word: &str) -> bool {
    matches!(fold(word).as_str(), "nr" | "numri" | "data" | "date")
}

const BODIES: &[&str] = &[
    "kuvendi",
    "kryetari",
    "kryetarja",
    "drejtoria",
    "zyra",
    "komiteti",
    "keshilli",
    "komisioni",
    "njesia",
    "sektori",
    "inspektorati",
    "sherbimi",
    "divizioni",
    "departamenti",
    "administrata",
    "agjencia",
];

/// The issuing body named in the header block, in title case with its
/// Serbian and English versions cut off.
fn issuer(header_zone: &[&str]) -> Option<String> {
    header_zone.iter().enumerate().find_map(|(i, line)| {
        let body = line
            .replace(" - ", "/")
            .split(['/', '–', '|'])
            .map(str::trim)
            .find(|segment| starts_with_body(segment))?
            .to_string();
        // A long name wraps: "DREJTORIA PËR BUXHET DHE" / "FINANCA".
        let body = match header_zone.get(i + 1) {
            Some(next) if ends_with_connector(&body) => format!("{body} {}", next.trim()),
            _ => body,
        };
        (body.chars().count() <= 80).then(|| canonical_issuer(&body))
    })
}

fn starts_with_body(segment: &str) -> bool {
    let folded = fold(segment);
    folded
        .split_whitespace()
        .next()
        .is_some_and(|first| BODIES.contains(&first))
}

fn ends_with_connector(name: &str) -> bool {
    let last = name.split_whitespace().last().map(fold);
    matches!(
        last.as_deref(),
        Some("dhe" | "per" | "e" | "i" | "te" | "se" | "ne")
    )
}

/// The body's name in title case; the bare "KUVENDI" or "KRYETARI" of a
/// header is the municipality's Assembly or Mayor.
fn canonical_issuer(name: &str) -> String {
    let folded = fold(name);
    let words: Vec<&str> = folded.split_whitespace().collect();
    match words.as_slice() {
        ["kuvendi"] | ["kuvendi", "komunal"] => "Kuvendi i Komunës".to_string(),
        ["kryetari"] | ["kryetarja"] => "Kryetari i Komunës".to_string(),
        _ => title_case(name),
    }
}

/// Who signed, from the signature block, when the header names no body.
fn signed_by(text: &str) -> Option<String> {
    let tail: Vec<&str> = text.lines().rev().take(15).collect();
    tail.iter().find_map(|line| {
        let folded = fold(line.trim());
        if folded.starts_with("kryetari i komunes") || folded.starts_with("kryetarja e komunes") {
            Some("Kryetari i Komunës".to_string())
        } else if folded.starts_with("kryesuesi i kuvendit")
            || folded.starts_with("kryesuesja e kuvendit")
            || folded.starts_with("kryetari i kuvendit")
        {
            Some("Kuvendi i Komunës".to_string())
        } else {
            None
        }
    })
}

/// "DREJTORIA PËR SHËNDETËSI DHE MIRËQENIE SOCIALE" →
/// "Drejtoria për Shëndetësi dhe Mirëqenie Sociale".
pub fn title_case(s: &str) -> String {
    const SMALL: &[&str] = &[
        "i", "e", "të", "së", "për", "dhe", "në", "me", "nga", "mbi", "ose", "apo", "a", "te",
    ];
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let upper = s.chars().filter(|c| c.is_uppercase()).count();
    if letters == 0 || upper * 10 < letters * 7 {
        return s.to_string();
    }
    s.split_whitespace()
        .enumerate()
        .map(|(i, word)| {
            let lower = word.to_lowercase();
            if i > 0 && SMALL.contains(&lower.as_str()) {
                return lower;
            }
            let mut chars = lower.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    const DECISION: &str = "REPUBLIKA E KOSOVËS / REPUBLIKA KOSOVA / REPUBLIC OF KOSOVO
KOMUNA E GJILANIT / OPŠTINA GNJILANE / MUNICIPALITY OF GJILAN
KUVENDI I KOMUNËS / SKUPŠTINA OPŠTINE
01 Nr. 016-8123/19
Gjilan, 12.03.2019
Në bazë të nenit 12 paragrafi 2 të Ligjit Nr. 03/L-040 për Vetëqeverisjen Lokale, Kuvendi i Komunës
në seancën e mbajtur më 28.02.2019 merr këtë:
V E N D I M
për miratimin e Planit Rregullues
të Zonës Industriale
I. Miratohet plani.
Vendimi hyn në fuqi ditën e nënshkrimit.";

    #[test]
    fn reads_a_decision_header() {
        let h = read(DECISION);
        assert_eq!(h.act_type, Some(ActType::Vendim));
        assert_eq!(h.number.as_deref(), Some("01 Nr. 016-8123/19"));
        assert_eq!(h.date, d(2019, 3, 12));
        assert_eq!(h.issuer.as_deref(), Some("Kuvendi i Komunës"));
        assert_eq!(h.municipality.as_deref(), Some("Gjilan"));
        assert_eq!(
            h.title.as_deref(),
            Some("Vendim për miratimin e Planit Rregullues të Zonës Industriale")
        );
    }

    #[test]
    fn title_words() {
        let check = |line: &str, want: Option<ActType>| {
            assert_eq!(title_word(line), want, "{line}");
        };
        check("VENDIM", Some(ActType::Vendim));
        check("V E N D I M", Some(ActType::Vendim));
        check("Vendim", Some(ActType::Vendim));
        check("NJOFTIM PËR KONTRATË", Some(ActType::NjoftimPerKontrate));
        check("N J O F T I M", Some(ActType::Njoftim));
        check("KOMUNIKATË PËR MEDIA", Some(ActType::Komunikate));
        check(
            "PROCESVERBAL nga mbledhja e 5-të",
            Some(ActType::Procesverbal),
        );
        check("PROCES-VERBAL", Some(ActType::Procesverbal));
        check("RREGULLORE (KK) NR. 02/2020", Some(ActType::Rregullore));
        check(
            "KONTRATA PËR MIRËMBAJTJEN E NDRIÇIMIT PUBLIK",
            Some(ActType::Kontrate),
        );
        check("FTESË", Some(ActType::Ftese));
        check("Vendimi hyn në fuqi ditën e nënshkrimit.", None);
        check("KUVENDI I KOMUNËS", None);
        check(
            "Raporti i punës për vitin 2020 paraqitet para Kuvendit",
            None,
        );
    }

    #[test]
    fn numbers_in_their_shapes() {
        let check = |line: &str, want: Option<&str>| {
            assert_eq!(number_in_line(line).as_deref(), want, "{line}");
        };
        check("01 Nr. 016-8123/19", Some("01 Nr. 016-8123/19"));
        check("Nr. 02-016/2021-145", Some("02-016/2021-145"));
        check("Nr. prot.: 1234/2020", Some("1234/2020"));
        check("Nr.: 06-110-45/22", Some("06-110-45/22"));
        check("Numri: 03/2018-112", Some("03/2018-112"));
        check("Nr. i lëndës: 45/2023", Some("45/2023"));
        check("Nr.ref: 11-2019/07", Some("11-2019/07"));
        check("NR. 05-2020/33 Gjilan, 14.02.2022", Some("05-2020/33"));
        check(
            "Gjilan, 14.02.2022 Nr. 01-016/22-345",
            Some("01-016/22-345"),
        );
        check("të Ligjit Nr. 03/L-040 për Vetëqeverisjen Lokale", None);
        check("Numri i vendeve të lira: tre", None);
        check("Nr. i prokurimit: 653-15-032-521", Some("653-15-032-521"));
        check("Nr i Prokurimit: 653-20-034-511", Some("653-20-034-511"));
        check("Nr. 04/L-237, Ligjin Nr. 05/L-068", None);
    }

    #[test]
    fn dates_prefer_the_header_place_line() {
        let text = "KOMUNA E GJILANIT\nKRYETARI I KOMUNËS\nNr. 05/2021\n\
                    Në bazë të vendimit të datës 01.02.2021 merr këtë:\nVENDIM\n\
                    për afatin deri më 30.03.2021\nGjilan, më 5 qershor 2021";
        assert_eq!(read(text).date, d(2021, 6, 5));
        let labelled = "KOMUNA E GJILANIT\nData: 04 KORRIK 2019\nNJOFTIM\nAfati: 20.07.2019";
        assert_eq!(read(labelled).date, d(2019, 7, 4));
    }

    #[test]
    fn issuer_from_signature_when_header_has_none() {
        let text =
            "KOMUNA E GJILANIT\nVENDIM\npër diçka\nTeksti.\nKryetari i Komunës\nArben Krasniqi";
        assert_eq!(read(text).issuer.as_deref(), Some("Kryetari i Komunës"));
    }

    #[test]
    fn issuers_in_their_shapes() {
        let check = |lines: &[&str], want: Option<&str>| {
            assert_eq!(issuer(lines).as_deref(), want, "{lines:?}");
        };
        check(
            &["KUVENDI I KOMUNËS / SKUPŠTINA OPŠTINE"],
            Some("Kuvendi i Komunës"),
        );
        check(
            &["Komuna e Gjilanit – Zyra e Prokurimit"],
            Some("Zyra e Prokurimit"),
        );
        check(
            &["KRYETARI", "02 Nr. 016-3310/23"],
            Some("Kryetari i Komunës"),
        );
        check(
            &["DREJTORIA PËR BUXHET DHE", "FINANCA"],
            Some("Drejtoria për Buxhet dhe Financa"),
        );
        check(&["REPUBLIKA E KOSOVËS", "KOMUNA E GJILANIT"], None);
    }

    #[test]
    fn title_case_keeps_small_words() {
        assert_eq!(
            title_case("DREJTORIA PËR SHËNDETËSI DHE MIRËQENIE SOCIALE"),
            "Drejtoria për Shëndetësi dhe Mirëqenie Sociale"
        );
        assert_eq!(title_case("Zyra për Informim"), "Zyra për Informim");
    }

    #[test]
    fn empty_and_garbage_text() {
        assert_eq!(read(""), Header::default());
        let _ = read("\u{c}\u{c}Nr.\nNr. \n V \n 31.02.2019 më");
    }
}
