//! The reader over the corpus generator's minutes (`corpus::acts`, procesverbal): many
//! seeds and dates, so every heading and outcome shape the generator writes is met. The
//! generator does not export its ground truth, so this checks what the text itself makes
//! checkable: one item per "Pika N" heading, an outcome wherever an outcome verb is written,
//! a "for" count wherever "vota për"/"votuan" is, and source sentences taken from the text.

use chrono::NaiveDate;

use super::{read_minutes, Outcome};
use crate::analysis::fold;
use crate::corpus::{acts, world::Ctx};
use crate::model::ActType;

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn generated_minutes_are_read_item_by_item() {
    let (mut items, mut outcomes, mut with_votes) = (0, 0, 0);
    let mut problems = Vec::new();
    for seed in 0..8u64 {
        let mut ctx = Ctx::new(seed);
        for i in 0..25u32 {
            let date =
                NaiveDate::from_ymd_opt(2015 + (i % 10) as i32, 1 + (i * 5) % 12, 1 + (i * 7) % 28)
                    .expect("valid date");
            let text = acts::draft(&mut ctx, ActType::Procesverbal, date).plain_text();
            let minutes = read_minutes(&text);
            let headings = text
                .lines()
                .filter(|l| {
                    l.strip_prefix("Pika ")
                        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
                })
                .count();
            if minutes.items.len() != headings {
                problems.push(format!(
                    "{headings} headings, {} items:\n{text}",
                    minutes.items.len()
                ));
            }
            let whole = collapse(&text);
            for item in &minutes.items {
                items += 1;
                let debate = fold(&item.debate);
                let decided = [
                    "u miratua",
                    "nuk u miratua",
                    "u shty",
                    "u terhoq",
                    "miratoi",
                ]
                .iter()
                .any(|v| debate.contains(v));
                if item.outcome != Outcome::EPanjohur {
                    outcomes += 1;
                } else if decided {
                    problems.push(format!("#{} outcome unread: {}", item.number, item.debate));
                }
                if !item.votes.is_empty() {
                    with_votes += 1;
                } else if debate.contains("vota per") || debate.contains("votuan") {
                    problems.push(format!("#{} votes unread: {}", item.number, item.debate));
                }
                if let Some(source) = &item.source_sentence {
                    if !whole.contains(source.as_str()) {
                        problems.push(format!("#{} source not in text: {source}", item.number));
                    }
                }
            }
        }
    }
    println!(
        "generated minutes: {items} items, {outcomes} with an outcome, {with_votes} with votes"
    );
    assert!(items > 500, "{items} items");
    assert!(
        problems.is_empty(),
        "{} problems: {problems:#?}",
        problems.len()
    );
}
