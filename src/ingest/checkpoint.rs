//! Commits with a checkpoint: each commit of an ingest names, in tantivy's
//! commit payload, the store manifest that describes exactly what that
//! commit holds, and whether the run that made it finished (sessions and
//! links rebuilt). A run killed at any moment leaves the last commit and
//! its manifest; the next run reads the manifest, skips every file it
//! lists unchanged, and does the rest.
//!
//! Owns the payload's form; the manifest itself is `store::manifest`'s.

use serde::{Deserialize, Serialize};
use tantivy::IndexWriter;

use super::IngestError;
use crate::index::Archive;
use crate::store::manifest::Manifest;
use crate::store::Store;

#[derive(Debug, Serialize, Deserialize)]
struct Payload {
    /// The hash of the manifest of this commit.
    manifest: String,
    /// False while the run that made this commit had work left.
    complete: bool,
}

/// What the last commit says of itself.
#[derive(Debug, Default)]
pub struct Last {
    /// The manifest of the last commit; empty for an index with none (new,
    /// or built before checkpoints), so every file is read.
    pub manifest: Manifest,
    /// False when the run that made the last commit was killed before it
    /// finished.
    pub complete: bool,
    /// Why the manifest could not be used, if it could not.
    pub problem: Option<String>,
}

/// Reads the checkpoint of the archive's last commit.
pub fn last(archive: &Archive, store: Option<&Store>) -> Result<Last, IngestError> {
    let payload = archive.index.load_metas()?.payload;
    let Some(payload) = payload.and_then(|p| serde_json::from_str::<Payload>(&p).ok()) else {
        return Ok(Last {
            complete: true,
            ..Last::default()
        });
    };
    let Some(store) = store else {
        return Ok(Last::default());
    };
    Ok(match Manifest::load(store, &payload.manifest) {
        Ok(manifest) => Last {
            manifest,
            complete: payload.complete,
            problem: None,
        },
        Err(e) => Last {
            manifest: Manifest::default(),
            complete: payload.complete,
            problem: Some(format!("{e}; every file is read again")),
        },
    })
}

/// True when the index in `dir` exists and the run that made its last
/// commit finished.
pub fn finished(dir: &std::path::Path) -> bool {
    let Ok(metas) = tantivy::Index::open_in_dir(dir).and_then(|i| i.load_metas()) else {
        return false;
    };
    metas
        .payload
        .and_then(|p| serde_json::from_str::<Payload>(&p).ok())
        .is_none_or(|p| p.complete)
}

/// Commits everything written so far together with `manifest`: the
/// manifest is saved first, the commit names it, and only then is it made
/// the store's current one.
pub fn commit(
    writer: &mut IndexWriter,
    store: Option<&Store>,
    manifest: &Manifest,
    complete: bool,
) -> Result<(), IngestError> {
    let Some(store) = store else {
        writer.commit()?;
        return Ok(());
    };
    let hash = manifest.save(store)?;
    let payload = serde_json::to_string(&Payload {
        manifest: hash.clone(),
        complete,
    })
    .unwrap_or_default();
    let mut prepared = writer.prepare_commit()?;
    prepared.set_payload(&payload);
    prepared.commit()?;
    Manifest::settle(store, &hash)?;
    Ok(())
}

/// Commits a change made outside an ingest (a withdrawal) under the last
/// commit's checkpoint, which still describes the files the index holds.
pub fn commit_keeping(archive: &Archive, writer: &mut IndexWriter) -> Result<(), IngestError> {
    let payload = archive.index.load_metas()?.payload;
    let mut prepared = writer.prepare_commit()?;
    if let Some(payload) = payload {
        prepared.set_payload(&payload);
    }
    prepared.commit()?;
    Ok(())
}
