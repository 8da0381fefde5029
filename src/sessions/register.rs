//! The sessions register: the CSV the information office keeps of the
//! Assembly's and committees' sessions (date, body, ordinal, kind, video
//! URLs), read into [`SessionEntry`] rows.
//!
//! Owns: recognising the register by its header ([`is_sessions_header`]) and
//! reading it ([`read`]). A bad row is reported with line, column and value
//! and skipped; the rest is read. Must not touch the index, ingest or web.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::councillors::{csv_reader, name_key, record_line};
use super::record::SessionKind;
use crate::analysis::fold;

/// One row of the register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionEntry {
    /// The row's line in the file (1 = header).
    pub line: u64,
    /// The municipality the row names, when it has such a column.
    pub municipality: Option<String>,
    pub date: NaiveDate,
    /// The body as written ("Kuvendi i Komunës", "Komiteti për Politikë dhe Financa").
    pub body: String,
    pub ordinal: Option<u32>,
    pub kind: Option<SessionKind>,
    /// http(s) URLs of the recordings.
    pub recordings: Vec<String>,
}

/// A row of the register that could not be read: the same errors as the councillors
/// register's, so ingest reports both alike.
pub use super::councillors::RegisterError;

/// Longest cell value quoted back in an error: a report line, not a copy of the file.
const MAX_QUOTED: usize = 120;

/// Longest recording URL kept; anything longer is not a link a clerk typed.
const MAX_URL: usize = 2048;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Col {
    Date,
    Body,
    Ordinal,
    Kind,
    Recording,
    Municipality,
    /// Notes and remarks: allowed in the header, not read.
    Ignored,
}

/// Which header names mean which column (compared on `name_key`: folded, no punctuation).
fn column_of(header: &str) -> Option<Col> {
    let k = name_key(header);
    Some(match k.as_str() {
        "data" | "date" | "data e mbledhjes" | "data e seances" | "datum" => Col::Date,
        "organi" | "body" | "trupi" | "organi kolegjial" | "organ" => Col::Body,
        "mbledhja" | "nr" | "ordinal" | "numri" | "nr i mbledhjes" | "numri i mbledhjes"
        | "seanca" | "no" | "number" => Col::Ordinal,
        "lloji" | "kind" | "lloji i mbledhjes" | "lloji i seances" | "type" | "vrsta" => Col::Kind,
        "video" | "incizimi" | "incizimet" | "recording" | "recordings" | "videot" | "linku"
        | "linqet" | "link" | "links" | "snimak" => Col::Recording,
        "komuna" | "municipality" | "opstina" => Col::Municipality,
        "shenime" | "verejtje" | "verejtjet" | "notes" | "note" | "napomena" => Col::Ignored,
        _ => return None,
    })
}

/// True when `headers` are a sessions register's: every non-empty header is one of its
/// columns, with a date, a body and at least one of ordinal, kind or recording. Requiring
/// every column keeps an act register ("Nr., Data, Lloji, Titulli, Organi") out: its
/// title column is not a sessions column.
pub fn is_sessions_header(headers: &[String]) -> bool {
    let mut cols = Vec::new();
    for h in headers.iter().filter(|h| !h.trim().is_empty()) {
        match column_of(h) {
            Some(c) => cols.push(c),
            None => return false,
        }
    }
    let has = |c: Col| cols.contains(&c);
    has(Col::Date) && has(Col::Body) && (has(Col::Ordinal) || has(Col::Kind) || has(Col::Recording))
}

/// Reads a session's ordinal as registers write it: "5", "5-të", "5.", "e pestë".
fn parse_ordinal(raw: &str) -> Option<u32> {
    let t = raw.trim();
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        let rest = &t[digits.len()..];
        // "5-të", "5.", "5 e rregullt" — but not "5/2019" or "5a1".
        let ok = rest.is_empty()
            || rest.starts_with(['-', '.', ' ', '\u{2013}'])
                && !rest.chars().any(|c| c.is_ascii_digit());
        return digits
            .parse::<u32>()
            .ok()
            .filter(|n| ok && (1..=999).contains(n));
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    match words.as_slice() {
        [w] | [_, w] if words.len() == 1 || fold(words[0]) == "e" => {
            super::agenda::ordinal(w.trim_end_matches(['.', ',']))
        }
        _ => None,
    }
}

