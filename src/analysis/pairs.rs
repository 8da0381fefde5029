//! Pairs of common words as single terms, so a quoted phrase of them is one
//! posting list instead of a walk through positions (Lucene's CommonGrams,
//! turned the other way: there the common words are stop words; here stop
//! words are already gone and the common words are the content words
//! nearly every municipal act holds: `kuvend`, `komun`, `vendim`, …).
//!
//! A phrase of two such words, "kuvendi i komunës", matches most of an
//! archive; checking it read both words' positions in every act that holds
//! them, which at a million acts was the slowest search there is (issue 11).
//! [`IndexPairs`] adds, beside the words, a pair term for every two common
//! words within [`MAX_GAP`] positions of each other (`kuvend__komun`, at the
//! first word's position); [`QueryPairs`] turns the same two words of a
//! phrase into that one term. The pair holds exactly when the phrase's two
//! words do at that distance, so the match is the phrase's match.
//!
//! Only pairs of common words are indexed: a phrase with one rarer word is
//! cheap already (its acts are few), and pairing every word would double
//! the terms indexed.

use std::sync::LazyLock;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Words that nearly every municipal act holds, as citizens write them;
/// their family stems are the common terms. Chosen from what acts are
/// made of (the institution, its organs, the parts of an act, the law it
/// cites, what it decides about), not from one archive's counts, so the set
/// holds for any municipality; changing it changes the index (the
/// analyzer's name in `analysis::FAMILY` must change with it).
///
/// Left out on purpose: the words of the letterhead and the date lines
/// ("Republika e Kosovës", "Nr.", "data", "dita", "hyn në fuqi"), which
/// every act repeats. Their pairs were over half of all pairs, each paid
/// for in indexing time, and a phrase of them tells no act from another.
#[rustfmt::skip]
const COMMON_WORDS: &[&str] = &[
    // The institution and its organs.
    "komuna", "komunale", "kuvendi", "kryetari", "këshilli", "anëtari", "sekretari", "zyra",
    "zyrtari", "lokale",
    // Acts and their parts.
    "vendimi", "rregullorja", "ligji", "neni", "paragrafi", "pika", "statuti", "seanca",
    "mbledhja", "procesverbali", "raporti", "propozimi", "miratimi", "zbatimi", "çështja",
    "kërkesa", "afati", "procedura",
    // What acts decide about.
    "buxheti", "financat", "prokurimi", "kontrata", "operatori", "vlera", "pagesa", "projekti",
    "plani", "zhvillimi", "rruga", "puna", "shërbimi", "arsimi", "shëndetësia", "mjedisi",
    "objekti", "qytetarët", "fshati",
];

/// The most positions apart two common words are paired: adjacent, or one
/// word (most often a stop word, "kuvendi *i* komunës") between.
pub(crate) const MAX_GAP: usize = 2;

/// Whether the family stem `term` is one of the common words'.
pub(crate) fn is_common(term: &str) -> bool {
    COMMON.contains(term)
}

/// The term for `first` and `second`, `gap` positions apart (1 or 2): the
/// two joined by `gap` underscores, which no word holds.
pub(crate) fn pair_term(first: &str, gap: usize, second: &str) -> String {
    let mut term = String::with_capacity(first.len() + gap + second.len());
    push_pair(&mut term, first, gap, second);
    term
}

fn push_pair(term: &mut String, first: &str, gap: usize, second: &str) {
    term.push_str(first);
    (0..gap).for_each(|_| term.push('_'));
    term.push_str(second);
}

/// The two words of a [`pair_term`], `None` for any other term.
pub fn pair_words(term: &str) -> Option<(&str, &str)> {
    let (first, rest) = term.split_once('_')?;
    Some((first, rest.trim_start_matches('_')))
}

/// The common stems, in an open-addressing table behind a bitmap: the
/// index side asks for every word it indexes, and the bitmap of their
/// (length, first byte, last byte) turns nearly every other word away
/// with one bit test.
struct Common {
    sketch: [u64; SKETCH_WORDS],
    slots: Vec<Option<Box<str>>>,
}

const SKETCH_WORDS: usize = 32;

static COMMON: LazyLock<Common> = LazyLock::new(|| {
    let mut stemmer = super::family_stems();
    let stems = COMMON_WORDS
        .iter()
        .flat_map(|word| super::terms(&mut stemmer, word));
    Common::new(stems)
});

impl Common {
    fn new(stems: impl Iterator<Item = String>) -> Common {
        let stems: Vec<String> = stems.collect();
        let size = (stems.len() * 4).next_power_of_two();
        let mut common = Common {
            sketch: [0; SKETCH_WORDS],
            slots: vec![None; size],
        };
        for stem in stems {
            if common.contains(&stem) {
                continue;
            }
            let bit = sketch_bit(&stem);
            common.sketch[bit / 64] |= 1 << (bit % 64);
            let mut slot = common.slot_of(&stem);
            while common.slots[slot].is_some() {
                slot = (slot + 1) % size;
            }
            common.slots[slot] = Some(stem.into());
        }
        common
    }

