//! What a register says about itself rather than about its contracts: the
//! contracting authority (hence the municipality) and the fiscal year.
//!
//! The KRPP annual report carries them in "Pjesa I" of the form: above the
//! contracts table in the spreadsheet (a label cell, the value further
//! right), or as a separate `*-metadata.csv` beside the data CSV (a row of
//! labels over a row of values). A folder named after a municipality
//! (`procurements/Gjilan/2011.csv`) says it too. Owns reading those; ingest
//! decides the precedence (cell > metadata > folder > `--municipality`).

use std::path::Path;

use super::columns::fold;
use super::Table;
use crate::ingest::municipality;

/// Folded labels of the form's "Pjesa I": a label followed by another label
/// has its value in the row below.
const LABELS: &[&str] = &[
    "data e pergatitjes",
    "viti fiskal",
    "emri zyrtar i autoritetit kontraktues",
    "lloji i autoritetit kontraktues",
    "kodi buxhetor",
    "adresa",
    "kodi postar",
    "tel fiks",
    "emri i menaxherit",
    "e mail adresa",
    "adresa e webit",
];

const AUTHORITY: &str = "emri zyrtar i autoritetit kontraktues";
const YEAR: &str = "viti fiskal";

/// The municipality and year a register's metadata gives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegisterMeta {
    /// The contracting authority as written (`Komuna e Gjilanit`).
    pub authority: Option<String>,
    /// The municipality it is, as arkiva stores it (`Gjilan`).
    pub municipality: Option<String>,
    /// The fiscal year the form states.
    pub year: Option<i32>,
}

impl RegisterMeta {
    pub fn is_empty(&self) -> bool {
        self.authority.is_none() && self.year.is_none()
    }

    /// Fills what `self` lacks from `other`.
    pub fn or(self, other: RegisterMeta) -> RegisterMeta {
        RegisterMeta {
            authority: self.authority.or(other.authority),
            municipality: self.municipality.or(other.municipality),
            year: self.year.or(other.year),
        }
    }
}

fn is_label(cell: &str, label: &str) -> bool {
    let folded = fold(cell);
    folded == label || folded.starts_with(&format!("{label} "))
}

fn is_any_label(cell: &str) -> bool {
    LABELS.iter().any(|l| is_label(cell, l))
}

/// Reads the metadata from rows of cells: the rows of a `*-metadata.csv`,
/// or the rows above a register's header.
pub fn from_rows(rows: &[Vec<String>]) -> RegisterMeta {
    let authority = find_value(rows, AUTHORITY);
    let municipality = authority.as_deref().and_then(municipality_of_authority);
    let year = find_value(rows, YEAR).and_then(|y| parse_year(&y));
    RegisterMeta {
        authority,
        municipality,
        year,
    }
}

/// Reads a `*-metadata.csv` already decoded into a table.
pub fn from_table(table: &Table) -> RegisterMeta {
    let rows: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|r| r.cells.iter().map(|c| c.trim().to_owned()).collect())
        .filter(|cells: &Vec<String>| cells.iter().any(|c| !c.is_empty()))
        .collect();
    from_rows(&rows)
}

/// The value of a label: the next non-empty cell to its right (the form's
/// layout), unless that is another label or there is none, in which case
/// the cell below it (a row of labels over a row of values).
fn find_value(rows: &[Vec<String>], label: &str) -> Option<String> {
    for (r, cells) in rows.iter().enumerate() {
        let Some(col) = cells.iter().position(|c| is_label(c, label)) else {
            continue;
        };
        let right = cells
            .iter()
            .skip(col + 1)
            .find(|c| !c.is_empty())
            .filter(|c| !is_any_label(c));
        let value = right
            .or_else(|| rows.get(r + 1).and_then(|below| below.get(col)))
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty());
        if value.is_some() {
            return value;
        }
    }
    None
}

/// `Komuna e Gjilanit` → `Gjilan`; an authority that is not a municipality
/// (a ministry, a public company) gives none.
fn municipality_of_authority(authority: &str) -> Option<String> {
    municipality::from_header_line(authority).or_else(|| municipality::known(authority))
}

