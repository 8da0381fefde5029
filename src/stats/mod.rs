//! Statistics of the archive: counts and sums over every act a search
//! matches, for the statistics page and its CSV files.
//!
//! Synchronous and free of HTTP. [`compute`] streams the matching acts one
//! at a time (the addresses from [`search::matching`], as exports do) and
//! only aggregates: memory grows with the number of years, types,
//! operators, procedures and distinct delays, never with the number of
//! acts. The filter is an ordinary [`SearchRequest`], so "municipality
//! Gjakovë" means here exactly what it means in a search or an export.
//! Each table turns into CSV rows ([`Statistics::csv`]) from the same
//! numbers the page draws.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;

use chrono::Datelike;
use serde::Serialize;

use crate::export::neutralize;
use crate::index::Archive;
use crate::model::{Act, ActType};
use crate::search::{self, SearchError, SearchRequest};
use crate::sessions::record::Session;
use crate::sessions::Outcome;

/// How many operators the ranking by contract value lists.
pub const TOP_OPERATORS: usize = 10;

/// The tables of the statistics page, in the order it shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Table {
    ActsPerYear,
    ContractValue,
    TopOperators,
    Procedures,
    Decisions,
    PublicationDelay,
    Sessions,
}

impl Table {
    pub const ALL: [Table; 7] = [
        Table::ActsPerYear,
        Table::ContractValue,
        Table::TopOperators,
        Table::Procedures,
        Table::Decisions,
        Table::PublicationDelay,
        Table::Sessions,
    ];

    /// The stable machine name: the CSV's file name and the chart's id.
    pub fn name(self) -> &'static str {
        match self {
            Table::ActsPerYear => "aktet-sipas-vitit",
            Table::ContractValue => "vlera-e-kontratave",
            Table::TopOperators => "operatoret",
            Table::Procedures => "procedurat",
            Table::Decisions => "vendimet",
            Table::PublicationDelay => "vonesa-e-publikimit",
            Table::Sessions => "mbledhjet-sipas-vitit",
        }
    }

    /// The table named `name`, if there is one.
    pub fn named(name: &str) -> Option<Table> {
        Table::ALL.into_iter().find(|t| t.name() == name)
    }

    /// What a citizen reads above the chart.
    pub fn title_sq(self) -> &'static str {
        match self {
            Table::ActsPerYear => "Aktet sipas vitit dhe llojit",
            Table::ContractValue => "Vlera e kontratave sipas vitit",
            Table::TopOperators => "Operatorët me vlerën më të madhe të kontratave",
            Table::Procedures => "Procedurat e prokurimit",
            Table::Decisions => "Vendimet sipas vitit",
            Table::PublicationDelay => "Sa kohë u desh që aktet të publikohen",
            Table::Sessions => "Mbledhjet, pikat dhe votimet sipas vitit",
        }
    }

    pub fn title_en(self) -> &'static str {
        match self {
            Table::ActsPerYear => "Acts per year and type",
            Table::ContractValue => "Contract value per year",
            Table::TopOperators => "Operators with the most contract value",
            Table::Procedures => "Procurement procedures",
            Table::Decisions => "Decisions per year",
            Table::PublicationDelay => "Publication delay",
            Table::Sessions => "Sessions, agenda items and votes per year",
        }
    }
}

/// Acts of one year (`None`: undated) and type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearTypeCount {
    pub year: Option<i32>,
    #[serde(rename = "type")]
    pub act_type: ActType,
    pub acts: u64,
}

/// The contracts of one year and their summed value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearValue {
    pub year: Option<i32>,
    pub contracts: u64,
    /// Contracts without a `value_eur` (left out of the sum, not hidden).
    pub without_value: u64,
    pub value_eur: f64,
}

/// One operator (by `operator_key`) and its contracts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OperatorValue {
    pub operator_key: String,
    /// The spelling most of its contracts use (ties: alphabetical first).
    pub label: String,
    pub contracts: u64,
    pub value_eur: f64,
}

/// One procedure, as the registers write it (`None`: not given).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProcedureUse {
    pub procedure: Option<String>,
    pub contracts: u64,
    pub notices: u64,
    /// Sum of `value_eur` of its contracts and notices.
    pub value_eur: f64,
}

