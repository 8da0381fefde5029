//! The councillors register: who sat in the Assembly, for which political group, on which
//! side (pozitë / opozitë) and in which term.
//!
//! Owns: reading the register CSV ([`Councillors::from_csv`]) and looking people up by the
//! name minutes write ([`Councillors::lookup`]), plus the group → side map of a term
//! ([`Councillors::group_side`]). Names are compared on [`name_key`], built on
//! `analysis::fold`, so case, ë/ç, extra spaces and titles ("z.", "znj.", "Mr.") never
//! decide a match.
//!
//! A bad row is reported with its line, column and value and skipped; the rest of the file
//! is still read, because one typo in a hand-kept register must not hide every councillor.
//!
//! Must not touch: the index, the model, ingest or web; it does not read minutes (that is
//! [`super::turns`]).

use std::collections::BTreeSet;

use crate::analysis::fold;

use super::turns::Side;

/// One councillor in one term.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Councillor {
    pub name: String,
    /// Political group or party as the register writes it ("LDK", "Lista Serbe").
    pub group: String,
    /// `None` when the register leaves the side empty.
    pub side: Option<Side>,
    /// First and last year of the term, inclusive.
    pub from: i32,
    pub to: i32,
}

/// A row of the register that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegisterError {
    #[error("line {line}: column {column}: {value:?} is not {expected}")]
    BadValue {
        line: u64,
        column: String,
        value: String,
        expected: &'static str,
    },
    #[error("line {line}: column {column} is empty")]
    Missing { line: u64, column: String },
    #[error("line {line}: unreadable CSV: {message}")]
    Csv { line: u64, message: String },
    #[error("the header has no {0} column")]
    NoColumn(&'static str),
}

impl RegisterError {
    /// The line the error is on; `None` for the header as a whole.
    pub fn line(&self) -> Option<u64> {
        match self {
            RegisterError::BadValue { line, .. }
            | RegisterError::Missing { line, .. }
            | RegisterError::Csv { line, .. } => Some(*line),
            RegisterError::NoColumn(_) => None,
        }
    }
}

/// Every councillor read from a register.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Councillors {
    pub list: Vec<Councillor>,
}

/// The titles minutes put before names; dropped from [`name_key`].
const TITLES: &[&str] = &[
    "z", "znj", "zonja", "zoti", "mr", "mrs", "ms", "dr", "g", "gdja", "gda", "gospodin",
];

