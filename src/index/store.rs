//! The originals: every ingested PDF kept byte for byte beside the index,
//! named by its SHA-256, so `/acts/{id}/file` serves exactly what was
//! ingested even after the source folder changes, and no request can name
//! a path — only a hash the index holds.

use std::io::Write;
use std::path::{Path, PathBuf};

const DIR: &str = "originals";

/// Where the original with this hash lives (it may not exist).
pub fn path(index_dir: &Path, sha256: &str) -> Option<PathBuf> {
    let valid = sha256.len() == 64 && sha256.bytes().all(|b| b.is_ascii_hexdigit());
    valid.then(|| index_dir.join(DIR).join(format!("{sha256}.pdf")))
}

/// Keeps a copy of an original, through a temporary file and a rename so a
/// crash never leaves half a file under the final name.
pub fn keep(index_dir: &Path, sha256: &str, bytes: &[u8]) -> std::io::Result<()> {
    let Some(target) = path(index_dir, sha256) else {
        return Err(std::io::Error::other("invalid content hash"));
    };
    if target.is_file() {
        return Ok(());
    }
    let dir = index_dir.join(DIR);
    std::fs::create_dir_all(&dir)?;
    let tmp = dir.join(format!(".{sha256}.tmp"));
    let mut file = std::fs::File::create(&tmp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    std::fs::rename(tmp, target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_hashes_name_files() {
        let dir = Path::new("/idx");
        assert!(path(dir, &"a".repeat(64)).is_some());
        assert!(path(dir, "../../etc/passwd").is_none());
        assert!(path(dir, &"g".repeat(64)).is_none());
    }

    #[test]
    fn keeps_a_copy_once() {
        let dir = tempfile::tempdir().unwrap();
        let sha = "b".repeat(64);
        keep(dir.path(), &sha, b"%PDF-1.4").unwrap();
        keep(dir.path(), &sha, b"%PDF-1.4").unwrap();
        assert_eq!(
            std::fs::read(path(dir.path(), &sha).unwrap()).unwrap(),
            b"%PDF-1.4"
        );
    }
}
