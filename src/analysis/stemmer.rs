//! `AlbanianStemmer`: a light, rule-based suffix stripper for folded Albanian words.
//!
//! Albanian nouns and adjectives inflect with endings for definiteness, case and number,
//! and plurals often add one ending on top of another (`buxhet` → `buxhet-et` →
//! `buxhet-eve`). The stemmer removes those endings so that the forms of one word meet
//! (`vendim`, `vendimi`, `vendimin`, `vendimit`, `vendimet`, `vendimeve`, `vendimesh` →
//! `vendim`). It runs on folded text (ë→e, ç→c), so `ë`-endings are spelt with `e`.
//!
//! # Rules
//!
//! 1. Only words made of ASCII lowercase letters are stemmed. Tokens with digits (`5`,
//!    `2023`, `01a`) and words in other scripts (Serbian Cyrillic) pass unchanged.
//! 2. Endings are tried longest first, from [`SUFFIXES`]:
//!    `eve esh ave ash ise | et at en es in it un ut | e a i u`
//!    (genitive/ablative plurals; the genitive of feminine nouns in -i, `drejtorisë`;
//!    definite and case endings; bare vowel endings). The first ending whose removal leaves
//!    an acceptable stem is removed.
//! 3. `u`, `un`, `ut` (the masculine definite after k, g, h: `parku`, `tregun`, `mjekut`)
//!    are removed only after k, g or h, so `institut` keeps its `ut`.
//! 4. A stem-final `j` is removed. Feminine nouns in -je (`mbledhje`, `mbledhja`) and in -e
//!    (`rregullore`, `rregullorja`) then meet, and so do `ligj`, `ligji` and `ligje`.
//! 5. Rules 2–4 repeat until none applies. Repetition handles stacked endings and base forms
//!    that themselves end like an ending: `buxhet` → `buxh`, `buxhetit` → `buxhet` →
//!    `buxh`; `drejtoria` → `drejtori` → `drejtor`; `kontratat` → `kontrat` → `kontr`.
//! 6. A stem must keep at least [`MIN_STEM_CHARS`] (3) letters *and* a vowel (a e i o u y).
//!    Three letters are needed because short, frequent nouns must still meet (`neni`/`nenit`
//!    → `nen`, `puna`/`punë` → `pun`, `viti` → `vit`); the vowel requirement stops stems
//!    that are only a consonant cluster, which would merge unrelated words (`shtet` "state"
//!    stays `shtet` instead of `sht`, which `shtesë` "addition" would also reach).
//! 7. Words ending in `itet` (`komunitet`, `universitet`, `autoritet`) are not stripped
//!    further: otherwise repetition would turn `komunitet` into `komun`, the stem of
//!    `komunë` — and in Kosovo's acts "community" and "municipality" must stay apart.
//!
//! Stems are not words: they are index terms. The same stemmer runs on documents and
//! queries, so only meeting (and not colliding) matters.
//!
//! # Known gaps
//!
//! - The genitive plural of feminine nouns in -i does not meet the rest:
//!   `drejtorive` → `drejtoriv` (the other forms give `drejtor`). Stripping `ive` would
//!   also strip adjectives in -iv (`administrative`, `aktive` → `akt`, the stem of `akt`).
//!   `drejtori` "directorate" and `drejtor` "director" meet; Albanian itself spells
//!   "the director" and "a directorate" the same (`drejtori`).
//! - Plurals in -ra do not meet their singular: `fshatra`, `fshatrat` → `fshatr`, while
//!   `fshat`, `fshati` → `fshat`. Stripping `ra` would wreck the many feminine nouns in -rë
//!   (`kulturë`, `qendër`).
//! - Verbs are not conjugation-aware: their forms are cut by the same endings, which groups
//!   some forms and leaves others apart.

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Removable endings, longest first (see the module docs, rule 2).
pub(crate) const SUFFIXES: &[&str] = &[
    "eve", "esh", "ave", "ash", "ise", "et", "at", "en", "es", "in", "it", "un", "ut", "e", "a",
    "i", "u",
];

/// Endings of the masculine `-u` declension, removed only after [`U_DECLENSION_STEM_END`].
const U_DECLENSION_SUFFIXES: &[&str] = &["un", "ut", "u"];

/// Stem-final letters after which the `-u` declension endings occur.
const U_DECLENSION_STEM_END: &[u8] = b"kgh";

/// Endings after which nothing more is removed (rule 7).
const PROTECTED_ENDINGS: &[&str] = &["itet"];

