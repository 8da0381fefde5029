//! Any bytes through the PDF text extractor: an `Ok` or an `Err`, never a
//! panic out of arkiva, a hang or a runaway allocation. `extract` never
//! runs OCR, so no Tesseract process is spawned.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(init: common::only_arkiva_panics_are_findings(), |data: &[u8]| common::run(|| {
    if let Ok(text) = arkiva::ingest::pdf::extract(data) {
        // The joined text is what ingest indexes; building it must hold too.
        let _ = text.joined();
    }
}));
