//! Albanian text analysis: turning the text of municipal acts into index terms.
//!
//! This module owns everything between a string and the terms tantivy indexes or searches
//! for: word splitting, Unicode normalization, diacritic folding, stop words and stemming,
//! and the names under which the resulting analyzers are registered. It must not know
//! about schema field names, ingest or search: the schema chooses [`STEMMED`] or
//! [`FOLDED`] per field, and the index calls [`register`].
//!
//! # Pipelines
//!
//! [`stemmed`] (registered as [`STEMMED`], for the main text fields):
//!
//! 1. `AlbanianTokenizer` — words of alphanumerics; combining marks and soft hyphens inside a
//!    word do not split it (PDF text carries both).
//! 2. `RemoveLongFilter` — drops tokens of 40 bytes or more (garbage from
//!    broken PDF text layers).
//! 3. `NormalizeFilter` — NFKC ("ﬁ" → "fi"), lowercase, drop soft hyphens and joiners.
//! 4. `CyrillicFilter` — Serbian Cyrillic to Serbian Latin ("општина" → "opština").
//! 5. `CedillaQFilter` — a word with `ç` also gets its q-spelling at the same position
//!    ("ndriçimit" → "ndriçimit", "ndriqimit"), because Kosovars type q for ç
//!    (`cedilla_q.rs` explains the design).
//! 6. `FoldFilter` — diacritics off Latin letters (ë→e, ç→c, š→s, đ→d, …).
//! 7. Stop words — Albanian function words (`stopwords.rs`).
//! 8. `AlbanianStemmer` — light suffix stripping of noun, adjective and verb endings
//!    (`stemmer.rs` documents the rules and how they are measured).
//!
//! [`family`] (registered as [`FAMILY`]) is the same pipeline with the stemmer reaching
//! across derivation, and one step more:
//!
//! 9. `IndexPairs` — two common words within two positions also give one pair term
//!    (`kuvend__komun`), so a quoted phrase of them is one term to look up (`pairs.rs`).
//!
//! [`stemmed_query`] is the same pipeline without step 5, for parsing queries: a query
//! typed with q already reads q, and a query with ç must not demand both spellings (see
//! [`query_tokenizers`]).
//!
//! [`folded`] (registered as [`FOLDED`], for exact-ish fields such as issuer or operator)
//! is steps 1–4 and 6: every word is kept, unstemmed, and no q-variant is added.
//!
//! Numbers are kept as tokens in both pipelines ("neni 5" gives `nen`, `5`).

mod cedilla_q;
mod cyrillic;
mod fold;
mod normalize;
mod pairs;
mod rewrite;
mod stemmer;
mod stopwords;
mod tokenizer;

use std::ops::Range;

use tantivy::tokenizer::{
    RemoveLongFilter, TextAnalyzer, TextAnalyzerBuilder, TokenStream, Tokenizer, TokenizerManager,
};

use self::cedilla_q::CedillaQFilter;
use self::cyrillic::CyrillicFilter;
use self::fold::FoldFilter;
use self::normalize::NormalizeFilter;
pub use self::pairs::pair_words;
use self::pairs::{IndexPairs, QueryPairs};
use self::stemmer::AlbanianStemmer;
use self::tokenizer::AlbanianTokenizer;

/// Name under which the stemmed Albanian analyzer is registered (main text fields).
pub const STEMMED: &str = "sq_stem";
/// Name of the family analyzer: stemmed across derivation (a lower-boosted field).
///
/// The name changes with what the analyzer makes (now: with pair terms), so
/// an index built by an older one is found out of date and rebuilt.
pub const FAMILY: &str = "sq_family_pairs";
/// Name of the folded-but-unstemmed analyzer (exact-ish fields: issuer, operator, act numbers' words).
pub const FOLDED: &str = "sq_fold";

