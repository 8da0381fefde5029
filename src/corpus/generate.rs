//! The corpus generator behind `gen-corpus`: N records of the municipality,
//! dated 2015–2026 in order (so later acts can cite earlier ones), written
//! as PDFs, word-processor sources and register rows.
//!
//! At any scale the same kinds of record are written. PDFs are bounded
//! ([`Plan::max_pdfs`]); beyond that, acts go into yearly registers that
//! carry their full text, and contracts into the yearly register of signed
//! contracts — so a million records take minutes and a few gigabytes.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

use super::acts;
use super::draft::Draft;
use super::rng::Rng;
use super::world::{Ctx, Earlier};
use super::write;
use crate::model::ActType;

/// What to generate.
#[derive(Debug, Clone)]
pub struct Plan {
    pub records: usize,
    pub seed: u64,
    pub out: PathBuf,
    /// At most this many PDFs (and word sources) in all.
    pub max_pdfs: usize,
    /// Where to write word-processor sources for `sample/render.py`; `None`
    /// writes every document as a PDF.
    pub word_sources: Option<PathBuf>,
    /// Share of documents written as word sources when `word_sources` is set.
    pub word_share: f64,
    /// Where to write the expected metadata of every document.
    pub manifest: PathBuf,
}

impl Plan {
    pub fn new(records: usize, out: PathBuf) -> Plan {
        Plan {
            records,
            seed: DEFAULT_SEED,
            manifest: out.join("manifest.json"),
            out,
            max_pdfs: 2_000,
            word_sources: None,
            word_share: 0.75,
        }
    }
}

pub const DEFAULT_SEED: u64 = 2015;
/// Acts are dated from the first day of 2015 to this day (fixed, so the
/// corpus does not depend on when it is generated).
pub const FIRST_DAY: (i32, u32, u32) = (2015, 1, 5);
pub const LAST_DAY: (i32, u32, u32) = (2026, 11, 20);

/// How often each kind appears, in parts.
const KIND_WEIGHTS: &[(ActType, usize)] = &[
    (ActType::Vendim, 22),
    (ActType::Kontrate, 16),
    (ActType::NjoftimPerKontrate, 9),
    (ActType::Komunikate, 8),
    (ActType::Konkurs, 8),
    (ActType::Njoftim, 8),
    (ActType::Procesverbal, 6),
    (ActType::Ftese, 6),
    (ActType::Shpallje, 7),
    (ActType::Raport, 6),
    (ActType::Rregullore, 4),
    (ActType::Tjeter, 2),
];

#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write a register row to {path}: {source}")]
    Csv { path: PathBuf, source: csv::Error },
}

/// What was written.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Summary {
    pub records: usize,
    pub pdfs: usize,
    pub word_sources: usize,
    pub register_rows: usize,
    pub by_kind: BTreeMap<String, usize>,
}

/// The expected metadata of one written document, for extraction tests.
#[derive(Debug, Clone, Serialize)]
pub struct Expected {
    pub file: String,
    #[serde(rename = "type")]
    pub kind: ActType,
    pub number: Option<String>,
    pub date: NaiveDate,
    pub issuer: String,
    pub title: String,
}

pub fn run(plan: &Plan) -> Result<Summary, GenerateError> {
    let mut ctx = Ctx::new(plan.seed);
    let mut planner = ctx.rng.fork(1);
    let dates = dates(&mut planner, plan.records);
    let mut out = Outputs::new(plan);
    for (i, date) in dates.into_iter().enumerate() {
        let kind = kind(&mut planner);
        let draft = acts::draft(&mut ctx, kind, date);
        remember(&mut ctx, &draft);
        let remaining = plan.records - i;
        let as_document = out.documents_left() > 0
            && planner.below(remaining) < out.documents_left()
            && !(kind == ActType::Kontrate && planner.chance(0.6));
        if as_document {
            let word = plan.word_sources.is_some() && planner.chance(plan.word_share);
            out.document(&draft, word)?;
        } else {
            out.row(&draft)?;
        }
    }
    out.finish()
}

/// `n` dates spread over the whole period, in order.
fn dates(rng: &mut Rng, n: usize) -> Vec<NaiveDate> {
    let first = ymd(FIRST_DAY);
    let days = (ymd(LAST_DAY) - first).num_days().max(1) as u64;
    let mut dates: Vec<NaiveDate> = (0..n)
        .map(|_| {
            let mut d = first + Duration::days(rng.range(0, days) as i64);
            // Offices do not sign on Sundays.
            if d.weekday() == chrono::Weekday::Sun {
                d += Duration::days(1);
            }
            d
        })
        .collect();
    dates.sort_unstable();
    dates
}

