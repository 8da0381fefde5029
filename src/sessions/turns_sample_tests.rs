//! Turn splitting over the corpus generator's minutes (`corpus::acts`, procesverbal). The
//! generator names a councillor's side only through the role it writes before the name
//! ("asamblisti i opozitës, z. X", "Nga radhët e pozitës, asamblistja X"), so every such
//! mention must come back as a turn with that side.

use chrono::NaiveDate;
use regex::Regex;

use super::read_minutes;
use super::turns::{split_turns, Side};
use crate::corpus::{acts, world::Ctx};
use crate::model::ActType;

#[test]
fn every_side_role_the_generator_writes_becomes_a_sided_turn() {
    let side_role = Regex::new(
        r"(pozitës|opozitës|opozitar|opozitare|ekzekutivin),\s+(?:z\.\s+|znj\.\s+)?\p{Lu}|(Nga radhët e pozitës|Nga opozita),\s+(?:asamblist|z\.|znj\.)",
    )
    .unwrap();
    let (mut written, mut found, mut turns_total) = (0, 0, 0);
    let mut problems = Vec::new();
    for seed in 0..6u64 {
        let mut ctx = Ctx::new(seed);
        for i in 0..20u32 {
            let date =
                NaiveDate::from_ymd_opt(2015 + (i % 10) as i32, 1 + (i * 5) % 12, 1 + (i * 7) % 28)
                    .expect("valid date");
            let text = acts::draft(&mut ctx, ActType::Procesverbal, date).plain_text();
            for item in read_minutes(&text).items {
                let expected: Vec<Side> = side_role
                    .captures_iter(&item.debate)
                    .map(|c| {
                        let phrase = c.get(1).or(c.get(2)).unwrap().as_str();
                        if phrase.contains("opozit") {
                            Side::Opozite
                        } else {
                            Side::Pozite
                        }
                    })
                    .collect();
                let turns = split_turns(&item.debate);
                turns_total += turns.len();
                let got: Vec<Side> = turns.iter().filter_map(|t| t.side).collect();
                written += expected.len();
                found += got.len();
                if got != expected {
                    problems.push(format!("{expected:?} vs {got:?} in {:?}", item.debate));
                }
            }
        }
    }
    assert!(
        written > 100,
        "the generator wrote only {written} side roles"
    );
    assert!(turns_total >= found);
    assert!(
        problems.is_empty(),
        "{} of {written} side roles missed or extra ({found} found):\n{}",
        problems.len(),
        problems
            .iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
