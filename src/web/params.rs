//! Query strings in, typed search requests out. Repeated keys and
//! comma-separated lists both work (`type=vendim&type=kontrate`,
//! `type=vendim,kontrate`); empty values, as HTML forms send them, mean "no
//! filter"; unknown keys are ignored; undecodable bytes are read leniently.
//! A value that cannot be read is a [`BadParam`] naming the parameter.

use chrono::NaiveDate;

use super::error::{ApiError, BadParam};
use crate::ingest::dates::parse_date;
use crate::model::ActType;
use crate::search::{SearchRequest, Sort, MAX_LIMIT};

pub const MAX_QUERY_CHARS: usize = 500;
pub const MAX_PER_PAGE: usize = 100;
pub const DEFAULT_PER_PAGE: usize = 20;

/// A search as the web asks for it: a request plus the page it shows.
#[derive(Debug, Clone)]
pub struct SearchParams {
    pub request: SearchRequest,
    pub page: usize,
    pub per_page: usize,
}

const TYPES_SQ: &str = "një nga llojet: vendim, rregullore, procesverbal, kontrate, njoftim_per_kontrate, konkurs, shpallje, njoftim, raport, komunikate, ftese, tjeter";
const TYPES_EN: &str = "one of the types: vendim, rregullore, procesverbal, kontrate, njoftim_per_kontrate, konkurs, shpallje, njoftim, raport, komunikate, ftese, tjeter";

pub fn parse(raw: Option<&str>) -> Result<SearchParams, ApiError> {
    let mut request = SearchRequest::default();
    let mut page = 1;
    let mut per_page = DEFAULT_PER_PAGE;
    let pairs = form_urlencoded::parse(raw.unwrap_or("").as_bytes());
    for (key, value) in pairs {
        let value = value.trim();
        if value.is_empty() && key != "q" {
            continue;
        }
        match key.as_ref() {
            "q" => request.query = query(value)?,
            "type" => request.filter.types.extend(list(value, act_type)?),
            "year" => request.filter.years.extend(list(value, year)?),
            "issuer" => request.filter.issuers.push(value.to_string()),
            "municipality" => request.filter.municipalities.push(value.to_string()),
            "operator" => request.filter.operators.push(value.to_string()),
            "min_value" => request.min_value = Some(euros("min_value", value)?),
            "max_value" => request.max_value = Some(euros("max_value", value)?),
            "from" => request.from = Some(date("from", value)?),
            "to" => request.to = Some(date("to", value)?),
            "sort" => request.sort = sort(value)?,
            "in_force" => request.in_force_only = flag("in_force", value)?,
            "page" => page = number("page", value, 1, usize::MAX)?,
            "per_page" => per_page = number("per_page", value, 1, MAX_PER_PAGE)?,
            _ => {}
        }
    }
    if let (Some(from), Some(to)) = (request.from, request.to) {
        if from > to {
            return Err(ApiError::DateRange);
        }
    }
    if let (Some(min), Some(max)) = (request.min_value, request.max_value) {
        if min > max {
            return Err(ApiError::ValueRange);
        }
    }
    let max_page = MAX_LIMIT / per_page;
    if page > max_page {
        return Err(ApiError::PageOutOfRange {
            page,
            max: max_page,
        });
    }
    request.limit = per_page;
    request.offset = (page - 1) * per_page;
    Ok(SearchParams {
        request,
        page,
        per_page,
    })
}

impl SearchParams {
    /// The request told which acts are no longer in force, from the links
    /// between acts that the last ingest derived.
    pub fn knowing(mut self, derived: &crate::derived::Cache) -> SearchParams {
        self.request.repealed = derived.repealed();
        self
    }
}

/// A yes/no parameter as forms and people write it.
fn flag(param: &'static str, value: &str) -> Result<bool, BadParam> {
    match value.to_ascii_lowercase().as_str() {
        "1" | "true" | "po" | "on" | "yes" => Ok(true),
        "0" | "false" | "jo" | "off" | "no" => Ok(false),
        _ => Err(BadParam {
            param,
            value: value.to_string(),
            expected_sq: "1 (po) ose 0 (jo)",
            expected_en: "1 (yes) or 0 (no)",
        }),
    }
}

fn query(value: &str) -> Result<String, ApiError> {
    if value.chars().count() > MAX_QUERY_CHARS {
        return Err(ApiError::QueryTooLong {
            max: MAX_QUERY_CHARS,
        });
    }
    Ok(value.to_string())
}

fn list<T>(value: &str, read: fn(&str) -> Result<T, BadParam>) -> Result<Vec<T>, BadParam> {
    value
        .split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(read)
        .collect()
}

fn act_type(value: &str) -> Result<ActType, BadParam> {
    value.parse::<ActType>().map_err(|_| BadParam {
        param: "type",
        value: value.to_string(),
        expected_sq: TYPES_SQ,
        expected_en: TYPES_EN,
    })
}

