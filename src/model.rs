//! The act: arkiva's one document model.
//!
//! Everything arkiva stores, searches and exports is an [`Act`]. The index
//! schema (`crate::index::schema`) is built from this model and its field
//! names equal the serde names used here; a test there keeps the two in step.
//! This module knows nothing of tantivy, files or HTTP.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The kind of an act, in the machine form used in URLs, filters and exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActType {
    Vendim,
    Rregullore,
    Procesverbal,
    Kontrate,
    /// Every procurement notice: contract notices, award notices, cancellations.
    NjoftimPerKontrate,
    Konkurs,
    Shpallje,
    Njoftim,
    Raport,
    Komunikate,
    Ftese,
    Tjeter,
}

impl ActType {
    pub const ALL: [ActType; 12] = [
        ActType::Vendim,
        ActType::Rregullore,
        ActType::Procesverbal,
        ActType::Kontrate,
        ActType::NjoftimPerKontrate,
        ActType::Konkurs,
        ActType::Shpallje,
        ActType::Njoftim,
        ActType::Raport,
        ActType::Komunikate,
        ActType::Ftese,
        ActType::Tjeter,
    ];

    /// The machine form: `vendim`, `njoftim_per_kontrate`, …
    pub fn slug(self) -> &'static str {
        match self {
            ActType::Vendim => "vendim",
            ActType::Rregullore => "rregullore",
            ActType::Procesverbal => "procesverbal",
            ActType::Kontrate => "kontrate",
            ActType::NjoftimPerKontrate => "njoftim_per_kontrate",
            ActType::Konkurs => "konkurs",
            ActType::Shpallje => "shpallje",
            ActType::Njoftim => "njoftim",
            ActType::Raport => "raport",
            ActType::Komunikate => "komunikate",
            ActType::Ftese => "ftese",
            ActType::Tjeter => "tjeter",
        }
    }

    /// The Albanian name a citizen reads.
    pub fn label(self) -> &'static str {
        match self {
            ActType::Vendim => "Vendim",
            ActType::Rregullore => "Rregullore",
            ActType::Procesverbal => "Procesverbal",
            ActType::Kontrate => "Kontratë",
            ActType::NjoftimPerKontrate => "Njoftim për kontratë",
            ActType::Konkurs => "Konkurs",
            ActType::Shpallje => "Shpallje",
            ActType::Njoftim => "Njoftim",
            ActType::Raport => "Raport",
            ActType::Komunikate => "Komunikatë për media",
            ActType::Ftese => "Ftesë",
            ActType::Tjeter => "Tjetër",
        }
    }

    /// Reads a type as people write it in a register's "Lloji" column:
    /// the slug, the label, or a common inflected form, in any case and
    /// with or without diacritics.
    pub fn from_label(raw: &str) -> Option<ActType> {
        let key: String = crate::analysis::fold(raw)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        if key.is_empty() {
            return None;
        }
        let by_prefix: &[(&str, ActType)] = &[
            ("njoftimperkontrat", ActType::NjoftimPerKontrate),
            ("njoftimperdhenie", ActType::NjoftimPerKontrate),
            ("njoftimprokurim", ActType::NjoftimPerKontrate),
            ("procurementnotice", ActType::NjoftimPerKontrate),
            ("komunikat", ActType::Komunikate),
            ("pressrelease", ActType::Komunikate),
            ("procesverbal", ActType::Procesverbal),
            ("minutes", ActType::Procesverbal),
            ("rregullor", ActType::Rregullore),
            ("regulation", ActType::Rregullore),
            ("vendim", ActType::Vendim),
            ("decision", ActType::Vendim),
            ("kontrat", ActType::Kontrate),
            ("contract", ActType::Kontrate),
            ("konkurs", ActType::Konkurs),
            ("vacanc", ActType::Konkurs),
            ("shpallj", ActType::Shpallje),
            ("announcement", ActType::Shpallje),
            ("njoftim", ActType::Njoftim),
            ("notice", ActType::Njoftim),
            ("raport", ActType::Raport),
            ("report", ActType::Raport),
            ("ftes", ActType::Ftese),
            ("invitation", ActType::Ftese),
            ("tjeter", ActType::Tjeter),
            ("other", ActType::Tjeter),
        ];
        by_prefix
            .iter()
            .find(|(prefix, _)| key.starts_with(prefix))
            .map(|&(_, t)| t)
    }
}

impl fmt::Display for ActType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unknown act type '{0}' (expected one of: vendim, rregullore, procesverbal, kontrate, njoftim_per_kontrate, konkurs, shpallje, njoftim, raport, komunikate, ftese, tjeter)")]
pub struct UnknownActType(pub String);

