mod cli;
mod corpora;
mod ingest;
mod sample;
mod search;
mod util;
