//! The `arkiva` command: parses the command line into typed requests, calls
//! the library, prints, and maps failures to exit codes.

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use arkiva::derived::Derived;

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};

use arkiva::analysis;
use arkiva::export::{self, Format};
use arkiva::index::{self, Archive, IndexError};
use arkiva::ingest::extract::{self, ExtractOptions};
use arkiva::ingest::{self, dates, IngestOptions, Worker};
use arkiva::logging::{self, LogFormat};
use arkiva::model::{ActId, ActType};
use arkiva::search::{self, FacetFilter, SearchRequest, Sort};
use arkiva::web;

const DEFAULT_DATA: &str = "data";
const DEFAULT_INDEX: &str = "index";
const DEFAULT_ADDR: &str = "127.0.0.1:8080";

/// Full-text search and open-data archive of municipal acts.
///
/// Without a command: ingests `data/` into `index/` when the index is missing
/// or older than the data, then serves the site at http://127.0.0.1:8080.
#[derive(Parser)]
#[command(name = "arkiva", version)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// The log's form on stderr: text, or json (one object per line, for a
    /// log collector). RUST_LOG chooses what is logged.
    #[arg(long, global = true, env = "ARKIVA_LOG_FORMAT", default_value = "text")]
    log_format: LogFormat,
}

#[derive(Subcommand)]
enum Command {
    /// Ingest folders of PDFs and CSV registers into the index.
    Ingest(IngestArgs),
    /// Search the index.
    Search(SearchArgs),
    /// Print the terms the analyzer makes of a text, one per line.
    Analyze(AnalyzeArgs),
    /// Serve the search site, the JSON API and the exports.
    Serve(ServeArgs),
    /// Write every act matching the filters as CSV, NDJSON or OCDS, or the
    /// whole archive as a Frictionless Data Package folder.
    Export(ExportArgs),
    /// Print the text arkiva reads from one file, without indexing it.
    Extract(ExtractArgs),
    /// Take an act out of search, pages, feeds and exports (its page then
    /// answers 410 with the reason); the store keeps it, the audit log
    /// records it.
    Withdraw(WithdrawArgs),
    /// Put a withdrawn act back (recorded in the audit log).
    Reinstate(WithdrawArgs),
    /// Delete the index and build it again from its store alone (the kept
    /// originals and the options they were ingested with).
    Rebuild(RebuildArgs),
}

#[derive(Args)]
struct WithdrawArgs {
    /// The act's id (16 hex digits, as in its address /acts/ID).
    id: String,
    /// Why: shown on the act's page and kept in the audit log.
    #[arg(long)]
    reason: String,
    #[arg(long, default_value = DEFAULT_INDEX)]
    index: PathBuf,
}

#[derive(Args)]
struct RebuildArgs {
    #[arg(long, default_value = DEFAULT_INDEX)]
    index: PathBuf,
}

#[derive(Args)]
struct ExtractArgs {
    file: PathBuf,
    /// Print the pages, failed pages, metadata and warnings as JSON.
    #[arg(long)]
    json: bool,
    /// Do not OCR pages without a text layer.
    #[arg(long)]
    no_ocr: bool,
    /// Answer an ingest run: always JSON on standard output, a file that
    /// cannot be read included (the ingest's isolated PDF reader). Reads
    /// the file once standard input is closed.
    #[arg(long, hide = true)]
    worker: bool,
}

#[derive(Args)]
struct ServeArgs {
    #[arg(long, default_value = DEFAULT_INDEX)]
    index: PathBuf,
    #[arg(long, default_value = DEFAULT_ADDR)]
    addr: SocketAddr,
    /// The prefix of every OCDS release's ocid in /api/ocds/releases.json.
    #[arg(long, default_value = export::ocds::DEFAULT_OCID_PREFIX)]
    ocid_prefix: String,
}

