//! The DCAT-AP 3 catalogue of the archive, as JSON-LD: what a national
//! open-data portal harvests to list arkiva's datasets.
//!
//! One `dcat:Dataset` per published dataset ([`DATASETS`]) and year in
//! which it has acts, plus one per dataset over all years (which also holds
//! the acts without a date); with several municipalities, each of these per
//! municipality, published by that municipality. Every dataset has CSV and
//! NDJSON distributions (OCDS JSON too for procurement): ordinary export
//! URLs with the dataset's type filter and the year (and municipality), so a
//! download holds exactly the acts the year facet counts. The years come
//! from the search facets, so the catalogue never lists an empty year.
//!
//! The `@context` is written inline (no network needed to read it). Built
//! in memory: its size grows with datasets × years × municipalities, never
//! with the number of acts. Knows nothing of HTTP; the caller passes the
//! base URL (`http://host`, or `""` for URLs relative to the site).

use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::datasets::{Dataset, DATASETS, VOTES, VOTES_CSV_PATH, VOTES_JSON_PATH};
use crate::analysis::fold;
use crate::index::Archive;
use crate::ingest::municipality::authority_name;
use crate::search::{self, SearchError, SearchRequest, Sort};

/// The catalogue's own path; dataset IRIs are fragments of it.
pub const PATH: &str = "/api/catalog.jsonld";
pub const MEDIA_TYPE: &str = "application/ld+json";
/// CC0, the licence of every export (the OCDS package's `LICENSE`), in
/// the `http` form Creative Commons' own RDF and DCAT harvesters use.
pub const LICENSE: &str = "http://creativecommons.org/publicdomain/zero/1.0/";
const LANGUAGE_SQ: &str = "http://publications.europa.eu/resource/authority/language/SQI";
const THEME: &str = "http://publications.europa.eu/resource/authority/data-theme/";
const FILE_TYPE: &str = "http://publications.europa.eu/resource/authority/file-type/";
const IANA: &str = "https://www.iana.org/assignments/media-types/";

/// The JSON-LD context: the DCAT-AP namespaces, nothing fetched.
fn context() -> Value {
    json!({
        "dcat": "http://www.w3.org/ns/dcat#",
        "dct": "http://purl.org/dc/terms/",
        "foaf": "http://xmlns.com/foaf/0.1/",
        "vcard": "http://www.w3.org/2006/vcard/ns#",
        "adms": "http://www.w3.org/ns/adms#",
        "dcatap": "http://data.europa.eu/r5r/",
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "xsd": "http://www.w3.org/2001/XMLSchema#"
    })
}

/// A text in Albanian and English.
fn text(sq: &str, en: &str) -> Value {
    json!([
        { "@value": sq, "@language": "sq" },
        { "@value": en, "@language": "en" }
    ])
}

fn iri(iri: &str) -> Value {
    json!({ "@id": iri })
}

fn date(day: &str) -> Value {
    json!({ "@value": day, "@type": "xsd:date" })
}

/// A municipality as the catalogue names it and filters by it.
struct Place {
    /// As stored ("Gjilan"): the export filter's value.
    name: String,
    /// For IRIs: folded, ASCII letters and digits, `-` between words.
    slug: String,
}

impl Place {
    fn new(name: &str) -> Place {
        let slug = fold(name)
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        Place {
            name: name.to_string(),
            slug,
        }
    }

    fn agent(&self, base: &str) -> Value {
        json!({
            "@id": format!("{base}{PATH}#publisher-{}", self.slug),
            "@type": "foaf:Agent",
            "foaf:name": text(&authority_name(&self.name), &format!("Municipality of {}", self.name)),
        })
    }

    fn location(&self) -> Value {
        json!({ "@type": "dct:Location", "skos:prefLabel": { "@value": self.name, "@language": "sq" } })
    }

    fn contact(&self, base: &str) -> Value {
        json!({
            "@type": ["vcard:Organization", "vcard:Kind"],
            "vcard:fn": format!("Zyra për Informim Publik — {}", authority_name(&self.name)),
            "vcard:hasURL": iri(&format!("{base}/")),
        })
    }
}

