//! The Frictionless Data Package (v1, `tabular-data-package`): one
//! tabular resource per [`DATASETS`] entry, each the CSV export of that
//! dataset, with the Table Schema of the [`fields`](super::fields)
//! dictionary. [`descriptor`] is a pure function from what the archive holds
//! to the `datapackage.json`; [`write_folder`] writes the whole archive as a
//! package folder (CSV files + descriptor). No HTTP: the web service gives
//! [`descriptor`] absolute URLs of its exports.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use chrono::{SecondsFormat, Utc};
use serde_json::{json, Map, Value};

use super::datasets::{Dataset, DATASETS, VOTES};
use super::fields::{Field, FIELDS, SCHEMA_VERSION, VOTE_FIELDS};
use super::{export, ExportError, Format};
use crate::index::Archive;
use crate::search::{self, SearchError, SearchRequest};

/// The descriptor's file name in a package folder.
pub const DESCRIPTOR: &str = "datapackage.json";

/// What the descriptor says of the archive besides its datasets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct About {
    /// The municipalities whose acts the archive holds, sorted.
    pub municipalities: Vec<String>,
    /// When the package was made (RFC 3339).
    pub created: String,
    /// The site's address (`http://host/`), when served.
    pub homepage: Option<String>,
}

impl About {
    /// The archive's municipalities, made now.
    pub fn of(archive: &Archive) -> Result<About, SearchError> {
        let all = search::search(archive, &SearchRequest::default())?;
        Ok(About {
            municipalities: all.facets.municipalities.into_keys().collect(),
            created: Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true),
            homepage: None,
        })
    }
}

/// `arkiva-<municipality>` for an archive of one municipality (lowercase
/// ASCII, as the spec asks), else `arkiva-aktet`.
pub fn package_name(municipalities: &[String]) -> String {
    let slug = match municipalities {
        [one] => crate::analysis::fold(one)
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("-"),
        _ => String::new(),
    };
    if slug.is_empty() {
        "arkiva-aktet".to_string()
    } else {
        format!("arkiva-{slug}")
    }
}

/// `Shqip / English`, the one way the descriptor carries both languages.
fn both(sq: &str, en: &str) -> String {
    format!("{sq} / {en}")
}

/// One Table Schema field of the dictionary.
pub fn schema_field(field: &Field) -> Value {
    let mut constraints = Map::new();
    if field.required {
        constraints.insert("required".into(), json!(true));
    }
    if field.unique {
        constraints.insert("unique".into(), json!(true));
    }
    if let Some(pattern) = field.pattern {
        constraints.insert("pattern".into(), json!(pattern));
    }
    if let Some(minimum) = field.minimum {
        constraints.insert("minimum".into(), json!(minimum));
    }
    if let Some(values) = field.allowed_values() {
        constraints.insert("enum".into(), json!(values));
    }
    let mut out = json!({
        "name": field.name,
        "type": field.field_type.as_str(),
        "title": both(field.title_sq, field.title_en),
        "description": both(field.description_sq, field.description_en),
    });
    if !constraints.is_empty() {
        out["constraints"] = Value::Object(constraints);
    }
    out
}

/// The Table Schema every dataset shares: the export columns in order.
pub fn table_schema() -> Value {
    json!({
        "fields": FIELDS.iter().map(schema_field).collect::<Vec<_>>(),
        "primaryKey": [crate::index::schema::names::ID],
        "missingValues": [""],
    })
}

/// The Table Schema of the votes dataset: one row per session and item.
pub fn votes_table_schema() -> Value {
    json!({
        "fields": VOTE_FIELDS.iter().map(schema_field).collect::<Vec<_>>(),
        "primaryKey": ["session_id", "item_number"],
        "missingValues": [""],
    })
}

/// How the CSV export writes: RFC 4180 with CRLF, a header row, UTF-8
/// behind a byte-order mark (which readers of `utf-8` skip).
fn dialect() -> Value {
    json!({
        "delimiter": ",",
        "lineTerminator": "\r\n",
        "quoteChar": "\"",
        "doubleQuote": true,
        "header": true,
    })
}