#[derive(Args)]
struct ExportArgs {
    /// csv, ndjson, ocds, votes-csv, votes-json (the sessions' agenda items
    /// and votes, as CSV or Popolo vote events; filters: --municipality and
    /// one --year), quickwit (documents for Quickwit's ingest API),
    /// quickwit-config (its index configuration), or datapackage (a folder: one CSV per dataset and
    /// datapackage.json; the folder must be new or empty, nothing is
    /// overwritten or deleted, and no file appears unless all are complete).
    #[arg(long, value_parser = parse_format)]
    format: ExportFormat,
    /// Words (all must match; below 10 such acts, acts with some follow), "exact phrase", -exclude, OR. Empty matches everything.
    /// With --format datapackage: the folder to write (or give it with -o).
    #[arg(default_value = "")]
    query: String,
    #[command(flatten)]
    filters: FilterArgs,
    #[arg(long, default_value = DEFAULT_INDEX)]
    index: PathBuf,
    /// Write to this file instead of standard output (with --format
    /// datapackage: the folder).
    #[arg(short = 'o', long)]
    output: Option<PathBuf>,
    /// With --format ocds: the prefix of every release's ocid (then the act's id).
    #[arg(long, default_value = export::ocds::DEFAULT_OCID_PREFIX)]
    ocid_prefix: String,
}

/// The filters `search` and `export` share.
#[derive(Args)]
struct FilterArgs {
    /// Act type (vendim, rregullore, kontrate, …); repeat for several.
    #[arg(long = "type", value_parser = parse_type)]
    types: Vec<ActType>,
    /// Year of the act's date; repeat for several.
    #[arg(long = "year")]
    years: Vec<i32>,
    /// Acts dated on or after this day (2019-03-12, 12.03.2019, …).
    #[arg(long, value_parser = parse_day)]
    from: Option<NaiveDate>,
    /// Acts dated on or before this day.
    #[arg(long, value_parser = parse_day)]
    to: Option<NaiveDate>,
    /// Issuing body, e.g. "Kuvendi i Komunës"; repeat for several.
    #[arg(long = "issuer")]
    issuers: Vec<String>,
    /// Municipality, e.g. Gjakovë (case and ë/ç do not matter); repeat for several.
    #[arg(long = "municipality")]
    municipalities: Vec<String>,
    /// Economic operator by any spelling of its name ("Tali SHPK" finds
    /// "\"TALI\" sh.p.k" too); repeat for several.
    #[arg(long = "operator")]
    operators: Vec<String>,
    /// Contracts worth at least this many euros (15000, 15.000,50, …).
    #[arg(long, value_parser = parse_euros)]
    min_value: Option<f64>,
    /// Contracts worth at most this many euros.
    #[arg(long, value_parser = parse_euros)]
    max_value: Option<f64>,
    /// Leave out acts that a later act repealed (no longer in force).
    #[arg(long)]
    in_force: bool,
}

impl FilterArgs {
    /// Whether any filter was given.
    fn any(&self) -> bool {
        !(self.types.is_empty()
            && self.years.is_empty()
            && self.from.is_none()
            && self.to.is_none()
            && self.issuers.is_empty()
            && self.municipalities.is_empty()
            && self.operators.is_empty()
            && self.min_value.is_none()
            && self.max_value.is_none()
            && !self.in_force)
    }

    /// The request these filters make over the index in `index_dir`, whose
    /// links between acts say which acts are no longer in force.
    fn request(self, query: String, index_dir: &Path) -> Result<SearchRequest> {
        if let (Some(min), Some(max)) = (self.min_value, self.max_value) {
            if min > max {
                bail!("--min-value ({min}) is above --max-value ({max})");
            }
        }
        Ok(SearchRequest {
            query,
            filter: FacetFilter {
                types: self.types,
                years: self.years,
                issuers: self.issuers,
                municipalities: self.municipalities,
                operators: self.operators,
            },
            from: self.from,
            to: self.to,
            min_value: self.min_value,
            max_value: self.max_value,
            repealed: Arc::new(Derived::load(index_dir)?.links.repealed().into()),
            in_force_only: self.in_force,
            ..SearchRequest::default()
        })
    }
}

