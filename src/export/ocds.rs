//! OCDS 1.1: contracts and procurement notices as one release package.
//!
//! One release per record (`kontrate` or `njoftim_per_kontrate`; other acts
//! are passed over). The package is written as it goes: its head, then each
//! release as the search yields it, then the tail — never the whole list in
//! memory. The one place that maps an [`Act`] to OCDS.

use std::io::Write;

use chrono::{NaiveDate, SecondsFormat, Utc};
use serde_json::{json, Map, Value};

use super::ExportError;
use crate::index::IndexError;
use crate::model::{sha256_hex, Act, ActType};

/// The default `ocid` prefix. OCDS asks publishers to register their own
/// prefix (`ocds-xxxxxx-`); until one is, this marks arkiva's.
pub const DEFAULT_OCID_PREFIX: &str = "ocds-arkiva-";
/// The package's `uri` when none is given.
pub const DEFAULT_URI: &str = "urn:arkiva:ocds:releases";
pub const PUBLISHER: &str = "arkiva";
/// Official acts are not subject to copyright; the package says so with CC0.
pub const LICENSE: &str = "https://creativecommons.org/publicdomain/zero/1.0/";

/// What a package says about itself besides its releases.
#[derive(Debug, Clone)]
pub struct Options {
    pub ocid_prefix: String,
    pub uri: String,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            ocid_prefix: DEFAULT_OCID_PREFIX.to_string(),
            uri: DEFAULT_URI.to_string(),
        }
    }
}

/// Whether a record becomes a release.
pub fn is_procurement(act: &Act) -> bool {
    matches!(
        act.act_type,
        ActType::Kontrate | ActType::NjoftimPerKontrate
    )
}

/// Writes the release package and returns how many releases it holds.
pub fn write_package(
    acts: impl Iterator<Item = Result<Act, IndexError>>,
    options: &Options,
    mut out: impl Write,
) -> Result<u64, ExportError> {
    let published = Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true);
    let head = json!({
        "uri": options.uri,
        "publishedDate": published,
        "publisher": { "name": PUBLISHER },
        "license": LICENSE,
        "version": "1.1",
    });
    let head = serde_json::to_string(&head).map_err(std::io::Error::from)?;
    // The head object without its closing brace, then the releases array.
    out.write_all(head.trim_end_matches('}').as_bytes())?;
    out.write_all(b",\"releases\":[")?;
    let mut count = 0;
    for act in acts {
        let act = act?;
        if !is_procurement(&act) {
            continue;
        }
        if count > 0 {
            out.write_all(b",\n")?;
        }
        let release = release(&act, &options.ocid_prefix, &published);
        serde_json::to_writer(&mut out, &release).map_err(std::io::Error::from)?;
        count += 1;
    }
    out.write_all(b"]}\n")?;
    out.flush()?;
    Ok(count)
}

/// `YYYY-MM-DDT00:00:00Z`.
fn day(date: NaiveDate) -> String {
    format!("{date}T00:00:00Z")
}

/// A money object in euros.
fn euros(amount: Option<f64>) -> Option<Value> {
    amount
        .filter(|a| a.is_finite())
        .map(|a| json!({ "amount": a, "currency": "EUR" }))
}

/// The buyer's party id: `komuna-` and the folded municipality name.
fn buyer_id(municipality: &str) -> String {
    let slug: String = crate::analysis::fold(municipality)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    format!("komuna-{slug}")
}

/// The OCDS procurement method of a register's procedure (code first, then
/// its Albanian name): open, selective, limited or direct.
pub fn procurement_method(code: Option<&str>, name: Option<&str>) -> Option<&'static str> {
    let by_code = code
        .and_then(|c| c.trim().parse::<u8>().ok())
        .and_then(|c| match c {
            1 => Some("open"),
            2 | 4 => Some("selective"),
            5..=7 => Some("limited"),
            _ => None,
        });
    by_code.or_else(|| {
        let name = crate::analysis::fold(name?);
        if name.contains("hapur") {
            Some("open")
        } else if name.contains("kufizuar") || name.contains("pas publik") {
            Some("selective")
        } else if name.contains("pa publik")
            || name.contains("negociuar")
            || name.contains("kuotim")
            || name.contains("minimal")
        {
            Some("limited")
        } else if name.contains("direkt") {
            Some("direct")
        } else {
            None
        }
    })
}

/// The release tag: a contract, or a notice of a tender, an award or a cancellation.
fn tag(act: &Act) -> &'static str {
    if act.act_type == ActType::Kontrate {
        return "contract";
    }
    let title = crate::analysis::fold(&act.title);
    if title.contains("anulim") {
        "tenderCancellation"
    } else if title.contains("dhenie") || title.contains("dhenien") {
        "award"
    } else {
        "tender"
    }
}