/// A four-digit year in 1990–2100, from `2016` or `2016.0` (a spreadsheet number).
fn parse_year(cell: &str) -> Option<i32> {
    let digits = cell.trim().trim_end_matches(".0");
    let year: i32 = digits.parse().ok()?;
    (1990..=2100).contains(&year).then_some(year)
}

/// True for a metadata sheet's file name (`gjilan-2015-metadata.csv`).
pub fn is_metadata_file(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower.ends_with("-metadata.csv") || lower.ends_with("_metadata.csv")
}

/// The metadata sheet that goes with a register: `x-data.csv` and `x.csv`
/// go with `x-metadata.csv` in the same folder.
pub fn sibling_name(register_file_name: &str) -> Option<String> {
    let stem = register_file_name
        .strip_suffix(".csv")
        .or_else(|| register_file_name.strip_suffix(".CSV"))?;
    let base = stem
        .strip_suffix("-data")
        .or_else(|| stem.strip_suffix("_data"))
        .unwrap_or(stem);
    Some(format!("{base}-metadata.csv"))
}

/// The municipality a register's folder names (`procurements/Gjilan/2011.csv`,
/// `lipjan/2017.csv`), the innermost such folder first; `None` when no folder
/// of the path is a municipality.
pub fn municipality_from_path(source: &str) -> Option<String> {
    let path = Path::new(source);
    path.parent()?
        .components()
        .rev()
        .filter_map(|c| c.as_os_str().to_str())
        .find_map(municipality::known)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
            .collect()
    }

    #[test]
    fn metadata_sheet_labels_over_values() {
        let meta = from_rows(&rows(&[
            &[
                "Data e përgatitjes së raportit:",
                "Viti fiskal : ",
                "Emri zyrtar i Autoritetit Kontraktues",
                "Kodi buxhetor",
            ],
            &["20.01.2016", "2016", "Komuna e Gjilanit", "Gl 651"],
        ]));
        assert_eq!(meta.municipality.as_deref(), Some("Gjilan"));
        assert_eq!(meta.authority.as_deref(), Some("Komuna e Gjilanit"));
        assert_eq!(meta.year, Some(2016));
    }

    #[test]
    fn form_labels_with_values_to_the_right() {
        let meta = from_rows(&rows(&[
            &[
                "",
                "Data e përgatitjes së raportit:",
                "",
                "20.01.2016",
                "Viti fiskal : ",
                "2015.0",
            ],
            &[
                "",
                "Emri zyrtar i Autoritetit Kontraktues",
                "",
                "",
                "Komuna e Hanit të Elezit",
            ],
        ]));
        assert_eq!(meta.municipality.as_deref(), Some("Hani i Elezit"));
        assert_eq!(meta.year, Some(2015));
    }

    #[test]
    fn not_a_municipality() {
        let meta = from_rows(&rows(&[
            &["Emri zyrtar i Autoritetit Kontraktues", "Kodi buxhetor"],
            &["Ministria e Shëndetësisë", "100"],
        ]));
        assert_eq!(meta.authority.as_deref(), Some("Ministria e Shëndetësisë"));
        assert_eq!(meta.municipality, None);
    }

    #[test]
    fn file_names_and_folders() {
        assert!(is_metadata_file("gjilan-2015-metadata.csv"));
        assert!(!is_metadata_file("gjilan-2015-data.csv"));
        assert_eq!(
            sibling_name("gjilan-2015-data.csv").as_deref(),
            Some("gjilan-2015-metadata.csv")
        );
        assert_eq!(
            municipality_from_path("procurements/Gjilan/2011.csv").as_deref(),
            Some("Gjilan")
        );
        assert_eq!(
            municipality_from_path("data/procurements/Hani i Elezit/2012.csv").as_deref(),
            Some("Hani i Elezit")
        );
        assert_eq!(
            municipality_from_path("x/Vitia/2012.csv").as_deref(),
            Some("Viti")
        );
        assert_eq!(
            municipality_from_path("data/lipjan/2017.csv").as_deref(),
            Some("Lipjan")
        );
        assert_eq!(
            municipality_from_path("data/procurements/new/2017.csv"),
            None
        );
        assert_eq!(municipality_from_path("2017.csv"), None);
    }
}