/// The archive's operator, the catalogue's publisher when it holds
/// several municipalities.
fn operator(base: &str) -> Value {
    json!({
        "@id": format!("{base}{PATH}#publisher"),
        "@type": "foaf:Agent",
        "foaf:name": text("arkiva — arkiva e akteve komunale", "arkiva — archive of municipal acts"),
    })
}

/// One catalogued slice: a dataset, maybe one year, of one municipality
/// (`place`, named in titles) that the export URLs select only when the
/// archive holds several (`filtered`).
struct Slice<'a> {
    dataset: &'a Dataset,
    place: Option<&'a Place>,
    filtered: bool,
    year: Option<i32>,
}

impl Slice<'_> {
    fn id(&self) -> String {
        let mut id = self.dataset.name.to_string();
        if let Some(place) = self.place.filter(|_| self.filtered) {
            id = format!("{id}-{}", place.slug);
        }
        if let Some(year) = self.year {
            id = format!("{id}-{year}");
        }
        id
    }

    /// The query string selecting exactly this slice's acts.
    fn query(&self) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (key, value) in self.dataset.query_pairs() {
            query.append_pair(key, value);
        }
        if let Some(place) = self.place.filter(|_| self.filtered) {
            query.append_pair("municipality", &place.name);
        }
        if let Some(year) = self.year {
            query.append_pair("year", &year.to_string());
        }
        query.finish()
    }

    fn url(&self, base: &str, path: &str) -> String {
        match self.query() {
            q if q.is_empty() => format!("{base}{path}"),
            q => format!("{base}{path}?{q}"),
        }
    }

    /// "Komuna e Gjilanit, 2019" and "Municipality of Gjilan, 2019".
    fn scope(&self) -> (String, String) {
        let mut sq = Vec::new();
        let mut en = Vec::new();
        if let Some(place) = self.place {
            sq.push(authority_name(&place.name));
            en.push(format!("Municipality of {}", place.name));
        }
        match self.year {
            Some(year) => {
                sq.push(year.to_string());
                en.push(year.to_string());
            }
            None => {
                sq.push("të gjitha vitet".to_string());
                en.push("all years".to_string());
            }
        }
        (sq.join(", "), en.join(", "))
    }
}

/// What the search facets say about one dataset (in one municipality).
struct Counts {
    /// Acts per year, over every match.
    years: BTreeMap<i32, u64>,
    total: u64,
    /// Date of the newest act.
    newest: Option<String>,
    /// Municipalities, as stored.
    municipalities: Vec<String>,
}

fn counts(archive: &Archive, request: &SearchRequest) -> Result<Counts, SearchError> {
    let mut request = request.clone();
    request.sort = Sort::Newest;
    request.limit = 1;
    request.offset = 0;
    let response = search::search(archive, &request)?;
    let years = response
        .facets
        .years
        .iter()
        .filter_map(|(year, n)| Some((year.parse().ok()?, *n)))
        .filter(|(_, n)| *n > 0)
        .collect();
    let newest = response
        .hits
        .first()
        .and_then(|h| h.date)
        .map(|d| d.to_string());
    Ok(Counts {
        years,
        total: response.total,
        newest,
        municipalities: response.facets.municipalities.into_keys().collect(),
    })
}

