//! From the text a user typed to a tantivy query.
//!
//! Words must all match (conjunction by default; `Words::relaxed` is the
//! fallback for too few matches), `"…"` is a phrase, `-word`
//! excludes, `OR` offers alternatives. Parsing is lenient: whatever tantivy's
//! grammar cannot read is searched as plain words, never reported as an error.
//!
//! Two phases: the matching query reads the word-family fields and the
//! short metadata fields ([`Fields::matched`]); [`Words::rescore`] holds what
//! the exact-form and stem fields and the closeness of the words add to the
//! best [`RESCORE_WINDOW`] acts ([`Fields::ranked`]).

use std::ops::Bound;

use chrono::NaiveDate;
use tantivy::collector::Count;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query, QueryParser, RangeQuery,
    RegexQuery, TermQuery,
};
use tantivy::query_grammar::{self, Delimiter, UserInputAst, UserInputLeaf, UserInputLiteral};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, Term};

use super::typo;

use crate::analysis::{self, Phrases};
use crate::index::schema::{to_datetime, Fields};
use crate::index::{ident, Archive};

/// The text a user typed, stop words dropped, each word possibly spelled
/// also as the archive's nearest terms (see [`Words::with_typos`]).
pub struct Words {
    /// As typed, for the identifier lookup.
    text: String,
    tokens: Vec<String>,
    /// Whether the text as a whole is an act or procurement number.
    identifier: bool,
    /// Every word is a stop word, which only the exact fields keep: then
    /// the words are matched in every field at once, and nothing is left
    /// to add to the score afterwards.
    only_stop_words: bool,
    /// Whether every phrase asks its words at their places (no slop, no
    /// prefix), which lets common words be read as their pairs.
    phrases: Phrases,
}

impl Words {
    pub fn new(text: &str) -> Words {
        let kept = without_stopwords(text);
        Words {
            text: text.to_string(),
            tokens: tokens(kept.as_deref().unwrap_or(text))
                .map(str::to_string)
                .collect(),
            identifier: ident::looks_like_identifier(text),
            only_stop_words: kept.is_none(),
            phrases: phrases(text),
        }
    }

    /// The same words, each also spelled as the archive's nearest terms —
    /// for when strict matching finds too little. `None` when no word has a
    /// near spelling (or the text is an identifier, which is never fuzzed).
    pub fn with_typos(&self, archive: &Archive, searcher: &Searcher) -> Option<Words> {
        if self.identifier {
            return None;
        }
        let mut changed = false;
        let tokens = self
            .tokens
            .iter()
            .map(|token| {
                if !is_bare_word(token) {
                    return token.clone();
                }
                let near = typo::expansions(searcher, archive.fields.text_exact, token);
                if near.is_empty() {
                    return token.clone();
                }
                changed = true;
                // A near spelling counts for less than the word as typed,
                // so acts with the typed form rank first.
                let near: Vec<String> = near
                    .iter()
                    .map(|n| format!("{n}^{NEAR_SPELLING_BOOST}"))
                    .collect();
                format!("({token} OR {})", near.join(" OR "))
            })
            .collect();
        changed.then(|| Words {
            text: self.text.clone(),
            tokens,
            identifier: false,
            only_stop_words: self.only_stop_words,
            phrases: self.phrases,
        })
    }

    /// Every word must match (or the text is an identifier found by exact
    /// lookup); no words match every act. Scored by the fields that decide
    /// the match; [`Words::rescore`] adds the rest to the best acts.
    pub fn strict(&self, archive: &Archive) -> Box<dyn Query> {
        if self.tokens.is_empty() {
            return Box::new(AllQuery);
        }
        let words = lenient(&self.parser(archive, true), &self.tokens.join(" "));
        let lookups: Vec<Box<dyn Query>> = [
            self.identifier
                .then(|| identifier(archive, &self.text))
                .flatten(),
            operator(archive, &self.tokens),
        ]
        .into_iter()
        .flatten()
        .collect();
        if lookups.is_empty() {
            return words;
        }
        let clauses = std::iter::once(words)
            .chain(lookups)
            .map(|q| (Occur::Should, q))
            .collect();
        Box::new(BooleanQuery::new(clauses))
    }

