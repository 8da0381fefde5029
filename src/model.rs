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

#[cfg(test)]
mod tests {
    use super::*;

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
