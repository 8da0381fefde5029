//! Finding citations of acts in running text.
//!
//! A citation starts at the name of an act type in any inflection, with or
//! without diacritics (`Vendimi`, `Vendimit`, `Vendimin`, `Rregullorja`,
//! `Rregullores`, `Rregulloren`, `Ligjit`, `Statutit`, `Udhëzimit`), and is
//! followed, in any order, by an issuer (`i Kuvendit të Komunës`), a number
//! (`01 Nr. 016-11402/16`, `nr. 01-016/2020-031`, `me nr. …`), a date (`e
//! datës 12.03.2019`, `të datës 12.3.2019`, `datë 12 mars 2019`) and a title
//! (`për caktimin e …`). A municipal act counts as cited only with a number,
//! a date, or (capitalised and definite: `Rregullorja për tregjet`) a
//! title, so "vendimi i mëparshëm" or the act's own heading `VENDIM` are
//! not citations. Laws, the statute, administrative instructions and acts of
//! the Government are found too but marked external.
//!
//! A cited title runs from `për` to a comma, a date, a passive verb
//! (`zbatohet`), a part of an act (`dhe nenit 33`) or the sentence's end;
//! a law's title-case title also ends at its first lowercase word that is
//! not a joining word. A title that lists with commas ("për taksat,
//! tarifat dhe gjobat komunale") is therefore cut at its first comma.
//!
//! Work is bounded: the text is cut at [`MAX_TEXT`] bytes and at most
//! [`MAX_REFS`] references are returned. Never panics: every slice is taken
//! at a token or char boundary.

use crate::analysis::fold;
use crate::ingest::dates::find_dates;
use crate::model::ActType;

use super::relation::{classify, is_part, window};
use super::resolve::numbers_agree;
use super::Reference;

/// Longest text read; a municipal act is far shorter.
pub const MAX_TEXT: usize = 4 * 1024 * 1024;
/// Most references returned for one text.
pub const MAX_REFS: usize = 2000;
/// Bytes of a sentence kept on either side of a citation in a very long one.
const MAX_SENTENCE: usize = 600;
/// Most words of a cited title.
const MAX_TITLE_WORDS: usize = 24;

/// Every citation of an act in `text`, in order.
pub fn find_references(text: &str) -> Vec<Reference> {
    find_references_except(text, None)
}

/// Every citation in `text` except those of the act's own number (an act
/// repeats its number in its header and sometimes in its closing lines).
pub fn find_references_except(text: &str, own_number: Option<&str>) -> Vec<Reference> {
    let text = cut(text, MAX_TEXT);
    let mut out = Vec::new();
    for (start, end) in sentences(text) {
        let sentence = text.get(start..end).unwrap_or("");
        // Tidied once; a very long "sentence" (a text without full stops)
        // keeps only the neighbourhood of each citation.
        let short = (sentence.len() <= 2 * MAX_SENTENCE).then(|| tidy(sentence));
        for (mut r, at) in in_sentence(sentence, MAX_REFS - out.len()) {
            if let (Some(own), Some(n)) = (own_number, &r.number) {
                if !r.external && numbers_agree(own, n) {
                    continue;
                }
            }
            r.sentence = match &short {
                Some(s) => s.clone(),
                None => tidy(window(sentence, at.0, at.1, MAX_SENTENCE).0),
            };
            out.push(r);
            if out.len() >= MAX_REFS {
                return out;
            }
        }
    }
    out
}

/// `text` cut to at most `max` bytes, at a char boundary.
fn cut(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or("")
}

/// Whitespace collapsed and layout marks dropped, for a reader.
fn tidy(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "nr", "no", "prot", "dt", "z", "znj", "nën", "pika", "neni", "nenit", "p", "sh", "etj", "ref",
];

