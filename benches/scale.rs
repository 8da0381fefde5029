//! How arkiva's costs grow from one municipality to a country, beside SQLite
//! FTS5 doing the same work on the same records (issue 11).
//!
//! For each size (default 10,000 and 100,000 records; `ARKIVA_SCALE=10000,
//! 100000,1000000` for the million) it generates a corpus with the corpus
//! generator, then measures in one run, for arkiva and for FTS5
//! (`unicode61 remove_diacritics 2`, bm25, the same records and fields):
//!
//! - ingest end to end from the files (arkiva only: FTS5 has no PDF reader),
//!   and from the records in memory, in records/s; the index size on disk;
//! - a fixed mixed query set, single-threaded: top 10 with snippets and the
//!   type, year and issuer facet counts over every match (FTS5: the same
//!   `MATCH` ranked by `bm25()` with `snippet()`, and one `GROUP BY` per
//!   facet), p50, p99 and queries/s;
//! - the full CSV export of every record: MB/s and the process's peak
//!   memory during it.
//!
//! `cargo bench --bench scale` prints a Markdown table (absolute values and
//! arkiva/FTS5 ratios) for BENCHMARKS.md. `WORK=DIR` keeps corpora and
//! indexes between runs (a corpus is generated once per size).
//! `cargo test` runs it on 300 records only, to keep the harness working.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use arkiva::corpus::generate::{self, Plan};
use arkiva::export::{self, Format};
use arkiva::index::schema::names;
use arkiva::index::Archive;
use arkiva::ingest::{self, IngestOptions, Worker};
use arkiva::model::{Act, ActType};
use arkiva::search::{self, FacetFilter, SearchRequest};
use rusqlite::types::Value as SqlValue;

/// The query set: single words, two to four words, phrases, and filters by
/// type and year, typed as citizens type them (no diacritics).
const QUERIES: [(&str, Option<ActType>, Option<i32>); 12] = [
    ("vendim", None, None),
    ("kontrate", None, None),
    ("shkolla", None, None),
    ("buxheti", None, None),
    ("vendimi per ndarjen", None, None),
    ("kuvendi i komunes", None, None),
    ("asfaltimi i rruges", None, None),
    ("mirembajtja e rrugeve lokale", None, None),
    ("\"plan zhvillimor\"", None, None),
    ("\"kuvendi i komunes\"", None, None),
    ("vendim", Some(ActType::Vendim), Some(2021)),
    ("furnizim", Some(ActType::Kontrate), Some(2020)),
];

/// The text fields both engines search.
const SEARCHED: [&str; 6] = [
    names::TITLE,
    names::NUMBER,
    names::ISSUER,
    names::OPERATOR,
    names::PROCUREMENT_NUMBER,
    names::TEXT,
];

/// Each query set is run for at least this long.
const QUERY_TIME: Duration = Duration::from_secs(3);
/// The corpus of the smoke run under `cargo test`.
const SMOKE_RECORDS: usize = 300;

fn main() {
    // `cargo test --all-targets` runs this binary too, without `--bench`:
    // then one small corpus in a temporary folder checks that the harness
    // still works, in seconds.
    if !std::env::args().any(|a| a == "--bench") {
        let temp = tempfile::tempdir().expect("a temporary folder");
        let row = measure(SMOKE_RECORDS, temp.path(), Duration::ZERO);
        eprint!("smoke run of the scaling benchmark:\n{}", table(&[row]));
        return;
    }
    let sizes: Vec<usize> = std::env::var("ARKIVA_SCALE")
        .unwrap_or_else(|_| "10000,100000".into())
        .split(',')
        .filter_map(|s| s.trim().replace('_', "").parse().ok())
        .collect();
    let kept = std::env::var_os("WORK").map(PathBuf::from);
    let temp = tempfile::tempdir().expect("a temporary folder");
    let work = kept.unwrap_or_else(|| temp.path().to_path_buf());
    std::fs::create_dir_all(&work).expect("the work folder");
    let mut rows = Vec::new();
    for records in sizes {
        eprintln!("== {records} records");
        rows.push(measure(records, &work, QUERY_TIME));
    }
    print!("{}", table(&rows));
}

/// Every figure of one size.
struct Figures {
    records: usize,
    words_per_record: f64,
    end_to_end: Duration,
    from_memory: Duration,
    fts_from_memory: Duration,
    index_bytes: u64,
    fts_bytes: u64,
    queries: Latency,
    fts_queries: Latency,
    export: Throughput,
    fts_export: Throughput,
}

