//! Recognising the columns of a register from its header cells.
//!
//! This module owns [`SYNONYMS`], the one documented table of header names
//! (Albanian and English) for each [`Column`], and the folding that makes
//! header matching insensitive to case, whitespace, punctuation and
//! diacritics: `Nr. i Aktit`, `NR I AKTIT` and `nr i aktit` are the same
//! header, and so are `Lënda` and `Lenda`.
//!
//! Matching, for one header cell ([`match_header`]):
//! 1. an exact match of the folded header against a synonym;
//! 2. otherwise the header *starts with* a synonym followed by more words
//!    (`Vlera e kontratës (€)`, `Data e nënshkrimit të kontratës (në rast
//!    anulimi …)`); the longest such synonym wins, so `Lloji i procedurës së
//!    prokurimit` is a procedure, not a kind;
//! 3. headers listed in [`NOT_COLUMNS`] never match by prefix: they start
//!    like a synonym but count something else (`Nr. i OE që kanë dorëzuar
//!    ofertat` is a number of bidders, not an act number).
//!
//! For a whole header row ([`assign_columns`]) each column is given to at
//! most one cell: exact matches first (the first such cell wins), then
//! prefix matches, the more specific (longer) synonym first and, among equal
//! ones, the first cell. So a register with both `Data e inicimit …` and
//! `Data e nënshkrimit të kontratës` takes the signing date as its date.

use serde::Serialize;

/// A field of a register row that ingest knows how to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Column {
    /// The type of act as written (`Vendim`, `Rregullore`, `Kontratë`).
    Kind,
    /// The act's own number (`01 Nr. 016-8123/19`).
    Number,
    /// Title or subject.
    Title,
    /// Date of adoption / signing.
    Date,
    /// Date of publication.
    Published,
    /// The body that issued the act, or the contracting authority.
    Issuer,
    Municipality,
    /// A path to the act's document, as written in the cell.
    File,
    /// The economic operator of a contract.
    Operator,
    /// A value in euros.
    Value,
    ProcurementNumber,
    Procedure,
    /// Description or content.
    Text,
}

/// Header names per column, in folded form (see [`fold`]): lowercase, no
/// diacritics, every run of punctuation and whitespace a single space.
pub const SYNONYMS: &[(Column, &[&str])] = &[
    (
        Column::Kind,
        &[
            "lloji",
            "lloji i aktit",
            "lloji i dokumentit",
            "tipi",
            "type",
            "kind",
        ],
    ),
    (
        Column::Number,
        &[
            "nr",
            "numri",
            "numri i aktit",
            "nr i aktit",
            "nr i protokollit",
            "nr protokollit",
            "numri i protokollit",
            "nr i vendimit",
            "numri i vendimit",
            "number",
            "no",
        ],
    ),
    (
        Column::Title,
        &[
            "titulli",
            "titulli i aktit",
            "lenda",
            "emertimi",
            "emertimi i aktit",
            "titulli i aktivitetit te prokurimit",
            "pershkrimi i aktivitetit",
            "title",
            "subject",
        ],
    ),
    (
        Column::Date,
        &[
            "data",
            "data e aktit",
            "data e miratimit",
            "data e nenshkrimit",
            "data e nenshkrimit te kontrates",
            "data e nxjerrjes",
            "data e vendimit",
            "date",
        ],
    ),
    (
        Column::Published,
        &[
            "data e publikimit",
            "data e botimit",
            "publikuar me",
            "published",
        ],
    ),
    (
        Column::Issuer,
        &[
            "organi",
            "organi nxjerres",
            "nxjerresi",
            "autoriteti kontraktues",
            "institucioni",
            "issuer",
            "body",
        ],
    ),
    (Column::Municipality, &["komuna", "municipality"]),
    (
        Column::File,
        &["skedari", "dokumenti", "file", "pdf", "filename", "path"],
    ),
    (
        Column::Operator,
        &[
            "operatori",
            "operatori ekonomik",
            "emri i oe",
            "emri i operatorit ekonomik",
            "kontraktuesi",
            "fituesi",
            "operator",
            "supplier",
        ],
    ),
    (
        Column::Value,
        &[
            "vlera",
            "vlera e kontrates",
            "vlera totale",
            "vlera totale e kontrates",
            "cmimi",
            "cmimi i kontrates",
            "shuma",
            "value",
            "amount",
        ],
    ),
    (
        Column::ProcurementNumber,
        &[
            "nr i prokurimit",
            "nr prokurimit",
            "numri i prokurimit",
            "numri prokurimit",
            "numri rendor i prokurimit",
            "nr i prokurimit kontrates",
            "procurement number",
        ],
    ),
    (
        Column::Procedure,
        &[
            "procedura",
            "procedura e prokurimit",
            "lloji i procedures",
            "procedure",
        ],
    ),
    (
        Column::Text,
        &["pershkrimi", "permbajtja", "teksti", "description", "text"],
    ),
];

