//! Known-item search on a collection this project has never seen (issue 5).
//!
//! The collection: the 1,887 real Kosovo tender titles of
//! `albanian-municipal/bleroni_albanian-mozilla-common-voice-sentences/kosovo_tenders_successful_requests.txt`
//! (none of them among the 734 of the `10k` file that the retrieval
//! collection uses as distractors), read at test time and indexed as
//! procurement notices. Nothing in arkiva was written or tuned against it.
//!
//! Queries are simulated, as in known-item evaluation: a title drawn at
//! random (seed printed) is typed the way people type, in one of four ways:
//! - `no_diacritics`: ë and ç typed as e and c (titles that have them);
//! - `q_for_c`: ç typed as q, ë as e (titles with ç);
//! - `inflection`: one word in another form of the same lemma, the forms
//!   taken from the gold lemmas of the UD Albanian treebanks (not from
//!   arkiva's stemmer, which would make the test circular);
//! - `typo`: one edit (deletion, insertion, substitution or transposition)
//!   in a word of 5+ letters, not in its first letter.
//!
//! A query succeeds when an act with the same title (folded: several
//! tenders share one) is in the top 10, and ranks first when it is first.
//! The bar of issue 5: top 10 at least 95% of the time, first at least 85%.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use arkiva::analysis::fold;
use arkiva::corpus::rng::Rng;
use arkiva::index::Archive;
use arkiva::search::{self, SearchRequest};
use tempfile::TempDir;

use super::util;

const TITLES: &str = "albanian-municipal/bleroni_albanian-mozilla-common-voice-sentences/kosovo_tenders_successful_requests.txt";
const SEEN: &str = "albanian-municipal/bleroni_albanian-mozilla-common-voice-sentences/kosovo_tenders_10k_successful_requests.txt";
const TREEBANKS: [&str; 4] = [
    "albanian-text/UD_Albanian-STAF/sq_staf-ud-train.conllu",
    "albanian-text/UD_Albanian-STAF/sq_staf-ud-dev.conllu",
    "albanian-text/UD_Albanian-STAF/sq_staf-ud-test.conllu",
    "albanian-text/UD_Albanian-TSA/sq_tsa-ud-test.conllu",
];
const SEED: u64 = 2026;
/// Queries drawn per way of typing (fewer where fewer titles qualify).
const PER_KIND: usize = 100;
/// The words of a title a person types at most.
const TYPED_WORDS: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    NoDiacritics,
    QForC,
    Inflection,
    Typo,
}

impl Kind {
    const ALL: [Kind; 4] = [
        Kind::NoDiacritics,
        Kind::QForC,
        Kind::Inflection,
        Kind::Typo,
    ];

    fn name(self) -> &'static str {
        match self {
            Kind::NoDiacritics => "no_diacritics",
            Kind::QForC => "q_for_c",
            Kind::Inflection => "inflection",
            Kind::Typo => "typo",
        }
    }
}

/// Lowercased word → the other forms of its lemma, from the treebanks.
type Forms = HashMap<String, Vec<String>>;

fn forms(root: &Path) -> Forms {
    let mut by_lemma: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in TREEBANKS {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 4 || !matches!(cols[3], "NOUN" | "ADJ" | "VERB" | "PROPN") {
                continue;
            }
            let (form, lemma) = (cols[1].to_lowercase(), cols[2].to_lowercase());
            let group = by_lemma.entry(lemma).or_default();
            if !group.contains(&form) {
                group.push(form);
            }
        }
    }
    let mut forms = Forms::new();
    for group in by_lemma.values().filter(|g| g.len() > 1) {
        for form in group {
            let others = group.iter().filter(|f| *f != form).cloned().collect();
            forms.entry(form.clone()).or_insert(others);
        }
    }
    forms
}

/// The first words of a title, as a person would type them.
fn typed(title: &str) -> Vec<String> {
    title
        .split_whitespace()
        .take(TYPED_WORDS)
        .map(str::to_string)
        .collect()
}

fn without_diacritics(text: &str, c_as: char) -> String {
    text.chars()
        .map(|ch| match ch {
            'ë' => 'e',
            'Ë' => 'E',
            'ç' => c_as,
            'Ç' => c_as.to_ascii_uppercase(),
            other => other,
        })
        .collect()
}

/// One way of typing `title`, or `None` when the title does not allow it.
fn query(kind: Kind, title: &str, forms: &Forms, rng: &mut Rng) -> Option<String> {
    let mut words = typed(title);
    let text = words.join(" ");
    match kind {
        Kind::NoDiacritics if text.contains(['ë', 'ç', 'Ë', 'Ç']) => {
            Some(without_diacritics(&text, 'c'))
        }
        Kind::QForC if text.contains(['ç', 'Ç']) => Some(without_diacritics(&text, 'q')),
        Kind::Inflection => {
            let inflectable: Vec<usize> = (0..words.len())
                .filter(|&i| forms.contains_key(&words[i].to_lowercase()))
                .collect();
            if inflectable.is_empty() {
                return None;
            }
            let i = *rng.pick(&inflectable);
            words[i] = rng.pick(&forms[&words[i].to_lowercase()]).clone();
            Some(words.join(" "))
        }
        Kind::Typo => {
            let long: Vec<usize> = (0..words.len())
                .filter(|&i| {
                    words[i].chars().count() >= 5 && words[i].chars().all(char::is_alphabetic)
                })
                .collect();
            if long.is_empty() {
                return None;
            }
            let i = *rng.pick(&long);
            words[i] = with_typo(&words[i], rng);
            Some(words.join(" "))
        }
        _ => None,
    }
}

