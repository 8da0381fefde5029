//! The Albanian the generators share: lists joined with "dhe", streets and
//! offices in their cases, the forms a person's gender asks for, Roman
//! numerals and numbers in words, capital letters.
//!
//! Pure functions of their arguments: nothing here draws from the rng, so
//! moving a call here never changes a corpus.

use std::borrow::Borrow;

use super::world::{Office, ASSEMBLY, FEMALE_NAMES, MALE_NAMES, MAYOR};

// ---------------------------------------------------------------------------
// Lists and capitals
// ---------------------------------------------------------------------------

/// A list as prose writes it, the last item joined with "dhe".
///
/// ```
/// # use arkiva::corpus::grammar::join_and;
/// assert_eq!(join_and(&["Zhegër", "Pidiq", "Ponesh"]), "Zhegër, Pidiq dhe Ponesh");
/// assert_eq!(join_and(&["Zhegër"]), "Zhegër");
/// ```
pub fn join_and<S: Borrow<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.borrow().to_string(),
        [init @ .., last] => format!("{} dhe {}", init.join(", "), last.borrow()),
    }
}

/// The first letter in capitals.
///
/// ```
/// # use arkiva::corpus::grammar::capitalize;
/// assert_eq!(capitalize("ëndrra"), "Ëndrra");
/// ```
pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The first letter in lower case.
///
/// ```
/// # use arkiva::corpus::grammar::lower_first;
/// assert_eq!(lower_first("Propozim-vendimi për …"), "propozim-vendimi për …");
/// ```
pub fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

// ---------------------------------------------------------------------------
// Streets and offices in their cases
// ---------------------------------------------------------------------------

/// A street of `world::STREETS` as the object of "në", "për" or "me".
///
/// ```
/// # use arkiva::corpus::grammar::street_acc;
/// assert_eq!(street_acc("Rruga \"Adem Jashari\""), "rrugën \"Adem Jashari\"");
/// assert_eq!(street_acc("Bulevardi i Pavarësisë"), "Bulevardin e Pavarësisë");
/// ```
pub fn street_acc(street: &str) -> String {
    if let Some(rest) = street.strip_prefix("Rruga ") {
        format!("rrugën {rest}")
    } else if let Some(rest) = street.strip_prefix("Bulevardi i ") {
        format!("Bulevardin e {rest}")
    } else {
        street.to_string()
    }
}

/// A street named inside a sentence, as the subject or after "nga".
///
/// ```
/// # use arkiva::corpus::grammar::street_nom;
/// assert_eq!(street_nom("Rruga \"Adem Jashari\""), "rruga \"Adem Jashari\"");
/// assert_eq!(street_nom("Bulevardi i Pavarësisë"), "Bulevardi i Pavarësisë");
/// ```
pub fn street_nom(street: &str) -> String {
    match street.strip_prefix("Rruga ") {
        Some(rest) => format!("rruga {rest}"),
        None => street.to_string(),
    }
}

/// A street in the genitive.
///
/// ```
/// # use arkiva::corpus::grammar::street_gen;
/// assert_eq!(street_gen("Rruga \"Adem Jashari\""), "rrugës \"Adem Jashari\"");
/// assert_eq!(street_gen("Bulevardi i Pavarësisë"), "Bulevardit të Pavarësisë");
/// ```
pub fn street_gen(street: &str) -> String {
    if let Some(rest) = street.strip_prefix("Rruga ") {
        format!("rrugës {rest}")
    } else if let Some(rest) = street.strip_prefix("Bulevardi i ") {
        format!("Bulevardit të {rest}")
    } else {
        street.to_string()
    }
}

