//! Shared helpers: fixture trees written by the tests themselves.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

use arkiva::corpus::pdf::{standard14, Line};
use arkiva::index::Archive;
use arkiva::ingest::{self, IngestOptions, IngestReport, Worker};
use arkiva::model::Act;
use tempfile::TempDir;

/// The repository root (where `data/` lives).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared/corpora/<rel>` beside the repository (or under
/// `$ARKIVA_SHARED_CORPORA`, for a checkout elsewhere), or `None` with a message.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let corpora = std::env::var_os("ARKIVA_SHARED_CORPORA")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("../shared/corpora"));
    let path = corpora.join(rel);
    if path.exists() {
        Some(path)
    } else {
        eprintln!(
            "SKIP: {} is absent (third-party corpora not available)",
            path.display()
        );
        None
    }
}

/// The isolated PDF reader: the arkiva binary (not the test harness).
pub fn worker() -> Worker {
    Worker::arkiva(PathBuf::from(env!("CARGO_BIN_EXE_arkiva")), true)
}

pub fn write(dir: &Path, rel: &str, bytes: impl AsRef<[u8]>) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

pub fn windows_1252(text: &str) -> Vec<u8> {
    encoding_rs::WINDOWS_1252.encode(text).0.into_owned()
}

/// A decision in a standard-14 font, WinAnsi-encoded.
pub fn winansi_decision() -> Vec<u8> {
    standard14(&[vec![
        Line::plain("REPUBLIKA E KOSOVËS / REPUBLIKA KOSOVA / REPUBLIC OF KOSOVO"),
        Line::plain("KOMUNA E GJILANIT / OPŠTINA GNJILANE"),
        Line::plain("KUVENDI I KOMUNËS"),
        Line::plain("01 Nr. 016-4471/21"),
        Line::plain("Gjilan, 25.03.2021"),
        Line::plain(""),
        Line::plain("Në bazë të nenit 12 të Ligjit Nr. 03/L-040 për Vetëqeverisjen Lokale, Kuvendi i Komunës së Gjilanit, në seancën e mbajtur më 25.03.2021, merr këtë:"),
        Line::title("VENDIM"),
        Line::title("për ndarjen e bursave për studentët e dalluar"),
        Line::plain("I. Miratohet ndarja e bursave për studentët e Komunës së Gjilanit për vitin akademik 2020/2021."),
        Line::plain("II. Këshilli për bursa harton listën përfundimtare të përfituesve."),
        Line::plain("III. Vendimi hyn në fuqi ditën e miratimit."),
        Line::plain("Kryesuesi i Kuvendit"),
    ]])
}

/// The fixture tree of the ingest tests: both font kinds of PDF, a
/// semicolon Windows-1252 register, a UTF-8 BOM register, a register with a
/// bad row, an empty register, a truncated PDF and a binary file named .pdf.
pub struct Fixture {
    pub dir: TempDir,
    pub index: TempDir,
}

/// A word-processor PDF (embedded subset fonts) from the committed sample:
/// a job competition of the Directorate of Education, 15.08.2016.
pub fn sample_pdf() -> PathBuf {
    repo().join("data/aktet/2016/konkurs-mesimdhenes-shkollat-fillore.pdf")
}

impl Fixture {
    pub fn new() -> Fixture {
        let dir = TempDir::new().unwrap();
        let root = dir.path();
        write(root, "aktet/vendim-bursat.pdf", winansi_decision());
        write(
            root,
            "aktet/word/akt.pdf",
            std::fs::read(sample_pdf()).unwrap(),
        );
        let good = winansi_decision();
        write(root, "aktet/i-prere.pdf", &good[..good.len() / 2]);
        write(
            root,
            "aktet/binar.pdf",
            (0..4096u32)
                .map(|i| (i * 7919 % 251) as u8)
                .collect::<Vec<_>>(),
        );
        write(
            root,
            "regjistri-i-kontratave.csv",
            windows_1252(
                "Nr. i prokurimit;Titulli i aktivitetit të prokurimit;Data e nënshkrimit të kontratës;Vlera e kontratës;Emri i OE\r\n\
                 653-21-011-211;Mirëmbajtja e ndriçimit publik në qytet;12.04.2021;€ 180.000,00;\"N.T.P. Drita\" SH.P.K.\r\n\
                 653-21-014-211;Furnizimi me dru për shkollat;03.05.2021;24.500,50;Druri Sh.p.k.\r\n",
            ),
        );
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(
            "Nr.,Data e miratimit,Lloji,Titulli,Organi,Skedari\n\
             01 Nr. 016-4471/21,25.03.2021,Vendim,Vendim për ndarjen e bursave,Kuvendi i Komunës,aktet/vendim-bursat.pdf\n\
             02 Nr. 016-5001/21,14.06.2021,Vendim,Vendim për subvencionimin e fermerëve,Kryetari i Komunës,\n"
                .as_bytes(),
        );
        write(root, "regjistri-i-vendimeve.csv", bom);
        write(
            root,
            "regjistri-me-gabim.csv",
            "Nr.,Data,Titulli\n03/2022,10.01.2022,Njoftim për orarin e punës\n04/2022,31.13.2022,Rresht me datë të gabuar\n05/2022,12.02.2022,Njoftim për mbledhjen publike\n",
        );
        write(root, "bosh.csv", "");
        write(root, "shenime.txt", "jo një akt");
        Fixture {
            dir,
            index: TempDir::new().unwrap(),
        }
    }

    pub fn archive(&self) -> Archive {
        Archive::open_or_create(self.index.path()).unwrap()
    }

    pub fn ingest(&self) -> (Archive, IngestReport) {
        let archive = self.archive();
        let report = ingest_into(&archive, self.dir.path());
        (archive, report)
    }
}

