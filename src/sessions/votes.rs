//! Reads the outcome and the vote counts of one agenda item from its text.
//!
//! Owns the sentence splitting of item bodies and the outcome/vote shapes Kosovo minutes
//! use: "me 24 vota për, 3 kundër dhe 2 abstenime", "Për: 22, Kundër: 4, Abstenim: 1",
//! "20 vota 'PËR', 5 'KUNDËR'", "asnjë kundër", "njëzëri me 27 vota", numbers in words
//! ("njëzet e katër"), and the verbs of the outcome (u miratua / nuk u miratua / u shty /
//! u tërhoq …), typed with or without diacritics.
//!
//! Matching runs on a folded copy of each sentence ([`crate::analysis::fold`], quotes out,
//! number words as digits); what is reported is the original sentence. Votes alone never
//! make an outcome unless the text states the majority required.
//!
//! Must not split items (that is [`super::agenda`]).

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::{Outcome, Votes};
use crate::analysis::fold;

/// What one item's text says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub outcome: Outcome,
    pub votes: Votes,
    /// The original sentence(s) the outcome and votes came from.
    pub source_sentence: Option<String>,
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("static regex")
}

const UNITS: &str = "nje|dy|tre|tri|kater|pese|gjashte|shtate|tete|nente";

static TENS_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(njezet|tridhjete|dyzet)(?:\s+e\s+({UNITS}))?\b"
    ))
});
static WORDS_THEN_DIGITS: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(\d{1,3})\s*\(\s*(\d{1,3})\s*\)"));
static SIMPLE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(njembedhjete|dymbedhjete|trembedhjete|katermbedhjete|pesembedhjete|gjashtembedhjete|shtatembedhjete|tetembedhjete|nentembedhjete|dhjete|zero|{UNITS})\b"
    ))
});

fn word_value(w: &str) -> u32 {
    match w {
        "zero" => 0,
        "nje" => 1,
        "dy" => 2,
        "tre" | "tri" => 3,
        "kater" => 4,
        "pese" => 5,
        "gjashte" => 6,
        "shtate" => 7,
        "tete" => 8,
        "nente" => 9,
        "dhjete" => 10,
        "njembedhjete" => 11,
        "dymbedhjete" => 12,
        "trembedhjete" => 13,
        "katermbedhjete" => 14,
        "pesembedhjete" => 15,
        "gjashtembedhjete" => 16,
        "shtatembedhjete" => 17,
        "tetembedhjete" => 18,
        "nentembedhjete" => 19,
        "njezet" => 20,
        "tridhjete" => 30,
        "dyzet" => 40,
        _ => 0,
    }
}

static DOT_LEADER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\s*(?:\.{2,}|…+)\s*)+").expect("static regex"));

/// The folded form of a sentence the patterns run on: lowercase, no diacritics, quotes
/// out, whitespace collapsed, Albanian number words (up to 49) as digits.
pub fn normalize(sentence: &str) -> String {
    let folded: String = fold(sentence)
        .chars()
        .map(|c| match c {
            '"' | '\'' | '„' | '“' | '”' | '«' | '»' | '‘' | '’' | '`' => ' ',
            _ => c,
        })
        .collect();
    // Dotted leaders of a table ("Për ........ 24") read as a label and its value.
    let folded = DOT_LEADER.replace_all(&folded, " : ");
    let collapsed = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    let tens = TENS_WORDS.replace_all(&collapsed, |c: &Captures| {
        let unit = c.get(2).map_or(0, |m| word_value(m.as_str()));
        (word_value(&c[1]) + unit).to_string()
    });
    let simple = SIMPLE_WORDS.replace_all(&tens, |c: &Captures| word_value(&c[1]).to_string());
    // "njëzet e dy (22) vota": the count in words, then in digits; keep one.
    WORDS_THEN_DIGITS.replace_all(&simple, "$2").into_owned()
}

static PAGE_FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[_\-–=]{5,}|.*\b(?:faqja|faqe|page|strana)\s+\d{1,3}(?:\s*(?:/|nga|of|od)\s*\d{1,3})?)$")
        .expect("static regex")
});

/// A rule, or a header/footer line that ends in its page number.
fn is_page_furniture(line: &str) -> bool {
    PAGE_FURNITURE.is_match(line)
}