/// The comparison key of a person's name: folded, punctuation as spaces, titles dropped,
/// single spaces ("Znj.  Vlorë ÇITAKU" → "vlore citaku").
pub fn name_key(name: &str) -> String {
    let folded = fold(name);
    let spaced: String = folded
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    spaced
        .split_whitespace()
        .filter(|w| !TITLES.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads a side as registers and minutes write it.
pub fn parse_side(s: &str) -> Option<Side> {
    match name_key(s).as_str() {
        "pozite" | "pozita" | "position" | "pozicija" | "pozicia" => Some(Side::Pozite),
        "opozite" | "opozita" | "opposition" | "opozicija" | "opozicia" => Some(Side::Opozite),
        _ => None,
    }
}

/// Reads a term: "2021–2025", "2021-2025", "2021 - 2025", or a single year.
fn parse_term(s: &str) -> Option<(i32, i32)> {
    let years: Vec<i32> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .map(|p| p.parse::<i32>().ok().filter(|y| (1900..=2200).contains(y)))
        .collect::<Option<Vec<_>>>()?;
    match years.as_slice() {
        [y] => Some((*y, *y)),
        [a, b] if a <= b => Some((*a, *b)),
        _ => None,
    }
}

fn parse_year(s: &str) -> Option<i32> {
    s.trim()
        .parse::<i32>()
        .ok()
        .filter(|y| (1900..=2200).contains(y))
}

/// Which header names mean which column (folded, without punctuation).
fn column_of(header: &str) -> Option<Col> {
    let k = name_key(header);
    Some(match k.as_str() {
        "name" | "emri" | "emri dhe mbiemri" | "emri mbiemri" | "ime" | "ime i prezime" => {
            Col::Name
        }
        "group" | "party" | "grupi" | "subjekti" | "subjekti politik" | "partia"
        | "grupi politik" | "stranka" => Col::Group,
        "side" | "pozita" | "ana" | "pozita opozita" | "strana" => Col::Side,
        "term" | "mandati" | "mandat" => Col::Term,
        "from" | "nga" | "prej" | "od" => Col::From,
        "to" | "deri" | "do" => Col::To,
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Col {
    Name,
    Group,
    Side,
    Term,
    From,
    To,
}

/// A CSV reader over a hand-kept register: comma or semicolon separated (whichever the
/// first line has more of), ragged rows allowed, cells trimmed, a byte-order mark ignored.
/// Shared with the sessions register ([`super::register`]) so both read files alike.
pub(crate) fn csv_reader(text: &str) -> csv::Reader<&[u8]> {
    let text = text.trim_start_matches('\u{feff}');
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() {
        b';'
    } else {
        b','
    };
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes())
}

/// The physical line a record starts on. The csv reader skips blank lines and gives the
/// record after them the line of the first blank one, so the blank lines are counted here:
/// an error must name the line a clerk sees in an editor.
pub(crate) fn record_line(text: &str, record: &csv::StringRecord) -> u64 {
    let Some(p) = record.position() else {
        return 0;
    };
    let text = text.trim_start_matches('\u{feff}');
    let start = usize::try_from(p.byte()).unwrap_or(usize::MAX);
    let skipped = text.as_bytes().get(start..).map_or(0, |rest| {
        rest.iter()
            .take_while(|b| matches!(b, b'\n' | b'\r'))
            .filter(|b| **b == b'\n')
            .count()
    });
    p.line() + skipped as u64
}

/// The cells of a register's first row, trimmed (empty for an unreadable one): what
/// [`is_councillors_header`] and [`super::register::is_sessions_header`] look at.
pub fn first_row(text: &str) -> Vec<String> {
    let mut reader = csv_reader(text);
    match reader.headers() {
        Ok(h) => h.iter().map(str::to_owned).collect(),
        Err(_) => Vec::new(),
    }
}

/// True when `headers` are a councillors register's: a name column, a term (or first
/// year) column, and a group or side column — the columns [`Councillors::from_csv`] reads.
pub fn is_councillors_header(headers: &[String]) -> bool {
    let cols: Vec<Col> = headers.iter().filter_map(|h| column_of(h)).collect();
    let has = |c: Col| cols.contains(&c);
    has(Col::Name) && (has(Col::Term) || has(Col::From)) && (has(Col::Group) || has(Col::Side))
}

impl Councillors {
    /// Reads a register CSV (comma or semicolon separated). Returns the councillors of
    /// every good row and one error per bad row; a header without name or term columns
    /// is one error and no councillors.
    pub fn from_csv(text: &str) -> (Councillors, Vec<RegisterError>) {
        let mut reader = csv_reader(text);
        let mut errors = Vec::new();
        let headers = match reader.headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                errors.push(RegisterError::Csv {
                    line: 1,
                    message: e.to_string(),
                });
                return (Councillors::default(), errors);
            }
        };
        let cols: Vec<(Option<Col>, String)> = headers
            .iter()
            .map(|h| (column_of(h), h.to_string()))
            .collect();
        let find = |c: Col| cols.iter().position(|(k, _)| *k == Some(c));
        let Some(name_i) = find(Col::Name) else {
            return (
                Councillors::default(),
                vec![RegisterError::NoColumn("name")],
            );
        };
        let term_i = find(Col::Term);
        let (from_i, to_i) = (find(Col::From), find(Col::To));
        if term_i.is_none() && from_i.is_none() {
            return (
                Councillors::default(),
                vec![RegisterError::NoColumn("term")],
            );
        }
        let (group_i, side_i) = (find(Col::Group), find(Col::Side));
        let mut list = Vec::new();
        for record in reader.records() {
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    errors.push(RegisterError::Csv {
                        line,
                        message: e.to_string(),
                    });
                    continue;
                }
            };
            let line = record_line(text, &record);
            if record.iter().all(|f| f.is_empty()) {
                continue;
            }
            let field = |i: Option<usize>| i.and_then(|i| record.get(i)).unwrap_or("");
            let header = |i: usize| cols[i].1.clone();
            let name = field(Some(name_i));
            if name_key(name).is_empty() {
                errors.push(RegisterError::Missing {
                    line,
                    column: header(name_i),
                });
                continue;
            }
            let side_text = field(side_i);
            let side = if side_text.is_empty() {
                None
            } else if let Some(s) = parse_side(side_text) {
                Some(s)
            } else {
                errors.push(RegisterError::BadValue {
                    line,
                    column: header(side_i.unwrap_or(0)),
                    value: side_text.to_string(),
                    expected: "pozitë or opozitë",
                });
                continue;
            };
            let term = match (term_i, field(term_i)) {
                (Some(i), t) if !t.is_empty() => match parse_term(t) {
                    Some(t) => t,
                    None => {
                        errors.push(RegisterError::BadValue {
                            line,
                            column: header(i),
                            value: t.to_string(),
                            expected: "a term like 2021–2025",
                        });
                        continue;
                    }
                },
                _ => {
                    let Some(fi) = from_i else {
                        errors.push(RegisterError::Missing {
                            line,
                            column: header(term_i.unwrap_or(0)),
                        });
                        continue;
                    };
                    let Some(from) = parse_year(field(from_i)) else {
                        errors.push(RegisterError::BadValue {
                            line,
                            column: header(fi),
                            value: field(from_i).to_string(),
                            expected: "a year",
                        });
                        continue;
                    };
                    // An open term ("to" empty) runs on; a bad "to" is still an error.
                    let to = match (to_i, field(to_i)) {
                        (_, "") | (None, _) => from.saturating_add(4),
                        (Some(ti), t) => match parse_year(t).filter(|&y| y >= from) {
                            Some(y) => y,
                            None => {
                                errors.push(RegisterError::BadValue {
                                    line,
                                    column: header(ti),
                                    value: t.to_string(),
                                    expected: "a year not before the first",
                                });
                                continue;
                            }
                        },
                    };
                    (from, to)
                }
            };
            list.push(Councillor {
                name: name.split_whitespace().collect::<Vec<_>>().join(" "),
                group: field(group_i).to_string(),
                side,
                from: term.0,
                to: term.1,
            });
        }
        (Councillors { list }, errors)
    }

    fn in_term(&self, year: i32) -> impl Iterator<Item = &Councillor> {
        self.list
            .iter()
            .filter(move |c| c.from <= year && year <= c.to)
    }

    /// The councillor of `year`'s term that `name` names: the whole name compared on
    /// [`name_key`], else (for a one-word name) the surname when exactly one councillor of
    /// the term has it.
    pub fn lookup(&self, name: &str, year: i32) -> Option<&Councillor> {
        let key = name_key(name);
        if key.is_empty() {
            return None;
        }
        if let Some(c) = self.in_term(year).find(|c| name_key(&c.name) == key) {
            return Some(c);
        }
        if key.contains(' ') {
            return None;
        }
        let mut by_surname = self
            .in_term(year)
            .filter(|c| name_key(&c.name).rsplit(' ').next() == Some(key.as_str()));
        let first = by_surname.next()?;
        // Two councillors of the term with that surname: a guess would be a coin toss.
        match by_surname.all(|c| name_key(&c.name) == name_key(&first.name)) {
            true => Some(first),
            false => None,
        }
    }

    /// The side of `group` in `year`'s term when every councillor of that group with a
    /// written side agrees on it.
    pub fn group_side(&self, group: &str, year: i32) -> Option<Side> {
        let key = name_key(group);
        if key.is_empty() {
            return None;
        }
        let sides: BTreeSet<Side> = self
            .in_term(year)
            .filter(|c| name_key(&c.group) == key)
            .filter_map(|c| c.side)
            .collect();
        match sides.len() {
            1 => sides.into_iter().next(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const REGISTER: &str = "Emri,Subjekti politik,Pozita,Mandati\n\
        Arben Gashi,LDK,pozitë,2021–2025\n\
        Vjosa Krasniqi,VV,opozita,2021-2025\n\
        Dragan Petrović,Lista Serbe,Pozitë,2021 - 2025\n\
        Besnik Gashi,PDK,opozitë,2017–2021\n\
        Driton Berisha,PDK,opposition,2021–2025\n\
        ,AAK,opozitë,2021–2025\n\
        Lulzim Hoxha,AAK,neutral,2021–2025\n\
        Agim Rexha,AAK,opozitë,dikur\n\
        Shpresa Rama,LDK,,2021–2025\n";

    #[test]
    fn reads_register_and_reports_bad_rows_by_line_column_and_value() {
        let (c, errors) = Councillors::from_csv(REGISTER);
        assert_eq!(c.list.len(), 6);
        assert_eq!(
            errors,
            vec![
                RegisterError::Missing {
                    line: 7,
                    column: "Emri".into()
                },
                RegisterError::BadValue {
                    line: 8,
                    column: "Pozita".into(),
                    value: "neutral".into(),
                    expected: "pozitë or opozitë"
                },
                RegisterError::BadValue {
                    line: 9,
                    column: "Mandati".into(),
                    value: "dikur".into(),
                    expected: "a term like 2021–2025"
                },
            ]
        );
        assert!(errors[1].to_string().contains("line 8"));
        let shpresa = c.lookup("Shpresa Rama", 2022).unwrap();
        assert_eq!(shpresa.side, None);
        assert_eq!((shpresa.from, shpresa.to), (2021, 2025));
    }

    #[test]
    fn english_headers_with_from_to_years_and_semicolons() {
        let text = "Name;Party;Side;From;To\nAnna Berisha;LDK;Position;2013;2017\n\
                    Ben Kelmendi;VV;opposition;2017;\nCara Doe;PDK;pozite;2020;2019\n";
        let (c, errors) = Councillors::from_csv(text);
        assert_eq!(c.list.len(), 2);
        assert_eq!(c.list[1].to, 2021);
        assert!(
            matches!(&errors[..], [RegisterError::BadValue { line: 4, column, value, .. }]
            if column == "To" && value == "2019")
        );
    }

    #[test]
    fn recognises_its_header_and_not_an_act_registers() {
        let h = |s: &str| first_row(s);
        assert!(is_councillors_header(&h(
            "Emri,Subjekti politik,Pozita,Mandati\n"
        )));
        assert!(is_councillors_header(&h(
            "\u{feff}Name;Party;Side;From;To\n"
        )));
        assert!(!is_councillors_header(&h("Emri,Mandati\n")));
        assert!(!is_councillors_header(&h(
            "Nr.,Data,Lloji,Titulli,Organi,Teksti\n"
        )));
        assert!(!is_councillors_header(&h(
            "Nr. i prokurimit,Emri i OE,Data e nënshkrimit të kontratës\n"
        )));
        assert!(!is_councillors_header(&h("")));
    }

    #[test]
    fn header_without_name_is_one_error() {
        let (c, errors) = Councillors::from_csv("Foo,Bar\n1,2\n");
        assert!(c.list.is_empty());
        assert_eq!(errors, vec![RegisterError::NoColumn("name")]);
    }

    #[test]
    fn lookup_folds_titles_case_and_diacritics_and_respects_the_term() {
        let (c, _) = Councillors::from_csv(REGISTER);
        assert_eq!(
            c.lookup("Z.  ARBEN   GASHI", 2022)
                .map(|c| c.group.as_str()),
            Some("LDK")
        );
        assert_eq!(
            c.lookup("znj. VJOSA  Krasniqi", 2023).map(|c| c.side),
            Some(Some(Side::Opozite))
        );
        assert_eq!(
            c.lookup("Dragan Petrovic", 2021).map(|c| c.group.as_str()),
            Some("Lista Serbe")
        );
        // Same name, other term: the 2017–2021 Gashi is PDK.
        assert_eq!(
            c.lookup("Besnik Gashi", 2019).map(|c| c.group.as_str()),
            Some("PDK")
        );
        assert!(c.lookup("Besnik Gashi", 2023).is_none());
        // Surname only: unique in 2023 (Berisha), ambiguous nowhere else; Gashi is unique
        // in 2023 too (Besnik's term ended), but two Gashis share 2021.
        assert_eq!(
            c.lookup("Berisha", 2023).map(|c| c.name.as_str()),
            Some("Driton Berisha")
        );
        assert_eq!(
            c.lookup("z. Gashi", 2023).map(|c| c.name.as_str()),
            Some("Arben Gashi")
        );
        assert!(c.lookup("Gashi", 2021).is_none());
        assert!(c.lookup("", 2021).is_none());
        assert!(c.lookup("z.", 2021).is_none());
    }

    #[test]
    fn group_side_needs_agreement() {
        let (c, _) = Councillors::from_csv(REGISTER);
        assert_eq!(c.group_side("ldk", 2022), Some(Side::Pozite));
        assert_eq!(c.group_side("PDK", 2022), Some(Side::Opozite));
        assert_eq!(c.group_side("PDK", 2018), Some(Side::Opozite));
        let (mixed, _) = Councillors::from_csv(
            "Emri,Grupi,Ana,Mandati\nA B,NISMA,pozitë,2021–2025\nC D,NISMA,opozitë,2021–2025\n",
        );
        assert_eq!(mixed.group_side("Nisma", 2022), None);
        assert_eq!(c.group_side("", 2022), None);
    }

    #[test]
    fn hostile_registers_do_not_panic() {
        let mut inputs = vec![
            String::new(),
            "\u{feff}".into(),
            "Emri,Mandati\n\"unterminated,2021\n".into(),
            "Emri,Mandati\nA,99999999999999999999-1\n".into(),
            format!("Emri,Mandati\n{}", "ë,2021–2025,x,y,z\n".repeat(2000)),
        ];
        for text in crate::sessions::random_texts(0x1234_5678_9abc_def1, 100, 200) {
            inputs.push(format!("Emri,Grupi,Ana,Mandati\n{text}"));
        }
        for input in &inputs {
            let (c, _) = Councillors::from_csv(input);
            for councillor in &c.list {
                assert!(councillor.from <= councillor.to);
            }
        }
    }
}
