//! Withdrawing an act (and reinstating it): the act leaves the index — so
//! search, pages, feeds, exports and sessions no longer show it — while
//! the store keeps it whole with the reason, and the audit log records who
//! did what, when and why. Its page then answers 410 with the reason.
//!
//! Holds the index writer for the moment it takes; sessions and links are
//! rebuilt afterwards, as after an ingest.

use tantivy::Term;

use super::IngestError;
use crate::index::Archive;
use crate::model::ActId;
use crate::store::withdrawn::{self, Action, AuditEntry, Withdrawal, Withdrawals};
use crate::store::Store;

#[derive(Debug, thiserror::Error)]
pub enum WithdrawError {
    #[error("no act with id {0} in the index")]
    NotFound(ActId),
    #[error("act {0} is not withdrawn")]
    NotWithdrawn(ActId),
    #[error("give the reason (--reason): it is shown on the act's page and kept in the audit log")]
    NoReason,
    #[error("an index in memory has no store to keep withdrawn acts in")]
    NoStore,
    #[error(transparent)]
    Ingest(#[from] IngestError),
}

/// Index, store and tantivy errors, through [`IngestError`].
fn err(e: impl Into<IngestError>) -> WithdrawError {
    WithdrawError::Ingest(e.into())
}

/// Takes the act out of the index and keeps it, with the reason, in the store.
pub fn withdraw(archive: &Archive, id: &ActId, reason: &str) -> Result<Withdrawal, WithdrawError> {
    let reason = checked(reason)?;
    let store = Store::beside(archive.dir()).ok_or(WithdrawError::NoStore)?;
    let act = archive
        .get(id)
        .map_err(err)?
        .ok_or_else(|| WithdrawError::NotFound(id.clone()))?;
    let mut list = Withdrawals::load(&store).map_err(err)?;
    let withdrawal = Withdrawal {
        reason: reason.clone(),
        at: chrono::Utc::now().to_rfc3339(),
        act: act.clone(),
    };
    list.acts.insert(id.clone(), withdrawal.clone());
    // Kept before the act leaves the index, so a crash in between leaves it
    // in both places (and withdrawn), never in neither.
    list.save(&store).map_err(err)?;
    let mut writer = archive.writer().map_err(err)?;
    writer.delete_term(Term::from_field_text(archive.fields.id, id.as_str()));
    super::checkpoint::commit_keeping(archive, &mut writer).map_err(err)?;
    audit(&store, Action::Withdraw, id, &act.title, &reason)?;
    settle(archive, writer)?;
    Ok(withdrawal)
}

/// Puts a withdrawn act back into the index.
pub fn reinstate(archive: &Archive, id: &ActId, reason: &str) -> Result<(), WithdrawError> {
    let reason = checked(reason)?;
    let store = Store::beside(archive.dir()).ok_or(WithdrawError::NoStore)?;
    let mut list = Withdrawals::load(&store).map_err(err)?;
    let withdrawal = list
        .acts
        .get(id)
        .cloned()
        .ok_or_else(|| WithdrawError::NotWithdrawn(id.clone()))?;
    let mut writer = archive.writer().map_err(err)?;
    writer.delete_term(Term::from_field_text(archive.fields.id, id.as_str()));
    writer
        .add_document(archive.fields.to_document(&withdrawal.act))
        .map_err(err)?;
    super::checkpoint::commit_keeping(archive, &mut writer).map_err(err)?;
    list.acts.remove(id);
    list.save(&store).map_err(err)?;
    audit(
        &store,
        Action::Reinstate,
        id,
        &withdrawal.act.title,
        &reason,
    )?;
    settle(archive, writer)?;
    Ok(())
}

fn checked(reason: &str) -> Result<String, WithdrawError> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(WithdrawError::NoReason);
    }
    Ok(reason.to_owned())
}

fn audit(
    store: &Store,
    action: Action,
    id: &ActId,
    title: &str,
    reason: &str,
) -> Result<(), WithdrawError> {
    let entry = AuditEntry {
        at: chrono::Utc::now().to_rfc3339(),
        action,
        id: id.clone(),
        title: title.to_owned(),
        reason: reason.to_owned(),
        by: std::env::var("USER").ok().filter(|u| !u.is_empty()),
    };
    withdrawn::audit(store, &entry).map_err(err)
}

/// Sessions and links without (or with) the act, as after an ingest.
fn settle(archive: &Archive, writer: tantivy::IndexWriter) -> Result<(), WithdrawError> {
    drop(writer);
    archive.reader.reload().map_err(err)?;
    let registers = crate::derived::Derived::load(archive.dir())
        .map_err(err)?
        .registers;
    crate::derived::rebuild(archive, registers).map_err(err)?;
    Ok(())
}