/// Acts of one year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearCount {
    pub year: Option<i32>,
    pub acts: u64,
}

/// Days from an act's date to its publication, for acts of one type with
/// both dates. Negative delays (published before dated) are data errors:
/// counted in `negative`, left out of the other figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Delay {
    #[serde(rename = "type")]
    pub act_type: ActType,
    /// Acts with a delay of zero days or more.
    pub acts: u64,
    pub median_days: Option<f64>,
    pub mean_days: Option<f64>,
    pub max_days: Option<i64>,
    pub negative: u64,
}

/// The Assembly's sessions of one year and what their agenda items became.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearSessions {
    pub year: i32,
    pub sessions: u64,
    pub items: u64,
    /// Items on which a vote is recorded (as the votes dataset's JSON counts them).
    pub items_with_votes: u64,
    pub approved: u64,
    pub not_approved: u64,
}

/// Sessions per year (oldest first) of the municipalities given (every
/// one when empty, compared as the votes export compares them).
pub fn sessions_per_year(sessions: &[Session], municipalities: &[String]) -> Vec<YearSessions> {
    let mut years: BTreeMap<i32, YearSessions> = BTreeMap::new();
    let chosen = |s: &Session| {
        municipalities.is_empty()
            || municipalities.iter().any(|m| {
                crate::export::votes::Filter {
                    municipality: Some(m.clone()),
                    year: None,
                }
                .matches(s)
            })
    };
    for session in sessions.iter().filter(|s| chosen(s)) {
        let year = session.year();
        let row = years.entry(year).or_insert(YearSessions {
            year,
            sessions: 0,
            items: 0,
            items_with_votes: 0,
            approved: 0,
            not_approved: 0,
        });
        row.sessions += 1;
        for item in &session.items {
            row.items += 1;
            row.items_with_votes += u64::from(crate::export::votes::is_vote(item));
            row.approved += u64::from(item.outcome == Outcome::Miratuar);
            row.not_approved += u64::from(item.outcome == Outcome::NukMiratuar);
        }
    }
    years.into_values().collect()
}

/// Every table of the statistics page, for one filter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statistics {
    /// The municipality filter the numbers are for (empty: every one).
    pub municipalities: Vec<String>,
    /// Acts counted.
    pub acts: u64,
    /// Ordered by year (undated last), then type.
    pub acts_per_year: Vec<YearTypeCount>,
    pub contract_value: Vec<YearValue>,
    /// At most [`TOP_OPERATORS`], most value first.
    pub top_operators: Vec<OperatorValue>,
    /// Most used first.
    pub procedures: Vec<ProcedureUse>,
    pub decisions: Vec<YearCount>,
    /// In [`ActType::ALL`] order; types without both dates are left out.
    pub publication_delay: Vec<Delay>,
    /// The Assembly's sessions per year, oldest first.
    pub sessions_per_year: Vec<YearSessions>,
}

/// A request for every act of one municipality (or of all, for `None`).
pub fn request_for(municipality: Option<&str>) -> SearchRequest {
    let mut request = SearchRequest::default();
    if let Some(m) = municipality.map(str::trim).filter(|m| !m.is_empty()) {
        request.filter.municipalities.push(m.to_string());
    }
    request
}

/// The statistics of every act matching `request` (its paging and sort are
/// ignored).
pub fn compute(archive: &Archive, request: &SearchRequest) -> Result<Statistics, SearchError> {
    let searcher = archive.reader.searcher();
    let addresses = search::matching(archive, &searcher, request)?;
    let mut tally = Tally::default();
    for address in addresses {
        tally.add(&archive.load(&searcher, address)?);
    }
    let mut stats = tally.finish(request.filter.municipalities.clone());
    // An index in memory has no derived.json (and "" would name the working folder).
    if !archive.dir().as_os_str().is_empty() {
        let sessions = crate::derived::Derived::load(archive.dir())
            .map(|d| d.sessions)
            .unwrap_or_else(|e| {
                tracing::warn!("{e}");
                Vec::new()
            });
        stats.sessions_per_year = sessions_per_year(&sessions, &stats.municipalities);
    }
    Ok(stats)
}