/// The whole catalogue. `base` is `scheme://host` without a trailing
/// slash, or `""` for site-relative URLs.
pub fn catalog(archive: &Archive, base: &str) -> Result<Value, SearchError> {
    let base = base.trim_end_matches('/');
    let all = counts(archive, &SearchRequest::default())?;
    let mut places: Vec<Place> = Vec::new();
    for name in &all.municipalities {
        let place = Place::new(name);
        // Names the filter cannot tell apart (they fold alike) are one.
        if !place.slug.is_empty() && places.iter().all(|p| p.slug != place.slug) {
            places.push(place);
        }
    }
    let several = places.len() > 1;
    let scopes: Vec<Option<&Place>> = if several {
        places.iter().map(Some).collect()
    } else {
        vec![None]
    };
    let mut datasets = Vec::new();
    for dataset in &DATASETS {
        for place in &scopes {
            let mut request = dataset.request();
            if let Some(place) = place {
                request.filter.municipalities.push(place.name.clone());
            }
            let counts = counts(archive, &request)?;
            if counts.total == 0 {
                continue;
            }
            let whole = Slice {
                dataset,
                place: place.or(places.first()),
                filtered: several,
                year: None,
            };
            datasets.push(dataset_node(base, &whole, &counts));
            for year in counts.years.keys() {
                let slice = Slice {
                    year: Some(*year),
                    ..whole
                };
                datasets.push(dataset_node(base, &slice, &counts));
            }
        }
    }
    // The votes dataset, from the sessions beside the index: one node per
    // municipality with sessions (all years), CSV and Popolo JSON.
    let sessions = crate::derived::Derived::load(archive.dir())
        .map(|d| d.sessions)
        .unwrap_or_else(|e| {
            tracing::warn!("{e}");
            Vec::new()
        });
    for place in &scopes {
        let place = place.or(places.first());
        let held: Vec<i32> = sessions
            .iter()
            .filter(|s| !s.items.is_empty())
            .filter(|s| !several || place.is_some_and(|p| fold(&p.name) == fold(&s.municipality)))
            .map(|s| s.year())
            .collect();
        if let (Some(first), Some(last)) = (held.iter().min(), held.iter().max()) {
            datasets.push(votes_node(base, place, several, *first, *last));
        }
    }
    let (title_sq, title_en, publisher) = match places.as_slice() {
        [place] => (
            format!(
                "arkiva — katalogu i të dhënave të hapura ({})",
                authority_name(&place.name)
            ),
            format!(
                "arkiva — open data catalogue (Municipality of {})",
                place.name
            ),
            place.agent(base),
        ),
        _ => (
            "arkiva — katalogu i të dhënave të hapura".to_string(),
            "arkiva — open data catalogue".to_string(),
            operator(base),
        ),
    };
    let names_sq: Vec<&str> = DATASETS.iter().map(|d| d.title_sq).collect();
    let names_en: Vec<&str> = DATASETS.iter().map(|d| d.title_en).collect();
    let mut catalog = json!({
        "@context": context(),
        "@id": format!("{base}{PATH}"),
        "@type": "dcat:Catalog",
        "dct:title": text(&title_sq, &title_en),
        "dct:description": text(
            &format!("Të dhënat e hapura të arkivës, sipas grupit dhe vitit: {}. Shkarkime në CSV, NDJSON dhe OCDS, me licencën CC0.", names_sq.join(", ")),
            &format!("The archive's open data, by dataset and year: {}. Downloads in CSV, NDJSON and OCDS, under CC0.", names_en.join(", ")),
        ),
        "dct:publisher": publisher,
        "dct:language": iri(LANGUAGE_SQ),
        "foaf:homepage": iri(&format!("{base}/")),
        "dct:license": iri(LICENSE),
        "dct:spatial": places.iter().map(Place::location).collect::<Vec<_>>(),
        "dcat:dataset": datasets,
    });
    if let Some(newest) = &all.newest {
        catalog["dct:modified"] = date(newest);
    }
    Ok(catalog)
}

/// A dataset's keywords in Albanian and English, as language-tagged literals.
fn keywords_of(d: &Dataset) -> Vec<Value> {
    let tagged = |words: &'static [&'static str], language: &'static str| {
        words
            .iter()
            .map(move |k| json!({ "@value": k, "@language": language }))
    };
    tagged(d.keywords_sq, "sq")
        .chain(tagged(d.keywords_en, "en"))
        .collect()
}