fn measure(records: usize, work: &Path, query_time: Duration) -> Figures {
    let corpus = work.join(format!("corpus-{records}"));
    if !corpus.join("regjistrat").exists() {
        let mut plan = Plan::new(records, corpus.clone());
        plan.manifest = work.join(format!("manifest-{records}.json"));
        generate::run(&plan).expect("the corpus is generated");
    }
    let (end_to_end, acts) = ingest_files(&corpus, &work.join(format!("files-{records}")));
    let words = acts
        .iter()
        .map(|a| a.text.split_whitespace().count())
        .sum::<usize>();
    eprintln!("  {} acts read from files in {end_to_end:.1?}", acts.len());
    let dir = work.join(format!("memory-{records}"));
    let (from_memory, archive) = index_from_memory(&acts, &dir);
    let fts_path = work.join(format!("fts5-{records}.db"));
    let (fts_from_memory, fts) = Fts::build(&acts, &fts_path);
    drop(acts);
    eprintln!("  in memory: arkiva {from_memory:.1?}, FTS5 {fts_from_memory:.1?}");
    let figures = Figures {
        records,
        words_per_record: words as f64 / records as f64,
        end_to_end,
        from_memory,
        fts_from_memory,
        index_bytes: bytes_under(&dir),
        fts_bytes: std::fs::metadata(&fts_path).map_or(0, |m| m.len()),
        queries: time_queries(query_time, |q| search_arkiva(&archive, q)),
        fts_queries: time_queries(query_time, |q| fts.search(q)),
        export: time_export(|out| export_arkiva(&archive, out)),
        fts_export: time_export(|out| fts.export(out)),
    };
    eprintln!(
        "  queries p50 {:.2} ms / FTS5 {:.2} ms",
        figures.queries.p50_ms, figures.fts_queries.p50_ms
    );
    figures
}

/// `arkiva ingest` of the corpus folder into a new index, as the command
/// does it (PDFs in worker processes, no OCR), and the acts it holds.
fn ingest_files(corpus: &Path, dir: &Path) -> (Duration, Vec<Act>) {
    let _ = std::fs::remove_dir_all(dir);
    let archive = Archive::open_or_create(dir).expect("a new index");
    let options = IngestOptions {
        roots: vec![corpus.to_path_buf()],
        municipality: "Gjilan".into(),
        progress: false,
        worker: Some(Worker::arkiva(env!("CARGO_BIN_EXE_arkiva").into(), false)),
        ocr: false,
        prune: false,
        checkpoint_every: ingest::CHECKPOINT_EVERY,
    };
    let started = Instant::now();
    ingest::run(&archive, &options).expect("the corpus ingests");
    let took = started.elapsed();
    let acts = archive.all_acts().expect("the acts read back");
    drop(archive);
    let _ = std::fs::remove_dir_all(dir);
    (took, acts)
}

/// The acts written into a new index and committed (searchable): indexing
/// alone.
fn index_from_memory(acts: &[Act], dir: &Path) -> (Duration, Archive) {
    let _ = std::fs::remove_dir_all(dir);
    let archive = Archive::open_or_create(dir).expect("a new index");
    let started = Instant::now();
    let mut writer = archive.writer().expect("the writer");
    for act in acts {
        writer
            .add_document(archive.fields.to_document(act))
            .expect("a document");
    }
    let added = started.elapsed();
    writer.commit().expect("the commit");
    let took = started.elapsed();
    // Searchable from the commit on; the merges that follow are not timed,
    // but are let finish before anything else is measured.
    writer.wait_merging_threads().expect("merges end");
    eprintln!(
        "  arkiva from memory: documents added {added:.1?}, committed {took:.1?}, merged {:.1?}",
        started.elapsed()
    );
    archive.reader.reload().expect("the reader sees the commit");
    (took, archive)
}

fn search_arkiva(archive: &Archive, (query, kind, year): Query) -> usize {
    let request = SearchRequest {
        query: query.to_string(),
        filter: FacetFilter {
            types: kind.into_iter().collect(),
            years: year.into_iter().collect(),
            ..Default::default()
        },
        limit: 10,
        ..Default::default()
    };
    let found = search::search(archive, &request).expect("the search runs");
    found.hits.len() + found.facets.issuers.len()
}

fn export_arkiva(archive: &Archive, out: &mut Counting) -> u64 {
    export::export(archive, &SearchRequest::default(), Format::Csv, out).expect("the export")
}