/// The genitive (and dative) of an office, as in "zyrtarët e …".
///
/// ```
/// # use arkiva::corpus::grammar::genitive;
/// # use arkiva::corpus::world::{DIRECTORATES, PROCUREMENT};
/// assert_eq!(genitive(DIRECTORATES[1]), "Drejtorisë për Arsim");
/// assert_eq!(genitive(DIRECTORATES[2]), "Drejtorisë së Administratës");
/// assert_eq!(genitive(PROCUREMENT), "Zyrës së Prokurimit");
/// ```
pub fn genitive(office: Office) -> String {
    if office == ASSEMBLY {
        "Kuvendit të Komunës".into()
    } else if office == MAYOR {
        "Kryetarit të Komunës".into()
    } else {
        genitive_of(office.name)
    }
}

/// The genitive of a directorate's or office's name.
///
/// ```
/// # use arkiva::corpus::grammar::genitive_of;
/// assert_eq!(genitive_of("Drejtoria e Administratës"), "Drejtorisë së Administratës");
/// assert_eq!(genitive_of("Zyra për Informim"), "Zyrës për Informim");
/// ```
pub fn genitive_of(name: &str) -> String {
    const HEADS: [(&str, &str); 2] = [("Drejtoria ", "Drejtorisë"), ("Zyra ", "Zyrës")];
    for (nom, gen) in HEADS {
        if let Some(rest) = name.strip_prefix(nom) {
            return match rest.strip_prefix("e ") {
                Some(noun) => format!("{gen} së {noun}"),
                None => format!("{gen} {rest}"),
            };
        }
    }
    name.to_string()
}

// ---------------------------------------------------------------------------
// Gender
// ---------------------------------------------------------------------------

/// Whether a full name is a woman's: her first name is one of
/// `world::FEMALE_NAMES`, or, for names the world does not list, ends in
/// "a" or "e".
///
/// ```
/// # use arkiva::corpus::grammar::is_female;
/// assert!(is_female("Drita Gashi"));
/// assert!(is_female("Valmira Ahmeti"));
/// assert!(!is_female("Arben Gashi"));
/// ```
pub fn is_female(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    FEMALE_NAMES.contains(&first) || (!MALE_NAMES.contains(&first) && first.ends_with(['a', 'e']))
}

/// "z." (zoti) or "znj." (zonja).
///
/// ```
/// # use arkiva::corpus::grammar::honorific;
/// assert_eq!(honorific(true), "znj.");
/// ```
pub fn honorific(female: bool) -> &'static str {
    if female {
        "znj."
    } else {
        "z."
    }
}

/// A name with its honorific.
///
/// ```
/// # use arkiva::corpus::grammar::titled;
/// assert_eq!(titled("Drita Gashi"), "znj. Drita Gashi");
/// assert_eq!(titled("Arben Gashi"), "z. Arben Gashi");
/// ```
pub fn titled(name: &str) -> String {
    format!("{} {name}", honorific(is_female(name)))
}

/// The Mayor's title in the holder's gender.
///
/// ```
/// # use arkiva::corpus::grammar::mayor_title;
/// assert_eq!(mayor_title(false), "Kryetari i Komunës");
/// assert_eq!(mayor_title(true), "Kryetarja e Komunës");
/// ```
pub fn mayor_title(female: bool) -> &'static str {
    if female {
        "Kryetarja e Komunës"
    } else {
        "Kryetari i Komunës"
    }
}

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

/// Roman numerals 1 to 16, as points, chapters and sections are numbered.
pub const ROMAN: [&str; 16] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI",
];

/// `n` in Roman numerals; 0 is written "I" and numbers past 16 "XVI".
///
/// ```
/// # use arkiva::corpus::grammar::roman;
/// assert_eq!(roman(4), "IV");
/// ```
pub fn roman(n: usize) -> &'static str {
    ROMAN[n.saturating_sub(1).min(ROMAN.len() - 1)]
}