    fn contains(&self, term: &str) -> bool {
        let bit = sketch_bit(term);
        if self.sketch[bit / 64] & (1 << (bit % 64)) == 0 {
            return false;
        }
        let mut slot = self.slot_of(term);
        loop {
            match &self.slots[slot] {
                None => return false,
                Some(stem) if **stem == *term => return true,
                Some(_) => slot = (slot + 1) % self.slots.len(),
            }
        }
    }

    /// Fibonacci hashing of the first 8 bytes and the length.
    fn slot_of(&self, term: &str) -> usize {
        let key = term
            .bytes()
            .take(8)
            .fold(term.len() as u64, |key, byte| key << 8 | byte as u64);
        let bits = self.slots.len().trailing_zeros();
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
    }
}

/// A bit of [`Common::sketch`] for a term's length, first and last byte.
fn sketch_bit(term: &str) -> usize {
    let bytes = term.as_bytes();
    let (first, last) = match bytes {
        [] => (0, 0),
        [first, .., last] => (*first as usize, *last as usize),
        [only] => (*only as usize, *only as usize),
    };
    (first * 31 + last * 7 + bytes.len() * 131) % (SKETCH_WORDS * 64)
}

/// Index side: every word, and after it the pairs it closes with the
/// common words of the [`MAX_GAP`] positions before it.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct IndexPairs;

impl TokenFilter for IndexPairs {
    type Tokenizer<T: Tokenizer> = IndexPairsWrapper<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> IndexPairsWrapper<T> {
        IndexPairsWrapper { inner: tokenizer }
    }
}

#[derive(Clone)]
pub(crate) struct IndexPairsWrapper<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for IndexPairsWrapper<T> {
    type TokenStream<'a> = IndexPairsStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        IndexPairsStream {
            tail: self.inner.token_stream(text),
            common: &COMMON,
            recent: Vec::new(),
            spare: Vec::new(),
            pairs: Vec::new(),
            closed: 0,
            emitted: 0,
        }
    }
}

pub(crate) struct IndexPairsStream<T> {
    tail: T,
    common: &'static Common,
    /// The common words of the last [`MAX_GAP`] positions: position, start
    /// offset, stem.
    recent: Vec<(usize, usize, String)>,
    /// Buffers of stems no longer recent, for the next ones.
    spare: Vec<String>,
    /// The pairs the last word closed, emitted after it: the first
    /// `closed`; the tokens beyond keep their buffers for the next pairs.
    pairs: Vec<Token>,
    closed: usize,
    /// How many of the pairs have been emitted; the current token is the
    /// last of them, or the word itself when none has.
    emitted: usize,
}

impl<T: TokenStream> IndexPairsStream<T> {
    /// Adds the pairs `word`, a common word, closes with the recent ones,
    /// and remembers it.
    fn close_pairs(&mut self) {
        let word = self.tail.token();
        let mut i = 0;
        while i < self.recent.len() {
            if word.position.saturating_sub(self.recent[i].0) > MAX_GAP {
                self.spare.push(self.recent.swap_remove(i).2);
            } else {
                i += 1;
            }
        }
        for (position, offset_from, stem) in &self.recent {
            let gap = word.position.saturating_sub(*position);
            if gap == 0 {
                continue;
            }
            if self.closed == self.pairs.len() {
                self.pairs.push(Token::default());
            }
            let pair = &mut self.pairs[self.closed];
            pair.offset_from = *offset_from;
            pair.offset_to = word.offset_to;
            pair.position = *position;
            pair.position_length = 1;
            pair.text.clear();
            push_pair(&mut pair.text, stem, gap, &word.text);
            self.closed += 1;
        }
        let mut text = self.spare.pop().unwrap_or_default();
        text.clear();
        text.push_str(&word.text);
        self.recent.push((word.position, word.offset_from, text));
    }
}

impl<T: TokenStream> TokenStream for IndexPairsStream<T> {
    fn advance(&mut self) -> bool {
        if self.emitted < self.closed {
            self.emitted += 1;
            return true;
        }
        self.closed = 0;
        self.emitted = 0;
        if !self.tail.advance() {
            return false;
        }
        if self.common.contains(&self.tail.token().text) {
            self.close_pairs();
        }
        true
    }

    fn token(&self) -> &Token {
        match self.emitted {
            0 => self.tail.token(),
            n => &self.pairs[n - 1],
        }
    }

    fn token_mut(&mut self) -> &mut Token {
        match self.emitted {
            0 => self.tail.token_mut(),
            n => &mut self.pairs[n - 1],
        }
    }
}

