//! What arkiva derives from the whole archive after every ingest: the
//! Assembly's sessions and the links between acts, saved as one JSON file
//! beside the index and read by the web service and the exports.
//!
//! Owns: [`Derived`], its file ([`FILE`], written through a temporary file
//! and a rename so a crash never leaves half of it), [`SideRegisters`] (the
//! sessions and councillors registers, which are not acts and so are kept
//! here, by source, across runs) and [`Cache`], which re-reads the file when
//! an ingest replaced it. Building is [`rebuild`]: sessions from
//! `sessions::build`, links from `links::LinkGraph`. Must not touch HTTP or
//! the index schema; it reads acts through [`Archive`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::index::Archive;
use crate::links::LinkGraph;
use crate::sessions::councillors::Councillors;
use crate::sessions::record::{Session, SessionId};
use crate::sessions::register::SessionEntry;

/// The file inside the index directory.
pub const FILE: &str = "derived.json";

#[derive(Debug, thiserror::Error)]
pub enum DerivedError {
    #[error("cannot read the archive: {0}")]
    Index(#[from] crate::index::IndexError),
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot read {path}: {message}")]
    Read { path: PathBuf, message: String },
}

/// Registers that describe sessions and councillors rather than acts, by
/// source path (relative to the ingested folder, as acts' `source`). A later
/// run that reads the same file replaces its entry; others are kept.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SideRegisters {
    pub sessions: BTreeMap<String, Vec<SessionEntry>>,
    pub councillors: BTreeMap<String, Councillors>,
}

impl SideRegisters {
    /// `newer`'s files replace this one's.
    pub fn update(&mut self, newer: SideRegisters) {
        self.sessions.extend(newer.sessions);
        self.councillors.extend(newer.councillors);
    }

    /// Every councillor of every register, one list.
    pub fn all_councillors(&self) -> Councillors {
        Councillors {
            list: self
                .councillors
                .values()
                .flat_map(|c| c.list.iter().cloned())
                .collect(),
        }
    }
}

/// Sessions and links of one archive.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Derived {
    /// Newest first.
    pub sessions: Vec<Session>,
    pub links: LinkGraph,
    pub registers: SideRegisters,
}

impl Derived {
    pub fn session(&self, id: &SessionId) -> Option<&Session> {
        self.sessions.iter().find(|s| &s.id == id)
    }

    /// The sessions an act belongs to (as invitation, minutes, adopted act or press release).
    pub fn sessions_of<'a>(
        &'a self,
        act: &'a crate::model::ActId,
    ) -> impl Iterator<Item = &'a Session> + 'a {
        self.sessions
            .iter()
            .filter(move |s| s.documents.iter().any(|d| &d.id == act))
    }

    /// Reads the file in `index_dir`; a missing file is an empty store (an
    /// index built before sessions existed).
    pub fn load(index_dir: &Path) -> Result<Derived, DerivedError> {
        let path = index_dir.join(FILE);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Derived::default()),
            Err(e) => {
                return Err(DerivedError::Read {
                    path,
                    message: e.to_string(),
                })
            }
        };
        serde_json::from_slice(&bytes).map_err(|e| DerivedError::Read {
            path,
            message: e.to_string(),
        })
    }

    /// Writes the file in `index_dir` through a temporary file and a rename.
    pub fn save(&self, index_dir: &Path) -> Result<(), DerivedError> {
        let path = index_dir.join(FILE);
        let tmp = index_dir.join(format!(".{FILE}.tmp"));
        let write = || -> std::io::Result<()> {
            let bytes = serde_json::to_vec(self).map_err(std::io::Error::other)?;
            std::fs::write(&tmp, bytes)?;
            std::fs::File::open(&tmp)?.sync_all()?;
            std::fs::rename(&tmp, &path)
        };
        write().map_err(|source| DerivedError::Write { path, source })
    }
}

