//! Files that would take another file's place only because their paths
//! match.
//!
//! A file is known by its path relative to the folder it was ingested from
//! (its `source`): a file at a known path is a new version of that file (a
//! fresh download of the same register, a corrected decision), and a
//! register's new version removes the rows it no longer lists. But two
//! municipalities' folders hold different files at the same relative path
//! (every municipality's `kontratat-2015.csv`): ingested one after the other,
//! the second would replace the first and lose its acts. So a file is
//! refused, with an error that says how to ingest both, when the acts the
//! index holds for its path are all of other municipalities than its own,
//! or when another folder of the same run has a file of that path; what is
//! stored stays as it is.
//!
//! Owns those decisions and their words; the run looks the stored acts up.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use super::inputs::Input;
use super::report::IngestReport;
use crate::analysis::fold;

/// `inputs` with one file per path: a second file of a path (from another
/// folder of the run) would replace the first, so it is left out with an
/// error in `report`; a folder given twice is read once.
pub(super) fn one_per_path(inputs: Vec<Input>, report: &mut IngestReport) -> Vec<Input> {
    let mut first: HashMap<String, std::path::PathBuf> = HashMap::new();
    let mut kept = Vec::with_capacity(inputs.len());
    for input in inputs {
        match first.get(&input.source) {
            Some(earlier) if same_file(earlier, &input.path) => {}
            Some(earlier) => {
                let reason = format!(
                    "{} has the same path in its folder as {}; one would replace the other, so this one is left out. \
                     Ingest the folder that holds both, so that each keeps its own path",
                    input.path.display(),
                    earlier.display()
                );
                report.error(&input.source, None, reason);
            }
            None => {
                first.insert(input.source.clone(), input.path.clone());
                kept.push(input);
            }
        }
    }
    kept
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || matches!(
            (a.canonicalize(), b.canonicalize()),
            (Ok(x), Ok(y)) if x == y
        )
}

/// Why a file whose acts are of the municipalities `ours` is refused where
/// the index holds acts of `theirs` under its path; `None` when it is a new
/// version (the index holds nothing there, the file has no acts, or one
/// municipality is on both sides, compared without case or diacritics).
pub(super) fn other_municipalities(
    theirs: &BTreeSet<String>,
    ours: &BTreeSet<String>,
) -> Option<String> {
    let folded = |names: &BTreeSet<String>| -> BTreeSet<String> {
        names.iter().map(|name| fold(name)).collect()
    };
    if theirs.is_empty() || ours.is_empty() || !folded(theirs).is_disjoint(&folded(ours)) {
        return None;
    }
    let list = |names: &BTreeSet<String>| names.iter().cloned().collect::<Vec<_>>().join(", ");
    Some(format!(
        "the index holds acts of {} from a file of this path, and this file's are of {}: \
         it would replace them, so it is left out and they are kept. A file is known by its path \
         inside the ingested folder: ingest the municipalities' folders together from their parent \
         folder (a folder per municipality), so that each keeps its own path; if the earlier \
         municipality was wrong, ingest again with --rebuild",
        list(theirs),
        list(ours)
    ))
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::ingest::inputs::Kind;

    fn input(root: &Path, source: &str) -> Input {
        Input {
            path: root.join(source),
            source: source.into(),
            kind: Kind::Register,
        }
    }

    fn names(list: &[&str]) -> BTreeSet<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_second_file_of_one_path_in_a_run_is_left_out_with_both_paths_named() {
        let (a, b) = (PathBuf::from("a"), PathBuf::from("b"));
        let inputs = vec![
            input(&a, "k.csv"),
            input(&b, "k.csv"),
            input(&b, "other.csv"),
        ];
        let mut report = IngestReport::default();
        let kept: Vec<_> = one_per_path(inputs, &mut report)
            .into_iter()
            .map(|i| i.path)
            .collect();
        assert_eq!(kept, [a.join("k.csv"), b.join("other.csv")]);
        assert_eq!(report.skipped(), 1);
        let reason = &report.problems[0].reason;
        assert!(
            reason.contains("a/k.csv") && reason.contains("b/k.csv"),
            "{reason}"
        );
    }

    #[test]
    fn a_folder_given_twice_is_read_once_without_an_error() {
        let a = PathBuf::from("a");
        let mut report = IngestReport::default();
        let kept = one_per_path(vec![input(&a, "k.csv"), input(&a, "k.csv")], &mut report);
        assert_eq!(kept.len(), 1);
        assert_eq!(report.skipped(), 0);
    }

    #[test]
    fn only_acts_of_other_municipalities_alone_make_a_clash() {
        let reason = other_municipalities(&names(&["Viti"]), &names(&["Kamenicë"]));
        assert!(reason.is_some_and(|r| r.contains("Viti") && r.contains("Kamenicë")));
        // A new version: one municipality on both sides, however spelled.
        assert!(other_municipalities(&names(&["Gjilan"]), &names(&["GJILAN"])).is_none());
        assert!(other_municipalities(&names(&["Kamenicë"]), &names(&["Kamenice"])).is_none());
        assert!(other_municipalities(&names(&["Viti", "Gjilan"]), &names(&["Gjilan"])).is_none());
        // Nothing stored, or nothing read.
        assert!(other_municipalities(&names(&[]), &names(&["Viti"])).is_none());
        assert!(other_municipalities(&names(&["Viti"]), &names(&[])).is_none());
    }
}
