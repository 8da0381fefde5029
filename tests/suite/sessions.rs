//! Sessions built from the sample archive: every minutes act lands in one
//! session, items read with their source sentences, unread items reported.

use std::collections::BTreeSet;

use arkiva::derived::Derived;
use arkiva::model::ActType;
use arkiva::sessions::record::{DocumentRole, SessionId};
use arkiva::sessions::Outcome;

use crate::suite::util::{all_acts, sample_archive};

fn derived() -> Derived {
    Derived::load(sample_archive().dir()).expect("derived.json of the sample")
}

#[test]
fn every_minutes_act_is_the_record_of_one_session() {
    let archive = sample_archive();
    let derived = derived();
    let sessions = &derived.sessions;
    let years: BTreeSet<i32> = sessions.iter().map(|s| s.year()).collect();
    assert!(years.len() >= 6, "sessions in {years:?}");
    assert!(
        sessions.windows(2).all(|w| w[0].date >= w[1].date),
        "newest first"
    );
    for s in sessions {
        assert_eq!(SessionId::parse(s.id.as_str()).as_ref(), Some(&s.id));
    }
    for act in all_acts(archive)
        .iter()
        .filter(|a| a.act_type == ActType::Procesverbal)
    {
        let holders: Vec<_> = derived.sessions_of(&act.id).collect();
        assert_eq!(
            holders.len(),
            1,
            "{} is in {} sessions",
            act.source,
            holders.len()
        );
        let s = holders[0];
        assert!(
            s.documents_of(DocumentRole::Procesverbal)
                .any(|d| d.id == act.id),
            "{}",
            act.source
        );
        if act.text.trim().is_empty() {
            continue;
        }
        assert!(!s.items.is_empty(), "{}: no items read", act.source);
        let numbers: Vec<u32> = s.items.iter().map(|i| i.number).collect();
        assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{numbers:?}");
    }
}

#[test]
fn votes_come_with_the_sentence_they_were_read_from() {
    let derived = derived();
    let items: Vec<_> = derived.sessions.iter().flat_map(|s| &s.items).collect();
    let voted: Vec<_> = items.iter().filter(|i| i.votes.for_.is_some()).collect();
    assert!(voted.len() >= 20, "{} items with votes", voted.len());
    for item in voted {
        let sentence = item
            .source_sentence
            .as_deref()
            .expect("votes have a source sentence");
        let n = item.votes.for_.unwrap();
        // Counts may be written in words ("njëzëri"), but most as digits.
        assert!(
            sentence.contains(&n.to_string())
                || arkiva::analysis::fold(sentence).contains("njezeri")
                || !sentence.chars().any(|c| c.is_ascii_digit()),
            "{n} not in {sentence:?}"
        );
    }
    // Of minuted items ("Pyetjet e asamblistëve" and "Të ndryshme" decide
    // nothing); an invitation's agenda has no outcomes yet.
    let minuted: Vec<_> = derived
        .sessions
        .iter()
        .filter(|s| s.documents_of(DocumentRole::Procesverbal).next().is_some())
        .flat_map(|s| &s.items)
        .collect();
    let read = minuted
        .iter()
        .filter(|i| i.outcome != Outcome::EPanjohur)
        .count();
    assert!(
        read * 10 >= minuted.len() * 6,
        "{read} of {} outcomes read",
        minuted.len()
    );
}

#[test]
fn items_without_a_readable_outcome_are_reported() {
    let archive = sample_archive();
    let derived = derived();
    let report: serde_json::Value = serde_json::from_slice(
        &std::fs::read(archive.dir().join(arkiva::ingest::REPORT_FILE)).unwrap(),
    )
    .unwrap();
    let notes = report["notes"].as_array().unwrap();
    let unread: Vec<_> = derived
        .sessions
        .iter()
        .filter(|s| !s.unread.is_empty())
        .collect();
    assert!(!unread.is_empty());
    for s in unread {
        let wanted = format!("minutes of session {}:", s.id);
        assert!(
            notes
                .iter()
                .any(|n| n["reason"].as_str().unwrap_or("").starts_with(&wanted)),
            "no note for {}",
            s.id
        );
    }
    assert_eq!(
        report["sessions"].as_u64(),
        Some(derived.sessions.len() as u64)
    );
}
