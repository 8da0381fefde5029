//! THE index schema: the only place where field names are spelled.
//!
//! The stored fields mirror [`Act`] one to one (a test checks that the names
//! equal the model's serde names, so JSON output, exports and the index agree).
//! A few derived fields exist only to serve search: `year` for the year facet,
//! `issuer_facet` for exact issuer counts, `source_file` to find every record
//! of one register. This module converts between [`Act`] and tantivy
//! documents; it knows nothing of ingest or of queries.

use chrono::{Datelike, NaiveDate};
use tantivy::schema::{
    DateOptions, DateTimePrecision, Field, IndexRecordOption, NumericOptions, Schema,
    TextFieldIndexing, TextOptions, Value, FAST, INDEXED, STORED, STRING,
};
use tantivy::{DateTime, TantivyDocument};

use crate::analysis;
use crate::model::{Act, ActId, ActType};

/// Field names. Nothing outside this module spells them.
pub mod names {
    pub const ID: &str = "id";
    pub const TYPE: &str = "type";
    pub const TITLE: &str = "title";
    pub const NUMBER: &str = "number";
    pub const DATE: &str = "date";
    pub const PUBLISHED: &str = "published";
    pub const ISSUER: &str = "issuer";
    pub const MUNICIPALITY: &str = "municipality";
    pub const TEXT: &str = "text";
    pub const SOURCE: &str = "source";
    pub const SHA256: &str = "sha256";
    pub const OPERATOR: &str = "operator";
    pub const VALUE_EUR: &str = "value_eur";
    pub const PROCUREMENT_NUMBER: &str = "procurement_number";
    pub const PROCEDURE: &str = "procedure";
    pub const OCR: &str = "ocr";
    // Derived, search-only fields.
    pub const YEAR: &str = "year";
    pub const ISSUER_FACET: &str = "issuer_facet";
    pub const SOURCE_FILE: &str = "source_file";
    pub const TITLE_EXACT: &str = "title_exact";
    pub const TEXT_EXACT: &str = "text_exact";
    pub const TITLE_FAMILY: &str = "title_family";
    pub const TEXT_FAMILY: &str = "text_family";
    pub const IDENT: &str = "ident";

    /// The names of the model's fields, in the order of [`crate::model::Act`].
    pub const MODEL: [&str; 16] = [
        ID,
        TYPE,
        TITLE,
        NUMBER,
        DATE,
        PUBLISHED,
        ISSUER,
        MUNICIPALITY,
        TEXT,
        SOURCE,
        SHA256,
        OPERATOR,
        VALUE_EUR,
        PROCUREMENT_NUMBER,
        PROCEDURE,
        OCR,
    ];
}