/// The running sums, one act at a time.
#[derive(Debug, Default)]
pub struct Tally {
    acts: u64,
    year_type: HashMap<(Option<i32>, ActType), u64>,
    contract_years: HashMap<Option<i32>, (u64, u64, f64)>,
    operators: HashMap<String, OperatorTally>,
    procedures: HashMap<Option<String>, (u64, u64, f64)>,
    decisions: HashMap<Option<i32>, u64>,
    delays: BTreeMap<ActType, DelayTally>,
}

#[derive(Debug, Default)]
struct OperatorTally {
    contracts: u64,
    value: f64,
    spellings: HashMap<String, u64>,
}

#[derive(Debug, Default)]
struct DelayTally {
    /// Days → acts: the median without keeping every act.
    days: BTreeMap<i64, u64>,
    negative: u64,
}

impl Tally {
    pub fn add(&mut self, act: &Act) {
        self.acts += 1;
        let year = act.date.map(|d| d.year());
        let value = act.value_eur.filter(|v| v.is_finite());
        *self.year_type.entry((year, act.act_type)).or_default() += 1;
        match act.act_type {
            ActType::Kontrate => {
                let entry = self.contract_years.entry(year).or_default();
                entry.0 += 1;
                match value {
                    Some(v) => entry.2 += v,
                    None => entry.1 += 1,
                }
                if let Some(key) = act.operator_key.as_deref().filter(|k| !k.is_empty()) {
                    let op = self.operators.entry(key.to_string()).or_default();
                    op.contracts += 1;
                    op.value += value.unwrap_or(0.0);
                    if let Some(spelling) = act.operator.as_deref() {
                        *op.spellings.entry(spelling.trim().to_string()).or_default() += 1;
                    }
                }
            }
            ActType::Vendim => *self.decisions.entry(year).or_default() += 1,
            _ => {}
        }
        if matches!(
            act.act_type,
            ActType::Kontrate | ActType::NjoftimPerKontrate
        ) {
            let procedure = act
                .procedure
                .as_deref()
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_string);
            let entry = self.procedures.entry(procedure).or_default();
            if act.act_type == ActType::Kontrate {
                entry.0 += 1;
            } else {
                entry.1 += 1;
            }
            entry.2 += value.unwrap_or(0.0);
        }
        if let (Some(date), Some(published)) = (act.date, act.published) {
            let days = (published - date).num_days();
            let delay = self.delays.entry(act.act_type).or_default();
            if days < 0 {
                delay.negative += 1;
            } else {
                *delay.days.entry(days).or_default() += 1;
            }
        }
    }

    pub fn finish(self, municipalities: Vec<String>) -> Statistics {
        let mut acts_per_year: Vec<YearTypeCount> = self
            .year_type
            .into_iter()
            .map(|((year, act_type), acts)| YearTypeCount {
                year,
                act_type,
                acts,
            })
            .collect();
        acts_per_year.sort_by_key(|r| (year_order(r.year), r.act_type));
        let mut contract_value: Vec<YearValue> = self
            .contract_years
            .into_iter()
            .map(|(year, (contracts, without_value, value))| YearValue {
                year,
                contracts,
                without_value,
                value_eur: cents(value),
            })
            .collect();
        contract_value.sort_by_key(|r| year_order(r.year));
        let mut top_operators: Vec<OperatorValue> = self
            .operators
            .into_iter()
            .map(|(key, op)| OperatorValue {
                label: commonest(op.spellings).unwrap_or_else(|| key.clone()),
                operator_key: key,
                contracts: op.contracts,
                value_eur: cents(op.value),
            })
            .collect();
        top_operators.sort_by(|a, b| {
            b.value_eur
                .total_cmp(&a.value_eur)
                .then(b.contracts.cmp(&a.contracts))
                .then_with(|| a.operator_key.cmp(&b.operator_key))
        });
        top_operators.truncate(TOP_OPERATORS);
        let mut procedures: Vec<ProcedureUse> = self
            .procedures
            .into_iter()
            .map(|(procedure, (contracts, notices, value))| ProcedureUse {
                procedure,
                contracts,
                notices,
                value_eur: cents(value),
            })
            .collect();
        procedures.sort_by(|a, b| {
            (b.contracts + b.notices)
                .cmp(&(a.contracts + a.notices))
                .then_with(|| a.procedure.is_none().cmp(&b.procedure.is_none()))
                .then_with(|| a.procedure.cmp(&b.procedure))
        });
        let mut decisions: Vec<YearCount> = self
            .decisions
            .into_iter()
            .map(|(year, acts)| YearCount { year, acts })
            .collect();
        decisions.sort_by_key(|r| year_order(r.year));
        let publication_delay = self
            .delays
            .into_iter()
            .map(|(act_type, d)| delay(act_type, &d))
            .collect();
        Statistics {
            municipalities,
            acts: self.acts,
            acts_per_year,
            contract_value,
            top_operators,
            procedures,
            decisions,
            publication_delay,
            sessions_per_year: Vec::new(),
        }
    }
}