/// Tokens of this many bytes (UTF-8, before normalization) or more are dropped.
///
/// The longest Albanian words of municipal acts stay well below it; longer runs of letters
/// are broken text layers or encoded data, not words.
const MAX_TOKEN_BYTES: usize = 40;

/// Steps 1–4 of every pipeline (see the module docs): words, long ones dropped, normalized,
/// Cyrillic in Latin.
fn latin_words() -> TextAnalyzerBuilder<impl Tokenizer> {
    TextAnalyzer::builder(AlbanianTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(NormalizeFilter)
        .filter(CyrillicFilter)
}

/// Steps 6–8 after `words`: folded, stop words dropped, stemmed.
fn stem<T: Tokenizer>(
    words: TextAnalyzerBuilder<T>,
    stemmer: AlbanianStemmer,
) -> TextAnalyzerBuilder<impl Tokenizer> {
    words
        .filter(FoldFilter)
        .filter(stopwords::stop_word_filter())
        .filter(stemmer)
}

/// The stemmed Albanian analyzer used at index time (see the module docs).
///
/// Words written with `ç` give two terms at the same position (their c- and q-spellings).
pub fn stemmed() -> TextAnalyzer {
    stem(
        latin_words().filter(CedillaQFilter),
        AlbanianStemmer::INFLECTIONAL,
    )
    .build()
}

/// Like [`stemmed`], but word families meet across derivation (`miratim`,
/// `miratues`, `miratuar` with `miratoj`): for a lower-boosted field, so a
/// search for one finds the others without the measured, inflectional
/// stemmer merging different words. Two common words close together also
/// give their pair term (`pairs.rs`), so a phrase of them is one term.
pub fn family() -> TextAnalyzer {
    stem(
        latin_words().filter(CedillaQFilter),
        AlbanianStemmer::FAMILY,
    )
    .filter(IndexPairs)
    .build()
}

/// [`family`] without the pair terms: the family stems of a text's words.
pub(crate) fn family_stems() -> TextAnalyzer {
    stem(
        latin_words().filter(CedillaQFilter),
        AlbanianStemmer::FAMILY,
    )
    .build()
}

/// The stemmed analyzer for queries: [`stemmed`] without the q-variants of `ç` words.
///
/// One term per word, so tantivy's query parser never turns a single word into a phrase
/// of its two spellings (which would miss acts typed without diacritics).
pub fn stemmed_query() -> TextAnalyzer {
    stem(latin_words(), AlbanianStemmer::INFLECTIONAL).build()
}

/// The folded, unstemmed analyzer: like [`stemmed`] but keeping stop words and word endings.
pub fn folded() -> TextAnalyzer {
    latin_words().filter(FoldFilter).build()
}

/// The analyzer registered under `name`, if it is one of ours.
pub fn by_name(name: &str) -> Option<TextAnalyzer> {
    match name {
        STEMMED => Some(stemmed()),
        FAMILY => Some(family()),
        FOLDED => Some(folded()),
        _ => None,
    }
}

/// Registers both analyzers on an index's tokenizer manager.
pub fn register(manager: &TokenizerManager) {
    manager.register(STEMMED, stemmed());
    manager.register(FAMILY, family());
    manager.register(FOLDED, folded());
}

/// A tokenizer manager for parsing queries: [`STEMMED`] is [`stemmed_query`] there.
///
/// Pass it to `QueryParser::new(schema, fields, analysis::query_tokenizers(…))` instead of
/// using `QueryParser::for_index`, whose manager analyzes queries like documents: a query
/// "ndriçim" would then be the phrase `ndricim`+`ndriqim` at one position and miss acts
/// that spell it "ndricim".
///
/// With [`Phrases::Exact`], two common words of a phrase become their pair
/// term in the family fields (`pairs.rs`); [`Phrases::Loose`] keeps the
/// words, for phrases with slop or a prefix, which a pair cannot answer.
pub fn query_tokenizers(phrases: Phrases) -> TokenizerManager {
    let manager = TokenizerManager::default();
    manager.register(STEMMED, stemmed_query());
    let family = stem(latin_words(), AlbanianStemmer::FAMILY);
    match phrases {
        Phrases::Exact => manager.register(FAMILY, family.filter(QueryPairs).build()),
        Phrases::Loose => manager.register(FAMILY, family.build()),
    }
    manager.register(FOLDED, folded());
    manager
}

/// How the phrases of a query are matched: see [`query_tokenizers`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phrases {
    /// Every word at its place: common words may be read as their pairs.
    Exact,
    /// With slop (`"…"~2`) or a prefix (`"…"*`): word by word.
    Loose,
}

