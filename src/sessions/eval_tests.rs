//! Held-out evaluation: the minutes under `tests/fixtures/minutes/` (written and committed
//! before this parser existed, see the README there) with their expected items, outcomes and
//! votes. An item counts as right only when its number, outcome and all three counts match.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;

use super::{read_minutes, Outcome};

#[derive(Debug, Deserialize)]
struct Expected {
    number: u32,
    outcome: Outcome,
    #[serde(rename = "for")]
    for_: Option<u32>,
    against: Option<u32>,
    abstain: Option<u32>,
}

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minutes")
}

#[test]
fn held_out_minutes_are_read_for_at_least_90_percent_of_items() {
    let dir = fixtures();
    let expected: BTreeMap<String, Vec<Expected>> = serde_json::from_str(
        &std::fs::read_to_string(dir.join("expected.json")).expect("expected.json"),
    )
    .expect("valid expected.json");
    assert!(expected.len() >= 6);
    let (mut total, mut right, mut outcomes_right) = (0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    for (file, items) in &expected {
        let text = std::fs::read_to_string(dir.join(file)).expect("fixture");
        let minutes = read_minutes(&text);
        if minutes.items.len() != items.len() {
            misses.push(format!(
                "{file}: {} items read, {} expected",
                minutes.items.len(),
                items.len()
            ));
        }
        for want in items {
            total += 1;
            let Some(got) = minutes.items.iter().find(|i| i.number == want.number) else {
                misses.push(format!("{file} #{}: missing", want.number));
                continue;
            };
            if got.outcome == want.outcome {
                outcomes_right += 1;
            }
            let ok = got.outcome == want.outcome
                && got.votes.for_ == want.for_
                && got.votes.against == want.against
                && got.votes.abstain == want.abstain;
            // A read outcome or count must come with the sentence it was read from.
            let sourced = got.source_sentence.is_some()
                || (got.outcome == Outcome::EPanjohur && got.votes.is_empty());
            if ok && sourced {
                right += 1;
            } else {
                misses.push(format!(
                    "{file} #{}: got {:?} {:?} from {:?}, want {:?}",
                    want.number, got.outcome, got.votes, got.source_sentence, want
                ));
            }
        }
    }
    let share = right as f64 / total as f64;
    println!(
        "held-out minutes: {right}/{total} items fully right ({:.1}%), outcomes {outcomes_right}/{total}",
        share * 100.0
    );
    for m in &misses {
        println!("  miss: {m}");
    }
    assert!(
        share >= 0.9,
        "only {right}/{total} items fully right: {misses:#?}"
    );
}
