//! The statistics page `/statistika` and its CSV files
//! `/statistika/{name}.csv`: the tables of [`crate::stats`] as charts
//! ([`super::charts`]), as HTML tables and as CSV, all for the same
//! municipality filter (`?municipality=Gjakovë`, as in a search).

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use super::charts::{self, Series, Unit};
use super::error::{ApiError, BadParam};
use super::pages::{error_page, format_count, format_eur, message_page, render};
use super::AppState;
use crate::analysis::fold;
use crate::export::datasets::DATASETS;
use crate::index::Archive;
use crate::search::{self, SearchError, SearchRequest};
use crate::stats::{self, Statistics, Table};

/// A municipality's name is never longer than this.
const MAX_MUNICIPALITY_CHARS: usize = 100;

/// The page's one parameter: the municipality, if any. Other keys are
/// ignored, as everywhere on the site; a repeated or overlong value is a
/// bad parameter.
fn municipality(raw: Option<&str>) -> Result<Option<String>, ApiError> {
    let mut found: Option<String> = None;
    for (key, value) in form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
        if key != "municipality" {
            continue;
        }
        let value = value.trim();
        let bad = |value: &str| {
            ApiError::BadParam(BadParam {
                param: "municipality",
                value: value.chars().take(MAX_MUNICIPALITY_CHARS).collect(),
                expected_sq: "emrin e një komune, vetëm një herë",
                expected_en: "the name of one municipality, given once",
            })
        };
        if value.chars().count() > MAX_MUNICIPALITY_CHARS || value.chars().any(char::is_control) {
            return Err(bad(value));
        }
        if value.is_empty() {
            continue;
        }
        if found.is_some() {
            return Err(bad(value));
        }
        found = Some(value.to_string());
    }
    Ok(found)
}

/// The archive's municipalities, from the municipality facet.
fn municipalities(archive: &Archive) -> Result<Vec<String>, SearchError> {
    let request = SearchRequest {
        limit: 1,
        ..Default::default()
    };
    let response = search::search(archive, &request)?;
    Ok(response.facets.municipalities.into_keys().collect())
}

pub async fn page(State(state): State<AppState>, RawQuery(query): RawQuery) -> Response {
    let chosen = match municipality(query.as_deref()) {
        Ok(chosen) => chosen,
        Err(err) => return error_page(err),
    };
    let archive = state.archive.clone();
    let filter = chosen.clone();
    let computed = tokio::task::spawn_blocking(move || {
        let all = municipalities(&archive)?;
        let stats = stats::compute(&archive, &stats::request_for(filter.as_deref()))?;
        Ok::<_, SearchError>((all, stats))
    })
    .await;
    match computed {
        Ok(Ok((all, stats))) => render(
            StatusCode::OK,
            &StatisticsPage::new(chosen.as_deref(), &all, &stats),
        ),
        Ok(Err(err)) => error_page(err.into()),
        Err(err) => error_page(err.into()),
    }
}

pub async fn csv(
    State(state): State<AppState>,
    Path(file): Path<String>,
    RawQuery(query): RawQuery,
) -> Response {
    let Some(table) = file.strip_suffix(".csv").and_then(Table::named) else {
        return message_page(
            StatusCode::NOT_FOUND,
            "Skedari nuk u gjet",
            "Nuk ka statistikë me këtë emër. Shihni listën në faqen e statistikave.",
        );
    };
    let chosen = match municipality(query.as_deref()) {
        Ok(chosen) => chosen,
        Err(err) => return err.into_response(),
    };
    let archive = state.archive.clone();
    let computed = tokio::task::spawn_blocking(move || {
        let stats = stats::compute(&archive, &stats::request_for(chosen.as_deref()))?;
        let mut out = Vec::new();
        stats
            .write_csv(table, &mut out)
            .map_err(|e| ApiError::Internal(e.to_string()))?;
        Ok::<_, ApiError>(out)
    })
    .await;
    let body = match computed {
        Ok(Ok(body)) => body,
        Ok(Err(err)) => return err.into_response(),
        Err(err) => return ApiError::from(err).into_response(),
    };
    let disposition = format!("attachment; filename=\"arkiva-{}.csv\"", table.name());
    let headers = [
        (
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/csv; charset=utf-8"),
        ),
        (
            header::CONTENT_DISPOSITION,
            HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")),
        ),
    ];
    (headers, body).into_response()
}

// ---------------------------------------------------------------------------
// The page's view model: ready-to-print strings.

/// A link to the full data behind the charts: one of the published datasets.
struct Download {
    title: &'static str,
    href: String,
}

