//! Reads minutes text files (e.g. `arkiva extract procesverbal.pdf > p.txt`) with
//! `arkiva::sessions::read_minutes` and prints each item's outcome, votes and source
//! sentence, then totals: `cargo run --example read-minutes -- P1.txt P2.txt ...`.
//! A manual check of the reader on real or sample minutes until it is wired into ingest.

use anyhow::{Context, Result};
use arkiva::sessions::{read_minutes, Outcome};

fn main() -> Result<()> {
    let (mut items, mut outcomes, mut with_votes, mut all_counts) = (0, 0, 0, 0);
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading {path}"))?;
        let minutes = read_minutes(&text);
        println!(
            "== {path}: {} items, unread {:?}",
            minutes.items.len(),
            minutes.unread
        );
        for item in &minutes.items {
            items += 1;
            if item.outcome != Outcome::EPanjohur {
                outcomes += 1;
            }
            if !item.votes.is_empty() {
                with_votes += 1;
            }
            if item.votes.for_.is_some()
                && item.votes.against.is_some()
                && item.votes.abstain.is_some()
            {
                all_counts += 1;
            }
            println!(
                "  {:>2}. {} | {} | for {:?} against {:?} abstain {:?}\n      <- {}",
                item.number,
                item.title,
                serde_json::to_string(&item.outcome)?,
                item.votes.for_,
                item.votes.against,
                item.votes.abstain,
                item.source_sentence.as_deref().unwrap_or("-"),
            );
        }
    }
    println!(
        "TOTAL: {items} items, {outcomes} with an outcome, {with_votes} with votes, {all_counts} with all three counts"
    );
    Ok(())
}
