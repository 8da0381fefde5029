//! What an ingest run did: counts, and every input it skipped or could only
//! partly read, with the reason. Saved as `ingest-report.json` in the index
//! directory so that a person or a script can check what was left out.

use std::fmt;
use std::path::Path;

use serde::Serialize;

/// How bad a problem is: `error` means the input (file or row) was left out,
/// `warning` means it was indexed but something in it could not be read,
/// `note` is not a problem but worth knowing (how a register was read, a
/// metadata sheet used for its register); notes are kept apart, in
/// [`IngestReport::notes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

/// One problem with one input.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    /// The input path relative to the ingested folder.
    pub source: String,
    /// The physical line, for a register row.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    pub severity: Severity,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "skipped",
            Severity::Warning => "warning",
            Severity::Note => "note",
        };
        match self.line {
            Some(line) => write!(f, "{level}: {}:{line}: {}", self.source, self.reason),
            None => write!(f, "{level}: {}: {}", self.source, self.reason),
        }
    }
}

/// The result of one `arkiva ingest`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IngestReport {
    pub started: String,
    pub seconds: f64,
    /// Input files seen (PDFs and registers).
    pub files: usize,
    /// Records in the input (acts from PDFs plus register rows).
    pub records: usize,
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Records removed from the index: rows a register no longer lists, and
    /// (with `--prune`) the acts of files no longer in the ingested folders.
    pub removed: usize,
    /// Files whose content and options match the last run's: not read again.
    pub unchanged_files: usize,
    /// Files ignored because arkiva does not read their kind.
    pub ignored: Vec<String>,
    pub problems: Vec<Problem>,
    /// Facts about the run that are not problems (severity `note`): the
    /// layout each register was read with, metadata sheets.
    pub notes: Vec<Problem>,
    /// Each register read: its layout and what became of its rows.
    pub registers: Vec<RegisterSummary>,
    /// Sessions and resolved links between acts in the whole archive after the run.
    pub sessions: usize,
    pub links: usize,
}

/// How one register was read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegisterSummary {
    pub source: String,
    /// The layout (`annual_report`, `condensed`, `headers`).
    pub profile: crate::ingest::register::profile::Profile,
    /// Rows read into records.
    pub rows: usize,
    /// Rows reported and not indexed (blank, totals, unreadable…).
    pub reported: usize,
    /// Where the municipality of rows without one came from, if anywhere:
    /// `metadata`, `folder`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub municipality_from: Option<&'static str>,
}

impl IngestReport {
    pub fn error(&mut self, source: &str, line: Option<u64>, reason: impl Into<String>) {
        self.push(source, line, Severity::Error, reason.into());
    }

    pub fn warning(&mut self, source: &str, line: Option<u64>, reason: impl Into<String>) {
        self.push(source, line, Severity::Warning, reason.into());
    }

    pub fn note(&mut self, source: &str, line: Option<u64>, reason: impl Into<String>) {
        self.notes.push(Problem {
            source: source.to_string(),
            line,
            severity: Severity::Note,
            reason: reason.into(),
        });
    }

    fn push(&mut self, source: &str, line: Option<u64>, severity: Severity, reason: String) {
        self.problems.push(Problem {
            source: source.to_string(),
            line,
            severity,
            reason,
        });
    }

    pub fn skipped(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == severity)
            .count()
    }

    /// Writes the report as pretty JSON, through a temporary file so that a
    /// crash never leaves half a report.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let json = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        let tmp = path.with_extension("json.tmp");
        std::fs::write(&tmp, json)?;
        std::fs::rename(&tmp, path)
    }
}

impl fmt::Display for IngestReport {
    /// The one-paragraph summary printed at the end of a run.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Ingested {} files ({} records) in {:.1} s: {} added, {} updated, {} unchanged, {} removed; \
             {} skipped, {} warnings",
            self.files,
            self.records,
            self.seconds,
            self.added,
            self.updated,
            self.unchanged,
            self.removed,
            self.skipped(),
            self.warnings(),
        )?;
        if self.unchanged_files > 0 {
            write!(
                f,
                "; {} files unchanged since the last run, not read again",
                self.unchanged_files
            )?;
        }
        if !self.ignored.is_empty() {
            write!(f, "; {} files of other kinds ignored", self.ignored.len())?;
        }
        if self.sessions + self.links > 0 {
            write!(
                f,
                "; the archive holds {} sessions and {} links between acts",
                self.sessions, self.links
            )?;
        }
        write!(f, ".")
    }
}
