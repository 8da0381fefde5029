//! Albanian stop words: function words dropped by the stemmed analyzer.
//!
//! The list is written for this crate (folded: no diacritics, lowercase), grouped by word
//! class. It holds only words that carry no topic in a municipal act: articles and
//! particles, prepositions, conjunctions, pronouns and determiners, the auxiliaries "to be"
//! / "to have" and modal particles, and a few frequent adverbs. Folding merges some pairs
//! (`në`/`ne`, `së`/`se`, `të`/`te`, `që`/`qe`, `më`/`me`); both members are function words.
//! Words written with `ç` are listed in their q-spelling too (`çdo` → `cdo`, `qdo`), since
//! `CedillaQFilter` adds that spelling before this filter runs.
//!
//! Deliberately *not* stop words, because people search for them in municipal acts:
//! `neni` (article of an act — only `nën` "under", folded to `nen`, is a stop word; the
//! stemmer turns `neni`/`nenit` into `nen` *after* this filter, so article references are
//! kept; a query of the bare word `nen` is dropped, which is the price of the ambiguity),
//! `vend` (as in "vend pune"), `rend` ("rendi i ditës"), `pikë`/`pika` (point of an
//! article), `nr`, numerals written as digits, `lartë` ("arsimi i lartë"), `parë`
//! ("shkalla e parë"), `anë`, `sot`.
//!
//! Known trade-offs, accepted because the function-word use dominates in acts:
//! `para` ("before", but also "money"), `jetë` ("të jetë" = "to be", but also "life" — the
//! other forms `jeta`, `jetës` stay searchable), `rreth` ("about", also "circle").

use tantivy::tokenizer::StopWordFilter;

/// The stop words, already folded (see the module docs).
#[rustfmt::skip]
pub(crate) const STOP_WORDS: &[&str] = &[
    // Articles, clitics, particles and the letters left by elision (t'i, s'ka, ç'ka).
    "a", "c", "e", "i", "o", "s", "t", "u", "ia", "ua", "jua", "ma", "ta", "na", "ja", "po",
    "do", "nuk", "mos", "jo", "as", "le",
    // Prepositions.
    "ne", "per", "me", "nga", "mbi", "nen", "pa", "tek", "te", "deri", "drejt", "prej", "afer",
    "pas", "mbas", "para", "perpara", "gjate", "ndaj", "kunder", "sipas", "rreth", "perreth",
    "midis", "mes", "ndermjet", "prane", "pervec", "jashte", "brenda", "permes", "neper",
    "nepermjet", "krahas", "tej", "pertej", "perballe", "lidhur", "poshte", "siper",
    // Conjunctions and connectives.
    "dhe", "edhe", "ose", "apo", "por", "porse", "qe", "se", "nese", "kur", "sepse", "pasi",
    "meqe", "meqenese", "megjithese", "megjithate", "ndonese", "sikur", "sikurse", "ndersa",
    "kurse", "mirepo", "vecse", "ama", "ashtu", "gjithashtu", "pra", "prandaj", "atehere", "si",
    "sic", "keshtu", "madje", "derisa", "perderisa", "qofte", "nderkaq", "nderkohe", "ngaqe",
    "domethene", "pastaj", "etj", "psh",
    // Personal pronouns.
    "une", "ti", "ai", "ajo", "ju", "ata", "ato", "mua", "ty", "atij", "asaj", "neve", "juve",
    "atyre", "vete", "veten", "vetes",
    // Demonstratives.
    "ky", "kjo", "keta", "keto", "kete", "ketij", "kesaj", "ketyre", "ate", "aty", "ketu",
    "atje",
    // Possessives.
    "im", "ime", "imi", "mi", "yt", "jote", "tu", "tim", "time", "tende", "tij", "saj", "tyre",
    "tone", "tane", "sone", "juaj",
    // Interrogatives and relatives.
    "cili", "cila", "cilet", "cilat", "cilin", "cilen", "cilit", "ciles", "cileve", "cilave",
    "kush", "ke", "kujt", "cfare", "ku", "pse", "sa",
    // Indefinites and quantifiers.
    "cdo", "secili", "secila", "secilin", "secilen", "secilit", "seciles", "gjithe", "gjitha",
    "tere", "asnje", "ndonje", "dikush", "dicka", "asgje", "askush", "asnjeri", "gjithcka",
    "gjithkush", "kushdo", "cfaredo", "kudo", "kurdo", "sido", "tjeter", "tjetra", "tjere",
    "tjera", "tjeret", "tjerat", "njejte", "njejta", "nje", "ca", "disa", "shume", "pak", "kaq",
    "aq",
    // "To be", "to have" and modal auxiliaries.
    "jam", "je", "eshte", "jemi", "jeni", "jane", "ishte", "ishin", "isha", "ishe", "ishim",
    "ishit", "qene", "jete", "jene", "kam", "ka", "kemi", "keni", "kane", "kishte", "kishin",
    "kisha", "kishim", "kene", "pasur", "patur", "mund", "duhet",
    // Adverbs of time, degree and focus.
    "tani", "ende", "akoma", "tashme", "gjithmone", "gjithnje", "kurre", "perseri", "vetem",
    "vec", "pothuajse", "sidomos", "ndoshta",
];

