//! Any text as a search: once as the query string of `/api/search` (every
//! parameter through `web::params::parse`, then the search it asks for) and
//! once as the words of a search on its own, over a small archive in memory.
//! User errors (a bad parameter, a page out of range, a date range the wrong
//! way round) are answers; an index or tantivy error is a finding.
#![no_main]

mod common;

use std::sync::OnceLock;

use arkiva::index::Archive;
use arkiva::ingest::{record, register};
use arkiva::search::{self, SearchError, SearchRequest};
use arkiva::web::params;
use libfuzzer_sys::fuzz_target;

/// A handful of acts written for this target: enough types, dates, values
/// and words for facets, ranges, phrases, typos and the relaxed search to
/// have something to work on.
const REGISTER: &str = "\
Nr.,Data,Lloji,Titulli,Organi,Vlera,Emri i OE
01 Nr. 016-4471/21,25.03.2021,Vendim,Vendim për ndarjen e bursave për studentët,Kuvendi i Komunës,,
02 Nr. 016-5001/21,14.06.2021,Vendim,Vendim për subvencionimin e fermerëve,Kryetari i Komunës,,
03/2022,10.01.2022,Njoftim,Njoftim për orarin e punës,Drejtoria e Administratës,,
653-21-011-211,12.04.2021,Kontratë,Mirëmbajtja e ndriçimit publik në qytet,,180.000,00,Drita SH.P.K.
653-21-014-211,03.05.2021,Kontratë,Furnizimi me dru për shkollat,,\"24.500,50\",Druri Sh.p.k.
01 Nr. 016-2217/16,28.04.2016,Rregullore,Rregullore për tregjet e hapura,Kuvendi i Komunës,,
";

const TEXTS: [&str; 3] = [
    "Në bazë të nenit 12 të Ligjit për Vetëqeverisjen Lokale, Kuvendi i Komunës merr këtë vendim.",
    "Shfuqizohet Vendimi 01 Nr. 016-4471/21 i datës 25.03.2021. Vendimi hyn në fuqi ditën e miratimit.",
    "Ftohen operatorët ekonomikë të paraqesin ofertat deri më 15.08.2016 në orën 12:00.",
];

fn archive() -> &'static Archive {
    static ARCHIVE: OnceLock<Archive> = OnceLock::new();
    ARCHIVE.get_or_init(|| {
        let archive = Archive::in_memory().expect("an archive in memory");
        let read = register::read_register(REGISTER.as_bytes()).expect("the target's register");
        let mut writer = archive.writer().expect("the index writer");
        for (i, row) in read.rows.iter().enumerate() {
            let mut act = record::act_from_row("regjistri.csv", "0", row, "Gjilan");
            act.text = TEXTS[i % TEXTS.len()].to_owned();
            writer
                .add_document(archive.fields.to_document(&act))
                .expect("an act added");
        }
        writer.commit().expect("the index committed");
        archive.reader.reload().expect("the reader reloaded");
        assert!(archive.len() >= 6, "the fuzz archive holds its acts");
        archive
    })
}

fn check(result: Result<search::SearchResponse, SearchError>) {
    match result {
        Ok(_)
        | Err(SearchError::Limit(_))
        | Err(SearchError::DateRange { .. })
        | Err(SearchError::Value { .. })
        | Err(SearchError::ValueRange { .. }) => {}
        Err(e @ (SearchError::Index(_) | SearchError::Tantivy(_))) => {
            panic!("a search failed inside: {e}")
        }
    }
}

fuzz_target!(
    init: {
        common::only_arkiva_panics_are_findings();
        archive();
    },
    |data: &[u8]| common::run(|| {
        let Ok(text) = std::str::from_utf8(data) else {
            return;
        };
        let archive = archive();

        if let Ok(params) = params::parse(Some(text)) {
            check(search::search(archive, &params.request));
        }

        let request = SearchRequest {
            query: text.to_owned(),
            ..SearchRequest::default()
        };
        check(search::search(archive, &request));
    })
);