pub fn ingest_into(archive: &Archive, root: &Path) -> IngestReport {
    ingest_with(archive, root, worker(), true)
}

/// Ingests `root` with PDFs read by `worker`, OCR on or off.
pub fn ingest_with(archive: &Archive, root: &Path, worker: Worker, ocr: bool) -> IngestReport {
    let options = IngestOptions {
        worker: Some(worker),
        ocr,
        ..ingest_options(vec![root.to_path_buf()])
    };
    ingest::run(archive, &options).expect("the ingest run survives every file")
}

/// The options the tests ingest `roots` with: Gjilan for acts that name no
/// municipality, PDFs in the isolated reader, no OCR, no pruning.
pub fn ingest_options(roots: Vec<PathBuf>) -> IngestOptions {
    IngestOptions {
        roots,
        municipality: "Gjilan".into(),
        progress: false,
        worker: Some(worker()),
        ocr: false,
        prune: false,
        checkpoint_every: ingest::CHECKPOINT_EVERY,
    }
}

/// Every act in the archive, sorted by source.
pub fn all_acts(archive: &Archive) -> Vec<Act> {
    let request = arkiva::search::SearchRequest {
        limit: 10_000,
        ..Default::default()
    };
    let response = arkiva::search::search(archive, &request).unwrap();
    let mut acts: Vec<Act> = response
        .hits
        .iter()
        .map(|h| archive.get(&h.id).unwrap().unwrap())
        .collect();
    acts.sort_by(|a, b| a.source.cmp(&b.source));
    acts
}

pub fn by_source<'a>(acts: &'a [Act], source: &str) -> &'a Act {
    acts.iter()
        .find(|a| a.source == source)
        .unwrap_or_else(|| panic!("no act from {source}"))
}

/// Two contract registers of two municipalities, written by the test: one
/// procurement with two contracts (two operators, same number and date),
/// and the operator TALI and ILIRIA spelled in several ways. Operators and
/// amounts (`value_eur`):
/// Gjakovë: `"TALI" sh.p.k` 12 000, `Iliria Sh.p.k.` 8 000 (same
/// procurement and date), `Tali SHPK` 3 000; Viti: `TALI` 50 000,
/// `TALI` 700, `NPT "ILIRIA"` 450.
pub fn contract_registers(root: &Path) {
    let header = "Komuna;Nr. i prokurimit;Titulli i aktivitetit të prokurimit;Data e nënshkrimit të kontratës;Vlera e kontratës;Emri i OE\r\n";
    write(
        root,
        "gjakove/kontratat-2014.csv",
        format!(
            "{header}\
             Gjakovë;618-14-001-211;Furnizim me material zyre;03.02.2014;12.000,00;\"\"\"TALI\"\" sh.p.k\"\r\n\
             Gjakovë;618-14-001-211;Furnizim me material zyre;03.02.2014;8.000,00;Iliria Sh.p.k.\r\n\
             Gjakovë;618-14-007-221;Mirëmbajtja e kompjuterëve;17.06.2014;3.000,00;Tali SHPK\r\n"
        ),
    );
    write(
        root,
        "viti/kontratat-2015.csv",
        format!(
            "{header}\
             Viti;640-15-002-511;Asfaltimi i rrugës në fshat;10.04.2015;50.000,00;TALI\r\n\
             Viti;640-15-009-211;Furnizim me toner;22.09.2015;700,00;TALI\r\n\
             Viti;640-15-011-211;Furnizim me pije freskuese;05.10.2015;450,00;\"NPT \"\"ILIRIA\"\"\"\r\n"
        ),
    );
}

/// A response read whole, with the headers tests look at.
pub struct Reply {
    pub status: StatusCode,
    pub content_type: String,
    pub disposition: String,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&self.body)))
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// GETs `uri` from the router, no sockets involved.
pub async fn get(app: &Router, uri: &str) -> Reply {
    get_from(app, uri, None).await
}

/// [`get`] with a `Host` header, as a browser sends it.
pub async fn get_from(app: &Router, uri: &str, host: Option<&str>) -> Reply {
    let mut request = Request::get(uri);
    if let Some(host) = host {
        request = request.header("host", host);
    }
    let request = request.body(Body::empty()).unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    let header = |name| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    let (content_type, disposition) = (header("content-type"), header("content-disposition"));
    let status = response.status();
    let body = response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec();
    Reply {
        status,
        content_type,
        disposition,
        body,
    }
}

/// An archive ingested once per test run and shared, read-only, by every
/// test that asks for it (tests that change an archive make their own).
/// It lives under `target/tmp/<name>`, replaced on each run: a static is
/// never dropped, so a temporary directory would be left behind.
fn ingest_once(name: &str, root: &Path) -> Archive {
    let index = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    if index.exists() {
        std::fs::remove_dir_all(&index).unwrap();
    }
    let archive = Archive::open_or_create(&index).unwrap();
    // OCR changes the text of four scans, not a single exported field's shape.
    ingest_with(&archive, root, worker(), false);
    archive
}

/// The sample corpus in `data/`.
pub fn sample_archive() -> &'static Archive {
    static SAMPLE: OnceLock<Archive> = OnceLock::new();
    SAMPLE.get_or_init(|| ingest_once("shared-sample", &repo().join("data")))
}

/// The real registers, or `None` (with a message) where `../shared` is absent.
pub fn real_archive() -> Option<&'static Archive> {
    static REAL: OnceLock<Option<Archive>> = OnceLock::new();
    REAL.get_or_init(|| {
        shared("albanian-municipal").map(|root| ingest_once("shared-real-registers", &root))
    })
    .as_ref()
}