const UNITS: [&str; 20] = [
    "zero",
    "një",
    "dy",
    "tre",
    "katër",
    "pesë",
    "gjashtë",
    "shtatë",
    "tetë",
    "nëntë",
    "dhjetë",
    "njëmbëdhjetë",
    "dymbëdhjetë",
    "trembëdhjetë",
    "katërmbëdhjetë",
    "pesëmbëdhjetë",
    "gjashtëmbëdhjetë",
    "shtatëmbëdhjetë",
    "tetëmbëdhjetë",
    "nëntëmbëdhjetë",
];
const TENS: [&str; 10] = [
    "",
    "",
    "njëzet",
    "tridhjetë",
    "dyzet",
    "pesëdhjetë",
    "gjashtëdhjetë",
    "shtatëdhjetë",
    "tetëdhjetë",
    "nëntëdhjetë",
];
const HUNDREDS: [&str; 10] = [
    "",
    "njëqind",
    "dyqind",
    "treqind",
    "katërqind",
    "pesëqind",
    "gjashtëqind",
    "shtatëqind",
    "tetëqind",
    "nëntëqind",
];

/// `n % 100` in words.
fn below_hundred(n: u64) -> String {
    let n = n as usize % 100;
    if n < 20 {
        UNITS[n].to_string()
    } else if n.is_multiple_of(10) {
        TENS[n / 10].to_string()
    } else {
        format!("{} e {}", TENS[n / 10], UNITS[n % 10])
    }
}

/// `n % 1000` in words.
fn below_thousand(n: u64) -> String {
    let hundreds = (n / 100 % 10) as usize;
    let rest = n % 100;
    match (hundreds, rest) {
        (0, r) => below_hundred(r),
        (h, 0) => HUNDREDS[h].to_string(),
        (h, r) => format!("{} e {}", HUNDREDS[h], below_hundred(r)),
    }
}

/// A whole number in words, as contracts spell amounts out.
///
/// ```
/// # use arkiva::corpus::grammar::in_words;
/// assert_eq!(in_words(239_800), "dyqind e tridhjetë e nëntë mijë e tetëqind");
/// ```
pub fn in_words(n: u64) -> String {
    if n == 0 {
        return UNITS[0].into();
    }
    let millions = n / 1_000_000;
    let thousands = n / 1_000 % 1_000;
    let rest = n % 1_000;
    let mut parts = Vec::new();
    match millions {
        0 => {}
        1 => parts.push("një milion".to_string()),
        m => parts.push(format!("{} milionë", below_thousand(m))),
    }
    if thousands > 0 {
        let mut words = below_thousand(thousands);
        // "tri mijë": the feminine form before "mijë".
        if thousands % 10 == 3 && thousands % 100 != 13 {
            words.truncate(words.len() - "tre".len());
            words.push_str("tri");
        }
        parts.push(format!("{words} mijë"));
    }
    if rest > 0 {
        parts.push(below_thousand(rest));
    }
    parts.join(" e ")
}

/// An amount of euros in words, cents included.
///
/// ```
/// # use arkiva::corpus::grammar::euro_words;
/// assert_eq!(euro_words(23_005.0), "njëzet e tri mijë e pesë euro");
/// assert_eq!(euro_words(1.5), "një euro e pesëdhjetë cent");
/// ```
pub fn euro_words(value: f64) -> String {
    let cents = (value * 100.0).round() as u64;
    let (whole, frac) = (cents / 100, cents % 100);
    if frac == 0 {
        format!("{} euro", in_words(whole))
    } else {
        format!("{} euro e {} cent", in_words(whole), below_hundred(frac))
    }
}