struct Choice {
    name: String,
    selected: bool,
}

struct Cell {
    text: String,
    number: bool,
    /// Its column's heading, shown beside it when a phone stacks the row.
    label: String,
}

fn text(s: impl Into<String>) -> Cell {
    Cell {
        text: s.into(),
        number: false,
        label: String::new(),
    }
}

fn num(s: impl Into<String>) -> Cell {
    Cell {
        text: s.into(),
        number: true,
        label: String::new(),
    }
}

struct Chart {
    name: &'static str,
    title: &'static str,
    title_en: &'static str,
    /// What the chart shows and how to read it.
    note: String,
    /// Escaped by construction ([`charts`]).
    svg: String,
    head: Vec<Cell>,
    rows: Vec<Vec<Cell>>,
    csv_href: String,
}

#[derive(Template)]
#[template(path = "statistika.html")]
struct StatisticsPage {
    heading: String,
    choices: Vec<Choice>,
    /// Said instead of the charts when nothing matches.
    empty: Option<String>,
    summary: String,
    /// The datasets (`export::datasets`) with the same filter, as CSV.
    downloads: Vec<Download>,
    charts: Vec<Chart>,
}

fn year_label(year: Option<i32>) -> String {
    year.map(|y| y.to_string())
        .unwrap_or_else(|| "Pa datë".to_string())
}

fn days(value: Option<f64>) -> String {
    value
        .map(|v| {
            let v = (v * 10.0).round() / 10.0;
            if v.fract() == 0.0 {
                format!("{v:.0}")
            } else {
                format!("{v:.1}").replace('.', ",")
            }
        })
        .unwrap_or_else(|| "—".to_string())
}

fn csv_href(table: Table, municipality: Option<&str>) -> String {
    let path = format!("/statistika/{}.csv", table.name());
    match municipality {
        Some(m) => format!(
            "{path}?{}",
            form_urlencoded::Serializer::new(String::new())
                .append_pair("municipality", m)
                .finish()
        ),
        None => path,
    }
}

impl StatisticsPage {
    fn new(chosen: Option<&str>, all: &[String], stats: &Statistics) -> StatisticsPage {
        let known = chosen.map(|c| all.iter().find(|m| fold(m) == fold(c)));
        let shown = match known {
            Some(Some(name)) => Some(name.as_str()),
            Some(None) => chosen,
            None => None,
        };
        let heading = match shown {
            Some(m) => format!("Statistika — {m}"),
            None => "Statistika".to_string(),
        };
        let choices = all
            .iter()
            .map(|m| Choice {
                name: m.clone(),
                selected: shown.is_some_and(|s| fold(s) == fold(m)),
            })
            .collect();
        let empty = (stats.acts == 0).then(|| match (chosen, known) {
            (Some(c), Some(None)) => {
                format!("Arkivi nuk ka asnjë akt të komunës „{c}“. Zgjidhni një komunë nga lista.")
            }
            (Some(c), _) => format!("Arkivi nuk ka asnjë akt të komunës „{c}“."),
            (None, _) => "Arkivi nuk ka ende asnjë akt.".to_string(),
        });
        let summary = match shown {
            Some(m) => format!(
                "Shifrat janë mbi {} akte të komunës {m}, si në eksportet e të dhënave.",
                format_count(stats.acts)
            ),
            None => format!(
                "Shifrat janë mbi të gjitha {} aktet e arkivit, si në eksportet e të dhënave.",
                format_count(stats.acts)
            ),
        };
        let charts = if stats.acts == 0 {
            Vec::new()
        } else {
            Table::ALL.iter().map(|&t| chart(t, stats, shown)).collect()
        };
        let downloads = DATASETS
            .iter()
            .map(|d| {
                let mut query = form_urlencoded::Serializer::new(String::new());
                for (key, value) in d.query_pairs() {
                    query.append_pair(key, value);
                }
                if let Some(m) = shown {
                    query.append_pair("municipality", m);
                }
                let query = query.finish();
                Download {
                    title: d.title_sq,
                    href: if query.is_empty() {
                        "/api/export.csv".to_string()
                    } else {
                        format!("/api/export.csv?{query}")
                    },
                }
            })
            .collect();
        StatisticsPage {
            heading,
            choices,
            empty,
            summary,
            downloads,
            charts,
        }
    }
}

