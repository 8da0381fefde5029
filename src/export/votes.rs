//! The votes dataset: the agenda items of the Assembly's sessions with
//! their outcome and votes, as CSV (one row per item, the columns of
//! [`VOTE_FIELDS`]) and as Popolo vote events (JSON).
//!
//! Owns: [`Filter`] (municipality and year), [`write_csv`] and
//! [`vote_events`]. Pure functions of `&[Session]` (read from
//! `crate::derived`); must not read texts (that is `crate::sessions`), touch
//! the index or know HTTP. Popolo (popoloproject.com, vote-event, motion and
//! count): a vote event is one vote on one motion, its `result` `pass` or
//! `fail`, its `counts` one `{option, value}` per option, options `yes`,
//! `no`, `abstain`. Only what the minutes state is written: an item without
//! an outcome or counts is not turned into a vote, and a count the minutes
//! do not give is left out rather than written as 0.

use std::io::Write;

use serde_json::{json, Value};

use super::fields::VOTE_FIELDS;
use super::{neutralize, ExportError};
use crate::analysis::fold;
use crate::sessions::record::{DocumentRole, Session, SessionItem};
use crate::sessions::Outcome;

/// Which sessions a votes export holds; empty selects every session.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Compared folded (no case, no diacritics), as the search compares it.
    pub municipality: Option<String>,
    pub year: Option<i32>,
}

impl Filter {
    pub fn matches(&self, session: &Session) -> bool {
        let place = self
            .municipality
            .as_ref()
            .is_none_or(|m| fold(m.trim()) == fold(session.municipality.trim()));
        place && self.year.is_none_or(|y| session.year() == y)
    }

    /// The sessions it selects, in the order given.
    pub fn select<'a>(&'a self, sessions: &'a [Session]) -> impl Iterator<Item = &'a Session> {
        sessions.iter().filter(move |s| self.matches(s))
    }
}

/// The Popolo result of an outcome: only adoption and rejection are votes.
pub fn popolo_result(outcome: Outcome) -> Option<&'static str> {
    match outcome {
        Outcome::Miratuar => Some("pass"),
        Outcome::NukMiratuar => Some("fail"),
        Outcome::Shtyre | Outcome::Terhequr | Outcome::EPanjohur => None,
    }
}

/// Whether an item records a vote: an adopted or rejected item, or stated counts.
pub fn is_vote(item: &SessionItem) -> bool {
    popolo_result(item.outcome).is_some() || !item.votes.is_empty()
}

/// The API value of an outcome (`miratuar`, …): its serde name.
pub fn outcome_slug(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Miratuar => "miratuar",
        Outcome::NukMiratuar => "nuk_miratuar",
        Outcome::Shtyre => "shtyre",
        Outcome::Terhequr => "terhequr",
        Outcome::EPanjohur => "e_panjohur",
    }
}

fn ids(ids: impl Iterator<Item = String>) -> String {
    ids.collect::<Vec<_>>().join(" ")
}