/// Splits an item's text into sentences: at . ! ? followed by a capital (or the end), and
/// at a line break before a capital unless the line ends mid-clause (comma, colon, dash).
/// PDF lines break inside sentences, so a line break before a lowercase word or a digit
/// joins the lines.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let flush = |current: &mut String, out: &mut Vec<String>| {
        let s = current.trim();
        if !s.is_empty() {
            out.push(s.to_string());
        }
        current.clear();
    };
    // Page rules, headers and footers are not text; a sentence runs on
    // across them (and the blank line before them) when the next page goes
    // on in lowercase.
    let lines: Vec<String> = text
        .lines()
        .map(|raw| raw.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !is_page_furniture(line))
        .collect();
    for (k, line) in lines.iter().enumerate() {
        if line.is_empty() {
            let next = lines[k + 1..].iter().find(|l| !l.is_empty());
            if !next.is_some_and(|l| l.starts_with(char::is_lowercase)) {
                flush(&mut current, &mut out);
            }
            continue;
        }
        let first = line.chars().next().unwrap_or(' ');
        let ends_mid_clause = current
            .trim_end()
            .ends_with([',', ':', ';', '-', '–', '(', '/']);
        if !current.is_empty() && first.is_uppercase() && !ends_mid_clause {
            flush(&mut current, &mut out);
        }
        if !current.is_empty() {
            current.push(' ');
        }
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        let mut start = 0;
        for (k, &(i, c)) in chars.iter().enumerate() {
            if !matches!(c, '.' | '!' | '?') {
                continue;
            }
            let next = chars.get(k + 1).map(|&(_, c)| c);
            let after = chars.get(k + 2).map(|&(_, c)| c);
            // "Kundër? Nuk ka.": a vote label asked as a question goes with its answer.
            if c == '?' {
                let last = super::suffix(&line[start..i], 24)
                    .split_whitespace()
                    .last()
                    .unwrap_or("");
                if matches!(
                    fold(last).as_str(),
                    "per" | "kunder" | "abstenim" | "abstenime"
                ) {
                    continue;
                }
            }
            let ends = match (next, after) {
                (None, _) => true,
                (Some(n), Some(a)) if n.is_whitespace() => {
                    a.is_uppercase() || matches!(a, '"' | '„' | '“' | '«' | '\'')
                }
                _ => false,
            };
            if ends {
                let end = i + c.len_utf8();
                current.push_str(&line[start..end]);
                flush(&mut current, &mut out);
                start = end;
            }
        }
        current.push_str(line[start..].trim_start());
    }
    flush(&mut current, &mut out);
    out
}

fn count(c: &Captures, group: usize) -> Option<u32> {
    c.get(group)?.as_str().parse().ok()
}

/// "PËR 6 KUNDËR 2 ABSTENIM 1" (a table row as PDF text gives it: labels before numbers,
/// no colons). Only read when no count stands before a "për" ("24 për 3 kundër" is the
/// other order).
static LABELS_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\bper\s*[:–—-]?\s*(\d{1,3})\s*[,;|/]?\s*(?:dhe\s+)?kunder\s*[:–—-]?\s*(\d{1,3})\b(?:\s*[,;|/]?\s*(?:dhe\s+)?abstenim\w*\s*[:–—-]?\s*(\d{1,3})\b)?",
    )
});
/// "Rezultati: 24 – 9 – 3 (për – kundër – abstenim)": three counts, then their legend.
static DASHED_TRIPLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(\d{1,3})\s*[–—/-]\s*(\d{1,3})\s*[–—/-]\s*(\d{1,3})\s*\(\s*per\s*[–—/,-]\s*kunder\s*[–—/,-]\s*abstenim\w*\s*\)",
    )
});
/// A table's label row with its numbers on the next line ("Për Kundër Abstenim" / "7 2 0").
static LABEL_ROW: LazyLock<Regex> =
    LazyLock::new(|| re(r"\bper\s+kunder\s+abstenim\w*\s+(\d{1,3})\s+(\d{1,3})\s+(\d{1,3})\b"));
/// A vote by groups with a total per option ("Për: LVV (9), LDK (6) – gjithsej 15").
static GROUP_TOTAL_FOR: LazyLock<Regex> =
    LazyLock::new(|| re(r"\bper\s*:[^:]{0,120}?\bgjithsej\s+(\d{1,3})\b"));
