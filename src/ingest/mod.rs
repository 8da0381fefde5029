//! Ingest: folders of PDFs and CSV registers in, acts in the index out.
//!
//! The rule of this module: a bad input is a [`Problem`] in the report, never
//! an abort. Only what stops the whole run (a missing path, a locked index)
//! is an [`IngestError`]. Nothing already stored is removed except the rows
//! that a successfully read register no longer lists.
//!
//! Sub-modules read one kind of thing each: [`pdf`] text, [`header`]
//! metadata from text, [`register`] CSV registers, [`dates`] and [`amount`]
//! values; [`record`] merges them into acts and [`inputs`] finds the files.
//! [`isolate`] runs the PDF reader in a child process with limits, and
//! [`extract`] is the form of what it reads (also `arkiva extract`).

pub mod amount;
mod checkpoint;
mod clash;
pub mod dates;
mod decrypt;
pub mod extract;
pub mod header;
pub mod inputs;
pub mod isolate;
pub mod municipality;
pub mod pdf;
pub mod rebuild;
pub mod record;
pub mod register;
mod repair;
pub mod report;
pub mod withdraw;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, LazyLock};
use std::time::{Duration, Instant, SystemTime};

use indicatif::{ProgressBar, ProgressStyle};
use tantivy::{IndexWriter, Term};

use crate::derived::SideRegisters;
use crate::index::{Archive, IndexError};
use crate::model::{sha256_hex, Act, ActId};
use crate::store::manifest::{Attachment, FileEntry, Manifest, Settings};
use crate::store::withdrawn::Withdrawals;
use crate::store::{Store, StoreError};
use extract::Extraction;
use inputs::{Input, Kind};
use isolate::WorkerError;
pub use isolate::{IsolationLimits, Worker};
use pdf::PdfText;
use record::PdfRecord;
use register::RegisterRow;
pub use report::{IngestReport, Problem, Severity};

/// The file, inside the index directory, where each run's report is saved.
pub const REPORT_FILE: &str = "ingest-report.json";

#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Folders (or single files) to ingest.
    pub roots: Vec<PathBuf>,
    /// The municipality of acts that do not name one.
    pub municipality: String,
    /// Draw a progress bar on standard error.
    pub progress: bool,
    /// Read each PDF in a child process running this command, so that a
    /// hostile file cannot crash the run; `None` reads PDFs in this process
    /// (unit tests, library users that trust their files).
    pub worker: Option<Worker>,
    /// Read pages without a usable text layer with OCR, when Tesseract is
    /// installed (the run warns once when it is not). A worker is told the
    /// same by its own command (see [`Worker::arkiva`]).
    pub ocr: bool,
    /// Remove the acts of files that are no longer in `roots` (without it
    /// they are kept, and the report lists them).
    pub prune: bool,
    /// How often the run commits what it has done with a checkpoint
    /// ([`CHECKPOINT_EVERY`] unless a test wants more kill points).
    pub checkpoint_every: Duration,
}

impl IngestOptions {
    /// What of these options changes the acts read from a file.
    fn settings(&self) -> Settings {
        Settings {
            municipality: self.municipality.clone(),
            ocr: self.ocr,
        }
    }
}