/// Byte ranges of the sentences of `text`. A sentence ends at `.`, `!` or
/// `?` followed by whitespace and an uppercase letter or a quote (not after
/// `Nr.`), at a blank line, and at a line break when the next line starts an
/// article (`Neni 4`) or the line ends with `.`/`:`/`;` — PDF text wraps
/// sentences across lines, so a single line break is not an end.
fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        let mut end_here = None;
        if matches!(c, '.' | '!' | '?' | ':') {
            let next = chars.get(k + 1).map(|x| x.1);
            let after = chars.get(k + 2).map(|x| x.1);
            let quote = |a: char| "\"“„'«".contains(a);
            // A colon ends a sentence only before quoted new text
            // ("merr këtë formë: \"…\""), which is a sentence of its own.
            let opens = if c == ':' {
                after.is_some_and(quote)
            } else {
                after.is_none_or(|a| a.is_uppercase() || quote(a) || a == '\n')
            };
            if next.is_none_or(char::is_whitespace) && opens && !after_abbreviation(text, i) {
                end_here = Some(i + c.len_utf8());
            }
        } else if c == '\n' {
            let line_start = text
                .get(..i)
                .and_then(|b| b.rfind('\n'))
                .map_or(0, |p| p + 1);
            let line = text.get(line_start..i).unwrap_or("").trim_end();
            let rest = text.get(i + 1..).unwrap_or("");
            let next_line = rest.split('\n').next().unwrap_or("").trim();
            let blank = next_line.is_empty() || line.trim().is_empty();
            let ends = line.ends_with(['.', ':', ';', '!', '?']);
            let article = {
                let f = fold(next_line.get(..next_line.len().min(8)).unwrap_or(""));
                f.starts_with("neni ") || f.starts_with("pika ") || f.starts_with("article ")
            };
            let heading =
                line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase);
            // "Neni 1" on a line of its own heads an article.
            let numbered = {
                let f = fold(line.trim());
                f.len() <= 12 && (f.starts_with("neni ") || f.starts_with("pika "))
            };
            if blank || ends || article || heading || numbered {
                end_here = Some(i);
            }
        }
        if let Some(e) = end_here {
            if text.get(start..e).is_some_and(|s| !s.trim().is_empty()) {
                out.push((start, e));
            }
            start = e;
        }
        k += 1;
    }
    if text.get(start..).is_some_and(|s| !s.trim().is_empty()) {
        out.push((start, text.len()));
    }
    out
}

fn after_abbreviation(text: &str, dot: usize) -> bool {
    let before = text.get(..dot).unwrap_or("");
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let w = fold(&word);
    ABBREVIATIONS.contains(&w.as_str()) || (w.chars().count() == 1 && !w.is_empty())
}

/// A whitespace-separated token of a sentence, with its folded word
/// (punctuation around it removed).
struct Token<'a> {
    start: usize,
    end: usize,
    raw: &'a str,
    word: String,
}