static COUNT_BEFORE_FOR: LazyLock<Regex> = LazyLock::new(|| re(r"\d\s+(?:vota\s+)?per\b"));
/// "Për: 14", and a table line "Për 14" that ends the sentence.
static FOR_TABLE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\bper\s*[:–—]\s*(\d{1,3})\b|\bper\s+(\d{1,3})\s*\.?$"));
static FOR_VOTA: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(\d{1,3})\s+vota\s+(?:te\s+)?(?:per|pro)\b|\bvotat\s+e\s+(\d{1,3})\s+(?:anetar|asamblist|keshilltar)\w*",
    )
});
static FOR_BARE: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{1,3})\s+per\b(\s*\w+)?"));
static FOR_VOTUAN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\bper\b[^.;]{0,60}?\bvotuan\s+(\d{1,3})\b|\bvotuan\s+per\s*:?\s*(\d{1,3})\b")
});
static FOR_MEMBERS: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"\b(\d{1,3})\s+(?:asamblist|keshilltar|anetar)\w*(?:\s+\w+){0,5}?\s+votuan\s+per\b",
        r"|\bvotuan\s+(\d{1,3})\s+(?:asamblist|keshilltar|anetar)\w*\s+per\b",
    ))
});
/// "me 20 vota, 4 kundër": the count before the others is the votes for.
static FOR_FIRST: LazyLock<Regex> =
    LazyLock::new(|| re(r"\bme\s+(\d{1,3})\s+vota\s*,\s*(?:\d{1,3}|asnje)\s+(?:vota\s+)?kunder\b"));
static UNANIMOUS: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:njezeri|unanimisht)\b"));
static N_VOTA: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{1,3})\s+vota\b"));

static AGAINST: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"\bkunder\s*[:–—]\s*(\d{1,3})\b",
        r"|\b(\d{1,3})\s+(?:vota\s+)?(?:kunder|kontra)\b",
        r"|\bkunder\s*:[^:]{0,120}?\bgjithsej\s+(\d{1,3})\b",
        r"|\b(asnje|pa)\s+(?:vote\s+|vota\s+)?kunder\b",
        r"|\bkunder\s*\??\s*(nuk\s+ka)\b|\b(nuk\s+ka|askush)\s+(?:vota\s+)?kunder\b",
        r"|\b(askush)\s+(?:nuk\s+)?(?:votoi|ishte|voton)\s+kunder\b",
        r"|\b(\d{1,3})\s+(?:asamblist\w*\s+)?(?:votuan|ishin)\s+kunder\b",
        r"|\bkunder\s+(?:ishin\s+|votuan\s+|jane\s+|kane\s+votuar\s+)?(\d{1,3})\b",
    ))
});
static ABSTAIN: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"\babstenim\w*\s*[:–—]\s*(\d{1,3})\b",
        r"|\b(\d{1,3})\s+(?:vota\s+)?(?:abstenim\w*|te\s+permbajtur\w*)\b",
        r"|\babstenim\w*\s*:[^:]{0,120}?\bgjithsej\s+(\d{1,3})\b",
        r"|\babstenim\w*\s+(\d{1,3})\s*\.?$",
        r"|\b(\d{1,3})\s+(?:(?:asamblist|anetar|keshilltar)\w*\s+)?(?:u\s+)?(?:abstenuan|abstenoi)\b",
        r"|\b(asnje|pa)\s+(?:vote\s+|vota\s+)?abstenim\w*\b",
        r"|\babstenim\w*\s*\??\s*(nuk\s+ka)\b|\b(nuk\s+ka)\s+abstenim\w*\b",
        r"|\b(?:abstenuan|abstenoi|te\s+permbajtur)\s*:?\s*(\d{1,3})\b",
    ))
});
static REQUIRED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:nevojiten|nevojiteshin|nevojitet|kerkohen|kerkoheshin|duhen|duheshin|duhet)\s+(?:se\s+paku\s+|te\s+pakten\s+|minimum\s+)?(\d{1,3})\s+vota\b(?:\s+per\s+\w+)?",
    )
});

/// The first group that matched in an alternation: a count, or 0 for "asnjë"/"pa".
fn alternation_count(c: &Captures) -> Option<u32> {
    c.iter().skip(1).flatten().find_map(|m| match m.as_str() {
        "asnje" | "pa" | "askush" => Some(0),
        s if s.starts_with("nuk") => Some(0),
        s => s.parse().ok(),
    })
}