fn dataset_node(base: &str, slice: &Slice, counts: &Counts) -> Value {
    let d = slice.dataset;
    let (scope_sq, scope_en) = slice.scope();
    let mut themes = vec![iri(&format!("{THEME}GOVE"))];
    if d.has_ocds() {
        themes.push(iri(&format!("{THEME}ECON")));
    }
    let keywords = keywords_of(d);
    let (start, end) = match slice.year {
        Some(year) => (Some(year), Some(year)),
        None => (
            counts.years.keys().next().copied(),
            counts.years.keys().next_back().copied(),
        ),
    };
    let mut node = json!({
        "@id": format!("{base}{PATH}#{}", slice.id()),
        "@type": "dcat:Dataset",
        "dct:identifier": slice.id(),
        "dct:title": text(&format!("{} — {scope_sq}", d.title_sq), &format!("{} — {scope_en}", d.title_en)),
        "dct:description": text(
            &format!("{} Periudha: {scope_sq}.", d.description_sq),
            &format!("{} Coverage: {scope_en}.", d.description_en),
        ),
        "dcat:keyword": keywords,
        "dcat:theme": themes,
        "dct:language": iri(LANGUAGE_SQ),
        "dct:license": iri(LICENSE),
        "dcat:landingPage": iri(&slice.url(base, "/")),
        "dcat:distribution": distributions(base, slice),
    });
    match slice.place {
        Some(place) => {
            node["dct:publisher"] = place.agent(base);
            node["dcat:contactPoint"] = place.contact(base);
            node["dct:spatial"] = place.location();
        }
        None => node["dct:publisher"] = operator(base),
    }
    if let (Some(start), Some(end)) = (start, end) {
        node["dct:temporal"] = json!({
            "@type": "dct:PeriodOfTime",
            "dcat:startDate": date(&format!("{start}-01-01")),
            "dcat:endDate": date(&format!("{end}-12-31")),
        });
    }
    if slice.year.is_none() {
        if let Some(newest) = &counts.newest {
            node["dct:modified"] = date(newest);
        }
    }
    node
}

/// The votes dataset (of one municipality when `filtered`), over the years
/// `first..=last`, with its CSV and Popolo JSON.
fn votes_node(base: &str, place: Option<&Place>, filtered: bool, first: i32, last: i32) -> Value {
    let d = &VOTES;
    let mut id = d.name.to_string();
    let mut query = String::new();
    if let Some(place) = place.filter(|_| filtered) {
        id = format!("{id}-{}", place.slug);
        query = form_urlencoded::Serializer::new(String::new())
            .append_pair("municipality", &place.name)
            .finish();
    }
    let (scope_sq, scope_en) = match place {
        Some(p) => (
            authority_name(&p.name),
            format!("Municipality of {}", p.name),
        ),
        None => (
            "të gjitha komunat".to_string(),
            "all municipalities".to_string(),
        ),
    };
    let url = |path: &str| match query.as_str() {
        "" => format!("{base}{path}"),
        q => format!("{base}{path}?{q}"),
    };
    let distribution = |suffix: &str, path: &str, label: &str, media: &str, file_type: &str| {
        json!({
            "@id": format!("{base}{PATH}#{id}-{suffix}"),
            "@type": "dcat:Distribution",
            "dct:title": text(&format!("{} — {scope_sq} ({label})", d.title_sq), &format!("{} — {scope_en} ({label})", d.title_en)),
            "dcat:accessURL": iri(&url(path)),
            "dcat:downloadURL": iri(&url(path)),
            "dct:format": iri(&format!("{FILE_TYPE}{file_type}")),
            "dcat:mediaType": iri(&format!("{IANA}{media}")),
            "dct:license": iri(LICENSE),
        })
    };
    let keywords = keywords_of(d);
    let mut node = json!({
        "@id": format!("{base}{PATH}#{id}"),
        "@type": "dcat:Dataset",
        "dct:identifier": id,
        "dct:title": text(&format!("{} — {scope_sq}", d.title_sq), &format!("{} — {scope_en}", d.title_en)),
        "dct:description": text(d.description_sq, d.description_en),
        "dcat:keyword": keywords,
        "dcat:theme": [iri(&format!("{THEME}GOVE"))],
        "dct:language": iri(LANGUAGE_SQ),
        "dct:license": iri(LICENSE),
        "dct:temporal": {
            "@type": "dct:PeriodOfTime",
            "dcat:startDate": date(&format!("{first}-01-01")),
            "dcat:endDate": date(&format!("{last}-12-31")),
        },
        "dcat:distribution": [
            distribution("csv", VOTES_CSV_PATH, "CSV", "text/csv", "CSV"),
            distribution("popolo", VOTES_JSON_PATH, "Popolo JSON", "application/json", "JSON"),
        ],
    });
    match place {
        Some(place) => {
            node["dct:publisher"] = place.agent(base);
            node["dcat:contactPoint"] = place.contact(base);
            node["dct:spatial"] = place.location();
        }
        None => node["dct:publisher"] = operator(base),
    }
    node
}