fn chart(table: Table, s: &Statistics, municipality: Option<&str>) -> Chart {
    let id = table.name();
    let title = table.title_sq();
    let (note, svg, head, rows) = match table {
        Table::ActsPerYear => {
            let mut years: Vec<Option<i32>> = s.acts_per_year.iter().map(|r| r.year).collect();
            years.dedup();
            let mut types: Vec<_> = s.acts_per_year.iter().map(|r| r.act_type).collect();
            types.sort();
            types.dedup();
            let count = |y: Option<i32>, t| {
                s.acts_per_year
                    .iter()
                    .find(|r| r.year == y && r.act_type == t)
                    .map_or(0, |r| r.acts)
            };
            let series: Vec<Series> = types
                .iter()
                .map(|&t| Series {
                    label: t.label().to_string(),
                    values: years.iter().map(|&y| count(y, t) as f64).collect(),
                })
                .collect();
            let labels: Vec<String> = years.iter().map(|&y| year_label(y)).collect();
            let svg = charts::columns(id, title, &labels, &series, Unit::Count);
            let mut head = vec![text("Viti")];
            head.extend(types.iter().map(|t| num(t.label())));
            head.push(num("Gjithsej"));
            let rows = years
                .iter()
                .map(|&y| {
                    let mut row = vec![text(year_label(y))];
                    row.extend(types.iter().map(|&t| num(format_count(count(y, t)))));
                    row.push(num(format_count(types.iter().map(|&t| count(y, t)).sum())));
                    row
                })
                .collect();
            (
                "Sa akte ka çdo vit, të ndara sipas llojit (viti i datës së aktit).".to_string(),
                svg,
                head,
                rows,
            )
        }
        Table::ContractValue => {
            let labels: Vec<String> = s
                .contract_value
                .iter()
                .map(|r| year_label(r.year))
                .collect();
            let series = [Series {
                label: "Vlera".to_string(),
                values: s.contract_value.iter().map(|r| r.value_eur).collect(),
            }];
            let svg = charts::columns(id, title, &labels, &series, Unit::Euro);
            let without: u64 = s.contract_value.iter().map(|r| r.without_value).sum();
            let rows = s
                .contract_value
                .iter()
                .map(|r| {
                    vec![
                        text(year_label(r.year)),
                        num(format_count(r.contracts)),
                        num(format_count(r.without_value)),
                        num(format_eur(r.value_eur)),
                    ]
                })
                .collect();
            (
                format!(
                    "Shuma e vlerës së kontratave të nënshkruara çdo vit. {} kontrata pa vlerë të shënuar nuk hyjnë në shumë.",
                    format_count(without)
                ),
                svg,
                vec![
                    text("Viti"),
                    num("Kontrata"),
                    num("Pa vlerë"),
                    num("Vlera gjithsej"),
                ],
                rows,
            )
        }
        Table::TopOperators => {
            let bars: Vec<(String, f64)> = s
                .top_operators
                .iter()
                .map(|r| (r.label.clone(), r.value_eur))
                .collect();
            let svg = charts::bars(id, title, &bars, Unit::Euro);
            let rows = s
                .top_operators
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    vec![
                        num((i + 1).to_string()),
                        text(r.label.clone()),
                        num(format_count(r.contracts)),
                        num(format_eur(r.value_eur)),
                    ]
                })
                .collect();
            (
                format!(
                    "{} operatorët ekonomikë me shumën më të madhe të vlerës së kontratave; shkrimet e ndryshme të emrit të një firme numërohen bashkë.",
                    stats::TOP_OPERATORS
                ),
                svg,
                vec![text("#"), text("Operatori"), num("Kontrata"), num("Vlera gjithsej")],
                rows,
            )
        }
        Table::Procedures => {
            let name = |p: &Option<String>| {
                p.clone()
                    .unwrap_or_else(|| "Pa procedurë të shënuar".to_string())
            };
            let bars: Vec<(String, f64)> = s
                .procedures
                .iter()
                .map(|r| (name(&r.procedure), (r.contracts + r.notices) as f64))
                .collect();
            let svg = charts::bars(id, title, &bars, Unit::Count);
            let rows = s
                .procedures
                .iter()
                .map(|r| {
                    vec![
                        text(name(&r.procedure)),
                        num(format_count(r.contracts)),
                        num(format_count(r.notices)),
                        num(format_eur(r.value_eur)),
                    ]
                })
                .collect();
            (
                "Sa kontrata dhe njoftime për kontratë u bënë me secilën procedurë, dhe vlera e tyre.".to_string(),
                svg,
                vec![
                    text("Procedura"),
                    num("Kontrata"),
                    num("Njoftime"),
                    num("Vlera gjithsej"),
                ],
                rows,
            )
        }
        Table::Sessions => {
            let rows_of = &s.sessions_per_year;
            let labels: Vec<String> = rows_of.iter().map(|r| r.year.to_string()).collect();
            let series = [
                Series {
                    label: "Pika".to_string(),
                    values: rows_of.iter().map(|r| r.items as f64).collect(),
                },
                Series {
                    label: "Pika me votim".to_string(),
                    values: rows_of.iter().map(|r| r.items_with_votes as f64).collect(),
                },
                Series {
                    label: "Të miratuara".to_string(),
                    values: rows_of.iter().map(|r| r.approved as f64).collect(),
                },
                Series {
                    label: "Të pamiratuara".to_string(),
                    values: rows_of.iter().map(|r| r.not_approved as f64).collect(),
                },
            ];
            let svg = charts::columns(id, title, &labels, &series, Unit::Count);
            let rows = rows_of
                .iter()
                .map(|r| {
                    vec![
                        text(r.year.to_string()),
                        num(format_count(r.sessions)),
                        num(format_count(r.items)),
                        num(format_count(r.items_with_votes)),
                        num(format_count(r.approved)),
                        num(format_count(r.not_approved)),
                    ]
                })
                .collect();
            (
                "Sa mbledhje mbajti Kuvendi dhe komitetet e tij çdo vit, sa pika kishin në rendin e ditës, për sa prej tyre procesverbali shënon votim dhe sa u miratuan ose nuk u miratuan.".to_string(),
                svg,
                vec![
                    text("Viti"),
                    num("Mbledhje"),
                    num("Pika"),
                    num("Pika me votim"),
                    num("Të miratuara"),
                    num("Të pamiratuara"),
                ],
                rows,
            )
        }
        Table::Decisions => {
            let labels: Vec<String> = s.decisions.iter().map(|r| year_label(r.year)).collect();
            let series = [Series {
                label: "Vendime".to_string(),
                values: s.decisions.iter().map(|r| r.acts as f64).collect(),
            }];
            let svg = charts::columns(id, title, &labels, &series, Unit::Count);
            let rows = s
                .decisions
                .iter()
                .map(|r| vec![text(year_label(r.year)), num(format_count(r.acts))])
                .collect();
            (
                "Sa vendime u morën çdo vit.".to_string(),
                svg,
                vec![text("Viti"), num("Vendime")],
                rows,
            )
        }
        Table::PublicationDelay => {
            let bars: Vec<(String, f64)> = s
                .publication_delay
                .iter()
                .filter(|r| r.acts > 0)
                .map(|r| (r.act_type.label().to_string(), r.median_days.unwrap_or(0.0)))
                .collect();
            let svg = charts::bars(id, title, &bars, Unit::Days);
            let negative: u64 = s.publication_delay.iter().map(|r| r.negative).sum();
            let rows = s
                .publication_delay
                .iter()
                .map(|r| {
                    vec![
                        text(r.act_type.label()),
                        num(format_count(r.acts)),
                        num(days(r.median_days)),
                        num(days(r.mean_days)),
                        num(r
                            .max_days
                            .map_or("—".to_string(), |d| format_count(d.max(0) as u64))),
                        num(format_count(r.negative)),
                    ]
                })
                .collect();
            let mut note = if s.publication_delay.is_empty() {
                "Asnjë akt nuk ka edhe datën e aktit edhe datën e publikimit, ndaj vonesa e publikimit nuk mund të matet.".to_string()
            } else {
                "Ditët nga data e aktit deri në publikim (mediana), për aktet me të dyja datat."
                    .to_string()
            };
            if negative > 0 {
                note.push_str(&format!(
                    " {} akte kanë datë publikimi para datës së aktit: janë gabime në të dhëna ose, te kontratat, data e publikimit e regjistrit është ajo e njoftimit për kontratë, që paraprin nënshkrimin; numërohen veçmas.",
                    format_count(negative)
                ));
            }
            (
                note,
                svg,
                vec![
                    text("Lloji"),
                    num("Akte"),
                    num("Mediana (ditë)"),
                    num("Mesatarja (ditë)"),
                    num("Më së shumti (ditë)"),
                    num("Publikuar para datës"),
                ],
                rows,
            )
        }
    };
    let mut rows: Vec<Vec<Cell>> = rows;
    for row in &mut rows {
        for (cell, heading) in row.iter_mut().zip(&head) {
            cell.label = heading.text.clone();
        }
    }
    Chart {
        name: id,
        title,
        title_en: table.title_en(),
        note,
        svg,
        head,
        rows,
        csv_href: csv_href(table, municipality),
    }
}