    /// What the best acts of [`strict`](Words::strict) or
    /// [`relaxed`](Words::relaxed) have added to their score before they
    /// are ranked again (`search::rescore`): the words in the exact forms
    /// of the title and text, the title's inflectional stems, the text's
    /// families again, and the closeness of the words there. Matching
    /// every act on those fields as well read every copy of every text
    /// where one decides the match; the sum is the score one query over
    /// all the fields gives.
    pub fn rescore(&self, archive: &Archive) -> Option<Rescore> {
        if self.tokens.is_empty() || self.only_stop_words {
            return None;
        }
        let fields = &archive.fields;
        let mut leaves = Vec::new();
        let words = self.tokens.join(" ");
        for (field, boost) in fields.ranked() {
            let one_field = parser(archive, &[(field, 1.0)], false, self.phrases);
            flatten(lenient(&one_field, &words), field, boost, &mut leaves);
        }
        // Closeness: in order, within PROXIMITY_SLOP positions.
        let plain: Vec<&str> = self
            .tokens
            .iter()
            .map(String::as_str)
            .filter(|t| is_bare_word(t))
            .collect();
        if plain.len() >= 2 {
            let phrase = format!("\"{}\"~{PROXIMITY_SLOP}", plain.join(" "));
            for (field, boost) in [(fields.title, 2.0), (fields.text_family, 1.0)] {
                let one_field = parser(archive, &[(field, 1.0)], false, Phrases::Loose);
                flatten(
                    lenient(&one_field, &phrase),
                    field,
                    boost * PROXIMITY_BOOST,
                    &mut leaves,
                );
            }
        }
        (!leaves.is_empty()).then_some(Rescore { leaves })
    }

    /// The parser over the fields the words must match in.
    fn parser(&self, archive: &Archive, conjunction: bool) -> QueryParser {
        let fields = &archive.fields;
        if self.only_stop_words {
            let all: Vec<(Field, f32)> = fields
                .matched()
                .into_iter()
                .chain(fields.ranked())
                .collect();
            return parser(archive, &all, conjunction, self.phrases);
        }
        parser(archive, &fields.matched(), conjunction, self.phrases)
    }

    /// Acts that match `strict` first, then acts with some of the words in
    /// the buckets of Meilisearch's "frequency" matching strategy: all
    /// words but the most frequent one in the archive, then all but the two
    /// most frequent, and so on — a missing common word costs less than a
    /// missing rare one. Within a bucket, BM25 over the words an act has.
    /// `None` for texts of fewer than two words.
    pub fn relaxed(
        &self,
        archive: &Archive,
        searcher: &Searcher,
        strict: Box<dyn Query>,
    ) -> Option<Box<dyn Query>> {
        let each_word = self.parser(archive, true);
        let mut counted: Vec<(u64, Box<dyn Query>)> = self
            .tokens
            .iter()
            .filter(|t| is_counted(t))
            .map(|word| {
                let query = lenient(&each_word, word);
                let matching = searcher.search(&*query, &Count).unwrap_or(0) as u64;
                (matching, query)
            })
            .collect();
        if counted.len() < 2 {
            return None;
        }
        // Rarest last, so each bucket is a suffix; for a long question only
        // the buckets that drop the commonest words are worth building.
        counted.sort_by_key(|(matching, _)| std::cmp::Reverse(*matching));
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![
            (
                Occur::Must,
                lenient(&self.parser(archive, false), &self.tokens.join(" ")),
            ),
            (
                Occur::Should,
                Box::new(ConstScoreQuery::new(strict, BUCKET_WEIGHT)),
            ),
        ];
        for dropped in 1..counted.len().min(MAX_BUCKETS + 1) {
            let kept: Vec<(Occur, Box<dyn Query>)> = counted[dropped..]
                .iter()
                .map(|(_, q)| (Occur::Must, q.box_clone()))
                .collect();
            let bucket = Box::new(BooleanQuery::new(kept));
            clauses.push((
                Occur::Should,
                Box::new(ConstScoreQuery::new(bucket, BUCKET_WEIGHT)),
            ));
        }
        Some(Box::new(BooleanQuery::new(clauses)))
    }
}

/// Scores added to the best acts' scores, each leaf's times its weight:
/// terms and phrases, each scored on its own. Reaching one act is then a
/// skip through each leaf's postings; a union of them would read every
/// posting of a 4,096-document window at each jump, which for the window's
/// acts spread over an index is most of the index.
pub struct Rescore {
    pub leaves: Vec<(Box<dyn Query>, f32)>,
}