fn tokens(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(st)) => {
                let raw = s.get(st..i).unwrap_or("");
                let word = fold(raw.trim_matches(|c: char| !c.is_alphanumeric()));
                out.push(Token {
                    start: st,
                    end: i,
                    raw,
                    word,
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// What a type word names.
#[derive(Clone, Copy, PartialEq)]
enum Named {
    /// A municipal act; `definite` for `Vendimi`, not `Vendim`.
    Municipal { t: ActType, definite: bool },
    /// A law, the statute, an instruction: outside the archive.
    External { needs_number: bool },
}

fn named(word: &str) -> Option<Named> {
    use ActType::*;
    let m = |t, definite| Some(Named::Municipal { t, definite });
    match word {
        "vendimi" | "vendimit" | "vendimin" => m(Vendim, true),
        "vendim" => m(Vendim, false),
        "rregullorja" | "rregullores" | "rregulloren" | "rregulloreja" => m(Rregullore, true),
        "rregullore" => m(Rregullore, false),
        "ligji" | "ligjit" | "ligjin" | "ligj" | "kodi" | "kodit" | "kodin" => {
            Some(Named::External {
                needs_number: false,
            })
        }
        "statuti" | "statutit" | "statutin" => Some(Named::External {
            needs_number: false,
        }),
        "udhezimi" | "udhezimit" | "udhezimin" | "udhezim" => {
            Some(Named::External { needs_number: true })
        }
        _ => None,
    }
}

/// Issuers in a genitive after the type word: `i Kuvendit të Komunës`.
const ISSUER_WORDS: &[&str] = &[
    "kuvendit",
    "kryetarit",
    "komunes",
    "drejtorise",
    "qeverise",
    "ministrise",
    "republikes",
    "kosoves",
    "gjilanit",
    "komitetit",
    "bordit",
];
/// Issuers whose acts are not the municipality's.
const OUTSIDE_ISSUERS: &[&str] = &["qeverise", "ministrise", "republikes", "kosoves"];
/// Small words that join the words of a title.
const JOINING: &[&str] = &[
    "e", "i", "te", "se", "ne", "dhe", "per", "me", "nga", "a", "ose", "si",
];
/// Words that introduce a number.
const NUMBER_LABELS: &[&str] = &["nr", "no", "numer", "numri", "numrin", "numrit"];
/// Words that introduce a date.
const DATE_WORDS: &[&str] = &["dates", "date", "data", "daten", "dt"];
/// Words after which a type word names the act being written, not another.
const SELF_WORDS: &[&str] = &["kesaj", "ketij", "kete", "kjo", "ky", "ketu"];

/// At most `limit` citations of one sentence.
fn in_sentence(s: &str, limit: usize) -> Vec<(Reference, (usize, usize))> {
    let toks = tokens(s);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() && out.len() < limit {
        let Some(kind) = named(&toks[i].word) else {
            i += 1;
            continue;
        };
        let first = toks[i]
            .raw
            .trim_start_matches(|c: char| !c.is_alphanumeric());
        let capital = first.chars().next().is_some_and(char::is_uppercase);
        let shouting = first.chars().filter(|c| c.is_alphabetic()).count() > 1
            && !first.chars().any(char::is_lowercase);
        let after_self = i > 0 && SELF_WORDS.contains(&toks[i - 1].word.as_str());
        if shouting || after_self {
            i += 1;
            continue;
        }
        let tail = parse_tail(s, &toks, i + 1);
        let (act_type, external) = match kind {
            Named::Municipal { t, .. } => (Some(t), tail.outside),
            Named::External { .. } => (None, true),
        };
        let act_type = if external { None } else { act_type };
        let keep = match kind {
            _ if external && matches!(kind, Named::Municipal { .. }) => tail.number.is_some(),
            Named::Municipal { definite, .. } => {
                tail.number.is_some()
                    || (definite && tail.date.is_some())
                    || (definite && capital && tail.title.is_some())
            }
            Named::External { needs_number } => tail.number.is_some() || (!needs_number && capital),
        };
        let end = tail.end.max(toks[i].end);
        if keep {
            let start = toks[i].start;
            let raw_span = s.get(start..end).unwrap_or("");
            let raw = raw_span
                .trim_end_matches([',', ';', ':', '.', ')'])
                .to_string();
            let reference = Reference {
                relation: classify(s, start, end),
                raw,
                act_type,
                number: tail.number,
                date: tail.date,
                title_words: tail.title,
                external,
                sentence: String::new(),
            };
            out.push((reference, (start, end)));
        }
        i = tail.next.max(i + 1);
    }
    out
}

/// What follows a type word.
#[derive(Default)]
struct Tail {
    number: Option<String>,
    date: Option<chrono::NaiveDate>,
    title: Option<String>,
    /// Issued by the Government or a ministry.
    outside: bool,
    /// Byte end of the citation in the sentence.
    end: usize,
    /// Index of the first token after the citation.
    next: usize,
}

fn parse_tail(s: &str, toks: &[Token], from: usize) -> Tail {
    let mut t = Tail {
        next: from,
        ..Tail::default()
    };
    let word = |j: usize| toks.get(j).map_or("", |t| t.word.as_str());
    let mut j = from;
    // `Udhëzimit Administrativ`, `Vendimit të Kuvendit të Komunës`.
    if word(j).starts_with("administrativ") || matches!(word(j), "komunale" | "komunal") {
        j += 1;
    }
    while matches!(word(j), "i" | "e" | "te" | "se") && ISSUER_WORDS.contains(&word(j + 1)) {
        t.outside |= OUTSIDE_ISSUERS.contains(&word(j + 1));
        j += 2;
    }
    if j > from {
        t.end = toks.get(j - 1).map_or(0, |x| x.end);
    }
    for _ in 0..3 {
        let before = j;
        // A comma ends a citation except right before its date or number
        // ("Vendimi 01 Nr. 016-9/18, i datës …", "Vendimit të Kryetarit,
        // nr. 02-016/2021-7").
        if j > from
            && toks
                .get(j - 1)
                .is_some_and(|x| x.raw.ends_with([',', ';', ':', ')']))
        {
            let dated = matches!(word(j), "i" | "e" | "te") && DATE_WORDS.contains(&word(j + 1));
            let numbered = NUMBER_LABELS.contains(&label_part(word(j)))
                || (word(j) == "me" && NUMBER_LABELS.contains(&label_part(word(j + 1))));
            let continues = (dated && t.date.is_none()) || (numbered && t.number.is_none());
            if !continues {
                break;
            }
        }
        if t.number.is_none() {
            if let Some((number, next)) = number_at(s, toks, j) {
                t.number = Some(number);
                t.end = toks.get(next - 1).map_or(t.end, |x| x.end);
                j = next;
                continue;
            }
        }
        if t.date.is_none() {
            if let Some((date, end, next)) = date_at(s, toks, j) {
                t.date = Some(date);
                t.end = end;
                j = next;
                continue;
            }
        }
        if t.title.is_none() && word(j) == "per" {
            let (title, end, next) = title_at(s, toks, j);
            if !title.is_empty() {
                t.title = Some(title);
                t.end = end;
                j = next;
                continue;
            }
        }
        if j == before {
            break;
        }
    }
    t.next = j;
    t
}

/// A number at token `j`: `01 Nr. 016-11402/16`, `Nr. 03/L-040`,
/// `me nr. 01/2019`, `nr.01-016/2020-031`, or a bare `01-016/2020-031`.
/// Returns the number as written and the index of the token after it.
fn number_at(s: &str, toks: &[Token], mut j: usize) -> Option<(String, usize)> {
    let word = |j: usize| toks.get(j).map_or("", |t| t.word.as_str());
    if word(j) == "me" && NUMBER_LABELS.iter().any(|l| word(j + 1).starts_with(l)) {
        j += 1;
    }
    // `01 Nr. 016-…`: an office prefix before the label.
    let prefixed = toks
        .get(j)
        .is_some_and(|t| t.raw.len() <= 3 && t.raw.bytes().all(|b| b.is_ascii_digit()))
        && NUMBER_LABELS.contains(&label_part(word(j + 1)));
    let first = j;
    if prefixed {
        j += 1;
    }
    let tok = toks.get(j)?;
    let (body_tok, body_start) = if NUMBER_LABELS.contains(&label_part(&tok.word)) {
        // `Nr.016-11402/16` glued, or `Nr.` then the body.
        let glued = glued_body(tok.raw);
        match glued {
            Some(offset) => (j, tok.start + offset),
            None => {
                let b = toks.get(j + 1)?;
                (j + 1, b.start)
            }
        }
    } else if !prefixed && looks_like_number(tok.raw) {
        (j, tok.start)
    } else {
        return None;
    };
    let body = toks.get(body_tok)?;
    let text = s.get(body_start..body.end)?;
    let trimmed = text.trim_end_matches(|c: char| !c.is_alphanumeric());
    if !trimmed.starts_with(|c: char| c.is_ascii_digit()) || !valid_body(trimmed) {
        return None;
    }
    let number_start = if prefixed {
        toks.get(first)?.start
    } else {
        body_start
    };
    let number = s.get(number_start..body_start + trimmed.len())?;
    Some((tidy(number), body_tok + 1))
}

/// The label in a word like `nr` or a glued `nr016` (letters before digits).
fn label_part(word: &str) -> &str {
    let end = word
        .char_indices()
        .find(|(_, c)| !c.is_ascii_alphabetic())
        .map_or(word.len(), |(i, _)| i);
    word.get(..end).unwrap_or("")
}

/// Offset of the body in a raw token like `Nr.016-11402/16`.
fn glued_body(raw: &str) -> Option<usize> {
    let i = raw.find(|c: char| c.is_ascii_digit())?;
    raw.get(..i)?
        .chars()
        .all(|c| c.is_alphabetic() || c == '.' || c == ':')
        .then_some(i)
}

/// A bare number (no label) must look like one: digits with `/` or `-`.
fn looks_like_number(raw: &str) -> bool {
    let t = raw.trim_end_matches(|c: char| !c.is_alphanumeric());
    t.starts_with(|c: char| c.is_ascii_digit())
        && t.contains(['/', '-'])
        && valid_body(t)
        && find_dates(t).is_empty()
}

/// Digits, a few letters (`03/L-040`) and separators, and not too long.
fn valid_body(t: &str) -> bool {
    t.len() <= 40
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_alphanumeric() || "/-.".contains(c))
        && t.chars().filter(char::is_ascii_alphabetic).count() <= 3
}

/// A date at token `j`, introduced by `i/e/të datës`, `datë`, `nga data`,
/// `me datë` or `dt.`. Returns it, its byte end and the next token.
fn date_at(s: &str, toks: &[Token], mut j: usize) -> Option<(chrono::NaiveDate, usize, usize)> {
    let word = |j: usize| toks.get(j).map_or("", |t| t.word.as_str());
    if matches!(word(j), "i" | "e" | "te" | "nga" | "me") && DATE_WORDS.contains(&word(j + 1)) {
        j += 1;
    }
    if !DATE_WORDS.contains(&word(j)) {
        return None;
    }
    let at = toks.get(j + 1)?;
    // The longest date shape ("12 të nëntorit 2019,") fits in 40 bytes; a
    // bounded look keeps a sentence of many "datës" linear.
    let mut to = (at.start + 40).min(s.len());
    while !s.is_char_boundary(to) {
        to += 1;
    }
    let rest = s.get(at.start..to)?;
    let (range, date) = find_dates(rest).into_iter().next()?;
    if range.start != 0 {
        return None;
    }
    let end = at.start + range.end;
    let next = (j + 1..toks.len())
        .find(|&m| toks[m].start >= end)
        .unwrap_or(toks.len());
    Some((date, end, next))
}

/// A cited title from `për` at token `j`: up to a comma, a date, `si dhe`,
/// the end of the sentence or [`MAX_TITLE_WORDS`] words.
fn title_at(s: &str, toks: &[Token], j: usize) -> (String, usize, usize) {
    let word = |j: usize| toks.get(j).map_or("", |t| t.word.as_str());
    let mut k = j + 1;
    let mut end = toks.get(j).map_or(0, |t| t.end);
    while k < toks.len() && k - j <= MAX_TITLE_WORDS {
        let w = word(k);
        let dated = matches!(w, "i" | "e" | "te") && DATE_WORDS.contains(&word(k + 1));
        let joins_part = matches!(w, "dhe" | "si" | "e" | "te")
            && (is_part(word(k + 1)) || named(word(k + 1)).is_some() || word(k + 1) == "dhe");
        // A passive verb ("zbatohet", "shfuqizohet", "mbeten") ends the title.
        let verb = w.len() >= 6 && (w.ends_with("het") || w.ends_with("hen"))
            || matches!(w, "mbetet" | "mbeten" | "eshte" | "jane");
        if dated || joins_part || verb || is_part(w) || named(w).is_some() || w.is_empty() {
            break;
        }
        end = toks[k].end;
        k += 1;
        if toks[k - 1].raw.ends_with([',', ';', ':', ')', '.']) {
            break;
        }
    }
    // Titles of laws are in title case ("për Menaxhimin e Financave Publike
    // dhe Përgjegjësitë"): there the first lowercase word that is not a
    // joining word ends the title ("… Paluajtshme u jep komunave …").
    let title_case = toks
        .get(j + 1)
        .is_some_and(|t| t.raw.chars().next().is_some_and(char::is_uppercase));
    if title_case {
        if let Some(stop) = (j + 1..k).find(|&m| {
            let raw = toks[m].raw;
            raw.chars().next().is_some_and(char::is_lowercase)
                && !JOINING.contains(&toks[m].word.as_str())
        }) {
            k = stop;
            end = toks.get(stop - 1).map_or(end, |t| t.end);
        }
    }
    // A title does not end in a joining word ("për Vetëqeverisjen Lokale dhe").
    while k > j + 1 && JOINING.contains(&toks[k - 1].word.as_str()) {
        k -= 1;
        end = toks[k - 1].end;
    }
    let start = toks.get(j).map_or(0, |t| t.start);
    let title = s
        .get(start..end)
        .unwrap_or("")
        .trim_end_matches([',', ';', ':', '.', ')', '*']);
    if k == j + 1 {
        return (String::new(), end, j);
    }
    (tidy(title), end, k)
}