/// The terms an analyzer produces for `text`, in order (for `arkiva analyze` and tests).
pub fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while let Some(token) = stream.next() {
        out.push(token.text.clone());
    }
    out
}

/// Calls `f` with the byte range of every word of `text`, split as every
/// pipeline splits it (step 1), before any filter: for highlighting, which
/// analyzes only the words that could give one of a query's terms.
pub fn for_each_word(text: &str, mut f: impl FnMut(Range<usize>)) {
    let mut tokenizer = AlbanianTokenizer::default();
    let mut stream = tokenizer.token_stream(text);
    while let Some(token) = stream.next() {
        f(token.offset_from..token.offset_to);
    }
}

/// The first two bytes every term analyzed from `word` starts with, read
/// off the word without analyzing it: when its first two chars are ASCII
/// alphanumerics and the third cannot combine with them, no step changes
/// them but lowercasing, and stems are prefixes. `None` when only the
/// analyzer can tell (a char outside ASCII, a one-char word, a combining
/// mark after the second char: NFKC makes `C` + U+0327 a `Ç`, which also
/// gives a q-spelling).
pub fn ascii_head(word: &str) -> Option<[u8; 2]> {
    let mut chars = word.chars();
    let (a, b) = (chars.next()?, chars.next()?);
    let settled = chars
        .next()
        .is_none_or(|c| !tokenizer::continues_word_invisibly(c));
    (a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric() && settled)
        .then(|| [a as u8, b as u8].map(|c| c.to_ascii_lowercase()))
}

/// Folds one string the way the analyzers do (lowercase, NFKC, Cyrillic to Latin, diacritics off) — used for facet/header matching elsewhere.
///
/// The whole string is folded as one piece: spaces and punctuation stay (NFKC turns
/// no-break spaces into plain spaces), soft hyphens and joiners go.
pub fn fold(s: &str) -> String {
    let mut normalized = String::with_capacity(s.len());
    normalize::normalize_into(s, &mut normalized);
    let mut latin = String::with_capacity(normalized.len());
    cyrillic::transliterate_into(&normalized, &mut latin);
    let mut folded = String::with_capacity(latin.len());
    fold::fold_into(&latin, &mut folded);
    folded
}

/// The assertion helper shared by the filters' token tests.
#[cfg(test)]
pub(crate) mod test_support {
    use tantivy::tokenizer::TextAnalyzer;