#[derive(Args)]
struct IngestArgs {
    /// Folders or files to ingest [default: data]
    paths: Vec<PathBuf>,
    #[arg(long, default_value = DEFAULT_INDEX)]
    index: PathBuf,
    /// Municipality of acts that do not name one.
    #[arg(long, default_value = "Gjilan")]
    municipality: String,
    /// Delete the index and build it afresh.
    #[arg(long)]
    rebuild: bool,
    /// Do not read scanned pages with OCR (Tesseract).
    #[arg(long)]
    no_ocr: bool,
    /// Remove the acts of files that are no longer in the given folders
    /// (without it they are kept, and the report lists them).
    #[arg(long)]
    prune: bool,
    /// Seconds between the commits that a killed run resumes from.
    #[arg(long, default_value_t = ingest::CHECKPOINT_EVERY.as_secs_f64(), hide = true, value_parser = parse_seconds)]
    checkpoint_secs: f64,
}

#[derive(Args)]
struct SearchArgs {
    /// Words (all must match; below 10 such acts, acts with some follow), "exact phrase", -exclude, OR. Empty matches everything.
    query: String,
    #[arg(long, default_value = DEFAULT_INDEX)]
    index: PathBuf,
    #[command(flatten)]
    filters: FilterArgs,
    #[arg(long, default_value = "relevance", value_parser = parse_sort)]
    sort: Sort,
    /// Results per page (1–10000).
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=search::MAX_LIMIT as i64))]
    limit: u32,
    #[arg(long, default_value_t = 0)]
    offset: usize,
    /// Print JSON instead of a list.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
struct AnalyzeArgs {
    text: String,
    /// Show the terms of every analyzed field, not just the main text field.
    #[arg(long)]
    all: bool,
}

fn parse_seconds(raw: &str) -> Result<f64, String> {
    match raw.parse::<f64>() {
        Ok(s) if (0.0..=86_400.0).contains(&s) => Ok(s),
        _ => Err(format!(
            "'{raw}' is not a number of seconds from 0 to 86400"
        )),
    }
}

fn parse_type(raw: &str) -> Result<ActType, String> {
    raw.parse::<ActType>()
        .ok()
        .or_else(|| ActType::from_label(raw))
        .ok_or_else(|| {
            let all: Vec<&str> = ActType::ALL.iter().map(|t| t.slug()).collect();
            format!("unknown type '{raw}'; expected one of {}", all.join(", "))
        })
}

fn parse_day(raw: &str) -> Result<NaiveDate, String> {
    dates::parse_date(raw).ok_or_else(|| format!("cannot read date '{raw}' (use YYYY-MM-DD)"))
}

fn parse_euros(raw: &str) -> Result<f64, String> {
    arkiva::ingest::amount::parse_amount(raw)
        .filter(|v| v.is_finite())
        .ok_or_else(|| format!("'{raw}' is not an amount in euros (e.g. 15000 or 15.000,50)"))
}

/// An export format of the command line: a streamed one, or a package folder.
#[derive(Clone, Copy)]
enum ExportFormat {
    Stream(Format),
    DataPackage,
    /// The votes dataset: CSV, or Popolo JSON (`true`).
    Votes {
        json: bool,
    },
    /// Documents for Quickwit's ingest API.
    Quickwit,
    /// Quickwit's index configuration.
    QuickwitConfig,
}

fn parse_format(raw: &str) -> Result<ExportFormat, String> {
    match raw.trim() {
        "datapackage" => return Ok(ExportFormat::DataPackage),
        "votes-csv" => return Ok(ExportFormat::Votes { json: false }),
        "votes-json" => return Ok(ExportFormat::Votes { json: true }),
        "quickwit" => return Ok(ExportFormat::Quickwit),
        "quickwit-config" => return Ok(ExportFormat::QuickwitConfig),
        _ => {}
    }
    raw.parse::<Format>()
        .map(ExportFormat::Stream)
        .map_err(|_| {
            format!("unknown export format '{raw}' (expected csv, ndjson, ocds, votes-csv, votes-json, datapackage, quickwit or quickwit-config)")
        })
}