/// One edit, never in the first letter.
fn with_typo(word: &str, rng: &mut Rng) -> String {
    const LETTERS: &[char] = &[
        'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r',
        's', 't', 'u', 'v', 'x', 'y', 'z', 'ë',
    ];
    let mut chars: Vec<char> = word.chars().collect();
    let at = 1 + rng.below(chars.len() - 1);
    match rng.below(4) {
        0 => {
            chars.remove(at);
        }
        1 => chars.insert(at, *rng.pick(LETTERS)),
        2 => {
            let other = *rng.pick(LETTERS);
            chars[at] = if other == chars[at] { 'x' } else { other };
        }
        _ if at + 1 < chars.len() && chars[at] != chars[at + 1] => chars.swap(at, at + 1),
        _ => {
            chars.remove(at);
        }
    }
    chars.into_iter().collect()
}

fn same_title(title: &str) -> String {
    fold(title).split_whitespace().collect::<Vec<_>>().join(" ")
}

struct Tally {
    queries: usize,
    top10: usize,
    first: usize,
}

#[test]
fn never_seen_collection_meets_the_bar() {
    let (Some(titles_file), Some(seen_file), Some(corpora)) =
        (util::shared(TITLES), util::shared(SEEN), util::shared(""))
    else {
        return;
    };
    let seen: HashSet<String> = std::fs::read_to_string(seen_file)
        .unwrap()
        .lines()
        .map(same_title)
        .collect();
    let text = std::fs::read_to_string(titles_file).unwrap();
    let titles: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|t| !t.is_empty() && !seen.contains(&same_title(t)))
        .collect();
    assert!(titles.len() > 1_800, "{} titles", titles.len());

    let input = TempDir::new().unwrap();
    let mut register = csv::Writer::from_path(input.path().join("tenderat.csv")).unwrap();
    register
        .write_record(["Data", "Lloji", "Titulli", "Organi"])
        .unwrap();
    for title in &titles {
        register
            .write_record([
                "15.03.2016",
                "Njoftim për kontratë",
                title,
                "Autoriteti kontraktues",
            ])
            .unwrap();
    }
    register.flush().unwrap();
    let index = TempDir::new().unwrap();
    let archive = Archive::open_or_create(index.path()).unwrap();
    util::ingest_into(&archive, input.path());

    let forms = forms(&corpora);
    // Another draw: UNSEEN_SEED=N.
    let seed = std::env::var("UNSEEN_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(SEED);
    let mut rng = Rng::new(seed);
    let mut tallies: BTreeMap<Kind, Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    for kind in Kind::ALL {
        let mut order: Vec<&str> = titles.clone();
        rng.shuffle(&mut order);
        let tally = tallies.entry(kind).or_insert(Tally {
            queries: 0,
            top10: 0,
            first: 0,
        });
        for title in order {
            if tally.queries == PER_KIND {
                break;
            }
            let Some(q) = query(kind, title, &forms, &mut rng) else {
                continue;
            };
            let request = SearchRequest {
                query: q.clone(),
                limit: 10,
                ..Default::default()
            };
            let response = search::search(&archive, &request).unwrap();
            let target = same_title(title);
            let rank = response
                .hits
                .iter()
                .position(|h| same_title(&h.title) == target);
            tally.queries += 1;
            tally.top10 += usize::from(rank.is_some());
            tally.first += usize::from(rank == Some(0));
            if rank != Some(0) {
                misses.push(format!(
                    "  [{}] {q:?} → {title:?}: rank {rank:?}",
                    kind.name()
                ));
            }
        }
    }

    let (mut n, mut top10, mut first) = (0, 0, 0);
    eprintln!(
        "never-seen collection: {} real tender titles, seed {seed}",
        titles.len()
    );
    eprintln!(
        "{:<15}{:>8}{:>10}{:>10}",
        "typed", "queries", "top 10", "first"
    );
    for (kind, t) in &tallies {
        let share = |k: usize| k as f64 / t.queries.max(1) as f64;
        eprintln!(
            "{:<15}{:>8}{:>10.3}{:>10.3}",
            kind.name(),
            t.queries,
            share(t.top10),
            share(t.first)
        );
        n += t.queries;
        top10 += t.top10;
        first += t.first;
    }
    let (top10, first) = (top10 as f64 / n as f64, first as f64 / n as f64);
    eprintln!("{:<15}{n:>8}{top10:>10.3}{first:>10.3}", "all");
    if std::env::var_os("RETRIEVAL_VERBOSE").is_some() {
        eprintln!("not first:\n{}", misses.join("\n"));
    }
    assert!(
        tallies.values().all(|t| t.queries >= 40),
        "too few queries of some kind"
    );
    assert!(top10 >= 0.95, "top 10 {top10:.3} < 0.95");
    assert!(first >= 0.85, "first {first:.3} < 0.85");
}