fn ymd((y, m, d): (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

fn kind(rng: &mut Rng) -> ActType {
    let total: usize = KIND_WEIGHTS.iter().map(|(_, w)| w).sum();
    let mut draw = rng.below(total);
    for (kind, weight) in KIND_WEIGHTS {
        if draw < *weight {
            return *kind;
        }
        draw -= weight;
    }
    ActType::Vendim
}

/// Decisions and regulations can be cited later; the generators remember
/// their own, this catches any they do not.
fn remember(ctx: &mut Ctx, draft: &Draft) {
    let citable = matches!(draft.kind, ActType::Vendim | ActType::Rregullore);
    let known = ctx
        .earlier
        .last()
        .is_some_and(|e| e.date == draft.date && Some(&e.number) == draft.number.as_ref());
    if let (true, false, Some(number)) = (citable, known, &draft.number) {
        ctx.remember(Earlier {
            kind: draft.kind,
            number: number.clone(),
            date: draft.date,
            title: draft.title.clone(),
            issuer: "",
        });
    }
    // Keep citations cheap at a million records.
    if ctx.earlier.len() > 5_000 {
        ctx.earlier.drain(..1_000);
    }
}

/// The files being written.
struct Outputs<'a> {
    plan: &'a Plan,
    summary: Summary,
    manifest: Vec<Expected>,
    registers: BTreeMap<String, csv::Writer<BufWriter<File>>>,
    names: BTreeMap<String, usize>,
}

impl<'a> Outputs<'a> {
    fn new(plan: &'a Plan) -> Self {
        Outputs {
            plan,
            summary: Summary::default(),
            manifest: Vec::new(),
            registers: BTreeMap::new(),
            names: BTreeMap::new(),
        }
    }

    fn documents_left(&self) -> usize {
        let written = self.summary.pdfs + self.summary.word_sources;
        self.plan.max_pdfs.saturating_sub(written)
    }

    /// A file name no other document of the run has.
    fn unique_name(&mut self, draft: &Draft) -> String {
        let stem = format!("{}/{}", draft.date.year(), draft.slug);
        let seen = self.names.entry(stem.clone()).or_insert(0);
        *seen += 1;
        match *seen {
            1 => format!("{stem}.pdf"),
            n => format!("{stem}-{n}.pdf"),
        }
    }

    fn document(&mut self, draft: &Draft, word: bool) -> Result<(), GenerateError> {
        let name = self.unique_name(draft);
        let file = if word {
            // render.py writes word-processor PDFs under data/aktet/.
            let sources = self.plan.word_sources.as_deref().unwrap_or(Path::new("."));
            let source_name = name.replace('/', "-").replace(".pdf", ".txt");
            let path = sources.join(source_name);
            write_file(&path, write::word_source(draft, &name).as_bytes())?;
            self.summary.word_sources += 1;
            format!("aktet/{name}")
        } else {
            let rel = format!("dokumente/{name}");
            write_file(&self.plan.out.join(&rel), &write::pdf(draft))?;
            self.summary.pdfs += 1;
            rel
        };
        if draft.kind == ActType::Vendim {
            let year = draft.date.year();
            let row = write::decision_row(draft, &format!("../{file}"));
            // A row that points at a file describes it; it is not a record.
            self.register(
                &format!("vendimet-{year}.csv"),
                &write::DECISIONS_HEADER,
                &row,
            )?;
        }
        if !word {
            self.manifest.push(Expected {
                file,
                kind: draft.kind,
                number: draft.number.clone(),
                date: draft.date,
                issuer: draft.issuer.clone(),
                title: draft.title.clone(),
            });
        }
        self.count(draft);
        Ok(())
    }

    fn row(&mut self, draft: &Draft) -> Result<(), GenerateError> {
        let year = draft.date.year();
        match (&draft.contract, draft.kind) {
            (Some(contract), ActType::Kontrate) => {
                let row = write::contract_row(draft, contract);
                self.register(
                    &format!("kontratat-{year}.csv"),
                    &write::CONTRACTS_HEADER,
                    &row,
                )?;
            }
            _ => {
                let row = write::act_row(draft);
                self.register(&format!("aktet-{year}.csv"), &write::ACTS_HEADER, &row)?;
            }
        }
        self.summary.register_rows += 1;
        self.count(draft);
        Ok(())
    }

    fn count(&mut self, draft: &Draft) {
        self.summary.records += 1;
        *self
            .summary
            .by_kind
            .entry(draft.kind.slug().to_string())
            .or_insert(0) += 1;
    }

    fn register<const N: usize>(
        &mut self,
        name: &str,
        header: &[&str; N],
        row: &[String; N],
    ) -> Result<(), GenerateError> {
        let path = self.plan.out.join("regjistrat").join(name);
        let csv_error = |source| GenerateError::Csv {
            path: path.clone(),
            source,
        };
        if !self.registers.contains_key(name) {
            let file = create(&path)?;
            let mut writer = csv::WriterBuilder::new().from_writer(BufWriter::new(file));
            writer.write_record(header).map_err(csv_error)?;
            self.registers.insert(name.to_string(), writer);
        }
        if let Some(writer) = self.registers.get_mut(name) {
            writer.write_record(row).map_err(csv_error)?;
        }
        Ok(())
    }

    fn finish(mut self) -> Result<Summary, GenerateError> {
        for (name, mut writer) in std::mem::take(&mut self.registers) {
            let path = self.plan.out.join("regjistrat").join(name);
            writer
                .flush()
                .map_err(|source| GenerateError::Io { path, source })?;
        }
        let json = serde_json::to_vec_pretty(&self.manifest).unwrap_or_default();
        write_file(&self.plan.manifest, &json)?;
        Ok(self.summary)
    }
}

fn create(path: &Path) -> Result<File, GenerateError> {
    let io = |source| GenerateError::Io {
        path: path.to_path_buf(),
        source,
    };
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(io)?;
    }
    File::create(path).map_err(io)
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), GenerateError> {
    let mut file = create(path)?;
    file.write_all(bytes).map_err(|source| GenerateError::Io {
        path: path.to_path_buf(),
        source,
    })
}
