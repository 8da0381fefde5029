//! arkiva: a full-text search engine and open-data archive of municipal acts.
//!
//! The flow is one way: [`ingest`] reads PDFs and CSV registers into
//! [`model::Act`]s and writes them to the [`index`]; [`search`] answers
//! typed requests from the index. [`analysis`] is the Albanian analyzer both
//! sides share. `main.rs` only wires the command line to these modules.

pub mod analysis;
pub mod corpus;
pub mod derived;
pub mod export;
pub mod index;
pub mod ingest;
pub mod links;
pub mod logging;
pub mod model;
pub mod ocr;
pub mod pdf;
pub mod search;
pub mod sessions;
pub mod stats;
pub mod store;
pub mod web;