fn parse_sort(raw: &str) -> Result<Sort, String> {
    raw.parse::<Sort>().map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    logging::init(cli.log_format);
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        None => default_run(),
        Some(Command::Ingest(args)) => ingest_command(args),
        Some(Command::Search(args)) => search_command(args),
        Some(Command::Analyze(args)) => analyze_command(&args),
        Some(Command::Serve(args)) => {
            let ocds = export::ocds::Options {
                ocid_prefix: args.ocid_prefix.clone(),
                ..Default::default()
            };
            serve(&args.index, args.addr, ocds)
        }
        Some(Command::Export(args)) => export_command(args),
        Some(Command::Extract(args)) => extract_command(&args),
        Some(Command::Withdraw(args)) => withdraw_command(&args, true),
        Some(Command::Reinstate(args)) => withdraw_command(&args, false),
        Some(Command::Rebuild(args)) => rebuild_command(&args),
    }
}

/// `cargo run --release`: make sure the sample is indexed, then say what to do.
fn default_run() -> Result<()> {
    let (data, index_dir) = (Path::new(DEFAULT_DATA), Path::new(DEFAULT_INDEX));
    if !data.is_dir() {
        bail!("no '{DEFAULT_DATA}' folder here: run arkiva from the repository root");
    }
    // An index built by another version of arkiva is rebuilt, like a stale one.
    let outdated = matches!(Archive::open(index_dir), Err(IndexError::SchemaMismatch(_)));
    if outdated || ingest::is_stale(data, index_dir) {
        println!("Indexing {} into {} …", data.display(), index_dir.display());
        ingest_command(IngestArgs {
            paths: vec![data.to_path_buf()],
            index: index_dir.to_path_buf(),
            municipality: "Gjilan".into(),
            rebuild: false,
            no_ocr: false,
            prune: false,
            checkpoint_secs: ingest::CHECKPOINT_EVERY.as_secs_f64(),
        })?;
    } else {
        println!("The index in {} is up to date.", index_dir.display());
    }
    serve(index_dir, DEFAULT_ADDR.parse()?, Default::default())
}

fn serve(index_dir: &Path, addr: SocketAddr, ocds: export::ocds::Options) -> Result<()> {
    let archive = Archive::open(index_dir)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime
        .block_on(web::serve(archive, ocds, addr))
        .with_context(|| format!("cannot serve on {addr}"))
}

fn export_command(args: ExportArgs) -> Result<()> {
    let format = match args.format {
        ExportFormat::Stream(format) => format,
        ExportFormat::DataPackage => return datapackage_command(args),
        ExportFormat::Votes { json } => return votes_command(args, json),
        ExportFormat::Quickwit => return quickwit_command(args),
        ExportFormat::QuickwitConfig => {
            let config = export::quickwit::index_config(&index::schema::Fields::new());
            return write_output(args.output.as_deref(), |out| {
                serde_json::to_writer_pretty(&mut *out, &config)?;
                Ok(writeln!(out)?)
            });
        }
    };
    let archive = Archive::open(&args.index)?;
    let request = args.filters.request(args.query, &args.index)?;
    let ocds = export::ocds::Options {
        ocid_prefix: args.ocid_prefix.clone(),
        ..Default::default()
    };
    let count = write_output(args.output.as_deref(), |out| {
        Ok(export::export_with(&archive, &request, format, &ocds, out)?)
    })?;
    if let Some(path) = &args.output {
        eprintln!("Exported {count} acts to {}.", path.display());
    }
    Ok(())
}

