//! The OpenAPI 3 description of the JSON API and exports, served at
//! `/api/openapi.json`. A router test checks that every path it lists
//! answers and every API route is listed.

use serde_json::{json, Value};

use crate::export::COLUMNS;
use crate::index::schema::names;
use crate::search::{ISSUER_FACET_LIMIT, MUNICIPALITY_FACET_LIMIT, OPERATOR_FACET_LIMIT};

/// The query parameters every search and export takes.
fn filter_parameters() -> Vec<Value> {
    let param = |name: &str, description: &str, schema: Value| json!({ "name": name, "in": "query", "required": false, "description": description, "schema": schema });
    let types: Vec<&str> = crate::model::ActType::ALL
        .iter()
        .map(|t| t.slug())
        .collect();
    vec![
        param("q", "Search text: words (all must match; when fewer than 10 acts have them all, acts with some follow), \"phrases\", -exclusions, OR. Empty matches every act. At most 500 characters.", json!({ "type": "string", "maxLength": 500 })),
        param("type", "Act type; repeat or separate with commas for several (OR).", json!({ "type": "array", "items": { "type": "string", "enum": types } })),
        param("year", "Year of the act's date; repeat for several (OR).", json!({ "type": "array", "items": { "type": "integer", "minimum": 1900, "maximum": 2100 } })),
        param("issuer", "Issuing body, compared without case or diacritics; repeat for several (OR).", json!({ "type": "array", "items": { "type": "string" } })),
        param("municipality", "Municipality (e.g. Gjakovë), compared without case or diacritics; repeat for several (OR).", json!({ "type": "array", "items": { "type": "string" } })),
        param("operator", "Economic operator by any spelling of its name or by its operator_key: spellings such as \"TALI\" sh.p.k, Tali SHPK and TALI select the same records; repeat for several (OR).", json!({ "type": "array", "items": { "type": "string" } })),
        param("min_value", "Acts whose value_eur is at least this many euros (15000, 15000.50 or 15.000,50); acts without a value are left out.", json!({ "type": "number", "minimum": 0 })),
        param("max_value", "Acts whose value_eur is at most this many euros; not below min_value.", json!({ "type": "number", "minimum": 0 })),
        param("in_force", "1: leave out acts that a later act repealed (no longer in force).", json!({ "type": "string", "enum": ["1", "0", "true", "false", "po", "jo"] })),
        param("from", "Acts dated on or after this day (YYYY-MM-DD; DD.MM.YYYY also accepted).", json!({ "type": "string", "format": "date" })),
        param("to", "Acts dated on or before this day.", json!({ "type": "string", "format": "date" })),
        param("sort", "Order of the results.", json!({ "type": "string", "enum": ["relevance", "newest", "oldest"], "default": "relevance" })),
    ]
}

/// The filters of the votes dataset.
fn votes_parameters() -> Vec<Value> {
    vec![
        json!({ "name": "municipality", "in": "query", "required": false, "description": "Only this municipality's sessions, compared without case or diacritics.", "schema": { "type": "string", "maxLength": 100 } }),
        json!({ "name": "year", "in": "query", "required": false, "description": "Only sessions of this year.", "schema": { "type": "integer", "minimum": 1900, "maximum": 2100 } }),
    ]
}

fn paging_parameters() -> Vec<Value> {
    vec![
        json!({ "name": "page", "in": "query", "required": false, "description": "Page, from 1; page × per_page may not pass 10,000.", "schema": { "type": "integer", "minimum": 1, "default": 1 } }),
        json!({ "name": "per_page", "in": "query", "required": false, "description": "Results per page.", "schema": { "type": "integer", "minimum": 1, "maximum": 100, "default": 20 } }),
    ]
}

fn id_parameter() -> Value {
    json!({ "name": "id", "in": "path", "required": true, "description": "The act's stable id: 16 hexadecimal digits.", "schema": { "type": "string", "pattern": "^[0-9a-f]{16}$" } })
}