type Query = (&'static str, Option<ActType>, Option<i32>);

/// Latency over repeated runs of the query set.
struct Latency {
    p50_ms: f64,
    p99_ms: f64,
    per_second: f64,
}

fn time_queries(at_least: Duration, mut run: impl FnMut(Query) -> usize) -> Latency {
    let mut took = Vec::new();
    let started = Instant::now();
    let mut found = 0;
    while started.elapsed() < at_least || took.len() < 10 * QUERIES.len() {
        for query in QUERIES {
            let one = Instant::now();
            found += run(query);
            took.push(one.elapsed());
        }
    }
    let total = started.elapsed();
    assert!(found > 0, "the queries find something");
    took.sort();
    let at = |q: f64| took[((took.len() as f64 * q) as usize).min(took.len() - 1)];
    Latency {
        p50_ms: at(0.50).as_secs_f64() * 1e3,
        p99_ms: at(0.99).as_secs_f64() * 1e3,
        per_second: took.len() as f64 / total.as_secs_f64(),
    }
}

/// A full export's speed, and how far the process's anonymous memory (heap,
/// not the index pages the kernel maps in) rose above where it was.
struct Throughput {
    mb_per_second: f64,
    peak_rss_mb: f64,
}

fn time_export(run: impl FnOnce(&mut Counting) -> u64) -> Throughput {
    let before = status_kb("RssAnon:");
    let done = std::sync::atomic::AtomicBool::new(false);
    let mut out = Counting(0);
    let (took, peak) = std::thread::scope(|scope| {
        let sampler = scope.spawn(|| {
            let mut peak = 0;
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                peak = peak.max(status_kb("RssAnon:"));
                std::thread::sleep(Duration::from_millis(5));
            }
            peak
        });
        let started = Instant::now();
        let rows = run(&mut out);
        let took = started.elapsed();
        done.store(true, std::sync::atomic::Ordering::Relaxed);
        assert!(rows > 0, "the export has rows");
        (took, sampler.join().unwrap_or(0))
    });
    Throughput {
        mb_per_second: out.0 as f64 / 1e6 / took.as_secs_f64(),
        peak_rss_mb: peak.saturating_sub(before) as f64 / 1024.0,
    }
}

/// A sink that counts the bytes written to it.
struct Counting(u64);

impl Write for Counting {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len() as u64;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A `kB` line of `/proc/self/status` (`RssAnon:`).
fn status_kb(key: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix(key))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

fn bytes_under(dir: &Path) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

/// SQLite FTS5 over the same records: one contentful FTS5 table with every
/// export column (the searched ones indexed, the rest `UNINDEXED`) and the
/// year, as Datasette would serve them.
struct Fts {
    db: rusqlite::Connection,
}

impl Fts {
    fn build(acts: &[Act], path: &Path) -> (Duration, Fts) {
        let _ = std::fs::remove_file(path);
        let db = rusqlite::Connection::open(path).expect("the database");
        let columns: Vec<String> = names::MODEL
            .iter()
            .chain([&names::YEAR])
            .map(|c| match SEARCHED.contains(c) {
                true => c.to_string(),
                false => format!("{c} UNINDEXED"),
            })
            .collect();
        let started = Instant::now();
        db.execute_batch(&format!(
            "CREATE VIRTUAL TABLE acts USING fts5({}, tokenize = 'unicode61 remove_diacritics 2');",
            columns.join(", ")
        ))
        .expect("the FTS5 table");
        let placeholders = vec!["?"; names::MODEL.len() + 1].join(", ");
        let tx = db.unchecked_transaction().expect("a transaction");
        {
            let mut insert = tx
                .prepare(&format!("INSERT INTO acts VALUES ({placeholders})"))
                .expect("the insert");
            for act in acts {
                insert
                    .execute(rusqlite::params_from_iter(row(act)))
                    .expect("a row");
            }
        }
        tx.commit().expect("the commit");
        (started.elapsed(), Fts { db })
    }

    /// The same work as a search: top 10 by bm25 with snippets, and the
    /// type, year and issuer counts over every match, each facet without
    /// its own filter.
    fn search(&self, (query, kind, year): Query) -> usize {
        let expression = SqlValue::Text(fts_expression(query));
        // The filters but `skip`, as SQL and the values it binds.
        let filters = |skip: &str| {
            let mut sql = String::new();
            let mut values = vec![expression.clone()];
            if let (Some(kind), false) = (kind, skip == names::TYPE) {
                sql.push_str(" AND type = ?");
                values.push(SqlValue::Text(kind.slug().to_string()));
            }
            if let (Some(year), false) = (year, skip == names::YEAR) {
                sql.push_str(" AND year = ?");
                values.push(SqlValue::Integer(i64::from(year)));
            }
            (sql, values)
        };
        let text_column = names::MODEL.iter().position(|c| *c == names::TEXT);
        let (sql, values) = filters("");
        let top = format!(
            "SELECT id, title, snippet(acts, {}, '<mark>', '</mark>', '…', 24) FROM acts \
             WHERE acts MATCH ?{sql} ORDER BY bm25(acts) LIMIT 10",
            text_column.unwrap_or(0),
        );
        let mut found = self.count_rows(&top, values);
        for facet in [names::TYPE, names::YEAR, names::ISSUER] {
            let (sql, values) = filters(facet);
            let grouped = format!(
                "SELECT {facet}, count(*) FROM acts WHERE acts MATCH ?{sql} GROUP BY {facet}"
            );
            found += self.count_rows(&grouped, values);
        }
        found
    }