/// The q-spellings of the stop words written with ç (ç', çdo, çfarë, çfarëdo, përveç, veç,
/// veçse, siç): `CedillaQFilter` adds them before this filter runs, and people type them so.
pub(crate) const Q_SPELLED_STOP_WORDS: &[&str] = &[
    "q", "qdo", "qfare", "qfaredo", "perveq", "veq", "veqse", "siq",
];

/// Builds tantivy's `StopWordFilter` with [`STOP_WORDS`] and [`Q_SPELLED_STOP_WORDS`].
pub(crate) fn stop_word_filter() -> StopWordFilter {
    StopWordFilter::remove(
        STOP_WORDS
            .iter()
            .chain(Q_SPELLED_STOP_WORDS)
            .map(|word| (*word).to_owned()),
    )
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::{stop_word_filter, Q_SPELLED_STOP_WORDS, STOP_WORDS};
    use crate::analysis::fold;
    use crate::analysis::test_support::assert_tokens;
    use tantivy::tokenizer::{SimpleTokenizer, TextAnalyzer};

    fn analyzer() -> TextAnalyzer {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(stop_word_filter())
            .build()
    }

    #[test]
    fn drops_function_words_and_keeps_positions_of_the_rest() {
        assert_tokens(
            &mut analyzer(),
            "vendimi per miratimin e rregullores se komunes",
            &[
                ("vendimi", 0, 0, 7),
                ("miratimin", 2, 12, 21),
                ("rregullores", 4, 24, 35),
                ("komunes", 6, 39, 46),
            ],
        );
    }

    #[test]
    fn keeps_words_that_matter_for_municipal_search() {
        assert_tokens(
            &mut analyzer(),
            "neni 5 vend pune rendi pike nr",
            &[
                ("neni", 0, 0, 4),
                ("5", 1, 5, 6),
                ("vend", 2, 7, 11),
                ("pune", 3, 12, 16),
                ("rendi", 4, 17, 22),
                ("pike", 5, 23, 27),
                ("nr", 6, 28, 30),
            ],
        );
    }

    #[test]
    fn list_is_folded_unique_and_of_reasonable_size() {
        let mut seen = HashSet::new();
        for word in STOP_WORDS {
            assert_eq!(fold(word), *word, "stop word {word:?} is not folded");
            assert!(seen.insert(*word), "stop word {word:?} is listed twice");
        }
        assert!(
            (150..=250).contains(&STOP_WORDS.len()),
            "{} stop words",
            STOP_WORDS.len()
        );
    }

    #[test]
    fn list_has_no_content_word_people_search_for() {
        for keep in [
            "neni", "nenit", "vend", "rend", "pike", "pika", "nr", "larte", "pare", "ane", "sot",
            "komuna", "vendim", "ligj", "akt",
        ] {
            assert!(!STOP_WORDS.contains(&keep), "{keep:?} must stay searchable");
        }
    }

    #[test]
    fn q_spellings_are_those_of_c_stop_words() {
        for word in Q_SPELLED_STOP_WORDS {
            assert!(word.contains('q'), "{word:?}");
            let c_spelling = word.replace('q', "c");
            assert!(
                STOP_WORDS.contains(&c_spelling.as_str()),
                "{word:?} is not the q-spelling of a stop word"
            );
        }
    }

    #[test]
    fn drops_q_spelled_stop_words() {
        assert_tokens(
            &mut analyzer(),
            "qfare tha qdo keshilltar",
            &[("tha", 1, 6, 9), ("keshilltar", 3, 14, 24)],
        );
    }
}
