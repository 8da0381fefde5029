//! Typo tolerance in the manner of Meilisearch: a word of 5 or more letters
//! may be one edit away from what the archive holds, a word of 9 or more two
//! edits. Used only when exact and stem matches are too few, never on
//! numbers or identifiers. Expansions are real terms of the archive, so the
//! rewritten query is an ordinary query and snippets highlight what matched.

use tantivy::schema::Field;
use tantivy::Searcher;

use crate::analysis::fold;

/// At most this many spellings are tried for one typed word.
const MAX_EXPANSIONS: usize = 8;

/// The edits a word of this length may carry.
pub fn allowed_edits(word: &str) -> usize {
    match word.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Terms of `field` within the allowed edits of `word`, nearest first. A
/// typo rarely hits the first letter, and scanning only the terms that
/// share it keeps this cheap on a large dictionary.
pub fn expansions(searcher: &Searcher, field: Field, word: &str) -> Vec<String> {
    let word = fold(word);
    let edits = allowed_edits(&word);
    if edits == 0 || !word.chars().all(char::is_alphabetic) {
        return Vec::new();
    }
    let Some(first) = word.chars().next() else {
        return Vec::new();
    };
    let mut found: Vec<(usize, String)> = Vec::new();
    for segment in searcher.segment_readers() {
        let Ok(index) = segment.inverted_index(field) else {
            continue;
        };
        let mut upper = first.to_string();
        upper.push(char::MAX);
        let Ok(mut stream) = index
            .terms()
            .range()
            .ge(first.to_string())
            .lt(upper)
            .into_stream()
        else {
            continue;
        };
        while stream.advance() {
            let Ok(term) = std::str::from_utf8(stream.key()) else {
                continue;
            };
            if term == word || term.len().abs_diff(word.len()) > edits {
                continue;
            }
            if let Some(d) = distance_within(&word, term, edits) {
                found.push((d, term.to_string()));
            }
        }
    }
    found.sort();
    found.dedup_by(|a, b| a.1 == b.1);
    found
        .into_iter()
        .take(MAX_EXPANSIONS)
        .map(|(_, t)| t)
        .collect()
}

/// Damerau–Levenshtein distance (adjacent transpositions count once), or
/// `None` when it is above `max`.
pub fn distance_within(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev2 = vec![0usize; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        let mut best = row[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(row[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            row[j] = d;
            best = best.min(d);
        }
        if best > max {
            return None;
        }
        prev2 = std::mem::replace(&mut prev, row);
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance_within("kontrata", "kontarta", 1), Some(1));
        assert_eq!(distance_within("buxheti", "buxheit", 1), Some(1));
        assert_eq!(distance_within("buxheti", "buxhet", 1), Some(1));
        assert_eq!(distance_within("ndricimi", "ndricim", 1), Some(1));
        assert_eq!(distance_within("abc", "xyz", 1), None);
        assert_eq!(distance_within("", "", 0), Some(0));
    }

    #[test]
    fn edits_by_length() {
        assert_eq!(allowed_edits("rrug"), 0);
        assert_eq!(allowed_edits("rruga"), 1);
        assert_eq!(allowed_edits("kontratat"), 2);
    }
}