/// The votes stated in one normalized sentence (with any required-majority phrase removed).
pub fn read_votes(n: &str) -> Votes {
    let n = REQUIRED.replace_all(n, " ");
    let n = n.as_ref();
    if let Some(c) = DASHED_TRIPLE.captures(n).or_else(|| LABEL_ROW.captures(n)) {
        return Votes {
            for_: count(&c, 1),
            against: count(&c, 2),
            abstain: count(&c, 3),
        };
    }
    if !COUNT_BEFORE_FOR.is_match(n) {
        if let Some(c) = LABELS_FIRST.captures(n) {
            return Votes {
                for_: count(&c, 1),
                against: count(&c, 2),
                abstain: count(&c, 3),
            };
        }
    }
    let has_other_counts = n.contains("kunder") || n.contains("abstenim") || n.contains("abstenu");
    let bare_for = || {
        FOR_BARE.captures_iter(n).find_map(|c| {
            let next = c.get(2).map_or("", |m| m.as_str().trim());
            (has_other_counts && !matches!(next, "qind" | "cent" | "qindje"))
                .then(|| count(&c, 1))
                .flatten()
        })
    };
    let mut for_ = GROUP_TOTAL_FOR
        .captures(n)
        .and_then(|c| count(&c, 1))
        .or_else(|| FOR_TABLE.captures(n).and_then(|c| alternation_count(&c)))
        .or_else(|| FOR_VOTA.captures(n).and_then(|c| alternation_count(&c)))
        .or_else(bare_for)
        .or_else(|| FOR_VOTUAN.captures(n).and_then(|c| alternation_count(&c)))
        .or_else(|| FOR_MEMBERS.captures(n).and_then(|c| alternation_count(&c)))
        .or_else(|| FOR_FIRST.captures(n).and_then(|c| count(&c, 1)));
    if for_.is_none() && UNANIMOUS.is_match(n) {
        for_ = N_VOTA.captures(n).and_then(|c| count(&c, 1));
    }
    Votes {
        for_,
        against: AGAINST.captures(n).and_then(|c| alternation_count(&c)),
        abstain: ABSTAIN.captures(n).and_then(|c| alternation_count(&c)),
    }
}

/// The majority the text says was required ("nevojiten 18 vota").
pub fn required_majority(n: &str) -> Option<u32> {
    REQUIRED.captures(n).and_then(|c| count(&c, 1))
}

// Each outcome pattern's group 1 is a subjunctive/purpose prefix ("që të miratohet",
// "për t'u miratuar"): a proposal or a wish, not a decision, so such matches are skipped.
static WITHDRAWN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(\bte\s+)?\b(?:terhiqet|terhiqen|u\s+terhoq|u\s+terhoqen|terhoqi|terhoqen|e\s+terheq(?:in)?|eshte\s+terhequr|jane\s+terhequr|hiqet\s+nga\s+rendi)\b",
    )
});
static POSTPONED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(\bte\s+)?\b(?:shtyhet|shtyhen|u\s+shty|u\s+shtye|u\s+shtyn|u\s+shtyne|eshte\s+shtyre|jane\s+shtyre|(?:ri)?kthehet\s+(?:(?:ne|te)\s+)?(?:komitet|komision|propozues|drejtori)\w*|u\s+kthye\s+(?:ne|te)\s+(?:komitet|komision|propozues|drejtori)\w*)\b",
    )
});
static REJECTED: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(\bte\s+)?(?:\bnuk\s+(?:u\s+|e\s+)?(?:miratua|miratuan|miratohet|miratohen|miratoi|kaloi|pranua|aprovua)\b",
        r"|\bnuk\s+(?:i\s+)?mori\s+(?:votat|shumicen|numrin)",
        r"|\bnuk\s+(?:eshte|jane)\s+miratuar\b",
        r"|\b(?:refuzohet|u\s+refuzua|rrezohet|u\s+rrezua)\b",
        r"|\bnuk\s+u\s+rekomandua\b|\b(?:konsiderohet|quhet|mbetet|shpallet)\s+(?:i|e)\s+pamiratuar\b)",
    ))
});
static ADOPTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(\bte\s+|\bt\s+)?\b(?:miratoi|u\s+miratua|u\s+miratuan|miratohet|miratohen|eshte\s+miratuar|jane\s+miratuar|u\s+aprovua|aprovohet|miratuan|(?:ia\s+|i\s+)rekomandon\s+kuvendit|rekomandon\s+kuvendit\s+miratimin|i\s+rekomandohet\s+kuvendit)\b",
    )
});

/// Whether `pattern` matches as a decision: indicative, or subjunctive after a decision
/// verb ("Kuvendi vendosi që pika të shtyhet" is a postponement; "kërkoi që të shtyhet" is
/// only a request).
fn decisive(pattern: &Regex, n: &str) -> bool {
    pattern.captures_iter(n).any(|c| match c.get(1) {
        None => true,
        Some(prefix) => {
            // Only the words just before: bounded work however long the sentence is.
            let before = super::suffix(&n[..prefix.start()], 120);
            [
                "vendosi",
                "u vendos",
                "u pajtua",
                "u pajtuan",
                "u pranua",
                "aprovoi",
            ]
            .iter()
            .any(|verb| before.contains(verb))
        }
    })
}

/// The outcome one normalized sentence states, if any.
pub fn read_outcome(n: &str) -> Option<Outcome> {
    if decisive(&WITHDRAWN, n) {
        Some(Outcome::Terhequr)
    } else if decisive(&POSTPONED, n) {
        Some(Outcome::Shtyre)
    } else if decisive(&REJECTED, n) {
        Some(Outcome::NukMiratuar)
    } else if decisive(&ADOPTED, n) {
        Some(Outcome::Miratuar)
    } else {
        None
    }
}

