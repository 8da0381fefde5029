//! Crash safety: `arkiva ingest` killed with SIGKILL at random moments — the
//! ingest's process group and every PDF worker it started — and the next
//! run finishing the job. After each round the archive must equal a clean
//! ingest of the same folder record by record (acts, sessions and links),
//! every kept original must be whole, and no temporary file may remain.
//!
//! The kill points come from a seed printed at the start;
//! `ARKIVA_KILL_SEED=<seed> cargo test --test tests -- crash` replays them.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use arkiva::corpus::rng::Rng;
use arkiva::index::Archive;
use arkiva::model::{sha256_hex, Act};
use arkiva::store::manifest::Manifest;
use arkiva::store::Store;

/// At least this many kills land while an ingest is running.
const KILLS: usize = 20;
/// Records of the generated corpus (acts and register rows), and how many
/// of them are PDFs.
const RECORDS: &str = "2000";
const PDFS: &str = "150";
/// Short checkpoints, so that most kills fall after some progress and
/// some fall inside a commit.
const CHECKPOINT_SECS: &str = "0.3";

fn arkiva() -> Command {
    Command::new(env!("CARGO_BIN_EXE_arkiva"))
}

fn generate(out: &Path, seed: u64) {
    let status = Command::new(env!("CARGO_BIN_EXE_gen-corpus"))
        .args(["--records", RECORDS, "--max-pdfs", PDFS, "--seed"])
        .arg(seed.to_string())
        .arg("--out")
        .arg(out)
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    // The generator's answer key is not part of a municipality's folder.
    std::fs::remove_file(out.join("manifest.json")).unwrap();
}

fn ingest(data: &Path, index: &Path, prune: bool) -> Command {
    let mut command = arkiva();
    command
        .args(["ingest", "--no-ocr", "--checkpoint-secs", CHECKPOINT_SECS])
        .arg(data)
        .arg("--index")
        .arg(index)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if prune {
        command.arg("--prune");
    }
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    command
}

fn ingest_to_end(data: &Path, index: &Path, prune: bool) -> Duration {
    let started = Instant::now();
    let status = ingest(data, index, prune).status().unwrap();
    assert!(status.success(), "ingest of {} failed", data.display());
    started.elapsed()
}

/// Runs an ingest and kills it after `delay`; false when it finished first.
fn ingest_killed(data: &Path, index: &Path, prune: bool, delay: Duration) -> bool {
    let mut child = ingest(data, index, prune).spawn().unwrap();
    let deadline = Instant::now() + delay;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "an unkilled ingest failed: {status}");
            return false;
        }
        if Instant::now() >= deadline {
            let pid = child.id() as i32;
            // Workers run in process groups of their own: kill them with
            // the ingest, as a power cut would.
            let workers = descendants(pid);
            unsafe {
                libc::killpg(pid, libc::SIGKILL);
                for worker in workers {
                    libc::killpg(worker, libc::SIGKILL);
                    libc::kill(worker, libc::SIGKILL);
                }
            }
            child.wait().unwrap();
            return true;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// Every process below `pid`, from /proc.
fn descendants(pid: i32) -> Vec<i32> {
    let mut parents = vec![pid];
    let mut found = Vec::new();
    while let Some(parent) = parents.pop() {
        let Ok(entries) = std::fs::read_dir("/proc") else {
            return found;
        };
        for entry in entries.flatten() {
            let Ok(child) = entry.file_name().to_string_lossy().parse::<i32>() else {
                continue;
            };
            let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
            // The parent pid is the second field after the ")" closing the name.
            let ppid = stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().nth(1))
                .and_then(|p| p.parse::<i32>().ok());
            if ppid == Some(parent) {
                found.push(child);
                parents.push(child);
            }
        }
    }
    found
}

/// What an archive holds: its acts by id and its derived data.
#[derive(Debug, PartialEq)]
struct Snapshot {
    acts: Vec<Act>,
    derived: serde_json::Value,
}

fn snapshot(index: &Path) -> Snapshot {
    let archive = Archive::open(index).unwrap();
    let mut acts = archive.all_acts().unwrap();
    acts.sort_by(|a, b| a.id.cmp(&b.id));
    let derived = std::fs::read(index.join("derived.json")).unwrap();
    Snapshot {
        acts,
        derived: serde_json::from_slice(&derived).unwrap(),
    }
}

/// After a kill: the index opens, every file under a final name in the
/// store has the content its name says, and the manifest the store names
/// lists only files it holds.
fn assert_consistent(index: &Path, kill: usize) {
    Archive::open(index).unwrap_or_else(|e| panic!("after kill {kill}: {e}"));
    let store = Store::beside(index).unwrap();
    let files = store.dir().join("files");
    for entry in std::fs::read_dir(&files).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue; // a temporary file: cleaned by the next run
        }
        let hash = name.split('.').next().unwrap();
        let bytes = std::fs::read(entry.path()).unwrap();
        assert_eq!(
            sha256_hex(&bytes),
            hash,
            "after kill {kill}: {name} is not whole"
        );
    }
    if let Some((_, manifest)) = Manifest::latest(&store).unwrap() {
        for (source, entry) in &manifest.files {
            let path = store.file(&entry.sha256, &entry.ext).unwrap();
            assert!(
                path.is_file(),
                "after kill {kill}: {source} is not in the store"
            );
        }
    }
}

