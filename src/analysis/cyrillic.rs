//! `CyrillicFilter`: Serbian Cyrillic transliterated to Serbian Latin.
//!
//! Why: bilingual Kosovo acts carry Serbian text, sometimes in Cyrillic. Users type Latin
//! ("opstina", "odluka"), so Cyrillic words are rewritten letter by letter into the Serbian
//! Latin alphabet (`љ`→`lj`, `њ`→`nj`, `џ`→`dž`, `ђ`→`đ`, `ћ`→`ć`, `ч`→`č`, `ш`→`š`,
//! `ж`→`ž`, the rest one to one). The filter runs before `FoldFilter`, which then folds
//! `đ ć č š ž` like every other Latin diacritic: "Општина" and "Opština" and "opstina" all
//! index `opstina`.
//!
//! Serbian Latin is a standard, reversible transliteration (Serbian itself is written in both
//! scripts), so no guessing is involved. Cyrillic letters outside the Serbian alphabet
//! (Russian `ы`, `щ`, Macedonian `ќ`, …) are left as they are. The filter expects lowercase
//! input (it runs after `NormalizeFilter`); uppercase Serbian letters are still transliterated
//! (to lowercase), so it never leaves mixed scripts.

use super::rewrite::{Rewrite, RewriteFilter};

/// The Serbian Latin spelling of a lowercase Serbian Cyrillic letter.
fn latin(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'ђ' => "đ",
        'е' => "e",
        'ж' => "ž",
        'з' => "z",
        'и' => "i",
        'ј' => "j",
        'к' => "k",
        'л' => "l",
        'љ' => "lj",
        'м' => "m",
        'н' => "n",
        'њ' => "nj",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'ћ' => "ć",
        'у' => "u",
        'ф' => "f",
        'х' => "h",
        'ц' => "c",
        'ч' => "č",
        'џ' => "dž",
        'ш' => "š",
        _ => return None,
    })
}

/// Whether `c` is in the Cyrillic block (U+0400–U+04FF).
fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// Writes `text` with its Serbian Cyrillic letters in Serbian Latin to `out` (cleared first).
pub(crate) fn transliterate_into(text: &str, out: &mut String) {
    out.clear();
    for c in text.chars() {
        if !is_cyrillic(c) {
            out.push(c);
            continue;
        }
        let lower = c.to_lowercase().next().unwrap_or(c);
        match latin(lower) {
            Some(latin) => out.push_str(latin),
            None => out.push(c),
        }
    }
}

/// Token filter applying [`transliterate_into`] to every token with Cyrillic letters.
#[allow(non_upper_case_globals)] // Used like the unit struct it replaces: `.filter(CyrillicFilter)`.
pub(crate) const CyrillicFilter: RewriteFilter<Cyrillic> = RewriteFilter(Cyrillic);

/// The [`Rewrite`] of [`CyrillicFilter`].
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Cyrillic;

impl Rewrite for Cyrillic {
    fn applies_to(&self, input: &str) -> bool {
        input.chars().any(is_cyrillic)
    }

    fn rewrite(&self, input: &str, out: &mut String) {
        transliterate_into(input, out);
    }
}

#[cfg(test)]
mod tests {
    use super::CyrillicFilter;
    use crate::analysis::fold::FoldFilter;
    use crate::analysis::test_support::assert_tokens;
    use tantivy::tokenizer::{TextAnalyzer, WhitespaceTokenizer};

    fn analyzer() -> TextAnalyzer {
        TextAnalyzer::builder(WhitespaceTokenizer::default())
            .filter(CyrillicFilter)
            .build()
    }

    #[test]
    fn transliterates_serbian_letters_keeping_offsets() {
        assert_tokens(
            &mut analyzer(),
            "општина љубав њива џеп ђак ћуприја човек шума жена",
            &[
                ("opština", 0, 0, 14),
                ("ljubav", 1, 15, 25),
                ("njiva", 2, 26, 34),
                ("džep", 3, 35, 41),
                ("đak", 4, 42, 48),
                ("ćuprija", 5, 49, 63),
                ("čovek", 6, 64, 74),
                ("šuma", 7, 75, 83),
                ("žena", 8, 84, 92),
            ],
        );
    }

    #[test]
    fn full_alphabet() {
        assert_tokens(
            &mut analyzer(),
            "абвгдђежзијклљмнњопрстћуфхцчџш",
            &[("abvgdđežzijklljmnnjoprstćufhcčdžš", 0, 0, 60)],
        );
    }

    #[test]
    fn uppercase_is_transliterated_to_lowercase() {
        assert_tokens(
            &mut analyzer(),
            "ОДЛУКА Љ",
            &[("odluka", 0, 0, 12), ("lj", 1, 13, 15)],
        );
    }

    #[test]
    fn latin_digits_and_other_cyrillic_letters_stay() {
        assert_tokens(
            &mut analyzer(),
            "komuna 2023 щы к1",
            &[
                ("komuna", 0, 0, 6),
                ("2023", 1, 7, 11),
                ("щы", 2, 12, 16),
                ("k1", 3, 17, 20),
            ],
        );
    }

    #[test]
    fn then_folds_like_serbian_latin_text() {
        let mut analyzer = TextAnalyzer::builder(WhitespaceTokenizer::default())
            .filter(CyrillicFilter)
            .filter(FoldFilter)
            .build();
        assert_tokens(
            &mut analyzer,
            "општина Opština",
            &[("opstina", 0, 0, 14), ("Opstina", 1, 15, 23)],
        );
    }
}
