//! The store beside the index and what it makes possible: a re-ingest that
//! reads only changed files, removal of vanished files only with `--prune`,
//! originals served as ingested, a rebuild from the store alone,
//! withdrawing an act, and different municipalities' files of one path
//! kept apart.

use std::path::Path;

use axum::http::StatusCode;

use super::util::{all_acts, get, ingest_into, ingest_options, worker, write, Fixture};
use arkiva::index::Archive;
use arkiva::ingest::{self, IngestOptions, IngestReport};
use arkiva::model::{sha256_hex, Act};
use arkiva::store::withdrawn::{audit_log, Action};
use arkiva::store::Store;

fn ingest_pruning(archive: &Archive, root: &Path) -> IngestReport {
    let options = IngestOptions {
        prune: true,
        ..ingest_options(vec![root.to_path_buf()])
    };
    ingest::run(archive, &options).unwrap()
}

fn act_titled<'a>(acts: &'a [Act], words: &str) -> &'a Act {
    acts.iter()
        .find(|a| a.title.contains(words))
        .unwrap_or_else(|| panic!("no act titled '{words}'"))
}

#[test]
fn a_second_run_reads_only_the_files_that_changed() {
    let fixture = Fixture::new();
    let (archive, first) = fixture.ingest();
    let before = all_acts(&archive);
    let again = ingest_into(&archive, fixture.dir.path());
    assert_eq!((again.added, again.updated, again.removed), (0, 0, 0));
    // Only the PDFs that gave no act are read again (so their problem is
    // in this run's report too): every other file is skipped unread.
    assert!(again.files < first.files, "{again:?}");
    assert!(
        again.unchanged_files >= first.files - again.files,
        "{again:?}"
    );
    assert!(again.registers.is_empty(), "{:?}", again.registers);
    assert_eq!(all_acts(&archive), before);

    let register = fixture.dir.path().join("regjistri-me-gabim.csv");
    let mut text = std::fs::read_to_string(&register).unwrap();
    text.push_str("06/2022,14.03.2022,Njoftim për pastrimin e lumit\n");
    std::fs::write(&register, text).unwrap();
    let changed = ingest_into(&archive, fixture.dir.path());
    let read: Vec<&str> = changed
        .registers
        .iter()
        .map(|r| r.source.as_str())
        .collect();
    assert_eq!(read, ["regjistri-me-gabim.csv"]);
    // The new row is added; the others are rewritten only because the
    // register's hash, which each of its acts carries, changed.
    assert_eq!(changed.added, 1, "{changed:?}");
}

#[test]
fn a_file_gone_from_the_folder_is_removed_only_with_prune() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let source = "aktet/word/akt.pdf";
    let count = |archive: &Archive| {
        all_acts(archive)
            .iter()
            .filter(|a| a.source == source)
            .count()
    };
    assert_eq!(count(&archive), 1);
    std::fs::remove_file(fixture.dir.path().join(source)).unwrap();

    let kept = ingest_into(&archive, fixture.dir.path());
    assert_eq!(count(&archive), 1, "removed without --prune");
    assert_eq!(kept.removed, 0);
    let note = kept.notes.iter().find(|n| n.reason.contains("--prune"));
    assert!(
        note.is_some_and(|n| n.reason.contains(source)),
        "{:?}",
        kept.notes
    );

    let pruned = ingest_pruning(&archive, fixture.dir.path());
    assert_eq!(count(&archive), 0);
    assert_eq!(pruned.removed, 1);
    assert!(pruned
        .notes
        .iter()
        .any(|n| n.source == source && n.reason.contains("removed")));
    // Nothing else went.
    assert!(all_acts(&archive)
        .iter()
        .any(|a| a.source == "aktet/vendim-bursat.pdf"));
}

