//! Money amounts (euros) as written in Kosovo contracts and registers.
//!
//! This module owns turning a cell such as `1.234,56`, `"1,700,000.00"`,
//! `€ 1,135,550.25`, `180.000,00 €`, `1 234,56` or `12,50 EUR` into an `f64`
//! number of euros rounded to cents.
//!
//! Kosovo documents mix the continental style (`1.234,56`) with the
//! English one (`1,234.56`) — often in the same register, since some exports
//! come from English-locale spreadsheets — so the separators are read from
//! the shape of the number, not from a locale:
//!
//! 1. Currency marks (`€`, `EUR`, `Euro`), surrounding quotes and spaces are
//!    dropped, and so is a trailing `,-` / `.-` ("no cents").
//! 2. Anything else that is not a digit, `.`, `,` or a space is garbage, and
//!    so is a sign: a negative amount is not a contract value.
//! 3. If spaces group the digits (`1 234 567,89`), the space is the thousands
//!    separator and a single `.` or `,` after the last group is the decimal
//!    separator.
//! 4. If both `.` and `,` occur, the one that occurs **last** is the decimal
//!    separator (it must occur once) and the other is the thousands separator.
//! 5. If only one of them occurs, several times, it is the thousands separator
//!    (`1.700.000`, `1,700,000`) — except that a last group of one or two
//!    digits is cents, written with the same mark by hand (`55.700.00` →
//!    55700.00, `71.069.9` → 71069.90).
//! 6. If only one of them occurs, once, it is the thousands separator when it
//!    is followed by **exactly three digits** and preceded by one to three
//!    digits not starting with `0` (`1,700` → 1700, `1.700` → 1700);
//!    otherwise it is the decimal separator (`1,5`, `12,50`, `86000.5`,
//!    `4751.444`, `0.500`). Amounts with three decimals are rare in euros,
//!    while `1.700` for seventeen hundred is common.
//! 7. Thousands groups must be well formed: one to three digits, then groups
//!    of exactly three. `12.34.56` is garbage, not a number.

/// Reads an amount in euros, rounded to cents. `None` for empty, negative or
/// unreadable input.
pub fn parse_amount(s: &str) -> Option<f64> {
    let core = strip_decorations(s);
    if core.is_empty() {
        return None;
    }
    let mut has_space = false;
    for c in core.chars() {
        match c {
            '0'..='9' | '.' | ',' => {}
            c if is_group_space(c) => has_space = true,
            _ => return None,
        }
    }
    let (int_groups, frac) = if has_space {
        split_space_grouped(core)?
    } else {
        split_punct(core)?
    };
    to_euros(&int_groups, frac)
}

/// Spaces used to group thousands: ordinary, no-break, narrow no-break and
/// thin spaces, and the Swiss-style apostrophe.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'')
}

/// Drops currency marks, quotes, surrounding spaces and a trailing `,-`.
fn strip_decorations(s: &str) -> &str {
    let mut t = s;
    loop {
        let before = t;
        t = t.trim_matches(|c: char| c.is_whitespace() || c == '"' || c == '“' || c == '”');
        t = t.strip_prefix('€').unwrap_or(t);
        t = t.strip_suffix('€').unwrap_or(t);
        for word in ["euro", "eur"] {
            t = strip_prefix_ci(t, word).unwrap_or(t);
            t = strip_suffix_ci(t, word).unwrap_or(t);
        }
        for dash in [",-", ".-", ",--", ".--"] {
            t = t.strip_suffix(dash).unwrap_or(t);
        }
        if t == before {
            return t;
        }
    }
}

fn strip_prefix_ci<'a>(t: &'a str, word: &str) -> Option<&'a str> {
    let head = t.get(..word.len())?;
    head.eq_ignore_ascii_case(word)
        .then(|| t.get(word.len()..))
        .flatten()
}

fn strip_suffix_ci<'a>(t: &'a str, word: &str) -> Option<&'a str> {
    let cut = t.len().checked_sub(word.len())?;
    let tail = t.get(cut..)?;
    tail.eq_ignore_ascii_case(word)
        .then(|| t.get(..cut))
        .flatten()
}

/// Rule 3: `1 234 567,89` — spaces group, one trailing `.`/`,` is decimal.
fn split_space_grouped(core: &str) -> Option<(Vec<&str>, Option<&str>)> {
    let decimal_count = core.chars().filter(|c| *c == '.' || *c == ',').count();
    let (int_part, frac) = match decimal_count {
        0 => (core, None),
        1 => {
            let (a, b) = core.split_once(['.', ','])?;
            (a, Some(b))
        }
        _ => return None,
    };
    let groups: Vec<&str> = int_part.split(is_group_space).collect();
    Some((groups, frac))
}

