//! What a citation does to the act it cites, read from its sentence.
//!
//! * The noun right before the citation says it, when it heads the title of
//!   the act being read (`VENDIM për …`, not `Propozim-rregullorja për …`
//!   or `Vendimi 01 Nr. … për …`, which only cite): `për ndryshimin e
//!   Vendimit …` amends, `për plotësimin e …` supplements, `për
//!   shfuqizimin e …` repeals. `për ndryshimin dhe plotësimin e …` is
//!   **amends**: the act changes existing text and adds some, and a reader
//!   looking for what changed a decision wants both under "amended by".
//! * Otherwise a finite verb in the sentence: `shfuqizohet`,
//!   `shfuqizohen`, `shfuqizon`, `pushon së vlejturi`, `pushon së qeni në
//!   fuqi` repeal ("Me hyrjen në fuqi të këtij vendimi shfuqizohet Vendimi
//!   …" repeals that act); `ndryshohet`, `ndryshohen`, `ndryshon` amend;
//!   `plotësohet`, `plotësohen`, `plotëson`, `shtohet`, `shtohen`
//!   supplement; `zëvendësohet` (is replaced), `fshihet`, `hiqet` amend.
//!   Repeal beats amend beats supplement.
//! * A citation of a *part* of an act (`Pika IV e Vendimit …
//!   shfuqizohet`, `neni 2 i …`) that is repealed or changed amends the act.
//! * A citation introduced as a basis or an instrument (`në bazë të`, `në
//!   mbështetje të`, `sipas`, `në pajtim me`, `i ndryshuar me Vendimin …`)
//!   only cites, whatever verb the sentence has.
//! * Everything else cites.

use crate::analysis::fold;

use super::Relation;

/// The relation of the citation at `start..end` of `sentence` (byte offsets).
pub fn classify(sentence: &str, start: usize, end: usize) -> Relation {
    // Only the neighbourhood counts, and it keeps the work bounded on a
    // "sentence" that is a whole unpunctuated text.
    let (sentence, start, _) = window(sentence, start, end, WINDOW);
    let before = words(sentence.get(..start).unwrap_or(""));
    let all = words(sentence);
    let last = |n: usize| -> &str {
        before
            .len()
            .checked_sub(n)
            .and_then(|i| before.get(i))
            .map_or("", String::as_str)
    };
    // The noun that names what this act does to the cited one.
    // It is this act's only when the noun heads this act's title ("VENDIM
    // për ndryshimin e …", the heading on its own line) — "Propozim-
    // rregullorja për ndryshimin e Rregullores …" in an invitation, or
    // "Vendimi 01 Nr. … për shfuqizimin e …" in minutes, merely cite.
    if matches!(last(1), "e" | "te") {
        let (relation, head_at) = match last(2) {
            "ndryshimin" | "ndryshimit" => (Some(Relation::Amends), 3),
            "shfuqizimin" | "shfuqizimit" => (Some(Relation::Repeals), 3),
            "plotesimin" | "plotesimit" if last(3) == "dhe" && last(4).starts_with("ndryshim") => {
                (Some(Relation::Amends), 5)
            }
            "plotesimin" | "plotesimit" => (Some(Relation::Supplements), 3),
            _ => (None, 0),
        };
        if let Some(relation) = relation {
            let own = last(head_at) == "per"
                && matches!(last(head_at + 1), "" | "vendim" | "rregullore" | "udhezim");
            return if own { relation } else { Relation::Cites };
        }
    }
    // A basis or an instrument only cites.
    let basis = matches!(last(1), "me" | "sipas")
        || (matches!(last(1), "te") && matches!(last(2), "baze" | "mbeshtetje" | "zbatim"))
        || (last(1) == "me" && last(2) == "pajtim");
    if basis {
        return Relation::Cites;
    }
    // A part of the act: "Pika IV e Vendimit", "neni 2 i Vendimit",
    // "nenit 3 të Rregullores".
    let part = matches!(last(1), "e" | "i" | "te") && (is_part(last(3)) || is_part(last(2)));
    let verb = strongest_verb(&all);
    match verb {
        Some(Relation::Repeals) if part => Relation::Amends,
        Some(r) => r,
        None => Relation::Cites,
    }
}

/// A word naming a part of an act: `pika`, `neni`, `paragrafi` …
pub fn is_part(word: &str) -> bool {
    [
        "pika",
        "pikat",
        "pikes",
        "piken",
        "neni",
        "nenet",
        "nenit",
        "nenin",
        "paragrafi",
        "paragrafit",
        "paragrafin",
        "kapitulli",
        "kapitullit",
        "alineja",
        "aneksi",
        "shtojca",
    ]
    .contains(&word)
}

/// The strongest finite verb of change in the sentence. `ndryshon`,
/// `plotëson` and `shfuqizon` are active and also mean "changes" or
/// "meets" in ordinary prose ("nuk i plotëson standardet"), so they count
/// only right before the citation or without a `nuk` before them.
fn strongest_verb(all: &[String]) -> Option<Relation> {
    let mut best: Option<Relation> = None;
    for (k, w) in all.iter().enumerate() {
        let negated = k > 0
            && all.get(k - 1).is_some_and(|p| {
                p == "nuk" || (p == "e" && k > 1 && all.get(k - 2).is_some_and(|q| q == "nuk"))
            });
        if negated {
            continue;
        }
        let r = match w.as_str() {
            "shfuqizohet" | "shfuqizohen" | "shfuqizon" => Some(Relation::Repeals),
            "pushon" | "pushojne"
                if all.get(k + 1).is_some_and(|x| x == "se")
                    && all
                        .get(k + 2)
                        .is_some_and(|x| x == "vlejturi" || x == "qeni") =>
            {
                Some(Relation::Repeals)
            }
            "ndryshohet" | "ndryshohen" | "ndryshon" | "zevendesohet" | "zevendesohen"
            | "riformulohet" | "fshihet" | "fshihen" | "hiqet" | "hiqen" => Some(Relation::Amends),
            "plotesohet" | "plotesohen" | "ploteson" | "shtohet" | "shtohen" => {
                Some(Relation::Supplements)
            }
            _ => None,
        };
        best = best.max(r);
    }
    best
}

/// Bytes read on either side of a citation.
pub const WINDOW: usize = 400;

/// The part of `s` from about `radius` bytes before `start` to `radius`
/// bytes after `end`, cut at char boundaries, with `start` and `end`
/// shifted into it.
pub fn window(s: &str, start: usize, end: usize, radius: usize) -> (&str, usize, usize) {
    let end = end.min(s.len());
    let start = start.min(end);
    let mut from = start.saturating_sub(radius);
    while !s.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = end.saturating_add(radius).min(s.len());
    while !s.is_char_boundary(to) {
        to += 1;
    }
    match s.get(from..to) {
        Some(w) => (w, start - from, end - from),
        None => ("", 0, 0),
    }
}

/// The folded words of `s`.
fn words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}