/// The descriptor, with each dataset's data at `path(dataset)` (a URL, or
/// a path relative to the descriptor), the votes dataset ([`VOTES`]) last.
pub fn descriptor(about: &About, path: impl Fn(&Dataset) -> String) -> Value {
    let places = about.municipalities.join(", ");
    let (title, description) = if places.is_empty() {
        (
            both("Arkiva e akteve komunale", "Municipal acts archive"),
            both(
                "Aktet, kontratat dhe njoftimet e prokurimit të publikuara nga komunat, siç i lexon arkiva nga PDF-të dhe regjistrat CSV.",
                "Acts, contracts and procurement notices published by municipalities, as arkiva reads them from PDFs and CSV registers.",
            ),
        )
    } else {
        let one = about.municipalities.len() == 1;
        (
            both(
                &format!("Arkiva e akteve komunale: {places}"),
                &format!("Municipal acts archive: {places}"),
            ),
            both(
                &format!(
                    "Aktet, kontratat dhe njoftimet e prokurimit të publikuara nga {} {places}, siç i lexon arkiva nga PDF-të dhe regjistrat CSV. Skema e kolonave: versioni {SCHEMA_VERSION}.",
                    if one { "komuna" } else { "komunat" }
                ),
                &format!(
                    "Acts, contracts and procurement notices published by the {} of {places}, as arkiva reads them from PDFs and CSV registers. Column schema: version {SCHEMA_VERSION}.",
                    if one { "municipality" } else { "municipalities" }
                ),
            ),
        )
    };
    let sources: Vec<Value> = if about.municipalities.is_empty() {
        vec![
            json!({ "title": both("Publikimet zyrtare të komunave", "The municipalities' official publications") }),
        ]
    } else {
        about
            .municipalities
            .iter()
            .map(|m| {
                json!({ "title": both(
                    &format!("Publikimet zyrtare të komunës {m}: aktet dhe regjistrat e kontratave"),
                    &format!("Official publications of the municipality of {m}: acts and contract registers"),
                ) })
            })
            .collect()
    };
    let contributors: Vec<Value> = about
        .municipalities
        .iter()
        .map(|m| json!({ "title": format!("Komuna {m}"), "role": "publisher" }))
        .collect();
    let resource = |dataset: &Dataset, schema: Value| {
        json!({
            "name": dataset.name,
            "path": path(dataset),
            "profile": "tabular-data-resource",
            "title": both(dataset.title_sq, dataset.title_en),
            "description": both(dataset.description_sq, dataset.description_en),
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": dialect(),
            "schema": schema,
        })
    };
    let resources: Vec<Value> = DATASETS
        .iter()
        .map(|dataset| resource(dataset, table_schema()))
        .chain([resource(&VOTES, votes_table_schema())])
        .collect();
    let mut package = json!({
        "profile": "tabular-data-package",
        "name": package_name(&about.municipalities),
        "title": title,
        "description": description,
        "version": SCHEMA_VERSION,
        "created": about.created,
        "keywords": ["akte komunale", "vendime", "kontrata publike", "prokurim publik", "municipal acts", "decisions", "public contracts", "procurement"],
        "licenses": [{
            "name": "CC0-1.0",
            "path": super::ocds::LICENSE,
            "title": "Creative Commons Zero v1.0 Universal",
        }],
        "sources": sources,
        "resources": resources,
    });
    if !contributors.is_empty() {
        package["contributors"] = json!(contributors);
    }
    if let Some(homepage) = &about.homepage {
        package["homepage"] = json!(homepage);
    }
    package
}

/// The CSV export URL of a dataset below `api` (`http://host/api/`, or
/// empty for a URL relative to `/api/datapackage.json`).
pub fn export_url(api: &str, dataset: &Dataset) -> String {
    if dataset.name == VOTES.name {
        return format!(
            "{api}{}",
            super::datasets::VOTES_CSV_PATH.trim_start_matches("/api/")
        );
    }
    let pairs = dataset.query_pairs();
    if pairs.is_empty() {
        return format!("{api}export.csv");
    }
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (key, value) in pairs {
        query.append_pair(key, value);
    }
    format!("{api}export.csv?{}", query.finish())
}

#[derive(Debug, thiserror::Error)]
pub enum DataPackageError {
    #[error("{0} exists and is not an empty folder: give a new or empty folder, nothing in it is overwritten")]
    NotEmpty(PathBuf),
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Export(#[from] ExportError),
    #[error(transparent)]
    Search(#[from] SearchError),
    #[error("{0}")]
    Derived(String),
}

/// What [`write_folder`] wrote: each dataset's name and row count.
pub type Written = Vec<(&'static str, u64)>;

/// Writes the whole archive as a Data Package folder: `<dataset>.csv` for
/// each dataset and `datapackage.json` with relative paths. `dir` must be
/// new or empty. Files are written under temporary names and renamed only
/// once all are complete, so a failure leaves no partial package (and
/// removes a folder it created).
pub fn write_folder(archive: &Archive, dir: &Path) -> Result<Written, DataPackageError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| DataPackageError::Io { path, source }
    };
    let created = match fs::read_dir(dir) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                return Err(DataPackageError::NotEmpty(dir.to_path_buf()));
            }
            false
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            fs::create_dir_all(dir).map_err(io(dir))?;
            true
        }
        // A file (or anything not a folder) where the folder should be.
        Err(_) if dir.exists() && !dir.is_dir() => {
            return Err(DataPackageError::NotEmpty(dir.to_path_buf()))
        }
        Err(e) => return Err(io(dir)(e)),
    };
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let result = stage(archive, dir, &mut staged);
    let result = result.and_then(|written| {
        for (temp, done) in &staged {
            fs::rename(temp, done).map_err(io(done))?;
        }
        Ok(written)
    });
    if result.is_err() {
        for (temp, _) in &staged {
            let _ = fs::remove_file(temp);
        }
        if created {
            let _ = fs::remove_dir(dir);
        }
    }
    result
}