fn error_responses() -> Value {
    json!({
        "400": { "description": "Invalid parameter, date or value range, page or query length.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
        "404": { "description": "No such act or file.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
    })
}

fn with_errors(ok: Value) -> Value {
    let mut responses = error_responses();
    if let (Some(map), Some(ok)) = (responses.as_object_mut(), ok.as_object()) {
        map.extend(ok.clone());
    }
    responses
}

fn act_schema() -> Value {
    let nullable_string = json!({ "type": ["string", "null"] });
    let mut properties = serde_json::Map::new();
    for column in COLUMNS {
        let schema = match column {
            names::DATE | names::PUBLISHED => {
                json!({ "type": ["string", "null"], "format": "date" })
            }
            amount if names::AMOUNTS.contains(&amount) => {
                json!({ "type": ["number", "null"], "description": "Euros." })
            }
            names::OCR => json!({ "type": "boolean" }),
            names::ID
            | names::TYPE
            | names::TITLE
            | names::MUNICIPALITY
            | names::TEXT
            | names::SOURCE
            | names::SHA256 => json!({ "type": "string" }),
            _ => nullable_string.clone(),
        };
        properties.insert(column.to_string(), schema);
    }
    let linked = json!({ "type": "array", "items": { "type": "object", "properties": {
        "id": { "type": "string" }, "title": { "type": "string" },
        "relation": { "type": "string", "enum": ["citon", "ploteson", "ndryshon", "shfuqizon"] },
        "sentence": { "type": "string" }, "url": { "type": "string" }
    }}});
    properties.insert(
        "links".into(),
        json!({ "type": "object", "description": "Resolved citations: what this act cites and what cites it, with the relation (the citing act amends, supplements, repeals or cites the other).", "properties": { "cites": linked.clone(), "cited_by": linked } }),
    );
    properties.insert(
        "in_force".into(),
        json!({ "type": "boolean", "description": "False when another act of the archive repeals it." }),
    );
    properties.insert(
        "sessions".into(),
        json!({ "type": "array", "items": { "type": "string" }, "description": "Ids of the sessions the act belongs to." }),
    );
    json!({ "type": "object", "properties": properties })
}

/// The session routes' paths (kept apart: one `json!` for the whole
/// document would pass the macro's recursion limit).
fn session_paths() -> Vec<(&'static str, Value)> {
    vec![
        (
            "/api/sessions",
            json!({ "get": {
                "summary": "Sessions of the Municipal Assembly and its committees, newest first.",
                "parameters": [
                    { "name": "year", "in": "query", "required": false, "description": "Year of the session.", "schema": { "type": "integer", "minimum": 1900, "maximum": 2100 } },
                    { "name": "body", "in": "query", "required": false, "description": "The body (Kuvendi i Komunës, a committee), compared without case or diacritics.", "schema": { "type": "string", "maxLength": 200 } },
                    { "name": "municipality", "in": "query", "required": false, "description": "Municipality, compared without case or diacritics.", "schema": { "type": "string", "maxLength": 200 } }
                ],
                "responses": with_errors(json!({ "200": { "description": "{total, sessions: [{id, date, body, ordinal, kind, items_count, recordings}]}", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SessionList" } } } } }))
            }}),
        ),
        (
            "/api/sessions/{id}",
            json!({ "get": {
                "summary": "One session: agenda items with outcome, votes (null where not stated), the sentence they were read from, the acts adopted and the speaker turns; its documents (each with the url of its act page) and recordings.",
                "parameters": [{ "name": "id", "in": "path", "required": true, "description": "The session's id, e.g. gjilan-2019-07-04-kuvendi-i-komunes.", "schema": { "type": "string", "pattern": "^[a-z0-9-]{1,160}$" } }],
                "responses": with_errors(json!({ "200": { "description": "The session.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Session" } } } } }))
            }}),
        ),
        (
            "/api/turns",
            json!({ "get": {
                "summary": format!("Speaker turns of the sessions: a turn matches when it holds every word of q (Albanian stems, so buxheti finds buxhetin), and the side, group, year and session given. At most {} turns; total counts all.", crate::web::sessions::MAX_TURNS),
                "parameters": [
                    { "name": "q", "in": "query", "required": false, "description": "Words, all of which the turn must hold.", "schema": { "type": "string", "maxLength": 500 } },
                    { "name": "side", "in": "query", "required": false, "description": "Governing side or opposition.", "schema": { "type": "string", "enum": ["pozite", "opozite"] } },
                    { "name": "group", "in": "query", "required": false, "description": "Political group, compared without case or diacritics.", "schema": { "type": "string", "maxLength": 200 } },
                    { "name": "year", "in": "query", "required": false, "description": "Year of the session.", "schema": { "type": "integer", "minimum": 1900, "maximum": 2100 } },
                    { "name": "session", "in": "query", "required": false, "description": "One session's id.", "schema": { "type": "string", "pattern": "^[a-z0-9-]{1,160}$" } }
                ],
                "responses": with_errors(json!({ "200": { "description": "{total, turns: [{session, date, body, item, item_title, speaker, group, side, text}]}", "content": { "application/json": {} } } }))
            }}),
        ),
    ]
}

/// The schemas of the session routes.
fn session_schemas() -> Vec<(&'static str, Value)> {
    vec![
        (
            "SessionList",
            json!({ "type": "object", "properties": {
                "total": { "type": "integer" },
                "sessions": { "type": "array", "items": { "type": "object", "properties": {
                    "id": { "type": "string" }, "date": { "type": "string", "format": "date" }, "body": { "type": "string" },
                    "ordinal": { "type": ["integer", "null"] }, "kind": { "type": "string", "enum": ["e_rregullt", "e_jashtezakonshme", "solemne"] },
                    "items_count": { "type": "integer" }, "recordings": { "type": "array", "items": { "type": "string", "format": "uri" } }
                }}}
            }}),
        ),
        (
            "Session",
            json!({ "type": "object", "properties": {
                "id": { "type": "string" }, "municipality": { "type": "string" }, "date": { "type": "string", "format": "date" },
                "body": { "type": "string" }, "ordinal": { "type": ["integer", "null"] }, "kind": { "type": "string" },
                "items": { "type": "array", "items": { "type": "object", "properties": {
                    "number": { "type": "integer", "description": "The agenda position." }, "title": { "type": "string" },
                    "outcome": { "type": "string", "enum": ["miratuar", "nuk_miratuar", "shtyre", "terhequr", "e_panjohur"] },
                    "votes": { "type": "object", "properties": { "for": { "type": ["integer", "null"] }, "against": { "type": ["integer", "null"] }, "abstain": { "type": ["integer", "null"] } } },
                    "source_sentence": { "type": ["string", "null"] }, "acts": { "type": "array", "items": { "type": "string" } },
                    "turns": { "type": "array", "items": { "type": "object", "properties": { "speaker": { "type": "string" }, "group": { "type": ["string", "null"] }, "side": { "type": ["string", "null"], "enum": ["pozite", "opozite", null] }, "text": { "type": "string" } } } }
                }}},
                "unread": { "type": "array", "items": { "type": "integer" }, "description": "Agenda numbers whose outcome could not be read." },
                "documents": { "type": "array", "items": { "type": "object", "properties": {
                    "id": { "type": "string" }, "role": { "type": "string", "enum": ["ftese", "procesverbal", "vendim", "komunikate"] }, "type": { "type": "string" },
                    "title": { "type": "string" }, "date": { "type": ["string", "null"], "format": "date" }, "url": { "type": "string" }
                }}},
                "recordings": { "type": "array", "items": { "type": "string", "format": "uri" } }
            }}),
        ),
    ]
}

/// The whole document.
pub fn document() -> Value {
    let mut search_params = filter_parameters();
    search_params.extend(paging_parameters());
    let mut doc = json!({
        "openapi": "3.1.0",
        "info": {
            "title": "arkiva",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Kërkim dhe të dhëna të hapura të akteve komunale. Search and open data of municipal acts."
        },
        "paths": {
            "/api/search": { "get": {
                "summary": "Search acts, with facet counts over all matches.",
                "parameters": search_params,
                "responses": with_errors(json!({ "200": { "description": "Results.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SearchResponse" } } } } }))
            }},
            "/api/acts/{id}": { "get": {
                "summary": "Every field of one act, with its full text.",
                "parameters": [id_parameter()],
                "responses": with_errors(json!({ "200": { "description": "The act.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Act" } } } } }))
            }},
            "/acts/{id}/file": { "get": {
                "summary": "The original PDF of an act, byte for byte.",
                "parameters": [id_parameter()],
                "responses": with_errors(json!({ "200": { "description": "The PDF.", "content": { "application/pdf": {} } } }))
            }},
            "/api/export.csv": { "get": {
                "summary": "Every act matching the filters, as CSV (UTF-8 with BOM, RFC 4180), streamed.",
                "parameters": filter_parameters(),
                "responses": with_errors(json!({ "200": { "description": format!("CSV with the columns {}.", COLUMNS.join(", ")), "content": { "text/csv": {} } } }))
            }},
            "/api/export.ndjson": { "get": {
                "summary": "Every act matching the filters, one JSON object per line, streamed.",
                "parameters": filter_parameters(),
                "responses": with_errors(json!({ "200": { "description": "NDJSON of Act objects.", "content": { "application/x-ndjson": {} } } }))
            }},
            "/api/ocds/releases.json": { "get": {
                "summary": "Contracts and procurement notices matching the filters as one OCDS 1.1 release package (ocid = ocds-arkiva- + the act's id), streamed.",
                "parameters": filter_parameters(),
                "responses": with_errors(json!({ "200": { "description": "An OCDS 1.1 release package.", "content": { "application/json": {} } } }))
            }},
            "/api/votes.csv": { "get": {
                "summary": "The votes dataset: one row per agenda item of every Assembly session (outcome, votes for/against/abstain as the minutes state them, the sentence they were read from, the item's acts), as CSV (UTF-8 with BOM, CRLF). Columns documented in docs/data.md.",
                "parameters": votes_parameters(),
                "responses": with_errors(json!({ "200": { "description": format!("CSV with the columns {}.", crate::export::fields::VOTE_FIELDS.iter().map(|f| f.name).collect::<Vec<_>>().join(", ")), "content": { "text/csv": {} } } }))
            }},
            "/api/votes.json": { "get": {
                "summary": "The votes dataset as Popolo vote events: {\"vote_events\": [...]}, one per agenda item on which a vote is recorded (adopted, rejected, or counts stated), with its motion, legislative session, result (pass/fail) and the counts the minutes state (yes/no/abstain).",
                "parameters": votes_parameters(),
                "responses": with_errors(json!({ "200": { "description": "Popolo vote events.", "content": { "application/json": {} } } }))
            }},
            "/api/catalog.jsonld": { "get": {
                "summary": "DCAT-AP 3 catalogue in JSON-LD (inline @context): one dcat:Dataset per published dataset and year with acts (and per municipality when there are several), plus one per dataset over all years; CSV, NDJSON and (procurement) OCDS distributions are the export URLs with that dataset's filters; licence CC0.",
                "responses": with_errors(json!({ "200": { "description": "A dcat:Catalog.", "content": { "application/ld+json": {} } } }))
            }},
            "/feed.atom": { "get": {
                "summary": format!("Atom 1.0 feed (RFC 4287) of the {} newest acts matching the filters, newest first; the search page links it.", crate::web::feed::FEED_ENTRIES),
                "parameters": filter_parameters(),
                "responses": with_errors(json!({ "200": { "description": "Atom feed: one entry per act (id urn:arkiva:act:ID, link to the act page, published/updated from its date, summary, category = act type).", "content": { "application/atom+xml": {} } } }))
            }},
            "/api/datapackage.json": { "get": {
                "summary": format!("Frictionless Data Package (tabular-data-package, schema version {}) of every dataset (acts, contracts, procurement notices, and votes with its own columns and primary key session_id + item_number): one tabular resource each, pointing at its CSV export, with the Table Schema of the columns (types, descriptions in Albanian and English, primary key id) and licence CC0-1.0. Fields documented in docs/data.md.", crate::export::fields::SCHEMA_VERSION),
                "responses": { "200": { "description": "datapackage.json", "content": { "application/json": {} } } }
            }},
            "/statistika/{file}": { "get": {
                "summary": "One table of the statistics page /statistika as CSV (UTF-8 with BOM, CRLF): the numbers under one of its charts.",
                "parameters": [
                    { "name": "file", "in": "path", "required": true, "description": "The table's file name.", "schema": { "type": "string", "enum": crate::stats::Table::ALL.iter().map(|t| format!("{}.csv", t.name())).collect::<Vec<_>>() } },
                    { "name": "municipality", "in": "query", "required": false, "description": "Only this municipality's acts, compared as in a search; an unknown one gives tables without rows.", "schema": { "type": "string", "maxLength": 100 } }
                ],
                "responses": with_errors(json!({ "200": { "description": "CSV with a header row.", "content": { "text/csv": {} } } }))
            }},
            "/api/openapi.json": { "get": {
                "summary": "This document.",
                "responses": { "200": { "description": "OpenAPI 3 document.", "content": { "application/json": {} } } }
            }},
            "/healthz": { "get": {
                "summary": "Liveness and the number of acts.",
                "responses": { "200": { "description": "ok", "content": { "application/json": {} } } }
            }},
            "/metrics": { "get": {
                "summary": "Prometheus metrics: answers by route template and status, latency histogram, acts, index and store size, last ingest, exports streaming.",
                "responses": { "200": { "description": "Prometheus text exposition format 0.0.4.", "content": { "text/plain": {} } } }
            }}
        },
        "components": { "schemas": {
            "Act": act_schema(),
            "Hit": { "type": "object", "properties": {
                "id": { "type": "string" }, "type": { "type": "string" }, "title": { "type": "string" },
                "number": { "type": ["string", "null"] }, "date": { "type": ["string", "null"], "format": "date" },
                "issuer": { "type": ["string", "null"] }, "municipality": { "type": "string" },
                "operator": { "type": ["string", "null"] }, "value_eur": { "type": ["number", "null"] }, "source": { "type": "string" },
                "snippet": { "type": "string", "description": "HTML-escaped, matches in <mark>." }, "score": { "type": "number" },
                "in_force": { "type": "boolean", "description": "False when a later act repealed this one." }
            }},
            "SearchResponse": { "type": "object", "properties": {
                "total": { "type": "integer", "description": "Acts in the result set (every page)." },
                "all_words": { "type": "integer", "description": "Present when fewer than 10 acts have every word and acts with some of the words were added after them: how many have every word." },
                "hits": { "type": "array", "items": { "$ref": "#/components/schemas/Hit" } },
                "facets": { "type": "object", "properties": {
                    "type": { "type": "object", "additionalProperties": { "type": "integer" } },
                    "year": { "type": "object", "additionalProperties": { "type": "integer" } },
                    "issuer": { "type": "object", "description": format!("At most {ISSUER_FACET_LIMIT} issuers (the most frequent) plus the selected ones."), "additionalProperties": { "type": "integer" } },
                    "municipality": { "type": "object", "description": format!("At most {MUNICIPALITY_FACET_LIMIT} municipalities (the most frequent) plus the selected ones."), "additionalProperties": { "type": "integer" } },
                    "operator": { "type": "object", "description": format!("By operator_key: the spelling most matching records use, and their count. At most {OPERATOR_FACET_LIMIT} operators (the most frequent) plus the selected ones."), "additionalProperties": { "type": "object", "properties": { "label": { "type": "string" }, "count": { "type": "integer" } } } }
                }}
            }},
            "Error": { "type": "object", "required": ["error", "message", "message_en"], "properties": {
                "error": { "type": "string" },
                "message": { "type": "string", "description": "In Albanian." },
                "message_en": { "type": "string", "description": "In English." }
            }}
        }}
    });
    if let Some(paths) = doc["paths"].as_object_mut() {
        paths.extend(session_paths().into_iter().map(|(k, v)| (k.to_string(), v)));
    }
    if let Some(schemas) = doc["components"]["schemas"].as_object_mut() {
        schemas.extend(
            session_schemas()
                .into_iter()
                .map(|(k, v)| (k.to_string(), v)),
        );
    }
    doc
}