/// Years in order, undated last.
fn year_order(year: Option<i32>) -> (bool, i32) {
    (year.is_none(), year.unwrap_or(0))
}

/// A sum rounded to cents, so the float noise of adding many amounts does
/// not show as `1234.5600000001`.
fn cents(value: f64) -> f64 {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded.is_finite() {
        rounded
    } else {
        value
    }
}

fn commonest(spellings: HashMap<String, u64>) -> Option<String> {
    spellings
        .into_iter()
        .filter(|(s, _)| !s.is_empty())
        .max_by(|(a, x), (b, y)| x.cmp(y).then_with(|| b.cmp(a)))
        .map(|(s, _)| s)
}

fn delay(act_type: ActType, d: &DelayTally) -> Delay {
    let n: u64 = d.days.values().sum();
    let nth = |k: u64| -> Option<i64> {
        let mut seen = 0;
        for (&days, &count) in &d.days {
            seen += count;
            if seen > k {
                return Some(days);
            }
        }
        None
    };
    let median = if n == 0 {
        None
    } else {
        match (nth((n - 1) / 2), nth(n / 2)) {
            (Some(a), Some(b)) => Some((a as f64 + b as f64) / 2.0),
            _ => None,
        }
    };
    let total: f64 = d.days.iter().map(|(&k, &c)| k as f64 * c as f64).sum();
    Delay {
        act_type,
        acts: n,
        median_days: median,
        mean_days: (n > 0).then(|| (total / n as f64 * 10.0).round() / 10.0),
        max_days: d.days.keys().next_back().copied(),
        negative: d.negative,
    }
}

/// A table as CSV cells: a header and rows, text already neutralised.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvTable {
    pub header: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

fn year_cell(year: Option<i32>) -> String {
    year.map(|y| y.to_string()).unwrap_or_default()
}

fn number(value: f64) -> String {
    value.to_string()
}

fn optional<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

