//! Municipality names as acts write them in their header ("KOMUNA E GJILANIT")
//! mapped to the name arkiva stores ("Gjilan").
//!
//! Owns only the table of Kosovo municipalities and their genitive forms;
//! an unknown name is returned title-cased as written, never dropped.

use crate::analysis::fold;

/// (name as stored, genitive as in "Komuna e …", folded).
const MUNICIPALITIES: &[(&str, &str)] = &[
    ("Gjilan", "gjilanit"),
    ("Prishtinë", "prishtines"),
    ("Prizren", "prizrenit"),
    ("Pejë", "pejes"),
    ("Ferizaj", "ferizajt"),
    ("Gjakovë", "gjakoves"),
    ("Mitrovicë", "mitrovices"),
    ("Podujevë", "podujeves"),
    ("Vushtrri", "vushtrrise"),
    ("Suharekë", "suharekes"),
    ("Rahovec", "rahovecit"),
    ("Drenas", "drenasit"),
    ("Lipjan", "lipjanit"),
    ("Malishevë", "malisheves"),
    ("Kamenicë", "kamenices"),
    ("Viti", "vitise"),
    ("Deçan", "decanit"),
    ("Istog", "istogut"),
    ("Klinë", "klines"),
    ("Skenderaj", "skenderajt"),
    ("Dragash", "dragashit"),
    ("Fushë Kosovë", "fushe koso"),
    ("Kaçanik", "kacanikut"),
    ("Shtime", "shtimes"),
    ("Obiliq", "obiliqit"),
    ("Novobërdë", "novoberdes"),
    ("Shtërpcë", "shterpces"),
    ("Hani i Elezit", "hanit te elezit"),
    ("Junik", "junikut"),
    ("Mamushë", "mamushes"),
    ("Graçanicë", "gracanices"),
    ("Kllokot", "kllokotit"),
    ("Ranillug", "ranillugut"),
    ("Partesh", "parteshit"),
    ("Leposaviq", "leposaviqit"),
    ("Zubin Potok", "zubin potokut"),
    ("Zveçan", "zvecanit"),
];

