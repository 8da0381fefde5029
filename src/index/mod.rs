//! The tantivy index on disk: creating and opening it, the writer, and
//! looking acts up by id or by an exact field value.
//!
//! Owns the index directory and the schema (in [`schema`]). Registers the
//! Albanian analyzers on every index it opens, so no caller can forget.
//! Knows nothing of ingest rules or of query syntax.

pub mod ident;
pub mod schema;

use std::path::{Path, PathBuf};

use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::directory::error::LockError;
use tantivy::query::TermQuery;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{
    DocAddress, Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument,
    TantivyError, Term,
};

use crate::analysis;
use crate::model::{Act, ActId};
pub use schema::Fields;

/// Writer memory budget: enough for fast bulk ingest, small for a 2-core box.
const WRITER_MEMORY: usize = 128 * 1024 * 1024;
const WRITER_THREADS: usize = 2;
/// How long [`Archive::writer`] waits for a busy lock before giving up.
const LOCK_PATIENCE: std::time::Duration = std::time::Duration::from_secs(3);

#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("no index at {0}: run `arkiva ingest` first")]
    Missing(PathBuf),
    #[error("the index at {0} was built by another version of arkiva; rebuild it with `arkiva ingest --rebuild`")]
    SchemaMismatch(PathBuf),
    #[error("the index at {0} is locked: another `arkiva ingest` is running")]
    Locked(PathBuf),
    #[error("cannot create index directory {path}: {source}")]
    Create {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("index error: {0}")]
    Tantivy(#[from] TantivyError),
    #[error("the index holds a damaged record: {0}")]
    Schema(#[from] schema::SchemaError),
}

/// An open archive index.
#[derive(Clone)]
pub struct Archive {
    pub index: Index,
    pub fields: Fields,
    pub reader: IndexReader,
    dir: PathBuf,
}

impl Archive {
    /// Opens the index in `dir`, creating it when the directory holds none.
    pub fn open_or_create(dir: &Path) -> Result<Archive, IndexError> {
        std::fs::create_dir_all(dir).map_err(|source| IndexError::Create {
            path: dir.to_path_buf(),
            source,
        })?;
        if !exists(dir) {
            let fields = Fields::new();
            let index = Index::create_in_dir(dir, fields.schema.clone())?;
            return Archive::wrap(index, fields, dir);
        }
        Archive::open(dir)
    }

    /// Opens an existing index.
    pub fn open(dir: &Path) -> Result<Archive, IndexError> {
        if !exists(dir) {
            return Err(IndexError::Missing(dir.to_path_buf()));
        }
        let index = Index::open_in_dir(dir)?;
        let fields = Fields::new();
        if index.schema() != fields.schema {
            return Err(IndexError::SchemaMismatch(dir.to_path_buf()));
        }
        Archive::wrap(index, fields, dir)
    }

    /// An index in memory, for tests and benchmarks.
    pub fn in_memory() -> Result<Archive, IndexError> {
        let fields = Fields::new();
        let index = Index::create_in_ram(fields.schema.clone());
        Archive::wrap(index, fields, Path::new(""))
    }

    fn wrap(index: Index, fields: Fields, dir: &Path) -> Result<Archive, IndexError> {
        analysis::register(index.tokenizers());
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .try_into()?;
        Ok(Archive {
            index,
            fields,
            reader,
            dir: dir.to_path_buf(),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The only writer; fails with [`IndexError::Locked`] while another holds it.
    ///
    /// A busy lock is retried for [`LOCK_PATIENCE`]: the lock is an `flock`
    /// on an open file, and a child process forked by another thread (a PDF
    /// worker) holds a copy of that file until it execs, so a writer just
    /// dropped can look busy for a moment. A real second writer stays busy.
    pub fn writer(&self) -> Result<IndexWriter, IndexError> {
        let deadline = std::time::Instant::now() + LOCK_PATIENCE;
        loop {
            match self
                .index
                .writer_with_num_threads(WRITER_THREADS, WRITER_MEMORY)
            {
                Ok(writer) => return Ok(writer),
                Err(TantivyError::LockFailure(LockError::LockBusy, _)) => {
                    if std::time::Instant::now() >= deadline {
                        return Err(IndexError::Locked(self.dir.clone()));
                    }
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                Err(other) => return Err(IndexError::Tantivy(other)),
            }
        }
    }

    /// The act with this id, as of the last reload.
    pub fn get(&self, id: &ActId) -> Result<Option<Act>, IndexError> {
        Ok(self
            .find(self.fields.id, id.as_str(), 1)?
            .into_iter()
            .next())
    }

    /// Acts whose raw (untokenized) `field` equals `value`.
    pub fn find(&self, field: Field, value: &str, limit: usize) -> Result<Vec<Act>, IndexError> {
        let searcher = self.reader.searcher();
        let query = TermQuery::new(
            Term::from_field_text(field, value),
            IndexRecordOption::Basic,
        );
        let hits = searcher.search(&query, &TopDocs::with_limit(limit.max(1)).order_by_score())?;
        hits.into_iter()
            .map(|(_, address)| self.load(&searcher, address))
            .collect()
    }

    /// Every act whose raw `field` equals `value`, however many.
    pub fn find_all(&self, field: Field, value: &str) -> Result<Vec<Act>, IndexError> {
        let searcher = self.reader.searcher();
        let query = TermQuery::new(
            Term::from_field_text(field, value),
            IndexRecordOption::Basic,
        );
        let addresses = searcher.search(&query, &DocSetCollector)?;
        addresses
            .into_iter()
            .map(|address| self.load(&searcher, address))
            .collect()
    }

    /// Every act of the archive, in index order (what derived data is built from).
    pub fn all_acts(&self) -> Result<Vec<Act>, IndexError> {
        let searcher = self.reader.searcher();
        let addresses =
            searcher.search(&tantivy::query::AllQuery, &crate::search::all::AllAddresses)?;
        addresses
            .into_iter()
            .map(|address| self.load(&searcher, address))
            .collect()
    }

    /// How many acts have `value` in the raw `field`.
    pub fn count(&self, field: Field, value: &str) -> Result<usize, IndexError> {
        let query = TermQuery::new(
            Term::from_field_text(field, value),
            IndexRecordOption::Basic,
        );
        Ok(self
            .reader
            .searcher()
            .search(&query, &tantivy::collector::Count)?)
    }

    /// Every distinct value of a raw (untokenized) field, as of the last
    /// reload — deleted acts' values included until their segment is merged.
    pub fn terms(&self, field: Field) -> Result<std::collections::BTreeSet<String>, IndexError> {
        let searcher = self.reader.searcher();
        let mut values = std::collections::BTreeSet::new();
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(field)?;
            let mut stream = inverted.terms().stream().map_err(TantivyError::from)?;
            while stream.advance() {
                values.insert(String::from_utf8_lossy(stream.key()).into_owned());
            }
        }
        Ok(values)
    }

    /// The act stored at `address`.
    pub fn load(&self, searcher: &Searcher, address: DocAddress) -> Result<Act, IndexError> {
        let doc: TantivyDocument = searcher.doc(address)?;
        Ok(self.fields.to_act(&doc)?)
    }

    /// The stored original of an act that came from a PDF.
    pub fn original(&self, act: &Act) -> Option<PathBuf> {
        if !act.source_file().to_ascii_lowercase().ends_with(".pdf") {
            return None;
        }
        crate::store::Store::beside(&self.dir)?
            .file(&act.sha256, "pdf")
            .filter(|p| p.is_file())
    }

    /// Number of acts, as of the last reload.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn exists(dir: &Path) -> bool {
    dir.join("meta.json").is_file()
}

/// Files that tantivy and arkiva write into an index directory.
fn is_index_file(name: &str) -> bool {
    const EXTENSIONS: &[&str] = &["idx", "pos", "term", "store", "fast", "fieldnorm", "del"];
    matches!(
        name,
        "meta.json" | ".managed.json" | crate::ingest::REPORT_FILE
    ) || name.starts_with(".tantivy-")
        || name
            .rsplit_once('.')
            .is_some_and(|(_, ext)| EXTENSIONS.contains(&ext))
}

/// Deletes the index in `dir` — only the files an index consists of, never
/// anything else a user keeps there — so that it can be built afresh.
pub fn remove(dir: &Path) -> std::io::Result<()> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name();
        if entry.file_type()?.is_file() && is_index_file(&name.to_string_lossy()) {
            std::fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}