/// Minimum number of letters left in a stem (rule 6).
pub(crate) const MIN_STEM_CHARS: usize = 3;

/// Whether `stem` may be the result of a removal: long enough and not vowel-less.
fn is_acceptable_stem(stem: &str) -> bool {
    stem.len() >= MIN_STEM_CHARS && stem.bytes().any(|b| b"aeiouy".contains(&b))
}

/// One removal step: the longest acceptable ending, or else a final `j`.
fn strip_once(word: &str) -> Option<&str> {
    if PROTECTED_ENDINGS
        .iter()
        .any(|ending| word.ends_with(ending))
    {
        return None;
    }
    for suffix in SUFFIXES {
        let Some(stem) = word.strip_suffix(suffix) else {
            continue;
        };
        if !is_acceptable_stem(stem) {
            continue;
        }
        if U_DECLENSION_SUFFIXES.contains(suffix)
            && !stem
                .bytes()
                .last()
                .is_some_and(|last| U_DECLENSION_STEM_END.contains(&last))
        {
            continue;
        }
        return Some(stem);
    }
    word.strip_suffix('j')
        .filter(|stem| is_acceptable_stem(stem))
}

/// The stem of a folded word (a prefix of it; the word itself when nothing applies).
pub(crate) fn stem(word: &str) -> &str {
    if !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return word;
    }
    let mut current = word;
    // Every step makes `current` shorter, so this ends.
    while let Some(shorter) = strip_once(current) {
        current = shorter;
    }
    current
}

/// Token filter replacing every token by its [`stem`].
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct AlbanianStemmer;

impl TokenFilter for AlbanianStemmer {
    type Tokenizer<T: Tokenizer> = AlbanianStemmerWrapper<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> AlbanianStemmerWrapper<T> {
        AlbanianStemmerWrapper { inner: tokenizer }
    }
}

#[derive(Clone)]
pub(crate) struct AlbanianStemmerWrapper<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for AlbanianStemmerWrapper<T> {
    type TokenStream<'a> = AlbanianStemmerStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        AlbanianStemmerStream {
            tail: self.inner.token_stream(text),
        }
    }
}

pub(crate) struct AlbanianStemmerStream<T> {
    tail: T,
}