fn number(n: Option<u32>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// One CSV row in [`VOTE_FIELDS`] order.
pub fn csv_row(session: &Session, item: &SessionItem) -> Vec<String> {
    let minutes = ids(session
        .documents_of(DocumentRole::Procesverbal)
        .map(|d| d.id.to_string()));
    vec![
        session.id.to_string(),
        session.date.to_string(),
        neutralize(&session.municipality),
        neutralize(&session.body),
        number(session.ordinal),
        session.kind.slug().to_string(),
        item.number.to_string(),
        neutralize(&item.title),
        outcome_slug(item.outcome).to_string(),
        number(item.votes.for_),
        number(item.votes.against),
        number(item.votes.abstain),
        item.source_sentence
            .as_deref()
            .map(neutralize)
            .unwrap_or_default(),
        ids(item.acts.iter().map(|a| a.to_string())),
        minutes,
    ]
}

/// Writes the CSV (UTF-8 with BOM, CRLF, a header row, as every arkiva
/// CSV) of every item of the selected sessions; returns the row count.
pub fn write_csv(
    sessions: &[Session],
    filter: &Filter,
    mut out: impl Write,
) -> Result<u64, ExportError> {
    out.write_all(super::BOM)?;
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record(VOTE_FIELDS.iter().map(|f| f.name))?;
    let mut count = 0;
    for session in filter.select(sessions) {
        for item in &session.items {
            writer.write_record(csv_row(session, item))?;
            count += 1;
        }
    }
    writer.flush()?;
    Ok(count)
}

/// The Popolo id of a vote event: the session's id and the item's number.
pub fn vote_event_id(session: &Session, item: &SessionItem) -> String {
    format!("{}-pika-{}", session.id, item.number)
}

fn organization_id(session: &Session) -> String {
    crate::sessions::record::slug(&format!("{} {}", session.municipality, session.body))
}

/// One vote event. `base` prefixes the site's URLs (`http://host`, or
/// `""` for site-relative ones).
fn vote_event(session: &Session, item: &SessionItem, base: &str) -> Value {
    let id = vote_event_id(session, item);
    let result = popolo_result(item.outcome);
    let mut motion = json!({
        "id": format!("{id}-mocioni"),
        "identifier": item.number.to_string(),
        "text": item.title,
        "date": session.date.to_string(),
        "organization_id": organization_id(session),
        "legislative_session_id": session.id.as_str(),
    });
    let mut event = json!({
        "id": id,
        "identifier": item.number.to_string(),
        "motion_id": motion["id"],
        "organization_id": organization_id(session),
        "legislative_session_id": session.id.as_str(),
        "start_date": session.date.to_string(),
    });
    if let Some(result) = result {
        motion["result"] = json!(result);
        event["result"] = json!(result);
    }
    let counts: Vec<Value> = [
        ("yes", item.votes.for_),
        ("no", item.votes.against),
        ("abstain", item.votes.abstain),
    ]
    .into_iter()
    .filter_map(|(option, value)| value.map(|v| json!({ "option": option, "value": v })))
    .collect();
    event["counts"] = json!(counts);
    event["motion"] = motion;
    event["legislative_session"] = json!({
        "id": session.id.as_str(),
        "name": session.heading(),
        "start_date": session.date.to_string(),
        "classification": session.kind.slug(),
        "organization_id": organization_id(session),
        "organization": { "id": organization_id(session), "name": session.body, "area": session.municipality },
    });
    let mut sources = vec![json!({
        "url": format!("{base}/sessions/{}", session.id),
        "note": "Faqja e mbledhjes në arkiva · The session's page in arkiva",
    })];
    for minutes in session.documents_of(DocumentRole::Procesverbal) {
        // Popolo's source is a URL and a note: the note quotes the sentence read.
        let note = match &item.source_sentence {
            Some(sentence) => format!("Procesverbali · Minutes: {} — «{sentence}»", minutes.title),
            None => format!("Procesverbali · Minutes: {}", minutes.title),
        };
        sources.push(json!({ "url": format!("{base}/acts/{}", minutes.id), "note": note }));
    }
    event["sources"] = json!(sources);
    event
}

/// `{"vote_events": [...]}`: one Popolo vote event per item of the
/// selected sessions that records a vote ([`is_vote`]).
pub fn vote_events(sessions: &[Session], filter: &Filter, base: &str) -> Value {
    let base = base.trim_end_matches('/');
    let events: Vec<Value> = filter
        .select(sessions)
        .flat_map(|s| s.items.iter().map(move |i| (s, i)))
        .filter(|(_, item)| is_vote(item))
        .map(|(session, item)| vote_event(session, item, base))
        .collect();
    json!({ "vote_events": events })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{ActId, ActType};
    use crate::sessions::record::{SessionDocument, SessionId, SessionKind};
    use crate::sessions::Votes;
    use chrono::NaiveDate;

    pub(crate) fn item(number: u32, outcome: Outcome, votes: [Option<u32>; 3]) -> SessionItem {
        SessionItem {
            number,
            title: format!("Pika {number}"),
            outcome,
            votes: Votes {
                for_: votes[0],
                against: votes[1],
                abstain: votes[2],
            },
            source_sentence: Some(format!("U miratua pika {number}.")),
            acts: vec![],
            turns: vec![],
        }
    }

    pub(crate) fn session(municipality: &str, date: &str, items: Vec<SessionItem>) -> Session {
        let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
        let body = "Kuvendi i Komunës";
        Session {
            id: SessionId::new(municipality, date, body),
            municipality: municipality.into(),
            date,
            body: body.into(),
            ordinal: Some(5),
            kind: SessionKind::Rregullt,
            items,
            unread: vec![],
            documents: vec![SessionDocument {
                id: ActId::from_key(&[municipality, &date.to_string()]),
                role: DocumentRole::Procesverbal,
                act_type: ActType::Procesverbal,
                title: "Procesverbali".into(),
                date: Some(date),
            }],
            recordings: vec![],
        }
    }

    fn sample() -> Vec<Session> {
        let mut adopted = item(1, Outcome::Miratuar, [Some(24), Some(3), Some(2)]);
        adopted.title = "=Vendim për buxhetin".into();
        adopted.acts = vec![ActId::from_key(&["a"]), ActId::from_key(&["b"])];
        vec![
            session(
                "Gjilan",
                "2020-03-01",
                vec![
                    adopted,
                    item(2, Outcome::NukMiratuar, [Some(10), Some(15), None]),
                    item(3, Outcome::Shtyre, [None, None, None]),
                ],
            ),
            session(
                "Viti",
                "2019-12-30",
                vec![item(1, Outcome::EPanjohur, [Some(12), None, None])],
            ),
        ]
    }

    fn read_csv(bytes: &[u8]) -> Vec<csv::StringRecord> {
        let text = std::str::from_utf8(bytes).unwrap();
        let text = text.strip_prefix('\u{feff}').expect("BOM");
        csv::Reader::from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap())
            .collect()
    }

    #[test]
    fn csv_has_one_row_per_item_with_stated_counts_only() {
        let mut out = Vec::new();
        let n = write_csv(&sample(), &Filter::default(), &mut out).unwrap();
        assert_eq!(n, 4);
        let header = std::str::from_utf8(&out[3..])
            .unwrap()
            .lines()
            .next()
            .unwrap();
        let names: Vec<&str> = VOTE_FIELDS.iter().map(|f| f.name).collect();
        assert_eq!(header.trim_end(), names.join(","));
        let rows = read_csv(&out);
        assert_eq!(rows.len(), 4);
        let col = |name: &str| VOTE_FIELDS.iter().position(|f| f.name == name).unwrap();
        let first = &rows[0];
        assert_eq!(
            &first[col("session_id")],
            "gjilan-2020-03-01-kuvendi-i-komunes"
        );
        assert_eq!(&first[col("item_title")], "'=Vendim për buxhetin");
        assert_eq!(&first[col("outcome")], "miratuar");
        assert_eq!(&first[col("votes_for")], "24");
        assert_eq!(&first[col("kind")], "e_rregullt");
        assert_eq!(
            &first[col("acts")],
            format!("{} {}", ActId::from_key(&["a"]), ActId::from_key(&["b"]))
        );
        assert_eq!(&first[col("minutes")].len(), &16);
        assert_eq!(&rows[1][col("votes_abstain")], "");
        assert_eq!(&rows[2][col("outcome")], "shtyre");
        assert_eq!(&rows[3][col("municipality")], "Viti");
        // Every cell reads as its declared type and pattern.
        for row in &rows {
            for (f, cell) in VOTE_FIELDS.iter().zip(row.iter()) {
                if cell.is_empty() {
                    assert!(!f.required, "{}", f.name);
                    continue;
                }
                if f.field_type == super::super::fields::FieldType::Integer {
                    assert!(cell.parse::<u32>().is_ok(), "{}: {cell}", f.name);
                }
                if let Some(p) = f.pattern {
                    assert!(
                        regex::Regex::new(p).unwrap().is_match(cell),
                        "{}: {cell}",
                        f.name
                    );
                }
                if let Some(values) = f.allowed_values() {
                    assert!(values.contains(&cell), "{}: {cell}", f.name);
                }
            }
        }
    }

    #[test]
    fn filters_select_by_folded_municipality_and_year() {
        let all = sample();
        let count = |filter: Filter| {
            let mut out = Vec::new();
            write_csv(&all, &filter, &mut out).unwrap()
        };
        let place = |m: &str| Filter {
            municipality: Some(m.into()),
            year: None,
        };
        assert_eq!(count(place("GJILAN")), 3);
        assert_eq!(count(place("viti")), 1);
        assert_eq!(count(place("Prizren")), 0);
        let year = |y| Filter {
            municipality: None,
            year: Some(y),
        };
        assert_eq!(count(year(2019)), 1);
        assert_eq!(count(year(2020)), 3);
        assert_eq!(count(year(2021)), 0);
    }

    #[test]
    fn vote_events_are_popolo_with_only_stated_counts() {
        let events = vote_events(&sample(), &Filter::default(), "http://h/");
        let events = events["vote_events"].as_array().unwrap();
        // Postponed item 3 without counts is no vote; Viti's unknown outcome with a count is.
        assert_eq!(events.len(), 3);
        let first = &events[0];
        assert_eq!(first["id"], "gjilan-2020-03-01-kuvendi-i-komunes-pika-1");
        assert_eq!(first["result"], "pass");
        assert_eq!(first["motion"]["result"], "pass");
        assert_eq!(first["motion"]["text"], "=Vendim për buxhetin");
        assert_eq!(first["motion"]["date"], "2020-03-01");
        assert_eq!(first["motion_id"], first["motion"]["id"]);
        assert_eq!(
            first["legislative_session"]["id"],
            first["legislative_session_id"]
        );
        assert_eq!(first["start_date"], "2020-03-01");
        assert_eq!(
            first["counts"],
            json!([{"option":"yes","value":24},{"option":"no","value":3},{"option":"abstain","value":2}])
        );
        assert_eq!(
            first["sources"][0]["url"],
            "http://h/sessions/gjilan-2020-03-01-kuvendi-i-komunes"
        );
        assert!(first["sources"][1]["url"]
            .as_str()
            .unwrap()
            .starts_with("http://h/acts/"));
        assert_eq!(events[1]["result"], "fail");
        assert_eq!(events[1]["counts"].as_array().unwrap().len(), 2);
        assert!(events[2].get("result").is_none());
        assert_eq!(events[2]["counts"], json!([{"option":"yes","value":12}]));
    }

    #[test]
    fn no_sessions_is_a_header_and_no_events() {
        let mut out = Vec::new();
        assert_eq!(write_csv(&[], &Filter::default(), &mut out).unwrap(), 0);
        assert_eq!(read_csv(&out).len(), 0);
        assert_eq!(
            vote_events(&[], &Filter::default(), ""),
            json!({ "vote_events": [] })
        );
    }
}
