//! Material for tests, samples and benchmarks that arkiva makes itself.
//!
//! Owns writing documents, never reading them: the ingest side must not
//! depend on this module.

pub mod pdf;
