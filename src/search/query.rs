//! From the text a user typed to a tantivy query.
//!
//! Words must all match (conjunction by default), `"…"` is a phrase, `-word`
//! excludes, `OR` offers alternatives. Parsing is lenient: whatever tantivy's
//! grammar cannot read is searched as plain words, never reported as an error.

use std::ops::Bound;

use chrono::NaiveDate;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query, QueryParser, RangeQuery,
    RegexQuery, TermQuery,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{Searcher, Term};

use super::typo;

use crate::analysis;
use crate::index::schema::{to_datetime, Fields};
use crate::index::{ident, Archive};

/// The text part of a search: every word must match (or the text is an
/// identifier found by exact lookup); an empty text matches every act.
pub fn strict(archive: &Archive, text: &str) -> Box<dyn Query> {
    if text.trim().is_empty() {
        return Box::new(AllQuery);
    }
    let words = parser(archive, true)
        .parse_query_lenient(&without_stopwords(text))
        .0;
    match identifier(archive, text) {
        Some(lookup) => Box::new(BooleanQuery::new(vec![
            (Occur::Should, words),
            (Occur::Should, lookup),
        ])),
        None => words,
    }
}

/// The same words, each also spelled as the archive's nearest terms — for
/// when strict matching finds too little. `None` when no word has a near
/// spelling (or the text is an identifier, which is never fuzzed).
pub fn with_typos(archive: &Archive, searcher: &Searcher, text: &str) -> Option<Box<dyn Query>> {
    if ident::looks_like_identifier(text) {
        return None;
    }
    let mut changed = false;
    let rewritten: Vec<String> = tokens(&without_stopwords(text))
        .map(|token| {
            if !is_bare_word(token) {
                return token.to_string();
            }
            let near = typo::expansions(searcher, archive.fields.text_exact, token);
            if near.is_empty() {
                return token.to_string();
            }
            changed = true;
            format!("({token} OR {})", near.join(" OR "))
        })
        .collect();
    changed.then(|| {
        parser(archive, true)
            .parse_query_lenient(&rewritten.join(" "))
            .0
    })
}

/// Acts that match `strict` first, then acts with more of the words (each
/// word matched adds a constant far above any BM25 score), then BM25.
/// `None` for texts of fewer than two words.
pub fn relaxed(archive: &Archive, text: &str, strict: Box<dyn Query>) -> Option<Box<dyn Query>> {
    let cleaned = without_stopwords(text);
    let words: Vec<&str> = tokens(&cleaned).filter(|t| is_bare_word(t)).collect();
    if words.len() < 2 {
        return None;
    }
    let each_word = parser(archive, true);
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = words
        .iter()
        .map(|word| {
            let query = each_word.parse_query_lenient(word).0;
            let counted: Box<dyn Query> = Box::new(ConstScoreQuery::new(query, WORD_WEIGHT));
            (Occur::Should, counted)
        })
        .collect();
    clauses.push((
        Occur::Should,
        parser(archive, false).parse_query_lenient(&cleaned).0,
    ));
    let all_words: Box<dyn Query> = Box::new(ConstScoreQuery::new(strict, ALL_WORDS_WEIGHT));
    clauses.push((Occur::Should, all_words));
    Some(Box::new(BooleanQuery::new(clauses)))
}

/// Far above any BM25 score, so the number of matched words ranks first.
const WORD_WEIGHT: f32 = 1000.0;
/// Above any number of matched words: acts with every word come first.
const ALL_WORDS_WEIGHT: f32 = 1_000_000.0;

fn parser(archive: &Archive, conjunction: bool) -> QueryParser {
    let searched = archive.fields.searched();
    // The query side analyzes without the q-spellings of ç that the index
    // side adds: two terms at one position would become a phrase that
    // demands both.
    let mut parser = QueryParser::new(
        archive.index.schema(),
        searched.iter().map(|(f, _)| *f).collect(),
        analysis::query_tokenizers(),
    );
    if conjunction {
        parser.set_conjunction_by_default();
    }
    for (field, boost) in searched {
        parser.set_field_boost(field, boost);
    }
    parser
}

/// Exact and prefix lookup of an identifier typed as text.
fn identifier(archive: &Archive, text: &str) -> Option<Box<dyn Query>> {
    if !ident::looks_like_identifier(text) {
        return None;
    }
    let key = ident::key(text);
    let field = archive.fields.ident;
    let exact: Box<dyn Query> = Box::new(TermQuery::new(
        Term::from_field_text(field, &key),
        IndexRecordOption::Basic,
    ));
    let mut clauses = vec![(Occur::Should, boosted(exact, 20.0))];
    if key.len() >= 6 {
        if let Ok(prefix) = RegexQuery::from_pattern(&format!("{key}.*"), field) {
            clauses.push((Occur::Should, boosted(Box::new(prefix), 10.0)));
        }
    }
    Some(Box::new(BooleanQuery::new(clauses)))
}

fn boosted(query: Box<dyn Query>, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(query, boost))
}

fn tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
}

/// A plain word: letters only, no operator, quote or field prefix.
fn is_bare_word(token: &str) -> bool {
    !matches!(token, "OR" | "AND" | "NOT") && token.chars().all(char::is_alphabetic)
}

/// Drops bare words that the stemmed analyzer removes as stop words.
///
/// A query word must match in at least one searched field; the unstemmed
/// fields (issuer, operator, numbers) keep stop words, so without this
/// `keshilli per bursat` would demand a "per" in the issuer's name. Words
/// inside quotes stay: a phrase keeps its gaps. A query of nothing but stop
/// words is searched as typed.
fn without_stopwords(text: &str) -> String {
    let mut stemmed = analysis::stemmed();
    let mut in_phrase = false;
    let mut kept = Vec::new();
    for word in text.split_whitespace() {
        let quotes = word.matches('"').count();
        let bare = !in_phrase && quotes == 0 && word.chars().all(|c| c.is_alphanumeric());
        if quotes % 2 == 1 {
            in_phrase = !in_phrase;
        }
        if bare && analysis::terms(&mut stemmed, word).is_empty() {
            continue;
        }
        kept.push(word);
    }
    if kept.is_empty() {
        return text.to_string();
    }
    kept.join(" ")
}

/// Restricts a query to acts dated within `from..=to`.
pub fn with_date_range(
    fields: &Fields,
    query: Box<dyn Query>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Box<dyn Query> {
    if from.is_none() && to.is_none() {
        return query;
    }
    let bound = |date: Option<NaiveDate>| match date {
        Some(d) => Bound::Included(Term::from_field_date(fields.date, to_datetime(d))),
        None => Bound::Unbounded,
    };
    let range = RangeQuery::new(bound(from), bound(to));
    Box::new(BooleanQuery::new(vec![
        (Occur::Must, query),
        (Occur::Must, Box::new(range)),
    ]))
}

#[cfg(test)]
mod tests {
    use super::without_stopwords;

    #[test]
    fn stop_words_go_except_in_phrases() {
        let check = |q: &str, want: &str| assert_eq!(without_stopwords(q), want, "{q}");
        check("Këshillit për bursat", "Këshillit bursat");
        check(
            "\"ndarjen e bursave\" dhe fermeret",
            "\"ndarjen e bursave\" fermeret",
        );
        check("bursat OR ndriçimi", "bursat OR ndriçimi");
        check("-e vendim", "-e vendim");
        check("për të", "për të");
        check("", "");
    }
}