/// Rebuilds sessions and links from every act in the archive and the side
/// registers, and saves them when the archive lives on disk.
pub fn rebuild(archive: &Archive, registers: SideRegisters) -> Result<Derived, DerivedError> {
    let mut acts = archive.all_acts()?;
    // Index order depends on how ingests and merges went; what is built
    // must not (two minutes of one session: the same one wins every time).
    acts.sort_by(|a, b| a.id.cmp(&b.id));
    let links = LinkGraph::build(&acts, &crate::links::MemoryLookup::of(&acts));
    let sessions = crate::sessions::build::sessions(&acts, &registers);
    let derived = Derived {
        sessions,
        links,
        registers,
    };
    if !archive.dir().as_os_str().is_empty() {
        derived.save(archive.dir())?;
    }
    Ok(derived)
}

/// The derived store as the web service holds it: loaded once, and loaded
/// again when an ingest has replaced the file since.
#[derive(Clone, Default)]
pub struct Cache {
    dir: PathBuf,
    held: Arc<Mutex<Held>>,
}

/// A loaded store and what every search asks of it, worked out once per load.
#[derive(Default)]
struct Held {
    modified: Option<SystemTime>,
    derived: Arc<Derived>,
    repealed: Arc<crate::search::Repealed>,
}

impl Cache {
    pub fn new(index_dir: &Path) -> Cache {
        Cache {
            dir: index_dir.to_path_buf(),
            held: Arc::default(),
        }
    }

    /// The current store. A file that cannot be read keeps the last good
    /// store (an ingest may be writing it), logged, never an error to a reader.
    pub fn get(&self) -> Arc<Derived> {
        self.with_current(|held| held.derived.clone())
    }

    /// The acts no longer in force in the current store, computed once per
    /// load rather than on every search.
    pub fn repealed(&self) -> Arc<crate::search::Repealed> {
        self.with_current(|held| held.repealed.clone())
    }

    fn with_current<T>(&self, read: impl FnOnce(&Held) -> T) -> T {
        // An in-memory archive has no file; never read one from the working folder.
        if self.dir.as_os_str().is_empty() {
            return read(&Held::default());
        }
        let modified = std::fs::metadata(self.dir.join(FILE))
            .and_then(|m| m.modified())
            .ok();
        let mut held = match self.held.lock() {
            Ok(held) => held,
            Err(poisoned) => poisoned.into_inner(),
        };
        if modified.is_some() && held.modified != modified {
            match Derived::load(&self.dir) {
                Ok(derived) => {
                    *held = Held {
                        modified,
                        repealed: Arc::new(derived.links.repealed().into()),
                        derived: Arc::new(derived),
                    }
                }
                Err(e) => tracing::warn!("{e}"),
            }
        }
        read(&held)
    }
}

/// Deletes the derived data of the index in `index_dir` (before a rebuild
/// from the store, so no register of a file it lacks survives).
pub fn remove(index_dir: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(index_dir.join(FILE)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_reads_the_file_again_after_an_ingest_replaced_it() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path());
        assert!(
            cache.get().sessions.is_empty(),
            "no file yet: an empty store"
        );
        let mut derived = Derived::default();
        derived.links.links.push(crate::links::Link {
            from: crate::model::ActId::from_key(&["a"]),
            to: crate::model::ActId::from_key(&["b"]),
            relation: crate::links::Relation::Repeals,
            raw: "Vendimi 1".into(),
            sentence: "Shfuqizohet Vendimi 1.".into(),
        });
        derived.save(dir.path()).unwrap();
        assert_eq!(cache.get().links.repealed().len(), 1);
        assert_eq!(cache.repealed().len(), 1);
        std::fs::write(dir.path().join(FILE), b"{ broken").unwrap();
        assert_eq!(
            cache.get().links.links.len(),
            1,
            "a broken file keeps the last good store"
        );
        assert!(Cache::new(Path::new("")).get().links.links.is_empty());
    }
}