impl FromStr for ActType {
    type Err = UnknownActType;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ActType::ALL
            .into_iter()
            .find(|t| t.slug() == s.trim())
            .ok_or_else(|| UnknownActType(s.to_string()))
    }
}

/// A stable identifier: 16 hex digits of a SHA-256 over a natural key.
///
/// Never a counter, so re-ingesting or inserting a register row does not
/// renumber anything and permalinks survive.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ActId(String);

impl ActId {
    /// Hashes the parts of a natural key; parts are separated so that
    /// `("ab", "c")` and `("a", "bc")` give different ids.
    pub fn from_key(parts: &[&str]) -> ActId {
        let mut hasher = Sha256::new();
        for part in parts {
            hasher.update(part.as_bytes());
            hasher.update([0u8]);
        }
        ActId(hex(&hasher.finalize()[..8]))
    }

    /// Accepts an id as read back from the index or typed by a user.
    pub fn parse(raw: &str) -> Option<ActId> {
        let ok = raw.len() == 16 && raw.bytes().all(|b| b.is_ascii_hexdigit());
        ok.then(|| ActId(raw.to_ascii_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ActId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Lowercase hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The SHA-256 of a file's bytes, in lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// One municipal act, or one record of a register.
///
/// Dates serialize as ISO 8601 `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Act {
    pub id: ActId,
    #[serde(rename = "type")]
    pub act_type: ActType,
    pub title: String,
    /// The registry number exactly as written, e.g. `01 Nr. 016-8123/19`.
    pub number: Option<String>,
    /// Adopted, signed or issued.
    pub date: Option<NaiveDate>,
    pub published: Option<NaiveDate>,
    pub issuer: Option<String>,
    pub municipality: String,
    pub text: String,
    /// The input path relative to the ingested folder, with `#row=N` for a register row.
    pub source: String,
    /// SHA-256 of the original file (for a register row: of the register).
    pub sha256: String,
    pub operator: Option<String>,
    pub value_eur: Option<f64>,
    pub procurement_number: Option<String>,
    pub procedure: Option<String>,
    /// Some of the text was read by OCR from a scanned image, so it may
    /// carry recognition errors.
    pub ocr: bool,
    // Contract fields (issue 7): what procurement registers carry beyond the
    // signed price. Appended after `ocr` so the export columns that existed
    // before keep their positions.
    /// [`operator_key`] of `operator`: one key for every spelling of a firm.
    pub operator_key: Option<String>,
    /// The operator's seat (a town), as written.
    pub operator_seat: Option<String>,
    /// Local or foreign operator, in Albanian (`vendor`, `jo vendor`).
    pub operator_origin: Option<String>,
    /// The estimated value of the contract, in euros.
    pub estimated_value_eur: Option<f64>,
    /// The price of the contract's annexes, in euros.
    pub annex_value_eur: Option<f64>,
    /// The total paid under the contract, in euros.
    pub paid_eur: Option<f64>,
    /// The procedure's code as a coded register writes it (`procedure` is its name).
    pub procedure_code: Option<String>,
    /// Goods, services or works: the Albanian name and the raw code.
    pub procurement_type: Option<String>,
    pub procurement_type_code: Option<String>,
    /// Large, medium, small or minimal value: the Albanian name and the raw code.
    pub value_class: Option<String>,
    pub value_class_code: Option<String>,
    /// Lowest price or most economically advantageous tender: name and code.
    pub award_criterion: Option<String>,
    pub award_criterion_code: Option<String>,
}

impl Act {
    /// The source file without a `#row=N` suffix.
    pub fn source_file(&self) -> &str {
        source_file(&self.source)
    }
}

/// The file part of a source reference (`regjistri.csv#row=4` → `regjistri.csv`).
pub fn source_file(source: &str) -> &str {
    source.split_once("#row=").map_or(source, |(file, _)| file)
}

/// Legal-form words that say what kind of company a firm is, not which one:
/// `sh.p.k.`, `SH.A.`, `N.T.P.`, `d.o.o.`… compared with dots and spaces
/// removed. `nt`/`ntsh`/`nsh` are the short forms of sole traders' shops.
const LEGAL_FORMS: &[&str] = &[
    "shpk", "sha", "npt", "ntp", "nt", "ntsh", "nsh", "ltd", "llc", "doo", "dooel", "gmbh", "inc",
];

/// The longest a piece of a dotted legal form may be (`sh` of `sh.p.k.`).
const LEGAL_FORM_PIECE: usize = 3;

/// Sole traders' legal forms that registers glue to the name
/// (`NTSHATOM MED`). No Albanian word starts with these clusters, so a
/// first word that does is a legal form and a name.
const GLUED_FORMS: &[&str] = &["ntsh", "npsh"];

/// Company forms that registers glue to the end of the name
/// (`Berisha Companysh.a.`): stripped when at least [`GLUED_REST`] letters
/// stay, so that short names that happen to end alike (`Pasha`, `Berisha`)
/// are left whole.
const GLUED_SUFFIXES: &[&str] = &["shpk", "sha"];
const GLUED_REST: usize = 5;

/// One key for the spellings of one economic operator, so that
/// `"TALI" sh.p.k`, `Tali SHPK` and `TALI` group under `tali` in the
/// operator facet: folded (case, diacritics), quotes and punctuation
/// dropped, legal-form words removed wherever they stand (and forms glued
/// to the first or last word), and the rest written without
/// spaces, because registers split and join names freely (`Atom - Med`,
/// `AtomMed`, `B.M.W.`, `B M W`). `None` when nothing is left of the name
/// (empty or only a legal form).
pub fn operator_key(name: &str) -> Option<String> {
    match quoted_name(name) {
        Some(quoted) => key_of(quoted),
        None => key_of(name),
    }
}

const QUOTES: &[char] = &['"', '“', '”', '„', '«', '»'];

/// The firm's name when a register quotes it and adds at most one other
/// word outside the quotes besides legal forms (`NPT "ILIRIA" Gjilan`,
/// `"ARBENI TOURS" Ferizaj`): the word outside is the seat, not the name.
/// Not for joint bids (`"A" & "B"`, `A dhe B`), which are names of their own.
fn quoted_name(name: &str) -> Option<&str> {
    let open = name.find(QUOTES)?;
    let after_open = open + name[open..].chars().next()?.len_utf8();
    let close = after_open + name[after_open..].find(QUOTES)?;
    let inner = &name[after_open..close];
    let outside = format!("{} {}", &name[..open], &name[close..]);
    let joint = outside.contains(['&', '+']) || crate::analysis::fold(&outside).contains(" dhe ");
    let other_words = key_pieces(&outside).len();
    let named = inner.chars().filter(|c| c.is_alphanumeric()).count() >= 3;
    (named && !joint && other_words <= 1).then_some(inner)
}

fn key_of(name: &str) -> Option<String> {
    let mut kept = key_pieces(name);
    if let Some(first) = kept.first_mut() {
        *first = strip_glued_form(first).to_owned();
    }
    let key = strip_glued_suffix(&kept.concat()).to_owned();
    (!key.is_empty()).then_some(key)
}

/// The folded words of a name without its legal forms.
fn key_pieces(name: &str) -> Vec<String> {
    let folded = crate::analysis::fold(name);
    let pieces: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|p| !p.is_empty())
        .collect();
    let mut kept = Vec::with_capacity(pieces.len());
    let mut i = 0;
    while i < pieces.len() {
        match legal_form_at(&pieces[i..]) {
            Some(len) => i += len,
            None => {
                kept.push(pieces[i].to_owned());
                i += 1;
            }
        }
    }
    kept
}

fn strip_glued_suffix(key: &str) -> &str {
    GLUED_SUFFIXES
        .iter()
        .find_map(|form| key.strip_suffix(form))
        .filter(|rest| rest.chars().count() >= GLUED_REST)
        .unwrap_or(key)
}

fn strip_glued_form(word: &str) -> &str {
    GLUED_FORMS
        .iter()
        .find_map(|form| word.strip_prefix(form))
        .filter(|rest| rest.chars().count() >= 3)
        .unwrap_or(word)
}

/// How many pieces from the start spell a legal form: one whole word
/// (`shpk`), or the longest run of short pieces (`sh`,`p`,`k`).
fn legal_form_at(pieces: &[&str]) -> Option<usize> {
    let is_form = |s: &str| LEGAL_FORMS.contains(&s);
    let short_run = pieces
        .iter()
        .take_while(|p| p.chars().count() <= LEGAL_FORM_PIECE)
        .count();
    (2..=short_run.min(5))
        .rev()
        .find(|&len| is_form(&pieces[..len].concat()))
        .or_else(|| pieces.first().filter(|p| is_form(p)).map(|_| 1))
}

#[cfg(test)]
impl Act {
    /// An act with only an id and a type, every other field empty: tests
    /// fill in what they look at with `Act { field, ..Act::blank(id, t) }`.
    pub(crate) fn blank(id: ActId, act_type: ActType) -> Act {
        Act {
            id,
            act_type,
            title: String::new(),
            number: None,
            date: None,
            published: None,
            issuer: None,
            municipality: String::new(),
            text: String::new(),
            source: String::new(),
            sha256: String::new(),
            operator: None,
            value_eur: None,
            procurement_number: None,
            procedure: None,
            ocr: false,
            operator_key: None,
            operator_seat: None,
            operator_origin: None,
            estimated_value_eur: None,
            annex_value_eur: None,
            paid_eur: None,
            procedure_code: None,
            procurement_type: None,
            procurement_type_code: None,
            value_class: None,
            value_class_code: None,
            award_criterion: None,
            award_criterion_code: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operator_spellings_share_one_key() {
        let key = |s: &str| operator_key(s).unwrap_or_default();
        for spelling in [
            "\"TALI\" sh.p.k",
            "Tali SHPK",
            "TALI",
            " tali ",
            "Tali Sh.P.K.",
        ] {
            assert_eq!(key(spelling), "tali", "{spelling}");
        }
        for spelling in [
            "NPT \"ILIRIA\"",
            "N.T.P \"Iliria\"",
            "Iliria Sh.p.k.",
            "\"ILIRIA\" SH.A.",
            "N.SH. Iliria",
            "Iliria d.o.o.",
            "Iliria LLC",
            "NT Iliria",
        ] {
            assert_eq!(key(spelling), "iliria", "{spelling}");
        }
        assert_eq!(key("\"N.T.P. Drita\" SH.P.K."), "drita");
        assert_eq!(key("Ndërtimi-Çeliku sh.p.k"), "ndertimiceliku");
        assert_eq!(key("B.M.W. Trade"), "bmwtrade");
        assert_eq!(key("B M W Trade"), "bmwtrade");
        // Spellings of one firm in the real registers (Ferizaj, Lipjan,
        // Hani i Elezit, Prishtina).
        for spelling in [
            "N.T.SH. ,,Atom-Med,,",
            "NTSHATOM MED",
            "AtomMed SHPK",
            "NTP. \"Atommed\"",
            "Atom - Med",
            "NSH. \"Atom-Med\"",
        ] {
            assert_eq!(key(spelling), "atommed", "{spelling}");
        }
        assert_eq!(
            key("Nshala"),
            "nshala",
            "only the long clusters are glued forms"
        );
        for spelling in [
            "Berisha Companysh.a.",
            "Berisha Companysha",
            ",,BERISHA COMPANY,, Sha",
        ] {
            assert_eq!(key(spelling), "berishacompany", "{spelling}");
        }
        assert_eq!(key("Berisha"), "berisha");
        // A seat after the quoted name is not part of it; joint bids stay whole.
        assert_eq!(key("\"ARBENI TOURS\" Ferizaj"), "arbenitours");
        assert_eq!(key("NPT \"ILIRIA\" Gjilan"), "iliria");
        assert_eq!(
            key("“Berisha Company”&”Drini Company”-"),
            "berishacompanydrinicompany"
        );
        assert_eq!(key("\"Tali\" dhe \"Drita\""), "talidhedrita");
        assert_eq!(key("Pasha SHPK"), "pasha");
        assert_ne!(key("Tali Group"), key("Tali"));
        assert_eq!(operator_key("SH.P.K."), None);
        assert_eq!(operator_key("  \"\" "), None);
    }

    #[test]
    fn slugs_round_trip() {
        for t in ActType::ALL {
            assert_eq!(t.slug().parse::<ActType>().unwrap(), t);
            assert_eq!(serde_json::to_value(t).unwrap(), t.slug());
        }
    }

    #[test]
    fn labels_as_written_in_registers() {
        let cases = [
            ("Vendim", ActType::Vendim),
            ("VENDIMI", ActType::Vendim),
            ("Kontratë", ActType::Kontrate),
            ("kontrata", ActType::Kontrate),
            ("Njoftim për kontratë", ActType::NjoftimPerKontrate),
            ("njoftim_per_kontrate", ActType::NjoftimPerKontrate),
            ("Njoftim", ActType::Njoftim),
            ("Komunikatë për media", ActType::Komunikate),
            ("Procesverbal", ActType::Procesverbal),
            ("Ftesë", ActType::Ftese),
            ("Rregullore", ActType::Rregullore),
        ];
        for (raw, want) in cases {
            assert_eq!(ActType::from_label(raw), Some(want), "{raw}");
        }
        assert_eq!(ActType::from_label(""), None);
        assert_eq!(ActType::from_label("xyz"), None);
    }

    #[test]
    fn ids_are_stable_and_separated() {
        let a = ActId::from_key(&["Gjilan", "aktet/a.pdf"]);
        assert_eq!(a, ActId::from_key(&["Gjilan", "aktet/a.pdf"]));
        assert_ne!(ActId::from_key(&["ab", "c"]), ActId::from_key(&["a", "bc"]));
        assert_eq!(ActId::parse(a.as_str()), Some(a));
        assert_eq!(ActId::parse("../etc/passwd"), None);
    }

    #[test]
    fn source_file_strips_row() {
        assert_eq!(source_file("r.csv#row=3"), "r.csv");
        assert_eq!(source_file("a/b.pdf"), "a/b.pdf");
    }
}