#[tokio::test]
async fn the_store_keeps_every_source_file_and_serves_the_bytes_ingested() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let store = Store::beside(fixture.index.path()).unwrap();
    for name in [
        "aktet/vendim-bursat.pdf",
        "regjistri-i-kontratave.csv",
        "regjistri-i-vendimeve.csv",
    ] {
        let bytes = std::fs::read(fixture.dir.path().join(name)).unwrap();
        let ext = name.rsplit('.').next().unwrap();
        let kept = store.file(&sha256_hex(&bytes), ext).unwrap();
        assert_eq!(std::fs::read(kept).unwrap(), bytes, "{name}");
    }
    let act = all_acts(&archive)
        .into_iter()
        .find(|a| a.source == "aktet/word/akt.pdf")
        .unwrap();
    let ingested = std::fs::read(fixture.dir.path().join(&act.source)).unwrap();
    // The source folder changes; the archive still serves what it indexed.
    write(fixture.dir.path(), &act.source, b"%PDF-1.4 something else");
    let app = arkiva::web::router(archive);
    let reply = get(&app, &format!("/acts/{}/file", act.id)).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body, ingested);
}

#[test]
fn the_index_is_rebuilt_from_the_store_alone() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let before = all_acts(&archive);
    let derived = std::fs::read(fixture.index.path().join("derived.json")).unwrap();
    drop(archive);
    // The source folder is gone; only the index folder is left.
    std::fs::remove_dir_all(fixture.dir.path()).unwrap();
    let reports =
        ingest::rebuild::from_store(fixture.index.path(), |_| Some(worker()), false).unwrap();
    assert_eq!(reports.len(), 1);
    let archive = Archive::open(fixture.index.path()).unwrap();
    assert_eq!(all_acts(&archive), before);
    let rebuilt = std::fs::read(fixture.index.path().join("derived.json")).unwrap();
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&rebuilt).unwrap(),
        serde_json::from_slice::<serde_json::Value>(&derived).unwrap()
    );
    assert!(!fixture.index.path().join(".rebuild").exists());
}

#[test]
fn a_rebuild_without_a_store_says_so() {
    let dir = tempfile::tempdir().unwrap();
    Archive::open_or_create(dir.path()).unwrap();
    let err = ingest::rebuild::from_store(dir.path(), |_| None, false).unwrap_err();
    assert!(err.to_string().contains("no manifest"), "{err}");
}

#[tokio::test]
async fn a_withdrawn_act_is_gone_from_search_pages_feeds_and_exports_until_reinstated() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let acts = all_acts(&archive);
    let act = act_titled(&acts, "subvencionimin e fermerëve").clone();
    let reason = "Përmban të dhëna personale <b>të mbrojtura</b>";
    let app = arkiva::web::router(archive.clone());
    let found = |app: axum::Router| async move {
        get(&app, "/api/search?q=subvencionimin").await.json()["total"].clone()
    };
    assert_eq!(found(app.clone()).await, 1);

    ingest::withdraw::withdraw(&archive, &act.id, reason).unwrap();
    assert_eq!(found(app.clone()).await, 0);
    let page = get(&app, &format!("/acts/{}", act.id)).await;
    assert_eq!(page.status, StatusCode::GONE);
    assert!(page.text().contains("tërhequr"), "{}", page.text());
    let text = page.text();
    assert!(
        text.contains("Arsyeja: Përmban të dhëna personale"),
        "{text}"
    );
    assert!(
        !text.contains("<b>të mbrojtura"),
        "the reason is not escaped"
    );
    let api = get(&app, &format!("/api/acts/{}", act.id)).await;
    assert_eq!(api.status, StatusCode::GONE);
    assert_eq!(api.json()["error"], "withdrawn");
    assert!(api.json()["message_en"]
        .as_str()
        .unwrap()
        .contains("withdrawn"));
    let file = get(&app, &format!("/acts/{}/file", act.id)).await;
    assert_eq!(file.status, StatusCode::GONE);
    for uri in [
        "/api/export.csv",
        "/api/export.ndjson",
        "/feed.atom",
        "/?q=fermer",
    ] {
        let reply = get(&app, uri).await;
        assert_eq!(reply.status, StatusCode::OK, "{uri}");
        assert!(
            !reply.text().contains(act.id.as_str()),
            "{uri} still shows it"
        );
    }

    // An ingest of the same folder keeps it out.
    ingest_into(&archive, fixture.dir.path());
    assert_eq!(found(app.clone()).await, 0);
    // Its register changes: the new version goes to the store, not the index.
    let register = fixture.dir.path().join("regjistri-i-vendimeve.csv");
    let text = std::fs::read_to_string(&register).unwrap();
    std::fs::write(
        &register,
        text.replace(
            "subvencionimin e fermerëve",
            "subvencionimin e fermerëve të rinj",
        ),
    )
    .unwrap();
    let changed = ingest_into(&archive, fixture.dir.path());
    assert!(
        changed.notes.iter().any(|n| n.reason.contains("withdrawn")),
        "{:?}",
        changed.notes
    );
    assert_eq!(found(app.clone()).await, 0);

    ingest::withdraw::reinstate(&archive, &act.id, "Të dhënat u anonimizuan").unwrap();
    assert_eq!(found(app.clone()).await, 1);
    let page = get(&app, &format!("/acts/{}", act.id)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.text().contains("të rinj"),
        "the newest version comes back"
    );

    let store = Store::beside(fixture.index.path()).unwrap();
    let log = audit_log(&store).unwrap();
    let actions: Vec<Action> = log.iter().map(|e| e.action).collect();
    assert_eq!(actions, [Action::Withdraw, Action::Reinstate]);
    assert!(log.iter().all(|e| e.id == act.id));
    assert_eq!(log[0].reason, reason);
}