fn assert_no_temporary_files(dir: &Path) {
    for entry in walkdir::WalkDir::new(dir).into_iter().flatten() {
        let name = entry.file_name().to_string_lossy();
        assert!(
            !name.ends_with(".tmp"),
            "left behind: {}",
            entry.path().display()
        );
    }
}

/// Ingests `data` into `index`, killing runs at random moments until one
/// finishes; returns how many were killed.
fn round(
    rng: &mut Rng,
    data: &Path,
    index: &Path,
    prune: bool,
    clean: Duration,
    kills: usize,
) -> usize {
    let mut killed = 0;
    loop {
        let max = (clean.as_millis() as u64 * 3 / 10).max(200);
        let delay = Duration::from_millis(rng.range(20, max));
        if !ingest_killed(data, index, prune, delay) {
            return killed;
        }
        killed += 1;
        println!("kill {} after {} ms", kills + killed, delay.as_millis());
        assert_consistent(index, kills + killed);
    }
}

/// Changes a folder the way an office does between two ingests: files
/// edited, deleted and added, a register row dropped.
fn change(data: &Path, extra: &Path, rng: &mut Rng) {
    let mut pdfs: Vec<PathBuf> = walkdir::WalkDir::new(data)
        .into_iter()
        .flatten()
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    pdfs.sort();
    rng.shuffle(&mut pdfs);
    for pdf in &pdfs[..8] {
        let mut bytes = std::fs::read(pdf).unwrap();
        bytes.extend_from_slice(b"\n% corrected copy\n");
        std::fs::write(pdf, bytes).unwrap();
    }
    for pdf in &pdfs[8..12] {
        std::fs::remove_file(pdf).unwrap();
    }
    let mut new: Vec<PathBuf> = walkdir::WalkDir::new(extra)
        .into_iter()
        .flatten()
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    new.sort();
    std::fs::create_dir_all(data.join("te-reja")).unwrap();
    for (i, pdf) in new.iter().take(6).enumerate() {
        std::fs::copy(pdf, data.join(format!("te-reja/akti-{i}.pdf"))).unwrap();
    }
    let register = data.join("regjistrat/kontratat-2021.csv");
    let text = std::fs::read_to_string(&register).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    if lines.len() > 3 {
        lines.remove(2);
    }
    std::fs::write(&register, lines.join("\n") + "\n").unwrap();
}

#[test]
fn killed_ingests_are_finished_by_the_next_run_as_if_never_killed() {
    let seed = std::env::var("ARKIVA_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
        });
    println!("kill points from seed {seed} (ARKIVA_KILL_SEED={seed} replays them)");
    let mut rng = Rng::new(seed);
    let tmp = tempfile::tempdir().unwrap();
    let (v1, extra) = (tmp.path().join("v1"), tmp.path().join("extra"));
    generate(&v1, 2015);
    generate(&extra, 7);
    let clean_v1 = tmp.path().join("clean-v1");
    let clean = ingest_to_end(&v1, &clean_v1, false);
    let expected_v1 = snapshot(&clean_v1);
    assert!(expected_v1.acts.len() >= 1900, "{}", expected_v1.acts.len());

    let v2 = tmp.path().join("v2");
    copy_tree(&v1, &v2);
    change(&v2, &extra, &mut Rng::new(seed ^ 0x5eed));
    let clean_v2 = tmp.path().join("clean-v2");
    ingest_to_end(&v2, &clean_v2, false);
    let expected_v2 = snapshot(&clean_v2);
    assert_ne!(expected_v1, expected_v2);

    let mut kills = 0;
    let mut rounds = 0;
    while kills < KILLS {
        rounds += 1;
        let index = tmp.path().join(format!("crashed-{rounds}"));
        // From nothing to the first folder…
        kills += round(&mut rng, &v1, &index, false, clean, kills);
        assert_eq!(
            snapshot(&index),
            expected_v1,
            "round {rounds}, first folder"
        );
        // …then to the changed folder, pruning what it no longer has.
        kills += round(&mut rng, &v2, &index, true, clean, kills);
        assert_eq!(
            snapshot(&index),
            expected_v2,
            "round {rounds}, changed folder"
        );
        assert_no_temporary_files(&index);
        assert!(
            rounds < 20,
            "only {kills} kills in {rounds} rounds: ingests end too fast"
        );
    }
    println!("{kills} kills over {rounds} rounds; every round ended equal to a clean ingest");
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).into_iter().flatten() {
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
