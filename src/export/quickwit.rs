//! The hand-over to Quickwit, the distributed engine built on tantivy, for a
//! deployment that outgrows one machine: its index configuration and the
//! documents its ingest API takes.
//!
//! The configuration is derived, never written by hand: one field mapping
//! per export column (the field dictionary gives the type, the index schema
//! whether a field is analyzed, raw or fast), so a column added to the model
//! reaches Quickwit by itself. Quickwit cannot run arkiva's Albanian
//! analyzer, so two things stand in for it: the analyzed fields use a
//! tokenizer that lowercases and folds diacritics (`ë` → `e`, `ç` → `c`),
//! and [`TERMS`] carries each act's title and text already analyzed by
//! arkiva (stemmed, folded, `ç` also as `q`) for Quickwit to split on
//! spaces. The plain NDJSON export is accepted as it is (without
//! [`TERMS`]); [`write_documents`] adds it. Knows nothing of HTTP.

use std::io::Write;

use serde_json::{json, Map, Value};
use tantivy::schema::FieldType as IndexType;
use tantivy::tokenizer::TextAnalyzer;

use super::fields::{FieldType, FIELDS};
use super::ExportError;
use crate::analysis;
use crate::index::schema::{names, Fields};
use crate::index::Archive;
use crate::model::Act;
use crate::search::{self, SearchRequest};

/// The index's id in Quickwit.
pub const INDEX_ID: &str = "arkiva-acts";
/// The pre-analyzed field: arkiva's terms of an act's title and text,
/// separated by spaces. Only Quickwit's documents have it.
pub const TERMS: &str = names::TERMS_SQ;
/// Quickwit's stand-in for arkiva's folded analyzer.
pub const FOLDED_TOKENIZER: &str = "sq_folded";
/// Splits [`TERMS`] back into arkiva's terms (they are alphanumeric).
pub const TERMS_TOKENIZER: &str = "sq_terms";
/// `YYYY-MM-DD`, as the exports write dates, for reading and for showing.
pub const DATE_FORMAT: &str = "%Y-%m-%d";

/// Quickwit's index configuration (JSON, which Quickwit reads as YAML too).
pub fn index_config(fields: &Fields) -> Value {
    let mut mappings: Vec<Value> = FIELDS.iter().map(|f| mapping(fields, f)).collect();
    mappings.push(json!({
        "name": TERMS,
        "type": "text",
        "tokenizer": TERMS_TOKENIZER,
        "record": "position",
        "fieldnorms": true,
        "stored": false,
    }));
    let searched: Vec<&str> = std::iter::once(TERMS)
        .chain(fields.analyzed().iter().map(|(name, _)| *name))
        .collect();
    json!({
        "version": "0.8",
        "index_id": INDEX_ID,
        "doc_mapping": {
            // A document with a field the model lacks is refused, not
            // silently dropped: the two must not drift apart.
            "mode": "strict",
            "field_mappings": mappings,
            "tag_fields": [names::TYPE, names::MUNICIPALITY],
            "store_source": false,
            "tokenizers": [
                {
                    "name": FOLDED_TOKENIZER,
                    "type": "simple",
                    "filters": ["remove_long", "lower_caser", "ascii_folding"],
                },
                { "name": TERMS_TOKENIZER, "type": "simple", "filters": [] },
            ],
        },
        "search_settings": { "default_search_fields": searched },
    })
}

/// One export column as a Quickwit field mapping.
fn mapping(fields: &Fields, column: &super::fields::Field) -> Value {
    let entry = fields
        .schema
        .get_field(column.name)
        .ok()
        .map(|f| fields.schema.get_field_entry(fields.searched_as(f)));
    let (indexed, fast) = entry.map_or((false, false), |e| (e.is_indexed(), e.is_fast()));
    let mut out = match column.field_type {
        FieldType::String => text_mapping(entry.map(|e| e.field_type()), fast),
        FieldType::Date => json!({
            "type": "datetime",
            "input_formats": [DATE_FORMAT],
            "output_format": DATE_FORMAT,
            "fast_precision": "seconds",
            "indexed": indexed,
            "fast": fast,
        }),
        FieldType::Number => json!({ "type": "f64", "indexed": indexed, "fast": fast }),
        FieldType::Boolean => json!({ "type": "bool", "indexed": indexed, "fast": fast }),
        FieldType::Integer => json!({ "type": "u64", "indexed": indexed, "fast": fast }),
    };
    if let Value::Object(map) = &mut out {
        map.insert("name".into(), column.name.into());
        map.insert("stored".into(), true.into());
    }
    out
}

/// A text column: analyzed (folded), raw (exact values, maybe fast), or
/// kept but not indexed, as the index schema has it.
fn text_mapping(entry: Option<&IndexType>, fast: bool) -> Value {
    let tokenizer = match entry {
        Some(IndexType::Str(options)) => options.get_indexing_options().map(|i| i.tokenizer()),
        _ => None,
    };
    match tokenizer {
        None => json!({ "type": "text", "indexed": false }),
        Some("raw") => json!({ "type": "text", "tokenizer": "raw", "fast": fast }),
        Some(_) => json!({
            "type": "text",
            "tokenizer": FOLDED_TOKENIZER,
            "record": "position",
            "fieldnorms": true,
        }),
    }
}

/// An act as a Quickwit document: its NDJSON export form and [`TERMS`].
pub fn document(act: &Act, analyzer: &mut TextAnalyzer) -> Value {
    let mut doc = match serde_json::to_value(act) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    };
    let text = format!("{}\n{}", act.title, act.text);
    let terms = analysis::terms(analyzer, &text).join(" ");
    doc.insert(TERMS.into(), terms.into());
    Value::Object(doc)
}

/// Every act matching `request`, one Quickwit document per line.
pub fn write_documents(
    archive: &Archive,
    request: &SearchRequest,
    mut out: impl Write,
) -> Result<u64, ExportError> {
    let searcher = archive.reader.searcher();
    let mut analyzer = analysis::stemmed();
    let mut count = 0;
    for address in search::matching(archive, &searcher, request)? {
        let act = archive.load(&searcher, address)?;
        serde_json::to_writer(&mut out, &document(&act, &mut analyzer))
            .map_err(std::io::Error::from)?;
        out.write_all(b"\n")?;
        count += 1;
    }
    out.flush()?;
    Ok(count)
}