impl Statistics {
    /// One table as CSV cells. Amounts are plain numbers (`180000.5`), an
    /// undated year or missing figure an empty cell, as in the exports.
    pub fn csv(&self, table: Table) -> CsvTable {
        let (header, rows): (Vec<&'static str>, Vec<Vec<String>>) = match table {
            Table::Sessions => (
                vec![
                    "year",
                    "sessions",
                    "items",
                    "items_with_votes",
                    "approved",
                    "not_approved",
                ],
                self.sessions_per_year
                    .iter()
                    .map(|r| {
                        let counts = [
                            r.sessions,
                            r.items,
                            r.items_with_votes,
                            r.approved,
                            r.not_approved,
                        ];
                        std::iter::once(r.year.to_string())
                            .chain(counts.iter().map(u64::to_string))
                            .collect()
                    })
                    .collect(),
            ),
            Table::ActsPerYear => (
                vec!["year", "type", "acts"],
                self.acts_per_year
                    .iter()
                    .map(|r| {
                        vec![
                            year_cell(r.year),
                            r.act_type.slug().to_string(),
                            r.acts.to_string(),
                        ]
                    })
                    .collect(),
            ),
            Table::ContractValue => (
                vec!["year", "contracts", "contracts_without_value", "value_eur"],
                self.contract_value
                    .iter()
                    .map(|r| {
                        vec![
                            year_cell(r.year),
                            r.contracts.to_string(),
                            r.without_value.to_string(),
                            number(r.value_eur),
                        ]
                    })
                    .collect(),
            ),
            Table::TopOperators => (
                vec!["rank", "operator_key", "operator", "contracts", "value_eur"],
                self.top_operators
                    .iter()
                    .enumerate()
                    .map(|(i, r)| {
                        vec![
                            (i + 1).to_string(),
                            neutralize(&r.operator_key),
                            neutralize(&r.label),
                            r.contracts.to_string(),
                            number(r.value_eur),
                        ]
                    })
                    .collect(),
            ),
            Table::Procedures => (
                vec!["procedure", "contracts", "procurement_notices", "value_eur"],
                self.procedures
                    .iter()
                    .map(|r| {
                        vec![
                            neutralize(r.procedure.as_deref().unwrap_or("")),
                            r.contracts.to_string(),
                            r.notices.to_string(),
                            number(r.value_eur),
                        ]
                    })
                    .collect(),
            ),
            Table::Decisions => (
                vec!["year", "decisions"],
                self.decisions
                    .iter()
                    .map(|r| vec![year_cell(r.year), r.acts.to_string()])
                    .collect(),
            ),
            Table::PublicationDelay => (
                vec![
                    "type",
                    "acts",
                    "median_days",
                    "mean_days",
                    "max_days",
                    "negative_delays",
                ],
                self.publication_delay
                    .iter()
                    .map(|r| {
                        vec![
                            r.act_type.slug().to_string(),
                            r.acts.to_string(),
                            optional(r.median_days),
                            optional(r.mean_days),
                            optional(r.max_days),
                            r.negative.to_string(),
                        ]
                    })
                    .collect(),
            ),
        };
        CsvTable { header, rows }
    }

