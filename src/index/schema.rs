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
    pub const OPERATOR_KEY: &str = "operator_key";
    pub const OPERATOR_SEAT: &str = "operator_seat";
    pub const OPERATOR_ORIGIN: &str = "operator_origin";
    pub const ESTIMATED_VALUE_EUR: &str = "estimated_value_eur";
    pub const ANNEX_VALUE_EUR: &str = "annex_value_eur";
    pub const PAID_EUR: &str = "paid_eur";
    pub const PROCEDURE_CODE: &str = "procedure_code";
    pub const PROCUREMENT_TYPE: &str = "procurement_type";
    pub const PROCUREMENT_TYPE_CODE: &str = "procurement_type_code";
    pub const VALUE_CLASS: &str = "value_class";
    pub const VALUE_CLASS_CODE: &str = "value_class_code";
    pub const AWARD_CRITERION: &str = "award_criterion";
    pub const AWARD_CRITERION_CODE: &str = "award_criterion_code";
    // Derived, search-only fields.
    pub const YEAR: &str = "year";
    pub const ISSUER_FACET: &str = "issuer_facet";
    pub const SOURCE_FILE: &str = "source_file";
    pub const TITLE_EXACT: &str = "title_exact";
    pub const TEXT_EXACT: &str = "text_exact";
    pub const TITLE_FAMILY: &str = "title_family";
    pub const TEXT_FAMILY: &str = "text_family";
    pub const IDENT: &str = "ident";
    /// `operator_key` and the spelling, joined by [`super::FACET_SEP`]: the
    /// operator facet counts keys and labels them with their commonest spelling.
    pub const OPERATOR_FACET: &str = "operator_facet";
    /// Not in the index: in the documents for Quickwit (`export::quickwit`),
    /// an act's title and text as arkiva's stemmed analyzer reads them.
    pub const TERMS_SQ: &str = "terms_sq";

    /// The names of the model's fields, in the order of [`crate::model::Act`].
    pub const MODEL: [&str; 29] = [
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
        OPERATOR_KEY,
        OPERATOR_SEAT,
        OPERATOR_ORIGIN,
        ESTIMATED_VALUE_EUR,
        ANNEX_VALUE_EUR,
        PAID_EUR,
        PROCEDURE_CODE,
        PROCUREMENT_TYPE,
        PROCUREMENT_TYPE_CODE,
        VALUE_CLASS,
        VALUE_CLASS_CODE,
        AWARD_CRITERION,
        AWARD_CRITERION_CODE,
    ];

    /// The model's amounts in euros (numbers in JSON, CSV and the schema).
    pub const AMOUNTS: [&str; 4] = [VALUE_EUR, ESTIMATED_VALUE_EUR, ANNEX_VALUE_EUR, PAID_EUR];
}

/// Separates the key from the spelling in `operator_facet` values (a
/// control character no name contains).
pub const FACET_SEP: char = '\u{1f}';

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
    pub operator_key: Field,
    pub operator_seat: Field,
    pub operator_origin: Field,
    pub estimated_value_eur: Field,
    pub annex_value_eur: Field,
    pub paid_eur: Field,
    pub procedure_code: Field,
    pub procurement_type: Field,
    pub procurement_type_code: Field,
    pub value_class: Field,
    pub value_class_code: Field,
    pub award_criterion: Field,
    pub award_criterion_code: Field,
    pub operator_facet: Field,
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

