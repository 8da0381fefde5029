//! The datasets arkiva publishes: named slices of the archive that the data
//! package, the DCAT catalogue and the statistics page all list the same
//! way. A dataset is a filter on acts, so its download is an ordinary
//! export with that filter; adding a dataset here adds it everywhere.
//! Knows nothing of HTTP or of any one output format.

use crate::model::ActType;
use crate::search::SearchRequest;

/// One dataset: a stable machine name, what a person reads about it in
/// Albanian and English, and which acts it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dataset {
    /// Stable machine name (`acts`, `contracts`, …): the Data Package
    /// resource name and the file name of its CSV.
    pub name: &'static str,
    pub title_sq: &'static str,
    pub title_en: &'static str,
    pub description_sq: &'static str,
    pub description_en: &'static str,
    /// Keywords for catalogues (DCAT `dcat:keyword`), in each language.
    pub keywords_sq: &'static [&'static str],
    pub keywords_en: &'static [&'static str],
    /// The act types it holds; empty means every type.
    pub types: &'static [ActType],
}

/// Every dataset, the whole archive first.
pub const DATASETS: [Dataset; 3] = [
    Dataset {
        name: "acts",
        title_sq: "Aktet e komunës",
        title_en: "Municipal acts",
        description_sq: "Të gjitha aktet e publikuara: vendime, rregullore, procesverbale, kontrata, njoftime për kontratë, konkurse, shpallje, njoftime, raporte, komunikata për media dhe ftesa, me tekstin e plotë.",
        description_en: "Every published act: decisions, regulations, minutes, contracts, procurement notices, job competitions, announcements, notices, reports, press releases and invitations, with their full text.",
        keywords_sq: &["vendime", "rregullore", "procesverbale", "akte komunale", "kuvendi komunal"],
        keywords_en: &["decisions", "regulations", "minutes", "municipal acts", "municipal assembly"],
        types: &[],
    },
    Dataset {
        name: "contracts",
        title_sq: "Kontratat publike",
        title_en: "Public contracts",
        description_sq: "Kontratat e nënshkruara me operatorë ekonomikë: operatori, vlera në euro, data e nënshkrimit, procedura dhe numri i prokurimit.",
        description_en: "Contracts signed with economic operators: the operator, the value in euros, the signing date, the procedure and the procurement number.",
        keywords_sq: &["kontrata", "prokurim publik", "operatorë ekonomikë"],
        keywords_en: &["contracts", "public procurement", "economic operators"],
        types: &[ActType::Kontrate],
    },
    Dataset {
        name: "procurement-notices",
        title_sq: "Njoftimet për kontratë",
        title_en: "Procurement notices",
        description_sq: "Njoftimet e prokurimit: njoftime për kontratë, për dhënie të kontratës dhe për anulim.",
        description_en: "Procurement notices: contract notices, award notices and cancellations.",
        keywords_sq: &["prokurim publik", "njoftime për kontratë", "tendera"],
        keywords_en: &["public procurement", "contract notices", "tenders"],
        types: &[ActType::NjoftimPerKontrate],
    },
];

/// The votes dataset: sessions' agenda items with outcome and votes. Not a
/// filter on acts (so not in [`DATASETS`], and never given to
/// [`Dataset::request`]): its rows come from `crate::derived`, its columns
/// are `fields::VOTE_FIELDS`, its download `/api/votes.csv`.
pub const VOTES: Dataset = Dataset {
    name: "votes",
    title_sq: "Votimet në mbledhjet e Kuvendit",
    title_en: "Votes in Assembly sessions",
    description_sq: "Një rresht për çdo pikë të rendit të ditës së mbledhjeve të Kuvendit të Komunës dhe të komiteteve të tij: përfundimi (miratuar, nuk u miratua, u shty, u tërhoq), votat për, kundër dhe abstenimet siç i shkruan procesverbali, fjalia nga e cila janë lexuar dhe aktet e pikës.",
    description_en: "One row per agenda item of the sessions of the Municipal Assembly and its committees: the outcome (adopted, not adopted, postponed, withdrawn), the votes for, against and abstentions as the minutes state them, the sentence they were read from and the item's acts.",
    keywords_sq: &["votime", "kuvendi komunal", "mbledhje", "procesverbale"],
    keywords_en: &["votes", "municipal assembly", "sessions", "minutes"],
    types: &[],
};

/// The path of the votes dataset's CSV on the site.
pub const VOTES_CSV_PATH: &str = "/api/votes.csv";
/// The path of its Popolo JSON.
pub const VOTES_JSON_PATH: &str = "/api/votes.json";

impl Dataset {
    /// The dataset named `name`, if there is one.
    pub fn named(name: &str) -> Option<&'static Dataset> {
        DATASETS.iter().find(|d| d.name == name)
    }

    /// Every act of the dataset, as a search (paging is ignored by exports).
    pub fn request(&self) -> SearchRequest {
        let mut request = SearchRequest::default();
        request.filter.types = self.types.to_vec();
        request
    }

    /// The query-string pairs that select it on an export URL
    /// (`type=kontrate`); empty for the whole archive.
    pub fn query_pairs(&self) -> Vec<(&'static str, &'static str)> {
        self.types.iter().map(|t| ("type", t.slug())).collect()
    }

    /// Whether it holds procurement, and so has an OCDS distribution too.
    pub fn has_ocds(&self) -> bool {
        !self.types.is_empty()
            && self
                .types
                .iter()
                .all(|t| matches!(t, ActType::Kontrate | ActType::NjoftimPerKontrate))
    }

    /// The file name of its CSV in a written Data Package.
    pub fn csv_file(&self) -> String {
        format!("{}.csv", self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_safe_as_file_names() {
        for (i, d) in DATASETS.iter().enumerate() {
            assert!(d.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
            assert!(DATASETS[..i].iter().all(|e| e.name != d.name));
            assert_eq!(Dataset::named(d.name), Some(d));
        }
    }

    #[test]
    fn only_procurement_datasets_have_ocds() {
        let ocds: Vec<&str> = DATASETS
            .iter()
            .filter(|d| d.has_ocds())
            .map(|d| d.name)
            .collect();
        assert_eq!(ocds, ["contracts", "procurement-notices"]);
        assert_eq!(
            Dataset::named("contracts").unwrap().query_pairs(),
            [("type", "kontrate")]
        );
        assert!(Dataset::named("acts").unwrap().query_pairs().is_empty());
    }
}