    /// Runs `analyzer` on `text` and checks every token as `(text, position, from, to)`,
    /// where `from..to` is the token's byte range in `text`.
    pub(crate) fn assert_tokens(
        analyzer: &mut TextAnalyzer,
        text: &str,
        expected: &[(&str, usize, usize, usize)],
    ) {
        let mut actual = Vec::new();
        let mut stream = analyzer.token_stream(text);
        while let Some(token) = stream.next() {
            actual.push((
                token.text.clone(),
                token.position,
                token.offset_from,
                token.offset_to,
            ));
        }
        let expected: Vec<_> = expected
            .iter()
            .map(|&(term, position, from, to)| (term.to_owned(), position, from, to))
            .collect();
        assert_eq!(actual, expected, "tokens of {text:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::assert_tokens;
    use super::{
        family, fold, folded, query_tokenizers, register, stemmed, stemmed_query, terms, FOLDED,
        STEMMED,
    };
    use tantivy::collector::Count;
    use tantivy::query::QueryParser;
    use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
    use tantivy::tokenizer::TokenizerManager;
    use tantivy::{doc, Index, IndexWriter};

    #[test]
    fn stemmed_pipeline_tokens() {
        assert_tokens(
            &mut stemmed(),
            "Vendimi për Këshillin",
            &[("vendim", 0, 0, 7), ("keshill", 2, 13, 23)],
        );
    }

    #[test]
    fn stemmed_pipeline_with_and_without_diacritics_gives_the_same_terms() {
        assert_eq!(
            terms(&mut stemmed(), "këshilli i komunës"),
            terms(&mut stemmed(), "keshilli i komunes")
        );
        assert_eq!(terms(&mut stemmed(), "këshilli"), ["keshill"]);
    }

    #[test]
    fn stemmed_pipeline_normalizes_ligatures_and_uppercase() {
        assert_eq!(
            terms(&mut stemmed(), "Drejtoria e ﬁnancave"),
            ["drejtor", "financ"]
        );
        assert_eq!(
            terms(&mut stemmed(), "KOMUNA E GJILANIT"),
            ["komun", "gjilan"]
        );
    }

    #[test]
    fn stemmed_pipeline_drops_stop_words_and_keeps_article_numbers() {
        assert_eq!(
            terms(
                &mut stemmed(),
                "Sipas nenit 5 të ligjit, kjo është në përputhje me rregulloren."
            ),
            ["nen", "5", "lig", "perputh", "rregullor"]
        );
        // The query a person types and the heading of the article meet.
        assert_eq!(
            terms(&mut stemmed(), "neni 5"),
            terms(&mut stemmed(), "Neni 5")
        );
        assert_eq!(terms(&mut stemmed(), "Neni 5"), ["nen", "5"]);
    }

    #[test]
    fn stemmed_pipeline_drops_overlong_tokens() {
        let long = "a".repeat(40);
        assert_eq!(
            terms(&mut stemmed(), &format!("vendimi {long} 7")),
            ["vendim", "7"]
        );
    }

    #[test]
    fn folded_pipeline_keeps_every_word_unstemmed() {
        assert_tokens(
            &mut folded(),
            "Drejtoria për Shërbime Publike, Nr. 01/2023",
            &[
                ("drejtoria", 0, 0, 9),
                ("per", 1, 10, 14),
                ("sherbime", 2, 15, 24),
                ("publike", 3, 25, 32),
                ("nr", 4, 34, 36),
                ("01", 5, 38, 40),
                ("2023", 6, 41, 45),
            ],
        );
    }

    #[test]
    fn fold_folds_a_whole_string() {
        assert_eq!(fold("Komuna e Gjilanit"), "komuna e gjilanit");
        assert_eq!(fold("DREJTORIA PËR ARSIM"), "drejtoria per arsim");
        assert_eq!(
            fold("ﬁnancat\u{A0}e Ke\u{308}shillit"),
            "financat e keshillit"
        );
        assert_eq!(fold("rregul\u{AD}lore"), "rregullore");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn fold_matches_the_folded_analyzer() {
        let text = "Çështjet e Kuvendit të Komunës së Prishtinës";
        let words: Vec<String> = fold(text).split(' ').map(str::to_owned).collect();
        assert_eq!(terms(&mut folded(), text), words);
    }

    #[test]
    fn register_makes_both_analyzers_available() {
        let manager = TokenizerManager::new();
        register(&manager);
        let mut stem = manager.get(STEMMED).expect("stemmed analyzer registered");
        let mut fold = manager.get(FOLDED).expect("folded analyzer registered");
        assert_eq!(terms(&mut stem, "Kontratat"), ["kontr"]);
        assert_eq!(terms(&mut fold, "Kontratat"), ["kontratat"]);
    }

    #[test]
    fn no_panic_on_odd_input() {
        let samples = [
            "",
            "\u{308}",
            "\u{AD}",
            "e\u{308}\u{308}\u{308}",
            "İSTANBUL ǅ ǈ ﬃ ẞ",
            "😀 ✓ ‰ ½ Ⅻÿĳ",
            "\0\u{1}\u{7f}",
            "مرحبا עברית 中文 한국어",
            "a\u{200D}\u{200D}b\u{FEFF}",
            "ŉ ǰ ΐ ﬅ",
        ];
        // Also a deterministic pseudo-random mix of the tricky chars above.
        let palette: Vec<char> = samples
            .concat()
            .chars()
            .chain("ëçEJ j5 -".chars())
            .collect();
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut random_texts = Vec::new();
        for _ in 0..300 {
            let mut text = String::new();
            for _ in 0..30 {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                let index = usize::try_from(state >> 33).unwrap_or(0) % palette.len();
                text.push(palette[index]);
            }
            random_texts.push(text);
        }
        let (mut stemmed, mut folded) = (stemmed(), folded());
        for text in samples
            .iter()
            .copied()
            .chain(random_texts.iter().map(String::as_str))
        {
            for term in terms(&mut stemmed, text)
                .into_iter()
                .chain(terms(&mut folded, text))
            {
                assert!(!term.is_empty(), "empty term from {text:?}");
            }
            let _ = fold(text);
        }
    }

    #[test]
    fn index_with_stemmed_field_finds_inflected_folded_query() -> tantivy::Result<()> {
        let mut schema_builder = Schema::builder();
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(STEMMED)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let body = schema_builder.add_text_field(
            "body",
            TextOptions::default().set_indexing_options(indexing),
        );
        let index = Index::create_in_ram(schema_builder.build());
        register(index.tokenizers());

        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000)?;
        writer.add_document(doc!(body => "Kontrata për mirëmbajtjen e ndriçimit publik"))?;
        writer.add_document(doc!(body => "Vendimi për buxhetin e komunës"))?;
        writer.commit()?;

        let searcher = index.reader()?.searcher();
        let mut parser = QueryParser::for_index(&index, vec![body]);
        parser.set_conjunction_by_default();
        let count = |query: &str| matches(&parser, &searcher, query);
        assert_eq!(count("kontratat ndricimi")?, 1);
        assert_eq!(count("KONTRATËS mirëmbajtje")?, 1);
        assert_eq!(count("\"ndriçimi publike\"")?, 1);
        assert_eq!(count("buxheti komuna")?, 1);
        assert_eq!(count("kontrata buxheti")?, 0);
        Ok(())
    }

    #[test]
    fn stemmed_pipeline_indexes_the_q_spelling_of_cedilla_words() {
        assert_tokens(
            &mut stemmed(),
            "ndriçimit publik",
            &[
                ("ndricim", 0, 0, 10),
                ("ndriqim", 0, 0, 10),
                ("publik", 1, 11, 17),
            ],
        );
        assert_eq!(terms(&mut stemmed(), "çerdhet"), ["cerdh", "qerdh"]);
        // Real q-words get no c-variant; stop words written with ç are dropped in both spellings.
        assert_eq!(terms(&mut stemmed(), "qyteti qeveria"), ["qytet", "qever"]);
        assert_eq!(
            terms(&mut stemmed(), "çfarë përveç çdo"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn query_pipeline_has_one_term_per_word() {
        assert_eq!(terms(&mut stemmed_query(), "ndriçimit"), ["ndricim"]);
        assert_eq!(terms(&mut stemmed_query(), "ndriqimin"), ["ndriqim"]);
        assert_eq!(terms(&mut stemmed_query(), "qfarë qytet"), ["qytet"]);
    }

    #[test]
    fn serbian_cyrillic_meets_latin() {
        assert_eq!(
            terms(&mut stemmed(), "Одлука Општине Приштина"),
            terms(&mut stemmed(), "Odluka Opštine Pristina")
        );
        assert_eq!(
            terms(&mut folded(), "Општина Ђаковица"),
            ["opstina", "dakovica"]
        );
        assert_eq!(fold("Општина Љубљана"), "opstina ljubljana");
    }

    #[test]
    fn q_and_cyrillic_queries_find_acts() -> tantivy::Result<()> {
        let mut schema_builder = Schema::builder();
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(STEMMED)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let body = schema_builder.add_text_field(
            "body",
            TextOptions::default().set_indexing_options(indexing.clone()),
        );
        // Word families meet across derivation in a field of their own.
        let family_body = schema_builder.add_text_field(
            "family",
            TextOptions::default().set_indexing_options(indexing.set_tokenizer(super::FAMILY)),
        );
        let schema = schema_builder.build();
        let index = Index::create_in_ram(schema.clone());
        register(index.tokenizers());

        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000)?;
        writer.add_document(doc!(body => "Kontrata për mirëmbajtjen e ndriçimit publik", family_body => "Kontrata për mirëmbajtjen e ndriçimit publik"))?;
        writer.add_document(doc!(body => "Ndërtimi i çerdhes në lagjen Dardania", family_body => "Ndërtimi i çerdhes në lagjen Dardania"))?;
        writer.add_document(doc!(body => "Ndricimi i rrugeve ne qytet", family_body => "Ndricimi i rrugeve ne qytet"))?;
        writer.add_document(doc!(body => "Одлука о усвајању буџета општине", family_body => "Одлука о усвајању буџета општине"))?;
        writer.add_document(doc!(body => "Vendimi për miratimin e rregullores", family_body => "Vendimi për miratimin e rregullores"))?;
        writer.commit()?;

        let searcher = index.reader()?.searcher();
        let mut parser = QueryParser::new(
            schema,
            vec![body, family_body],
            query_tokenizers(super::Phrases::Exact),
        );
        parser.set_conjunction_by_default();
        let count = |query: &str| matches(&parser, &searcher, query);
        assert_eq!(count("kontratat per ndriqimin publik")?, 1);
        assert_eq!(count("qerdhe")?, 1);
        assert_eq!(count("ndriçim")?, 2);
        assert_eq!(count("ndricim")?, 2);
        assert_eq!(count("ndriqim")?, 1);
        assert_eq!(count("qytet")?, 1);
        assert_eq!(count("odluka budzeta opstine")?, 1);
        assert_eq!(count("miratohet rregullorja")?, 1);
        Ok(())
    }

    /// Acts matching `query` as `parser` reads it.
    fn matches(
        parser: &QueryParser,
        searcher: &tantivy::Searcher,
        query: &str,
    ) -> tantivy::Result<usize> {
        let query = parser
            .parse_query(query)
            .map_err(|err| tantivy::TantivyError::InvalidArgument(err.to_string()))?;
        searcher.search(&query, &Count)
    }

    proptest::proptest! {
        /// The promise highlighting relies on: a word's ASCII head is the
        /// head of every term any pipeline makes of it.
        #[test]
        fn every_term_of_a_word_starts_with_its_ascii_head(
            text in "([a-zA-Z0-9çÇëËqQšžđ\u{308}\u{327}\u{AD}ﬁо-щ]{1,12}[ ,.\n-]){1,8}"
        ) {
            let mut analyzers = [stemmed(), family(), folded(), stemmed_query()];
            super::for_each_word(&text, |word| {
                let word = &text[word];
                let Some(head) = super::ascii_head(word) else { return };
                for analyzer in &mut analyzers {
                    for term in terms(analyzer, word) {
                        assert!(term.as_bytes().starts_with(&head), "{word:?} gave {term:?}");
                    }
                }
            });
        }
    }
}