/// A recording link: http or https, a host, no spaces, quotes, angle brackets or
/// control characters (it becomes an `href` on a page).
fn is_web_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    let Some(rest) = rest else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    url.len() <= MAX_URL
        && !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'))
        && !url.chars().any(|c| {
            c.is_control() || c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`')
        })
}

fn quoted(value: &str) -> String {
    match value.char_indices().nth(MAX_QUOTED) {
        Some((i, _)) => format!("{}…", &value[..i]),
        None => value.to_owned(),
    }
}

/// Reads a sessions register (comma or semicolon separated). Returns the entries of every
/// good row and one error per bad row; a header without a date or body column is one
/// error and no entries.
pub fn read(text: &str) -> (Vec<SessionEntry>, Vec<RegisterError>) {
    let mut reader = csv_reader(text);
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            let message = e.to_string();
            return (Vec::new(), vec![RegisterError::Csv { line: 1, message }]);
        }
    };
    let cols: Vec<(Option<Col>, String)> = headers
        .iter()
        .map(|h| (column_of(h), h.to_string()))
        .collect();
    let find = |c: Col| cols.iter().position(|(k, _)| *k == Some(c));
    let Some(date_i) = find(Col::Date) else {
        return (Vec::new(), vec![RegisterError::NoColumn("date")]);
    };
    let Some(body_i) = find(Col::Body) else {
        return (Vec::new(), vec![RegisterError::NoColumn("body")]);
    };
    let (ordinal_i, kind_i) = (find(Col::Ordinal), find(Col::Kind));
    let (recording_i, municipality_i) = (find(Col::Recording), find(Col::Municipality));
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                let message = e.to_string();
                errors.push(RegisterError::Csv { line, message });
                continue;
            }
        };
        let line = record_line(text, &record);
        if record.iter().all(str::is_empty) {
            continue;
        }
        let field = |i: Option<usize>| i.and_then(|i| record.get(i)).unwrap_or("");
        let bad = |i: usize, value: &str, expected| RegisterError::BadValue {
            line,
            column: cols[i].1.clone(),
            value: quoted(value),
            expected,
        };
        let missing = |i: usize| RegisterError::Missing {
            line,
            column: cols[i].1.clone(),
        };
        let date_text = field(Some(date_i));
        let date = match crate::ingest::dates::parse_date(date_text) {
            Some(d) => d,
            None if date_text.is_empty() => {
                errors.push(missing(date_i));
                continue;
            }
            None => {
                errors.push(bad(date_i, date_text, "a date like 12.03.2019"));
                continue;
            }
        };
        let body = field(Some(body_i))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if body.is_empty() {
            errors.push(missing(body_i));
            continue;
        }
        let ordinal = match (ordinal_i, field(ordinal_i)) {
            (_, "") | (None, _) => None,
            (Some(i), t) => match parse_ordinal(t) {
                Some(n) => Some(n),
                None => {
                    errors.push(bad(i, t, "an ordinal like 5, 5-të or e pestë"));
                    continue;
                }
            },
        };
        let kind = match (kind_i, field(kind_i)) {
            (_, "") | (None, _) => None,
            (Some(i), t) => match SessionKind::from_words(t) {
                Some(k) => Some(k),
                None => {
                    errors.push(bad(i, t, "e rregullt, e jashtëzakonshme or solemne"));
                    continue;
                }
            },
        };
        let links: Vec<&str> = field(recording_i)
            .split(|c: char| c.is_whitespace() || c == ';' || c == ',')
            .filter(|u| !u.is_empty())
            .collect();
        if let (Some(i), Some(bad_url)) = (recording_i, links.iter().find(|u| !is_web_url(u))) {
            errors.push(bad(i, bad_url, "an http(s) URL"));
            continue;
        }
        let municipality = Some(field(municipality_i))
            .filter(|m| !m.is_empty())
            .map(|m| m.split_whitespace().collect::<Vec<_>>().join(" "));
        entries.push(SessionEntry {
            line,
            municipality,
            date,
            body,
            ordinal,
            kind,
            recordings: links.into_iter().map(str::to_owned).collect(),
        });
    }
    (entries, errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sessions::councillors::first_row;

    const REGISTER: &str = "Data,Organi,Mbledhja,Lloji,Video,Komuna\n\
        04.07.2019,Kuvendi i Komunës,7-të,e rregullt,https://www.youtube.com/watch?v=abcdefghijk,Gjilan\n\
        2021-03-25,Komiteti  për Politikë dhe Financa,e pestë,E jashtëzakonshme,\"https://a.example/x; http://b.example/y\",\n\
        12.03.2019,Kuvendi i Komunës,5,,,\n\
        31.13.2019,Kuvendi i Komunës,5,e rregullt,,\n\
        01.02.2020,,5,e rregullt,,\n\
        01.02.2020,Kuvendi i Komunës,5/2019,e rregullt,,\n\
        01.02.2020,Kuvendi i Komunës,5,e çuditshme,,\n\
        01.02.2020,Kuvendi i Komunës,5,e rregullt,javascript:alert(1),\n\
        \n\
        01.02.2020,Kuvendi i Komunës,6,e rregullt,https://ok.example/v ftp://x.example/v,\n";

    #[test]
    fn reads_rows_and_reports_each_bad_one_with_line_column_and_value() {
        let (entries, errors) = read(REGISTER);
        assert_eq!(entries.len(), 3);
        let first = &entries[0];
        assert_eq!(first.line, 2);
        assert_eq!(first.date, NaiveDate::from_ymd_opt(2019, 7, 4).unwrap());
        assert_eq!(first.ordinal, Some(7));
        assert_eq!(first.kind, Some(SessionKind::Rregullt));
        assert_eq!(first.municipality.as_deref(), Some("Gjilan"));
        assert_eq!(
            first.recordings,
            vec!["https://www.youtube.com/watch?v=abcdefghijk"]
        );
        let second = &entries[1];
        assert_eq!(second.body, "Komiteti për Politikë dhe Financa");
        assert_eq!(second.ordinal, Some(5));
        assert_eq!(second.kind, Some(SessionKind::Jashtezakonshme));
        assert_eq!(second.municipality, None);
        assert_eq!(second.recordings.len(), 2);
        assert_eq!((entries[2].ordinal, entries[2].kind), (Some(5), None));
        assert!(entries[2].recordings.is_empty());

        let lines: Vec<Option<u64>> = errors.iter().map(RegisterError::line).collect();
        assert_eq!(
            lines,
            vec![Some(5), Some(6), Some(7), Some(8), Some(9), Some(11)]
        );
        assert!(
            matches!(&errors[0], RegisterError::BadValue { column, value, .. }
            if column == "Data" && value == "31.13.2019")
        );
        assert!(matches!(&errors[1], RegisterError::Missing { column, .. } if column == "Organi"));
        assert!(matches!(&errors[2], RegisterError::BadValue { value, .. } if value == "5/2019"));
        assert!(matches!(&errors[3], RegisterError::BadValue { column, .. } if column == "Lloji"));
        assert!(
            matches!(&errors[4], RegisterError::BadValue { column, value, .. }
            if column == "Video" && value == "javascript:alert(1)")
        );
        assert!(matches!(&errors[5], RegisterError::BadValue { value, .. }
            if value == "ftp://x.example/v"));
        assert!(errors[4].to_string().contains("line 9"));
    }

    #[test]
    fn english_headers_and_semicolons() {
        let text = "Date;Body;Ordinal;Kind;Recording\n\
                    2024-01-30;Municipal Assembly;1;solemn;http://kk.example/a,https://kk.example/b\n";
        let (entries, errors) = read(text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(entries[0].kind, Some(SessionKind::Solemne));
        assert_eq!(entries[0].recordings.len(), 2);
    }

    #[test]
    fn ordinals_as_registers_write_them() {
        for (raw, n) in [
            ("5", Some(5)),
            ("5-të", Some(5)),
            ("1-rë", Some(1)),
            ("5.", Some(5)),
        ] {
            assert_eq!(parse_ordinal(raw), n, "{raw}");
        }
        assert_eq!(parse_ordinal("e pestë"), Some(5));
        assert_eq!(parse_ordinal("E TRETË"), Some(3));
        assert_eq!(parse_ordinal("tretë"), Some(3));
        for raw in ["0", "5/2019", "99999999999", "pesë e gjysmë", "x", "e"] {
            assert_eq!(parse_ordinal(raw), None, "{raw}");
        }
    }

    #[test]
    fn urls_must_be_web_links_without_markup() {
        assert!(is_web_url("https://www.youtube.com/watch?v=abc-DEF_123"));
        assert!(is_web_url("HTTP://kk.rks-gov.net:8080/gjilan/video/1"));
        for bad in [
            "javascript:alert(1)",
            "data:text/html,<b>",
            "https://",
            "https://a.example/\"onclick=x",
            "https://a.example/<script>",
            "//a.example/x",
            "https://exa mple.com",
            "https://@/x",
        ] {
            assert!(!is_web_url(bad), "{bad}");
        }
    }

    #[test]
    fn recognises_its_header_and_not_an_act_or_councillors_register() {
        let h = |s: &str| first_row(s);
        assert!(is_sessions_header(&h("Data,Organi,Mbledhja,Lloji,Video\n")));
        assert!(is_sessions_header(&h("\u{feff}Date;Body;Recording\n")));
        assert!(is_sessions_header(&h(
            "Komuna,Data,Trupi,Nr.,Incizimi,Shënime,\n"
        )));
        assert!(!is_sessions_header(&h(
            "Nr.,Data,Lloji,Titulli,Organi,Teksti\n"
        )));
        assert!(!is_sessions_header(&h("Data,Organi\n")));
        assert!(!is_sessions_header(&h(
            "Emri,Subjekti politik,Pozita,Mandati\n"
        )));
        assert!(!is_sessions_header(&h("")));
    }

    #[test]
    fn missing_columns_are_one_error() {
        assert_eq!(
            read("Organi,Video\nKuvendi,https://a.example\n"),
            (Vec::new(), vec![RegisterError::NoColumn("date")])
        );
        assert_eq!(
            read("Data,Video\n01.02.2020,https://a.example\n"),
            (Vec::new(), vec![RegisterError::NoColumn("body")])
        );
        // A short row lacks the later cells: read as empty, not a panic.
        let (entries, errors) = read("Data,Organi,Mbledhja,Video\n01.02.2020,Kuvendi\n");
        assert!(errors.is_empty());
        assert_eq!(entries[0].ordinal, None);
    }

    #[test]
    fn hostile_registers_do_not_panic_and_keep_only_web_links() {
        let long_value = "x".repeat(100_000);
        let mut inputs = vec![
            String::new(),
            "\u{feff}".into(),
            "Data,Organi,Video\n\"unterminated,Kuvendi\n".into(),
            format!("Data,Organi,Video\n01.02.2020,Kuvendi,{long_value}\n"),
            format!(
                "Data,Organi,Mbledhja,Video\n{}",
                "01.02.2020,Kuvendi,5,https://a.example/ë,x,y\n".repeat(5000)
            ),
        ];
        for text in crate::sessions::random_texts(0x5e55_1045_0f00_d00d, 100, 300) {
            inputs.push(format!("Data,Organi,Mbledhja,Lloji,Video\n{text}"));
            inputs.push(text);
        }
        for input in &inputs {
            let (entries, errors) = read(input);
            for entry in &entries {
                assert!(entry.recordings.iter().all(|u| is_web_url(u)));
                assert!(!entry.body.is_empty());
            }
            for e in &errors {
                if let RegisterError::BadValue { value, .. } = e {
                    assert!(value.chars().count() <= MAX_QUOTED + 1);
                }
            }
        }
        let (entries, _) = read(&inputs[4]);
        assert_eq!(entries.len(), 5000);
    }
}
