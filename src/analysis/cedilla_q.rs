//! `CedillaQFilter`: a word written with `ç` is also indexed as typed with `q`.
//!
//! Why: Kosovars very often type `q` for `ç` (on Kosovo keyboards and phones `ç` is out of
//! the way, and the two sounds are close in Gheg): real municipal registers say "ndriqim"
//! more often than "ndriçim", "qerdhe" more than "çerdhe". Folding alone gives `ç`→`c`, so
//! "ndriçimit" meets "ndricim" but not "ndriqim".
//!
//! Design — index a q-variant, at index time, only for words that contained `ç`:
//!
//! - For every token that contains `ç`, the filter emits the token unchanged and then a
//!   second token with every `ç` replaced by `q`, at the **same position and offsets**. Both
//!   then go through folding, stop words and stemming: "ndriçimit" indexes `ndric` and
//!   `ndriq` (the stems of `ndriçim`, deverbal noun of `ndriçoj`). A query typed
//!   "ndriqimin" (stemmed to `ndriq`) or "ndricimin" (`ndric`) finds it.
//! - Real q-words are never touched: "qytet", "qeveri" contain no `ç`, so they get no
//!   c-variant, and a query "qytet" stays `qytet`. Mapping q→c (or both to one letter) in
//!   every word, on both sides, would instead let every real q-word meet unrelated c-words
//!   (`qeli` "cell" and `celi`, the forms of `çelës` "key").
//! - The filter must run **before** `FoldFilter`: after folding, `ç` and `c` are the same
//!   letter and the information "this c was a ç" is gone.
//! - Same position and offsets keep phrase queries and snippet highlighting working: the
//!   variant is a synonym of the word it stands next to, not a new word.
//!
//! Query side: a query analyzer does not need the variant (a query "ndriqim" already reads
//! `ndriq`), and it must not emit it: tantivy's query parser turns two tokens of one word
//! into a phrase at one position, so "ndriçim" would demand *both* `ndric` and `ndriq` and
//! miss acts typed without diacritics ("ndricim" only). The module therefore
//! offers an index analyzer (`stemmed`, with this filter) and a query analyzer
//! (`stemmed_query`, without it); see `analysis::query_tokenizers`.
//!
//! Stop words written with `ç` (`çdo`, `çfarë`, `përveç`, `siç`, …) have their q-spelling in
//! the stop list as well, since that is also how people type them.

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Whether `word` (normalized, lowercase) gets a q-variant.
pub(crate) fn has_cedilla(word: &str) -> bool {
    // `ç` is C3 A7 in UTF-8, and A7 after C3 can be nothing else; a byte
    // scan is several times faster than the char searcher on every word.
    word.as_bytes().windows(2).any(|pair| pair == [0xC3, 0xA7])
}

/// The q-variant of a word containing `ç`: every `ç` replaced by `q`.
pub(crate) fn q_variant(word: &str) -> String {
    word.replace('ç', "q")
}

/// Token filter adding the q-variant of every token that contains `ç` (see the module docs).
///
/// Expects lowercase, NFKC input (it runs after `NormalizeFilter`).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct CedillaQFilter;

impl TokenFilter for CedillaQFilter {
    type Tokenizer<T: Tokenizer> = CedillaQWrapper<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CedillaQWrapper<T> {
        CedillaQWrapper { inner: tokenizer }
    }
}

#[derive(Clone)]
pub(crate) struct CedillaQWrapper<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for CedillaQWrapper<T> {
    type TokenStream<'a> = CedillaQStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CedillaQStream {
            tail: self.inner.token_stream(text),
            variant: None,
        }
    }
}

pub(crate) struct CedillaQStream<T> {
    tail: T,
    /// The q-variant of the token just emitted, if it contained `ç`: the next `advance`
    /// emits it (same token, same position and offsets) instead of pulling a new token. It
    /// is computed before the filters downstream (folding, stemming) rewrite the token text
    /// in place.
    variant: Option<String>,
}

impl<T: TokenStream> TokenStream for CedillaQStream<T> {
    fn advance(&mut self) -> bool {
        if let Some(variant) = self.variant.take() {
            self.tail.token_mut().text = variant;
            return true;
        }
        if !self.tail.advance() {
            return false;
        }
        let text = &self.tail.token().text;
        if has_cedilla(text) {
            self.variant = Some(q_variant(text));
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::CedillaQFilter;
    use crate::analysis::fold::FoldFilter;
    use crate::analysis::normalize::NormalizeFilter;
    use crate::analysis::test_support::assert_tokens;
    use crate::analysis::tokenizer::AlbanianTokenizer;
    use tantivy::tokenizer::{TextAnalyzer, WhitespaceTokenizer};

    fn analyzer() -> TextAnalyzer {
        TextAnalyzer::builder(WhitespaceTokenizer::default())
            .filter(CedillaQFilter)
            .build()
    }

    #[test]
    fn a_word_with_cedilla_gets_a_q_variant_at_the_same_position() {
        assert_tokens(
            &mut analyzer(),
            "ndriçimit publik",
            &[
                ("ndriçimit", 0, 0, 10),
                ("ndriqimit", 0, 0, 10),
                ("publik", 1, 11, 17),
            ],
        );
    }

    #[test]
    fn every_cedilla_is_replaced() {
        assert_tokens(
            &mut analyzer(),
            "çeçen",
            &[("çeçen", 0, 0, 7), ("qeqen", 0, 0, 7)],
        );
    }

    #[test]
    fn words_without_cedilla_are_untouched() {
        assert_tokens(
            &mut analyzer(),
            "qytet qeveri ndricim",
            &[
                ("qytet", 0, 0, 5),
                ("qeveri", 1, 6, 12),
                ("ndricim", 2, 13, 20),
            ],
        );
    }

    #[test]
    fn works_before_folding_on_uppercase_and_decomposed_input() {
        let mut analyzer = TextAnalyzer::builder(AlbanianTokenizer::default())
            .filter(NormalizeFilter)
            .filter(CedillaQFilter)
            .filter(FoldFilter)
            .build();
        // "ÇERDHE" and c + U+0327 COMBINING CEDILLA.
        assert_tokens(
            &mut analyzer,
            "ÇERDHE c\u{327}elesi",
            &[
                ("cerdhe", 0, 0, 7),
                ("qerdhe", 0, 0, 7),
                ("celesi", 1, 8, 16),
                ("qelesi", 1, 8, 16),
            ],
        );
    }

    #[test]
    fn empty_input_gives_no_tokens() {
        assert_tokens(&mut analyzer(), "", &[]);
    }
}