/// The leaves of `query`, parsed for `field`, with `weight`: its should and
/// must clauses taken apart (their scores add up the same), excluded clauses
/// dropped (the acts rescored matched without them). Only leaves that ask
/// `field` for terms are kept: a field the user named (`title:…`) or a range
/// was matched in the first phase already, and would be counted again once
/// per ranked field.
fn flatten(
    query: Box<dyn Query>,
    field: Field,
    weight: f32,
    leaves: &mut Vec<(Box<dyn Query>, f32)>,
) {
    match query.downcast::<BooleanQuery>() {
        Ok(boolean) => {
            for (occur, clause) in boolean.clauses() {
                if *occur != Occur::MustNot {
                    flatten(clause.box_clone(), field, weight, leaves);
                }
            }
        }
        Err(leaf) if asks_only(&*leaf, field) => leaves.push((leaf, weight)),
        Err(_) => {}
    }
}

/// Whether `query` asks for terms, all of them in `field`.
fn asks_only(query: &dyn Query, field: Field) -> bool {
    let (mut any, mut all) = (false, true);
    query.query_terms(&mut |term, _| {
        any = true;
        all &= term.field() == field;
    });
    any && all
}

/// The weight of a near spelling against the word as typed.
const NEAR_SPELLING_BOOST: f32 = 0.5;

/// How far apart, in positions, words still count as close together.
const PROXIMITY_SLOP: u32 = 3;
/// The weight of closeness against the words' own scores.
const PROXIMITY_BOOST: f32 = 1.0;
/// How many of the best acts by the matching fields' scores have
/// [`Words::rescore`] added and are ranked again among themselves (the
/// rescore window of Elasticsearch and Solr); acts below keep their order.
pub const RESCORE_WINDOW: usize = 100;

/// Far above any BM25 score: each bucket an act is in ranks it higher.
const BUCKET_WEIGHT: f32 = 100_000.0;
/// Buckets beyond this many dropped words are not built.
const MAX_BUCKETS: usize = 8;

/// Counted when ranking acts by how many words they hold: plain words,
/// numbers like `2023` or `2022/2023`, and words with their near spellings.
fn is_counted(token: &str) -> bool {
    if token.starts_with(['-', '+']) {
        return false;
    }
    is_bare_word(token)
        || (token.starts_with('(') && token.ends_with(')'))
        || (token.chars().any(char::is_alphanumeric)
            && token
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '/' | '-' | '.')))
}

fn parser(
    archive: &Archive,
    searched: &[(Field, f32)],
    conjunction: bool,
    phrases: Phrases,
) -> QueryParser {
    // The query side analyzes without the q-spellings of ç that the index
    // side adds: two terms at one position would become a phrase that
    // demands both.
    let mut parser = QueryParser::new(
        archive.index.schema(),
        searched.iter().map(|(f, _)| *f).collect(),
        analysis::query_tokenizers(phrases),
    );
    if conjunction {
        parser.set_conjunction_by_default();
    }
    for &(field, boost) in searched {
        parser.set_field_boost(field, boost);
    }
    parser
}

/// `text` through tantivy's grammar, leniently, with one repair: `name:*`
/// ("has a value in field name") is searched as the words of `name`.
/// tantivy builds that leaf without checking the field, and the search
/// would then fail as a whole for a field that does not exist or is not a
/// fast field; nothing a citizen types should fail a search.
fn lenient(parser: &QueryParser, text: &str) -> Box<dyn Query> {
    let (ast, _syntax_errors) = query_grammar::parse_query_lenient(text);
    parser
        .build_query_from_user_input_ast_lenient(without_exists(ast))
        .0
}

/// [`Phrases::Loose`] when a phrase of `text` has slop or a prefix.
fn phrases(text: &str) -> Phrases {
    fn loose(ast: &UserInputAst) -> bool {
        match ast {
            UserInputAst::Clause(clauses) => clauses.iter().any(|(_, ast)| loose(ast)),
            UserInputAst::Boost(ast, _) => loose(ast),
            UserInputAst::Leaf(leaf) => {
                matches!(&**leaf, UserInputLeaf::Literal(l) if l.slop > 0 || l.prefix)
            }
        }
    }
    let (ast, _syntax_errors) = query_grammar::parse_query_lenient(text);
    if loose(&ast) {
        Phrases::Loose
    } else {
        Phrases::Exact
    }
}

