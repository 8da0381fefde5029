//! The field dictionary: every export column (`names::MODEL`, in that
//! order) with its Table Schema type, its meaning in Albanian and English
//! and the constraints the data really keeps. The data package's schema,
//! `docs/data.md` and the schema-version test all read it from here.
//!
//! [`SCHEMA_VERSION`] versions the column names, their order and their
//! types: a test fails when they change without a new version. Knows
//! nothing of HTTP or of any one output format.

use crate::index::schema::names;
use crate::model::ActType;

/// The version of the exported columns (semver): a new column at the end
/// is a minor version, a renamed, removed, moved or retyped column a major
/// one. Recorded with its fingerprint in this module's tests.
pub const SCHEMA_VERSION: &str = "1.1.0";

/// A Table Schema field type, as the CSV export writes the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    String,
    /// ISO `YYYY-MM-DD`.
    Date,
    /// A plain decimal number: `180000.5`, no thousands separator.
    Number,
    /// `true` or `false`.
    Boolean,
    /// A whole number without sign or separator: `24`.
    Integer,
}

impl FieldType {
    pub fn as_str(self) -> &'static str {
        match self {
            FieldType::String => "string",
            FieldType::Date => "date",
            FieldType::Number => "number",
            FieldType::Boolean => "boolean",
            FieldType::Integer => "integer",
        }
    }
}

/// One export column.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Field {
    pub name: &'static str,
    pub field_type: FieldType,
    pub title_sq: &'static str,
    pub title_en: &'static str,
    pub description_sq: &'static str,
    pub description_en: &'static str,
    /// Never empty.
    pub required: bool,
    /// No two rows share a value.
    pub unique: bool,
    /// A regular expression every non-empty value matches.
    pub pattern: Option<&'static str>,
    /// The least value of a number (amounts: the amount reader refuses signs).
    pub minimum: Option<f64>,
    /// The value is an act type's slug.
    pub act_type: bool,
    /// Any other fixed list of values.
    pub values: Option<&'static [&'static str]>,
}

impl Field {
    /// The allowed values, when the field has a fixed list.
    pub fn allowed_values(&self) -> Option<Vec<&'static str>> {
        if self.act_type {
            return Some(ActType::ALL.iter().map(|t| t.slug()).collect());
        }
        self.values.map(|v| v.to_vec())
    }
}

const fn text(
    name: &'static str,
    title_sq: &'static str,
    title_en: &'static str,
    description_sq: &'static str,
    description_en: &'static str,
) -> Field {
    Field {
        name,
        field_type: FieldType::String,
        title_sq,
        title_en,
        description_sq,
        description_en,
        required: false,
        unique: false,
        pattern: None,
        minimum: None,
        act_type: false,
        values: None,
    }
}

const fn typed(field_type: FieldType, field: Field) -> Field {
    Field {
        field_type,
        ..field
    }
}

const fn euros(field: Field) -> Field {
    Field {
        field_type: FieldType::Number,
        minimum: Some(0.0),
        ..field
    }
}

