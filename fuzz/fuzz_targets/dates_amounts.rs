//! Any text through the small parsers of dates, amounts and numbers, and
//! through the readers built on them (act headers, minutes, agendas), with
//! the invariants their callers rely on.
#![no_main]

mod common;

use arkiva::ingest::{amount, dates, header};
use arkiva::sessions::{self, agenda, councillors};
use libfuzzer_sys::fuzz_target;

fuzz_target!(init: common::only_arkiva_panics_are_findings(), |data: &[u8]| common::run(|| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };

    let _ = dates::parse_date(text);
    let mut last_end = 0;
    for (range, _) in dates::find_dates(text) {
        // Callers slice the text with these ranges (snippets, links).
        assert!(text.get(range.clone()).is_some(), "{range:?} is not a slice of the text");
        assert!(range.start >= last_end, "dates out of order or overlapping");
        last_end = range.end;
    }

    if let Some(value) = amount::parse_amount(text) {
        // Indexed as a fast field and compared in range filters.
        assert!(value.is_finite() && value >= 0.0, "amount {value}");
    }

    let _ = agenda::ordinal(text);
    let _ = councillors::parse_side(text);
    let _ = councillors::name_key(text);
    let _ = sessions::search::parse_side(text);

    let _ = header::read(text);
    let _ = agenda::split(text);
    let _ = sessions::read_minutes(text);
}));