fn amount_options() -> NumericOptions {
    NumericOptions::default()
        .set_stored()
        .set_indexed()
        .set_fast()
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
        // Stored, not indexed: the text is searched through its exact and
        // family copies. A third, stemmed copy cost a third of indexing
        // (issue 11) for a ranking signal the two others nearly give.
        let text = b.add_text_field(TEXT, STORED);
        let source = b.add_text_field(SOURCE, STRING | STORED);
        let sha256 = b.add_text_field(SHA256, STRING | STORED);
        let operator = b.add_text_field(OPERATOR, text_options(analysis::FOLDED));
        let value_eur = b.add_f64_field(VALUE_EUR, amount_options());
        let procurement_number =
            b.add_text_field(PROCUREMENT_NUMBER, text_options(analysis::FOLDED));
        let procedure = b.add_text_field(PROCEDURE, text_options(analysis::FOLDED));
        let ocr = b.add_bool_field(OCR, INDEXED | STORED);
        let operator_key = b.add_text_field(OPERATOR_KEY, STRING | STORED | FAST);
        let operator_seat = b.add_text_field(OPERATOR_SEAT, text_options(analysis::FOLDED));
        let operator_origin = b.add_text_field(OPERATOR_ORIGIN, STRING | STORED);
        let estimated_value_eur = b.add_f64_field(ESTIMATED_VALUE_EUR, amount_options());
        let annex_value_eur = b.add_f64_field(ANNEX_VALUE_EUR, amount_options());
        let paid_eur = b.add_f64_field(PAID_EUR, amount_options());
        let procedure_code = b.add_text_field(PROCEDURE_CODE, STRING | STORED);
        let procurement_type = b.add_text_field(PROCUREMENT_TYPE, text_options(analysis::FOLDED));
        let procurement_type_code = b.add_text_field(PROCUREMENT_TYPE_CODE, STRING | STORED);
        let value_class = b.add_text_field(VALUE_CLASS, text_options(analysis::FOLDED));
        let value_class_code = b.add_text_field(VALUE_CLASS_CODE, STRING | STORED);
        let award_criterion = b.add_text_field(AWARD_CRITERION, text_options(analysis::FOLDED));
        let award_criterion_code = b.add_text_field(AWARD_CRITERION_CODE, STRING | STORED);
        let operator_facet = b.add_text_field(OPERATOR_FACET, STRING | FAST);
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
        // Without positions: phrases and closeness are read in the family
        // copy; the exact forms only add their terms' scores to the best
        // acts. Positions there were 4% of indexing (issue 11).
        let text_exact = b.add_text_field(
            TEXT_EXACT,
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(analysis::FOLDED)
                    .set_index_option(IndexRecordOption::WithFreqs),
            ),
        );
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
            operator_key,
            operator_seat,
            operator_origin,
            estimated_value_eur,
            annex_value_eur,
            paid_eur,
            procedure_code,
            procurement_type,
            procurement_type_code,
            value_class,
            value_class_code,
            award_criterion,
            award_criterion_code,
            operator_facet,
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

    /// The fields a plain query's words must match in (each word in one of
    /// them), with their boosts. The family fields are the widest reading
    /// of the title and text: a word whose exact form or inflectional stem
    /// matches matches there too, so they alone decide which acts match.
    pub fn matched(&self) -> [(Field, f32); 6] {
        [
            (self.title_family, 1.0),
            (self.text_family, 0.5),
            (self.number, 2.0),
            (self.issuer, 1.0),
            (self.operator, 1.5),
            (self.procurement_number, 1.0),
        ]
    }

    /// The fields that only add to the score of the acts that matched, with
    /// their boosts: the title above the text, exact forms above stems. The
    /// text's family copy stands in for its stems, which are not indexed.
    pub fn ranked(&self) -> [(Field, f32); 4] {
        [
            (self.title_exact, 4.0),
            (self.title, 3.0),
            (self.text_exact, 1.5),
            (self.text_family, 1.0),
        ]
    }

    /// The field that holds `field`'s words in the index: the stored text
    /// is searched through its exact copy (and its family copy).
    pub fn searched_as(&self, field: Field) -> Field {
        if field == self.text {
            self.text_exact
        } else {
            field
        }
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
        for (field, value) in self.amounts(act) {
            if let Some(value) = value {
                doc.add_f64(field, value);
            }
        }
        for (field, value) in self.optional_texts(act) {
            if let Some(value) = value {
                doc.add_text(field, value);
            }
        }
        if let (Some(key), Some(spelling)) = (&act.operator_key, &act.operator) {
            doc.add_text(
                self.operator_facet,
                format!("{key}{FACET_SEP}{}", spelling.replace(FACET_SEP, " ")),
            );
        }
        doc
    }

    /// The stored optional text fields and the act's values for them.
    fn optional_texts<'a>(&self, act: &'a Act) -> [(Field, &'a Option<String>); 14] {
        [
            (self.number, &act.number),
            (self.operator, &act.operator),
            (self.procurement_number, &act.procurement_number),
            (self.procedure, &act.procedure),
            (self.operator_key, &act.operator_key),
            (self.operator_seat, &act.operator_seat),
            (self.operator_origin, &act.operator_origin),
            (self.procedure_code, &act.procedure_code),
            (self.procurement_type, &act.procurement_type),
            (self.procurement_type_code, &act.procurement_type_code),
            (self.value_class, &act.value_class),
            (self.value_class_code, &act.value_class_code),
            (self.award_criterion, &act.award_criterion),
            (self.award_criterion_code, &act.award_criterion_code),
        ]
    }

    /// The amount fields and the act's values for them.
    fn amounts(&self, act: &Act) -> [(Field, Option<f64>); 4] {
        [
            (self.value_eur, act.value_eur),
            (self.estimated_value_eur, act.estimated_value_eur),
            (self.annex_value_eur, act.annex_value_eur),
            (self.paid_eur, act.paid_eur),
        ]
    }

    pub fn to_act(&self, doc: &TantivyDocument) -> Result<Act, SchemaError> {
        let text = |field| first_str(doc, field);
        let amount = |field| doc.get_first(field).and_then(|v| v.as_f64());
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
            value_eur: amount(self.value_eur),
            procurement_number: text(self.procurement_number),
            procedure: text(self.procedure),
            ocr: doc
                .get_first(self.ocr)
                .and_then(|v| v.as_bool())
                .unwrap_or(false),
            operator_key: text(self.operator_key),
            operator_seat: text(self.operator_seat),
            operator_origin: text(self.operator_origin),
            estimated_value_eur: amount(self.estimated_value_eur),
            annex_value_eur: amount(self.annex_value_eur),
            paid_eur: amount(self.paid_eur),
            procedure_code: text(self.procedure_code),
            procurement_type: text(self.procurement_type),
            procurement_type_code: text(self.procurement_type_code),
            value_class: text(self.value_class),
            value_class_code: text(self.value_class_code),
            award_criterion: text(self.award_criterion),
            award_criterion_code: text(self.award_criterion_code),
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
            operator_key: Some("drita".into()),
            operator_seat: Some("Gjilan".into()),
            operator_origin: Some("vendor".into()),
            estimated_value_eur: Some(200_000.0),
            annex_value_eur: Some(9_000.25),
            paid_eur: Some(150_000.0),
            procedure_code: Some("1".into()),
            procurement_type: Some("Punë".into()),
            procurement_type_code: Some("3".into()),
            value_class: Some("Vlerë e madhe".into()),
            value_class_code: Some("1".into()),
            award_criterion: Some("Çmimi më i ulët".into()),
            award_criterion_code: Some("1".into()),
        }
    }

    #[test]
    fn act_round_trips_through_a_document() {
        let fields = Fields::new();
        let act = sample();
        assert_eq!(fields.to_act(&fields.to_document(&act)).unwrap(), act);
    }

    #[test]
    fn amounts_are_numbers_and_the_operator_facet_pairs_key_and_spelling() {
        let fields = Fields::new();
        for name in names::AMOUNTS {
            let field = fields.schema.get_field(name).unwrap();
            let entry = fields.schema.get_field_entry(field);
            assert_eq!(
                entry.field_type().value_type(),
                tantivy::schema::Type::F64,
                "{name}"
            );
        }
        let doc = fields.to_document(&sample());
        let facet = doc
            .get_first(fields.operator_facet)
            .and_then(|v| v.as_str());
        assert_eq!(
            facet,
            Some(format!("drita{FACET_SEP}N.T.P. Drita").as_str())
        );
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
