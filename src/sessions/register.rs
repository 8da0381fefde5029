//! The sessions register: the CSV the information office keeps of the
//! Assembly's and committees' sessions (date, body, ordinal, kind, video
//! URLs), read into [`SessionEntry`] rows.
//!
//! Owns: recognising the register by its header ([`is_sessions_header`]) and
//! reading it ([`read`]). A bad row is reported with line, column and value
//! and skipped; the rest is read. Must not touch the index, ingest or web.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::record::SessionKind;

/// One row of the register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionEntry {
    /// The row's line in the file (1 = header).
    pub line: u64,
    /// The municipality the row names, when it has such a column.
    pub municipality: Option<String>,
    pub date: NaiveDate,
    /// The body as written ("Kuvendi i Komunës", "Komiteti për Politikë dhe Financa").
    pub body: String,
    pub ordinal: Option<u32>,
    pub kind: Option<SessionKind>,
    /// http(s) URLs of the recordings.
    pub recordings: Vec<String>,
}
