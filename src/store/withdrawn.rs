//! Withdrawn acts: an act taken out of the index (say, one that exposes
//! personal data) with the reason, kept here whole so it can be reinstated,
//! and the append-only audit log of every withdrawal and reinstatement.
//!
//! Only the list and the log live here; taking the act out of the index is
//! `ingest::withdraw`'s job.

use std::collections::BTreeMap;
use std::io::Write;

use serde::{Deserialize, Serialize};

use super::{write_atomically, Store, StoreError};
use crate::model::{Act, ActId};

const FILE: &str = "withdrawn.json";
/// One JSON object per line, never rewritten.
pub const AUDIT_LOG: &str = "audit.log";

/// One withdrawn act.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Withdrawal {
    pub reason: String,
    /// RFC 3339.
    pub at: String,
    /// The act as the index last held it (an ingest of a newer version
    /// updates it here, not in the index).
    pub act: Act,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Withdrawals {
    pub acts: BTreeMap<ActId, Withdrawal>,
}

impl Withdrawals {
    /// The list in `store`; empty when nothing was ever withdrawn.
    pub fn load(store: &Store) -> Result<Withdrawals, StoreError> {
        let path = store.dir().join(FILE);
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| StoreError::Damaged {
                path,
                reason: e.to_string(),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Withdrawals::default()),
            Err(source) => Err(StoreError::Read { path, source }),
        }
    }

    pub fn save(&self, store: &Store) -> Result<(), StoreError> {
        let json = serde_json::to_vec_pretty(self).unwrap_or_default();
        write_atomically(&store.dir().join(FILE), &json)
    }

    pub fn get(&self, id: &ActId) -> Option<&Withdrawal> {
        self.acts.get(id)
    }
}

/// What an audit entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Withdraw,
    Reinstate,
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: String,
    pub action: Action,
    pub id: ActId,
    pub title: String,
    pub reason: String,
    /// The account that ran the command (`$USER`), when known.
    pub by: Option<String>,
}

/// Appends one entry to the audit log and syncs it.
pub fn audit(store: &Store, entry: &AuditEntry) -> Result<(), StoreError> {
    let path = store.dir().join(AUDIT_LOG);
    let failed = |source| StoreError::Write {
        path: path.clone(),
        source,
    };
    std::fs::create_dir_all(store.dir()).map_err(failed)?;
    let mut line = serde_json::to_vec(entry).unwrap_or_default();
    line.push(b'\n');
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .map_err(failed)?;
    file.write_all(&line).map_err(failed)?;
    file.sync_all().map_err(failed)
}

/// Every entry of the audit log, oldest first.
pub fn audit_log(store: &Store) -> Result<Vec<AuditEntry>, StoreError> {
    let path = store.dir().join(AUDIT_LOG);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(StoreError::Read { path, source }),
    };
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, line)| {
            serde_json::from_str(line).map_err(|e| StoreError::Damaged {
                path: path.clone(),
                reason: format!("line {}: {e}", i + 1),
            })
        })
        .collect()
}
