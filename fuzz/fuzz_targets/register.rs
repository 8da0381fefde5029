//! Any bytes through every register reader: the CSV register of acts, the
//! same bytes as a spreadsheet when they look like one, and the sessions and
//! councillors registers, decoded as ingest decodes them.
#![no_main]

mod common;

use arkiva::ingest::register::{self, sheet::Format};
use arkiva::sessions::{councillors, register as sessions_register};
use libfuzzer_sys::fuzz_target;

fuzz_target!(init: common::only_arkiva_panics_are_findings(), |data: &[u8]| common::run(|| {
    let _ = register::read_register(data);

    // A zip (xlsx, ods) or an OLE compound file (xls): spreadsheet readers.
    if data.starts_with(b"PK") {
        let _ = register::sheet::read_register(data, Format::Xlsx);
        let _ = register::sheet::read_register(data, Format::Ods);
    } else if data.starts_with(b"\xD0\xCF\x11\xE0") {
        let _ = register::sheet::read_register(data, Format::Xls);
    }

    // The side registers take text; ingest decodes their bytes like this.
    let decoded = register::decode::decode(data);
    let text = decoded.text.replace("\r\n", "\n").replace('\r', "\n");
    let headers = councillors::first_row(&text);
    let _ = sessions_register::is_sessions_header(&headers);
    let _ = councillors::is_councillors_header(&headers);
    let _ = sessions_register::read(&text);
    let (list, _) = councillors::Councillors::from_csv(&text);
    for c in list.list.iter().take(4) {
        let _ = list.lookup(&c.name, 2021);
    }
}));