/// A stored document could not be read back as an act.
#[derive(Debug, thiserror::Error)]
pub enum SchemaError {
    #[error("stored document has no valid '{0}' field")]
    Missing(&'static str),
}

/// Handles to every field of the schema.
#[derive(Debug, Clone)]
pub struct Fields {
    pub schema: Schema,
    pub id: Field,
    pub act_type: Field,
    pub title: Field,
    pub number: Field,
    pub date: Field,
    pub published: Field,
    pub issuer: Field,
    pub municipality: Field,
    pub text: Field,
    pub source: Field,
    pub sha256: Field,
    pub operator: Field,
    pub value_eur: Field,
    pub procurement_number: Field,
    pub procedure: Field,
    pub ocr: Field,
    pub year: Field,
    pub issuer_facet: Field,
    pub source_file: Field,
    /// Title and text folded but unstemmed: exact forms rank above stems.
    pub title_exact: Field,
    pub text_exact: Field,
    /// Title and text stemmed across derivation (`miratim` with `miratoj`).
    pub title_family: Field,
    pub text_family: Field,
    /// Lookup keys of the act and procurement numbers (see `index::ident`).
    pub ident: Field,
}

fn text_options(tokenizer: &str) -> TextOptions {
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(tokenizer)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    TextOptions::default()
        .set_indexing_options(indexing)
        .set_stored()
}

fn date_options() -> DateOptions {
    DateOptions::from(INDEXED)
        .set_stored()
        .set_fast()
        .set_precision(DateTimePrecision::Seconds)
}

impl Fields {
    pub fn new() -> Fields {
        use names::*;
        let mut b = Schema::builder();
        let id = b.add_text_field(ID, STRING | STORED);
        let act_type = b.add_text_field(TYPE, STRING | STORED | FAST);
        let title = b.add_text_field(TITLE, text_options(analysis::STEMMED));
        let number = b.add_text_field(NUMBER, text_options(analysis::FOLDED));
        let date = b.add_date_field(DATE, date_options());
        let published = b.add_date_field(PUBLISHED, date_options());
        let issuer = b.add_text_field(ISSUER, text_options(analysis::FOLDED));
        let municipality = b.add_text_field(MUNICIPALITY, STRING | STORED | FAST);
        let text = b.add_text_field(TEXT, text_options(analysis::STEMMED));
        let source = b.add_text_field(SOURCE, STRING | STORED);
        let sha256 = b.add_text_field(SHA256, STRING | STORED);
        let operator = b.add_text_field(OPERATOR, text_options(analysis::FOLDED));
        let value_eur = b.add_f64_field(
            VALUE_EUR,
            NumericOptions::default()
                .set_stored()
                .set_indexed()
                .set_fast(),
        );
        let procurement_number =
            b.add_text_field(PROCUREMENT_NUMBER, text_options(analysis::FOLDED));
        let procedure = b.add_text_field(PROCEDURE, text_options(analysis::FOLDED));
        let ocr = b.add_bool_field(OCR, INDEXED | STORED);
        let year = b.add_u64_field(YEAR, INDEXED | FAST);
        let issuer_facet = b.add_text_field(ISSUER_FACET, STRING | FAST);
        let source_file = b.add_text_field(SOURCE_FILE, STRING);
        let unstored = |tokenizer| {
            let indexing = TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions);
            TextOptions::default().set_indexing_options(indexing)
        };
        let title_exact = b.add_text_field(TITLE_EXACT, unstored(analysis::FOLDED));
        let text_exact = b.add_text_field(TEXT_EXACT, unstored(analysis::FOLDED));
        let title_family = b.add_text_field(TITLE_FAMILY, unstored(analysis::FAMILY));
        let text_family = b.add_text_field(TEXT_FAMILY, unstored(analysis::FAMILY));
        let ident = b.add_text_field(IDENT, STRING);
        Fields {
            schema: b.build(),
            id,
            act_type,
            title,
            number,
            date,
            published,
            issuer,
            municipality,
            text,
            source,
            sha256,
            operator,
            value_eur,
            procurement_number,
            procedure,
            ocr,
            year,
            issuer_facet,
            source_file,
            title_exact,
            text_exact,
            title_family,
            text_family,
            ident,
        }
    }

    /// The full-text fields a plain query searches, with their boosts:
    /// the title above the text, exact forms above stems.
    pub fn searched(&self) -> [(Field, f32); 10] {
        [
            (self.title_family, 1.0),
            (self.text_family, 0.5),
            (self.title_exact, 4.0),
            (self.title, 3.0),
            (self.number, 2.0),
            (self.text_exact, 1.5),
            (self.text, 1.0),
            (self.issuer, 1.0),
            (self.operator, 1.5),
            (self.procurement_number, 1.0),
        ]
    }

    /// The text fields and the analyzer each one uses, for `arkiva analyze --all`.
    pub fn analyzed(&self) -> [(&'static str, &'static str); 6] {
        use names::*;
        [
            (TEXT, analysis::STEMMED),
            (TITLE, analysis::STEMMED),
            (NUMBER, analysis::FOLDED),
            (ISSUER, analysis::FOLDED),
            (OPERATOR, analysis::FOLDED),
            (PROCUREMENT_NUMBER, analysis::FOLDED),
        ]
    }