#[test]
fn withdrawing_needs_a_known_act_and_a_reason() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let id = all_acts(&archive)[0].id.clone();
    let unknown = arkiva::model::ActId::parse("0123456789abcdef").unwrap();
    let err = ingest::withdraw::withdraw(&archive, &unknown, "arsye").unwrap_err();
    assert!(err.to_string().contains("no act"), "{err}");
    let err = ingest::withdraw::withdraw(&archive, &id, "  ").unwrap_err();
    assert!(err.to_string().contains("reason"), "{err}");
    let err = ingest::withdraw::reinstate(&archive, &id, "arsye").unwrap_err();
    assert!(err.to_string().contains("not withdrawn"), "{err}");
    assert!(audit_log(&Store::beside(fixture.index.path()).unwrap())
        .unwrap()
        .is_empty());
}

#[test]
fn the_cli_withdraws_and_reinstates() {
    let fixture = Fixture::new();
    let (archive, _) = fixture.ingest();
    let id = all_acts(&archive)[0].id.clone();
    drop(archive);
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_arkiva"))
            .args(args)
            .arg("--index")
            .arg(fixture.index.path())
            .output()
            .unwrap()
    };
    let out = run(&["withdraw", id.as_str(), "--reason", "të dhëna personale"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Withdrew"));
    let out = run(&["withdraw", "not-an-id", "--reason", "x"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not an act id"));
    let out = run(&["reinstate", id.as_str(), "--reason", "gabim"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A decision of the municipality `komuna` (genitive, as its header
/// spells it), numbered `number`.
fn decision_of(komuna: &str, number: &str, title: &str) -> Vec<u8> {
    use arkiva::corpus::pdf::{standard14, Line};
    standard14(&[vec![
        Line::plain("REPUBLIKA E KOSOVËS"),
        Line::plain(format!("KOMUNA E {komuna}")),
        Line::plain("KUVENDI I KOMUNËS"),
        Line::plain(number.to_string()),
        Line::plain("12.05.2015"),
        Line::title("VENDIM"),
        Line::title(title.to_string()),
        Line::plain("I. Vendimi hyn në fuqi ditën e miratimit."),
    ]])
}

/// Two municipalities' exports, each with its contracts register and a
/// decision at the same paths in its own folder: ingesting the second
/// folder must not replace the first one's acts, as a new version of the
/// same files would. The error says to ingest both from their parent
/// folder, which then keeps both.
#[test]
fn two_municipalities_files_of_one_path_do_not_replace_each_other() {
    let dir = tempfile::tempdir().unwrap();
    let header = "Komuna;Nr. i prokurimit;Titulli i aktivitetit të prokurimit;Data e nënshkrimit të kontratës;Vlera e kontratës;Emri i OE\r\n";
    let (viti, kamenice) = (dir.path().join("viti"), dir.path().join("kamenice"));
    write(
        &viti,
        "kontratat-2015.csv",
        format!("{header}Viti;640-15-002-511;Asfaltimi i rrugës në Sadovinë;10.04.2015;50.000,00;TALI\r\n"),
    );
    write(
        &viti,
        "vendime/vendim.pdf",
        decision_of("VITISË", "01 Nr. 016-101/15", "për emërtimin e rrugëve"),
    );
    write(
        &kamenice,
        "kontratat-2015.csv",
        format!("{header}Kamenicë;641-15-004-211;Furnizim me dru për shkollat;12.05.2015;9.000,00;ILIRIA\r\n"),
    );
    write(
        &kamenice,
        "vendime/vendim.pdf",
        decision_of("KAMENICËS", "01 Nr. 016-202/15", "për ndarjen e bursave"),
    );
    let index = tempfile::tempdir().unwrap();
    let archive = Archive::open_or_create(index.path()).unwrap();
    let municipalities = |archive: &Archive| {
        let mut names: Vec<String> = all_acts(archive)
            .into_iter()
            .map(|a| a.municipality)
            .collect();
        names.sort();
        names
    };
    ingest_into(&archive, &viti);
    assert_eq!(municipalities(&archive), ["Viti", "Viti"]);

    let refused = ingest_into(&archive, &kamenice);
    assert_eq!(
        municipalities(&archive),
        ["Viti", "Viti"],
        "Viti's acts were replaced"
    );
    let mut sources: Vec<&str> = refused.problems.iter().map(|p| p.source.as_str()).collect();
    sources.sort();
    assert_eq!(sources, ["kontratat-2015.csv", "vendime/vendim.pdf"]);
    for problem in &refused.problems {
        assert_eq!(problem.severity, arkiva::ingest::Severity::Error);
        assert!(
            problem.reason.contains("Viti")
                && problem.reason.contains("Kamenicë")
                && problem.reason.contains("parent folder"),
            "{}",
            problem.reason
        );
    }
    // Refused files are not recorded: the next run says so again.
    assert_eq!(ingest_into(&archive, &kamenice).skipped(), 2);

    // The way the error points to: both folders from their parent.
    let both = ingest_into(&archive, dir.path());
    assert_eq!(both.skipped(), 0, "{:?}", both.problems);
    assert_eq!(
        municipalities(&archive),
        ["Kamenicë", "Kamenicë", "Viti", "Viti"]
    );
}

/// One run over two folders that hold a file of the same path: the second
/// is left out with an error naming both; a folder given twice is read once.
#[test]
fn one_run_reads_one_file_per_path() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    write(
        &a,
        "aktet/vendim.pdf",
        decision_of("GJILANIT", "01 Nr. 1/15", "për bursat"),
    );
    write(
        &b,
        "aktet/vendim.pdf",
        decision_of("GJILANIT", "01 Nr. 2/15", "për rrugët"),
    );
    let index = tempfile::tempdir().unwrap();
    let archive = Archive::open_or_create(index.path()).unwrap();
    let options = ingest_options(vec![a.clone(), b.clone(), a.clone()]);
    let report = ingest::run(&archive, &options).unwrap();
    assert_eq!(report.skipped(), 1, "{:?}", report.problems);
    let reason = &report.problems[0].reason;
    assert!(
        reason.contains(&b.join("aktet/vendim.pdf").display().to_string())
            && reason.contains(&a.join("aktet/vendim.pdf").display().to_string()),
        "{reason}"
    );
    let acts = all_acts(&archive);
    assert_eq!(acts.len(), 1);
    assert!(acts[0].title.contains("bursat"), "{}", acts[0].title);
}
