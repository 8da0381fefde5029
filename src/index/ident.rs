//! Identifiers — act numbers, procurement numbers — as exact lookup keys.
//!
//! People type `016-8123/19`, `01 nr 016 8123 19` or `653-19-045` for
//! `01 Nr. 016-8123/19` and `653-19-045-211`. A key keeps only letters and
//! digits, lowercased and folded, so spaces, dots, slashes, dashes and case
//! never matter; an act is indexed under the key of its whole number and of
//! the part after the `Nr.` label. Keys are matched exactly or as a prefix,
//! never fuzzily.

use crate::analysis::fold;

/// The lookup key of an identifier as written or typed.
pub fn key(raw: &str) -> String {
    fold(raw)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// Every key an act number or procurement number is found under: the whole,
/// and every tail that starts at a part boundary after the `Nr.` label
/// (`01 Nr. 016-8123/19` is found as `016-8123/19` and as `8123/19`).
pub fn keys(raw: &str) -> Vec<String> {
    const LABEL: &[&str] = &["nr", "numri", "prot", "protokollit", "i", "lendes", "ref"];
    let folded = fold(raw);
    let parts: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .collect();
    let start = parts
        .iter()
        .rposition(|p| LABEL.contains(p))
        .map_or(0, |i| i + 1);
    let mut keys = vec![key(raw)];
    for from in start..parts.len().saturating_sub(1) {
        keys.push(parts[from..].concat());
    }
    keys.retain(|k| k.len() >= 4);
    keys.dedup();
    keys
}

/// True when a query looks like an identifier rather than words: enough
/// digits, and digits are a large share of it.
pub fn looks_like_identifier(query: &str) -> bool {
    let key = key(query);
    let digits = key.chars().filter(char::is_ascii_digit).count();
    digits >= 4 && digits * 10 >= key.len() * 5
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_spaces_dots_slashes_and_case() {
        assert_eq!(
            keys("01 Nr. 016-8123/19"),
            ["01nr016812319", "016812319", "812319"]
        );
        assert_eq!(key("01 nr 016 8123 19"), "01nr016812319");
        assert_eq!(key("016-8123/19"), "016812319");
        assert_eq!(
            keys("653-19-045-211"),
            ["65319045211", "19045211", "045211"]
        );
        assert_eq!(keys("Nr. prot. 1234/2020"), ["nrprot12342020", "12342020"]);
    }

    #[test]
    fn identifier_queries() {
        assert!(looks_like_identifier("016-8123/19"));
        assert!(looks_like_identifier("01 nr 016 8123 19"));
        assert!(looks_like_identifier("653-19-045"));
        assert!(!looks_like_identifier("buxheti 2020"));
        assert!(!looks_like_identifier("kontrata per ndricimin"));
    }
}