/// A count as prose writes it: in words from one to ten, then in digits.
///
/// ```
/// # use arkiva::corpus::grammar::count_word;
/// assert_eq!(count_word(4), "katër");
/// assert_eq!(count_word(12), "12");
/// ```
pub fn count_word(n: u64) -> String {
    match n {
        1..=10 => UNITS[n as usize].to_string(),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::world::{DIRECTORATES, INFORMATION, PROCUREMENT, STREETS};

    #[test]
    fn lists_join_with_dhe() {
        let none: [&str; 0] = [];
        assert_eq!(join_and(&none), "");
        assert_eq!(join_and(&["A"]), "A");
        assert_eq!(join_and(&["A", "B"]), "A dhe B");
        assert_eq!(join_and(&["A", "B", "C"]), "A, B dhe C");
        let owned = vec!["Zhegër".to_string(), "Pidiq".to_string()];
        assert_eq!(join_and(&owned), "Zhegër dhe Pidiq");
    }

    #[test]
    fn capitals_change_only_the_first_letter() {
        assert_eq!(capitalize("çerdhja e re"), "Çerdhja e re");
        assert_eq!(lower_first("Ëndrra"), "ëndrra");
        assert_eq!(capitalize(""), "");
        assert_eq!(lower_first(""), "");
    }

    #[test]
    fn streets_in_their_cases() {
        let street = "Rruga \"Lidhja e Prizrenit\"";
        assert_eq!(street_acc(street), "rrugën \"Lidhja e Prizrenit\"");
        assert_eq!(street_nom(street), "rruga \"Lidhja e Prizrenit\"");
        assert_eq!(street_gen(street), "rrugës \"Lidhja e Prizrenit\"");
        let boulevard = "Bulevardi i Pavarësisë";
        assert_eq!(street_acc(boulevard), "Bulevardin e Pavarësisë");
        assert_eq!(street_nom(boulevard), "Bulevardi i Pavarësisë");
        assert_eq!(street_gen(boulevard), "Bulevardit të Pavarësisë");
        // Every street of the world has a form in each case.
        for street in STREETS {
            assert_ne!(street_acc(street), *street, "{street}");
        }
    }

    #[test]
    fn offices_in_the_genitive() {
        assert_eq!(genitive(ASSEMBLY), "Kuvendit të Komunës");
        assert_eq!(genitive(MAYOR), "Kryetarit të Komunës");
        assert_eq!(genitive(PROCUREMENT), "Zyrës së Prokurimit");
        assert_eq!(genitive(INFORMATION), "Zyrës për Informim");
        let names: Vec<String> = DIRECTORATES.iter().map(|o| genitive(*o)).collect();
        assert!(names.contains(&"Drejtorisë për Buxhet dhe Financa".to_string()));
        assert!(names.contains(&"Drejtorisë së Administratës".to_string()));
        assert!(names.iter().all(|n| n.starts_with("Drejtorisë ")));
    }

    #[test]
    fn gender_follows_the_first_name() {
        assert!(is_female("Teuta Bytyqi"));
        assert!(!is_female("Labinot Musa"));
        // Names the world does not list: by their ending.
        assert!(is_female("Lirije Mustafa"));
        assert!(!is_female("Arbër Kadriu"));
        assert_eq!(honorific(false), "z.");
        assert_eq!(titled("Mimoza Salihu"), "znj. Mimoza Salihu");
        assert_eq!(mayor_title(true), "Kryetarja e Komunës");
    }

    #[test]
    fn roman_numerals_clamp() {
        assert_eq!(roman(0), "I");
        assert_eq!(roman(1), "I");
        assert_eq!(roman(9), "IX");
        assert_eq!(roman(16), "XVI");
        assert_eq!(roman(40), "XVI");
    }

    #[test]
    fn amounts_in_words() {
        assert_eq!(
            euro_words(239_800.0),
            "dyqind e tridhjetë e nëntë mijë e tetëqind euro"
        );
        assert_eq!(
            euro_words(172_418.60),
            "njëqind e shtatëdhjetë e dy mijë e katërqind e tetëmbëdhjetë euro e gjashtëdhjetë cent"
        );
        assert_eq!(euro_words(23_005.0), "njëzet e tri mijë e pesë euro");
        assert_eq!(euro_words(13_000.0), "trembëdhjetë mijë euro");
        assert_eq!(euro_words(1_200_000.0), "një milion e dyqind mijë euro");
        assert_eq!(in_words(0), "zero");
        assert_eq!(in_words(3_000_000), "tre milionë");
    }

    #[test]
    fn small_counts_in_words() {
        assert_eq!(count_word(0), "0");
        assert_eq!(count_word(1), "një");
        assert_eq!(count_word(3), "tre");
        assert_eq!(count_word(10), "dhjetë");
        assert_eq!(count_word(11), "11");
    }
}
