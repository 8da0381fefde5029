//! `NormalizeFilter`: Unicode NFKC, then lowercase, then drop invisible in-word chars.
//!
//! Why NFKC (compatibility composition) rather than NFC: text extracted from PDFs carries
//! presentation forms — ligatures ("ﬁ" U+FB01 in "ﬁnancave"), full-width digits,
//! superscripts — and decomposed letters (`e` + U+0308). NFKC turns all of these into the
//! plain letters a person types in a query. Lowercasing comes after NFKC because
//! compatibility mappings can produce uppercase letters (e.g. "Ⅻ" → "XII").
//!
//! The soft hyphens and joiners that `AlbanianTokenizer` lets inside a word are removed here,
//! so "rregul\u{AD}lore" indexes as "rregullore". A token left empty by that (not possible
//! from `AlbanianTokenizer`, which starts words on alphanumerics, but possible with another
//! tokenizer) is dropped rather than indexed as an empty term.

use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

use super::rewrite::{Rewrite, RewriteFilter};
use super::tokenizer::is_ignorable_in_word;

/// Writes the NFKC, lowercased form of `text`, without invisible in-word chars, to `out`.
pub(crate) fn normalize_into(text: &str, out: &mut String) {
    out.clear();
    if text.is_ascii() {
        // ASCII is already NFKC and has no invisible chars.
        out.push_str(text);
        out.make_ascii_lowercase();
        return;
    }
    if latin1_into(text, out) {
        return;
    }
    out.clear();
    unicode_into(text, out);
}

/// The common case of Albanian words (ASCII with `ë` and `ç`), without
/// Unicode tables: ASCII and the Latin-1 letters U+00C0–U+00FF are their
/// own NFKC form (no combining mark can follow, none being in the range),
/// and the capitals among them lowercase 0x20 higher. False, with `out`
/// partly written, at the first char outside that range.
fn latin1_into(text: &str, out: &mut String) -> bool {
    for c in text.chars() {
        let lower = match c {
            '\0'..='\x7f' => c.to_ascii_lowercase(),
            // À–Þ without × (U+00D7).
            '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{de}' => {
                char::from_u32(c as u32 + 0x20).unwrap_or(c)
            }
            '\u{d7}' | '\u{df}'..='\u{ff}' => c,
            _ => return false,
        };
        out.push(lower);
    }
    true
}

/// [`normalize_into`] by the Unicode tables, for any text.
fn unicode_into(text: &str, out: &mut String) {
    let already_nfkc = is_nfkc_quick(text.chars()) == IsNormalized::Yes;
    let mut push = |c: char| {
        if !is_ignorable_in_word(c) {
            out.extend(c.to_lowercase());
        }
    };
    if already_nfkc {
        text.chars().for_each(&mut push);
    } else {
        text.nfkc().for_each(&mut push);
    }
}

/// Token filter applying [`normalize_into`] to every token (dropping tokens left empty).
#[allow(non_upper_case_globals)] // Used like the unit struct it replaces: `.filter(NormalizeFilter)`.
pub(crate) const NormalizeFilter: RewriteFilter<Normalize> = RewriteFilter(Normalize);

/// The [`Rewrite`] of [`NormalizeFilter`].
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Normalize;

impl Rewrite for Normalize {
    fn rewrite(&self, input: &str, out: &mut String) {
        normalize_into(input, out);
    }
}

#[cfg(test)]
mod tests {
    use super::{normalize_into, unicode_into, NormalizeFilter};
    use crate::analysis::test_support::assert_tokens;
    use crate::analysis::tokenizer::AlbanianTokenizer;
    use tantivy::tokenizer::{TextAnalyzer, WhitespaceTokenizer};

    fn analyzer() -> TextAnalyzer {
        TextAnalyzer::builder(AlbanianTokenizer::default())
            .filter(NormalizeFilter)
            .build()
    }

    #[test]
    fn lowercases_ascii_and_albanian_letters() {
        assert_tokens(
            &mut analyzer(),
            "KOMUNA E GJILANIT Ëndrra ÇELËSI",
            &[
                ("komuna", 0, 0, 6),
                ("e", 1, 7, 8),
                ("gjilanit", 2, 9, 17),
                ("ëndrra", 3, 18, 25),
                ("çelësi", 4, 26, 34),
            ],
        );
    }

    #[test]
    fn nfkc_expands_ligatures_keeping_offsets() {
        // "ﬁ" is one char of 3 bytes; offsets still point into the original text.
        assert_tokens(
            &mut analyzer(),
            "ﬁnancave ﬂeta",
            &[("financave", 0, 0, 10), ("fleta", 1, 11, 17)],
        );
    }

    #[test]
    fn nfkc_composes_decomposed_letters_and_maps_compatibility_forms() {
        assert_tokens(
            &mut analyzer(),
            "Ke\u{308}shilli ２０２３ m²",
            &[
                ("këshilli", 0, 0, 10),
                ("2023", 1, 11, 23),
                ("m2", 2, 24, 27),
            ],
        );
    }

    #[test]
    fn drops_soft_hyphen_and_joiners() {
        assert_tokens(
            &mut analyzer(),
            "Rregul\u{AD}lore ko\u{200D}muna",
            &[("rregullore", 0, 0, 12), ("komuna", 1, 13, 22)],
        );
    }

    #[test]
    fn a_token_of_only_invisible_chars_is_dropped() {
        // Only another tokenizer can produce such a token; it must not become an empty term.
        let mut analyzer = TextAnalyzer::builder(WhitespaceTokenizer::default())
            .filter(NormalizeFilter)
            .build();
        assert_tokens(
            &mut analyzer,
            "a \u{AD}\u{200D} b",
            &[("a", 0, 0, 1), ("b", 2, 8, 9)],
        );
    }

    proptest::proptest! {
        /// The Latin-1 shortcut gives what the Unicode tables give.
        #[test]
        fn shortcuts_agree_with_the_unicode_tables(
            text in "[a-zA-Z0-9\u{a0}-\u{ff}\u{100}-\u{17f}\u{300}-\u{30f}\u{ad}\u{fb01}]{0,12}"
        ) {
            let (mut fast, mut slow) = (String::new(), String::new());
            normalize_into(&text, &mut fast);
            unicode_into(&text, &mut slow);
            proptest::prop_assert_eq!(fast, slow);
        }
    }
}