/// Folded header beginnings that are never a column by prefix: they start
/// like a synonym (`nr`, `numri`, `lloji`) but count bidders, requests or
/// payments, or give a budget, authority or procurement type (a code such as
/// `2`, not the type of act that [`Column::Kind`] is for).
pub(crate) const NOT_COLUMNS: &[&str] = &[
    "lloji i buxhetit",
    "lloji i autoritetit",
    "lloji i prokurimit",
    "nr i oe",
    "numri i oe",
    "nr i ofertave",
    "numri i ofertave",
    "nr i kerkesave",
    "numri i kerkesave",
    "numri i pergjithshem",
    "numri i situacioneve",
];

/// How a header matched a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Match {
    Exact,
    /// Matched by prefix; the length of the folded synonym (more is more
    /// specific).
    Prefix(usize),
}

/// The column a header names, if any (see the module doc for the rules).
pub fn match_header(header: &str) -> Option<Column> {
    match_header_kind(header).map(|(c, _)| c)
}

/// [`match_header`], also saying how the header matched.
pub(crate) fn match_header_kind(header: &str) -> Option<(Column, Match)> {
    let folded = fold(header);
    if folded.is_empty() {
        return None;
    }
    for (column, names) in SYNONYMS {
        if names.contains(&folded.as_str()) {
            return Some((*column, Match::Exact));
        }
    }
    if NOT_COLUMNS
        .iter()
        .any(|p| folded == *p || starts_with_words(&folded, p))
    {
        return None;
    }
    let mut best: Option<(Column, usize)> = None;
    for (column, names) in SYNONYMS {
        for name in *names {
            if starts_with_words(&folded, name) && best.is_none_or(|(_, len)| name.len() > len) {
                best = Some((*column, name.len()));
            }
        }
    }
    best.map(|(c, len)| (c, Match::Prefix(len)))
}

/// Assigns a column to each header cell, each column at most once (see the
/// module doc for the order).
pub(crate) fn assign_columns(headers: &[String]) -> Vec<Option<Column>> {
    let matches: Vec<Option<(Column, Match)>> =
        headers.iter().map(|h| match_header_kind(h)).collect();
    let mut out: Vec<Option<Column>> = vec![None; headers.len()];
    let mut taken: Vec<Column> = Vec::new();
    // Exact matches, left to right.
    for (slot, m) in out.iter_mut().zip(&matches) {
        if let Some((col, Match::Exact)) = m {
            if !taken.contains(col) {
                *slot = Some(*col);
                taken.push(*col);
            }
        }
    }
    // Prefix matches, most specific first, then left to right.
    let mut prefixed: Vec<(usize, usize, Column)> = matches
        .iter()
        .enumerate()
        .filter_map(|(i, m)| match m {
            Some((col, Match::Prefix(len))) => Some((i, *len, *col)),
            _ => None,
        })
        .collect();
    prefixed.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (i, _, col) in prefixed {
        if !taken.contains(&col) {
            if let Some(slot) = out.get_mut(i) {
                *slot = Some(col);
                taken.push(col);
            }
        }
    }
    out
}

/// Whether `folded` is `prefix` followed by a space and more words.
fn starts_with_words(folded: &str, prefix: &str) -> bool {
    folded
        .strip_prefix(prefix)
        .is_some_and(|rest| rest.starts_with(' '))
}

/// Lowercase, strip diacritics (`ë` → `e`, `ç` → `c`, `š` → `s`…), turn
/// every run of non-alphanumeric characters into one space, and trim.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = strip_diacritic(c);
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        } else {
            pending_space = true;
        }
    }
    out
}

