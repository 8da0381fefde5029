mod cli;
mod corpora;
mod corpus;
mod ingest;
mod sample;
mod search;
mod util;