    pub fn to_document(&self, act: &Act) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_text(self.id, act.id.as_str());
        doc.add_text(self.act_type, act.act_type.slug());
        doc.add_text(self.title, &act.title);
        doc.add_text(self.title_exact, &act.title);
        doc.add_text(self.title_family, &act.title);
        doc.add_text(self.municipality, &act.municipality);
        doc.add_text(self.text, &act.text);
        doc.add_text(self.text_exact, &act.text);
        doc.add_text(self.text_family, &act.text);
        for raw in [&act.number, &act.procurement_number].into_iter().flatten() {
            for key in super::ident::keys(raw) {
                doc.add_text(self.ident, &key);
            }
        }
        doc.add_text(self.source, &act.source);
        doc.add_text(self.source_file, act.source_file());
        doc.add_text(self.sha256, &act.sha256);
        doc.add_bool(self.ocr, act.ocr);
        if let Some(date) = act.date {
            doc.add_date(self.date, to_datetime(date));
            doc.add_u64(self.year, u64::try_from(date.year()).unwrap_or(0));
        }
        if let Some(date) = act.published {
            doc.add_date(self.published, to_datetime(date));
        }
        if let Some(issuer) = &act.issuer {
            doc.add_text(self.issuer, issuer);
            doc.add_text(self.issuer_facet, issuer);
        }
        if let Some(value) = act.value_eur {
            doc.add_f64(self.value_eur, value);
        }
        let optional = [
            (self.number, &act.number),
            (self.operator, &act.operator),
            (self.procurement_number, &act.procurement_number),
            (self.procedure, &act.procedure),
        ];
        for (field, value) in optional {
            if let Some(value) = value {
                doc.add_text(field, value);
            }
        }
        doc
    }

    pub fn to_act(&self, doc: &TantivyDocument) -> Result<Act, SchemaError> {
        let text = |field| first_str(doc, field);
        let required = |field, name| text(field).ok_or(SchemaError::Missing(name));
        Ok(Act {
            id: ActId::parse(&required(self.id, names::ID)?)
                .ok_or(SchemaError::Missing(names::ID))?,
            act_type: required(self.act_type, names::TYPE)?
                .parse::<ActType>()
                .map_err(|_| SchemaError::Missing(names::TYPE))?,
            title: text(self.title).unwrap_or_default(),
            number: text(self.number),
            date: first_date(doc, self.date),
            published: first_date(doc, self.published),
            issuer: text(self.issuer),
            municipality: text(self.municipality).unwrap_or_default(),
            text: text(self.text).unwrap_or_default(),
            source: required(self.source, names::SOURCE)?,
            sha256: text(self.sha256).unwrap_or_default(),
            operator: text(self.operator),
            value_eur: doc.get_first(self.value_eur).and_then(|v| v.as_f64()),
            procurement_number: text(self.procurement_number),
            procedure: text(self.procedure),
            ocr: doc
                .get_first(self.ocr)
                .and_then(|v| v.as_bool())
                .unwrap_or(false),
        })
    }
}

impl Default for Fields {
    fn default() -> Self {
        Fields::new()
    }
}

fn first_str(doc: &TantivyDocument, field: Field) -> Option<String> {
    doc.get_first(field)?.as_str().map(str::to_string)
}

fn first_date(doc: &TantivyDocument, field: Field) -> Option<NaiveDate> {
    from_datetime(doc.get_first(field)?.as_datetime()?)
}

/// Dates are stored as midnight UTC of the day.
pub fn to_datetime(date: NaiveDate) -> DateTime {
    let secs = date
        .and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc().timestamp())
        .unwrap_or(0);
    DateTime::from_timestamp_secs(secs)
}

pub fn from_datetime(value: DateTime) -> Option<NaiveDate> {
    chrono::DateTime::from_timestamp(value.into_timestamp_secs(), 0).map(|t| t.date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Act {
        Act {
            id: ActId::from_key(&["Gjilan", "a.pdf"]),
            act_type: ActType::Kontrate,
            title: "Kontrata për mirëmbajtjen e ndriçimit publik".into(),
            number: Some("01 Nr. 016-8123/19".into()),
            date: NaiveDate::from_ymd_opt(2019, 3, 12),
            published: NaiveDate::from_ymd_opt(2019, 3, 14),
            issuer: Some("Kryetari i Komunës".into()),
            municipality: "Gjilan".into(),
            text: "Teksti".into(),
            source: "regjistri.csv#row=4".into(),
            sha256: "ab".repeat(32),
            operator: Some("N.T.P. Drita".into()),
            value_eur: Some(180_000.5),
            procurement_number: Some("653-19-045-211".into()),
            procedure: Some("Procedurë e hapur".into()),
            ocr: true,
        }
    }

    #[test]
    fn act_round_trips_through_a_document() {
        let fields = Fields::new();
        let act = sample();
        assert_eq!(fields.to_act(&fields.to_document(&act)).unwrap(), act);
    }

    #[test]
    fn schema_names_are_the_model_names() {
        let json = serde_json::to_value(sample()).unwrap();
        let keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(|k| k.as_str())
            .collect();
        let mut model: Vec<&str> = names::MODEL.to_vec();
        let mut keys_sorted = keys.clone();
        model.sort_unstable();
        keys_sorted.sort_unstable();
        assert_eq!(model, keys_sorted);
        let fields = Fields::new();
        for name in names::MODEL {
            assert!(fields.schema.get_field(name).is_ok(), "{name}");
        }
    }
}