fn without_exists(ast: UserInputAst) -> UserInputAst {
    match ast {
        UserInputAst::Clause(clauses) => UserInputAst::Clause(
            clauses
                .into_iter()
                .map(|(occur, ast)| (occur, without_exists(ast)))
                .collect(),
        ),
        UserInputAst::Boost(ast, boost) => {
            UserInputAst::Boost(Box::new(without_exists(*ast)), boost)
        }
        UserInputAst::Leaf(leaf) => match *leaf {
            UserInputLeaf::Exists { field } => {
                UserInputAst::Leaf(Box::new(UserInputLeaf::Literal(UserInputLiteral {
                    field_name: None,
                    phrase: field,
                    delimiter: Delimiter::None,
                    slop: 0,
                    prefix: false,
                })))
            }
            leaf => UserInputAst::Leaf(Box::new(leaf)),
        },
    }
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

/// An operator's name, however the register spelled it: the query's words
/// as an [`operator_key`](crate::model::operator_key), looked up exactly, so
/// `Atom Med` finds `AtomMed SHPK` and `NTSHATOM MED`, which share no word
/// with it. Only for queries of plain words (no phrases, exclusions or
/// field syntax), and keys of at least 4 letters.
fn operator(archive: &Archive, tokens: &[String]) -> Option<Box<dyn Query>> {
    if tokens.is_empty() || !tokens.iter().all(|t| is_bare_word(t)) {
        return None;
    }
    let key = crate::model::operator_key(&tokens.join(" ")).filter(|k| k.len() >= 4)?;
    let exact = TermQuery::new(
        Term::from_field_text(archive.fields.operator_key, &key),
        IndexRecordOption::Basic,
    );
    Some(boosted(Box::new(exact), 5.0))
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
/// inside quotes stay: a phrase keeps its gaps. `None` for a query of
/// nothing but stop words, which is searched as typed.
fn without_stopwords(text: &str) -> Option<String> {
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
    if kept.is_empty() && !text.trim().is_empty() {
        return None;
    }
    Some(kept.join(" "))
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

/// `query` restricted to acts whose `value_eur` lies in `[min, max]`
/// (either bound may be open).
pub fn with_value_range(
    fields: &Fields,
    query: Box<dyn Query>,
    min: Option<f64>,
    max: Option<f64>,
) -> Box<dyn Query> {
    if min.is_none() && max.is_none() {
        return query;
    }
    let bound = |value: Option<f64>| match value {
        Some(v) => Bound::Included(Term::from_field_f64(fields.value_eur, v)),
        None => Bound::Unbounded,
    };
    let range = RangeQuery::new(bound(min), bound(max));
    Box::new(BooleanQuery::new(vec![
        (Occur::Must, query),
        (Occur::Must, Box::new(range)),
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rescoring_asks_each_ranked_field_once_and_never_for_exclusions() {
        let archive = Archive::in_memory().unwrap();
        let fields = &archive.fields;
        let words = Words::new("title:bursat fermeret -studentet \"ndarjen e bursave\"");
        let rescore = words.rescore(&archive).unwrap();
        let ranked: Vec<Field> = fields.ranked().iter().map(|(f, _)| *f).collect();
        let mut asked: Vec<Term> = Vec::new();
        for (leaf, _) in &rescore.leaves {
            leaf.query_terms(&mut |term, _| asked.push(term.clone()));
        }
        assert!(
            asked.iter().all(|t| ranked.contains(&t.field())),
            "{asked:?}"
        );
        assert!(!asked.iter().any(|t| t.value().as_str() == Some("student")));
        // The field the user named is asked once (by its own parser), not
        // once per ranked field.
        let title_bursat = rescore
            .leaves
            .iter()
            .filter_map(|(leaf, _)| leaf.downcast_ref::<TermQuery>())
            .filter(|q| *q.term() == Term::from_field_text(fields.title, "burs"))
            .count();
        assert_eq!(title_bursat, 1, "{:?}", rescore.leaves);
        // Stop words alone are matched everywhere at once: nothing to add.
        assert!(Words::new("për të").rescore(&archive).is_none());
    }

    /// An archive of one act for each of `texts`, in that order.
    fn archive_of(texts: &[&str]) -> Archive {
        use crate::model::{Act, ActId, ActType};
        let archive = Archive::in_memory().unwrap();
        let mut writer = archive.writer().unwrap();
        for (i, text) in texts.iter().enumerate() {
            let mut act = Act::blank(ActId::from_key(&[&i.to_string()]), ActType::Vendim);
            act.title = format!("Akti {i}");
            act.text = text.to_string();
            writer
                .add_document(archive.fields.to_document(&act))
                .unwrap();
        }
        writer.commit().unwrap();
        archive.reader.reload().unwrap();
        archive
    }

    /// The places in `texts` of the acts the matching query of each of
    /// `queries` finds.
    fn matched(texts: &[&str], queries: &[&str]) -> Vec<Vec<usize>> {
        use crate::model::ActId;
        use tantivy::collector::DocSetCollector;
        let archive = archive_of(texts);
        let searcher = archive.reader.searcher();
        queries
            .iter()
            .map(|q| {
                let query = Words::new(q).strict(&archive);
                let mut found: Vec<usize> = searcher
                    .search(&*query, &DocSetCollector)
                    .unwrap()
                    .into_iter()
                    .map(|address| {
                        // Two indexing threads may split the acts into two
                        // segments: the place is read off the stored id.
                        let doc: tantivy::TantivyDocument = searcher.doc(address).unwrap();
                        let id = doc.get_first(archive.fields.id).unwrap();
                        let id = tantivy::schema::Value::as_str(&id).unwrap().to_string();
                        (0..texts.len())
                            .position(|i| ActId::from_key(&[&i.to_string()]).as_str() == id)
                            .unwrap()
                    })
                    .collect();
                found.sort();
                found
            })
            .collect()
    }

    #[test]
    fn a_phrase_of_common_words_matches_as_a_phrase() {
        let texts = [
            "Kuvendi i Komunës miratoi buxhetin.",
            "Kuvendi komunal dhe komuna.",
            "Komuna e Kuvendit.",
            "Vendimi i Kuvendit të Komunës për rrugën.",
            "Kuvendi, ku komuna.",
        ];
        let found = matched(
            &texts,
            &[
                "\"kuvendi i komunes\"",
                "\"kuvendi i komunes\"~2",
                "\"vendimi i kuvendit te komunes\"",
                "\"kuvendit te komunes per rrugen\"",
                "\"kuvendi komunes\"",
            ],
        );
        // The pair holds where the phrase does: the two words two places apart.
        assert_eq!(found[0], [0, 3, 4]);
        // With slop the words are matched one by one, so closeness counts.
        assert_eq!(found[1], [0, 1, 3, 4]);
        // Pairs chain through a phrase, and a rarer word stays a word.
        assert_eq!(found[2], [3]);
        assert_eq!(found[3], [3]);
        // Adjacent is another distance.
        assert!(found[4].is_empty(), "{:?}", found[4]);
    }

    #[test]
    fn a_pair_marks_its_two_words_in_snippets() {
        let text = "Sot Kuvendi i Komunës mblodhi anëtarët.";
        let archive = archive_of(&[text]);
        let searcher = archive.reader.searcher();
        let query = Words::new("\"kuvendi i komunes\"").strict(&archive);
        let mut snippets =
            super::super::snippet::Snippets::new(&searcher, &*query, &archive.fields).unwrap();
        assert_eq!(
            snippets.for_text(text),
            "Sot <mark>Kuvendi</mark> i <mark>Komunës</mark> mblodhi anëtarët"
        );
    }

    #[test]
    fn stop_words_go_except_in_phrases() {
        let check =
            |q: &str, want: &str| assert_eq!(without_stopwords(q).as_deref(), Some(want), "{q}");
        check("Këshillit për bursat", "Këshillit bursat");
        check(
            "\"ndarjen e bursave\" dhe fermeret",
            "\"ndarjen e bursave\" fermeret",
        );
        check("bursat OR ndriçimi", "bursat OR ndriçimi");
        check("-e vendim", "-e vendim");
        assert_eq!(without_stopwords("për të"), None);
        check("", "");
    }
}