/// `export --format quickwit`: the matching acts as Quickwit documents.
fn quickwit_command(args: ExportArgs) -> Result<()> {
    let archive = Archive::open(&args.index)?;
    let request = args.filters.request(args.query, &args.index)?;
    let count = write_output(args.output.as_deref(), |out| {
        Ok(export::quickwit::write_documents(&archive, &request, out)?)
    })?;
    if let Some(path) = &args.output {
        eprintln!("Exported {count} acts to {}.", path.display());
    }
    Ok(())
}

/// Runs `write` on the file at `path` (created), or on standard output.
fn write_output<T>(
    path: Option<&Path>,
    write: impl FnOnce(&mut dyn std::io::Write) -> Result<T>,
) -> Result<T> {
    match path {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?;
            let mut out = std::io::BufWriter::new(file);
            let written = write(&mut out)?;
            std::io::Write::flush(&mut out)?;
            Ok(written)
        }
        None => write(&mut std::io::stdout().lock()),
    }
}

/// `export --format votes-csv|votes-json`: the sessions of `derived.json`,
/// selected by municipality and year only (they are sessions, not acts).
fn votes_command(args: ExportArgs, json: bool) -> Result<()> {
    let f = &args.filters;
    let municipality = match f.municipalities.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        _ => bail!("the votes export takes at most one --municipality"),
    };
    let year = match f.years.as_slice() {
        [] => None,
        [one] => Some(*one),
        _ => bail!("the votes export takes at most one --year"),
    };
    let others = !(f.types.is_empty()
        && f.from.is_none()
        && f.to.is_none()
        && f.issuers.is_empty()
        && f.operators.is_empty()
        && f.min_value.is_none()
        && f.max_value.is_none());
    if others || !args.query.trim().is_empty() {
        bail!("the votes export is filtered only by --municipality and --year");
    }
    let filter = export::votes::Filter { municipality, year };
    let archive = Archive::open(&args.index)?;
    let sessions = arkiva::derived::Derived::load(archive.dir())?.sessions;
    let write = |out: &mut dyn std::io::Write| -> Result<u64> {
        if json {
            let events = export::votes::vote_events(&sessions, &filter, "");
            let n = events["vote_events"].as_array().map_or(0, Vec::len) as u64;
            serde_json::to_writer_pretty(&mut *out, &events)?;
            out.write_all(b"\n")?;
            out.flush()?;
            Ok(n)
        } else {
            Ok(export::votes::write_csv(&sessions, &filter, out)?)
        }
    };
    let count = write_output(args.output.as_deref(), write)?;
    if let Some(path) = &args.output {
        eprintln!(
            "Exported {count} {} to {}.",
            if json { "vote events" } else { "agenda items" },
            path.display()
        );
    }
    Ok(())
}

/// `export --format datapackage DIR`: the whole archive, so no filters.
fn datapackage_command(args: ExportArgs) -> Result<()> {
    let dir = match (args.output, args.query.trim()) {
        (Some(dir), "") => dir,
        (None, "") => {
            bail!("--format datapackage needs a folder: arkiva export --format datapackage DIR")
        }
        (None, dir) => PathBuf::from(dir),
        (Some(_), _) => {
            bail!("--format datapackage takes one folder: give it as DIR or as -o DIR, not both")
        }
    };
    if args.filters.any() {
        bail!("--format datapackage writes the whole archive; filters do not apply to it");
    }
    let archive = Archive::open(&args.index)?;
    let written = export::datapackage::write_folder(&archive, &dir)?;
    for (dataset, count) in written {
        eprintln!("{dataset}: {count} rows");
    }
    eprintln!(
        "Wrote the data package to {}.",
        dir.join(export::datapackage::DESCRIPTOR).display()
    );
    Ok(())
}