    /// One table as a CSV file like the exports: UTF-8 with a BOM, CRLF.
    pub fn write_csv(&self, table: Table, out: impl Write) -> Result<(), csv::Error> {
        let table = self.csv(table);
        let mut out = out;
        out.write_all(b"\xEF\xBB\xBF")?;
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(out);
        writer.write_record(&table.header)?;
        for row in &table.rows {
            writer.write_record(row)?;
        }
        writer.flush()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ActId;
    use chrono::NaiveDate;

    fn act(act_type: ActType, date: Option<(i32, u32, u32)>) -> Act {
        Act {
            title: "t".into(),
            date: date.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
            municipality: "Viti".into(),
            source: "s".into(),
            ..Act::blank(ActId::from_key(&["x"]), act_type)
        }
    }

    fn contract(year: i32, operator: &str, value: Option<f64>, procedure: &str) -> Act {
        Act {
            operator: Some(operator.into()),
            operator_key: crate::model::operator_key(operator),
            value_eur: value,
            procedure: Some(procedure.into()),
            ..act(ActType::Kontrate, Some((year, 3, 1)))
        }
    }

    #[test]
    fn sessions_are_counted_per_year_and_municipality() {
        use crate::export::votes::tests::{item, session};
        let sessions = vec![
            session(
                "Gjakovë",
                "2021-05-20",
                vec![
                    item(1, Outcome::Miratuar, [Some(20), None, None]),
                    item(2, Outcome::Shtyre, [None, None, None]),
                    item(3, Outcome::EPanjohur, [None, Some(2), None]),
                ],
            ),
            session("Gjakovë", "2021-02-01", vec![]),
            session(
                "Viti",
                "2020-01-15",
                vec![item(1, Outcome::NukMiratuar, [None, None, None])],
            ),
        ];
        let all = sessions_per_year(&sessions, &[]);
        assert_eq!(all.len(), 2);
        assert_eq!(
            all[0],
            YearSessions {
                year: 2020,
                sessions: 1,
                items: 1,
                items_with_votes: 1,
                approved: 0,
                not_approved: 1
            }
        );
        assert_eq!(
            all[1],
            YearSessions {
                year: 2021,
                sessions: 2,
                items: 3,
                items_with_votes: 2,
                approved: 1,
                not_approved: 0
            }
        );
        let gjakove = sessions_per_year(&sessions, &["GJAKOVE".to_string()]);
        assert_eq!(gjakove.len(), 1);
        assert_eq!(gjakove[0].year, 2021);
        assert!(sessions_per_year(&sessions, &["Prizren".to_string()]).is_empty());
    }

    fn sample() -> Statistics {
        let mut tally = Tally::default();
        tally.add(&contract(2014, "TALI", Some(100.25), "E hapur"));
        tally.add(&contract(2014, "Tali SHPK", Some(0.1), "E hapur"));
        tally.add(&contract(2014, "\"TALI\" sh.p.k", None, "E hapur"));
        tally.add(&contract(2015, "=Iliria", Some(5000.0), "E negociuar"));
        tally.add(&Act {
            procedure: Some("E hapur".into()),
            value_eur: Some(10.0),
            ..act(ActType::NjoftimPerKontrate, Some((2015, 1, 1)))
        });
        tally.add(&act(ActType::Vendim, Some((2015, 1, 1))));
        tally.add(&act(ActType::Vendim, None));
        for (dated, published) in [(1, 3), (1, 11), (10, 1), (5, 5)] {
            tally.add(&Act {
                published: NaiveDate::from_ymd_opt(2016, 1, published),
                ..act(ActType::Rregullore, Some((2016, 1, dated)))
            });
        }
        tally.finish(vec!["Viti".into()])
    }

    #[test]
    fn tallies_contracts_operators_procedures_and_years() {
        let s = sample();
        assert_eq!(s.acts, 11);
        let y2014 = &s.contract_value[0];
        assert_eq!(
            (y2014.year, y2014.contracts, y2014.without_value),
            (Some(2014), 3, 1)
        );
        assert_eq!(y2014.value_eur, 100.35);
        // Every spelling of TALI counts under one key, labelled by the
        // commonest spelling (ties: alphabetical first).
        assert_eq!(s.top_operators.len(), 2);
        assert_eq!(s.top_operators[0].label, "=Iliria");
        assert_eq!(s.top_operators[1].contracts, 3);
        assert_eq!(s.top_operators[1].label, "\"TALI\" sh.p.k");
        assert_eq!(s.procedures[0].procedure.as_deref(), Some("E hapur"));
        assert_eq!((s.procedures[0].contracts, s.procedures[0].notices), (3, 1));
        assert_eq!(s.procedures[0].value_eur, 110.35);
        // Undated acts come last.
        assert_eq!(
            s.decisions,
            [
                YearCount {
                    year: Some(2015),
                    acts: 1
                },
                YearCount {
                    year: None,
                    acts: 1
                }
            ]
        );
        assert_eq!(s.acts_per_year.last().unwrap().year, None);
    }

    #[test]
    fn delays_have_median_mean_max_and_count_negative_ones_apart() {
        let s = sample();
        let d = &s.publication_delay[0];
        assert_eq!(d.act_type, ActType::Rregullore);
        // 2, 10 and 0 days; 10 → 1 is a data error.
        assert_eq!((d.acts, d.negative), (3, 1));
        assert_eq!(d.median_days, Some(2.0));
        assert_eq!(d.mean_days, Some(4.0));
        assert_eq!(d.max_days, Some(10));
    }

    #[test]
    fn csv_neutralises_text_and_keeps_numbers_plain() {
        let s = sample();
        let ops = s.csv(Table::TopOperators);
        assert_eq!(ops.header[4], "value_eur");
        assert_eq!(ops.rows[0][2], "'=Iliria");
        assert_eq!(ops.rows[0][4], "5000");
        let decisions = s.csv(Table::Decisions);
        assert_eq!(decisions.rows[1], ["", "1"]);
        let mut out = Vec::new();
        s.write_csv(Table::Decisions, &mut out).unwrap();
        assert_eq!(out, b"\xEF\xBB\xBFyear,decisions\r\n2015,1\r\n,1\r\n");
        for table in Table::ALL {
            assert_eq!(Table::named(table.name()), Some(table));
            let csv = s.csv(table);
            assert!(csv.rows.iter().all(|r| r.len() == csv.header.len()));
        }
    }

    #[test]
    fn nothing_gives_empty_tables() {
        let s = Tally::default().finish(Vec::new());
        assert_eq!(s.acts, 0);
        assert!(s.top_operators.is_empty() && s.publication_delay.is_empty());
        assert!(Table::ALL.iter().all(|&t| s.csv(t).rows.is_empty()));
    }
}