/// Writes every file under a temporary name, recording (temporary, final).
fn stage(
    archive: &Archive,
    dir: &Path,
    staged: &mut Vec<(PathBuf, PathBuf)>,
) -> Result<Written, DataPackageError> {
    let about = About::of(archive)?;
    let mut written = Vec::new();
    for dataset in &DATASETS {
        let name = dataset.csv_file();
        let count = write_staged(dir, &name, staged, |out| {
            export(archive, &dataset.request(), Format::Csv, out)
        })?;
        written.push((dataset.name, count));
    }
    let sessions = crate::derived::Derived::load(archive.dir())
        .map_err(|e| DataPackageError::Derived(e.to_string()))?
        .sessions;
    let count = write_staged(dir, &VOTES.csv_file(), staged, |out| {
        super::votes::write_csv(&sessions, &Default::default(), out)
    })?;
    written.push((VOTES.name, count));
    let descriptor = descriptor(&about, |d| d.csv_file());
    write_staged(dir, DESCRIPTOR, staged, |out| {
        serde_json::to_writer_pretty(&mut *out, &descriptor).map_err(std::io::Error::from)?;
        out.write_all(b"\n")?;
        Ok(0)
    })?;
    Ok(written)
}

fn write_staged(
    dir: &Path,
    name: &str,
    staged: &mut Vec<(PathBuf, PathBuf)>,
    body: impl FnOnce(&mut BufWriter<File>) -> Result<u64, ExportError>,
) -> Result<u64, DataPackageError> {
    let temp = dir.join(format!(".{name}.partial"));
    let done = dir.join(name);
    let file = File::create(&temp).map_err(|source| DataPackageError::Io {
        path: temp.clone(),
        source,
    })?;
    staged.push((temp.clone(), done));
    let mut out = BufWriter::new(file);
    let count = body(&mut out)?;
    out.into_inner()
        .map_err(|e| e.into_error())
        .and_then(|file| file.sync_all())
        .map_err(|source| DataPackageError::Io { path: temp, source })?;
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn about(municipalities: &[&str]) -> About {
        About {
            municipalities: municipalities.iter().map(|m| m.to_string()).collect(),
            created: "2026-01-01T00:00:00Z".into(),
            homepage: None,
        }
    }

    #[test]
    fn names_are_lowercase_ascii_with_the_municipality() {
        assert_eq!(package_name(&["Gjakovë".into()]), "arkiva-gjakove");
        assert_eq!(
            package_name(&["Fushë Kosovë".into()]),
            "arkiva-fushe-kosove"
        );
        assert_eq!(package_name(&[]), "arkiva-aktet");
        assert_eq!(
            package_name(&["Gjilan".into(), "Viti".into()]),
            "arkiva-aktet"
        );
    }

    #[test]
    fn every_dataset_is_a_resource_with_the_columns_in_order() {
        let package = descriptor(&about(&["Gjilan"]), |d| d.csv_file());
        assert_eq!(package["profile"], "tabular-data-package");
        assert_eq!(package["version"], SCHEMA_VERSION);
        assert_eq!(package["licenses"][0]["path"], super::super::ocds::LICENSE);
        assert!(package["title"].as_str().unwrap().contains("Gjilan"));
        let resources = package["resources"].as_array().unwrap();
        assert_eq!(resources.len(), DATASETS.len() + 1);
        let votes = resources.last().unwrap();
        assert_eq!(votes["name"], "votes");
        assert_eq!(votes["path"], "votes.csv");
        let names: Vec<&str> = votes["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        let expected: Vec<&str> = VOTE_FIELDS.iter().map(|f| f.name).collect();
        assert_eq!(names, expected);
        assert_eq!(votes["schema"]["fields"][6]["type"], "integer");
        assert_eq!(
            votes["schema"]["fields"][8]["constraints"]["enum"][0],
            "miratuar"
        );
        for (resource, dataset) in resources.iter().zip(&DATASETS) {
            assert_eq!(resource["name"], dataset.name);
            assert_eq!(resource["path"], dataset.csv_file());
            let names: Vec<&str> = resource["schema"]["fields"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["name"].as_str().unwrap())
                .collect();
            assert_eq!(names, super::super::COLUMNS);
            assert_eq!(resource["schema"]["primaryKey"], json!(["id"]));
        }
        let id = &resources[0]["schema"]["fields"][0];
        assert_eq!(id["constraints"]["unique"], true);
        let value = &resources[0]["schema"]["fields"][12];
        assert_eq!(value["name"], "value_eur");
        assert_eq!(value["type"], "number");
        assert_eq!(value["constraints"]["minimum"], 0.0);
    }

    #[test]
    fn export_urls_select_the_dataset() {
        let contracts = Dataset::named("contracts").unwrap();
        assert_eq!(
            export_url("http://h/api/", contracts),
            "http://h/api/export.csv?type=kontrate"
        );
        assert_eq!(
            export_url("", Dataset::named("acts").unwrap()),
            "export.csv"
        );
        assert_eq!(
            export_url("http://h/api/", &VOTES),
            "http://h/api/votes.csv"
        );
    }
}