/// Finds the municipality named in a header line such as
/// `KOMUNA E GJILANIT / OPŠTINA GNJILANE`.
pub fn from_header_line(line: &str) -> Option<String> {
    let folded = fold(line);
    let start = folded.find("komuna e ")? + "komuna e ".len();
    let rest = folded.get(start..)?;
    let rest = rest
        .split(['/', '|', '–', '-', ','])
        .next()
        .unwrap_or(rest)
        .trim();
    if let Some((name, _)) = MUNICIPALITIES
        .iter()
        .find(|(_, genitive)| rest.starts_with(genitive))
    {
        return Some((*name).to_string());
    }
    let word = rest.split_whitespace().next()?;
    let mut chars = word.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// The stored form of a municipality name typed by a user or a register
/// ("gjilani", "Komuna e Gjilanit", "GJILAN" → "Gjilan").
pub fn canonical(raw: &str) -> String {
    let folded = fold(raw.trim());
    let bare = folded.strip_prefix("komuna e ").unwrap_or(&folded);
    MUNICIPALITIES
        .iter()
        .find(|(name, genitive)| bare == *genitive || bare.starts_with(&stem(name)))
        .map(|(name, _)| (*name).to_string())
        .unwrap_or_else(|| raw.trim().to_string())
}

/// The stored name when `raw` names a Kosovo municipality and nothing
/// more (a folder `Gjilan`, `Vitia`, `Hani i Elezit`, `lipjan`, or
/// `Komuna e Gjilanit`); `None` for anything else (`new`, `data`,
/// `procurements`), unlike [`canonical`], which keeps unknown names.
pub fn known(raw: &str) -> Option<String> {
    let folded = fold(raw.trim());
    let bare = folded.strip_prefix("komuna e ").unwrap_or(&folded);
    MUNICIPALITIES
        .iter()
        .find(|(name, genitive)| {
            let stem = stem(name);
            bare == *genitive
                || bare == fold(name)
                || (bare.starts_with(&stem) && bare.len() <= stem.len() + 2)
        })
        .map(|(name, _)| (*name).to_string())
}

/// True for a municipality's name as a place line writes it ("Gjilan",
/// "Prishtina", "Prishtinë"), not for its genitive ("Gjilanit").
pub fn is_place_name(word: &str) -> bool {
    let folded = fold(word.trim_matches(|c: char| !c.is_alphabetic()));
    MUNICIPALITIES.iter().any(|(name, _)| {
        let stem = stem(name);
        folded.starts_with(&stem) && folded.len() <= stem.len() + 1
    })
}

/// The municipality as its own documents name it, "Komuna e" and the
/// genitive ("Gjilan" → "Komuna e Gjilanit", "Viti" → "Komuna e Vitisë"),
/// for the publisher of its data; a name not in the table is given as
/// "Komuna {name}" rather than with a guessed ending.
pub fn authority_name(name: &str) -> String {
    const IRREGULAR: [(&str, &str); 2] = [
        ("Fushë Kosovë", "Fushë Kosovës"),
        ("Hani i Elezit", "Hanit të Elezit"),
    ];
    let name = name.trim();
    if let Some((_, genitive)) = IRREGULAR.iter().find(|(n, _)| *n == name) {
        return format!("Komuna e {genitive}");
    }
    let folded = fold(name);
    let ending = MUNICIPALITIES
        .iter()
        .find(|(stored, _)| fold(stored) == folded)
        .and_then(|(_, genitive)| genitive.strip_prefix(folded.as_str()));
    match ending {
        // The table's genitives are folded; "-se" is always "-së" (Vitisë).
        Some("se") => format!("Komuna e {name}së"),
        Some(ending) => format!("Komuna e {name}{ending}"),
        None => format!("Komuna {name}"),
    }
}

/// A name without its final vowel, so "Prishtina" and "Prishtinë" meet.
fn stem(name: &str) -> String {
    let folded = fold(name);
    match folded.strip_suffix(['e', 'i']) {
        Some(stem) if stem.len() >= 4 => stem.to_string(),
        _ => folded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authority_names() {
        for (name, want) in [
            ("Gjilan", "Komuna e Gjilanit"),
            ("Prishtinë", "Komuna e Prishtinës"),
            ("Gjakovë", "Komuna e Gjakovës"),
            ("Viti", "Komuna e Vitisë"),
            ("Deçan", "Komuna e Deçanit"),
            ("Ferizaj", "Komuna e Ferizajt"),
            ("Istog", "Komuna e Istogut"),
            ("Shtime", "Komuna e Shtimes"),
            ("Hani i Elezit", "Komuna e Hanit të Elezit"),
            ("Fushë Kosovë", "Komuna e Fushë Kosovës"),
            ("Tiranë", "Komuna Tiranë"),
        ] {
            assert_eq!(authority_name(name), want);
        }
        // Every known name reads back as itself from its authority name.
        for (name, _) in MUNICIPALITIES {
            assert_eq!(
                from_header_line(&authority_name(name)).as_deref(),
                Some(*name)
            );
        }
    }

    #[test]
    fn header_lines() {
        let check = |line: &str, want: Option<&str>| {
            assert_eq!(from_header_line(line).as_deref(), want, "{line}");
        };
        check(
            "KOMUNA E GJILANIT / OPŠTINA GNJILANE / MUNICIPALITY OF GJILAN",
            Some("Gjilan"),
        );
        check("Komuna e Kamenicës", Some("Kamenicë"));
        check("KOMUNA E HANIT TË ELEZIT", Some("Hani i Elezit"));
        check("KOMUNA E VITISË – OPŠTINA VITINA", Some("Viti"));
        check("REPUBLIKA E KOSOVËS", None);
    }

    #[test]
    fn canonical_names() {
        assert_eq!(canonical("gjilan"), "Gjilan");
        assert_eq!(canonical("Komuna e Gjilanit"), "Gjilan");
        assert_eq!(canonical("Prishtina"), "Prishtinë");
        assert_eq!(canonical("Tiranë"), "Tiranë");
    }
}