/// Every export column, in `names::MODEL` order.
pub const FIELDS: [Field; names::MODEL.len()] = [
    Field {
        required: true,
        unique: true,
        pattern: Some("^[0-9a-f]{16}$"),
        ..text(
            names::ID,
            "Identifikuesi",
            "Identifier",
            "Identifikuesi i qëndrueshëm i aktit: 16 shifra heksadecimale të një SHA-256 mbi një çelës natyror; nuk ndryshon kur arkiva përpunohet sërish, prandaj lidhjet mbeten të vlefshme.",
            "The act's stable identifier: 16 hexadecimal digits of a SHA-256 over a natural key; unchanged when the archive is ingested again, so links keep working.",
        )
    },
    Field {
        required: true,
        act_type: true,
        ..text(
            names::TYPE,
            "Lloji",
            "Type",
            "Lloji i aktit në formë makine: vendim, rregullore, procesverbal, kontrate, njoftim_per_kontrate (njoftim për kontratë, për dhënie ose për anulim), konkurs, shpallje, njoftim, raport, komunikate (komunikatë për media), ftese, tjeter.",
            "The act's type in machine form: vendim (decision), rregullore (regulation), procesverbal (minutes), kontrate (contract), njoftim_per_kontrate (contract, award or cancellation notice), konkurs (job competition), shpallje (announcement), njoftim (notice), raport (report), komunikate (press release), ftese (invitation), tjeter (other).",
        )
    },
    text(
        names::TITLE,
        "Titulli",
        "Title",
        "Titulli i aktit; për një kontratë, objekti i saj.",
        "The act's title; for a contract, its subject.",
    ),
    text(
        names::NUMBER,
        "Numri",
        "Number",
        "Numri i protokollit siç është shkruar, p.sh. 01 Nr. 016-8123/19.",
        "The registry number exactly as written, e.g. 01 Nr. 016-8123/19.",
    ),
    typed(
        FieldType::Date,
        text(
            names::DATE,
            "Data",
            "Date",
            "Data kur akti është miratuar, nënshkruar ose lëshuar (VVVV-MM-DD).",
            "The day the act was adopted, signed or issued (YYYY-MM-DD).",
        ),
    ),
    typed(
        FieldType::Date,
        text(
            names::PUBLISHED,
            "Data e publikimit",
            "Publication date",
            "Data kur akti është publikuar, kur dihet (VVVV-MM-DD).",
            "The day the act was published, where known (YYYY-MM-DD).",
        ),
    ),
    text(
        names::ISSUER,
        "Organi",
        "Issuer",
        "Organi që e ka nxjerrë aktin, p.sh. Kuvendi i Komunës ose Kryetari i Komunës.",
        "The body that issued the act, e.g. the Municipal Assembly or the Mayor.",
    ),
    text(
        names::MUNICIPALITY,
        "Komuna",
        "Municipality",
        "Komuna që e ka publikuar aktin, p.sh. Gjilan.",
        "The municipality that published the act, e.g. Gjilan.",
    ),
    text(
        names::TEXT,
        "Teksti",
        "Text",
        "Teksti i plotë i aktit; për një rresht regjistri, fushat e tij.",
        "The act's full text; for a register row, its cells.",
    ),
    text(
        names::SOURCE,
        "Burimi",
        "Source",
        "Skedari burimor, në raport me dosjen e përpunuar, me #row=N për rreshtin e një regjistri.",
        "The source file, relative to the ingested folder, with #row=N for a register row.",
    ),
    text(
        names::SHA256,
        "SHA-256",
        "SHA-256",
        "Gjurma SHA-256 e skedarit origjinal (për rreshtin e një regjistri: e regjistrit), për të vërtetuar se skedari nuk është ndryshuar.",
        "The SHA-256 of the original file (for a register row: of the register), to check that the file is unchanged.",
    ),
    text(
        names::OPERATOR,
        "Operatori ekonomik",
        "Economic operator",
        "Operatori ekonomik me të cilin është lidhur kontrata, siç është shkruar.",
        "The economic operator the contract was signed with, as written.",
    ),
    euros(text(
        names::VALUE_EUR,
        "Vlera (€)",
        "Value (€)",
        "Vlera e kontratës në euro, numër dhjetor me pikë (180000.5).",
        "The contract's value in euros, a decimal number with a point (180000.5).",
    )),
    text(
        names::PROCUREMENT_NUMBER,
        "Numri i prokurimit",
        "Procurement number",
        "Numri i prokurimit, p.sh. 653-21-011-211.",
        "The procurement number, e.g. 653-21-011-211.",
    ),
    text(
        names::PROCEDURE,
        "Procedura",
        "Procedure",
        "Emri i procedurës së prokurimit, p.sh. procedurë e hapur.",
        "The name of the procurement procedure (in Albanian), e.g. procedurë e hapur (open procedure).",
    ),
    Field {
        required: true,
        ..typed(
            FieldType::Boolean,
            text(
                names::OCR,
                "OCR",
                "OCR",
                "true kur një pjesë e tekstit është lexuar me OCR nga një skanim, prandaj mund të ketë gabime njohjeje; përndryshe false.",
                "true when some of the text was read by OCR from a scan, so it may carry recognition errors; otherwise false.",
            ),
        )
    },
    text(
        names::OPERATOR_KEY,
        "Çelësi i operatorit",
        "Operator key",
        "Një çelës për të gjitha mënyrat e shkrimit të emrit të një firme (pa shkronja të mëdha, pa diakritikë, pa formë juridike si sh.p.k.), për t'i grupuar kontratat e saj.",
        "One key for every spelling of a firm's name (no case, diacritics or legal form such as sh.p.k.), to group its contracts.",
    ),
    text(
        names::OPERATOR_SEAT,
        "Selia e operatorit",
        "Operator's seat",
        "Selia e operatorit (qyteti), siç është shkruar.",
        "The operator's seat (a town), as written.",
    ),
    text(
        names::OPERATOR_ORIGIN,
        "Origjina e operatorit",
        "Operator's origin",
        "Operator vendor ose jo vendor.",
        "Local or foreign operator, in Albanian: vendor or jo vendor.",
    ),
    euros(text(
        names::ESTIMATED_VALUE_EUR,
        "Vlera e parashikuar (€)",
        "Estimated value (€)",
        "Vlera e parashikuar e kontratës në euro.",
        "The contract's estimated value in euros.",
    )),
    euros(text(
        names::ANNEX_VALUE_EUR,
        "Vlera e aneksit (€)",
        "Annex value (€)",
        "Çmimi i aneksëve të kontratës në euro.",
        "The price of the contract's annexes in euros.",
    )),
    euros(text(
        names::PAID_EUR,
        "E paguar (€)",
        "Paid (€)",
        "Shuma e paguar gjithsej sipas kontratës në euro.",
        "The total paid under the contract, in euros.",
    )),
    text(
        names::PROCEDURE_CODE,
        "Kodi i procedurës",
        "Procedure code",
        "Kodi i procedurës siç e shkruan një regjistër i koduar (procedure është emri i tij).",
        "The procedure's code as a coded register writes it (procedure is its name).",
    ),
    text(
        names::PROCUREMENT_TYPE,
        "Lloji i prokurimit",
        "Procurement type",
        "Furnizim, shërbime ose punë.",
        "Goods, services or works, in Albanian.",
    ),
    text(
        names::PROCUREMENT_TYPE_CODE,
        "Kodi i llojit të prokurimit",
        "Procurement type code",
        "Kodi i llojit të prokurimit siç është shkruar në regjistër.",
        "The procurement type's code as the register writes it.",
    ),
    text(
        names::VALUE_CLASS,
        "Klasa e vlerës",
        "Value class",
        "Vlerë e madhe, e mesme, e vogël ose minimale.",
        "Large, medium, small or minimal value, in Albanian.",
    ),
    text(
        names::VALUE_CLASS_CODE,
        "Kodi i klasës së vlerës",
        "Value class code",
        "Kodi i klasës së vlerës siç është shkruar në regjistër.",
        "The value class's code as the register writes it.",
    ),
    text(
        names::AWARD_CRITERION,
        "Kriteri i dhënies",
        "Award criterion",
        "Çmimi më i ulët ose tenderi ekonomikisht më i favorshëm.",
        "Lowest price or most economically advantageous tender, in Albanian.",
    ),
    text(
        names::AWARD_CRITERION_CODE,
        "Kodi i kriterit të dhënies",
        "Award criterion code",
        "Kodi i kriterit të dhënies siç është shkruar në regjistër.",
        "The award criterion's code as the register writes it.",
    ),
];

