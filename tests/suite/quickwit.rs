//! The hand-over to Quickwit (issue 11): the generated index configuration
//! agrees with the index schema and the export field dictionary, and every
//! document arkiva writes — the plain NDJSON export and the documents of
//! `--format quickwit` — is one that configuration accepts, checked the way
//! Quickwit parses documents in strict mode (unknown fields refused, `null`
//! ignored, each value of its mapped type, dates in the input format).

use std::collections::BTreeMap;

use serde_json::Value;

use super::util::sample_archive;
use arkiva::analysis;
use arkiva::export::fields::{FieldType, FIELDS};
use arkiva::export::quickwit::{self, DATE_FORMAT, FOLDED_TOKENIZER, TERMS, TERMS_TOKENIZER};
use arkiva::export::{self, Format};
use arkiva::index::schema::Fields;
use arkiva::search::SearchRequest;

fn config() -> Value {
    quickwit::index_config(&Fields::new())
}

/// The field mappings by name.
fn mappings(config: &Value) -> BTreeMap<String, Value> {
    config["doc_mapping"]["field_mappings"]
        .as_array()
        .expect("field_mappings")
        .iter()
        .map(|m| (m["name"].as_str().expect("a name").to_string(), m.clone()))
        .collect()
}

#[test]
fn the_configuration_has_every_column_with_its_type_and_the_schema_s_options() {
    let config = config();
    let fields = Fields::new();
    let mappings = mappings(&config);
    assert_eq!(
        mappings.len(),
        FIELDS.len() + 1,
        "one mapping per column, and the terms"
    );
    assert_eq!(config["doc_mapping"]["mode"], "strict");
    for column in FIELDS {
        let mapping = &mappings[column.name];
        let expected = match column.field_type {
            FieldType::String => "text",
            FieldType::Date => "datetime",
            FieldType::Number => "f64",
            FieldType::Boolean => "bool",
            FieldType::Integer => "u64",
        };
        assert_eq!(mapping["type"], expected, "{}", column.name);
        let entry = fields
            .schema
            .get_field_entry(fields.schema.get_field(column.name).unwrap());
        let fast = mapping["fast"].as_bool().unwrap_or(false);
        assert_eq!(fast, entry.is_fast(), "fast: {}", column.name);
        if column.field_type == FieldType::Date {
            assert_eq!(mapping["input_formats"], serde_json::json!([DATE_FORMAT]));
        }
    }
    // Analyzed fields get the folding tokenizer, exact-value ones stay raw.
    for (name, _) in fields.analyzed() {
        assert_eq!(mappings[name]["tokenizer"], FOLDED_TOKENIZER, "{name}");
    }
    for name in ["id", "type", "municipality", "sha256"] {
        assert_eq!(mappings[name]["tokenizer"], "raw", "{name}");
    }
    assert_eq!(mappings[TERMS]["tokenizer"], TERMS_TOKENIZER);
    let tokenizers: Vec<&str> = config["doc_mapping"]["tokenizers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(tokenizers, [FOLDED_TOKENIZER, TERMS_TOKENIZER]);
    for name in config["search_settings"]["default_search_fields"]
        .as_array()
        .unwrap()
    {
        let mapping = &mappings[name.as_str().unwrap()];
        assert_eq!(mapping["type"], "text", "{name}");
        assert_ne!(mapping["indexed"], false, "{name}");
    }
    for tag in config["doc_mapping"]["tag_fields"].as_array().unwrap() {
        assert_eq!(mappings[tag.as_str().unwrap()]["tokenizer"], "raw", "{tag}");
    }
}

/// Why Quickwit would refuse `doc` under `mappings`, if it would.
fn refused(doc: &Value, mappings: &BTreeMap<String, Value>) -> Option<String> {
    let Value::Object(doc) = doc else {
        return Some("not an object".into());
    };
    for (name, value) in doc {
        let Some(mapping) = mappings.get(name) else {
            return Some(format!("unknown field '{name}'"));
        };
        let fits = match (mapping["type"].as_str().unwrap(), value) {
            (_, Value::Null) => true,
            ("text", Value::String(_)) => true,
            ("f64", Value::Number(_)) => true,
            ("u64", Value::Number(n)) => n.is_u64(),
            ("bool", Value::Bool(_)) => true,
            ("datetime", Value::String(s)) => {
                chrono::NaiveDate::parse_from_str(s, DATE_FORMAT).is_ok()
            }
            _ => false,
        };
        if !fits {
            return Some(format!("'{name}' is not a {}: {value}", mapping["type"]));
        }
    }
    None
}

#[test]
fn every_exported_document_is_one_quickwit_accepts() {
    let archive = sample_archive();
    let mappings = mappings(&config());
    let request = SearchRequest::default();

    let mut ndjson = Vec::new();
    let count = export::export(archive, &request, Format::Ndjson, &mut ndjson).unwrap();
    let mut documents = Vec::new();
    let written = quickwit::write_documents(archive, &request, &mut documents).unwrap();
    assert!(count > 300, "{count}");
    assert_eq!(written, count);

    let lines = |bytes: &[u8]| -> Vec<Value> {
        String::from_utf8(bytes.to_vec())
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    let (plain, for_quickwit) = (lines(&ndjson), lines(&documents));
    let mut analyzer = analysis::stemmed();
    for (act, doc) in plain.iter().zip(&for_quickwit) {
        assert_eq!(refused(act, &mappings), None, "{act}");
        assert_eq!(refused(doc, &mappings), None, "{doc}");
        // The documents are the export rows plus the terms, nothing else.
        let mut without_terms = doc.clone();
        let terms = without_terms
            .as_object_mut()
            .unwrap()
            .remove(TERMS)
            .unwrap();
        assert_eq!(&without_terms, act);
        let text = format!(
            "{}\n{}",
            act["title"].as_str().unwrap(),
            act["text"].as_str().unwrap()
        );
        assert_eq!(terms, analysis::terms(&mut analyzer, &text).join(" "));
    }
    // Inflection and diacritics are already resolved in the terms: an act
    // titled with "Vendimi" carries the stem "vendim".
    assert!(for_quickwit.iter().any(|d| d[TERMS]
        .as_str()
        .unwrap()
        .split(' ')
        .any(|t| t == "vendim")));
}

#[test]
fn a_document_with_a_field_the_model_lacks_or_a_wrong_type_is_refused() {
    let mappings = mappings(&config());
    let wrong = [
        serde_json::json!({ "id": "0123456789abcdef", "colour": "blue" }),
        serde_json::json!({ "date": "12.03.2019" }),
        serde_json::json!({ "value_eur": "1.000,50" }),
        serde_json::json!({ "ocr": "yes" }),
    ];
    for doc in wrong {
        assert!(refused(&doc, &mappings).is_some(), "{doc}");
    }
    let right =
        serde_json::json!({ "id": "0123456789abcdef", "date": "2019-03-12", "number": null });
    assert_eq!(refused(&right, &mappings), None);
}