fn year(value: &str) -> Result<i32, BadParam> {
    value
        .parse::<i32>()
        .ok()
        .filter(|y| (1900..=2100).contains(y))
        .ok_or_else(|| BadParam {
            param: "year",
            value: value.to_string(),
            expected_sq: "një vit me katër shifra, p.sh. 2019",
            expected_en: "a four-digit year, e.g. 2019",
        })
}

fn date(param: &'static str, value: &str) -> Result<NaiveDate, BadParam> {
    parse_date(value).ok_or_else(|| BadParam {
        param,
        value: value.to_string(),
        expected_sq: "një datë si 2019-03-12 ose 12.03.2019",
        expected_en: "a date such as 2019-03-12 or 12.03.2019",
    })
}

/// An amount in euros as people type it: `1500`, `1500.50`, `1.500,50`,
/// `€ 1,500` (read like a register's cells); never negative or infinite.
fn euros(param: &'static str, value: &str) -> Result<f64, BadParam> {
    crate::ingest::amount::parse_amount(value)
        .filter(|v| v.is_finite() && *v >= 0.0)
        .ok_or_else(|| BadParam {
            param,
            value: value.to_string(),
            expected_sq: "një shumë në euro, p.sh. 15000 ose 15.000,50",
            expected_en: "an amount in euros, e.g. 15000 or 15000.50",
        })
}

fn sort(value: &str) -> Result<Sort, BadParam> {
    value.parse::<Sort>().map_err(|_| BadParam {
        param: "sort",
        value: value.to_string(),
        expected_sq: "relevance, newest ose oldest",
        expected_en: "relevance, newest or oldest",
    })
}

fn number(param: &'static str, value: &str, min: usize, max: usize) -> Result<usize, BadParam> {
    let (expected_sq, expected_en) = match param {
        "per_page" => ("një numër nga 1 deri në 100", "a number from 1 to 100"),
        _ => ("një numër i plotë nga 1", "a whole number from 1"),
    };
    value
        .parse::<usize>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| BadParam {
            param,
            value: value.to_string(),
            expected_sq,
            expected_en,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_and_comma_separated_values() {
        let p = parse(Some("q=vendim&type=vendim,kontrate&type=raport&year=2019&issuer=Kuvendi+i+Komun%C3%ABs&page=2&per_page=10")).unwrap();
        assert_eq!(p.request.query, "vendim");
        assert_eq!(
            p.request.filter.types,
            [ActType::Vendim, ActType::Kontrate, ActType::Raport]
        );
        assert_eq!(p.request.filter.years, [2019]);
        assert_eq!(p.request.filter.issuers, ["Kuvendi i Komunës"]);
        assert_eq!((p.request.offset, p.request.limit), (10, 10));
    }

    #[test]
    fn municipality_operator_and_value_filters() {
        let p = parse(Some(
            "municipality=Gjakov%C3%AB&municipality=Vitia&operator=Tali+SHPK&min_value=1000&max_value=2.500,50",
        ))
        .unwrap();
        assert_eq!(p.request.filter.municipalities, ["Gjakovë", "Vitia"]);
        assert_eq!(p.request.filter.operators, ["Tali SHPK"]);
        assert_eq!(p.request.min_value, Some(1000.0));
        assert_eq!(p.request.max_value, Some(2500.5));
        assert!(matches!(
            parse(Some("min_value=5000&max_value=100")),
            Err(ApiError::ValueRange)
        ));
    }

    #[test]
    fn empty_values_mean_no_filter() {
        let p = parse(Some("q=&type=&year=&from=&sort=")).unwrap();
        assert!(p.request.filter.types.is_empty());
        assert_eq!(p.request.sort, Sort::Relevance);
    }

    #[test]
    fn bad_values_name_their_parameter() {
        let param = |q: &str| match parse(Some(q)) {
            Err(ApiError::BadParam(p)) => p.param,
            other => panic!("{q}: {other:?}"),
        };
        assert_eq!(param("type=ligj"), "type");
        assert_eq!(param("year=abc"), "year");
        assert_eq!(param("from=31.02.2020"), "from");
        assert_eq!(param("sort=random"), "sort");
        assert_eq!(param("per_page=101"), "per_page");
        assert_eq!(param("page=0"), "page");
        assert_eq!(param("min_value=shumë"), "min_value");
        assert_eq!(param("max_value=-5"), "max_value");
        assert_eq!(param("max_value=inf"), "max_value");
        assert!(matches!(
            parse(Some("page=100000")),
            Err(ApiError::PageOutOfRange { .. })
        ));
        assert!(matches!(
            parse(Some("from=2020-01-02&to=2020-01-01")),
            Err(ApiError::DateRange)
        ));
        let long = format!("q={}", "a".repeat(501));
        assert!(matches!(
            parse(Some(&long)),
            Err(ApiError::QueryTooLong { .. })
        ));
    }

    #[test]
    fn malformed_encoding_is_read_leniently() {
        assert!(parse(Some("q=%ZZ%&&=&type")).is_ok());
        assert!(parse(None).is_ok());
    }
}