const fn count(
    name: &'static str,
    title_sq: &'static str,
    title_en: &'static str,
    description_sq: &'static str,
    description_en: &'static str,
) -> Field {
    Field {
        field_type: FieldType::Integer,
        minimum: Some(0.0),
        ..text(name, title_sq, title_en, description_sq, description_en)
    }
}

/// The columns of the votes dataset (`votes.csv`, one row per agenda item
/// of a session), in order. Versioned with the act columns by
/// [`SCHEMA_VERSION`] and [`fingerprint`].
pub const VOTE_FIELDS: [Field; 15] = [
    Field {
        required: true,
        pattern: Some("^[a-z0-9]+(-[a-z0-9]+)*$"),
        ..text(
            "session_id",
            "Identifikuesi i mbledhjes",
            "Session identifier",
            "Identifikuesi i qëndrueshëm i mbledhjes: komuna, data dhe organi, p.sh. gjilan-2019-07-04-kuvendi-i-komunes; faqja e saj është /sessions/{id}.",
            "The session's stable identifier: municipality, date and body, e.g. gjilan-2019-07-04-kuvendi-i-komunes; its page is /sessions/{id}.",
        )
    },
    Field {
        required: true,
        ..typed(
            FieldType::Date,
            text(
                "date",
                "Data",
                "Date",
                "Dita e mbledhjes (VVVV-MM-DD).",
                "The day of the session (YYYY-MM-DD).",
            ),
        )
    },
    Field {
        required: true,
        ..text(
            "municipality",
            "Komuna",
            "Municipality",
            "Komuna e kuvendit, p.sh. Gjilan.",
            "The municipality of the Assembly, e.g. Gjilan.",
        )
    },
    Field {
        required: true,
        ..text(
            "body",
            "Organi",
            "Body",
            "Organi që u mblodh: Kuvendi i Komunës ose një komitet i tij.",
            "The body that met: the Municipal Assembly or one of its committees.",
        )
    },
    count(
        "ordinal",
        "Numri rendor i mbledhjes",
        "Session ordinal",
        "Numri rendor i mbledhjes (\"mbledhja e 5-të\" → 5), kur shkruhet.",
        "The session's ordinal (\"the 5th session\" → 5), where written.",
    ),
    Field {
        required: true,
        values: Some(&["e_rregullt", "e_jashtezakonshme", "solemne"]),
        ..text(
            "kind",
            "Lloji i mbledhjes",
            "Session kind",
            "e_rregullt (e rregullt), e_jashtezakonshme (e jashtëzakonshme) ose solemne.",
            "e_rregullt (regular), e_jashtezakonshme (extraordinary) or solemne (formal).",
        )
    },
    Field {
        required: true,
        ..count(
            "item_number",
            "Pika e rendit të ditës",
            "Agenda item",
            "Numri i pikës në rendin e ditës.",
            "The item's number on the agenda.",
        )
    },
    text(
        "item_title",
        "Titulli i pikës",
        "Item title",
        "Titulli i pikës së rendit të ditës, siç është shkruar.",
        "The agenda item's title, as written.",
    ),
    Field {
        required: true,
        values: Some(&["miratuar", "nuk_miratuar", "shtyre", "terhequr", "e_panjohur"]),
        ..text(
            "outcome",
            "Përfundimi",
            "Outcome",
            "miratuar, nuk_miratuar (nuk u miratua), shtyre (u shty), terhequr (u tërhoq) ose e_panjohur (procesverbali nuk e shkruan qartë; arkiva nuk e hamendëson).",
            "miratuar (adopted), nuk_miratuar (not adopted), shtyre (postponed), terhequr (withdrawn) or e_panjohur (the minutes do not state it clearly; arkiva does not guess).",
        )
    },
    count(
        "votes_for",
        "Vota për",
        "Votes for",
        "Numri i votave për, kur procesverbali e shkruan.",
        "The number of votes for, where the minutes state it.",
    ),
    count(
        "votes_against",
        "Vota kundër",
        "Votes against",
        "Numri i votave kundër, kur procesverbali e shkruan.",
        "The number of votes against, where the minutes state it.",
    ),
    count(
        "votes_abstain",
        "Abstenime",
        "Abstentions",
        "Numri i abstenimeve, kur procesverbali e shkruan.",
        "The number of abstentions, where the minutes state it.",
    ),
    text(
        "source_sentence",
        "Fjalia burimore",
        "Source sentence",
        "Fjalia e procesverbalit nga e cila janë lexuar përfundimi dhe votat, që lexuesi t'i verifikojë.",
        "The sentence of the minutes the outcome and votes were read from, so a reader can check them.",
    ),
    Field {
        pattern: Some("^[0-9a-f]{16}( [0-9a-f]{16})*$"),
        ..text(
            "acts",
            "Aktet",
            "Acts",
            "Identifikuesit e akteve të miratuara ose të shqyrtuara në këtë pikë, të ndarë me hapësirë; faqja e secilit është /acts/{id}.",
            "The identifiers of the acts adopted or discussed under this item, separated by spaces; each one's page is /acts/{id}.",
        )
    },
    Field {
        pattern: Some("^[0-9a-f]{16}( [0-9a-f]{16})*$"),
        ..text(
            "minutes",
            "Procesverbali",
            "Minutes",
            "Identifikuesit e procesverbalit (ose procesverbaleve) të mbledhjes, të ndarë me hapësirë: burimi i përfundimeve dhe i votave.",
            "The identifiers of the session's minutes, separated by spaces: where the outcomes and votes were read.",
        )
    },
];

