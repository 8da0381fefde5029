//! Rebuilding the index from the store alone: the files the store's
//! manifest lists are laid out again under the paths they were ingested
//! from (so registers still find their PDFs and metadata sheets, and
//! folders still name municipalities) and ingested afresh with the options
//! each was ingested with. Withdrawn acts stay withdrawn.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use super::{IngestError, IngestOptions, IngestReport, Worker};
use crate::index::Archive;
use crate::store::manifest::{FileEntry, Manifest, Settings};
use crate::store::Store;

/// Where the files are laid out, inside the index directory (hidden, so it
/// is never taken for part of a data folder).
const TREE: &str = ".rebuild";

/// Deletes the index in `index_dir` and builds it again from its store.
/// `worker(ocr)` gives the PDF reader for files ingested with or without OCR.
pub fn from_store(
    index_dir: &Path,
    worker: impl Fn(bool) -> Option<Worker>,
    progress: bool,
) -> Result<Vec<IngestReport>, IngestError> {
    let store = Store::beside(index_dir).ok_or(IngestError::NoManifest(index_dir.into()))?;
    let (_, manifest) =
        Manifest::latest(&store)?.ok_or_else(|| IngestError::NoManifest(index_dir.into()))?;
    let trees = lay_out(&store, &manifest, &index_dir.join(TREE))?;
    let io = |source| IngestError::Rebuild {
        path: index_dir.to_path_buf(),
        source,
    };
    crate::index::remove(index_dir).map_err(io)?;
    crate::derived::remove(index_dir).map_err(io)?;
    let archive = Archive::open_or_create(index_dir)?;
    let mut reports = Vec::new();
    for (settings, root) in trees {
        let options = IngestOptions {
            roots: vec![root],
            municipality: settings.municipality.clone(),
            progress,
            worker: worker(settings.ocr),
            ocr: settings.ocr,
            prune: false,
            checkpoint_every: super::CHECKPOINT_EVERY,
        };
        reports.push(super::run(&archive, &options)?);
    }
    std::fs::remove_dir_all(index_dir.join(TREE)).map_err(io)?;
    Ok(reports)
}

/// Links (or copies) every file of the manifest to `tree/<settings>/<source>`;
/// one folder per set of options. Checks each file's hash on the way.
fn lay_out(
    store: &Store,
    manifest: &Manifest,
    tree: &Path,
) -> Result<Vec<(Settings, PathBuf)>, IngestError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| IngestError::Rebuild { path, source }
    };
    if tree.exists() {
        std::fs::remove_dir_all(tree).map_err(io(tree))?;
    }
    let mut roots: BTreeMap<String, (Settings, PathBuf)> = BTreeMap::new();
    for (source, entry) in &manifest.files {
        let Some(settings) = manifest.settings_of(entry) else {
            continue;
        };
        let root = &roots
            .entry(entry.settings.clone())
            .or_insert_with(|| (settings.clone(), tree.join(&entry.settings)))
            .1;
        let target = root.join(safe_relative(source).ok_or_else(|| damaged(store, source))?);
        let blob = blob(store, source, entry)?;
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        if std::fs::hard_link(&blob, &target).is_err() {
            std::fs::copy(&blob, &target).map_err(io(&target))?;
        }
    }
    Ok(roots.into_values().collect())
}

/// The stored copy of a manifest entry, checked against its hash.
fn blob(store: &Store, source: &str, entry: &FileEntry) -> Result<PathBuf, IngestError> {
    let path = store
        .file(&entry.sha256, &entry.ext)
        .ok_or_else(|| damaged(store, source))?;
    let bytes = std::fs::read(&path).map_err(|e| IngestError::Rebuild {
        path: path.clone(),
        source: e,
    })?;
    if crate::model::sha256_hex(&bytes) != entry.sha256 {
        return Err(IngestError::Store(crate::store::StoreError::Damaged {
            path,
            reason: format!("its content no longer has the hash of '{source}'"),
        }));
    }
    Ok(path)
}

/// A manifest path as a relative path with no way out of its folder.
fn safe_relative(source: &str) -> Option<PathBuf> {
    let path = Path::new(source);
    let plain = path.components().all(|c| matches!(c, Component::Normal(_)));
    (plain && !source.is_empty()).then(|| path.to_path_buf())
}

fn damaged(store: &Store, source: &str) -> IngestError {
    IngestError::Store(crate::store::StoreError::Damaged {
        path: store.dir().to_path_buf(),
        reason: format!("the manifest's entry for '{source}' names no file of the store"),
    })
}

#[cfg(test)]
mod tests {
    use super::safe_relative;

    #[test]
    fn manifest_paths_cannot_leave_the_tree() {
        assert!(safe_relative("vendime/2019/a.pdf").is_some());
        assert!(safe_relative("../a.pdf").is_none());
        assert!(safe_relative("/etc/passwd").is_none());
        assert!(safe_relative("a/./b.pdf").is_some_and(|p| p.ends_with("b.pdf")));
        assert!(safe_relative("").is_none());
    }
}
