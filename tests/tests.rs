//! arkiva's integration tests: one binary, modules by theme.

mod suite;
