//! The store beside the index: every ingested source file kept byte for
//! byte under its SHA-256 (`store/files/<sha256>.<ext>`), the manifest of
//! which source path held which content with which options
//! ([`manifest`]), and the withdrawn acts with their audit log
//! ([`withdrawn`]). The index can be rebuilt from this folder alone, and
//! `/acts/{id}/file` serves exactly the bytes ingested.
//!
//! Every file here is written to a temporary name, synced and renamed, so a
//! crash never leaves half a file under a final name. No request can name a
//! path here: only a hash, checked to be one, turns into a file name.
//! Knows nothing of tantivy, ingest rules or HTTP.

pub mod manifest;
pub mod withdrawn;

use std::io::Write;
use std::path::{Path, PathBuf};

/// The store's folder inside the index directory.
pub const DIR: &str = "store";
const FILES: &str = "files";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is damaged: {reason}")]
    Damaged { path: PathBuf, reason: String },
    #[error("'{0}' is not a content hash")]
    NotAHash(String),
}

/// The store of one index directory.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// The store beside the index in `index_dir`; `None` for an index in memory.
    pub fn beside(index_dir: &Path) -> Option<Store> {
        (!index_dir.as_os_str().is_empty()).then(|| Store {
            dir: index_dir.join(DIR),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where the file with this content and extension lives (it may not
    /// exist); `None` unless `sha256` is 64 hex digits and `ext` a plain
    /// extension, so no caller can build a path out of the store.
    pub fn file(&self, sha256: &str, ext: &str) -> Option<PathBuf> {
        let plain_ext = !ext.is_empty()
            && ext.len() <= 8
            && ext
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        (is_hash(sha256) && plain_ext).then(|| self.dir.join(FILES).join(format!("{sha256}.{ext}")))
    }

    /// Keeps a copy of a source file under its hash; a copy already there
    /// is left alone (same hash, same bytes).
    pub fn keep(&self, sha256: &str, ext: &str, bytes: &[u8]) -> Result<PathBuf, StoreError> {
        let target = self
            .file(sha256, ext)
            .ok_or_else(|| StoreError::NotAHash(format!("{sha256}.{ext}")))?;
        if !target.is_file() {
            write_atomically(&target, bytes)?;
        }
        Ok(target)
    }

    /// Removes temporary files a killed run left behind (they never carry
    /// a final name, so nothing else can have read them).
    pub fn clean_temporary(&self) {
        for dir in [
            self.dir.clone(),
            self.dir.join(FILES),
            self.dir.join(manifest::DIR),
        ] {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                if entry.file_name().to_string_lossy().ends_with(TEMPORARY) {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
    }
}

/// The bytes of every file under `dir`, however deep (what a backup of it
/// copies); unreadable entries count as nothing.
pub fn bytes_under(dir: &Path) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

/// True for 64 hex digits.
pub fn is_hash(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The ending of every temporary file in the store.
const TEMPORARY: &str = ".tmp";

/// Writes `bytes` to `target` through a synced temporary file in the same
/// folder and a rename, then syncs the folder so the rename itself survives
/// a power cut.
pub(crate) fn write_atomically(target: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let failed = |source| StoreError::Write {
        path: target.to_path_buf(),
        source,
    };
    let dir = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(failed)?;
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}{TEMPORARY}", std::process::id()));
    let written = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, target)?;
        std::fs::File::open(dir)?.sync_all()
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written.map_err(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_hashes_and_plain_extensions_name_files() {
        let store = Store::beside(Path::new("/idx")).unwrap();
        assert!(store.file(&"a".repeat(64), "pdf").is_some());
        assert!(store.file("../../etc/passwd", "pdf").is_none());
        assert!(store.file(&"g".repeat(64), "pdf").is_none());
        assert!(store.file(&"a".repeat(64), "../x").is_none());
        assert!(store.file(&"a".repeat(64), "").is_none());
        assert!(Store::beside(Path::new("")).is_none());
    }

    #[test]
    fn keeps_a_copy_once_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::beside(dir.path()).unwrap();
        let sha = "b".repeat(64);
        let path = store.keep(&sha, "pdf", b"%PDF-1.4").unwrap();
        store.keep(&sha, "pdf", b"%PDF-1.4").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"%PDF-1.4");
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[test]
    fn temporary_files_of_a_killed_run_are_cleaned() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::beside(dir.path()).unwrap();
        let files = dir.path().join(DIR).join(FILES);
        std::fs::create_dir_all(&files).unwrap();
        std::fs::write(files.join(".x.pdf.1.tmp"), b"half").unwrap();
        std::fs::write(files.join("kept.pdf"), b"whole").unwrap();
        store.clean_temporary();
        assert!(!files.join(".x.pdf.1.tmp").exists());
        assert!(files.join("kept.pdf").exists());
    }
}
