//! The `arkiva` binary: exit codes, messages, and the JSON shape.

use std::path::Path;
use std::process::{Command, Output};

use super::util::Fixture;

fn arkiva(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_arkiva"))
        .args(args)
        .current_dir(cwd)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn ingest_then_search_json_has_the_documented_shape() {
    let fixture = Fixture::new();
    let index = fixture.index.path().to_str().unwrap();
    let dir = fixture.dir.path().to_str().unwrap();
    let out = arkiva(&["ingest", dir, "--index", index], fixture.dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let summary = text(&out.stdout);
    assert!(summary.contains("Ingested"), "{summary}");
    assert!(
        text(&out.stderr).contains("aktet/binar.pdf"),
        "problems are printed"
    );

    let out = arkiva(
        &["search", "--json", "--limit", "2", "--index", index, ""],
        fixture.dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["total"], 7);
    let hits = json["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 2);
    let keys: Vec<&str> = hits[0]
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    let mut keys = keys.clone();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "date",
            "id",
            "in_force",
            "issuer",
            "municipality",
            "number",
            "operator",
            "score",
            "snippet",
            "source",
            "title",
            "type",
            "value_eur"
        ]
    );
    for facet in ["type", "year", "issuer"] {
        assert!(json["facets"][facet].is_object(), "facet {facet}");
    }
    let type_sum: u64 = json["facets"]["type"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(type_sum, 7);

    let out = arkiva(
        &[
            "search", "--type", "kontrate", "--sort", "newest", "--index", index, "ndricim",
        ],
        fixture.dir.path(),
    );
    assert!(out.status.success());
    let listing = text(&out.stdout);
    assert!(listing.contains("1 results"), "{listing}");
    assert!(listing.contains("2021-04-12"), "{listing}");
}

#[test]
fn dates_in_json_are_iso() {
    let fixture = Fixture::new();
    let index = fixture.index.path().to_str().unwrap();
    let dir = fixture.dir.path().to_str().unwrap();
    assert!(
        arkiva(&["ingest", dir, "--index", index], fixture.dir.path())
            .status
            .success()
    );
    let out = arkiva(
        &[
            "search",
            "--json",
            "--index",
            index,
            "--from",
            "12.04.2021",
            "--to",
            "2021-04-12",
            "",
        ],
        fixture.dir.path(),
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["total"], 1);
    assert_eq!(json["hits"][0]["date"], "2021-04-12");
}

#[test]
fn clear_errors_when_the_run_cannot_start() {
    let tmp = tempfile::TempDir::new().unwrap();
    let out = arkiva(&["search", "--index", "nowhere", "x"], tmp.path());
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("no index at nowhere"),
        "{}",
        text(&out.stderr)
    );

    let out = arkiva(&["ingest", "no-such-folder", "--index", "idx"], tmp.path());
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("path not found: no-such-folder"),
        "{}",
        text(&out.stderr)
    );

    let out = arkiva(&["search", "--limit", "0", "x"], tmp.path());
    assert!(!out.status.success());
    let out = arkiva(&["search", "--from", "31.02.2020", "x"], tmp.path());
    assert!(
        text(&out.stderr).contains("cannot read date '31.02.2020'"),
        "{}",
        text(&out.stderr)
    );
    let out = arkiva(&["search", "--type", "ligj", "x"], tmp.path());
    assert!(
        text(&out.stderr).contains("unknown type 'ligj'"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_locked_index_is_a_clear_error() {
    let fixture = Fixture::new();
    let archive = fixture.archive();
    let _writer = archive.writer().unwrap();
    let index = fixture.index.path().to_str().unwrap();
    let dir = fixture.dir.path().to_str().unwrap();
    let out = arkiva(&["ingest", dir, "--index", index], fixture.dir.path());
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("is locked"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn analyze_prints_the_terms() {
    let tmp = tempfile::TempDir::new().unwrap();
    let out = arkiva(&["analyze", "Vendimet e Këshillit"], tmp.path());
    assert!(out.status.success());
    let terms: Vec<String> = text(&out.stdout).lines().map(str::to_string).collect();
    assert_eq!(terms.len(), 2, "{terms:?}");
    assert!(terms.iter().all(|t| t.is_ascii()), "{terms:?}");
    let out = arkiva(&["analyze", "--all", "Vendimet e Këshillit"], tmp.path());
    assert!(text(&out.stdout).contains("[number]"));
}

#[test]
fn extract_prints_pages_as_pdftotext_does() {
    let fixture = Fixture::new();
    let root = fixture.dir.path();
    let out = arkiva(&["extract", "aktet/vendim-bursat.pdf"], root);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let plain = text(&out.stdout);
    assert!(plain.contains("Këshilli për bursa"), "{plain}");
    assert!(plain.ends_with('\u{c}'), "every page ends with a form feed");
}

#[test]
fn extract_json_has_pages_metadata_and_warnings() {
    let fixture = Fixture::new();
    let out = arkiva(
        &["extract", "--json", "--no-ocr", "aktet/vendim-bursat.pdf"],
        fixture.dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["file"], "aktet/vendim-bursat.pdf");
    let page = &json["pages"][0];
    assert_eq!((&page["number"], &page["ocr"]), (&1.into(), &false.into()));
    assert!(page["text"].as_str().unwrap().contains("VENDIM"));
    assert_eq!(json["failed_pages"], serde_json::json!([]));
    assert_eq!(json["warnings"], serde_json::json!([]));
    let metadata = &json["metadata"];
    assert_eq!(metadata["type"], "vendim");
    assert_eq!(metadata["number"], "01 Nr. 016-4471/21");
    assert_eq!(metadata["date"], "2021-03-25");
    assert_eq!(metadata["issuer"], "Kuvendi i Komunës");
    assert!(metadata["title"].is_string());
}

#[test]
fn extract_errors_name_the_file_and_exit_1() {
    let fixture = Fixture::new();
    for (file, says) in [
        ("aktet/binar.pdf", "not a PDF"),
        ("aktet/mungon.pdf", "cannot read"),
        ("aktet/i-prere.pdf", "aktet/i-prere.pdf"),
    ] {
        let out = arkiva(&["extract", file], fixture.dir.path());
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{file}: {stderr}");
        assert!(
            stderr.contains(file) && stderr.contains(says),
            "{file}: {stderr}"
        );
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn search_filters_by_municipality_operator_and_value() {
    let dir = tempfile::TempDir::new().unwrap();
    super::util::contract_registers(dir.path());
    let index = tempfile::TempDir::new().unwrap();
    let index = index.path().to_str().unwrap();
    let root = dir.path().to_str().unwrap();
    let out = arkiva(&["ingest", root, "--index", index], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));

    let total = |args: &[&str]| -> u64 {
        let mut all = vec!["search", "--json", "--index", index];
        all.extend_from_slice(args);
        all.push("");
        let out = arkiva(&all, dir.path());
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["total"].as_u64().unwrap()
    };
    assert_eq!(total(&["--operator", "Tali SHPK"]), 4);
    assert_eq!(
        total(&["--operator", "tali", "--municipality", "gjakove"]),
        2
    );
    assert_eq!(
        total(&["--min-value", "3000", "--max-value", "12.000,00"]),
        3
    );
    assert_eq!(total(&["--municipality", "Viti", "--max-value", "700"]), 2);

    let out = arkiva(
        &["search", "--index", index, "--min-value", "shumë", ""],
        dir.path(),
    );
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("--min-value"),
        "{}",
        text(&out.stderr)
    );
    let out = arkiva(
        &[
            "search",
            "--index",
            index,
            "--min-value",
            "5000",
            "--max-value",
            "100",
            "",
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("--min-value (5000) is above --max-value (100)"));
    // The text form names the operator and the municipality facet.
    let out = arkiva(
        &["search", "--index", index, "--operator", "tali", ""],
        dir.path(),
    );
    let shown = text(&out.stdout);
    assert!(
        shown.contains("municipality: Gjakovë (2), Viti (2)"),
        "{shown}"
    );
    assert!(shown.contains("operator: TALI (4)"), "{shown}");
}

#[test]
fn export_ocds_writes_one_release_package_with_the_chosen_prefix() {
    let fixture = Fixture::new();
    let index = fixture.index.path().to_str().unwrap();
    let dir = fixture.dir.path().to_str().unwrap();
    let out = arkiva(&["ingest", dir, "--index", index], fixture.dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = arkiva(
        &[
            "export",
            "--format",
            "ocds",
            "--ocid-prefix",
            "ocds-test01-",
            "--index",
            index,
        ],
        fixture.dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let package: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(package["version"], "1.1");
    let releases = package["releases"].as_array().unwrap();
    assert!(!releases.is_empty());
    for release in releases {
        assert!(release["ocid"]
            .as_str()
            .unwrap()
            .starts_with("ocds-test01-"));
        assert_eq!(release["language"], "sq");
    }
}

#[test]
fn export_datapackage_writes_a_folder_and_refuses_one_with_files() {
    let fixture = Fixture::new();
    let index = fixture.index.path().to_str().unwrap();
    let dir = fixture.dir.path().to_str().unwrap();
    let out = arkiva(&["ingest", dir, "--index", index], fixture.dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let target = tempfile::TempDir::new().unwrap();
    let package = target.path().join("paketa");
    let package = package.to_str().unwrap();
    let export = |args: &[&str]| {
        let mut all = vec!["export", "--format", "datapackage", "--index", index];
        all.extend_from_slice(args);
        arkiva(&all, fixture.dir.path())
    };
    let out = export(&[package]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("contracts: 2 rows"),
        "{}",
        text(&out.stderr)
    );
    let descriptor: serde_json::Value =
        serde_json::from_slice(&std::fs::read(format!("{package}/datapackage.json")).unwrap())
            .unwrap();
    assert_eq!(descriptor["resources"][1]["path"], "contracts.csv");
    // Again into the same folder: refused, and the package is untouched.
    let before = std::fs::read(format!("{package}/acts.csv")).unwrap();
    let out = export(&["-o", package]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("not an empty folder"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        std::fs::read(format!("{package}/acts.csv")).unwrap(),
        before
    );
    // No folder, or filters that cannot apply: a clear refusal.
    assert!(!export(&[]).status.success());
    let other = target.path().join("tjeter");
    let out = export(&["--type", "vendim", other.to_str().unwrap()]);
    assert!(
        text(&out.stderr).contains("whole archive"),
        "{}",
        text(&out.stderr)
    );
    assert!(!other.exists());
}

#[test]
fn export_quickwit_writes_the_configuration_and_the_documents() {
    let fixture = Fixture::new();
    let index = fixture.index.path().to_str().unwrap();
    let dir = fixture.dir.path().to_str().unwrap();
    assert!(
        arkiva(&["ingest", dir, "--index", index], fixture.dir.path())
            .status
            .success()
    );
    let out = arkiva(
        &["export", "--format", "quickwit-config"],
        fixture.dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let config: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        config,
        arkiva::export::quickwit::index_config(&arkiva::index::schema::Fields::new())
    );
    let out = arkiva(
        &["export", "--format", "quickwit", "--index", index, "vendim"],
        fixture.dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let docs: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!docs.is_empty());
    assert!(docs
        .iter()
        .all(|d| d["terms_sq"].is_string() && d["id"].is_string()));
}