/// Query side: two common words of a phrase within [`MAX_GAP`] positions
/// become their pair term, in place of both; the other words stay. Only
/// for exact phrases: a pair holds its words at one distance, which a
/// phrase with slop does not ask.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct QueryPairs;

impl TokenFilter for QueryPairs {
    type Tokenizer<T: Tokenizer> = QueryPairsWrapper<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> QueryPairsWrapper<T> {
        QueryPairsWrapper { inner: tokenizer }
    }
}

#[derive(Clone)]
pub(crate) struct QueryPairsWrapper<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for QueryPairsWrapper<T> {
    type TokenStream<'a> = QueryPairsStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> QueryPairsStream {
        let mut words = Vec::new();
        let mut stream = self.inner.token_stream(text);
        while stream.advance() {
            words.push(stream.token().clone());
        }
        QueryPairsStream {
            tokens: paired(words).into_iter(),
            current: Token::default(),
        }
    }
}

/// `words` with each two neighbouring common words within [`MAX_GAP`]
/// replaced by their pair; a word between two pairs is in both.
fn paired(words: Vec<Token>) -> Vec<Token> {
    let mut covered = vec![false; words.len()];
    let mut tokens = Vec::new();
    for (i, pair) in words.windows(2).enumerate() {
        let [first, second] = pair else { continue };
        let gap = second.position.wrapping_sub(first.position);
        if (1..=MAX_GAP).contains(&gap) && is_common(&first.text) && is_common(&second.text) {
            tokens.push(Token {
                offset_from: first.offset_from,
                offset_to: second.offset_to,
                position: first.position,
                text: pair_term(&first.text, gap, &second.text),
                position_length: 1,
            });
            covered[i] = true;
            covered[i + 1] = true;
        }
    }
    tokens.extend(
        words
            .into_iter()
            .zip(covered)
            .filter(|(_, covered)| !covered)
            .map(|(word, _)| word),
    );
    tokens.sort_by_key(|token| token.position);
    tokens
}

pub(crate) struct QueryPairsStream {
    tokens: std::vec::IntoIter<Token>,
    current: Token,
}

impl TokenStream for QueryPairsStream {
    fn advance(&mut self) -> bool {
        match self.tokens.next() {
            Some(token) => {
                self.current = token;
                true
            }
            None => false,
        }
    }

    fn token(&self) -> &Token {
        &self.current
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.current
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis;

    fn terms(text: &str) -> Vec<(String, usize)> {
        let mut analyzer = analysis::family();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push((stream.token().text.clone(), stream.token().position));
        }
        out
    }

    #[test]
    fn common_words_are_paired_across_a_stop_word() {
        let terms = terms("Kuvendi i Komunës së Gjilanit");
        assert!(terms.contains(&("kuvend".into(), 0)), "{terms:?}");
        assert!(terms.contains(&("komun".into(), 2)), "{terms:?}");
        assert!(terms.contains(&("kuvend__komun".into(), 0)), "{terms:?}");
        assert_eq!(terms.iter().filter(|(t, _)| t.contains('_')).count(), 1);
    }

    #[test]
    fn words_three_apart_or_uncommon_are_not_paired() {
        let terms = terms("kuvendi e të komunës; ndriçimi i parkut");
        assert!(!terms.iter().any(|(t, _)| t.contains('_')), "{terms:?}");
    }

    #[test]
    fn a_phrase_of_common_words_is_one_term_at_query_time() {
        let mut analyzer = analysis::query_tokenizers(analysis::Phrases::Exact)
            .get(analysis::FAMILY)
            .expect("the family analyzer");
        assert_eq!(
            analysis::terms(&mut analyzer, "kuvendi i komunes"),
            ["kuvend__komun"]
        );
        // A rarer word stays a word; common neighbours overlap in pairs.
        assert_eq!(
            analysis::terms(&mut analyzer, "vendimi i kuvendit te komunes per ndricimin"),
            ["vendim__kuvend", "kuvend__komun", "ndric"]
        );
    }

    #[test]
    fn a_pair_term_gives_back_its_words() {
        assert_eq!(pair_words("kuvend__komun"), Some(("kuvend", "komun")));
        assert_eq!(pair_words("nr_komun"), Some(("nr", "komun")));
        assert_eq!(pair_words("kuvend"), None);
    }

    #[test]
    fn every_common_word_has_a_stem_in_the_set() {
        let mut stemmer = analysis::family_stems();
        for word in COMMON_WORDS {
            let stems = analysis::terms(&mut stemmer, word);
            assert!(!stems.is_empty(), "{word} is a stop word");
            assert!(stems.iter().all(|s| is_common(s)), "{word}: {stems:?}");
        }
        assert!(!is_common("ndric"));
    }
}