fn strip_diacritic(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'č' | 'ć' | 'ĉ' | 'ċ' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ľ' | 'ĺ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ŕ' | 'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ť' | 'ţ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(header: &str, expected: Option<Column>) {
        assert_eq!(match_header(header), expected, "match_header({header:?})");
    }

    #[test]
    fn synonyms_are_folded_and_unique() {
        let mut seen: Vec<&str> = Vec::new();
        for (column, names) in SYNONYMS {
            for name in *names {
                assert_eq!(
                    fold(name),
                    *name,
                    "{column:?} synonym {name:?} is not folded"
                );
                assert!(!seen.contains(name), "synonym {name:?} listed twice");
                seen.push(name);
                assert_eq!(match_header(name), Some(*column));
            }
        }
    }

    #[test]
    fn required_synonyms() {
        use Column::*;
        let cases: &[(&str, Column)] = &[
            ("Lloji", Kind),
            ("Lloji i aktit", Kind),
            ("Tipi", Kind),
            ("Type", Kind),
            ("Nr", Number),
            ("Nr.", Number),
            ("Numri", Number),
            ("Numri i aktit", Number),
            ("Nr. i aktit", Number),
            ("Nr. protokollit", Number),
            ("Number", Number),
            ("Titulli", Title),
            ("Lënda", Title),
            ("Emërtimi", Title),
            ("Titulli i aktivitetit të prokurimit", Title),
            ("Përshkrimi i aktivitetit", Title),
            ("Title", Title),
            ("Subject", Title),
            ("Data", Date),
            ("Data e miratimit", Date),
            ("Data e nënshkrimit të kontratës", Date),
            ("Data e nxjerrjes", Date),
            ("Date", Date),
            ("Data e publikimit", Published),
            ("Publikuar më", Published),
            ("Published", Published),
            ("Organi", Issuer),
            ("Nxjerrësi", Issuer),
            ("Autoriteti kontraktues", Issuer),
            ("Institucioni", Issuer),
            ("Issuer", Issuer),
            ("Body", Issuer),
            ("Komuna", Municipality),
            ("Municipality", Municipality),
            ("Skedari", File),
            ("Dokumenti", File),
            ("File", File),
            ("PDF", File),
            ("Operatori", Operator),
            ("Operatori ekonomik", Operator),
            ("Emri i OE", Operator),
            ("Emri i operatorit ekonomik", Operator),
            ("Kontraktuesi", Operator),
            ("Fituesi", Operator),
            ("Operator", Operator),
            ("Supplier", Operator),
            ("Vlera", Value),
            ("Vlera e kontratës", Value),
            ("Çmimi", Value),
            ("Çmimi i kontratës", Value),
            ("Vlera totale", Value),
            ("Shuma", Value),
            ("Value", Value),
            ("Amount", Value),
            ("Nr. i prokurimit", ProcurementNumber),
            ("Numri i prokurimit", ProcurementNumber),
            ("Nr. i prokurimit/kontratës", ProcurementNumber),
            ("Procurement number", ProcurementNumber),
            ("Procedura", Procedure),
            ("Lloji i procedurës", Procedure),
            ("Procedure", Procedure),
            ("Përshkrimi", Text),
            ("Përmbajtja", Text),
            ("Description", Text),
            ("Text", Text),
        ];
        for (header, column) in cases {
            check(header, Some(*column));
        }
    }

    #[test]
    fn folding_is_insensitive() {
        use Column::*;
        let cases: &[(&str, Option<Column>)] = &[
            ("  LËNDA  ", Some(Title)),
            ("lenda", Some(Title)),
            ("NR. I AKTIT", Some(Number)),
            ("nr.i aktit", Some(Number)),
            ("Nr : i  aktit", Some(Number)),
            ("\"Data e publikimit\"", Some(Published)),
            ("data_e_miratimit", Some(Date)),
            ("ÇMIMI", Some(Value)),
            ("cmimi", Some(Value)),
            ("PERSHKRIMI", Some(Text)),
        ];
        for (header, expected) in cases {
            check(header, *expected);
        }
    }

    #[test]
    fn prefix_matches() {
        use Column::*;
        let cases: &[(&str, Option<Column>)] = &[
            ("Vlera e kontratës (€)", Some(Value)),
            ("Vlera (€)", Some(Value)),
            (
                "Data e nënshkrimit të kontratës (në rast anulimi)",
                Some(Date),
            ),
            ("Data e publikimit të njoftimit", Some(Published)),
            ("Lloji i procedurës së prokurimit", Some(Procedure)),
            ("Procedura e prokurimit", Some(Procedure)),
            (
                "Nr. i prokurimit/kontratës (sipas e-prokurimit)",
                Some(ProcurementNumber),
            ),
            ("Emri i OE të cilit i është dhënë kontrata", Some(Operator)),
            ("Titulli i vendimit", Some(Title)),
            // Counts of bidders are not act numbers.
            ("Nr. i OE që kanë dorëzuar ofertat", None),
            ("Numri i ofertave të refuzuara", None),
            ("Lloji i Buxhetit", None),
            ("Lloji i prokurimit", None),
            // Whole words only.
            ("Numrat", None),
            ("Datat", None),
            ("Vlerësimi", None),
            ("", None),
            ("   ", None),
            ("???", None),
            ("Koment", None),
        ];
        for (header, expected) in cases {
            check(header, *expected);
        }
    }

    fn check_row(headers: &[&str], expected: &[Option<Column>]) {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        assert_eq!(
            assign_columns(&headers),
            expected,
            "assign_columns({headers:?})"
        );
    }

    #[test]
    fn each_column_once() {
        use Column::*;
        check_row(&["Data", "Data"], &[Some(Date), None]);
        check_row(
            &[
                "Data e inicimit",
                "Data e nënshkrimit të kontratës (shënim)",
            ],
            &[None, Some(Date)],
        );
        check_row(&["Data e inicimit", "Data e hapjes"], &[Some(Date), None]);
        check_row(
            &["Vlera e prokurimit", "Data", "Vlera"],
            &[None, Some(Date), Some(Value)],
        );
        check_row(
            &["Nr.", "Lloji", "Titulli", "Koment"],
            &[Some(Number), Some(Kind), Some(Title), None],
        );
    }
}