    fn count_rows(&self, sql: &str, values: Vec<SqlValue>) -> usize {
        let mut statement = self.db.prepare_cached(sql).expect("the query");
        let mut rows = statement
            .query(rusqlite::params_from_iter(values))
            .expect("the query runs");
        let mut n = 0;
        while rows.next().expect("a row").is_some() {
            n += 1;
        }
        n
    }

    /// Every record as CSV, the export's columns in its order.
    fn export(&self, out: &mut Counting) -> u64 {
        let mut writer = csv::Writer::from_writer(out);
        writer.write_record(names::MODEL).expect("the header");
        let mut statement = self
            .db
            .prepare(&format!("SELECT {} FROM acts", names::MODEL.join(", ")))
            .expect("the export query");
        let mut rows = statement.query([]).expect("the export runs");
        let mut count = 0;
        while let Some(row) = rows.next().expect("a row") {
            let cells = (0..names::MODEL.len()).map(|i| match row.get_ref(i) {
                Ok(value) => match value {
                    rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                    rusqlite::types::ValueRef::Integer(i) => i.to_string(),
                    rusqlite::types::ValueRef::Real(r) => r.to_string(),
                    _ => String::new(),
                },
                Err(_) => String::new(),
            });
            writer.write_record(cells).expect("a row");
            count += 1;
        }
        writer.flush().expect("the flush");
        count
    }
}

/// An act's export columns and its year, as SQL values.
fn row(act: &Act) -> Vec<SqlValue> {
    let json = serde_json::to_value(act).unwrap_or_default();
    let mut values: Vec<SqlValue> = names::MODEL
        .iter()
        .map(|c| match &json[c] {
            serde_json::Value::String(s) => SqlValue::Text(s.clone()),
            serde_json::Value::Number(n) => SqlValue::Real(n.as_f64().unwrap_or(0.0)),
            serde_json::Value::Bool(b) => SqlValue::Integer(i64::from(*b)),
            _ => SqlValue::Null,
        })
        .collect();
    values.push(act.date.map_or(SqlValue::Null, |d| {
        SqlValue::Integer(i64::from(chrono::Datelike::year(&d)))
    }));
    values
}

/// The query as Datasette escapes a search: every word a quoted FTS5
/// string (all must match), a quoted phrase kept whole.
fn fts_expression(query: &str) -> String {
    let mut terms = Vec::new();
    for (i, part) in query.split('"').enumerate() {
        if i % 2 == 1 {
            terms.push(format!("\"{}\"", part.trim()));
        } else {
            terms.extend(part.split_whitespace().map(|w| format!("\"{w}\"")));
        }
    }
    terms.join(" ")
}

/// The Markdown table of every size, with arkiva/FTS5 ratios.
fn table(rows: &[Figures]) -> String {
    let mut out = String::from(
        "| records | words/record | ingest from files (rec/s) | ingest from memory (rec/s): arkiva / FTS5 / ratio | index size (MB): arkiva / FTS5 / ratio | query p50 (ms): arkiva / FTS5 | query p99 (ms): arkiva / FTS5 | queries/s: arkiva / FTS5 / ratio | CSV export (MB/s): arkiva / FTS5 / ratio | export heap rise (MB): arkiva / FTS5 |\n|---|---|---|---|---|---|---|---|---|---|\n",
    );
    for f in rows {
        let rate = |d: Duration| f.records as f64 / d.as_secs_f64();
        let mb = |b: u64| b as f64 / 1e6;
        out.push_str(&format!(
            "| {} | {:.0} | {:.0} | {:.0} / {:.0} / {:.2}× | {:.0} / {:.0} / {:.2}× | {:.2} / {:.2} | {:.2} / {:.2} | {:.0} / {:.0} / {:.1}× | {:.0} / {:.0} / {:.2}× | {:.0} / {:.0} |\n",
            f.records,
            f.words_per_record,
            rate(f.end_to_end),
            rate(f.from_memory),
            rate(f.fts_from_memory),
            f.fts_from_memory.as_secs_f64() / f.from_memory.as_secs_f64(),
            mb(f.index_bytes),
            mb(f.fts_bytes),
            f.index_bytes as f64 / f.fts_bytes.max(1) as f64,
            f.queries.p50_ms,
            f.fts_queries.p50_ms,
            f.queries.p99_ms,
            f.fts_queries.p99_ms,
            f.queries.per_second,
            f.fts_queries.per_second,
            f.queries.per_second / f.fts_queries.per_second,
            f.export.mb_per_second,
            f.fts_export.mb_per_second,
            f.export.mb_per_second / f.fts_export.mb_per_second,
            f.export.peak_rss_mb,
            f.fts_export.peak_rss_mb,
        ));
    }
    out
}