/// Reads an item's outcome and votes from its text.
pub fn read_item(body: &str) -> Reading {
    let originals = sentences(body);
    let norms: Vec<String> = originals.iter().map(|s| normalize(s)).collect();
    let votes: Vec<Votes> = norms.iter().map(|n| read_votes(n)).collect();
    let join = |idx: &[usize]| -> String {
        idx.iter()
            .map(|&i| originals[i].as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };

    let decided = norms
        .iter()
        .enumerate()
        .rev()
        .find_map(|(i, n)| read_outcome(n).map(|o| (i, o)));
    if let Some((o, outcome)) = decided {
        if !votes[o].is_empty() {
            return Reading {
                outcome,
                votes: votes[o],
                source_sentence: Some(originals[o].clone()),
            };
        }
        // Votes in sentences of their own just before or after the outcome (a
        // vote by groups gives one line per option: their counts are merged).
        let vote_only = |v: usize| !votes[v].is_empty() && read_outcome(&norms[v]).is_none();
        let before: Vec<usize> = (o.saturating_sub(3)..o)
            .rev()
            .take_while(|&v| vote_only(v))
            .collect();
        let after: Vec<usize> = (o + 1..votes.len().min(o + 4))
            .take_while(|&v| vote_only(v))
            .collect();
        let skip_one: Vec<usize> = o
            .checked_sub(2)
            .filter(|&v| vote_only(v))
            .into_iter()
            .collect();
        for run in [before, after, skip_one] {
            if run.is_empty() {
                continue;
            }
            let mut merged = Votes::default();
            for &v in &run {
                merged.for_ = merged.for_.or(votes[v].for_);
                merged.against = merged.against.or(votes[v].against);
                merged.abstain = merged.abstain.or(votes[v].abstain);
            }
            let mut idx: Vec<usize> = run.into_iter().chain([o]).collect();
            idx.sort_unstable();
            return Reading {
                outcome,
                votes: merged,
                source_sentence: Some(join(&idx)),
            };
        }
        return Reading {
            outcome,
            votes: Votes::default(),
            source_sentence: Some(originals[o].clone()),
        };
    }

    // Votes without an outcome word: an outcome only when the required majority is stated.
    let Some(v) = votes.iter().rposition(|v| !v.is_empty()) else {
        return Reading {
            outcome: Outcome::EPanjohur,
            votes: Votes::default(),
            source_sentence: None,
        };
    };
    let required = norms
        .iter()
        .enumerate()
        .find_map(|(i, n)| required_majority(n).map(|r| (i, r)));
    let (outcome, idx) = match (required, votes[v].for_) {
        (Some((r_idx, r)), Some(yes)) => {
            let o = if yes >= r {
                Outcome::Miratuar
            } else {
                Outcome::NukMiratuar
            };
            let mut idx = vec![r_idx, v];
            idx.sort_unstable();
            idx.dedup();
            (o, idx)
        }
        _ => (Outcome::EPanjohur, vec![v]),
    };
    Reading {
        outcome,
        votes: votes[v],
        source_sentence: Some(join(&idx)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(f: Option<u32>, a: Option<u32>, b: Option<u32>) -> Votes {
        Votes {
            for_: f,
            against: a,
            abstain: b,
        }
    }

    fn votes_of(s: &str) -> Votes {
        read_votes(&normalize(s))
    }

    fn outcome_of(s: &str) -> Option<Outcome> {
        read_outcome(&normalize(s))
    }

    #[test]
    fn prose_counts() {
        assert_eq!(
            votes_of("u miratua me 24 vota për, 3 kundër dhe 2 abstenime"),
            v(Some(24), Some(3), Some(2))
        );
        assert_eq!(
            votes_of("24 për, 3 kundër, 2 abstenim"),
            v(Some(24), Some(3), Some(2))
        );
    }

    #[test]
    fn quoted_capitals() {
        assert_eq!(
            votes_of("me 20 vota 'PËR', 5 'KUNDËR' dhe 1 'ABSTENIM'"),
            v(Some(20), Some(5), Some(1))
        );
        assert_eq!(
            votes_of("me 20 vota „PËR“, 5 „KUNDËR“ dhe 1 „ABSTENIM“"),
            v(Some(20), Some(5), Some(1))
        );
    }

    #[test]
    fn table_shape() {
        assert_eq!(
            votes_of("Për: 22, Kundër: 4, Abstenim: 1"),
            v(Some(22), Some(4), Some(1))
        );
        assert_eq!(
            votes_of("Për : 22 , Kundër : 4 , Abstenime : 0"),
            v(Some(22), Some(4), Some(0))
        );
    }

    #[test]
    fn labels_before_numbers_as_pdf_tables_give_them() {
        assert_eq!(
            votes_of("Rezultati i votimit: PËR 6 KUNDËR 2 ABSTENIM 1"),
            v(Some(6), Some(2), Some(1))
        );
        assert_eq!(votes_of("Për 14 | Kundër 13"), v(Some(14), Some(13), None));
        // The other order is not read as labels first.
        assert_eq!(
            votes_of("me 24 për 3 kundër 2 abstenime"),
            v(Some(24), Some(3), Some(2))
        );
    }

    #[test]
    fn none_against_and_none_abstaining_are_zero() {
        assert_eq!(
            votes_of("me 29 vota për, pa vota kundër dhe me 3 abstenime"),
            v(Some(29), Some(0), Some(3))
        );
        assert_eq!(
            votes_of("me 25 vota për dhe asnjë kundër"),
            v(Some(25), Some(0), None)
        );
        assert_eq!(
            votes_of("me 25 vota per, asnje kunder dhe asnje abstenim"),
            v(Some(25), Some(0), Some(0))
        );
    }

    #[test]
    fn roll_call_answers_nuk_ka_are_zero() {
        // The shape of the Kosovo Assembly's transcripts: the chair asks, the answer follows.
        assert_eq!(
            votes_of("Për? 40 vota për. Kundër? Nuk ka. Abstenim nuk ka"),
            v(Some(40), Some(0), Some(0))
        );
        assert_eq!(
            sentences("Amendamenti 1 Kundër? Nuk ka. Abstenim nuk ka."),
            vec!["Amendamenti 1 Kundër? Nuk ka.", "Abstenim nuk ka."]
        );
        assert_eq!(votes_of("nuk ka kundërshtime"), Votes::default());
    }

    #[test]
    fn unanimous_counts_only_when_a_number_is_there() {
        assert_eq!(votes_of("u miratua njëzëri"), Votes::default());
        assert_eq!(outcome_of("u miratua njëzëri"), Some(Outcome::Miratuar));
        assert_eq!(
            votes_of("u miratua njëzëri me 27 vota"),
            v(Some(27), None, None)
        );
        assert_eq!(votes_of("unanimisht, me 29 vota."), v(Some(29), None, None));
    }

    #[test]
    fn numbers_in_words() {
        assert_eq!(normalize("njëzet e katër"), "24");
        assert_eq!(normalize("tridhjetë e një"), "31");
        assert_eq!(normalize("dyzet"), "40");
        assert_eq!(normalize("Nëntëmbëdhjetë"), "19");
        assert_eq!(
            votes_of("me njëzet e katër vota për, tre kundër dhe dy abstenime"),
            v(Some(24), Some(3), Some(2))
        );
        assert_eq!(votes_of("me një abstenim"), v(None, None, Some(1)));
    }

    #[test]
    fn councillor_phrasing() {
        assert_eq!(
            votes_of("Për propozimin votuan 18 asamblistë, kundër ishin 7, ndërsa 4 abstenuan"),
            v(Some(18), Some(7), Some(4))
        );
        assert_eq!(
            votes_of("Të gjithë 33 asamblistët e pranishëm në sallë votuan për"),
            v(Some(33), None, None)
        );
    }

    #[test]
    fn percentages_and_required_majority_are_not_votes() {
        assert_eq!(
            votes_of("investimet janë rritur 35 për qind, kundër pritjeve"),
            v(None, None, None)
        );
        assert_eq!(votes_of("nevojiten 18 vota për miratim"), Votes::default());
        assert_eq!(required_majority(&normalize("nevojiten 18 vota")), Some(18));
    }

    #[test]
    fn outcome_verbs() {
        for s in [
            "Kuvendi miratoi vendimin",
            "Kuvendi e miratoi",
            "u miratua",
            "Miratohet.",
            "është miratuar",
        ] {
            assert_eq!(outcome_of(s), Some(Outcome::Miratuar), "{s}");
        }
        for s in [
            "nuk u miratua",
            "Nuk miratohet",
            "propozimi nuk kaloi",
            "nuk mori votat e nevojshme",
            "Kuvendi nuk e miratoi",
        ] {
            assert_eq!(outcome_of(s), Some(Outcome::NukMiratuar), "{s}");
        }
        for s in [
            "Pika shtyhet",
            "u shty për seancën e ardhshme",
            "u shtye per seancen e ardhshme",
        ] {
            assert_eq!(outcome_of(s), Some(Outcome::Shtyre), "{s}");
        }
        for s in [
            "tërhiqet",
            "u tërhoq nga rendi i ditës",
            "u terhoq nga rendi i dites",
        ] {
            assert_eq!(outcome_of(s), Some(Outcome::Terhequr), "{s}");
        }
    }

    #[test]
    fn proposals_are_not_outcomes() {
        assert_eq!(
            outcome_of("Opozita kërkoi që vendimi të miratohet sot"),
            None
        );
        assert_eq!(outcome_of("propozoi që pika të shtyhet"), None);
        assert_eq!(outcome_of("Kryetari kërkoi shtyrjen e pikës"), None);
        assert_eq!(outcome_of("Informata u mor në dijeni"), None);
        assert_eq!(
            outcome_of("Kuvendi vendosi që pika të shtyhet për mbledhjen e ardhshme"),
            Some(Outcome::Shtyre)
        );
    }

    #[test]
    fn sentences_join_broken_lines_and_split_on_capitals() {
        assert_eq!(
            sentences("Plani nuk u miratua , pasi mori 12 vota për ,\n14 kundër dhe 2\nabstenime .\nPër: 3\nMiratohet. Tjetër 24.11.2020 faqe."),
            vec![
                "Plani nuk u miratua , pasi mori 12 vota për , 14 kundër dhe 2 abstenime .",
                "Për: 3",
                "Miratohet.",
                "Tjetër 24.11.2020 faqe.",
            ]
        );
    }

    #[test]
    fn votes_before_the_outcome_are_joined_to_it() {
        let r =
            read_item("Në votim: 25 për, 0 kundër, 3 abstenim. Kuvendi miratoi procesverbalin.");
        assert_eq!(r.outcome, Outcome::Miratuar);
        assert_eq!(r.votes, v(Some(25), Some(0), Some(3)));
        assert_eq!(
            r.source_sentence.as_deref(),
            Some("Në votim: 25 për, 0 kundër, 3 abstenim. Kuvendi miratoi procesverbalin.")
        );
    }

    #[test]
    fn votes_without_outcome_stay_unknown_unless_majority_is_stated() {
        let r = read_item("Për raportin votuan 16 asamblistë, kundër ishin 14, ndërsa 1 abstenoi.");
        assert_eq!(r.outcome, Outcome::EPanjohur);
        assert_eq!(r.votes, v(Some(16), Some(14), Some(1)));
        let r =
            read_item("Për buxhetin nevojiten 18 vota. Në votim: 17 për, 12 kundër, 2 abstenim.");
        assert_eq!(r.outcome, Outcome::NukMiratuar);
        assert_eq!(r.votes, v(Some(17), Some(12), Some(2)));
        let r = read_item("Nevojiten 16 vota. Rezultati: 20 për, 5 kundër.");
        assert_eq!(r.outcome, Outcome::Miratuar);
    }

    #[test]
    fn the_last_outcome_in_the_item_wins() {
        let r = read_item(
            "Buxheti që u miratua vitin e kaluar nuk u zbatua. Propozimi nuk u miratua, 11 për, 16 kundër.",
        );
        assert_eq!(r.outcome, Outcome::NukMiratuar);
        assert_eq!(r.votes, v(Some(11), Some(16), None));
    }

    #[test]
    fn nothing_written_is_unknown() {
        let r = read_item("Nuk pati diskutime.");
        assert_eq!(r.outcome, Outcome::EPanjohur);
        assert_eq!(r.source_sentence, None);
        assert_eq!(read_item("").outcome, Outcome::EPanjohur);
    }

    #[test]
    fn legends_after_counts_pro_kontra_and_members() {
        assert_eq!(
            votes_of("Rezultati: 24 – 9 – 3 (për – kundër – abstenim)."),
            v(Some(24), Some(9), Some(3))
        );
        assert_eq!(
            votes_of("u miratua me 22 vota pro, 5 kontra"),
            v(Some(22), Some(5), None)
        );
        assert_eq!(
            votes_of("u miratua me votat e 24 anëtarëve (asnjë kundër, 3 abstenime)"),
            v(Some(24), Some(0), Some(3))
        );
    }

    #[test]
    fn a_vote_by_groups_is_merged_from_its_lines() {
        let body = "Votimi u bë me thirrje emërore, sipas grupeve:\n\
                    Për: LVV (9), LDK (6), PDK (4) – gjithsej 19\n\
                    Kundër: AAK (3), NISMA (2) – gjithsej 5\n\
                    Abstenim: dy anëtarë të pavarur – gjithsej 2\n\
                    Rishikimi i buxhetit u miratua.";
        let r = read_item(body);
        assert_eq!(r.outcome, Outcome::Miratuar);
        assert_eq!(r.votes, v(Some(19), Some(5), Some(2)));
        assert!(r.source_sentence.unwrap().contains("gjithsej 19"));
    }

    #[test]
    fn a_repeated_vote_counts_and_committee_return_is_a_postponement() {
        let body = "Rezultati: 21 – 12 – 1 (për – kundër – abstenim). Kryesuesja urdhëroi që votimi të përsëritet.\n\
                    Rezultati i votimit të përsëritur: 19 – 13 – 1 (për – kundër – abstenim).\n\
                    Propozim-vendimi nuk mori shumicën e nevojshme dhe nuk miratohet.";
        let r = read_item(body);
        assert_eq!(
            (r.outcome, r.votes),
            (Outcome::NukMiratuar, v(Some(19), Some(13), Some(1)))
        );
        assert_eq!(
            outcome_of("Kuvendi vendosi që projekt-rregullorja të kthehet në Komitetin për Politikë dhe Financa"),
            Some(Outcome::Shtyre)
        );
        assert_eq!(outcome_of("Mjetet e pashpenzuara kthehen në buxhet"), None);
        assert_eq!(
            outcome_of("shefja e grupit deklaroi se propozimin e tërheqin"),
            Some(Outcome::Terhequr)
        );
    }

    #[test]
    fn dotted_and_label_row_tables_and_for_first() {
        let body = "Votimi u zhvillua me ngritje dore:\n\n     Për ........ 24\n     Kundër ..... 0\n     Abstenim ... 5\n\n\
                    Propozim-vendimi u miratua.";
        assert_eq!(read_item(body).votes, v(Some(24), Some(0), Some(5)));
        let body = "Votimi:          Për          Kundër          Abstenim\n                  7              2                0\n\n\
                    Komiteti e miratoi rishikimin e buxhetit.";
        assert_eq!(read_item(body).votes, v(Some(7), Some(2), Some(0)));
        assert_eq!(
            votes_of("u miratua me 20 vota, 4 kundër, 2 abstenim"),
            v(Some(20), Some(4), Some(2))
        );
        assert_eq!(
            votes_of("për të votuan 27 anëtarë, askush nuk votoi kundër"),
            v(Some(27), Some(0), None)
        );
        assert_eq!(
            outcome_of("propozim-vendimi nuk u rekomandua dhe konsiderohet i pamiratuar"),
            Some(Outcome::NukMiratuar)
        );
        assert_eq!(
            outcome_of("Kuvendi u pajtua që pika të shtyhet"),
            Some(Outcome::Shtyre)
        );
        assert_eq!(outcome_of("kryesuesi propozoi që pika të shtyhet"), None);
    }

    #[test]
    fn a_sentence_runs_on_across_a_page_footer() {
        let body = "Propozim-vendimi u miratua unanimisht, me 29\n\n\
                    ______________________________\n\
                    Kuvendi Komunal – Procesverbal, 30.10.2026          Faqja 3\n\
                    vota të anëtarëve të pranishëm.";
        let r = read_item(body);
        assert_eq!((r.outcome, r.votes.for_), (Outcome::Miratuar, Some(29)));
        assert!(!r.source_sentence.unwrap().contains("Faqja"));
    }

    #[test]
    fn a_postponement_keeps_the_vote_that_decided_it() {
        let body = "Votimi:\nPër: 20\nKundër: 3\nAbstenuan: 0\n\
                    Vendim: Kërkesa i kthehet Komitetit për Politikë dhe Financa.";
        let r = read_item(body);
        assert_eq!(
            (r.outcome, r.votes),
            (Outcome::Shtyre, v(Some(20), Some(3), Some(0)))
        );
    }

    #[test]
    fn table_lines_without_colons_and_committee_recommendations() {
        let body = "Rezultati i votimit:\n   Për            14\n   Kundër         12\n   Abstenim        2\n\n\
                    Propozim-rregullorja nuk u miratua.";
        assert_eq!(read_item(body).votes, v(Some(14), Some(12), Some(2)));
        assert_eq!(
            outcome_of("Komiteti ia rekomandon Kuvendit miratimin e projektbuxhetit."),
            Some(Outcome::Miratuar)
        );
        assert_eq!(
            outcome_of("kërkoi që Komiteti t'ia rekomandojë Kuvendit"),
            None
        );
    }

    #[test]
    fn counts_in_words_then_digits_are_read_once() {
        assert_eq!(
            votes_of("u miratua me njëzet e dy (22) vota për, tre (3) kundër dhe asnjë abstenim"),
            v(Some(22), Some(3), Some(0))
        );
        assert_eq!(
            outcome_of("Komiteti e mbështeti kërkesën dhe i rekomandon Kuvendit që të ndajë mjete"),
            Some(Outcome::Miratuar)
        );
    }
}
