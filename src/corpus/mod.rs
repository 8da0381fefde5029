//! Material for tests, samples and benchmarks that arkiva makes itself: the
//! corpus generator behind `gen-corpus` and the PDF writer.
//!
//! Owns writing documents, never reading them: the ingest side must not
//! depend on this module (its tests may use ingest to check what it wrote).

pub mod acts;
pub mod draft;
pub mod generate;
pub mod grammar;
pub mod pdf;
pub mod rng;
pub mod world;
pub mod write;