impl<T: TokenStream> TokenStream for AlbanianStemmerStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        // The stem is a prefix of the ASCII word, so truncating is enough (and on a char
        // boundary).
        let stem_len = stem(&token.text).len();
        token.text.truncate(stem_len);
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
    use std::path::Path;

    use super::{stem, AlbanianStemmer};
    use crate::analysis::fold::FoldFilter;
    use crate::analysis::normalize::NormalizeFilter;
    use crate::analysis::test_support::assert_tokens;
    use crate::analysis::tokenizer::AlbanianTokenizer;
    use crate::analysis::{fold, terms};
    use tantivy::tokenizer::TextAnalyzer;

    /// Tokenize, normalize, fold and stem — no stop words, so every word shows.
    fn analyzer() -> TextAnalyzer {
        TextAnalyzer::builder(AlbanianTokenizer::default())
            .filter(NormalizeFilter)
            .filter(FoldFilter)
            .filter(AlbanianStemmer)
            .build()
    }

    /// Table-driven check: the terms `input` stems to.
    fn check(input: &str, expected_terms: &[&str]) {
        assert_eq!(
            terms(&mut analyzer(), input),
            expected_terms,
            "stemming {input:?}"
        );
    }

    /// All words of `family` stem to `expected`.
    fn check_family(family: &str, expected: &str) {
        let count = family.split_whitespace().count();
        check(family, &vec![expected; count]);
    }

    #[test]
    fn filter_keeps_positions_and_offsets() {
        assert_tokens(
            &mut analyzer(),
            "Vendimet e Kuvendit",
            &[("vendim", 0, 0, 8), ("e", 1, 9, 10), ("kuvend", 2, 11, 19)],
        );
    }

    #[test]
    fn word_families_meet() {
        for (family, expected) in [
            (
                "vendim vendimi vendimin vendimit vendime vendimet vendimeve vendimesh",
                "vendim",
            ),
            (
                "kontratë kontrata kontratën kontratës kontratat kontratave kontratash",
                "kontr",
            ),
            (
                "rregullore rregullorja rregulloren rregullores rregulloret rregulloreve",
                "rregullor",
            ),
            ("komunë komuna komunën komunës komunat komunave", "komun"),
            ("kuvend kuvendi kuvendin kuvendit", "kuvend"),
            ("këshill këshilli këshillin këshillit", "keshill"),
            (
                "mbledhje mbledhja mbledhjen mbledhjes mbledhjet mbledhjeve",
                "mbledh",
            ),
            (
                "procesverbal procesverbali procesverbalin procesverbalit",
                "procesverbal",
            ),
            (
                "shkollë shkolla shkollën shkollës shkollat shkollave",
                "shkoll",
            ),
            ("rrugë rruga rrugën rrugës rrugët rrugëve", "rrug"),
            (
                "drejtori drejtoria drejtorinë drejtorisë drejtoritë",
                "drejtor",
            ),
            (
                "buxhet buxheti buxhetin buxhetit buxhetet buxheteve",
                "buxh",
            ),
            ("ndriçim ndriçimi ndriçimin ndriçimit", "ndricim"),
            (
                "projekt projekti projektin projektit projektet projekteve",
                "projekt",
            ),
            ("ligj ligji ligjin ligjit ligje ligjet ligjeve", "lig"),
            ("neni nenin nenit nenet neneve", "nen"),
            ("leje leja lejen lejes lejet lejeve", "lej"),
            ("punë puna punën punës punët", "pun"),
            // `-u` declension; the plural `parqe` (k→q) is an irregular stem change.
            ("park parku parkun parkut", "park"),
            (
                "komunitet komuniteti komunitetin komunitetit komunitetet",
                "komunitet",
            ),
            ("institut instituti institutin institutit", "institut"),
            ("shtet shteti shtetin shtetit", "shtet"),
            ("fshat fshati fshatin fshatit", "fshat"),
        ] {
            check_family(family, expected);
        }
    }

    #[test]
    fn distinct_words_stay_distinct() {
        for (a, b) in [
            ("vend", "vendim"),
            ("vendi", "vendimi"),
            ("qytet", "qeveri"),
            ("komuna", "komuniteti"),
            ("akti", "aktivi"),
            ("shteti", "shtesa"),
            ("kontrata", "kontrolli"),
            ("drejtori", "drejtësia"),
        ] {
            let (stem_a, stem_b) = (stem(&fold(a)).to_owned(), stem(&fold(b)).to_owned());
            assert_ne!(stem_a, stem_b, "{a:?} and {b:?} must not meet");
        }
    }

    #[test]
    fn rend_and_rendit_may_meet() {
        check("rend rendi rendit", &["rend", "rend", "rend"]);
    }

    #[test]
    fn short_words_and_vowelless_stems_are_kept() {
        check(
            "vit viti ane dy e i sht shtet",
            &["vit", "vit", "ane", "dy", "e", "i", "sht", "shtet"],
        );
    }

    #[test]
    fn digits_and_other_scripts_are_not_stemmed() {
        check(
            "neni 5 12a 2023 Општина",
            &["nen", "5", "12a", "2023", "општина"],
        );
    }

    #[test]
    fn known_gaps_are_as_documented() {
        // If one of these starts to meet, update the module docs.
        check("drejtorive", &["drejtoriv"]);
        check("fshatra fshatrat", &["fshatr", "fshatr"]);
    }

    #[test]
    fn stem_is_a_nonempty_prefix() {
        for word in [
            "a", "e", "je", "eve", "jeve", "ja", "uuu", "kuu", "itet", "jjjj", "xyz",
        ] {
            let stemmed = stem(word);
            assert!(!stemmed.is_empty() && word.starts_with(stemmed), "{word:?}");
        }
        assert_eq!(stem(""), "");
    }

    /// Stems every entry of the OpenCovenant "fjalët" word list when the shared corpus is
    /// present next to the repository; never copies its text anywhere.
    #[test]
    fn stems_every_word_of_the_fjalet_list_when_present() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/corpora/albanian-text/OpenCovenant_fjalet/fjalet.txt");
        let Ok(text) = std::fs::read_to_string(&path) else {
            println!("skipped: word list not found at {}", path.display());
            return;
        };
        let mut analyzer = analyzer();
        let mut words = 0usize;
        for line in text.lines() {
            let folded = fold(line.trim());
            for word in folded.split(|c: char| !c.is_alphanumeric()) {
                if word.is_empty() {
                    continue;
                }
                let stemmed = stem(word);
                assert!(
                    !stemmed.is_empty() && word.starts_with(stemmed),
                    "bad stem {stemmed:?} for {word:?}"
                );
                words += 1;
            }
            // The whole pipeline must not panic either.
            let _ = terms(&mut analyzer, line);
        }
        assert!(words > 0, "the word list at {} is empty", path.display());
    }
}
