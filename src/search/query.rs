//! From the text a user typed to a tantivy query.
//!
//! Words must all match (conjunction by default), `"…"` is a phrase, `-word`
//! excludes, `OR` offers alternatives. Parsing is lenient: whatever tantivy's
//! grammar cannot read is searched as plain words, never reported as an error.

use std::ops::Bound;

use chrono::NaiveDate;
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, RangeQuery};
use tantivy::Term;

use crate::analysis;
use crate::index::schema::{to_datetime, Fields};
use crate::index::Archive;

/// The text part of a search; an empty text matches every act.
pub fn text(archive: &Archive, text: &str) -> Box<dyn Query> {
    if text.trim().is_empty() {
        return Box::new(AllQuery);
    }
    let fields = &archive.fields;
    let searched = fields.searched();
    let mut parser =
        QueryParser::for_index(&archive.index, searched.iter().map(|(f, _)| *f).collect());
    parser.set_conjunction_by_default();
    for (field, boost) in searched {
        parser.set_field_boost(field, boost);
    }
    let (query, _errors) = parser.parse_query_lenient(&without_stopwords(text));
    query
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
