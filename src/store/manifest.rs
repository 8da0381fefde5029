//! The manifest: every source file the store holds, by the path it was
//! ingested under, with its content hash and the options it was read with.
//! It is what an incremental ingest compares against (an entry that still
//! matches is not read again) and what a rebuild lays out again.
//!
//! Each version is saved content-addressed (`store/manifests/<sha256>.json`)
//! before the index commit that names it in its payload, and `MANIFEST`
//! names the newest one whose commit went through; older versions are
//! deleted only after that, so whichever commit survives a crash, the
//! manifest it names is on disk.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{write_atomically, Store, StoreError};
use crate::model::{sha256_hex, ActId};

/// The manifests' folder inside the store.
pub const DIR: &str = "manifests";
/// The file naming the newest committed manifest (for a rebuild without an index).
const POINTER: &str = "MANIFEST";

/// The options a file was ingested with: what changes the acts read from
/// the same bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The municipality of acts that do not name one.
    pub municipality: String,
    /// Whether scanned pages were read with OCR.
    pub ocr: bool,
}

impl Settings {
    /// The settings' own content hash (the key entries refer to them by).
    pub fn key(&self) -> String {
        let json = serde_json::to_vec(self).unwrap_or_default();
        sha256_hex(&json)[..16].to_owned()
    }
}

/// One source file as last ingested.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    pub sha256: String,
    /// The lowercase extension its copy in the store carries.
    pub ext: String,
    /// The key of its [`Settings`] in [`Manifest::settings`].
    pub settings: String,
    /// For a PDF described by a register row: that register as it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub register: Option<Attachment>,
    /// For a register: the PDFs its rows name, each with whether it was
    /// in the ingested folders (its row then went to that PDF's act).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub refers: BTreeMap<String, bool>,
    /// For a PDF: the act it became (none when it could not be read or was
    /// a copy of another file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub act: Option<ActId>,
}

/// The register (and its content) whose row was merged into a PDF's act.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    pub source: String,
    pub sha256: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub settings: BTreeMap<String, Settings>,
    pub files: BTreeMap<String, FileEntry>,
}

impl Manifest {
    /// Records a file; its settings are added under their key.
    pub fn record(&mut self, source: &str, settings: &Settings, mut entry: FileEntry) {
        let key = settings.key();
        entry.settings.clone_from(&key);
        self.settings.entry(key).or_insert_with(|| settings.clone());
        self.files.insert(source.to_owned(), entry);
    }

    /// The settings a recorded file was read with.
    pub fn settings_of(&self, entry: &FileEntry) -> Option<&Settings> {
        self.settings.get(&entry.settings)
    }

    /// Saves this version under its hash and returns the hash.
    pub fn save(&self, store: &Store) -> Result<String, StoreError> {
        let json = serde_json::to_vec_pretty(self).unwrap_or_default();
        let hash = sha256_hex(&json);
        let path = store.dir().join(DIR).join(format!("{hash}.json"));
        if !path.is_file() {
            write_atomically(&path, &json)?;
        }
        Ok(hash)
    }

    /// The version saved under `hash`.
    pub fn load(store: &Store, hash: &str) -> Result<Manifest, StoreError> {
        if !super::is_hash(hash) {
            return Err(StoreError::NotAHash(hash.to_owned()));
        }
        let path = store.dir().join(DIR).join(format!("{hash}.json"));
        let bytes = std::fs::read(&path).map_err(|source| StoreError::Read {
            path: path.clone(),
            source,
        })?;
        serde_json::from_slice(&bytes).map_err(|e| StoreError::Damaged {
            path,
            reason: e.to_string(),
        })
    }

    /// The newest version whose commit went through, by the pointer file;
    /// `None` when the store has none yet.
    pub fn latest(store: &Store) -> Result<Option<(String, Manifest)>, StoreError> {
        let path = store.dir().join(POINTER);
        let hash = match std::fs::read_to_string(&path) {
            Ok(text) => text.trim().to_owned(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(StoreError::Read { path, source }),
        };
        Ok(Some((hash.clone(), Manifest::load(store, &hash)?)))
    }

    /// When the last ingest's commit went through (the pointer's time);
    /// `None` before the first.
    pub fn settled_at(store: &Store) -> Option<std::time::SystemTime> {
        std::fs::metadata(store.dir().join(POINTER))
            .and_then(|m| m.modified())
            .ok()
    }

    /// Names `hash` as the newest committed version and deletes every other
    /// version (called only once the commit naming `hash` went through).
    pub fn settle(store: &Store, hash: &str) -> Result<(), StoreError> {
        write_atomically(&store.dir().join(POINTER), hash.as_bytes())?;
        let keep = format!("{hash}.json");
        if let Ok(entries) = std::fs::read_dir(store.dir().join(DIR)) {
            for entry in entries.flatten() {
                if entry.file_name().to_string_lossy() != keep {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> Settings {
        Settings {
            municipality: "Gjilan".into(),
            ocr: true,
        }
    }

    fn entry(sha: char) -> FileEntry {
        FileEntry {
            sha256: sha.to_string().repeat(64),
            ext: "pdf".into(),
            settings: String::new(),
            register: None,
            refers: BTreeMap::new(),
            act: None,
        }
    }

    #[test]
    fn versions_round_trip_and_settle_keeps_only_the_named_one() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::beside(dir.path()).unwrap();
        assert!(Manifest::latest(&store).unwrap().is_none());
        let mut first = Manifest::default();
        first.record("a.pdf", &settings(), entry('a'));
        let h1 = first.save(&store).unwrap();
        Manifest::settle(&store, &h1).unwrap();
        let mut second = first.clone();
        second.record("b.pdf", &settings(), entry('b'));
        let h2 = second.save(&store).unwrap();
        // Not settled yet: a crash here leaves the first as the latest.
        assert_eq!(Manifest::latest(&store).unwrap().unwrap().1, first);
        Manifest::settle(&store, &h2).unwrap();
        assert_eq!(
            Manifest::latest(&store).unwrap(),
            Some((h2.clone(), second))
        );
        assert!(Manifest::load(&store, &h1).is_err());
        assert!(matches!(
            Manifest::load(&store, "../x"),
            Err(StoreError::NotAHash(_))
        ));
    }

    #[test]
    fn settings_are_kept_once_by_key() {
        let mut manifest = Manifest::default();
        manifest.record("a.pdf", &settings(), entry('a'));
        manifest.record("b.pdf", &settings(), entry('b'));
        let other = Settings {
            ocr: false,
            ..settings()
        };
        manifest.record("c.pdf", &other, entry('c'));
        assert_eq!(manifest.settings.len(), 2);
        let c = &manifest.files["c.pdf"];
        assert_eq!(manifest.settings_of(c), Some(&other));
        assert_ne!(settings().key(), other.key());
    }
}
