//! Which files an ingest reads: every `*.pdf`, and every register (`*.csv`
//! and the spreadsheets `*.xlsx`, `*.xlsm`, `*.xls`, `*.ods`) below the given
//! paths, in a stable order, each with its path relative to the folder it
//! was found under (the `source` of its records).
//!
//! Owns path handling only: walking, relative paths with `/`, and resolving
//! a register's file reference without ever leaving the ingested folder.

use std::path::{Component, Path, PathBuf};

use walkdir::WalkDir;

/// The kinds of file ingest reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Pdf,
    /// A CSV file or a spreadsheet.
    Register,
    Other,
}

/// One file to ingest.
#[derive(Debug, Clone)]
pub struct Input {
    pub path: PathBuf,
    /// Path relative to the ingested folder, `/`-separated.
    pub source: String,
    pub kind: Kind,
}

#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("path not found: {0}")]
    Missing(PathBuf),
    #[error("cannot read folder {path}: {reason}")]
    Walk { path: PathBuf, reason: String },
}

/// Every file below `root` (or `root` itself when it is a file), sorted.
pub fn collect(root: &Path) -> Result<Vec<Input>, InputError> {
    if !root.exists() {
        return Err(InputError::Missing(root.to_path_buf()));
    }
    if root.is_file() {
        let name = root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        return Ok(vec![input(root.to_path_buf(), name)]);
    }
    let mut inputs = Vec::new();
    let walker = WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
    for entry in walker {
        let entry = entry.map_err(|e| InputError::Walk {
            path: root.to_path_buf(),
            reason: e.to_string(),
        })?;
        if !entry.file_type().is_file() {
            continue;
        }
        let Ok(relative) = entry.path().strip_prefix(root) else {
            continue;
        };
        inputs.push(input(entry.path().to_path_buf(), to_source(relative)));
    }
    Ok(inputs)
}

fn input(path: PathBuf, source: String) -> Input {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    let kind = match extension.as_deref() {
        Some("pdf") => Kind::Pdf,
        Some("csv" | "xlsx" | "xlsm" | "xls" | "ods") => Kind::Register,
        _ => Kind::Other,
    };
    Input { path, source, kind }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

fn to_source(relative: &Path) -> String {
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Resolves a file named in a register cell (relative to the register's
/// folder, `\` or `/` separated) to a source path under the same root.
/// `None` when the reference climbs out of the ingested folder.
pub fn resolve(register_source: &str, reference: &str) -> Option<String> {
    let reference = reference.trim().replace('\\', "/");
    let base = match register_source.rsplit_once('/') {
        Some((dir, _)) if !reference.starts_with('/') => format!("{dir}/{reference}"),
        _ => reference.trim_start_matches('/').to_string(),
    };
    let mut parts: Vec<String> = Vec::new();
    for component in Path::new(&base).components() {
        match component {
            Component::Normal(p) => parts.push(p.to_string_lossy().into_owned()),
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::CurDir | Component::RootDir | Component::Prefix(_) => {}
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_register_references() {
        assert_eq!(
            resolve("regjistri.csv", "aktet/a.pdf").as_deref(),
            Some("aktet/a.pdf")
        );
        assert_eq!(
            resolve("r/regjistri.csv", "a.pdf").as_deref(),
            Some("r/a.pdf")
        );
        assert_eq!(
            resolve("r/regjistri.csv", "..\\aktet\\a.pdf").as_deref(),
            Some("aktet/a.pdf")
        );
        assert_eq!(
            resolve("r/regjistri.csv", "./a.pdf").as_deref(),
            Some("r/a.pdf")
        );
        assert_eq!(resolve("regjistri.csv", "../../etc/passwd"), None);
        assert_eq!(resolve("regjistri.csv", ""), None);
    }
}
