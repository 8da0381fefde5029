//! `AlbanianTokenizer`: splits text into words, like tantivy's `SimpleTokenizer`, but keeps
//! the characters that PDF text extraction leaves *inside* words.
//!
//! `SimpleTokenizer` ends a word at the first char that is not alphanumeric. That is right
//! for precomposed Albanian letters (`ë`, `ç` are alphanumeric), but text pulled out of PDFs
//! often carries decomposed letters (`e` + U+0308 COMBINING DIAERESIS) and invisible
//! formatting chars (soft hyphens at line breaks, zero-width joiners). Both are
//! non-alphanumeric, so `SimpleTokenizer` would cut "mire\u{308}mbajtja" into "mire" and
//! "mbajtja". Here a word starts at an alphanumeric char and continues over alphanumerics,
//! combining marks and those invisible chars; `NormalizeFilter` then composes the marks
//! (NFKC) and drops the invisible chars.
//!
//! Offsets are byte offsets into the original text, positions count words from 0.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use unicode_normalization::char::is_combining_mark;

/// Invisible formatting chars that may sit inside a word without ending it.
///
/// Soft hyphen (U+00AD) marks a possible line break inside a word; ZWNJ/ZWJ/word joiner/BOM
/// are format chars some PDF producers sprinkle into text. None of them separates words.
pub(crate) fn is_ignorable_in_word(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// Whether `c` starts a word: `char::is_alphanumeric`, answered without
/// Unicode tables for ASCII and the Latin-1 letters (`ë`, `ç`), the chars
/// of nearly every Albanian word.
fn starts_word(c: char) -> bool {
    match c {
        '\0'..='\x7f' => c.is_ascii_alphanumeric(),
        '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{f6}' | '\u{f8}'..='\u{ff}' => true,
        _ => c.is_alphanumeric(),
    }
}

/// Whether `c` continues a word that has already started.
fn continues_word(c: char) -> bool {
    starts_word(c) || continues_word_invisibly(c)
}

/// A char inside a word that is not a letter of its own: a combining mark
/// (which NFKC may compose with the letter before it) or an invisible one.
pub(crate) fn continues_word_invisibly(c: char) -> bool {
    !c.is_ascii() && (is_combining_mark(c) || is_ignorable_in_word(c))
}

/// Word tokenizer for Albanian text (see the module docs).
#[derive(Clone, Default)]
pub(crate) struct AlbanianTokenizer {
    token: Token,
}

/// Token stream produced by [`AlbanianTokenizer`].
pub(crate) struct AlbanianTokenStream<'a> {
    text: &'a str,
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
    token: &'a mut Token,
}

impl Tokenizer for AlbanianTokenizer {
    type TokenStream<'a> = AlbanianTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> AlbanianTokenStream<'a> {
        self.token.reset();
        AlbanianTokenStream {
            text,
            chars: text.char_indices().peekable(),
            token: &mut self.token,
        }
    }
}

impl AlbanianTokenStream<'_> {
    /// Consumes the rest of the current word and returns its end offset.
    fn word_end(&mut self) -> usize {
        while let Some(&(offset, c)) = self.chars.peek() {
            if !continues_word(c) {
                return offset;
            }
            self.chars.next();
        }
        self.text.len()
    }
}

impl TokenStream for AlbanianTokenStream<'_> {
    fn advance(&mut self) -> bool {
        self.token.text.clear();
        self.token.position = self.token.position.wrapping_add(1);
        while let Some((offset_from, c)) = self.chars.next() {
            // A word never starts with a mark or an invisible char: a stray one between
            // words is noise, not a word of its own.
            if starts_word(c) {
                let offset_to = self.word_end();
                self.token.offset_from = offset_from;
                self.token.offset_to = offset_to;
                // Both offsets come from `char_indices` (or the text's end), so they are
                // char boundaries.
                self.token.text.push_str(&self.text[offset_from..offset_to]);
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use super::AlbanianTokenizer;
    use crate::analysis::test_support::assert_tokens;
    use tantivy::tokenizer::TextAnalyzer;

    fn analyzer() -> TextAnalyzer {
        TextAnalyzer::from(AlbanianTokenizer::default())
    }

    #[test]
    fn splits_on_spaces_and_punctuation_and_keeps_albanian_letters() {
        assert_tokens(
            &mut analyzer(),
            "Kuvendi, në mbledhjen e çelur:",
            &[
                ("Kuvendi", 0, 0, 7),
                ("në", 1, 9, 12),
                ("mbledhjen", 2, 13, 22),
                ("e", 3, 23, 24),
                ("çelur", 4, 25, 31),
            ],
        );
    }

    #[test]
    fn keeps_decomposed_letters_inside_the_word() {
        // "mirëmbajtja" with ë written as e + U+0308.
        assert_tokens(
            &mut analyzer(),
            "mire\u{308}mbajtja publike",
            &[("mire\u{308}mbajtja", 0, 0, 13), ("publike", 1, 14, 21)],
        );
    }

    #[test]
    fn keeps_soft_hyphen_and_joiners_inside_the_word() {
        assert_tokens(
            &mut analyzer(),
            "rregul\u{AD}lore ko\u{200D}muna",
            &[
                ("rregul\u{AD}lore", 0, 0, 12),
                ("ko\u{200D}muna", 1, 13, 22),
            ],
        );
    }

    #[test]
    fn stray_marks_and_invisible_chars_between_words_are_not_words() {
        assert_tokens(
            &mut analyzer(),
            "\u{308} \u{AD}\u{FEFF} neni",
            &[("neni", 0, 9, 13)],
        );
    }

    #[test]
    fn numbers_and_act_numbers_split_into_digit_tokens() {
        assert_tokens(
            &mut analyzer(),
            "Nr. 01-016/2023, neni 5",
            &[
                ("Nr", 0, 0, 2),
                ("01", 1, 4, 6),
                ("016", 2, 7, 10),
                ("2023", 3, 11, 15),
                ("neni", 4, 17, 21),
                ("5", 5, 22, 23),
            ],
        );
    }

    #[test]
    fn empty_and_punctuation_only_text_gives_no_tokens() {
        assert_tokens(&mut analyzer(), "", &[]);
        assert_tokens(&mut analyzer(), " .,;-–— \n\t", &[]);
    }

    /// The shortcut answers as `char::is_alphanumeric` does, for every
    /// char it shortcuts and a margin beyond.
    #[test]
    fn starts_word_is_is_alphanumeric() {
        for c in ('\0'..='\u{2ff}').chain(['\u{fb01}', 'й', '²']) {
            assert_eq!(super::starts_word(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