/// One record as an OCDS release. `fallback_date` (the package's) stands for
/// a record with neither an act date nor a publication date.
pub fn release(act: &Act, ocid_prefix: &str, fallback_date: &str) -> Value {
    let ocid = format!("{ocid_prefix}{}", act.id);
    let content = serde_json::to_vec(act).unwrap_or_default();
    let version = sha256_hex(&content);
    let id = format!("{ocid}-{}", &version[..16.min(version.len())]);
    let date = act
        .date
        .or(act.published)
        .map(day)
        .unwrap_or_else(|| fallback_date.to_string());
    let tag = tag(act);

    let buyer = json!({ "id": buyer_id(&act.municipality), "name": act.municipality });
    let mut parties = vec![json!({
        "id": buyer["id"], "name": act.municipality, "roles": ["buyer", "procuringEntity"]
    })];
    let supplier = match (&act.operator, &act.operator_key) {
        (Some(name), Some(key)) => Some(json!({ "id": key, "name": name })),
        _ => None,
    };
    if let Some(supplier) = &supplier {
        let mut party = supplier.clone();
        party["roles"] = json!(["supplier"]);
        parties.push(party);
    }

    let mut tender = Map::new();
    tender.insert(
        "id".into(),
        json!(act
            .procurement_number
            .clone()
            .unwrap_or_else(|| ocid.clone())),
    );
    tender.insert("title".into(), json!(act.title));
    if let Some(method) =
        procurement_method(act.procedure_code.as_deref(), act.procedure.as_deref())
    {
        tender.insert("procurementMethod".into(), json!(method));
    }
    if let Some(procedure) = &act.procedure {
        tender.insert("procurementMethodDetails".into(), json!(procedure));
    }
    if let Some(value) = euros(act.estimated_value_eur) {
        tender.insert("value".into(), value);
    }
    tender.insert("procuringEntity".into(), buyer.clone());

    let mut release = json!({
        "ocid": ocid,
        "id": id,
        "date": date,
        "tag": [tag],
        "initiationType": "tender",
        "language": "sq",
        "parties": parties,
        "buyer": buyer,
        "tender": tender,
    });
    if act.act_type == ActType::Kontrate {
        let award_id = format!("{}-award", act.id);
        let mut award = Map::new();
        award.insert("id".into(), json!(award_id));
        award.insert("title".into(), json!(act.title));
        if let Some(supplier) = &supplier {
            award.insert("suppliers".into(), json!([supplier]));
        }
        let value = euros(act.value_eur);
        if let Some(value) = &value {
            award.insert("value".into(), value.clone());
        }
        let mut contract = Map::new();
        contract.insert("id".into(), json!(format!("{}-contract", act.id)));
        contract.insert("awardID".into(), json!(award_id));
        contract.insert("title".into(), json!(act.title));
        if let Some(value) = value {
            contract.insert("value".into(), value);
        }
        if let Some(signed) = act.date {
            contract.insert("dateSigned".into(), json!(day(signed)));
        }
        release["awards"] = json!([award]);
        release["contracts"] = json!([contract]);
    }
    release
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ActId;

    fn contract() -> Act {
        Act {
            title: "Furnizim me naftë".into(),
            date: NaiveDate::from_ymd_opt(2015, 4, 10),
            municipality: "Gjakovë".into(),
            source: "r.csv#row=2".into(),
            operator: Some("\"TALI\" sh.p.k".into()),
            value_eur: Some(50_000.5),
            procurement_number: Some("615-15-001-111".into()),
            procedure: Some("Procedura e hapur".into()),
            operator_key: Some("tali".into()),
            estimated_value_eur: Some(60_000.0),
            procedure_code: Some("1".into()),
            ..Act::blank(ActId::from_key(&["x"]), ActType::Kontrate)
        }
    }

    #[test]
    fn a_contract_maps_to_a_contract_release() {
        let act = contract();
        let r = release(&act, "ocds-test-", "2026-01-01T00:00:00Z");
        assert_eq!(r["ocid"], format!("ocds-test-{}", act.id));
        assert!(r["id"]
            .as_str()
            .unwrap()
            .starts_with(r["ocid"].as_str().unwrap()));
        assert_eq!(r["date"], "2015-04-10T00:00:00Z");
        assert_eq!(r["tag"], json!(["contract"]));
        assert_eq!(r["initiationType"], "tender");
        assert_eq!(r["language"], "sq");
        assert_eq!(r["buyer"]["id"], "komuna-gjakove");
        assert_eq!(
            r["parties"][0]["roles"],
            json!(["buyer", "procuringEntity"])
        );
        assert_eq!(r["parties"][1]["id"], "tali");
        assert_eq!(r["parties"][1]["name"], "\"TALI\" sh.p.k");
        assert_eq!(r["parties"][1]["roles"], json!(["supplier"]));
        assert_eq!(r["tender"]["id"], "615-15-001-111");
        assert_eq!(r["tender"]["procurementMethod"], "open");
        assert_eq!(r["tender"]["procurementMethodDetails"], "Procedura e hapur");
        assert_eq!(
            r["tender"]["value"],
            json!({ "amount": 60000.0, "currency": "EUR" })
        );
        assert_eq!(r["awards"][0]["suppliers"][0]["id"], "tali");
        assert_eq!(r["awards"][0]["value"]["amount"], 50_000.5);
        assert_eq!(r["contracts"][0]["awardID"], r["awards"][0]["id"]);
        assert_eq!(r["contracts"][0]["value"]["amount"], 50_000.5);
        assert_eq!(r["contracts"][0]["dateSigned"], "2015-04-10T00:00:00Z");
        assert_eq!(r["contracts"][0]["title"], "Furnizim me naftë");
    }

    #[test]
    fn the_release_id_changes_with_the_record_and_the_ocid_does_not() {
        let act = contract();
        let before = release(&act, DEFAULT_OCID_PREFIX, "");
        let mut changed = act.clone();
        changed.value_eur = Some(1.0);
        let after = release(&changed, DEFAULT_OCID_PREFIX, "");
        assert_eq!(before["ocid"], after["ocid"]);
        assert_ne!(before["id"], after["id"]);
        assert_eq!(before, release(&act, DEFAULT_OCID_PREFIX, ""));
    }

    #[test]
    fn notices_are_tenders_or_awards_and_dates_fall_back() {
        let mut act = contract();
        act.act_type = ActType::NjoftimPerKontrate;
        act.operator = None;
        act.operator_key = None;
        act.date = None;
        act.published = NaiveDate::from_ymd_opt(2019, 3, 12);
        let r = release(&act, DEFAULT_OCID_PREFIX, "");
        assert_eq!(r["tag"], json!(["tender"]));
        assert_eq!(r["date"], "2019-03-12T00:00:00Z");
        assert!(r.get("awards").is_none() && r.get("contracts").is_none());
        assert_eq!(r["parties"].as_array().unwrap().len(), 1);
        act.title = "Njoftim për dhënie të kontratës".into();
        act.published = None;
        let r = release(&act, DEFAULT_OCID_PREFIX, "2026-01-01T00:00:00Z");
        assert_eq!(r["tag"], json!(["award"]));
        assert_eq!(r["date"], "2026-01-01T00:00:00Z");
    }

    #[test]
    fn procedures_map_to_the_ocds_method_codelist() {
        assert_eq!(procurement_method(Some("1"), None), Some("open"));
        assert_eq!(procurement_method(Some("02"), None), Some("selective"));
        assert_eq!(procurement_method(Some("5"), None), Some("limited"));
        assert_eq!(procurement_method(Some("3"), None), None);
        let by_name = |n| procurement_method(None, Some(n));
        assert_eq!(by_name("Procedurë e hapur"), Some("open"));
        assert_eq!(
            by_name("Procedura e negociuar pas publikimit të njoftimit të kontratës"),
            Some("selective")
        );
        assert_eq!(
            by_name("Procedura e negociuar pa publikimin e njoftimit të kontratës"),
            Some("limited")
        );
        assert_eq!(by_name("Procedura e kuotimit të çmimeve"), Some("limited"));
        assert_eq!(by_name("Procedura e vlerës minimale"), Some("limited"));
        assert_eq!(by_name("tjetër"), None);
    }

    #[test]
    fn the_package_is_one_json_document_with_only_procurement_releases() {
        let mut decision = contract();
        decision.act_type = ActType::Vendim;
        let acts = vec![Ok(contract()), Ok(decision), Ok(contract())];
        let mut out = Vec::new();
        let count = write_package(acts.into_iter(), &Options::default(), &mut out).unwrap();
        assert_eq!(count, 2);
        let package: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(package["version"], "1.1");
        assert_eq!(package["uri"], DEFAULT_URI);
        assert_eq!(package["publisher"]["name"], PUBLISHER);
        assert_eq!(package["releases"].as_array().unwrap().len(), 2);
        let mut out = Vec::new();
        write_package(std::iter::empty(), &Options::default(), &mut out).unwrap();
        let empty: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(empty["releases"], json!([]));
    }
}
