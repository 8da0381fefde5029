//! The isolated PDF reader seen from an ingest run: a worker that hangs or
//! crashes is a per-file problem with a reason, and the run goes on; and
//! encrypted PDFs, read through the real worker.

use std::time::{Duration, Instant};

use lopdf::{EncryptionState, EncryptionVersion, Permissions};

use super::util::{all_acts, by_source, winansi_decision, worker, write};
use arkiva::index::Archive;
use arkiva::ingest::{IngestReport, IsolationLimits, Severity, Worker};
use tempfile::TempDir;

/// A worker that runs `script` under `sh` with the file as `$1`; any other
/// file is handed to the real arkiva worker.
fn script_worker(script: &str) -> Worker {
    let arkiva = env!("CARGO_BIN_EXE_arkiva");
    Worker {
        program: "sh".into(),
        args: vec![
            "-c".into(),
            format!("{script}; exec '{arkiva}' extract --worker \"$1\"").into(),
            "worker".into(),
        ],
        limits: IsolationLimits {
            wall: Duration::from_secs(2),
            ..IsolationLimits::default()
        },
    }
}

fn ingest_with(root: &std::path::Path, worker: Worker) -> (Archive, IngestReport, TempDir) {
    let index = TempDir::new().unwrap();
    let archive = Archive::open_or_create(index.path()).unwrap();
    let report = super::util::ingest_with(&archive, root, worker, false);
    (archive, report, index)
}

fn reason<'a>(report: &'a IngestReport, source: &str) -> &'a str {
    let problem = report
        .problems
        .iter()
        .find(|p| p.source == source)
        .unwrap_or_else(|| panic!("no problem for {source}: {:#?}", report.problems));
    assert_eq!(problem.severity, Severity::Error);
    &problem.reason
}

#[test]
fn a_hanging_and_a_crashing_reader_are_reported_and_the_run_goes_on() {
    let dir = TempDir::new().unwrap();
    // Different bytes, so that no file is a copy of another.
    for (i, name) in ["a-mire.pdf", "b-varet.pdf", "c-rrezohet.pdf", "d-mire.pdf"]
        .iter()
        .enumerate()
    {
        let mut bytes = winansi_decision();
        bytes.extend(format!("\n% {i}\n").as_bytes());
        write(dir.path(), name, bytes);
    }
    let started = Instant::now();
    let (archive, report, _index) = ingest_with(
        dir.path(),
        script_worker(r#"case "$1" in *varet*) sleep 60;; *rrezohet*) kill -SEGV $$;; esac"#),
    );
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "the hang was cut short"
    );
    assert_eq!(
        reason(&report, "b-varet.pdf"),
        "the PDF reader timed out after 2 s"
    );
    assert_eq!(
        reason(&report, "c-rrezohet.pdf"),
        "the PDF reader crashed (signal 11)"
    );
    let acts = all_acts(&archive);
    assert_eq!(acts.len(), 2, "{:#?}", report.problems);
    assert!(by_source(&acts, "d-mire.pdf")
        .text
        .contains("Këshilli për bursa"));
}

#[test]
fn a_reader_over_its_memory_limit_is_reported() {
    let dir = TempDir::new().unwrap();
    // A sparse file: the worker's reading it whole is the blow-up.
    let file = std::fs::File::create(dir.path().join("bombe.pdf")).unwrap();
    std::io::Write::write_all(&mut &file, b"%PDF-1.4\n").unwrap();
    file.set_len(96 << 20).unwrap();
    let mut worker = worker();
    // The worker starts in under 64 MiB of address space (measured).
    worker.limits.memory_bytes = 80 << 20;
    let (_, report, _index) = ingest_with(dir.path(), worker);
    // Reading the file whole fails cleanly (std reserves with try_reserve),
    // so the worker says so itself; an allocation that aborts it instead is
    // "exceeded the memory limit" (see the unit tests of ingest::isolate).
    let reason = reason(&report, "bombe.pdf");
    assert!(
        reason.contains("out of memory") || reason.contains("memory limit"),
        "{reason}"
    );
}

/// The decision PDF, encrypted (RC4 128) with these passwords.
fn encrypted(user_password: &str) -> Vec<u8> {
    let mut doc = lopdf::Document::load_mem(&winansi_decision()).unwrap();
    // The key is derived from the file identifier, which the plain PDF lacks.
    let id = lopdf::Object::string_literal(b"arkiva-test-id-01".to_vec());
    doc.trailer.set("ID", vec![id.clone(), id]);
    let state = EncryptionState::try_from(EncryptionVersion::V2 {
        document: &doc,
        owner_password: "pronari",
        user_password,
        key_length: 128,
        permissions: Permissions::all(),
    })
    .unwrap();
    doc.encrypt(&state).unwrap();
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

#[test]
fn encrypted_pdfs_are_read_with_an_empty_password_and_reported_otherwise() {
    let dir = TempDir::new().unwrap();
    write(dir.path(), "bosh.pdf", encrypted(""));
    write(dir.path(), "sekret.pdf", encrypted("sekret"));
    let (archive, report, _index) = ingest_with(dir.path(), worker());
    let acts = all_acts(&archive);
    let open = by_source(&acts, "bosh.pdf");
    assert!(open.text.contains("Këshilli për bursa"), "{}", open.text);
    assert_eq!(
        reason(&report, "sekret.pdf"),
        "encrypted (a password is needed)"
    );
}