/// CSV, NDJSON and (for procurement) OCDS, each the export of the slice.
fn distributions(base: &str, slice: &Slice) -> Vec<Value> {
    let d = slice.dataset;
    let (scope_sq, scope_en) = slice.scope();
    // (suffix, path, label, EU file type, IANA media type if registered)
    let mut formats = vec![
        ("csv", "/api/export.csv", "CSV", "CSV", Some("text/csv")),
        // NDJSON has no registered media type; its lines are JSON.
        ("ndjson", "/api/export.ndjson", "NDJSON", "JSON", None),
    ];
    if d.has_ocds() {
        formats.push((
            "ocds",
            "/api/ocds/releases.json",
            "OCDS 1.1 (JSON)",
            "JSON",
            Some("application/json"),
        ));
    }
    formats
        .into_iter()
        .map(|(suffix, path, label, file_type, media)| {
            let url = slice.url(base, path);
            let mut node = json!({
                "@id": format!("{base}{PATH}#{}-{suffix}", slice.id()),
                "@type": "dcat:Distribution",
                "dct:title": text(
                    &format!("{} — {scope_sq} ({label})", d.title_sq),
                    &format!("{} — {scope_en} ({label})", d.title_en),
                ),
                "dcat:accessURL": iri(&url),
                "dcat:downloadURL": iri(&url),
                "dct:format": iri(&format!("{FILE_TYPE}{file_type}")),
                "dct:license": iri(LICENSE),
            });
            if let Some(media) = media {
                node["dcat:mediaType"] = iri(&format!("{IANA}{media}"));
            }
            node
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_name_and_select_their_acts() {
        let contracts = Dataset::named("contracts").unwrap();
        let place = Place::new("Fushë Kosovë");
        let slice = Slice {
            dataset: contracts,
            place: Some(&place),
            filtered: true,
            year: Some(2019),
        };
        assert_eq!(slice.id(), "contracts-fushe-kosove-2019");
        assert_eq!(
            slice.url("http://h", "/api/export.csv"),
            "http://h/api/export.csv?type=kontrate&municipality=Fush%C3%AB+Kosov%C3%AB&year=2019"
        );
        let acts = Slice {
            dataset: Dataset::named("acts").unwrap(),
            place: Some(&place),
            filtered: false,
            year: None,
        };
        assert_eq!(acts.url("", "/api/export.csv"), "/api/export.csv");
        assert_eq!(acts.id(), "acts");
        assert_eq!(acts.scope().1, "Municipality of Fushë Kosovë, all years");
    }

    #[test]
    fn only_procurement_has_an_ocds_distribution() {
        for d in &DATASETS {
            let slice = Slice {
                dataset: d,
                place: None,
                filtered: false,
                year: Some(2020),
            };
            let ocds = distributions("", &slice)
                .iter()
                .filter(|n| n["@id"].as_str().unwrap().ends_with("-ocds"))
                .count();
            assert_eq!(ocds, usize::from(d.has_ocds()), "{}", d.name);
        }
    }
}