/// What stops a whole run.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error(transparent)]
    Input(#[from] inputs::InputError),
    #[error(transparent)]
    Index(#[from] IndexError),
    #[error("cannot write to the index: {0}")]
    Write(#[from] tantivy::TantivyError),
    #[error("the store beside the index: {0}")]
    Store(#[from] StoreError),
    #[error("the store of the index in {0} has no manifest: there is nothing to rebuild from (ingest the source folders instead)")]
    NoManifest(PathBuf),
    #[error("cannot rebuild the index in {path}: {source}")]
    Rebuild {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot rebuild sessions and links: {0}")]
    Derived(#[from] crate::derived::DerivedError),
    #[error("cannot save the ingest report {path}: {source}")]
    Report {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// How often a run commits what it has done, with a checkpoint: what a
/// kill can lose at most.
pub const CHECKPOINT_EVERY: Duration = Duration::from_secs(3);

/// The run's warning when a scan needed OCR and Tesseract is missing.
static OCR_MISSING: LazyLock<String> = LazyLock::new(|| {
    format!(
        "OCR is off: Tesseract with Albanian data is not installed ({}); pages without a text layer are indexed without their text. Install it and run `arkiva ingest` again: it reads them then.",
        crate::ocr::INSTALL_HINT
    )
});

/// Ingests every root into the archive and saves the report beside the index.
///
/// Crash-safe: the run commits every [`IngestOptions::checkpoint_every`] with the store
/// manifest of what the commit holds (see [`checkpoint`]); a run killed at
/// any moment is finished by the next one, which skips the files the last
/// commit's manifest lists with the same content and options.
pub fn run(archive: &Archive, options: &IngestOptions) -> Result<IngestReport, IngestError> {
    let started = Instant::now();
    let mut inputs = Vec::new();
    for root in &options.roots {
        inputs.extend(inputs::collect(root)?);
    }
    let mut report = IngestReport {
        started: chrono::Utc::now().to_rfc3339(),
        ..IngestReport::default()
    };
    let inputs = clash::one_per_path(inputs, &mut report);
    let store = Store::beside(archive.dir());
    let mut writer = archive.writer()?;
    if let Some(store) = &store {
        store.clean_temporary();
    }
    let last = checkpoint::last(archive, store.as_ref())?;
    let withdrawn = match &store {
        Some(store) => Withdrawals::load(store)?,
        None => Withdrawals::default(),
    };
    let mut run = Run {
        archive,
        writer: &mut writer,
        options,
        // Whether OCR could run, not whether it was asked for: once
        // Tesseract is installed, the next run reads the scans again.
        settings: Settings {
            ocr: options.ocr && crate::ocr::Tesseract::detect().is_some(),
            ..options.settings()
        },
        report,
        written: HashMap::new(),
        seen_content: HashMap::new(),
        side: SideRegisters::default(),
        pdf_sources: inputs
            .iter()
            .filter(|i| i.kind == Kind::Pdf)
            .map(|i| (i.source.clone(), i.path.clone()))
            .collect(),
        store: store.clone(),
        previous: last.manifest.clone(),
        manifest: last.manifest,
        withdrawn,
        withdrawn_changed: false,
        checkpointed: Instant::now(),
        ocr_missing_said: false,
        refused: HashSet::new(),
    };
    if !last.complete {
        run.report.note(
            "",
            None,
            "the previous ingest was interrupted; this run finishes it",
        );
    }
    if let Some(problem) = last.problem {
        run.report.warning("", None, problem);
    }
    run.ingest(&inputs)?;
    let gone = run.files_gone(&inputs)?;
    let Run {
        mut report,
        side,
        written,
        manifest,
        withdrawn,
        withdrawn_changed,
        ..
    } = run;
    if let (Some(store), true) = (&store, withdrawn_changed) {
        withdrawn.save(store)?;
    }
    checkpoint::commit(&mut writer, store.as_ref(), &manifest, false)?;
    archive.reader.reload()?;
    let mut registers = stored_registers(archive)?;
    registers.update(side);
    if options.prune {
        for source in &gone {
            registers.sessions.remove(source);
            registers.councillors.remove(source);
        }
    }
    let derived = crate::derived::rebuild(archive, registers)?;
    checkpoint::commit(&mut writer, store.as_ref(), &manifest, true)?;
    // The merges the commits started finish here, not in the background
    // of whatever comes next: `arkiva ingest` exits right after, which
    // would abandon them and leave the index in many small segments.
    writer.wait_merging_threads()?;
    report.sessions = derived.sessions.len();
    report.links = derived.links.links.len();
    report_unread_items(&mut report, &derived, &written);
    report.seconds = started.elapsed().as_secs_f64();
    if !archive.dir().as_os_str().is_empty() {
        let path = archive.dir().join(REPORT_FILE);
        report
            .save(&path)
            .map_err(|source| IngestError::Report { path, source })?;
    }
    Ok(report)
}

/// Tells, for each minutes file of this run, the agenda items whose outcome
/// could not be read, so the office can check them (they show as unknown).
fn report_unread_items(
    report: &mut IngestReport,
    derived: &crate::derived::Derived,
    written: &HashMap<ActId, String>,
) {
    use crate::sessions::record::DocumentRole;
    for session in derived.sessions.iter().filter(|s| !s.unread.is_empty()) {
        for minutes in session.documents_of(DocumentRole::Procesverbal) {
            let Some(source) = written.get(&minutes.id) else {
                continue;
            };
            let items: Vec<String> = session.unread.iter().map(u32::to_string).collect();
            let reason = format!(
                "minutes of session {}: no outcome could be read for agenda item(s) {}",
                session.id,
                items.join(", ")
            );
            report.note(source, None, reason);
        }
    }
}

/// The side registers earlier runs kept, so a run over another folder
/// does not forget them.
fn stored_registers(archive: &Archive) -> Result<SideRegisters, IngestError> {
    if archive.dir().as_os_str().is_empty() {
        return Ok(SideRegisters::default());
    }
    Ok(crate::derived::Derived::load(archive.dir())?.registers)
}

/// A register row problem as the report words it.
fn problem_reason(problem: &register::RowProblem) -> String {
    match &problem.column {
        Some(column) => format!("column '{column}': {}", problem.reason),
        None => problem.reason.clone(),
    }
}

/// True when the index in `index_dir` is missing, was left unfinished by a
/// killed run, or is older than any file under `data_dir` — the default run
/// then ingests before serving.
pub fn is_stale(data_dir: &Path, index_dir: &Path) -> bool {
    let Some(built) = modified(&index_dir.join("meta.json")) else {
        return true;
    };
    if !checkpoint::finished(index_dir) {
        return true;
    }
    walkdir::WalkDir::new(data_dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .any(|e| modified(e.path()).is_some_and(|m| m > built))
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// The state of one ingest run.
struct Run<'a> {
    archive: &'a Archive,
    writer: &'a mut IndexWriter,
    options: &'a IngestOptions,
    report: IngestReport,
    /// Ids written in this run, with the source that wrote them.
    written: HashMap<ActId, String>,
    /// File contents seen in this run: sha256 → source.
    seen_content: HashMap<String, String>,
    /// Every PDF of this run by source, to tell a moved file from a copy.
    pdf_sources: HashMap<String, PathBuf>,
    /// Sessions and councillors registers read in this run.
    side: SideRegisters,
    /// What changes the acts read from a file (the manifest's settings).
    settings: Settings,
    /// Where the originals and the manifest are kept (none in memory).
    store: Option<Store>,
    /// The manifest of the last commit before this run.
    previous: Manifest,
    /// The manifest as this run updates it, committed at each checkpoint.
    manifest: Manifest,
    /// Acts kept out of the index by `arkiva withdraw`.
    withdrawn: Withdrawals,
    withdrawn_changed: bool,
    checkpointed: Instant,
    /// The run has said that OCR is off and how to install Tesseract.
    ocr_missing_said: bool,
    /// Files left out because they would replace another municipality's
    /// acts (see `clash`): not recorded, so each run says so again.
    refused: HashSet<String>,
}

impl Run<'_> {
    fn ingest(&mut self, inputs: &[Input]) -> Result<(), IngestError> {
        let progress = self.progress_bar(inputs.len());
        let hashes = hash_inputs(inputs);
        let pdfs: Vec<&Input> = inputs.iter().filter(|i| i.kind == Kind::Pdf).collect();
        let registers: Vec<&Input> = inputs.iter().filter(|i| i.kind == Kind::Register).collect();
        let present: HashSet<&str> = pdfs.iter().map(|i| i.source.as_str()).collect();
        let mut attached: HashMap<String, (RegisterRow, String)> = HashMap::new();
        let mut unread = HashSet::new();
        for input in registers {
            progress.set_message(input.source.clone());
            if self.register_changed(input, &hashes, &present) {
                self.ingest_register_file(input, &mut attached)?;
            } else {
                self.report.unchanged_files += 1;
                unread.insert(input.source.as_str());
            }
            progress.inc(1);
        }
        let mut to_read = Vec::new();
        for input in pdfs {
            let previous = self.previous.files.get(&input.source);
            let attachment = match attached.get(&input.source) {
                Some((_, register)) => Some(Attachment {
                    source: register.clone(),
                    sha256: hashes.get(register).cloned().unwrap_or_default(),
                }),
                // An unread register is unchanged, and so is what it attaches.
                None => previous
                    .and_then(|e| e.register.clone())
                    .filter(|r| unread.contains(r.source.as_str())),
            };
            match self.unchanged_act(input, &hashes, attachment.as_ref()) {
                Some(id) => {
                    self.skip_unchanged(input, &hashes, id);
                    progress.inc(1);
                }
                None => to_read.push((input, attachment)),
            }
        }
        let mut ingest_pdf = |run: &mut Self, i: usize, read: Option<WorkerResult>| {
            let (input, attachment) = &to_read[i];
            progress.set_message(input.source.clone());
            let row = attached.remove(&input.source).map(|(row, _)| row);
            run.ingest_pdf_file(input, row.as_ref(), attachment.clone(), read)?;
            progress.inc(1);
            Ok(())
        };
        let paths: Vec<&Input> = to_read.iter().map(|(input, _)| *input).collect();
        match self.options.worker.clone() {
            Some(worker) => isolated(&worker, &paths, |i, read| ingest_pdf(self, i, Some(read)))?,
            None => {
                for i in 0..paths.len() {
                    ingest_pdf(self, i, None)?;
                }
            }
        }
        for input in inputs.iter().filter(|i| i.kind == Kind::Other) {
            self.report.ignored.push(input.source.clone());
            progress.inc(1);
        }
        progress.finish_and_clear();
        Ok(())
    }

    /// True when the last commit's manifest has no entry for this file with
    /// the same content and options, or the register whose row it took
    /// has changed since.
    fn changed(&self, source: &str, hashes: &HashMap<String, String>) -> bool {
        let Some(entry) = self.previous.files.get(source) else {
            return true;
        };
        let register_changed = entry
            .register
            .as_ref()
            .is_some_and(|r| hashes.get(&r.source) != Some(&r.sha256));
        hashes.get(source) != Some(&entry.sha256)
            || self.previous.settings_of(entry) != Some(&self.settings)
            || register_changed
    }

    /// True when a register must be read again: it, or the metadata sheet
    /// beside it, changed, or a PDF one of its rows names changed, appeared
    /// or went (so that row's act changes).
    fn register_changed(
        &self,
        input: &Input,
        hashes: &HashMap<String, String>,
        present: &HashSet<&str>,
    ) -> bool {
        if self.changed(&input.source, hashes) {
            return true;
        }
        let sibling = input
            .source
            .rsplit('/')
            .next()
            .and_then(register::metadata::sibling_name)
            .map(|name| match input.source.rsplit_once('/') {
                Some((dir, _)) => format!("{dir}/{name}"),
                None => name,
            });
        if sibling.is_some_and(|s| {
            s != input.source && hashes.contains_key(&s) && self.changed(&s, hashes)
        }) {
            return true;
        }
        let Some(entry) = self.previous.files.get(&input.source) else {
            return true;
        };
        entry.refers.iter().any(|(pdf, was_there)| {
            let there = present.contains(pdf.as_str());
            there != *was_there || (there && self.changed(pdf, hashes))
        })
    }

    /// The act of a PDF that need not be read again: same content, options
    /// and register row as when the last commit's manifest recorded it.
    /// A PDF that gave no act (unreadable, a copy) is always read again, so
    /// its problem is in this run's report too.
    fn unchanged_act(
        &self,
        input: &Input,
        hashes: &HashMap<String, String>,
        attachment: Option<&Attachment>,
    ) -> Option<ActId> {
        let entry = self.previous.files.get(&input.source)?;
        let same = !self.changed(&input.source, hashes) && entry.register.as_ref() == attachment;
        same.then(|| entry.act.clone()).flatten()
    }

    /// Counts an unchanged PDF as seen, so copies and id clashes are judged
    /// as if it had been read.
    fn skip_unchanged(&mut self, input: &Input, hashes: &HashMap<String, String>, id: ActId) {
        if let Some(sha) = hashes.get(&input.source) {
            self.seen_content.insert(sha.clone(), input.source.clone());
        }
        self.written.insert(id, input.source.clone());
        self.report.unchanged_files += 1;
    }

    /// Reads, keeps and ingests one register file, and records it.
    fn ingest_register_file(
        &mut self,
        input: &Input,
        attached: &mut HashMap<String, (RegisterRow, String)>,
    ) -> Result<(), IngestError> {
        let Some(bytes) = self.read(input) else {
            return Ok(());
        };
        let sha256 = sha256_hex(&bytes);
        let kept = self.keep(input, &sha256, &bytes);
        let refers = self.ingest_register(input, &bytes, &sha256, attached)?;
        if kept && !self.refused.contains(&input.source) {
            self.record(input, sha256, None, None);
            if let Some(entry) = self.manifest.files.get_mut(&input.source) {
                entry.refers = refers;
            }
        }
        self.tick()
    }

    /// Reads, keeps and ingests one PDF, and records it.
    fn ingest_pdf_file(
        &mut self,
        input: &Input,
        row: Option<&RegisterRow>,
        attachment: Option<Attachment>,
        read: Option<WorkerResult>,
    ) -> Result<(), IngestError> {
        let Some(bytes) = self.read(input) else {
            return Ok(());
        };
        let sha256 = sha256_hex(&bytes);
        let kept = self.keep(input, &sha256, &bytes);
        let act = self.ingest_pdf(input, &bytes, &sha256, row, read)?;
        if kept && !self.refused.contains(&input.source) {
            self.record(input, sha256, attachment, act);
        }
        self.tick()
    }

    /// Notes a file in the manifest as read in this run.
    fn record(
        &mut self,
        input: &Input,
        sha256: String,
        register: Option<Attachment>,
        act: Option<ActId>,
    ) {
        let entry = FileEntry {
            sha256,
            ext: extension(&input.path),
            settings: String::new(),
            register,
            refers: Default::default(),
            act,
        };
        self.manifest.record(&input.source, &self.settings, entry);
    }

    /// Commits with a checkpoint once [`CHECKPOINT_EVERY`] has passed.
    fn tick(&mut self) -> Result<(), IngestError> {
        if self.checkpointed.elapsed() < self.options.checkpoint_every {
            return Ok(());
        }
        if let (Some(store), true) = (&self.store, self.withdrawn_changed) {
            self.withdrawn.save(store)?;
        }
        checkpoint::commit(self.writer, self.store.as_ref(), &self.manifest, false)?;
        self.archive.reader.reload()?;
        self.checkpointed = Instant::now();
        Ok(())
    }

    /// Files the index holds acts of (or the manifest lists) that are not
    /// in this run's folders. With `--prune` their acts are removed and
    /// they leave the manifest; without, the report lists them.
    fn files_gone(&mut self, inputs: &[Input]) -> Result<Vec<String>, IngestError> {
        let present: HashSet<&str> = inputs.iter().map(|i| i.source.as_str()).collect();
        let field = self.archive.fields.source_file;
        let mut known: std::collections::BTreeSet<String> =
            self.manifest.files.keys().cloned().collect();
        for source in self.archive.terms(field)? {
            if !known.contains(&source) && self.archive.count(field, &source)? > 0 {
                known.insert(source);
            }
        }
        let gone: Vec<String> = known
            .into_iter()
            .filter(|source| !source.is_empty() && !present.contains(source.as_str()))
            .collect();
        if gone.is_empty() {
            return Ok(gone);
        }
        if !self.options.prune {
            let listed: Vec<&str> = gone.iter().take(10).map(String::as_str).collect();
            let more = if gone.len() > 10 { ", …" } else { "" };
            let reason = format!(
                "{} files in the index are not in the folders of this run; their acts are kept (`arkiva ingest --prune` removes them): {}{more}",
                gone.len(),
                listed.join(", ")
            );
            self.report.note("", None, reason);
            return Ok(gone);
        }
        for source in &gone {
            self.remove_all_rows(source)?;
            self.manifest.files.remove(source);
            self.report.note(
                source,
                None,
                "no longer in the ingested folders: its acts were removed (--prune)",
            );
        }
        Ok(gone)
    }

    fn progress_bar(&self, len: usize) -> ProgressBar {
        if !self.options.progress {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::new(len as u64);
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} {wide_msg}") {
            bar.set_style(style);
        }
        bar
    }

    /// Reads a register; rows that name a PDF are handed over to that PDF
    /// (through `attached`), the others become acts of their own. Returns
    /// the PDFs its rows name, each with whether it is in this run.
    fn ingest_register(
        &mut self,
        input: &Input,
        bytes: &[u8],
        sha256: &str,
        attached: &mut HashMap<String, (RegisterRow, String)>,
    ) -> Result<BTreeMap<String, bool>, IngestError> {
        let mut refers = BTreeMap::new();
        if register::metadata::is_metadata_file(&input.source) {
            self.report.note(
                &input.source,
                None,
                "metadata sheet of a register (its municipality and year), read with that register; not a register itself",
            );
            return Ok(refers);
        }
        self.report.files += 1;
        if self.side_register(input, bytes)? {
            return Ok(refers);
        }
        let mut register = match register::read_register_file(&input.path, bytes) {
            Ok(register) => register,
            Err(e) => {
                self.report.error(&input.source, None, e.to_string());
                return Ok(refers);
            }
        };
        for note in &register.notes {
            self.report
                .warning(&input.source, note.line, note.what.clone());
        }
        self.report.records += register.problems.len();
        for problem in &register.problems {
            self.report
                .error(&input.source, Some(problem.line), problem_reason(problem));
        }
        for warning in &register.warnings {
            self.report
                .warning(&input.source, Some(warning.line), problem_reason(warning));
        }
        let municipality_from = self.register_context(input, &mut register);
        // The register's rows the index holds: whose they are decides a
        // clash, and those it no longer lists are removed below.
        let stored = self
            .archive
            .find_all(self.archive.fields.source_file, &input.source)?;
        let ours = register
            .rows
            .iter()
            .map(|row| {
                row.municipality
                    .clone()
                    .unwrap_or_else(|| self.options.municipality.clone())
            })
            .collect();
        if self.replaces_other_municipalities(&input.source, &stored, &ours) {
            return Ok(refers);
        }
        self.report.note(
            &input.source,
            None,
            format!("read as {}", register.profile.label()),
        );
        self.report.registers.push(report::RegisterSummary {
            source: input.source.clone(),
            profile: register.profile,
            rows: register.rows.len(),
            reported: register.problems.len(),
            municipality_from,
        });
        let mut kept = HashSet::new();
        for row in register.rows {
            if let Some(reference) = row.file.as_deref() {
                let resolved = inputs::resolve(&input.source, reference);
                if let Some(pdf) = &resolved {
                    refers.insert(pdf.clone(), self.pdf_sources.contains_key(pdf));
                }
                match resolved.filter(|pdf| self.pdf_sources.contains_key(pdf)) {
                    Some(pdf) => {
                        attached.insert(pdf, (row, input.source.clone()));
                        continue;
                    }
                    None => self.report.warning(
                        &input.source,
                        Some(row.line),
                        format!("file '{reference}' is not in the ingested folder; the row is indexed on its own"),
                    ),
                }
            }
            self.report.records += 1;
            let act = record::act_from_row(&input.source, sha256, &row, &self.options.municipality);
            kept.insert(act.id.clone());
            self.write(act, Some(row.line))?;
        }
        self.remove_rows(stored, &kept);
        Ok(refers)
    }

    /// Reads a CSV file whose header is a sessions or councillors register's
    /// (decoded as act registers are, so legacy encodings work) into the run's
    /// side registers; returns false, reading nothing, for any other file.
    /// Such a register describes sessions and people, not acts: acts an earlier
    /// run may have made of the file are removed.
    fn side_register(&mut self, input: &Input, bytes: &[u8]) -> Result<bool, IngestError> {
        use crate::sessions::{councillors, register as sessions_register};
        let spreadsheet = input
            .path
            .extension()
            .and_then(|e| e.to_str())
            .and_then(register::sheet::Format::from_extension)
            .is_some();
        if spreadsheet {
            return Ok(false);
        }
        let decoded = register::decode::decode(bytes);
        // One line end for every line end, so line numbers stay physical
        // (the csv reader counts only `\n`).
        let text = decoded.text.replace("\r\n", "\n").replace('\r', "\n");
        let headers = councillors::first_row(&text);
        let (what, rows, errors): (&str, usize, Vec<(Option<u64>, String)>) =
            if sessions_register::is_sessions_header(&headers) {
                let (entries, errors) = sessions_register::read(&text);
                let errors = errors.iter().map(|e| (e.line(), e.to_string())).collect();
                let rows = entries.len();
                self.side.sessions.insert(input.source.clone(), entries);
                ("sessions register", rows, errors)
            } else if councillors::is_councillors_header(&headers) {
                let (list, errors) = councillors::Councillors::from_csv(&text);
                let errors = errors.iter().map(|e| (e.line(), e.to_string())).collect();
                let rows = list.list.len();
                self.side.councillors.insert(input.source.clone(), list);
                ("councillors register", rows, errors)
            } else {
                return Ok(false);
            };
        for note in decoded.repairs.iter().chain(&decoded.problems) {
            self.report
                .warning(&input.source, note.line, note.what.clone());
        }
        self.report.records += rows + errors.len();
        for (line, reason) in errors {
            self.report.error(&input.source, line, reason);
        }
        self.report.note(
            &input.source,
            None,
            format!("read as {what}: {rows} rows (kept beside the index, not as acts)"),
        );
        self.remove_all_rows(&input.source)?;
        Ok(true)
    }

    /// Gives the rows without a municipality cell the register's: from its
    /// metadata (a `*-metadata.csv` beside it, or the form's rows above the
    /// header), else from a folder named after a municipality; the
    /// `--municipality` flag stays the last resort (in `record`). The
    /// metadata's fiscal year is kept in each row's details. Returns where
    /// the municipality came from.
    fn register_context(
        &mut self,
        input: &Input,
        register: &mut register::Register,
    ) -> Option<&'static str> {
        let meta = self.sibling_metadata(input).or(register.meta.clone());
        let (municipality, from) = match meta.municipality.clone() {
            Some(m) => (Some(m), Some("metadata")),
            None => match register::metadata::municipality_from_path(&input.source) {
                Some(m) => (Some(m), Some("folder")),
                None => (None, None),
            },
        };
        let mut used = false;
        for row in &mut register.rows {
            if row.municipality.is_none() && municipality.is_some() {
                row.municipality.clone_from(&municipality);
                used = true;
            }
            if let Some(year) = meta.year {
                row.details
                    .push(("Viti fiskal (sipas raportit)".to_owned(), year.to_string()));
            }
        }
        from.filter(|_| used)
    }

    /// The `*-metadata.csv` beside a register, read; empty when there is
    /// none. One that cannot be read is a warning, and the register is still read.
    fn sibling_metadata(&mut self, input: &Input) -> register::metadata::RegisterMeta {
        let name = input.path.file_name().and_then(|n| n.to_str());
        let Some(sibling) = name.and_then(register::metadata::sibling_name) else {
            return Default::default();
        };
        let path = input.path.with_file_name(&sibling);
        if path == input.path || !path.is_file() {
            return Default::default();
        }
        let read = std::fs::read(&path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| register::table::from_csv(&bytes).map_err(|e| e.to_string()));
        match read {
            Ok(table) => register::metadata::from_table(&table),
            Err(e) => {
                self.report.warning(
                    &input.source,
                    None,
                    format!("metadata sheet '{sibling}' cannot be read: {e}"),
                );
                Default::default()
            }
        }
    }

    /// Every act of the file at `source` (a register's rows) is removed.
    fn remove_all_rows(&mut self, source: &str) -> Result<(), IngestError> {
        let stored = self
            .archive
            .find_all(self.archive.fields.source_file, source)?;
        self.remove_rows(stored, &HashSet::new());
        Ok(())
    }

    /// Rows that an earlier version of this register listed (`stored`) and
    /// this one does not are removed: the register is the record of its rows.
    fn remove_rows(&mut self, stored: Vec<Act>, kept: &HashSet<ActId>) {
        let id = self.archive.fields.id;
        for act in stored.into_iter().filter(|a| !kept.contains(&a.id)) {
            self.writer
                .delete_term(Term::from_field_text(id, act.id.as_str()));
            self.report.removed += 1;
        }
    }

    /// Ingests one PDF; returns the id of its act, if it made one.
    fn ingest_pdf(
        &mut self,
        input: &Input,
        bytes: &[u8],
        sha256: &str,
        row: Option<&RegisterRow>,
        read: Option<WorkerResult>,
    ) -> Result<Option<ActId>, IngestError> {
        self.report.files += 1;
        self.report.records += 1;
        if let Some(first) = self.copy_of(&input.source, sha256)? {
            let reason =
                format!("same content as '{first}'; the act is indexed once, under that path");
            self.report.warning(&input.source, None, reason);
            return Ok(None);
        }
        self.seen_content
            .insert(sha256.to_owned(), input.source.clone());
        let ocr = self
            .options
            .ocr
            .then(|| pdf::OcrReader::new(Some(&input.path)));
        let mut text = match pdf_text(bytes, read, ocr.as_ref()) {
            Ok(text) => text,
            Err(e) if row.is_some() => {
                let reason = format!("{e}; indexed with the register's metadata only");
                self.report.warning(&input.source, None, reason);
                Default::default()
            }
            Err(e) => {
                self.report.error(&input.source, None, e.to_string());
                return Ok(None);
            }
        };
        for (page, reason) in &text.failed_pages {
            let reason = format!("page {page} could not be read: {reason}");
            self.report.warning(&input.source, None, reason);
        }
        for note in &text.notes {
            self.report.warning(&input.source, None, note.clone());
        }
        let ocr = !text.ocr_pages.is_empty();
        let unread = std::mem::take(&mut text.unread_scans);
        let text = text.joined();
        if !unread.is_empty() {
            self.ocr_missing();
        }
        if text.trim().is_empty() && row.is_none() {
            let why = if unread.is_empty() {
                ""
            } else {
                " and OCR is off"
            };
            let reason =
                format!("no text layer (a scan?){why}; indexed with what its file name says");
            self.report.warning(&input.source, None, reason);
        } else if !unread.is_empty() {
            let pages: Vec<String> = unread.iter().map(u32::to_string).collect();
            let reason = format!(
                "no text layer on page(s) {} and OCR is off; indexed without their text",
                pages.join(", ")
            );
            self.report.warning(&input.source, None, reason);
        }
        let header = header::read(&text);
        let municipality = header
            .municipality
            .clone()
            .unwrap_or_else(|| self.options.municipality.clone());
        let id = self.settle_file_id(&input.source, sha256, &municipality)?;
        let pdf = PdfRecord {
            source: &input.source,
            sha256,
            text,
            ocr,
            header,
            row,
        };
        let act = record::act_from_pdf(pdf, &self.options.municipality, id.clone());
        let stored = self
            .archive
            .find_all(self.archive.fields.source_file, &input.source)?;
        let ours = std::collections::BTreeSet::from([act.municipality.clone()]);
        if self.replaces_other_municipalities(&input.source, &stored, &ours) {
            return Ok(None);
        }
        self.write(act, None)?;
        Ok(Some(id))
    }

    /// True, with the error in the report, when the acts the index holds
    /// from a file of `source`'s path (`stored`) are all of other
    /// municipalities than `ours` (see `clash`).
    fn replaces_other_municipalities(
        &mut self,
        source: &str,
        stored: &[Act],
        ours: &std::collections::BTreeSet<String>,
    ) -> bool {
        let theirs = stored.iter().map(|act| act.municipality.clone()).collect();
        let Some(reason) = clash::other_municipalities(&theirs, ours) else {
            return false;
        };
        self.report.error(source, None, reason);
        self.refused.insert(source.to_owned());
        true
    }

    /// Says once in a run that OCR is off and how to install Tesseract.
    fn ocr_missing(&mut self) {
        if !self.ocr_missing_said {
            self.report.warning("", None, OCR_MISSING.clone());
            self.ocr_missing_said = true;
        }
    }

    /// Keeps the original in the store, so its act can always serve it and
    /// the index can be rebuilt from the store; false when it could not be
    /// kept (then the file is not recorded, and is read again next run).
    fn keep(&mut self, input: &Input, sha256: &str, bytes: &[u8]) -> bool {
        let Some(store) = &self.store else {
            return true;
        };
        match store.keep(sha256, &extension(&input.path), bytes) {
            Ok(_) => true,
            Err(e) => {
                let reason = format!("cannot keep a copy of the original: {e}");
                self.report.warning(&input.source, None, reason);
                false
            }
        }
    }

    /// The other path, in this run, of a file with the same content: a
    /// copy is the same act, indexed once. The file seen first in this run
    /// wins, and so does one the archive already holds under its path.
    fn copy_of(&self, source: &str, sha256: &str) -> Result<Option<String>, IngestError> {
        if let Some(first) = self.seen_content.get(sha256) {
            return Ok(Some(first.clone()));
        }
        let stored = self.archive.find(self.archive.fields.sha256, sha256, 16)?;
        Ok(stored
            .into_iter()
            .map(|act| act.source)
            .find(|other| other != source && self.still_holds(other, sha256)))
    }

    /// True when the file at `source` is in this run and still has this content.
    fn still_holds(&self, source: &str, sha256: &str) -> bool {
        self.pdf_sources
            .get(source)
            .and_then(|path| std::fs::read(path).ok())
            .is_some_and(|bytes| sha256_hex(&bytes) == sha256)
    }

    /// A file keeps the id it had under its path (a corrected file keeps its
    /// permalink); a file whose content the index holds under a path that is
    /// gone has moved and keeps that act's id; anything else is new.
    fn settle_file_id(
        &self,
        source: &str,
        sha256: &str,
        municipality: &str,
    ) -> Result<ActId, IngestError> {
        let fields = &self.archive.fields;
        if let Some(act) = self
            .archive
            .find(fields.source, source, 1)?
            .into_iter()
            .next()
        {
            return Ok(act.id);
        }
        let moved = self
            .archive
            .find(fields.sha256, sha256, 16)?
            .into_iter()
            .find(|a| {
                !self.pdf_sources.contains_key(&a.source) && !self.written.contains_key(&a.id)
            });
        Ok(match moved {
            Some(act) => act.id,
            None => record::file_id(municipality, source),
        })
    }

    fn write(&mut self, act: Act, line: Option<u64>) -> Result<(), IngestError> {
        if let Some(first) = self.written.get(&act.id) {
            let reason = format!(
                "same act as '{first}' (same municipality, number and date; for a contract also the same operator, price and title); kept the first"
            );
            self.report.warning(&act.source, line, reason);
            return Ok(());
        }
        self.written.insert(act.id.clone(), act.source.clone());
        if let Some(withdrawal) = self.withdrawn.acts.get_mut(&act.id) {
            let reason = "withdrawn (`arkiva withdraw`): kept out of the index; `arkiva reinstate` brings it back";
            self.report.note(&act.source, line, reason);
            if withdrawal.act != act {
                withdrawal.act = act;
                self.withdrawn_changed = true;
            }
            return Ok(());
        }
        match self.archive.get(&act.id)? {
            Some(old) if old == act => {
                self.report.unchanged += 1;
                return Ok(());
            }
            Some(_) => self.report.updated += 1,
            None => self.report.added += 1,
        }
        let fields = &self.archive.fields;
        self.writer
            .delete_term(Term::from_field_text(fields.id, act.id.as_str()));
        self.writer.add_document(fields.to_document(&act))?;
        Ok(())
    }

    fn read(&mut self, input: &Input) -> Option<Vec<u8>> {
        match std::fs::read(&input.path) {
            Ok(bytes) => Some(bytes),
            Err(e) => {
                self.report
                    .error(&input.source, None, format!("cannot read file: {e}"));
                None
            }
        }
    }
}

/// The SHA-256 of every input that can be read, by source.
fn hash_inputs(inputs: &[Input]) -> HashMap<String, String> {
    inputs
        .iter()
        .filter(|i| i.kind != Kind::Other)
        .filter_map(|i| Some((i.source.clone(), sha256_hex(&std::fs::read(&i.path).ok()?))))
        .collect()
}

/// The lowercase extension a file's copy in the store carries.
fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .filter(|e| !e.is_empty() && e.len() <= 8 && e.bytes().all(|b| b.is_ascii_alphanumeric()))
        .unwrap_or_else(|| "bin".to_owned())
}

/// What a worker made of one PDF.
type WorkerResult = Result<Extraction, WorkerError>;

/// The text of a PDF: what its worker read, or, without one, read here.
fn pdf_text(
    bytes: &[u8],
    read: Option<WorkerResult>,
    ocr: Option<&pdf::OcrReader>,
) -> Result<PdfText, String> {
    match read {
        Some(Ok(extraction)) => Ok(extraction.to_pdf_text()),
        Some(Err(e)) => Err(e.to_string()),
        None => pdf::extract_with(bytes, ocr).map_err(|e| e.to_string()),
    }
}

/// How many PDFs the workers may read ahead of the one being indexed: enough
/// to keep every worker busy behind one slow file, few enough that the texts
/// waiting in memory stay small.
const READ_AHEAD_PER_WORKER: usize = 8;

/// Reads `pdfs` in worker processes, as many at once as there are cores,
/// and hands each result to `ingest` in the order of `pdfs`, on this thread
/// (the run's state is not shared). Stops the workers when `ingest` fails.
fn isolated(
    worker: &Worker,
    pdfs: &[&Input],
    mut ingest: impl FnMut(usize, WorkerResult) -> Result<(), IngestError>,
) -> Result<(), IngestError> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(pdfs.len().max(1));
    let window = threads * READ_AHEAD_PER_WORKER;
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let (sender, results) = mpsc::channel::<(usize, WorkerResult)>();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let sender = sender.clone();
            let (next, done, stop) = (&next, &done, &stop);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= pdfs.len() {
                    return;
                }
                while i >= done.load(Ordering::SeqCst) + window {
                    if stop.load(Ordering::SeqCst) {
                        return;
                    }
                    std::thread::sleep(Duration::from_millis(5));
                }
                if stop.load(Ordering::SeqCst) {
                    return;
                }
                let read = isolate::extract(worker, &pdfs[i].path);
                if sender.send((i, read)).is_err() {
                    return;
                }
            });
        }
        drop(sender);
        let outcome = in_order(pdfs.len(), &results, &done, &mut ingest);
        stop.store(true, Ordering::SeqCst);
        outcome
    })
}

/// Receives the workers' results and passes them on in input order.
fn in_order(
    count: usize,
    results: &mpsc::Receiver<(usize, WorkerResult)>,
    done: &AtomicUsize,
    ingest: &mut impl FnMut(usize, WorkerResult) -> Result<(), IngestError>,
) -> Result<(), IngestError> {
    let mut waiting: HashMap<usize, WorkerResult> = HashMap::new();
    for i in 0..count {
        let read = loop {
            if let Some(read) = waiting.remove(&i) {
                break read;
            }
            match results.recv() {
                Ok((j, read)) => {
                    waiting.insert(j, read);
                }
                // Every worker thread has ended without this file: cannot
                // happen, as each index is taken by exactly one thread.
                Err(_) => break Err(WorkerError::Spawn("the reading thread ended".into())),
            }
        };
        ingest(i, read)?;
        done.store(i + 1, Ordering::SeqCst);
    }
    Ok(())
}