/// The votes column named `name`.
pub fn vote_field(name: &str) -> Option<&'static Field> {
    VOTE_FIELDS.iter().find(|f| f.name == name)
}

/// The field named `name`, if it is an export column.
pub fn field(name: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.name == name)
}

/// A hash of the columns' names, order and types (`name:type` lines), the
/// act columns first, then (since 1.1.0) a `[votes]` line and the votes
/// columns: what [`SCHEMA_VERSION`] versions.
pub fn fingerprint() -> String {
    let lines = |fields: &[Field]| -> String {
        fields
            .iter()
            .map(|f| format!("{}:{}\n", f.name, f.field_type.as_str()))
            .collect()
    };
    let all = format!("{}[votes]\n{}", lines(&FIELDS), lines(&VOTE_FIELDS));
    crate::model::sha256_hex(all.as_bytes())
}

/// The fingerprint of the act columns alone (what 1.0.0 recorded), which
/// must never change: a test holds it.
#[cfg(test)]
fn act_fingerprint() -> String {
    let lines: String = FIELDS
        .iter()
        .map(|f| format!("{}:{}\n", f.name, f.field_type.as_str()))
        .collect();
    crate::model::sha256_hex(lines.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{csv_row, COLUMNS};
    use crate::model::{Act, ActId};

    /// Every schema version with the fingerprint of its columns, oldest
    /// first. Changing a column's name, place or type changes the
    /// fingerprint: then bump [`SCHEMA_VERSION`] and add a line here (and
    /// say what changed in `docs/data.md`).
    const RECORDED: &[(&str, &str)] = &[
        (
            "1.0.0",
            "29587580f2b0ef4b7ac77d2a0027e5131a9ac14c11d227d149e1d4a1d655f3e0",
        ),
        // The votes dataset's columns were added.
        (
            "1.1.0",
            "ac2b15d646f5d4b8162f68abcaacea365a5f50ee6b25c631706d97ead8dfa7c7",
        ),
    ];

    /// 1.1.0 added a dataset: the act columns themselves are as 1.0.0 published them.
    #[test]
    fn the_act_columns_are_still_those_of_1_0_0() {
        assert_eq!(act_fingerprint(), RECORDED[0].1);
    }

    #[test]
    fn the_votes_columns_are_described_in_both_languages() {
        for (i, f) in VOTE_FIELDS.iter().enumerate() {
            for text in [f.title_sq, f.title_en, f.description_sq, f.description_en] {
                assert!(!text.trim().is_empty(), "{}", f.name);
            }
            assert_ne!(f.description_sq, f.description_en, "{}", f.name);
            assert!(
                VOTE_FIELDS[..i].iter().all(|g| g.name != f.name),
                "{}",
                f.name
            );
            assert_eq!(vote_field(f.name), Some(f));
        }
        let outcome = vote_field("outcome").unwrap().allowed_values().unwrap();
        for o in [
            crate::sessions::Outcome::Miratuar,
            crate::sessions::Outcome::NukMiratuar,
            crate::sessions::Outcome::Shtyre,
            crate::sessions::Outcome::Terhequr,
            crate::sessions::Outcome::EPanjohur,
        ] {
            let value = serde_json::to_value(o).unwrap();
            assert!(outcome.contains(&value.as_str().unwrap()), "{value}");
        }
    }

    fn semver(v: &str) -> (u32, u32, u32) {
        let parts: Vec<u32> = v.split('.').map(|p| p.parse().unwrap()).collect();
        assert_eq!(parts.len(), 3, "{v} is not MAJOR.MINOR.PATCH");
        (parts[0], parts[1], parts[2])
    }

    #[test]
    fn columns_are_versioned_by_their_fingerprint() {
        let (newest, recorded) = RECORDED.last().unwrap();
        assert_eq!(
            *newest, SCHEMA_VERSION,
            "SCHEMA_VERSION is not the newest recorded version"
        );
        assert_eq!(
            *recorded,
            fingerprint(),
            "the export columns changed (name, order or type): bump SCHEMA_VERSION and record the new fingerprint"
        );
        for pair in RECORDED.windows(2) {
            assert!(semver(pair[0].0) < semver(pair[1].0), "{pair:?}");
            assert_ne!(pair[0].1, pair[1].1, "{pair:?}");
        }
    }

    #[test]
    fn the_dictionary_is_the_model_in_order_and_described_in_both_languages() {
        let names: Vec<&str> = FIELDS.iter().map(|f| f.name).collect();
        assert_eq!(names, COLUMNS);
        for f in &FIELDS {
            for text in [f.title_sq, f.title_en, f.description_sq, f.description_en] {
                assert!(!text.trim().is_empty(), "{}", f.name);
            }
            assert_ne!(f.description_sq, f.description_en, "{}", f.name);
            assert_eq!(field(f.name), Some(f));
        }
        let amounts: Vec<&str> = FIELDS
            .iter()
            .filter(|f| f.field_type == FieldType::Number)
            .map(|f| f.name)
            .collect();
        assert_eq!(amounts, names::AMOUNTS);
    }

    fn full_act() -> Act {
        Act {
            id: ActId::from_key(&["x"]),
            act_type: ActType::NjoftimPerKontrate,
            title: "Furnizim".into(),
            number: Some("01 Nr. 016-8123/19".into()),
            date: chrono::NaiveDate::from_ymd_opt(2015, 4, 10),
            published: chrono::NaiveDate::from_ymd_opt(2015, 5, 1),
            issuer: Some("Kryetari".into()),
            municipality: "Viti".into(),
            text: "tekst".into(),
            source: "r.csv#row=2".into(),
            sha256: crate::model::sha256_hex(b"r"),
            operator: Some("TALI".into()),
            value_eur: Some(1e21),
            procurement_number: Some("1".into()),
            procedure: Some("procedurë e hapur".into()),
            ocr: true,
            operator_key: Some("tali".into()),
            operator_seat: Some("Viti".into()),
            operator_origin: Some("vendor".into()),
            estimated_value_eur: Some(0.1),
            annex_value_eur: Some(0.0),
            paid_eur: Some(12345678.91),
            procedure_code: Some("1".into()),
            procurement_type: Some("Furnizim".into()),
            procurement_type_code: Some("1".into()),
            value_class: Some("e vogël".into()),
            value_class_code: Some("3".into()),
            award_criterion: Some("çmimi më i ulët".into()),
            award_criterion_code: Some("1".into()),
        }
    }

    /// The declared types are what the CSV export writes.
    #[test]
    fn csv_cells_read_as_their_declared_types() {
        let act = full_act();
        let row = csv_row(&act);
        for (f, cell) in FIELDS.iter().zip(&row) {
            assert!(!cell.is_empty(), "{}", f.name);
            match f.field_type {
                FieldType::String => {}
                FieldType::Date => {
                    chrono::NaiveDate::parse_from_str(cell, "%Y-%m-%d")
                        .unwrap_or_else(|e| panic!("{}: {cell}: {e}", f.name));
                }
                FieldType::Number => {
                    let ok = cell.bytes().all(|b| b.is_ascii_digit() || b == b'.');
                    assert!(ok && cell.parse::<f64>().is_ok(), "{}: {cell}", f.name);
                }
                FieldType::Boolean => assert!(cell == "true" || cell == "false"),
                FieldType::Integer => assert!(cell.parse::<u64>().is_ok(), "{}", f.name),
            }
            if let Some(pattern) = f.pattern {
                let re = regex::Regex::new(pattern).unwrap();
                assert!(re.is_match(cell), "{}: {cell}", f.name);
            }
            if let Some(values) = f.allowed_values() {
                assert!(values.contains(&cell.as_str()), "{}: {cell}", f.name);
            }
        }
    }

    #[test]
    fn the_documentation_describes_every_column_and_the_version() {
        let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/data.md"))
            .expect("docs/data.md");
        for f in FIELDS.iter().chain(&VOTE_FIELDS) {
            assert!(doc.contains(&format!("`{}`", f.name)), "{}", f.name);
        }
        assert!(
            doc.contains(&format!("`{SCHEMA_VERSION}`")),
            "docs/data.md does not state schema version {SCHEMA_VERSION}"
        );
    }
}
