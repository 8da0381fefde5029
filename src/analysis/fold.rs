//! `FoldFilter`: removes diacritics from Latin letters (ë→e, ç→c, š→s, đ→d, …).
//!
//! Why: Albanian is typed without diacritics very often (keyboards, phones, old systems):
//! "keshilli" and "këshilli" must be the same term, in documents and in queries. Kosovo's
//! acts also carry names written with Serbian/Bosnian Latin letters (š ž č ć đ) and
//! occasional foreign names (á ö ü …); folding those too lets a plain-ASCII query match.
//!
//! How: every char is split into its canonical decomposition (NFD); when the base char is an
//! ASCII letter, only that letter is kept. Letters whose diacritic is not a separate mark in
//! Unicode (đ, ł, ø, ß, æ, œ, ı, ħ) have an explicit mapping. Combining marks that still
//! follow an ASCII letter (the input should be NFKC already, but need not be) are dropped.
//! Everything else — digits, Cyrillic (Serbian acts), Greek — is left as it is: folding
//! Cyrillic "й" to "и" would merge distinct letters for no Albanian benefit.
//!
//! The filter expects lowercase input (it runs after `NormalizeFilter`), but maps uppercase
//! Latin letters to uppercase ASCII consistently, so it never breaks on mixed case.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use super::rewrite::{Rewrite, RewriteFilter};

/// Latin letters with a diacritic that Unicode does not decompose.
fn fold_special(c: char) -> Option<&'static str> {
    Some(match c {
        'đ' | 'ð' => "d",
        'Đ' | 'Ð' => "D",
        'ł' => "l",
        'Ł' => "L",
        'ø' => "o",
        'Ø' => "O",
        'ħ' => "h",
        'Ħ' => "H",
        'ı' => "i",
        'ß' => "ss",
        'ẞ' => "SS",
        'æ' => "ae",
        'Æ' => "AE",
        'œ' => "oe",
        'Œ' => "OE",
        _ => return None,
    })
}

/// The base letters of Albanian's own `ë` and `ç`, the commonest chars to
/// fold, without a table lookup.
fn albanian_base(c: char) -> Option<char> {
    match c {
        'ë' => Some('e'),
        'ç' => Some('c'),
        'Ë' => Some('E'),
        'Ç' => Some('C'),
        _ => None,
    }
}

/// The ASCII letter a Latin letter with diacritics is built on, if any.
fn ascii_base(c: char) -> Option<char> {
    let mut base = None;
    decompose_canonical(c, |part| {
        // The first char of a canonical decomposition is the base; the rest are marks.
        if base.is_none() {
            base = Some(part);
        }
    });
    base.filter(char::is_ascii_alphabetic)
}

/// Appends the folded form of `text` to `out` (which is cleared first).
pub(crate) fn fold_into(text: &str, out: &mut String) {
    out.clear();
    // Whether the last char written was a Latin letter, so that a combining mark after it
    // is a diacritic to drop rather than part of some other script.
    let mut after_latin = false;
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
            after_latin = c.is_ascii_alphabetic();
        } else if let Some(base) = albanian_base(c) {
            out.push(base);
            after_latin = true;
        } else if is_combining_mark(c) {
            if !after_latin {
                out.push(c);
            }
        } else if let Some(folded) = fold_special(c) {
            out.push_str(folded);
            after_latin = true;
        } else if let Some(base) = ascii_base(c) {
            out.push(base);
            after_latin = true;
        } else {
            out.push(c);
            after_latin = false;
        }
    }
}

/// Token filter applying [`fold_into`] to every token.
#[allow(non_upper_case_globals)] // Used like the unit struct it replaces: `.filter(FoldFilter)`.
pub(crate) const FoldFilter: RewriteFilter<Fold> = RewriteFilter(Fold);

/// The [`Rewrite`] of [`FoldFilter`].
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Fold;

impl Rewrite for Fold {
    fn applies_to(&self, input: &str) -> bool {
        // Most tokens are plain ASCII already: nothing to fold.
        !input.is_ascii()
    }

    fn rewrite(&self, input: &str, out: &mut String) {
        fold_into(input, out);
    }
}

#[cfg(test)]
mod tests {
    use super::FoldFilter;
    use crate::analysis::test_support::assert_tokens;
    use tantivy::tokenizer::{TextAnalyzer, WhitespaceTokenizer};

    /// Whitespace-split input so each test word arrives at the filter exactly as written.
    fn analyzer() -> TextAnalyzer {
        TextAnalyzer::builder(WhitespaceTokenizer::default())
            .filter(FoldFilter)
            .build()
    }

    #[test]
    fn folds_albanian_letters() {
        assert_tokens(
            &mut analyzer(),
            "këshilli ndriçimi",
            &[("keshilli", 0, 0, 9), ("ndricimi", 1, 10, 19)],
        );
    }

    #[test]
    fn folds_serbian_latin_letters() {
        assert_tokens(
            &mut analyzer(),
            "šašić žarko čačak đorđe",
            &[
                ("sasic", 0, 0, 8),
                ("zarko", 1, 9, 15),
                ("cacak", 2, 16, 23),
                ("dorde", 3, 24, 31),
            ],
        );
    }

    #[test]
    fn folds_other_latin_diacritics_and_special_letters() {
        assert_tokens(
            &mut analyzer(),
            "áàâä éèê íìî óòôö úùûü ñ ÿ łódź straße æøœ",
            &[
                ("aaaa", 0, 0, 8),
                ("eee", 1, 9, 15),
                ("iii", 2, 16, 22),
                ("oooo", 3, 23, 31),
                ("uuuu", 4, 32, 40),
                ("n", 5, 41, 43),
                ("y", 6, 44, 46),
                ("lodz", 7, 47, 54),
                ("strasse", 8, 55, 62),
                ("aeooe", 9, 63, 69),
            ],
        );
    }

    #[test]
    fn drops_combining_marks_after_latin_letters() {
        // Not NFKC-normalized input: e + U+0308 and c + U+0327.
        assert_tokens(
            &mut analyzer(),
            "ke\u{308}shilli c\u{327}el",
            &[("keshilli", 0, 0, 10), ("cel", 1, 11, 16)],
        );
    }

    #[test]
    fn keeps_digits_cyrillic_and_greek() {
        assert_tokens(
            &mut analyzer(),
            "2023 општина й ά",
            &[
                ("2023", 0, 0, 4),
                ("општина", 1, 5, 19),
                ("й", 2, 20, 22),
                ("ά", 3, 23, 25),
            ],
        );
    }

    #[test]
    fn uppercase_folds_to_uppercase_ascii() {
        assert_tokens(
            &mut analyzer(),
            "ËSHTË ÇËSHTJE Đ",
            &[("ESHTE", 0, 0, 7), ("CESHTJE", 1, 8, 17), ("D", 2, 18, 20)],
        );
    }
}