/// Rules 4–6: only `.` and `,` as separators.
fn split_punct(core: &str) -> Option<(Vec<&str>, Option<&str>)> {
    let dots = core.matches('.').count();
    let commas = core.matches(',').count();
    match (dots, commas) {
        (0, 0) => Some((vec![core], None)),
        (_, 0) | (0, _) => {
            let sep = if dots > 0 { '.' } else { ',' };
            let count = dots + commas;
            if count > 1 {
                let mut groups: Vec<&str> = core.split(sep).collect();
                // "55.700.00": a last group of one or two digits cannot be a
                // thousands group, so that separator is the decimal one.
                let last_is_cents = groups.last().is_some_and(|g| (1..=2).contains(&g.len()));
                if last_is_cents {
                    let frac = groups.pop();
                    return Some((groups, frac));
                }
                return Some((groups, None));
            }
            let (int_part, frac) = core.split_once(sep)?;
            let looks_grouped =
                frac.len() == 3 && (1..=3).contains(&int_part.len()) && !int_part.starts_with('0');
            if looks_grouped {
                Some((vec![int_part, frac], None))
            } else {
                Some((vec![int_part], Some(frac)))
            }
        }
        _ => {
            let last_dot = core.rfind('.')?;
            let last_comma = core.rfind(',')?;
            let (decimal, thousands) = if last_dot > last_comma {
                ('.', ',')
            } else {
                (',', '.')
            };
            let (int_part, frac) = core.split_once(decimal)?;
            if frac.contains(decimal) || frac.contains(thousands) {
                return None;
            }
            Some((int_part.split(thousands).collect(), Some(frac)))
        }
    }
}

/// Validates the digit groups (rule 7) and builds the rounded value.
fn to_euros(int_groups: &[&str], frac: Option<&str>) -> Option<f64> {
    let all_digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    let (first, rest) = int_groups.split_first()?;
    if !all_digits(first) || first.len() > 3 && !rest.is_empty() {
        return None;
    }
    if rest.iter().any(|g| g.len() != 3 || !all_digits(g)) {
        return None;
    }
    let mut digits: String = int_groups.concat();
    match frac {
        Some(f) if f.is_empty() || !all_digits(f) => return None,
        // ",5" has no integer part; "0,5" is meant.
        Some(_) if digits.is_empty() => digits.push('0'),
        None if digits.is_empty() => return None,
        _ => {}
    }
    if let Some(f) = frac {
        digits.push('.');
        digits.push_str(f);
    }
    let value: f64 = digits.parse().ok()?;
    let rounded = (value * 100.0).round() / 100.0;
    rounded.is_finite().then_some(rounded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Option<f64>) {
        assert_eq!(parse_amount(input), expected, "parse_amount({input:?})");
    }

    #[test]
    fn plain_and_decimal() {
        let cases: &[(&str, Option<f64>)] = &[
            ("86000", Some(86000.0)),
            ("86000.5", Some(86000.5)),
            ("86000,5", Some(86000.5)),
            ("0", Some(0.0)),
            ("1,5", Some(1.5)),
            ("12,50 EUR", Some(12.5)),
            ("12.50", Some(12.5)),
            ("0.500", Some(0.5)),
            ("4751.444", Some(4751.44)),
            ("4751.445", Some(4751.45)),
            (",5", Some(0.5)),
            ("  42  ", Some(42.0)),
        ];
        for (input, expected) in cases {
            check(input, *expected);
        }
    }

    #[test]
    fn thousands_separators() {
        let cases: &[(&str, Option<f64>)] = &[
            ("1.234,56", Some(1234.56)),
            ("1,234.56", Some(1234.56)),
            ("\"1,700,000.00\"", Some(1_700_000.0)),
            ("1.700.000", Some(1_700_000.0)),
            ("1,700,000", Some(1_700_000.0)),
            ("1,700", Some(1700.0)),
            ("1.700", Some(1700.0)),
            ("123,456", Some(123_456.0)),
            ("1234,567", Some(1234.57)),
            ("1 234,56", Some(1234.56)),
            ("1 234.56", Some(1234.56)),
            ("1\u{a0}234\u{a0}567,89", Some(1_234_567.89)),
            ("1 234", Some(1234.0)),
            ("1'234.50", Some(1234.5)),
            ("1.234.567,00", Some(1_234_567.0)),
            ("55.700.00", Some(55_700.0)),
            ("71.069.9", Some(71_069.9)),
            ("1,234,567.8", Some(1_234_567.8)),
        ];
        for (input, expected) in cases {
            check(input, *expected);
        }
    }

    #[test]
    fn currency_marks() {
        let cases: &[(&str, Option<f64>)] = &[
            ("€ 1,135,550.25", Some(1_135_550.25)),
            ("€1,135,550.25", Some(1_135_550.25)),
            ("180.000,00 €", Some(180_000.0)),
            ("180.000,00€", Some(180_000.0)),
            ("\"€ 180,000.00\"", Some(180_000.0)),
            ("EUR 250", Some(250.0)),
            ("250 eur", Some(250.0)),
            ("250 Euro", Some(250.0)),
            ("1.500,-", Some(1500.0)),
            ("1.500,- €", Some(1500.0)),
        ];
        for (input, expected) in cases {
            check(input, *expected);
        }
    }

    #[test]
    fn garbage_and_negative() {
        let cases: &[&str] = &[
            "",
            "   ",
            "€",
            "EUR",
            "-500",
            "- 500",
            "(500)",
            "+500",
            "−500",
            "N/A",
            "abc",
            "12abc",
            "1.2.3",
            "1.23.45",
            "1234.567.00",
            "12.34.56",
            "1,234.567,00",
            "1.234,567.00",
            "1,2,3",
            "1.",
            "1,",
            ".",
            ",",
            "1..0",
            "12 50",
            "1 2345",
            "1 234,5,6",
            "1234.567.890",
            "٣",
            "1e5",
            "inf",
            "NaN",
        ];
        for input in cases {
            check(input, None);
        }
    }

    #[test]
    fn huge_values_stay_finite_or_none() {
        let long = "9".repeat(400);
        assert_eq!(parse_amount(&long), None);
        check("999999999999", Some(999_999_999_999.0));
    }
}