fn ingest_command(args: IngestArgs) -> Result<()> {
    if args.rebuild {
        index::remove(&args.index)
            .with_context(|| format!("cannot remove the index in {}", args.index.display()))?;
    }
    let archive = match Archive::open_or_create(&args.index) {
        Err(IndexError::SchemaMismatch(_)) if !args.rebuild => {
            eprintln!("The index was built by another version of arkiva; rebuilding it.");
            index::remove(&args.index)?;
            Archive::open_or_create(&args.index)?
        }
        other => other?,
    };
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(DEFAULT_DATA)]
    } else {
        args.paths
    };
    let options = IngestOptions {
        roots: paths,
        municipality: args.municipality,
        progress: std::io::stderr().is_terminal(),
        // Each PDF is read by a child process of this same executable.
        worker: Some(Worker::arkiva(
            std::env::current_exe().context("cannot find the arkiva executable")?,
            !args.no_ocr,
        )),
        ocr: !args.no_ocr,
        prune: args.prune,
        checkpoint_every: std::time::Duration::from_secs_f64(args.checkpoint_secs),
    };
    let report = ingest::run(&archive, &options)?;
    for problem in report.notes.iter().chain(&report.problems) {
        eprintln!("{problem}");
    }
    println!("{report}");
    println!("Report: {}", args.index.join(ingest::REPORT_FILE).display());
    Ok(())
}

fn withdraw_command(args: &WithdrawArgs, withdraw: bool) -> Result<()> {
    let id = ActId::parse(&args.id).with_context(|| format!("'{}' is not an act id", args.id))?;
    let archive = Archive::open(&args.index)?;
    if withdraw {
        let done = ingest::withdraw::withdraw(&archive, &id, &args.reason)?;
        println!("Withdrew {id} ({}): {}", done.act.title, done.reason);
    } else {
        ingest::withdraw::reinstate(&archive, &id, &args.reason)?;
        println!("Reinstated {id}.");
    }
    Ok(())
}

fn rebuild_command(args: &RebuildArgs) -> Result<()> {
    let exe = std::env::current_exe().context("cannot find the arkiva executable")?;
    let worker = |ocr| Some(Worker::arkiva(exe.clone(), ocr));
    let reports =
        ingest::rebuild::from_store(&args.index, worker, std::io::stderr().is_terminal())?;
    for report in &reports {
        for problem in report.notes.iter().chain(&report.problems) {
            eprintln!("{problem}");
        }
        println!("{report}");
    }
    Ok(())
}

fn extract_command(args: &ExtractArgs) -> Result<()> {
    let options = ExtractOptions { ocr: !args.no_ocr };
    if args.worker {
        // The ingest closes our input once our limits are set (see
        // ingest::isolate): only then is the file opened.
        std::io::copy(&mut std::io::stdin().lock(), &mut std::io::sink())?;
        let reply = extract::worker_reply(&args.file, options);
        println!("{}", serde_json::to_string(&reply)?);
        return Ok(());
    }
    let extraction = extract::extract_file(&args.file, options)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&extraction)?);
    } else {
        print!("{}", extraction.plain_text());
    }
    Ok(())
}

fn search_command(args: SearchArgs) -> Result<()> {
    let archive = Archive::open(&args.index)?;
    let request = SearchRequest {
        sort: args.sort,
        limit: args.limit as usize,
        offset: args.offset,
        ..args.filters.request(args.query, &args.index)?
    };
    let response = search::search(&archive, &request)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&response)?);
    } else {
        print!("{}", search::render::to_text(&response, request.offset));
    }
    Ok(())
}

fn analyze_command(args: &AnalyzeArgs) -> Result<()> {
    let fields = index::Fields::new();
    let analyzed = fields.analyzed();
    let chosen = if args.all {
        &analyzed[..]
    } else {
        &analyzed[..1]
    };
    for (field, analyzer_name) in chosen {
        let Some(mut analyzer) = analysis::by_name(analyzer_name) else {
            continue;
        };
        if args.all {
            println!("[{field}]");
        }
        for term in analysis::terms(&mut analyzer, &args.text) {
            println!("{term}");
        }
    }
    Ok(())
}
